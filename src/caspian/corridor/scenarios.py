"""Scenario overlays and the agreement conditions that open or close segments.

A :class:`Condition` ties a segment (its ``requires`` column) to an agreement: it holds
when an agreement of kind ``instrument`` among ``parties`` has reached at least
``stage_at_least``. Its state comes, in order, from its ``default`` in scenarios.toml,
from named scenarios that decide it, and from a :class:`StageSource` (the knowledge base)
when the scenario :data:`KB_SCENARIO` is requested.

A :class:`Scenario` is an overlay on the base case: it opens or closes segments, nodes
or whole countries, sets or scales capacities, and decides conditions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from caspian.corridor.data import (
    CorridorData,
    check_source,
    read_toml,
    toml_line,
)
from caspian.errors import DataFileError, InputError
from caspian.facts import AgreementFact, Instrument, Stage

#: The reserved scenario name that evaluates conditions against the knowledge base.
KB_SCENARIO = "agreements"

#: The lifecycle stages in the order an agreement moves through them.
PROGRESS: tuple[Stage, ...] = (
    Stage.PROPOSED, Stage.NEGOTIATING, Stage.CONCLUDED, Stage.INITIALED, Stage.SIGNED,
    Stage.RATIFIED, Stage.IN_FORCE, Stage.IMPLEMENTED,
)
#: Stages that stop an agreement from having effect until a later stage restores it.
HALTING = frozenset({Stage.SUSPENDED, Stage.TERMINATED})


def stage_reaches(stage: Stage | None, required: Stage) -> bool:
    """True if `stage` is a lifecycle stage at or beyond `required` (halted never is)."""
    if stage is None or stage not in PROGRESS:
        return False
    return PROGRESS.index(stage) >= PROGRESS.index(required)


class StageSource(Protocol):
    """Where the current stage of an agreement comes from (e.g. the knowledge base)."""

    def stage_of(self, parties: Sequence[str], instrument: str, *, as_of: date) -> Stage | None:
        """The agreement's stage as of `as_of`, or None if nothing is known."""
        ...


def _period_end(value: str) -> date | None:
    """The last day of an ISO partial date ("2025" -> 2025-12-31)."""
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            following = date(year + (month == 12), month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        return date(year, month, int(parts[2]))
    except (ValueError, IndexError):
        return None


def stage_from_events(events: Iterable[tuple[date, Stage]]) -> Stage | None:
    """Fold dated stage events into the stage reached.

    Events are taken in date order: a lifecycle stage raises the stage to the highest
    reached; ``suspended`` or ``terminated`` halts the agreement until a later lifecycle
    event; ``reaffirmed``, ``upgraded`` and ``superseded`` do not change it.
    """
    current: Stage | None = None
    for _when, stage in sorted(events, key=lambda event: event[0]):
        raises = stage in PROGRESS and (
            current is None or current in HALTING or not stage_reaches(current, stage)
        )
        if stage in HALTING or raises:
            current = stage
    return current


class KnowledgeBaseStages:
    """A :class:`StageSource` over the agreement facts stored in a knowledge base.

    The stage is the highest lifecycle stage of the stored facts with these parties
    (others may be party too) and instrument, dated on or before `as_of`. A fact's date
    counts from the end of its period ("2025-08" from 31 August 2025), so a fact is never
    taken as known earlier than it could have happened; a fact without a date counts from
    its document's publication date, and without either it is left out.
    """

    def __init__(self, kb: Any) -> None:
        self.kb = kb

    def stage_of(self, parties: Sequence[str], instrument: str, *, as_of: date) -> Stage | None:
        events: list[tuple[date, Stage]] = []
        for stored in self.kb.facts(type="agreement", parties=list(parties)):
            fact = stored.fact
            if not isinstance(fact, AgreementFact) or fact.instrument != instrument:
                continue
            when = _period_end(fact.date) if fact.date else stored.published
            if when is None or when > as_of:
                continue
            events.append((when, fact.stage))
        return stage_from_events(events)


@dataclass(frozen=True, slots=True)
class Condition:
    id: str
    parties: tuple[str, ...]
    instrument: Instrument
    stage_at_least: Stage
    default: bool
    note: str

    def describe(self) -> str:
        parties = "–".join(self.parties)
        return f"{parties} {self.instrument.value} at least {self.stage_at_least.value}"


@dataclass(frozen=True, slots=True)
class ConditionState:
    """Whether a condition holds in one analysis, and why."""

    condition: Condition
    holds: bool
    basis: str  # "default", "scenario <name>" or "knowledge base"
    stage: Stage | None = None
    as_of: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.condition.id,
            "requires": self.condition.describe(),
            "holds": self.holds,
            "basis": self.basis,
            "stage": self.stage.value if self.stage else None,
            "as_of": self.as_of.isoformat() if self.as_of else None,
        }


@dataclass(frozen=True, slots=True)
class Scenario:
    id: str
    description: str
    source: str = ""
    conditions: Mapping[str, bool] = field(default_factory=dict)
    open: tuple[str, ...] = ()
    close: tuple[str, ...] = ()
    close_countries: tuple[str, ...] = ()
    set_capacity_kt: Mapping[str, int] = field(default_factory=dict)
    set_capacity_teu: Mapping[str, int] = field(default_factory=dict)
    scale_capacity: Mapping[str, float] = field(default_factory=dict)
    use_knowledge_base: bool = False


@dataclass(frozen=True, slots=True)
class ScenarioBook:
    conditions: dict[str, Condition]
    scenarios: dict[str, Scenario]

    def get(self, name: str) -> Scenario:
        if name == KB_SCENARIO:
            return Scenario(
                id=KB_SCENARIO,
                description="conditions decided by the agreements in the knowledge base",
                use_knowledge_base=True,
            )
        if name not in self.scenarios:
            known = ", ".join([*sorted(self.scenarios), KB_SCENARIO])
            raise InputError(f"unknown scenario {name!r}; known: {known}")
        return self.scenarios[name]


def _condition(path: Path, cond_id: str, entry: Any) -> Condition:
    line = toml_line(path, "conditions", cond_id)
    if not isinstance(entry, dict):
        raise DataFileError("a condition must be a table", path=path, line=line, field=cond_id)
    parties = entry.get("parties")
    if (not isinstance(parties, list) or not parties
            or not all(isinstance(p, str) and p for p in parties)):
        raise DataFileError("parties must be a non-empty list of actor ids", path=path,
                            line=line, field="parties")
    try:
        instrument = Instrument(str(entry.get("instrument")))
    except ValueError:
        raise DataFileError(f"{entry.get('instrument')!r} is not an instrument", path=path,
                            line=line, field="instrument") from None
    try:
        stage: Stage | None = Stage(str(entry.get("stage_at_least")))
    except ValueError:
        stage = None
    if stage is None or stage not in PROGRESS:
        raise DataFileError(
            f"{entry.get('stage_at_least')!r} is not a lifecycle stage "
            f"({', '.join(s.value for s in PROGRESS)})",
            path=path, line=line, field="stage_at_least",
        )
    default = entry.get("default", False)
    if not isinstance(default, bool):
        raise DataFileError("default must be true or false", path=path, line=line,
                            field="default")
    return Condition(id=cond_id, parties=tuple(sorted(parties)), instrument=instrument,
                     stage_at_least=stage, default=default,
                     note=str(entry.get("note", "")))


def _ids(value: Any, *, path: Path, line: int | None, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataFileError("must be a list of ids", path=path, line=line, field=name)
    return tuple(value)


def _numbers(value: Any, *, path: Path, line: int | None, name: str,
             integer: bool) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise DataFileError("must be a table of id = number", path=path, line=line, field=name)
    for key, number in value.items():
        ok = isinstance(number, int) if integer else isinstance(number, int | float)
        if isinstance(number, bool) or not ok or number < 0:
            kind = "a whole number" if integer else "a number"
            raise DataFileError(f"{key}: {number!r} is not {kind} ≥ 0", path=path, line=line,
                                field=name)
    return dict(value)


_SCENARIO_KEYS = frozenset({
    "description", "source", "conditions", "open", "close", "close_countries",
    "set_capacity_kt", "set_capacity_teu", "scale_capacity",
})


def _scenario(path: Path, name: str, entry: Any, data: CorridorData,
              conditions: Mapping[str, Condition]) -> Scenario:
    line = toml_line(path, "scenarios", name)
    if name == KB_SCENARIO:
        raise DataFileError(f"{KB_SCENARIO!r} is a reserved scenario name", path=path, line=line)
    if not isinstance(entry, dict):
        raise DataFileError("a scenario must be a table", path=path, line=line, field=name)
    unknown = sorted(set(entry) - _SCENARIO_KEYS)
    if unknown:
        raise DataFileError(f"unknown key(s): {', '.join(unknown)}", path=path, line=line,
                            field=unknown[0])
    description = str(entry.get("description", "")).strip()
    if not description:
        raise DataFileError("a scenario needs a description", path=path, line=line,
                            field="description")
    source = str(entry.get("source", "")).strip()
    if source:
        check_source(source, data.sources, path=path, line=line, field="source")
    decided = entry.get("conditions", {})
    if not isinstance(decided, dict):
        raise DataFileError("must be a table of condition = true/false", path=path, line=line,
                            field="conditions")
    for cond_id, value in decided.items():
        if cond_id not in conditions:
            raise DataFileError(f"unknown condition {cond_id!r}", path=path, line=line,
                                field="conditions")
        if not isinstance(value, bool):
            raise DataFileError(f"{cond_id}: must be true or false", path=path, line=line,
                                field="conditions")
    opened = _ids(entry.get("open"), path=path, line=line, name="open")
    closed = _ids(entry.get("close"), path=path, line=line, name="close")
    countries = _ids(entry.get("close_countries"), path=path, line=line, name="close_countries")
    set_kt = _numbers(entry.get("set_capacity_kt"), path=path, line=line,
                      name="set_capacity_kt", integer=True)
    set_teu = _numbers(entry.get("set_capacity_teu"), path=path, line=line,
                       name="set_capacity_teu", integer=True)
    scale = _numbers(entry.get("scale_capacity"), path=path, line=line,
                     name="scale_capacity", integer=False)
    segment_ids = set(data.segment_ids)
    for field_name, ids in (("open", opened), ("set_capacity_kt", set_kt),
                            ("set_capacity_teu", set_teu), ("scale_capacity", scale)):
        for seg_id in ids:
            if seg_id not in segment_ids:
                raise DataFileError(f"unknown segment {seg_id!r}", path=path, line=line,
                                    field=field_name)
    for item in closed:
        if item not in segment_ids and item not in data.nodes:
            raise DataFileError(f"unknown segment or node {item!r}", path=path, line=line,
                                field="close")
    return Scenario(
        id=name, description=description, source=source, conditions=dict(decided),
        open=opened, close=closed, close_countries=countries, set_capacity_kt=set_kt,
        set_capacity_teu=set_teu, scale_capacity=scale,
    )


def load_scenarios(data: CorridorData, path: Path | None = None) -> ScenarioBook:
    """Read scenarios.toml (default: next to the data) and check it against the data."""
    path = data.folder / "scenarios.toml" if path is None else Path(path)
    raw = read_toml(path)
    conditions = {
        cond_id: _condition(path, cond_id, entry)
        for cond_id, entry in (raw.get("conditions") or {}).items()
    }
    for row in data.rows:
        for cond_id in row.requires:
            if cond_id not in conditions:
                raise DataFileError(
                    f"unknown condition {cond_id!r} (not in {path.name})",
                    path=data.folder / "segments.csv", line=row.line, field="requires",
                )
    scenarios = {
        name: _scenario(path, name, entry, data, conditions)
        for name, entry in (raw.get("scenarios") or {}).items()
    }
    return ScenarioBook(conditions=conditions, scenarios=scenarios)


def resolve_conditions(
    book: ScenarioBook,
    scenarios: Sequence[Scenario],
    *,
    stage_source: StageSource | None = None,
    as_of: date,
) -> dict[str, ConditionState]:
    """The state of every condition after applying the scenarios in order."""
    states = {
        cond_id: ConditionState(condition=cond, holds=cond.default, basis="default")
        for cond_id, cond in book.conditions.items()
    }
    for scenario in scenarios:
        if scenario.use_knowledge_base:
            if stage_source is None:
                raise InputError(
                    f"scenario {KB_SCENARIO!r} needs a knowledge base to read agreements from"
                )
            for cond_id, cond in book.conditions.items():
                stage = stage_source.stage_of(cond.parties, cond.instrument.value, as_of=as_of)
                states[cond_id] = ConditionState(
                    condition=cond, holds=stage_reaches(stage, cond.stage_at_least),
                    basis="knowledge base", stage=stage, as_of=as_of,
                )
            continue
        for cond_id, holds in scenario.conditions.items():
            states[cond_id] = ConditionState(
                condition=book.conditions[cond_id], holds=holds,
                basis=f"scenario {scenario.id}",
            )
    return states

"""The typed inputs and outputs of consolidation.

Input: :class:`FactRecord`, one stored fact with its reference in the store and the
publication date of its document (the *reported* axis). Output: entities
(:class:`Agreement` with its :class:`StageEvent` lifecycle, :class:`Link` between
agreements, :class:`MembershipHistory`, :class:`Commitment`, :class:`Project`,
:class:`TradeFigure`) and the :class:`Conflict` found between sources.

Every sequence in an output is sorted, so equal inputs give equal outputs whatever the
order the facts came in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from caspian.facts import FactBase, fact_to_dict

LinkKind = Literal["supersedes", "upgrades"]
ConflictKind = Literal[
    "date_disagreement", "ratified_before_signed", "stage_backwards", "value_disagreement"
]
EntityKind = Literal["agreement", "membership", "commitment", "project", "trade_figure"]

_COMMON = ("doc_id", "type", "parties", "date", "evidence", "optional")


@dataclass(frozen=True, slots=True)
class FactRecord:
    """One stored fact as consolidation sees it.

    `ref` is the fact's id in the store (any int in tests); `reported` is the
    publication date of its document (ISO, or None when unknown). `data` holds the
    type's own fields (instrument, stage, title, ...), as in the fact's JSON.
    """

    ref: int
    doc_id: str
    type: str
    parties: tuple[str, ...]
    date: str | None
    reported: str | None
    data: Mapping[str, Any]
    evidence: str = ""
    canonical: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # a content key (no `ref`): the order of facts within a group never depends on ids
        key = "\x1f".join(
            (
                self.doc_id,
                self.type,
                " ".join(self.parties),
                self.date or "",
                self.reported or "",
                self.evidence,
                repr(sorted(self.data.items())),
            )
        )
        object.__setattr__(self, "canonical", key)

    @classmethod
    def from_fact(cls, fact: FactBase, *, ref: int, reported: str | None) -> FactRecord:
        raw = fact_to_dict(fact, provenance=False)
        data = {k: v for k, v in raw.items() if k not in _COMMON}
        return cls(
            ref=ref,
            doc_id=fact.doc_id,
            type=str(raw["type"]),
            parties=tuple(fact.parties),
            date=fact.date,
            reported=reported,
            data=data,
            evidence=fact.evidence,
        )

    def get(self, name: str) -> Any:
        return self.data.get(name)

    @property
    def anchor(self) -> str | None:
        """The date the fact is placed at: its own date, else its report date."""
        return self.date or self.reported


def entity_id(*parts: object) -> str:
    """A deterministic id from an entity's identity key."""
    text = "|".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Support:
    """The facts and documents behind one event or value.

    `fact_refs` are in the order they were reported (report date, document, reference):
    the first is the earliest report. `doc_ids` are sorted.
    """

    fact_refs: tuple[int, ...]
    doc_ids: tuple[str, ...]
    first_reported: str | None

    @classmethod
    def of(cls, records: list[FactRecord]) -> Support:
        reported = [r.reported for r in records if r.reported]
        return cls(
            fact_refs=tuple(
                r.ref
                for r in sorted(
                    {r.ref: r for r in records}.values(),
                    key=lambda r: (r.reported or "9999", r.doc_id, r.ref),
                )
            ),
            doc_ids=tuple(sorted({r.doc_id for r in records})),
            first_reported=min(reported) if reported else None,
        )


@dataclass(frozen=True, slots=True)
class StageEvent:
    """One step of an agreement's life: when it happened and when we first learned of it.

    `party` is set for a step one party took alone (a ratification by one parliament).
    `derived` marks a step inferred from another agreement (superseded by its successor).
    """

    stage: str
    date: str | None
    party: str | None
    support: Support
    derived: bool = False

    @property
    def first_reported(self) -> str | None:
        return self.support.first_reported

    @property
    def effective(self) -> str | None:
        """The date used for ordering and as-of: the event's date, else its first report."""
        return self.date or self.support.first_reported


@dataclass(frozen=True, slots=True)
class StageState:
    """The agreement's stage from `valid_from` (YYYY-MM-DD) until the next state."""

    valid_from: str
    stage: str


@dataclass(frozen=True, slots=True)
class Agreement:
    entity_id: str
    parties: tuple[str, ...]
    instrument: str
    title: str | None
    titles: tuple[str, ...]
    topics: tuple[str, ...]
    replaces: str | None
    value_usd: float | None
    events: tuple[StageEvent, ...]
    states: tuple[StageState, ...]
    support: Support

    @property
    def n_sources(self) -> int:
        return len(self.support.doc_ids)


@dataclass(frozen=True, slots=True)
class Link:
    """`source` (the newer instrument) supersedes or upgrades `target` (the older)."""

    kind: LinkKind
    source: str
    target: str
    support: Support


@dataclass(frozen=True, slots=True)
class MembershipEvent:
    group: str
    member: str
    change: str
    date: str | None
    support: Support

    @property
    def effective(self) -> str | None:
        return self.date or self.support.first_reported


@dataclass(frozen=True, slots=True)
class MembershipHistory:
    entity_id: str
    group: str
    events: tuple[MembershipEvent, ...]


@dataclass(frozen=True, slots=True)
class Commitment:
    entity_id: str
    parties: tuple[str, ...]
    metric: str
    target_value: float | None
    target_unit: str | None
    factor: float | None
    deadline: str | None
    subject: str | None
    date: str | None
    support: Support


@dataclass(frozen=True, slots=True)
class ProjectEvent:
    stage: str | None
    date: str | None
    support: Support


@dataclass(frozen=True, slots=True)
class Project:
    entity_id: str
    host: str
    name: str
    names: tuple[str, ...]
    parties: tuple[str, ...]
    sector: str | None
    value_min_usd: float | None
    value_max_usd: float | None
    events: tuple[ProjectEvent, ...]
    support: Support


@dataclass(frozen=True, slots=True)
class FigureValue:
    value: float
    fact_ref: int
    doc_id: str
    reported: str | None


@dataclass(frozen=True, slots=True)
class TradeFigure:
    """One measured quantity (parties, metric, year, unit) and every source's number."""

    entity_id: str
    parties: tuple[str, ...]
    metric: str
    year: str
    unit: str
    values: tuple[FigureValue, ...]


@dataclass(frozen=True, slots=True)
class ConflictSide:
    value: str
    support: Support


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: ConflictKind
    entity_kind: EntityKind
    entity_id: str
    stage: str | None
    party: str | None
    detail: str
    a: ConflictSide
    b: ConflictSide


@dataclass(slots=True)
class Consolidation:
    """Everything consolidation produced (or one party group's part of it)."""

    agreements: list[Agreement] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    memberships: list[MembershipHistory] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    trade_figures: list[TradeFigure] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    def extend(self, other: Consolidation) -> None:
        self.agreements.extend(other.agreements)
        self.links.extend(other.links)
        self.memberships.extend(other.memberships)
        self.commitments.extend(other.commitments)
        self.projects.extend(other.projects)
        self.trade_figures.extend(other.trade_figures)
        self.conflicts.extend(other.conflicts)

    def sort(self) -> None:
        self.agreements.sort(key=lambda a: a.entity_id)
        self.links.sort(key=lambda x: (x.source, x.target, x.kind))
        self.memberships.sort(key=lambda m: m.entity_id)
        self.commitments.sort(key=lambda c: c.entity_id)
        self.projects.sort(key=lambda p: p.entity_id)
        self.trade_figures.sort(key=lambda t: t.entity_id)
        self.conflicts.sort(
            key=lambda c: (c.entity_id, c.kind, c.stage or "", c.party or "", c.a.value, c.b.value)
        )

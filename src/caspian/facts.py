"""The fact types of the extraction contract (../shared/spec/facts.md), their
controlled vocabularies, and JSON Lines reading and writing.

A fact is immutable. Five types share the common fields (`doc_id`, `type`, `parties`,
`date`, `evidence`); each adds its own. Beyond the spec's fields a fact may carry its
provenance: the character offsets of the evidence in the document text and the name,
version and rule of the extractor that produced it. These are optional, so gold files
and other tools' output in the plain spec format load unchanged.

Gold files may give a list of accepted alternatives for a single-valued field
(`"stage": ["invited", "joined"]`); :func:`parse_gold` keeps those in a
:class:`GoldFact`, while :func:`parse_fact` accepts exactly one value per field.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date as Date
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, Any, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator

from caspian.errors import FactFormatError


class FactType(StrEnum):
    AGREEMENT = "agreement"
    MEMBERSHIP = "membership"
    COMMITMENT = "commitment"
    PROJECT = "project"
    TRADE_FIGURE = "trade_figure"


class Instrument(StrEnum):
    STRATEGIC_PARTNERSHIP = "strategic_partnership"
    COMPREHENSIVE_STRATEGIC_PARTNERSHIP = "comprehensive_strategic_partnership"
    ALLIANCE = "alliance"
    COMPREHENSIVE_PARTNERSHIP = "comprehensive_partnership"
    PARTNERSHIP_COOPERATION_AGREEMENT = "partnership_cooperation_agreement"
    ENHANCED_PARTNERSHIP_COOPERATION_AGREEMENT = "enhanced_partnership_cooperation_agreement"
    PEACE_AGREEMENT = "peace_agreement"
    JOINT_DECLARATION = "joint_declaration"
    COOPERATION_AGREEMENT = "cooperation_agreement"
    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding"
    TRADE_AGREEMENT = "trade_agreement"
    INVESTMENT_DEALS = "investment_deals"
    TRANSIT_ARRANGEMENT = "transit_arrangement"
    OTHER = "other"


class Stage(StrEnum):
    PROPOSED = "proposed"
    NEGOTIATING = "negotiating"
    CONCLUDED = "concluded"
    INITIALED = "initialed"
    SIGNED = "signed"
    RATIFIED = "ratified"
    IN_FORCE = "in_force"
    IMPLEMENTED = "implemented"
    REAFFIRMED = "reaffirmed"
    UPGRADED = "upgraded"
    SUPERSEDED = "superseded"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"


class Topic(StrEnum):
    TRADE = "trade"
    ENERGY = "energy"
    TRANSPORT = "transport"
    LOGISTICS = "logistics"
    DIGITAL = "digital"
    AI = "ai"
    CRITICAL_MINERALS = "critical_minerals"
    MINING = "mining"
    NUCLEAR = "nuclear"
    DEFENSE = "defense"
    SECURITY = "security"
    EDUCATION = "education"
    AGRICULTURE = "agriculture"
    GOVERNANCE = "governance"
    GREEN_ENERGY = "green_energy"
    INTELLECTUAL_PROPERTY = "intellectual_property"
    INVESTMENT = "investment"
    INFRASTRUCTURE = "infrastructure"
    TECHNOLOGY = "technology"


class MembershipChange(StrEnum):
    INVITED = "invited"
    APPLIED = "applied"
    JOINED = "joined"
    OBSERVER = "observer"
    LEFT = "left"
    SUSPENDED = "suspended"


class CommitmentMetric(StrEnum):
    TRADE_TURNOVER = "trade_turnover"
    FREIGHT_VOLUME = "freight_volume"
    ENERGY_SUPPLY = "energy_supply"
    INVESTMENT = "investment"
    CAPACITY = "capacity"
    OTHER = "other"


class TradeMetric(StrEnum):
    BILATERAL_TRADE = "bilateral_trade"
    FREIGHT_VOLUME = "freight_volume"
    ENERGY_SUPPLY = "energy_supply"
    INVESTMENT_STOCK = "investment_stock"
    OTHER = "other"


class ProjectStage(StrEnum):
    PROPOSED = "proposed"
    PLANNED = "planned"
    UNDER_CONSTRUCTION = "under_construction"
    OPERATIONAL = "operational"


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def check_partial_date(value: str) -> str:
    """Validate an ISO 8601 date of year, month or day precision and return it."""
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise ValueError(f"'{value}' is not an ISO date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(f"'{value}' has no month {month}")
    if day is not None:
        Date(int(year), int(month), int(day))  # raises ValueError for 2025-02-30
    return value


@functools.cache
def _known_actor_ids() -> frozenset[str]:
    """The registry's ids, loaded at the first fact (late import: the registry reads data
    files) and kept: the registry does not change while a process runs."""
    from caspian.actors import known_actor_ids

    return known_actor_ids()


def _check_actor_id(actor_id: str) -> str:
    if actor_id not in _known_actor_ids():
        raise ValueError(f"unknown actor id '{actor_id}'")
    return actor_id


class FactBase(BaseModel):
    """Fields common to every fact type."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)

    doc_id: str = Field(min_length=1)
    parties: tuple[str, ...]
    date: str | None = None
    evidence: str
    optional: bool = False
    # provenance (not in gold files; written by the extractor and the store)
    evidence_start: int | None = Field(default=None, ge=0)
    evidence_end: int | None = Field(default=None, ge=0)
    extractor: str | None = None
    extractor_version: str | None = None
    rule: str | None = None

    @field_validator("parties")
    @classmethod
    def _parties_sorted_and_known(cls, parties: tuple[str, ...]) -> tuple[str, ...]:
        if not parties:
            raise ValueError("a fact needs at least one party")
        if list(parties) != sorted(parties):
            raise ValueError(f"parties must be sorted: {list(parties)}")
        if len(set(parties)) != len(parties):
            raise ValueError(f"parties must not repeat: {list(parties)}")
        for actor_id in parties:
            _check_actor_id(actor_id)
        return parties

    @field_validator("date")
    @classmethod
    def _date_is_partial_iso(cls, value: str | None) -> str | None:
        return None if value is None else check_partial_date(value)


class AgreementFact(FactBase):
    type: Literal["agreement"] = "agreement"
    instrument: Instrument
    stage: Stage
    title: str | None = None
    topics: tuple[Topic, ...] = ()
    value_usd: float | None = None
    replaces: Instrument | None = None


class MembershipFact(FactBase):
    type: Literal["membership"] = "membership"
    group: str
    change: MembershipChange

    @field_validator("group")
    @classmethod
    def _group_known(cls, group: str) -> str:
        return _check_actor_id(group)

    @field_validator("parties")
    @classmethod
    def _one_party(cls, parties: tuple[str, ...]) -> tuple[str, ...]:
        if len(parties) != 1:
            raise ValueError("a membership fact is about exactly one party")
        return parties


class CommitmentFact(FactBase):
    type: Literal["commitment"] = "commitment"
    metric: CommitmentMetric
    target_value: float | None = None
    target_unit: str | None = None
    factor: float | None = None
    deadline: str | None = None
    subject: str | None = None

    @field_validator("deadline", mode="before")
    @classmethod
    def _deadline_is_partial_iso(cls, value: object) -> object:
        if isinstance(value, int):
            value = str(value)
        if isinstance(value, str):
            return check_partial_date(value)
        return value


class ProjectFact(FactBase):
    type: Literal["project"] = "project"
    name: str = Field(min_length=1)
    host: str
    sector: Topic | None = None
    value_min_usd: float | None = None
    value_max_usd: float | None = None
    stage: ProjectStage | None = None

    @field_validator("host")
    @classmethod
    def _host_known(cls, host: str) -> str:
        return _check_actor_id(host)


class TradeFigureFact(FactBase):
    type: Literal["trade_figure"] = "trade_figure"
    metric: TradeMetric
    value: float
    unit: str
    year: str

    @field_validator("year", mode="before")
    @classmethod
    def _year_is_year(cls, value: object) -> object:
        if isinstance(value, int):
            value = str(value)
        if isinstance(value, str) and not re.fullmatch(r"\d{4}", value):
            raise ValueError(f"'{value}' is not a year (YYYY)")
        return value


Fact: TypeAlias = Annotated[
    AgreementFact | MembershipFact | CommitmentFact | ProjectFact | TradeFigureFact,
    Field(discriminator="type"),
]
FACT_CLASSES: dict[str, type[FactBase]] = {
    "agreement": AgreementFact,
    "membership": MembershipFact,
    "commitment": CommitmentFact,
    "project": ProjectFact,
    "trade_figure": TradeFigureFact,
}
_FACT_ADAPTER: TypeAdapter[Fact] = TypeAdapter(Fact)

#: Fields whose value a gold file may give as a list of accepted alternatives.
ALTERNATIVE_FIELDS = frozenset(
    {
        "instrument",
        "stage",
        "date",
        "change",
        "group",
        "metric",
        "sector",
        "deadline",
        "title",
        "host",
        "name",
        "year",
        "unit",
        "target_unit",
        "factor",
        "target_value",
        "value",
        "value_usd",
        "value_min_usd",
        "value_max_usd",
        "replaces",
        "subject",
    }
)
#: Provenance fields: written by the extractor, never part of the spec's comparison.
PROVENANCE_FIELDS = ("evidence_start", "evidence_end", "extractor", "extractor_version", "rule")


class GoldFact(BaseModel):
    """A gold annotation: one fact plus the alternatives the annotator accepts."""

    model_config = ConfigDict(frozen=True)

    fact: Fact
    alternatives: dict[str, tuple[Any, ...]] = Field(default_factory=dict)

    @property
    def optional(self) -> bool:
        return self.fact.optional

    def accepted(self, field: str) -> tuple[Any, ...]:
        """Every value the gold accepts for `field` (one unless alternatives were given)."""
        if field in self.alternatives:
            return self.alternatives[field]
        return (getattr(self.fact, field, None),)


def _first_error(err: ValidationError) -> tuple[str | None, str]:
    first = err.errors()[0]
    loc = [str(part) for part in first["loc"] if not isinstance(part, int)]
    # a discriminated union puts the type's tag first: drop it
    if loc and loc[0] in FACT_CLASSES:
        loc = loc[1:]
    field = loc[0] if loc else None
    message = first["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    if first["type"] == "enum":
        message = f"{first['input']!r} is not in the vocabulary ({message})"
    return field, message


def _check_type(obj: Mapping[str, Any], *, path: str | Path | None, line: int | None) -> None:
    fact_type = obj.get("type")
    if fact_type not in FACT_CLASSES:
        raise FactFormatError(
            f"unknown fact type {fact_type!r}; expected one of {', '.join(FACT_CLASSES)}",
            path=path,
            line=line,
            field="type",
        )


def parse_fact(
    obj: Mapping[str, Any], *, path: str | Path | None = None, line: int | None = None
) -> Fact:
    """Validate one fact given as a mapping; raise :class:`FactFormatError` if it is invalid."""
    if not isinstance(obj, Mapping):
        raise FactFormatError("a fact must be a JSON object", path=path, line=line)
    _check_type(obj, path=path, line=line)
    try:
        return _FACT_ADAPTER.validate_python(dict(obj))
    except ValidationError as err:
        field, message = _first_error(err)
        raise FactFormatError(message, path=path, line=line, field=field) from None


def parse_gold(
    obj: Mapping[str, Any], *, path: str | Path | None = None, line: int | None = None
) -> GoldFact:
    """Validate one gold annotation, keeping lists of alternatives for single-valued fields."""
    if not isinstance(obj, Mapping):
        raise FactFormatError("a fact must be a JSON object", path=path, line=line)
    _check_type(obj, path=path, line=line)
    first = dict(obj)
    alternatives: dict[str, tuple[Any, ...]] = {}
    for field, value in obj.items():
        if field in ALTERNATIVE_FIELDS and isinstance(value, list):
            if not value:
                raise FactFormatError(
                    "an empty list of alternatives", path=path, line=line, field=field
                )
            first[field] = value[0]
            alternatives[field] = tuple(value)
    fact = parse_fact(first, path=path, line=line)
    # every alternative must be valid too: validate each in place of the first
    checked: dict[str, tuple[Any, ...]] = {}
    for field, values in alternatives.items():
        normalised = []
        for value in values:
            variant = parse_fact({**first, field: value}, path=path, line=line)
            normalised.append(getattr(variant, field))
        checked[field] = tuple(normalised)
    return GoldFact(fact=fact, alternatives=checked)


def fact_to_dict(fact: FactBase, *, provenance: bool = True) -> dict[str, Any]:
    """The fact as a plain JSON-ready dict in the spec's field order."""
    data = fact.model_dump(mode="json")
    ordered: dict[str, Any] = {"doc_id": data.pop("doc_id"), "type": data.pop("type")}
    ordered["parties"] = data.pop("parties")
    optional = data.pop("optional")
    prov = {name: data.pop(name) for name in PROVENANCE_FIELDS}
    ordered.update(data)
    if optional:
        ordered["optional"] = True
    if provenance:
        ordered.update({name: value for name, value in prov.items() if value is not None})
    return ordered


def fact_to_json(fact: FactBase, *, provenance: bool = True) -> str:
    """One fact as one line of JSON (no trailing newline)."""
    return json.dumps(fact_to_dict(fact, provenance=provenance), ensure_ascii=False)


def _iter_json_lines(stream: IO[str], path: str | Path | None) -> Iterator[tuple[int, Any]]:
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            yield number, json.loads(raw)
        except json.JSONDecodeError as err:
            raise FactFormatError(
                f"invalid JSON ({err.msg} at column {err.colno})", path=path, line=number
            ) from None


def _open_lines(path: str | Path) -> IO[str]:
    try:
        return open(path, encoding="utf-8")
    except OSError as err:
        raise FactFormatError(f"cannot open: {err.strerror}", path=path) from None


def read_facts(path: str | Path) -> list[Fact]:
    """Read and validate a whole JSON Lines file of facts.

    Everything is validated before anything is returned: a bad line raises
    :class:`FactFormatError` naming the file, line and field, and no fact is returned.
    """
    with _open_lines(path) as stream:
        try:
            return [parse_fact(obj, path=path, line=n) for n, obj in _iter_json_lines(stream, path)]
        except UnicodeDecodeError:
            raise FactFormatError("not UTF-8 text", path=path) from None


def read_gold(path: str | Path) -> list[GoldFact]:
    """Read and validate a gold JSON Lines file (alternatives allowed)."""
    with _open_lines(path) as stream:
        try:
            return [parse_gold(obj, path=path, line=n) for n, obj in _iter_json_lines(stream, path)]
        except UnicodeDecodeError:
            raise FactFormatError("not UTF-8 text", path=path) from None


def write_facts(facts: Iterable[FactBase], stream: IO[str], *, provenance: bool = True) -> int:
    """Write facts as JSON Lines to an open text stream; return how many were written."""
    count = 0
    for fact in facts:
        stream.write(fact_to_json(fact, provenance=provenance))
        stream.write("\n")
        count += 1
    return count

"""Questions to the consolidated knowledge base, with typed answers.

Every function reads the entity tables written by :func:`caspian.consolidate.consolidate_kb`
(run ``caspian consolidate`` first on a knowledge base that was never consolidated).
`as_of` is a date or a partial ISO date (``2025``, ``2025-08``, ``2025-08-15``; default
today): an agreement's stage as of it follows the rule of :mod:`caspian.lifecycle.stages`
— an event counts once its period has begun by the end of `as_of` (its date, else the
date it was first reported).
"""

from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date as Date
from typing import Any, NamedTuple

from caspian.errors import InputError
from caspian.facts import Instrument, Stage, check_partial_date
from caspian.lifecycle import dates
from caspian.store import KnowledgeBase
from caspian.store import entities as db


def _as_of(value: str | Date | None) -> str:
    try:
        return dates.parse_as_of(value)
    except ValueError as err:
        raise InputError(f"--as-of: {err}") from None


def _year(value: str | int) -> str:
    text = str(value).strip()
    try:
        check_partial_date(text)
    except ValueError as err:
        raise InputError(f"--year: {err}") from None
    if len(text) != 4:
        raise InputError(f"--year: '{text}' is not a year (YYYY)")
    return text


def _check_actor(kb: KnowledgeBase, actor_id: str) -> None:
    kb.actor(actor_id)  # raises UnknownActorError


def _check_vocab(value: str | None, vocab: type[Instrument] | type[Stage], option: str) -> None:
    if value is not None and value not in {v.value for v in vocab}:
        choices = ", ".join(v.value for v in vocab)
        raise InputError(f"{option}: '{value}' is not one of {choices}")


_decode = json.JSONDecoder().raw_decode


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while a large answer is built.

    An answer of thousands of agreements allocates tens of thousands of objects that stay
    alive until it is returned, so the collector would promote them and run full
    collections over the whole heap (tens of milliseconds each) while finding nothing:
    results hold no reference cycles. Reference counting still frees everything; the
    collector resumes (if it was on) when the answer is built."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _ids(text: str) -> tuple[Any, ...]:
    """A JSON list as written by consolidation, as a tuple (``raw_decode``: there are no
    surrounding blanks to skip; three times faster than ``json.loads`` on short lists)."""
    return tuple(_decode(text)[0])


# -- result types ----------------------------------------------------------------------------


class StageDate(NamedTuple):
    """When a stage was reached (`party`: a step one party took alone)."""

    stage: str
    date: str | None
    party: str | None = None


@dataclass(frozen=True, slots=True)
class AgreementSummary:
    entity_id: str
    parties: tuple[str, ...]
    instrument: str
    title: str | None
    stage: str
    stages: tuple[StageDate, ...]
    n_sources: int
    first_reported: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Evidence:
    fact_id: int
    doc_id: str
    date: str | None
    evidence: str
    title: str | None
    url: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class EventDetail:
    stage: str
    date: str | None
    party: str | None
    first_reported: str | None
    derived: bool
    fact_ids: tuple[int, ...]
    doc_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class LinkDetail:
    kind: str  # "supersedes" | "upgrades"
    direction: str  # "replaces" (this one replaces `other`) | "replaced_by"
    other: str
    other_instrument: str | None


@dataclass(frozen=True, slots=True)
class AgreementDetail:
    agreement: AgreementSummary
    events: tuple[EventDetail, ...]
    links: tuple[LinkDetail, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class CommitmentSummary:
    entity_id: str
    parties: tuple[str, ...]
    metric: str
    target_value: float | None
    target_unit: str | None
    factor: float | None
    deadline: str | None
    subject: str | None
    date: str | None
    n_sources: int


@dataclass(frozen=True, slots=True)
class FigureSource:
    value: float
    doc_id: str
    fact_id: int
    reported: str | None


@dataclass(frozen=True, slots=True)
class TradeFigureSummary:
    entity_id: str
    parties: tuple[str, ...]
    metric: str
    year: str
    unit: str
    sources: tuple[FigureSource, ...]


@dataclass(frozen=True, slots=True)
class ConflictSideDetail:
    value: str
    fact_ids: tuple[int, ...]
    doc_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConflictEntry:
    kind: str
    entity_kind: str
    entity_id: str
    stage: str | None
    party: str | None
    detail: str
    a: ConflictSideDetail
    b: ConflictSideDetail
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class StatusReport:
    """Everything between two actors as of a date."""

    actors: tuple[str, str]
    as_of: str
    agreements: tuple[AgreementDetail, ...]
    commitments: tuple[CommitmentSummary, ...]
    trade_figures: tuple[TradeFigureSummary, ...]
    conflicts: tuple[ConflictEntry, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str | None
    first_reported: str | None
    stage: str
    party: str | None
    derived: bool
    entity_id: str
    parties: tuple[str, ...]
    instrument: str
    title: str | None
    doc_ids: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class LinkEntry:
    kind: str
    source: str
    target: str
    parties: tuple[str, ...]
    instrument: str
    date: str | None


@dataclass(frozen=True, slots=True)
class MembershipChangeEntry:
    group: str
    member: str
    change: str
    date: str | None
    first_reported: str | None
    doc_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class YearChanges:
    """What moved during a year (on the happened axis; undated: when first reported)."""

    year: str
    new_agreements: tuple[AgreementSummary, ...]
    stages_reached: tuple[TimelineEntry, ...]
    upgrades: tuple[LinkEntry, ...]
    membership_changes: tuple[MembershipChangeEntry, ...]
    commitments: tuple[CommitmentSummary, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Partner:
    actor_id: str
    agreements: int
    stages: dict[str, int]


@dataclass(frozen=True, slots=True)
class ActorAgreements:
    """An actor's agreements grouped by their stage as of a date, and its partners."""

    actor_id: str
    as_of: str
    by_stage: dict[str, list[AgreementSummary]] = field(default_factory=dict)
    partners: list[Partner] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- builders --------------------------------------------------------------------------------


def _summary(row: Any, as_of: str, last: str | None = None) -> AgreementSummary:
    """An agreement row of :func:`caspian.store.entities.select_agreements` as of a date
    (`last`: the date's last day, if already known)."""
    return _summaries([row], last or dates.last_day(as_of))[0]


_tuple_new = tuple.__new__


def _summaries(rows: Sequence[Any], last: str) -> list[AgreementSummary]:
    """Agreement rows of :func:`caspian.store.entities.select_agreements` as of the day
    `last`.

    Written for speed: it runs once per listed agreement (thousands for a busy actor), so
    a :class:`StageDate` is made by ``tuple.__new__`` (half the cost of its constructor)
    and the stage is the last state's when that one has begun (the usual case)."""
    out: list[AgreementSummary] = []
    append = out.append
    for entity_id, party_key, instrument, title, n_sources, first, stage_dates, states in rows:
        stages: list[StageDate] = []
        if stage_dates:
            for item in stage_dates.split(";"):
                stage, party, date, valid_from = item.split(",")
                if not valid_from or valid_from <= last:
                    stages.append(_tuple_new(StageDate, (stage, date or None, party or None)))
        final = states.rpartition(";")[2]
        if final[:10] <= last:
            current = final[11:]
        else:
            current = ""
            for item in states.split(";"):
                if item[:10] > last:
                    break
                current = item[11:]
        append(
            AgreementSummary(
                entity_id,
                tuple(party_key.split(",")),
                instrument,
                title,
                current,
                tuple(stages),
                n_sources,
                first,
            )
        )
    return out


def agreements(
    kb: KnowledgeBase,
    *,
    parties: Sequence[str] = (),
    instrument: str | None = None,
    stage: str | None = None,
    as_of: str | Date | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[AgreementSummary]:
    """Agreements that exist as of the date, with their stage then; every one of `parties`
    must be a party. Ordered by the date of their first event, then by id; `offset` and
    `limit` give one page of that list (default: all of it)."""
    when = _as_of(as_of)
    _check_vocab(instrument, Instrument, "--instrument")
    _check_vocab(stage, Stage, "--stage")
    if limit is not None and limit < 0:
        raise InputError(f"--limit: {limit} is negative")
    if offset < 0:
        raise InputError(f"--offset: {offset} is negative")
    for actor_id in parties:
        _check_actor(kb, actor_id)
    last = dates.last_day(when)
    paged = stage is None and (limit is not None or offset > 0)
    with _no_cycle_collection():
        with kb.engine.connect() as conn:
            rows = db.select_agreements(
                conn,
                as_of_day=last,
                parties=parties,
                instrument=instrument,
                limit=limit if paged else None,
                offset=offset if paged else 0,
            )
        found = _summaries(rows, last)
        del rows  # before the collector resumes: it would walk them once more
    if stage is not None:
        found = [a for a in found if a.stage == stage]
        found = found[offset:] if limit is None else found[offset : offset + limit]
    return found


def _details(
    conn: Any,
    summaries: Sequence[AgreementSummary],
    as_of: str,
    evidence_per_step: int | None,
    *,
    scope: Any = None,
) -> list[AgreementDetail]:
    """The lifecycle, evidence and links of each of `summaries` (`scope`: a query of ids
    that includes theirs, such as :func:`caspian.store.entities.pair_ids`, read instead of
    a list of their ids)."""
    if not summaries:
        return []
    ids = [s.entity_id for s in summaries]
    wanted = set(ids)
    last = dates.last_day(as_of)
    limit = evidence_per_step
    first_day = dates.first_day
    decode = _decode
    # rows in the order of caspian.store.entities.EVENT_ROW, unpacked (faster than names)
    events = [
        (entity_id, stage, date, party, first_reported, derived, decode(fact_ids)[0], doc_ids)
        for (
            entity_id,
            stage,
            date,
            party,
            first_reported,
            sort_date,
            derived,
            fact_ids,
            doc_ids,
        ) in db.select_events(conn, ids if scope is None else scope)
        if entity_id in wanted and (not sort_date or first_day(sort_date) <= last)
    ]
    evidence = {
        fact_id: Evidence(*row)
        for fact_id, row in db.select_evidence(
            conn, {i for *_head, refs, _docs in events for i in refs[:limit]}
        ).items()
    }
    events_of: dict[str, list[EventDetail]] = defaultdict(list)
    for entity_id, stage, date, party, first_reported, derived, refs, doc_ids in events:
        events_of[entity_id].append(
            EventDetail(
                stage,
                date,
                party,
                first_reported,
                bool(derived),
                tuple(refs),
                tuple(decode(doc_ids)[0]),
                tuple(evidence[i] for i in refs[:limit] if i in evidence),
            )
        )
    link_rows = [
        row
        for row in db.select_links(conn, ids if scope is None else scope)
        if row.source_id in wanted or row.target_id in wanted
    ]
    links_of: dict[str, list[LinkDetail]] = defaultdict(list)
    if link_rows:
        instruments = {
            row.entity_id: row.instrument
            for row in db.select_agreements(
                conn,
                as_of_day="9999-12-31",
                entity_ids=sorted(
                    {r.source_id for r in link_rows} | {r.target_id for r in link_rows}
                ),
            )
        }
        for row in link_rows:
            links_of[row.source_id].append(
                LinkDetail(row.kind, "replaces", row.target_id, instruments.get(row.target_id))
            )
            links_of[row.target_id].append(
                LinkDetail(row.kind, "replaced_by", row.source_id, instruments.get(row.source_id))
            )
    return [
        AgreementDetail(s, tuple(events_of[s.entity_id]), tuple(links_of[s.entity_id]))
        for s in summaries
    ]


def agreement_details(
    kb: KnowledgeBase,
    summaries: Sequence[AgreementSummary],
    *,
    as_of: str | Date | None = None,
    evidence_per_step: int | None = None,
) -> list[AgreementDetail]:
    """Each agreement's lifecycle up to `as_of`, with the evidence of every step (the
    first `evidence_per_step` reports of each, earliest first; None: all)."""
    when = _as_of(as_of)
    with _no_cycle_collection(), kb.engine.connect() as conn:
        return _details(conn, summaries, when, evidence_per_step)


def _commitment(row: Any) -> CommitmentSummary:
    return CommitmentSummary(
        entity_id=row.entity_id,
        parties=db.split_parties(row.party_key),
        metric=row.metric,
        target_value=row.target_value,
        target_unit=row.target_unit,
        factor=row.factor,
        deadline=row.deadline,
        subject=row.subject,
        date=row.date,
        n_sources=len(_decode(row.doc_ids_json)[0]),
    )


def _conflict(row: Any, label: str = "") -> ConflictEntry:
    return ConflictEntry(
        kind=row.kind,
        entity_kind=row.entity_kind,
        entity_id=row.entity_id,
        stage=row.stage,
        party=row.party,
        detail=row.detail,
        a=ConflictSideDetail(row.a_value, _ids(row.a_fact_ids_json), _ids(row.a_doc_ids_json)),
        b=ConflictSideDetail(row.b_value, _ids(row.b_fact_ids_json), _ids(row.b_doc_ids_json)),
        label=label,
    )


def status(
    kb: KnowledgeBase,
    actor_a: str,
    actor_b: str,
    *,
    as_of: str | Date | None = None,
    evidence_per_step: int | None = 1,
) -> StatusReport:
    """Everything between two actors: agreements with lifecycle and evidence, commitments,
    trade figures (every source's number) and the conflicts among their sources.

    Each step lists all its facts and documents (`fact_ids`, `doc_ids`) and the evidence
    sentences of the first `evidence_per_step` reports, earliest first (default: the first
    report; None: all)."""
    when = _as_of(as_of)
    for actor_id in (actor_a, actor_b):
        _check_actor(kb, actor_id)
    with _no_cycle_collection():  # (the work's temporaries are gone when it resumes)
        return _status(kb, actor_a, actor_b, when, evidence_per_step)


def _status(
    kb: KnowledgeBase, actor_a: str, actor_b: str, when: str, evidence_per_step: int | None
) -> StatusReport:
    pair = [actor_a, actor_b]
    last = dates.last_day(when)
    two = actor_a != actor_b
    with kb.engine.connect() as conn:
        rows = db.select_agreements(conn, as_of_day=last, parties=pair)
        summaries = _summaries(rows, last)
        scope = db.pair_ids(("agreement",), actor_a, actor_b) if two else None
        details = _details(conn, summaries, when, evidence_per_step, scope=scope)
        commitment_rows = [
            r
            for r in db.select_commitments(conn, parties=pair)
            if not r.sort_date or dates.happened_by(r.sort_date, when)
        ]
        figures: dict[str, list[Any]] = defaultdict(list)
        for row in db.select_trade_values(conn, parties=pair):
            if row.year <= when[:4]:
                figures[row.entity_id].append(row)
        ids = [s.entity_id for s in summaries] + list(figures)
        if two and ids:
            wanted = set(ids)
            conflict_rows = [
                row
                for row in db.select_conflicts(
                    conn,
                    entity_ids=db.pair_ids(("agreement", "trade_figure"), actor_a, actor_b),
                )
                if row.entity_id in wanted
            ]
        else:
            conflict_rows = db.select_conflicts(conn, entity_ids=ids)
    trade = [
        TradeFigureSummary(
            entity_id=entity,
            parties=db.split_parties(group[0].party_key),
            metric=group[0].metric,
            year=group[0].year,
            unit=group[0].unit,
            sources=tuple(FigureSource(r.value, r.doc_id, r.fact_id, r.reported) for r in group),
        )
        for entity, group in figures.items()
    ]
    return StatusReport(
        actors=(actor_a, actor_b),
        as_of=when,
        agreements=tuple(details),
        commitments=tuple(_commitment(r) for r in commitment_rows),
        trade_figures=tuple(trade),
        conflicts=tuple(_conflict(r) for r in conflict_rows),
    )


def _timeline_entry(row: Any) -> TimelineEntry:
    return TimelineEntry(
        date=row.date,
        first_reported=row.first_reported,
        stage=row.stage,
        party=row.party,
        derived=bool(row.derived),
        entity_id=row.entity_id,
        parties=db.split_parties(row.party_key),
        instrument=row.instrument,
        title=row.title,
        doc_ids=_ids(row.doc_ids_json),
    )


def timeline(
    kb: KnowledgeBase, *, party: str | None = None, year: str | int | None = None
) -> list[TimelineEntry]:
    """Stage events in date order (an undated event at the date it was first reported;
    events with neither come last and are left out when a year is given)."""
    if party is not None:
        _check_actor(kb, party)
    wanted = _year(year) if year is not None else None
    with kb.engine.connect() as conn:
        rows = db.select_timeline(conn, party=party, year=wanted)
    return [_timeline_entry(row) for row in rows]


def changes(kb: KnowledgeBase, year: str | int) -> YearChanges:
    """What moved during `year`: new agreements, stages reached, upgrades and
    supersessions, membership changes, commitments made."""
    wanted = _year(year)
    end = f"{wanted}-12-31"
    with kb.engine.connect() as conn:
        new_rows = db.select_new_agreements(conn, wanted)
        staged = {
            row.entity_id: row
            for row in db.select_agreements(
                conn, as_of_day=end, entity_ids=[r.entity_id for r in new_rows]
            )
        }
        events = db.select_timeline(conn, year=wanted)
        link_rows = db.select_links_in_year(conn, wanted)
        members = db.select_membership_events(conn, year=wanted)
        made = db.select_commitments(conn, year=wanted)
    return YearChanges(
        year=wanted,
        new_agreements=tuple(
            _summary(staged[r.entity_id], wanted) for r in new_rows if r.entity_id in staged
        ),
        stages_reached=tuple(_timeline_entry(r) for r in events),
        upgrades=tuple(
            LinkEntry(
                r.kind,
                r.source_id,
                r.target_id,
                db.split_parties(r.party_key),
                r.instrument,
                r.first_date,
            )
            for r in link_rows
        ),
        membership_changes=tuple(
            MembershipChangeEntry(
                r.group_id,
                r.member_id,
                r.change,
                r.date,
                r.first_reported,
                _ids(r.doc_ids_json),
            )
            for r in members
        ),
        commitments=tuple(_commitment(r) for r in made),
    )


def membership_history(
    kb: KnowledgeBase, *, group: str | None = None, member: str | None = None
) -> list[MembershipChangeEntry]:
    """Membership changes in date order: a group's history (who was invited, applied,
    joined, left), or one actor's, or all."""
    for actor_id in (group, member):
        if actor_id is not None:
            _check_actor(kb, actor_id)
    with kb.engine.connect() as conn:
        rows = db.select_membership_events(conn, actor=group or member)
    return [
        MembershipChangeEntry(
            r.group_id, r.member_id, r.change, r.date, r.first_reported, _ids(r.doc_ids_json)
        )
        for r in rows
        if (group is None or r.group_id == group) and (member is None or r.member_id == member)
    ]


def conflicts(kb: KnowledgeBase, *, kind: str | None = None) -> list[ConflictEntry]:
    """Every contradiction kept by consolidation, with the facts and documents of both sides."""
    with kb.engine.connect() as conn:
        rows = db.select_conflicts(conn, kind=kind)
        labels = {
            row.entity_id: f"{row.party_key} {row.instrument}"
            + (f" “{row.title}”" if row.title else "")
            for row in db.select_agreements(
                conn, as_of_day="9999-12-31", entity_ids=sorted({r.entity_id for r in rows})
            )
        }
    return [_conflict(row, labels.get(row.entity_id, "")) for row in rows]


def actor_agreements(
    kb: KnowledgeBase, actor_id: str, *, as_of: str | Date | None = None
) -> ActorAgreements:
    """The actor's agreements by their stage as of the date, and its partners (the other
    parties, with how many agreements and at which stages)."""
    when = _as_of(as_of)
    _check_actor(kb, actor_id)
    found = agreements(kb, parties=[actor_id], as_of=when)
    by_stage: dict[str, list[AgreementSummary]] = defaultdict(list)
    partner_stages: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for agreement in found:
        by_stage[agreement.stage].append(agreement)
        for other in agreement.parties:
            if other != actor_id:
                partner_stages[other][agreement.stage] += 1
    partners = sorted(
        (Partner(p, sum(s.values()), dict(sorted(s.items()))) for p, s in partner_stages.items()),
        key=lambda p: (-p.agreements, p.actor_id),
    )
    order = {s.value: n for n, s in enumerate(Stage)}
    return ActorAgreements(
        actor_id=actor_id,
        as_of=when,
        by_stage={k: by_stage[k] for k in sorted(by_stage, key=lambda s: order.get(s, 99))},
        partners=partners,
    )

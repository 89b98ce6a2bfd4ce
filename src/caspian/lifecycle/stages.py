"""An agreement's lifecycle: stage events from its facts, the stage as of a date, and
the contradictions between sources.

**Events.** The facts of one agreement are grouped by stage (and by party, for a step
one party took alone, such as its parliament's ratification). Within a stage the
distinct dates are grouped by compatibility, finest first (``2025-08-08`` and
``2025-08`` and ``2025`` are one group; ``2025-08-08`` and ``2025-09-01`` are two):

- a stage that happens once (concluded, initialed, signed, ratified, in force, upgraded,
  superseded, terminated) is one event. If its facts give incompatible dates, the date
  with the most documents (then the earliest reported, then the earliest date) is the
  event's date and a ``date_disagreement`` conflict keeps the other side.
- a stage that may recur (proposed, negotiating, reaffirmed, implemented, suspended) is
  one event per date group.
- an undated fact supports the event of its stage (for a recurring stage, the latest one
  dated by its report date); with no such event it is an event of unknown date.

Each event keeps every supporting fact and document and the date it was first reported.

**As of.** An event counts as of a date when its date — or, if unknown, the date it was
first reported — has begun by the end of that date (:func:`caspian.lifecycle.dates.happened_by`);
an event with neither date always counts. An agreement with no counted event does not
exist yet. Its stage is the most advanced counted stage in the order proposed <
negotiating < concluded < initialed < reaffirmed < upgraded < signed < ratified < in
force < implemented, unless a counted superseded/terminated/suspended event is not
followed by a later step: then it is that. A ratification by single parties counts as
``ratified`` only once every party has ratified.

**Conflicts.** ``date_disagreement`` (above); ``ratified_before_signed`` (a ratification
surely earlier than the signature); ``stage_backwards`` (an earlier stage of the
progression proposed → negotiating → concluded → initialed → signed → ratified → in
force dated surely after a later one).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from caspian.lifecycle import dates
from caspian.lifecycle.model import (
    Conflict,
    ConflictKind,
    ConflictSide,
    FactRecord,
    StageEvent,
    StageState,
    Support,
)

PROGRESSION: dict[str, float] = {
    "proposed": 1,
    "negotiating": 2,
    "concluded": 3,
    "initialed": 4,
    "reaffirmed": 5.0,
    "upgraded": 5.1,
    "signed": 5.2,
    "ratified": 6,
    "in_force": 7,
    "implemented": 8,
}
TERMINAL = frozenset({"superseded", "terminated", "suspended"})
ONE_TIME = frozenset(
    {
        "concluded",
        "initialed",
        "signed",
        "ratified",
        "in_force",
        "upgraded",
        "superseded",
        "terminated",
    }
)
#: the strict order whose inversion is a `stage_backwards` conflict
ORDERED: dict[str, int] = {
    "proposed": 1,
    "negotiating": 2,
    "concluded": 3,
    "initialed": 4,
    "signed": 5,
    "ratified": 6,
    "in_force": 7,
}
STAGE_ORDER: dict[str, float] = {**PROGRESSION, "suspended": 9, "superseded": 10, "terminated": 11}
_NO_DATE = "0000-01-01"


def _date_groups(records: Sequence[FactRecord]) -> list[tuple[str, list[FactRecord]]]:
    """Group dated facts by compatible dates, finest first; each group named by its finest date."""
    distinct = sorted({r.date for r in records if r.date}, key=lambda d: (-len(d), d))
    groups: list[tuple[str, list[str]]] = []
    for value in distinct:
        for rep, members in groups:
            if dates.compatible(rep, value):
                members.append(value)
                break
        else:
            groups.append((value, [value]))
    out = []
    for rep, members in sorted(groups, key=lambda g: g[0]):
        chosen = set(members)
        out.append((rep, [r for r in records if r.date in chosen]))
    return out


def _side(value: str, records: list[FactRecord]) -> ConflictSide:
    return ConflictSide(value=value, support=Support.of(records))


def build_events(
    records: Iterable[FactRecord], *, parties: tuple[str, ...], entity_id: str
) -> tuple[list[StageEvent], list[Conflict]]:
    """The stage events of one agreement's facts and the date disagreements among them."""
    by_stage: dict[tuple[str, str], list[FactRecord]] = defaultdict(list)
    for record in records:
        party = record.parties[0] if record.parties != parties and len(record.parties) == 1 else ""
        by_stage[(str(record.get("stage")), party)].append(record)
    events: list[StageEvent] = []
    conflicts: list[Conflict] = []
    for (stage, party), group in sorted(by_stage.items()):
        groups = _date_groups(group)
        undated = [r for r in group if not r.date]
        who = party or None
        if stage in ONE_TIME or not groups:
            if not groups:
                events.append(StageEvent(stage, None, who, Support.of(group)))
                continue
            main_date, main = min(
                groups,
                key=lambda g: (
                    -len({r.doc_id for r in g[1]}),
                    Support.of(g[1]).first_reported or "9999",
                    g[0],
                ),
            )
            for other_date, other in groups:
                if other_date == main_date:
                    continue
                conflicts.append(
                    Conflict(
                        kind="date_disagreement",
                        entity_kind="agreement",
                        entity_id=entity_id,
                        stage=stage,
                        party=who,
                        detail=f"{stage} dated {main_date} by {len(main)} fact(s) and "
                        f"{other_date} by {len(other)} fact(s)",
                        a=_side(main_date, main),
                        b=_side(other_date, other),
                    )
                )
            events.append(StageEvent(stage, main_date, who, Support.of(group)))
            continue
        attached: dict[str, list[FactRecord]] = {rep: list(members) for rep, members in groups}
        loose = []
        for record in undated:
            earlier = [
                rep
                for rep, _ in groups
                if record.reported is None or dates.first_day(rep) <= record.reported
            ]
            if earlier:
                attached[max(earlier)].append(record)
            else:
                loose.append(record)
        for rep, members in sorted(attached.items()):
            events.append(StageEvent(stage, rep, who, Support.of(members)))
        if loose:
            events.append(StageEvent(stage, None, who, Support.of(loose)))
    return sort_events(events), conflicts


def sort_events(events: Iterable[StageEvent]) -> list[StageEvent]:
    return sorted(
        events,
        key=lambda e: (
            e.effective or "9999",
            STAGE_ORDER.get(e.stage, 99),
            e.party or "",
            e.date or "",
            e.derived,
        ),
    )


def order_conflicts(events: Sequence[StageEvent], *, entity_id: str) -> list[Conflict]:
    """Ratifications before signature and stages that go backwards."""
    conflicts = []
    real = [e for e in events if not e.derived and e.date and e.stage in ORDERED]
    for low in real:
        for high in real:
            if ORDERED[low.stage] >= ORDERED[high.stage]:
                continue
            assert low.date is not None and high.date is not None
            if not dates.before(high.date, low.date):
                continue
            kind: ConflictKind
            if low.stage == "signed" and high.stage == "ratified":
                kind = "ratified_before_signed"
                detail = (
                    f"ratified{' by ' + high.party if high.party else ''} on {high.date}, "
                    f"before the signature on {low.date}"
                )
            else:
                kind = "stage_backwards"
                detail = f"{low.stage} on {low.date} after {high.stage} on {high.date}"
            conflicts.append(
                Conflict(
                    kind=kind,
                    entity_kind="agreement",
                    entity_id=entity_id,
                    stage=low.stage,
                    party=high.party or low.party,
                    detail=detail,
                    a=ConflictSide(f"{high.stage} {high.date}", high.support),
                    b=ConflictSide(f"{low.stage} {low.date}", low.support),
                )
            )
    return conflicts


def counts_as_of(event: StageEvent, as_of: str) -> bool:
    effective = event.effective
    return effective is None or dates.happened_by(effective, as_of)


def stage_as_of(events: Iterable[StageEvent], parties: Sequence[str], as_of: str) -> str | None:
    """The agreement's stage as of `as_of` (None: it did not exist yet). See the module doc."""
    counted = [e for e in events if counts_as_of(e, as_of)]
    if not counted:
        return None
    ratified_by = {e.party for e in counted if e.stage == "ratified"}
    fully_ratified = None in ratified_by or set(parties) <= ratified_by
    steps = [
        e for e in counted if e.stage in PROGRESSION and (e.stage != "ratified" or fully_ratified)
    ]
    terminal = [e for e in counted if e.stage in TERMINAL]
    if terminal:
        last = max(
            terminal,
            key=lambda e: (
                dates.first_day(e.effective) if e.effective else "",
                STAGE_ORDER[e.stage],
            ),
        )
        if last.effective is None or not any(
            e.effective and dates.before(last.effective, e.effective) for e in steps
        ):
            return last.stage
    if steps:
        return max(steps, key=lambda e: (PROGRESSION[e.stage], e.effective or "")).stage
    return "ratified"  # only single parties' ratifications are known


def state_timeline(events: Sequence[StageEvent], parties: Sequence[str]) -> list[StageState]:
    """The stage as a step function of time: a new state wherever the stage changes."""
    points = sorted({dates.first_day(e.effective) if e.effective else _NO_DATE for e in events})
    states: list[StageState] = []
    for point in points:
        stage = stage_as_of(events, parties, point)
        if stage is not None and (not states or states[-1].stage != stage):
            states.append(StageState(point, stage))
    return states

"""Consolidation: facts from many documents become entities.

:func:`consolidate` takes every fact at once (tests, small bases).
:func:`consolidate_groups` takes the facts already grouped — agreements, commitments
and trade figures by party set, memberships by group, projects by host — so that a
caller streaming sorted facts from the store keeps one group in memory at a time.

A ratification fact naming a single party (its parliament ratified) is an *orphan*: it
belongs to an agreement of several parties. :func:`orphan_targets` sends it to the party
set that has the most facts of that instrument including the party (ties: the first
set in sorted order); with none, it stays a one-party agreement.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping

from caspian.lifecycle.identity import IMPLICIT_SUCCESSOR, PARTNERSHIP_RANK, cluster_agreements
from caspian.lifecycle.model import (
    Agreement,
    Consolidation,
    FactRecord,
    Link,
    LinkKind,
    StageEvent,
    Support,
    entity_id,
)
from caspian.lifecycle.others import commitments, membership_history, projects, trade_figures
from caspian.lifecycle.stages import build_events, order_conflicts, sort_events, state_timeline

Parties = tuple[str, ...]


def is_orphan(record: FactRecord) -> bool:
    """A one-party ratification: a step one party took in an agreement of several."""
    return (
        record.type == "agreement"
        and len(record.parties) == 1
        and record.get("stage") == "ratified"
    )


def orphan_targets(
    orphans: Iterable[FactRecord],
    counts: Callable[[str, str], Mapping[Parties, int]],
) -> dict[Parties, list[FactRecord]]:
    """The party set each orphan joins. `counts(party, instrument)` gives, per party set of
    two or more including `party`, its number of agreement facts of that instrument."""
    out: dict[Parties, list[FactRecord]] = defaultdict(list)
    cache: dict[tuple[str, str], Parties] = {}
    for record in orphans:
        key = (record.parties[0], str(record.get("instrument")))
        if key not in cache:
            found = counts(*key)
            cache[key] = min(found, key=lambda p: (-found[p], p)) if found else record.parties
        out[cache[key]].append(record)
    return out


def _first(events: Iterable[StageEvent]) -> str:
    return min((e.effective for e in events if e.effective), default="9999")


def _links(agreements: list[Agreement], records_of: Mapping[str, list[FactRecord]]) -> list[Link]:
    links: dict[tuple[str, str], Link] = {}
    for newer in agreements:
        replaced = {r.get("replaces") for r in records_of[newer.entity_id] if r.get("replaces")}
        if newer.instrument in IMPLICIT_SUCCESSOR:
            replaced.add(IMPLICIT_SUCCESSOR[newer.instrument])
        for instrument in sorted(str(i) for i in replaced):
            older = [a for a in agreements if a.instrument == instrument and a is not newer]
            if not older:
                continue
            target = max(older, key=lambda a: (_first(a.events), a.entity_id))
            both_partnerships = (
                instrument in PARTNERSHIP_RANK and newer.instrument in PARTNERSHIP_RANK
            )
            support = Support.of(
                [r for r in records_of[newer.entity_id] if r.get("replaces") == instrument]
                or records_of[newer.entity_id]
            )
            kind: LinkKind = "upgrades" if both_partnerships else "supersedes"
            links[(newer.entity_id, target.entity_id)] = Link(
                kind, newer.entity_id, target.entity_id, support
            )
        rank = PARTNERSHIP_RANK.get(newer.instrument)
        upgraded = [e for e in newer.events if e.stage == "upgraded"]
        if rank is None or not upgraded:
            continue
        lower = [
            a
            for a in agreements
            if PARTNERSHIP_RANK.get(a.instrument, 99) < rank and a is not newer
        ]
        if lower:
            target = max(
                lower, key=lambda a: (PARTNERSHIP_RANK[a.instrument], _first(a.events), a.entity_id)
            )
            links.setdefault(
                (newer.entity_id, target.entity_id),
                Link("upgrades", newer.entity_id, target.entity_id, upgraded[0].support),
            )
    return [links[k] for k in sorted(links)]


def _replacing_event(agreement: Agreement, kind: str) -> StageEvent | None:
    wanted = ("in_force",) if kind == "supersedes" else ("upgraded", "signed")
    for stage in wanted:
        for event in agreement.events:
            if (
                event.stage == stage
                and event.party is None
                and event.effective
                and not event.derived
            ):
                return event
    return None


def agreement_group(parties: Parties, records: Iterable[FactRecord]) -> Consolidation:
    """The agreements, links and conflicts of one party set."""
    result = Consolidation()
    agreements: list[Agreement] = []
    records_of: dict[str, list[FactRecord]] = {}
    for cluster in cluster_agreements(records):
        ident = entity_id("agreement", " ".join(parties), cluster.instrument, cluster.disc)
        events, conflicts = build_events(cluster.records, parties=parties, entity_id=ident)
        conflicts += order_conflicts(events, entity_id=ident)
        result.conflicts.extend(conflicts)
        titled = [r.get("title") for r in cluster.records if r.get("title")]
        counts: dict[str, int] = defaultdict(int)
        for title in titled:
            counts[str(title)] += 1
        title = min(counts, key=lambda t: (-counts[t], -len(t), t)) if counts else None
        replaces = sorted({str(r.get("replaces")) for r in cluster.records if r.get("replaces")})
        values = [
            float(r.get("value_usd")) for r in cluster.records if r.get("value_usd") is not None
        ]
        records_of[ident] = cluster.records
        agreements.append(
            Agreement(
                entity_id=ident,
                parties=parties,
                instrument=cluster.instrument,
                title=title,
                titles=tuple(sorted(counts)),
                topics=tuple(
                    sorted({str(t) for r in cluster.records for t in (r.get("topics") or ())})
                ),
                replaces=replaces[0] if replaces else None,
                value_usd=max(values) if values else None,
                events=tuple(events),
                states=(),
                support=Support.of(cluster.records),
            )
        )
    links = _links(agreements, records_of)
    by_id = {a.entity_id: a for a in agreements}
    for link in links:
        older, newer = by_id[link.target], by_id[link.source]
        event = _replacing_event(newer, link.kind)
        if event is None or any(e.stage in ("superseded", "terminated") for e in older.events):
            continue
        derived = StageEvent("superseded", event.date, None, event.support, derived=True)
        by_id[older.entity_id] = dataclasses.replace(
            older, events=tuple(sort_events([*older.events, derived]))
        )
    for agreement in sorted(by_id.values(), key=lambda a: a.entity_id):
        states = state_timeline(agreement.events, agreement.parties)
        result.agreements.append(dataclasses.replace(agreement, states=tuple(states)))
    result.links.extend(links)
    return result


def consolidate_groups(
    *,
    agreements: Iterable[tuple[Parties, list[FactRecord]]] = (),
    memberships: Iterable[tuple[str, list[FactRecord]]] = (),
    commitments_by_parties: Iterable[tuple[Parties, list[FactRecord]]] = (),
    projects_by_host: Iterable[tuple[str, list[FactRecord]]] = (),
    figures_by_parties: Iterable[tuple[Parties, list[FactRecord]]] = (),
) -> Iterator[Consolidation]:
    """Consolidate group after group; each yielded part is complete and sorted."""
    for parties, records in agreements:
        yield agreement_group(parties, records)
    for group, records in memberships:
        yield Consolidation(memberships=[membership_history(group, records)])
    for parties, records in commitments_by_parties:
        yield Consolidation(commitments=commitments(parties, records))
    for host, records in projects_by_host:
        yield Consolidation(projects=projects(host, records))
    for parties, records in figures_by_parties:
        figures, conflicts = trade_figures(parties, records)
        yield Consolidation(trade_figures=figures, conflicts=conflicts)


def consolidate(records: Iterable[FactRecord]) -> Consolidation:
    """Consolidate facts held in memory; the same facts in any order give equal results."""
    agreement_facts: dict[Parties, list[FactRecord]] = defaultdict(list)
    orphans: list[FactRecord] = []
    member_facts: dict[str, list[FactRecord]] = defaultdict(list)
    commitment_facts: dict[Parties, list[FactRecord]] = defaultdict(list)
    project_facts: dict[str, list[FactRecord]] = defaultdict(list)
    figure_facts: dict[Parties, list[FactRecord]] = defaultdict(list)
    for record in records:
        if record.type == "agreement":
            (orphans if is_orphan(record) else agreement_facts[record.parties]).append(record)
        elif record.type == "membership":
            member_facts[str(record.get("group"))].append(record)
        elif record.type == "commitment":
            commitment_facts[record.parties].append(record)
        elif record.type == "project":
            project_facts[str(record.get("host"))].append(record)
        elif record.type == "trade_figure":
            figure_facts[record.parties].append(record)

    def counts(party: str, instrument: str) -> dict[Parties, int]:
        return {
            parties: sum(1 for r in group if r.get("instrument") == instrument)
            for parties, group in agreement_facts.items()
            if party in parties
            and len(parties) > 1
            and any(r.get("instrument") == instrument for r in group)
        }

    for parties, adopted in orphan_targets(
        sorted(orphans, key=lambda r: r.canonical), counts
    ).items():
        agreement_facts[parties].extend(adopted)
    result = Consolidation()
    for part in consolidate_groups(
        agreements=sorted(agreement_facts.items()),
        memberships=sorted(member_facts.items()),
        commitments_by_parties=sorted(commitment_facts.items()),
        projects_by_host=sorted(project_facts.items()),
        figures_by_parties=sorted(figure_facts.items()),
    ):
        result.extend(part)
    result.sort()
    return result

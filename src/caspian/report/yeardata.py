"""What the knowledge base holds about one year and one region, gathered once.

Only public functions are called here: :mod:`caspian.queries` for consolidated entities
(agreements with their lifecycle and evidence, stage events, membership changes,
commitments) and :class:`~caspian.store.KnowledgeBase` for stored facts (projects,
commitments' and memberships' evidence) and documents. Every agreement of the year is
placed in exactly one section (:func:`classify`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from caspian import queries
from caspian.actors import load_registry
from caspian.facts import CommitmentFact, MembershipFact, ProjectFact
from caspian.queries import AgreementDetail, EventDetail, MembershipChangeEntry, YearChanges
from caspian.report.regions import Region
from caspian.store import KnowledgeBase, StoredDocument, StoredFact

Placement = Literal["peace", "connectivity", "bilateral", "multilateral"]

PARTNERSHIP_INSTRUMENTS = frozenset({
    "strategic_partnership", "comprehensive_strategic_partnership", "alliance",
    "comprehensive_partnership", "partnership_cooperation_agreement",
    "enhanced_partnership_cooperation_agreement",
})  # fmt: skip
#: instruments that need ratification to take effect (a treaty by its title too)
RATIFIABLE = frozenset({
    "peace_agreement", "trade_agreement", "partnership_cooperation_agreement",
    "enhanced_partnership_cooperation_agreement", "alliance",
})  # fmt: skip
CONNECTIVITY_INSTRUMENTS = frozenset({"transit_arrangement"})


def in_year(value: str | None, year: int) -> bool:
    return bool(value) and str(value)[:4] == str(year)


def event_when(event: EventDetail) -> str | None:
    """The date an event is placed at: its own, else when it was first reported."""
    return event.date or event.first_reported


def only_report_date(event: EventDetail) -> bool:
    """True when the event's date is no more than the publication date of every document
    stating it (the text gave no date of its own)."""
    when = event_when(event)
    published = {str(ev.published) for ev in event.evidence if ev.published}
    return bool(when) and (event.date is None or published == {when})


@dataclass(frozen=True, slots=True)
class YearAgreement:
    """One agreement with a step in the year: its lifecycle to the year's end."""

    detail: AgreementDetail
    year_events: tuple[EventDetail, ...]
    placement: Placement

    @property
    def parties(self) -> tuple[str, ...]:
        return self.detail.agreement.parties

    @property
    def instrument(self) -> str:
        return self.detail.agreement.instrument

    @property
    def entity_id(self) -> str:
        return self.detail.agreement.entity_id

    @property
    def first_when(self) -> str:
        dates = [event_when(e) or "" for e in self.year_events]
        return min(dates) if dates else ""


@dataclass(slots=True)
class YearData:
    kb: KnowledgeBase
    year: int
    region: Region
    changes: YearChanges
    agreements: list[YearAgreement]
    all_details: dict[str, AgreementDetail]
    documents: dict[str, StoredDocument]
    memberships: list[tuple[MembershipChangeEntry, list[StoredFact]]] = field(default_factory=list)
    projects: list[StoredFact] = field(default_factory=list)
    commitment_facts: list[StoredFact] = field(default_factory=list)

    def placed(self, placement: Placement) -> list[YearAgreement]:
        return [a for a in self.agreements if a.placement == placement]


def classify(parties: Sequence[str], instrument: str, peace_sets: Sequence[frozenset[str]]
             ) -> Placement:
    """Peace process first (a peace agreement, or any instrument among all the parties of
    one), then connectivity (transit), then bilateral (two parties), else multilateral."""
    members = frozenset(parties)
    if instrument == "peace_agreement":
        return "peace"
    if instrument in CONNECTIVITY_INSTRUMENTS:
        return "connectivity"
    if any(peace <= members for peace in peace_sets):
        return "peace"
    if len(members) == 2:
        return "bilateral"
    return "multilateral"


def _region_fact(region: Region, stored: StoredFact) -> bool:
    fact = stored.fact
    actors = list(fact.parties)
    if isinstance(fact, ProjectFact):
        actors.append(fact.host)
    if isinstance(fact, MembershipFact):
        actors.append(fact.group)
    return region.covers(actors)


def gather(kb: KnowledgeBase, year: int, region: Region) -> YearData:
    """Everything the review states, read once from the knowledge base."""
    changes = queries.changes(kb, year)
    as_of = f"{year}-12-31"
    touched = {e.entity_id for e in changes.stages_reached} | {
        a.entity_id for a in changes.new_agreements
    }
    summaries = [
        s for s in queries.agreements(kb, as_of=as_of)
        if s.entity_id in touched and region.covers(s.parties)
    ]
    details = queries.agreement_details(kb, summaries, as_of=as_of)
    peace_sets = [frozenset(d.agreement.parties) for d in details
                  if d.agreement.instrument == "peace_agreement"]
    agreements: list[YearAgreement] = []
    for detail in details:
        events = tuple(e for e in detail.events if in_year(event_when(e), year) and e.evidence)
        if not events:
            continue
        placement = classify(detail.agreement.parties, detail.agreement.instrument, peace_sets)
        agreements.append(YearAgreement(detail, events, placement))
    agreements.sort(key=lambda a: (a.first_when, a.parties, a.instrument))
    documents = {doc.doc_id: doc for doc in kb.documents()}
    data = YearData(
        kb=kb, year=year, region=region, changes=changes, agreements=agreements,
        all_details={d.agreement.entity_id: d for d in details}, documents=documents,
    )
    span = {"since": str(year), "until": str(year)}
    membership_facts = kb.facts(type="membership", **span)
    for change in changes.membership_changes:
        if not region.covers([change.member, change.group]):
            continue
        support = [
            s for s in membership_facts
            if isinstance(s.fact, MembershipFact) and s.fact.group == change.group
            and change.member in s.fact.parties and s.fact.change == change.change
            and s.fact.doc_id in change.doc_ids
        ]
        if support:
            data.memberships.append((change, support))
    data.projects = [s for s in kb.facts(type="project", **span) if _region_fact(region, s)]
    data.commitment_facts = [
        s for s in kb.facts(type="commitment") if _region_fact(region, s)
        and isinstance(s.fact, CommitmentFact)
    ]
    return data


def registry_members(group: str) -> frozenset[str]:
    return load_registry().members(group)

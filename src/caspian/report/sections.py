"""One builder per section of the Year in Review: typed data from :class:`YearData`.

Each builder states only what the knowledge base holds: every ``fact`` sentence cites the
stored facts it comes from (:class:`~caspian.report.citations.Citations`), and a thing
that cannot be cited is left out. Builders run in reading order so that note numbers
rise through the document.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from caspian.analysis.commitments import TrackedCommitment, track_commitments
from caspian.facts import AgreementFact, CommitmentFact, ProjectFact, TradeFigureFact
from caspian.queries import EventDetail
from caspian.report import phrasing as say
from caspian.report.citations import Citations
from caspian.report.model import (
    CommitmentItem,
    CommitmentsSection,
    Figure,
    Group,
    MultilateralSection,
    NumbersSection,
    OutlookSection,
    PartnershipsSection,
    PeaceProcess,
    PeaceSection,
    ProjectItem,
    Sentence,
    Source,
)
from caspian.report.yeardata import (
    PARTNERSHIP_INSTRUMENTS,
    RATIFIABLE,
    YearAgreement,
    YearData,
    event_when,
    in_year,
    registry_members,
)
from caspian.store import StoredFact

#: the lifecycle an agreement still has ahead of it, by the stage it stands at
LIFECYCLE = ("proposed", "negotiating", "concluded", "initialed", "signed", "ratified",
             "in_force")
PENDING_FROM = {
    "proposed": ("signed", "ratified", "in_force"),
    "negotiating": ("signed", "ratified", "in_force"),
    "concluded": ("initialed", "signed", "ratified", "in_force"),
    "initialed": ("signed", "ratified", "in_force"),
    "signed": ("ratified", "in_force"),
    "ratified": ("in_force",),
}


def _sources(cite: Citations, events: Iterable[EventDetail]) -> list[Source]:
    return [cite.source_of_evidence(ev) for event in events for ev in event.evidence]


def _ordered_parties(parties: Sequence[str], data: YearData, lead: str | None = None
                     ) -> list[str]:
    """The lead state first, then the region's states in its order, then partners."""
    region = data.region
    rest = sorted((p for p in parties if p != lead),
                  key=lambda p: (not region.is_core(p), region.rank(p), p))
    return ([lead] if lead else []) + rest


def shown_date(event: EventDetail) -> str | None:
    """The event's date for a sentence, marked "~" when it is no more than the publication
    date of every document stating it (the text gave no date of its own)."""
    when = event.date or event.first_reported
    published = {str(ev.published) for ev in event.evidence if ev.published}
    if when and (event.date is None or published == {when}):
        return "~" + when
    return when


def agreement_sentences(item: YearAgreement, data: YearData, cite: Citations, *,
                        lead: str | None = None) -> list[Sentence]:
    """The year's steps of one agreement: one sentence for joint steps, one per step a
    party took alone (a ratification by one parliament)."""
    agreement = item.detail.agreement
    parties = _ordered_parties(agreement.parties, data, lead)
    joint = sorted((e for e in item.year_events if e.party is None),
                   key=lambda e: ((event_when(e) or "")[:7], LIFECYCLE.index(e.stage)
                                  if e.stage in LIFECYCLE else 99))
    out: list[Sentence] = []
    if joint:
        text = say.agreement_sentence(
            parties, agreement.instrument, agreement.title,
            [(e.stage, shown_date(e)) for e in joint],
        )
        out.append(Sentence(text, cite.cite(_sources(cite, joint))))
    for event in item.year_events:
        if event.party is None:
            continue
        others = [p for p in parties if p != event.party]
        text = say.party_step_sentence(event.party, others, agreement.instrument,
                                       agreement.title, event.stage, shown_date(event))
        out.append(Sentence(text, cite.cite(_sources(cite, [event]))))
    return out


# -- strategic partnerships, state by state ---------------------------------------------------


def build_partnerships(data: YearData, cite: Citations) -> PartnershipsSection:
    """Bilateral agreements of the year under the region's state they concern (the first
    in the region's order when both are), busiest state first."""
    by_state: dict[str, list[YearAgreement]] = defaultdict(list)
    for item in data.placed("bilateral"):
        core = [p for p in item.parties if data.region.is_core(p)]
        lead = min(core or item.parties, key=lambda p: (data.region.rank(p), p))
        by_state[lead].append(item)
    order = sorted(by_state, key=lambda s: (-len(by_state[s]), data.region.rank(s), s))
    groups = []
    for state in order:
        items = sorted(by_state[state], key=lambda i: (
            i.instrument not in PARTNERSHIP_INSTRUMENTS, i.first_when))
        sentences = [s for item in items
                     for s in agreement_sentences(item, data, cite, lead=state)]
        groups.append(Group(say.short_name(state), tuple(sentences), key=state))
    return PartnershipsSection(tuple(groups))


# -- multilateral formats and memberships ------------------------------------------------------


def format_heading(parties: Sequence[str], data: YearData) -> tuple[str, str]:
    """A heading and a grouping key for a multilateral agreement: "C5+1: the United
    States" when it gathers (nearly) all the C5 states, else its outside partners."""
    c5 = registry_members("C5")
    members = set(parties)
    outside = sorted(p for p in members if not data.region.is_core(p) and p not in c5)
    names = ", ".join(say.short_name(p) for p in outside)
    if c5 and len(c5 & members) >= len(c5) - 1:
        label = f"C5+{len(outside)}: {names}" if outside else "The C5"
        return label, "C5|" + "|".join(outside)
    if outside:
        return f"The region with {say.join_names(outside)}", "|".join(outside)
    return "Within the region", "region"


def build_multilateral(data: YearData, cite: Citations) -> MultilateralSection:
    grouped: dict[str, list[YearAgreement]] = defaultdict(list)
    headings: dict[str, str] = {}
    for item in data.placed("multilateral"):
        heading, key = format_heading(item.parties, data)
        grouped[key].append(item)
        headings[key] = heading
    groups = []
    for key in sorted(grouped, key=lambda k: (not k.startswith("C5"), k)):
        sentences = [s for item in grouped[key]
                     for s in agreement_sentences(item, data, cite)]
        groups.append(Group(headings[key], tuple(sentences), key=key))
    memberships = []
    for change, support in data.memberships:
        when = change.date or (f"~{change.first_reported}" if change.first_reported else None)
        text = say.membership_sentence(change.member, change.group, change.change, when)
        memberships.append(Sentence(text, cite.cite(cite.source_of_fact(s) for s in support)))
    return MultilateralSection(tuple(groups), tuple(memberships))


# -- peace processes ---------------------------------------------------------------------------


def pending_stages(stage: str, instrument: str, title: str | None) -> tuple[str, ...]:
    """What an agreement standing at `stage` still needs to take effect."""
    ahead = PENDING_FROM.get(stage, ())
    needs_ratification = instrument in RATIFIABLE or "treaty" in (title or "").lower()
    if not needs_ratification:
        ahead = tuple(s for s in ahead if s in ("initialed", "signed"))
    return ahead


def build_peace(data: YearData, cite: Citations) -> PeaceSection:
    processes: list[PeaceProcess] = []
    peace = data.placed("peace")
    for item in (i for i in peace if i.instrument == "peace_agreement"):
        agreement = item.detail.agreement
        parties = _ordered_parties(agreement.parties, data)
        members = set(agreement.parties)
        sentences = agreement_sentences(item, data, cite)
        for related in peace:
            if related is not item and related.instrument != "peace_agreement" \
                    and members <= set(related.parties):
                sentences.extend(agreement_sentences(related, data, cite))
        ratified_by = {e.party for e in item.detail.events if e.stage == "ratified" and e.party}
        pending = list(pending_stages(agreement.stage, agreement.instrument, agreement.title))
        if "ratified" in pending and ratified_by:
            pending = [s for s in pending if s != "ratified"] + [
                f"ratified:{p}" for p in parties if p not in ratified_by]
        heading = "–".join(say.short_name(p) for p in parties) + " peace process"
        processes.append(PeaceProcess(heading, tuple(parties), agreement.stage,
                                      tuple(sentences), tuple(pending)))
    return PeaceSection(tuple(processes))


def pending_label(value: str) -> str:
    if value.startswith("ratified:"):
        return f"ratification by {say.actor_name(value.split(':', 1)[1])}"
    return say.STAGE_NOUNS.get(value, value)


# -- connectivity -----------------------------------------------------------------------------


def _project_key(fact: ProjectFact) -> tuple[str, str]:
    words = [w for w in fact.name.lower().replace("’s", "").split() if len(w) > 3]
    return fact.host, (words[0] if words else fact.name.lower())


def build_arrangements(data: YearData, cite: Citations) -> tuple[Sentence, ...]:
    return tuple(s for item in data.placed("connectivity")
                 for s in agreement_sentences(item, data, cite))


def project_groups(data: YearData) -> list[list[StoredFact]]:
    """The year's project facts grouped by host and the main word of the name."""
    grouped: dict[tuple[str, str], list[StoredFact]] = defaultdict(list)
    for stored in data.projects:
        if isinstance(stored.fact, ProjectFact):
            grouped[_project_key(stored.fact)].append(stored)
    return list(grouped.values())


def build_projects(data: YearData, cite: Citations) -> tuple[ProjectItem, ...]:
    """Projects reported in the year, one per host and main name word, with every source;
    the cost range is the widest stated."""
    items = []
    for group in project_groups(data):
        facts = [s.fact for s in group if isinstance(s.fact, ProjectFact)]
        main = max(facts, key=lambda f: (f.value_min_usd is not None, len(f.name)))
        lows = [f.value_min_usd for f in facts if f.value_min_usd is not None]
        highs = [f.value_max_usd for f in facts if f.value_max_usd is not None]
        cost = say.cost_range(min(lows) if lows else None, max(highs) if highs else None)
        stage = next((f.stage.value for f in reversed(facts) if f.stage), None)
        sector = main.sector.value if main.sector else None
        parties = sorted({p for f in facts for p in f.parties})
        text = say.project_sentence(main.name, main.host, parties, sector, stage, cost)
        sentence = Sentence(text, cite.cite(cite.source_of_fact(s) for s in group))
        partners = tuple(p for p in parties if p != main.host)
        items.append(ProjectItem(main.name, main.host, sector, stage, cost, sentence, partners))
    return tuple(sorted(items, key=lambda i: (i.cost is None, i.host, i.name)))


# -- commitments ------------------------------------------------------------------------------

STATUS_TEXT = {
    "met": "Met",
    "on_track": "On track",
    "behind": "Behind",
    "overdue": "Overdue",
    "unknown": "Not yet measurable",
}


def _commitment_support(tracked: TrackedCommitment, data: YearData) -> list[StoredFact]:
    out = []
    for stored in data.commitment_facts:
        fact = stored.fact
        if not isinstance(fact, CommitmentFact):
            continue
        if (fact.doc_id in tracked.doc_ids and tuple(fact.parties) == tracked.parties
                and fact.metric.value == tracked.metric and fact.deadline == tracked.deadline):
            out.append(stored)
    return out


def _figure_support(tracked: TrackedCommitment, data: YearData) -> list[StoredFact]:
    if tracked.latest is None:
        return []
    latest = tracked.latest
    return [
        s for s in data.kb.facts(type="trade_figure", parties=list(latest.parties))
        if isinstance(s.fact, TradeFigureFact) and tuple(s.fact.parties) == latest.parties
        and s.fact.metric.value == latest.metric and s.fact.year == latest.year
    ]


def tracked_commitments(data: YearData) -> list[TrackedCommitment]:
    """The region's commitments made by the year's end and still live in the year
    (made in it, or due in it or later), assessed as of 31 December."""
    out = []
    for tracked in track_commitments(data.kb, as_of=f"{data.year}-12-31"):
        if not data.region.covers(tracked.parties):
            continue
        made_now = in_year(tracked.made, data.year)
        live = tracked.deadline is None or tracked.deadline[:4] >= str(data.year)
        if made_now or (live and tracked.deadline is not None):
            out.append(tracked)
    return out


def build_commitments(data: YearData, cite: Citations) -> CommitmentsSection:
    items = []
    for tracked in tracked_commitments(data):
        support = _commitment_support(tracked, data)
        if not support:
            continue
        target = say.format_amount(tracked.target, tracked.target_unit)
        text = say.commitment_sentence(tracked.parties, tracked.metric, target, tracked.factor,
                                       tracked.deadline, tracked.subject)
        notes = cite.cite(cite.source_of_fact(s) for s in support)
        status_text = f"{STATUS_TEXT.get(tracked.status, tracked.status)}: {tracked.reason}"
        figures = _figure_support(tracked, data)
        if tracked.latest is not None and figures:
            latest = say.format_amount(tracked.latest.value, tracked.latest.unit)
            status_text += f" (latest figure: {latest} in {tracked.latest.year})"
            notes = notes + tuple(n for n in cite.cite(cite.source_of_fact(s) for s in figures)
                                  if n not in notes)
        items.append(CommitmentItem(Sentence(text, notes), tracked.deadline, tracked.status,
                                    status_text))
    return CommitmentsSection(tuple(items))


# -- outlook ---------------------------------------------------------------------------------


def build_outlook(data: YearData, cite: Citations) -> OutlookSection:
    """What falls due next year: commitments with that deadline, and agreements of the
    region that stand short of taking effect (initialled, or signed awaiting ratification)."""
    following = str(data.year + 1)
    due = []
    for tracked in tracked_commitments(data):
        if not tracked.deadline or tracked.deadline[:4] != following:
            continue
        support = _commitment_support(tracked, data)
        if support:
            what = tracked.subject or say.METRIC_NAMES.get(tracked.metric, tracked.metric)
            text = (f"{say.join_names(tracked.parties, start=True)} are due to reach their "
                    f"target for {what} by {say.format_date(tracked.deadline)}.")
            due.append(Sentence(text, cite.cite(cite.source_of_fact(s) for s in support)))
    pending = []
    for item in data.agreements:
        agreement = item.detail.agreement
        ahead = pending_stages(agreement.stage, agreement.instrument, agreement.title)
        if not ahead or agreement.stage in ("proposed",):
            continue
        last = [e for e in item.detail.events if e.evidence]
        if not last:
            continue
        parties = _ordered_parties(agreement.parties, data)
        stage_word = say.STAGE_NAMES.get(agreement.stage, agreement.stage)
        text = (f"{say.instrument_phrase(agreement.instrument, agreement.title)[0].upper()}"
                f"{say.instrument_phrase(agreement.instrument, agreement.title)[1:]} between "
                f"{say.join_names(parties)} ended the year {stage_word}; still pending: "
                f"{say.pending_text(ahead)}.")
        pending.append(Sentence(text, cite.cite(_sources(cite, last[-1:]))))
    return OutlookSection(tuple(due), tuple(pending))


# -- the year in numbers --------------------------------------------------------------------


def build_numbers(data: YearData, cite: Citations, *, new_ties: int | None = None
                  ) -> NumbersSection:
    """Counts of what the sections state; money figures cite the facts they sum.
    `new_ties`: new ties of the region in the partnership network (the network analysis)."""
    items = data.agreements
    partners = sorted({p for i in items for p in i.parties if not data.region.is_core(p)})
    states = sorted({p for i in items for p in i.parties if data.region.is_core(p)
                     and p != "C5"})
    partnerships = [i for i in items if i.instrument in PARTNERSHIP_INSTRUMENTS]
    figures = [
        Figure(str(len(items)), f"agreements took a step in {data.year}"),
        Figure(str(len(partnerships)),
               "of them partnerships (strategic, comprehensive, PCA or EPCA)"),
        Figure(str(len(states)), "of the region's states took part"
               if not data.region.everything else "actors took part"),
        Figure(str(len(partners)), "outside partners took part"),
        *([Figure(str(new_ties), "new ties in the partnership network")]
          if new_ties is not None else []),
        Figure(str(len(data.memberships)), "membership changes in formats and organisations"),
        Figure(str(len(project_groups(data))), "projects reported (connectivity, energy, "
               "minerals)"),
    ]
    valued = [
        s for s in data.kb.facts(type="agreement", since=str(data.year), until=str(data.year))
        if isinstance(s.fact, AgreementFact) and s.fact.value_usd
        and data.region.covers(s.fact.parties)
    ]
    if valued:
        total = sum(s.fact.value_usd or 0.0 for s in valued if isinstance(s.fact, AgreementFact))
        figures.append(Figure(say.format_usd(total) or "", "in deals and agreements announced",
                              cite.cite(cite.source_of_fact(s) for s in valued)))
    costs = [s for s in data.projects if isinstance(s.fact, ProjectFact)
             and (s.fact.value_max_usd or s.fact.value_min_usd)]
    if costs:
        top = max(costs, key=lambda s: s.fact.value_max_usd or s.fact.value_min_usd or 0.0
                  if isinstance(s.fact, ProjectFact) else 0.0)
        if isinstance(top.fact, ProjectFact):
            rng = say.cost_range(top.fact.value_min_usd, top.fact.value_max_usd) or ""
            figures.append(Figure(rng, f"the largest stated project cost ({top.fact.name})",
                                  cite.cite([cite.source_of_fact(top)])))
    return NumbersSection(tuple(figures))


def build_intro(data: YearData) -> tuple[Sentence, ...]:
    """Counting sentences (kind ``summary``): what the sections below state and cite."""
    items = data.agreements
    if not items:
        return (Sentence(f"The knowledge base holds no agreement of {data.region.name} that "
                         f"took a step in {data.year}.", kind="summary"),)
    count: dict[str, int] = defaultdict(int)
    for item in items:
        for party in item.parties:
            if data.region.is_core(party) and party != "C5":
                count[party] += 1
    busiest = sorted(count, key=lambda p: (-count[p], p))[:3]
    peace = data.placed("peace")
    out = [Sentence(
        f"In {data.year} the knowledge base records {len(items)} agreements of "
        f"{data.region.name} that took a step: {len(data.placed('bilateral'))} between two "
        f"parties, {len(data.placed('multilateral'))} in multilateral formats, "
        f"{len(peace)} in peace processes and {len(data.placed('connectivity'))} on transit.",
        kind="summary")]
    if busiest:
        named = ", ".join(f"{say.short_name(p)} ({count[p]})" for p in busiest)
        out.append(Sentence(f"The most active states were {named}.", kind="summary"))
    return tuple(out)

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
from caspian.report.projects import display_name, project_clusters
from caspian.report.yeardata import (
    PARTNERSHIP_INSTRUMENTS,
    RATIFIABLE,
    YearAgreement,
    YearData,
    event_when,
    in_year,
    only_report_date,
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
    when = event_when(event)
    if when and only_report_date(event):
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


def _outside(parties: Sequence[str], data: YearData) -> list[str]:
    c5 = registry_members("C5")
    return sorted(p for p in parties if not data.region.is_core(p) and p not in c5)


def _gathers_c5(parties: Sequence[str]) -> bool:
    c5 = registry_members("C5")
    return bool(c5) and len(c5 & set(parties)) >= len(c5) - 1


def format_heading(parties: Sequence[str], data: YearData) -> tuple[str, str]:
    """A heading and a grouping key for a multilateral agreement: "C5+1: the United
    States" when it gathers (nearly) all the C5 states, else its outside partners."""
    outside = _outside(parties, data)
    names = ", ".join(say.short_name(p) for p in outside)
    if _gathers_c5(parties):
        label = f"C5+{len(outside)}: {names}" if outside else "The C5"
        return label, "C5|" + "|".join(outside)
    if outside:
        return f"The region with {say.join_names(outside)}", "|".join(outside)
    return "Within the region", "region"


def build_multilateral(data: YearData, cite: Citations) -> MultilateralSection:
    """Agreements of three or more parties grouped by their outside partners (a group
    is headed "C5+n" when one of its agreements gathers the C5 states), the C5 formats
    first; then the membership changes."""
    grouped: dict[str, list[YearAgreement]] = defaultdict(list)
    for item in data.placed("multilateral"):
        grouped["|".join(_outside(item.parties, data)) or "region"].append(item)
    headings: dict[str, str] = {}
    for key, items in grouped.items():
        lead = max(items, key=lambda i: (_gathers_c5(i.parties), len(i.parties)))
        headings[key] = format_heading(lead.parties, data)[0]
    groups = []
    for key in sorted(grouped, key=lambda k: (not headings[k].startswith("C5"), k == "region",
                                              headings[k])):
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


def build_arrangements(data: YearData, cite: Citations) -> tuple[Sentence, ...]:
    return tuple(s for item in data.placed("connectivity")
                 for s in agreement_sentences(item, data, cite))


def project_groups(data: YearData) -> list[list[StoredFact]]:
    """The year's project facts grouped into projects (:mod:`caspian.report.projects`)."""
    stored = [s for s in data.projects if isinstance(s.fact, ProjectFact)]
    facts = [s.fact for s in stored if isinstance(s.fact, ProjectFact)]
    return [[stored[i] for i in group] for group in project_clusters(facts)]


def _reported(stored: StoredFact) -> str:
    return stored.fact.date or (stored.published.isoformat() if stored.published else "")


def build_projects(data: YearData, cite: Citations) -> tuple[ProjectItem, ...]:
    """Projects reported in the year, one row per project with every source; the stage is
    the latest reported, the cost range the widest stated."""
    items = []
    for group in project_groups(data):
        facts = [s.fact for s in group if isinstance(s.fact, ProjectFact)]
        name = display_name([f.name for f in facts])
        lows = [f.value_min_usd for f in facts if f.value_min_usd is not None]
        highs = [f.value_max_usd for f in facts if f.value_max_usd is not None]
        cost = say.cost_range(min(lows) if lows else None, max(highs) if highs else None)
        staged = sorted((s for s in group if getattr(s.fact, "stage", None)), key=_reported)
        latest = staged[-1].fact if staged else None
        stage = latest.stage.value if isinstance(latest, ProjectFact) and latest.stage else None
        sectors = [f.sector.value for f in facts if f.sector]
        sector = max(sectors, key=sectors.count) if sectors else None
        host = facts[0].host
        parties = sorted({p for f in facts for p in f.parties})
        text = say.project_sentence(name, host, parties, sector, stage, cost)
        sentence = Sentence(text, cite.cite(cite.source_of_fact(s) for s in group))
        partners = tuple(p for p in parties if p != host)
        items.append(ProjectItem(name, host, sector, stage, cost, sentence, partners))
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


#: the most a highlights sentence names
HIGHLIGHTS = 4
_HIGHLIGHT_STAGES = ("in_force", "ratified", "signed", "initialed", "upgraded", "concluded")


#: instruments of less weight than a partnership or a named treaty, for the highlights
_MINOR = frozenset({"joint_declaration", "memorandum_of_understanding", "cooperation_agreement",
                    "investment_deals", "other"})


def _highlight_rank(item: YearAgreement) -> tuple[int, int, int, int]:
    """Peace agreements first, then partnership instruments and named treaties, then the
    others; multilateral formats before two parties; the furthest stage first."""
    best = min((_HIGHLIGHT_STAGES.index(e.stage) for e in item.year_events
                if e.stage in _HIGHLIGHT_STAGES and e.party is None), default=99)
    minor = item.instrument in _MINOR and not (
        item.instrument == "other" and item.detail.agreement.title)
    return (item.instrument != "peace_agreement", minor, item.placement != "multilateral",
            best)


def build_highlights(data: YearData, cite: Citations) -> Sentence | None:
    """One cited sentence naming the year's main steps (:func:`_highlight_rank`), one per
    set of parties, at most :data:`HIGHLIGHTS`, each with its furthest joint step of the
    year, in date order."""
    ranked: list[YearAgreement] = []
    for item in sorted((i for i in data.agreements if _highlight_rank(i)[3] < 99),
                       key=lambda i: (_highlight_rank(i), i.first_when)):
        if len(ranked) < HIGHLIGHTS and all(set(r.parties) != set(item.parties)
                                            for r in ranked):
            ranked.append(item)
    if not ranked:
        return None
    clauses: list[tuple[str, str, list[EventDetail]]] = []
    for item in ranked:
        event = min((e for e in item.year_events if e.party is None
                     and e.stage in _HIGHLIGHT_STAGES),
                    key=lambda e: _HIGHLIGHT_STAGES.index(e.stage))
        agreement = item.detail.agreement
        parties = _ordered_parties(agreement.parties, data)
        clause = say.step_clause(parties, agreement.instrument, agreement.title, event.stage,
                                 shown_date(event))
        clauses.append((event_when(event) or "", clause, [event]))
    clauses.sort(key=lambda c: c[0])
    text = say.list_clauses([c[1] for c in clauses])
    notes = cite.cite(_sources(cite, [e for c in clauses for e in c[2]]))
    return Sentence(f"Among the steps of {data.year} were {text}.", notes)


def build_intro(data: YearData, *, cite: Citations | None = None) -> tuple[Sentence, ...]:
    """Counting sentences (kind ``summary``): what the sections below state and cite;
    with `cite`, a cited sentence naming the year's main steps too."""
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
    kinds = [(len(data.placed("bilateral")), "between two parties"),
             (len(data.placed("multilateral")), "in multilateral formats"),
             (len(peace), "in peace processes"),
             (len(data.placed("connectivity")), "on transit")]
    listed = [f"{n} {label}" for n, label in kinds if n]
    counted = (", ".join(listed[:-1]) + " and " + listed[-1]) if len(listed) > 1 else listed[0]
    out = [Sentence(
        f"In {data.year} the knowledge base records {len(items)} "
        f"agreement{'s' if len(items) != 1 else ''} of {data.region.name} that took a step: "
        f"{counted}.", kind="summary")]
    if busiest:
        unit = " agreement" if count[busiest[0]] == 1 else " agreements"
        parts = [f"{say.short_name(p)} ({count[p]}{unit if n == 0 else ''})"
                 for n, p in enumerate(busiest)]
        named = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        verb = "state was" if len(parts) == 1 else "states were"
        out.append(Sentence(f"The most active {verb} {named}.", kind="summary"))
    highlights = build_highlights(data, cite) if cite is not None else None
    if highlights is not None:
        out.append(highlights)
    return tuple(out)

"""Build a :class:`~caspian.report.model.YearInReview` from the knowledge base.

:func:`build_review` reads the year once (:func:`caspian.report.yeardata.gather`), runs
the section builders in reading order (so notes are numbered as they are read), asks the
analyses for the network, vectors and commitments, the corridor model for its answers,
and draws the charts. It never writes to the knowledge base; the knowledge base must have
been consolidated (``caspian ingest`` does it; ``caspian consolidate`` otherwise).
"""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import combinations

from caspian.actors import load_registry
from caspian.analysis.network import partnership_graph, tie_changes
from caspian.analysis.vectors import load_poles, vectors
from caspian.errors import InputError
from caspian.report import charts, geomap, sections
from caspian.report.citations import Citations
from caspian.report.corridor_view import build_corridor
from caspian.report.model import Chart, ConnectivitySection, YearInReview
from caspian.report.regions import Region, load_regions
from caspian.report.yeardata import YearData, gather
from caspian.store import KnowledgeBase


def map_ties(data: YearData, new_pairs: set[frozenset[str]]) -> list[geomap.MapTie]:
    """Pairs of parties of the year's agreements (formats replaced by their members) with
    at least one end in the region; a pair that is a new tie of the year is marked new."""
    registry = load_registry()
    pairs: dict[frozenset[str], bool] = {}
    hubs: dict[tuple[str, tuple[str, ...]], bool] = {}
    for item in data.agreements:
        actors: set[str] = set()
        for party in item.parties:
            members = (registry.members(party) if party in registry
                       and registry.get(party).kind == "format" else frozenset())
            actors.update(members or {party})
        core = tuple(sorted(a for a in actors if data.region.is_core(a)))
        outside = sorted(a for a in actors if not data.region.is_core(a))
        if len(actors) > 3 and core and outside and not data.region.everything:
            for partner in outside:
                new = any(frozenset((partner, c)) in new_pairs for c in core)
                hubs[(partner, core)] = hubs.get((partner, core), False) or new
            continue
        for a, b in combinations(sorted(actors), 2):
            if data.region.is_core(a) or data.region.is_core(b):
                pair = frozenset((a, b))
                pairs[pair] = pairs.get(pair, False) or pair in new_pairs
    ties = []
    for pair, new in pairs.items():
        a, b = sorted(pair)
        ties.append(geomap.MapTie(a, b, new=new))
    ties += [geomap.MapTie(partner, "", new=new, hub=core)
             for (partner, core), new in hubs.items()]
    return sorted(ties, key=lambda t: (t.new, t.a, t.b, t.hub))


def latest_year(kb: KnowledgeBase) -> int:
    """The latest publication year among the stored documents (the default review year)."""
    years = [doc.published.year for doc in kb.iter_documents() if doc.published]
    if not years:
        raise InputError("--year: the knowledge base has no dated document; give --year")
    return max(years)


def _check_year(year: int) -> int:
    if not 1900 <= year <= 2999:
        raise InputError(f"--year: {year} is not a plausible year")
    return year


def build_review(
    kb: KnowledgeBase,
    year: int,
    *,
    region: str | Region | None = None,
    corridor: bool = True,
) -> YearInReview:
    """The Year in Review of `year` for a region (a name in regions.toml; default: the
    file's default region)."""
    _check_year(year)
    chosen = region if isinstance(region, Region) else load_regions().get(region)
    data = gather(kb, year, chosen)
    cite = Citations(data.documents)
    warnings: list[str] = []

    end = f"{year}-12-31"
    changes = tie_changes(kb, year)
    regional_new = [c for c in changes.new if chosen.covers([c.a, c.b])]

    intro = sections.build_intro(data, cite=cite)
    numbers = sections.build_numbers(data, cite, new_ties=len(regional_new))
    partnerships = sections.build_partnerships(data, cite)
    multilateral = sections.build_multilateral(data, cite)
    peace = sections.build_peace(data, cite)
    arrangements = sections.build_arrangements(data, cite)
    projects = sections.build_projects(data, cite)
    corridor_summary, corridor_chart, warning = (
        build_corridor(kb, year, chosen) if corridor else (None, None, None)
    )
    if warning:
        warnings.append(warning)
    connectivity = ConnectivitySection(arrangements, projects, corridor_summary)
    commitments = sections.build_commitments(data, cite)
    outlook = sections.build_outlook(data, cite)

    graph = partnership_graph(kb, as_of=end)
    new_pairs = {frozenset((c.a, c.b)) for c in changes.new}
    poles = load_poles()
    states = [s for s in poles.region if chosen.is_core(s)] or list(poles.region)
    profiles = vectors(kb, as_of=end, states=states, poles=poles)
    chart_list: list[Chart] = [
        charts.network_chart(graph, changes, chosen, year),
        geomap.ties_map(map_ties(data, new_pairs), chosen, year),
        charts.timeline_chart(data.agreements, year),
        charts.vectors_chart(profiles, poles, year),
    ]
    if corridor_chart is not None:
        chart_list.append(corridor_chart)

    return YearInReview(
        year=year,
        region_id=chosen.id,
        region_name=chosen.name,
        region_source=chosen.source,
        intro=intro,
        numbers=numbers,
        partnerships=partnerships,
        multilateral=multilateral,
        peace=peace,
        connectivity=connectivity,
        commitments=commitments,
        outlook=outlook,
        charts={c.key: c for c in chart_list},
        notes=cite.notes(),
        documents=len(data.documents),
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        warnings=tuple(warnings),
    )

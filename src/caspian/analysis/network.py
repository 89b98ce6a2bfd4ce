"""The partnership network: actors as nodes, the depth of their agreements as edge weights.

**Ties.** An agreement counts as of a date when its stage then (as consolidation reads it,
:func:`caspian.queries.agreements`) is one of :data:`ACTIVE_STAGES` — signed, ratified,
in force, implemented, reaffirmed or upgraded. Agreements only proposed, under
negotiation, concluded or initialled are not yet ties; superseded, suspended or
terminated ones no longer are.

**Multilateral agreements.** An agreement with *n* parties gives a tie between every pair
of them (n·(n−1)/2 ties). An organisation party (``EU``, ``EAEU``, ``OTS``...) is a node of
its own. A format of states (kind ``format`` in the actor registry, e.g. ``C5``) is
replaced by its full members on the date (:meth:`caspian.actors.Registry.members`), so a
C5+1 declaration ties the partner to each of the five states and the five to each other.

**Weight.** A tie's weight is the *deepest* instrument between the two actors
(:data:`DEPTH`), not the sum: ten memoranda do not make an alliance. The number of
agreements behind a tie is kept as ``agreements``.

**Measures.** Degree (number of partners), strength (sum of tie weights), degree
centrality (degree / (n−1)) and betweenness centrality (share of shortest paths through
the node; a tie's length is 1/weight, so deeper ties are shorter), normalised.

**Changes in a year.** Ties as of 31 December of the year before are compared with ties
as of the date: *new* ties did not exist before, *upgraded* ties got deeper, *lost* ties
ended (their agreements superseded, suspended or terminated).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date as Date
from itertools import combinations
from typing import Any

import networkx as nx

from caspian import queries
from caspian.actors import Registry, load_registry
from caspian.errors import InputError
from caspian.lifecycle import dates
from caspian.store import KnowledgeBase

#: How deep a relationship each instrument marks (higher is deeper).
DEPTH: Mapping[str, int] = {
    "alliance": 5,
    "comprehensive_strategic_partnership": 4,
    "strategic_partnership": 3,
    "enhanced_partnership_cooperation_agreement": 2,
    "comprehensive_partnership": 2,
    "partnership_cooperation_agreement": 2,
    "trade_agreement": 2,
    "cooperation_agreement": 1,
    "memorandum_of_understanding": 1,
    "joint_declaration": 1,
    "transit_arrangement": 1,
    "investment_deals": 1,
    "peace_agreement": 1,
    "other": 1,
}
#: Stages at which an agreement is a tie between its parties.
ACTIVE_STAGES: frozenset[str] = frozenset(
    {"signed", "ratified", "in_force", "implemented", "reaffirmed", "upgraded"}
)


def depth(instrument: str) -> int:
    """The depth of an instrument (:data:`DEPTH`; an unknown instrument counts 1)."""
    return DEPTH.get(instrument, 1)


def parse_as_of(value: str | Date | None) -> str:
    """An ``--as-of`` value as a partial ISO date (None: today)."""
    try:
        return dates.parse_as_of(value)
    except ValueError as err:
        raise InputError(f"--as-of: {err}") from None


def as_of_day(as_of: str) -> Date:
    """The last day of a partial ISO date, as a date."""
    return Date.fromisoformat(dates.last_day(as_of))


def year_start(as_of: str) -> str:
    """31 December of the year before `as_of`'s year: the start of its year.

    (1 January itself would already count every event dated only by the year.)
    """
    return f"{int(as_of[:4]) - 1:04d}-12-31"


# -- results ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tie:
    """Two actors (sorted) and the deepest instrument between them."""

    a: str
    b: str
    depth: int
    instrument: str
    agreements: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActorCentrality:
    actor_id: str
    name: str
    kind: str
    degree: int
    strength: int
    degree_centrality: float
    betweenness: float


@dataclass(frozen=True, slots=True)
class TieChange:
    """A tie that appeared, deepened or ended between two dates."""

    a: str
    b: str
    before: int | None
    after: int | None
    instrument: str | None
    agreements: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TieChanges:
    since: str
    until: str
    new: tuple[TieChange, ...]
    upgraded: tuple[TieChange, ...]
    lost: tuple[TieChange, ...]


@dataclass(frozen=True, slots=True)
class NetworkSummary:
    """The network as of a date: every actor's measures, every tie, and the year's changes."""

    as_of: str
    actors: tuple[ActorCentrality, ...]
    ties: tuple[Tie, ...]
    changes: TieChanges

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- building --------------------------------------------------------------------------------


def _expand(parties: Iterable[str], registry: Registry, on: Date) -> set[str]:
    out: set[str] = set()
    for actor_id in parties:
        if actor_id in registry and registry.get(actor_id).kind == "format":
            members = registry.members(actor_id, on=on)
            out.update(members or {actor_id})
        else:
            out.add(actor_id)
    return out


def build_graph(
    agreements: Iterable[queries.AgreementSummary],
    *,
    as_of: str,
    registry: Registry | None = None,
) -> nx.Graph:
    """The partnership graph of agreements whose stage is in :data:`ACTIVE_STAGES`.

    Node attributes: ``name``, ``kind``. Edge attributes: ``weight`` (the deepest
    :data:`DEPTH`), ``instrument`` (that instrument), ``agreements`` (entity ids, sorted).
    """
    registry = registry or load_registry()
    on = as_of_day(as_of)
    graph = nx.Graph(as_of=as_of)
    for agreement in agreements:
        if agreement.stage not in ACTIVE_STAGES:
            continue
        weight = depth(agreement.instrument)
        actors = sorted(_expand(agreement.parties, registry, on))
        for actor_id in actors:
            if actor_id not in graph:
                actor = registry.get(actor_id) if actor_id in registry else None
                graph.add_node(
                    actor_id,
                    name=actor.name if actor else actor_id,
                    kind=actor.kind if actor else "unknown",
                )
        for a, b in combinations(actors, 2):
            if graph.has_edge(a, b):
                data = graph.edges[a, b]
                data["agreements"] = tuple(sorted({*data["agreements"], agreement.entity_id}))
                if (weight, agreement.instrument) > (data["weight"], data["instrument"]):
                    data["weight"] = weight
                    data["instrument"] = agreement.instrument
            else:
                graph.add_edge(
                    a,
                    b,
                    weight=weight,
                    instrument=agreement.instrument,
                    agreements=(agreement.entity_id,),
                )
    return graph


def partnership_graph(
    kb: KnowledgeBase, *, as_of: str | Date | None = None, registry: Registry | None = None
) -> nx.Graph:
    """The partnership graph of the consolidated knowledge base as of a date (default today)."""
    when = parse_as_of(as_of)
    return build_graph(queries.agreements(kb, as_of=when), as_of=when, registry=registry)


# -- measures --------------------------------------------------------------------------------


def ties(graph: nx.Graph) -> list[Tie]:
    """Every tie, deepest first (then by actor ids)."""
    out = []
    for a, b, data in graph.edges(data=True):
        first, second = sorted((a, b))
        out.append(Tie(first, second, data["weight"], data["instrument"], data["agreements"]))
    return sorted(out, key=lambda t: (-t.depth, t.a, t.b))


def centrality(graph: nx.Graph) -> list[ActorCentrality]:
    """Degree, strength, degree and betweenness centrality of every actor, strongest first."""
    if graph.number_of_nodes() == 0:
        return []
    degree_c = nx.degree_centrality(graph) if graph.number_of_nodes() > 1 else {}
    paths = nx.Graph()
    paths.add_nodes_from(graph.nodes)
    paths.add_weighted_edges_from(
        ((a, b, 1.0 / d["weight"]) for a, b, d in graph.edges(data=True)), weight="length"
    )
    between = nx.betweenness_centrality(paths, weight="length", normalized=True)
    out = [
        ActorCentrality(
            actor_id=node,
            name=str(graph.nodes[node].get("name", node)),
            kind=str(graph.nodes[node].get("kind", "unknown")),
            degree=int(graph.degree(node)),
            strength=int(graph.degree(node, weight="weight")),
            degree_centrality=round(float(degree_c.get(node, 0.0)), 6),
            betweenness=round(float(between.get(node, 0.0)), 6),
        )
        for node in graph.nodes
    ]
    return sorted(out, key=lambda c: (-c.strength, -c.degree, c.actor_id))


def compare(before: nx.Graph, after: nx.Graph, *, since: str, until: str) -> TieChanges:
    """Ties new in `after`, deeper in `after`, and gone from `after`, compared with `before`."""
    new: list[TieChange] = []
    upgraded: list[TieChange] = []
    lost: list[TieChange] = []
    for tie in ties(after):
        if not before.has_edge(tie.a, tie.b):
            new.append(TieChange(tie.a, tie.b, None, tie.depth, tie.instrument, tie.agreements))
            continue
        old = int(before.edges[tie.a, tie.b]["weight"])
        if tie.depth > old:
            upgraded.append(TieChange(tie.a, tie.b, old, tie.depth, tie.instrument, tie.agreements))
    for tie in ties(before):
        if not after.has_edge(tie.a, tie.b):
            lost.append(TieChange(tie.a, tie.b, tie.depth, None, tie.instrument, tie.agreements))
    return TieChanges(since, until, tuple(new), tuple(upgraded), tuple(lost))


def tie_changes(
    kb: KnowledgeBase, year: str | int, *, registry: Registry | None = None
) -> TieChanges:
    """New, upgraded and lost ties during `year` (31 Dec of the year before → 31 Dec)."""
    text = str(year).strip()
    if len(text) != 4 or not text.isdigit():
        raise InputError(f"--year: '{text}' is not a year (YYYY)")
    until = f"{text}-12-31"
    since = year_start(until)
    before = partnership_graph(kb, as_of=since, registry=registry)
    after = partnership_graph(kb, as_of=until, registry=registry)
    return compare(before, after, since=since, until=until)


def network(
    kb: KnowledgeBase, *, as_of: str | Date | None = None, registry: Registry | None = None
) -> NetworkSummary:
    """The network as of a date (default today): measures, ties, and the changes since the
    start of that date's year."""
    when = parse_as_of(as_of)
    graph = partnership_graph(kb, as_of=when, registry=registry)
    since = year_start(when)
    before = partnership_graph(kb, as_of=since, registry=registry)
    return NetworkSummary(
        as_of=when,
        actors=tuple(centrality(graph)),
        ties=tuple(ties(graph)),
        changes=compare(before, graph, since=since, until=when),
    )


# -- export ----------------------------------------------------------------------------------


def to_graphml(graph: nx.Graph) -> str:
    """The graph as GraphML (opens in Gephi): node name, kind, degree, strength, betweenness;
    edge weight, instrument, agreements (ids joined by ';') and their number."""
    measures = {c.actor_id: c for c in centrality(graph)}
    out = nx.Graph()
    for node, data in graph.nodes(data=True):
        c = measures[node]
        out.add_node(
            node,
            label=str(data.get("name", node)),
            kind=str(data.get("kind", "unknown")),
            degree=c.degree,
            strength=c.strength,
            betweenness=c.betweenness,
        )
    for a, b, data in graph.edges(data=True):
        out.add_edge(
            a,
            b,
            weight=int(data["weight"]),
            instrument=str(data["instrument"]),
            agreements=";".join(data["agreements"]),
            n_agreements=len(data["agreements"]),
        )
    buffer = io.BytesIO()
    nx.write_graphml(out, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")

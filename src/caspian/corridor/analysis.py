"""Answers about the corridor: capacity, bottleneck, routes, assumptions, and the
difference a scenario makes from the base case.

:func:`analyse` is the one entry point the CLI (and the report) call.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import numpy as np

from caspian.corridor.data import CAPACITY_UNIT, CorridorData, default_data
from caspian.corridor.flow import FlowResult, decompose, max_flow_min_cut, shortest_path
from caspian.corridor.network import (
    UNBOUNDED,
    Assumption,
    FlowGraph,
    Network,
    Segment,
    build_network,
    flow_graph,
)
from caspian.corridor.scenarios import ScenarioBook, StageSource, load_scenarios
from caspian.errors import InputError, ModelError

CAPACITY_FIGURES = ("capacity", "availability")
ROUTE_FIGURES = ("distance", "time", "cost", "availability")


def group_assumptions(pairs: Iterable[tuple[Assumption, Segment]]) -> list[dict[str, Any]]:
    """Merge assumptions that say the same thing, listing the segments they touch."""
    merged: dict[str, dict[str, Any]] = {}
    for item, segment in pairs:
        entry = merged.setdefault(f"{item.key}|{item.text}", {**item.to_dict(), "segments": []})
        if segment.id not in entry["segments"]:
            entry["segments"].append(segment.id)
    return list(merged.values())


@dataclass(frozen=True, slots=True)
class Route:
    kind: str  # fastest, cheapest or flow
    segments: tuple[Segment, ...]
    nodes: tuple[str, ...]
    tonnes_per_year: int | None = None  # for a flow path: what it carries

    @property
    def hours(self) -> float:
        return round(sum(s.hours for s in self.segments), 1)

    @property
    def distance_km(self) -> float:
        return round(sum(s.distance_km for s in self.segments), 1)

    @property
    def cost_usd_per_t(self) -> float:
        return round(sum(s.cost_usd_per_t for s in self.segments), 2)

    @property
    def narrowest(self) -> Segment | None:
        bounded = [s for s in self.segments if s.capacity_kt is not None]
        return min(bounded, key=lambda s: s.capacity_kt or 0) if bounded else None

    def assumptions(self) -> list[dict[str, Any]]:
        """The assumptions of the route's figures, one entry each with its segments."""
        return group_assumptions(
            (item, segment) for segment in self.segments
            for item in segment.assumptions_for(*ROUTE_FIGURES)
        )

    def to_dict(self) -> dict[str, Any]:
        narrow = self.narrowest
        out: dict[str, Any] = {
            "kind": self.kind,
            "via": [s.id for s in self.segments],
            "nodes": list(self.nodes),
            "hours": self.hours,
            "days": round(self.hours / 24, 1),
            "distance_km": self.distance_km,
            "cost_usd_per_tonne": self.cost_usd_per_t,
            "narrowest_segment": None if narrow is None else {
                "id": narrow.id, "name": narrow.name,
                "capacity_tonnes_per_year": (narrow.capacity_kt or 0) * 1000,
            },
        }
        if self.tonnes_per_year is not None:
            out["tonnes_per_year"] = self.tonnes_per_year
        if self.kind != "flow":
            out["assumptions"] = self.assumptions()
        return out


@dataclass(frozen=True, slots=True)
class CutItem:
    segment: Segment
    flow_kt: int

    def to_dict(self) -> dict[str, Any]:
        s = self.segment
        return {
            "id": s.id,
            "name": s.name,
            "mode": s.mode,
            "capacity_tonnes_per_year": (s.capacity_kt or 0) * 1000,
            "capacity_teu": s.capacity_teu,
            "reliability": s.reliability,
            "source": s.source,
            "assumptions": [a.to_dict() for a in s.assumptions_for(*CAPACITY_FIGURES)],
        }


@dataclass(frozen=True, slots=True)
class CorridorAnswer:
    year: int
    origins: str
    destinations: str
    scenarios: tuple[str, ...]
    capacity_kt: int
    bottleneck: tuple[CutItem, ...]
    flows_kt: dict[str, int]  # per segment id: flow carried in this answer
    flow_routes: tuple[Route, ...]
    fastest: Route | None
    cheapest: Route | None
    assumptions: tuple[dict[str, Any], ...]
    network: Network
    base: CorridorAnswer | None = field(default=None)

    @property
    def bottleneck_summary(self) -> str:
        if not self.bottleneck:
            return "no open route" if self.capacity_kt == 0 else "none"
        parts = [
            f"{item.segment.name} ({(item.segment.capacity_kt or 0) / 1000:g} Mt/yr, "
            f"{item.segment.reliability})"
            for item in self.bottleneck
        ]
        return " + ".join(parts)

    def difference(self) -> dict[str, Any] | None:
        if self.base is None:
            return None
        base = self.base
        ratio = None if base.capacity_kt == 0 else round(self.capacity_kt / base.capacity_kt, 3)
        fastest = None
        if self.fastest is not None and base.fastest is not None:
            fastest = round(self.fastest.hours - base.fastest.hours, 1)
        return {
            "base_capacity_tonnes_per_year": base.capacity_kt * 1000,
            "change_tonnes_per_year": (self.capacity_kt - base.capacity_kt) * 1000,
            "ratio": ratio,
            "base_bottleneck": base.bottleneck_summary,
            "bottleneck_changed": {i.segment.id for i in self.bottleneck}
            != {i.segment.id for i in base.bottleneck},
            "change_fastest_hours": fastest,
        }

    def to_dict(self) -> dict[str, Any]:
        data = self.network.data
        return {
            "year": self.year,
            "from": {"set": self.origins, "name": data.sets[self.origins].name},
            "to": {"set": self.destinations, "name": data.sets[self.destinations].name},
            "scenarios": list(self.scenarios),
            "capacity_tonnes_per_year": self.capacity_kt * 1000,
            "capacity_unit_in_model": CAPACITY_UNIT,
            "bottleneck": {
                "summary": self.bottleneck_summary,
                "segments": [item.to_dict() for item in self.bottleneck],
            },
            "routes": {
                "fastest": None if self.fastest is None else self.fastest.to_dict(),
                "cheapest": None if self.cheapest is None else self.cheapest.to_dict(),
                "flow": [route.to_dict() for route in self.flow_routes],
            },
            "assumptions": list(self.assumptions),
            "conditions": [state.to_dict() for state in self.network.conditions.values()],
            "excluded": [item.to_dict() for item in self.network.excluded],
            "difference_from_base": self.difference(),
        }


def _route(kind: str, graph: FlowGraph, network: Network, arcs: Sequence[int],
           tonnes: int | None = None) -> Route:
    segments: list[Segment] = []
    nodes: list[str] = []
    for index in arcs:
        seg_id = graph.arc_segment[index]
        if seg_id is None:
            continue
        segment = network.segments[seg_id]
        segments.append(segment)
        for vertex in (int(graph.tail[index]), int(graph.head[index])):
            node = graph.vertex_node[vertex]
            if node is not None and (not nodes or nodes[-1] != node):
                nodes.append(node)
    return Route(kind=kind, segments=tuple(segments), nodes=tuple(nodes),
                 tonnes_per_year=tonnes)


def _collect_assumptions(network: Network, flows: dict[str, int], cut: set[str],
                         fastest: Route | None,
                         cheapest: Route | None) -> list[dict[str, Any]]:
    """Every assumption an output rests on, with the outputs it applies to."""
    merged: dict[str, dict[str, Any]] = {}

    def add(item: Assumption, applies: str, segment: Segment, *, binding: bool) -> None:
        key = f"{item.key}|{item.text}"
        entry = merged.setdefault(key, {**item.to_dict(), "applies_to": [], "segments": [],
                                        "binding": False})
        if applies not in entry["applies_to"]:
            entry["applies_to"].append(applies)
        if segment.id not in entry["segments"]:
            entry["segments"].append(segment.id)
        entry["binding"] = entry["binding"] or binding

    for seg_id, segment in network.segments.items():
        if seg_id in cut or flows.get(seg_id, 0) > 0:
            for item in segment.assumptions_for(*CAPACITY_FIGURES):
                add(item, "capacity", segment, binding=seg_id in cut)
    for route in (fastest, cheapest):
        if route is None:
            continue
        for segment in route.segments:
            for item in segment.assumptions_for(*ROUTE_FIGURES):
                add(item, f"{route.kind} route", segment, binding=False)
    for state in network.conditions.values():
        if state.basis == "default" and not state.holds:
            gated = [e for e in network.excluded if state.condition.id in e.reason]
            for exclusion in gated:
                key = f"condition:{state.condition.id}|{exclusion.segment_id}"
                merged[key] = {
                    "key": f"condition:{state.condition.id}", "figure": "availability",
                    "text": f"{exclusion.name} left out: {state.condition.describe()} is not "
                            f"taken as met without a scenario or the knowledge base "
                            f"({state.condition.note})",
                    "source": "assumption", "applies_to": ["capacity", "routes"],
                    "segments": [exclusion.segment_id], "binding": False,
                }
    return sorted(merged.values(), key=lambda e: (not e["binding"], e["figure"], e["key"]))


def answer_for(network: Network, origins: str, destinations: str) -> CorridorAnswer:
    """Capacity, bottleneck and routes between two named sets in a built network."""
    data = network.data
    for name in (origins, destinations):
        if name not in data.sets:
            raise InputError(f"unknown set {name!r}; known: {', '.join(sorted(data.sets))}")
    graph = flow_graph(network, data.sets[origins], data.sets[destinations])
    result: FlowResult = max_flow_min_cut(graph.n, graph.tail, graph.head, graph.capacity,
                                          graph.source, graph.sink)
    if result.value >= UNBOUNDED:
        raise ModelError(
            f"the capacity from {origins} to {destinations} is not bounded: some route has "
            "no segment with a capacity figure"
        )
    flows: dict[str, int] = {}
    for index in np.flatnonzero(result.arc_flow > 0):
        seg_id = graph.arc_segment[int(index)]
        if seg_id is not None:
            flows[seg_id] = flows.get(seg_id, 0) + int(result.arc_flow[int(index)])
    cut_ids: list[str] = []
    for index in result.cut_arcs:
        seg_id = graph.arc_segment[int(index)]
        if seg_id is not None and seg_id not in cut_ids:
            cut_ids.append(seg_id)
    bottleneck = tuple(CutItem(network.segments[s], flows.get(s, 0)) for s in cut_ids)
    usable = graph.capacity > 0
    fastest_arcs = shortest_path(graph.n, graph.tail, graph.head, graph.hours, graph.source,
                                 graph.sink, usable=usable)
    cheapest_arcs = shortest_path(graph.n, graph.tail, graph.head, graph.cost, graph.source,
                                  graph.sink, usable=usable)
    fastest = None if fastest_arcs is None else _route("fastest", graph, network, fastest_arcs)
    cheapest = None if cheapest_arcs is None else _route("cheapest", graph, network,
                                                         cheapest_arcs)
    flow_routes = tuple(
        _route("flow", graph, network, arcs, amount * 1000)
        for arcs, amount in decompose(graph.n, graph.tail, graph.head, result.arc_flow,
                                      graph.source, graph.sink)
    )
    assumptions = _collect_assumptions(network, flows, set(cut_ids), fastest, cheapest)
    return CorridorAnswer(
        year=network.year, origins=origins, destinations=destinations,
        scenarios=tuple(s.id for s in network.scenarios), capacity_kt=result.value,
        bottleneck=bottleneck, flows_kt=flows, flow_routes=flow_routes, fastest=fastest,
        cheapest=cheapest, assumptions=tuple(assumptions), network=network,
    )


def analyse(
    *,
    year: int,
    origins: str = "china-border",
    destinations: str = "black-sea-turkey",
    scenarios: Sequence[str] = (),
    stage_source: StageSource | None = None,
    as_of: date | None = None,
    data: CorridorData | None = None,
    book: ScenarioBook | None = None,
) -> CorridorAnswer:
    """The corridor's answer for a year and scenarios, with the base case to compare."""
    data = default_data() if data is None else data
    book = load_scenarios(data) if book is None else book
    network = build_network(data, book, year=year, scenarios=scenarios,
                            stage_source=stage_source, as_of=as_of)
    answer = answer_for(network, origins, destinations)
    if not scenarios:
        return answer
    base = answer_for(build_network(data, book, year=year), origins, destinations)
    return replace(answer, base=base)

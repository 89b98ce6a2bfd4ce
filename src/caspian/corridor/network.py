"""The corridor network for one year under a set of scenarios.

:func:`build_network` turns the data rows into the segments in service in a year (the
latest row opened on or before it), applies scenario overlays and agreement conditions,
fills missing distances, times and costs from the model parameters, and records every
assumption each figure rests on. :func:`flow_graph` lays the network out for max-flow:
a node with a facility (port, border crossing, fleet) becomes an in-vertex and an
out-vertex joined by an arc of the facility's capacity; a line segment becomes one arc
in each direction; a super-source feeds the origins and a super-sink drains the
destinations.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt

from caspian.corridor.data import FIRST_YEAR, LAST_YEAR, CorridorData, NodeSet, SegmentRow
from caspian.corridor.scenarios import (
    ConditionState,
    Scenario,
    ScenarioBook,
    StageSource,
    resolve_conditions,
)
from caspian.errors import InputError, ModelError

#: Capacity standing for "no figure found: not limiting" (kt/yr); far above any real one.
UNBOUNDED = 100_000_000


@dataclass(frozen=True, slots=True)
class Assumption:
    """One assumed or derived figure an answer rests on."""

    key: str
    figure: str  # capacity, distance, time, cost, availability
    text: str
    source: str = "assumption"

    def to_dict(self) -> dict[str, str]:
        return {"key": self.key, "figure": self.figure, "text": self.text, "source": self.source}


@dataclass(frozen=True, slots=True)
class Segment:
    """A segment as it stands in one year under the chosen scenarios."""

    id: str
    name: str
    mode: str
    start: str
    end: str
    status: str
    opens: int | None
    capacity_kt: int | None  # None: no figure found, treated as not limiting
    capacity_teu: int | None
    reliability: str
    source: str
    distance_km: float
    hours: float
    cost_usd_per_t: float
    assumptions: tuple[Assumption, ...] = ()

    @property
    def is_facility(self) -> bool:
        return self.start == self.end

    def assumptions_for(self, *figures: str) -> list[Assumption]:
        return [a for a in self.assumptions if a.figure in figures]


@dataclass(frozen=True, slots=True)
class Exclusion:
    segment_id: str
    name: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.segment_id, "name": self.name, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Network:
    year: int
    data: CorridorData
    segments: dict[str, Segment]
    excluded: tuple[Exclusion, ...]
    conditions: dict[str, ConditionState]
    scenarios: tuple[Scenario, ...]
    live_nodes: frozenset[str] = field(default=frozenset())

    def facility(self, node_id: str) -> Segment | None:
        for segment in self.segments.values():
            if segment.is_facility and segment.start == node_id:
                return segment
        return None


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance on a sphere of radius 6,371 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _param_assumption(data: CorridorData, name: str, figure: str) -> Assumption:
    param = data.param(name)
    return Assumption(key=f"parameter:{name}", figure=figure, text=param.note,
                      source=param.source)


def _row_for_year(rows: Sequence[SegmentRow], year: int) -> SegmentRow | None:
    in_service = [row for row in rows if (row.opens or FIRST_YEAR) <= year]
    return max(in_service, key=lambda row: row.opens or FIRST_YEAR) if in_service else None


def _capacity(data: CorridorData, row: SegmentRow,
              notes: list[Assumption]) -> tuple[int | None, str]:
    """The row's capacity in kt/yr (None if not found) and its reliability."""
    if row.capacity_kt is not None:
        kt: int | None = row.capacity_kt
    elif row.capacity_trains_per_day is not None:
        per_train = data.param("net_tonnes_per_train").value
        kt = round(row.capacity_trains_per_day * 365 * per_train / 1000)
        notes.append(_param_assumption(data, "net_tonnes_per_train", "capacity"))
    elif row.capacity_teu is not None:
        per_teu = data.param("tonnes_per_teu").value
        kt = round(row.capacity_teu * per_teu / 1000)
        notes.append(_param_assumption(data, "tonnes_per_teu", "capacity"))
    else:
        notes.append(Assumption(
            key=f"capacity-not-found:{row.id}", figure="capacity",
            text=f"{row.name}: capacity not found, treated as not limiting",
        ))
        return None, "not found"
    if row.capacity_reliability == "assumed":
        notes.append(Assumption(key=f"capacity:{row.id}", figure="capacity",
                                text=f"{row.name}: {row.note}",
                                source=row.capacity_source))
    return kt, row.capacity_reliability


def _route_figures(data: CorridorData, row: SegmentRow,
                   notes: list[Assumption]) -> tuple[float, float, float]:
    """Distance (km), time (h) and cost (USD/t) of a row, estimated where missing."""
    if row.is_facility:
        dwell = {"port": "port_dwell", "border": "border_dwell", "fleet": "fleet_wait"}[row.mode]
        hours = row.transit_hours
        if hours is None:
            hours = data.param(dwell).value
            notes.append(_param_assumption(data, dwell, "time"))
        cost_param = {"port": "port_cost", "border": "border_cost"}.get(row.mode)
        cost = 0.0
        if cost_param is not None:
            cost = data.param(cost_param).value
            notes.append(_param_assumption(data, cost_param, "cost"))
        return 0.0, hours, cost
    distance = row.distance_km
    if distance is None:
        a, b = data.nodes[row.start], data.nodes[row.end]
        detour = "sea_detour" if row.mode == "sea" else "rail_detour"
        distance = great_circle_km(a.lat, a.lon, b.lat, b.lon) * data.param(detour).value
        notes.append(_param_assumption(data, detour, "distance"))
    hours = row.transit_hours
    if hours is None:
        if row.mode == "sea":
            hours = distance / data.param("sea_speed").value
            notes.append(_param_assumption(data, "sea_speed", "time"))
        else:
            speed = "road_speed" if row.mode == "road" else "rail_speed"
            hours = distance / data.param(speed).value * 24
            notes.append(_param_assumption(data, speed, "time"))
    cost_param = {"sea": "sea_cost", "road": "road_cost"}.get(row.mode, "rail_cost")
    cost = distance * data.param(cost_param).value
    notes.append(_param_assumption(data, cost_param, "cost"))
    return distance, hours, cost


def _closed_by(scenarios: Sequence[Scenario], data: CorridorData, row: SegmentRow) -> str | None:
    countries = set(data.nodes[row.start].countries) | set(data.nodes[row.end].countries)
    for scenario in scenarios:
        if row.id in scenario.close:
            return f"closed by scenario {scenario.id}"
        for node_id in (row.start, row.end):
            if node_id in scenario.close:
                return f"closed by scenario {scenario.id} (node {node_id})"
        shut = countries & set(scenario.close_countries)
        if shut:
            return f"closed by scenario {scenario.id} ({', '.join(sorted(shut))})"
    return None


def check_year(year: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputError(f"year {year} is outside the data's range {FIRST_YEAR}–{LAST_YEAR}")
    return year


def build_network(
    data: CorridorData,
    book: ScenarioBook,
    *,
    year: int,
    scenarios: Sequence[str] = (),
    stage_source: StageSource | None = None,
    as_of: date | None = None,
) -> Network:
    """The segments in service in `year` under the named scenarios (applied in order)."""
    check_year(year)
    chosen = tuple(book.get(name) for name in scenarios)
    states = resolve_conditions(book, chosen, stage_source=stage_source,
                                as_of=as_of or date(year, 12, 31))
    segments: dict[str, Segment] = {}
    excluded: list[Exclusion] = []
    for seg_id in data.segment_ids:
        rows = data.rows_of(seg_id)
        row = _row_for_year(rows, year)
        forced = next((s.id for s in chosen if seg_id in s.open), None)
        notes: list[Assumption] = []
        if row is None:
            if forced is None:
                opens = min(r.opens or FIRST_YEAR for r in rows)
                excluded.append(Exclusion(seg_id, rows[0].name, f"opens in {opens}"))
                continue
            row = rows[0]
            notes.append(Assumption(key=f"open:{seg_id}", figure="availability",
                                    text=f"{row.name}: opened by scenario {forced} before its "
                                         f"opening year {row.opens}"))
        closed = _closed_by(chosen, data, row)
        if closed is not None:
            excluded.append(Exclusion(seg_id, row.name, closed))
            continue
        blocked = [states[c] for c in row.requires if not states[c].holds]
        if blocked and forced is None:
            reasons = "; ".join(
                f"condition {s.condition.id} ({s.condition.describe()}) not met: {s.basis}"
                + (f", stage {s.stage.value}" if s.stage else "")
                for s in blocked
            )
            excluded.append(Exclusion(seg_id, row.name, reasons))
            continue
        for cond_id in row.requires:
            state = states[cond_id]
            if state.holds:
                notes.append(Assumption(
                    key=f"condition:{cond_id}", figure="availability",
                    text=f"{row.name}: needs {state.condition.describe()}; taken as met "
                         f"({state.basis}"
                         + (f", stage {state.stage.value}" if state.stage else "") + ")",
                ))
        if row.status != "operational" and row.opens is not None and forced is None:
            notes.append(Assumption(
                key=f"opening:{seg_id}", figure="availability",
                text=f"{row.name} ({row.status.replace('_', ' ')}) taken as in service from "
                     f"{row.opens}",
                source=row.capacity_source or row.distance_source or "assumption",
            ))
        capacity, reliability = _capacity(data, row, notes)
        teu = row.capacity_teu
        source = row.capacity_source
        for scenario in chosen:
            if seg_id in scenario.set_capacity_kt:
                capacity = int(scenario.set_capacity_kt[seg_id])
                reliability = "scenario"
                source = scenario.source or "assumption"
                notes.append(Assumption(key=f"scenario:{scenario.id}:{seg_id}",
                                        figure="capacity",
                                        text=f"{row.name}: {capacity:,} kt/yr in scenario "
                                             f"{scenario.id} ({scenario.description})",
                                        source=source))
            if seg_id in scenario.set_capacity_teu:
                teu = int(scenario.set_capacity_teu[seg_id])
            if seg_id in scenario.scale_capacity:
                factor = float(scenario.scale_capacity[seg_id])
                if capacity is not None:
                    capacity = round(capacity * factor)
                if teu is not None:
                    teu = round(teu * factor)
                reliability = "scenario"
                notes.append(Assumption(key=f"scenario:{scenario.id}:{seg_id}",
                                        figure="capacity",
                                        text=f"{row.name}: capacity ×{factor:g} in scenario "
                                             f"{scenario.id} ({scenario.description})",
                                        source=scenario.source or "assumption"))
        distance, hours, cost = _route_figures(data, row, notes)
        segments[seg_id] = Segment(
            id=seg_id, name=row.name, mode=row.mode, start=row.start, end=row.end,
            status=row.status, opens=row.opens, capacity_kt=capacity, capacity_teu=teu,
            reliability=reliability, source=source, distance_km=round(distance, 1),
            hours=round(hours, 1), cost_usd_per_t=round(cost, 2), assumptions=tuple(notes),
        )
    # a node whose facility is not in service is not in service: drop what touches it
    dead = {
        row.start for row in data.rows if row.is_facility
        and not any(s.is_facility and s.start == row.start for s in segments.values())
    }
    for seg_id, segment in list(segments.items()):
        hit = {segment.start, segment.end} & dead
        if hit and not segment.is_facility:
            del segments[seg_id]
            excluded.append(Exclusion(seg_id, segment.name,
                                      f"node {', '.join(sorted(hit))} not in service"))
    live = frozenset(n for s in segments.values() for n in (s.start, s.end))
    return Network(year=year, data=data, segments=segments, excluded=tuple(excluded),
                   conditions=states, scenarios=chosen, live_nodes=live)


@dataclass(frozen=True, slots=True)
class FlowGraph:
    """Arcs of the network laid out for max-flow (capacities in kt/yr, integers)."""

    n: int
    tail: npt.NDArray[np.int64]
    head: npt.NDArray[np.int64]
    capacity: npt.NDArray[np.int64]
    hours: npt.NDArray[np.float64]
    cost: npt.NDArray[np.float64]
    arc_segment: tuple[str | None, ...]  # None for the super-source and super-sink arcs
    vertex_node: tuple[str | None, ...]
    source: int
    sink: int


def flow_graph(network: Network, origins: NodeSet, destinations: NodeSet) -> FlowGraph:
    """Lay the network out as arcs between in- and out-vertices of its nodes."""
    overlap = set(origins.nodes) & set(destinations.nodes)
    if overlap:
        raise InputError(f"{', '.join(sorted(overlap))} is both an origin and a destination")
    vertex_node: list[str | None] = [None, None]  # 0 = source, 1 = sink
    vin: dict[str, int] = {}
    vout: dict[str, int] = {}
    split = {s.start for s in network.segments.values() if s.is_facility}
    nodes = sorted(network.live_nodes | (set(origins.nodes) | set(destinations.nodes)))
    for node_id in nodes:
        vin[node_id] = len(vertex_node)
        vertex_node.append(node_id)
        if node_id in split:
            vout[node_id] = len(vertex_node)
            vertex_node.append(node_id)
        else:
            vout[node_id] = vin[node_id]
    tails: list[int] = []
    heads: list[int] = []
    caps: list[int] = []
    hours: list[float] = []
    costs: list[float] = []
    arc_segment: list[str | None] = []

    def arc(u: int, v: int, cap: int, h: float, c: float, seg: str | None) -> None:
        tails.append(u)
        heads.append(v)
        caps.append(cap)
        hours.append(h)
        costs.append(c)
        arc_segment.append(seg)

    for segment in network.segments.values():
        cap = UNBOUNDED if segment.capacity_kt is None else segment.capacity_kt
        if segment.is_facility:
            arc(vin[segment.start], vout[segment.start], cap, segment.hours,
                segment.cost_usd_per_t, segment.id)
        else:
            for a, b in ((segment.start, segment.end), (segment.end, segment.start)):
                arc(vout[a], vin[b], cap, segment.hours, segment.cost_usd_per_t, segment.id)
    for node_id in origins.nodes:
        arc(0, vin[node_id], UNBOUNDED, 0.0, 0.0, None)
    for node_id in destinations.nodes:
        arc(vout[node_id], 1, UNBOUNDED, 0.0, 0.0, None)
    pairs = set(zip(tails, heads, strict=True))
    if len(pairs) != len(tails):
        raise ModelError("two segments join the same pair of nodes in the same direction")
    return FlowGraph(
        n=len(vertex_node), tail=np.asarray(tails, dtype=np.int64),
        head=np.asarray(heads, dtype=np.int64), capacity=np.asarray(caps, dtype=np.int64),
        hours=np.asarray(hours, dtype=np.float64), cost=np.asarray(costs, dtype=np.float64),
        arc_segment=tuple(arc_segment), vertex_node=tuple(vertex_node), source=0, sink=1,
    )

"""Synthetic continental transport networks for scale tests and benchmarks.

A backbone of junctions is scattered over a continent-sized box (4,000 × 2,000 km) and
each junction is joined to its `k` nearest neighbours; every backbone link is then a
line through intermediate stations, so that most nodes have two neighbours, as on real
rail networks (mean degree about 2.35 with the defaults: a fifth of the nodes are
junctions). Every link can be used both ways; capacities are integers in thousand
tonnes a year: a link is a branch line (100–3,000 kt) or, one in ten, a trunk line
(5,000–20,000 kt), and each section varies by ±20% around it. The origins are the
westernmost junctions and the destinations the easternmost, fed by a super-source and
drained by a super-sink.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy.spatial import cKDTree


@dataclass(frozen=True, slots=True)
class SyntheticNetwork:
    n: int  # vertices, including the super-source (n - 2) and super-sink (n - 1)
    tail: npt.NDArray[np.int64]
    head: npt.NDArray[np.int64]
    capacity: npt.NDArray[np.int64]  # kt/yr
    source: int
    sink: int

    @property
    def arcs(self) -> int:
        return len(self.tail)

    @property
    def mean_degree(self) -> float:
        """Mean number of neighbours of a place (super-source and sink left out)."""
        places = (self.tail < self.n - 2) & (self.head < self.n - 2)
        return float(places.sum()) / (self.n - 2)


def continental_network(
    nodes: int,
    *,
    junction_share: float = 0.2,
    k: int = 3,
    terminals: float = 0.01,
    seed: int = 0,
) -> SyntheticNetwork:
    """A random network of `nodes` places (plus a super-source and a super-sink)."""
    junctions = int(nodes * junction_share)
    if junctions < 10 or not 0 < junction_share <= 1:
        raise ValueError("a synthetic network needs at least 10 junctions")
    rng = np.random.default_rng(seed)
    xy = rng.random((junctions, 2)) * np.array([4000.0, 2000.0])
    _dist, nearest = cKDTree(xy).query(xy, k=k + 1)
    a = np.repeat(np.arange(junctions, dtype=np.int64), k)
    b = nearest[:, 1:].reshape(-1).astype(np.int64)
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    pairs = np.unique(lo * junctions + hi)
    lo, hi = pairs // junctions, pairs % junctions
    links = len(lo)
    link_cap = rng.integers(100, 3001, size=links)
    trunk = rng.random(links) < 0.1
    link_cap[trunk] = rng.integers(5000, 20001, size=int(trunk.sum()))
    # intermediate stations, spread at random over the links
    stations = rng.multinomial(nodes - junctions, np.full(links, 1.0 / links))
    sections = stations + 1
    link = np.repeat(np.arange(links), sections)
    starts = np.cumsum(sections) - sections
    pos = np.arange(len(link)) - starts[link]
    first = junctions + np.cumsum(stations) - stations
    frm = np.where(pos == 0, lo[link], first[link] + pos - 1)
    to = np.where(pos == sections[link] - 1, hi[link], first[link] + pos)
    cap = np.maximum(50, (link_cap[link] * rng.uniform(0.8, 1.2, size=len(link))).astype(np.int64))
    source, sink = nodes, nodes + 1
    count = max(3, int(junctions * terminals))
    order = np.argsort(xy[:, 0])
    west, east = order[:count].astype(np.int64), order[-count:].astype(np.int64)
    terminal_cap = np.full(count, 1_000_000, dtype=np.int64)
    tail = np.concatenate([frm, to, np.full(count, source), east])
    head = np.concatenate([to, frm, west, np.full(count, sink)])
    capacity = np.concatenate([cap, cap, terminal_cap, terminal_cap])
    return SyntheticNetwork(n=nodes + 2, tail=tail.astype(np.int64), head=head.astype(np.int64),
                            capacity=capacity.astype(np.int64), source=source, sink=sink)


def to_networkx(network: SyntheticNetwork) -> object:
    """The same network as a NetworkX DiGraph with a ``capacity`` on every edge."""
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_nodes_from(range(network.n))
    graph.add_edges_from(
        (int(u), int(v), {"capacity": int(c)})
        for u, v, c in zip(network.tail, network.head, network.capacity, strict=True)
    )
    return graph

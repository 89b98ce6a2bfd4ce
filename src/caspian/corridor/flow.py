"""Maximum flow, minimum cut and shortest routes on arc lists.

The engine is :func:`scipy.sparse.csgraph.maximum_flow` (Dinic's algorithm) on integer
capacities. SciPy computes in 32-bit integers and would silently wrap larger values, so
:func:`max_flow_min_cut` refuses inputs whose flow could exceed them. Chains of stations
are first reduced to single arcs (:mod:`caspian.corridor.series`). The minimum cut is
read from the residual graph: the vertices reachable from the source through arcs with
residual capacity form the source side, and the arcs leaving it are the cut (the
minimum cut closest to the source).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_array
from scipy.sparse.csgraph import breadth_first_order, maximum_flow

from caspian.corridor.series import reduce_series
from caspian.errors import ModelError

INT32_MAX = 2**31 - 1

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class FlowResult:
    value: int
    arc_flow: IntArray  # flow on each arc in its own direction (net of the opposite arc)
    source_side: npt.NDArray[np.bool_]  # per vertex: reachable from the source in the residual
    cut_arcs: IntArray  # indices of the arcs in the minimum cut


def _net_lookup(n: int, flow: csr_array, a: IntArray, b: IntArray) -> IntArray:
    """Entries (a[i], b[i]) of a sparse matrix, 0 where absent."""
    coo = flow.tocoo()
    keys = coo.row.astype(np.int64) * n + coo.col.astype(np.int64)
    order = np.argsort(keys)
    keys, values = keys[order], coo.data[order].astype(np.int64)
    out = np.zeros(len(a), dtype=np.int64)
    if len(keys):
        want = a * n + b
        pos = np.minimum(np.searchsorted(keys, want), len(keys) - 1)
        hit = keys[pos] == want
        out[hit] = values[pos[hit]]
    return out


def _solve(n: int, tail: IntArray, head: IntArray, capacity: IntArray, source: int,
           sink: int) -> tuple[int, IntArray]:
    """Max-flow value and a flow on every arc (parallel arcs filled in turn)."""
    caps = csr_array((capacity.astype(np.int32), (tail, head)), shape=(n, n))
    caps.sum_duplicates()
    result = maximum_flow(caps, source, sink)
    # SciPy gives the net flow per vertex pair; share it out over the arcs of the pair
    lo, hi = np.minimum(tail, head), np.maximum(tail, head)
    net = _net_lookup(n, result.flow.tocsr(), lo, hi)  # from lo to hi
    along = np.where(tail == lo, net > 0, net < 0) & (tail != head)
    usable = np.where(along, capacity, 0)
    key = lo * n + hi
    order = np.lexsort((~along, key))
    k_s, u_s, a_s = key[order], usable[order], np.abs(net)[order]
    before = np.cumsum(u_s) - u_s
    group_start = np.ones(len(k_s), dtype=bool)
    group_start[1:] = k_s[1:] != k_s[:-1]
    group = np.cumsum(group_start) - 1
    before = before - before[np.flatnonzero(group_start)][group]
    arc_flow = np.zeros(len(tail), dtype=np.int64)
    arc_flow[order] = np.clip(a_s - before, 0, u_s)
    return int(result.flow_value), arc_flow


def max_flow_min_cut(
    n: int,
    tail: IntArray,
    head: IntArray,
    capacity: IntArray,
    source: int,
    sink: int,
    *,
    reduce: bool = True,
) -> FlowResult:
    """Maximum flow from `source` to `sink` and the minimum cut nearest the source.

    Arcs are given as parallel arrays (antiparallel and parallel arcs are fine).
    Capacities are non-negative integers; those leaving the source must sum to less
    than 2**31 (SciPy's flows are 32-bit). With `reduce`, chains of two-neighbour
    vertices are first replaced by single arcs (:mod:`caspian.corridor.series`) and
    the flow is expanded back onto every original arc afterwards.
    """
    if source == sink:
        raise ModelError("the source and the sink are the same vertex")
    if len(capacity) and (int(capacity.min()) < 0 or int(capacity.max()) > INT32_MAX):
        raise ModelError("capacities must be integers from 0 to 2**31 - 1")
    if int(capacity[tail == source].sum()) > INT32_MAX:
        raise ModelError("the capacity leaving the source must stay below 2**31")
    reduction = reduce_series(n, tail, head, capacity, keep=(source, sink)) if reduce else None
    if reduction is None:
        value, arc_flow = _solve(n, tail, head, capacity, source, sink)
    else:
        value, reduced_flow = _solve(reduction.n, reduction.tail, reduction.head,
                                     reduction.capacity, int(reduction.vertex[source]),
                                     int(reduction.vertex[sink]))
        arc_flow = reduction.expand(reduced_flow, len(tail))
    # residual graph: arcs with spare capacity, and arcs with flow taken backwards
    spare = capacity - arc_flow > 0
    used = arc_flow > 0
    rows = np.concatenate([tail[spare], head[used]])
    cols = np.concatenate([head[spare], tail[used]])
    residual = csr_array((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(n, n))
    reached = breadth_first_order(residual, source, directed=True, return_predecessors=False)
    source_side = np.zeros(n, dtype=bool)
    source_side[reached] = True
    cut = np.flatnonzero(source_side[tail] & ~source_side[head] & (capacity > 0))
    if int(capacity[cut].sum()) != value or source_side[sink]:
        raise ModelError("internal error: the cut does not match the flow value")
    return FlowResult(value=value, arc_flow=arc_flow, source_side=source_side,
                      cut_arcs=cut.astype(np.int64))


def shortest_path(
    n: int,
    tail: IntArray,
    head: IntArray,
    weight: npt.NDArray[np.float64],
    source: int,
    sink: int,
    *,
    usable: npt.NDArray[np.bool_] | None = None,
) -> list[int] | None:
    """Arc indices of a least-weight path (Dijkstra; weights ≥ 0), or None."""
    out: list[list[int]] = [[] for _ in range(n)]
    for index in range(len(tail)):
        if usable is None or usable[index]:
            out[int(tail[index])].append(index)
    best = [float("inf")] * n
    via: list[int | None] = [None] * n
    best[source] = 0.0
    queue: list[tuple[float, int]] = [(0.0, source)]
    while queue:
        dist, vertex = heapq.heappop(queue)
        if dist > best[vertex]:
            continue
        if vertex == sink:
            break
        for index in out[vertex]:
            nxt = int(head[index])
            cand = dist + float(weight[index])
            if cand < best[nxt]:
                best[nxt] = cand
                via[nxt] = index
                heapq.heappush(queue, (cand, nxt))
    if best[sink] == float("inf"):
        return None
    path: list[int] = []
    vertex = sink
    while vertex != source:
        step = via[vertex]
        assert step is not None
        path.append(step)
        vertex = int(tail[step])
    return path[::-1]


def decompose(
    n: int, tail: IntArray, head: IntArray, arc_flow: IntArray, source: int, sink: int,
    *, limit: int = 20,
) -> list[tuple[list[int], int]]:
    """Split a flow into source–sink paths (arc indices, amount), largest first."""
    remaining = arc_flow.astype(np.int64).copy()
    out: list[list[int]] = [[] for _ in range(n)]
    for carrying in np.flatnonzero(remaining > 0).tolist():
        out[int(tail[carrying])].append(int(carrying))
    paths: list[tuple[list[int], int]] = []
    while len(paths) < limit:
        # depth-first search along arcs that still carry flow
        stack: list[tuple[int, list[int]]] = [(source, [])]
        seen = {source}
        found: list[int] | None = None
        while stack and found is None:
            vertex, path = stack.pop()
            for arc in out[vertex]:
                if remaining[arc] <= 0:
                    continue
                nxt = int(head[arc])
                if nxt == sink:
                    found = [*path, arc]
                    break
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*path, arc]))
        if found is None:
            break
        amount = int(min(int(remaining[arc]) for arc in found))
        for arc in found:
            remaining[arc] -= amount
        paths.append((found, amount))
    paths.sort(key=lambda item: -item[1])
    return paths

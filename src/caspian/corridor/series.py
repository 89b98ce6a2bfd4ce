"""Series reduction: lines through stations become single arcs before max-flow.

On transport networks most places have exactly two neighbours (stations along a line).
A chain ``a - v1 - ... - vk - b`` whose inner vertices touch nothing else carries at most
the smallest capacity of its sections in each direction, so for max-flow it can be
replaced by one arc ``a -> b`` (the minimum of the forward capacities) and one arc
``b -> a`` (the minimum of the backward ones). :func:`reduce_series` finds the chains;
:meth:`SeriesReduction.expand` turns a flow on the reduced arcs back into a flow on
every original arc, so that the minimum cut can be read on the original network.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class SeriesReduction:
    n: int  # vertices of the reduced graph
    vertex: IntArray  # original vertex -> reduced vertex, -1 for an inner chain vertex
    tail: IntArray  # reduced arcs (reduced vertex ids)
    head: IntArray
    capacity: IntArray
    kept: IntArray  # reduced arcs 0..len(kept)-1 are these original arcs
    chain_fwd: IntArray  # per chain: reduced arc a -> b (-1 if none)
    chain_bwd: IntArray  # per chain: reduced arc b -> a (-1 if none)
    section_arc: IntArray  # original arc of each chain section (-1 where missing)
    section_chain: IntArray  # chain of each section
    section_forward: npt.NDArray[np.bool_]  # section runs a -> b

    def expand(self, reduced_flow: IntArray, arcs: int) -> IntArray:
        """Flow on every original arc from the flow on the reduced arcs."""
        flow = np.zeros(arcs, dtype=np.int64)
        flow[self.kept] = reduced_flow[: len(self.kept)]
        if len(self.chain_fwd):
            fwd = np.where(self.chain_fwd >= 0, reduced_flow[np.maximum(self.chain_fwd, 0)], 0)
            bwd = np.where(self.chain_bwd >= 0, reduced_flow[np.maximum(self.chain_bwd, 0)], 0)
            net = fwd - bwd  # per chain, from a to b
            along = np.where(self.section_forward, net[self.section_chain],
                             -net[self.section_chain])
            present = self.section_arc >= 0
            flow[self.section_arc[present]] = np.maximum(along[present], 0)
        return flow


def _neighbours(n: int, tail: IntArray, head: IntArray) -> tuple[IntArray, IntArray]:
    """CSR pointers and distinct neighbours of every vertex (arcs taken both ways)."""
    u = np.concatenate([tail, head])
    v = np.concatenate([head, tail])
    mask = u != v
    keys = np.unique(u[mask] * n + v[mask])
    nu, nv = keys // n, keys % n
    ptr = np.searchsorted(nu, np.arange(n + 1))
    return ptr.astype(np.int64), nv.astype(np.int64)


def _walk_chains(
    n: int, ptr: IntArray, nbr: IntArray, inner: npt.NDArray[np.bool_]
) -> list[list[int]]:
    """Every maximal chain as [a, v1, ..., vk, b]; rings of inner vertices are dropped."""
    ptr_l: list[int] = ptr.tolist()
    nbr_l: list[int] = nbr.tolist()
    inner_l: list[bool] = inner.tolist()
    seen = [False] * n
    chains: list[list[int]] = []
    for start in np.flatnonzero(inner).tolist():
        if seen[start]:
            continue
        # walk to one end
        prev, cur = start, nbr_l[ptr_l[start]]
        while inner_l[cur] and cur != start:
            first, second = nbr_l[ptr_l[cur]], nbr_l[ptr_l[cur] + 1]
            prev, cur = cur, (second if first == prev else first)
        if cur == start:  # a ring with no way in or out
            node = start
            while not seen[node]:
                seen[node] = True
                a, b = nbr_l[ptr_l[node]], nbr_l[ptr_l[node] + 1]
                node = b if seen[a] else a
            continue
        # walk back from that end through the chain to the other end
        chain = [cur]
        prev, cur = cur, prev
        while inner_l[cur]:
            seen[cur] = True
            chain.append(cur)
            first, second = nbr_l[ptr_l[cur]], nbr_l[ptr_l[cur] + 1]
            prev, cur = cur, (second if first == prev else first)
        chain.append(cur)
        chains.append(chain)
    return chains


def reduce_series(
    n: int, tail: IntArray, head: IntArray, capacity: IntArray, *, keep: tuple[int, ...]
) -> SeriesReduction | None:
    """Replace chains of two-neighbour vertices by single arcs; None if there are none.

    Vertices in `keep` (source, sink) and the ends of parallel arcs are never removed.
    """
    ptr, nbr = _neighbours(n, tail, head)
    inner = (ptr[1:] - ptr[:-1]) == 2
    inner[list(keep)] = False
    # a vertex with parallel arcs stays (a section has one arc each way)
    arc_keys = tail * n + head
    order = np.argsort(arc_keys)
    sorted_keys = arc_keys[order]
    repeated = np.flatnonzero(sorted_keys[1:] == sorted_keys[:-1])
    inner[tail[order[repeated]]] = False
    inner[head[order[repeated]]] = False
    if not inner.any():
        return None
    chains = _walk_chains(n, ptr, nbr, inner)
    # sections of every chain, in order, with the original arc each way
    lengths = np.array([len(c) - 1 for c in chains], dtype=np.int64)
    flat = np.array([v for c in chains for v in c], dtype=np.int64)
    starts = np.cumsum(lengths + 1) - (lengths + 1)
    sec_chain = np.repeat(np.arange(len(chains), dtype=np.int64), lengths)
    sec_pos = np.arange(int(lengths.sum()), dtype=np.int64) - np.repeat(
        np.cumsum(lengths) - lengths, lengths)
    x = flat[np.repeat(starts, lengths) + sec_pos]
    y = flat[np.repeat(starts, lengths) + sec_pos + 1]
    def lookup(a: IntArray, b: IntArray) -> IntArray:
        want = a * n + b
        pos = np.minimum(np.searchsorted(sorted_keys, want), len(sorted_keys) - 1)
        return np.where(sorted_keys[pos] == want, order[pos], -1).astype(np.int64)

    fwd_arc, bwd_arc = lookup(x, y), lookup(y, x)
    fwd_cap = np.where(fwd_arc >= 0, capacity[np.maximum(fwd_arc, 0)], 0)
    bwd_cap = np.where(bwd_arc >= 0, capacity[np.maximum(bwd_arc, 0)], 0)
    seg_starts = np.cumsum(lengths) - lengths
    chain_fwd_cap = np.minimum.reduceat(fwd_cap, seg_starts)
    chain_bwd_cap = np.minimum.reduceat(bwd_cap, seg_starts)
    ends_a = flat[starts]
    ends_b = flat[starts + lengths]
    # the reduced graph
    vertex = np.full(n, -1, dtype=np.int64)
    outer = np.flatnonzero(~inner)
    vertex[outer] = np.arange(len(outer), dtype=np.int64)
    kept = np.flatnonzero(~inner[tail] & ~inner[head]).astype(np.int64)
    loop = ends_a == ends_b
    fwd_ok = (chain_fwd_cap > 0) & ~loop
    bwd_ok = (chain_bwd_cap > 0) & ~loop
    n_kept = len(kept)
    chain_fwd = np.full(len(chains), -1, dtype=np.int64)
    chain_bwd = np.full(len(chains), -1, dtype=np.int64)
    chain_fwd[fwd_ok] = n_kept + np.arange(int(fwd_ok.sum()))
    chain_bwd[bwd_ok] = n_kept + int(fwd_ok.sum()) + np.arange(int(bwd_ok.sum()))
    r_tail = np.concatenate([vertex[tail[kept]], vertex[ends_a[fwd_ok]], vertex[ends_b[bwd_ok]]])
    r_head = np.concatenate([vertex[head[kept]], vertex[ends_b[fwd_ok]], vertex[ends_a[bwd_ok]]])
    r_cap = np.concatenate([capacity[kept], chain_fwd_cap[fwd_ok], chain_bwd_cap[bwd_ok]])
    # sections in both directions, for expanding flows back
    section_arc = np.concatenate([fwd_arc, bwd_arc])
    section_chain = np.concatenate([sec_chain, sec_chain])
    section_forward = np.concatenate([np.ones(len(fwd_arc), bool), np.zeros(len(bwd_arc), bool)])
    return SeriesReduction(
        n=len(outer), vertex=vertex, tail=r_tail.astype(np.int64), head=r_head.astype(np.int64),
        capacity=r_cap.astype(np.int64), kept=kept, chain_fwd=chain_fwd, chain_bwd=chain_bwd,
        section_arc=section_arc, section_chain=section_chain, section_forward=section_forward,
    )

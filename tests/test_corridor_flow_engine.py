"""The max-flow engine on networks whose answers were worked out by hand."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from caspian.corridor.flow import decompose, max_flow_min_cut, shortest_path
from caspian.corridor.synthetic import continental_network, to_networkx
from caspian.errors import ModelError


def arcs(pairs: list[tuple[int, int, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    tail = np.array([p[0] for p in pairs], dtype=np.int64)
    head = np.array([p[1] for p in pairs], dtype=np.int64)
    cap = np.array([p[2] for p in pairs], dtype=np.int64)
    return tail, head, cap


# the textbook network (Cormen et al.): max flow 23, cut {s, v1, v2, v4} | {v3, t}
TEXTBOOK = [(0, 1, 16), (0, 2, 13), (1, 3, 12), (2, 1, 4), (2, 4, 14), (3, 2, 9),
            (3, 5, 20), (4, 3, 7), (4, 5, 4)]


def test_corridor_flow_textbook_value_and_cut() -> None:
    tail, head, cap = arcs(TEXTBOOK)
    result = max_flow_min_cut(6, tail, head, cap, 0, 5)
    assert result.value == 23
    assert sorted(result.source_side.nonzero()[0].tolist()) == [0, 1, 2, 4]
    cut = sorted((int(tail[i]), int(head[i])) for i in result.cut_arcs)
    assert cut == [(1, 3), (4, 3), (4, 5)]


def test_corridor_flow_is_feasible_and_conserved() -> None:
    tail, head, cap = arcs(TEXTBOOK)
    result = max_flow_min_cut(6, tail, head, cap, 0, 5)
    assert np.all(result.arc_flow <= cap)
    assert np.all(result.arc_flow >= 0)
    for vertex in range(1, 5):
        inflow = result.arc_flow[head == vertex].sum()
        outflow = result.arc_flow[tail == vertex].sum()
        assert inflow == outflow
    paths = decompose(6, tail, head, result.arc_flow, 0, 5)
    assert sum(amount for _, amount in paths) == 23


def test_corridor_flow_series_and_parallel() -> None:
    # s -> a (5) -> t (3) and s -> b (4) -> t (10): 3 + 4 = 7; cut a->t and s->b
    tail, head, cap = arcs([(0, 1, 5), (1, 3, 3), (0, 2, 4), (2, 3, 10)])
    result = max_flow_min_cut(4, tail, head, cap, 0, 3)
    assert result.value == 7
    cut = sorted((int(tail[i]), int(head[i])) for i in result.cut_arcs)
    assert cut == [(0, 2), (1, 3)]


def test_corridor_flow_antiparallel_arcs_and_no_path() -> None:
    # both directions between 1 and 2: the flow uses 1->2 only
    tail, head, cap = arcs([(0, 1, 9), (1, 2, 6), (2, 1, 6), (2, 3, 8)])
    assert max_flow_min_cut(4, tail, head, cap, 0, 3).value == 6
    tail, head, cap = arcs([(0, 1, 9), (2, 3, 8)])
    result = max_flow_min_cut(4, tail, head, cap, 0, 3)
    assert result.value == 0
    assert len(result.cut_arcs) == 0


def test_corridor_flow_rejects_32_bit_overflow() -> None:
    tail, head, cap = arcs([(0, 1, 2**31), (1, 2, 5)])
    with pytest.raises(ModelError):
        max_flow_min_cut(3, tail, head, cap, 0, 2)


def test_corridor_flow_shortest_path_by_weight() -> None:
    tail, head, _cap = arcs([(0, 1, 1), (1, 3, 1), (0, 2, 1), (2, 3, 1)])
    weight = np.array([1.0, 1.0, 0.5, 0.4])
    assert shortest_path(4, tail, head, weight, 0, 3) == [2, 3]
    usable = np.array([True, True, False, True])
    assert shortest_path(4, tail, head, weight, 0, 3, usable=usable) == [0, 1]
    assert shortest_path(4, tail, head, weight, 3, 0) is None


def test_corridor_flow_synthetic_agrees_with_networkx() -> None:
    net = continental_network(1000, seed=7)
    assert 2.0 < net.mean_degree < 3.0  # mostly stations along lines, as on real networks
    assert len(set(zip(net.tail.tolist(), net.head.tolist(), strict=True))) == net.arcs
    ours = max_flow_min_cut(net.n, net.tail, net.head, net.capacity, net.source, net.sink)
    value, (reach, _rest) = nx.minimum_cut(to_networkx(net), net.source, net.sink)
    assert ours.value == value
    assert ours.value == int(net.capacity[ours.cut_arcs].sum())
    assert net.source in reach


def test_corridor_flow_chain_reduced_to_its_narrowest_section() -> None:
    # 0=source -> 1 -> 2 -> 3 -> 4=sink, both ways on 1-2-3; narrowest forward 2->3 (4)
    # plus a ring 5-6-7 that touches nothing and a loop 1-8-9-1 off the line
    pairs = [(0, 1, 50), (1, 2, 9), (2, 1, 1), (2, 3, 4), (3, 2, 8), (3, 4, 50),
             (5, 6, 3), (6, 7, 3), (7, 5, 3), (1, 8, 7), (8, 9, 7), (9, 1, 7)]
    tail, head, cap = arcs(pairs)
    for reduce in (True, False):
        result = max_flow_min_cut(10, tail, head, cap, 0, 4, reduce=reduce)
        assert result.value == 4
        assert [(int(tail[i]), int(head[i])) for i in result.cut_arcs] == [(2, 3)]
        assert result.source_side[[0, 1, 2, 8, 9]].all()
        assert not result.source_side[[3, 4]].any()
        assert result.arc_flow.tolist()[:6] == [4, 4, 0, 4, 0, 4]


def test_corridor_flow_parallel_arcs_are_filled_in_turn() -> None:
    tail, head, cap = arcs([(0, 1, 3), (0, 1, 5), (1, 2, 6)])
    result = max_flow_min_cut(3, tail, head, cap, 0, 2)
    assert result.value == 6
    assert int(result.arc_flow[0] + result.arc_flow[1]) == 6
    assert all(int(f) <= int(c) for f, c in zip(result.arc_flow, cap, strict=True))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_corridor_flow_reduction_changes_nothing(seed: int) -> None:
    net = continental_network(2000, seed=seed)
    plain = max_flow_min_cut(net.n, net.tail, net.head, net.capacity, net.source, net.sink,
                             reduce=False)
    reduced = max_flow_min_cut(net.n, net.tail, net.head, net.capacity, net.source, net.sink)
    assert plain.value == reduced.value
    assert np.array_equal(plain.source_side, reduced.source_side)
    assert np.array_equal(plain.cut_arcs, reduced.cut_arcs)
    # the expanded flow is a flow: within capacity and conserved at every place
    flow = reduced.arc_flow
    assert np.all(flow <= net.capacity)
    balance = np.bincount(net.head, weights=flow, minlength=net.n) - np.bincount(
        net.tail, weights=flow, minlength=net.n)
    assert np.all(balance[: net.n - 2] == 0)
    assert balance[net.sink] == reduced.value

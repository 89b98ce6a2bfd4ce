"""Max-flow + min-cut on synthetic continental networks: caspian's engine vs NetworkX.

caspian's engine (caspian.corridor.flow.max_flow_min_cut) reduces chains of stations to
single arcs, runs scipy.sparse.csgraph.maximum_flow (Dinic), expands the flow back onto
every arc and reads the cut from a breadth-first search of the residual graph; it is
also timed without the reduction (plain SciPy Dinic). The baseline is
networkx.minimum_cut with its default algorithm (preflow-push). Both get
the same network (capacities as integers in kt/yr) and must find the same flow value.
Times are the median of three runs; building each engine's input (arc arrays, DiGraph)
is not timed, but building the CSR matrix from the arc arrays is.

Usage: python benchmarks/corridor_maxflow.py [--sizes 10000 50000 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from typing import Any

import networkx as nx

from caspian.corridor.flow import max_flow_min_cut
from caspian.corridor.synthetic import continental_network, to_networkx


def _time(action: Any, runs: int) -> tuple[float, Any]:
    times: list[float] = []
    result: Any = None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows: list[dict[str, Any]] = []
    for size in args.sizes:
        net = continental_network(size, seed=size)
        graph = to_networkx(net)
        ours, result = _time(
            lambda net=net: max_flow_min_cut(net.n, net.tail, net.head, net.capacity,
                                             net.source, net.sink), args.runs)
        plain, plain_result = _time(
            lambda net=net: max_flow_min_cut(net.n, net.tail, net.head, net.capacity,
                                             net.source, net.sink, reduce=False), args.runs)
        theirs, (value, _partition) = _time(
            lambda graph=graph, net=net: nx.minimum_cut(graph, net.source, net.sink), args.runs
        )
        if not value == result.value == plain_result.value:
            print(f"flow values differ at {size}: {result.value} vs {value}", file=sys.stderr)
            return 1
        row = {
            "nodes": size, "arcs": net.arcs, "mean_degree": round(net.mean_degree, 2),
            "flow_kt": result.value, "cut_arcs": len(result.cut_arcs),
            "caspian_s": round(ours, 4), "scipy_plain_s": round(plain, 4),
            "networkx_s": round(theirs, 3), "speedup": round(theirs / ours, 1),
            "speedup_plain": round(theirs / plain, 1),
        }
        rows.append(row)
        print(json.dumps(row), flush=True)
    print()
    print(f"python {platform.python_version()}, networkx {nx.__version__}, runs {args.runs}")
    print("| nodes | arcs | mean degree | flow (kt/yr) | caspian (s) | SciPy Dinic alone (s) "
          "| NetworkX (s) | speed-up (caspian) | speed-up (SciPy alone) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(f"| {row['nodes']:,} | {row['arcs']:,} | {row['mean_degree']} "
              f"| {row['flow_kt']:,} | {row['caspian_s']} | {row['scipy_plain_s']} "
              f"| {row['networkx_s']} | {row['speedup']}× | {row['speedup_plain']}× |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Analysis commands: `network`, `vectors`, `commitments`.

Each opens the knowledge base named by --db / CASPIAN_DB, calls one function of
:mod:`caspian.analysis` and renders the result (Rich for people, JSON or GraphML for
scripts and Gephi).
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

import typer
from rich.markup import escape
from rich.table import Table

from caspian.analysis import commitments as tracker
from caspian.analysis import network as net
from caspian.analysis import vectors as vec
from caspian.cli.app import app, console, err_console, print_json, run_guarded, with_kb
from caspian.errors import InputError

T = TypeVar("T")

_AS_OF = typer.Option(
    None,
    "--as-of",
    help="Date (YYYY, YYYY-MM or YYYY-MM-DD) the agreements are read at; default today.",
)
_JSON = typer.Option(False, "--json", help="Write JSON to stdout instead of a table.")


def _pct(value: float | None) -> str:
    return "?" if value is None else f"{value:.1%}"


def _num(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


class NetworkFormat(StrEnum):
    table = "table"
    json = "json"
    graphml = "graphml"


_DEPTHS = ", ".join(f"{name} {d}" for name, d in net.DEPTH.items())


@app.command(
    "network",
    short_help="Partnership network: depth-weighted ties, centrality, the year's new ties.",
    help=(
        "The partnership network as of a date: actors as nodes, ties weighted by the "
        "deepest agreement between two actors whose stage then is signed, ratified, "
        "in_force, implemented, reaffirmed or upgraded. A multilateral agreement ties "
        "every pair of its parties; a format (C5) stands for its members. Shows degree, "
        "strength (sum of tie weights), degree and betweenness centrality, and the ties "
        "new, upgraded or lost since 31 December of the year before. "
        f"Depth scale: {_DEPTHS}."
    ),
)
def network_command(
    ctx: typer.Context,
    as_of: str | None = _AS_OF,
    fmt: NetworkFormat = typer.Option(
        NetworkFormat.table,
        "--format",
        help="table (people), json (measures, ties, changes) or graphml (opens in Gephi).",
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write the json or graphml to this file, not stdout."
    ),
    top: int = typer.Option(20, "--top", help="Actors shown in the table."),
) -> None:
    if fmt is NetworkFormat.graphml:
        text = with_kb(ctx, lambda kb: net.to_graphml(net.partnership_graph(kb, as_of=as_of)))
        _write(text, output)
        return
    summary = with_kb(ctx, lambda kb: net.network(kb, as_of=as_of))
    if fmt is NetworkFormat.json:
        if output is None:
            print_json(summary.to_dict())
        else:
            _write(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2), output)
        return
    if output is not None:
        run_guarded(_bad_output)
    if not summary.actors:
        err_console.print(f"no ties as of {summary.as_of}")
        return
    table = Table(
        title=f"{len(summary.actors)} actors, {len(summary.ties)} ties as of {summary.as_of}",
        title_justify="left",
    )
    for name in ("actor", "kind", "degree", "strength", "degree c.", "betweenness"):
        table.add_column(name, justify="left" if name in ("actor", "kind") else "right")
    for c in summary.actors[:top]:
        table.add_row(
            f"{c.actor_id} {escape(c.name)}",
            c.kind,
            str(c.degree),
            str(c.strength),
            _num(c.degree_centrality),
            _num(c.betweenness),
        )
    console.print(table)
    changes = summary.changes
    console.print(f"\nsince {changes.since}:")
    for label, rows in (
        ("new", changes.new),
        ("upgraded", changes.upgraded),
        ("lost", changes.lost),
    ):
        for t in rows:
            before = "–" if t.before is None else str(t.before)
            after = "–" if t.after is None else str(t.after)
            console.print(f"  {label:8} {t.a}–{t.b}  {before} → {after}  ({t.instrument})")
        if not rows:
            console.print(f"  {label:8} none")


def _bad_output() -> None:
    raise InputError("--output: only with --format json or graphml")


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return

    def write() -> None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as err:
            raise InputError(f"{output}: cannot write: {err.strerror}") from None

    run_guarded(write)
    err_console.print(f"wrote {output}")


def _pole_lines() -> str:
    poles = vec.load_poles()
    parts = []
    for pole in poles.poles:
        members = ", ".join(sorted(pole.actors))
        extra = f" + members of {', '.join(pole.members_of)}" if pole.members_of else ""
        parts.append(f"{pole.id} ({pole.label}): {members}{extra}")
    return "; ".join(parts)


@app.command(
    "vectors",
    short_help="Multi-vector index: how evenly each state's ties spread across 8 poles.",
    help=(
        "Multi-vector index of each state of the region (ranked): how evenly its "
        "depth-weighted ties (see `caspian network`) spread across eight poles. "
        "Formula: w_p = sum of tie weights to the partners of pole p; s_p = w_p / sum(w); "
        "V = -sum(s_p ln s_p) / ln K, K = 8 (all poles): 0 = ties to one pole only, "
        "1 = spread evenly over all eight. Partners in no pole are left out (shown as "
        "'unassigned'). The change is against 31 December of the year before. "
        f"Pole assignment (src/caspian/data/poles.toml): {_pole_lines()}."
    ),
)
def vectors_command(
    ctx: typer.Context,
    as_of: str | None = _AS_OF,
    state: list[str] = typer.Option(
        [], "--state", help="Only these states (repeatable); default the region's eight."
    ),
    external: bool = typer.Option(
        False,
        "--external",
        help="Leave the own-region pole out (K = 7): spread among outside powers only.",
    ),
    as_json: bool = _JSON,
) -> None:
    poles = vec.load_poles()
    profiles = with_kb(
        ctx,
        lambda kb: vec.vectors(kb, as_of=as_of, states=state or None, include_region=not external),
    )
    claim = vec.check_leader(profiles, "KAZ", among=poles.central_asia)
    if as_json:
        print_json({"profiles": [p.to_dict() for p in profiles], "kazakhstan": claim.to_dict()})
        return
    if not profiles:
        err_console.print("no states")
        return
    used = [p for p in poles.poles if not external or p.id != vec.OWN_REGION]
    table = Table(
        title=f"multi-vector index as of {profiles[0].end.as_of}"
        f" (change since {profiles[0].start.as_of})",
        title_justify="left",
    )
    table.add_column("#", justify="right")
    table.add_column("state")
    table.add_column("index", justify="right")
    table.add_column("change", justify="right")
    for pole in used:
        table.add_column(pole.id, justify="right")
    table.add_column("unassigned", justify="right")
    for p in profiles:
        shares = [
            f"{p.end.shares[pole.id]:.0%} ({p.end.shares[pole.id] - p.start.shares[pole.id]:+.0%})"
            for pole in used
        ]
        change = p.change
        table.add_row(
            str(p.rank),
            f"{p.state} {escape(p.name)}",
            _num(p.index),
            "–" if change is None else f"{change:+.3f}",
            *shares,
            f"{p.end.unassigned:g}",
        )
    console.print(table)
    if claim.index is not None:
        verdict = "supported" if claim.supported else "not supported"
        console.print(
            f"\nKazakhstan ranks {claim.rank} of {len(claim.among)} Central Asian states by "
            f"evenness (index {_num(claim.index)}; leader {claim.leader} "
            f"{_num(claim.leader_index)}): 'top multi-vector example' {verdict} by these data. "
            f"By breadth it ranks {claim.breadth_rank} ({claim.poles_reached} poles reached, "
            f"total weight {claim.total:g})."
        )


@app.command(
    "commitments",
    short_help="Commitments tracker: baseline, latest figure, growth needed, status.",
    help=(
        "Every commitment with its deadline, baseline (the latest figure for the same "
        "parties and metric from a year before it was made), latest figure, the yearly "
        "growth needed to meet it and a status: met (latest >= target), overdue "
        "(deadline passed, not met), on_track (required growth <= growth observed between "
        "baseline and latest, or <= the plausible growth when there is one figure), "
        "behind, unknown (no figure, no target value or no deadline). A relative target "
        "('double') is baseline x factor."
    ),
)
def commitments_command(
    ctx: typer.Context,
    as_of: str | None = typer.Option(
        None, "--as-of", help="Date the status is judged at (YYYY, YYYY-MM, YYYY-MM-DD)."
    ),
    plausible: float = typer.Option(
        tracker.PLAUSIBLE_GROWTH,
        "--plausible-growth",
        help="Yearly growth taken as achievable when only one figure is known.",
    ),
    as_json: bool = _JSON,
) -> None:
    found = with_kb(
        ctx,
        lambda kb: tracker.track_commitments(kb, as_of=as_of, plausible_growth=plausible),
    )
    if as_json:
        print_json([c.to_dict() for c in found])
        return
    if not found:
        err_console.print("no commitments")
        return
    table = Table(title=f"{len(found)} commitment(s)", title_justify="left")
    for name in (
        "status",
        "parties",
        "metric",
        "target",
        "deadline",
        "baseline",
        "latest",
        "needed/yr",
        "observed/yr",
        "why",
    ):
        table.add_column(name)
    for c in found:
        unit = c.target_unit or ""
        target = (
            f"{c.target:,.0f} {unit}"
            if c.target is not None
            else (f"×{c.factor:g}" if c.factor else "?")
        )
        table.add_row(
            c.status,
            " ".join(c.parties),
            escape(c.metric + (f" ({c.subject})" if c.subject else "")),
            target,
            c.deadline or "?",
            f"{c.baseline.value:,.0f} ({c.baseline.year})" if c.baseline else "unknown",
            f"{c.latest.value:,.0f} ({c.latest.year})" if c.latest else "unknown",
            _pct(c.required_growth),
            _pct(c.observed_growth),
            escape(c.reason),
        )
    console.print(table)
    counts = tracker.status_counts(found)
    console.print(", ".join(f"{n} {s}" for s, n in counts.items() if n))

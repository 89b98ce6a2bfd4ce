"""`caspian corridor`: capacity, bottleneck and routes of the Trans-Caspian corridor.

Parses the options, calls :func:`caspian.corridor.analyse` and renders the answer
(Rich text, JSON, or the network as GeoJSON).
"""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.table import Table

from caspian.cli.app import app, console, db_url, print_json, run_guarded
from caspian.corridor import (
    KB_SCENARIO,
    CorridorAnswer,
    KnowledgeBaseStages,
    analyse,
    default_data,
    load_scenarios,
    network_geojson,
)
from caspian.errors import InputError


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    GEOJSON = "geojson"


def _mt(kt: int | None) -> str:
    return "not found" if kt is None else f"{kt / 1000:,.2f} Mt/yr"


def _render(answer: CorridorAnswer) -> None:
    data = answer.network.data
    scen = ", ".join(answer.scenarios) or "base case"
    console.print(
        f"[bold]{escape(data.sets[answer.origins].name)} → "
        f"{escape(data.sets[answer.destinations].name)}[/], {answer.year} ({escape(scen)})"
    )
    console.print(
        f"Capacity: [bold]{_mt(answer.capacity_kt)}[/] ({answer.capacity_kt * 1000:,} t/yr)"
    )
    console.print(f"Bottleneck: {escape(answer.bottleneck_summary)}")
    diff = answer.difference()
    if diff is not None:
        sign = "+" if diff["change_tonnes_per_year"] >= 0 else ""
        ratio = "n/a" if diff["ratio"] is None else f"×{diff['ratio']:g}"
        console.print(
            f"Against the base case: {sign}{diff['change_tonnes_per_year'] / 1e6:,.2f} Mt/yr "
            f"({ratio}); base bottleneck: {escape(diff['base_bottleneck'])}"
        )
    for route in (answer.fastest, answer.cheapest):
        if route is None:
            continue
        names = " → ".join(data.nodes[n].name for n in route.nodes)
        console.print(
            f"{route.kind.capitalize()} route: {route.hours / 24:.1f} days, "
            f"{route.distance_km:,.0f} km, {route.cost_usd_per_t:,.0f} USD/t: {escape(names)}"
        )
    if answer.flow_routes:
        table = Table(title="How the capacity is used (flow paths)", show_lines=False)
        table.add_column("Mt/yr", justify="right")
        table.add_column("via")
        for route in answer.flow_routes:
            table.add_row(
                f"{(route.tonnes_per_year or 0) / 1e6:,.2f}",
                escape(" → ".join(data.nodes[n].name for n in route.nodes)),
            )
        console.print(table)
    for state in answer.network.conditions.values():
        verdict = "holds" if state.holds else "does not hold"
        stage = f", stage {state.stage.value}" if state.stage else ""
        console.print(
            f"Condition {state.condition.id} ({escape(state.condition.describe())}): "
            f"{verdict} ({escape(state.basis)}{stage})"
        )
    if answer.assumptions:
        console.print("[bold]Assumptions[/] (what they apply to; * = in the bottleneck):")
        for item in answer.assumptions:
            mark = "*" if item["binding"] else " "
            where = ", ".join(item["segments"][:4]) + (" …" if len(item["segments"]) > 4 else "")
            tag = escape(f"[{', '.join(item['applies_to'])}]")
            console.print(f" {mark} {tag} {escape(item['text'])} ({escape(where)})")


def _run(
    ctx: typer.Context,
    *,
    year: int,
    origins: str,
    destinations: str,
    scenarios: list[str],
    as_of: date | None,
) -> CorridorAnswer:
    if KB_SCENARIO not in scenarios:
        return analyse(
            year=year, origins=origins, destinations=destinations, scenarios=scenarios, as_of=as_of
        )
    from caspian.store import KnowledgeBase  # only when the knowledge base is asked for

    url = db_url(ctx)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        raise InputError(
            f"scenario {KB_SCENARIO!r} reads the knowledge base, but there is none at "
            f"{url.removeprefix('sqlite:///')} (use --db)"
        )
    kb = KnowledgeBase.open(url)
    try:
        return analyse(
            year=year,
            origins=origins,
            destinations=destinations,
            scenarios=scenarios,
            stage_source=KnowledgeBaseStages(kb),
            as_of=as_of,
        )
    finally:
        kb.close()


def _listing() -> dict[str, Any]:
    data = default_data()
    book = load_scenarios(data)
    return {
        "sets": {k: {"name": v.name, "nodes": list(v.nodes)} for k, v in data.sets.items()},
        "scenarios": {
            **{k: v.description for k, v in book.scenarios.items()},
            KB_SCENARIO: "conditions decided by the agreements in the knowledge base (--db)",
        },
    }


@app.command("corridor")
def corridor(
    ctx: typer.Context,
    year: int = typer.Option(
        date.today().year,
        "--year",
        help="Year of the network (segments count from their opening year).",
    ),
    origins: str = typer.Option("china-border", "--from", help="Set of origin nodes."),
    destinations: str = typer.Option("black-sea-turkey", "--to", help="Set of destination nodes."),
    scenario: list[str] = typer.Option(
        [],
        "--scenario",
        "-s",
        help=f"Scenario overlay, repeatable, applied in order ('{KB_SCENARIO}' reads the "
        "agreements in the knowledge base).",
    ),
    as_of: str | None = typer.Option(
        None,
        "--as-of",
        help="Date (YYYY-MM-DD) at which agreement stages are read (default: end of --year).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the answer as JSON."),
    output_format: OutputFormat = typer.Option(
        OutputFormat.TEXT, "--format", help="text, json, or geojson (the network)."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write JSON/GeoJSON to this file."
    ),
    list_sets: bool = typer.Option(False, "--list", help="List the sets and scenarios."),
) -> None:
    """Capacity, bottleneck and routes of the corridor in a year, under scenarios."""
    if list_sets:
        print_json(run_guarded(_listing))
        return
    fmt = OutputFormat.JSON if as_json else output_format

    def parse_as_of() -> date | None:
        if as_of is None:
            return None
        try:
            return date.fromisoformat(as_of)
        except ValueError:
            raise InputError(f"--as-of {as_of!r} is not a date (YYYY-MM-DD)") from None

    when = run_guarded(parse_as_of)
    answer = run_guarded(
        lambda: _run(
            ctx,
            year=year,
            origins=origins,
            destinations=destinations,
            scenarios=scenario,
            as_of=when,
        )
    )
    if fmt is OutputFormat.TEXT:
        _render(answer)
        return
    payload = (
        answer.to_dict()
        if fmt is OutputFormat.JSON
        else network_geojson(answer.network, answer=answer)
    )
    if output is not None:
        output.write_text(
            json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8"
        )
        console.print(f"wrote {output}")
    else:
        print_json(payload)

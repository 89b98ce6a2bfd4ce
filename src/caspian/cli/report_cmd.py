"""`caspian report`: write the Year in Review (HTML, Markdown or PDF) from the knowledge base.

Parses the options, calls :func:`caspian.report.build_review` and
:func:`caspian.report.write_review`, and prints the path written.
"""

from __future__ import annotations

from pathlib import Path

import typer

from caspian.cli.app import app, console, db_url, run_guarded
from caspian.report import build_review, write_review
from caspian.report.builder import latest_year
from caspian.report.render import parse_format
from caspian.store import KnowledgeBase


@app.command("report")
def report(
    ctx: typer.Context,
    year: int | None = typer.Option(
        None,
        "--year",
        help="Year to review (YYYY); default: the latest publication year "
        "among the stored documents.",
    ),
    region: str | None = typer.Option(
        None,
        "--region",
        help="Region of src/caspian/data/regions.toml (default: "
        "central-asia-south-caucasus; 'world' for every actor).",
    ),
    fmt: str = typer.Option(
        "html",
        "--format",
        help="html (self-contained page), md (footnotes, charts as SVG files beside it) or pdf.",
    ),
    out: Path | None = typer.Option(
        None, "--out", help="File to write; default: year-in-review-YYYY.<format> here."
    ),
    corridor: bool = typer.Option(
        True, "--corridor/--no-corridor", help="Include the corridor model's answers."
    ),
) -> None:
    """Write the Year in Review: a cited draft from the knowledge base, with charts and maps."""

    def run() -> Path:
        chosen_format = parse_format(fmt)
        kb = KnowledgeBase.open(db_url(ctx))
        try:
            chosen = year if year is not None else latest_year(kb)
            review = build_review(kb, chosen, region=region, corridor=corridor)
        finally:
            kb.close()
        target = out if out is not None else Path(f"year-in-review-{chosen}.{fmt}")
        return write_review(review, target, fmt=chosen_format)

    path = run_guarded(run)
    console.print(str(path))

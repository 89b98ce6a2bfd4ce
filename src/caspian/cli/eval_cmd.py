"""`caspian eval`: score extraction against gold files."""

from __future__ import annotations

from pathlib import Path

import typer
from rich import box
from rich.table import Table

from caspian.cli.app import app, console, print_json, run_guarded
from caspian.evaluate import Counts, EvalReport, evaluate


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _row(name: str, counts: Counts) -> list[str]:
    p, r, f = counts.strict
    rp, rr, rf = counts.relaxed
    return [
        name,
        str(counts.gold),
        str(counts.predicted),
        str(counts.tp),
        _pct(p),
        _pct(r),
        _pct(f),
        _pct(rp),
        _pct(rr),
        _pct(rf),
        _pct(counts.date_accuracy),
    ]


def _table(report: EvalReport, *, by_doc: bool) -> Table:
    title = f"Extraction scores on {report.documents} documents"
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
    for header in (
        "type",
        "gold",
        "pred",
        "tp",
        "P",
        "R",
        "F1",
        "P rel",
        "R rel",
        "F1 rel",
        "dates",
    ):
        table.add_column(header, justify="left" if header == "type" else "right", no_wrap=True)
    rows = report.per_document.items() if by_doc else report.per_type.items()
    for name, counts in rows:
        table.add_row(*_row(name, counts))
    table.add_section()
    table.add_row(*_row("micro (all)", report.overall), style="bold")
    return table


@app.command("eval")
def eval_command(
    gold_dir: Path = typer.Argument(
        ...,
        help="Folder of gold documents: DOC.gold.jsonl beside DOC.txt (+ DOC.meta.json), "
        "DOC.md, DOC.html, DOC.json or DOC.jsonl.",
    ),
    pred: Path | None = typer.Option(
        None, "--pred", help="JSON Lines file of predicted facts; without it the extractor runs."
    ),
    by_doc: bool = typer.Option(
        False, "--by-doc", help="One row per document instead of per type."
    ),
    errors: bool = typer.Option(
        False, "--errors", help="Also list every false positive and missed gold fact."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Score extraction against gold files (precision, recall, F1 per type, strict and
    relaxed, and date accuracy), by the scoring rules of the fact spec."""
    report = run_guarded(lambda: evaluate(gold_dir, predictions=pred))
    if as_json:
        data = report.to_dict()
        if errors:
            data["errors"] = [
                {
                    "doc_id": miss.doc_id,
                    "kind": miss.kind,
                    "fact": miss.fact.model_dump(mode="json"),
                }
                for miss in report.errors
            ]
        print_json(data)
        return
    console.print(_table(report, by_doc=by_doc))
    if errors:
        for miss in report.errors:
            fact = miss.fact.model_dump(mode="json", exclude_none=True)
            evidence = fact.pop("evidence", "")
            for name in (
                "doc_id",
                "optional",
                "evidence_start",
                "evidence_end",
                "extractor",
                "extractor_version",
            ):
                fact.pop(name, None)
            label = "[red]FP[/]" if miss.kind == "false_positive" else "[yellow]MISS[/]"
            console.print(f"{label} {miss.doc_id}: {fact}", markup=True)
            console.print(f"     “{evidence[:240]}”", markup=False)

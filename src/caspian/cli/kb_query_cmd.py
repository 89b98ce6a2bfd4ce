"""Consolidated knowledge commands: `consolidate`, `agreements`, `status`, `timeline`,
`changes`, `conflicts`.

Each opens the knowledge base named by --db / CASPIAN_DB, calls one function of
:mod:`caspian.consolidate` or :mod:`caspian.queries` and renders the result (Rich for
people, --json for scripts).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TypeVar

import typer
from rich.markup import escape
from rich.table import Table

from caspian import queries
from caspian.cli.app import app, console, err_console, print_json, with_kb
from caspian.consolidate import ConsolidationReport, consolidate_kb

T = TypeVar("T")

_AS_OF = typer.Option(
    None,
    "--as-of",
    help="Date (YYYY, YYYY-MM or YYYY-MM-DD) the stages are read at; default today.",
)
_JSON = typer.Option(False, "--json", help="Write JSON to stdout instead of a table.")


def _stages(summary: queries.AgreementSummary) -> str:
    return ", ".join(
        f"{s.stage}{'(' + s.party + ')' if s.party else ''} {s.date or '?'}" for s in summary.stages
    )


def _agreement_table(rows: list[queries.AgreementSummary], *, title: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("stage", no_wrap=True)
    table.add_column("parties")
    table.add_column("instrument")
    table.add_column("title")
    table.add_column("stage dates")
    table.add_column("sources", justify="right")
    for row in rows:
        table.add_row(
            row.stage,
            " ".join(row.parties),
            row.instrument,
            escape(row.title or ""),
            _stages(row),
            str(row.n_sources),
        )
    return table


@app.command("consolidate")
def consolidate_command(ctx: typer.Context, as_json: bool = _JSON) -> None:
    """Rebuild agreements, lifecycles, memberships, commitments, projects, trade figures
    and conflicts from every stored fact (deterministic; running it again changes nothing)."""
    report: ConsolidationReport = with_kb(ctx, consolidate_kb)
    if as_json:
        print_json(report.to_dict())
        return
    parts = ", ".join(f"{n} {name}" for name, n in sorted(report.rows.items()) if n)
    console.print(f"consolidated in {report.seconds:.2f} s: {parts or 'nothing stored'}")


@app.command("agreements")
def agreements_command(
    ctx: typer.Context,
    party: list[str] = typer.Option(
        [], "--party", help="An actor id that must be a party (repeatable)."
    ),
    instrument: str | None = typer.Option(None, "--instrument", help="Only this instrument."),
    stage: str | None = typer.Option(
        None, "--stage", help="Only agreements at this stage as of the date."
    ),
    as_of: str | None = _AS_OF,
    limit: int | None = typer.Option(
        None, "--limit", help="Show at most this many (in date order); default all."
    ),
    offset: int = typer.Option(0, "--offset", help="Skip this many first (for paging)."),
    as_json: bool = _JSON,
) -> None:
    """Agreements with their stage as of a date, parties, title, stage dates and sources."""
    found = with_kb(
        ctx,
        lambda kb: queries.agreements(
            kb,
            parties=party,
            instrument=instrument,
            stage=stage,
            as_of=as_of,
            limit=limit,
            offset=offset,
        ),
    )
    if as_json:
        print_json([a.to_dict() for a in found])
        return
    if not found:
        err_console.print("no agreements match")
        return
    console.print(_agreement_table(found, title=f"{len(found)} agreement(s)"))


@app.command("status")
def status_command(
    ctx: typer.Context,
    actor_a: str = typer.Argument(..., help="First actor id."),
    actor_b: str = typer.Argument(..., help="Second actor id."),
    as_of: str | None = _AS_OF,
    as_json: bool = _JSON,
) -> None:
    """Everything between two actors: each agreement's lifecycle with the evidence for
    each step, commitments, trade figures and conflicts."""
    report = with_kb(ctx, lambda kb: queries.status(kb, actor_a, actor_b, as_of=as_of))
    if as_json:
        print_json(report.to_dict())
        return
    console.print(f"[bold]{actor_a} – {actor_b}[/] as of {report.as_of}")
    if not report.agreements:
        console.print("no agreements")
    for detail in report.agreements:
        a = detail.agreement
        console.print(
            f"\n[bold]{escape(a.title or a.instrument)}[/] ({a.instrument}, {' '.join(a.parties)})"
            f" — [bold]{a.stage}[/], {a.n_sources} source(s)"
        )
        for link in detail.links:
            verb = "replaces" if link.direction == "replaces" else "replaced by"
            console.print(f"  {link.kind}: {verb} {link.other_instrument or link.other}")
        for event in detail.events:
            who = f" by {event.party}" if event.party else ""
            note = " (inferred from its successor)" if event.derived else ""
            console.print(
                f"  • {event.stage}{who} {event.date or 'date unknown'}"
                f" (first reported {event.first_reported or '?'}){note}"
            )
            for ev in event.evidence:
                console.print(f"      [dim]{escape(ev.doc_id)}:[/] {escape(ev.evidence)}")
    for c in report.commitments:
        target = f"{c.target_value:,.0f} {c.target_unit or ''}" if c.target_value else ""
        factor = f"×{c.factor:g}" if c.factor else ""
        console.print(
            f"\ncommitment: {c.metric} {factor} {target} by {c.deadline or '?'}"
            f" ({escape(c.subject or '')}; {c.n_sources} source(s))"
        )
    for f in report.trade_figures:
        values = "; ".join(f"{s.value:,.0f} ({s.doc_id})" for s in f.sources)
        console.print(f"\n{f.metric} {f.year} ({f.unit}): {escape(values)}")
    for conflict in report.conflicts:
        console.print(f"\n[red]conflict[/] {conflict.kind}: {escape(conflict.detail)}")


@app.command("timeline")
def timeline_command(
    ctx: typer.Context,
    party: str | None = typer.Option(None, "--party", help="Only agreements of this actor."),
    year: str | None = typer.Option(None, "--year", help="Only events of this year (YYYY)."),
    as_json: bool = _JSON,
) -> None:
    """Stage events of agreements in date order."""
    entries = with_kb(ctx, lambda kb: queries.timeline(kb, party=party, year=year))
    if as_json:
        print_json([e.to_dict() for e in entries])
        return
    if not entries:
        err_console.print("no events")
        return
    table = Table(title=f"{len(entries)} event(s)", title_justify="left")
    for name in ("date", "stage", "parties", "instrument", "title", "first reported"):
        table.add_column(name)
    for e in entries:
        stage = e.stage + (f" ({e.party})" if e.party else "") + (" *" if e.derived else "")
        table.add_row(
            e.date or "?",
            stage,
            " ".join(e.parties),
            e.instrument,
            escape(e.title or ""),
            e.first_reported or "?",
        )
    console.print(table)


@app.command("changes")
def changes_command(
    ctx: typer.Context,
    year: str = typer.Option(..., "--year", help="The year (YYYY)."),
    as_json: bool = _JSON,
) -> None:
    """What moved during a year: new agreements, stages reached, upgrades, membership
    changes and commitments made."""
    report = with_kb(ctx, lambda kb: queries.changes(kb, year))
    if as_json:
        print_json(report.to_dict())
        return
    console.print(f"[bold]{report.year}[/]")
    if report.new_agreements:
        console.print(_agreement_table(list(report.new_agreements), title="new agreements"))
    if report.stages_reached:
        console.print("\n[bold]stages reached[/]")
        for e in report.stages_reached:
            console.print(
                f"  {e.date or '?'}  {e.stage:<12} {' '.join(e.parties)} {e.instrument}"
                f"{' ' + escape(e.title) if e.title else ''}"
            )
    if report.upgrades:
        console.print("\n[bold]upgrades and replacements[/]")
        for link in report.upgrades:
            console.print(f"  {link.kind}: {' '.join(link.parties)} {link.instrument}")
    if report.membership_changes:
        console.print("\n[bold]membership changes[/]")
        for m in report.membership_changes:
            console.print(f"  {m.date or '?'}  {m.member} {m.change} {m.group}")
    if report.commitments:
        console.print("\n[bold]commitments made[/]")
        for c in report.commitments:
            console.print(
                f"  {c.date or '?'}  {' '.join(c.parties)} {c.metric}"
                f" by {c.deadline or '?'}: {escape(c.subject or '')}"
            )
    if not any(asdict(report)[k] for k in asdict(report) if k != "year"):
        err_console.print("nothing recorded for this year")


@app.command("conflicts")
def conflicts_command(
    ctx: typer.Context,
    kind: str | None = typer.Option(
        None,
        "--kind",
        help="Only one kind: date_disagreement, ratified_before_signed, stage_backwards, "
        "value_disagreement.",
    ),
    as_json: bool = _JSON,
) -> None:
    """Contradictions between sources, with the facts and documents on both sides."""
    found = with_kb(ctx, lambda kb: queries.conflicts(kb, kind=kind))
    if as_json:
        print_json([c.to_dict() for c in found])
        return
    if not found:
        err_console.print("no conflicts")
        return
    table = Table(title=f"{len(found)} conflict(s)", title_justify="left", show_lines=True)
    for name in ("kind", "about", "detail", "one side", "other side"):
        table.add_column(name)
    for c in found:
        table.add_row(
            c.kind,
            escape(c.label or c.entity_id),
            escape(c.detail),
            escape(f"{c.a.value}: {', '.join(c.a.doc_ids)}"),
            escape(f"{c.b.value}: {', '.join(c.b.doc_ids)}"),
        )
    console.print(table)

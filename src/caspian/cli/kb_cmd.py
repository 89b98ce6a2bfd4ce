"""Knowledge base commands: `ingest`, `facts`, `actor`, `export`, `import`.

Each opens the knowledge base named by --db / CASPIAN_DB, calls one library function
and renders its result (Rich for people, --json for scripts).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, TypeVar

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from caspian.cli.app import app, console, err_console, print_json, with_kb
from caspian.facts import FactBase, FactType
from caspian.ingest import IngestReport, import_file, ingest_paths
from caspian.queries import ActorAgreements, actor_agreements
from caspian.store import KnowledgeBase, StoredFact
from caspian.store.transfer import export_csv, export_jsonl

T = TypeVar("T")


def describe(fact: FactBase) -> str:
    """A short human summary of what a fact says (its type's main fields)."""
    data = fact.model_dump(mode="json")
    kind = data["type"]
    if kind == "agreement":
        text = f"{data['instrument']} · {data['stage']}"
        if data.get("title"):
            text += f" · {data['title']}"
        return text
    if kind == "membership":
        return f"{data['change']} {data['group']}"
    if kind == "commitment":
        parts = [data["metric"]]
        if data.get("factor"):
            parts.append(f"×{data['factor']:g}")
        if data.get("target_value") is not None:
            parts.append(f"{data['target_value']:,.0f} {data.get('target_unit') or ''}".strip())
        if data.get("deadline"):
            parts.append(f"by {data['deadline']}")
        return " ".join(parts)
    if kind == "project":
        text = f"{data['name']} ({data['host']})"
        if data.get("stage"):
            text += f" · {data['stage']}"
        return text
    return f"{data['metric']} {data['value']:,.0f} {data['unit']} ({data['year']})"


def _fact_table(rows: list[StoredFact], *, title: str) -> Table:
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column("date", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("parties")
    table.add_column("what")
    table.add_column("evidence", ratio=3)
    table.add_column("source")
    for stored in rows:
        fact = stored.fact
        date_text = fact.date or (f"({stored.published.isoformat()})" if stored.published else "?")
        source = stored.title or fact.doc_id
        if stored.url:
            source = f"[link={escape(stored.url)}]{escape(source)}[/link]"
        else:
            source = escape(source)
        table.add_row(
            date_text,
            fact.type,
            ", ".join(fact.parties),
            escape(describe(fact)),
            escape(fact.evidence),
            source,
        )
    return table


# -- ingest ------------------------------------------------------------------------------


def _summary(report: IngestReport) -> None:
    console.print(
        f"{report.files} files, {report.documents_read} documents read: "
        f"{report.documents_new} new, {report.documents_present} already stored; "
        f"{report.facts_stored} facts stored."
    )
    if report.skipped:
        err_console.print(f"[bold yellow]{len(report.skipped)} skipped:[/]")
        for err in report.skipped:
            err_console.print(f"  {escape(str(err))}", highlight=False)


@app.command("ingest")
def ingest_command(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(
        ...,
        help="Files (.txt, .md, .html, .json, .jsonl) or folders (read recursively).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Read news files, extract their facts and store both in the knowledge base.

    Each document is stored in one transaction; a text already stored is left alone.
    Files that cannot be read are listed with the reason and skipped; the exit code is
    then 1.
    """
    progress = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )
    task = progress.add_task("ingest", total=None)

    def on_progress(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)

    def run(kb: KnowledgeBase) -> IngestReport:
        with progress:
            return ingest_paths(paths, kb, on_progress=on_progress)

    report = with_kb(ctx, run)
    if as_json:
        print_json(report.to_dict())
    else:
        _summary(report)
    if report.skipped:
        raise typer.Exit(1)


# -- facts ---------------------------------------------------------------------------------


@app.command("facts")
def facts_command(
    ctx: typer.Context,
    fact_type: FactType | None = typer.Option(None, "--type", help="Only facts of this type."),
    parties: list[str] = typer.Option(
        [], "--party", help="Only facts involving this actor id (repeat: all of them)."
    ),
    since: str | None = typer.Option(
        None, "--since", help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD, inclusive)."
    ),
    until: str | None = typer.Option(
        None, "--until", help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD, inclusive)."
    ),
    as_json: bool = typer.Option(
        False, "--json", help="Print the facts as JSON (spec format plus their source)."
    ),
) -> None:
    """List stored facts with their evidence and source.

    Dates filter on the fact's date, else on its document's publication date (shown in
    parentheses).
    """
    rows = with_kb(
        ctx,
        lambda kb: kb.facts(
            type=fact_type.value if fact_type else None,
            parties=[party.upper() for party in parties],
            since=since,
            until=until,
        ),
    )
    if as_json:
        print_json([stored.to_dict() for stored in rows])
        return
    if not rows:
        err_console.print("no facts match")
        return
    console.print(_fact_table(rows, title=f"{len(rows)} facts"))


# -- actor ---------------------------------------------------------------------------------


@app.command("actor")
def actor_command(
    ctx: typer.Context,
    actor_id: str = typer.Argument(..., help="Actor id, e.g. KAZ, EU, C5."),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Agreements' stages as of this date (YYYY[-MM[-DD]]; default today)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the profile as JSON."),
) -> None:
    """Show one actor's profile: names, memberships, agreements by stage, partners, and its
    stored facts by year."""
    key = actor_id.upper()
    profile, dealings = with_kb(
        ctx, lambda kb: (kb.actor_profile(key), actor_agreements(kb, key, as_of=as_of))
    )
    actor = profile.actor

    def membership(m: Any) -> dict[str, Any]:
        return {
            "group": m.group,
            "member": m.member,
            "joined": m.joined.isoformat() if m.joined else None,
            "left": m.left.isoformat() if m.left else None,
            "role": m.role,
            "source": m.source,
        }

    if as_json:
        print_json(
            {
                "id": actor.actor_id,
                "kind": actor.kind,
                "name": actor.name,
                "aliases": list(actor.aliases),
                "demonyms": list(actor.demonyms),
                "capitals": list(actor.capitals),
                "source": actor.source,
                "memberships": [membership(m) for m in profile.memberships],
                "members": [membership(m) for m in profile.members],
                "agreements": dealings.to_dict(),
                "facts_by_year": {
                    year: [stored.to_dict() for stored in rows]
                    for year, rows in profile.facts_by_year.items()
                },
            }
        )
        return
    console.print(f"[bold]{escape(actor.name)}[/] ({actor.actor_id}, {actor.kind})")
    if actor.aliases:
        console.print("also: " + escape(", ".join(actor.aliases)))
    if actor.demonyms:
        console.print("demonyms: " + escape(", ".join(actor.demonyms)))
    if actor.capitals:
        console.print("capitals: " + escape(", ".join(actor.capitals)))

    def period(name: str, m: Any) -> str:
        start = m.joined.isoformat() if m.joined else "?"
        notes = [] if m.role == "member" else [m.role]
        if m.left:
            notes.append(f"{start} – {m.left.isoformat()}")
        elif m.joined:
            notes.append(f"since {start}")
        return f"{name} ({', '.join(notes)})" if notes else name

    if profile.memberships:
        console.print("member of: " + ", ".join(period(m.group, m) for m in profile.memberships))
    if profile.members:
        console.print("members: " + ", ".join(period(m.member, m) for m in profile.members))
    _print_dealings(dealings)
    if not profile.facts_by_year:
        console.print("no stored facts")
        return
    counts = Table(title="facts by year", title_justify="left")
    counts.add_column("year")
    types = [kind.value for kind in FactType]
    for kind in types:
        counts.add_column(kind, justify="right")
    for year, rows in profile.facts_by_year.items():
        counts.add_row(year, *[str(sum(1 for s in rows if s.fact.type == k)) for k in types])
    console.print(counts)
    for year, rows in profile.facts_by_year.items():
        console.print(_fact_table(rows, title=year))


def _print_dealings(dealings: ActorAgreements) -> None:
    """The actor's agreements by stage and its partners (from the consolidated record)."""
    if not dealings.by_stage:
        console.print(f"no consolidated agreements as of {dealings.as_of}")
        return
    table = Table(title=f"agreements as of {dealings.as_of}", title_justify="left")
    for header in ("stage", "parties", "instrument", "title", "sources"):
        table.add_column(header)
    for stage, found in dealings.by_stage.items():
        for agreement in found:
            table.add_row(
                stage,
                ", ".join(agreement.parties),
                agreement.instrument,
                escape(agreement.title or ""),
                str(agreement.n_sources),
            )
    console.print(table)
    partners = ", ".join(f"{p.actor_id} ({p.agreements})" for p in dealings.partners)
    console.print("partners: " + partners)


# -- export / import -----------------------------------------------------------------------


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"


@contextmanager
def _output(out: Path | None) -> Iterator[IO[str]]:
    if out is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(out, "w", encoding="utf-8", newline="") as stream:
        yield stream


@app.command("export")
def export_command(
    ctx: typer.Context,
    fmt: ExportFormat = typer.Option(
        ExportFormat.JSONL,
        "--format",
        help="jsonl: documents and facts, re-importable without loss; csv: a flat fact table.",
    ),
    out: Path | None = typer.Option(None, "--out", help="Write to this file instead of stdout."),
) -> None:
    """Export the knowledge base (documents followed by their facts, or a CSV of facts)."""

    def run(kb: KnowledgeBase) -> Any:
        try:
            with _output(out) as stream:
                if fmt is ExportFormat.JSONL:
                    return export_jsonl(kb, stream)
                return export_csv(kb, stream)
        except OSError as err:
            from caspian.errors import InputError

            raise InputError(f"{out}: cannot write: {err.strerror or err}") from None

    report = with_kb(ctx, run)
    if out is not None:
        err_console.print(
            f"exported {report.documents} documents and {report.facts} facts to {out}"
        )


@app.command("import")
def import_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="A JSON Lines file written by `caspian export`."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Import an export file: validated whole first, then one transaction per document.

    Documents already stored (same text) are left as they are.
    """
    report = with_kb(ctx, lambda kb: import_file(file, kb))
    if as_json:
        print_json(report.to_dict())
        return
    console.print(
        f"{report.documents} documents: {report.documents_new} new "
        f"({report.facts} facts), {report.documents_present} already stored."
    )

"""`caspian extract`: facts of news files as JSON Lines on stdout (no database)."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import typer

from caspian.cli.app import app, console, err_console, run_guarded
from caspian.documents import Document
from caspian.errors import InputError


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--published: '{value}' is not a date of the form YYYY-MM-DD") from None


def _documents(
    paths: list[Path], *, published: date | None, doc_id: str | None
) -> Iterator[Document]:
    from caspian.readers import read_paths

    result = read_paths(paths)
    for count, document in enumerate(result.documents, start=1):
        if doc_id is not None and count > 1:
            raise InputError("--doc-id names one document, but the paths hold more than one")
        if published is not None:
            document = dataclasses.replace(document, published=published)
        if doc_id is not None:
            document = dataclasses.replace(document, doc_id=doc_id)
        yield document
    for problem in result.skipped:
        err_console.print(f"[yellow]skipped:[/] {problem}", markup=True, highlight=False)


@app.command("extract")
def extract_command(
    paths: list[Path] = typer.Argument(
        ..., help="News files or folders (txt, md, html, json, jsonl)."
    ),
    published: str | None = typer.Option(
        None, "--published", help="Publication date YYYY-MM-DD (overrides the file's own)."
    ),
    doc_id: str | None = typer.Option(None, "--doc-id", help="Id of the (single) document."),
    explain: bool = typer.Option(
        False, "--explain", help="Show each fact's evidence with the matched words and its rule."
    ),
) -> None:
    """Extract facts from news files and print them as JSON Lines (touches no database)."""

    def action() -> None:
        when = _published(published)
        documents = _documents(paths, published=when, doc_id=doc_id)
        if explain:
            from caspian.extract.explain import explain_document, render

            for document in documents:
                for explanation in explain_document(document):
                    console.print(render(explanation))
            return
        from caspian.extract import extract_many
        from caspian.facts import write_facts

        for _document, facts in extract_many(documents):
            write_facts(facts, sys.stdout)

    run_guarded(action)

"""The Typer application object and what every command shares.

Commands live in the sibling modules, one module per area; each parses its options,
calls one library function and renders the result. Only this package prints, and only
:func:`run_guarded` turns a :class:`~caspian.errors.CaspianError` into a message and an
exit code.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console

from caspian.errors import CaspianError
from caspian.store import KnowledgeBase

app = typer.Typer(
    name="caspian",
    help=(
        "Caspian Connectivity Observatory: read news about Central Asia and the South "
        "Caucasus, keep a cited, time-aware record of agreements, memberships, "
        "commitments, projects and trade figures, and ask it questions."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: Rich console for human output on stdout; data output (JSON Lines) bypasses it.
console = Console(highlight=False, width=None if sys.stdout.isatty() else 120)
#: Messages, warnings and progress go to stderr so stdout stays clean data.
err_console = Console(stderr=True, highlight=False, width=None if sys.stderr.isatty() else 120)

DEFAULT_DB = "caspian.db"
T = TypeVar("T")


@app.callback()
def _main(
    ctx: typer.Context,
    db: Path | None = typer.Option(
        None,
        "--db",
        help=(
            "SQLite file of the knowledge base. Without it, CASPIAN_DB (any SQLAlchemy "
            f"URL, e.g. postgresql+psycopg://...) is used, else ./{DEFAULT_DB}."
        ),
        envvar=None,
    ),
) -> None:
    ctx.obj = {"db": db}


def db_url(ctx: typer.Context) -> str:
    """The knowledge base URL from --db, else CASPIAN_DB, else ./caspian.db."""
    obj: dict[str, Any] = ctx.find_root().obj or {}
    path = obj.get("db")
    if path is not None:
        return f"sqlite:///{Path(path)}"
    env = os.environ.get("CASPIAN_DB")
    if env:
        return env if "://" in env else f"sqlite:///{Path(env)}"
    return f"sqlite:///{DEFAULT_DB}"


def run_guarded(action: Callable[[], T]) -> T:
    """Run a library call; on a CaspianError print its message and exit with its code."""
    try:
        return action()
    except CaspianError as err:
        err_console.print(f"[bold red]error:[/] {err}", markup=True, highlight=False)
        raise typer.Exit(err.exit_code) from None


def with_kb(ctx: typer.Context, action: Callable[[KnowledgeBase], T]) -> T:
    """Open the knowledge base, run `action` on it, close it; errors become exit codes."""

    def run() -> T:
        kb = KnowledgeBase.open(db_url(ctx))
        try:
            return action(kb)
        finally:
            kb.close()

    return run_guarded(run)


def print_json(data: Any) -> None:
    """Write one JSON document to stdout (for --json)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    sys.stdout.write("\n")

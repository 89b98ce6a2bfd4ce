"""The `caspian` command line: each command module registers itself on :data:`app`."""

from __future__ import annotations

from caspian.cli.app import app

# Command modules register their commands on import; the order is the --help order.
from caspian.cli import extract_cmd as _extract_cmd  # noqa: F401  isort: skip
from caspian.cli import kb_cmd as _kb_cmd  # noqa: F401  isort: skip
from caspian.cli import eval_cmd as _eval_cmd  # noqa: F401  isort: skip
from caspian.cli import kb_query_cmd as _kb_query_cmd  # noqa: F401  isort: skip
from caspian.cli import analysis_cmd as _analysis_cmd  # noqa: F401  isort: skip
from caspian.cli import report_cmd as _report_cmd  # noqa: F401  isort: skip
from caspian.cli import corridor_cmd as _corridor_cmd  # noqa: F401  isort: skip


def main() -> None:
    """Entry point of the `caspian` script."""
    app()


__all__ = ["app", "main"]

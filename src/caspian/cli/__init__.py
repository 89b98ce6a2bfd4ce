"""The `caspian` command line: each command module registers itself on :data:`app`."""

from __future__ import annotations

from caspian.cli.app import app

# Command modules register their commands on import; the order is the --help order.
# (one import line per command module, below)


def main() -> None:
    """Entry point of the `caspian` script."""
    app()


__all__ = ["app", "main"]

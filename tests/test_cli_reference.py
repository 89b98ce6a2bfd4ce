"""The CLI reference in docs/ is generated from --help and every command is in the README."""

from __future__ import annotations

from caspian.cli.reference import command_names, render_reference
from conftest import REPO


def test_cli_reference_is_current() -> None:
    written = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert written == render_reference(), "docs/cli.md is stale: run `make docs`"


def test_cli_every_command_in_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [name for name in command_names() if f"caspian {name}" not in readme]
    assert not missing, f"README.md does not document: {missing}"

"""The CLI reference (docs/cli.md), generated from the commands' own help.

`make docs` writes it; a test regenerates it and compares, so the reference can never
drift from the code.
"""

from __future__ import annotations

from typing import Any

import typer.main

import caspian.cli  # noqa: F401  (registers every command on the app)
from caspian.cli.app import app

HEADER = (
    "# Command reference\n\n"
    "Generated from the commands' own `--help` by `make docs`; do not edit by hand.\n"
)


def _group() -> Any:
    return typer.main.get_command(app)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split()).replace("|", "\\|")


def _param_rows(command: Any) -> list[str]:
    rows = []
    for param in command.params:
        if getattr(param, "hidden", False):
            continue
        if param.param_type_name == "argument":
            rows.append(
                f"| `{param.name.upper()}` | argument | {_clean(getattr(param, 'help', ''))} |"
            )
        elif param.param_type_name == "option":
            names = ", ".join(f"`{name}`" for name in [*param.opts, *param.secondary_opts])
            rows.append(f"| {names} | option | {_clean(param.help)} |")
    return rows


def command_names() -> list[str]:
    """Every `caspian` subcommand, in --help order."""
    return [name for name, command in _group().commands.items() if not command.hidden]


def option_names(command_name: str) -> list[str]:
    """The long option names of one subcommand (e.g. `--party`)."""
    command = _group().commands[command_name]
    return [
        opt
        for param in command.params
        if param.param_type_name == "option" and not getattr(param, "hidden", False)
        for opt in [*param.opts, *param.secondary_opts]
        if opt.startswith("--")
    ]


def render_reference() -> str:
    """The whole CLI reference as Markdown."""
    group = _group()
    parts = [HEADER, "## caspian\n", _clean(group.help) + "\n"]
    parts += ["| name | kind | help |", "|---|---|---|", *_param_rows(group), ""]
    for name in command_names():
        command = group.commands[name]
        arguments = " ".join(
            p.name.upper() + ("..." if p.nargs == -1 else "")
            for p in command.params
            if p.param_type_name == "argument"
        )
        parts.append(f"## caspian {name}\n")
        parts.append(f"```\ncaspian {name} [OPTIONS] {arguments}".rstrip() + "\n```\n")
        parts.append(_clean(command.help) + "\n")
        rows = _param_rows(command)
        if rows:
            parts += ["| name | kind | help |", "|---|---|---|", *rows, ""]
    return "\n".join(parts).rstrip() + "\n"


if __name__ == "__main__":  # `make docs`
    import sys

    sys.stdout.write(render_reference())

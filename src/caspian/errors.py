"""Every exception `caspian` raises on purpose, in one place.

The library raises; only the CLI turns an exception into a message and an exit code.
Each error names where the problem is (file, line, field) so that a user can fix it.

Hierarchy::

    CaspianError                      base of all of them; `.exit_code` for the CLI
    ├── InputError                    something the user handed us is wrong (exit 2)
    │   ├── FactFormatError           a fact (JSON Lines) breaks ../spec/facts.md
    │   ├── DocumentError             a news document cannot be read
    │   ├── DataFileError             a reference data file of the package is malformed
    │   ├── MissingAssetsError        map data fetched by `make assets` is not there
    │   └── UnknownActorError         an actor id that is not in the registry
    ├── StoreError                    the knowledge base refused or failed (exit 3)
    │   └── SchemaVersionError        the database schema is not the one this code expects
    ├── RenderError                   a report could not be written (exit 3)
    └── ModelError                    an analysis could not be computed (exit 4)
"""

from __future__ import annotations

from pathlib import Path


class CaspianError(Exception):
    """Base class of every error `caspian` raises on purpose."""

    exit_code: int = 1


class InputError(CaspianError):
    """Something handed to `caspian` (a file, a value, an option) is wrong."""

    exit_code = 2


def _where(path: str | Path | None, line: int | None, field: str | None) -> str:
    parts: list[str] = []
    if path is not None:
        parts.append(str(path))
    if line is not None:
        parts.append(f"line {line}")
    if field is not None:
        parts.append(f"field '{field}'")
    return ", ".join(parts)


class LocatedError(InputError):
    """An input error that knows the file, line and field it is about."""

    def __init__(
        self,
        problem: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.problem = problem
        self.path = str(path) if path is not None else None
        self.line = line
        self.field = field
        where = _where(path, line, field)
        super().__init__(f"{where}: {problem}" if where else problem)


class FactFormatError(LocatedError):
    """A fact does not follow the fact format (bad JSON, unknown type, bad vocabulary...)."""


class DocumentError(LocatedError):
    """A news document cannot be read (binary, wrong encoding, malformed JSON, no text)."""


class DataFileError(LocatedError):
    """A data file shipped with the package (gazetteer, corridor data) is malformed."""


class UnknownActorError(InputError):
    """An actor id that the registry does not know."""

    def __init__(self, actor_id: str) -> None:
        self.actor_id = actor_id
        super().__init__(f"unknown actor id '{actor_id}'")


class MissingAssetsError(InputError):
    """The map data fetched by `make assets` is not there."""


class StoreError(CaspianError):
    """The knowledge base failed or refused an operation."""

    exit_code = 3


class SchemaVersionError(StoreError):
    """The database was written by another schema version than this code expects."""


class RenderError(CaspianError):
    """A report could not be written (the PDF engine failed, the path is not writable)."""

    exit_code = 3


class ModelError(CaspianError):
    """An analysis or model could not be computed from the data it was given."""

    exit_code = 4

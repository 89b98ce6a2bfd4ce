"""Schema migrations, run from the package's own files (no alembic.ini needed).

:func:`upgrade` brings a database to the newest revision; :class:`KnowledgeBase.open`
calls it. The migration scripts live in ``caspian/store/migrations/versions``.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import MetaData
from sqlalchemy.engine import Connection

from caspian.errors import SchemaVersionError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def target_metadata() -> MetaData:
    """The metadata every migration must reach: our tables and those of other modules."""
    from caspian.store.schema import metadata

    try:  # tables of the consolidation stage, when that module exists
        importlib.import_module("caspian.store.entities")
    except ModuleNotFoundError as err:
        if err.name != "caspian.store.entities":
            raise
    return metadata


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision the code knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships revision 0001
        raise SchemaVersionError("no migration scripts found in " + str(MIGRATIONS))
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at (None for an empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, *, revision: str = "head") -> None:
    """Migrate the database of `connection` to `revision` (default: the newest)."""
    current = current_revision(connection)
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError:
            raise SchemaVersionError(
                f"the database is at schema revision {current!r}, which this version of "
                f"caspian does not know (newest known: {head_revision()!r}); "
                "upgrade caspian to open it"
            ) from None
    command.upgrade(alembic_config(connection), revision)


def downgrade(connection: Connection, *, revision: str) -> None:
    """Migrate the database of `connection` back to `revision` ("base" for empty)."""
    command.downgrade(alembic_config(connection), revision)

"""Alembic environment of the knowledge base.

Run programmatically by :mod:`caspian.store.migrate` (no alembic.ini): the caller hands
an open connection in ``config.attributes["connection"]``. Offline mode (SQL scripts)
is supported with a URL in the ``sqlalchemy.url`` option.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from caspian.store.migrate import target_metadata

config = context.config


def run_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata(),
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata(),
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("caspian migrations need a connection in config.attributes")
    run_online(connection)

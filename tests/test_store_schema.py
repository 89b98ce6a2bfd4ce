"""The store's schema: created and upgraded by the Alembic migrations, equal to schema.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from caspian.errors import SchemaVersionError, StoreError
from caspian.store import KnowledgeBase, migrate
from caspian.store.schema import metadata

TABLES = {"documents", "facts", "fact_parties", "actors", "actor_memberships", "kb_meta"}


def test_open_creates_the_schema_at_the_newest_revision(db_path: Path, db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        assert kb.schema_revision() == migrate.head_revision()
    assert db_path.is_file()
    with sqlite3.connect(db_path) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert names >= TABLES | {"alembic_version"}


def test_migrated_schema_matches_the_metadata(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb, kb.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, metadata)
    own = [d for d in differences if _table_of(d) in TABLES]
    assert own == []


def _table_of(diff: Any) -> str:
    """The table an Alembic autogenerate difference is about."""
    if isinstance(diff, list):  # modify_* differences come as a list of tuples
        return str(diff[0][2])
    kind, subject = diff[0], diff[1]
    if kind in ("add_column", "remove_column"):
        return str(diff[2])
    if kind in ("add_table", "remove_table"):
        return str(subject.name)
    return str(subject.table.name)  # indexes and constraints


def test_sqlite_runs_in_wal_mode_with_foreign_keys(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb, kb.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_reopening_keeps_the_data_and_the_revision(db_url: str) -> None:
    KnowledgeBase.open(db_url).close()
    with KnowledgeBase.open(db_url) as kb:
        assert kb.schema_revision() == migrate.head_revision()
        assert kb.counts()["documents"] == 0


def test_downgrade_to_base_and_upgrade_again(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        with kb.engine.begin() as conn:
            migrate.downgrade(conn, revision="base")
        with kb.engine.connect() as conn:
            assert migrate.current_revision(conn) is None
        with kb.engine.begin() as conn:
            migrate.upgrade(conn)
        assert kb.schema_revision() == migrate.head_revision()


def test_a_database_from_a_newer_version_is_refused(db_path: Path, db_url: str) -> None:
    KnowledgeBase.open(db_url).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(SchemaVersionError, match="9999_future"):
        KnowledgeBase.open(db_url)


def test_unreachable_database_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        KnowledgeBase.open(f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'kb.db'}")
    with pytest.raises(StoreError, match="not a database URL"):
        KnowledgeBase.open("::not a url::")

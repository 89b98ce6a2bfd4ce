"""Consolidation and queries on PostgreSQL give what they give on SQLite (only when
CASPIAN_TEST_PG holds a server URL; each test in a fresh schema, dropped afterwards)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from caspian import queries
from caspian.consolidate import consolidate_kb
from caspian.documents import Document
from caspian.facts import Fact
from caspian.store import KnowledgeBase
from caspian.store import entities as db
from test_consolidate_kb import ARTICLES, _gold_articles

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url() -> Iterator[str]:
    base = os.environ.get("CASPIAN_TEST_PG")
    if not base:
        pytest.skip("CASPIAN_TEST_PG is not set")
    schema = f"caspian_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _entities(url: str, articles: list[tuple[Document, list[Fact]]]) -> tuple[object, ...]:
    with KnowledgeBase.open(url) as kb:
        for document, items in articles:
            kb.add_document(document, items)
        consolidate_kb(kb)
        assert consolidate_kb(kb, if_changed=True).skipped
        with kb.engine.connect() as conn:
            rows = sorted(
                (r.entity_id, r.stage_dates, r.states, r.n_sources)
                for r in conn.execute(select(db.agreements))
            )
            conflicts = sorted((r.kind, r.entity_id) for r in db.select_conflicts(conn))
        status = queries.status(kb, "ARM", "AZE", as_of="2026-01-01")
        listing = queries.agreements(kb, parties=["ARM"], as_of="2025-12")
        return (
            rows,
            conflicts,
            [(d.agreement.entity_id, [e.stage for e in d.events]) for d in status.agreements],
            [(a.entity_id, a.stage) for a in listing],
        )


def test_consolidate_postgres_equals_sqlite(pg_url: str, tmp_path: Path) -> None:
    articles = list(ARTICLES)
    dev = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"
    if dev.is_dir():
        articles += _gold_articles(dev)
    on_pg = _entities(pg_url, articles)
    on_sqlite = _entities(f"sqlite:///{tmp_path / 'kb.sqlite'}", articles)
    assert on_pg == on_sqlite
    assert on_pg[0]


def test_consolidate_postgres_lookups_answer_as_the_full_listing(pg_url: str) -> None:
    with KnowledgeBase.open(pg_url) as kb:
        for document, items in ARTICLES:
            kb.add_document(document, items)
        consolidate_kb(kb)
        everything = queries.agreements(kb, as_of="2099")
        actors = sorted({p for a in everything for p in a.parties})
        assert len(actors) >= 3
        for a in actors:
            mine = [x for x in everything if a in x.parties]
            assert queries.agreements(kb, parties=[a], as_of="2099") == mine
            for b in actors:
                if b != a:
                    both = [x for x in mine if b in x.parties]
                    assert queries.agreements(kb, parties=[a, b], as_of="2099") == both
                    report = queries.status(kb, a, b, as_of="2099")
                    assert [d.agreement for d in report.agreements] == both

"""Migration 0002 upgrades a knowledge base of the previous schema (0001) without loss."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import create_engine, insert, inspect, select

from caspian.consolidate import consolidate_kb
from caspian.store import KnowledgeBase, migrate
from caspian.store import entities as db
from caspian.store.schema import documents, fact_parties, facts


def _old_rows() -> tuple[dict[str, object], list[dict[str, object]]]:
    """A document and its facts as revision 0001 stored them."""
    doc: dict[str, object] = {
        "content_id": "c" * 64,
        "doc_id": "old-article",
        "title": "An old article",
        "url": None,
        "published": date(2025, 8, 9),
        "source": "test",
        "source_path": None,
        "meta_json": "{}",
        "text": "Our own old text.",
        "ingested_at": datetime.now(UTC),
    }
    fact_rows = []
    for n, (stage, when) in enumerate((("negotiating", "2024-12"), ("initialed", "2025-08-08"))):
        data = {
            "doc_id": "old-article",
            "type": "agreement",
            "parties": ["ARM", "AZE"],
            "date": when,
            "instrument": "peace_agreement",
            "stage": stage,
            "evidence": f"Our own sentence about the {stage} step.",
        }
        fact_rows.append(
            {
                "fact_id": n + 1,
                "content_id": "c" * 64,
                "doc_id": "old-article",
                "fact_key": f"{n:032d}",
                "type": "agreement",
                "parties": "ARM,AZE",
                "date": when,
                "sort_date": when,
                "instrument": "peace_agreement",
                "stage": stage,
                "group_id": None,
                "change": None,
                "metric": None,
                "optional": False,
                "evidence": data["evidence"],
                "fact_json": json.dumps(data),
            }
        )
    return doc, fact_rows


def test_consolidate_migration_from_0001_keeps_every_fact(db_url: str) -> None:
    engine = create_engine(db_url)
    doc, fact_rows = _old_rows()
    with engine.begin() as conn:
        migrate.upgrade(conn, revision="0001")
        assert migrate.current_revision(conn) == "0001"
        assert not inspect(conn).has_table("agreements")
        conn.execute(insert(documents), [doc])
        conn.execute(insert(facts), fact_rows)
        conn.execute(
            insert(fact_parties),
            [
                {"fact_id": row["fact_id"], "actor_id": actor}
                for row in fact_rows
                for actor in ("ARM", "AZE")
            ],
        )
        before = [tuple(r) for r in conn.execute(select(facts).order_by(facts.c.fact_id))]
    engine.dispose()

    with KnowledgeBase.open(db_url) as kb:  # upgrades to the newest revision
        assert kb.schema_revision() == migrate.head_revision()
        with kb.engine.connect() as conn:
            after = [tuple(r) for r in conn.execute(select(facts).order_by(facts.c.fact_id))]
            assert db.entity_counts(conn)["agreements"] == 0
        assert after == before
        assert [getattr(s.fact, "stage", None) for s in kb.facts()] == [
            "negotiating",
            "initialed",
        ]
        report = consolidate_kb(kb)
        assert report.agreements == 1


def test_consolidate_migration_downgrade_to_0001_drops_only_the_entities(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        doc, fact_rows = _old_rows()
        with kb.engine.begin() as conn:
            conn.execute(insert(documents), [doc])
            conn.execute(insert(facts), fact_rows)
        consolidate_kb(kb)
        with kb.engine.begin() as conn:
            migrate.downgrade(conn, revision="0001")
        with kb.engine.connect() as conn:
            assert not inspect(conn).has_table("agreements")
            assert len(conn.execute(select(facts)).all()) == len(fact_rows)
        with kb.engine.begin() as conn:
            migrate.upgrade(conn)
        assert consolidate_kb(kb, if_changed=True).agreements == 1


def test_consolidate_migration_creates_exactly_the_entity_tables(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from caspian.store.schema import metadata

    own = {table.name for table in db.ENTITY_TABLES}
    with KnowledgeBase.open(db_url) as kb, kb.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, metadata)
        assert own <= set(inspect(conn).get_table_names())
    assert [d for d in differences if own & set(str(d).split("'"))] == []


def test_consolidate_migration_0003_fills_the_lookups_of_a_consolidated_kb(db_url: str) -> None:
    from caspian import queries
    from test_consolidate_kb import ARTICLES, _dump

    def answers(kb: KnowledgeBase) -> tuple[Any, ...]:
        return (
            queries.agreements(kb, parties=["ARM"], as_of="2026"),
            queries.agreements(kb, parties=["AZE", "ARM"], as_of="2025-08"),
            queries.status(kb, "ARM", "AZE", as_of="2026").to_dict(),
        )

    with KnowledgeBase.open(db_url) as kb:
        for document, items in ARTICLES:
            kb.add_document(document, items)
        consolidate_kb(kb)
        built = _dump(kb)
        before = answers(kb)
        assert before[0] and before[1] and before[2]["agreements"]
        with kb.engine.begin() as conn:
            migrate.downgrade(conn, revision="0002")
        with kb.engine.connect() as conn:
            assert not inspect(conn).has_table("party_agreements")
            assert not inspect(conn).has_table("entity_pairs")
            kept = conn.execute(select(db.agreements.c.entity_id)).all()
            assert len(kept) == len(built["agreements"])
    # a knowledge base consolidated under 0002 is upgraded and answers as before
    with KnowledgeBase.open(db_url) as kb:
        assert kb.schema_revision() == "0003"
        assert _dump(kb) == built
        assert answers(kb) == before
        assert consolidate_kb(kb, if_changed=True).skipped

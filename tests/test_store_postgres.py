"""The same store on PostgreSQL (only when CASPIAN_TEST_PG holds a server URL).

Each test works in a fresh schema of its own, dropped afterwards.
"""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from caspian.documents import Document
from caspian.errors import StoreError
from caspian.facts import AgreementFact, MembershipFact
from caspian.store import KnowledgeBase, migrate
from caspian.store.transfer import export_jsonl, import_jsonl

pytestmark = pytest.mark.postgres

TEXT = "Tajikistan and Kyrgyzstan signed a border treaty in Dushanbe.\n"


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


def doc() -> Document:
    return Document(doc_id="pg1", text=TEXT, published=date(2025, 4, 1), title="Border",
                    meta={"lang": "en"})


def treaty(**overrides: object) -> AgreementFact:
    fields: dict[str, object] = {
        "doc_id": "pg1", "parties": ["KGZ", "TJK"], "instrument": "other", "stage": "signed",
        "date": "2025-03-31", "evidence": TEXT.strip(), "evidence_start": 0,
        "evidence_end": len(TEXT.strip()), "extractor": "caspian.agreements.v1",
    }
    fields.update(overrides)
    return AgreementFact.model_validate(fields)


def test_pg_schema_is_migrated(pg_url: str) -> None:
    with KnowledgeBase.open(pg_url) as kb:
        assert kb.engine.dialect.name == "postgresql"
        assert kb.schema_revision() == migrate.head_revision()
        assert kb.counts()["documents"] == 0


def test_pg_store_query_and_idempotence(pg_url: str) -> None:
    member = MembershipFact.model_validate(
        {"doc_id": "pg1", "parties": ["TJK"], "group": "CSTO", "change": "joined",
         "evidence": TEXT.strip()}
    )
    with KnowledgeBase.open(pg_url) as kb:
        assert kb.add_document(doc(), [treaty(), member])
        assert not kb.add_document(doc(), [treaty()])
        assert kb.counts()["facts"] == 2
        assert [s.fact for s in kb.facts(parties=["KGZ"])] == [treaty()]
        assert [s.fact for s in kb.facts(type="membership", since="2025-04")] == [member]
        assert kb.facts(until="2024") == []
        [stored] = kb.documents()
        assert stored.to_document() == doc()
        assert stored.ingested_at.tzinfo is not None


def test_pg_refused_fact_leaves_nothing(pg_url: str) -> None:
    with KnowledgeBase.open(pg_url) as kb:
        with pytest.raises(StoreError, match="refused"):
            bad = treaty(date="2025-03", evidence_start=9, evidence_end=3)
            kb.add_document(doc(), [treaty(), bad])
        assert kb.counts() == {**kb.counts(), "documents": 0, "facts": 0, "fact_parties": 0}


def test_pg_export_round_trip(pg_url: str) -> None:
    stamp = datetime(2025, 4, 2, 10, 0, 0, 123456, tzinfo=UTC)
    with KnowledgeBase.open(pg_url) as kb:
        kb.add_document(doc(), [treaty()], ingested_at=stamp)
        first = io.StringIO()
        export_jsonl(kb, first)
        assert kb.documents()[0].ingested_at == stamp
    assert '"ingested_at": "2025-04-02T10:00:00.123456+00:00"' in first.getvalue()


def test_pg_import_from_sqlite_export(pg_url: str, db_url: str, tmp_path: object) -> None:
    with KnowledgeBase.open(db_url) as lite:
        lite.add_document(doc(), [treaty()])
        dump = io.StringIO()
        export_jsonl(lite, dump)
    path = f"{tmp_path}/dump.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(dump.getvalue())
    with KnowledgeBase.open(pg_url) as kb:
        import_jsonl(kb, path)
        again = io.StringIO()
        export_jsonl(kb, again)
    assert again.getvalue() == dump.getvalue()

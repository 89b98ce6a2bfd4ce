"""Storing documents with their facts: one transaction each, idempotent, all or nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from caspian.documents import Document
from caspian.errors import StoreError
from caspian.facts import AgreementFact, Fact, MembershipChange, MembershipFact
from caspian.store import KnowledgeBase, fact_key

TEXT = (
    "Steppe Herald\n\n"
    "Kazakhstan and Uzbekistan signed a strategic partnership treaty in Astana.\n"
    "Armenia applied to join the organisation later that month.\n"
)


def make_doc(text: str = TEXT, doc_id: str = "d1") -> Document:
    return Document(
        doc_id=doc_id,
        text=text,
        published=date(2024, 3, 5),
        title="Steppe Herald",
        url="https://example.org/d1",
        source="Example Wire",
        source_path="/tmp/d1.txt",
        meta={"section": "world"},
    )


def agreement(doc_id: str = "d1", **overrides: object) -> AgreementFact:
    sentence = "Kazakhstan and Uzbekistan signed a strategic partnership treaty in Astana."
    start = TEXT.index(sentence)
    fields: dict[str, object] = {
        "doc_id": doc_id,
        "parties": ("KAZ", "UZB"),
        "instrument": "strategic_partnership",
        "stage": "signed",
        "date": "2024-03",
        "topics": ("trade",),
        "evidence": sentence,
        "evidence_start": start,
        "evidence_end": start + len(sentence),
        "extractor": "caspian.agreements.v1",
        "extractor_version": "1",
        "rule": "signed-instrument",
    }
    fields.update(overrides)
    return AgreementFact.model_validate(fields)


def membership(doc_id: str = "d1") -> MembershipFact:
    sentence = "Armenia applied to join the organisation later that month."
    return MembershipFact(
        doc_id=doc_id,
        parties=("ARM",),
        group="EAEU",
        change=MembershipChange.APPLIED,
        evidence=sentence,
    )


def test_document_and_facts_are_stored_and_read_back(db_url: str) -> None:
    facts: list[Fact] = [agreement(), membership()]
    with KnowledgeBase.open(db_url) as kb:
        assert kb.add_document(make_doc(), facts) is True
        [stored_doc] = kb.documents()
        stored = kb.document_facts(stored_doc.content_id)
    assert stored_doc.content_id == make_doc().content_hash
    assert stored_doc.to_document() == make_doc()
    assert stored_doc.ingested_at.tzinfo is not None
    assert [s.fact for s in stored] == facts
    assert {s.title for s in stored} == {"Steppe Herald"}
    assert stored[0].published == date(2024, 3, 5)
    assert stored[0].to_dict()["source"]["url"] == "https://example.org/d1"


def test_the_same_text_twice_changes_nothing(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        assert kb.add_document(make_doc(), [agreement()])
        before = kb.counts()
        first_stamp = kb.documents()[0].ingested_at
        # same text under another id, with other facts: still the same document
        assert kb.add_document(make_doc(doc_id="other"), []) is False
        assert kb.add_document(make_doc(), [agreement(), membership()]) is False
        assert kb.counts() == before
        assert kb.documents()[0].ingested_at == first_stamp
        assert kb.documents()[0].doc_id == "d1"


def test_repeated_facts_in_one_document_are_stored_once(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        kb.add_document(make_doc(), [agreement(), agreement(rule="another-rule"), membership()])
        stored = kb.document_facts(make_doc().content_hash)
    assert len(stored) == 2
    assert stored[0].fact.rule == "signed-instrument"  # the first one is kept
    assert len({fact_key(s.fact) for s in stored}) == 2


def test_a_refused_fact_leaves_nothing_of_its_document(db_url: str) -> None:
    other = make_doc(text="Another text about a port.\n", doc_id="d2")
    # evidence offsets out of order: the database's check constraint refuses the row,
    # after the document row and the first fact were already inserted
    broken = agreement(evidence_start=50, evidence_end=10)
    with KnowledgeBase.open(db_url) as kb:
        assert kb.add_document(other, [])
        before = kb.counts()
        with pytest.raises(StoreError, match="refused") as info:
            kb.add_document(make_doc(), [membership(), broken])
        assert "/tmp/d1.txt" in str(info.value)
        assert kb.counts() == before
        assert not kb.has_document(make_doc().content_hash)
        # the same document stores fine afterwards
        assert kb.add_document(make_doc(), [membership(), agreement()])
        assert kb.counts()["facts"] == before["facts"] + 2


def test_a_fact_of_another_document_is_refused(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        with pytest.raises(StoreError, match="'elsewhere'"):
            kb.add_document(make_doc(), [agreement(doc_id="elsewhere")])
        assert kb.counts()["documents"] == 0


def test_explicit_ingestion_time_is_kept(db_url: str) -> None:
    stamp = datetime(2025, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)
    with KnowledgeBase.open(db_url) as kb:
        kb.add_document(make_doc(), [], ingested_at=stamp)
        assert kb.documents()[0].ingested_at == stamp


def test_data_survives_closing_the_file(db_path: Path, db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        kb.add_document(make_doc(), [agreement()])
    assert db_path.stat().st_size > 0
    with KnowledgeBase.open(db_url) as kb:
        assert [s.fact for s in kb.iter_facts()] == [agreement()]

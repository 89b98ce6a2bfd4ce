"""Ingesting corpora: every document once, with exactly the extractor's facts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from caspian.extract import extract_facts
from caspian.facts import Fact
from caspian.ingest import ingest_paths
from caspian.readers import read_paths
from caspian.store import KnowledgeBase, fact_key


def test_sample_corpus_twice_has_no_duplicates(sample_corpus: Path, db_url: str) -> None:
    documents = list(read_paths([sample_corpus]).documents)
    if not documents:
        pytest.skip("the sample corpus is empty")
    with KnowledgeBase.open(db_url) as kb:
        first = ingest_paths([sample_corpus], kb)
        assert first.skipped == []
        distinct = len({doc.content_hash for doc in documents})
        assert (first.documents_read, first.documents_new) == (len(documents), distinct)
        counts = kb.counts()
        second = ingest_paths([sample_corpus], kb)
        assert second.documents_new == 0 and second.facts_stored == 0
        assert second.documents_present == len(documents)
        assert kb.counts() == counts
        stored = kb.documents()
        assert len(stored) == len({s.content_id for s in stored}) == distinct
        keys = Counter((s.content_id, fact_key(s.fact)) for s in kb.iter_facts())
        assert all(n == 1 for n in keys.values())
        assert sum(keys.values()) == counts["facts"] == first.facts_stored


def test_stored_facts_are_the_extractors(dev_corpus: Path, db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        report = ingest_paths([dev_corpus], kb)
        assert report.skipped == []
        assert report.documents_new == len(list(dev_corpus.glob("*.txt")))
        for stored in kb.documents():
            expected: dict[str, Fact] = {}  # the first of each repeated fact is kept
            for fact in extract_facts(stored.to_document()):
                expected.setdefault(fact_key(fact), fact)
            facts = [s.fact for s in kb.document_facts(stored.content_id)]
            assert len(facts) == len(expected)
            assert {fact_key(f): f for f in facts} == expected
            for fact in facts:
                assert fact.doc_id == stored.doc_id
                if fact.evidence_start is not None and fact.evidence_end is not None:
                    assert stored.text[fact.evidence_start : fact.evidence_end] == fact.evidence


def test_progress_is_reported_per_file(tmp_path: Path, db_url: str) -> None:
    for number in range(3):
        (tmp_path / f"n{number}.txt").write_text(f"Note number {number} says little.\n")
    calls: list[tuple[int, int]] = []
    with KnowledgeBase.open(db_url) as kb:
        report = ingest_paths([tmp_path], kb, on_progress=lambda d, t: calls.append((d, t)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert report.files == 3 and report.documents_new == 3


def test_bad_inputs_are_skipped_and_the_rest_stored(tmp_path: Path, db_url: str) -> None:
    (tmp_path / "good.md").write_text("# Title\n\nA plain paragraph.\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin.txt").write_bytes("Tr\xe8s bien".encode("latin-1"))
    (tmp_path / "bad.json").write_text("[", encoding="utf-8")
    (tmp_path / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text('{"text": "Kept line."}\n{"title": "no text"}\n')
    with KnowledgeBase.open(db_url) as kb:
        report = ingest_paths([tmp_path, tmp_path / "missing.txt"], kb)
        assert not report.ok
        skipped = sorted((Path(e.path or "").name, e.line) for e in report.skipped)
        assert skipped == [
            ("bad.json", 1), ("binary.txt", None), ("empty.html", None), ("latin.txt", None),
            ("lines.jsonl", 2), ("missing.txt", None),
        ]
        assert report.documents_new == 2
        assert sorted(d.doc_id for d in kb.documents())[0] == "good"

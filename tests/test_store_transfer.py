"""Export and import: JSON Lines round-trips the knowledge base; CSV is a flat fact table."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from caspian.documents import Document
from caspian.errors import FactFormatError
from caspian.facts import AgreementFact, CommitmentFact, ProjectFact
from caspian.store import KnowledgeBase
from caspian.store.transfer import CSV_COLUMNS, export_csv, export_jsonl, import_jsonl

TEXT_A = "Georgia and Azerbaijan agreed to double rail freight by 2027.\nMore text follows.\n"
TEXT_B = "A new port terminal is under construction on the coast, worth $300 million.\n"


def fill(kb: KnowledgeBase) -> None:
    doc_a = Document(doc_id="a", text=TEXT_A, published=date(2025, 3, 1), title="Rail",
                     url="https://example.org/a", source="Wire", source_path="a.txt",
                     meta={"k": "v"})
    doc_b = Document(doc_id="b", text=TEXT_B)
    commitment = CommitmentFact.model_validate(
        {"doc_id": "a", "parties": ["AZE", "GEO"], "metric": "freight_volume", "factor": 2,
         "deadline": "2027", "subject": "rail freight", "date": "2025-03",
         "evidence": TEXT_A.splitlines()[0], "evidence_start": 0,
         "evidence_end": len(TEXT_A.splitlines()[0]), "extractor": "caspian.commitments.v1",
         "extractor_version": "0.1", "rule": "double-by"}
    )
    agreement = AgreementFact.model_validate(
        {"doc_id": "a", "parties": ["AZE", "GEO"], "instrument": "other", "stage": "proposed",
         "topics": ["transport", "logistics"], "value_usd": 1.25e8,
         "evidence": TEXT_A.splitlines()[0], "optional": True}
    )
    project = ProjectFact.model_validate(
        {"doc_id": "b", "parties": ["GEO"], "name": "port terminal", "host": "GEO",
         "sector": "infrastructure", "value_min_usd": 3e8, "value_max_usd": 3e8,
         "stage": "under_construction", "evidence": TEXT_B.strip()}
    )
    assert kb.add_document(doc_a, [commitment, agreement])
    assert kb.add_document(doc_b, [project])


def export_text(kb: KnowledgeBase) -> str:
    stream = io.StringIO()
    export_jsonl(kb, stream)
    return stream.getvalue()


def test_export_import_export_is_identical(tmp_path: Path) -> None:
    with KnowledgeBase.open(f"sqlite:///{tmp_path / 'one.db'}") as kb:
        fill(kb)
        first = export_text(kb)
    dump = tmp_path / "dump.jsonl"
    dump.write_text(first, encoding="utf-8")
    with KnowledgeBase.open(f"sqlite:///{tmp_path / 'two.db'}") as kb:
        report = import_jsonl(kb, dump)
        assert (report.documents, report.documents_new, report.facts) == (2, 2, 3)
        second = export_text(kb)
        # importing again changes nothing
        again = import_jsonl(kb, dump)
        assert (again.documents_new, again.documents_present) == (0, 2)
        assert export_text(kb) == first
    assert second == first


def test_export_layout_is_documents_followed_by_their_facts(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        fill(kb)
        records = [json.loads(line) for line in export_text(kb).splitlines()]
    assert [r["type"] for r in records] == [
        "document", "commitment", "agreement", "document", "project"
    ]
    assert records[0]["text"] == TEXT_A and records[0]["meta"] == {"k": "v"}
    assert records[1]["extractor"] == "caspian.commitments.v1"
    assert records[2]["optional"] is True
    assert "fact_id" not in records[1]  # facts stay in the spec's format


def test_csv_has_one_row_per_fact(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        fill(kb)
        stream = io.StringIO()
        report = export_csv(kb, stream)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert report.facts == 3 and report.documents == 2
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["parties"] == "AZE;GEO"
    assert rows[0]["factor"] == "2.0"
    assert rows[1]["topics"] == "transport;logistics"
    assert rows[1]["optional"] == "true"
    assert rows[0]["source_title"] == "Rail" and rows[0]["published"] == "2025-03-01"
    assert rows[2]["host"] == "GEO" and rows[2]["source_url"] == ""


def _dump(tmp_path: Path, db_url: str) -> list[str]:
    with KnowledgeBase.open(db_url) as kb:
        fill(kb)
        return export_text(kb).splitlines()


def _import_lines(tmp_path: Path, lines: list[str]) -> tuple[KnowledgeBase, Path]:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return KnowledgeBase.open(f"sqlite:///{tmp_path / 'target.db'}"), path


def _edit(lines: list[str], index: int, old: str, new: str) -> list[str]:
    """Lines with one replacement in line `index` (-1: append `new` as a line; old "": drop)."""
    if index == -1:
        return [*lines, new]
    edited = list(lines)
    if not old:
        del edited[index]
        return edited
    assert old in edited[index]
    edited[index] = edited[index].replace(old, new)
    return edited


# the dump: line 1 document a, 2-3 its facts, 4 document b, 5 its project
@pytest.mark.parametrize(
    ("index", "old", "new", "line", "field", "message"),
    [
        (-1, "", "{oops", 6, None, "invalid JSON"),
        (0, "", "", 1, None, "before any document"),
        (4, '"stage": "under_construction"', '"stage": "x"', 5, "stage", "vocabulary"),
        (4, '"doc_id": "b"', '"doc_id": "z"', 5, "doc_id", "follows document"),
        (0, '"content_id": "sha256-', '"content_id": "sha256-0', 1, "content_id", "not the hash"),
        (3, '"doc_id"', '"extra": 1, "doc_id"', 4, "extra", "unknown field"),
        (-1, "", '{"type": "note"}', 6, "type", "unknown record type"),
        (3, '"ingested_at": "', '"ingested_at": "x', 4, "ingested_at", "not an ISO time"),
        (3, '"text": "', '"text": " ', 4, "content_id", "not the hash"),
    ],
)
def test_import_validates_everything_before_storing_anything(
    tmp_path: Path,
    db_url: str,
    index: int,
    old: str,
    new: str,
    line: int,
    field: str | None,
    message: str,
) -> None:
    with KnowledgeBase.open(db_url) as kb:
        fill(kb)
        lines = _edit(export_text(kb).splitlines(), index, old, new)
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with KnowledgeBase.open(f"sqlite:///{tmp_path / 'target.db'}") as kb:
        with pytest.raises(FactFormatError, match=message) as info:
            import_jsonl(kb, path)
        assert (info.value.path, info.value.line, info.value.field) == (str(path), line, field)
        assert kb.counts()["documents"] == 0 and kb.counts()["facts"] == 0

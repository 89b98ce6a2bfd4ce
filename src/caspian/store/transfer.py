"""Export and import of the whole knowledge base.

JSON Lines (lossless): each stored document as one record ``{"type": "document", ...}``
(its content hash, id, metadata, ingestion time and text), followed by its facts in the
spec's format with provenance, in the order they were stored. Importing that file into
an empty knowledge base and exporting again gives the same file.

CSV: one row per fact, the spec's fields flattened (lists joined with ";"), plus the
source document's title, url and publication date. For spreadsheets; not re-importable.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from caspian.documents import Document, content_id
from caspian.errors import FactFormatError, InputError
from caspian.facts import FACT_CLASSES, PROVENANCE_FIELDS, Fact, fact_to_dict, parse_fact
from caspian.store.kb import KnowledgeBase

DOCUMENT_FIELDS = (
    "type", "content_id", "doc_id", "title", "url", "published", "source", "source_path",
    "ingested_at", "meta", "text",
)  # fmt: skip

#: Columns of the CSV export: fact identity, every type's fields, provenance, source.
CSV_COLUMNS: tuple[str, ...] = (
    "fact_id", "content_id", "doc_id", "type", "parties", "date",
    "instrument", "stage", "title", "topics", "value_usd", "replaces",
    "group", "change",
    "metric", "target_value", "target_unit", "factor", "deadline", "subject",
    "name", "host", "sector", "value_min_usd", "value_max_usd",
    "value", "unit", "year",
    "optional", "evidence", *PROVENANCE_FIELDS,
    "source_title", "source_url", "published",
)  # fmt: skip


@dataclass
class TransferReport:
    documents: int = 0
    documents_new: int = 0
    documents_present: int = 0
    facts: int = 0

    def to_dict(self) -> dict[str, int]:
        return {
            "documents": self.documents,
            "documents_new": self.documents_new,
            "documents_present": self.documents_present,
            "facts": self.facts,
        }


def document_record(kb_doc: Any) -> dict[str, Any]:
    """The export record of a :class:`~caspian.store.StoredDocument`."""
    return {
        "type": "document",
        "content_id": kb_doc.content_id,
        "doc_id": kb_doc.doc_id,
        "title": kb_doc.title,
        "url": kb_doc.url,
        "published": kb_doc.published.isoformat() if kb_doc.published else None,
        "source": kb_doc.source,
        "source_path": kb_doc.source_path,
        "ingested_at": kb_doc.ingested_at.isoformat(),
        "meta": kb_doc.meta,
        "text": kb_doc.text,
    }


def export_jsonl(kb: KnowledgeBase, stream: IO[str]) -> TransferReport:
    """Write the whole knowledge base as JSON Lines to `stream`."""
    report = TransferReport()
    for stored in kb.iter_documents():
        stream.write(json.dumps(document_record(stored), ensure_ascii=False) + "\n")
        report.documents += 1
        for stored_fact in kb.document_facts(stored.content_id):
            stream.write(json.dumps(fact_to_dict(stored_fact.fact), ensure_ascii=False) + "\n")
            report.facts += 1
    return report


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ";".join(str(item) for item in value)
    return str(value)


def export_csv(kb: KnowledgeBase, stream: IO[str]) -> TransferReport:
    """Write every stored fact as one CSV row (see :data:`CSV_COLUMNS`)."""
    report = TransferReport()
    documents: set[str] = set()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for stored in kb.iter_facts():
        row = fact_to_dict(stored.fact)
        row.update(
            {
                "fact_id": stored.fact_id,
                "content_id": stored.content_id,
                "optional": stored.fact.optional,
                "source_title": stored.title,
                "source_url": stored.url,
                "published": stored.published.isoformat() if stored.published else None,
            }
        )
        writer.writerow([_cell(row.get(column)) for column in CSV_COLUMNS])
        report.facts += 1
        documents.add(stored.content_id)
    report.documents = len(documents)
    return report


# -- import ---------------------------------------------------------------------------


@dataclass
class _Group:
    doc: Document
    ingested_at: datetime
    facts: list[Fact] = field(default_factory=list)


def _fail(problem: str, path: Path, line: int, field: str | None = None) -> FactFormatError:
    return FactFormatError(problem, path=path, line=line, field=field)


def _optional_str(obj: dict[str, Any], name: str, path: Path, line: int) -> str | None:
    value = obj.get(name)
    if value is not None and not isinstance(value, str):
        raise _fail(f"expected a string or null, got {type(value).__name__}", path, line, name)
    return value


def _parse_document(obj: dict[str, Any], path: Path, line: int) -> _Group:
    unknown = sorted(set(obj) - set(DOCUMENT_FIELDS))
    if unknown:
        raise _fail("unknown field in a document record", path, line, unknown[0])
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _fail("a document needs a non-empty text", path, line, "text")
    doc_id = obj.get("doc_id")
    if not isinstance(doc_id, str) or not doc_id:
        raise _fail("a document needs a doc_id string", path, line, "doc_id")
    declared = obj.get("content_id")
    if declared is not None and declared != content_id(text):
        raise _fail(
            f"{declared!r} is not the hash of the text ({content_id(text)!r})",
            path, line, "content_id",
        )
    published_text = _optional_str(obj, "published", path, line)
    try:
        published = date.fromisoformat(published_text) if published_text else None
    except ValueError:
        raise _fail(f"{published_text!r} is not an ISO date", path, line, "published") from None
    stamp_text = obj.get("ingested_at")
    if not isinstance(stamp_text, str):
        raise _fail("a document needs its ingested_at time", path, line, "ingested_at")
    try:
        stamp = datetime.fromisoformat(stamp_text)
    except ValueError:
        raise _fail(f"{stamp_text!r} is not an ISO time", path, line, "ingested_at") from None
    meta = obj.get("meta") or {}
    if not isinstance(meta, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in meta.items()
    ):
        raise _fail("meta must be an object of strings", path, line, "meta")
    doc = Document(
        doc_id=doc_id,
        text=text,
        published=published,
        title=_optional_str(obj, "title", path, line),
        url=_optional_str(obj, "url", path, line),
        source=_optional_str(obj, "source", path, line),
        source_path=_optional_str(obj, "source_path", path, line),
        source_line=None,
        meta=meta,
    )
    return _Group(doc=doc, ingested_at=stamp)


def _read_groups(path: Path) -> Iterator[_Group]:
    """Validate an export file and yield each document with its facts."""
    current: _Group | None = None
    try:
        stream = open(path, encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as err:
        raise InputError(f"{path}: cannot open: {err.strerror or err}") from None
    with stream:
        try:
            for number, raw in enumerate(stream, start=1):
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw)
                except json.JSONDecodeError as err:
                    raise _fail(f"invalid JSON ({err.msg} at column {err.colno})", path,
                                number) from None
                if not isinstance(obj, dict):
                    raise _fail("each line must be a JSON object", path, number)
                kind = obj.get("type")
                if kind == "document":
                    if current is not None:
                        yield current
                    current = _parse_document(obj, path, number)
                    continue
                if kind not in FACT_CLASSES:
                    raise _fail(
                        f"unknown record type {kind!r}; expected 'document' or a fact type",
                        path, number, "type",
                    )
                if current is None:
                    raise _fail("a fact before any document record", path, number)
                fact = parse_fact(obj, path=path, line=number)
                if fact.doc_id != current.doc.doc_id:
                    raise _fail(
                        f"fact of document {fact.doc_id!r} follows document "
                        f"{current.doc.doc_id!r}",
                        path, number, "doc_id",
                    )
                current.facts.append(fact)
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None
    if current is not None:
        yield current


def import_jsonl(kb: KnowledgeBase, path: str | Path) -> TransferReport:
    """Import an export file: validated whole first, then one transaction per document.

    A problem anywhere in the file raises :class:`~caspian.errors.FactFormatError` (file,
    line, field) before anything is stored. Documents already stored are left as they are.
    """
    path = Path(path)
    for _ in _read_groups(path):  # first pass: validate everything
        pass
    report = TransferReport()
    for group in _read_groups(path):
        report.documents += 1
        if kb.add_document(group.doc, group.facts, ingested_at=group.ingested_at):
            report.documents_new += 1
            report.facts += len(group.facts)
        else:
            report.documents_present += 1
    return report

"""Ingestion: read news files, extract their facts, store both in the knowledge base.

:func:`ingest_paths` is the one flow behind ``caspian ingest``. Files are read in sorted
order; documents go through the extractor in batches; each document is stored with all
its facts in one transaction (a document already stored, same text, changes nothing).
Files that cannot be read are skipped and listed in the report with the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from caspian.consolidate import consolidate_kb
from caspian.documents import Document
from caspian.errors import DocumentError
from caspian.readers import find_files, read_file_lenient
from caspian.store import KnowledgeBase, fact_key
from caspian.store.transfer import TransferReport, import_jsonl

#: Called after each file with (files done, files in all).
ProgressCallback = Callable[[int, int], None]

#: Documents handed to the extractor at once.
BATCH_SIZE = 64


@dataclass
class IngestReport:
    """What an ingest run did."""

    files: int = 0
    documents_read: int = 0
    documents_new: int = 0
    documents_present: int = 0
    facts_stored: int = 0
    skipped: list[DocumentError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing was skipped."""
        return not self.skipped

    def to_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "documents_read": self.documents_read,
            "documents_new": self.documents_new,
            "documents_present": self.documents_present,
            "facts_stored": self.facts_stored,
            "skipped": [
                {"path": err.path, "line": err.line, "field": err.field, "reason": err.problem}
                for err in self.skipped
            ],
        }


def _store_batch(kb: KnowledgeBase, batch: Sequence[Document], report: IngestReport) -> None:
    from caspian.extract import extract_many

    # documents already stored (same text) are not extracted again
    fresh = [doc for doc in batch if not kb.has_document(doc.content_hash)]
    report.documents_present += len(batch) - len(fresh)
    for doc, facts in extract_many(fresh, batch_size=BATCH_SIZE):
        if kb.add_document(doc, facts):
            report.documents_new += 1
            report.facts_stored += len({fact_key(fact) for fact in facts})
        else:  # the same text twice in one run, or stored meanwhile by another process
            report.documents_present += 1


def ingest_paths(
    paths: Iterable[str | Path],
    kb: KnowledgeBase,
    *,
    on_progress: ProgressCallback | None = None,
) -> IngestReport:
    """Read, extract and store every document under `paths` (files or folders).

    Returns an :class:`IngestReport`; unreadable files (and bad JSON Lines lines) are
    in its `skipped` list, never raised. A :class:`~caspian.errors.StoreError` from the
    database stops the run (documents stored before it stay stored, whole).
    """
    files, problems = find_files(paths)
    report = IngestReport(files=len(files), skipped=list(problems))
    total = len(files)
    if on_progress is not None:
        on_progress(0, total)
    batch: list[Document] = []
    done = 0
    for number, path in enumerate(files, start=1):
        docs, file_problems = read_file_lenient(path)
        report.skipped.extend(file_problems)
        report.documents_read += len(docs)
        batch.extend(docs)
        if len(batch) >= BATCH_SIZE or number == total:
            _store_batch(kb, batch, report)
            batch = []
            if on_progress is not None:
                for step in range(done + 1, number + 1):
                    on_progress(step, total)
            done = number
    consolidate_kb(kb, if_changed=True)  # CONSOLIDATE: rebuild the entities (issue 4)
    return report


def import_file(path: str | Path, kb: KnowledgeBase) -> TransferReport:
    """Import a file written by ``caspian export`` (see :func:`~caspian.store.transfer.
    import_jsonl`: validated whole first, one transaction per document), then bring the
    consolidated entities up to date."""
    report = import_jsonl(kb, path)
    consolidate_kb(kb, if_changed=True)
    return report

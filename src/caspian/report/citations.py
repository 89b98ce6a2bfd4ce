"""Numbered notes: each cited stored fact becomes one note, numbered in reading order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from caspian.queries import Evidence
from caspian.report.model import Note, Source
from caspian.store import StoredDocument, StoredFact


def _outlet(doc: StoredDocument | None) -> str | None:
    if doc is None:
        return None
    if doc.title and " | " in doc.title:  # "Headline | Outlet"
        return doc.title.rsplit(" | ", 1)[1].strip() or doc.source
    return doc.source


def _title(title: str | None) -> str | None:
    if title and " | " in title:
        return title.rsplit(" | ", 1)[0].strip()
    return title


class Citations:
    """Hands out note numbers; the same fact cited twice keeps its first number."""

    def __init__(self, documents: Mapping[str, StoredDocument]) -> None:
        self._documents = documents
        self._numbers: dict[int, int] = {}
        self._notes: list[Note] = []

    def source_of_evidence(self, evidence: Evidence) -> Source:
        doc = self._documents.get(evidence.doc_id)
        return Source(
            fact_id=evidence.fact_id,
            doc_id=evidence.doc_id,
            quote=evidence.evidence,
            title=_title(evidence.title),
            outlet=_outlet(doc),
            url=evidence.url,
            published=str(evidence.published) if evidence.published else None,
        )

    def source_of_fact(self, stored: StoredFact) -> Source:
        doc = self._documents.get(stored.fact.doc_id)
        return Source(
            fact_id=stored.fact_id,
            doc_id=stored.fact.doc_id,
            quote=stored.fact.evidence,
            title=_title(stored.title),
            outlet=_outlet(doc),
            url=stored.url,
            published=stored.published.isoformat() if stored.published else None,
        )

    def cite(self, sources: Iterable[Source]) -> tuple[int, ...]:
        """The note numbers of these sources (new ones numbered next), in order."""
        numbers: list[int] = []
        for source in sources:
            number = self._numbers.get(source.fact_id)
            if number is None:
                number = len(self._notes) + 1
                self._numbers[source.fact_id] = number
                self._notes.append(Note(number, source))
            if number not in numbers:
                numbers.append(number)
        return tuple(numbers)

    def notes(self) -> tuple[Note, ...]:
        return tuple(self._notes)

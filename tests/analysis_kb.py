"""Small hand-built knowledge bases for the analysis tests (tests/test_network_*.py,
test_vectors_*.py, test_commitments_tracker_*.py): real SQLite files filled through
KnowledgeBase.add_document and consolidated with consolidate_kb."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from caspian.consolidate import consolidate_kb
from caspian.documents import Document
from caspian.facts import AgreementFact, CommitmentFact, Fact, TradeFigureFact
from caspian.store import KnowledgeBase


def agreement(
    parties: Sequence[str],
    instrument: str,
    stage: str = "signed",
    day: str | None = "2025-03-01",
) -> AgreementFact:
    return AgreementFact.model_validate(
        {
            "doc_id": "x",
            "parties": sorted(parties),
            "instrument": instrument,
            "stage": stage,
            "date": day,
            "evidence": f"Our own test sentence: {' and '.join(sorted(parties))} {stage}.",
        }
    )


def commitment(
    parties: Sequence[str],
    *,
    value: float | None,
    deadline: str | None,
    factor: float | None = None,
    day: str | None = "2025-03-01",
    metric: str = "trade_turnover",
    unit: str | None = "USD",
) -> CommitmentFact:
    return CommitmentFact.model_validate(
        {
            "doc_id": "x",
            "parties": sorted(parties),
            "metric": metric,
            "target_value": value,
            "target_unit": unit,
            "factor": factor,
            "deadline": deadline,
            "subject": "test target",
            "date": day,
            "evidence": f"Our own test sentence on a target of {value} by {deadline}.",
        }
    )


def figure(
    parties: Sequence[str],
    value: float,
    year: str,
    *,
    metric: str = "bilateral_trade",
    unit: str = "USD",
) -> TradeFigureFact:
    return TradeFigureFact.model_validate(
        {
            "doc_id": "x",
            "parties": sorted(parties),
            "metric": metric,
            "value": value,
            "unit": unit,
            "year": year,
            "date": year,
            "evidence": f"Our own test sentence: {metric} was {value} in {year}.",
        }
    )


def build_kb(
    url: str, facts: Sequence[Fact], *, published: date = date(2025, 12, 1)
) -> KnowledgeBase:
    """A knowledge base with each fact in a document of its own, consolidated."""
    kb = KnowledgeBase.open(url)
    for n, fact in enumerate(facts):
        doc_id = f"doc-{n}"
        stored = fact.model_copy(update={"doc_id": doc_id})
        document = Document(
            doc_id=doc_id, text=f"Test document {n}: {fact.evidence}", published=published
        )
        kb.add_document(document, [stored])
    consolidate_kb(kb)
    return kb

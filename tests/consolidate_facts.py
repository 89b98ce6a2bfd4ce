"""Hand-built facts for the consolidation tests (shared by tests/test_consolidate_*.py)."""

from __future__ import annotations

from typing import Any

from caspian.facts import (
    AgreementFact,
    CommitmentFact,
    MembershipFact,
    ProjectFact,
    TradeFigureFact,
)
from caspian.lifecycle import FactRecord


def agreement(
    ref: int,
    doc: str,
    parties: tuple[str, ...],
    stage: str,
    date: str | None = None,
    *,
    instrument: str = "peace_agreement",
    reported: str | None = "2025-09-01",
    **fields: Any,
) -> FactRecord:
    fact = AgreementFact(
        doc_id=doc,
        parties=tuple(sorted(parties)),
        instrument=instrument,
        stage=stage,
        date=date,
        evidence=f"Our own sentence {ref} about a {instrument} {stage}.",
        **fields,
    )
    return FactRecord.from_fact(fact, ref=ref, reported=reported)


def membership(
    ref: int,
    doc: str,
    member: str,
    group: str,
    change: str,
    date: str | None = None,
    *,
    reported: str | None = "2025-09-01",
) -> FactRecord:
    fact = MembershipFact(
        doc_id=doc,
        parties=(member,),
        group=group,
        change=change,
        date=date,
        evidence=f"Our own sentence {ref}: {member} {change} {group}.",
    )
    return FactRecord.from_fact(fact, ref=ref, reported=reported)


def commitment(
    ref: int,
    doc: str,
    parties: tuple[str, ...],
    value: float | None,
    deadline: str | None,
    *,
    reported: str | None = "2025-09-01",
    date: str | None = None,
) -> FactRecord:
    fact = CommitmentFact(
        doc_id=doc,
        parties=tuple(sorted(parties)),
        metric="trade_turnover",
        target_value=value,
        target_unit="USD",
        deadline=deadline,
        date=date,
        subject="bilateral trade",
        evidence=f"Our own sentence {ref} about a trade target.",
    )
    return FactRecord.from_fact(fact, ref=ref, reported=reported)


def figure(
    ref: int,
    doc: str,
    parties: tuple[str, ...],
    value: float,
    year: str,
    *,
    reported: str | None = "2025-09-01",
) -> FactRecord:
    fact = TradeFigureFact(
        doc_id=doc,
        parties=tuple(sorted(parties)),
        metric="bilateral_trade",
        value=value,
        unit="USD",
        year=year,
        date=year,
        evidence=f"Our own sentence {ref} about trade in {year}.",
    )
    return FactRecord.from_fact(fact, ref=ref, reported=reported)


def project(
    ref: int,
    doc: str,
    name: str,
    host: str,
    stage: str | None,
    date: str | None = None,
    *,
    reported: str | None = "2025-09-01",
    low: float | None = None,
    high: float | None = None,
) -> FactRecord:
    fact = ProjectFact(
        doc_id=doc,
        parties=(host,),
        name=name,
        host=host,
        stage=stage,
        date=date,
        value_min_usd=low,
        value_max_usd=high,
        evidence=f"Our own sentence {ref} about {name}.",
    )
    return FactRecord.from_fact(fact, ref=ref, reported=reported)

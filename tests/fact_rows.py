"""Extracted facts of one text as comparable rows, for the extraction tests: the real
pipeline on a document published on 10 June 2025, each fact type reduced to the fields
its tests assert on."""

from __future__ import annotations

from datetime import date

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact, CommitmentFact, Fact, MembershipFact, TradeFigureFact

PUBLISHED = date(2025, 6, 10)

MembershipRow = tuple[str, str, str, str | None]
CommitmentRow = tuple[tuple[str, ...], str, str | None]
TradeRow = tuple[tuple[str, ...], str, float, str, str]


def facts_of(text: str) -> list[Fact]:
    """Every fact the pipeline extracts from `text`."""
    return extract_facts(Document(doc_id="t", text=text, published=PUBLISHED))


def membership_rows(text: str) -> set[MembershipRow]:
    """(party, group, change, date) of each membership fact."""
    return {
        (f.parties[0], f.group, str(f.change.value), f.date)
        for f in facts_of(text)
        if isinstance(f, MembershipFact)
    }


def commitment_rows(text: str) -> set[CommitmentRow]:
    """(parties, metric, deadline) of each commitment fact."""
    return {
        (f.parties, str(f.metric.value), f.deadline)
        for f in facts_of(text)
        if isinstance(f, CommitmentFact)
    }


def trade_rows(text: str) -> set[TradeRow]:
    """(parties, metric, value in millions, unit, year) of each trade figure."""
    return {
        (f.parties, str(f.metric.value), round(f.value / 1e6, 1), f.unit, f.year)
        for f in facts_of(text)
        if isinstance(f, TradeFigureFact)
    }


AgreementKey = tuple[tuple[str, ...], str, str]


def agreement_keys(text: str) -> set[AgreementKey]:
    """The agreements of `text` as (parties, instrument, stage)."""
    return {
        (f.parties, f.instrument.value, f.stage.value)
        for f in facts_of(text)
        if isinstance(f, AgreementFact)
    }

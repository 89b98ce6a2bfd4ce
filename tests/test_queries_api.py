"""The query functions on a consolidated knowledge base (SQLite in tmp_path)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from caspian import queries
from caspian.consolidate import consolidate_kb
from caspian.documents import Document
from caspian.errors import InputError, UnknownActorError
from caspian.facts import AgreementFact, CommitmentFact, Fact, MembershipFact, TradeFigureFact
from caspian.store import KnowledgeBase


def _agreement(doc: str, parties: tuple[str, ...], stage: str, when: str | None, **kw: Any) -> Fact:
    fields: dict[str, Any] = {"instrument": "peace_agreement", **kw}
    return AgreementFact(
        doc_id=doc,
        parties=parties,
        stage=stage,
        date=when,
        evidence=f"Our sentence on the {stage} step in {doc}.",
        **fields,
    )


def _articles() -> list[tuple[Document, list[Fact]]]:
    def doc(doc_id: str, day: date) -> Document:
        return Document(
            doc_id=doc_id,
            text=f"Our own article {doc_id}.",
            published=day,
            title=f"Title of {doc_id}",
        )

    return [
        (
            doc("march", date(2025, 3, 14)),
            [_agreement("march", ("ARM", "AZE"), "concluded", "2025-03-13")],
        ),
        (
            doc("august", date(2025, 8, 9)),
            [
                _agreement("august", ("ARM", "AZE"), "initialed", "2025-08"),
                _agreement(
                    "august",
                    ("ARM", "AZE", "USA"),
                    "signed",
                    "2025-08-08",
                    instrument="joint_declaration",
                ),
                CommitmentFact(
                    doc_id="august",
                    parties=("ARM", "AZE"),
                    metric="trade_turnover",
                    target_value=1e9,
                    target_unit="USD",
                    deadline="2030",
                    date="2025-08",
                    evidence="Our sentence on a trade target.",
                ),
            ],
        ),
        (
            doc("later", date(2025, 11, 2)),
            [
                _agreement("later", ("ARM", "AZE"), "initialed", "2025-08-18"),
                MembershipFact(
                    doc_id="later",
                    parties=("AZE",),
                    group="C5",
                    change="invited",
                    date="2025-11",
                    evidence="Our sentence on an invitation.",
                ),
                TradeFigureFact(
                    doc_id="later",
                    parties=("ARM", "AZE"),
                    metric="bilateral_trade",
                    value=2e8,
                    unit="USD",
                    year="2024",
                    date="2024",
                    evidence="Our sentence on trade.",
                ),
            ],
        ),
        (
            doc("old", date(2024, 11, 6)),
            [
                _agreement(
                    "old",
                    ("KGZ", "TUR"),
                    "upgraded",
                    "2024-11-05",
                    instrument="comprehensive_strategic_partnership",
                ),
                _agreement(
                    "old", ("KGZ", "TUR"), "signed", "2011", instrument="strategic_partnership"
                ),
            ],
        ),
    ]


@pytest.fixture
def kb(db_url: str) -> Iterator[KnowledgeBase]:
    with KnowledgeBase.open(db_url) as opened:
        for document, items in _articles():
            opened.add_document(document, items)
        consolidate_kb(opened)
        yield opened


def test_queries_agreements_as_of_follows_the_lifecycle(kb: KnowledgeBase) -> None:
    assert queries.agreements(kb, parties=["ARM", "AZE"], as_of="2025-02") == []
    (concluded,) = queries.agreements(kb, parties=["ARM", "AZE"], as_of="2025-07")
    assert (concluded.instrument, concluded.stage) == ("peace_agreement", "concluded")
    found = queries.agreements(kb, parties=["ARM", "AZE"], as_of="2025-09")
    stages = {a.instrument: a.stage for a in found}
    assert stages == {"peace_agreement": "initialed", "joint_declaration": "signed"}
    peace = next(a for a in found if a.instrument == "peace_agreement")
    assert [(s.stage, s.date) for s in peace.stages] == [
        ("concluded", "2025-03-13"),
        ("initialed", "2025-08-18"),
    ]
    assert peace.n_sources == 3


def test_queries_agreements_filters(kb: KnowledgeBase) -> None:
    assert {a.instrument for a in queries.agreements(kb, parties=["USA"], as_of="2026")} == {
        "joint_declaration"
    }
    initialed = queries.agreements(kb, stage="initialed", as_of="2026")
    assert [a.parties for a in initialed] == [("ARM", "AZE")]
    upgraded = queries.agreements(
        kb, instrument="comprehensive_strategic_partnership", as_of=date(2025, 1, 1)
    )
    assert [a.stage for a in upgraded] == ["upgraded"]
    with pytest.raises(InputError, match="--stage"):
        queries.agreements(kb, stage="sealed")
    with pytest.raises(UnknownActorError):
        queries.agreements(kb, parties=["XXX"])


def test_queries_status_has_lifecycle_evidence_and_figures(kb: KnowledgeBase) -> None:
    report = queries.status(kb, "ARM", "AZE", as_of="2026-01-01", evidence_per_step=None)
    assert len(report.agreements) == 2
    peace = next(d for d in report.agreements if d.agreement.instrument == "peace_agreement")
    steps = [(e.stage, e.date, e.doc_ids) for e in peace.events]
    assert steps == [
        ("concluded", "2025-03-13", ("march",)),
        ("initialed", "2025-08-18", ("august", "later")),
    ]
    evidence = peace.events[1].evidence
    assert [e.doc_id for e in evidence] == ["august", "later"]  # earliest report first
    assert evidence[0].evidence == "Our sentence on the initialed step in august."
    assert evidence[0].title == "Title of august" and evidence[0].published == "2025-08-09"
    assert [c.target_value for c in report.commitments] == [1e9]
    assert [[s.value for s in f.sources] for f in report.trade_figures] == [[2e8]]
    assert report.conflicts == ()


def test_queries_status_as_of_hides_later_steps(kb: KnowledgeBase) -> None:
    report = queries.status(kb, "ARM", "AZE", as_of="2025-05")
    (peace,) = report.agreements
    assert [e.stage for e in peace.events] == ["concluded"]
    assert peace.agreement.stage == "concluded"


def test_queries_status_evidence_per_step_limits_sentences_not_sources(
    kb: KnowledgeBase,
) -> None:
    report = queries.status(kb, "ARM", "AZE")  # by default, the first report of each step
    peace = next(d for d in report.agreements if d.agreement.instrument == "peace_agreement")
    assert [e.doc_id for e in peace.events[1].evidence] == ["august"]
    assert len(peace.events[1].fact_ids) == 2


def test_queries_timeline_in_date_order(kb: KnowledgeBase) -> None:
    everything = queries.timeline(kb)
    dates = [e.date for e in everything]
    assert dates == sorted(dates, key=lambda d: d or "9999")
    assert ("superseded", "2024-11-05") in [(e.stage, e.date) for e in everything]
    in_2025 = queries.timeline(kb, year=2025, party="USA")
    assert [(e.stage, e.instrument) for e in in_2025] == [("signed", "joint_declaration")]
    with pytest.raises(InputError, match="--year"):
        queries.timeline(kb, year="25")


def test_queries_changes_of_a_year(kb: KnowledgeBase) -> None:
    report = queries.changes(kb, 2025)
    assert {a.instrument for a in report.new_agreements} == {"peace_agreement", "joint_declaration"}
    assert {(e.stage, e.instrument) for e in report.stages_reached} == {
        ("concluded", "peace_agreement"),
        ("initialed", "peace_agreement"),
        ("signed", "joint_declaration"),
    }
    assert [(m.member, m.change, m.group) for m in report.membership_changes] == [
        ("AZE", "invited", "C5")
    ]
    assert [c.metric for c in report.commitments] == ["trade_turnover"]
    upgrades = queries.changes(kb, 2024).upgrades
    assert [(u.kind, u.instrument) for u in upgrades] == [
        ("upgrades", "comprehensive_strategic_partnership")
    ]


def test_queries_conflicts_name_both_sources(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        for doc_id, when in (("one", "2026-01-10"), ("two", "2026-01-17")):
            kb.add_document(
                Document(
                    doc_id=doc_id, text=f"Our own article {doc_id}.", published=date(2026, 1, 20)
                ),
                [_agreement(doc_id, ("ARM", "AZE"), "signed", when)],
            )
        consolidate_kb(kb)
        (conflict,) = queries.conflicts(kb)
    assert conflict.kind == "date_disagreement"
    assert {conflict.a.doc_ids, conflict.b.doc_ids} == {("one",), ("two",)}
    assert "ARM,AZE peace_agreement" in conflict.label


def test_queries_actor_agreements_by_stage_and_partners(kb: KnowledgeBase) -> None:
    result = queries.actor_agreements(kb, "AZE", as_of="2026")
    assert {stage: len(items) for stage, items in result.by_stage.items()} == {
        "initialed": 1,
        "signed": 1,
    }
    assert [(p.actor_id, p.agreements) for p in result.partners] == [("ARM", 2), ("USA", 1)]
    assert queries.actor_agreements(kb, "AZE", as_of="2024").by_stage == {}


def test_queries_membership_history_of_a_group(kb: KnowledgeBase) -> None:
    (entry,) = queries.membership_history(kb, group="C5")
    assert (entry.member, entry.change, entry.date, entry.doc_ids) == (
        "AZE",
        "invited",
        "2025-11",
        ("later",),
    )
    assert queries.membership_history(kb, member="AZE") == [entry]
    assert queries.membership_history(kb, group="SCO") == []

"""Querying stored facts: by type, party, date range; streaming; actor profiles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from caspian.documents import Document
from caspian.errors import InputError, UnknownActorError
from caspian.facts import AgreementFact, Fact, MembershipFact, TradeFigureFact
from caspian.store import KnowledgeBase, StoredFact


def doc(doc_id: str, published: date | None) -> Document:
    return Document(doc_id=doc_id, text=f"Text of {doc_id}.", published=published)


def agreement(doc_id: str, parties: tuple[str, ...], day: str | None) -> AgreementFact:
    return AgreementFact.model_validate(
        {"doc_id": doc_id, "parties": parties, "instrument": "cooperation_agreement",
         "stage": "signed", "date": day, "evidence": f"Evidence in {doc_id}."}
    )


def joined(doc_id: str, party: str, group: str, day: str | None) -> MembershipFact:
    return MembershipFact.model_validate(
        {"doc_id": doc_id, "parties": [party], "group": group, "change": "joined",
         "date": day, "evidence": f"{party} joined {group}."}
    )


def trade(doc_id: str, parties: tuple[str, ...], year: str) -> TradeFigureFact:
    return TradeFigureFact.model_validate(
        {"doc_id": doc_id, "parties": parties, "metric": "bilateral_trade", "value": 1.5e9,
         "unit": "USD", "year": year, "date": None, "evidence": f"Trade in {doc_id}."}
    )


@pytest.fixture
def kb(db_url: str) -> Iterator[KnowledgeBase]:
    kb = KnowledgeBase.open(db_url)
    batches: list[tuple[Document, list[Fact]]] = [
        (doc("a", date(2023, 5, 1)), [agreement("a", ("KAZ", "UZB"), "2023-04-30"),
                                      trade("a", ("KAZ", "UZB"), "2022")]),
        (doc("b", date(2024, 2, 10)), [agreement("b", ("AZE", "KAZ", "TKM"), "2024"),
                                       joined("b", "AZE", "SCO", "2024-02")]),
        (doc("c", None), [agreement("c", ("CHN", "UZB"), None)]),
        (doc("d", date(2024, 12, 31)), [agreement("d", ("KAZ", "UZB"), None)]),
    ]
    for document, facts in batches:
        kb.add_document(document, facts)
    yield kb
    kb.close()


def ids(rows: list[StoredFact]) -> list[tuple[str, str]]:
    return [(r.fact.doc_id, r.fact.type) for r in rows]


def test_all_facts_ordered_by_date_with_undated_last(kb: KnowledgeBase) -> None:
    rows = kb.facts()
    assert ids(rows) == [
        ("a", "agreement"), ("a", "trade_figure"), ("b", "agreement"), ("b", "membership"),
        ("d", "agreement"), ("c", "agreement"),
    ]


def test_filter_by_type(kb: KnowledgeBase) -> None:
    assert ids(kb.facts(type="membership")) == [("b", "membership")]
    assert kb.facts(type="project") == []


def test_filter_by_parties_requires_all_of_them(kb: KnowledgeBase) -> None:
    assert {r.fact.doc_id for r in kb.facts(parties=["UZB"])} == {"a", "c", "d"}
    assert ids(kb.facts(parties=["KAZ", "TKM"])) == [("b", "agreement")]
    assert kb.facts(parties=["KAZ", "CHN"]) == []
    assert ids(kb.facts(type="agreement", parties=["KAZ", "UZB"])) == [
        ("a", "agreement"), ("d", "agreement")
    ]


def test_date_range_uses_the_fact_date_else_the_publication_date(kb: KnowledgeBase) -> None:
    # "a": fact dated 2023-04-30 (published 2023-05-01); the trade figure has no date
    assert ids(kb.facts(until="2023-04")) == [("a", "agreement")]
    assert ids(kb.facts(since="2023-05", until="2023")) == [("a", "trade_figure")]
    assert {r.fact.doc_id for r in kb.facts(since="2024")} == {"b", "d"}
    assert {r.fact.doc_id for r in kb.facts(since="2024-02-01", until="2024-02-29")} == {"b"}
    # a fact dated only "2024" overlaps any day of 2024
    assert ids(kb.facts(until="2024-12-31", since="2024-12-31")) == [
        ("b", "agreement"), ("d", "agreement")
    ]
    assert ids(kb.facts(since="2024-02-10", type="membership")) == [("b", "membership")]
    assert ids(kb.facts(since="2024-03", type="membership")) == []
    assert ids(kb.facts(until="2022")) == []


def test_bad_date_bounds_are_input_errors(kb: KnowledgeBase) -> None:
    with pytest.raises(InputError, match="--since"):
        kb.facts(since="last year")
    with pytest.raises(InputError, match="--until"):
        kb.facts(until="2024-13")


def test_iter_facts_streams_everything_in_storage_order(kb: KnowledgeBase) -> None:
    streamed = list(kb.iter_facts(batch_size=2))
    assert [s.fact_id for s in streamed] == sorted(s.fact_id for s in kb.facts())
    assert len(streamed) == 6
    assert [s.fact_id for s in kb.iter_facts()] == [s.fact_id for s in streamed]


def test_actor_profile_groups_facts_by_year(kb: KnowledgeBase) -> None:
    profile = kb.actor_profile("KAZ")
    assert profile.actor.actor_id == "KAZ"
    assert profile.actor.name
    assert list(profile.facts_by_year) == ["2023", "2024"]
    assert [s.fact.doc_id for s in profile.facts_by_year["2024"]] == ["b", "d"]
    assert [s.fact.type for s in profile.facts_by_year["2023"]] == ["agreement", "trade_figure"]
    undated = kb.actor_profile("CHN")
    assert list(undated.facts_by_year) == ["unknown"]


def test_actor_profile_has_registry_memberships(kb: KnowledgeBase) -> None:
    from caspian.actors import load_registry

    registry = load_registry()
    groups = {m.group for m in registry.memberships("KAZ")}
    profile = kb.actor_profile("KAZ")
    assert {m.group for m in profile.memberships} == groups
    assert all(m.member == "KAZ" for m in profile.memberships)
    if "C5" in registry:
        assert "KAZ" in {m.member for m in kb.actor_profile("C5").members}


def test_unknown_actor(kb: KnowledgeBase) -> None:
    with pytest.raises(UnknownActorError):
        kb.actor_profile("XYZ")

"""Consolidation of a real knowledge base (SQLite in tmp_path): rebuild, idempotence,
ingestion order, re-ingest, and the gold facts of the development corpus."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from caspian.consolidate import consolidate_kb
from caspian.documents import Document
from caspian.facts import AgreementFact, Fact, GoldFact, ProjectFact, read_gold
from caspian.ingest import ingest_paths
from caspian.lifecycle import FactRecord, consolidate
from caspian.store import KnowledgeBase
from caspian.store import entities as db
from caspian.store.schema import documents, facts


def _doc(doc_id: str, published: date | None) -> Document:
    return Document(doc_id=doc_id, text=f"Our own text of {doc_id}.", published=published)


def _fact(doc_id: str, parties: Sequence[str], stage: str, when: str | None, **kw: Any) -> Fact:
    fields: dict[str, Any] = {"instrument": "peace_agreement", **kw}
    return AgreementFact(
        doc_id=doc_id,
        parties=tuple(parties),
        stage=stage,
        date=when,
        evidence=f"Our sentence: {stage} ({doc_id}).",
        **fields,
    )


ARTICLES: list[tuple[Document, list[Fact]]] = [
    (_doc("a", date(2025, 3, 14)), [_fact("a", ["ARM", "AZE"], "concluded", "2025-03-13")]),
    (
        _doc("b", date(2025, 8, 9)),
        [
            _fact("b", ["ARM", "AZE"], "initialed", "2025-08-08"),
            _fact(
                "b", ["ARM", "AZE", "USA"], "signed", "2025-08-08", instrument="joint_declaration"
            ),
        ],
    ),
    (_doc("c", date(2025, 8, 20)), [_fact("c", ["ARM", "AZE"], "initialed", "2025-08-18")]),
    (
        _doc("d", date(2025, 12, 1)),
        [
            _fact(
                "d",
                ["EU", "TJK"],
                "initialed",
                "2025-06",
                instrument="enhanced_partnership_cooperation_agreement",
                replaces="partnership_cooperation_agreement",
            ),
            _fact(
                "d",
                ["EU", "TJK"],
                "in_force",
                "2010",
                instrument="partnership_cooperation_agreement",
            ),
            ProjectFact(
                doc_id="d",
                parties=("GEO", "USA"),
                name="Anaklia port",
                host="GEO",
                stage="planned",
                evidence="Our sentence on a port.",
            ),
            ProjectFact(
                doc_id="d",
                parties=("USA",),
                name="the Anaklia deep-sea port",
                host="GEO",
                evidence="Our sentence on the port's investor.",
            ),
            ProjectFact(
                doc_id="d",
                parties=("KAZ", "RUS"),
                name="Balkhash nuclear plant",
                host="KAZ",
                evidence="Our sentence on a power plant.",
            ),
        ],
    ),
]


def _dump(kb: KnowledgeBase, *, without_fact_ids: bool = False) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    with kb.engine.connect() as conn:
        for table in db.ENTITY_TABLES:
            columns = [
                c
                for c in table.c
                if not (
                    without_fact_ids
                    and (
                        "fact_id" in c.name
                        or c.name in ("event_id", "value_id", "conflict_id", "events_json")
                    )
                )
            ]
            rows = conn.execute(select(*columns)).all()
            out[table.name] = sorted(tuple(row) for row in rows)
    return out


def _store(kb: KnowledgeBase, articles: Sequence[tuple[Document, list[Fact]]]) -> None:
    for doc, items in articles:
        assert kb.add_document(doc, items)


def test_consolidate_kb_builds_the_entities_of_the_pure_core(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        _store(kb, ARTICLES)
        report = consolidate_kb(kb)
        stored = kb.facts()
        with kb.engine.connect() as conn:
            ids = set(conn.execute(select(db.agreements.c.entity_id)).scalars())
            projects = {
                row.entity_id: len(json.loads(row.fact_ids_json))
                for row in conn.execute(select(db.projects))
            }
            conflicts = db.select_conflicts(conn)
    records = [
        FactRecord.from_fact(
            s.fact, ref=s.fact_id, reported=s.published.isoformat() if s.published else None
        )
        for s in stored
    ]
    expected = consolidate(records)
    assert ids == {a.entity_id for a in expected.agreements}
    assert projects == {p.entity_id: len(p.support.fact_refs) for p in expected.projects}
    assert sorted(projects.values()) == [1, 2]
    assert report.agreements == len(expected.agreements) == 4
    assert [c.kind for c in conflicts] == ["date_disagreement"]  # 08-08 against 08-18


def test_consolidate_kb_twice_changes_nothing(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        _store(kb, ARTICLES)
        consolidate_kb(kb)
        first = _dump(kb)
        again = consolidate_kb(kb, if_changed=True)
        assert again.skipped
        consolidate_kb(kb)
        assert _dump(kb) == first
        assert first["agreements"]


def test_consolidate_kb_does_not_depend_on_the_order_of_ingestion(tmp_path: Path) -> None:
    dumps = []
    for name, order in (("forward", ARTICLES), ("backward", list(reversed(ARTICLES)))):
        with KnowledgeBase.open(f"sqlite:///{tmp_path / name}.sqlite") as kb:
            _store(kb, order)
            consolidate_kb(kb)
            dumps.append(_dump(kb, without_fact_ids=True))
    assert dumps[0] == dumps[1]
    assert dumps[0]["agreement_links"]


def test_consolidate_kb_reingesting_the_same_files_changes_nothing(
    tmp_path: Path, db_url: str
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Kazakhstan and Uzbekistan signed a treaty on allied relations in Tashkent on "
        "22 December 2021.\n",
        encoding="utf-8",
    )
    (folder / "two.txt").write_text(
        "Armenia and Azerbaijan initialled a peace agreement in Washington on 8 August 2025.\n",
        encoding="utf-8",
    )
    with KnowledgeBase.open(db_url) as kb:
        first_report = ingest_paths([folder], kb)
        assert first_report.documents_new == 2
        first = _dump(kb)
        second_report = ingest_paths([folder], kb)
        assert second_report.documents_new == 0
        assert _dump(kb) == first
    assert len(first["agreements"]) == 2  # ingest consolidated by itself


def _gold_articles(folder: Path) -> list[tuple[Document, list[Fact]]]:
    articles = []
    for gold_path in sorted(folder.glob("*.gold.jsonl")):
        stem = gold_path.name[: -len(".gold.jsonl")]
        meta_path = folder / f"{stem}.meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        gold: list[GoldFact] = read_gold(gold_path)
        if not gold:
            continue
        published = meta.get("published")
        doc = Document(
            doc_id=gold[0].fact.doc_id,
            text=f"gold facts of {stem}",
            published=date.fromisoformat(published[:10]) if published else None,
        )
        by_doc: dict[str, list[Fact]] = {}
        for item in gold:
            by_doc.setdefault(item.fact.doc_id, []).append(item.fact)
        for doc_id, items in by_doc.items():
            articles.append(
                (
                    Document(
                        doc_id=doc_id,
                        text=f"gold facts of {stem}/{doc_id}",
                        published=doc.published,
                    ),
                    items,
                )
            )
    return articles


def _distinct_gold_agreements(articles: Sequence[tuple[Document, list[Fact]]]) -> int:
    """Distinct agreements in gold facts, by the annotators' reading: same parties and
    instrument; for the instruments parties may hold several of (memoranda, sectoral
    cooperation agreements, declarations, transit arrangements, other) also the same
    title, or, untitled, the same topics and date — except that an untitled fact of a
    step after signature (ratified, in force, terminated, ...) speaks of the agreement its
    own document names with the same parties and instrument: the one titled there, else
    the latest untitled one begun before it. Investment deals: one bundle per year."""
    many = {
        "memorandum_of_understanding",
        "cooperation_agreement",
        "joint_declaration",
        "transit_arrangement",
        "other",
    }
    later = {
        "ratified",
        "in_force",
        "implemented",
        "reaffirmed",
        "suspended",
        "superseded",
        "terminated",
    }
    keys = set()
    for doc, items in articles:
        agreements = [f for f in items if isinstance(f, AgreementFact)]

        def when(fact: AgreementFact) -> str:
            return fact.date or (doc.published.isoformat() if doc.published else "")  # noqa: B023

        def own_key(fact: AgreementFact) -> tuple[Any, ...]:
            key: tuple[Any, ...] = (fact.parties, fact.instrument)
            if fact.instrument in many:
                return (
                    *key,
                    fact.title.lower() if fact.title else (tuple(sorted(fact.topics)), when(fact)),
                )
            if fact.instrument == "investment_deals":
                return (*key, when(fact)[:4])
            return key

        for fact in agreements:
            key = own_key(fact)
            if fact.instrument in many and not fact.title and fact.stage in later:
                same = [
                    f
                    for f in agreements
                    if f is not fact
                    and (f.parties, f.instrument) == (fact.parties, fact.instrument)
                ]
                titled = {own_key(f) for f in same if f.title}
                begun = [
                    f
                    for f in same
                    if not f.title and f.stage not in later and when(f) <= when(fact)
                ]
                if len(titled) == 1:
                    key = titled.pop()
                elif begun:
                    key = own_key(max(begun, key=when))
            keys.add(key)
    return len(keys)


def test_consolidate_kb_dev_corpus_gold_gives_one_entity_per_gold_agreement(
    dev_corpus: Path, db_url: str
) -> None:
    articles = _gold_articles(dev_corpus)
    with KnowledgeBase.open(db_url) as kb:
        _store(kb, articles)
        report = consolidate_kb(kb)
        with kb.engine.connect() as conn:
            n_docs = len(conn.execute(select(documents.c.doc_id)).all())
            n_facts = len(conn.execute(select(facts.c.fact_id)).all())
    assert n_docs == len(articles) and n_facts > 0
    assert report.agreements == _distinct_gold_agreements(articles)


def test_consolidate_kb_sample_corpus_gold_gives_one_entity_per_gold_agreement(
    sample_corpus: Path, db_url: str
) -> None:
    articles = _gold_articles(sample_corpus)
    if not articles:
        pytest.skip("the sample corpus has no gold files yet")
    with KnowledgeBase.open(db_url) as kb:
        _store(kb, articles)
        report = consolidate_kb(kb)
    assert report.agreements == _distinct_gold_agreements(articles)


def test_consolidate_kb_one_party_ratification_joins_its_agreement(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        _store(
            kb,
            [
                (
                    _doc("s", date(2026, 1, 11)),
                    [_fact("s", ["ARM", "AZE"], "signed", "2026-01-10")],
                ),
                (_doc("r1", date(2026, 3, 2)), [_fact("r1", ["ARM"], "ratified", "2026-03-01")]),
                (_doc("r2", date(2026, 5, 2)), [_fact("r2", ["AZE"], "ratified", "2026-05-01")]),
            ],
        )
        report = consolidate_kb(kb)
        with kb.engine.connect() as conn:
            (row,) = conn.execute(select(db.agreements)).all()
            events = [(r.stage, r.party) for r in db.select_events(conn, [row.entity_id])]
            parties = sorted(conn.execute(select(db.entity_parties.c.actor_id)).scalars())
    assert report.agreements == 1
    assert row.party_key == "ARM,AZE"
    assert events == [("signed", None), ("ratified", "ARM"), ("ratified", "AZE")]
    assert parties == ["ARM", "AZE"]
    assert db.stage_on(row.states, "2026-04-01") == "signed"
    assert db.stage_on(row.states, "2026-06-01") == "ratified"

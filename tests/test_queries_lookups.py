"""The fast paths of the queries (one party's listing in ``party_agreements``, two
parties' entities in ``entity_pairs``) answer exactly what filtering the full listing
answers, and pages of a listing put together give the whole listing."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

import pytest

from caspian import queries
from caspian.consolidate import consolidate_kb
from caspian.errors import InputError
from caspian.store import KnowledgeBase
from test_consolidate_kb import ARTICLES, _gold_articles

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"
DATES = ("2011", "2024-12", "2025-08-08", "2025-08-31", "2099")


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    articles = list(ARTICLES) + (_gold_articles(DEV) if DEV.is_dir() else [])
    url = f"sqlite:///{tmp_path_factory.mktemp('lookups') / 'kb.sqlite'}"
    with KnowledgeBase.open(url) as opened:
        for document, items in articles:
            opened.add_document(document, items)
        consolidate_kb(opened)
        yield opened


def _actors(kb: KnowledgeBase) -> list[str]:
    everything = queries.agreements(kb, as_of="2099")
    return sorted({p for a in everything for p in a.parties})


def test_queries_lookups_one_party_equals_filtered_listing(kb: KnowledgeBase) -> None:
    actors = _actors(kb)
    assert len(actors) >= 4
    for when in DATES:
        everything = queries.agreements(kb, as_of=when)
        for actor in actors:
            expected = [a for a in everything if actor in a.parties]
            assert queries.agreements(kb, parties=[actor], as_of=when) == expected
            assert queries.agreements(kb, parties=[actor, actor], as_of=when) == expected


def test_queries_lookups_several_parties_equal_filtered_listing(kb: KnowledgeBase) -> None:
    actors = _actors(kb)
    everything = queries.agreements(kb, as_of="2099")
    found_any = False
    for a, b in combinations(actors, 2):
        expected = [x for x in everything if a in x.parties and b in x.parties]
        found_any = found_any or bool(expected)
        assert queries.agreements(kb, parties=[b, a], as_of="2099") == expected
        for c in actors[:6]:
            three = [x for x in expected if c in x.parties]
            assert queries.agreements(kb, parties=[a, b, c], as_of="2099") == three
    assert found_any


def test_queries_lookups_status_covers_what_the_pair_shares(kb: KnowledgeBase) -> None:
    actors = _actors(kb)
    every_conflict = queries.conflicts(kb)
    for a, b in combinations(actors, 2):
        for when in ("2025-08", "2099"):
            report = queries.status(kb, a, b, as_of=when)
            listed = queries.agreements(kb, parties=[a, b], as_of=when)
            assert [d.agreement for d in report.agreements] == listed
            ids = {s.entity_id for s in listed} | {f.entity_id for f in report.trade_figures}
            assert [(c.kind, c.entity_id, c.detail) for c in report.conflicts] == [
                (c.kind, c.entity_id, c.detail) for c in every_conflict if c.entity_id in ids
            ]
            details = queries.agreement_details(kb, listed, as_of=when, evidence_per_step=1)
            assert list(report.agreements) == details


def test_queries_lookups_pages_make_the_whole_listing(kb: KnowledgeBase) -> None:
    actor = max(_actors(kb), key=lambda a: len(queries.agreements(kb, parties=[a], as_of="2099")))
    whole = queries.agreements(kb, parties=[actor], as_of="2099")
    assert len(whole) >= 3
    pages = [
        queries.agreements(kb, parties=[actor], as_of="2099", limit=2, offset=start)
        for start in range(0, len(whole) + 2, 2)
    ]
    assert [a for page in pages for a in page] == whole
    assert pages[-1] == []
    assert queries.agreements(kb, parties=[actor], as_of="2099", limit=0) == []
    stage = whole[0].stage
    same_stage = [a for a in whole if a.stage == stage]
    one = queries.agreements(kb, parties=[actor], as_of="2099", stage=stage, limit=1)
    assert one == same_stage[:1]
    everything = queries.agreements(kb, as_of="2099")
    assert queries.agreements(kb, as_of="2099", offset=1) == everything[1:]
    with pytest.raises(InputError, match="--limit"):
        queries.agreements(kb, parties=[actor], limit=-1)
    with pytest.raises(InputError, match="--offset"):
        queries.agreements(kb, parties=[actor], offset=-2)

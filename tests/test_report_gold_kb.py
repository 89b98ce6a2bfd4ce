"""The Year in Review apart from extraction quality: a knowledge base built from the gold
facts of corpus/ themselves (each document read with caspian.readers, stored with its
non-optional gold facts, the first of any alternatives), then consolidated.

Every non-optional gold agreement of the year with a party in the region must appear in
the review: cited by a fact sentence whose note quotes the gold evidence from its
document, and phrased with the gold stage. Gold projects of the year must show in the
projects table, each in exactly one row. The knowledge base holds corpus/ alone, and
corpus/ with the founding document (when the dev corpus is there).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from caspian.consolidate import consolidate_kb
from caspian.facts import AgreementFact, Fact, GoldFact, ProjectFact, read_gold
from caspian.readers import read_paths
from caspian.report import YearInReview, build_review, load_regions, render_html
from caspian.report import phrasing as say
from caspian.store import KnowledgeBase

FOUNDING = "caspian-year-in-review-2025"


@dataclass(frozen=True)
class GoldKB:
    path: Path
    gold_files: tuple[Path, ...]


_BUILT: dict[str, GoldKB] = {}
_REVIEWS: dict[tuple[str, int], YearInReview] = {}


def _build(path: Path, documents: list[Path], gold_files: list[Path]) -> GoldKB:
    facts: dict[str, list[Fact]] = {}
    for file in gold_files:
        for gold in read_gold(file):
            if not gold.optional:
                facts.setdefault(gold.fact.doc_id, []).append(gold.fact)
    with KnowledgeBase.open(f"sqlite:///{path}") as kb:
        read = read_paths(documents)
        stored = {doc.doc_id for doc in read.documents
                  if kb.add_document(doc, facts.get(doc.doc_id, []))}
        assert not read.skipped
        assert set(facts) <= stored, "a gold file without its document"
        consolidate_kb(kb)
    return GoldKB(path, tuple(gold_files))


@pytest.fixture(params=["corpus", "corpus+founding"])
def gold(request: pytest.FixtureRequest, sample_corpus: Path,
         tmp_path_factory: pytest.TempPathFactory) -> GoldKB:
    """corpus/ (and the founding document) with the gold facts as the knowledge base's
    facts; each variant built once per module."""
    variant = str(request.param)
    if variant not in _BUILT:
        documents, gold_files = [sample_corpus], sorted(sample_corpus.glob("*.gold.jsonl"))
        if variant == "corpus+founding":
            dev: Path = request.getfixturevalue("dev_corpus")
            documents.append(dev / f"{FOUNDING}.txt")
            gold_files.append(dev / f"{FOUNDING}.gold.jsonl")
        path = tmp_path_factory.mktemp("gold-kb") / "kb.sqlite"
        _BUILT[variant] = _build(path, documents, gold_files)
    return _BUILT[variant]


@pytest.fixture
def gold_kb(gold: GoldKB) -> Iterator[KnowledgeBase]:
    with KnowledgeBase.open(f"sqlite:///{gold.path}") as opened:
        yield opened


def _review(gold: GoldKB, kb: KnowledgeBase, year: int) -> YearInReview:
    key = (str(gold.path), year)
    if key not in _REVIEWS:
        _REVIEWS[key] = build_review(kb, year, corridor=False)
    return _REVIEWS[key]


def _year_golds(gold: GoldKB, kb: KnowledgeBase, year: int, kind: type[Fact]
                ) -> list[GoldFact]:
    """Non-optional gold facts of a kind dated in the year (by their own date, else the
    publication date of their document) with a party (or host) in the default region."""
    region = load_regions().get(None)
    published = {d.doc_id: d.published.isoformat() for d in kb.documents() if d.published}
    out = []
    for item in (g for path in gold.gold_files for g in read_gold(path)):
        fact = item.fact
        if item.optional or not isinstance(fact, kind):
            continue
        actors = list(fact.parties) + ([fact.host] if isinstance(fact, ProjectFact) else [])
        when = fact.date or published.get(fact.doc_id, "")
        if when[:4] == str(year) and region.covers(actors):
            out.append(item)
    return out


def _stored_ids(kb: KnowledgeBase, fact: Fact) -> list[int]:
    """The ids of the stored facts equal to a gold fact."""
    return [s.fact_id for s in kb.facts(type=fact.type) if s.fact == fact]


def _stage_words(stage: str) -> tuple[str, ...]:
    return (say.STAGE_VERBS[stage], say.STAGE_NOUNS[stage])


@pytest.mark.parametrize("year", [2025, 2024])
def test_every_gold_agreement_of_the_year_is_stated_and_cited(
    gold: GoldKB, gold_kb: KnowledgeBase, year: int
) -> None:
    review = _review(gold, gold_kb, year)
    golds = _year_golds(gold, gold_kb, year, AgreementFact)
    assert len(golds) >= (15 if year == 2025 else 5), "too few gold agreements to test"
    numbers = {n.source.fact_id: n.number for n in review.notes}
    cited_by: dict[int, list[str]] = {}
    for sentence in review.sentences():
        if sentence.kind == "fact":
            for number in sentence.notes:
                cited_by.setdefault(number, []).append(sentence.text)
    missing, unphrased = [], []
    for item in golds:
        fact = item.fact
        assert isinstance(fact, AgreementFact)
        label = (fact.doc_id, fact.parties, fact.instrument.value, fact.stage.value)
        texts = [t for fact_id in _stored_ids(gold_kb, fact)
                 for t in cited_by.get(numbers.get(fact_id, 0), [])]
        if not texts:
            missing.append(label)
        elif not any(w in text for text in texts for w in _stage_words(fact.stage.value)):
            unphrased.append((label, texts))
    assert not missing, f"gold agreements of {year} not cited in the review: {missing}"
    assert not unphrased, f"cited without their stage: {unphrased}"


def test_every_gold_project_of_the_year_has_one_row(gold: GoldKB, gold_kb: KnowledgeBase
                                                    ) -> None:
    review = _review(gold, gold_kb, 2025)
    golds = _year_golds(gold, gold_kb, 2025, ProjectFact)
    assert golds, "the corpus has projects in 2025"
    rows = review.connectivity.projects
    numbers = {n.source.fact_id: n.number for n in review.notes}
    for item in golds:
        fact = item.fact
        assert isinstance(fact, ProjectFact)
        cited = {numbers[i] for i in _stored_ids(gold_kb, fact) if i in numbers}
        holding = [row for row in rows if cited & set(row.sentence.notes)]
        assert len(holding) == 1, f"{fact.name}: {len(holding)} rows"
        assert holding[0].host == fact.host
    # every row is a gold project of the year, and no more rows than distinct gold names
    names = {(g.fact.host, g.fact.name) for g in golds if isinstance(g.fact, ProjectFact)}
    assert len(rows) <= len(names)


def test_the_gold_review_states_nothing_outside_the_knowledge_base(
    gold: GoldKB, gold_kb: KnowledgeBase
) -> None:
    review = _review(gold, gold_kb, 2025)
    stored = {s.fact_id: s for s in gold_kb.facts()}
    for note in review.notes:
        assert note.source.quote == stored[note.source.fact_id].fact.evidence
    numbers = {n.number for n in review.notes}
    for sentence in review.sentences():
        if sentence.kind == "fact":
            assert sentence.notes and set(sentence.notes) <= numbers, sentence.text
    html = render_html(review)
    assert html.count('<li id="note-') == len(review.notes)

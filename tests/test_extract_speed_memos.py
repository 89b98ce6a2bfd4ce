"""Per-document memos of the extraction keep what they find: each memo gives the answer
the plain function gives, on the corpus (real pipeline)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from caspian.documents import Document
from caspian.extract import parties
from caspian.extract.base import get_ext
from caspian.extract.pipeline import build_pipeline

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _corpus_docs(count: int = 12) -> list[Document]:
    paths = sorted(CORPUS.glob("*.md"))[:count]
    return [
        Document(path.stem, path.read_text(encoding="utf-8"), date(2024, 6, 1)) for path in paths
    ]


def test_is_party_memo_answers_as_the_plain_check() -> None:
    from caspian.extract import _make_doc

    nlp = build_pipeline()
    checked = 0
    for document in _corpus_docs():
        doc = nlp(_make_doc(document))
        for mention in get_ext(doc, "actors") or []:
            for companies in (False, True):
                plain = parties._is_party(doc, mention, companies)
                assert parties.is_party(doc, mention, companies=companies) == plain
                assert parties.is_party(doc, mention, companies=companies) == plain  # memo
                checked += 1
        assert doc.user_data.get("caspian.is_party")  # the memo was used
    assert checked > 100


def test_a_range_that_may_name_no_day_or_month_has_no_date_with_one() -> None:
    from caspian.extract.dates import find_dates, may_name_day, may_name_month
    from caspian.extract.sentences import sentence_bounds

    texts = [document.text for document in _corpus_docs(40)]
    texts.append(
        "Talks ended Tuesday. They met yesterday. TODAY the deal. Signed on 5 May 2024, "
        "in May, this month and next year. On Friday, the envoy left; by 2030 it ends. "
        "In March they met. Last month it was. In the Sept. talks."
    )
    skipped = 0
    for text in texts:
        bounds = sentence_bounds(text)
        leads = [(0, bounds[min(2, len(bounds) - 1)][1])] if bounds else []
        for start, end in [*bounds, *leads]:  # sentences, and a story's lead (three)
            found = find_dates(text, published=date(2024, 6, 1), start=start, end=end)
            days = [d for d in found if start <= d.start and d.end <= end and len(d.value) == 10]
            if not may_name_day(text, start, end):
                skipped += 1
                assert not days, text[start:end]
            elif days:
                assert may_name_day(text, days[0].start, days[0].end)
            months = [d for d in found if start <= d.start and d.end <= end and len(d.value) >= 7]
            if not may_name_month(text, start, end):
                assert not months, text[start:end]
            assert may_name_month(text, start, end) or not may_name_day(text, start, end)
    assert skipped > 50

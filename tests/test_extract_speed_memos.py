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

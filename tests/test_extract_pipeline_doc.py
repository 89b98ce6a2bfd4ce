"""The pipeline's Doc: a token per sentence, the text kept, sentences as spaCy makes them
from its own tokens, and lazily found dates and quantities."""

from __future__ import annotations

from datetime import date

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from caspian.documents import Document
from caspian.extract import extract_doc
from caspian.extract.base import CaspianDoc, dates_in, quantities_in
from caspian.extract.dates import find_dates
from caspian.extract.money import find_quantities
from caspian.extract.pipeline import build_pipeline, set_sentences

PIECES = [
    "Kazakhstan signed a deal.", "It cost $2 billion.", "Mr. Smith left", " ", "  ", "\n",
    "\n\n", "\t", " \n ", "U.S. officials", "“Yes,” he said.", "!", "word", "\u00a0", "x.Y",
]  # fmt: skip


_BLANK = spacy.blank("en")


def _spans(doc: spacy.tokens.Doc) -> list[tuple[int, int, str]]:
    try:
        return [(s.start_char, s.end_char, s.text) for s in doc.sents]
    except ValueError:
        return []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_sentences_are_those_spacy_tokens_would_give(pieces: list[str]) -> None:
    text = "".join(pieces)
    ours = build_pipeline().make_doc(text)
    assert isinstance(ours, CaspianDoc)
    assert ours.text == text
    theirs = _BLANK.make_doc(text)
    assert _spans(set_sentences(ours)) == _spans(set_sentences(theirs))


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_tokens_rebuild_any_text(text: str) -> None:
    doc = build_pipeline().make_doc(text)
    assert "".join(token.text_with_ws for token in doc) == text
    assert {t.idx for t in doc} <= {t.idx for t in _BLANK.make_doc(text)}


def test_dates_and_quantities_are_found_for_the_range_asked() -> None:
    text = "Astana, 2 May 2025. Trade reached $3 billion in 2024.\nNext year it may double."
    doc = extract_doc(Document("d", text, date(2025, 5, 2)))
    whole_dates = find_dates(text, published=date(2025, 5, 2))
    assert list(doc._.dates) == whole_dates
    assert dates_in(doc, 20, 54) == [d for d in whole_dates if d.start >= 20 and d.end <= 54]
    assert list(doc._.quantities) == find_quantities(text)
    assert [q.text for q in quantities_in(doc, 20, 54)] == ["$3 billion"]

"""The pipeline's Doc has a token per sentence: its sentences are exactly those of a Doc
of white space tokens with the same sentence starts (the tokenizer it replaced)."""

from __future__ import annotations

import re

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from caspian.extract.base import BOUNDS_KEY, CaspianDoc, text_of
from caspian.extract.pipeline import build_pipeline, set_sentences
from caspian.extract.sentences import MAX_SENTENCE, sentence_bounds

_SPLIT = re.compile(r"(\s+)")
_VOCAB = spacy.blank("en").vocab


def white_space_doc(text: str) -> Doc:
    """spaCy's splitting at white space only (the tokenizer before sentence chunks): runs
    of non-space characters; a single space after one is its trailing space, any other
    white space a token."""
    words: list[str] = []
    spaces: list[bool] = []
    parts = _SPLIT.split(text)
    index = 0
    if parts[0] == "":
        if len(parts) > 1:
            words.append(parts[1])
            spaces.append(False)
        index = 2
    while index < len(parts) and parts[index]:
        words.append(parts[index])
        if index + 1 >= len(parts):
            spaces.append(False)
            break
        gap = parts[index + 1]
        spaces.append(gap[0] == " ")
        rest = gap[1:] if gap[0] == " " else gap
        if rest:
            words.append(rest)
            spaces.append(False)
        index += 2
    return Doc(_VOCAB, words=words, spaces=spaces)


def _spans(doc: Doc) -> list[tuple[int, int]]:
    if len(doc) == 0:
        return []
    return [(s.start_char, s.end_char) for s in doc.sents]


def _check(text: str) -> None:
    ours = build_pipeline().make_doc(text)
    assert isinstance(ours, CaspianDoc)
    assert ours.text == text == text_of(ours)
    assert "".join(token.text_with_ws for token in ours) == text
    theirs = white_space_doc(text)
    assert theirs.text == text
    assert _spans(set_sentences(ours)) == _spans(set_sentences(theirs))
    assert ours._.sentences == sentence_bounds(text) == theirs._.sentences
    # every token of ours is a sentence
    assert [(t.idx, t.idx + len(t.text)) for t in ours] == _spans(ours)


PIECES = [
    "Kazakhstan signed a deal.", "It cost $2 billion.", "Mr. Smith left", " ", "  ", "\n",
    "\n\n", "\t", " \n ", "U.S. officials", "“Yes,” he said.", "!", "word", "\u00a0", "x.Y",
    "\u2028", " \u3000", "end. ", "A", "a; b, c",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_sentences_as_white_space_tokens_give(pieces: list[str]) -> None:
    _check("".join(pieces))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text(text: str) -> None:
    _check(text)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["x", "y.", ",", ";", "Z"]),
            st.integers(min_value=1, max_value=2 * MAX_SENTENCE),
            st.sampled_from(["", " ", "  ", "\n", " \n", "\t", ". ", ", "]),
        ),
        max_size=6,
    )
)
def test_over_long_runs_cut_inside(runs: list[tuple[str, int, str]]) -> None:
    """Runs of non-space characters longer than a sentence may have: the pieces start
    inside a run, and the chunk starts at the next white space token as spaCy's would."""
    _check("".join(unit * count + gap for unit, count, gap in runs))


def test_edge_texts() -> None:
    for text in ["", " ", "a ", " a", "a  ", "a \n", "x" * 4000, "x" * 4000 + " ", "\n\n\n"]:
        _check(text)


def test_chunk_examples() -> None:
    doc = build_pipeline().make_doc("  Baku hosted talks. Astana agreed.\n\nNext")
    assert [t.text for t in doc] == ["  ", "Baku hosted talks.", "Astana agreed.\n\n", "Next"]
    assert [t.whitespace_ for t in doc] == ["", " ", "", ""]
    assert doc.user_data[BOUNDS_KEY] == [(2, 20), (21, 35), (37, 41)]


def test_lexeme_attributes_are_not_computed() -> None:
    """No rule reads them: the pipeline's vocab makes none (spaCy's blank one would)."""
    nlp = build_pipeline()
    with nlp.memory_zone():
        doc = nlp.make_doc("http://example.com 42")
        assert not doc[0].like_url and not doc[0].like_num
    blank = spacy.blank("en").make_doc("http://example.com 42")
    assert blank[0].like_url and blank[-1].like_num

"""The group-phrase patterns of the references component are tried only where their matches
can begin (before a noun found with ``str.find``): they find what a scan of the whole text
finds, on generated text and on the corpus."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from caspian.extract import references

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

WORDS = [
    "the", "The", "that", "That", "its", "their", "it", "two", "five", "ten", "full", "member",
    "members", "member states", "member countries", "union", "bloc", "blocs", "organisation",
    "organization", "alliance", "grouping", "group", "association", "commonwealth", "x-the",
    "Tthe", "9that", "_its", "Caucasus", "Caucasian", "Baltic", "Gulf", "Arab", "Koreas",
    "Caspian", "littoral", "coastal", "shore", "states", "countries", "nations", "South",
    "monarchies", "both", "three", "six", "unions", "ssthe", "nonmember",
]  # fmt: skip
GAPS = [" ", "  ", "\n", "", "-", "’", "\t", " \u00a0"]
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), max_size=14).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)

FAST: dict[str, tuple[re.Pattern[str], Callable[[str], Iterator[re.Match[str]]]]] = {
    "_ORG_ANAPHOR": (references._ORG_ANAPHOR, references._org_anaphors),
    "_MEMBER_STATES": (references._MEMBER_STATES, references._member_phrases),
}


def _region_keys(text: str) -> list[tuple[int, int]]:
    at = sorted({p for word in references._REGION_WORDS for p in references._found(text, word)})
    return [m.span() for m in references._matches_at(references._REGION_KEY, text, at)]


def _check(text: str) -> None:
    for name, (pattern, fast) in FAST.items():
        assert [(m.span(), m.groupdict()) for m in fast(text)] == [
            (m.span(), m.groupdict()) for m in pattern.finditer(text)
        ], (name, text)
    assert _region_keys(text) == [m.span() for m in references._REGION_KEY.finditer(text)]


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_tried_where_they_can_begin_they_find_what_a_scan_finds(text: str) -> None:
    _check(text)


def test_on_the_corpus() -> None:
    for path in sorted(CORPUS.glob("*")):
        if path.suffix in (".md", ".txt"):
            _check(path.read_text(encoding="utf-8"))


def test_group_phrases_still_resolve() -> None:
    from datetime import date

    from caspian.documents import Document
    from caspian.extract import extract_doc

    text = (
        "Leaders of the Shanghai Cooperation Organisation met in Astana. "
        "The organisation admitted Belarus, and all its member states signed a declaration. "
        "The five Caspian states and the Baltic states were not there."
    )
    doc = extract_doc(Document("t", text, date(2024, 7, 5)))
    refs = [(m.text, m.actor_id) for m in doc._.actors if m.via == "reference"]
    assert ("The organisation", "SCO") in refs
    assert any(surface == "its member states" for surface, _ in refs)
    assert ("The five Caspian states", "AZE") in refs
    assert ("the Baltic states", "EST") in refs
    # a noun without its determiner right before it is not a reference
    plain = extract_doc(Document("u", "A regional group met. Union talks ended.", None))
    assert not [m for m in plain._.actors if m.via == "reference"]

"""A project name's word is looked for in a sentence by plain search when both are ASCII
(no pattern compiled for each new name): it finds exactly what the word's pattern finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caspian.extract.project_names import has_word, word_pattern

ALPHABET = "abkKsSiIzZ09_- .,'\né’—\u0130\u0131\u017f\u212a\u00b5\u03bc\u1e9e\u00df"
WORDS = st.text(alphabet="abkKsSiI09_-é\u0130\u017f", min_size=1, max_size=4)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=30), WORDS, st.booleans())
def test_same_as_the_pattern(text: str, word: str, end: bool) -> None:
    expected = word_pattern(word, end=end).search(text) is not None
    assert has_word(text, word, end=end) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Khorgos", "khorgos", "Port", "_", "-", " ", "x", "2"]),
                max_size=8), st.booleans())  # fmt: skip
def test_same_as_the_pattern_on_name_pieces(pieces: list[str], end: bool) -> None:
    text = "".join(pieces)
    for word in ("khorgos", "port", "2"):
        expected = word_pattern(word, end=end).search(text) is not None
        assert has_word(text, word, end=end) == expected


def test_words_of_a_name() -> None:
    assert has_word("The Khorgos-Eastern Gate port opened.", "khorgos")
    assert not has_word("The Khorgos-Eastern Gate port opened.", "khorg")
    assert has_word("The Khorgos-Eastern Gate port opened.", "khorg", end=False)
    assert not has_word("the_khorgos port", "khorgos")

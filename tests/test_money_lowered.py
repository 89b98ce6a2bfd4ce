"""find_quantities matches case-sensitively in the lower-cased text: it finds exactly what
the case-insensitive patterns find in the text itself, on any text."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from caspian.extract import money

PIECES = [
    "$", "US$", "Us$", "USD ", "usd", "Eur ", "EUR ", "€", "¥", "RMB ", "About ", "MORE THAN ",
    "Up To ", "From ", "BETWEEN ", " AND ", " To ", "-", "–", "1", "25", "3.5", "1,200", "2024",
    "Two", "A", "a", "Half A", " Million", " BILLION", " Bn", " bn.", "M", "B", "m", " K",
    " Tonnes", " BCM", " TEU", " teu", "%", " Per Cent", " Dollars", " EUROS", " Yuan", " KM",
    " Km", " people", ", ", ". ", "\n", " ", "China ", "CHINESE ", "x", "ſ", "İ", "ı", "K",
    "The trade grew ", "Approx. ", "M³", "m3", "   ", "\n\n  ", " " * 40, "1,234,567",
]  # fmt: skip


def _same(text: str) -> None:
    case_insensitive = money._find(text, 0, None, search=money._search)
    assert money.find_quantities(text) == case_insensitive


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_mixed_case_amounts(pieces: list[str]) -> None:
    _same("".join(pieces))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text(text: str) -> None:
    _same(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.data())
def test_a_sentence_range(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert money.find_quantities(text, start=start, end=end) == money._find(
        text, start, end, search=money._search
    )


def test_the_text_of_an_amount_is_as_written() -> None:
    found = money.find_quantities("Officials pledged US$ 2.5 Billion. The EU gave EUR 300 Million.")
    assert [q.text for q in found] == ["US$ 2.5 Billion", "EUR 300 Million"]
    assert [q.unit for q in found] == ["USD", "EUR"]
    yuan = money.find_quantities("CHINA will lend ¥5 BILLION to the project.")
    assert [(q.text, q.unit) for q in yuan] == [("¥5 BILLION", "JPY")]  # _CHINA is cased
    yuan = money.find_quantities("China will lend ¥5 BILLION to the project.")
    assert [(q.text, q.unit) for q in yuan] == [("¥5 BILLION", "CNY")]


def test_folding_characters_fall_back_to_the_case_insensitive_scan() -> None:
    text = "Exports of 5 million tonnes and 3 billion dollars, ſome 4 billion"
    assert money._lowered(text) is None
    _same(text)
    assert money._lowered("Trade of $5 Billion") == "trade of $5 billion"


def test_only_the_listed_characters_fold_apart() -> None:
    """Every cased character outside _FOLDS_APART lower-cases to one character matched by a
    lower-case letter, [a-z], \\w, \\d and \\s exactly as the case-insensitive patterns match
    the character itself."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    apart = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.lower() == char and char.upper() == char and char.casefold() == char:
            continue  # no case: read alike either way
        low = char.lower()
        if len(low) != 1:
            apart.append(char)
            continue
        same = all(bool(re.fullmatch(a, char, re.I)) == (low == a) for a in letters)
        same = same and bool(re.fullmatch("[a-z]", char, re.I)) == bool(re.fullmatch("[a-z]", low))
        for cls in (r"\w", r"\d", r"\s"):
            same = same and bool(re.fullmatch(cls, char)) == bool(re.fullmatch(cls, low))
        if not same:
            apart.append(char)
    listed = [c for c in apart if money._FOLDS_APART.match(c)]
    assert apart == listed, [hex(ord(c)) for c in apart if c not in listed]

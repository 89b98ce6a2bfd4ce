"""find_quantities looks only near digits and scale words: it finds what a scan of every
position finds, on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caspian.extract import money

PIECES = [
    "$", "US$", "USD ", "€", "¥", "about ", "more than ", "up to ", "from ", "between ",
    " and ", " to ", "-", "–", "1", "25", "3.5", "1,200", "2024", "0", "two", "a", "half a",
    " million", " billion", " bn", "m", "b", " k", " tonnes", " bcm", " TEU", "%", " per cent",
    " dollars", " euros", " yuan", " km", " people", ", ", ". ", "\n", " ", "China ", "x",
    "the trade grew ", "someone",
]  # fmt: skip


def _both(text: str) -> None:
    fast = money.find_quantities(text)
    plain = money._find(text, 0, None, search=money._plain_search)
    assert fast == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_amount_like_text(pieces: list[str]) -> None:
    _both("".join(pieces))


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_any_text(text: str) -> None:
    _both(text)


def test_amounts_far_apart_and_long_white_space() -> None:
    text = (
        "Trade reached $5 billion"
        + " filler words" * 40
        + " and two billion euros.   about\n\n\n   $3 million"
    )
    found = money.find_quantities(text)
    assert [q.value for q in found] == [5e9, 2e9, 3e6]
    _both(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.data())
def test_a_sentence_range_finds_the_amounts_that_start_in_it(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    inside = money.find_quantities(text, start=start, end=end)
    assert all(start <= q.start < end for q in inside)

"""The amount search matches at a digit instead of searching every position before it when
no amount can start there (:func:`caspian.extract.money._alone`): that gate admits every
match of the full pattern, and the search finds what a plain scan finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caspian.extract import money

PIECES = [
    "$", "us$", "u.s.$", "usd", "eur ", "€", "£", "¥", "₸", "about ", "nearly ", "approx. ",
    "more than ", "up to ", "as much as ", "in excess of ", "over and above ", "from ",
    "between ", " and ", " to ", "-", "–", "1", "25", "3.5", "1,200", "2024", "0", "two",
    "a", "half a", " million", " billion", " bn", "m", "b", " k", " tonnes", " bcm", "%",
    " per cent", " dollars", " euros", " yuan", " km", " people", ", ", ". ", "\n", " ",
    "  ", "\t", "in ", "on ", "said ", "x", "the trade grew ", "estimated", "than", "of ",
]  # fmt: skip


def _first_candidate(text: str, start: int) -> int | None:
    return money._Candidates(text, len(text), money._SCALE_WORD_LOW).next(start)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.data())
def test_no_match_starts_before_a_lone_digit(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces).lower()
    start = data.draw(st.integers(0, len(text)))
    digit = _first_candidate(text, start)
    if digit is None or not text[digit].isdigit() or not money._alone(text, start, digit):
        return
    pattern = money._QUANTITY_LOW
    for position in range(start, digit):
        # neither in the whole text nor in the short look the search takes
        assert pattern.match(text, position) is None
        assert pattern.match(text, position, min(len(text), digit + money._AFTER)) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_the_search_finds_what_a_plain_scan_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    lowered = money._lowered(text)
    fast = money.find_quantities(text)
    plain = money._find(text, 0, None, search=money._plain_search, lowered=lowered)
    assert fast == plain
    assert fast == money._find(text, 0, None, search=money._plain_search)


def test_lone_digits_and_led_digits() -> None:
    text = "in 2024 trade grew to $5 billion, nearly 7 bcm, up from 3 bcm"
    assert money._alone(text, 0, text.index("2024"))
    assert not money._alone(text, 10, text.index("5"))  # "$5"
    assert not money._alone(text, 30, text.index("7"))  # "nearly 7"
    assert not money._alone(text, 45, text.index("3"))  # "from 3"
    assert [q.value for q in money.find_quantities(text)] == [5e9, 7e9, 3e9]


def test_a_plain_number_is_no_amount() -> None:
    assert money.find_quantities("In 2024, 19 agreements were signed on 12 March.") == []

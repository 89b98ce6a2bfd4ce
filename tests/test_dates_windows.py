"""find_dates on one sentence (with its context) finds the dates of that sentence that a
pass over the whole text finds; rules whose key words are absent are skipped."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from caspian.extract.dates import find_dates
from caspian.extract.sentences import sentence_bounds

SENTENCES = [
    "The deal was signed on 3 March 2025 in the capital.",
    "Talks resumed last month and will continue next year.",
    "By the end of 2026 the line should carry freight.",
    "Officials met on Tuesday.",
    "Exports rose in 2020-2024 and again in January-October 2024.",
    "Within the next decade, the corridor may double.",
    "The plan runs until 2030, the minister said yesterday.",
    "No date is given here.",
    "It has been in force since 2011.",
    "Some 2000 km of track were laid over the next five years.",
    "In May, delegates met; on Aug. 8 they returned.",
]
PUBLISHED = date(2025, 6, 15)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8), st.sampled_from([" ", "\n"]))
def test_sentence_by_sentence_equals_the_whole_text(sentences: list[str], sep: str) -> None:
    text = sep.join(sentences)
    whole = find_dates(text, published=PUBLISHED)
    pieces = [
        mention
        for start, end in sentence_bounds(text)
        for mention in find_dates(text, published=PUBLISHED, start=start, end=end)
    ]
    assert pieces == whole


@settings(max_examples=100, deadline=None)
@given(st.text(), st.data())
def test_any_range_of_any_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for mention in find_dates(text, published=PUBLISHED, start=start, end=end):
        assert text[mention.start : mention.end] == mention.text


def test_a_text_without_key_words_has_no_dates() -> None:
    assert find_dates("Delegates met and talked at length.", published=PUBLISHED) == []

"""Property-based robustness: no crash, evidence is the text at its offsets, determinism."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from random import Random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import fact_to_json

NEWSY = [
    "Kazakhstan and Uzbekistan signed a memorandum of understanding on energy.",
    "The two countries elevated ties to a strategic partnership.",
    "Georgia was invited to join the SCO.",
    "The treaty was ratified in 2019 and entered into force in 2020.",
    "Both sides may sign a free trade agreement with the EU, officials said.",
    "Baku and Astana agreed $2 billion in deals.",
    "<div class='x'>&nbsp;</div><script>var a = 1;</script>",
    "\u200b\u202e\ufeff",
    "“",
    "U.S.",
    "\n\n",
]


def check(text: str) -> None:
    document = Document("prop", text, date(2025, 1, 15))
    facts = extract_facts(document)
    for fact in facts:
        assert fact.evidence_start is not None and fact.evidence_end is not None
        assert text[fact.evidence_start : fact.evidence_end] == fact.evidence
    again = extract_facts(document)
    assert [fact_to_json(f) for f in facts] == [fact_to_json(f) for f in again]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_unicode_text(text: str) -> None:
    check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(NEWSY), st.text(max_size=20)), max_size=12))
def test_news_sentences_mixed_with_debris(parts: list[str]) -> None:
    check(" ".join(parts))


def test_empty_text() -> None:
    assert extract_facts(Document("empty", "", None)) == []


def test_html_debris() -> None:
    debris = (
        "<html><head><style>p{color:red}</style></head><body><p>Armenia &amp; Georgia "
        "<b>signed</b> a memorandum</p><!-- comment --><a href='/x?y=1&z=2'>link</a>"
        "</body></html>"
    )
    check(debris * 50)


def test_a_single_five_megabyte_line() -> None:
    unit = "market data cargo rail " * 80 + "Kazakhstan and Uzbekistan signed a rail agreement, "
    text = unit * (5_000_000 // len(unit) + 1)
    assert len(text) >= 5_000_000 and "\n" not in text
    document = Document("big", text, date(2025, 1, 15))
    facts = extract_facts(document)
    for fact in facts:
        assert text[fact.evidence_start : fact.evidence_end] == fact.evidence


# Unicode spellings that Python's case-insensitive patterns take for ASCII letters
# ("thıs year", "ſeptember", "Kelvin-sign K") or that change case: rules that look a
# matched word up in a table must not fail on them.
_VARIANTS = {
    "i": ["ı", "I", "İ"],
    "I": ["ı", "İ", "i"],
    "s": ["ſ", "S"],
    "S": ["ſ", "s"],
    "k": ["\u212a", "K"],
    "K": ["\u212a", "k"],
    "a": ["A"],
    "e": ["E"],
    "o": ["O"],
    "n": ["N"],
    "t": ["T"],
    "r": ["R"],
}


def _corpus_paragraphs() -> list[str]:
    root = Path(__file__).resolve().parent.parent / "corpus"
    paragraphs = [
        block.strip()
        for path in sorted(root.glob("*.txt"))
        for block in path.read_text(encoding="utf-8").split("\n\n")
        if 0 < len(block.strip()) < 1500
    ]
    return paragraphs or NEWSY


_PARAGRAPHS = _corpus_paragraphs()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_PARAGRAPHS), st.floats(0.05, 0.7), st.randoms(use_true_random=False))
def test_news_with_unicode_case_variants(paragraph: str, share: float, rng: Random) -> None:
    text = "".join(
        rng.choice(_VARIANTS[ch]) if ch in _VARIANTS and rng.random() < share else ch
        for ch in paragraph
    )
    check(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan signed a memorandum th\u0131s year.",
        "Armenia and Georgia signed a treaty on 5 \u017feptember 2024.",
        "Both sides pledged to double trade within \u017fix years.",
        "They signed it la\u017ft week, on \u017funday, \u0130N JUNE, toda\u0443.",
        "Trade reached $2 b\u0131llion \u0131n 2024, up from 1.5 \u212aM of track.",
        "The two countries agreed to triple trade over the next dec\u0430de by 2030.",
    ],
)
def test_unicode_case_variants_of_date_and_number_words(text: str) -> None:
    check(text)

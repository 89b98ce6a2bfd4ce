"""Property-based robustness: no crash, evidence is the text at its offsets, determinism."""

from __future__ import annotations

from datetime import date

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

"""References after a question or heading line (Q&A, explainers): "the two governments"
in an answer is the story's own pair, not the pair of an aside in the answer before.
Every text was written for these tests."""

from __future__ import annotations

from datetime import date

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 1, 16)


def parties(text: str) -> list[tuple[str, ...]]:
    facts = extract_facts(Document("q", text, PUBLISHED))
    return sorted(f.parties for f in facts if isinstance(f, AgreementFact))


_LEAD = (
    "Five questions on Uzbekistan's new pact with Japan\n\n"
    "Uzbekistan and Japan signed a strategic partnership declaration in Tokyo this week, "
    "officials said.\n\n"
    "Is there a model for it?\n\n"
    "Kazakhstan signed a similar declaration with Tokyo in 2022, after months of talks.\n\n"
)


def test_reference_after_a_question_line_is_the_lead_pair() -> None:
    text = (
        _LEAD + "Was anything else announced?\n\n"
        "The two governments also started negotiations on a nuclear cooperation agreement.\n"
    )
    assert ("JPN", "UZB") in parties(text)
    assert parties(text).count(("JPN", "KAZ")) == 1  # only the aside's own declaration


def test_reference_after_a_heading_line_is_the_lead_pair() -> None:
    text = (
        _LEAD + "What comes next\n\n"
        "The two countries also signed a memorandum on rare earths on Tuesday.\n"
    )
    assert ("JPN", "UZB") in parties(text)


def test_reference_in_the_same_paragraph_keeps_the_pair_just_named() -> None:
    text = (
        _LEAD.rstrip("\n") + " The two countries also signed a memorandum on rare earths in 2022.\n"
    )
    assert parties(text).count(("JPN", "KAZ")) == 2

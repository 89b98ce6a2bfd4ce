"""Agreement facts: "several other documents were also signed" during the event a story
reports is one fact between the event's parties; a negative determiner ("no other
documents", "signed no agreement") means no instrument. Every sentence was written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 10)

LEAD = "Azerbaijan and Uzbekistan signed a Treaty on Allied Relations on Friday. "

Key = tuple[tuple[str, ...], str, str]


def keys(text: str) -> set[Key]:
    facts = extract_facts(Document("n", text, PUBLISHED))
    return {
        (f.parties, f.instrument.value, f.stage.value)
        for f in facts
        if isinstance(f, AgreementFact)
    }


TREATY = (("AZE", "UZB"), "alliance", "signed")
OTHERS = (("AZE", "UZB"), "cooperation_agreement", "signed")


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Several other intergovernmental documents were also signed, the press service"
        " said, without listing them.",
        LEAD + "The talks covered trade and energy. A number of other agreements were signed"
        " during the visit.",
        LEAD + "Five other documents were signed at the ceremony.",
    ],
)
def test_other_documents_signed_at_the_event(text: str) -> None:
    assert keys(text) == {TREATY, OTHERS}


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "No other documents were signed.",
        LEAD + "Other documents could be signed later this year.",
        LEAD + "Other agreements are still being negotiated.",
        LEAD + "Neither side signed other documents.",
        "Azerbaijan and Armenia signed no agreement on Monday.",
        "Azerbaijan and Armenia ended their talks without a deal being signed.",
    ],
)
def test_no_other_instrument(text: str) -> None:
    assert OTHERS not in keys(text)
    assert (("ARM", "AZE"), "cooperation_agreement", "signed") not in keys(text)


def test_a_contrast_is_no_negation_of_the_instrument() -> None:
    text = "Azerbaijan and Armenia signed a peace agreement, not a ceasefire, on Monday."
    assert (("ARM", "AZE"), "peace_agreement", "signed") in keys(text)

"""Agreements: "Both documents ..." after a sentence stating two instruments is one fact
per instrument. Every text was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 30)


def facts(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    found = extract_facts(Document("b", text, PUBLISHED))
    return sorted(
        (f.parties, f.instrument.value, f.stage.value)
        for f in found
        if isinstance(f, AgreementFact)
    )


@pytest.mark.parametrize(
    "second",
    [
        "Both documents were ratified by the two parliaments in May.",
        "The two agreements entered into force on 1 June.",
        "Both accords were ratified in March, officials said.",
    ],
)
def test_both_documents_is_each_instrument(second: str) -> None:
    text = (
        "Georgia and Armenia signed a border treaty in Tbilisi in January, together with a "
        "memorandum on water use. " + second
    )
    stages = {s for _p, _i, s in facts(text)} - {"signed"}
    assert len(stages) == 1
    stage = stages.pop()
    assert (("ARM", "GEO"), "memorandum_of_understanding", stage) in facts(text)
    assert (("ARM", "GEO"), "other", stage) in facts(text)


def test_both_documents_after_one_instrument_is_unchanged() -> None:
    text = (
        "Georgia and Armenia signed a border treaty in Tbilisi in January. Both documents "
        "were ratified by the two parliaments in May."
    )
    assert [s for _p, _i, s in facts(text)].count("ratified") <= 1


def test_two_instruments_of_other_parties_are_not_split() -> None:
    text = (
        "Georgia signed a border treaty with Armenia and a memorandum on water with "
        "Azerbaijan. Both documents were ratified in May."
    )
    assert [s for _p, _i, s in facts(text)].count("ratified") <= 1

"""'The document', 'the treaty' after an instrument that states a relationship (a treaty on
allied relations, a declaration on strategic partnership): one fact of that instrument,
not a second, generic agreement. Real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_many


def _agreements(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    [(_doc, facts)] = list(extract_many([Document("anaphora", text, date(2024, 11, 5))]))
    return [(f.parties, f.instrument.value, f.stage.value) for f in facts if f.type == "agreement"]


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        (
            "Kazakhstan and Azerbaijan on Monday signed a treaty on allied relations. "
            "The document was signed by the two presidents at the Akorda palace.",
            "alliance",
        ),
        (
            "Uzbekistan and Hungary adopted a declaration on strategic partnership in Budapest. "
            "The document was signed by Prime Minister Viktor Orban and President Shavkat "
            "Mirziyoyev.",
            "strategic_partnership",
        ),
        (
            "Tajikistan and China signed a treaty on comprehensive strategic partnership. "
            "The treaty was signed in Dushanbe on Wednesday, officials said.",
            "comprehensive_strategic_partnership",
        ),
    ],
)
def test_the_document_is_the_relationship_instrument_before_it(text: str, instrument: str) -> None:
    found = _agreements(text)
    assert len(found) == 1, found
    assert found[0][1:] == (instrument, "signed")


def test_a_relationship_without_a_document_is_no_antecedent() -> None:
    text = (
        "Kazakhstan and Azerbaijan have a strategic partnership. "
        "On Monday the two countries signed an agreement on a fibre-optic cable."
    )
    found = _agreements(text)
    assert (("AZE", "KAZ"), "cooperation_agreement", "signed") in found
    assert all(
        instrument != "strategic_partnership" or stage != "signed"
        for _p, instrument, stage in found
    )

"""Listed documents: items that name their own parties, the other items of the same
list, and "Among the documents signed were ..." headers. Real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_many


def _agreements(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    [(_doc, facts)] = list(extract_many([Document("lists", text, date(2024, 11, 5))]))
    return [(f.parties, f.instrument.value, f.stage.value) for f in facts if f.type == "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "Following the talks, the following documents were signed:\n"
        "- Agreement between the Government of the Kyrgyz Republic and the Government of the "
        "Republic of Tajikistan on the state border;\n"
        "- Memorandum of understanding between the ministries of energy of Kyrgyzstan and "
        "Tajikistan;\n"
        "- Protocol on consultations between the foreign ministries.",
        "The sides signed the following documents:\n"
        "1. Agreement between Kyrgyzstan and Tajikistan on the state border\n"
        "2. Memorandum of understanding between the energy ministries of Kyrgyzstan and "
        "Tajikistan\n"
        "3. Protocol on consultations between the foreign ministries",
    ],
)
def test_items_take_their_own_parties_and_share_them(text: str) -> None:
    found = _agreements(text)
    assert (("KGZ", "TJK"), "memorandum_of_understanding", "signed") in found
    assert len(found) == 3
    assert all(parties == ("KGZ", "TJK") and stage == "signed" for parties, _i, stage in found)


def test_items_with_different_parties_keep_their_own() -> None:
    text = (
        "At the summit the following documents were signed:\n"
        "- a memorandum between Kazakhstan and Azerbaijan on a power cable;\n"
        "- an agreement between Uzbekistan and Turkmenistan on rail transit."
    )
    found = _agreements(text)
    assert (("AZE", "KAZ"), "memorandum_of_understanding", "signed") in found
    assert any(parties == ("TKM", "UZB") for parties, _i, _s in found)
    assert len(found) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan held talks in Tashkent on Monday. Among the documents "
        "signed were an agreement on the demarcation of the border and a memorandum on water "
        "management.",
        "Among the agreements inked during Kazakhstan's and Uzbekistan's talks were an "
        "agreement on the demarcation of the border and a memorandum on water management.",
    ],
)
def test_among_the_documents_signed_were_heads_a_list(text: str) -> None:
    found = _agreements(text)
    assert (("KAZ", "UZB"), "memorandum_of_understanding", "signed") in found
    assert len(found) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan held talks. Among the documents discussed were an "
        "agreement on the border and a memorandum on water.",
        "Kazakhstan and Uzbekistan held talks. Among the documents to be signed are an "
        "agreement on the border and a memorandum on water.",
    ],
)
def test_documents_discussed_or_to_be_signed_are_no_signed_list(text: str) -> None:
    assert all(stage != "signed" for _p, _i, stage in _agreements(text))

"""Agreements: outcome lists of a visit. Numbered or bulleted items one paragraph each,
items without parties taking the list's, a sentence after the list counting the rest
("The remaining two MoUs concern ..."), and a heading line ("Memoranda of Understanding
exchanged") above the items. Every text was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 30)


def facts(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    found = extract_facts(Document("l", text, PUBLISHED))
    return [
        (f.parties, f.instrument.value, f.stage.value)
        for f in found
        if isinstance(f, AgreementFact)
    ]


MOU = "memorandum_of_understanding"


def test_items_one_paragraph_each_and_the_remaining_ones() -> None:
    text = (
        "President Tokayev received President Mirziyoyev of Uzbekistan in Astana on Monday. "
        "In the presence of the two presidents, five MoUs were exchanged, among them:\n\n"
        "1. MoU between the Government of Kazakhstan and the Government of Uzbekistan on "
        "water.\n\n"
        "2. MoU between the Government of Kazakhstan, the Government of Uzbekistan and the "
        "Government of Kyrgyzstan on power lines.\n\n"
        "3. MoU on cooperation in tourism.\n\n"
        "The remaining two MoUs concern cooperation in health and in education.\n"
    )
    assert facts(text) == [
        (("KAZ", "UZB"), MOU, "signed"),
        (("KAZ", "KGZ", "UZB"), MOU, "signed"),
        (("KAZ", "UZB"), MOU, "signed"),
        (("KAZ", "UZB"), MOU, "signed"),
        (("KAZ", "UZB"), MOU, "signed"),
    ]


def test_other_agreements_after_a_dashed_list() -> None:
    text = (
        "Japan's prime minister met Vietnam's president in Hanoi on Tuesday. Four "
        "agreements were signed, including:\n\n"
        "- Agreement on a railway loan;\n"
        "- Agreement on port development.\n\n"
        "The other two agreements cover trade and culture.\n"
    )
    assert [p for p, _i, s in facts(text) if s == "signed"] == [("JPN", "VNM")] * 4


@pytest.mark.parametrize(
    "tail",
    [
        "The remaining two MoUs may be signed later.",
        "The other two ministers were absent.",
        "The remaining documents concern culture.",
    ],
)
def test_no_more_instruments_without_a_count_and_a_statement(tail: str) -> None:
    text = (
        "The prime ministers of Malaysia and Singapore met in Putrajaya. Three MoUs were "
        "exchanged, including:\n\n"
        "a) MoU on the high-speed rail link\n\n" + tail + "\n"
    )
    assert facts(text) == [(("MYS", "SGP"), MOU, "signed")]


@pytest.mark.parametrize(
    "heading",
    [
        "Memoranda of Understanding exchanged",
        "Documents signed:",
        "List of Agreements signed during the visit",
        "Agreements and MoUs exchanged",
    ],
)
def test_heading_line_above_numbered_items(heading: str) -> None:
    text = (
        "Prime Minister Modi held talks with President Dissanayake of Sri Lanka in Colombo "
        "today.\n\n" + heading + "\n\n"
        "1. MoU between the Government of India and the Government of Sri Lanka on defence "
        "cooperation.\n\n"
        "2. MoU on cooperation in digital solutions.\n"
    )
    assert facts(text) == [(("IND", "LKA"), MOU, "signed")] * 2


@pytest.mark.parametrize(
    "heading",
    [
        "Documents to be signed",
        "Projects",
        "Announcements",
        "Deals signed by companies",
    ],
)
def test_no_heading_without_documents_and_a_past_stage(heading: str) -> None:
    text = (
        "Prime Minister Modi held talks with President Dissanayake of Sri Lanka in Colombo "
        "today.\n\n" + heading + "\n\n"
        "1. MoU on cooperation in digital solutions.\n\n"
        "2. MoU on solar power.\n"
    )
    assert facts(text) == []


def test_heading_line_initialled_stage() -> None:
    text = (
        "Officials of Armenia and Azerbaijan met in Washington on Friday.\n\n"
        "Agreements initialled\n\n"
        "- Agreement on the opening of transport links\n"
        "- Agreement on border delimitation\n"
    )
    assert [(p, s) for p, _i, s in facts(text)] == [(("ARM", "AZE"), "initialed")] * 2

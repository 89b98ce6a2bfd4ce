"""Agreements: coordinated objects, each signed "with" its own partner, are one fact each
with the subject and that partner; an elided second one ("and another with") is a second
fact. Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 30)


def facts(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    found = extract_facts(Document("c", text, PUBLISHED))
    return sorted(
        (f.parties, f.instrument.value, f.stage.value)
        for f in found
        if isinstance(f, AgreementFact)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the day of the ceremony, Washington signed a trade agreement with Cambodia and "
            "an outline for one with Thailand.",
            [(("KHM", "USA"), "trade_agreement", "signed")],
        ),
        (
            "Japan signed a security pact with Australia and a memorandum on energy with India "
            "on Tuesday.",
            [
                (("AUS", "JPN"), "cooperation_agreement", "signed"),
                (("IND", "JPN"), "memorandum_of_understanding", "signed"),
            ],
        ),
        (
            "BRUSSELS (wire) - The EU signed an association agreement with Moldova and a visa "
            "facilitation agreement with Armenia.",
            [
                (("ARM", "EU"), "other", "signed"),
                (("EU", "MDA"), "other", "signed"),  # an association agreement
            ],
        ),
        (  # each with its own partner: not one list of three parties
            "Kazakhstan signed an agreement on gas supplies with China and a memorandum on "
            "rail transit with Uzbekistan.",
            [
                (("CHN", "KAZ"), "cooperation_agreement", "signed"),
                (("KAZ", "UZB"), "memorandum_of_understanding", "signed"),
            ],
        ),
        (  # an elided second instrument
            "Ankara concluded a free trade agreement with Georgia and another with Ukraine.",
            [
                (("GEO", "TUR"), "trade_agreement", "signed"),
                (("TUR", "UKR"), "trade_agreement", "signed"),
            ],
        ),
        (
            "Seoul has signed an investment protection agreement with Uzbekistan and a similar "
            "one with Tajikistan, the ministry said.",
            [
                (("KOR", "TJK"), "other", "signed"),
                (("KOR", "UZB"), "other", "signed"),
            ],
        ),
    ],
)
def test_coordinated_objects_take_their_own_partner(
    text: str, expected: list[tuple[tuple[str, ...], str, str]]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one instrument with a list of partners
            "Kazakhstan signed a transit agreement with Russia and China on Monday.",
            [(("CHN", "KAZ", "RUS"), "transit_arrangement", "signed")],
        ),
        (  # two instruments with the same partner
            "Georgia signed a trade agreement and a memorandum on transport with Armenia.",
            [
                (("ARM", "GEO"), "memorandum_of_understanding", "signed"),
                (("ARM", "GEO"), "trade_agreement", "signed"),
            ],
        ),
        (  # a second clause with its own subject
            "Kazakhstan signed a transit agreement with Russia, and China signed an energy "
            "deal with Iran.",
            [
                (("CHN", "IRN"), "cooperation_agreement", "signed"),
                (("KAZ", "RUS"), "transit_arrangement", "signed"),
            ],
        ),
        (  # not signed: a plan
            "Washington plans to sign a trade agreement with Cambodia and another with Laos.",
            [],
        ),
    ],
)
def test_coordination_without_own_partners_is_unchanged(
    text: str, expected: list[tuple[tuple[str, ...], str, str]]
) -> None:
    assert facts(text) == expected

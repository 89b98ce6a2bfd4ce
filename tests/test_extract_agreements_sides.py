"""Parties of agreements: state companies and "sides" (agency English "the Kazakh side",
"the Uzbek party"; not a political party), state-owned companies named by a demonym, a
relative clause whose subject is "X and the Uzbek side", and "also signed an agreement"
as another instrument than the one before. Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 30)


def agreements(text: str) -> list[AgreementFact]:
    return [
        f for f in extract_facts(Document("s", text, PUBLISHED)) if isinstance(f, AgreementFact)
    ]


def parties(text: str) -> list[tuple[str, ...]]:
    return sorted(f.parties for f in agreements(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SOCAR also signed an agreement with two Pakistani state-owned companies on a "
            "white oil pipeline.",
            [("AZE", "PAK")],
        ),
        (
            "KazMunayGas signed a memorandum with a Chinese state-owned company on a refinery.",
            [("CHN", "KAZ")],
        ),
        (
            "Under a two-year contract that Gazprom and the Uzbek side signed in June, Russia "
            "is to deliver up to 2.8 billion cubic metres a year.",
            [("RUS", "UZB")],
        ),
        (
            "TASHKENT, June 3 (agency) -- Officials said the Kazakh party and the Uzbek party "
            "signed an agreement on water.",
            [("KAZ", "UZB")],
        ),
        (
            "The Kyrgyz side and the Chinese side signed a protocol on the railway.",
            [("CHN", "KGZ")],
        ),
    ],
)
def test_state_companies_and_sides_are_their_states(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Members of the ruling Uzbek party signed a memorandum with China's Communist Party.",
        "The Russian party United Russia signed a cooperation agreement with a Chinese party.",
        "A Georgian party signed an agreement with the European People's Party.",
        "Azerbaijan's SOCAR signed an agreement with several Turkish private companies.",
    ],
)
def test_political_parties_and_private_companies_are_no_sides(text: str) -> None:
    assert parties(text) == []


def test_also_signed_an_agreement_is_another_instrument() -> None:
    text = (
        "In February, during a visit to Baku, the two sides signed an amendment to the gas "
        "agreement between Azerbaijan and Pakistan. SOCAR also signed an agreement with two "
        "Pakistani state-owned companies on an oil pipeline."
    )
    found = agreements(text)
    assert [f.parties for f in found] == [("AZE", "PAK"), ("AZE", "PAK")]


def test_a_restated_agreement_is_still_one_fact() -> None:
    text = (
        "Azerbaijan and Pakistan signed an agreement on an oil pipeline on Monday. "
        "The agreement was signed by the two energy ministers."
    )
    assert [f.parties for f in agreements(text)] == [("AZE", "PAK")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relations between Baku and Moscow rest on the Treaty of Friendship, which the two "
            "presidents of the time signed in Baku in July 2008.",
            [("AZE", "RUS")],
        ),
        (
            "Ties between Hanoi and Tokyo still follow a 2009 trade agreement that the two "
            "ministers at the time signed in Tokyo.",
            [("JPN", "VNM")],
        ),
        (  # hedged: no stage
            "Relations between Baku and Moscow rest on a draft treaty, which the two presidents "
            "of the time wanted to sign in 2008.",
            [],
        ),
    ],
)
def test_relative_clause_subject_of_the_time(text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected

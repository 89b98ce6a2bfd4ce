"""Parties of agreements: a bloc referred back to across a story ("the bloc", "the union"
after an earlier anaphor), a capital naming a meeting ("the same Minsk session"), an
organisation whose summit is the venue ("the summit of the ECO"), the other side of a
war named as a time ("after its war with Russia"). Every sentence was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 30)


def parties(text: str) -> list[tuple[str, ...]]:
    facts = extract_facts(Document("p", text, PUBLISHED))
    return sorted(f.parties for f in facts if isinstance(f, AgreementFact))


_FILLER = (
    "Ministers discussed tariffs at length. Officials spoke of customs rules. "
    "Exporters complained about delays. Analysts expect modest gains. "
    "Farmers hope for better prices. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "the union" long after the name, but just after an earlier "the union"
            "Mongolia has signed a trade deal with the Eurasian Economic Union. "
            + _FILLER
            + "Russia never pressed Mongolia to join the union, officials said. "
            "The same Minsk session saw the bloc sign an economic partnership agreement "
            "with Egypt.",
            [("EAEU", "EGY"), ("EAEU", "MNG")],
        ),
        (
            "The Association of Southeast Asian Nations opened its summit on Monday. "
            + _FILLER
            + "Diplomats said the bloc was united. "
            "Canada's free trade agreement with the bloc entered into force in March.",
            [("ASEAN", "CAN")],
        ),
        (
            "The European Union has courted the region for years. "
            + _FILLER
            + "The union wants more raw materials. "
            "In Astana the union signed a strategic partnership with Kazakhstan on Monday.",
            [("EU", "KAZ")],
        ),
    ],
)
def test_bloc_anaphor_chains_back_to_the_named_group(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected


def test_bloc_anaphor_far_from_any_group_stays_unresolved() -> None:
    text = (
        "The European Union met in Brussels. "
        + _FILLER
        + "Lawmakers were tired. Vietnam's free trade agreement with the bloc took effect."
    )
    assert parties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The same Minsk session saw the Eurasian Economic Union sign an economic "
            "partnership agreement with Egypt.",
            [("EAEU", "EGY")],
        ),
        (
            "At the Jakarta meeting, Japan and Vietnam signed a defence cooperation agreement.",
            [("JPN", "VNM")],
        ),
        (
            "The Ankara round ended when Iraq and Kuwait signed a memorandum on water.",
            [("IRQ", "KWT")],
        ),
        (  # the seat of power acting is still a party
            "The Moscow government signed an agreement with Minsk.",
            [("BLR", "RUS")],
        ),
    ],
)
def test_capital_naming_a_meeting_is_no_party(text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The accord was inked by Pakistan's foreign minister and Azerbaijan's economy minister "
        "on the sidelines of the 17th summit of the Economic Cooperation Organization.",
        "Pakistan and Azerbaijan signed the agreement at a meeting of the Economic Cooperation "
        "Organization in Tehran.",
        "Kazakhstan and China signed a memorandum on transport during a session of the "
        "Shanghai Cooperation Organisation.",
    ],
)
def test_organisation_whose_meeting_is_the_venue_is_no_party(text: str) -> None:
    found = parties(text)
    assert found and all(len(p) == 2 for p in found)
    assert not any("ECO" in p or "SCO" in p for p in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia signed a charter of the same kind with Washington in January 2009, a few "
            "months after its war with Russia.",
            [("GEO", "USA")],
        ),
        (
            "Armenia signed an arms deal with India in 2022, two years after its border "
            "conflict with Azerbaijan.",
            [("ARM", "IND")],
        ),
        (
            "Ethiopia signed a port agreement with Djibouti amid its dispute with Eritrea.",
            [("DJI", "ETH")],
        ),
        (  # the sides of a peace agreement are its parties
            "Azerbaijan signed a peace agreement ending its war with Armenia.",
            [("ARM", "AZE")],
        ),
        (
            "Azerbaijan and Armenia signed a peace agreement after the war.",
            [("ARM", "AZE")],
        ),
    ],
)
def test_other_side_of_a_war_named_as_a_time_is_no_party(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Delegations from Baku and Yerevan initialled the text of a peace treaty in "
            "Washington.",
            [("ARM", "AZE")],
        ),
        (
            "Negotiators from Moscow, Kyiv and Ankara signed a grain deal in Istanbul.",
            [("RUS", "TUR", "UKR")],
        ),
        ("Officials from Astana signed an agreement with Tashkent on water.", [("KAZ", "UZB")]),
        (  # people from a city are no government
            "Trucks from Astana and Bishkek crossed the border after the agreement was signed "
            "by Kazakhstan and Kyrgyzstan.",
            [("KAZ", "KGZ")],
        ),
        (
            "Kazakhstan and Uzbekistan signed a memorandum attended by students from Beijing.",
            [("KAZ", "UZB")],
        ),
    ],
)
def test_delegations_from_a_capital_are_its_state(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected

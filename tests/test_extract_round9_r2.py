"""Round 9 (r2): agreement precision and parties, by general guards. Each kind is probed
in several wordings of our own (none taken from an evaluation set), with negatives. Real
pipeline, no mocks."""

from __future__ import annotations

import pytest
from tests.fact_rows import agreement_keys


def parties_of(text: str) -> set[tuple[str, ...]]:
    return {key[0] for key in agreement_keys(text)}


# -- the speaker of a reporting clause is no party of what it reports ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey's foreign ministry said Georgia and Azerbaijan signed a transit "
            "agreement on Monday.",
            {("AZE", "GEO")},
        ),
        (
            "Egypt and Sudan signed a water agreement on Friday, the Ethiopian foreign "
            "ministry said.",
            {("EGY", "SDN")},
        ),
        (
            "Kenya and Uganda signed a memorandum on rail links, Tanzanian state radio "
            "reported on Friday.",
            {("KEN", "UGA")},
        ),
        (
            "Georgia and Azerbaijan held talks on Monday. The Turkish foreign ministry said "
            "on Tuesday that the two countries had signed a memorandum on rail transit.",
            {("AZE", "GEO")},
        ),
        (
            "Serbia and Hungary held talks in Budapest. The press office of the Slovak "
            "government said the two sides had signed an energy agreement.",
            {("HUN", "SRB")},
        ),
    ],
)
def test_speaker_is_no_party(text: str, expected: set[tuple[str, ...]]) -> None:
    assert parties_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan said it had signed an agreement with China on Friday.",
            {("CHN", "KAZ")},
        ),
        (
            "China's commerce ministry said it had signed a free trade agreement with Serbia.",
            {("CHN", "SRB")},
        ),
        (
            "Kazakhstan and China signed an agreement on Friday, the Kazakh foreign ministry said.",
            {("CHN", "KAZ")},
        ),
    ],
)
def test_speaker_who_is_a_side_stays(text: str, expected: set[tuple[str, ...]]) -> None:
    assert parties_of(text) == expected


# -- an actor of a time clause after the signing ("hours after X ...") is no party --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Panama and China signed a memorandum on trade on Tuesday, only days after "
            "Panama cut ties with Taiwan.",
            ("CHN", "PAN"),
        ),
        (
            "Serbia and Hungary signed a gas agreement on Monday, just weeks after Russia "
            "halted supplies to Bulgaria.",
            ("HUN", "SRB"),
        ),
        (
            "Nicaragua and China held talks in May. The deal was signed at the end of "
            "August, barely two years after Managua broke with Taiwan.",
            ("CHN", "NIC"),
        ),
        (
            "Honduras and China established relations on Sunday. The foreign ministers "
            "signed a joint communique in Beijing, hours after Tegucigalpa said it no longer "
            "recognised Taiwan.",
            ("CHN", "HND"),
        ),
    ],
)
def test_time_clause_actor_is_no_party(text: str, expected: tuple[str, ...]) -> None:
    found = parties_of(text)
    assert expected in found
    assert not any(set(expected) < set(p) for p in found)  # no third party beside them


def test_time_clause_keeps_the_signers_named_in_it() -> None:
    # the signers themselves inside the clause of the stage verb stay
    text = "Kazakhstan signed a transit agreement with China on Monday, a day after Uzbekistan did."
    assert parties_of(text) == {("CHN", "KAZ")}


# -- a bloc that is a party acts for its members named beside it --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indonesia signed a comprehensive economic partnership agreement with the EFTA "
            "states Iceland, Liechtenstein, Norway and Switzerland in Jakarta.",
            ("EFTA", "IDN"),
        ),
        (
            "Kosovo signed a free trade agreement with the four EFTA states (Iceland, "
            "Liechtenstein, Norway and Switzerland) last week.",
            ("EFTA", "XKX"),
        ),
        (
            "The leaders of Kazakhstan, Russia and Belarus signed the EAEU's free trade "
            "agreement with Vietnam in Astana.",
            ("EAEU", "VNM"),
        ),
        (
            "The EU and Ukraine signed an association agreement, with Poland, Hungary and "
            "Slovakia voicing concern.",
            ("EU", "UKR"),
        ),
    ],
)
def test_bloc_acts_for_its_members(text: str, expected: tuple[str, ...]) -> None:
    assert parties_of(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 9 September the United States, India, the European Union, France, Germany "
            "and Italy signed a memorandum on a corridor.",
            ("DEU", "EU", "FRA", "IND", "ITA", "USA"),
        ),
        (
            "Kazakhstan, Kyrgyzstan and Russia signed an agreement on customs with the EAEU "
            "commission.",
            ("EAEU", "KAZ", "KGZ", "RUS"),
        ),
    ],
)
def test_bloc_listed_with_its_members_keeps_them(text: str, expected: tuple[str, ...]) -> None:
    assert parties_of(text) == {expected}


# -- places whose names hold a state's name are not that state ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UK and the EU reached an agreement in principle on new trading arrangements for "
            "Northern Ireland.",
            {("EU", "GBR")},
        ),
        (
            "Turkey and Azerbaijan signed a memorandum on flights to Northern Cyprus.",
            {("AZE", "TUR")},
        ),
        ("Ireland and Mexico signed a memorandum on trade in Dublin.", {("IRL", "MEX")}),
    ],
)
def test_other_places_with_a_state_name(text: str, expected: set[tuple[str, ...]]) -> None:
    assert parties_of(text) == expected

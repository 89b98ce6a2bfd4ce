"""Round 10 (r2): agreement precision, parties and instrument choice, by general rules.
Each kind is probed in several wordings of our own (none taken from an evaluation set),
with negatives. Real pipeline, no mocks."""

from __future__ import annotations

import pytest
from tests.fact_rows import agreement_keys

# -- a bare agreement whose own words name one specific matter is ``other`` ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In March 2019 Azerbaijan and Iran signed an agreement in Tehran on monitoring "
            "cargo through the border crossings.",
            (("AZE", "IRN"), "other", "signed"),
        ),
        (
            "Kenya and Ethiopia concluded an agreement that fixes their land border along "
            "the Omo river.",
            (("ETH", "KEN"), "other", "signed"),
        ),
        (
            "Peru and Chile signed a supplementary accord in Lima on Tuesday, cutting the "
            "cost of the pipeline.",
            (("CHL", "PER"), "other", "signed"),
        ),
        (
            "Japan and India signed a pact that makes it easier for their navies to use "
            "each other's bases.",
            (("IND", "JPN"), "other", "signed"),
        ),
        (
            "Last week Qatar and Pakistan signed a deal to supply liquefied gas for ten years.",
            (("PAK", "QAT"), "other", "signed"),
        ),
        (
            "Norway and Sweden signed the intergovernmental agreement on building the "
            "bridge in May 2021.",
            (("NOR", "SWE"), "other", "signed"),
        ),
        (
            "Egypt and Sudan signed a provisional agreement on water sharing in 2022.",
            (("EGY", "SDN"), "other", "signed"),
        ),
    ],
)
def test_specific_matter_is_other(text: str, expected: tuple[object, ...]) -> None:
    assert expected in agreement_keys(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan and Uzbekistan signed an agreement on cooperation in the "
            "construction of the plant.",
            (("KAZ", "UZB"), "cooperation_agreement", "signed"),
        ),
        (
            "Turkey and Georgia signed an agreement on strengthening ties in energy.",
            (("GEO", "TUR"), "cooperation_agreement", "signed"),
        ),
        (
            "Kazakhstan and Kyrgyzstan signed an agreement on education.",
            (("KAZ", "KGZ"), "cooperation_agreement", "signed"),
        ),
        (
            "The two presidents signed an agreement, opening a new chapter in relations "
            "between Kazakhstan and China.",
            (("CHN", "KAZ"), "cooperation_agreement", "signed"),
        ),
        (
            "Armenia and Iran signed a security agreement allowing their border guards to "
            "patrol jointly.",
            (("ARM", "IRN"), "cooperation_agreement", "signed"),
        ),
    ],
)
def test_sectoral_agreement_stays_cooperation(text: str, expected: tuple[object, ...]) -> None:
    assert expected in agreement_keys(text)


# -- the members of a bloc as the signers ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Collective Security Treaty Organization held its summit in Minsk on Friday. "
            "The leaders of the six member states signed a declaration on the bloc's response "
            "to regional threats.",
            ("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"),
        ),
        (
            "The Gulf Cooperation Council met in Riyadh on Tuesday. The foreign ministers of "
            "the member states adopted a joint statement on the council's future.",
            ("ARE", "BHR", "KWT", "OMN", "QAT", "SAU"),
        ),
    ],
)
def test_member_states_sign_for_themselves(text: str, expected: tuple[str, ...]) -> None:
    assert expected in {key[0] for key in agreement_keys(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU and Japan held their annual summit in Tokyo. The leaders signed a joint "
            "statement on digital partnership.",
            ("EU", "JPN"),
        ),
        (
            "The EU and its member states signed the agreement with Canada in October.",
            ("CAN", "EU"),
        ),
    ],
)
def test_bloc_sides_kept(text: str, expected: tuple[str, ...]) -> None:
    assert {key[0] for key in agreement_keys(text)} == {expected}


# -- guards: negated subjects, "alongside", "the two countries", association deals ---------


@pytest.mark.parametrize(
    "text",
    [
        "No land border was discussed, and the 1953 armistice remains the only arrangement "
        "between the two Koreas on the ground.",
        "No border deal was discussed, and the 1994 ceasefire remains the only arrangement "
        "between Armenia and Azerbaijan.",
        "No agreement was reached between Kenya and Somalia on the maritime border.",
    ],
)
def test_negated_subject_states_no_step(text: str) -> None:
    assert agreement_keys(text) == set()


def test_negated_subject_keeps_the_other_clause() -> None:
    text = "No border deal was discussed, but Kenya and Somalia signed a trade agreement on Friday."
    assert (("KEN", "SOM"), "trade_agreement", "signed") in agreement_keys(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 May 2015 Moldova signed a trade agreement with the EU in Brussels, "
            "alongside Georgia and Ukraine.",
            {("EU", "MDA")},
        ),
        (
            "Kazakhstan signed a transit agreement with China on Monday, as did Uzbekistan "
            "and Kyrgyzstan.",
            {("CHN", "KAZ")},
        ),
    ],
)
def test_alongside_signed_their_own(text: str, expected: set[tuple[str, ...]]) -> None:
    assert {key[0] for key in agreement_keys(text)} == expected


def test_the_two_countries_is_a_pair() -> None:
    text = (
        "Armenia's prime minister met the leaders of France, Germany and Azerbaijan in "
        "Granada. Reminder that the two countries have been negotiating a treaty for two "
        "years."
    )
    assert all(len(key[0]) == 2 for key in agreement_keys(text))


def test_association_deal_is_other() -> None:
    text = "Analysis: five years after Moldova signed its association deal, the path is steep"
    assert {key[1] for key in agreement_keys(text)} <= {"other"}


# -- talks said to be over are concluded ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Japan said on Monday that negotiations on the text of a free trade "
        "agreement had been completed.",
        "The two governments negotiated the trade deal between Chile and Japan in about "
        "eighteen months, and they announced the conclusion of the talks in March 2024.",
        "Chile and Japan negotiated a trade agreement in about a year and concluded the "
        "negotiations in May.",
    ],
)
def test_finished_talks_are_concluded(text: str) -> None:
    assert agreement_keys(text) == {(("CHL", "JPN"), "trade_agreement", "concluded")}


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Japan are negotiating a free trade agreement, and officials hope the talks "
        "will be completed next year.",
        "Negotiations on a free trade agreement between Chile and Japan have not been completed.",
    ],
)
def test_unfinished_talks_stay_negotiating(text: str) -> None:
    assert agreement_keys(text) == {(("CHL", "JPN"), "trade_agreement", "negotiating")}


# -- "the (N) X members" make the bloc a party; the instrument's own name is none -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At a summit hosted by Vietnam, the ten ASEAN members and China, Japan, South "
            "Korea, Australia and New Zealand signed the Regional Comprehensive Economic "
            "Partnership.",
            ("ASEAN", "AUS", "CHN", "JPN", "KOR", "NZL"),
        ),
        (
            "The five EAEU members and Iran signed the free trade agreement in St Petersburg.",
            ("EAEU", "IRN"),
        ),
    ],
)
def test_bloc_members_phrase_is_the_bloc(text: str, expected: tuple[str, ...]) -> None:
    assert {key[0] for key in agreement_keys(text)} == {expected}


def test_wrong_count_is_no_bloc() -> None:
    text = "The three EAEU members and Iran signed the free trade agreement in St Petersburg."
    assert all("EAEU" not in key[0] for key in agreement_keys(text))

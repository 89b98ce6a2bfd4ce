"""Round 9 (r2): agreement precision and parties, by general guards. Each kind is probed
in several wordings of our own (none taken from an evaluation set), with negatives. Real
pipeline, no mocks."""

from __future__ import annotations

import pytest
from tests.fact_rows import agreement_keys, facts_of, trade_rows

from caspian.facts import AgreementFact


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


# -- a record or rank said of an instrument ("is the first ... signed") is no new fact -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyrgyzstan and the UAE signed a trade deal in May 2023. The deal was the first "
            "trade agreement concluded by Kyrgyzstan with a Gulf state.",
            {(("ARE", "KGZ"), "trade_agreement", "signed")},
        ),
        (
            "Armenia and India signed a defence pact in March 2024. It is the largest "
            "defence agreement ever signed between India and a Caucasus country.",
            {(("ARM", "IND"), "cooperation_agreement", "signed")},
        ),
        (
            "The EU and Kazakhstan signed an enhanced partnership agreement in 2015. This "
            "remains the only such agreement the EU has signed with a Central Asian state.",
            {(("EU", "KAZ"), "enhanced_partnership_cooperation_agreement", "signed")},
        ),
        (
            "Georgia and Japan signed an investment treaty in 2021, which was the first "
            "such treaty signed by Tbilisi in Asia.",
            {(("GEO", "JPN"), "other", "signed")},
        ),
    ],
)
def test_record_said_of_an_instrument(text: str, expected: set[tuple[object, ...]]) -> None:
    assert agreement_keys(text) == expected
    assert len([f for f in facts_of(text) if isinstance(f, AgreementFact)]) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tuvalu and Australia were in the news. It is the treaty Australia and Tuvalu "
            "signed in November 2023.",
            ("AUS", "TUV"),
        ),
        ("The outcome was a memorandum signed by Kenya and Uganda on Monday.", ("KEN", "UGA")),
    ],
)
def test_copula_without_a_record_keeps_the_fact(text: str, expected: tuple[str, ...]) -> None:
    assert parties_of(text) == {expected}


# -- plural instruments that two subjects signed "with" one partner: one each --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway and Iceland signed free trade agreements with Ukraine in 2023.",
            {("NOR", "UKR"), ("ISL", "UKR")},
        ),
        (
            "Kazakhstan and Uzbekistan have both signed investment agreements with Saudi Arabia.",
            {("KAZ", "SAU"), ("SAU", "UZB")},
        ),
        (
            "Georgia and Moldova signed association agreements with the EU in 2014.",
            {("EU", "GEO"), ("EU", "MDA")},
        ),
        (
            "Officials noted that Finland and Sweden had concluded similar agreements with "
            "Washington.",
            {("FIN", "USA"), ("SWE", "USA")},
        ),
    ],
)
def test_plural_instruments_one_per_subject(text: str, expected: set[tuple[str, ...]]) -> None:
    assert parties_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkmenistan and Azerbaijan signed an agreement with Iran on gas swaps.",
            {("AZE", "IRN", "TKM")},
        ),
        (
            "Kazakhstan and Uzbekistan signed several agreements with China.",
            {("CHN", "KAZ", "UZB")},
        ),
    ],
)
def test_one_instrument_or_a_summary_is_not_split(
    text: str, expected: set[tuple[str, ...]]
) -> None:
    assert parties_of(text) == expected


# -- talks yet to come or not started are no negotiation under way -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Talks on a trade agreement between Kenya and the UK will begin next year.",
        "Negotiations on a free trade agreement between Egypt and the EAEU are expected to "
        "start in the autumn.",
        "Negotiations on an investment treaty between Laos and Vietnam have not started yet.",
        "Officials in Tegucigalpa said talks on a free trade agreement with Beijing would follow.",
    ],
)
def test_talks_to_come_are_no_negotiation(text: str) -> None:
    assert not [k for k in agreement_keys(text) if k[2] == "negotiating"]


@pytest.mark.parametrize(
    "text",
    [
        "Talks on a free trade agreement between Serbia and China began in 2022.",
        "Talks on a free trade agreement between Serbia and China, which began in 2022, will "
        "resume in May.",
        "Negotiations on a free trade agreement between Mongolia and the EAEU are under way.",
    ],
)
def test_talks_under_way_stay(text: str) -> None:
    assert [k for k in agreement_keys(text) if k[2] == "negotiating"]


# -- two-way trade: a side named by the demonym of its goods or of its trade figures --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China and the Gulf Cooperation Council held a summit. Both sides said they "
            "wanted a deal. Chinese customs data put two-way trade at more than $87 billion "
            "in 2021, most of it Saudi crude going east.",
            ("CHN", "SAU"),
        ),
        (
            "Kazakhstan, China and Russia held talks. Two-way trade reached $30 billion in "
            "2023, with Kazakh grain and Chinese machinery leading.",
            ("CHN", "KAZ"),
        ),
    ],
)
def test_two_way_trade_sides_by_demonym(text: str, expected: tuple[str, ...]) -> None:
    assert {row[0] for row in trade_rows(text)} == {expected}


def test_two_way_trade_without_demonyms_takes_the_context() -> None:
    text = (
        "Georgia and Armenia held talks on Monday. Two-way trade reached $1 billion in 2023, "
        "the Georgian statistics office said."
    )
    assert {row[0] for row in trade_rows(text)} == {("ARM", "GEO")}


# -- an instrument picked out of a list by its own partner is not with the list's others ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan's economic partnership agreements with Vietnam and Thailand took effect "
            "last year. The agreement with Vietnam was signed in 2008.",
            ("JPN", "VNM"),
        ),
        (
            "Georgia's trade deals with Turkey, Ukraine and China are in force. The deal with "
            "China was signed in 2017.",
            ("CHN", "GEO"),
        ),
    ],
)
def test_picked_out_of_a_list(text: str, expected: tuple[str, ...]) -> None:
    signed = {k[0] for k in agreement_keys(text) if k[2] == "signed"}
    assert signed == {expected}


def test_signers_named_in_the_sentence_stay() -> None:
    text = (
        "Kazakhstan, Uzbekistan and China held a summit. The agreement with China was signed "
        "on Monday by Kazakhstan and Uzbekistan."
    )
    assert parties_of(text) == {("CHN", "KAZ", "UZB")}

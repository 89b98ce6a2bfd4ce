"""Actors and references as news from many outlets and regions writes them: groups of
states, seats of power, office-holders, organisations' other names, official state names,
and names that are not the actor (companies, people, the US state of Georgia)."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.extract.mentions import find_actor_mentions
from caspian.facts import AgreementFact

ON = date(2025, 6, 1)


def ids(text: str, *, on: date = ON) -> list[str]:
    return [m.actor_id for m in find_actor_mentions(text, on=on)]


def parties(text: str, *, on: date = ON) -> list[tuple[str, ...]]:
    facts = extract_facts(Document("n", text, on))
    return sorted(f.parties for f in facts if isinstance(f, AgreementFact))


C5 = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
GCC = ("ARE", "BHR", "KWT", "OMN", "QAT", "SAU")
CASPIAN = ("AZE", "IRN", "KAZ", "RUS", "TKM")


# --------------------------------------------------------------------------- groups of states


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan and the five Central Asian republics signed a joint declaration in Tokyo.",
            ("JPN", *C5),
        ),
        (
            "The three South Caucasus countries signed a joint declaration on transit.",
            ("ARM", "AZE", "GEO"),
        ),
        (
            "Leaders of the South Caucasian states signed a memorandum of understanding on "
            "rail links on Friday.",
            ("ARM", "AZE", "GEO"),
        ),
        (
            "The Baltic states signed a memorandum of understanding with Kazakhstan on transport.",
            ("EST", "KAZ", "LTU", "LVA"),
        ),
        (
            "The EU and the three Baltic republics signed a cooperation agreement on energy.",
            ("EST", "EU", "LTU", "LVA"),
        ),
        ("Both Koreas signed a peace agreement at Panmunjom.", ("KOR", "PRK")),
        ("The two Koreas signed a peace agreement at Panmunjom.", ("KOR", "PRK")),
        (
            "The six Gulf monarchies signed a trade agreement with China.",
            tuple(sorted(("CHN", *GCC))),
        ),
        (
            "China signed a trade agreement with the Gulf monarchies on Sunday.",
            tuple(sorted(("CHN", *GCC))),
        ),
        (
            "The Convention on the Legal Status of the Caspian Sea, signed by the five coastal "
            "states in Aktau in August 2018, ended a long dispute.",
            CASPIAN,
        ),
        (
            "The five Caspian littoral states signed a security agreement in Tehran.",
            CASPIAN,
        ),
    ],
)
def test_a_group_of_states_is_its_states(text: str, expected: tuple[str, ...]) -> None:
    assert parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # which Gulf states is not clear
        "The Gulf states signed a trade agreement with China.",
        # a number that does not fit the group
        "Both Baltic states signed a trade agreement with China.",
        # coastal states of a sea the text does not name as the Caspian
        "The five littoral states signed a security agreement in Bangkok.",
        # a region, not its states
        "The South Caucasus signed a trade agreement with China.",
    ],
)
def test_an_unclear_group_is_not_resolved(text: str) -> None:
    assert parties(text) == []


# --------------------------------------------------------------------------- seats, sides, offices


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ankara and Astana signed a strategic partnership agreement.", ("KAZ", "TUR")),
        ("The Kremlin and Baku signed a declaration on allied interaction.", ("AZE", "RUS")),
        (
            "Officials in Tashkent and Beijing signed a strategic partnership agreement.",
            ("CHN", "UZB"),
        ),
        (
            "The Chinese side and the Azerbaijani side signed a memorandum of understanding "
            "on logistics.",
            ("AZE", "CHN"),
        ),
        (
            "The Turkmen government and Kazakh authorities signed a transit agreement.",
            ("KAZ", "TKM"),
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev and Georgia's prime minister Irakli "
            "Kobakhidze signed a strategic partnership agreement.",
            ("GEO", "KAZ"),
        ),
        (
            "The Uzbek leader and Azerbaijan's foreign minister signed a memorandum of "
            "understanding on energy.",
            ("AZE", "UZB"),
        ),
    ],
)
def test_seats_sides_and_offices_stand_for_the_state(text: str, expected: tuple[str, ...]) -> None:
    assert parties(text) == [expected]


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("Prime Minister Anwar Ibrahim arrived in Tashkent.", ON, ["MYS", "UZB"]),
        ("Lawrence Wong met Tokayev.", ON, ["SGP", "KAZ"]),
        ("President Ferdinand Marcos Jr. met Mirziyoyev.", ON, ["PHL", "UZB"]),
        ("Javier Milei and Claudia Sheinbaum spoke.", ON, ["ARG", "MEX"]),
        ("Bola Tinubu and William Ruto met Prabowo Subianto.", ON, ["NGA", "KEN", "IDN"]),
        ("Mark Carney met Pedro Sánchez and Kyriakos Mitsotakis.", ON, ["CAN", "ESP", "GRC"]),
        ("Emir Sheikh Mishal and Sultan Haitham met.", ON, ["KWT", "OMN"]),
        ("President Gustavo Petro met President Alassane Ouattara.", ON, ["COL", "CIV"]),
        # a name that is a common first name alone is the office-holder only after a title
        ("Anwar Gargash, an adviser, spoke in Abu Dhabi.", ON, ["ARE"]),
    ],
)
def test_office_holders_of_many_regions(text: str, on: date, expected: list[str]) -> None:
    assert ids(text, on=on) == expected


def test_office_holders_are_dated() -> None:
    assert ids("Prime Minister Srettha Thavisin", on=date(2024, 1, 10)) == ["THA"]
    assert ids("Justin Trudeau", on=date(2024, 1, 10)) == ["CAN"]
    assert ids("Hun Manet met Hun Sen.", on=date(2024, 1, 10)) == ["KHM", "KHM"]


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Türkiye, Turkey and the Republic of Türkiye", ["TUR", "TUR", "TUR"]),
        ("the Kyrgyz Republic and the Republic of Korea", ["KGZ", "KOR"]),
        ("the UAE and the Emirates", ["ARE", "ARE"]),
        ("Viet Nam, Côte d'Ivoire, Ivory Coast and Czechia", ["VNM", "CIV", "CIV", "CZE"]),
        ("Timor-Leste and East Timor", ["TLS", "TLS"]),
        ("the Islamic Republic of Iran and the People's Republic of China", ["IRN", "CHN"]),
        ("the PRC and the Russian Federation", ["CHN", "RUS"]),
        ("the Shanghai bloc and the Turkic Council", ["SCO", "OTS"]),
        (
            "the Eurasian Union, Mercosur, ASEAN and the African Union",
            ["EAEU", "MERCOSUR", "ASEAN", "AU"],
        ),
        ("the GCC, the Arab League and OPEC+", ["GCC", "LAS", "OPEC"]),
    ],
)
def test_short_and_official_names(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


# --------------------------------------------------------------------------- not the actor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bank of China opened a branch in Almaty.", []),
        ("The People's Bank of China signed a currency swap with Kazakhstan.", ["CHN", "KAZ"]),
        ("China Road and Bridge Corporation will build the road.", []),
        ("Qatar Airways and Kenya Airways signed a codeshare deal.", []),
        ("Emirates Global Aluminium bought a stake in Guinea.", ["GIN"]),
        ("The China Construction Bank and the Asian Development Bank", ["ADB"]),
        # the registry's state-owned companies act for their state
        ("Uzbekistan Airways and Azerbaijan Airlines", ["UZB", "AZE"]),
        ("China Investment Corporation and the Kazakhstan Development Bank", ["CHN", "KAZ"]),
    ],
)
def test_a_company_named_after_a_state_is_not_the_state(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


def test_a_company_does_not_make_its_state_a_party() -> None:
    assert parties("Qatar Airways signed a cooperation agreement with Uzbekistan.") == []
    assert parties("China Road and Bridge Corporation signed an agreement with Kyrgyzstan.") == []
    # "Air Astana" names Astana (a mention), but the airline is not Kazakhstan
    assert parties("Air Astana signed a memorandum of understanding with Uzbekistan.") == []
    assert parties("Astana signed a memorandum of understanding with Tashkent.") == [("KAZ", "UZB")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The basketball great Michael Jordan visited Tashkent.", ["UZB"]),
        ("Jordan and Egypt signed a deal.", ["JOR", "EGY"]),
        ("The drummer Chad Smith said he loved Almaty.", []),
        ("Landlocked Chad signed a deal with Niger.", ["TCD", "NER"]),
        ("Paris Hilton, the heiress, visited Dubai.", []),
        ("Minister Visits Jordan", ["JOR"]),  # a title-case headline
        ("Kenya Signs Deal With China", ["KEN", "CHN"]),
        ("The U.S.-Georgia Charter on Strategic Partnership", ["USA", "GEO"]),
        ("Chad President Mahamat Deby met Jordan King Abdullah.", ["TCD", "JOR"]),
    ],
)
def test_a_person_named_like_a_state_is_not_the_state(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The governor of Georgia, Brian Kemp, met investors in Atlanta, Georgia.",
        "The Georgia Ports Authority said container volumes rose in Savannah, Georgia.",
        "Georgia Republicans said the Georgia Power plant would open.",
    ],
)
def test_the_us_state_of_georgia_is_not_the_country(text: str) -> None:
    assert "GEO" not in ids(text)


def test_the_country_georgia_is_still_found() -> None:
    text = "Georgia, Armenia and Azerbaijan met in Tbilisi, Georgia's capital."
    assert ids(text) == ["GEO", "ARM", "AZE", "GEO", "GEO"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU and the five countries of Central Asia signed a joint declaration.",
            ("EU", *C5),
        ),
        (
            "The three nations of the South Caucasus signed a joint declaration on transit.",
            ("ARM", "AZE", "GEO"),
        ),
    ],
)
def test_a_group_named_as_the_states_of_a_region(text: str, expected: tuple[str, ...]) -> None:
    assert parties(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan and the Moscow-led Eurasian Economic Union signed a trade agreement.",
            [("EAEU", "KAZ")],
        ),
        (
            "Kyrgyzstan signed a memorandum of understanding with a Beijing-backed fund on energy.",
            [],
        ),
        (
            "The Washington-based think tank and Uzbekistan signed a memorandum of "
            "understanding on research.",
            [],
        ),
        # a hyphenated pair of states is still both of them
        (
            "Kazakh-Chinese talks ended with a signed cooperation agreement on energy.",
            [("CHN", "KAZ")],
        ),
    ],
)
def test_a_state_in_a_compound_adjective_is_no_party(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected

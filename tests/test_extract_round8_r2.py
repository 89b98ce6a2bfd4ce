"""Round 8 (r2): agreement precision and parties, by general guards. Each kind is probed
in several wordings of our own, with negatives. Real pipeline, no mocks."""

from __future__ import annotations

import pytest
from tests.fact_rows import agreement_keys, trade_rows


def parties_of(text: str) -> set[tuple[str, ...]]:
    return {key[0] for key in agreement_keys(text)}


# -- a list of demonyms before an office: every one of them is a party -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish, Azerbaijani and Turkmen presidents sign declaration at three-way summit",
            ("AZE", "TKM", "TUR"),
        ),
        (
            "The Uzbek, Kazakh and Kyrgyz foreign ministers signed a joint statement on "
            "water in Tashkent on Friday.",
            ("KAZ", "KGZ", "UZB"),
        ),
        ("Indian, Japanese & Australian leaders sign trade agreement", ("AUS", "IND", "JPN")),
        (
            "Russian and Belarusian officials signed a memorandum on energy.",
            ("BLR", "RUS"),
        ),
    ],
)
def test_demonym_list_before_an_office(text: str, expected: tuple[str, ...]) -> None:
    assert parties_of(text) == {expected}


def test_demonyms_of_things_are_no_parties() -> None:
    text = (
        "Chinese, Russian and Iranian warships held drills while Azerbaijan and Georgia "
        "signed a transit agreement."
    )
    assert parties_of(text) == {("AZE", "GEO")}


# -- the partner of another instrument in an aside is not one of "the two sides" --------

_ASIDES = [
    (
        "Sri Lanka and Thailand signed a free trade agreement on Saturday. It is Sri "
        "Lanka's first free trade agreement in years, after its deal with Singapore. The "
        "two sides also signed a new air services agreement. Two-way trade was worth about "
        "$460 million in 2021.",
        ("LKA", "THA"),
        "SGP",
    ),
    (
        "Kenya and the United Arab Emirates signed a comprehensive economic partnership "
        "agreement in Nairobi on Tuesday. The deal is Kenya's second this year, following "
        "its pact with the United Kingdom. Both countries also signed a memorandum on "
        "energy. Bilateral trade reached $3.1 billion last year.",
        ("ARE", "KEN"),
        "GBR",
    ),
    (
        "Peru and Indonesia signed a trade agreement in Lima. Like Peru's 2011 accord with "
        "Japan, it covers services. The two governments also signed a memorandum on "
        "fisheries. Two-way trade reached $580 million in 2023.",
        ("IDN", "PER"),
        "JPN",
    ),
    (
        "Ghana and Morocco signed a partnership agreement on Monday. Similar to Ghana's "
        "earlier pact with Nigeria, the text covers fertiliser supply. The two sides also "
        "signed a memorandum on aviation.",
        ("GHA", "MAR"),
        "NGA",
    ),
]


@pytest.mark.parametrize(("text", "pair", "aside"), _ASIDES)
def test_aside_partner_is_not_a_side(text: str, pair: tuple[str, ...], aside: str) -> None:
    found = parties_of(text)
    assert pair in found, found
    assert not any(aside in parties for parties in found), found
    assert not any(aside in row[0] for row in trade_rows(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (  # a new pair of its own: the story moved on
            "Chile and South Korea signed an upgraded trade agreement. Chile also signed a "
            "memorandum with Japan on hydrogen on Monday. The two sides agreed a roadmap.",
            ("CHL", "JPN"),
        ),
        (  # a signing verb: the pair of that sentence
            "After Uzbekistan signed an agreement with Kazakhstan in March, trade jumped. "
            "The two countries also signed a memorandum on water.",
            ("KAZ", "UZB"),
        ),
    ],
)
def test_no_aside_without_a_comparison(text: str, pair: tuple[str, ...]) -> None:
    assert pair in parties_of(text)


# -- the meeting named as the occasion of a signing is not a party ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last week in Beijing, on the margins of the ministerial meeting between China "
            "and the Community of Latin American and Caribbean States, the government of "
            "Colombia signed a cooperation plan with China.",
            ("CHN", "COL"),
        ),
        (
            "On the sidelines of the summit between the European Union and the African "
            "Union in Brussels, Senegal signed a memorandum on fisheries with Spain.",
            ("ESP", "SEN"),
        ),
        (
            "At a summit between the European Union and Central Asia in Samarkand, the EU "
            "signed a memorandum on critical raw materials with Kazakhstan.",
            ("EU", "KAZ"),
        ),
        (
            "On the margins of a meeting between Japan and the five Central Asian states, "
            "Japan and Uzbekistan signed a memorandum on energy.",
            ("JPN", "UZB"),
        ),
    ],
)
def test_occasion_actors_are_not_signers(text: str, expected: tuple[str, ...]) -> None:
    assert parties_of(text) == {expected}


def test_occasion_actors_stay_when_the_clause_names_no_pair() -> None:
    text = (
        "At a meeting between the leaders of Russia and China, officials signed a "
        "memorandum on gas."
    )
    assert parties_of(text) == {("CHN", "RUS")}


# -- a class of instruments with a class of partners states no instrument -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Argentina and Brazil argue that the bloc's rules do not allow a member to "
        "negotiate trade agreements with third countries on its own.",
        "Chile and Peru, which have signed very few agreements with developed economies, "
        "met in Lima on Monday.",
        "Kazakhstan and Uzbekistan have signed dozens of investment agreements with foreign "
        "partners since 2015.",
        "Ministers of Egypt and Jordan said they had concluded trade deals with other "
        "states in the region.",
    ],
)
def test_generic_partners_give_no_fact(text: str) -> None:
    assert parties_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia has signed free trade agreements with the EU and China.",
            {("EU", "GEO"), ("CHN", "GEO")},
        ),
        (
            "Kazakhstan and Uzbekistan signed trade agreements with the two countries.",
            {("KAZ", "UZB")},
        ),
    ],
)
def test_named_partners_still_give_facts(text: str, expected: set[tuple[str, ...]]) -> None:
    assert parties_of(text) == expected


# -- an organisation's name holding "Treaty" is no treaty ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Armenia froze its participation in the Russian-led Collective Security Treaty "
        "Organization in February.",
        "Yerevan has suspended its work in the Collective Security Treaty Organisation "
        "since last year.",
        "Sweden ratified its accession to the North Atlantic Treaty Organization in March.",
    ],
)
def test_treaty_organisation_is_no_agreement(text: str) -> None:
    assert parties_of(text) == set()


def test_a_treaty_of_an_organisation_stays() -> None:
    text = "Armenia and Russia signed a treaty on collective security in Moscow in May."
    assert ("ARM", "RUS") in parties_of(text)


# -- "whose own agreement with X": the possessor and its partner --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EFTA states moved faster than the European Union, whose own agreement "
            "with Mercosur was concluded in December 2024 but has not been signed.",
            {(("EU", "MERCOSUR"), "concluded")},
        ),
        (
            "Norway moved faster than Britain, whose own trade deal with India was "
            "concluded in May but has not yet been signed.",
            {(("GBR", "IND"), "concluded")},
        ),
    ],
)
def test_whose_own_instrument(text: str, expected: set[tuple[tuple[str, ...], str]]) -> None:
    assert {(k[0], k[2]) for k in agreement_keys(text)} == expected


# -- "concluded ... but not signed" is concluded -------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Canada and Ecuador concluded a free trade agreement last year, but it is yet "
            "to be signed.",
            ("CAN", "ECU"),
        ),
        (
            "The treaty between Chile and Peru, finalised in 2023, still awaits signature.",
            ("CHL", "PER"),
        ),
    ],
)
def test_concluded_but_unsigned(text: str, parties: tuple[str, ...]) -> None:
    stages = {k[2] for k in agreement_keys(text) if k[0] == parties}
    assert stages == {"concluded"}


def test_concluded_without_denial_keeps_its_stage() -> None:
    text = "India and Oman concluded a trade agreement in May and have not held talks since."
    assert (("IND", "OMN"), "trade_agreement", "signed") in agreement_keys(text)


# -- talks between two sides on an instrument: those sides ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "outsider"),
    [
        (
            "Ankara has tied progress with Yerevan to talks between Armenia and Azerbaijan, "
            "its ally, on a peace treaty.",
            ("ARM", "AZE"),
            "TUR",
        ),
        (
            "Kazakhstan welcomed negotiations between Kyrgyzstan and Tajikistan on a border "
            "treaty.",
            ("KGZ", "TJK"),
            "KAZ",
        ),
        (
            "Diplomats in Washington said talks between Serbia and Kosovo over a "
            "normalisation agreement resumed on Monday.",
            ("SRB", "XKX"),
            "USA",
        ),
    ],
)
def test_talks_between_name_the_sides(text: str, expected: tuple[str, ...], outsider: str) -> None:
    found = parties_of(text)
    assert expected in found, found
    assert not any(outsider in p for p in found), found


# -- an appositive after a date or place restates the instrument: one fact -----------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Pakistan and Uzbekistan signed a transit agreement in 2021, the first such "
            "arrangement Islamabad concluded with a Central Asian state.",
            ("PAK", "UZB"),
        ),
        (
            "Morocco and Nigeria signed a gas pipeline agreement in Rabat, Morocco's "
            "largest accord concluded with an African state.",
            ("MAR", "NGA"),
        ),
        (
            "Egypt and the UAE signed an investment agreement on Friday, the country's "
            "biggest deal ever signed with a Gulf state.",
            ("ARE", "EGY"),
        ),
    ],
)
def test_apposition_is_the_same_instrument(text: str, parties: tuple[str, ...]) -> None:
    keys = agreement_keys(text)
    assert len(keys) == 1, keys
    assert next(iter(keys))[0] == parties


def test_two_instruments_without_apposition() -> None:
    text = (
        "Chile and Peru signed a trade agreement in 2020, and Chile signed a memorandum "
        "with Bolivia in 2021."
    )
    assert parties_of(text) == {("CHL", "PER"), ("BOL", "CHL")}


# -- "the (N) members of X" acting together: the organisation --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The four members of the European Free Trade Association - Iceland, "
            "Liechtenstein, Norway and Switzerland - signed a free trade agreement with "
            "Mercosur in Rio de Janeiro on Tuesday.",
            ("EFTA", "MERCOSUR"),
        ),
        (
            "The six member states of the Gulf Cooperation Council signed a free trade "
            "agreement with South Korea in Seoul.",
            ("GCC", "KOR"),
        ),
        (
            "All members of the Eurasian Economic Union signed a free trade agreement with "
            "Iran on Monday.",
            ("EAEU", "IRN"),
        ),
    ],
)
def test_whole_membership_is_the_organisation(text: str, expected: tuple[str, ...]) -> None:
    assert parties_of(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan, one of the members of the Eurasian Economic Union, signed a trade "
            "agreement with China.",
            ("CHN", "KAZ"),
        ),
        (
            "Two members of the EU, France and Germany, signed a declaration with India.",
            ("DEU", "FRA", "IND"),
        ),
    ],
)
def test_some_members_stay_themselves(text: str, expected: tuple[str, ...]) -> None:
    assert parties_of(text) == {expected}


# -- "Central Asia" as one of two sides: the five states --------------------------------------

_C5 = ("KAZ", "KGZ", "TJK", "TKM", "UZB")


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "In April the European Union and Central Asia upgraded relations to a strategic "
            "partnership.",
            "EU",
        ),
        (
            "Officials welcomed the upgrade of relations between the European Union and "
            "Central Asia to a strategic partnership in April.",
            "EU",
        ),
    ],
)
def test_central_asia_as_a_side(text: str, other: str) -> None:
    assert tuple(sorted((other, *_C5))) in parties_of(text)


def test_central_asia_trade_sides() -> None:
    rows = trade_rows(
        "Ministers said trade between Central Asia and Japan reached $3 billion in 2023."
    )
    assert {row[0] for row in rows} == {tuple(sorted(("JPN", *_C5)))}


def test_central_asia_as_a_place_is_no_side() -> None:
    text = "Kazakhstan signed a transit agreement with Russia on routes to Central Asia."
    assert parties_of(text) == {("KAZ", "RUS")}


# -- a relation broken off: the partner ends before a coordinated verb ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In January Nauru broke off relations with Taiwan and recognised Beijing.",
            ("NRU", "TWN"),
        ),
        (
            "Honduras severed diplomatic ties with Taiwan in March and established "
            "relations with China.",
            ("HND", "TWN"),
        ),
        (
            "In 2021 Nicaragua cut ties with Taipei and switched recognition to Beijing.",
            ("NIC", "TWN"),
        ),
    ],
)
def test_relation_partner_ends_at_next_verb(text: str, expected: tuple[str, ...]) -> None:
    assert (expected, "other", "terminated") in agreement_keys(text)
    assert not any("CHN" in key[0] and key[2] == "terminated" for key in agreement_keys(text))


def test_relation_partners_in_a_list_stay() -> None:
    keys = agreement_keys("Chad cut ties with Israel and Qatar in 2023.")
    assert any({"ISR", "QAT"} <= set(key[0]) for key in keys), keys


# -- "two-way trade" counts two sides; asides of likeness and lists ---------------------------


def test_two_way_trade_takes_the_pair_not_a_list() -> None:
    text = (
        "Vietnam and Australia upgraded their ties to a comprehensive strategic partnership "
        "on Thursday. Australia became the seventh country to hold that status with Vietnam, "
        "after China, Russia, India, South Korea, the United States and Japan. The two "
        "countries also signed a memorandum on critical minerals. Two-way trade reached "
        "$15.7 billion last year."
    )
    assert {row[0] for row in trade_rows(text)} == {("AUS", "VNM")}


@pytest.mark.parametrize(
    ("text", "pair", "asides"),
    [
        (
            "Japan and the Philippines signed a reciprocal access agreement in Manila on "
            "Monday. Tokyo has a similar pact with Australia and Britain. The two countries "
            "also agreed to start talks on a logistics agreement.",
            ("JPN", "PHL"),
            ("AUS", "GBR"),
        ),
        (
            "Chile and India signed an economic partnership agreement on Monday. Santiago has "
            "the same kind of deal with Japan. The two sides also signed a memorandum on "
            "lithium.",
            ("CHL", "IND"),
            ("JPN",),
        ),
        (
            "Sri Lanka and Thailand signed a free trade agreement on Saturday. It is Sri "
            "Lanka's first in years, after its deals with Singapore, India and China. The "
            "two sides also signed an air services agreement.",
            ("LKA", "THA"),
            ("SGP", "IND", "CHN"),
        ),
    ],
)
def test_likeness_and_listed_asides(
    text: str, pair: tuple[str, ...], asides: tuple[str, ...]
) -> None:
    found = parties_of(text)
    assert pair in found, found
    assert not any(a in p for p in found for a in asides), found


# -- "a year after X signed one with Y": a clause of its own ends the instrument's scope ------


@pytest.mark.parametrize(
    ("text", "expected", "outsider"),
    [
        (
            "China is Turkmenistan's largest gas buyer, and the two countries signed a "
            "strategic partnership in 2013, a year after Beijing signed one with Kazakhstan.",
            ("CHN", "TKM"),
            "KAZ",
        ),
        (
            "Oman and India signed a trade agreement on Thursday, two years after New Delhi "
            "concluded one with the UAE.",
            ("IND", "OMN"),
            "ARE",
        ),
    ],
)
def test_time_clause_ends_the_scope(text: str, expected: tuple[str, ...], outsider: str) -> None:
    found = parties_of(text)
    assert expected in found, found
    assert not any(outsider in p and set(expected) <= set(p) for p in found), found


# -- comparisons: an instrument or actor named only to compare is no fact or party -----------


def test_compared_instrument_takes_no_cue_of_another() -> None:
    text = (
        "The agreement between Russia and Iran, signed in January, does not include a "
        "mutual defence clause, unlike Moscow's treaty with North Korea."
    )
    assert parties_of(text) == {("IRN", "RUS")}


def test_similar_to_ends_the_scope() -> None:
    text = (
        "Vietnam and Australia signed an agreement on maritime security, similar to the one "
        "with Japan."
    )
    assert parties_of(text) == {("AUS", "VNM")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Like Kazakhstan, Uzbekistan signed an agreement with China on Monday.", ("CHN", "UZB")),
        (
            "Unlike Georgia and Moldova, Armenia signed a partnership agreement with the EU "
            "in 2017.",
            ("ARM", "EU"),
        ),
        ("Kazakhstan, like Uzbekistan, signed an agreement with China on Monday.", ("CHN", "KAZ")),
    ],
)
def test_compared_actor_is_no_party(text: str, expected: tuple[str, ...]) -> None:
    assert parties_of(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "more than": a count, no comparison
            "Kazakhstan and Japan signed more than 60 documents worth over $3.7 billion.",
            ("JPN", "KAZ"),
        ),
        (
            "Uzbekistan signed more than 20 agreements with Japan on Monday.",
            ("JPN", "UZB"),
        ),
    ],
)
def test_more_than_is_no_comparison(text: str, expected: tuple[str, ...]) -> None:
    assert expected in parties_of(text)

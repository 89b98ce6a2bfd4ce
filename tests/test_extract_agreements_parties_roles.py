"""Parties of agreements in unseen news: news spellings of states, hosts and supporters,
topics and appositions, non-actor partners, distributive lists, defined acronyms."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.actors import load_registry
from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 30)


def parties(text: str) -> list[tuple[str, ...]]:
    facts = extract_facts(Document("p", text, PUBLISHED))
    return sorted(f.parties for f in facts if isinstance(f, AgreementFact))


# -- news spellings of long official names


@pytest.mark.parametrize(
    ("surface", "actor_id"),
    [
        ("Democratic Republic of Congo", "COD"),
        ("Democratic Republic of the Congo", "COD"),
        ("Republic of Congo", "COG"),
        ("Congo Brazzaville", "COG"),
        ("Congo Kinshasa", "COD"),
        ("Republic of Gambia", "GMB"),
        ("Republic of Philippines", "PHL"),
        ("Kingdom of Netherlands", "NLD"),
        ("Timor Leste", "TLS"),
        ("Guinea Bissau", "GNB"),
        ("Organization of Petroleum Exporting Countries", "OPEC"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Czechia", "CZE"),
        ("Ivory Coast", "CIV"),
        ("Cape Verde", "CPV"),
        ("Swaziland", "SWZ"),
        ("Burma", "MMR"),
        ("East Timor", "TLS"),
        ("Viet Nam", "VNM"),
        ("Lao PDR", "LAO"),
    ],
)
def test_news_spellings_of_states(surface: str, actor_id: str) -> None:
    actor = load_registry().by_name(surface)
    assert actor is not None and actor.id == actor_id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Democratic Republic of Congo and Rwanda signed a peace agreement on Friday.",
            [("COD", "RWA")],
        ),
        (
            "Rwanda and the Democratic Republic of Congo initialled a peace deal in June.",
            [("COD", "RWA")],
        ),
        ("The Republic of Congo signed a border agreement with Angola.", [("AGO", "COG")]),
        ("Indonesia and Timor Leste signed a maritime boundary treaty.", [("IDN", "TLS")]),
    ],
)
def test_agreements_of_states_in_news_spelling(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected


# -- hosts, supporters and financiers are not parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Democratic Republic of Congo and Rwanda signed a peace agreement in "
            "Washington on Friday, in a ceremony hosted by U.S. Secretary of State Marco Rubio.",
            [("COD", "RWA")],
        ),
        (
            "Armenia and Azerbaijan signed a peace agreement at a ceremony hosted by "
            "US President Donald Trump.",
            [("ARM", "AZE")],
        ),
        (
            "Kyrgyzstan and Uzbekistan signed the water agreement in Vienna with the support "
            "of the World Bank and the Austrian government.",
            [("KGZ", "UZB")],
        ),
        (
            "Tajikistan and Kyrgyzstan signed a border treaty with support from the "
            "European Union.",
            [("KGZ", "TJK")],
        ),
        (
            "Kazakhstan and Uzbekistan signed an agreement on the canal, supported by the "
            "Asian Development Bank and Japan.",
            [("KAZ", "UZB")],
        ),
        (
            "Kyrgyzstan and Uzbekistan signed a dam agreement financed by the World Bank.",
            [("KGZ", "UZB")],
        ),
        (
            "Kazakhstan signed an agreement with the EU, with the financial backing of Germany.",
            [("EU", "KAZ")],
        ),
    ],
)
def test_hosts_and_supporters_are_not_parties(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected


def test_a_supported_signing_with_no_signatory_named_has_no_supporter_as_party() -> None:
    text = (
        "The document was signed in Vienna this week with the support of the World Bank "
        "and the Austrian government."
    )
    assert all("WB" not in p and "AUT" not in p for p in parties(text))


def test_a_lender_named_as_partner_stays_a_party() -> None:
    text = "Kyrgyzstan signed a loan agreement with the Asian Development Bank."
    assert parties(text) == [("ADB", "KGZ")]


def test_a_mediator_is_left_out_and_the_signers_kept() -> None:
    text = "Russia and Ukraine signed the grain deal, brokered by Turkey and the UN, in Istanbul."
    assert parties(text) == [("RUS", "UKR")]


def test_a_leader_attending_the_signing_of_his_state_stays_a_party() -> None:
    text = (
        "Uzbekistan signed the partnership agreement with the EU in Brussels, in a "
        "ceremony attended by President Shavkat Mirziyoyev."
    )
    assert parties(text) == [("EU", "UZB")]


# -- an acronym defined for the agreement is not an actor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU–Chile Interim Trade Agreement (ITA) entered into force on 1 February 2025.",
            [("CHL", "EU")],
        ),
        (
            "Chile and the European Union signed the Interim Trade Agreement (ITA) in Brussels.",
            [("CHL", "EU")],
        ),
        (
            "The Kazakhstan–EU Enhanced Partnership and Cooperation Agreement (EPCA) entered "
            "into force on 1 March 2020.",
            [("EU", "KAZ")],
        ),
    ],
)
def test_an_acronym_defined_for_the_agreement_is_not_a_party(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uzbekistan signed a memorandum with the International Trade Administration (ITA).",
            [("USA", "UZB")],
        ),
        (
            "Turkmenistan signed an energy agreement with the United Arab Emirates (UAE).",
            [("ARE", "TKM")],
        ),
        ("Kyrgyzstan signed a memorandum with the ADB on Friday.", [("ADB", "KGZ")]),
    ],
)
def test_an_actor_named_with_its_own_acronym_stays_a_party(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected


# -- topics, opponents and appositions are not parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaders of India, Kazakhstan and Uzbekistan adopted the Delhi Declaration, "
            "a joint text on trade, connectivity, energy, security and Afghanistan.",
            [("IND", "KAZ", "UZB")],
        ),
        (
            "Russia and Iran signed a memorandum covering transit, customs and Afghanistan.",
            [("IRN", "RUS")],
        ),
        (
            "Colombia, one of Washington's closest partners in the region, upgraded its ties "
            "with China to a strategic partnership in October 2023.",
            [("CHN", "COL")],
        ),
        (
            "Kazakhstan, a key partner of Russia, signed a trade agreement with China.",
            [("CHN", "KAZ")],
        ),
        (
            "Giuseppe Conte and Xi Jinping signed the memorandum of understanding on the Belt "
            "and Road in Rome in March 2019, over objections from Washington and Brussels.",
            [("CHN", "ITA")],
        ),
        (
            "Italy signed the memorandum with China in 2019 despite protests by the "
            "United States.",
            [("CHN", "ITA")],
        ),
        (
            "Serbia signed the gas contract with Russia, a deal criticised by the EU.",
            [("RUS", "SRB")],
        ),
    ],
)
def test_topics_opponents_and_appositions_are_not_parties(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan, Russia and China signed a trade agreement.", [("CHN", "KAZ", "RUS")]),
        ("Azerbaijan, the EU and Turkey signed a gas memorandum.", [("AZE", "EU", "TUR")]),
        (
            "Azerbaijan, a country of 10 million, and Turkey signed a gas memorandum.",
            [("AZE", "TUR")],
        ),
        (
            "Russia signed an agreement on energy and trade with India.",
            [("IND", "RUS")],
        ),
    ],
)
def test_lists_of_parties_are_kept(text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected


# -- a partner that is no actor is not replaced by another actor of the sentence


@pytest.mark.parametrize(
    "text",
    [
        "Relations between Addis Ababa and Mogadishu had deteriorated sharply after Ethiopia "
        "signed a memorandum of understanding with the breakaway region of Somaliland on "
        "January 1.",
        "Tensions between Ethiopia and Somalia rose after Addis Ababa signed a port deal "
        "with Somaliland in January.",
        "Baku and Moscow watched as Kazakhstan signed an investment agreement with the "
        "Anaklia Development Consortium.",
        "Armenia and Azerbaijan met in Prague, and Armenia signed a memorandum with the "
        "Nagorno-Karabakh authorities.",
    ],
)
def test_a_partner_that_is_no_actor_is_not_replaced(text: str) -> None:
    assert all(len(p) < 2 for p in parties(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyrgyzstan signed an agreement with Kazakhstan on Friday.", [("KAZ", "KGZ")]),
        ("Kazakhstan signed an agreement with Chinese company CNPC.", [("CHN", "KAZ")]),
        (
            "After talks in Astana, Kazakhstan and Russia signed an agreement with each other.",
            [("KAZ", "RUS")],
        ),
    ],
)
def test_a_partner_that_is_an_actor_stays(text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected


# -- "one each with A, B and C": one fact per partner


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Investment Bank signed three memorandums of understanding, one each "
            "with the governments of Kazakhstan, Kyrgyzstan and Uzbekistan, for loans totalling "
            "1.47 billion euros, backed by guarantees from the EU budget.",
            [("EIB", "KAZ"), ("EIB", "KGZ"), ("EIB", "UZB")],
        ),
        (
            "Uzbekistan signed two agreements, one each with Turkey and Azerbaijan.",
            [("AZE", "UZB"), ("TUR", "UZB")],
        ),
        (
            "The EBRD signed memorandums with the governments of Armenia and Georgia.",
            [("ARM", "EBRD"), ("EBRD", "GEO")],
        ),
    ],
)
def test_one_each_with_a_list_gives_one_fact_per_partner(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected


def test_one_trilateral_memorandum_with_two_governments_stays_one_fact() -> None:
    text = "Kazakhstan signed a memorandum with the governments of Kyrgyzstan and Uzbekistan."
    assert parties(text) == [("KAZ", "KGZ", "UZB")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyrgyzstan signed an agreement with Uzbekistan, backed by a loan from the "
            "World Bank.",
            [("KGZ", "UZB")],
        ),
        ("Kyrgyzstan signed an agreement on loans from China.", [("CHN", "KGZ")]),
    ],
)
def test_a_guarantor_is_not_a_party_but_a_lender_partner_is(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected


# -- a meeting named for the leaders of a bloc is a venue, not the leaders signing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During the LXIV Summit of Heads of State of MERCOSUR and Associated States, held "
            "today in Asunción, the President of Bolivia deposited the instrument of "
            "ratification of the Protocol of Accession of Bolivia to MERCOSUR.",
            [("BOL", "MERCOSUR")],
        ),
        (
            "At the Council of Heads of State of the CIS, Kazakhstan and Kyrgyzstan signed a "
            "border treaty.",
            [("KAZ", "KGZ")],
        ),
        (
            "At a meeting of the foreign ministers of the OTS in Baku, Azerbaijan and "
            "Uzbekistan signed a memorandum on transport.",
            [("AZE", "UZB")],
        ),
        (
            "The Council of Heads of State of the CIS adopted a declaration on security "
            "with Iran.",
            [("CIS", "IRN")],
        ),
        (
            "The leaders of the OTS signed the Ankara Declaration.",
            [("AZE", "KAZ", "KGZ", "TUR", "UZB")],
        ),
    ],
)
def test_a_meeting_of_leaders_is_a_venue(text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected


# -- a depositary and a capital that starts a person's name are not parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The President of Bolivia deposited the instrument of ratification of the Protocol "
            "of Accession of Bolivia to MERCOSUR with the President of the Republic of "
            "Paraguay, Santiago Peña, in his capacity as depositary.",
            [("BOL", "MERCOSUR")],
        ),
        (
            "Kazakhstan and Uzbekistan signed an education agreement with Moscow State "
            "University.",
            [("KAZ", "UZB")],
        ),
    ],
)
def test_depositaries_and_names_starting_with_a_capital_are_not_parties(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Astana and Tashkent signed a water agreement.", [("KAZ", "UZB")]),
        ("Moscow and Beijing signed a gas deal on Monday.", [("CHN", "RUS")]),
        ("Officials in Ankara and Baku said Turkey and Azerbaijan signed a gas deal.",
         [("AZE", "TUR")]),
    ],
)
def test_capitals_standing_for_their_states_stay_parties(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected


def test_a_state_named_as_depositary_is_not_a_party() -> None:
    text = (
        "Armenia deposited its instrument of ratification of the treaty with Kazakhstan as "
        "the depositary, completing the accession to the EAEU."
    )
    assert all("KAZ" not in p for p in parties(text))


# -- a state as the subject matter, a capital naming an event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaders of China and Brazil signed a joint statement on the war in Ukraine.",
            [("BRA", "CHN")],
        ),
        (
            "Russia and China signed a declaration calling for stability in Afghanistan.",
            [("CHN", "RUS")],
        ),
        (
            "India and Kazakhstan adopted a declaration on Afghanistan.",
            [("IND", "KAZ")],
        ),
        (
            "Kazakhstan signed an agreement with China at a White House ceremony.",
            [("CHN", "KAZ")],
        ),
    ],
)
def test_a_subject_matter_or_an_event_place_is_not_a_party(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan and China signed a memorandum on China-Kazakhstan cooperation.",
            [("CHN", "KAZ")],
        ),
        (
            "Kazakhstan signed a memorandum on the EU's Global Gateway with the EU.",
            [("EU", "KAZ")],
        ),
        (
            "Turkmenistan and Afghanistan signed an agreement on the TAPI pipeline.",
            [("AFG", "TKM")],
        ),
    ],
)
def test_a_party_named_in_the_subject_matter_of_its_own_instrument_stays(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected

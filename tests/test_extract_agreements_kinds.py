"""Agreement facts by kinds of news phrasing that earlier rules missed or misread: an
adverb before the stage verb ("fully entered into force"), an acronym the story defined
("the CEPA"), a title whose instrument noun follows a place's name ("Shusha Declaration
on Allied Relations"), partners listed with a repeated "with", witnesses who are no
parties, office holders named by office alone ("the Presidents"), a membership step
that is no agreement ("memorandum of obligations"), and a headline's relationship that
is the document the body names. Each kind has paraphrases and negatives (hedges,
negations, the future, failed talks). Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 10)

Key = tuple[tuple[str, ...], str, str]


def agreements(text: str) -> list[AgreementFact]:
    facts = extract_facts(Document("k", text, PUBLISHED))
    return [f for f in facts if isinstance(f, AgreementFact)]


def keys(text: str) -> set[Key]:
    return {(f.parties, f.instrument.value, f.stage.value) for f in agreements(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia signed the Association Agreement with the EU in 2014. The agreement fully"
            " entered into force in July 2016.",
            (("EU", "GEO"), "other", "in_force"),
        ),
        (
            "The pact between Chile and the EU eventually came into force in 2023.",
            (("CHL", "EU"), "cooperation_agreement", "in_force"),
        ),
        (
            "Japan and Vietnam signed a treaty on fisheries in 2019. The treaty then took effect"
            " in March 2020.",
            (("JPN", "VNM"), "other", "in_force"),
        ),
        (
            "Serbia and Hungary signed a deal on gas in 2022. The deal was fully implemented"
            " in 2024.",
            (("HUN", "SRB"), "cooperation_agreement", "implemented"),
        ),
    ],
)
def test_adverb_before_the_stage_verb(text: str, expected: Key) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pact between Chile and the EU has not fully entered into force.",
        "The pact between Chile and the EU will only enter into force in 2027.",
        "The pact between Chile and the EU has yet to fully enter into force.",
        "Chile and the EU signed a deal. Tariffs fall to zero once the agreement is fully"
        " implemented after seven years.",
        "Chile and the EU signed a deal. Tariffs will fall once the agreement is ratified.",
        "Chile and the EU signed a deal. Duties go when the agreement is fully in force.",
    ],
)
def test_adverb_keeps_hedges(text: str) -> None:
    stages = {f.stage.value for f in agreements(text)}
    assert stages <= {"signed"}


def test_subordinate_clause_in_the_past_is_a_fact() -> None:
    text = (
        "Chile and the EU signed a deal in 2020. Trade grew after the agreement was ratified"
        " in 2021."
    )
    assert (("CHL", "EU"), "cooperation_agreement", "ratified") in keys(text)


@pytest.mark.parametrize(
    ("text", "expected", "title"),
    [
        (
            "Relations rest on the Comprehensive and Enhanced Partnership Agreement (CEPA)"
            " between Armenia and the EU, signed in 2017. The CEPA fully entered into force"
            " on March 1, 2021.",
            (("ARM", "EU"), "enhanced_partnership_cooperation_agreement", "in_force"),
            "Comprehensive and Enhanced Partnership Agreement",
        ),
        (
            "India and the UAE signed a Comprehensive Economic Partnership Agreement (CEPA) in"
            " 2022. The CEPA took effect in May 2022.",
            (("ARE", "IND"), "trade_agreement", "in_force"),
            "Comprehensive Economic Partnership Agreement",
        ),
    ],
)
def test_acronym_takes_the_name_the_story_defined(text: str, expected: Key, title: str) -> None:
    facts = [
        f for f in agreements(text) if (f.parties, f.instrument.value, f.stage.value) == expected
    ]
    assert facts and facts[0].title == title


def test_undefined_acronym_keeps_its_own_kind() -> None:
    text = "The UAE and Georgia signed a CEPA in 2024. The CEPA took effect in May 2025."
    assert (("ARE", "GEO"), "trade_agreement", "in_force") in keys(text)


def test_memorandum_acronym_keeps_its_own_title() -> None:
    text = (
        "Korea and Kazakhstan signed a memorandum of understanding (MOU) on energy in May."
        " In June, Korea and Kazakhstan signed an MOU on finance."
    )
    assert "MOU on finance" in {f.title for f in agreements(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He recalled that the Shusha Declaration on Allied Relations was signed by"
            " Azerbaijan and Turkey on June 15, 2021.",
            (("AZE", "TUR"), "alliance", "signed"),
        ),
        (
            "Kazakhstan and Uzbekistan signed the Kazakh-Uzbek Treaty on Allied Relations in"
            " Tashkent.",
            (("KAZ", "UZB"), "alliance", "signed"),
        ),
        (
            "Russia and Belarus signed the Moscow Declaration on Strategic Partnership.",
            (("BLR", "RUS"), "strategic_partnership", "signed"),
        ),
        (
            "Armenia and Greece signed the Athens Declaration of Friendship.",
            (("ARM", "GRC"), "joint_declaration", "signed"),
        ),
    ],
)
def test_title_with_a_name_before_its_instrument_noun(text: str, expected: Key) -> None:
    assert expected in keys(text)


def test_title_with_a_name_before_it_under_a_hedge() -> None:
    text = "Azerbaijan and Turkey may sign the Shusha Declaration on Allied Relations next year."
    assert not agreements(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump also signed reciprocal trade agreements with Malaysia and with Cambodia"
            " during his stay in Kuala Lumpur.",
            {
                (("MYS", "USA"), "trade_agreement", "signed"),
                (("KHM", "USA"), "trade_agreement", "signed"),
            },
        ),
        (
            "Japan signed economic partnership agreements with Vietnam, with Thailand and with"
            " Chile.",
            {
                (("JPN", "VNM"), "trade_agreement", "signed"),
                (("JPN", "THA"), "trade_agreement", "signed"),
                (("CHL", "JPN"), "trade_agreement", "signed"),
            },
        ),
        (
            "The European Union concluded separate agreements with Kenya and with Rwanda on"
            " Friday.",
            {
                (("EU", "KEN"), "cooperation_agreement", "signed"),
                (("EU", "RWA"), "cooperation_agreement", "signed"),
            },
        ),
    ],
)
def test_partners_with_a_repeated_with(text: str, expected: set[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trump said he would sign trade agreements with Malaysia and with Cambodia.",
        "Talks on trade agreements with Malaysia and with Cambodia collapsed.",
        "Trump did not sign trade agreements with Malaysia and with Cambodia.",
    ],
)
def test_partners_with_a_repeated_with_negatives(text: str) -> None:
    assert not agreements(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the sidelines of the summit, the Prime Ministers of Thailand and Cambodia signed a"
            " joint declaration to end the border conflict, witnessed by Anwar and United States"
            " President Donald Trump.",
            (("KHM", "THA"), "joint_declaration", "signed"),
        ),
        (
            "The foreign ministers of Armenia and Azerbaijan initialled the peace agreement,"
            " witnessed by Trump and the Turkish president.",
            (("ARM", "AZE"), "peace_agreement", "initialed"),
        ),
        (
            "Rwanda and the DR Congo signed a peace deal in Washington, in the presence of US"
            " Secretary of State Marco Rubio and Qatari officials.",
            (("COD", "RWA"), "peace_agreement", "signed"),
        ),
        (
            "The agreement was signed by Serbia and Kosovo, witnessed by US President Donald"
            " Trump.",
            (("SRB", "XKX"), "cooperation_agreement", "signed"),
        ),
    ],
)
def test_witnesses_are_no_parties(text: str, expected: Key) -> None:
    assert keys(text) == {expected}


def test_witnessed_signing_under_a_hedge() -> None:
    text = (
        "The leaders of Thailand and Cambodia are expected to sign a peace declaration,"
        " witnessed by Trump."
    )
    assert not agreements(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan and Turkey are allies. He recalled that the Shusha Declaration on Allied"
            " Relations was signed by two presidents in Shusha on June 15, 2021.",
            (("AZE", "TUR"), "alliance", "signed"),
        ),
        (
            "Uzbekistan and Tajikistan signed a treaty on Thursday. Dushanbe, 2 June. The"
            " leaders met in Dushanbe. Also, in the presence of the Presidents a package of"
            " intergovernmental documents was signed.",
            (("TJK", "UZB"), "cooperation_agreement", "signed"),
        ),
        (
            "Kazakhstan and Uzbekistan held talks in Tashkent. The agreements were signed by the"
            " two leaders at the end of the visit.",
            (("KAZ", "UZB"), "cooperation_agreement", "signed"),
        ),
    ],
)
def test_office_holders_named_by_office(text: str, expected: Key) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan held talks in Tashkent. The presidents did not sign the treaty.",
        "Kazakhstan and Uzbekistan held talks. The presidents are expected to sign several"
        " agreements.",
        "Kazakhstan and Uzbekistan held talks. The presidents failed to sign the treaty.",
    ],
)
def test_office_holders_named_by_office_negatives(text: str) -> None:
    assert not agreements(text)


@pytest.mark.parametrize(
    "text",
    [
        "At Tuesday's meeting, Belarus also signed a memorandum of obligations to obtain the"
        " status of SCO member state.",
        "Iran signed the memorandum of obligations for full membership with the SCO in Samarkand.",
        "Egypt and the SCO signed a memorandum to obtain the status of dialogue partner.",
        "Belarus and the SCO signed a memorandum on obligations in Astana.",
    ],
)
def test_membership_step_is_no_agreement(text: str) -> None:
    assert not agreements(text)


def test_memorandum_with_an_organisation_is_an_agreement() -> None:
    text = "Belarus and the SCO signed a memorandum on cooperation in Astana."
    assert (("BLR", "SCO"), "memorandum_of_understanding", "signed") in keys(text)


def test_headline_relationship_is_the_memorandum_below() -> None:
    text = (
        "EU and Kazakhstan launch strategic partnership on raw materials\n\n"
        "Today the EU and Kazakhstan signed a Memorandum of Understanding on a strategic"
        " partnership on sustainable raw materials."
    )
    assert keys(text) == {(("EU", "KAZ"), "memorandum_of_understanding", "signed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China and Georgia establish strategic partnership\n\nOn Monday China and Georgia"
            " signed a memorandum on trade in Beijing.",
            {
                (("CHN", "GEO"), "strategic_partnership", "signed"),
                (("CHN", "GEO"), "memorandum_of_understanding", "signed"),
            },
        ),
        (
            "China and Georgia establish strategic partnership\n\nIn 2019 China and Georgia"
            " signed a Memorandum of Understanding on a strategic partnership in trade.",
            {
                (("CHN", "GEO"), "strategic_partnership", "signed"),
                (("CHN", "GEO"), "memorandum_of_understanding", "signed"),
            },
        ),
    ],
)
def test_headline_relationship_kept_beside_another_document(text: str, expected: set[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Russia and Uzbekistan signed an agreement on a small nuclear plant on Monday. The"
            " project develops the intergovernmental agreement on a large plant, which Moscow"
            " and Tashkent signed in 2018.",
            {"2025-06-09", "2018"},
        ),
        (
            "Egypt and Russia signed a nuclear cooperation agreement on Monday. It builds on the"
            " nuclear cooperation agreement that Egypt and Russia signed in 2015.",
            {"2025-06-09", "2015"},
        ),
    ],
)
def test_same_kind_of_instrument_of_an_earlier_year_is_another(text: str, dates: set[str]) -> None:
    assert {f.date for f in agreements(text) if f.stage.value == "signed"} == dates


@pytest.mark.parametrize(
    "text",
    [
        # an anaphor is the instrument already named, whatever year it gives
        "Kazakhstan and China signed a transport agreement on Monday. The agreement was first"
        " signed in 2019, officials said.",
        # one instrument named twice with its year
        "Kazakhstan and China signed a trade deal in 2019. The trade deal, signed in 2019, cut"
        " tariffs.",
    ],
)
def test_one_instrument_named_twice_stays_one(text: str) -> None:
    assert len([f for f in agreements(text) if f.stage.value == "signed"]) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both are closely tied to the EU through association agreements. Moldova's agreement"
            " entered fully into force in July 2016 and Ukraine's in September 2017.",
            {
                (("EU", "MDA"), "in_force", "2016-07"),
                (("EU", "UKR"), "in_force", "2017-09"),
            },
        ),
        (
            "Kazakhstan's trade deal with China was signed in 2019 and Uzbekistan's in 2021.",
            {
                (("CHN", "KAZ"), "signed", "2019"),
                (("CHN", "UZB"), "signed", "2021"),
            },
        ),
        (
            "Japan has economic partnership agreements in Southeast Asia. Vietnam's treaty with"
            " Japan was ratified in 2008, and Thailand's on 1 November 2007.",
            {
                (("JPN", "VNM"), "ratified", "2008"),
                (("JPN", "THA"), "ratified", "2007-11-01"),
            },
        ),
    ],
)
def test_second_owner_with_the_verb_left_out(
    text: str, expected: set[tuple[tuple[str, ...], str, str | None]]
) -> None:
    assert {(f.parties, f.stage.value, f.date) for f in agreements(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan's trade deal with China may be signed in 2026 and Uzbekistan's in 2027.",
        "Kazakhstan's trade deal with China will not be signed in 2026, nor Uzbekistan's in 2027.",
    ],
)
def test_second_owner_under_a_hedge(text: str) -> None:
    assert not agreements(text)


def test_second_owner_without_a_known_partner_is_not_split() -> None:
    text = "Kazakhstan's trade deal was signed in 2019 and Uzbekistan's in 2021."
    assert all(f.date != "2021" for f in agreements(text))

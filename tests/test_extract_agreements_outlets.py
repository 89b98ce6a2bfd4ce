"""Agreement stages and parties in the phrasings of many outlets: wire verbs, state-agency
long titles, parliamentary approval, appositive participles, listed documents, relations
broken off; venues, destinations and mediators are no parties. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact


def agreements(text: str) -> list[AgreementFact]:
    found = extract_facts(Document("a", text, date(2025, 6, 10)))
    return [f for f in found if isinstance(f, AgreementFact)]


def keys(text: str) -> set[tuple[tuple[str, ...], str, str]]:
    return {(f.parties, f.instrument.value, f.stage.value) for f in agreements(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The foreign ministers of Kazakhstan and Azerbaijan put their names to a transport"
            " cooperation agreement on Tuesday.",
            (("AZE", "KAZ"), "cooperation_agreement", "signed"),
        ),
        (
            "The Kazakh and Chinese sides put pen to paper on a customs agreement.",
            (("CHN", "KAZ"), "cooperation_agreement", "signed"),
        ),
        (
            "Uzbekistan and the UAE sealed an energy deal worth $1 billion.",
            (("ARE", "UZB"), "cooperation_agreement", "signed"),
        ),
        (
            "Turkmenistan and Azerbaijan finalised a memorandum of understanding on the Dostluk"
            " field.",
            (("AZE", "TKM"), "memorandum_of_understanding", "concluded"),
        ),
        (
            "The Kazakh parliament rubber-stamped the defence agreement with Russia.",
            (("KAZ", "RUS"), "cooperation_agreement", "ratified"),
        ),
        (
            "Lawmakers in Baku endorsed the strategic partnership treaty with Georgia.",
            (("AZE", "GEO"), "strategic_partnership", "ratified"),
        ),
        (
            "The trade agreement between the EAEU and Iran was approved by parliament in Moscow.",
            (("EAEU", "IRN"), "trade_agreement", "ratified"),
        ),
        (
            "The free-trade deal between the EAEU and Serbia became effective on 10 July.",
            (("EAEU", "SRB"), "trade_agreement", "in_force"),
        ),
        (
            "The currency swap arrangement between China and Kazakhstan was reactivated in May.",
            # (a central banks' currency swap is no transit: other, since round 9)
            (("CHN", "KAZ"), "other", "reaffirmed"),
        ),
        (
            "The Intermediate-Range Nuclear Forces Treaty between Russia and the United States"
            " ended in August 2019.",
            (("RUS", "USA"), "other", "terminated"),
        ),
        (
            "Uzbekistan and Azerbaijan have put their signatures to the treaty on strategic"
            " partnership during the visit.",
            (("AZE", "UZB"), "strategic_partnership", "signed"),
        ),
    ],
)
def test_stage_verbs_of_other_outlets(
    text: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert expected in keys(text)


def test_main_verb_after_an_appositive_participle_is_a_second_stage() -> None:
    text = (
        "The Agreement between the Government of the Republic of Kazakhstan and the Government"
        " of the Republic of Azerbaijan on international road transport, signed in Baku in 2019,"
        " entered into force on 1 February 2025."
    )
    found = {(f.stage.value, f.date) for f in agreements(text)}
    assert found == {("signed", "2019"), ("in_force", "2025-02-01")}


def test_relative_clause_then_main_verb_each_with_its_own_date() -> None:
    text = (
        "The agreement with Turkmenistan, which Uzbekistan signed in 2016, was ratified on"
        " 3 June 2025."
    )
    found = {(f.parties, f.stage.value, f.date) for f in agreements(text)}
    assert found == {(("TKM", "UZB"), "signed", "2016"), (("TKM", "UZB"), "ratified", "2025-06-03")}


def test_after_clause_concluding_talks() -> None:
    text = (
        "After Armenia and Azerbaijan concluded talks on the peace agreement in March, the"
        " text was published."
    )
    assert ((("ARM", "AZE"), "peace_agreement", "concluded")) in keys(text)


def test_bulleted_documents_under_a_header_are_one_fact_each() -> None:
    text = (
        "Following the talks between Kazakhstan and Turkey, the following documents were signed:\n"
        "- Agreement on military cooperation;\n"
        "- Memorandum of understanding on education;\n"
        "- Protocol on the exchange of information.\n"
        "The ministers then held a press conference."
    )
    found = agreements(text)
    assert sorted((f.instrument.value, f.stage.value) for f in found) == [
        ("cooperation_agreement", "signed"),
        ("memorandum_of_understanding", "signed"),
        ("other", "signed"),
    ]
    assert all(f.parties == ("KAZ", "TUR") for f in found)
    assert {f.title for f in found} == {
        "Agreement on military cooperation",
        "Memorandum of understanding on education",
        "Protocol on the exchange of information",
    }


def test_inline_list_after_the_colon_of_an_active_header() -> None:
    text = (
        "Tajikistan and Kyrgyzstan signed the following: 1) an agreement on the state border;"
        " 2) a memorandum on water use."
    )
    assert keys(text) == {
        (("KGZ", "TJK"), "other", "signed"),
        (("KGZ", "TJK"), "memorandum_of_understanding", "signed"),
    }


def test_hedged_header_lists_nothing() -> None:
    text = (
        "Kazakhstan and Turkey may sign the following documents: an agreement on transport;"
        " a memorandum on education."
    )
    assert agreements(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan broke off relations with Iran after the embassy attack.",
            (("AZE", "IRN"), "other", "terminated"),
        ),
        (
            "Kazakhstan and Uzbekistan severed diplomatic ties in 2010.",
            (("KAZ", "UZB"), "other", "terminated"),
        ),
        (
            "Tbilisi suspended diplomatic relations with Moscow in 2008.",
            (("GEO", "RUS"), "other", "suspended"),
        ),
    ],
)
def test_relations_broken_off(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Georgia may cut ties with Russia.",
        "Iran threatened to sever ties with Azerbaijan.",
        "Kazakhstan cut its export tariffs for China.",
    ],
)
def test_threats_and_other_cuts_are_no_broken_relations(text: str) -> None:
    assert agreements(text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Azerbaijan and Uzbekistan signed a strategic partnership agreement on the margins"
            " of COP29 in Egypt.",
            ("AZE", "UZB"),
        ),
        (
            "Georgia and Azerbaijan signed an agreement on power exports into the European Union.",
            ("AZE", "GEO"),
        ),
        (
            "The peace deal between Armenia and Azerbaijan, brokered by the United States, was"
            " signed in Washington.",
            ("ARM", "AZE"),
        ),
        (
            "Uzbek and Kazakh officials sealed a water-sharing pact at a meeting hosted by"
            " Kyrgyzstan.",
            ("KAZ", "UZB"),
        ),
        (
            "A memorandum on gas supplies to Europe was signed by Turkmenistan and Azerbaijan"
            " in a deal brokered by Turkey.",
            ("AZE", "TKM"),
        ),
        ("The EAEU and Iran signed a full-fledged free trade agreement.", ("EAEU", "IRN")),
    ],
)
def test_venues_destinations_and_mediators_are_no_parties(
    text: str, parties: tuple[str, ...]
) -> None:
    found = agreements(text)
    assert found
    assert {f.parties for f in found} == {parties}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The accord, brokered by Qatar, was signed by Rwanda, Uganda and Qatar.",
            ("QAT", "RWA", "UGA"),
        ),
        (
            "The accord, brokered by Qatar, which also signed it, binds Rwanda and Uganda.",
            ("QAT", "RWA", "UGA"),
        ),
        (
            "The peace deal, brokered by the United States, was signed by Armenia and Azerbaijan.",
            ("ARM", "AZE"),
        ),
        (
            "The deal was brokered by Turkey and signed by Russia and Ukraine in Istanbul.",
            ("RUS", "UKR"),
        ),
    ],
)
def test_a_mediator_is_a_party_only_when_said_to_sign(text: str, parties: tuple[str, ...]) -> None:
    assert {f.parties for f in agreements(text)} == {parties}


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        (
            "The EU and Kenya signed an economic partnership agreement (EPA) in 2023.",
            "trade_agreement",
        ),
        ("Vietnam and the EU signed an interim free trade agreement.", "trade_agreement"),
    ],
)
def test_trade_agreements_by_their_words(text: str, instrument: str) -> None:
    assert {f.instrument.value for f in agreements(text)} == {instrument}


def test_an_earlier_agreement_takes_the_kind_named_beside_it_and_its_own_year() -> None:
    text = (
        "Kenya and the EU signed an economic partnership agreement that builds on an earlier"
        " agreement between the EU and Rwanda, signed in 2016."
    )
    found = {(f.parties, f.instrument.value, f.date) for f in agreements(text)}
    assert (("EU", "RWA"), "trade_agreement", "2016") in found


def test_participle_agreed_with_a_date_is_concluded_and_what_it_still_needs_is_not() -> None:
    text = (
        "The peace agreement between Armenia and Azerbaijan, agreed in March after years of"
        " talks, still needs to be signed and ratified."
    )
    assert keys(text) == {(("ARM", "AZE"), "peace_agreement", "concluded")}


def test_agreed_to_upgrade_announces_the_upgrade() -> None:
    text = (
        "Uzbekistan and Turkey agreed on Friday to upgrade their relationship to a"
        " comprehensive strategic partnership."
    )
    assert (("TUR", "UZB"), "comprehensive_strategic_partnership", "upgraded") in keys(text)


def test_an_agreement_with_its_own_partner_is_no_anaphor_of_another_instrument() -> None:
    text = (
        "Uzbekistan and Kyrgyzstan inked a memorandum on a joint hydropower plant. "
        "Uzbekistan's parliament later approved the agreement with Tajikistan on the joint"
        " management of a reservoir."
    )
    found = {(f.parties, f.instrument.value, f.stage.value) for f in agreements(text)}
    assert (("TJK", "UZB"), "cooperation_agreement", "ratified") in found
    assert all(f[1] != "memorandum_of_understanding" or f[2] == "signed" for f in found)


def test_a_host_named_before_is_no_party_of_a_later_reference() -> None:
    text = (
        "Armenia and Azerbaijan initialled their peace agreement in a ceremony hosted by US"
        " President Donald Trump. The document, agreed in March, was published in full."
    )
    assert {f.parties for f in agreements(text)} == {("ARM", "AZE")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides exchanged ratification instruments for the treaty on allied relations"
            " between Kazakhstan and Uzbekistan.",
            {(("KAZ", "UZB"), "alliance", "in_force")},
        ),
        (
            "The pact between Georgia and Azerbaijan inked in 2022 took effect in May 2025.",
            {
                (("AZE", "GEO"), "cooperation_agreement", "signed"),
                (("AZE", "GEO"), "cooperation_agreement", "in_force"),
            },
        ),
        (
            "The deal between Kazakhstan and Russia is now in force.",
            {(("KAZ", "RUS"), "cooperation_agreement", "in_force")},
        ),
    ],
)
def test_ratification_exchange_reduced_relative_and_standing_force(
    text: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert keys(text) == expected


def test_a_passive_cue_with_a_list_of_signatories_keeps_its_own_year() -> None:
    text = (
        "The convention on the legal status of the Caspian Sea, signed by Russia, Iran,"
        " Kazakhstan, Azerbaijan and Turkmenistan in Aktau in 2018, has now entered into force."
    )
    found = {(f.stage.value, f.date) for f in agreements(text)}
    assert ("signed", "2018") in found
    assert ("in_force", "2018") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Armenia froze relations with the CSTO last year.",
        "The following documents are expected to be signed: an agreement on trade and a"
        " memorandum on energy.",
        "The ministers agreed to upgrade the road between Osh and Khujand.",
    ],
)
def test_near_misses_of_the_new_forms_yield_nothing(text: str) -> None:
    assert agreements(text) == []


def test_a_crossing_agreed_is_no_transit_in_use() -> None:
    """A route agreed is a transit arrangement whose terms are agreed (round 8), not one
    in use."""
    text = "Georgia and Armenia agreed to restore rail traffic through Azerbaijan."
    assert {k[2] for k in keys(text)} <= {"concluded"}


def test_numbered_list_takes_the_parties_of_the_sentence_before() -> None:
    text = (
        "President Tokayev held talks with President Mirziyoyev in Tashkent on Monday."
        " After the talks, the following documents were signed:\n"
        "1. Intergovernmental agreement on an industrial cooperation centre;\n"
        "2. Memorandum on cooperation in geology;\n"
        "3. Roadmap for trade for 2025-2026.\n"
    )
    found = agreements(text)
    assert {(f.parties, f.instrument.value, f.title) for f in found} == {
        (
            ("KAZ", "UZB"),
            "cooperation_agreement",
            "Intergovernmental agreement on an industrial cooperation centre",
        ),
        (("KAZ", "UZB"), "memorandum_of_understanding", "Memorandum on cooperation in geology"),
        (("KAZ", "UZB"), "other", "Roadmap for trade for 2025-2026"),  # a signed roadmap
    }


def test_documents_signed_including_named_ones_are_one_fact_each() -> None:
    text = (
        "During the visit, 12 documents were signed by Azerbaijan and Turkey, including an"
        " agreement on defence industry cooperation and a memorandum on digital transformation."
    )
    assert keys(text) == {
        (("AZE", "TUR"), "cooperation_agreement", "signed"),
        (("AZE", "TUR"), "memorandum_of_understanding", "signed"),
    }


def test_an_undated_statement_takes_the_day_of_the_lead() -> None:
    text = (
        "Leaders meet in Tashkent\n\n"
        "TASHKENT, June 10 -- The presidents of Uzbekistan and Kyrgyzstan met on Friday.\n\n"
        "Uzbekistan and Kyrgyzstan signed a memorandum on water use."
    )
    assert [f.date for f in agreements(text)] == ["2025-06-06"]


def test_a_lead_day_more_than_a_week_old_is_not_the_event_day() -> None:
    text = (
        "The presidents of Uzbekistan and Kyrgyzstan met on 2 May.\n\n"
        "Uzbekistan and Kyrgyzstan signed a memorandum on water use."
    )
    assert [f.date for f in agreements(text)] == ["2025-06-10"]

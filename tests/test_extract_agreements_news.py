"""Agreement facts in news phrasings from many regions: a bloc with its member states,
historical instruments inside a sentence about something else, several stages and dates
in one sentence, replaced instruments, lists of documents, failed talks, hedged
signings. Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 10)

Key = tuple[tuple[str, ...], str, str]


def agreements(text: str) -> list[AgreementFact]:
    facts = extract_facts(Document("n", text, PUBLISHED))
    return [f for f in facts if isinstance(f, AgreementFact)]


def keys(text: str) -> set[Key]:
    return {(f.parties, f.instrument.value, f.stage.value) for f in agreements(text)}


def dated(text: str) -> set[tuple[str, str | None]]:
    return {(f.stage.value, f.date) for f in agreements(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union and its member states signed a framework agreement with"
            " Vietnam on Monday.",
            {(("EU", "VNM"), "cooperation_agreement", "signed")},
        ),
        (
            "The EU and its member states have ratified the trade agreement with Chile.",
            {(("CHL", "EU"), "trade_agreement", "ratified")},
        ),
        (
            "The European Union and its 27 member states signed an agreement with Kazakhstan.",
            {(("EU", "KAZ"), "cooperation_agreement", "signed")},
        ),
        (
            "The Enhanced Partnership and Cooperation Agreement between the European Union and"
            " its Member States, of the one part, and the Republic of Kazakhstan, of the other"
            " part, entered into force on 1 March 2020.",
            {(("EU", "KAZ"), "enhanced_partnership_cooperation_agreement", "in_force")},
        ),
        (
            "The EU and the member states signed an agreement with Chile in Brussels.",
            {(("CHL", "EU"), "cooperation_agreement", "signed")},
        ),
        (
            "The EU and its members signed a partnership and cooperation agreement with"
            " Mongolia in Ulaanbaatar.",
            {(("EU", "MNG"), "partnership_cooperation_agreement", "signed")},
        ),
    ],
)
def test_a_bloc_and_its_member_states_is_the_bloc(text: str, expected: set[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The free trade agreement between the EU and New Zealand was signed in Brussels on"
            " 9 July 2023, after negotiators concluded talks on 30 June 2022.",
            {("signed", "2023-07-09"), ("concluded", "2022-06-30")},
        ),
        (
            "The EU and New Zealand signed the free trade agreement in Brussels on 9 July 2023,"
            " after negotiators concluded talks on 30 June 2022.",
            {("signed", "2023-07-09"), ("concluded", "2022-06-30")},
        ),
        (
            "Chile and Indonesia signed a comprehensive economic partnership agreement on"
            " 14 December 2017, following the completion of negotiations in 2017.",
            {("signed", "2017-12-14")},
        ),
        (
            "Vietnam and Indonesia signed a maritime boundary agreement in 2022, which came"
            " into effect in October 2023.",
            {("signed", "2022"), ("in_force", "2023-10")},
        ),
        (
            "The trade agreement between Chile and Indonesia took effect in October 2019.",
            {("in_force", "2019-10")},
        ),
        (
            "Uzbekistan and Tajikistan signed a treaty on the demarcation of their border in 2018"
            " that entered into force in 2019.",
            {("signed", "2018"), ("in_force", "2019")},
        ),
        (
            "The EU and Kyrgyzstan initialled the Enhanced Partnership and Cooperation Agreement"
            " in Bishkek in July 2024 and signed it in June 2025.",
            {("initialed", "2024-07"), ("signed", "2025-06")},
        ),
        (
            "Tashkent and Bishkek ratified the border treaty signed in 2023.",
            {("signed", "2023"), ("ratified", "2025-06-10")},
        ),
    ],
)
def test_each_stage_takes_its_own_date(text: str, expected: set[tuple[str, str]]) -> None:
    assert dated(text) == expected


def test_concluded_talks_after_a_signing_is_the_concluded_stage_of_the_same_instrument() -> None:
    assert keys(
        "Kenya and the EU signed an economic partnership agreement in Nairobi on 18 December"
        " 2023, after they concluded negotiations on 19 June 2023."
    ) == {
        (("EU", "KEN"), "trade_agreement", "signed"),
        (("EU", "KEN"), "trade_agreement", "concluded"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mongolia and Japan signed an agreement, which replaces the 2015 accord between"
            " Japan and Mongolia.",
            {("signed", "2025-06-10"), ("superseded", "2025-06-10")},
        ),
        (
            "The Philippines and Vietnam signed a memorandum on maritime cooperation, building"
            " on a 2010 agreement between Manila and Hanoi.",
            {("signed", "2025-06-10")},
        ),
        (
            "Azerbaijan and Georgia signed a new transit agreement on Monday, replacing the"
            " previous arrangement that was signed in 2018.",
            {("signed", "2025-06-09"), ("superseded", "2025-06-09"), ("signed", "2018")},
        ),
        (
            "Kazakhstan's EPCA with the EU was signed in Astana in December 2015 and entered into"
            " force on 1 March 2020, replacing the 1999 Partnership and Cooperation Agreement.",
            {("signed", "2015-12"), ("in_force", "2020-03-01"), ("superseded", "2020-03-01")},
        ),
    ],
)
def test_an_older_instrument_keeps_its_date_to_itself(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert dated(text) == expected


def test_a_replaced_instrument_s_history_needs_parties_named_for_it() -> None:
    text = (
        "Kazakhstan and Kyrgyzstan signed a new border treaty on Monday. The document replaces"
        " the interim agreement, which was signed in 2018."
    )
    assert ("signed", "2018") not in dated(text)
    assert (("KAZ", "KGZ"), "other", "signed") in keys(text)


def test_a_replaced_instrument_named_with_its_parties_keeps_its_history() -> None:
    text = (
        "The document replaces the interim agreement between the EU and Kazakhstan, which was"
        " signed in 2018."
    )
    assert ("signed", "2018") in dated(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan and Uzbekistan signed 12 documents including a treaty on allied relations"
            " and an agreement on water.",
            {
                (("KAZ", "UZB"), "alliance", "signed"),
                (("KAZ", "UZB"), "cooperation_agreement", "signed"),
            },
        ),
        (
            "Following the talks in Luanda, Angola and Zambia signed seven documents, among them"
            " a memorandum of understanding on the Lobito corridor and an agreement on energy.",
            {
                (("AGO", "ZMB"), "memorandum_of_understanding", "signed"),
                (("AGO", "ZMB"), "cooperation_agreement", "signed"),
            },
        ),
        (
            "Chinese President Xi Jinping and his Brazilian counterpart Luiz Inacio Lula da Silva"
            " signed 37 cooperation agreements, including on trade and agriculture.",
            {(("BRA", "CHN"), "cooperation_agreement", "signed")},
        ),
    ],
)
def test_documents_listed_after_a_signing(text: str, expected: set[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Talks on the trade deal between Kenya and the US collapsed in March.",
        "Negotiations between Peru and Bolivia on a gas agreement broke down last year.",
        "Talks between Mali and Algeria on a transit agreement fell through in March.",
        "Georgia and Armenia failed to agree on a visa deal.",
        "There was no deal between Ukraine and Russia on grain exports.",
        "Mexico and Canada are expected to sign the revised trade pact in July.",
        "Peru and Ecuador could sign a peace accord next year, officials said.",
        "The Philippines and Japan are set to sign a reciprocal access agreement on Monday.",
        "The signing of the agreement between Kazakhstan and Azerbaijan on the Caspian cable"
        " is scheduled for next month.",
        "The signing of a trade deal between Thailand and the EU has been postponed.",
        "Mercosur and the EU hope to sign the trade agreement by the end of the year.",
        "Georgia and Armenia will sign a visa-free agreement next week.",
    ],
)
def test_failed_hedged_and_future_signings_state_nothing(text: str) -> None:
    assert keys(text) == set()


def test_talks_that_stalled_were_still_held() -> None:
    assert keys(
        "The EU and Azerbaijan opened talks on a new comprehensive agreement in February 2017,"
        " but those talks have stalled."
    ) == {(("AZE", "EU"), "other", "negotiating")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan and Uzbekistan elevated their relations to the level of an allied"
            " partnership.",
            (("AZE", "UZB"), "alliance", "upgraded"),
        ),
        (
            "Kenya and Ethiopia upgraded relations to a comprehensive strategic cooperative"
            " partnership.",
            (("ETH", "KEN"), "comprehensive_strategic_partnership", "upgraded"),
        ),
        (
            "Mongolia and South Korea agreed to elevate their ties to a strategic partnership.",
            (("KOR", "MNG"), "strategic_partnership", "upgraded"),
        ),
        (
            "Astana and Tashkent inked a water-sharing agreement on Friday.",
            (("KAZ", "UZB"), "cooperation_agreement", "signed"),
        ),
        (
            "Kazakhstan's Foreign Minister Murat Nurtleu and his Uzbek counterpart Bakhtiyor"
            " Saidov signed a memorandum on consular cooperation.",
            (("KAZ", "UZB"), "memorandum_of_understanding", "signed"),
        ),
    ],
)
def test_upgrades_capitals_and_office_holders(text: str, expected: Key) -> None:
    assert keys(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tajikistan and China agreed to activate a security agreement signed in 2001 by"
            " Russia, Kazakhstan and Kyrgyzstan.",
            {(("KAZ", "KGZ", "RUS"), "cooperation_agreement", "signed")},
        ),
        (
            "Armenia and India agreed to revive a defence pact that Armenia signed with Greece"
            " in 2019.",
            {(("ARM", "GRC"), "cooperation_agreement", "signed")},
        ),
        (
            "Russia and Belarus agreed to activate a mutual defence agreement signed in 1997"
            " between Moscow and Minsk.",
            {(("BLR", "RUS"), "alliance", "signed")},
        ),
        (
            "Egypt and Sudan signed a deal on Nile water, reviving an earlier agreement between"
            " Cairo and Khartoum that was signed in 1959.",
            {(("EGY", "SDN"), "cooperation_agreement", "signed")},
        ),
        (
            "Tajikistan and China on Tuesday activated a border security agreement signed in 2001.",
            {
                (("CHN", "TJK"), "other", "signed"),
                (("CHN", "TJK"), "other", "implemented"),
            },
        ),
    ],
)
def test_a_historical_instrument_takes_the_parties_its_own_clause_names(
    text: str, expected: set[Key]
) -> None:
    assert keys(text) == expected


def test_negotiators_refer_back_to_the_parties_of_the_story() -> None:
    assert (("EU", "IDN"), "other", "concluded") in keys(
        "The EU and Indonesia concluded talks on a trade pact on Tuesday. Negotiators also"
        " finalised a separate investment protection agreement."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan and France announced the establishment of a strategic partnership on"
            " Monday.",
            {(("FRA", "KAZ"), "strategic_partnership", "signed")},
        ),
        (
            "China and Kazakhstan agreed to establish a permanent comprehensive strategic"
            " partnership in 2019.",
            {(("CHN", "KAZ"), "comprehensive_strategic_partnership", "signed")},
        ),
        (
            "Azerbaijan and China signed a joint statement establishing a strategic partnership.",
            {(("AZE", "CHN"), "joint_declaration", "signed")},
        ),
        ("Kazakhstan and France plan to establish a strategic partnership next year.", set()),
        (
            "The establishment of a strategic partnership between Chile and Vietnam is expected"
            " during the visit.",
            set(),
        ),
    ],
)
def test_relationships_established(text: str, expected: set[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        (
            "Nigeria and Ghana signed a deal to build an undersea power cable on Friday.",
            {"energy", "infrastructure"},
        ),
        (
            "Laos and Vietnam signed the intergovernmental agreement on the construction of the"
            " railway.",
            {"transport", "infrastructure"},
        ),
        (
            "Brazil and Argentina signed an accord on trade, economy and investment.",
            {"trade", "investment"},
        ),
    ],
)
def test_instruments_named_by_their_content_take_its_topics(text: str, topics: set[str]) -> None:
    (fact,) = agreements(text)
    assert fact.instrument.value == "cooperation_agreement"
    assert {t.value for t in fact.topics} == topics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal between Turkey and Libya, which was signed in November, may be ratified"
            " next year.",
            {(("LBY", "TUR"), "cooperation_agreement", "signed")},
        ),
        (
            "The treaty between Chile and Peru, which both sides hailed, could be signed next"
            " week.",
            set(),
        ),
    ],
)
def test_a_relative_clause_hedges_only_its_own_verb(text: str, expected: set[Key]) -> None:
    assert keys(text) == expected

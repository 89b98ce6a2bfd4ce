"""One event told with two stage words; relationship names in other word orders."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 5, 14)


def keys(text: str) -> set[tuple[tuple[str, ...], str, str]]:
    facts = extract_facts(Document("t", text, PUBLISHED))
    return {
        (f.parties, f.instrument.value, f.stage.value)
        for f in facts
        if isinstance(f, AgreementFact)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union and Egypt signed a joint declaration elevating their "
            "relations to a strategic and comprehensive partnership.",
            (("EGY", "EU"), "comprehensive_strategic_partnership", "upgraded"),
        ),
        (
            "The presidents of Kazakhstan and Turkey signed the Joint Statement on Enhanced "
            "Strategic Partnership, by which the parties decided to raise the relations to "
            "the level of enhanced strategic partnership.",
            (("KAZ", "TUR"), "strategic_partnership", "upgraded"),
        ),
        (
            "Georgia and China released a joint statement raising bilateral relations to a "
            "strategic partnership.",
            (("CHN", "GEO"), "strategic_partnership", "upgraded"),
        ),
        (
            "Vietnam and Australia adopted a joint declaration upgrading ties to a "
            "comprehensive and strategic partnership.",
            (("AUS", "VNM"), "comprehensive_strategic_partnership", "upgraded"),
        ),
    ],
)
def test_declaration_that_raises_a_relationship_is_one_upgrade(
    text: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert keys(text) == {expected}


def test_declaration_without_an_upgrade_stays_signed() -> None:
    text = "Kyrgyzstan and Uzbekistan signed a declaration on comprehensive strategic partnership."
    assert {k[2] for k in keys(text)} == {"signed"}


def test_declaration_and_upgrade_of_other_parties_both_stay() -> None:
    text = (
        "Armenia and France signed a joint declaration on defence, while Georgia raised its "
        "ties with China to a strategic partnership."
    )
    found = keys(text)
    assert (("ARM", "FRA"), "joint_declaration", "signed") in found


def test_a_later_pointer_to_the_raising_declaration_is_the_same_event() -> None:
    text = (
        "The European Union and Egypt on Sunday signed a joint declaration elevating their "
        "relations to a strategic and comprehensive partnership. "
        "Commission President Ursula von der Leyen and President Abdel Fattah al-Sisi of "
        "Egypt signed the declaration at the presidential palace in Cairo."
    )
    assert keys(text) == {(("EGY", "EU"), "comprehensive_strategic_partnership", "upgraded")}


def test_a_named_declaration_of_the_same_day_stays() -> None:
    text = (
        "Kazakhstan and Turkey raised their ties to an enhanced strategic partnership on "
        "Tuesday. The two presidents also signed the declaration on climate cooperation."
    )
    assert (("KAZ", "TUR"), "joint_declaration", "signed") in keys(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade ties are deep: the EU–Egypt Association Agreement, which set up a free trade "
            "area for industrial goods, has been in force since 2004.",
            (("EGY", "EU"), "other", "in_force"),
        ),
        (
            "The Georgia–China free trade agreement, which removed duties on most goods, entered "
            "into force in January 2018.",
            (("CHN", "GEO"), "trade_agreement", "in_force"),
        ),
        (
            "The talks build on a trilateral memorandum that the EU, Egypt and Israel signed in "
            "Cairo in June 2022 on gas exports to Europe.",
            (("EGY", "EU", "ISR"), "memorandum_of_understanding", "signed"),
        ),
        (
            "The talks build on a memorandum that Armenia, Georgia and Iran signed in Tbilisi "
            "in 2021.",
            (("ARM", "GEO", "IRN"), "memorandum_of_understanding", "signed"),
        ),
    ],
)
def test_relative_clauses_before_the_stage(
    text: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Georgia–China free trade agreement, which would remove duties on most goods, may "
        "enter into force in 2026.",
        "The talks build on a memorandum that Armenia, Georgia and Iran will sign in Tbilisi "
        "next year.",
        "The EU–Egypt Association Agreement, which set up a free trade area, has not been in "
        "force since 2020.",
    ],
)
def test_relative_clauses_hedged_or_negated(text: str) -> None:
    assert keys(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Investment Bank signed three memorandums of understanding, one each "
            "with the governments of Kazakhstan, Kyrgyzstan and Uzbekistan, for loans.",
            {
                (("EIB", "KAZ"), "memorandum_of_understanding", "signed"),
                (("EIB", "KGZ"), "memorandum_of_understanding", "signed"),
                (("EIB", "UZB"), "memorandum_of_understanding", "signed"),
            },
        ),
        (
            "China signed two agreements, each with Kazakhstan and Uzbekistan.",
            {
                (("CHN", "KAZ"), "cooperation_agreement", "signed"),
                (("CHN", "UZB"), "cooperation_agreement", "signed"),
            },
        ),
    ],
)
def test_instruments_shared_out_one_to_each_partner(
    text: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert keys(text) == expected


def test_shared_out_but_only_planned_is_no_fact() -> None:
    text = (
        "The European Investment Bank will sign three memorandums, one each with Kazakhstan, "
        "Kyrgyzstan and Uzbekistan."
    )
    assert keys(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyrgyzstan and Tajikistan signed a border treaty on Friday. Their negotiators had "
            "initialled it in December, the ministers said.",
            (("KGZ", "TJK"), "other", "initialed"),
        ),
        (
            "Armenia and Iran signed a transit agreement in March 2024. The Armenian parliament "
            "ratified it in June 2024.",
            (("ARM", "IRN"), "transit_arrangement", "ratified"),
        ),
    ],
)
def test_stage_with_it_as_object(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Iran signed a transit agreement in March 2024. The Armenian parliament has "
        "not ratified it yet.",
        "Armenia and Iran signed a transit agreement in March 2024. The Armenian parliament is "
        "expected to ratify it in June.",
        "Armenia and Iran signed a transit agreement in March 2024. Parliament would have "
        "ratified it in June, had the war not broken out.",
        "Armenia and Iran signed a transit agreement in March 2024. The opposition refused to "
        "ratify it.",
    ],
)
def test_stage_with_it_as_object_hedged(text: str) -> None:
    assert {k[2] for k in keys(text)} == {"signed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts point to the EU–Mercosur agreement, whose negotiations were concluded in "
            "December 2024 but which has not yet been signed.",
            (("EU", "MERCOSUR"), "concluded"),
        ),
        (
            "The India–UK trade deal, whose talks were wrapped up in May, has yet to be signed.",
            (("GBR", "IND"), "concluded"),
        ),
    ],
)
def test_whose_negotiations_were_concluded(
    text: str, expected: tuple[tuple[str, ...], str]
) -> None:
    assert {(k[0], k[2]) for k in keys(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The India–UK trade deal, whose negotiations were expected to be concluded in May, has "
        "yet to be signed.",
        "The EU–Mercosur agreement, whose negotiations were not concluded, stalled.",
    ],
)
def test_whose_negotiations_hedged(text: str) -> None:
    assert keys(text) == set()


def test_bare_agreement_of_a_trade_bloc_is_trade() -> None:
    text = "Iran and the EAEU signed an agreement in Astana on Monday."
    assert keys(text) == {(("EAEU", "IRN"), "trade_agreement", "signed")}


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        (
            "Iran and the EAEU signed a cooperation agreement on customs in Astana.",
            "cooperation_agreement",
        ),
        (
            "Iran and the EAEU signed a memorandum in Astana on Monday.",
            "memorandum_of_understanding",
        ),
        ("Armenia and Iran signed an agreement in Yerevan on Monday.", "cooperation_agreement"),
    ],
)
def test_named_or_non_bloc_agreements_keep_their_kind(text: str, instrument: str) -> None:
    assert {k[1] for k in keys(text)} == {instrument}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Italy has formally told China that it is leaving the Belt and Road Initiative, "
            "ending four years as the only G7 country to take part.",
            (("CHN", "ITA"), "memorandum_of_understanding", "terminated"),
        ),
        (
            "Panama joined the Belt and Road Initiative in 2017. On February 6 President José "
            "Raúl Mulino said Panama would not renew the memorandum and would leave the "
            "initiative.",
            (("CHN", "PAN"), "memorandum_of_understanding", "terminated"),
        ),
        (
            "Argentina has pulled out of China's Belt and Road Initiative, the foreign ministry "
            "said.",
            (("ARG", "CHN"), "memorandum_of_understanding", "terminated"),
        ),
    ],
)
def test_leaving_the_belt_and_road_terminates_its_memorandum(
    text: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Italy could leave the Belt and Road Initiative next year, officials said.",
        "The United States has pressured Panama to leave the Belt and Road Initiative.",
        "Italy is not leaving the Belt and Road Initiative, Meloni said.",
        "Panama would leave the Belt and Road Initiative if pressed.",
        "Officials said Panama would leave the Belt and Road Initiative if Washington insisted.",
        "Italy threatened to quit the Belt and Road Initiative.",
        "Colombia said it would leave the initiative.",
    ],
)
def test_hedged_or_unnamed_exits_state_nothing(text: str) -> None:
    assert not any(k[2] == "terminated" for k in keys(text))


def test_not_renewing_another_memorandum_is_no_belt_and_road_exit() -> None:
    text = (
        "Italy joined the Belt and Road Initiative in 2019. Separately, officials said "
        "Kazakhstan would not renew the memorandum with Russia on grain."
    )
    assert not any(k[2] == "terminated" for k in keys(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan held talks on Monday. A joint declaration was issued after "
        "the talks.",
        "Kazakhstan and Uzbekistan held talks. The Tashkent Declaration, which was released "
        "on Monday, sets out their goals.",
    ],
)
def test_a_declaration_announced_or_issued_is_signed(text: str) -> None:
    assert (("KAZ", "UZB"), "joint_declaration", "signed") in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan held talks. The Tashkent Declaration, which is expected to "
        "be released on Monday, sets out their goals.",
        "Kazakhstan and Uzbekistan held talks. A trade agreement was announced on Monday.",
    ],
)
def test_announced_is_no_signing_of_other_instruments_or_when_hedged(text: str) -> None:
    assert keys(text) == set()


def test_an_uncounted_bundle_of_memorandums_and_agreements_is_one_fact() -> None:
    text = (
        "Greece and Turkey signed more than a dozen memorandums and cooperation agreements on "
        "trade, tourism and education."
    )
    assert len(keys(text)) == 1


def test_counted_memorandums_and_agreements_stay_apart() -> None:
    text = "Greece and Turkey signed three memorandums and two cooperation agreements on trade."
    assert len(keys(text)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan and Uzbekistan signed a roadmap for industrial cooperation on Monday.",
            (("KAZ", "UZB"), "other", "signed"),
        ),
        (
            "Kyrgyzstan, Kazakhstan and Uzbekistan: the deal builds on a roadmap for the project "
            "that the energy ministers of the three countries signed in Bishkek on 6 January "
            "2023.",
            (("KAZ", "KGZ", "UZB"), "other", "signed"),
        ),
    ],
)
def test_a_signed_roadmap(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in keys(text)


def test_a_roadmap_to_be_signed_is_no_fact() -> None:
    text = "Kazakhstan and Uzbekistan will sign a roadmap for industrial cooperation on Monday."
    assert keys(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the summit of MERCOSUR and Associated States, the President of Bolivia deposited "
            "the instrument of ratification of the Protocol of Accession of Bolivia to MERCOSUR.",
            (("BOL", "MERCOSUR"), "other", "ratified"),
        ),
        (
            "Argentina, Brazil, Paraguay and Uruguay signed the Protocol of Accession of Bolivia "
            "to MERCOSUR in 2015.",
            (("BOL", "MERCOSUR"), "other", "signed"),
        ),
    ],
)
def test_an_accession_instrument_is_of_the_acceding_state_and_the_bloc(
    text: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert keys(text) == {expected}


def test_ratifiers_of_an_accession_protocol_told_before_include_the_acceding_state() -> None:
    text = (
        "The President of Bolivia deposited the instrument of ratification of the Protocol of "
        "Accession of Bolivia to MERCOSUR on Monday. The Protocol had already been ratified by "
        "Argentina, Brazil, Paraguay and Uruguay."
    )
    assert (("ARG", "BOL", "BRA", "PRY", "URY"), "other", "ratified") in keys(text)


def test_another_instrument_after_an_accession_keeps_its_own_parties() -> None:
    text = (
        "The President of Bolivia deposited the instrument of ratification of the Protocol of "
        "Accession of Bolivia to MERCOSUR on Monday. The agreement with Chile had already been "
        "ratified by Argentina and Brazil."
    )
    assert not any("BOL" in k[0] and "CHL" in k[0] for k in keys(text))


def test_a_signed_cooperation_plan_is_a_cooperation_agreement() -> None:
    text = (
        "President Petro met Xi Jinping, and the governments of China and Colombia signed a "
        "cooperation plan under which Colombia joins the initiative."
    )
    assert keys(text) == {(("CHN", "COL"), "cooperation_agreement", "signed")}


@pytest.mark.parametrize(
    "text",
    [
        "China and Colombia will sign a cooperation plan on Monday.",
        "China and Colombia adopted an action plan on Monday.",
        "China and Colombia planned new projects.",
    ],
)
def test_other_plans_or_future_plans_are_no_fact(text: str) -> None:
    assert keys(text) == set()


def test_the_short_name_of_an_accession_protocol_takes_its_sides() -> None:
    text = (
        "The President of Bolivia deposited the instrument of ratification of the Protocol of "
        "Accession of Bolivia to MERCOSUR on Monday. The Protocol of Accession was signed by "
        "Bolivia and the States Parties in Brasília on 17 July 2015."
    )
    assert (("BOL", "MERCOSUR"), "other", "signed") in keys(text)


def test_an_accession_protocol_never_named_in_full_has_no_sides() -> None:
    assert keys("Croatia signed the accession protocol on Monday.") == set()

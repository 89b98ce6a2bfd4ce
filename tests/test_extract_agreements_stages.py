"""Agreement stages from verbs and nouns in active, passive and nominal forms; hedges."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 5, 14)


def agreements(text: str) -> list[AgreementFact]:
    facts = extract_facts(Document("t", text, PUBLISHED))
    return [f for f in facts if isinstance(f, AgreementFact)]


def keys(text: str) -> set[tuple[tuple[str, ...], str, str]]:
    return {(f.parties, f.instrument.value, f.stage.value) for f in agreements(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia and Armenia signed a memorandum of understanding on hydropower trade "
            "on Tuesday.",
            (("ARM", "GEO"), "memorandum_of_understanding", "signed"),
        ),
        (
            "A transport agreement between Turkmenistan and Iran was inked in Ashgabat.",
            (("IRN", "TKM"), "cooperation_agreement", "signed"),
        ),
        (
            "Officials recalled the signing of the Treaty on Eternal Friendship between "
            "Uzbekistan and Kyrgyzstan.",
            (("KGZ", "UZB"), "other", "signed"),
        ),
        (
            "Brussels and Astana initialled an Enhanced Partnership and Cooperation Agreement.",
            (("EU", "KAZ"), "enhanced_partnership_cooperation_agreement", "initialed"),
        ),
        (
            "The Mongolian parliament ratified the free trade agreement with Japan.",
            (("JPN", "MNG"), "trade_agreement", "ratified"),
        ),
        (
            "A visa-free travel agreement between China and Kazakhstan entered into force "
            "last week.",
            (("CHN", "KAZ"), "cooperation_agreement", "in_force"),
        ),
        (
            "Turkey and Azerbaijan elevated their ties to a comprehensive strategic "
            "partnership in Baku.",
            (("AZE", "TUR"), "comprehensive_strategic_partnership", "upgraded"),
        ),
        (
            "India and Armenia reaffirmed their strategic partnership during the visit.",
            (("ARM", "IND"), "strategic_partnership", "reaffirmed"),
        ),
        (
            "The European Union and Mercosur concluded negotiations on a free trade agreement.",
            (("EU", "MERCOSUR"), "trade_agreement", "concluded"),
        ),
        (
            "Russia and Belarus are negotiating a new gas supply agreement, officials said.",
            # (a contract of supply is an instrument of its own kind: other, since round 9)
            (("BLR", "RUS"), "other", "negotiating"),
        ),
    ],
)
def test_stage_read_from_active_passive_and_nominal_forms(
    text: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Russia may sign a new energy agreement next year.",
        "Uzbekistan and Tajikistan plan to sign a water-sharing treaty in the autumn.",
        "Armenia and Azerbaijan are expected to sign the peace treaty soon.",
        "The peace treaty between Armenia and Azerbaijan has yet to be signed.",
        "Talks between Georgia and Russia stalled, and no agreement was reached.",
        "If an oil agreement is signed with Kazakhstan, Kyrgyzstan will not join any union.",
        "Ratification is a prerequisite for signing the trade agreement with Japan, "
        "Kyrgyzstan said.",
        "Kazakhstan did not sign the investment treaty with China.",
    ],
)
def test_hedged_future_and_negated_statements_are_never_signed(text: str) -> None:
    stages = {f.stage.value for f in agreements(text)}
    assert not stages & {"signed", "ratified", "in_force", "initialed", "implemented"}


def test_historical_mention_carries_its_own_date() -> None:
    facts = agreements(
        "Tajikistan and the EU first signed a partnership and cooperation agreement in 2004."
    )
    assert [(f.stage.value, f.date) for f in facts] == [("signed", "2004")]


def test_coordinated_stages_each_yield_a_fact() -> None:
    text = (
        "The treaty between Kyrgyzstan and Uzbekistan was signed in March 2021 and entered "
        "into force in June 2022."
    )
    assert {(f.stage.value, f.date) for f in agreements(text)} == {
        ("signed", "2021-03"),
        ("in_force", "2022-06"),
    }


def test_replaced_instrument_is_superseded_and_named_in_replaces() -> None:
    text = (
        "Replacing the old partnership and cooperation agreement, Uzbekistan and the EU "
        "signed an enhanced partnership and cooperation agreement."
    )
    facts = {f.instrument.value: f for f in agreements_or_fail(text)}
    new = facts["enhanced_partnership_cooperation_agreement"]
    assert new.stage.value == "signed"
    assert new.replaces is not None and new.replaces.value == "partnership_cooperation_agreement"
    assert facts["partnership_cooperation_agreement"].stage.value == "superseded"


def agreements_or_fail(text: str) -> list[AgreementFact]:
    found = agreements(text)
    assert found, f"no agreement read from: {text}"
    return found


def test_bulk_deals_are_investment_deals_with_their_value() -> None:
    facts = agreements(
        "At the forum Saudi Arabia and Uzbekistan announced $12 billion in investment agreements."
    )
    assert [(f.instrument.value, f.value_usd) for f in facts] == [
        ("investment_deals", 12_000_000_000.0)
    ]


def test_several_instruments_in_one_sentence_are_one_fact_each() -> None:
    text = (
        "Kazakhstan and Hungary signed a memorandum on nuclear energy and a memorandum on "
        "water management."
    )
    mous = [f for f in agreements(text) if f.instrument.value == "memorandum_of_understanding"]
    assert len(mous) == 2


def test_quoted_name_is_the_title_and_decides_the_instrument() -> None:
    facts = agreements(
        "President Mirziyoyev signed a “Comprehensive Strategic Partnership” declaration "
        "with Vietnam."
    )
    assert [(f.instrument.value, f.title) for f in facts] == [
        ("comprehensive_strategic_partnership", "Comprehensive Strategic Partnership")
    ]

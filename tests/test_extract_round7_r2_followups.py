"""Round 7 (r2): follow-up sentences about the story's current instrument
(``agreement_followups.py``), the antecedent of "the treaty" beside a new instrument of
another kind, and "the two governments" after an aside on a third state. Probes in
wordings of several outlets (wire, press release, agency English, explainer), with
hedged, negated, other-talks, other-party and two-instrument negatives. Real pipeline,
no mocks."""

from __future__ import annotations

import pytest
from tests.fact_rows import facts_of

from caspian.facts import AgreementFact

Row = tuple[tuple[str, ...], str, str, str | None]


def rows(text: str) -> set[Row]:
    return {
        (f.parties, f.instrument.value, f.stage.value, f.date)
        for f in facts_of(text)
        if isinstance(f, AgreementFact)
    }


def stages(text: str) -> set[tuple[tuple[str, ...], str, str]]:
    return {(r[0], r[1], r[2]) for r in rows(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire: passive talks opened, "They" concluded, the text initialled
            "ASTANA, June 6 - Kazakhstan and South Korea signed a free trade agreement on "
            "Thursday. Negotiations were launched in March 2021. They were completed in "
            "November 2024, when the text was initialled in Seoul.",
            {
                (("KAZ", "KOR"), "trade_agreement", "negotiating", "2021-03"),
                (("KAZ", "KOR"), "trade_agreement", "concluded", "2024-11"),
                (("KAZ", "KOR"), "trade_agreement", "initialed", "2024-11"),
            },
        ),
        (  # press release: "Talks on it had started"
            "The European Union and Chile today signed an Advanced Framework Agreement in "
            "Brussels. Talks on it had started in November 2017.",
            {(("CHL", "EU"), "other", "negotiating", "2017-11")},
        ),
        (  # agency English: the sides finalised the text, then it was signed
            "Uzbekistan and Azerbaijan signed a Treaty on Allied Relations in Baku on Monday. "
            "The two sides launched negotiations on the document in 2023 and finalised the "
            "text in June 2024.",
            {
                (("AZE", "UZB"), "alliance", "negotiating", "2023"),
                (("AZE", "UZB"), "alliance", "concluded", "2024-06"),
            },
        ),
        (  # "The text was initialled" with no party named
            "Armenia and the European Union on Friday signed a Comprehensive and Enhanced "
            "Partnership Agreement in Brussels. The text was initialled in Yerevan in March "
            "2017.",
            {(("ARM", "EU"), "enhanced_partnership_cooperation_agreement", "initialed", "2017-03")},
        ),
        (  # an agreement in principle, by the two governments
            "LONDON, June 5 - Britain and Switzerland signed a mutual recognition agreement on "
            "Thursday. The two governments reached an agreement in principle in December "
            "2023.",
            {(("CHE", "GBR"), "cooperation_agreement", "concluded", "2023-12")},
        ),
        (  # "It was signed" in a sentence that names a summit, no instrument of its own
            "The Economic Partnership Agreement between Japan and the European Union entered "
            "into force on 1 February 2019. It was signed in Tokyo on 17 July 2018, on the "
            "margins of the Eastern Partnership summit.",
            {(("EU", "JPN"), "trade_agreement", "signed", "2018-07-17")},
        ),
        (  # still being negotiated, after a question line
            "Mongolia and China signed a memorandum on a railway on Monday.\n\nIs there a "
            "treaty on the border crossing yet?\nNo. The two governments are still "
            "negotiating its text.",
            {(("CHN", "MNG"), "other", "negotiating", "2025-06-09")},
        ),
        (  # negotiators announced the conclusion of the talks
            "ASEAN and Canada signed a free trade agreement in Kuala Lumpur on Tuesday. "
            "Negotiators had announced the substantial conclusion of the talks in October "
            "2024.",
            {(("ASEAN", "CAN"), "trade_agreement", "concluded", "2024-10")},
        ),
    ],
)
def test_followups_take_the_current_instrument(text: str, expected: set[Row]) -> None:
    found = rows(text)
    for row in expected:
        assert row in found or (row[0], row[1], row[2], None) in {
            (r[0], r[1], r[2], None) for r in found
        }, (row, found)


@pytest.mark.parametrize(
    "text",
    [
        # hedged and future
        "Georgia and Armenia signed a transit agreement on Monday. Negotiations on a "
        "second agreement could begin next year.",
        "Georgia and Armenia signed a transit agreement on Monday. Talks are expected to "
        "start in 2026.",
        # negated
        "Georgia and Armenia signed a transit agreement on Monday. Negotiations have not "
        "yet started.",
        # other talks (an object of their own)
        "Turkey and Azerbaijan signed a gas agreement on Monday. The two sides launched "
        "talks on electricity prices in 2019.",
        # another party
        "Turkey and Azerbaijan signed a gas agreement on Monday. Talks with Iran began in 2019.",
        # a meeting's talks, the same week
        "Russia and Mongolia signed a transit agreement on Monday. Talks began in the "
        "Kremlin on Monday morning.",
        # two instruments in one sentence: no single current one
        "Georgia and Armenia signed a trade agreement and a memorandum on energy on "
        "Monday. Negotiations began in 2022.",
        # "It" is a company
        "Kazakhstan signed an agreement with Airbus on Monday. It was founded in 1970.",
        # impersonal "it was agreed"
        "Turkmenistan and Iran signed a gas swap agreement on Monday. It was agreed to "
        "hold the next meeting in Ashgabat.",
    ],
)
def test_followup_negatives(text: str) -> None:
    extra = {r for r in rows(text) if r[2] in ("negotiating", "concluded", "initialed")}
    assert not extra, extra
    assert all(r[2] == "signed" for r in rows(text)), rows(text)


def test_topic_change_to_a_similar_instrument_with_another_partner() -> None:
    text = (
        "Japan and Australia signed a defence agreement on Thursday. Japan is in talks with "
        "Britain on a similar agreement. Negotiations began in 2023."
    )
    assert not any(r[2] == "negotiating" and r[0] == ("AUS", "JPN") for r in rows(text))


def test_the_treaty_beside_a_new_protocol_is_the_titled_treaty() -> None:
    text = (
        "The Treaty on Strategic Partnership between Turkmenistan and Azerbaijan entered "
        "into force on Monday. The foreign ministers signed a protocol and exchanged the "
        "instruments of ratification of the treaty, which the two presidents had signed "
        "in 2024."
    )
    found = stages(text)
    assert (("AZE", "TKM"), "other", "signed") not in found or any(
        r[1] == "strategic_partnership" and r[2] == "signed" for r in found
    )
    assert any(r[1] == "strategic_partnership" and r[2] == "signed" for r in found), found


def test_the_two_governments_after_an_aside_on_a_third_state() -> None:
    text = (
        "CANBERRA, June 5 - Australia and Japan on Thursday signed a reciprocal access "
        "agreement in a ceremony in Canberra.\n\nIt is the first pact of its kind that "
        "Japan has signed since its 1960 agreement with the United States.\n\nThe two "
        "governments launched negotiations in 2014 and reached an agreement in principle "
        "in November 2020, when Prime Minister Morrison visited Tokyo."
    )
    found = stages(text)
    assert (("AUS", "JPN"), "cooperation_agreement", "negotiating") in found, found
    assert (("AUS", "JPN"), "cooperation_agreement", "concluded") in found, found
    assert not any(r[0] == ("JPN", "USA") and r[2] != "signed" for r in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The peace treaty between Yerevan and Baku is still being negotiated.",
            (("ARM", "AZE"), "peace_agreement", "negotiating"),
        ),
        (
            "A free trade agreement between the EAEU and the UAE is currently being negotiated.",
            (("ARE", "EAEU"), "trade_agreement", "negotiating"),
        ),
    ],
)
def test_still_being_negotiated(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in stages(text)


def test_not_being_negotiated_is_nothing() -> None:
    text = "A free trade agreement between Mercosur and Japan is not being negotiated."
    assert not stages(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India and the EU concluded negotiations on a free trade agreement on Monday. "
            "Negotiations were launched in 2007.",
            (("EU", "IND"), "trade_agreement", "negotiating"),
        ),
        (
            "Iran and the EAEU signed a free trade agreement in December 2023. It entered "
            "into force on 15 May 2025. Negotiations had started in 2019.",
            (("EAEU", "IRN"), "trade_agreement", "negotiating"),
        ),
        (
            "Turkmenistan and Uzbekistan signed a treaty on strategic partnership in "
            "Ashgabat on Monday. The text was agreed by the foreign ministers in May 2024.",
            (("TKM", "UZB"), "strategic_partnership", "concluded"),
        ),
    ],
)
def test_more_followup_wordings(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in stages(text)


@pytest.mark.parametrize(
    "text",
    [
        # a meeting's talks, dated days before the story
        "Turkey and Libya signed a maritime agreement on 2 June. The two leaders began talks "
        "in Ankara on 28 May.",
        "Turkey and Libya signed a maritime agreement on 2 June. The two sides continued "
        "talks on Tuesday.",
        # talks held, reported speech
        "Kazakhstan and Uzbekistan signed a treaty on allied relations on Monday. Talks "
        "were held in a narrow format.",
        "Georgia and Azerbaijan signed a transit agreement on Monday. Officials said talks "
        "resumed in Geneva in March 2024.",
        # companies
        "SOCAR and BP signed a production sharing agreement on Monday. The two companies "
        "launched negotiations in 2022.",
        # impersonal "it was agreed on"
        "Turkmenistan and Iran signed a gas swap agreement on Monday. It was agreed on "
        "Monday that talks would continue.",
    ],
)
def test_more_followup_negatives(text: str) -> None:
    assert all(r[2] == "signed" for r in stages(text)), stages(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain and India signed a free trade agreement in London on Thursday. Britain "
            "and India launched negotiations in January 2022 and concluded them in May 2025.",
            {
                (("GBR", "IND"), "trade_agreement", "negotiating"),
                (("GBR", "IND"), "trade_agreement", "concluded"),
            },
        ),
        (
            "The EU and Kyrgyzstan signed an EPCA in Brussels on Tuesday. In December 2017, "
            "the EU and Kyrgyzstan opened negotiations.",
            {(("EU", "KGZ"), "enhanced_partnership_cooperation_agreement", "negotiating")},
        ),
    ],
)
def test_named_sides_as_subject(text: str, expected: set[tuple[tuple[str, ...], str, str]]) -> None:
    assert expected <= stages(text), stages(text)


@pytest.mark.parametrize(
    "text",
    [
        # talks on something else
        "Canada and Ecuador signed a free trade agreement on Monday. Canada and Ecuador "
        "launched talks on fisheries in 2023.",
        # another pair
        "Canada and Ecuador signed a free trade agreement on Monday. Canada and Peru "
        "launched negotiations in 2023.",
        # one of them with a third state
        "Azerbaijan's parliament ratified the treaty with Georgia on Monday. Georgia "
        "launched negotiations with Turkey in 2023.",
    ],
)
def test_named_sides_negatives(text: str) -> None:
    assert not any(r[2] == "negotiating" for r in stages(text)), stages(text)


def test_the_negotiations_concluded_long_before() -> None:
    text = (
        "Russia and Iran signed a gas agreement in Tehran on Monday. The negotiations had "
        "been concluded in July 2022."
    )
    assert (("IRN", "RUS"), "cooperation_agreement", "concluded") in stages(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Iran signed a gas agreement in Tehran on Monday. The negotiations were "
        "concluded in a friendly atmosphere.",
        "Russia and Iran signed a gas agreement in Tehran on Monday. The talks were "
        "completed on Monday evening.",
        "Russia and Iran signed a gas agreement in Tehran on Monday. The two sides "
        "concluded talks on Monday evening.",
    ],
)
def test_a_meetings_talks_concluded_are_no_stage(text: str) -> None:
    assert all(r[2] == "signed" for r in stages(text)), stages(text)


def test_they_alone_after_negotiations() -> None:
    text = (
        "The EU and Chile signed an Advanced Framework Agreement in Brussels on Monday. "
        "Negotiations were launched in 2017. They were concluded in December 2022."
    )
    found = stages(text)
    assert (("CHL", "EU"), "other", "negotiating") in found, found
    assert (("CHL", "EU"), "other", "concluded") in found, found

"""Agreement stages said in forms news uses beyond the plain past tense (round 7): a
present-tense entry into force on the day of the story ("enters into force today"), an
application since a date ("has applied since 2021"), a relative clause whose subject is
qualified ("which the two presidents of the time signed"), and a press release's opening
title lines read as its headline. Each kind has paraphrases in several outlets' styles
and negatives. Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 10)

Key = tuple[tuple[str, ...], str, str]


def agreements(text: str) -> list[AgreementFact]:
    facts = extract_facts(Document("forms", text, PUBLISHED))
    return [f for f in facts if isinstance(f, AgreementFact)]


def keys(text: str) -> list[Key]:
    return sorted((f.parties, f.instrument.value, f.stage.value) for f in agreements(text))


# --- 1. present tense with "today" / "now" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # press release
            "The free trade agreement between Georgia and China enters into force today,"
            " after both sides completed their domestic procedures.",
            [(("CHN", "GEO"), "trade_agreement", "in_force")],
        ),
        (  # agency English
            "ASTANA (Kazinform) - The Agreement on Trade and Economic Cooperation between"
            " Kazakhstan and the European Union comes into force from today.",
            [(("EU", "KAZ"), "cooperation_agreement", "in_force")],
        ),
        (  # Q&A
            "Q: What changes this week? A: The protocol between Armenia and Russia on customs"
            " checks takes effect today.",
            [(("ARM", "RUS"), "other", "in_force")],
        ),
        (  # wire, adverb first
            "The economic partnership agreement between Japan and Mongolia now enters into"
            " force, ministers said.",
            [(("JPN", "MNG"), "trade_agreement", "in_force")],
        ),
    ],
)
def test_present_entry_into_force_today(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected
    assert all(f.date == "2025-06-10" for f in agreements(text))


@pytest.mark.parametrize(
    "text",
    [
        # a provision of the text, not an event
        "The trade agreement between Georgia and China enters into force 30 days after the"
        " exchange of notes.",
        # a date yet to come
        "The free trade agreement between Georgia and China enters into force on 1 January 2026.",
        # a condition
        "Once ratified, the trade agreement between Kazakhstan and Singapore takes effect"
        " within 60 days.",
        "The agreement between Azerbaijan and Turkey takes effect only when both parliaments"
        " ratify it.",
        # the next year
        "The trade deal between India and Oman comes into force next year, officials said.",
    ],
)
def test_present_entry_into_force_without_today_is_no_fact(text: str) -> None:
    assert keys(text) == []


# --- 2. "has applied since" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "when"),
    [
        (
            "The trade agreement between Canada and Ukraine has applied since 1 August 2017.",
            [(("CAN", "UKR"), "trade_agreement", "in_force")],
            "2017-08-01",
        ),
        (
            "Trade between Japan and Mongolia is governed by the Economic Partnership"
            " Agreement, which has been applied since June 2016.",
            [(("JPN", "MNG"), "trade_agreement", "in_force")],
            "2016-06",
        ),
    ],
)
def test_applied_since_is_in_force(text: str, expected: list[Key], when: str) -> None:
    assert keys(text) == expected
    assert [f.date for f in agreements(text)] == [when]


def test_signed_then_applied_since_chains() -> None:
    text = (
        "Britain and Ukraine signed a security pact on Monday. Trade between the two"
        " countries is governed by the Political, Free Trade and Strategic Partnership"
        " Agreement, which was signed in London in October 2020 and has applied since the"
        " start of 2021."
    )
    facts = [f for f in agreements(text) if f.instrument.value == "trade_agreement"]
    assert sorted((f.stage.value, f.date) for f in facts) == [
        ("in_force", "2021"),
        ("signed", "2020-10"),
    ]


# --- 3. a relative clause whose subject is qualified ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Relations between Baku and Moscow rest on the Treaty of Friendship and Strategic"
        " Partnership, which the two presidents of the time signed in Baku in July 2008.",
        "Relations between Baku and Moscow rest on the Treaty of Friendship and Strategic"
        " Partnership, which the two leaders then in office signed in July 2008.",
        "Relations between Baku and Moscow rest on the Treaty of Friendship and Strategic"
        " Partnership that the two governments at the time signed in July 2008.",
    ],
)
def test_relative_clause_with_qualified_subject(text: str) -> None:
    assert keys(text) == [(("AZE", "RUS"), "strategic_partnership", "signed")]
    assert [f.date for f in agreements(text)] == ["2008-07"]


# --- 4. a press release's opening title lines are its headline ------------------------


def test_press_release_title_lines_are_the_headline() -> None:
    text = (
        "PRESS RELEASE\n"
        "Ministry of Economy of Georgia\n\n"
        "Tbilisi, 10 June 2025\n\n"
        "Georgia–China Free Trade Agreement enters into force today\n\n"
        "The Free Trade Agreement between Georgia and the People's Republic of China enters"
        " into force today, after both countries exchanged diplomatic notes.\n\n"
        "The agreement was signed in May 2024."
    )
    assert keys(text) == [
        (("CHN", "GEO"), "trade_agreement", "in_force"),
        (("CHN", "GEO"), "trade_agreement", "signed"),
    ]


# --- 5. joint statements issued or released -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire, context names the leaders
            "President Biden hosted Prime Minister Kishida and President Marcos at the White"
            " House on Thursday. The three leaders issued a joint vision statement committing"
            " them to deeper maritime cooperation.",
            [(("JPN", "PHL", "USA"), "joint_declaration", "signed")],
        ),
        (  # headline
            "Leaders of India and Australia issue joint statement on critical minerals",
            [(("AUS", "IND"), "joint_declaration", "signed")],
        ),
        (  # agency English
            "Kazakhstan and France released a joint declaration on strategic minerals after"
            " the talks.",
            [(("FRA", "KAZ"), "joint_declaration", "signed")],
        ),
        (  # press release
            "The two presidents released a joint leaders' statement after talks in Astana"
            " between Kazakhstan and Germany.",
            [(("DEU", "KAZ"), "joint_declaration", "signed")],
        ),
    ],
)
def test_issued_joint_statement_is_signed(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry of Armenia issued a statement criticising the vote in Baku.",
        "Armenia and the EU may issue a joint statement next week.",
        "The presidents of Serbia and Hungary did not issue a joint declaration.",
        "Georgia and the EU issued visas to 300 students under the new agreement.",
        "The foreign ministries of Armenia and Azerbaijan issued separate statements on the talks.",
    ],
)
def test_issued_without_a_joint_document_is_no_fact(text: str) -> None:
    assert all(k[1] != "joint_declaration" for k in keys(text))
    assert all(k[2] != "signed" or "agreement" not in k[1] for k in keys(text))


# --- 6. quoted titles -----------------------------------------------------------------


def test_quoted_titles_listed_with_a_joint_statement() -> None:
    text = (
        'The leaders of Japan, South Korea and the United States have adopted "The Spirit'
        ' of Camp David", a joint statement, along with the "Camp David Principles" and a'
        ' separate "Commitment to Consult".'
    )
    facts = agreements(text)
    assert sorted((f.instrument.value, f.title) for f in facts) == [
        ("joint_declaration", "The Spirit of Camp David"),
        ("other", "Camp David Principles"),
        ("other", "Commitment to Consult"),
    ]
    assert all(f.parties == ("JPN", "KOR", "USA") and f.stage.value == "signed" for f in facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire: the head noun inside the quotes
            "British Prime Minister Keir Starmer and Ukrainian President Volodymyr Zelensky"
            ' signed a "100 Year Partnership" on Thursday.',
            ("other", "100 Year Partnership"),
        ),
        (  # agency
            'Kazakhstan and Germany signed a "Strategic Energy Partnership" in Berlin.',
            ("other", "Strategic Energy Partnership"),
        ),
        (  # press release: an appositive says what it is
            'Egypt and the EU signed "The Cairo Compact", a declaration on migration and'
            " energy, on Sunday.",
            ("joint_declaration", "The Cairo Compact"),
        ),
        (  # a title with a head noun of its own
            'Azerbaijan and Turkey adopted the "Shusha Declaration" during the visit.',
            ("joint_declaration", "Shusha Declaration"),
        ),
    ],
)
def test_quoted_title_names_its_instrument(text: str, expected: tuple[str, str]) -> None:
    assert [(f.instrument.value, f.title) for f in agreements(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a quoted remark about a signed deal is no second instrument
        'The ministers of Armenia and France signed an agreement, calling it "Historic Progress".',
        # a quoted word inside a topic
        'Uzbekistan and China signed an agreement on "green" energy.',
        # a quoted title not listed with the instrument
        'Georgia and Turkey signed a trade agreement and discussed "Regional Security" issues.',
    ],
)
def test_quoted_phrase_that_is_no_title_adds_nothing(text: str) -> None:
    assert len(agreements(text)) == 1
    assert all(f.title is None for f in agreements(text))


# --- 7. deals agreed in outline: concluded; deals on trade or tariffs ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire
            "The European Union and the United States reached a political agreement on trade"
            " on Sunday at a golf resort in Scotland.",
            [(("EU", "USA"), "trade_agreement", "concluded")],
        ),
        (  # business daily
            "Japan and the United States struck a preliminary agreement on tariffs last week.",
            [(("JPN", "USA"), "trade_agreement", "concluded")],
        ),
        (  # agency
            "Indonesia and the EU clinched a tentative deal on tariffs, officials in Jakarta said.",
            [(("EU", "IDN"), "trade_agreement", "concluded")],
        ),
        (  # a tariff deal signed
            "Vietnam and the United States signed a tariff deal on Wednesday.",
            [(("USA", "VNM"), "trade_agreement", "signed")],
        ),
    ],
)
def test_outline_deals_are_concluded(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list of sectors: a sectoral agreement
            "Kazakhstan and Uzbekistan signed agreements on trade, tourism, education and energy.",
            [(("KAZ", "UZB"), "cooperation_agreement", "signed")],
        ),
        (
            "Kazakhstan and Uzbekistan signed an agreement on trade and economic cooperation.",
            [(("KAZ", "UZB"), "cooperation_agreement", "signed")],
        ),
        ("The EU and Mercosur may reach a political agreement next month.", []),
        ("Brazil and Argentina failed to reach a political agreement on trade.", []),
    ],
)
def test_outline_and_trade_negatives(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


def test_headline_deal_struck_is_the_lead_concluded_deal() -> None:
    text = (
        "EU and US strike tariff deal at Turnberry\n\n"
        "The European Union and the United States reached a political agreement on trade on"
        " Sunday at a golf resort in Scotland. The United Kingdom, which agreed its own"
        " outline deal with Washington in May, secured a lower rate."
    )
    assert keys(text) == [
        (("EU", "USA"), "trade_agreement", "concluded"),
        (("GBR", "USA"), "trade_agreement", "concluded"),
    ]


def test_headline_signed_deal_is_kept_beside_a_concluded_one() -> None:
    text = (
        "Georgia and Turkey sign customs deal\n\n"
        "Georgia and Turkey reached a political agreement on trade on Monday, and officials"
        " said they had also finished talks on a separate accord on customs."
    )
    assert (("GEO", "TUR"), "cooperation_agreement", "signed") in keys(text)


# --- 8. ratification and entry into force said otherwise ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # feature
            "Kyrgyzstan and Uzbekistan signed a border treaty in November. The treaty passed"
            " the Uzbek and Kyrgyz parliaments within a fortnight of the signing.",
            (("KGZ", "UZB"), "other", "ratified"),
        ),
        (  # wire
            "The agreement between Armenia and Iran passed through both parliaments in March.",
            (("ARM", "IRN"), "cooperation_agreement", "ratified"),
        ),
        (  # agency
            "The free trade agreement between Serbia and China passed the Serbian parliament"
            " on Thursday.",
            (("CHN", "SRB"), "trade_agreement", "ratified"),
        ),
        (  # brief: the exchange of ratifications "brought" it into force
            "Kyrgyzstan and Uzbekistan signed a border treaty in November. The instruments of"
            " ratification were exchanged on 26 January 2023, which brought the treaty into"
            " force.",
            (("KGZ", "UZB"), "other", "in_force"),
        ),
        (  # wire, participle
            "Georgia and Armenia exchanged notes on Monday, bringing the agreement on"
            " visa-free travel into force.",
            (("ARM", "GEO"), "other", "in_force"),
        ),
    ],
)
def test_ratification_and_force_said_otherwise(text: str, expected: Key) -> None:
    assert expected in keys(text)


def test_exchange_that_brought_a_treaty_into_force_is_no_signing() -> None:
    text = (
        "Kyrgyzstan and Uzbekistan signed a border treaty in November 2022. The instruments"
        " of ratification were exchanged on 26 January 2023, which brought the treaty into"
        " force."
    )
    assert sorted((f.stage.value, f.date) for f in agreements(text)) == [
        ("in_force", "2023-01-26"),
        ("signed", "2022-11"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The treaty between Kyrgyzstan and Uzbekistan has not passed the Kyrgyz parliament yet.",
        "The agreement between Armenia and Iran must pass both parliaments before it takes effect.",
        "A bill on the deal between Ghana and Togo passed the finance committee.",
        "Notes exchanged by Georgia and Armenia will bring the agreement into force next month.",
    ],
)
def test_ratification_said_otherwise_negatives(text: str) -> None:
    assert keys(text) == []


def test_the_treaty_on_a_border_names_its_own_instrument() -> None:
    text = (
        "The decisive document is the treaty on certain sections of the Uzbek–Kyrgyz state"
        " border. It was signed in Bishkek on 3 November 2022, together with an agreement on"
        " water in the Kempir-Abad reservoir. The instruments of ratification were exchanged"
        " on 26 January 2023, which brought the treaty into force."
    )
    assert (("KGZ", "UZB"), "other", "in_force") in keys(text)
    assert (("KGZ", "UZB"), "cooperation_agreement", "in_force") not in keys(text)


# --- 9. a relationship "set up"; visa agreements; goals and zero counts ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China and Tajikistan set up a comprehensive strategic partnership in 2017.",
            [(("CHN", "TJK"), "comprehensive_strategic_partnership", "signed")],
        ),
        (
            "Xi Jinping visited Dushanbe this week. China and Tajikistan had set up their"
            " comprehensive strategic partnership in 2017.",
            [(("CHN", "TJK"), "comprehensive_strategic_partnership", "signed")],
        ),
        (  # the working group is set up, not the charter
            "Azerbaijan set up a working group to draft a strategic partnership charter with"
            " the United States, officials said.",
            [],
        ),
        ("Kazakhstan and Uzbekistan set up a joint commission on water in 2019.", []),
    ],
)
def test_relationship_set_up(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EU governments on Monday suspended parts of the bloc's visa facilitation"
            " agreement with Georgia.",
            [(("EU", "GEO"), "other", "suspended")],
        ),
        (
            "Kazakhstan and China signed an agreement on mutual visa exemption in May.",
            [(("CHN", "KAZ"), "other", "signed")],
        ),
        (
            "The EU and Belarus signed a readmission agreement in 2020.",
            [(("BLR", "EU"), "other", "signed")],
        ),
    ],
)
def test_visa_and_readmission_agreements_are_other(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a goal in a list of deliverables
        "Conclude the Japan-Philippines Reciprocal Access Agreement before the end of the year.",
        "- Sign the trade agreement between Kenya and the EU by June.",
        "3. Ratify the border treaty between Kyrgyzstan and Tajikistan.",
        # a zero count
        "- 0: trade agreements signed by Mercosur with the European Union since talks began"
        " in 1999.",
        "Zero trade agreements have been signed by Argentina and Chile since 2010.",
    ],
)
def test_goals_and_zero_counts_are_no_facts(text: str) -> None:
    assert keys(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Signed in Baku, the agreement between Azerbaijan and Turkey entered into force in May.",
        "- Kazakhstan and Uzbekistan signed 10 agreements on water sharing in March.",
        "10 agreements were signed by Kazakhstan and Uzbekistan in March.",
    ],
)
def test_sentence_initial_stage_words_that_are_no_goals(text: str) -> None:
    assert keys(text) != []


# --- 10. "a charter of the same name": the earlier named instrument's kind -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Q&A
            "Armenia and the United States signed a Strategic Partnership Charter on Tuesday."
            " Georgia signed a charter of the same name with the United States in January"
            " 2009.",
            (("GEO", "USA"), "strategic_partnership", "signed"),
        ),
        (  # analysis
            "The EU and Kazakhstan signed an Enhanced Partnership and Cooperation Agreement in"
            " 2015. Kyrgyzstan initialled an agreement of the same kind with the EU in 2019.",
            (("EU", "KGZ"), "enhanced_partnership_cooperation_agreement", "initialed"),
        ),
    ],
)
def test_instrument_of_the_same_name(text: str, expected: Key) -> None:
    assert expected in keys(text)


def test_same_name_without_a_named_antecedent_keeps_its_own_kind() -> None:
    text = (
        "Armenia and the United States signed a charter on Tuesday. Georgia signed a charter"
        " of the same name with the United States in January 2009."
    )
    assert (("GEO", "USA"), "other", "signed") in keys(text)


# --- 11. an appositive is the same instrument; "It signed X, which entered into force" --


@pytest.mark.parametrize(
    "text",
    [
        "The United Arab Emirates and Israel have signed a Comprehensive Economic Partnership"
        " Agreement, the first free trade deal between Israel and an Arab state.",
        "Kazakhstan and Singapore signed a digital economy agreement, the only such pact in"
        " Central Asia, on Monday.",
    ],
)
def test_appositive_is_the_same_instrument(text: str) -> None:
    assert len(agreements(text)) == 1


def test_listed_instruments_are_still_two() -> None:
    text = (
        "Kazakhstan and Singapore signed a digital economy agreement, the customs protocol"
        " and a memorandum on education on Monday."
    )
    assert len(agreements(text)) == 3


def test_pronoun_subject_carries_to_the_chained_stage() -> None:
    text = (
        "The UAE has been busy. It signed a trade agreement with India in February, which"
        " entered into force on 1 May."
    )
    assert sorted((f.parties, f.stage.value, f.date) for f in agreements(text)) == [
        (("ARE", "IND"), "in_force", "2025-05-01"),
        (("ARE", "IND"), "signed", "2025-02"),
    ]


# --- 12. a list of outcomes whose items are a blank line apart -------------------------


def test_numbered_items_a_blank_line_apart_under_a_header() -> None:
    text = (
        "Ministry of Foreign Affairs\n\n"
        "Outcomes of the visit of the President of Kazakhstan to Vietnam\n\n"
        "In the presence of the two leaders, four agreements were exchanged, among them:\n\n"
        "1. Agreement between the Government of Kazakhstan and the Government of Vietnam on"
        " air services.\n\n"
        "2. MoU between the Government of Kazakhstan and the Government of Vietnam on"
        " cooperation in agriculture.\n\n"
        "3. MoU on cooperation in the field of tourism.\n\n"
        "The two leaders also discussed regional issues."
    )
    assert keys(text) == [
        (("KAZ", "VNM"), "cooperation_agreement", "signed"),
        (("KAZ", "VNM"), "memorandum_of_understanding", "signed"),
        (("KAZ", "VNM"), "memorandum_of_understanding", "signed"),
    ]


def test_paragraphs_after_a_list_are_no_items() -> None:
    text = (
        "Kazakhstan and Vietnam signed two agreements, among them:\n\n"
        "- an agreement on air services.\n\n"
        "The talks covered trade. A memorandum on tourism is still being drafted."
    )
    assert keys(text) == [(("KAZ", "VNM"), "cooperation_agreement", "signed")]


# --- 13. "the conclusion of" an agreement; talks in a quotation ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Modi announced the conclusion of the Bilateral Amendatory"
            " Agreements on debt restructuring between India and Sri Lanka.",
            [(("IND", "LKA"), "other", "concluded")],
        ),
        (
            "The EU and Chile welcomed the conclusion of the Advanced Framework Agreement on"
            " Friday.",
            [(("CHL", "EU"), "other", "concluded")],
        ),
        (  # the conclusion of a summit is no stage of the deal signed after it
            "After the conclusion of the summit, Armenia and France signed a defence agreement.",
            [(("ARM", "FRA"), "cooperation_agreement", "signed")],
        ),
        (
            'China, Japan and South Korea said they would "continue discussions for speeding'
            ' up negotiations" on the trilateral FTA.',
            [(("CHN", "JPN", "KOR"), "trade_agreement", "negotiating")],
        ),
        (  # no talks
            'Chile and India have held no "talks" on a trade deal since 2019.',
            [],
        ),
    ],
)
def test_conclusion_of_and_quoted_talks(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected

"""Round 9 (r1): agreements the extractor missed or read with the wrong instrument or
stage, by general clause patterns. Sentences written for these tests, in other wordings
than the studied ones:

- a joint statement or declaration about a relationship that exists already ("on
  deepening their comprehensive strategic partnership", "for their strategic
  partnership") is a joint declaration, not the relationship;
- a relationship being set up, in the progressive ("announced that Chile and Peru are
  establishing a strategic partnership", "was launching a comprehensive partnership");
- a joint statement approved or endorsed by the leaders who meet ("The leaders approved a
  joint communique"): signed (declarations only; a legislature's approval stays ratified);
- bulk deals signed by the companies of states named by their demonyms ("Kenyan and
  Ethiopian companies signed dozens of investment agreements");
- a plan the parties sign ("signed a plan to align ...", "inked a plan on"): ``other``;
  a year that ends a name ("Vision 2030") is no date of the signing;
- a relationship stated by the partners' title ("have been strategic partners since
  2019", "became a comprehensive strategic partner of Australia in March 2024");
- a statement of any kind signed or adopted ("signed the ceasefire statement", "adopted the
  Arusha statement"); a ceasefire or truce agreed is a peace agreement, and one dated in
  an earlier year is another than the story's;
- relations raised "to the comprehensive strategic level", and a relationship "declared"
  a strategic partnership: upgraded;
- a statement issued by several sides counted or paired ("The two leaders issued a
  statement", "Both governments issued a final statement"): a joint declaration (not a
  ministry's statement, nor statements in the plural);
- a commercial contract of sale (supply, sales, purchase, offtake) and a currency swap
  are instruments of their own kind (``other``), not sectoral cooperation or transit;
- talks relaunched, revived, restarted or reopened (a follow-up about the story's
  instrument): negotiating;

Negatives: hedged, negated or unstated forms of each shape.
"""

from __future__ import annotations

import pytest

from fact_rows import agreement_keys as keys

STATEMENTS_ABOUT_RELATIONS = [
    (
        "Modi met Albanese in Sydney. The two prime ministers issued a joint statement on "
        "their comprehensive strategic partnership.",
        (("AUS", "IND"), "joint_declaration", "signed"),
    ),
    (
        "Xi hosted Lula in Beijing. The two presidents signed a joint statement on deepening "
        "their comprehensive strategic partnership.",
        (("BRA", "CHN"), "joint_declaration", "signed"),
    ),
    (
        "Kenya and Ethiopia signed a joint declaration on further strengthening the strategic "
        "partnership between the two countries.",
        (("ETH", "KEN"), "joint_declaration", "signed"),
    ),
    (
        "Macron and Modi adopted a joint statement for their strategic partnership on Monday.",
        (("FRA", "IND"), "joint_declaration", "signed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS_ABOUT_RELATIONS)
def test_statement_about_a_relationship(
    text: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya and Ethiopia signed a joint declaration on establishing a strategic "
            "partnership.",
            (("ETH", "KEN"), "strategic_partnership", "signed"),
        ),
        (
            "Vietnam and Japan signed the Joint Statement on Comprehensive Strategic Partnership.",
            (("JPN", "VNM"), "comprehensive_strategic_partnership", "signed"),
        ),
    ],
)
def test_statement_that_sets_up_a_relationship(
    text: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert expected in keys(text)


UNDER_WAY = [
    (
        "The two leaders announced that Chile and Peru are establishing a strategic partnership.",
        (("CHL", "PER"), "strategic_partnership", "signed"),
    ),
    (
        "Kenya and Ethiopia are establishing a comprehensive strategic partnership, the two "
        "presidents said on Tuesday.",
        (("ETH", "KEN"), "comprehensive_strategic_partnership", "signed"),
    ),
    (
        "The foreign ministry said Vietnam was launching a comprehensive partnership with Brazil.",
        (("BRA", "VNM"), "comprehensive_partnership", "signed"),
    ),
    (
        "Officials said Ghana and Nigeria were establishing a strategic partnership during "
        "the visit.",
        (("GHA", "NGA"), "strategic_partnership", "signed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNDER_WAY)
def test_relationship_being_established(
    text: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Nigeria are not establishing a strategic partnership.",
        "Ghana and Nigeria are considering establishing a strategic partnership.",
        "Ghana and Nigeria are establishing a working group on trade.",
        "Talks aimed at establishing a strategic partnership between Ghana and Nigeria began.",
    ],
)
def test_relationship_not_being_established(text: str) -> None:
    assert not {k for k in keys(text) if k[2] == "signed"}


APPROVED_STATEMENTS = [
    (
        "The presidents of Kenya, Uganda, Tanzania and Rwanda met in Arusha on Monday. The "
        "leaders approved a joint communique on the ceasefire.",
        (("KEN", "RWA", "TZA", "UGA"), "joint_declaration", "signed"),
    ),
    (
        "The heads of state of Brazil, Argentina and Chile met. The three leaders approved a "
        "joint declaration on energy.",
        (("ARG", "BRA", "CHL"), "joint_declaration", "signed"),
    ),
    (
        "Ministers of Peru and Chile met in Lima on Friday and endorsed a joint statement on "
        "fisheries.",
        (("CHL", "PER"), "joint_declaration", "signed"),
    ),
    (
        "Leaders of Ghana and Togo met. The two approved a joint declaration.",
        (("GHA", "TGO"), "joint_declaration", "signed"),
    ),
    (
        "The Peruvian Senate approved the trade agreement with Chile on Tuesday.",
        (("CHL", "PER"), "trade_agreement", "ratified"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPROVED_STATEMENTS)
def test_statement_approved(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet approved a draft agreement with Peru on fisheries.",
        "The leaders of Chile and Peru did not approve a joint statement.",
        "Ministers of Peru and Chile are expected to endorse a joint statement on fisheries.",
        "Chile's cabinet approved the trade agreement with Peru on Monday.",
    ],
)
def test_statement_not_approved(text: str) -> None:
    assert not {k for k in keys(text) if k[2] == "signed"}


BULK_BY_FIRMS = [
    (
        "The same day, Kenyan and Ethiopian companies signed dozens of investment agreements "
        "covering energy and roads.",
        (("ETH", "KEN"), "investment_deals", "signed"),
    ),
    (
        "Indian and Emirati firms signed 12 investment deals worth $3 billion.",
        (("ARE", "IND"), "investment_deals", "signed"),
    ),
    (
        "During the visit, Kenyan and Ethiopian firms signed investment agreements worth "
        "$2 billion.",
        (("ETH", "KEN"), "investment_deals", "signed"),
    ),
    (
        "On the sidelines, businesses from Peru and Chile signed 30 commercial agreements.",
        (("CHL", "PER"), "investment_deals", "signed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BULK_BY_FIRMS)
def test_bulk_deals_by_firms(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Ethiopian companies may sign dozens of investment agreements next year.",
        "Kenyan and Ethiopian companies signed a contract to build a bridge.",
    ],
)
def test_no_bulk_deals(text: str) -> None:
    assert not {k for k in keys(text) if k[1] == "investment_deals"}


SIGNED_PLANS = [
    (
        "Egypt and China also signed a plan to align Egypt's Vision 2030 with the Belt and "
        "Road Initiative.",
        (("CHN", "EGY"), "other", "signed"),
    ),
    (
        "Kenya and Ethiopia signed a joint plan for the development of the border region.",
        (("ETH", "KEN"), "other", "signed"),
    ),
    (
        "The foreign ministers of Peru and Chile inked a plan on fisheries management on Friday.",
        (("CHL", "PER"), "other", "signed"),
    ),
    (
        "Vietnam and Laos signed the plan for 2026 in Hanoi.",
        (("LAO", "VNM"), "other", "signed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_PLANS)
def test_signed_plan(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia plan to sign a treaty.",
        "Kenya and Ethiopia discussed a plan to build a railway.",
        "Kenya and Ethiopia did not sign a plan to build a railway.",
    ],
)
def test_no_signed_plan(text: str) -> None:
    assert not {k for k in keys(text) if k[2] == "signed"}


def test_year_of_a_name_is_no_date() -> None:
    from fact_rows import facts_of

    text = (
        "Egypt and China also signed a plan to align Egypt's Vision 2030 with the Belt and "
        "Road Initiative on Monday."
    )
    dates = {f.date for f in facts_of(text) if getattr(f, "instrument", None) is not None}
    assert dates == {"2025-06-09"}


PARTNERS = [
    (
        "Kenya and Ethiopia have been strategic partners since 2019, and trade has doubled.",
        (("ETH", "KEN"), "strategic_partnership", "signed"),
        "2019",
    ),
    (
        "Serbia became China's first comprehensive strategic partner in Europe in 2016.",
        (("CHN", "SRB"), "comprehensive_strategic_partnership", "signed"),
        "2016",
    ),
    (
        "Vietnam became a comprehensive strategic partner of Australia in March 2024.",
        (("AUS", "VNM"), "comprehensive_strategic_partnership", "signed"),
        "2024-03",
    ),
    (
        "Peru and Chile became strategic partners in 2012.",
        (("CHL", "PER"), "strategic_partnership", "signed"),
        "2012",
    ),
    (
        "Hungary and China met. The two countries had been comprehensive strategic partners "
        "since 2017; Orban called the new label a new chapter.",
        (("CHN", "HUN"), "comprehensive_strategic_partnership", "signed"),
        "2017",
    ),
]


@pytest.mark.parametrize(("text", "expected", "when"), PARTNERS)
def test_partners_title(text: str, expected: tuple[tuple[str, ...], str, str], when: str) -> None:
    from fact_rows import facts_of

    assert expected in keys(text)
    assert when in {f.date for f in facts_of(text) if getattr(f, "instrument", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Chile is a key trading partner of Peru.",
        "Peru and Chile could become strategic partners next year.",
        "Peru and Chile have never been strategic partners since 1990.",
        "Kenya and Ethiopia have been strategic partners for years.",
        "Ghana became a key partner of Togo in 2010.",
        "Peru would like to become a strategic partner of Chile.",
    ],
)
def test_no_partners_title(text: str) -> None:
    assert not keys(text)


STATEMENTS_SIGNED = [
    (
        "Putin, Aliyev and Pashinyan met in Sochi. The three leaders signed the ceasefire "
        "statement that ended the war on 9 November 2020.",
        (("ARM", "AZE", "RUS"), "peace_agreement", "signed"),
    ),
    (
        "Kenya and Uganda met in Arusha. The two presidents adopted the Arusha statement on "
        "trade on Monday.",
        (("KEN", "UGA"), "joint_declaration", "signed"),
    ),
    (
        "Kenya and Uganda met. The two leaders signed a trilateral statement with Rwanda on "
        "security.",
        (("KEN", "RWA", "UGA"), "joint_declaration", "signed"),
    ),
    (
        "Kenya and Uganda met in Arusha. The two sides signed a truce agreement in May.",
        (("KEN", "UGA"), "peace_agreement", "signed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS_SIGNED)
def test_statement_signed(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda met in Arusha. The two ministries issued a press statement on trade.",
        "Kenya and Uganda met. The two presidents read the final statement on Monday.",
        "Kenya and Uganda met. In a statement, the two sides said trade had grown.",
    ],
)
def test_statement_not_signed(text: str) -> None:
    assert not keys(text)


def test_earlier_ceasefire_is_another_instrument() -> None:
    text = (
        "Putin hosted Aliyev and Pashinyan in Sochi on Monday. The three leaders adopted a "
        "joint statement. The three leaders signed the ceasefire statement that ended the war "
        "on 9 November 2020."
    )
    from fact_rows import facts_of

    dates = {f.date for f in facts_of(text) if getattr(f, "instrument", None)}
    assert "2020-11-09" in dates


UPGRADES = [
    (
        "Xi and Khurelsukh met in Beijing in 2014 and raised relations to the comprehensive "
        "strategic level.",
        (("CHN", "MNG"), "comprehensive_strategic_partnership", "upgraded"),
    ),
    (
        "Peru and Chile raised their ties to the strategic level in March.",
        (("CHL", "PER"), "strategic_partnership", "upgraded"),
    ),
    (
        "Kenya and Ethiopia declared their ties a comprehensive strategic partnership on "
        "Monday.",
        (("ETH", "KEN"), "comprehensive_strategic_partnership", "upgraded"),
    ),
    (
        "Biden received Lula at the White House. The two governments declared their "
        "relationship a strategic partnership.",
        (("BRA", "USA"), "strategic_partnership", "upgraded"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UPGRADES)
def test_upgrade_to_a_level(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia hope to raise relations to the strategic level.",
        "Kenya and Ethiopia did not raise relations to the strategic level.",
        "Kenya and Ethiopia raised trade to a new level.",
        "Kenya and Ethiopia did not declare their relationship a strategic partnership.",
        "Kenya and Ethiopia may declare their ties a strategic partnership next year.",
    ],
)
def test_no_upgrade(text: str) -> None:
    assert not {k for k in keys(text) if k[2] == "upgraded"}


def test_talks_revived() -> None:
    from fact_rows import facts_of

    text = (
        "Peru and Chile opened negotiations on a free trade agreement in 2010. The "
        "negotiations were revived in March 2023."
    )
    rows = {
        (f.instrument.value, f.stage.value, f.date)
        for f in facts_of(text)
        if getattr(f, "instrument", None)
    }
    assert ("trade_agreement", "negotiating", "2023-03") in rows


def test_talks_revival_hoped_for() -> None:
    from fact_rows import facts_of

    text = (
        "Peru and Chile opened negotiations on a free trade agreement in 2010. The "
        "negotiations could be revived in March 2026."
    )
    assert not {f.date for f in facts_of(text) if getattr(f, "instrument", None)} & {"2026-03"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The central banks of Kenya and Ethiopia signed a currency swap agreement worth "
            "$400 million.",
            (("ETH", "KEN"), "other", "signed"),
        ),
        (
            "Kenya's state oil firm signed a supply agreement with Ethiopia's national oil "
            "company.",
            (("ETH", "KEN"), "other", "signed"),
        ),
        (
            "Peru and Chile signed a gas supply deal on Monday.",
            (("CHL", "PER"), "other", "signed"),
        ),
        (
            "Peru and Chile signed a 20-year sale and purchase agreement for LNG.",
            (("CHL", "PER"), "other", "signed"),
        ),
    ],
)
def test_commercial_contracts_are_other(
    text: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert expected in keys(text)


def test_gas_swap_stays_transit() -> None:
    text = "Azerbaijan, Iran and Turkmenistan signed a gas swap agreement in Ashgabat."
    assert {k[1] for k in keys(text)} == {"transit_arrangement"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Modi met Albanese in Sydney. The two leaders issued a statement welcoming the new "
            "trade figures.",
            (("AUS", "IND"), "joint_declaration", "signed"),
        ),
        (
            "The presidents of Chile, Peru and Bolivia met in La Paz. The three presidents "
            "released a statement in which they pledged to open borders.",
            (("BOL", "CHL", "PER"), "joint_declaration", "signed"),
        ),
        (
            "Kenya and Uganda met. Both governments issued a final statement on Friday.",
            (("KEN", "UGA"), "joint_declaration", "signed"),
        ),
    ],
)
def test_statement_issued_jointly(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda met. The Kenyan foreign ministry issued a statement on Friday.",
        "Kenya and Uganda met. The two leaders did not issue a statement.",
        "Kenya and Uganda met. The two leaders issued statements on Friday.",
        "Kenya and Uganda met. The two leaders may issue a statement on Friday.",
    ],
)
def test_statement_not_issued_jointly(text: str) -> None:
    assert not keys(text)

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
            "Vietnam and Japan signed the Joint Statement on Comprehensive Strategic "
            "Partnership.",
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
        "The two leaders announced that Chile and Peru are establishing a strategic "
        "partnership.",
        (("CHL", "PER"), "strategic_partnership", "signed"),
    ),
    (
        "Kenya and Ethiopia are establishing a comprehensive strategic partnership, the two "
        "presidents said on Tuesday.",
        (("ETH", "KEN"), "comprehensive_strategic_partnership", "signed"),
    ),
    (
        "The foreign ministry said Vietnam was launching a comprehensive partnership with "
        "Brazil.",
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

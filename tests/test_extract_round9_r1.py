"""Round 9 (r1): agreements the extractor missed or read with the wrong instrument or
stage, by general clause patterns. Sentences written for these tests, in other wordings
than the studied ones:

- a joint statement or declaration about a relationship that exists already ("on
  deepening their comprehensive strategic partnership", "for their strategic
  partnership") is a joint declaration, not the relationship;

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

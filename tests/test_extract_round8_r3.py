"""Round 8 (r3): memberships, commitments, projects and trade figures read in general
news wordings (probe sentences written for each kind, none taken from an evaluation set),
with the negative cases of each guard."""

from __future__ import annotations

import pytest

from fact_rows import CommitmentRow, commitment_rows


@pytest.mark.parametrize(
    "text",
    [
        # aid or budget support given by one side, no counterpart named
        "Germany will provide 50 million euros over three years in budget support for health "
        "and schools.",
        "The European Commission said it would provide 40 million euros in economic assistance "
        "this year.",
        "Tokyo would provide a further $30 million for the regional water programme, on top of "
        "the $10 million promised in March.",
        # an investor's outlay, not a target set by parties
        "The Saudi fund will invest about $400 million over the first decade, the port "
        "authority said.",
        # an expectation of money to come
        "Officials expect the new free zone to attract total investment of about $20 billion "
        "over its lifetime.",
    ],
)
def test_money_given_by_one_side_alone_is_no_commitment(text: str) -> None:
    assert commitment_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a recipient named: a pledge between two parties
            "China pledged 2 billion yuan in grants to Kyrgyzstan this year.",
            {(("CHN", "KGZ"), "investment", "2025")},
        ),
        (
            "Japan will provide Uzbekistan $1 billion in loans, grants and investment over the "
            "next three years.",
            {(("JPN", "UZB"), "investment", "2028")},
        ),
        (  # a state's own policy aim with a deadline
            "Kazakhstan aims to attract $150 billion in foreign direct investment by 2029.",
            {(("KAZ",), "investment", "2029")},
        ),
    ],
)
def test_money_with_a_counterpart_or_an_own_aim_stays(
    text: str, expected: set[CommitmentRow]
) -> None:
    assert commitment_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire lead with a loose factor, the body with the amount and deadline
            "The EU and Azerbaijan signed an energy memorandum on Monday, a deal Brussels hopes "
            "will double gas flows to Europe. Under the memorandum, the two sides aim to lift "
            "deliveries to 20 billion cubic metres a year by 2027.",
            {(("AZE", "EU"), "energy_supply", "2027")},
        ),
        (  # the same amount first without, then with its deadline
            "Kazakhstan and Uzbekistan want to bring bilateral trade to $10 billion. Their "
            "leaders agreed to raise trade to $10 billion by 2030.",
            {(("KAZ", "UZB"), "trade_turnover", "2030")},
        ),
        (  # a further, different amount is a target of its own
            "Turkey and Uzbekistan set the goal of raising trade to $5 billion by 2026. The two "
            "countries later want to bring trade to $10 billion.",
            {(("TUR", "UZB"), "trade_turnover", "2026"), (("TUR", "UZB"), "trade_turnover", None)},
        ),
    ],
)
def test_undated_restatement_of_a_dated_target_is_one_target(
    text: str, expected: set[CommitmentRow]
) -> None:
    assert commitment_rows(text) == expected

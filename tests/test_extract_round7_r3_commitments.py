"""Commitments (round 7, r3): money lent is a loan, not a target that parties set
themselves ("Moscow will lend Tehran 1.3 billion euros for the project", "a soft loan of
$50 million", "a $500 million line of credit", "$300 million in concessional loans");
money offered as grants, aid or financing in general, or of mixed kinds with loans, stays
an investment commitment."""

from __future__ import annotations

import pytest

from fact_rows import CommitmentRow, commitment_rows


@pytest.mark.parametrize(
    "text",
    [
        # translated ministry copy
        "The Russian side will provide to Iran an intergovernmental loan of 1.3 billion euros "
        "for the implementation of the project.",
        # wire
        "Moscow will lend Tehran 1.3 billion euros for the railway, the minister told reporters.",
        "China will lend Kyrgyzstan $600 million for the construction of the road, the finance "
        "ministry said.",
        # agency English, a loan's noun before the amount
        "Kuwait will provide Tajikistan a soft loan of $50 million to build a hospital.",
        "Japan will provide Uzbekistan with a loan of 30 billion yen for a new power plant.",
        # press release, the loan's noun after the amount
        "India will extend a $500 million line of credit to Sri Lanka for the rehabilitation "
        "of its northern railway.",
        "Saudi Arabia pledged $300 million in concessional loans to Pakistan this year.",
        # the amount restated before the loan's noun
        "Japan said it would provide Tajikistan with 30 billion yen, about $200 million, in "
        "loans for roads.",
        # an agreement to lend
        "Turkey has agreed to lend Azerbaijan $200 million by 2027 to finance a railway.",
    ],
)
def test_money_lent_is_no_commitment(text: str) -> None:
    assert commitment_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # grants
            "China pledged 2 billion yuan in grants to Kyrgyzstan this year.",
            {(("CHN", "KGZ"), "investment", "2025")},
        ),
        (  # loans with grants: more than a loan
            "China pledged $10 billion in loans and grants to Kyrgyzstan over the next three "
            "years.",
            {(("CHN", "KGZ"), "investment", "2028")},
        ),
        (
            "Japan will provide Uzbekistan $1 billion in loans, grants and investment over the "
            "next three years.",
            {(("JPN", "UZB"), "investment", "2028")},
        ),
        (  # an investment pledge
            "Saudi Arabia pledged to invest $600 billion in the United States over the next four "
            "years.",
            {(("SAU", "USA"), "investment", "2029")},
        ),
        (  # a trade target in the same sentence as a loan keeps its own anchor
            "Kazakhstan and Uzbekistan agreed to raise bilateral trade to $10 billion by 2030, "
            "and Kazakhstan will lend Uzbekistan $100 million for a new railway.",
            {(("KAZ", "UZB"), "trade_turnover", "2030")},
        ),
    ],
)
def test_money_offered_otherwise_stays_a_commitment(
    text: str, expected: set[CommitmentRow]
) -> None:
    assert commitment_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # business daily: a colon after the aim noun, then a later step
            "Turkey and Uzbekistan upgraded their ties on Tuesday, and their presidents attached "
            "numbers to the ambition: bilateral trade of $5 billion within a year, and then $10 "
            "billion.",
            {(("TUR", "UZB"), "trade_turnover", "2026"), (("TUR", "UZB"), "trade_turnover", None)},
        ),
        (  # wire
            "Kazakhstan and China set a new goal: trade of $40 billion a year by 2030.",
            {(("CHN", "KAZ"), "trade_turnover", "2030")},
        ),
        (  # a copula after the aim noun's complement; two steps with their deadlines
            "The target for Uzbekistan and Turkey is $5 billion in trade by 2026 and $10 billion "
            "by 2030.",
            {
                (("TUR", "UZB"), "trade_turnover", "2026"),
                (("TUR", "UZB"), "trade_turnover", "2030"),
            },
        ),
        (  # translated copy: "set the target ... at"
            "The leaders of Russia and Mongolia set the target of bilateral trade at $3 billion "
            "by 2030.",
            {(("MNG", "RUS"), "trade_turnover", "2030")},
        ),
        (  # a wish for a measure of an amount, with its deadline
            "Georgia and Armenia want bilateral trade of $2 billion by 2028.",
            {(("ARM", "GEO"), "trade_turnover", "2028")},
        ),
    ],
)
def test_target_as_a_noun_phrase_after_an_aim(text: str, expected: set[CommitmentRow]) -> None:
    assert commitment_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a result between the aim and the amount
        "The goal of the visit by the Kazakh president to Uzbekistan was to discuss trade, "
        "which reached $3 billion last year.",
        # the aim noun in another clause
        "The ambition of Kazakhstan and Uzbekistan is clear, but trade stood at $1 billion in "
        "2024.",
        "Trade, the main goal of the partnership between Georgia and Armenia, amounted to $2 "
        "billion in 2024.",
        # a wish with no deadline
        "Georgia and Armenia want bilateral trade of $2 billion, the minister said.",
        # doubted by observers
        "Analysts doubt the goal of Kazakhstan and China: trade of $40 billion by 2030.",
    ],
)
def test_aim_nouns_without_a_target_amount(text: str) -> None:
    assert commitment_rows(text) == set()


def test_a_result_after_a_target_is_no_later_step() -> None:
    assert commitment_rows(
        "Kazakhstan and China set a target of $20 billion in trade by 2025, and trade reached "
        "$31 billion in 2023."
    ) == {(("CHN", "KAZ"), "trade_turnover", "2025")}


@pytest.mark.parametrize(
    "text",
    [
        # wire: a measure expected, likely or able to reach an amount, nobody's aim
        "Trade between Kazakhstan and Uzbekistan is expected to reach $5 billion this year.",
        "Trade between Russia and India could reach $100 billion by 2030 if sanctions ease.",
        "Trade between Kazakhstan and China could rise by 20 percent next year to $50 billion.",
        "Cargo between China and Kazakhstan may double by 2030, a railway official said.",
        "Exports from Georgia to Armenia are likely to top $1 billion by 2027.",
    ],
)
def test_impersonal_forecast_is_no_commitment(text: str) -> None:
    assert commitment_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the parties' confidence in the amount
            "The two presidents expressed confidence that trade between Turkey and Azerbaijan "
            "could reach $15 billion by 2030.",
            {(("AZE", "TUR"), "trade_turnover", "2030")},
        ),
        (  # agreed
            "Kazakhstan and Uzbekistan agreed that trade could reach $10 billion by 2030.",
            {(("KAZ", "UZB"), "trade_turnover", "2030")},
        ),
        (  # the parties expect it
            "Kazakhstan and China expect trade to reach $40 billion by 2030.",
            {(("CHN", "KAZ"), "trade_turnover", "2030")},
        ),
    ],
)
def test_forecast_owned_by_the_parties_stays_a_commitment(
    text: str, expected: set[CommitmentRow]
) -> None:
    assert commitment_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a leader named in an aside does not stand for both companies
            "SOCAR and KazMunayGas signed a transit deal in 2022. In March 2024, during "
            "Tokayev's state visit to Baku, the same two companies agreed to raise transit "
            "through Azerbaijan to 2.2 million tonnes a year by 2026.",
            {(("AZE", "KAZ"), "freight_volume", "2026")},
        ),
        (
            "Gazprom and Uzbekneftegaz met in Moscow. During Mirziyoyev's visit, the two "
            "companies agreed to raise gas deliveries to 11 billion cubic metres by 2027.",
            {(("RUS", "UZB"), "energy_supply", "2027")},
        ),
    ],
)
def test_same_two_companies_are_their_states(text: str, expected: set[CommitmentRow]) -> None:
    assert commitment_rows(text) == expected

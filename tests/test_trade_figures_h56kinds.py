"""Trade figures: "between them" refers back to the parties named before, and states named
in an aside after the amount (", the first full year after the Accords, which A, B and C
signed") are no parties; a bloc that trades as one (the EU) is one of "the two sides"; the
value of an agreement or contract ("an investment agreement worth $2 billion") is no flow;
trade that "passed" or "crossed" an amount states a figure."""

from __future__ import annotations

import pytest

from fact_rows import TradeRow
from fact_rows import trade_rows as _figures

Row = TradeRow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire: "between them" and an aside naming other states
            "Morocco and Israel signed the pact in Rabat. Trade between them was worth about "
            "$500 million in 2023, the second full year after the accords, which Morocco, "
            "Sudan and Israel joined in 2020.",
            {(("ISR", "MAR"), "bilateral_trade", 500.0, "USD", "2023")},
        ),
        (  # business daily: the EU as one of the two sides, EUR prefix, trillion
            "The European Union and the United States reached a political agreement on trade "
            "on Sunday. Trade between the two sides in goods and services reached about EUR "
            "1.6 trillion last year.",
            {(("EU", "USA"), "bilateral_trade", 1600000.0, "EUR", "2024")},
        ),
        (  # agency English
            "Brussels and Tokyo signed the deal. The two sides traded goods worth EUR 140 "
            "billion in 2023.",
            {(("EU", "JPN"), "bilateral_trade", 140000.0, "EUR", "2023")},
        ),
        (  # a threshold passed
            "Kyrgyzstan and Uzbekistan held talks. The presidents agreed to raise bilateral "
            "trade to $2 billion, roughly twice the level of 2022, when turnover passed $1 "
            "billion for the first time.",
            {(("KGZ", "UZB"), "bilateral_trade", 1000.0, "USD", "2022")},
        ),
        (
            "Trade between Vietnam and Laos crossed $2 billion in 2023.",
            {(("LAO", "VNM"), "bilateral_trade", 2000.0, "USD", "2023")},
        ),
    ],
)
def test_figures(text: str, expected: set[Row]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the value of an instrument
        "ISLAMABAD: Pakistan and Azerbaijan on Friday signed an investment agreement worth "
        "$2 billion, a deal officials described as the largest.",
        "Kazakhstan and China signed trade contracts valued at $1.5 billion in 2024.",
        "Turkey and Iraq signed 24 agreements with a total value of $3 billion in 2023.",
        # "passed" said of something other than what is measured
        "The parliaments of Kenya and Uganda passed $2 billion in trade bills in 2023.",
    ],
)
def test_no_figure(text: str) -> None:
    assert _figures(text) == set()

"""Commitments: a threshold to pass is a target ("lift trade above $10 billion"); "non-oil
trade" is trade, not energy; a purchase promised with its deadline is a target, and the
seller named after the amount (by name or demonym) is a party, as is the country an amount
is invested in; military aid and an effect expected of an agreement are
no targets."""

from __future__ import annotations

import pytest

from fact_rows import CommitmentRow
from fact_rows import commitment_rows as _commitments

Row = CommitmentRow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire
            "Kazakhstan and Uzbekistan aim to lift annual bilateral trade above $10 billion "
            "within five years.",
            {(("KAZ", "UZB"), "trade_turnover", "2030")},
        ),
        (  # press release, "the two sides" after the parties' sentence; non-oil trade
            "Oman and India have signed a trade pact. The minister said the two sides aim to "
            "push annual non-oil trade beyond $8 billion within four years.",
            {(("IND", "OMN"), "trade_turnover", "2029")},
        ),
        (  # agency English
            "Vietnam and Indonesia pledged to push two-way trade beyond US$18 billion by 2028, "
            "the ministers said.",
            {(("IDN", "VNM"), "trade_turnover", "2028")},
        ),
        (  # quoted
            "Egypt's trade minister told reporters: \"We want to take our trade with Kenya past "
            '$1 billion in the next three years."',
            {(("EGY", "KEN"), "trade_turnover", "2028")},
        ),
    ],
)
def test_threshold_to_pass_is_a_target(text: str, expected: set[Row]) -> None:
    assert _commitments(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # commission statement: energy bought, the seller by demonym
            "The commissioner said the EU would buy US$500 billion worth of American energy "
            "over the next three years.",
            {(("EU", "USA"), "energy_supply", "2028")},
        ),
        (  # wire: grain in tonnes, the seller by demonym
            "China agreed to import 2 million tonnes of Kazakh wheat a year by 2027.",
            {(("CHN", "KAZ"), "trade_turnover", "2027")},
        ),
        (  # press office
            "Under the accord, Japan will purchase $8 billion worth of American farm goods "
            "within four years.",
            {(("JPN", "USA"), "other", "2029")},
        ),
        (  # the country invested in is the other party
            "Saudi Arabia pledged to invest $600 billion in the United States over the next four "
            "years, "
            "the crown prince said.",
            {(("SAU", "USA"), "investment", "2029")},
        ),
    ],
)
def test_purchase_promised_with_its_seller(text: str, expected: set[Row]) -> None:
    assert _commitments(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # trade that happened, not a target
        "Trade between Turkey and Iraq rose above $20 billion last year.",
        # a purchase done
        "China imported 2 million tonnes of Kazakh wheat last year.",
        # a purchase without deadline or aim
        "Kazakhstan bought $2 billion worth of Russian gas over the past three years.",
        # a hedge
        "Egypt may buy $1 billion of Indian wheat within two years.",
        # military aid is no investment target
        "Britain has pledged £3 billion a year in military support to Ukraine for as long as "
        "needed, and at least until 2030-31.",
        "The United States pledged $500 million in weapons to Taiwan by 2026.",
        # an effect expected of an agreement
        "India and Australia signed the trade deal. New Delhi expects the agreement to lift it "
        "to around US$45-50 billion within five years.",
        "Chile and Korea signed the pact. The deal is expected to push bilateral trade to "
        "$10 billion by 2030.",
        # an observer's forecast
        "Analysts expect the deal to lift trade above $5 billion within five years.",
    ],
)
def test_no_commitment(text: str) -> None:
    assert _commitments(text) == set()


def test_gas_above_threshold_stays_energy() -> None:
    text = "Qatar and Turkey agreed to raise gas exports above 5 bcm a year by 2030."
    assert _commitments(text) == {(("QAT", "TUR"), "energy_supply", "2030")}

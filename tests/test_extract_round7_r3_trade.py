"""Trade figures (round 7, r3): a volume named as the content of an instrument or a
purpose ("a contract for the transit of 240,000 tonnes a year", "the accord provides for
deliveries of 10 bcm", "agreed on a swap of 5 million tonnes") and a stock or capacity
("reserves of 1.2 billion tonnes", "a capacity of 55 bcm") are no figures achieved; flows
stated with a verb or a measure noun of result stay figures."""

from __future__ import annotations

import pytest

from fact_rows import trade_rows


@pytest.mark.parametrize(
    "text",
    [
        # wire: a contract's yearly volume
        "The shipments rest on a contract signed on 15 January 2025 between SOCAR and "
        "KazMunayGas for the transit of 240,000 tonnes of oil a year.",
        # agency English: an agreement's volume, the amount before its product
        "In November 2022 Kazakhstan and Azerbaijan signed an agreement for the transit of "
        "1.5 million tonnes a year of oil.",
        # press release: what an accord provides for
        "The 2019 agreement between Turkmenistan and China provides for deliveries of 10 "
        "billion cubic metres of gas a year.",
        # translated copy: a topic of the talks' outcome
        "In 2023 Iran and Russia agreed on a swap of 5 million tonnes of oil a year.",
        # a purpose with no instrument word
        "In 2024 Kazakhstan and Uzbekistan set up a joint venture for the export of 500,000 "
        "tonnes of grain.",
        # a stock, not a flow
        "The field, discovered in 2020 by Kazakhstan and China, holds reserves of 1.2 billion "
        "tonnes of oil.",
        # a capacity, not a flow
        "The pipeline between Turkmenistan and China, launched in 2009, has an annual "
        "capacity of 55 billion cubic metres of gas.",
        # a cap
        "In 2022 Russia and Kazakhstan agreed a quota of 1 million tonnes of fuel exports.",
    ],
)
def test_instrument_volumes_stocks_and_capacities_are_no_figures(text: str) -> None:
    assert trade_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia and Armenia traded goods worth $700 million in 2024.",
            {(("ARM", "GEO"), "bilateral_trade", 700.0, "USD", "2024")},
        ),
        (  # a flow verb, even beside an instrument
            "Under the agreement, Russia supplied 22.7 billion cubic metres of gas to China in "
            "2023.",
            {(("CHN", "RUS"), "energy_supply", 22700.0, "cubic_meters", "2023")},
        ),
        (  # a measure noun of result before "of"
            "Bilateral trade between Uzbekistan and Russia hit a record of $11.8 billion in 2023.",
            {(("RUS", "UZB"), "bilateral_trade", 11800.0, "USD", "2023")},
        ),
        (
            "Kazakhstan and Azerbaijan had trade of $500 million in 2024.",
            {(("AZE", "KAZ"), "bilateral_trade", 500.0, "USD", "2024")},
        ),
        (  # the exports' own amount, no instrument or purpose
            "Russian gas exports of 22 billion cubic metres to China in 2023 made Russia its "
            "largest supplier.",
            {(("CHN", "RUS"), "energy_supply", 22000.0, "cubic_meters", "2023")},
        ),
    ],
)
def test_flows_achieved_stay_figures(text: str, expected: set[object]) -> None:
    assert trade_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # agency English: the period between the change and the amount
            "Turkey and Uzbekistan are close partners. Trade between the two countries rose by "
            "nearly 72 percent last year to more than $3.6 billion.",
            {(("TUR", "UZB"), "bilateral_trade", 3600.0, "USD", "2024")},
        ),
        (  # wire
            "Trade between Kazakhstan and China grew 20 percent in 2023 to $41 billion.",
            {(("CHN", "KAZ"), "bilateral_trade", 41000.0, "USD", "2023")},
        ),
        (  # a share in words
            "Exports from Georgia to Armenia rose by a third in 2024 to $700 million.",
            {(("ARM", "GEO"), "bilateral_trade", 700.0, "USD", "2024")},
        ),
        (  # a factor verb and a comma
            "Trade between Turkey and Azerbaijan more than doubled in 2022, to $6 billion.",
            {(("AZE", "TUR"), "bilateral_trade", 6000.0, "USD", "2022")},
        ),
        (  # a long period
            "Trade between Russia and China rose 26 percent year-on-year in the first nine "
            "months of 2023 to $176 billion.",
            {(("CHN", "RUS"), "bilateral_trade", 176000.0, "USD", "2023")},
        ),
    ],
)
def test_change_with_its_period_before_the_amount_reached(text: str, expected: set[object]) -> None:
    assert trade_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a forecast, a hope and a target are no figures
        "Trade between Kazakhstan and China could rise by 20 percent next year to $50 billion.",
        "Kazakhstan and China hope trade will grow by 20 percent in 2026 to $50 billion.",
        "Kazakhstan and China plan to see trade rise by a third by 2027 to $50 billion.",
    ],
)
def test_change_to_an_amount_ahead_is_no_figure(text: str) -> None:
    assert trade_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # business daily: a bloc is a side of two-way trade; a demonym source alone
            "China has been ASEAN's largest trading partner for more than a decade. Two-way "
            "trade reached about $980 billion last year, according to Chinese customs data.",
            {(("ASEAN", "CHN"), "bilateral_trade", 980000.0, "USD", "2024")},
        ),
        (  # wire
            "The EU is Kazakhstan's largest investor. Two-way trade rose to €40 billion in 2024, "
            "Eurostat said.",
            {(("EU", "KAZ"), "bilateral_trade", 40000.0, "EUR", "2024")},
        ),
        (  # "bilateral" likewise
            "China has been ASEAN's largest trading partner for years. Bilateral trade reached "
            "$980 billion in 2024.",
            {(("ASEAN", "CHN"), "bilateral_trade", 980000.0, "USD", "2024")},
        ),
        (
            "Russia and China held talks in Beijing. Two-way trade hit a record $240 billion in "
            "2023.",
            {(("CHN", "RUS"), "bilateral_trade", 240000.0, "USD", "2023")},
        ),
    ],
)
def test_two_way_trade_takes_the_pair_of_the_sentences_before(
    text: str, expected: set[object]
) -> None:
    assert trade_rows(text) == expected


def test_two_way_trade_with_no_pair_before_is_no_figure() -> None:
    assert (
        trade_rows(
            "Uzbekistan's president met Russian businessmen. Two-way trade reached $10 billion "
            "in 2024, the Uzbek statistics agency said."
        )
        == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # GDP is no flow; the coordinated clause's exports are
            "Kazakhstan's GDP grew to $260 billion in 2023, and its exports to Russia reached "
            "$9.8 billion.",
            {(("KAZ", "RUS"), "bilateral_trade", 9800.0, "USD", "2023")},
        ),
        (  # a company's revenue
            "KazMunayGas's revenue rose to $20 billion in 2023, while Kazakhstan and China "
            "traded goods worth $41 billion.",
            {(("CHN", "KAZ"), "bilateral_trade", 41000.0, "USD", "2023")},
        ),
        (  # production, not supply
            "Turkmenistan and Uzbekistan said gas production reached 80 bcm in 2023.",
            set(),
        ),
        (  # a measure word in an aside does not decide
            "Gas exports from Turkmenistan to China, the country's main source of revenue, "
            "reached 31 bcm in 2023.",
            {(("CHN", "TKM"), "energy_supply", 31000.0, "cubic_meters", "2023")},
        ),
        (  # the budget of two states
            "The combined budget of Kyrgyzstan and Tajikistan for trade promotion amounted to "
            "$20 million in 2024.",
            set(),
        ),
    ],
)
def test_other_measures_are_no_flows(text: str, expected: set[object]) -> None:
    assert trade_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the head of the measured phrase, not a product named in an opening aside
            "Despite the fall in oil prices, trade between Kazakhstan and Russia reached $28 "
            "billion in 2023.",
            {(("KAZ", "RUS"), "bilateral_trade", 28000.0, "USD", "2023")},
        ),
        (  # investment in an oil sector is an investment
            "China's investment in Kazakhstan's oil sector totalled $25 billion in 2023.",
            {(("CHN", "KAZ"), "investment_stock", 25000.0, "USD", "2023")},
        ),
        (  # exports of an energy product are its supply
            "Kazakhstan's oil exports to China reached 10 million tonnes in 2023.",
            {(("CHN", "KAZ"), "energy_supply", 10.0, "tonnes", "2023")},
        ),
    ],
)
def test_metric_of_the_measured_head(text: str, expected: set[object]) -> None:
    assert trade_rows(text) == expected

"""Trade figures: each amount takes the metric of its own coordinated clause ("Russia sent
31 bcm of gas ..., and trade between the two reached $245 billion": a volume of energy
supply and a trade value, two figures), and a dateline's filing day is no figure's year
when the sentence names another."""

from __future__ import annotations

import pytest

from fact_rows import TradeRow
from fact_rows import trade_rows as _figures

Row = TradeRow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # analysis
            "Russia sent about 31 billion cubic metres of gas to China through the pipeline "
            "last year, and trade between the two countries reached a record $245 billion "
            "in 2024.",
            {
                (("CHN", "RUS"), "energy_supply", 31000.0, "cubic_meters", "2024"),
                (("CHN", "RUS"), "bilateral_trade", 245000.0, "USD", "2024"),
            },
        ),
        (  # wire, with a dateline
            "MOSCOW, June 9 (wire) - Russia pumped around 31 bcm of natural gas to China via "
            "the Power of Siberia line in 2024, while trade between the two countries hit a "
            "record $245 billion the same year.",
            {
                (("CHN", "RUS"), "energy_supply", 31000.0, "cubic_meters", "2024"),
                (("CHN", "RUS"), "bilateral_trade", 245000.0, "USD", "2024"),
            },
        ),
        (  # agency, non-native English
            "According to the ministry, Kazakhstan has sent 1.5 million tonnes of oil to "
            "Germany last year, and the commodity turnover of the two countries amounted to "
            "3.2 billion US dollars in 2024.",
            {
                (("DEU", "KAZ"), "energy_supply", 1.5, "tonnes", "2024"),
                (("DEU", "KAZ"), "bilateral_trade", 3200.0, "USD", "2024"),
            },
        ),
        (  # business daily
            "Kazakhstan exported 12 million tonnes of oil to China in 2024, while bilateral "
            "trade between the two countries hit $44 billion.",
            {
                (("CHN", "KAZ"), "energy_supply", 12.0, "tonnes", "2024"),
                (("CHN", "KAZ"), "bilateral_trade", 44000.0, "USD", "2024"),
            },
        ),
        (  # the energy noun only in the other clause
            "Gas deliveries from Russia to China rose last year, and trade between Russia and "
            "China climbed to $240 billion in 2024.",
            {(("CHN", "RUS"), "bilateral_trade", 240000.0, "USD", "2024")},
        ),
        (  # press release, semicolon
            "Uzbekistan imported 2 bcm of gas from Russia in 2024; bilateral trade stood at "
            "$9.8 billion, the ministry said.",
            {
                (("RUS", "UZB"), "energy_supply", 2000.0, "cubic_meters", "2024"),
                (("RUS", "UZB"), "bilateral_trade", 9800.0, "USD", "2024"),
            },
        ),
    ],
)
def test_trade_figures_amount_takes_its_own_clause_metric(text: str, expected: set[Row]) -> None:
    assert _figures(text) == expected


def test_trade_figures_energy_value_in_one_clause_stays_energy() -> None:
    text = "Gas exports from Turkmenistan to China were worth $10 billion in 2024."
    assert _figures(text) == {(("CHN", "TKM"), "energy_supply", 10000.0, "USD", "2024")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia sent 500 tonnes of humanitarian aid to Syria last year.",
        "Russia sent a delegation of 40 officials to China last year, and the two sides "
        "discussed gas supplies.",
    ],
)
def test_trade_figures_sent_without_measured_flow_is_no_figure(text: str) -> None:
    assert _figures(text) == set()


def test_trade_figures_target_in_the_second_clause_is_no_figure() -> None:
    text = (
        "Trade between Russia and China reached $240 billion in 2024, and Moscow plans to "
        "send 50 bcm of gas a year to China by 2030."
    )
    assert _figures(text) == {(("CHN", "RUS"), "bilateral_trade", 240000.0, "USD", "2024")}


def test_trade_figures_dateline_day_is_a_fallback_year_only() -> None:
    dated = (
        "ASTANA, 9 June 2025 – Kazakhstan has delivered 1.5 million tonnes of oil to Germany "
        "via the Druzhba line over the past calendar year of 2024."
    )
    assert _figures(dated) == {(("DEU", "KAZ"), "energy_supply", 1.5, "tonnes", "2024")}
    undated = (
        "ASTANA, June 9 – Trade between Kazakhstan and Germany reached $3.2 billion, "
        "officials said."
    )
    assert _figures(undated) == {(("DEU", "KAZ"), "bilateral_trade", 3200.0, "USD", "2025")}


def test_trade_figures_electricity_in_terawatt_hours() -> None:
    text = (
        "Uzbekistan supplied 2.1 TWh of electricity to Afghanistan in 2024, and trade between "
        "the two countries reached $1.1 billion."
    )
    assert _figures(text) == {
        (("AFG", "UZB"), "energy_supply", 2100.0, "kWh", "2024"),
        (("AFG", "UZB"), "bilateral_trade", 1100.0, "USD", "2024"),
    }


def test_trade_figures_foreign_dollars_restated_in_us_dollars() -> None:
    text = (
        "Two-way trade between Australia and Indonesia reached A$26 billion (US$17.2 billion) "
        "in 2024."
    )
    assert _figures(text) == {(("AUS", "IDN"), "bilateral_trade", 17200.0, "USD", "2024")}

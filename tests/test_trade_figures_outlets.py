"""Trade figures phrased as wire agencies, regional outlets and statistics offices write
them: result verbs, period phrases, currencies, growth to an amount, baselines, appositive
figures; targets, forecasts and hedged estimates are no figures."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import TradeFigureFact


def _figures(text: str) -> set[tuple[tuple[str, ...], str, float, str, str]]:
    facts = extract_facts(Document(doc_id="t", text=text, published=date(2025, 12, 10)))
    return {
        (f.parties, f.metric, round(f.value / 1e6, 1), f.unit, f.year)
        for f in facts
        if isinstance(f, TradeFigureFact)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bilateral trade between Kazakhstan and China reached $43.8 billion in 2024, "
            "according to Chinese customs.",
            (("CHN", "KAZ"), "bilateral_trade", 43800.0, "USD", "2024"),
        ),
        (
            "Trade turnover between Uzbekistan and Russia totalled $11.8 billion in "
            "January-November 2024.",
            (("RUS", "UZB"), "bilateral_trade", 11800.0, "USD", "2024"),
        ),
        (
            "In the first nine months of 2025, trade between Azerbaijan and Turkey amounted "
            "to $5.2 billion.",
            (("AZE", "TUR"), "bilateral_trade", 5200.0, "USD", "2025"),
        ),
        (
            "Kazakhstan-Uzbekistan trade stood at $4.4 billion last year, up 12% year on year.",
            (("KAZ", "UZB"), "bilateral_trade", 4400.0, "USD", "2024"),
        ),
        (
            "Tokayev met Mirziyoyev in Tashkent. The trade turnover between the two countries "
            "grew by 15.6% to $1.2 billion in 2023.",
            (("KAZ", "UZB"), "bilateral_trade", 1200.0, "USD", "2023"),
        ),
        (
            "ASTANA. KAZINFORM – Trade turnover between Kazakhstan and Tajikistan amounted to "
            "1.1 bln USD in 2024.",
            (("KAZ", "TJK"), "bilateral_trade", 1100.0, "USD", "2024"),
        ),
        (
            "China-Kazakhstan trade volume hit 41 billion U.S. dollars in 2023, up 32 percent "
            "year on year.",
            (("CHN", "KAZ"), "bilateral_trade", 41000.0, "USD", "2023"),
        ),
        (
            "According to the State Statistics Committee, the trade turnover between "
            "Azerbaijan and Kazakhstan totaled $370.6 million in the period from January "
            "through October 2025.",
            (("AZE", "KAZ"), "bilateral_trade", 370.6, "USD", "2025"),
        ),
        (
            "Uzbekistan imported $2.5 billion worth of goods from Russia in 2024.",
            (("RUS", "UZB"), "bilateral_trade", 2500.0, "USD", "2024"),
        ),
        (
            "Kazakhstan exported goods worth $3.3 billion to Uzbekistan in January–September 2025.",
            (("KAZ", "UZB"), "bilateral_trade", 3300.0, "USD", "2025"),
        ),
        (
            "Trade between Pakistan and Uzbekistan, currently around $400 million, should "
            "rise to $2 billion.",
            (("PAK", "UZB"), "bilateral_trade", 400.0, "USD", "2025"),
        ),
        (
            "In 2024, trade between Kyrgyzstan and Uzbekistan increased by 21.4% and reached "
            "$1.3 billion.",
            (("KGZ", "UZB"), "bilateral_trade", 1300.0, "USD", "2024"),
        ),
        (
            "Gas exports from Turkmenistan to China totalled 31.6 bcm in 2024.",
            (("CHN", "TKM"), "energy_supply", 31600.0, "cubic_meters", "2024"),
        ),
        (
            "Mongolia shipped 83.7 million tonnes of coal to China last year.",
            (("CHN", "MNG"), "energy_supply", 83.7, "tonnes", "2024"),
        ),
        (
            "Kazakhstan and Russia held talks in Omsk. Mutual trade reached 1.5 trillion "
            "tenge in 2024.",
            (("KAZ", "RUS"), "bilateral_trade", 1500000.0, "KZT", "2024"),
        ),
    ],
)
def test_figure_read_in_outlet_phrasing(
    text: str, expected: tuple[tuple[str, ...], str, float, str, str]
) -> None:
    assert expected in _figures(text)


def test_the_baseline_takes_the_period_right_after_it() -> None:
    text = (
        "Bilateral trade between Georgia and Armenia fell 8% to $900 million in 2023 from "
        "$980 million in 2022."
    )
    found = {(value, year) for _, _, value, _, year in _figures(text)}
    assert (900.0, "2023") in found
    assert (980.0, "2023") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2024, bilateral trade between Russia and China reached a record 1.74 trillion "
            "yuan ($245 billion), Chinese customs said.",
            {(("CHN", "RUS"), "bilateral_trade", 245000.0, "USD", "2024")},
        ),
        (
            "Kazakh-Chinese trade turnover reached 2.9 trillion tenge, or about $6 billion, in "
            "the first quarter of 2025.",
            {(("CHN", "KAZ"), "bilateral_trade", 6000.0, "USD", "2025")},
        ),
        (
            "Trade between Kazakhstan and the EU reached €40 billion in 2024.",
            {(("EU", "KAZ"), "bilateral_trade", 40000.0, "EUR", "2024")},
        ),
    ],
)
def test_an_amount_restated_in_dollars_is_read_in_dollars(
    text: str, expected: set[tuple[tuple[str, ...], str, float, str, str]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Georgia and Turkey stood at $2.4 billion in 2024, up from $2.1 billion "
        "a year earlier.",
        "Bilateral trade turnover between Georgia and Turkey totalled $2.4 billion in 2024, "
        "compared with $2.1 billion in 2023.",
        "Trade between Georgia and Turkey rose to $2.4 billion in 2024 from $2.1 billion in the "
        "previous year.",
    ],
)
def test_the_figure_compared_with_is_the_year_before(text: str) -> None:
    found = {(value, year) for _, _, value, _, year in _figures(text)}
    assert (2400.0, "2024") in found
    assert (2100.0, "2024") not in found


def test_the_month_may_is_no_hedge() -> None:
    text = "Trade between Armenia and Georgia in May reached $200 million, up 12%."
    assert _figures(text) == {(("ARM", "GEO"), "bilateral_trade", 200.0, "USD", "2025")}


@pytest.mark.parametrize(
    "text",
    [
        "The two countries aim to raise trade between Armenia and Iran to $3 billion by 2030.",
        "Trade between Armenia and Iran could reach $5 billion this year, the minister said.",
        "Trade between Armenia and Iran is expected to reach $3 billion in 2025.",
        "Trade between Armenia and Georgia may have exceeded $2 billion last year.",
        "Kazakhstan's total foreign trade reached $140 billion in 2024.",
        "Trade between Russia and Mongolia rose by 20% in 2024.",
        "The $2 billion railway between Kazakhstan and China opened in 2024.",
        "Trade between Azerbaijan and Georgia is forecast to top $2 billion in 2026.",
    ],
)
def test_targets_forecasts_and_hedges_are_no_figures(text: str) -> None:
    assert _figures(text) == set()

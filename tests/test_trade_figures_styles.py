"""Trade figures in several outlets' styles, read through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import TradeFigureFact


def _figures(text: str, published: date = date(2025, 3, 4)) -> list[TradeFigureFact]:
    facts = extract_facts(Document(doc_id="t", text=text, published=published))
    return [fact for fact in facts if isinstance(fact, TradeFigureFact)]


@pytest.mark.parametrize(
    ("text", "parties", "value", "year"),
    [
        (
            "Mutual trade between Armenia and Iran totalled $718 million in 2023, customs "
            "data show.",
            ("ARM", "IRN"),
            718e6,
            "2023",
        ),
        (
            "ASTANA (Kazinform) Commodity turnover of Kazakhstan and Turkmenistan rose "
            "11.4% to USD 640 mln last year.",
            ("KAZ", "TKM"),
            640e6,
            "2024",
        ),
        (
            "Georgia's exports to Armenia reached $1.1bn in 2024, the statistics office said.",
            ("ARM", "GEO"),
            1.1e9,
            "2024",
        ),
        (
            "Mongolia's imports from China hit USD 4.2 bln last year.",
            ("CHN", "MNG"),
            4.2e9,
            "2024",
        ),
        (
            "Trade between Uzbekistan and Pakistan grew by 35 percent year-on-year to "
            "$400 million in 2023.",
            ("PAK", "UZB"),
            400e6,
            "2023",
        ),
    ],
)
def test_trade_figures_money_in_wire_agency_and_business_styles(
    text: str, parties: tuple[str, ...], value: float, year: str
) -> None:
    (fact,) = _figures(text)
    assert fact.parties == parties
    assert fact.metric == "bilateral_trade"
    assert fact.value == pytest.approx(value)
    assert fact.year == year


def test_trade_figures_freight_tonnes_and_containers() -> None:
    text = (
        "Cargo volume on the corridor between Georgia and Azerbaijan reached 3.1 mln "
        "tonnes in 2024.\n"
        "The terminal handled 180,000 TEU between Kazakhstan and China in 2023."
    )
    facts = _figures(text)
    assert [(f.metric, f.unit, f.year) for f in facts] == [
        ("freight_volume", "tonnes", "2024"),
        ("freight_volume", "TEU", "2023"),
    ]


def test_trade_figures_growth_rate_alone_is_no_figure() -> None:
    assert _figures("Trade between Armenia and Iran rose 12% in 2024.") == []


def test_trade_figures_target_is_no_figure() -> None:
    assert _figures("Georgia and Armenia aim to lift trade to $2 billion by 2028.") == []


def test_trade_figures_state_named_after_the_amount_is_not_a_party() -> None:
    (fact,) = _figures(
        "Trade between Kyrgyzstan and Turkey reached $1.9 billion in 2024, making Turkey "
        "its third partner after China and Russia."
    )
    assert fact.parties == ("KGZ", "TUR")


def test_trade_figures_group_of_central_asian_states() -> None:
    (fact,) = _figures(
        "Japan's commerce with the five Central Asian states amounted to roughly "
        "$3 billion in 2023."
    )
    assert fact.parties == ("JPN", "KAZ", "KGZ", "TJK", "TKM", "UZB")


def test_trade_figures_two_clauses_two_pairs_of_parties() -> None:
    facts = _figures(
        "In 2024 freight between Georgia and Armenia reached 2.2 million tonnes, and "
        "container traffic between Turkey and Georgia hit 150,000 TEU."
    )
    assert [(f.parties, f.unit) for f in facts] == [
        (("ARM", "GEO"), "tonnes"),
        (("GEO", "TUR"), "TEU"),
    ]


def test_trade_figures_containers_at_one_port_are_no_bilateral_figure() -> None:
    text = (
        "Georgia and China discussed transit on Monday.\nBatumi port handled 120,000 TEU in 2024."
    )
    assert _figures(text) == []


def test_trade_figures_hyphenated_region_and_exports_to_a_state() -> None:
    (fact,) = _figures("Korea-Central Asia trade reached $7 billion in 2024, officials said.")
    assert fact.parties == ("KAZ", "KGZ", "KOR", "TJK", "TKM", "UZB")
    (fact,) = _figures("Armenia's exports to Georgia hit USD 140 mln in the first half of 2024.")
    assert fact.parties == ("ARM", "GEO")
    assert fact.year == "2024"


def test_trade_figures_made_up_and_record_and_coal() -> None:
    (fact,) = _figures(
        "Trade turnover between Uzbekistan and Turkey in 2024 has made up USD 3.4 billion."
    )
    assert (fact.parties, fact.year) == (("TUR", "UZB"), "2024")
    (fact,) = _figures(
        "Kazakhstan's coal exports to Kyrgyzstan rose 9% to a record 2.1 million tonnes last year."
    )
    assert fact.metric == "energy_supply"
    assert fact.value == pytest.approx(2.1e6)


def test_trade_figures_bought_by_a_partner() -> None:
    (fact,) = _figures(
        "Uzbekistan sells gas abroad, mostly to China, which bought some 5 bcm of Uzbek "
        "gas in 2022."
    )
    assert fact.parties == ("CHN", "UZB")
    assert fact.metric == "energy_supply"
    assert fact.year == "2022"


def test_trade_figures_baseline_of_a_target() -> None:
    (fact,) = _figures(
        "Georgia and Kazakhstan agreed to raise trade to $1 billion, the ministers said, "
        "from $300 million last year."
    )
    assert fact.parties == ("GEO", "KAZ")
    assert fact.value == pytest.approx(3e8)
    assert fact.year == "2024"

"""Trade figures read through the whole pipeline (caspian.extract.extract_facts)."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import TradeFigureFact


def _figures(text: str, published: date = date(2025, 3, 4)) -> list[TradeFigureFact]:
    facts = extract_facts(Document(doc_id="t", text=text, published=published))
    return [fact for fact in facts if isinstance(fact, TradeFigureFact)]


def test_trade_figures_reached_in_a_year() -> None:
    (fact,) = _figures("Trade between Tajikistan and China reached $3.9 billion in 2024.")
    assert fact.parties == ("CHN", "TJK")
    assert fact.metric == "bilateral_trade"
    assert fact.value == pytest.approx(3.9e9)
    assert fact.unit == "USD"
    assert fact.year == "2024"
    assert fact.date == "2024"


def test_trade_figures_relative_year_and_qualifier() -> None:
    (fact,) = _figures(
        "Bilateral turnover between Georgia and Armenia stood at almost $1 billion last year."
    )
    assert fact.year == "2024"
    assert fact.value == pytest.approx(1e9)


def test_trade_figures_comparison_year_is_not_the_figure_year() -> None:
    (fact,) = _figures(
        "In 2024 Uzbek-Russian trade amounted to $11.4 billion, up 15 percent compared with 2022."
    )
    assert fact.year == "2024"
    assert fact.parties == ("RUS", "UZB")


def test_trade_figures_parties_from_previous_sentence() -> None:
    text = (
        "Officials of Azerbaijan and Türkiye met in Baku to review the economic agenda.\n"
        "By the end of 2024, the trade turnover had reached $7.5 billion."
    )
    (fact,) = _figures(text)
    assert fact.parties == ("AZE", "TUR")
    assert fact.year == "2024"


def test_trade_figures_targets_are_not_figures() -> None:
    text = "Kazakhstan and Azerbaijan aim to reach $1 billion in trade by 2027, the ministers said."
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Kyrgyzstan and Uzbekistan reached $1.2 billion.",  # no year
        "The budget of the Kyrgyz railway reached $900 million in 2023.",  # not trade
    ],
)
def test_trade_figures_not_reported(text: str) -> None:
    assert _figures(text) == []


def test_trade_figures_qualified_amounts_after_was() -> None:
    (fact,) = _figures("Trade between Kazakhstan and Tajikistan was just over $1 billion in 2023.")
    assert fact.value == pytest.approx(1e9)
    assert fact.year == "2023"


def test_trade_figures_a_cost_is_not_a_flow() -> None:
    text = (
        "Chinese investment in Kazakhstan includes a bridge near Almaty, opened in 2021 at "
        "a cost of about $300 million."
    )
    assert _figures(text) == []


def test_trade_figures_a_following_sentence_continues_the_figure() -> None:
    text = (
        "Freight shipped between Kazakhstan and Georgia reached 2.1 million tonnes in 2024.\n"
        "That was up from about 1.6 million tonnes in 2023."
    )
    facts = _figures(text)
    assert [(f.metric, f.year) for f in facts] == [
        ("freight_volume", "2024"),
        ("freight_volume", "2023"),
    ]
    assert [f.value for f in facts] == pytest.approx([2.1e6, 1.6e6])
    assert all(f.parties == ("GEO", "KAZ") for f in facts)
    assert [f.rule for f in facts] == ["result_verb", "anaphor"]


def test_trade_figures_component_is_registered_with_its_contract() -> None:
    from caspian.extract.pipeline import build_pipeline

    meta = build_pipeline().get_pipe_meta("trade_figures")
    assert meta.assigns == ["doc._.facts"]
    assert "doc._.quantities" in meta.requires


@pytest.mark.parametrize(
    ("text", "parties", "metric", "year"),
    [
        (
            "Kazakhstan-China trade totalled $41 billion in 2023.",
            ("CHN", "KAZ"),
            "bilateral_trade",
            "2023",
        ),
        (
            "Turnover between Russia and Tajikistan stood at $1.4 bn in January-October 2024.",
            ("RUS", "TJK"),
            "bilateral_trade",
            "2024",
        ),
        (
            "In 2023, Azerbaijan supplied 11.8 bcm of gas to Turkey.",
            ("AZE", "TUR"),
            "energy_supply",
            "2023",
        ),
    ],
)
def test_trade_figures_outlet_styles(
    text: str, parties: tuple[str, ...], metric: str, year: str
) -> None:
    (fact,) = _figures(text)
    assert (fact.parties, fact.metric, fact.year) == (parties, metric, year)

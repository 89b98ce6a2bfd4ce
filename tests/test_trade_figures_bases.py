"""Trade figures stated as the base of a change ("up by almost a third from $31.2bn in
2022", "down 12 per cent from ...") and between a state and the five Central Asian
states named as a group ("the five former Soviet republics of Central Asia")."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import CommitmentFact, TradeFigureFact

C5_AND = ("KGZ", "TJK", "TKM", "UZB", "KAZ")


def _figures(text: str, published: date = date(2025, 3, 4)) -> set[tuple[object, ...]]:
    facts = extract_facts(Document(doc_id="t", text=text, published=published))
    return {
        (fact.parties, fact.metric, round(fact.value / 1e9, 2), fact.year)
        for fact in facts
        if isinstance(fact, TradeFigureFact)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Turkey and Azerbaijan hit $7bn in 2024, up 12 per cent from $6.25bn "
        "in 2023.",
        "Turnover between Turkey and Azerbaijan stood at $7 billion in 2024, higher by 12% "
        "from $6.25 billion in 2023.",
        "Azerbaijan-Turkey trade reached $7bn in 2024. The total was up by almost a fifth "
        "from $6.25bn in 2023, customs data show.",
    ],
)
def test_trade_figures_base_of_a_rise_is_a_figure_of_its_year(text: str) -> None:
    assert _figures(text) == {
        (("AZE", "TUR"), "bilateral_trade", 7.0, "2024"),
        (("AZE", "TUR"), "bilateral_trade", 6.25, "2023"),
    }


def test_trade_figures_base_of_a_fall_in_the_next_sentence() -> None:
    assert _figures(
        "Kazakhstan-China trade reached $44bn in 2024. The figure was down by about a tenth "
        "from $48.9bn in 2023."
    ) == {
        (("CHN", "KAZ"), "bilateral_trade", 44.0, "2024"),
        (("CHN", "KAZ"), "bilateral_trade", 48.9, "2023"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a price is not a flow
        "Oil prices between Russia and China were up 10% from $70 in 2023.",
        "Gas export prices from Turkmenistan to China were down by a third from $300 per "
        "thousand cubic metres in 2023.",
        # a hedged change
        "Trade between Turkey and Azerbaijan could be up 12 per cent from $6.25bn in 2023, "
        "analysts said.",
    ],
)
def test_trade_figures_base_of_price_or_hedge_is_none(text: str) -> None:
    assert _figures(text) == set()


def test_trade_figures_base_year_without_amount_adds_nothing() -> None:
    assert _figures(
        "Trade between Turkey and Azerbaijan hit $7bn in 2024, up 12 per cent from 2023."
    ) == {(("AZE", "TUR"), "bilateral_trade", 7.0, "2024")}


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("China's trade with the five former Soviet republics of Central Asia rose to "
         "$94.8bn in 2024.", "CHN"),
        ("Russia's trade with the five countries of Central Asia reached $45bn in 2024.", "RUS"),
        ("Trade between Turkey and the five states of Central Asia totalled $10bn in 2024.",
         "TUR"),
    ],
)  # fmt: skip
def test_trade_figures_five_republics_of_central_asia_are_the_five_states(
    text: str, partner: str
) -> None:
    ((parties, metric, _, year),) = _figures(text)
    assert set(parties) == {partner, *C5_AND}
    assert (metric, year) == ("bilateral_trade", "2024")


def _commitments(text: str) -> list[CommitmentFact]:
    facts = extract_facts(Document(doc_id="t", text=text, published=date(2025, 3, 4)))
    return [fact for fact in facts if isinstance(fact, CommitmentFact)]


def test_commitments_the_five_countries_in_a_central_asia_passage() -> None:
    (fact,) = _commitments(
        "China and the five Central Asian states met in Astana. Beijing pledged $1 billion "
        "in grants for the five countries."
    )
    assert set(fact.parties) == {"CHN", *C5_AND}


def test_commitments_the_five_countries_elsewhere_are_not_central_asia() -> None:
    facts = _commitments(
        "The five countries of the Caspian littoral signed a convention. Iran pledged "
        "$1 billion in grants for the five countries."
    )
    # no Central Asian recipient; with none named, money one side gives is no commitment
    assert facts == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2024, Azerbaijan and Kazakhstan traded goods worth $570 million.",
        "Azerbaijan and Kazakhstan traded goods and services worth $570 million last year.",
        "Kazakhstan and Azerbaijan saw their trade climb to $570 million in 2024.",
        "Azerbaijan and Kazakhstan have seen bilateral trade rise to $570 million in 2024.",
    ],
)
def test_trade_figures_traded_worth_and_saw_trade_climb(text: str) -> None:
    assert _figures(text) == {(("AZE", "KAZ"), "bilateral_trade", 0.57, "2024")}


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan and Kazakhstan hope to see their trade climb to $1 billion by 2027.",
        "Azerbaijan and Kazakhstan could see trade rise to $1 billion in 2024.",
        "Azerbaijan and Kazakhstan traded barbs over a $570 million contract in 2024.",
        "Azerbaijan and Kazakhstan will have traded goods worth $1 billion by 2027.",
    ],
)
def test_trade_figures_seen_or_traded_as_hope_or_contract_is_none(text: str) -> None:
    assert _figures(text) == set()


@pytest.mark.parametrize(
    ("text", "parties", "metric"),
    [
        ("Chinese exports to Kazakhstan reached $25 billion in 2024.", ("CHN", "KAZ"),
         "bilateral_trade"),
        ("Turkmen gas exports to China reached 40 bcm in 2024.", ("CHN", "TKM"),
         "energy_supply"),
        ("Russian gas supplies to Uzbekistan totalled 5.6 bcm in 2024.", ("RUS", "UZB"),
         "energy_supply"),
        ("Uzbek imports from Russia amounted to $6 billion in 2024.", ("RUS", "UZB"),
         "bilateral_trade"),
    ],
)  # fmt: skip
def test_trade_figures_flow_named_by_its_traders_demonym(
    text: str, parties: tuple[str, ...], metric: str
) -> None:
    ((found, found_metric, _, year),) = _figures(text)
    assert (found, found_metric, year) == (parties, metric, "2024")


@pytest.mark.parametrize(
    "text",
    [
        # one state only
        "Chinese exports reached $3.5 trillion in 2024.",
        # a forecast
        "Chinese exports to Kazakhstan could reach $30 billion in 2024, analysts say.",
        # a price
        "Russian gas prices for Uzbekistan stood at $160 in 2024.",
    ],
)
def test_trade_figures_demonym_flow_alone_forecast_or_price_is_none(text: str) -> None:
    assert _figures(text) == set()


def test_trade_figures_continued_to_rise_to_is_a_figure() -> None:
    assert _figures(
        "Trade between Kazakhstan and Uzbekistan continued to rise to $4 billion in 2024, "
        "and officials expect more."
    ) == {(("KAZ", "UZB"), "bilateral_trade", 4.0, "2024")}

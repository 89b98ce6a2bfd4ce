"""Trade figures of a change over "the same period" (the amount reached dated by the
period's end, its base by its start), a base "up only modestly from", and the cost of a
thing built ("with an investment of $3.5 billion") that is no investment stock."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import TradeFigureFact


def _figures(text: str, published: date = date(2023, 12, 6)) -> list[tuple[float, str]]:
    facts = extract_facts(Document(doc_id="t", text=text, published=published))
    return sorted(
        (round(f.value / 1e9, 1), f.year) for f in facts if isinstance(f, TradeFigureFact)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Italian exports to China reached €16.4 billion in 2022, up only modestly from "
        "€13 billion in 2019, while Chinese exports to Italy rose to €57.5 billion from "
        "€31.7 billion over the same period.",
        "Italy's exports to China totalled €16.4 billion in 2022, up slightly from €13 billion "
        "in 2019; Chinese exports to Italy grew to €57.5 billion from €31.7 billion in the "
        "same period.",
        "Italian exports to China hit €16.4 billion in 2022, up from €13 billion in 2019, "
        "while China's exports to Italy climbed to €57.5 billion from €31.7 billion during "
        "the same period.",
    ],
)
def test_trade_figures_change_over_the_same_period(text: str) -> None:
    assert _figures(text) == [(13.0, "2019"), (16.4, "2022"), (31.7, "2019"), (57.5, "2022")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade between Kazakhstan and Turkey rose to $6.4 billion in 2022, down sharply from "
         "$7.1 billion in 2021.", [(6.4, "2022"), (7.1, "2021")]),
        # no earlier period named: the year of the figure stays its own
        ("Trade between Kazakhstan and Turkey rose to $6.4 billion in 2022, and freight grew "
         "over the same period.", [(6.4, "2022")]),
    ],
)  # fmt: skip
def test_trade_figures_base_and_single_period(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The flagship project is the port of Chancay in Peru, built by China's COSCO with an "
        "investment of about $3.5 billion, which Xi and Peru's president inaugurated in "
        "November 2024.",
        "The port in Peru, developed by China at an investment of $3.5 billion, opened in 2024.",
        "The plant in Uzbekistan, constructed by China with a total investment of $1.2 billion, "
        "opened in 2023.",
    ],
)
def test_trade_figures_cost_of_a_thing_built_is_no_investment_stock(text: str) -> None:
    assert _figures(text, date(2025, 5, 16)) == []


@pytest.mark.parametrize(
    "text",
    [
        "China's investment in Kazakhstan reached $25 billion in 2023.",
        "Accumulated investment from China in Kazakhstan stood at about $25 billion in 2023.",
    ],
)
def test_trade_figures_investment_stock_is_kept(text: str) -> None:
    assert _figures(text, date(2025, 5, 16)) == [(25.0, "2023")]

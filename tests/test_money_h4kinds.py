"""Dollars of other countries ("A$", "C$", "NZ$", "S$", "HK$", "R$", "Australian dollars")
keep their own unit and are converted with the rate table, never read as US dollars;
and facts built on them (projects, trade figures, commitments) carry that reading."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.extract.money import USD_PER_UNIT, Quantity, find_quantities
from caspian.facts import CommitmentFact, ProjectFact, TradeFigureFact


def _one(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("Canberra pledged A$100 million for the port upgrade.", "AUD", 100e6),
        ("The miner put the cost at AU$2.5bn.", "AUD", 2.5e9),
        ("Ottawa will add C$40 million to the fund.", "CAD", 40e6),
        ("The line is valued at CA$ 3 billion.", "CAD", 3e9),
        ("Wellington offered NZ$50m in grants.", "NZD", 50e6),
        ("Temasek invested S$1.2 billion last year.", "SGD", 1.2e9),
        ("A SG$300 million loan was agreed.", "SGD", 300e6),
        ("The tycoon paid HK$ 8bn for the stake.", "HKD", 8e9),
        ("Brasilia set aside R$10 billion for the railway.", "BRL", 10e9),
        ("The state will spend 100 million Australian dollars on it.", "AUD", 100e6),
        ("Exports were worth 2 billion Canadian dollars.", "CAD", 2e9),
        ("The fund holds AUD 500 million.", "AUD", 500e6),
        ("Capex of NZD 1.1 billion is planned.", "NZD", 1.1e9),
        ("A bond of 4 billion Hong Kong dollars was sold.", "HKD", 4e9),
    ],
)
def test_money_foreign_dollars_keep_their_unit(text: str, unit: str, value: float) -> None:
    quantity = _one(text)
    assert quantity.unit == unit
    assert quantity.value == pytest.approx(value)
    assert quantity.usd == pytest.approx(value * USD_PER_UNIT[unit].usd)
    assert quantity.usd < value  # all these dollars are worth less than a US dollar


@pytest.mark.parametrize(
    "text",
    [
        "The bank lent US$1.2bn last spring.",
        "Revenue hit $640m in the quarter.",
        "Bids reached USD 3.5 billion.",
        "Exports were worth 2.4 trillion dollars.",
        "The USA$ 5 billion figure was wrong.",  # no country prefix word: the sign is read
        "The plan was $5 billion, its A-grade bonds $2 billion.",
    ],
)
def test_money_plain_and_us_dollars_stay_usd(text: str) -> None:
    found = find_quantities(text)
    assert found
    assert all(q.unit == "USD" for q in found), found


def test_money_foreign_dollar_rates_carry_sources() -> None:
    for code in ("AUD", "CAD", "NZD", "SGD", "HKD", "BRL"):
        rate = USD_PER_UNIT[code]
        assert 0 < rate.usd < 1
        assert rate.source


def _facts(text: str) -> list[object]:
    return list(extract_facts(Document(doc_id="t", text=text, published=date(2025, 6, 10))))


@pytest.mark.parametrize(
    "text",
    [
        "Australia and Indonesia signed a deal last week. Trade between Australia and "
        "Indonesia reached A$26 billion in 2024, officials said.",
        "CANBERRA (wire) - Two-way trade between Australia and Indonesia amounted to "
        "AU$26 bln in 2024.",
        "Bilateral trade between Indonesia and Australia totalled 26 billion Australian "
        "dollars in 2024, according to the trade ministry.",
    ],
)
def test_trade_figures_keep_foreign_dollar_unit(text: str) -> None:
    figures = [f for f in _facts(text) if isinstance(f, TradeFigureFact)]
    assert len(figures) == 1, figures
    figure = figures[0]
    assert figure.parties == ("AUS", "IDN")
    assert figure.metric == "bilateral_trade"
    assert figure.unit == "AUD"
    assert figure.value == pytest.approx(26e9)
    assert figure.year == "2024"


def test_project_cost_in_foreign_dollars_is_converted() -> None:
    text = (
        "Canada and Japan agreed to build the Ridley Island gas export terminal in "
        "British Columbia, Canada, at a cost of C$6 billion."
    )
    projects = [f for f in _facts(text) if isinstance(f, ProjectFact)]
    assert len(projects) == 1, projects
    assert projects[0].host == "CAN"
    assert projects[0].value_min_usd == pytest.approx(6e9 * USD_PER_UNIT["CAD"].usd)


def test_commitment_in_foreign_dollars_keeps_unit() -> None:
    text = (
        "Australia and India agreed to raise bilateral trade to A$100 billion by 2030, "
        "the two prime ministers said."
    )
    commitments = [f for f in _facts(text) if isinstance(f, CommitmentFact)]
    assert len(commitments) == 1, commitments
    assert commitments[0].target_unit == "AUD"
    assert commitments[0].target_value == pytest.approx(100e9)
    assert commitments[0].deadline == "2030"


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("The bank lent US$1.2bn and $5 billion more later.", [(1.2e9, None), (5e9, None)]),
        ("The EU pledged €2 billion and $3 billion in loans.", [(2e9, None), (3e9, None)]),
        (
            "Canberra will provide A$100 million in budget support and A$40 million for police.",
            [(100e6, None), (40e6, None)],
        ),
        ("Costs are between $1 billion and $2 billion.", [(1e9, 2e9)]),
        ("Estimates run from $62 million to $344 million.", [(62e6, 344e6)]),
        ("It costs between 62 and 344 million dollars.", [(62e6, 344e6)]),
    ],
)
def test_money_listed_amounts_are_no_range(
    text: str, amounts: list[tuple[float, float | None]]
) -> None:
    found = find_quantities(text)
    assert [(q.value, q.value_max) for q in found] == [
        (pytest.approx(v), None if m is None else pytest.approx(m)) for v, m in amounts
    ]

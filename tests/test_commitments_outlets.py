"""Commitments in the words of other outlets: a task set ("set the task to bring trade
to ..."), an objective, and a volume to import; with negated, hedged and past cases."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import CommitmentFact


def _commitments(text: str, published: date = date(2025, 4, 9)) -> list[CommitmentFact]:
    facts = extract_facts(Document(doc_id="t", text=text, published=published))
    return [fact for fact in facts if isinstance(fact, CommitmentFact)]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Georgia have set the task to bring mutual trade to $1 billion by 2028.",
        "Armenia and Georgia set themselves the task to raise bilateral trade turnover "
        "to 1 billion US dollars by 2028.",
        "The task for Armenia and Georgia is to increase trade to $1 billion by 2028, "
        "the ministers said.",
        "Armenia and Georgia agreed on the objective of raising trade to $1 billion by 2028.",
    ],
)
def test_commitments_task_or_objective_sets_a_target(text: str) -> None:
    (fact,) = _commitments(text)
    assert fact.parties == ("ARM", "GEO")
    assert fact.metric == "trade_turnover"
    assert fact.target_value == pytest.approx(1e9)
    assert fact.deadline == "2028"


def test_commitments_task_with_collective_parties_and_no_deadline() -> None:
    (fact,) = _commitments(
        "Tokayev said mutual trade of Kazakhstan and Uzbekistan keeps growing. According "
        "to him, the two countries have set the task to bring bilateral trade turnover to "
        "10 billion US dollars in the coming years."
    )
    assert fact.parties == ("KAZ", "UZB")
    assert fact.target_value == pytest.approx(1e10)
    assert fact.deadline is None


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Azerbaijan did not set the task to bring trade to $1 billion.",
        "Kazakhstan and Azerbaijan might set the task to bring trade to $1 billion.",
        # a task reached is a result, not a target
        "Trade between Kazakhstan and Azerbaijan reached $1 billion last year.",
    ],
)
def test_commitments_task_negated_hedged_or_reached_is_none(text: str) -> None:
    assert _commitments(text) == []


@pytest.mark.parametrize(
    ("text", "party", "metric", "value", "unit", "deadline"),
    [
        (
            "Under its hydrogen strategy, the EU aims to import 10 million tonnes of "
            "renewable hydrogen by 2030.",
            "EU", "other", 1e7, "tonnes", "2030",
        ),
        (
            "Uzbekistan intends to import 2 billion cubic metres of Russian gas by 2026.",
            "UZB", "energy_supply", 2e9, "cubic_meters", "2026",
        ),
        (
            "Japan plans to import 3 million tonnes of hydrogen a year by 2030.",
            "JPN", "other", 3e6, "tonnes", "2030",
        ),
    ],
)  # fmt: skip
def test_commitments_volume_to_import(
    text: str, party: str, metric: str, value: float, unit: str, deadline: str
) -> None:
    (fact,) = _commitments(text)
    assert fact.parties == (party,)
    assert fact.metric == metric
    assert fact.target_value == pytest.approx(value)
    assert fact.target_unit == unit
    assert fact.deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan imported 2 billion cubic metres of Russian gas in 2024.",
        "Kazakhstan might import 1 million tonnes of grain next year.",
        "Analysts expect Turkey to import 5 million tonnes of LNG by 2030.",
        "Uzbekistan does not plan to import 2 billion cubic metres of gas by 2026.",
    ],
)
def test_commitments_import_past_hedged_forecast_or_negated_is_none(text: str) -> None:
    assert _commitments(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The leaders of Kazakhstan and Uzbekistan called for trade to grow to $10 billion by 2030.",
        "Kazakhstan and Uzbekistan are striving to bring trade to $10 billion by 2030.",
        "Kazakhstan and Uzbekistan are eyeing $10 billion in trade by 2030.",
        "Kazakhstan and Uzbekistan eye mutual trade of $10 billion by 2030.",
    ],
)
def test_commitments_call_strive_or_eye_set_a_target(text: str) -> None:
    (fact,) = _commitments(text)
    assert fact.parties == ("KAZ", "UZB")
    assert (fact.metric, fact.target_value, fact.deadline) == ("trade_turnover", 1e10, "2030")


@pytest.mark.parametrize(
    "text",
    [
        "Critics of the deal between Kazakhstan and Uzbekistan called for a review of the "
        "$10 billion trade figure reported last year.",
        "Kazakhstan and Uzbekistan did not call for trade to grow to $10 billion.",
        "Trade between Kazakhstan and Uzbekistan, which investors eyed warily, reached "
        "$10 billion in 2024.",
        "Analysts are eyeing $10 billion in Kazakh-Uzbek trade by 2030.",
    ],
)
def test_commitments_call_or_eye_without_a_target_is_none(text: str) -> None:
    assert _commitments(text) == []


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Azerbaijan and Kazakhstan hope to see their trade climb to $1 billion by 2027.", "2027"),
        ("Kazakhstan and Azerbaijan want bilateral trade to rise to $1 billion within two "
         "years.", "2027"),
    ],
)  # fmt: skip
def test_commitments_trade_to_rise_or_climb_to_an_amount(text: str, deadline: str) -> None:
    (fact,) = _commitments(text)
    assert fact.parties == ("AZE", "KAZ")
    assert (fact.metric, fact.target_value, fact.deadline) == ("trade_turnover", 1e9, deadline)


@pytest.mark.parametrize(
    "text",
    [
        # prices and tariffs are no targets of supply or trade
        "Georgia and Armenia expect gas prices to rise to $300 per thousand cubic metres "
        "next year.",
        "Georgia and Armenia expect electricity tariffs to increase to $0.1 per kWh by 2027.",
        "Georgia and Armenia agreed that gas prices will rise to $300 by 2027.",
        # a result, a forecast, a negation
        "Trade between Georgia and Armenia rose to $1 billion in 2024.",
        "Trade between Georgia and Armenia could rise to $1 billion, analysts estimate.",
        "Georgia and Armenia did not expect trade to climb to $1 billion.",
    ],
)
def test_commitments_rise_of_prices_results_or_forecasts_is_none(text: str) -> None:
    assert _commitments(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Kazakhstan and Uzbekistan continued to rise to $4 billion in 2024, "
        "and officials expect more.",
        "Trade between Kazakhstan and Uzbekistan has continued to grow to $4 billion, "
        "officials said, and they plan further steps.",
    ],
)
def test_commitments_growth_that_continued_is_a_result(text: str) -> None:
    assert _commitments(text) == []


def test_commitments_expected_to_continue_to_grow_to_is_a_target() -> None:
    (fact,) = _commitments(
        "Trade between Kazakhstan and Uzbekistan is expected to continue to grow to "
        "$5 billion by 2027."
    )
    assert (fact.target_value, fact.deadline) == (5e9, "2027")

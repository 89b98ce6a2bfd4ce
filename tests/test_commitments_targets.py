"""Commitments read through the whole pipeline (caspian.extract.extract_facts)."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import CommitmentFact


def _commitments(text: str, published: date = date(2025, 4, 9)) -> list[CommitmentFact]:
    facts = extract_facts(Document(doc_id="t", text=text, published=published))
    return [fact for fact in facts if isinstance(fact, CommitmentFact)]


def test_commitments_amount_target_with_relative_deadline() -> None:
    (fact,) = _commitments(
        "Uzbekistan and Turkmenistan agreed to raise mutual trade to $3 billion "
        "within the next four years."
    )
    assert fact.parties == ("TKM", "UZB")
    assert fact.metric == "trade_turnover"
    assert fact.target_value == pytest.approx(3e9)
    assert fact.target_unit == "USD"
    assert fact.deadline == "2029"
    assert fact.evidence.startswith("Uzbekistan and Turkmenistan agreed")
    assert fact.extractor == "caspian.commitments.v1"


def test_commitments_factor_and_deadline_with_measured_phrase_not_a_party() -> None:
    (fact,) = _commitments(
        "Kazakhstan and Georgia pledged to quadruple container traffic from China to "
        "Europe via the Caspian by 2029."
    )
    assert fact.parties == ("GEO", "KAZ")
    assert fact.metric == "freight_volume"
    assert fact.factor == 4
    assert fact.deadline == "2029"
    assert fact.target_value is None


def test_commitments_two_targets_in_one_sentence() -> None:
    facts = _commitments(
        "Azerbaijan and Uzbekistan set a goal of doubling trade to $2 billion by 2027, "
        "as well as tripling cargo transit through Baku port by 2030."
    )
    assert [(f.metric, f.factor, f.deadline) for f in facts] == [
        ("trade_turnover", 2, "2027"),
        ("freight_volume", 3, "2030"),
    ]
    assert all(f.parties == ("AZE", "UZB") for f in facts)


def test_commitments_collective_reference_takes_parties_from_context() -> None:
    text = (
        "Mongolian President Ukhnaagiin Khurelsukh hosted the Kyrgyz delegation in "
        "Ulaanbaatar on Tuesday.\n"
        "The two countries set a target of $500 million in annual trade by 2030."
    )
    (fact,) = _commitments(text)
    assert fact.parties == ("KGZ", "MNG")
    assert fact.deadline == "2030"
    assert fact.target_value == pytest.approx(500e6)
    assert fact.date == "2025-04-08"


def test_commitments_energy_supply_in_physical_units() -> None:
    (fact,) = _commitments(
        "Turkmenistan will increase gas deliveries to China to 65 bcm a year by 2028, "
        "officials in Ashgabat said."
    )
    assert fact.metric == "energy_supply"
    assert fact.target_unit == "cubic_meters"
    assert fact.target_value == pytest.approx(65e9)
    assert fact.deadline == "2028"
    assert "TKM" in fact.parties


def test_commitments_no_deadline_when_the_text_gives_none() -> None:
    (fact,) = _commitments(
        "The presidents of Tajikistan and Kazakhstan voiced confidence that trade can be "
        "brought to $1.5 billion soon."
    )
    assert fact.deadline is None
    assert fact.parties == ("KAZ", "TJK")


@pytest.mark.parametrize(
    "text",
    [
        # achieved figures, not targets
        "Trade between Armenia and Georgia rose to $1.1 billion in 2024.",
        "Chinese investment in Kyrgyzstan has tripled since 2019.",
        "Kazakh grain exports to Uzbekistan increased fivefold last year.",
        # a target with nobody to hold to it
        "A new ferry could more than double capacity on the route.",
    ],
)
def test_commitments_not_targets(text: str) -> None:
    assert _commitments(text) == []


def test_commitments_forecast_by_an_observer_is_not_a_target() -> None:
    text = (
        "Analysts at the Asian Development Bank estimated that cargo between Kazakhstan "
        "and Azerbaijan could double by 2030."
    )
    assert _commitments(text) == []


def test_commitments_money_offered_is_an_investment_commitment() -> None:
    (fact,) = _commitments(
        "At the summit in Dushanbe, Japan said it would provide Tajikistan with "
        "30 billion yen, about $200 million, in loans for roads."
    )
    assert fact.metric == "investment"
    assert fact.target_value == pytest.approx(30e9)
    assert fact.target_unit == "JPY"
    assert set(fact.parties) == {"JPN", "TJK"}


def test_commitments_window_counted_from_publication() -> None:
    (fact,) = _commitments(
        "Kyrgyzstan pledged to attract $8 billion of investment over the next decade.",
        published=date(2025, 2, 3),
    )
    assert fact.metric == "investment"
    assert fact.deadline == "2035"


def test_commitments_date_of_an_earlier_plan() -> None:
    text = (
        "Armenia and Georgia met again in Tbilisi.\n"
        "The talks follow a road map, adopted in 2023, under which both governments set out "
        "to triple freight on the border crossing by 2028."
    )
    (fact,) = _commitments(text)
    assert (fact.date, fact.deadline, fact.factor) == ("2023", "2028", 3)
    assert fact.parties == ("ARM", "GEO")


@pytest.mark.parametrize(
    ("text", "parties", "metric", "deadline"),
    [
        (
            "Uzbekistan and Kazakhstan expect bilateral trade to hit $10bn by 2027, aides said.",
            ("KAZ", "UZB"),
            "trade_turnover",
            "2027",
        ),
        (
            "Ankara and Baku have set a target of raising trade volume to $15 billion.",
            ("AZE", "TUR"),
            "trade_turnover",
            None,
        ),
        (
            "Trade between Turkmenistan and Iran grew to $1.6 billion last year, and both "
            "sides want to reach $3 billion by 2026.",
            ("IRN", "TKM"),
            "trade_turnover",
            "2026",
        ),
        (
            "The governments of Kyrgyzstan and Uzbekistan pledged to boost cargo transit "
            "fivefold by 2032.",
            ("KGZ", "UZB"),
            "freight_volume",
            "2032",
        ),
    ],
)
def test_commitments_outlet_styles(
    text: str, parties: tuple[str, ...], metric: str, deadline: str | None
) -> None:
    (fact,) = _commitments(text)
    assert (fact.parties, fact.metric, fact.deadline) == (parties, metric, deadline)


def test_commitments_yen_sign_is_yen_unless_china_is_meant() -> None:
    (fact,) = _commitments("Japan will invest ¥300 billion in Kazakh infrastructure by 2030.")
    assert fact.target_unit == "JPY"
    (fact,) = _commitments("China will invest ¥30 billion in Kyrgyz roads by 2030.")
    assert fact.target_unit == "CNY"

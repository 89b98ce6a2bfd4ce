"""Commitments as outlets phrase them: shares with later steps, growth by a deadline,
volumes and capacities to reach, pronoun subjects, and hedged or negated targets."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import CommitmentFact


def _commitments(text: str, published: date = date(2025, 6, 10)) -> list[CommitmentFact]:
    facts = extract_facts(Document(doc_id="t", text=text, published=published))
    return [fact for fact in facts if isinstance(fact, CommitmentFact)]


def _steps(facts: list[CommitmentFact]) -> list[tuple[str, float | None, str | None]]:
    return [(f.metric, f.target_value, f.deadline) for f in facts]


@pytest.mark.parametrize(
    ("text", "state", "steps"),
    [
        (
            "Kazakhstan relies on coal. The country aims to generate 15% of its electricity "
            "from renewables by 2030, and half of it by 2050.",
            "KAZ",
            [("other", 15.0, "2030"), ("other", 50.0, "2050")],
        ),
        (
            "Kyrgyzstan relies on hydropower. It aims to get 10 percent of its power from "
            "solar plants by 2030 and a third by 2040.",
            "KGZ",
            [("other", 10.0, "2030"), ("other", pytest.approx(100 / 3), "2040")],
        ),
        (
            "Uzbekistan aims to generate 25% of its power from solar and wind by 2030, and half "
            "of its power from clean sources by 2050.",
            "UZB",
            [("other", 25.0, "2030"), ("other", 50.0, "2050")],
        ),
        (
            "Georgia seeks to produce a fifth of its electricity from solar and wind by 2035.",
            "GEO",
            [("other", 20.0, "2035")],
        ),
        (
            "By 2030, Uzbekistan plans to bring the share of renewable energy sources to "
            "40 percent, and by 2040 to 60 percent.",
            "UZB",
            [("other", 40.0, "2030"), ("other", 60.0, "2040")],
        ),
        (
            "Azerbaijan, which hopes to get 30% of its electricity from renewables by 2030 and "
            "50% by 2050, has signed deals with Masdar.",
            "AZE",
            [("other", 30.0, "2030"), ("other", 50.0, "2050")],
        ),
        (
            "The Kyrgyz government has set a target of 25 percent renewable electricity by 2030.",
            "KGZ",
            [("other", 25.0, "2030")],
        ),
        (
            "Mongolia wants to increase the share of renewables in its power generation to "
            "30% by 2030.",
            "MNG",
            [("other", 30.0, "2030")],
        ),
    ],
)
def test_commitments_share_targets_with_later_steps(
    text: str, state: str, steps: list[tuple[str, float, str]]
) -> None:
    facts = _commitments(text)
    assert _steps(facts) == steps
    assert all(f.parties == (state,) for f in facts)
    assert all(f.target_unit == "percent" for f in facts)


@pytest.mark.parametrize(
    ("text", "metric", "value", "deadline"),
    [
        (
            "Armenia hopes to increase exports to the EU by 50 percent within five years.",
            "trade_turnover",
            50.0,
            "2030",
        ),
        (
            "Kazakhstan has pledged to cut greenhouse gas emissions by 15% by 2030.",
            "other",
            15.0,
            "2030",
        ),
        (
            "Uzbekistan aims to raise freight transit through its territory by 30 per cent "
            "by 2028.",
            "freight_volume",
            30.0,
            "2028",
        ),
    ],
)
def test_commitments_growth_due_by_a_deadline(
    text: str, metric: str, value: float, deadline: str
) -> None:
    (fact,) = _commitments(text)
    assert (fact.metric, fact.target_value, fact.target_unit) == (metric, value, "percent")
    assert fact.deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        # growth already achieved, or with no deadline to hold to
        "Trade between Armenia and Georgia grew by 15% in 2024.",
        "Kazakhstan's exports will increase by 10% next year, the ministry forecast.",
        "Kyrgyzstan wants to increase exports by 20 percent.",
    ],
)
def test_commitments_growth_without_a_deadline_is_no_target(text: str) -> None:
    assert _commitments(text) == []


@pytest.mark.parametrize(
    ("text", "metric", "unit", "deadline"),
    [
        (
            "Kazakhstan aims to install 6 GW of wind and solar capacity by 2030.",
            "capacity",
            "MW",
            "2030",
        ),
        (
            "Georgia's Poti port aims to handle 500,000 TEU annually by 2028.",
            "freight_volume",
            "TEU",
            "2028",
        ),
        (
            "Azerbaijan will supply 12 bcm of gas to Europe by 2027 under the agreement.",
            "energy_supply",
            "cubic_meters",
            "2027",
        ),
        (
            "Turkmenistan plans to ship 5 million tonnes of cargo through Turkmenbashi port "
            "by 2026.",
            "freight_volume",
            "tonnes",
            "2026",
        ),
    ],
)
def test_commitments_volumes_and_capacities_to_reach(
    text: str, metric: str, unit: str, deadline: str
) -> None:
    (fact,) = _commitments(text)
    assert (fact.metric, fact.target_unit, fact.deadline) == (metric, unit, deadline)


def test_commitments_future_volume_without_deadline_is_no_target() -> None:
    assert _commitments("Azerbaijan will supply 12 bcm of gas to Europe.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan might consider raising trade to $10 billion by 2030.",
        "No target was set for raising trade between Armenia and Iran to $1 billion.",
        "Officials said Georgia could potentially double transit volumes by 2030.",
        "Kazakhstan did not commit to bringing trade with the EU to $50 billion.",
        "Analysts doubt Uzbekistan can reach its goal of $30 billion in exports by 2030.",
        "Kyrgyzstan has not set a goal of doubling exports.",
        "There is no plan to raise trade to $5 billion, the minister of Tajikistan said.",
        "Turkmenistan rejected a proposal to increase gas exports to China to 65 bcm.",
        "Mongolia is mulling a plan to triple coal exports to China by 2030.",
    ],
)
def test_commitments_hedged_or_negated_targets_are_not_asserted(text: str) -> None:
    assert _commitments(text) == []


def test_commitments_not_only_is_no_negation() -> None:
    facts = _commitments(
        "Kazakhstan committed not only to doubling trade with China by 2030 but also to "
        "tripling transit."
    )
    assert [(f.metric, f.factor) for f in facts] == [("trade_turnover", 2), ("freight_volume", 3)]


def test_commitments_descriptor_subject_is_the_story_state() -> None:
    (fact,) = _commitments(
        "The Central Asian nation aims to generate 15% of its electricity from renewables "
        "by 2030. Kazakhstan is the region's biggest economy."
    )
    assert fact.parties == ("KAZ",)


def test_commitments_company_counterpart_is_no_party() -> None:
    facts = _commitments(
        "Uzbekistan, which hopes to get 25% of its power from renewables by 2030, has "
        "signed deals with Masdar."
    )
    assert [f.parties for f in facts] == [("UZB",)]


@pytest.mark.parametrize(
    ("text", "parties", "metric", "deadline"),
    [
        (
            "The parties noted the importance of bringing mutual trade between Kazakhstan and "
            "Kyrgyzstan to the level of $3 billion by 2026.",
            ("KAZ", "KGZ"),
            "trade_turnover",
            "2026",
        ),
        (
            "Russia and Kazakhstan are working to increase the volume of transit cargo to "
            "50 million tonnes by 2030.",
            ("KAZ", "RUS"),
            "freight_volume",
            "2030",
        ),
        (
            "Kazakhstan targets annual grain exports of 10 million tonnes by 2027.",
            ("KAZ",),
            "trade_turnover",
            "2027",
        ),
        (
            "China and Turkmenistan agreed to expand gas supplies via the Central Asia-China "
            "pipeline to 65 bcm a year by 2030.",
            ("CHN", "TKM"),
            "energy_supply",
            "2030",
        ),
        (
            "Japan pledged $2.7 billion for Central Asia over the next five years.",
            ("JPN", "KAZ", "KGZ", "TJK", "TKM", "UZB"),
            "investment",
            "2030",
        ),
    ],
)
def test_commitments_more_outlet_phrasings(
    text: str, parties: tuple[str, ...], metric: str, deadline: str
) -> None:
    (fact,) = _commitments(text)
    assert (fact.parties, fact.metric, fact.deadline) == (parties, metric, deadline)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan aims for 15% of its electricity to come from renewables by 2030, and half "
        "by 2050.",
        "Kazakhstan's target is for renewable sources to provide 15% of electricity by 2030 "
        "and 50% by 2050.",
        "Kazakhstan has vast wind resources. The government targets a 15% share of renewables "
        "in the energy mix by 2030, rising to half by 2050.",
        "Officials in Astana aim to generate 15% of the country's electricity from renewables "
        "by 2030, and half of it by 2050.",
    ],
)
def test_commitments_share_phrasings_with_two_steps(text: str) -> None:
    facts = _commitments(text)
    assert _steps(facts) == [("other", 15.0, "2030"), ("other", 50.0, "2050")]
    assert all(f.parties == ("KAZ",) for f in facts)

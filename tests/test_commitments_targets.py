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
        "30 billion yen, about $200 million, in grants for roads."
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
    # (a recipient named as a party: money one side alone gives is no commitment)
    (fact,) = _commitments("Japan will invest ¥300 billion in Kazakhstan by 2030.")
    assert fact.target_unit == "JPY"
    (fact,) = _commitments("China will invest ¥30 billion in Kyrgyzstan's roads by 2030.")
    assert fact.target_unit == "CNY"


# --- generalisation: share targets, the region, relative targets that measure nothing


def test_commitments_share_target_with_two_deadlines_is_two_facts() -> None:
    facts = _commitments(
        "Under its new energy strategy, Kyrgyzstan aims to produce 25% of its electricity "
        "from solar and wind by 2032, and two-thirds by 2060."
    )
    assert [(f.deadline, round(f.target_value or 0)) for f in facts] == [
        ("2032", 25),
        ("2060", 67),
    ]
    assert all(f.parties == ("KGZ",) for f in facts)
    assert all(f.metric == "other" and f.target_unit == "percent" for f in facts)


def test_commitments_share_raised_to_a_percentage() -> None:
    (fact,) = _commitments(
        "Tajik officials said Dushanbe intends to lift the share of renewables in power "
        "generation to 30 per cent by 2035."
    )
    assert fact.parties == ("TJK",)
    assert fact.deadline == "2035"
    assert fact.target_value == pytest.approx(30)


def test_commitments_growth_rate_is_not_a_share_target() -> None:
    assert _commitments("Bishkek wants wheat prices to fall by 12% this winter.") == []


def test_commitments_region_in_a_central_asian_passage_means_the_five_states() -> None:
    text = (
        "Ministers from Central Asia met their Japanese counterparts in Tokyo on Tuesday.\n"
        "Japan and the region agreed to triple mutual investment by 2030."
    )
    (fact,) = _commitments(text)
    assert fact.parties == ("JPN", "KAZ", "KGZ", "TJK", "TKM", "UZB")
    assert fact.metric == "investment"
    assert fact.factor == 3


def test_commitments_region_elsewhere_is_not_central_asia() -> None:
    text = (
        "Gulf ministers met in Riyadh.\n"
        "Japan and the region agreed to triple mutual investment by 2030."
    )
    facts = _commitments(text)
    assert all("KAZ" not in f.parties for f in facts)


def test_commitments_bare_span_of_years_is_no_deadline() -> None:
    (fact,) = _commitments(
        "The five Central Asian states and Korea agreed to double trade over 15 years."
    )
    assert fact.deadline is None
    assert set(fact.parties) == {"KAZ", "KGZ", "KOR", "TJK", "TKM", "UZB"}


def test_commitments_doubling_something_unmeasured_is_no_target() -> None:
    assert (
        _commitments(
            "Sweden's entry will nearly double the bloc's frontier with Russia, NATO said."
        )
        == []
    )


def test_commitments_company_target_is_not_a_state_commitment() -> None:
    assert _commitments("Gazprom expects to double its net profits by 2027.") == []
    assert _commitments("KazMunayGas plans to triple gas output at Karachaganak by 2031.") == []


def test_commitments_company_acting_in_an_agreement_is_its_state() -> None:
    (fact,) = _commitments(
        "Under the deal signed with Beijing, KazMunayGas will double crude deliveries to "
        "China by 2030."
    )
    assert fact.parties == ("CHN", "KAZ")
    assert fact.metric == "energy_supply"
    assert fact.deadline == "2030"


def test_commitments_money_announced_for_the_region() -> None:
    text = (
        "Korea hosted its first summit with Central Asia in Seoul.\n"
        "President Yoon unveiled a development financing package of $500 million for "
        "the region."
    )
    (fact,) = _commitments(text)
    assert fact.parties == ("KAZ", "KGZ", "KOR", "TJK", "TKM", "UZB")
    assert fact.metric == "investment"
    assert fact.target_value == pytest.approx(5e8)


def test_commitments_deals_announced_by_companies_are_no_commitment() -> None:
    assert (
        _commitments(
            "Firms from Georgia and Turkey announced $2 billion of new trade and investment "
            "deals during the visit."
        )
        == []
    )


def test_commitments_leaders_instructing_governments_and_up_to_targets() -> None:
    (fact,) = _commitments(
        "Armenia and Georgia instructed their governments to bring mutual trade to "
        "3 billion dollars."
    )
    assert fact.parties == ("ARM", "GEO")
    assert fact.target_value == pytest.approx(3e9)
    (fact,) = _commitments(
        "Mongolia and Kazakhstan agreed to increase trade turnover up to USD 1 bln by 2030."
    )
    assert fact.parties == ("KAZ", "MNG")
    assert fact.deadline == "2030"


def test_commitments_national_company_with_its_state_named_is_still_a_company() -> None:
    assert _commitments("Kazakhstan's KazMunayGas expects to double gas output by 2029.") == []


def test_commitments_share_in_words_for_the_region() -> None:
    text = (
        "Water and energy ministers of Central Asia gathered in Khujand.\n"
        "The region's governments want hydropower to supply half of electricity by 2035."
    )
    (fact,) = _commitments(text)
    assert fact.parties == ("KAZ", "KGZ", "TJK", "TKM", "UZB")
    assert fact.target_value == pytest.approx(50)
    assert fact.deadline == "2035"


def test_commitments_cost_brought_to_an_amount_is_no_target() -> None:
    assert (
        _commitments(
            "Kyrgyzstan will keep funding the dam, bringing the overall price of the works to "
            "about $3 billion by 2029."
        )
        == []
    )


def test_commitments_money_offered_and_factor_in_one_sentence_are_two_facts() -> None:
    facts = _commitments(
        "Japan and the five Central Asian states agreed to mobilise $2 billion for "
        "logistics over the next four years and to double trade by 2029."
    )
    assert sorted((f.metric, f.deadline) for f in facts) == [
        ("investment", "2029"),
        ("trade_turnover", "2029"),
    ]


def test_commitments_this_indicator_refers_to_the_measure_before() -> None:
    text = (
        "The volume of mutual trade between Kazakhstan and Turkey in 2024 has made up "
        "USD 7 billion.\n"
        "It was agreed to bring this indicator to USD 15 billion."
    )
    (fact,) = _commitments(text)
    assert fact.parties == ("KAZ", "TUR")
    assert fact.metric == "trade_turnover"


def test_commitments_the_government_of_a_one_state_story() -> None:
    text = (
        "Kyrgyzstan's gold output fell last year.\n"
        "The government has set a target of producing 30 tonnes of gold annually by 2027."
    )
    (fact,) = _commitments(text)
    assert fact.parties == ("KGZ",)
    assert fact.deadline == "2027"


def test_commitments_it_refers_to_the_measure_before() -> None:
    text = (
        "Trade between Georgia and Armenia totalled $900 million in the first half of 2025.\n"
        "The sides agreed to bring it to $2 billion."
    )
    (fact,) = _commitments(text)
    assert fact.parties == ("ARM", "GEO")
    assert fact.metric == "trade_turnover"


def test_commitments_stated_aim_is_to_produce() -> None:
    (fact,) = _commitments("Baku's stated aim is to produce 50 bcm of gas a year by 2033.")
    assert fact.parties == ("AZE",)
    assert fact.metric == "energy_supply"
    assert fact.deadline == "2033"


def test_commitments_listed_destinations_are_places_and_aid_recipients_parties() -> None:
    (fact,) = _commitments(
        "Kyrgyzstan wants to double electricity exports to Kazakhstan, China and "
        "Tajikistan by 2030."
    )
    assert fact.parties == ("KGZ",)
    (fact,) = _commitments("Japan will double its grant support to Tajikistan by 2028.")
    assert fact.parties == ("JPN", "TJK")
    assert fact.metric == "investment"


def test_commitments_volume_to_produce_takes_the_product_as_metric() -> None:
    (fact,) = _commitments(
        "Uzbekistan plans to produce 1.5 million tonnes of copper cathode a year by 2031."
    )
    assert fact.parties == ("UZB",)
    assert fact.metric == "other"
    assert fact.target_unit == "tonnes"
    assert fact.deadline == "2031"
    (fact,) = _commitments("Turkmenistan intends to export 40 bcm of gas to China by 2028.")
    assert fact.metric == "energy_supply"

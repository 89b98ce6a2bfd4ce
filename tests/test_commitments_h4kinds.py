"""Commitments: a volume that words read as trade is measured by its unit and product
("will export 10,000 megawatts of electricity": energy supplied, not trade turnover), and a
reference that counts its parties ("the two companies", "the two countries") gives exactly
that many."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import CommitmentFact
from fact_rows import CommitmentRow
from fact_rows import commitment_rows as _commitments

Row = CommitmentRow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # South Asian daily
            "Nepal and India agreed that Nepal will export 10,000 megawatts of electricity "
            "to India within the next ten years.",
            {(("IND", "NPL"), "energy_supply", "2035")},
        ),
        (  # wire
            "Turkmenistan and China agreed to increase exports of gas to 65 bcm a year by "
            "2030, officials said.",
            {(("CHN", "TKM"), "energy_supply", "2030")},
        ),
        (  # business daily, oil in tonnes
            "Kazakhstan and China agreed that Kazakhstan will export 20 million tonnes of oil "
            "to China a year by 2030.",
            {(("CHN", "KAZ"), "energy_supply", "2030")},
        ),
        (  # agency, electricity in kWh
            "Under the deal, Tajikistan and Uzbekistan agreed to raise exports of "
            "electricity to 2.5 billion kWh a year by 2027.",
            {(("TJK", "UZB"), "energy_supply", "2027")},
        ),
    ],
)
def test_commitments_energy_volume_is_energy_supply(text: str, expected: set[Row]) -> None:
    assert _commitments(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # money stays trade turnover
            "Kazakhstan and China agreed to raise exports to $15 billion by 2030.",
            {(("CHN", "KAZ"), "trade_turnover", "2030")},
        ),
        (  # a product that is no energy keeps its metric
            "Kazakhstan plans to export 2 million tonnes of wheat to China by 2027.",
            {(("KAZ",), "other", "2027")},
        ),
    ],
)
def test_commitments_money_and_other_products_keep_metric(text: str, expected: set[Row]) -> None:
    assert _commitments(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire, two state companies, a third state named by its president
            "ASHGABAT, March 3 (wire) - Turkmengaz and China National Petroleum Corporation "
            "have signed a deal on the fourth line of the Central Asia-China pipeline, which "
            "would cross Uzbekistan, Tajikistan and Kyrgyzstan. The deal was signed after "
            "Presidents Serdar Berdimuhamedov, Xi Jinping and Shavkat Mirziyoyev met in "
            "Ashgabat. The two companies also agreed to raise supplies through the existing "
            "lines from 40 billion to 55 billion cubic metres a year by 2030, the ministry "
            "said.",
            {(("CHN", "TKM"), "energy_supply", "2030")},
        ),
        (  # business daily, "both companies"
            "SOCAR and BOTAS signed a new supply contract in Baku on Monday. The signing was "
            "attended by the presidents of Azerbaijan, Turkey and Georgia. Both companies "
            "plan to double gas deliveries through the pipeline by 2028.",
            {(("AZE", "TUR"), "energy_supply", "2028")},
        ),
        (  # "the two countries": the sentence naming exactly two
            "Kazakhstan and Uzbekistan signed a strategic partnership treaty on Monday. "
            "Presidents Tokayev, Mirziyoyev and Japarov later opened a border market. "
            "The two countries aim to raise bilateral trade to $10 billion by 2030.",
            {(("KAZ", "UZB"), "trade_turnover", "2030")},
        ),
    ],
)
def test_commitments_counted_reference_gives_that_many(text: str, expected: set[Row]) -> None:
    assert _commitments(text) == expected


def test_commitments_uncounted_reference_keeps_the_nearest_sentence() -> None:
    text = (
        "Presidents Tokayev, Mirziyoyev and Japarov met in Astana on Monday. "
        "The sides aim to raise trade to $20 billion by 2030."
    )
    assert _commitments(text) == {(("KAZ", "KGZ", "UZB"), "trade_turnover", "2030")}


def test_commitments_counted_reference_without_exact_sentence_keeps_nearest() -> None:
    text = (
        "Presidents Tokayev, Mirziyoyev and Japarov met in Astana on Monday. "
        "The two countries aim to raise trade to $20 billion by 2030."
    )
    # no sentence names exactly two: the nearest naming two or more, as before
    assert _commitments(text) == {(("KAZ", "KGZ", "UZB"), "trade_turnover", "2030")}


def test_commitments_private_companies_give_no_state_parties() -> None:
    text = (
        "Serbia and Hungary signed a railway accord in Belgrade on Monday. Siemens and "
        "Alstom will supply the trains. The two companies plan to double output at their "
        "plants by 2028."
    )
    assert _commitments(text) == set()


Counted = tuple[tuple[str, ...], str, float | None, str | None, str | None]


def _counted(text: str, published: date = date(2025, 1, 7)) -> set[Counted]:
    facts = extract_facts(Document(doc_id="t", text=text, published=published))
    return {
        (f.parties, str(f.metric.value), f.target_value, f.target_unit, f.deadline)
        for f in facts
        if isinstance(f, CommitmentFact)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # interview: two counts, the first window counted from publication
            "Malaysia and Singapore signed the agreement on Tuesday. The two sides aim to "
            "implement 50 projects in the first five years and 100 projects within ten years.",
            {
                (("MYS", "SGP"), "other", 50.0, "projects", "2030"),
                (("MYS", "SGP"), "other", 100.0, "projects", "2035"),
            },
        ),
        (  # wire
            "Kazakhstan and China plan to launch 30 joint industrial projects by 2030, the "
            "ministry said.",
            {(("CHN", "KAZ"), "other", 30.0, "projects", "2030")},
        ),
        (  # business daily
            "Uzbekistan and Turkey agreed to build 12 new factories in the special zone "
            "within three years.",
            {(("TUR", "UZB"), "other", 12.0, "factories", "2028")},
        ),
        (  # agency, non-native English: a further count "rising to"
            "JAKARTA (agency) - Indonesia and the UAE agreed to realize 20 investment projects "
            "in the first three years, rising to 45 projects by 2032.",
            {
                (("ARE", "IDN"), "investment", 20.0, "projects", "2028"),
                (("ARE", "IDN"), "investment", 45.0, "projects", "2032"),
            },
        ),
    ],
)
def test_commitments_counted_targets_with_deadlines(text: str, expected: set[Counted]) -> None:
    assert _counted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two countries have implemented 50 projects over the past five years.",
        "Kazakhstan and Uzbekistan will build 3 plants.",  # no deadline
        "Kazakhstan and China implemented 30 joint projects by 2024, the ministry said.",
        "Analysts doubt Kazakhstan and China will launch 30 projects by 2030.",
        "Kazakhstan and China agreed to discuss 30 projects by 2030.",  # no verb of making
    ],
)
def test_commitments_counts_done_vague_or_hedged_are_none(text: str) -> None:
    assert _counted(text) == set()

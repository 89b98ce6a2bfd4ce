"""Commitments stated as a change "from A to B", with a time since ("the first visit in six
years") that is no deadline, a lender's programme that is no target, and the recipient
of each amount offered read before the next amount."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import CommitmentFact


def _commitments(text: str, published: date = date(2025, 3, 10)) -> list[CommitmentFact]:
    facts = extract_facts(Document(doc_id="t", text=text, published=published))
    return [fact for fact in facts if isinstance(fact, CommitmentFact)]


@pytest.mark.parametrize(
    ("text", "parties", "value", "deadline"),
    [
        (
            "When the prime minister visited Tashkent in February, Pakistan and Uzbekistan "
            "agreed to raise their bilateral trade from about $400 million to $2 billion.",
            ("PAK", "UZB"),
            2e9,
            None,
        ),
        (
            "Kazakhstan and Azerbaijan plan to increase mutual trade from $500 million to "
            "$1 billion by 2027.",
            ("AZE", "KAZ"),
            1e9,
            "2027",
        ),
        (
            "Turnover between Tajikistan and Iran should grow from around 400 million dollars "
            "to 1 billion dollars, the two presidents said.",
            ("IRN", "TJK"),
            1e9,
            None,
        ),
        (
            "Georgia and Armenia set the task of lifting trade from roughly $1 billion to "
            "$3 billion within five years.",
            ("ARM", "GEO"),
            3e9,
            "2030",
        ),
    ],
)
def test_commitments_change_from_base_to_target(
    text: str, parties: tuple[str, ...], value: float, deadline: str | None
) -> None:
    facts = _commitments(text)
    assert [(f.parties, f.target_value, f.deadline) for f in facts] == [(parties, value, deadline)]
    assert facts[0].metric == "trade_turnover"
    assert "from" not in (facts[0].subject or "")


@pytest.mark.parametrize(
    "text",
    [
        "Bilateral trade between Pakistan and Uzbekistan rose from $400 million to $2 billion "
        "last year.",
        "Cost estimates for the dam range from about $4 billion to $6 billion.",
        "The two leaders agreed to boost trade, which grew from $300 million to $500 million "
        "last year.",
    ],
)
def test_commitments_change_already_made_or_a_range_is_none(text: str) -> None:
    assert _commitments(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Greece and Turkey pledged to raise their bilateral trade to $10 billion, as Erdogan "
        "made his first visit to Athens in six years.",
        "Greece and Turkey pledged to raise their bilateral trade to $10 billion at their "
        "first summit in seven years.",
        "Greece and Turkey pledged to raise their bilateral trade to $10 billion, its highest "
        "level in a decade.",
    ],
)
def test_commitments_time_since_a_first_is_no_deadline(text: str) -> None:
    facts = _commitments(text, date(2023, 12, 7))
    assert [(f.parties, f.deadline) for f in facts] == [(("GRC", "TUR"), None)]


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Greece and Turkey pledged to raise their bilateral trade to $10 billion in five "
         "years.", "2028"),
        ("Greece and Turkey pledged to raise trade to $10 billion, with the first stage to be "
         "completed in three years.", "2026"),
    ],
)  # fmt: skip
def test_commitments_window_in_years_is_still_a_deadline(text: str, deadline: str) -> None:
    facts = _commitments(text, date(2023, 12, 7))
    assert [f.deadline for f in facts] == [deadline]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this month the IMF agreed to raise its loan programme for Egypt to $8 billion.",
        "The Asian Development Bank plans to increase its lending to Uzbekistan to $2 billion "
        "by 2027.",
        "The EBRD aims to bring its investments in Kazakhstan to EUR 1 billion next year.",
    ],
)
def test_commitments_lender_programme_is_no_target(text: str) -> None:
    assert _commitments(text, date(2024, 3, 20)) == []


def test_commitments_state_target_with_a_lender_named_later_is_kept() -> None:
    facts = _commitments(
        "Uzbekistan aims to raise investment to $5 billion by 2027 with support from the "
        "Asian Development Bank.",
        date(2024, 3, 20),
    )
    assert [(f.parties[0], f.deadline) for f in facts] == [("UZB", "2027")]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "China will provide 2 billion yuan in grants to member states within this year and "
            "a further 10 billion yuan in loans to the SCO Interbank Consortium over the next "
            "three years.",
            ("CHN",),
        ),
        (
            "Beijing pledged 2 billion yuan in aid to member countries this year, plus "
            "$1 billion in credit for the SCO development fund.",
            ("CHN",),
        ),
        ("China will provide 2 billion yuan in grants to Kyrgyzstan within this year.",
         ("CHN", "KGZ")),
        # the same amount restated in dollars is no next amount
        ("China pledged 2 billion yuan ($280 million) in grants to Kyrgyzstan this year.",
         ("CHN", "KGZ")),
        ("China pledged 2 billion yuan, or about $280 million, in grants to Kyrgyzstan this "
         "year.", ("CHN", "KGZ")),
    ],
)  # fmt: skip
def test_commitments_recipient_is_named_before_the_next_amount(
    text: str, parties: tuple[str, ...]
) -> None:
    facts = _commitments(text, date(2025, 9, 1))
    if len(parties) == 1:
        # no recipient among the parties: money given by one side alone, no commitment
        # (round 8: a one-sided pledge is no target that parties set themselves)
        assert facts == []
        return
    assert facts
    assert facts[0].parties == parties
    assert facts[0].deadline == "2025"

"""Agreements reached, texts agreed and talks between named parties: the `concluded` and
`negotiating` stages in several outlets' wording, and the hedged or negated forms that
state nothing. The passive "an agreement ... was reached by ..." is not read: its agents
are often negotiators and hosts rather than the parties. Real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_many


def _stages(text: str) -> list[tuple[tuple[str, ...], str]]:
    [(_doc, facts)] = list(extract_many([Document("reached", text, date(2024, 11, 5))]))
    return [(f.parties, f.stage.value) for f in facts if f.type == "agreement"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Turkmenistan and Afghanistan have reached an agreement on the extension of the "
            "power line to Herat.",
            ("AFG", "TKM"),
        ),
        (
            "ISLAMABAD - Pakistan and Uzbekistan reached a deal on transit fees on Wednesday, "
            "the commerce ministry said.",
            ("PAK", "UZB"),
        ),
        (
            "Yerevan and Baku agreed on the text of the peace treaty in March but have not yet "
            "signed it.",
            ("ARM", "AZE"),
        ),
    ],
)
def test_agreements_reached_are_concluded(text: str, parties: tuple[str, ...]) -> None:
    assert (parties, "concluded") in _stages(text)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Talks between Armenia and Azerbaijan on a peace treaty are continuing, officials "
            "in both capitals said.",
            ("ARM", "AZE"),
        ),
        (
            "Negotiations between the European Union and India over a free trade agreement "
            "resumed in Brussels this week.",
            ("EU", "IND"),
        ),
    ],
)
def test_talks_between_named_parties_are_negotiating(text: str, parties: tuple[str, ...]) -> None:
    assert (parties, "negotiating") in _stages(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Russia did not reach an agreement on gas prices.",
        "No agreement on the dam was reached between Tajikistan and Uzbekistan.",
        "Kyrgyzstan and Tajikistan failed to reach a deal on the border last year.",
        "Talks between Armenia and Azerbaijan on a peace treaty collapsed in 2023.",
        "Kazakhstan and China could reach an agreement on the new rail crossing next year.",
    ],
)
def test_unreached_and_failed_state_no_concluded_stage(text: str) -> None:
    assert all(stage not in ("concluded", "signed") for _parties, stage in _stages(text))

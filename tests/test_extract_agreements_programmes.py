"""Signed plans (programmes of cooperation, action plans) are instruments (`other`), and
the period such an instrument covers ("for 2025-2027", "valid until 2030") is not the
date of its stage. Real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_many

PUBLISHED = date(2024, 11, 5)


def _agreements(text: str) -> list[tuple[tuple[str, ...], str, str, str | None]]:
    [(_doc, facts)] = list(extract_many([Document("plans", text, PUBLISHED)]))
    return [
        (f.parties, f.instrument.value, f.stage.value, f.date)
        for f in facts
        if f.type == "agreement"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan signed a programme of trade and economic cooperation for "
        "2025-2027 on Monday.",
        "Kazakhstan and Uzbekistan adopted a cooperation programme on Monday.",
        "On Monday Kazakhstan and Uzbekistan adopted an action plan for the years 2025-2027.",
        "Kazakhstan and Uzbekistan on Monday signed a joint program for partnership in "
        "agriculture.",
    ],
)
def test_signed_plans_are_instruments_dated_by_their_signing(text: str) -> None:
    assert (("KAZ", "UZB"), "other", "signed", "2024-11-04") in _agreements(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran signed a deal with Russia on its nuclear programme.",
        "Kazakhstan launched a programme for young farmers with Uzbekistan's support.",
        "Kazakhstan and Uzbekistan signed up to the programme of the summit.",
    ],
)
def test_other_programmes_are_no_instrument(text: str) -> None:
    assert all(instrument != "other" for _p, instrument, _s, _d in _agreements(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan signed a cooperation roadmap for 2025-2030.",
        "Kazakhstan and Uzbekistan signed a memorandum on water valid until 2030.",
        "Kazakhstan and Uzbekistan signed 15 documents, including a memorandum on energy and "
        "a roadmap for 2025-2027.",
    ],
)
def test_the_period_covered_is_not_the_date(text: str) -> None:
    found = _agreements(text)
    assert found
    assert all(d == PUBLISHED.isoformat() for _p, _i, _s, d in found)

"""Partial ISO dates: compatibility, order, 'surely before' and the as-of rule."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.lifecycle import dates


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2025", "2025-08", True),
        ("2025-08", "2025-08-05", True),
        ("2025", "2025-08-05", True),
        ("2025-07", "2025-08", False),
        ("2025-08-05", "2025-08-06", False),
        ("2024", "2025-01", False),
    ],
)
def test_dates_compatible_when_one_period_contains_the_other(
    a: str, b: str, expected: bool
) -> None:
    assert dates.compatible(a, b) is expected
    assert dates.compatible(b, a) is expected


def test_dates_before_only_when_the_whole_period_is_earlier() -> None:
    assert dates.before("2025-07", "2025-08-05")
    assert dates.before("2024", "2025")
    assert not dates.before("2025", "2025-08")
    assert not dates.before("2025-08", "2025")
    assert not dates.before("2025-08-05", "2025-08-05")


def test_dates_period_bounds_know_month_lengths() -> None:
    assert dates.last_day("2024-02") == "2024-02-29"
    assert dates.last_day("2025-02") == "2025-02-28"
    assert dates.first_day("2025") == "2025-01-01"
    assert dates.last_day("2025") == "2025-12-31"


def test_dates_as_of_counts_an_event_once_its_period_has_begun() -> None:
    assert dates.happened_by("2025-08", "2025-09")
    assert dates.happened_by("2025-08", "2025-08-01")
    assert not dates.happened_by("2025-08", "2025-07-31")
    assert not dates.happened_by("2025-08", "2025-07")
    assert dates.happened_by("2025", "2025-03-01")


def test_dates_sort_coarse_before_fine_and_by_start() -> None:
    values = ["2025-09", "2025-08-05", "2025", "2024-12-31", "2025-08"]
    assert sorted(values) == ["2024-12-31", "2025", "2025-08", "2025-08-05", "2025-09"]


def test_dates_parse_as_of_accepts_partial_dates_and_defaults_to_today() -> None:
    assert dates.parse_as_of("2025-08") == "2025-08"
    assert dates.parse_as_of(date(2025, 8, 1)) == "2025-08-01"
    assert dates.parse_as_of(None, today=date(2026, 1, 2)) == "2026-01-02"
    with pytest.raises(ValueError, match="2025-13"):
        dates.parse_as_of("2025-13")

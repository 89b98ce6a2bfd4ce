"""The commitments tracker: baseline, latest figure, growth needed and status."""

from __future__ import annotations

import pytest

from analysis_kb import build_kb, commitment, figure
from caspian.analysis import commitments as tracker
from caspian.analysis.commitments import Figure, Target


def target(
    value: float | None,
    deadline: str | None,
    *,
    factor: float | None = None,
    made: str | None = "2025-03",
) -> Target:
    return Target(
        entity_id="t",
        parties=("AZE", "KAZ"),
        metric="trade_turnover",
        target_value=value,
        target_unit="USD",
        factor=factor,
        deadline=deadline,
        subject=None,
        made=made,
    )


def fig(value: float, year: str, *, parties: tuple[str, ...] = ("AZE", "KAZ")) -> Figure:
    return Figure(parties, "bilateral_trade", year, "USD", value, 1)


def test_met_when_latest_reaches_target() -> None:
    result = tracker.assess(
        target(1e9, "2028"), [fig(8e8, "2023"), fig(1.1e9, "2025")], as_of="2025-12-31"
    )
    assert result.status == "met"
    assert result.baseline == fig(8e8, "2023") and result.latest == fig(1.1e9, "2025")


def test_on_track_when_required_growth_within_observed() -> None:
    # 10 % a year observed 2022 → 2024; 4.9 % a year needed 2024 → 2028
    result = tracker.assess(
        target(1.4641e9, "2028"), [fig(1e9, "2022"), fig(1.21e9, "2024")], as_of="2025-06-01"
    )
    assert result.status == "on_track"
    assert result.observed_growth == pytest.approx(0.10)
    assert result.required_growth == pytest.approx((1.4641 / 1.21) ** 0.25 - 1)


def test_trend_before_the_commitment_when_nothing_measured_since() -> None:
    # both figures predate the commitment (made 2025): the 2022 → 2024 trend is the pace
    result = tracker.assess(
        target(2e9, "2028"), [fig(1e9, "2022"), fig(1.44e9, "2024")], as_of="2025-06-01"
    )
    assert result.baseline == result.latest == fig(1.44e9, "2024")
    assert result.observed_growth == pytest.approx(0.2)
    assert result.status == "on_track"


def test_behind_when_required_growth_exceeds_observed() -> None:
    result = tracker.assess(
        target(2e9, "2028"), [fig(1e9, "2022"), fig(1.0e9, "2024")], as_of="2025-06-01"
    )
    assert result.status == "behind"
    assert result.observed_growth == pytest.approx(0.0)
    assert result.required_growth == pytest.approx(2**0.25 - 1)


def test_overdue_when_deadline_passed_unmet() -> None:
    result = tracker.assess(target(2e9, "2024"), [fig(1e9, "2024")], as_of="2025-06-01")
    assert result.status == "overdue"
    # the same target judged before its deadline is only behind (no year left)
    early = tracker.assess(target(2e9, "2024"), [fig(1e9, "2024")], as_of="2024-06-01")
    assert early.status == "behind"


def test_unknown_without_figures_target_or_deadline() -> None:
    assert tracker.assess(target(1e9, "2028"), [], as_of="2025").status == "unknown"
    other = fig(1e9, "2024", parties=("AZE", "KAZ", "TKM"))
    assert tracker.assess(target(1e9, "2028"), [other], as_of="2025").status == "unknown"
    relative = tracker.assess(target(None, "2028", factor=2), [fig(1e9, "2025")], as_of="2025")
    assert relative.status == "unknown" and relative.target is None  # no earlier figure
    no_deadline = tracker.assess(target(5e9, None), [fig(1e9, "2024")], as_of="2025")
    assert no_deadline.status == "unknown" and no_deadline.reason == "no deadline"


def test_relative_target_uses_baseline_times_factor() -> None:
    figures = [fig(5e8, "2024")]
    result = tracker.assess(target(None, "2028", factor=2), figures, as_of="2025-12-31")
    assert result.target == pytest.approx(1e9)
    # one figure only: needed 2^(1/4) − 1 ≈ 18.9 % a year, above the plausible 10 %
    assert result.observed_growth is None
    assert result.required_growth == pytest.approx(2**0.25 - 1)
    assert result.status == "behind"
    lenient = tracker.assess(
        target(None, "2028", factor=2), figures, as_of="2025-12-31", plausible_growth=0.25
    )
    assert lenient.status == "on_track"


def test_figures_after_the_date_do_not_count() -> None:
    result = tracker.assess(target(1e9, "2028"), [fig(2e9, "2026")], as_of="2025-12-31")
    assert result.status == "unknown" and result.latest is None


def test_tracker_reads_the_knowledge_base(db_url: str) -> None:
    kb = build_kb(
        db_url,
        [
            commitment(["AZE", "KAZ"], value=1e9, deadline="2028", day="2025-10"),
            figure(["AZE", "KAZ"], 4e8, "2023"),
            figure(["AZE", "KAZ"], 5e8, "2024"),
            commitment(
                ["CHN", "KAZ"],
                value=None,
                factor=3,
                deadline="2030",
                day="2024-05",
                metric="freight_volume",
                unit=None,
            ),
            figure(["CHN", "KAZ"], 1e6, "2023", metric="freight_volume", unit="tonnes"),
            figure(["CHN", "KAZ"], 3.5e6, "2025", metric="freight_volume", unit="tonnes"),
            commitment(["KAZ", "UZB"], value=1e10, deadline="2024", day="2022-12"),
            figure(["KAZ", "UZB"], 4e9, "2023"),
            commitment(["ARM", "KAZ"], value=1e9, deadline="2030"),
        ],
    )
    found = tracker.track_commitments(kb, as_of="2025-12-31")
    by_parties = {c.parties: c for c in found}
    assert [c.deadline for c in found] == ["2024", "2028", "2030", "2030"]
    aze = by_parties[("AZE", "KAZ")]
    assert (aze.baseline and aze.baseline.value, aze.latest and aze.latest.value) == (5e8, 5e8)
    # needs 2^(1/4) − 1 ≈ 18.9 % a year; grew 25 % from 2023 to 2024 before the commitment
    assert aze.observed_growth == pytest.approx(0.25)
    assert aze.status == "on_track"
    freight = by_parties[("CHN", "KAZ")]
    assert freight.target == pytest.approx(3e6) and freight.status == "met"
    assert freight.target_unit == "tonnes"
    assert by_parties[("KAZ", "UZB")].status == "overdue"
    assert by_parties[("ARM", "KAZ")].status == "unknown"
    assert tracker.status_counts(found) == {
        "met": 1,
        "on_track": 1,
        "behind": 0,
        "overdue": 1,
        "unknown": 1,
    }
    # commitments made after the date are not tracked yet
    assert {c.parties for c in tracker.track_commitments(kb, as_of="2023-01-01")} == {
        ("KAZ", "UZB")
    }
    kb.close()

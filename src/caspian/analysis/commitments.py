"""The commitments tracker: each quantified target against the figures in the knowledge base.

**Figures.** A commitment is compared with the trade figures (consolidated, one value per
parties, metric, year and unit; the median when sources differ) that have *the same
party set*, the matching metric (:data:`FIGURE_METRIC`: trade turnover ↔ bilateral trade,
freight ↔ freight, energy ↔ energy, investment ↔ investment stock) and the target's unit
(any unit when the target has none). Only figures of years up to the date count.

- **baseline**: the latest such figure of a year *before* the year the commitment was
  made (its date, else the date it was first reported); for a commitment of unknown date,
  the earliest figure. None when there is none: *unknown*.
- **latest**: the figure of the most recent year.
- **target**: the stated value; for a relative target only ("double", "triple"),
  baseline × factor.

**Growth.** Required yearly growth from the latest figure to the target by the deadline
year: ``(target / latest) ^ (1 / (deadline_year − latest_year)) − 1``. Observed yearly
growth between baseline and latest (when their years differ):
``(latest / baseline) ^ (1 / (latest_year − baseline_year)) − 1``; when the baseline *is*
the latest figure (nothing measured since the commitment), the same growth from the
earliest figure to it (the trend before the commitment), if there is an earlier one.

**Status** (first rule that applies):

1. ``unknown`` — no figure, or no target value (a factor without a baseline);
2. ``met`` — latest ≥ target;
3. ``overdue`` — the deadline has passed (its last day is before the date) and it is not met;
4. ``unknown`` — no deadline (no pace can be asked of it);
5. ``behind`` — no year left between the latest figure and the deadline;
6. ``on_track`` — required growth ≤ observed growth; or, with one figure only (no observed
   growth), required growth ≤ :data:`PLAUSIBLE_GROWTH`;
7. ``behind`` — otherwise.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date as Date
from typing import Any, Literal

from caspian.analysis.network import parse_as_of
from caspian.lifecycle import dates
from caspian.store import KnowledgeBase
from caspian.store import entities as db

Status = Literal["met", "on_track", "behind", "overdue", "unknown"]
STATUSES: tuple[Status, ...] = ("met", "on_track", "behind", "overdue", "unknown")

#: Commitment metric → the trade-figure metric that measures it.
FIGURE_METRIC: dict[str, str] = {
    "trade_turnover": "bilateral_trade",
    "freight_volume": "freight_volume",
    "energy_supply": "energy_supply",
    "investment": "investment_stock",
}
#: Yearly growth taken as achievable when there is only one figure to judge the pace by
#: (an assumption of this tool, not a measured rate: 10 % a year doubles a flow in ~7 years).
PLAUSIBLE_GROWTH = 0.10


@dataclass(frozen=True, slots=True)
class Target:
    """A commitment as the tracker needs it."""

    entity_id: str
    parties: tuple[str, ...]
    metric: str
    target_value: float | None
    target_unit: str | None
    factor: float | None
    deadline: str | None
    subject: str | None
    made: str | None  # the commitment's date, else when it was first reported
    doc_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    """One measured value: parties, metric, year, unit, and the median of its sources."""

    parties: tuple[str, ...]
    metric: str
    year: str
    unit: str
    value: float
    n_sources: int


@dataclass(frozen=True, slots=True)
class TrackedCommitment:
    entity_id: str
    parties: tuple[str, ...]
    metric: str
    subject: str | None
    made: str | None
    deadline: str | None
    target: float | None
    target_unit: str | None
    factor: float | None
    baseline: Figure | None
    latest: Figure | None
    required_growth: float | None
    observed_growth: float | None
    status: Status
    reason: str
    doc_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def cagr(start: float, end: float, years: int) -> float:
    """Compound yearly growth from `start` to `end` over `years` (> 0) years."""
    if years <= 0 or start <= 0 or end <= 0:
        raise ValueError("growth needs positive values and at least one year")
    return float((end / start) ** (1.0 / years) - 1.0)


def _matching(target: Target, figures: Iterable[Figure], as_of: str) -> list[Figure]:
    metric = FIGURE_METRIC.get(target.metric)
    wanted = set(target.parties)
    return sorted(
        (
            f
            for f in figures
            if f.metric == metric
            and set(f.parties) == wanted
            and (target.target_unit is None or f.unit == target.target_unit)
            and f.year <= as_of[:4]
        ),
        key=lambda f: f.year,
    )


def assess(
    target: Target,
    figures: Iterable[Figure],
    *,
    as_of: str,
    plausible_growth: float = PLAUSIBLE_GROWTH,
) -> TrackedCommitment:
    """Baseline, latest figure, growth needed and status of one commitment as of a date."""
    found = _matching(target, figures, as_of)
    if target.made is not None:
        earlier = [f for f in found if f.year < target.made[:4]]
        baseline = earlier[-1] if earlier else None
    else:
        baseline = found[0] if found else None
    latest = found[-1] if found else None
    value = target.target_value
    if value is None and target.factor is not None and baseline is not None:
        value = baseline.value * target.factor
    required: float | None = None
    observed: float | None = None
    # the pace since the baseline; when the baseline is the latest figure, the trend before it
    start = (
        baseline if baseline is not None and baseline != latest else (found[0] if found else None)
    )
    if start and latest and int(latest.year) > int(start.year):
        observed = cagr(start.value, latest.value, int(latest.year) - int(start.year))
    years_left = int(target.deadline[:4]) - int(latest.year) if target.deadline and latest else None
    if value is not None and latest is not None and years_left is not None and years_left > 0:
        if value > latest.value and latest.value > 0:
            required = cagr(latest.value, value, years_left)
        else:
            required = 0.0

    def result(status: Status, reason: str) -> TrackedCommitment:
        return TrackedCommitment(
            entity_id=target.entity_id,
            parties=target.parties,
            metric=target.metric,
            subject=target.subject,
            made=target.made,
            deadline=target.deadline,
            target=value,
            target_unit=target.target_unit or (latest.unit if latest else None),
            factor=target.factor,
            baseline=baseline,
            latest=latest,
            required_growth=required,
            observed_growth=observed,
            status=status,
            reason=reason,
            doc_ids=target.doc_ids,
        )

    if latest is None:
        return result("unknown", "no figure for these parties and metric")
    if value is None:
        return result("unknown", "relative target without a baseline figure")
    if latest.value >= value:
        return result("met", f"{latest.year} figure reaches the target")
    if target.deadline and dates.last_day(target.deadline) < dates.last_day(as_of):
        return result("overdue", f"deadline {target.deadline} passed without reaching it")
    if not target.deadline:
        return result("unknown", "no deadline")
    if required is None:
        return result("behind", "no year left between the latest figure and the deadline")
    if observed is not None:
        if required <= observed:
            return result("on_track", "required growth within the observed growth")
        return result("behind", "required growth above the observed growth")
    if required <= plausible_growth:
        return result("on_track", f"required growth within {plausible_growth:.0%} a year")
    return result("behind", f"required growth above {plausible_growth:.0%} a year")


# -- reading the knowledge base --------------------------------------------------------------


def _targets_and_figures(kb: KnowledgeBase) -> tuple[list[Target], list[Figure]]:
    with kb.engine.connect() as conn:
        commitment_rows = db.select_commitments(conn)
        value_rows = db.select_trade_values(conn)
    targets = [
        Target(
            entity_id=row.entity_id,
            parties=db.split_parties(row.party_key),
            metric=row.metric,
            target_value=row.target_value,
            target_unit=row.target_unit,
            factor=row.factor,
            deadline=row.deadline,
            subject=row.subject,
            made=row.date or row.first_reported,
            doc_ids=tuple(json.loads(row.doc_ids_json)),
        )
        for row in commitment_rows
    ]
    grouped: dict[tuple[str, str, str, str], list[float]] = defaultdict(list)
    for row in value_rows:
        grouped[(row.party_key, row.metric, row.year, row.unit)].append(float(row.value))
    figures = [
        Figure(
            parties=db.split_parties(key),
            metric=metric,
            year=year,
            unit=unit,
            value=float(statistics.median(values)),
            n_sources=len(values),
        )
        for (key, metric, year, unit), values in sorted(grouped.items())
    ]
    return targets, figures


def track_commitments(
    kb: KnowledgeBase,
    *,
    as_of: str | Date | None = None,
    plausible_growth: float = PLAUSIBLE_GROWTH,
) -> list[TrackedCommitment]:
    """Every consolidated commitment made by the date (default today), assessed as of it;
    ordered by deadline (none last), then parties."""
    when = parse_as_of(as_of)
    targets, figures = _targets_and_figures(kb)
    out = [
        assess(t, figures, as_of=when, plausible_growth=plausible_growth)
        for t in targets
        if t.made is None or dates.happened_by(t.made, when)
    ]
    return sorted(out, key=lambda c: (c.deadline is None, c.deadline or "", c.parties))


def status_counts(tracked: Sequence[TrackedCommitment]) -> dict[str, int]:
    """How many commitments have each status (every status listed, zeros included)."""
    counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
    for item in tracked:
        counts[item.status] += 1
    return counts

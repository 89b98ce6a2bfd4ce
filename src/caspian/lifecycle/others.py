"""Memberships, commitments, projects and trade figures merged across sources.

- **Membership history** of a group: one event per (member, change) and group of
  compatible dates (an undated fact joins the latest event dated by its report date).
- **Commitment**: facts with the same parties, metric, deadline year and unit, whose
  target values are within 5% of each other (or unknown) are one commitment; its date is
  the earliest given (when it was made), its subject and factor the most frequent.
- **Project**: facts with the same host and main word of the name
  (:func:`caspian.lifecycle.text.project_main_word`) are one project; the value range
  spans every source's range; each stage is an event with its date.
- **Trade figure**: facts with the same parties, metric, year and unit are one figure
  that keeps every source's number; sources more than 5% apart are a
  ``value_disagreement`` conflict.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from caspian.lifecycle import dates
from caspian.lifecycle.model import (
    Commitment,
    Conflict,
    ConflictSide,
    FactRecord,
    FigureValue,
    MembershipEvent,
    MembershipHistory,
    Project,
    ProjectEvent,
    Support,
    TradeFigure,
    entity_id,
)
from caspian.lifecycle.text import project_main_word


def _most_common(values: Iterable[Any]) -> Any:
    counted = Counter(v for v in values if v is not None)
    if not counted:
        return None
    return min(counted.items(), key=lambda kv: (-kv[1], str(kv[0])))[0]


def _dated_groups(records: Sequence[FactRecord]) -> list[tuple[str | None, list[FactRecord]]]:
    """Compatible-date groups (finest date names the group), undated facts attached."""
    distinct = sorted({r.date for r in records if r.date}, key=lambda d: (-len(d), d))
    reps: list[tuple[str, set[str]]] = []
    for value in distinct:
        for rep, members in reps:
            if dates.compatible(rep, value):
                members.add(value)
                break
        else:
            reps.append((value, {value}))
    groups: dict[str | None, list[FactRecord]] = {
        rep: [r for r in records if r.date in members] for rep, members in reps
    }
    for record in records:
        if record.date:
            continue
        earlier = [
            rep
            for rep, _ in reps
            if record.reported is None or dates.first_day(rep) <= record.reported
        ]
        groups.setdefault(max(earlier) if earlier else None, []).append(record)
    return sorted(groups.items(), key=lambda kv: kv[0] or "9999")


def membership_history(group: str, records: Iterable[FactRecord]) -> MembershipHistory:
    by_key: dict[tuple[str, str], list[FactRecord]] = defaultdict(list)
    for record in sorted(records, key=lambda r: r.canonical):
        by_key[(record.parties[0], str(record.get("change")))].append(record)
    events = []
    for (member, change), members in sorted(by_key.items()):
        for date, grouped in _dated_groups(members):
            events.append(MembershipEvent(group, member, change, date, Support.of(grouped)))
    events.sort(key=lambda e: (e.effective or "9999", e.member, e.change, e.date or ""))
    return MembershipHistory(entity_id("membership", group), group, tuple(events))


def _value_clusters(records: list[FactRecord], field: str) -> list[list[FactRecord]]:
    """Consecutive values within 5% form one cluster; unknown values join a lone cluster."""
    known = sorted(
        (r for r in records if r.get(field) is not None),
        key=lambda r: (float(r.get(field)), r.canonical),
    )
    unknown = [r for r in records if r.get(field) is None]
    clusters: list[list[FactRecord]] = []
    for record in known:
        value = float(record.get(field))
        if clusters and value <= float(clusters[-1][0].get(field)) * 1.05 + 1e-9:
            clusters[-1].append(record)
        else:
            clusters.append([record])
    if unknown:
        if len(clusters) == 1:
            clusters[0].extend(unknown)
        else:
            clusters.append(unknown)
    return clusters


def commitments(parties: tuple[str, ...], records: Iterable[FactRecord]) -> list[Commitment]:
    by_key: dict[tuple[str, str, str], list[FactRecord]] = defaultdict(list)
    for record in sorted(records, key=lambda r: r.canonical):
        deadline = record.get("deadline")
        key = (
            str(record.get("metric")),
            dates.year(deadline) if deadline else "",
            record.get("target_unit") or "",
        )
        by_key[key].append(record)
    out = []
    for (metric, deadline_year, unit), group in sorted(by_key.items()):
        for cluster in _value_clusters(group, "target_value"):
            values = sorted(
                float(r.get("target_value")) for r in cluster if r.get("target_value") is not None
            )
            deadlines = sorted(
                {r.get("deadline") for r in cluster if r.get("deadline")},
                key=lambda d: (-len(d), d),
            )
            made = sorted(r.date for r in cluster if r.date)
            ident = entity_id(
                "commitment",
                " ".join(parties),
                metric,
                deadline_year,
                unit,
                values[0] if values else "",
            )
            out.append(
                Commitment(
                    entity_id=ident,
                    parties=parties,
                    metric=metric,
                    target_value=values[len(values) // 2] if values else None,
                    target_unit=unit or None,
                    factor=_most_common(r.get("factor") for r in cluster),
                    deadline=deadlines[0] if deadlines else None,
                    subject=_most_common(r.get("subject") for r in cluster),
                    date=made[0] if made else None,
                    support=Support.of(cluster),
                )
            )
    return out


def projects(host: str, records: Iterable[FactRecord]) -> list[Project]:
    by_word: dict[str, list[FactRecord]] = defaultdict(list)
    for record in sorted(records, key=lambda r: r.canonical):
        by_word[project_main_word(str(record.get("name")))].append(record)
    out = []
    for word, group in sorted(by_word.items()):
        mins = [float(r.get("value_min_usd")) for r in group if r.get("value_min_usd") is not None]
        maxs = [float(r.get("value_max_usd")) for r in group if r.get("value_max_usd") is not None]
        by_stage: dict[str, list[FactRecord]] = defaultdict(list)
        for record in group:
            by_stage[str(record.get("stage") or "")].append(record)
        events = [
            ProjectEvent(stage or None, date, Support.of(members))
            for stage, stage_records in sorted(by_stage.items())
            for date, members in _dated_groups(stage_records)
        ]
        events.sort(key=lambda e: (e.date or e.support.first_reported or "9999", e.stage or ""))
        names = sorted({str(r.get("name")) for r in group})
        out.append(
            Project(
                entity_id=entity_id("project", host, word),
                host=host,
                name=_most_common(r.get("name") for r in group),
                names=tuple(names),
                parties=tuple(sorted({p for r in group for p in r.parties})),
                sector=_most_common(r.get("sector") for r in group),
                value_min_usd=min(mins) if mins else None,
                value_max_usd=max(maxs) if maxs else None,
                events=tuple(events),
                support=Support.of(group),
            )
        )
    return out


def trade_figures(
    parties: tuple[str, ...], records: Iterable[FactRecord]
) -> tuple[list[TradeFigure], list[Conflict]]:
    by_key: dict[tuple[str, str, str], list[FactRecord]] = defaultdict(list)
    for record in sorted(records, key=lambda r: r.canonical):
        key = (str(record.get("metric")), str(record.get("year")), str(record.get("unit")))
        by_key[key].append(record)
    figures, conflicts = [], []
    for (metric, year, unit), group in sorted(by_key.items()):
        ident = entity_id("trade_figure", " ".join(parties), metric, year, unit)
        values = tuple(
            sorted(
                (FigureValue(float(r.get("value")), r.ref, r.doc_id, r.reported) for r in group),
                key=lambda v: (v.value, v.doc_id, v.reported or "", v.fact_ref),
            )
        )
        figures.append(TradeFigure(ident, parties, metric, year, unit, values))
        low, high = values[0].value, values[-1].value
        if high > low * 1.05 + 1e-9:
            lows = [r for r in group if float(r.get("value")) == low]
            highs = [r for r in group if float(r.get("value")) == high]
            conflicts.append(
                Conflict(
                    kind="value_disagreement",
                    entity_kind="trade_figure",
                    entity_id=ident,
                    stage=None,
                    party=None,
                    detail=f"{metric} {year}: {low:g} {unit} against {high:g} {unit}",
                    a=ConflictSide(f"{low:g}", Support.of(lows)),
                    b=ConflictSide(f"{high:g}", Support.of(highs)),
                )
            )
    return figures, conflicts

"""The review's charts as static SVG (so the PDF has them too): the partnership network
with the year's new ties highlighted, the timeline of stage events and the multi-vector
shares. The map is in :mod:`caspian.report.geomap`.

Each chart takes the results of the analyses (:mod:`caspian.analysis`) or the year's
agreements; nothing here computes a measure of its own.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

import networkx as nx
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from caspian.analysis.network import TieChanges
from caspian.analysis.vectors import PoleMap, VectorProfile
from caspian.report import phrasing as say
from caspian.report.model import Chart
from caspian.report.regions import Region
from caspian.report.svg import (
    ACCENT,
    ACCENT_2,
    CORE,
    INK,
    MUTED,
    POLE_COLOURS,
    STAGE_COLOURS,
    new_figure,
    to_svg,
)
from caspian.report.yeardata import YearAgreement, event_when, only_report_date


def region_subgraph(graph: nx.Graph, region: Region) -> nx.Graph:
    """The ties with at least one end in the region (the whole graph for an empty core)."""
    if region.everything:
        return graph
    edges = [(a, b) for a, b in graph.edges if region.is_core(a) or region.is_core(b)]
    return graph.edge_subgraph(edges).copy()


#: outside partners named on the network chart (the strongest ties first); the region's
#: states are always named
NETWORK_LABELS = 14


def _spread(angles: dict[str, float], gap: float) -> dict[str, float]:
    """Angles on a circle pushed apart to at least `gap` radians, keeping their order."""
    if not angles:
        return {}
    order = sorted(angles, key=lambda n: (angles[n], n))
    gap = min(gap, 2 * math.pi / len(order))
    placed = [angles[order[0]]]
    for node in order[1:]:
        placed.append(max(angles[node], placed[-1] + gap))
    overflow = placed[-1] - (placed[0] + 2 * math.pi - gap)
    if overflow > 0:  # the last ones ran into the first: shift everything back
        placed = [a - overflow * (k / max(1, len(placed) - 1)) for k, a in enumerate(placed)]
    shift = sum(angles[n] - a for n, a in zip(order, placed, strict=True)) / len(order)
    return {n: a + shift for n, a in zip(order, placed, strict=True)}


def network_layout(sub: nx.Graph, region: Region) -> dict[str, tuple[float, float]]:
    """The region's states on an inner ring in the region's order, outside partners on
    an outer ring beside the states they are tied to (the weighted mean direction of
    their ties), spread so that no two sit on top of each other."""
    core = sorted((n for n in sub.nodes if region.is_core(n)),
                  key=lambda n: (region.rank(n), n))
    outside = [n for n in sub.nodes if not region.is_core(n)]
    if not core or not outside:  # one kind only: a single ring
        core, outside = sorted(sub.nodes, key=lambda n: (region.rank(n), n)), []
    inner = {n: math.pi / 2 - 2 * math.pi * k / len(core) for k, n in enumerate(core)}
    wanted: dict[str, float] = {}
    for node in outside:
        x = y = 0.0
        for other, data in sub[node].items():
            if other in inner:
                weight = float(data.get("weight", 1))
                x += weight * math.cos(inner[other])
                y += weight * math.sin(inner[other])
        wanted[node] = math.atan2(y, x) if (x or y) else 0.0
    outer = _spread(wanted, gap=2 * math.pi / (len(wanted) + 3))
    radius = 1.0 if outside else 2.0
    layout = {n: (radius * math.cos(a), radius * math.sin(a)) for n, a in inner.items()}
    layout.update({n: (2.1 * math.cos(a), 2.1 * math.sin(a)) for n, a in outer.items()})
    return layout


def network_chart(graph: nx.Graph, changes: TieChanges, region: Region, year: int) -> Chart:
    sub = region_subgraph(graph, region)
    new = {frozenset((c.a, c.b)) for c in changes.new}
    upgraded = {frozenset((c.a, c.b)) for c in changes.upgraded}
    fig, ax = new_figure(7.2, 6.2)
    ax.set_axis_off()
    if sub.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no ties in the knowledge base", ha="center", color=MUTED)
        return Chart("network", "The partnership network", to_svg(fig, key="network"), "")
    layout = network_layout(sub, region)
    for a, b, data in sub.edges(data=True):
        pair = frozenset((a, b))
        colour, width, z, alpha = MUTED, 0.4 + 0.3 * float(data.get("weight", 1)), 1, 0.55
        if pair in new:
            colour, z, alpha = ACCENT, 3, 0.9
        elif pair in upgraded:
            colour, z, alpha = ACCENT_2, 2, 0.9
        (xa, ya), (xb, yb) = layout[a], layout[b]
        ax.plot([xa, xb], [ya, yb], color=colour, linewidth=width, alpha=alpha, zorder=z,
                solid_capstyle="round")
    strength = dict(sub.degree(weight="weight"))
    # every state of the region is named (for the whole world: the strongest only)
    always = set() if region.everything else {n for n in sub.nodes if region.is_core(n)}
    named = always | set(sorted((n for n in sub.nodes if n not in always),
                                key=lambda n: (-strength[n], n))[:NETWORK_LABELS])
    for node in sub.nodes:
        x, y = layout[node]
        core = region.is_core(node)
        size = 40 + 9 * strength[node] if core else 18 + 5 * strength[node]
        ax.scatter([x], [y], s=min(size, 420), color=CORE if core else "white",
                   edgecolors=INK if core else MUTED, linewidths=0.8, zorder=4)
        if node not in named:
            continue
        angle = math.atan2(y, x)
        dx, dy = math.cos(angle), math.sin(angle)
        ha = "left" if dx > 0.35 else "right" if dx < -0.35 else "center"
        va = "bottom" if dy > 0.35 else "top" if dy < -0.35 else "center"
        ax.annotate(say.short_name(node), (x, y), xytext=(9 * dx, 9 * dy),
                    textcoords="offset points", ha=ha, va=va,
                    fontsize=7.5 if core else 6.5, fontweight="bold" if core else "normal",
                    color=INK, zorder=5,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                          "alpha": 0.85})
    ax.set_xlim(-2.9, 2.9)
    ax.set_ylim(-2.6, 2.6)
    ax.set_aspect("equal")
    ax.legend(handles=[
        Line2D([], [], color=ACCENT, linewidth=2, label=f"new tie in {year}"),
        Line2D([], [], color=ACCENT_2, linewidth=2, label=f"deepened in {year}"),
        Line2D([], [], color=MUTED, linewidth=1, label="earlier tie (width: depth)"),
    ], loc="upper left", bbox_to_anchor=(0.0, 0.0), ncol=3, fontsize=7, frameon=False)
    two_rings = len({math.hypot(*xy) > 1.5 for xy in layout.values()}) == 2
    rings = (": the region's states on the inner ring, outside partners on the outer ring "
             "beside the states they are tied to") if two_rings else ""
    unnamed = sub.number_of_nodes() - len(named)
    rest = f" The {unnamed} actors with the fewest ties are drawn unnamed." if unnamed else ""
    caption = (f"Ties in force or signed as of 31 December {year} with at least one end in "
               f"{region.name}{rings}; a tie's width is the depth of the deepest agreement "
               "behind it. "
               f"{len(new & {frozenset(e) for e in sub.edges})} ties are new this year.{rest}")
    return Chart("network", "The partnership network", to_svg(fig, key="network"), caption)


def _day(value: str | None, year: int) -> tuple[date, bool]:
    """A partial ISO date as a day (mid-period for a month or a year) and whether it
    was a full date."""
    if not value:
        return date(year, 7, 1), False
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2])), True
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 15), False
    except ValueError:
        pass
    return date(year, 7, 1), False


def agreement_label(item: YearAgreement) -> str:
    parties = "–".join(p for p in item.parties)
    name = say.INSTRUMENT_NAMES.get(item.instrument, item.instrument)
    return f"{parties} {name}"


def timeline_chart(items: Sequence[YearAgreement], year: int) -> Chart:
    rows = [i for i in items if i.year_events]
    height = max(2.2, 0.24 * len(rows) + 1.2)
    fig, ax = new_figure(7.2, height)
    if not rows:
        ax.set_axis_off()
        ax.text(0.5, 0.5, f"no stage event in {year}", ha="center", color=MUTED)
        return Chart("timeline", "Timeline of stage events", to_svg(fig, key="timeline"), "")
    seen: dict[str, str] = {}
    for row, item in enumerate(rows):
        ax.axhline(row, color="#e4e7eb", linewidth=0.6, zorder=0)
        for event in item.year_events:
            when = event_when(event)
            day, exact = _day(when, year)
            colour = STAGE_COLOURS.get(event.stage, MUTED)
            seen[event.stage] = colour
            if when and len(when) == 4:  # only the year is known: a bar over the year
                ax.plot([date(year, 1, 1), date(year, 12, 31)], [row, row], color=colour,
                        linewidth=3, alpha=0.25, solid_capstyle="butt", zorder=1)
            reported_only = only_report_date(event)  # placed at the date it was reported
            ax.scatter([day], [row], s=26, color=colour if exact and not reported_only
                       else "white", edgecolors=colour, linewidths=1.2, zorder=2,
                       marker="s" if reported_only else "o", clip_on=False)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([agreement_label(i) for i in rows], fontsize=7)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(date(year, 1, 1), date(year, 12, 31))
    ax.set_xticks([date(year, m, 1) for m in range(1, 13)])
    ax.set_xticklabels([say.MONTHS[m - 1][:3] for m in range(1, 13)], fontsize=7)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)
    handles = [Line2D([], [], marker="o", linestyle="", color=c, label=s.replace("_", " "))
               for s, c in seen.items()]
    handles += [
        Line2D([], [], marker="o", linestyle="", color=INK, label="exact day"),
        Line2D([], [], marker="o", linestyle="", markerfacecolor="white", color=INK,
               label="month or year"),
        Line2D([], [], marker="s", linestyle="", markerfacecolor="white", color=INK,
               label="no date: when reported"),
    ]
    if handles:
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.08),
                  ncol=min(6, len(handles)), fontsize=6.5, frameon=False)
    caption = (f"Each row is an agreement of the year; each dot a stage it reached in {year} "
               "(filled: exact day; hollow: month or year only, placed mid-period; a shaded "
               "bar spans the year when only the year is known; a hollow square: the sources "
               "give no date, placed when it was first reported).")
    return Chart("timeline", "Timeline of stage events", to_svg(fig, key="timeline"), caption)


def vectors_chart(profiles: Sequence[VectorProfile], poles: PoleMap, year: int) -> Chart:
    rows = [p for p in profiles]
    fig, ax = new_figure(7.2, max(2.2, 0.34 * len(rows) + 1.4))
    labels = []
    for row, profile in enumerate(rows):
        left = 0.0
        for n, pole_id in enumerate(poles.ids):
            share = profile.end.shares.get(pole_id, 0.0)
            if share > 0:
                ax.barh(row, share, left=left, color=POLE_COLOURS[n % len(POLE_COLOURS)],
                        height=0.62, edgecolor="white", linewidth=0.5)
            left += share
        index = "no ties" if profile.index is None else f"V = {profile.index:.2f}"
        labels.append(f"{profile.name}  ({index})")
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(labels, fontsize=7)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    ax.set_xticklabels(["0", "25%", "50%", "75%", "100%"], fontsize=7)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(handles=[Patch(color=POLE_COLOURS[n % len(POLE_COLOURS)], label=poles.label(p))
                       for n, p in enumerate(poles.ids)],
              loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=2, fontsize=6.5,
              frameon=False)
    caption = (f"Share of each state's depth-weighted ties by pole as of 31 December {year}, "
               "and its multi-vector index V (normalised entropy over the eight poles; "
               "see docs/analysis.md).")
    return Chart("vectors", "Multi-vector shares", to_svg(fig, key="vectors"), caption)

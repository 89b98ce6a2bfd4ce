"""Maps of the region drawn offline with matplotlib from Natural Earth country shapes
(:mod:`caspian.report.topojson`): the year's ties between capitals, and the corridor
network of the model (:func:`caspian.corridor.network_geojson`).

Projection: equirectangular with the horizontal scale shrunk by cos(mid-latitude), which
keeps shapes recognisable over a region the size of Central Asia. A tie to a partner
outside the frame runs to the frame's edge and carries the partner's name there.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from matplotlib.lines import Line2D
from matplotlib.patches import PathPatch
from matplotlib.path import Path as MplPath

from caspian.report import phrasing as say
from caspian.report.model import Chart
from caspian.report.regions import Region, load_capitals
from caspian.report.svg import ACCENT, ACCENT_2, CORE, INK, LAND, MUTED, WATER, new_figure, to_svg
from caspian.report.topojson import CountryShape, load_countries

BBox = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class MapTie:
    """A tie between `a` and `b`; with `hub` set (a multilateral agreement), `b` is empty
    and the tie runs from `a` to the middle of the `hub` states."""

    a: str
    b: str
    new: bool
    hub: tuple[str, ...] = ()


def _intersects(a: BBox, b: BBox) -> bool:
    return not (a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1])


def _draw_base(ax: Any, shapes: Mapping[str, CountryShape], bbox: BBox,
               region: Region) -> None:
    west, south, east, north = bbox
    margin = (west - 5, south - 5, east + 5, north + 5)
    tolerance = (east - west) / 600  # about a printed pixel of the frame
    ax.set_facecolor(WATER)
    for code, shape in shapes.items():
        if not _intersects(shape.bbox(), margin):
            continue
        vertices: list[tuple[float, float]] = []
        codes: list[Any] = []
        for polygon in shape.polygons:
            for raw in polygon:
                ring = _simplify(raw, margin, tolerance)
                if len(ring) < 3:
                    continue
                vertices.extend(ring)
                codes.extend([MplPath.MOVETO] + [MplPath.LINETO] * (len(ring) - 1))
        if not vertices:
            continue
        core = not region.everything and region.is_core(code)
        ax.add_patch(PathPatch(MplPath(vertices, codes), facecolor=CORE if core else LAND,
                               edgecolor="#9aa5b1", linewidth=0.4, zorder=1))
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_edgecolor(MUTED)


def _simplify(ring: Sequence[tuple[float, float]], box: BBox, tolerance: float
              ) -> list[tuple[float, float]]:
    """The ring clamped to `box` (a margin around the frame, so what is visible is
    unchanged) without points closer than `tolerance` to the previous kept one."""
    west, south, east, north = box
    out: list[tuple[float, float]] = []
    sides: list[str] = []
    for x, y in ring:
        point = (min(max(x, west), east), min(max(y, south), north))
        side = ("w" if x < west else "e" if x > east else "") + (
            "s" if y < south else "n" if y > north else "")
        if out and abs(point[0] - out[-1][0]) < tolerance \
                and abs(point[1] - out[-1][1]) < tolerance:
            continue
        if side and len(side) == 1 and len(out) >= 2 and sides[-1] == side == sides[-2]:
            out[-1] = point  # still running along the same side of the box: one segment
            continue
        out.append(point)
        sides.append(side)
    return out


def place_of(actor_id: str, shapes: Mapping[str, CountryShape]) -> tuple[float, float] | None:
    """Capital (data file) else the country shape's centroid; None when neither."""
    capital = load_capitals().get(actor_id)
    if capital is not None:
        return (capital.lon, capital.lat)
    shape = shapes.get(actor_id)
    return shape.centroid() if shape is not None else None


def _hub(members: Sequence[str], shapes: Mapping[str, CountryShape]
         ) -> tuple[float, float] | None:
    points = [p for p in (place_of(m, shapes) for m in members) if p is not None]
    if not points:
        return None
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def _edge_point(inside: tuple[float, float], outside: tuple[float, float], bbox: BBox
                ) -> tuple[float, float]:
    """Where the segment from a point in the frame to one outside leaves the frame."""
    (x0, y0), (x1, y1) = inside, outside
    west, south, east, north = bbox
    best = 1.0
    for t in (
        (west - x0) / (x1 - x0) if x1 != x0 else math.inf,
        (east - x0) / (x1 - x0) if x1 != x0 else math.inf,
        (south - y0) / (y1 - y0) if y1 != y0 else math.inf,
        (north - y0) / (y1 - y0) if y1 != y0 else math.inf,
    ):
        if 0 < t < best:
            best = t
    return (x0 + best * (x1 - x0), y0 + best * (y1 - y0))


def _inside(point: tuple[float, float], bbox: BBox) -> bool:
    return bbox[0] <= point[0] <= bbox[2] and bbox[1] <= point[1] <= bbox[3]


def ties_map(ties: Sequence[MapTie], region: Region, year: int) -> Chart:
    """The region with the year's ties drawn between capitals (new ties highlighted)."""
    shapes = load_countries()
    bbox = region.bbox
    fig, ax = new_figure(7.2, 5.0)
    _draw_base(ax, shapes, bbox, region)
    edge_labels: dict[str, list[tuple[float, float]]] = {}
    placed: set[str] = set()
    missing: set[str] = set()
    for tie in ties:
        a = place_of(tie.a, shapes)
        b = _hub(tie.hub, shapes) if tie.hub else place_of(tie.b, shapes)
        if a is None or b is None:
            missing.update(x for x, p in ((tie.a, a), (tie.b, b)) if p is None and x)
            continue
        colour = ACCENT if tie.new else ACCENT_2
        ax.plot([a[0], b[0]], [a[1], b[1]], color=colour, linewidth=1.4 if tie.new else 0.9,
                alpha=0.8, zorder=3, solid_capstyle="round",
                linestyle=(0, (3, 2)) if tie.hub else "-")
        if tie.hub:
            ax.scatter([b[0]], [b[1]], s=40, facecolor="white", edgecolor=colour, zorder=3)
            placed.update(x for x in tie.hub if (p := place_of(x, shapes)) and _inside(p, bbox))
        for actor_id, here, there in ((tie.a, a, b), (tie.b, b, a)):
            if not actor_id:
                continue
            if _inside(here, bbox):
                placed.add(actor_id)
            elif _inside(there, bbox):
                exit_point = _edge_point(there, here, bbox)
                known = edge_labels.setdefault(actor_id, [])
                if all(math.dist(exit_point, p) > 2.5 for p in known):
                    known.append(exit_point)
    for actor_id in sorted(placed):
        point = place_of(actor_id, shapes)
        if point is None:
            continue
        ax.scatter([point[0]], [point[1]], s=14, color=INK, zorder=4)
        ax.annotate(say.short_name(actor_id), point, xytext=(3, 3), textcoords="offset points",
                    fontsize=6.5, color=INK, zorder=5)
    exits = [(actor_id, point) for actor_id, points in sorted(edge_labels.items())
             for point in points]
    for actor_id, (x, y) in exits:
        ax.annotate(f"→ {say.short_name(actor_id)}", (x, y), fontsize=6.5, color=INK,
                    ha="left" if x <= bbox[0] + 0.01 else "right" if x >= bbox[2] - 0.01
                    else "center", va="bottom" if y <= bbox[1] + 0.01 else "top"
                    if y >= bbox[3] - 0.01 else "center",
                    xytext=(2 if x <= bbox[0] + 0.01 else -2, 0), textcoords="offset points",
                    zorder=5, bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                                    "alpha": 0.8})
    ax.legend(handles=[
        Line2D([], [], color=ACCENT, linewidth=1.6, label=f"new tie in {year}"),
        Line2D([], [], color=ACCENT_2, linewidth=1.0, label=f"other step in {year}"),
    ], loc="lower right", fontsize=6.5, framealpha=0.9)
    caption = ("Ties of the year between capitals (a seat for the EU); a dashed line joins "
               "an outside partner of a multilateral agreement (more than three parties) to the "
               "middle of the region's states in it (the circle); partners beyond the frame are "
               "named at its edge. Country shapes: Natural Earth 1:50m (world-atlas 2.0.2).")
    if missing:
        caption += " Not drawn (no place known): " + ", ".join(sorted(missing)) + "."
    return Chart("map", f"The region's ties in {year}", to_svg(fig, key="map"), caption)


def corridor_map(geojson: Mapping[str, Any], region: Region, *, title: str, caption: str
                 ) -> Chart:
    """The corridor network (model): segments by mode, width by flow, bottleneck in red."""
    shapes = load_countries()
    features = list(geojson.get("features", []))
    points = [tuple(f["geometry"]["coordinates"]) for f in features
              if f["geometry"]["type"] == "Point"]
    bbox = _frame(points, region.bbox)
    fig, ax = new_figure(7.2, 5.2)
    _draw_base(ax, shapes, bbox, region)
    colours = {"rail": "#334e68", "road": "#829ab1", "sea": "#2186eb", "border": "#486581"}
    for feature in features:
        if feature["geometry"]["type"] != "LineString":
            continue
        props = feature.get("properties", {})
        (x0, y0), (x1, y1) = feature["geometry"]["coordinates"]
        flow = float(props.get("flow_tonnes_per_year") or 0)
        width = 0.6 + min(3.0, flow / 2_000_000)
        colour = "#b91c1c" if props.get("bottleneck") else colours.get(
            str(props.get("mode")), MUTED)
        ax.plot([x0, x1], [y0, y1], color=colour, linewidth=width, zorder=3,
                solid_capstyle="round", alpha=0.9)
    labelled: list[tuple[float, float]] = []  # places already labelled
    for feature in features:
        if feature["geometry"]["type"] != "Point":
            continue
        props = feature.get("properties", {})
        x, y = feature["geometry"]["coordinates"]
        facility = props.get("facility")
        bottleneck = bool(facility and facility.get("bottleneck"))
        ax.scatter([x], [y], s=16 if facility else 5,
                   color="#b91c1c" if bottleneck else INK, zorder=4)
        if bottleneck or (props.get("kind") in ("port", "city") and not facility):
            # labels of places within 1.5 degrees of each other stack downwards
            # under the first such label
            near = [(lx, ly) for (lx, ly) in labelled if abs(lx - x) < 1.5 and abs(ly - y) < 1.5]
            labelled.append((x, y))
            anchor = near[0] if near else (x, y)
            ax.annotate(str(props.get("name", "")), anchor, xytext=(3, -7 - 7 * len(near)),
                        textcoords="offset points", fontsize=5.5, color=INK, zorder=5,
                        bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none",
                              "alpha": 0.7})
    ax.legend(handles=[
        Line2D([], [], color=c, linewidth=1.5, label=m) for m, c in colours.items()
    ] + [Line2D([], [], color="#b91c1c", linewidth=1.5, label="bottleneck")],
        loc="upper left", fontsize=6, framealpha=0.9)
    return Chart("corridor", title, to_svg(fig, key="corridor"), caption)


def _frame(points: Iterable[tuple[float, ...]], fallback: BBox) -> BBox:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    if not xs:
        return fallback
    pad_x = max(1.5, (max(xs) - min(xs)) * 0.05)
    pad_y = max(1.5, (max(ys) - min(ys)) * 0.08)
    return (min(xs) - pad_x, min(ys) - pad_y, max(xs) + pad_x, max(ys) + pad_y)

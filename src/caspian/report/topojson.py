"""Country shapes from a TopoJSON file (Natural Earth, as packaged by ``world-atlas``).

TopoJSON stores shared borders once as *arcs* (delta-encoded, quantized integer
positions) and each geometry as lists of arc indexes; a negative index ``~i`` means arc
``i`` walked backwards. :func:`decode_countries` turns the ``countries`` object into
plain rings of (lon, lat) points, one :class:`CountryShape` per country, keyed by its
ISO 3166-1 alpha-3 code (the file carries ISO numeric ids).

The map data is not in the repository: ``make assets`` fetches it from the npm registry,
pinned by ``report-assets/package-lock.json``; :func:`default_atlas_path` says where.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pycountry

from caspian.errors import DataFileError, MissingAssetsError

Point = tuple[float, float]
Ring = tuple[Point, ...]

#: the package folder fetched by `make assets` (relative to the repository root)
ASSETS_DIR = Path(__file__).resolve().parents[3] / "report-assets" / "node_modules" / "world-atlas"
#: 1:50m shapes: detailed enough for a regional map, small enough to draw quickly
ATLAS_FILE = "countries-50m.json"


@dataclass(frozen=True, slots=True)
class CountryShape:
    """One country: its alpha-3 code (or the numeric id when unknown), name and polygons.

    `polygons` holds, per polygon, its rings: the outer ring first, then holes.
    """

    code: str
    name: str
    polygons: tuple[tuple[Ring, ...], ...]

    def bbox(self) -> tuple[float, float, float, float]:
        lons = [p[0] for poly in self.polygons for ring in poly for p in ring]
        lats = [p[1] for poly in self.polygons for ring in poly for p in ring]
        return (min(lons), min(lats), max(lons), max(lats))

    def centroid(self) -> Point:
        """Area-weighted centroid of the largest polygon's outer ring (a label point)."""
        best: tuple[float, Point] = (0.0, self.polygons[0][0][0])
        for poly in self.polygons:
            ring = poly[0]
            area = cx = cy = 0.0
            for (x0, y0), (x1, y1) in itertools.pairwise(ring):
                cross = x0 * y1 - x1 * y0
                area += cross
                cx += (x0 + x1) * cross
                cy += (y0 + y1) * cross
            if area and abs(area) > best[0]:
                best = (abs(area), (cx / (3 * area), cy / (3 * area)))
        return best[1]


def default_atlas_path() -> Path:
    """The atlas file: in CASPIAN_REPORT_ASSETS (a world-atlas folder) if set, else the
    repository's report-assets."""
    folder = os.environ.get("CASPIAN_REPORT_ASSETS")
    return (Path(folder) if folder else ASSETS_DIR) / ATLAS_FILE


def _decode_arcs(topology: Mapping[str, Any], path: Path) -> list[list[Point]]:
    transform = topology.get("transform")
    arcs: list[list[Point]] = []
    for raw in topology.get("arcs", []):
        points: list[Point] = []
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            for position in raw:
                x += position[0]
                y += position[1]
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(float(p[0]), float(p[1])) for p in raw]
        arcs.append(points)
    if not arcs:
        raise DataFileError("the TopoJSON file has no arcs", path=path)
    return arcs


def _ring(indexes: Sequence[int], arcs: Sequence[Sequence[Point]]) -> Ring:
    points: list[Point] = []
    for index in indexes:
        arc = list(arcs[~index])[::-1] if index < 0 else list(arcs[index])
        # consecutive arcs share their joining point: keep it once
        points.extend(arc[1:] if points else arc)
    return tuple(points)


def _alpha3(numeric: str | None) -> str | None:
    if not numeric:
        return None
    country = pycountry.countries.get(numeric=numeric.zfill(3))
    return None if country is None else str(country.alpha_3)


def decode_countries(path: Path) -> dict[str, CountryShape]:
    """Every country of the file's ``countries`` object, keyed by alpha-3 code."""
    try:
        topology = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise MissingAssetsError(
            f"{path}: map data not found ({err.strerror}); run `make assets` to fetch it"
        ) from None
    except json.JSONDecodeError as err:
        raise DataFileError(f"not valid JSON: {err.msg}", path=path, line=err.lineno) from None
    if topology.get("type") != "Topology" or "countries" not in topology.get("objects", {}):
        raise DataFileError("not a TopoJSON topology with a 'countries' object", path=path)
    arcs = _decode_arcs(topology, path)
    shapes: dict[str, CountryShape] = {}
    for geometry in topology["objects"]["countries"].get("geometries", []):
        kind = geometry.get("type")
        if kind == "Polygon":
            parts = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            parts = geometry["arcs"]
        else:
            continue
        polygons = tuple(tuple(_ring(ring, arcs) for ring in part) for part in parts)
        numeric = geometry.get("id")
        code = _alpha3(str(numeric) if numeric is not None else None)
        name = str(geometry.get("properties", {}).get("name", ""))
        key = code or f"#{numeric or name}"
        if key in shapes:  # a few territories share a code: merge their polygons
            old = shapes[key]
            shapes[key] = CountryShape(key, old.name, old.polygons + polygons)
        else:
            shapes[key] = CountryShape(key, name, polygons)
    return shapes


def load_countries(path: Path | None = None) -> dict[str, CountryShape]:
    """The country shapes of the fetched atlas (decoded once per file); a clear error
    when the file is absent."""
    where = default_atlas_path() if path is None else path
    if not where.is_file():
        raise MissingAssetsError(
            f"{where}: map data for the Year in Review is missing; run `make assets` "
            "(npm ci --prefix report-assets) to fetch it"
        )
    return _decoded(where.resolve())


@cache
def _decoded(path: Path) -> dict[str, CountryShape]:
    return decode_countries(path)

"""TopoJSON decoding (our own small decoder) and the map data fetched by `make assets`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from caspian.errors import DataFileError, MissingAssetsError
from caspian.report.topojson import (
    decode_countries,
    default_atlas_path,
    load_countries,
)


def _write(tmp_path: Path, topology: Mapping[str, object]) -> Path:
    path = tmp_path / "topo.json"
    path.write_text(json.dumps(topology), encoding="utf-8")
    return path


def test_quantized_delta_arcs_and_reversed_arcs_make_closed_rings(tmp_path: Path) -> None:
    # two squares sharing an edge: arc 0 is the shared edge, walked backwards by the second
    topology = {
        "type": "Topology",
        "transform": {"scale": [0.5, 2.0], "translate": [10.0, -4.0]},
        "arcs": [
            [[2, 0], [0, 2]],  # (2,0) -> (2,2): shared edge
            [[2, 2], [-2, 0], [0, -2], [2, 0]],  # (2,2) -> (0,2) -> (0,0) -> (2,0)
            [[2, 0], [2, 0], [0, 2], [-2, 0]],  # (2,0) -> (4,0) -> (4,2) -> (2,2)
        ],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0, 1]], "id": "398",
                     "properties": {"name": "West"}},
                    {"type": "MultiPolygon", "arcs": [[[2, ~0]]], "id": "860",
                     "properties": {"name": "East"}},
                ],
            }
        },
    }
    shapes = decode_countries(_write(tmp_path, topology))
    assert set(shapes) == {"KAZ", "UZB"}  # ISO numeric ids become alpha-3 codes
    west = shapes["KAZ"].polygons[0][0]
    assert west[0] == west[-1]  # closed
    assert west == ((11.0, -4.0), (11.0, 0.0), (10.0, 0.0), (10.0, -4.0), (11.0, -4.0))
    east = shapes["UZB"].polygons[0][0]
    assert east == ((11.0, -4.0), (12.0, -4.0), (12.0, 0.0), (11.0, 0.0), (11.0, -4.0))
    assert shapes["UZB"].bbox() == (11.0, -4.0, 12.0, 0.0)
    assert shapes["UZB"].centroid() == pytest.approx((11.5, -2.0))


def test_a_file_that_is_not_a_topology_is_a_data_file_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="TopoJSON"):
        decode_countries(_write(tmp_path, {"type": "FeatureCollection", "features": []}))


def test_missing_map_data_says_to_run_make_assets(tmp_path: Path) -> None:
    with pytest.raises(MissingAssetsError, match="make assets"):
        load_countries(tmp_path / "absent" / "countries-50m.json")


def test_fetched_natural_earth_atlas_has_the_region() -> None:
    path = default_atlas_path()
    assert path.is_file(), f"{path} missing: run `make assets`"
    shapes = load_countries()
    for code in ("KAZ", "UZB", "TKM", "KGZ", "TJK", "AZE", "ARM", "GEO", "RUS", "CHN"):
        assert code in shapes
    west, south, east, north = shapes["KAZ"].bbox()
    assert 45 < west < 48 and 87 < east < 88 and 40 < south < 41 and 55 < north < 56

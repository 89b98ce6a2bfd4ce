"""Malformed corridor data files are rejected with the file, the line and the reason."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from caspian.corridor import load_data, load_scenarios
from caspian.corridor.data import DATA_DIR
from caspian.errors import DataFileError


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def replace_line(path: Path, old: str, new: str) -> int:
    """Replace the first line containing `old` (as a substring) and return its number."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        if old in line:
            lines[index] = line.replace(old, new, 1)
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            return index + 1
    raise AssertionError(f"{old!r} not in {path}")


def test_corridor_data_package_files_load() -> None:
    data = load_data()
    book = load_scenarios(data)
    assert {"china-border", "black-sea-turkey", "azerbaijan"} <= set(data.sets)
    assert {"tripp-open", "georgia-closed", "alat-phase-2"} <= set(book.scenarios)
    for row in data.rows:
        if row.has_capacity:
            assert row.capacity_source and row.capacity_reliability


@pytest.mark.parametrize(
    ("old", "new", "field", "reason"),
    [
        ("tripp,aghband,ordubad,rail", "tripp,aghband,nowhere,rail", "to", "unknown node"),
        ("tripp,aghband,ordubad,rail", "tripp,aghband,ordubad,tram", "mode", "is not one of"),
        ("2029,planned,arm-aze", "20x9,planned,arm-aze", "opens", "whole number"),
        (",42,50;51;52;53,15000", ",-42,50;51;52;53,15000", "distance_km", "greater than 0"),
        ("15000,,,50;51;52;53,assumed", "15000,,,50;51;52;53,", "capacity_reliability",
         "is not one of"),
        ("15000,,,50;51;52;53,assumed", "15000,,,999,assumed", "capacity_source",
         "unknown source"),
        ("arm-aze-peace-signed,42", "no-such-condition,42", "requires", "unknown condition"),
    ],
)
def test_corridor_data_bad_segment_row(folder: Path, old: str, new: str, field: str,
                                       reason: str) -> None:
    path = folder / "segments.csv"
    line = replace_line(path, old, new)
    with pytest.raises(DataFileError) as caught:
        load_scenarios(load_data(folder))
    err = caught.value
    assert err.path == str(path)
    assert err.line == line
    assert err.field == field
    assert reason in str(err)
    assert f"line {line}" in str(err)


def test_corridor_data_bad_node_row(folder: Path) -> None:
    path = folder / "nodes.csv"
    line = replace_line(path, "kars,Kars,city,TUR,40.60", "kars,Kars,city,TURKEY,40.60")
    with pytest.raises(DataFileError) as caught:
        load_data(folder)
    assert (caught.value.path, caught.value.line, caught.value.field) == (str(path), line,
                                                                          "country")


def test_corridor_data_missing_column(folder: Path) -> None:
    path = folder / "segments.csv"
    replace_line(path, "capacity_source,", "")
    with pytest.raises(DataFileError, match="missing column") as caught:
        load_data(folder)
    assert caught.value.line == 1


def test_corridor_data_bad_scenario(folder: Path) -> None:
    path = folder / "scenarios.toml"
    line = replace_line(path, "close_countries = [\"GEO\"]", "close = [\"atlantis\"]")
    with pytest.raises(DataFileError, match="unknown segment or node") as caught:
        load_scenarios(load_data(folder))
    assert caught.value.path == str(path)
    assert caught.value.line is not None and caught.value.line < line


def test_corridor_data_bad_condition_stage(folder: Path) -> None:
    path = folder / "scenarios.toml"
    replace_line(path, 'stage_at_least = "signed"', 'stage_at_least = "suspended"')
    with pytest.raises(DataFileError, match="lifecycle stage") as caught:
        load_scenarios(load_data(folder))
    assert caught.value.field == "stage_at_least"


def test_corridor_data_invalid_toml(folder: Path) -> None:
    path = folder / "model.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n[sets.broken\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="invalid TOML") as caught:
        load_data(folder)
    assert caught.value.path == str(path)
    assert caught.value.line is not None

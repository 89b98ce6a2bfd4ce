"""Regions of the Year in Review (data/regions.toml) and the capitals file."""

from __future__ import annotations

from pathlib import Path

import pytest

from caspian.actors import load_registry
from caspian.errors import DataFileError, InputError
from caspian.report.regions import load_capitals, load_regions


def test_default_region_is_central_asia_and_the_south_caucasus() -> None:
    book = load_regions()
    region = book.get(None)
    assert region.id == book.default
    assert {"KAZ", "KGZ", "TJK", "TKM", "UZB", "ARM", "AZE", "GEO"} <= region.core
    assert region.covers(["USA", "KAZ"]) and not region.covers(["GBR", "IND"])
    west, south, east, north = region.bbox
    assert west < 44.5 < east and south < 40.2 < north  # Yerevan is in the frame
    assert region.source


def test_world_region_covers_everything() -> None:
    world = load_regions().get("world")
    assert world.everything and world.covers(["GBR", "IND"]) and world.is_core("BRA")


def test_unknown_region_names_the_known_ones() -> None:
    with pytest.raises(InputError, match="central-asia-south-caucasus"):
        load_regions().get("atlantis")


def test_region_with_unknown_actor_is_a_data_file_error(tmp_path: Path) -> None:
    path = tmp_path / "regions.toml"
    path.write_text(
        'default = "x"\n[regions.x]\nname = "X"\ncore = ["KAZ", "NOPE"]\n'
        'bbox = [0, 0, 10, 10]\nsource = "test"\n',
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="NOPE"):
        load_regions(path)


def test_region_with_inverted_bbox_is_a_data_file_error(tmp_path: Path) -> None:
    path = tmp_path / "regions.toml"
    path.write_text(
        'default = "x"\n[regions.x]\nname = "X"\ncore = ["KAZ"]\n'
        'bbox = [10, 0, 0, 10]\nsource = "test"\n',
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="bbox"):
        load_regions(path)


def test_capitals_are_known_actors_with_sources_and_sane_coordinates() -> None:
    registry = load_registry()
    capitals = load_capitals()
    for core in ("KAZ", "KGZ", "TJK", "TKM", "UZB", "ARM", "AZE", "GEO", "EU"):
        assert core in capitals
    for capital in capitals.values():
        assert capital.actor_id in registry
        assert capital.source
        assert -90 <= capital.lat <= 90 and -180 <= capital.lon <= 180
        # the place is the capital (or seat) the actor registry names for the actor
        assert capital.place in registry.get(capital.actor_id).capitals

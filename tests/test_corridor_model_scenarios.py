"""The corridor model on a small network with hand-computed answers.

    o --rail--> [b: border 10] --rail 7--> [p: port 6, 9 from 2026] --sea--> [q: port 8]
    q --rail 5--> d
    q --rail 4 (from 2027, needs an agreement)--> y --rail--> d
"""

from __future__ import annotations

from pathlib import Path

import pytest

from caspian.corridor import analyse, build_network, load_data, load_scenarios
from caspian.errors import InputError

NODES = """id,name,kind,country,lat,lon,source,reliability,note
o,Origin,city,CHN,45.0,82.0,placed,C,
b,Border,border,CHN-KAZ,45.0,80.0,placed,C,
p,East port,port,KAZ,43.0,51.0,placed,C,
q,West port,port,AZE,40.0,49.0,placed,C,
y,Detour,junction,ARM,39.0,46.0,placed,C,
d,Destination,city,TUR,40.0,43.0,placed,C,
"""
HEADER = ("id,from,to,mode,name,opens,status,requires,distance_km,distance_source,capacity_kt,"
          "capacity_trains_per_day,capacity_teu,capacity_source,capacity_reliability,"
          "transit_hours,time_source,note")
SEGMENTS = HEADER + """
b,b,b,border,Border post,,operational,,,,10,,,1,B,,,
p,p,p,port,East port,,operational,,,,6,,,1,B,,,
p,p,p,port,East port,2026,operational,,,,9,,,1,B,,,
q,q,q,port,West port,,operational,,,,8,,,1,B,,,
o-b,o,b,rail,Origin–Border,,operational,,100,1,,,,,,,,
b-p,b,p,rail,Border–East port,,operational,,1000,1,7,,,1,A,,,
p-q,p,q,sea,Sea crossing,,operational,,300,1,,,,,,15,1,
q-d,q,d,rail,Main line,,operational,,600,1,5,,,1,B,,,
q-y,q,y,rail,New link,2027,planned,peace,100,1,4,,,1,assumed,,,capacity assumed for the test
y-d,y,d,rail,Detour–Destination,2027,planned,,100,1,,,,,,,,
"""
MODEL = """
[sets.east]
name = "East"
nodes = ["o"]
[sets.west]
name = "West"
nodes = ["d"]
"""
PARAMS = {"rail_detour": 1.25, "sea_detour": 1.1, "rail_speed": 800, "sea_speed": 20,
          "port_dwell": 20, "border_dwell": 12, "fleet_wait": 24, "net_tonnes_per_train": 2500,
          "tonnes_per_teu": 10, "rail_cost": 0.05, "sea_cost": 0.08, "port_cost": 10,
          "border_cost": 3, "road_speed": 500, "road_cost": 0.1}
SCENARIOS = """
[conditions.peace]
parties = ["ARM", "AZE"]
instrument = "peace_agreement"
stage_at_least = "signed"
default = false

[scenarios.peace-signed]
description = "the agreement is signed"
conditions = { peace = true }

[scenarios.main-closed]
description = "main line closed"
close = ["q-d"]

[scenarios.small-port]
description = "east port at 3"
set_capacity_kt = { p = 3 }

[scenarios.double-main]
description = "main line doubled"
scale_capacity = { q-d = 2.0 }

[scenarios.armenia-closed]
description = "no transit through Armenia"
close_countries = ["ARM"]

[scenarios.force-link]
description = "the new link opened early"
open = ["q-y", "y-d"]
"""


def write_tiny(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sources.csv").write_text("key,url\n1,https://example.org/one\n", encoding="utf-8")
    (folder / "nodes.csv").write_text(NODES, encoding="utf-8")
    (folder / "segments.csv").write_text(SEGMENTS, encoding="utf-8")
    params = "".join(
        f'[parameters.{name}]\nvalue = {value}\nunit = "x"\nsource = "assumption"\n'
        f'note = "test value for {name}"\n'
        for name, value in PARAMS.items()
    )
    (folder / "model.toml").write_text(params + MODEL, encoding="utf-8")
    (folder / "scenarios.toml").write_text(SCENARIOS, encoding="utf-8")
    return folder


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return write_tiny(tmp_path / "corridor")


def run(folder: Path, year: int, *scenarios: str):  # type: ignore[no-untyped-def]
    data = load_data(folder)
    return analyse(year=year, origins="east", destinations="west", scenarios=scenarios,
                   data=data, book=load_scenarios(data))


def test_corridor_model_base_capacity_and_bottleneck(tiny: Path) -> None:
    answer = run(tiny, 2024)
    assert answer.capacity_kt == 5
    assert [item.segment.id for item in answer.bottleneck] == ["q-d"]
    body = answer.to_dict()
    assert body["capacity_tonnes_per_year"] == 5000
    assert body["bottleneck"]["segments"][0]["name"] == "Main line"
    assert body["difference_from_base"] is None


def test_corridor_model_year_filtering(tiny: Path) -> None:
    data = load_data(tiny)
    book = load_scenarios(data)
    early = build_network(data, book, year=2025)
    later = build_network(data, book, year=2026)
    assert early.segments["p"].capacity_kt == 6
    assert later.segments["p"].capacity_kt == 9
    assert "y-d" not in later.segments
    assert any(e.segment_id == "y-d" and "2027" in e.reason for e in later.excluded)
    assert "y-d" in build_network(data, book, year=2027).segments
    with pytest.raises(InputError):
        build_network(data, book, year=1999)


def test_corridor_model_condition_default_and_scenario(tiny: Path) -> None:
    closed = run(tiny, 2028)
    assert closed.capacity_kt == 5
    assert "q-y" in {e.segment_id for e in closed.network.excluded}
    assert any(a["key"] == "condition:peace" for a in closed.assumptions)
    opened = run(tiny, 2028, "peace-signed")
    # 5 + 4 behind q (8) would be 8, but b-p (7) limits first: cut nearest the origin
    assert opened.capacity_kt == 7
    assert [item.segment.id for item in opened.bottleneck] == ["b-p"]
    diff = opened.difference()
    assert diff is not None
    assert diff["change_tonnes_per_year"] == 2000
    assert diff["bottleneck_changed"] is True
    assumed = {a["key"] for a in opened.assumptions}
    assert "capacity:q-y" in assumed  # the assumed capacity of the link carrying flow
    assert "condition:peace" in assumed  # and the agreement it needs


def test_corridor_model_overlays(tiny: Path) -> None:
    assert run(tiny, 2028, "peace-signed", "main-closed").capacity_kt == 4
    assert run(tiny, 2024, "main-closed").capacity_kt == 0
    small = run(tiny, 2024, "small-port")
    assert small.capacity_kt == 3
    assert [item.segment.id for item in small.bottleneck] == ["p"]
    assert small.bottleneck[0].segment.reliability == "scenario"
    doubled = run(tiny, 2024, "double-main")
    assert doubled.capacity_kt == 6  # the east port (6) binds once the main line is 10
    assert run(tiny, 2028, "peace-signed", "armenia-closed").capacity_kt == 5
    forced = run(tiny, 2024, "force-link")
    assert forced.capacity_kt == 6  # 5 + 4 limited by the east port (6) in 2024


def test_corridor_model_routes(tiny: Path) -> None:
    answer = run(tiny, 2024)
    assert answer.fastest is not None
    assert [s.id for s in answer.fastest.segments] == ["o-b", "b", "b-p", "p", "p-q", "q", "q-d"]
    # 100+1000+600 km rail at 800 km/day, 15 h sea, 12 h border, 2 x 20 h ports
    assert answer.fastest.hours == pytest.approx(1700 / 800 * 24 + 15 + 12 + 40, abs=0.3)
    assert answer.fastest.distance_km == pytest.approx(100 + 1000 + 300 + 600)
    # cost: 1700 km rail x 0.05 + 300 km sea x 0.08 + border 3 + 2 ports x 10
    assert answer.fastest.cost_usd_per_t == pytest.approx(85 + 24 + 3 + 20)
    assert sum(r.tonnes_per_year or 0 for r in answer.flow_routes) == 5000


def test_corridor_model_unknown_names(tiny: Path) -> None:
    data = load_data(tiny)
    with pytest.raises(InputError, match="unknown scenario"):
        analyse(year=2024, origins="east", destinations="west", scenarios=["nope"], data=data)
    with pytest.raises(InputError, match="unknown set"):
        analyse(year=2024, origins="east", destinations="nowhere", data=data)

"""The physical corridor: a network model of the Trans-Caspian route and its links.

Data (nodes, segments with sources, parameters, scenarios) in ``corridor/data/``;
:func:`analyse` gives capacity, bottleneck, routes and assumptions for a year and
scenarios; :func:`network_geojson` draws the network.
"""

from __future__ import annotations

from caspian.corridor.analysis import CorridorAnswer, Route, analyse, answer_for
from caspian.corridor.data import CAPACITY_UNIT, CorridorData, default_data, load_data
from caspian.corridor.geojson import network_geojson
from caspian.corridor.network import Network, Segment, build_network
from caspian.corridor.scenarios import (
    KB_SCENARIO,
    KnowledgeBaseStages,
    ScenarioBook,
    StageSource,
    load_scenarios,
)

__all__ = [
    "CAPACITY_UNIT",
    "KB_SCENARIO",
    "CorridorAnswer",
    "CorridorData",
    "KnowledgeBaseStages",
    "Network",
    "Route",
    "ScenarioBook",
    "Segment",
    "StageSource",
    "analyse",
    "answer_for",
    "build_network",
    "default_data",
    "load_data",
    "load_scenarios",
    "network_geojson",
]

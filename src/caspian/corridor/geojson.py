"""The corridor network as GeoJSON (RFC 7946) for maps.

Nodes are Points, segments LineStrings (facilities of one node are folded into the
node's properties). Coordinates are [longitude, latitude]. When an answer is given,
each segment also carries the flow it takes in that answer and whether it is part of
the bottleneck.
"""

from __future__ import annotations

from typing import Any

from caspian.corridor.analysis import CorridorAnswer
from caspian.corridor.network import Network, Segment


def _segment_properties(segment: Segment) -> dict[str, Any]:
    return {
        "id": segment.id,
        "name": segment.name,
        "mode": segment.mode,
        "status": segment.status,
        "opens": segment.opens,
        "capacity_tonnes_per_year": None
        if segment.capacity_kt is None
        else segment.capacity_kt * 1000,
        "capacity_teu": segment.capacity_teu,
        "reliability": segment.reliability,
        "source": segment.source,
        "distance_km": segment.distance_km,
        "hours": segment.hours,
        "assumptions": [a.text for a in segment.assumptions],
    }


def network_geojson(network: Network, *, answer: CorridorAnswer | None = None) -> dict[str, Any]:
    """A FeatureCollection of the network in service in the network's year."""
    data = network.data
    cut = {item.segment.id for item in answer.bottleneck} if answer is not None else set()
    features: list[dict[str, Any]] = []
    for node_id in sorted(network.live_nodes):
        node = data.nodes[node_id]
        props: dict[str, Any] = {
            "id": node.id, "name": node.name, "kind": node.kind,
            "country": "-".join(node.countries) or None,
            "coordinates_source": node.source, "coordinates_reliability": node.reliability,
        }
        facility = network.facility(node_id)
        if facility is not None:
            props["facility"] = _segment_properties(facility)
            if answer is not None:
                props["facility"]["flow_tonnes_per_year"] = (
                    answer.flows_kt.get(facility.id, 0) * 1000
                )
                props["facility"]["bottleneck"] = facility.id in cut
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [node.lon, node.lat]},
            "properties": props,
        })
    for segment in network.segments.values():
        if segment.is_facility:
            continue
        a, b = data.nodes[segment.start], data.nodes[segment.end]
        props = _segment_properties(segment)
        if answer is not None:
            props["flow_tonnes_per_year"] = answer.flows_kt.get(segment.id, 0) * 1000
            props["bottleneck"] = segment.id in cut
        features.append({
            "type": "Feature",
            "geometry": {"type": "LineString", "coordinates": [[a.lon, a.lat], [b.lon, b.lat]]},
            "properties": props,
        })
    collection: dict[str, Any] = {
        "type": "FeatureCollection",
        "features": features,
        "properties": {
            "year": network.year,
            "scenarios": [s.id for s in network.scenarios],
            "excluded": [e.to_dict() for e in network.excluded],
        },
    }
    if answer is not None:
        collection["properties"]["capacity_tonnes_per_year"] = answer.capacity_kt * 1000
        collection["properties"]["bottleneck"] = answer.bottleneck_summary
    return collection

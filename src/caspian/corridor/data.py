"""Loading and validating the corridor data files.

The data live in ``caspian/corridor/data/`` (or any folder with the same files):

``nodes.csv``
    places: cities, junctions, border crossings, ports and the shared Caspian fleets,
    with country (ISO 3166 alpha-3; ``AAA-BBB`` for a border crossing; empty for a
    fleet), coordinates, and the source and reliability of the coordinates.
``segments.csv``
    links between two nodes (``mode`` rail, sea or road) and facilities of one node
    (``mode`` port, border or fleet, ``from`` = ``to``): their throughput splits the
    node in the network. One segment may have several rows, one per year in which it
    opens or changes; every figure names its source (keys of ``sources.csv``) and
    capacities their reliability (A, B, C or ``assumed``).
``model.toml``
    parameters (assumed or sourced figures used where a row has none) and the named
    sets of origins and destinations.
``scenarios.toml``
    conditions tied to agreements, and named scenario overlays (see
    :mod:`caspian.corridor.scenarios`).
``sources.csv``
    the reference keys and their addresses.

Every problem raises :class:`~caspian.errors.DataFileError` with the file, the line
and the field.
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from caspian.errors import DataFileError

DATA_DIR = Path(__file__).resolve().parent / "data"

#: Capacities are integers in thousand tonnes a year (kt/yr) throughout the model.
CAPACITY_UNIT = "kt/yr"
#: The first year the data describe; a row without an opening year is in service from it.
FIRST_YEAR = 2020
LAST_YEAR = 2060

NODE_KINDS = frozenset({"city", "junction", "border", "port", "fleet"})
LINE_MODES = frozenset({"rail", "sea", "road"})
FACILITY_MODES = frozenset({"port", "border", "fleet"})
STATUSES = frozenset({"operational", "under_construction", "planned", "proposed"})
RELIABILITIES = frozenset({"A", "B", "C", "assumed"})
#: Source tokens that are not reference keys.
SOURCE_WORDS = frozenset({"assumption", "placed", "derived"})

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")

NODE_COLUMNS = ("id", "name", "kind", "country", "lat", "lon", "source", "reliability", "note")
SEGMENT_COLUMNS = (
    "id", "from", "to", "mode", "name", "opens", "status", "requires",
    "distance_km", "distance_source",
    "capacity_kt", "capacity_trains_per_day", "capacity_teu", "capacity_source",
    "capacity_reliability", "transit_hours", "time_source", "note",
)
PARAMETER_NAMES = (
    "rail_detour", "sea_detour", "rail_speed", "sea_speed", "port_dwell", "border_dwell",
    "fleet_wait", "net_tonnes_per_train", "tonnes_per_teu", "rail_cost", "sea_cost",
    "port_cost", "border_cost", "road_speed", "road_cost",
)


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    name: str
    kind: str
    countries: tuple[str, ...]
    lat: float
    lon: float
    source: str
    reliability: str
    note: str


@dataclass(frozen=True, slots=True)
class SegmentRow:
    """One row of segments.csv: a segment's figures from the year ``opens`` on."""

    id: str
    start: str
    end: str
    mode: str
    name: str
    opens: int | None
    status: str
    requires: tuple[str, ...]
    distance_km: float | None
    distance_source: str
    capacity_kt: int | None
    capacity_trains_per_day: float | None
    capacity_teu: int | None
    capacity_source: str
    capacity_reliability: str
    transit_hours: float | None
    time_source: str
    note: str
    line: int

    @property
    def is_facility(self) -> bool:
        return self.mode in FACILITY_MODES

    @property
    def has_capacity(self) -> bool:
        return (
            self.capacity_kt is not None
            or self.capacity_trains_per_day is not None
            or self.capacity_teu is not None
        )


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    value: float
    unit: str
    source: str
    note: str

    @property
    def assumed(self) -> bool:
        return self.source == "assumption"


@dataclass(frozen=True, slots=True)
class NodeSet:
    id: str
    name: str
    nodes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CorridorData:
    """Everything in the data folder, validated."""

    nodes: dict[str, Node]
    rows: tuple[SegmentRow, ...]
    parameters: dict[str, Parameter]
    sets: dict[str, NodeSet]
    sources: dict[str, str]
    folder: Path
    segment_ids: tuple[str, ...] = field(default=())

    def rows_of(self, segment_id: str) -> list[SegmentRow]:
        return [row for row in self.rows if row.id == segment_id]

    def param(self, name: str) -> Parameter:
        return self.parameters[name]


# --- small parsers -------------------------------------------------------------------


def _text(row: Mapping[str, str | None], name: str) -> str:
    return (row.get(name) or "").strip()


def _float(
    row: Mapping[str, str | None], name: str, *, path: Path, line: int, positive: bool = True
) -> float | None:
    raw = _text(row, name)
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise DataFileError(f"{raw!r} is not a number", path=path, line=line, field=name) from None
    if positive and not value > 0:
        raise DataFileError(f"{raw!r} must be greater than 0", path=path, line=line, field=name)
    return value


def _int(row: Mapping[str, str | None], name: str, *, path: Path, line: int) -> int | None:
    raw = _text(row, name)
    if not raw:
        return None
    if not re.fullmatch(r"\d+", raw) or int(raw) <= 0:
        raise DataFileError(
            f"{raw!r} is not a whole number greater than 0", path=path, line=line, field=name
        )
    return int(raw)


def check_source(value: str, sources: Mapping[str, str], *, path: Path, line: int | None,
                 field: str) -> str:
    """Check a source field: reference keys and/or source words separated by ';'."""
    if not value:
        raise DataFileError("a figure needs a source", path=path, line=line, field=field)
    for token in (part.strip() for part in value.split(";")):
        if token in SOURCE_WORDS:
            continue
        if token not in sources:
            raise DataFileError(
                f"unknown source {token!r} (not a key of sources.csv nor one of "
                f"{', '.join(sorted(SOURCE_WORDS))})",
                path=path,
                line=line,
                field=field,
            )
    return value


def _read_csv(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str | None]]]:
    try:
        with open(path, encoding="utf-8", newline="") as stream:
            reader = csv.DictReader(stream)
            header = reader.fieldnames or []
            missing = [name for name in columns if name not in header]
            if missing:
                raise DataFileError(
                    f"missing column(s): {', '.join(missing)}", path=path, line=1
                )
            rows: list[tuple[int, dict[str, str | None]]] = []
            for row in reader:
                if None in row:
                    raise DataFileError(
                        "more fields than columns", path=path, line=reader.line_num
                    )
                rows.append((reader.line_num, dict(row)))
            return rows
    except OSError as err:
        raise DataFileError(f"cannot read: {err.strerror}", path=path) from None
    except UnicodeDecodeError:
        raise DataFileError("not UTF-8 text", path=path) from None


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as stream:
            return tomllib.load(stream)
    except OSError as err:
        raise DataFileError(f"cannot read: {err.strerror}", path=path) from None
    except tomllib.TOMLDecodeError as err:
        found = re.search(r"\(at line (\d+), column \d+\)$", str(err))
        line = int(found.group(1)) if found else getattr(err, "lineno", None)
        message = str(err)[: found.start()].strip() if found else str(err)
        raise DataFileError(f"invalid TOML: {message}", path=path, line=line) from None


def toml_line(path: Path, *keys: str) -> int | None:
    """The line of a ``[a.b]`` table header in a TOML file (for error messages)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    wanted = ".".join(keys)
    for number, text in enumerate(lines, start=1):
        stripped = text.strip()
        if stripped in (f"[{wanted}]", f"[[{wanted}]]"):
            return number
    return None


# --- the files -----------------------------------------------------------------------


def load_sources(path: Path) -> dict[str, str]:
    sources: dict[str, str] = {}
    for line, row in _read_csv(path, ("key", "url")):
        key = _text(row, "key")
        url = _text(row, "url")
        if not key:
            raise DataFileError("empty key", path=path, line=line, field="key")
        if not url:
            raise DataFileError("empty url", path=path, line=line, field="url")
        if key in sources:
            raise DataFileError(f"duplicate key {key!r}", path=path, line=line, field="key")
        sources[key] = url
    return sources


def load_nodes(path: Path, sources: Mapping[str, str]) -> dict[str, Node]:
    nodes: dict[str, Node] = {}
    for line, row in _read_csv(path, NODE_COLUMNS):
        node_id = _text(row, "id")
        if not _ID.match(node_id):
            raise DataFileError(
                f"{node_id!r} is not an id (lower-case letters, digits, '-')",
                path=path, line=line, field="id",
            )
        if node_id in nodes:
            raise DataFileError(f"duplicate node {node_id!r}", path=path, line=line, field="id")
        kind = _text(row, "kind")
        if kind not in NODE_KINDS:
            raise DataFileError(
                f"{kind!r} is not one of {', '.join(sorted(NODE_KINDS))}",
                path=path, line=line, field="kind",
            )
        country = _text(row, "country")
        countries = tuple(country.split("-")) if country else ()
        if kind == "fleet" and countries:
            raise DataFileError("a fleet has no country", path=path, line=line, field="country")
        if kind != "fleet" and not countries:
            raise DataFileError("a country is needed", path=path, line=line, field="country")
        if any(not _COUNTRY.match(code) for code in countries) or len(countries) > 2:
            raise DataFileError(
                f"{country!r} is not an ISO alpha-3 code (or two joined by '-')",
                path=path, line=line, field="country",
            )
        lat = _float(row, "lat", path=path, line=line, positive=False)
        lon = _float(row, "lon", path=path, line=line, positive=False)
        if lat is None or not -90 <= lat <= 90:
            raise DataFileError("latitude missing or out of range", path=path, line=line,
                                field="lat")
        if lon is None or not -180 <= lon <= 180:
            raise DataFileError("longitude missing or out of range", path=path, line=line,
                                field="lon")
        source = check_source(_text(row, "source"), sources, path=path, line=line, field="source")
        reliability = _text(row, "reliability")
        if reliability not in RELIABILITIES:
            raise DataFileError(
                f"{reliability!r} is not one of {', '.join(sorted(RELIABILITIES))}",
                path=path, line=line, field="reliability",
            )
        nodes[node_id] = Node(
            id=node_id, name=_text(row, "name") or node_id, kind=kind, countries=countries,
            lat=lat, lon=lon, source=source, reliability=reliability, note=_text(row, "note"),
        )
    if not nodes:
        raise DataFileError("no nodes", path=path)
    return nodes


def _parse_segment(
    line: int, row: Mapping[str, str | None], *, path: Path, nodes: Mapping[str, Node],
    sources: Mapping[str, str],
) -> SegmentRow:
    segment_id = _text(row, "id")
    if not _ID.match(segment_id):
        raise DataFileError(
            f"{segment_id!r} is not an id (lower-case letters, digits, '-')",
            path=path, line=line, field="id",
        )
    start, end = _text(row, "from"), _text(row, "to")
    for name, node_id in (("from", start), ("to", end)):
        if node_id not in nodes:
            raise DataFileError(f"unknown node {node_id!r}", path=path, line=line, field=name)
    mode = _text(row, "mode")
    if mode not in LINE_MODES | FACILITY_MODES:
        raise DataFileError(
            f"{mode!r} is not one of {', '.join(sorted(LINE_MODES | FACILITY_MODES))}",
            path=path, line=line, field="mode",
        )
    if mode in FACILITY_MODES and start != end:
        raise DataFileError(
            f"a {mode} row describes one node: 'from' and 'to' must be equal",
            path=path, line=line, field="to",
        )
    if mode in LINE_MODES and start == end:
        raise DataFileError(
            f"a {mode} segment joins two different nodes", path=path, line=line, field="to"
        )
    opens = _int(row, "opens", path=path, line=line)
    if opens is not None and not FIRST_YEAR < opens <= LAST_YEAR:
        raise DataFileError(
            f"{opens} is outside {FIRST_YEAR + 1}–{LAST_YEAR} (leave it empty for a segment "
            f"in service from {FIRST_YEAR})",
            path=path, line=line, field="opens",
        )
    status = _text(row, "status")
    if status not in STATUSES:
        raise DataFileError(
            f"{status!r} is not one of {', '.join(sorted(STATUSES))}",
            path=path, line=line, field="status",
        )
    requires = tuple(part.strip() for part in _text(row, "requires").split(";") if part.strip())
    distance = _float(row, "distance_km", path=path, line=line)
    if mode in FACILITY_MODES and distance is not None:
        raise DataFileError("a facility has no distance", path=path, line=line,
                            field="distance_km")
    distance_source = _text(row, "distance_source")
    if distance is not None:
        check_source(distance_source, sources, path=path, line=line, field="distance_source")
    capacity_kt = _int(row, "capacity_kt", path=path, line=line)
    trains = _float(row, "capacity_trains_per_day", path=path, line=line)
    teu = _int(row, "capacity_teu", path=path, line=line)
    capacity_source = _text(row, "capacity_source")
    reliability = _text(row, "capacity_reliability")
    if capacity_kt is not None and trains is not None:
        raise DataFileError(
            "give capacity_kt or capacity_trains_per_day, not both",
            path=path, line=line, field="capacity_trains_per_day",
        )
    if capacity_kt is not None or trains is not None or teu is not None:
        check_source(capacity_source, sources, path=path, line=line, field="capacity_source")
        if reliability not in RELIABILITIES:
            raise DataFileError(
                f"{reliability!r} is not one of {', '.join(sorted(RELIABILITIES))}",
                path=path, line=line, field="capacity_reliability",
            )
        if reliability == "assumed" and not _text(row, "note"):
            raise DataFileError(
                "an assumed capacity must be explained in the note",
                path=path, line=line, field="note",
            )
    elif capacity_source or reliability:
        raise DataFileError(
            "a capacity source or reliability without a capacity",
            path=path, line=line, field="capacity_source",
        )
    hours = _float(row, "transit_hours", path=path, line=line)
    time_source = _text(row, "time_source")
    if hours is not None:
        check_source(time_source, sources, path=path, line=line, field="time_source")
    return SegmentRow(
        id=segment_id, start=start, end=end, mode=mode, name=_text(row, "name") or segment_id,
        opens=opens, status=status, requires=requires, distance_km=distance,
        distance_source=distance_source, capacity_kt=capacity_kt,
        capacity_trains_per_day=trains, capacity_teu=teu, capacity_source=capacity_source,
        capacity_reliability=reliability, transit_hours=hours, time_source=time_source,
        note=_text(row, "note"), line=line,
    )


def load_segments(
    path: Path, nodes: Mapping[str, Node], sources: Mapping[str, str]
) -> tuple[SegmentRow, ...]:
    rows: list[SegmentRow] = []
    first: dict[str, SegmentRow] = {}
    seen: set[tuple[str, int | None]] = set()
    facility_of: dict[str, str] = {}
    for line, raw in _read_csv(path, SEGMENT_COLUMNS):
        row = _parse_segment(line, raw, path=path, nodes=nodes, sources=sources)
        if (row.id, row.opens) in seen:
            raise DataFileError(
                f"segment {row.id!r} has two rows for the same year", path=path, line=line,
                field="opens",
            )
        seen.add((row.id, row.opens))
        earlier = first.get(row.id)
        if earlier is None:
            first[row.id] = row
        elif (earlier.start, earlier.end, earlier.mode) != (row.start, row.end, row.mode):
            raise DataFileError(
                f"segment {row.id!r} changes its ends or mode from line {earlier.line}",
                path=path, line=line, field="from",
            )
        if row.is_facility:
            other = facility_of.setdefault(row.start, row.id)
            if other != row.id:
                raise DataFileError(
                    f"node {row.start!r} already has the facility {other!r}",
                    path=path, line=line, field="id",
                )
        rows.append(row)
    if not rows:
        raise DataFileError("no segments", path=path)
    return tuple(rows)


def load_parameters(path: Path, raw: Mapping[str, Any],
                    sources: Mapping[str, str]) -> dict[str, Parameter]:
    table = raw.get("parameters")
    if not isinstance(table, dict):
        raise DataFileError("no [parameters] tables", path=path)
    parameters: dict[str, Parameter] = {}
    for name in PARAMETER_NAMES:
        if name not in table:
            raise DataFileError(f"missing parameter {name!r}", path=path,
                                field=f"parameters.{name}")
    for name, entry in table.items():
        line = toml_line(path, "parameters", name)
        if name not in PARAMETER_NAMES:
            raise DataFileError(f"unknown parameter {name!r}", path=path, line=line)
        if not isinstance(entry, dict):
            raise DataFileError("must be a table", path=path, line=line, field=name)
        value = entry.get("value")
        if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
            raise DataFileError("value must be a number greater than 0", path=path, line=line,
                                field="value")
        source = check_source(str(entry.get("source", "")), sources, path=path, line=line,
                              field="source")
        note = str(entry.get("note", "")).strip()
        if not note:
            raise DataFileError("a parameter needs a note", path=path, line=line, field="note")
        parameters[name] = Parameter(name=name, value=float(value), unit=str(entry.get("unit", "")),
                                     source=source, note=note)
    return parameters


def load_sets(path: Path, raw: Mapping[str, Any], nodes: Mapping[str, Node]) -> dict[str, NodeSet]:
    table = raw.get("sets")
    if not isinstance(table, dict) or not table:
        raise DataFileError("no [sets] tables", path=path)
    sets: dict[str, NodeSet] = {}
    for set_id, entry in table.items():
        line = toml_line(path, "sets", set_id)
        members = entry.get("nodes") if isinstance(entry, dict) else None
        if not isinstance(members, list) or not members:
            raise DataFileError("nodes must be a non-empty list", path=path, line=line,
                                field="nodes")
        for node_id in members:
            if node_id not in nodes:
                raise DataFileError(f"unknown node {node_id!r}", path=path, line=line,
                                    field="nodes")
        sets[set_id] = NodeSet(id=set_id, name=str(entry.get("name", set_id)),
                               nodes=tuple(members))
    return sets


def load_data(folder: Path | None = None) -> CorridorData:
    """Load and validate the corridor data in `folder` (default: the package's data)."""
    folder = DATA_DIR if folder is None else Path(folder)
    sources = load_sources(folder / "sources.csv")
    nodes = load_nodes(folder / "nodes.csv", sources)
    rows = load_segments(folder / "segments.csv", nodes, sources)
    model_path = folder / "model.toml"
    raw = read_toml(model_path)
    parameters = load_parameters(model_path, raw, sources)
    sets = load_sets(model_path, raw, nodes)
    segment_ids = tuple(dict.fromkeys(row.id for row in rows))
    return CorridorData(nodes=nodes, rows=rows, parameters=parameters, sets=sets,
                        sources=sources, folder=folder, segment_ids=segment_ids)


@cache
def default_data() -> CorridorData:
    """The package's corridor data (loaded once)."""
    return load_data()

"""Regions a Year in Review covers (``src/caspian/data/regions.toml``) and capitals to
draw ties between (``report/data/capitals.csv``), each with its source."""

from __future__ import annotations

import csv
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from caspian.actors import load_registry
from caspian.errors import DataFileError, InputError

REGIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "regions.toml"
CAPITALS_FILE = Path(__file__).resolve().parent / "data" / "capitals.csv"


@dataclass(frozen=True, slots=True)
class Region:
    """A named region: the actors the review is about and the frame of its map."""

    id: str
    name: str
    core: frozenset[str]
    order: tuple[str, ...]
    bbox: tuple[float, float, float, float]
    source: str

    @property
    def everything(self) -> bool:
        return not self.core

    def covers(self, actor_ids: Iterable[str]) -> bool:
        """True when one of the actors is in the region (always, for an empty core)."""
        return self.everything or any(a in self.core for a in actor_ids)

    def is_core(self, actor_id: str) -> bool:
        return self.everything or actor_id in self.core

    def rank(self, actor_id: str) -> int:
        """Position of the actor in the region's order (others after, alphabetically)."""
        return self.order.index(actor_id) if actor_id in self.order else len(self.order)


@dataclass(frozen=True, slots=True)
class RegionBook:
    default: str
    regions: dict[str, Region]

    def get(self, name: str | None) -> Region:
        key = self.default if name is None else name
        if key not in self.regions:
            known = ", ".join(sorted(self.regions))
            raise InputError(f"--region: unknown region '{key}' (known: {known})")
        return self.regions[key]


def _bbox(value: object, *, path: Path, name: str) -> tuple[float, float, float, float]:
    if (
        not isinstance(value, list)
        or len(value) != 4
        or not all(isinstance(v, int | float) for v in value)
    ):
        raise DataFileError("bbox must be [west, south, east, north]", path=path, field=name)
    west, south, east, north = (float(v) for v in value)
    if not (west < east and south < north):
        raise DataFileError("bbox must have west < east and south < north", path=path, field=name)
    return (west, south, east, north)


@cache
def load_regions(path: Path = REGIONS_FILE) -> RegionBook:
    """The regions of the data file, checked (actor ids known, bbox sane, source given)."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise DataFileError(f"cannot read: {err.strerror}", path=path) from None
    except tomllib.TOMLDecodeError as err:
        raise DataFileError(f"not valid TOML: {err}", path=path) from None
    registry = load_registry()
    regions: dict[str, Region] = {}
    for key, entry in dict(raw.get("regions", {})).items():
        where = f"regions.{key}"
        core = [str(a) for a in entry.get("core", [])]
        for actor_id in core:
            if actor_id not in registry:
                raise DataFileError(f"unknown actor id '{actor_id}'", path=path, field=where)
        source = str(entry.get("source", "")).strip()
        if not source:
            raise DataFileError("every region needs a source", path=path, field=where)
        order = [str(a) for a in entry.get("order", core)]
        regions[key] = Region(
            id=key,
            name=str(entry.get("name", key)),
            core=frozenset(core),
            order=tuple(order),
            bbox=_bbox(entry.get("bbox"), path=path, name=f"{where}.bbox"),
            source=source,
        )
    default = str(raw.get("default", ""))
    if default not in regions:
        raise DataFileError(f"default region '{default}' is not defined", path=path)
    return RegionBook(default=default, regions=regions)


@dataclass(frozen=True, slots=True)
class Capital:
    actor_id: str
    place: str
    lat: float
    lon: float
    source: str


@cache
def load_capitals(path: Path = CAPITALS_FILE) -> dict[str, Capital]:
    """Capital (or seat) coordinates by actor id."""
    out: dict[str, Capital] = {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                try:
                    capital = Capital(
                        actor_id=row["id"].strip(),
                        place=row["place"].strip(),
                        lat=float(row["lat"]),
                        lon=float(row["lon"]),
                        source=row["source"].strip(),
                    )
                except (KeyError, ValueError, AttributeError):
                    raise DataFileError(
                        "expected id, place, lat, lon, source", path=path, line=line
                    ) from None
                if not capital.source:
                    raise DataFileError("empty source", path=path, line=line, field="source")
                out[capital.actor_id] = capital
    except OSError as err:
        raise DataFileError(f"cannot read: {err.strerror}", path=path) from None
    return out

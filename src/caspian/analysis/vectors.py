"""The multi-vector index: how evenly a state's ties spread across the poles it can lean on.

**Poles.** Eight poles (:file:`caspian/data/poles.toml`): Russia and the EAEU; China; the
EU and European states; the United States; Turkey and the Organization of Turkic States;
the Gulf and Middle East; South and East Asia; and the state's own region (Central Asia
and the South Caucasus — the Caspian region this tool observes). Each pole lists its
actor ids; the EU pole also takes the EU's full members on the date. Actors in no pole
(global or mixed bodies such as the UN or the SCO, and states of other continents) are
left out of the shares and reported as ``unassigned``.

**Weights.** A state's weight on a pole is the sum of the weights of its ties
(:mod:`caspian.analysis.network`: the deepest instrument in force or signed with each
partner) to the partners of that pole: ``w_p = Σ depth(state, partner)``.

**Index.** With shares ``s_p = w_p / Σ w``, the index is the normalised Shannon entropy

    V = − Σ_p s_p · ln s_p / ln K,     K = 8 (all poles, whether or not the state has ties there)

so a state tied to one pole only has V = 0 and a state whose weight is spread evenly
over all eight poles has V = 1. A state with no assigned tie has no index (None).

**Change over the year.** The same measures as of 31 December of the year before the
date (the start of its year) and their difference.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date as Date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from caspian.actors import Registry, load_registry
from caspian.analysis.network import as_of_day, parse_as_of, partnership_graph, year_start
from caspian.errors import DataFileError, InputError
from caspian.store import KnowledgeBase

# -- poles -----------------------------------------------------------------------------------

#: The id of the regional pole (left out by ``include_region=False``).
OWN_REGION = "own_region"


@dataclass(frozen=True, slots=True)
class Pole:
    id: str
    label: str
    actors: frozenset[str]
    members_of: tuple[str, ...]
    rationale: str
    source: str


@dataclass(frozen=True, slots=True)
class PoleMap:
    """The poles, and the states of the region whose index is computed by default."""

    poles: tuple[Pole, ...]
    central_asia: tuple[str, ...]
    south_caucasus: tuple[str, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.poles)

    @property
    def region(self) -> tuple[str, ...]:
        return self.central_asia + self.south_caucasus

    def label(self, pole_id: str) -> str:
        return next(p.label for p in self.poles if p.id == pole_id)

    def without(self, pole_id: str) -> PoleMap:
        """The same poles but one (its actors become unassigned; K drops by one)."""
        return PoleMap(
            tuple(p for p in self.poles if p.id != pole_id), self.central_asia, self.south_caucasus
        )

    def assignment(self, *, on: Date, registry: Registry | None = None) -> dict[str, str]:
        """Actor id → pole id on a date (explicit lists first, then group members)."""
        registry = registry or load_registry()
        out: dict[str, str] = {}
        for pole in self.poles:
            for actor_id in pole.actors:
                out[actor_id] = pole.id
        for pole in self.poles:
            for group in pole.members_of:
                for member in sorted(registry.members(group, on=on)):
                    out.setdefault(member, pole.id)
        return out


def _strings(value: object, *, path: str, field: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataFileError("must be a list of strings", path=path, field=field)
    return tuple(value)


def _text(table: Mapping[str, Any], key: str, *, path: str, field: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DataFileError(f"'{key}' must be a non-empty string", path=path, field=field)
    return value


def parse_poles(
    text: str, *, path: str = "poles.toml", registry: Registry | None = None
) -> PoleMap:
    """Read and check a poles file: known actor ids, each actor in one pole only."""
    registry = registry or load_registry()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise DataFileError(f"not valid TOML: {err}", path=path) from None
    region = data.get("region")
    if not isinstance(region, dict):
        raise DataFileError("missing [region] table", path=path)
    central = _strings(region.get("central_asia"), path=path, field="region.central_asia")
    caucasus = _strings(region.get("south_caucasus"), path=path, field="region.south_caucasus")
    raw_poles = data.get("pole")
    if not isinstance(raw_poles, list) or not raw_poles:
        raise DataFileError("missing [[pole]] tables", path=path)
    poles: list[Pole] = []
    seen: dict[str, str] = {}
    for n, raw in enumerate(raw_poles, start=1):
        where = f"pole {n}"
        if not isinstance(raw, dict):
            raise DataFileError("must be a table", path=path, field=where)
        pole_id = _text(raw, "id", path=path, field=where)
        actors = _strings(raw.get("actors", []), path=path, field=f"{pole_id}.actors")
        groups = _strings(raw.get("members_of", []), path=path, field=f"{pole_id}.members_of")
        for actor_id in (*actors, *groups):
            if actor_id not in registry:
                raise DataFileError(
                    f"unknown actor id '{actor_id}'", path=path, field=f"{pole_id}.actors"
                )
        for actor_id in actors:
            if actor_id in seen:
                raise DataFileError(
                    f"'{actor_id}' is in two poles ({seen[actor_id]} and {pole_id})",
                    path=path,
                    field=f"{pole_id}.actors",
                )
            seen[actor_id] = pole_id
        poles.append(
            Pole(
                id=pole_id,
                label=_text(raw, "label", path=path, field=where),
                actors=frozenset(actors),
                members_of=groups,
                rationale=_text(raw, "rationale", path=path, field=where),
                source=_text(raw, "source", path=path, field=where),
            )
        )
    if len({p.id for p in poles}) != len(poles):
        raise DataFileError("two poles share an id", path=path)
    return PoleMap(tuple(poles), central, caucasus)


@cache
def load_poles() -> PoleMap:
    """The poles shipped with the package (:file:`caspian/data/poles.toml`)."""
    source = resources.files("caspian").joinpath("data/poles.toml")
    return parse_poles(source.read_text(encoding="utf-8"), path=str(source))


def read_poles(path: str | Path) -> PoleMap:
    """A poles file of one's own (same layout as the shipped one)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(f"{path}: cannot read the poles file: {err.strerror}") from None
    return parse_poles(text, path=str(path))


# -- the index -------------------------------------------------------------------------------


def normalised_entropy(weights: Iterable[float], *, k: int) -> float:
    """``−Σ s·ln s / ln k`` of the shares of `weights` (zero weights add nothing)."""
    if k < 2:
        raise InputError(f"the index needs at least two poles, not {k}")
    values = [w for w in weights if w > 0]
    total = sum(values)
    if total <= 0:
        raise InputError("no weight to spread")
    entropy = -sum((w / total) * math.log(w / total) for w in values)
    return max(0.0, min(1.0, entropy / math.log(k)))


@dataclass(frozen=True, slots=True)
class PoleShares:
    """A state's weight on each pole at one date, its shares and its index."""

    as_of: str
    weights: dict[str, float]
    shares: dict[str, float]
    unassigned: float
    partners: int
    index: float | None

    @property
    def total(self) -> float:
        """The state's weight on all poles (its breadth and depth of ties)."""
        return sum(self.weights.values())

    @property
    def poles_reached(self) -> int:
        """How many poles the state has at least one tie with."""
        return sum(1 for w in self.weights.values() if w > 0)


@dataclass(frozen=True, slots=True)
class VectorProfile:
    """One state's multi-vector index as of a date and at the start of its year."""

    state: str
    name: str
    rank: int
    end: PoleShares
    start: PoleShares

    @property
    def index(self) -> float | None:
        return self.end.index

    @property
    def change(self) -> float | None:
        if self.end.index is None or self.start.index is None:
            return None
        return self.end.index - self.start.index

    def share_changes(self) -> dict[str, float]:
        return {p: self.end.shares[p] - self.start.shares[p] for p in self.end.shares}

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["index"] = self.index
        data["change"] = self.change
        data["share_changes"] = self.share_changes()
        for name in ("end", "start"):
            shares: PoleShares = getattr(self, name)
            data[name]["total"] = shares.total
            data[name]["poles_reached"] = shares.poles_reached
        return data


def pole_shares(
    graph: nx.Graph, state: str, poles: PoleMap, *, as_of: str, registry: Registry | None = None
) -> PoleShares:
    """The state's depth-weighted ties per pole in `graph` (built as of `as_of`)."""
    assignment = poles.assignment(on=as_of_day(as_of), registry=registry)
    weights = dict.fromkeys(poles.ids, 0.0)
    unassigned = 0.0
    partners = 0
    if state in graph:
        for partner in graph.neighbors(state):
            partners += 1
            weight = float(graph.edges[state, partner]["weight"])
            pole = assignment.get(partner)
            if pole is None:
                unassigned += weight
            else:
                weights[pole] += weight
    total = sum(weights.values())
    shares = {p: (w / total if total else 0.0) for p, w in weights.items()}
    index = normalised_entropy(weights.values(), k=len(poles.poles)) if total else None
    return PoleShares(as_of, weights, shares, unassigned, partners, index)


def rank_profiles(
    end_graph: nx.Graph,
    start_graph: nx.Graph,
    states: Sequence[str],
    poles: PoleMap,
    *,
    as_of: str,
    since: str,
    registry: Registry | None = None,
) -> list[VectorProfile]:
    """Profiles of `states`, ranked by index as of `as_of` (highest first; no index last)."""
    registry = registry or load_registry()
    rows = []
    for state in states:
        end = pole_shares(end_graph, state, poles, as_of=as_of, registry=registry)
        start = pole_shares(start_graph, state, poles, as_of=since, registry=registry)
        rows.append((state, end, start))
    rows.sort(key=lambda r: (r[1].index is None, -(r[1].index or 0.0), r[0]))
    return [
        VectorProfile(
            state=state,
            name=registry.get(state).name if state in registry else state,
            rank=n,
            end=end,
            start=start,
        )
        for n, (state, end, start) in enumerate(rows, start=1)
    ]


def vectors(
    kb: KnowledgeBase,
    *,
    as_of: str | Date | None = None,
    states: Sequence[str] | None = None,
    poles: PoleMap | None = None,
    include_region: bool = True,
    registry: Registry | None = None,
) -> list[VectorProfile]:
    """The multi-vector index of each state (default: the region's eight) as of a date
    (default today), with its pole shares then and at the start of that year, ranked.

    With `include_region` false the own-region pole is left out (K = 7): the index then
    measures only how evenly the state spreads its ties among outside powers.
    """
    poles = poles or load_poles()
    if not include_region:
        poles = poles.without(OWN_REGION)
    registry = registry or load_registry()
    when = parse_as_of(as_of)
    wanted = list(states) if states else list(poles.region)
    for state in wanted:
        kb.actor(state)  # raises UnknownActorError
    since = year_start(when)
    end_graph = partnership_graph(kb, as_of=when, registry=registry)
    start_graph = partnership_graph(kb, as_of=since, registry=registry)
    return rank_profiles(
        end_graph, start_graph, wanted, poles, as_of=when, since=since, registry=registry
    )


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """Whether `state` has the highest index among `among` (evenness), how it moved in the
    year, and where it stands by breadth (poles reached, then total weight)."""

    state: str
    among: tuple[str, ...]
    rank: int | None
    index: float | None
    change: float | None
    leader: str | None
    leader_index: float | None
    supported: bool
    poles_reached: int
    total: float
    breadth_rank: int | None
    breadth_leader: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_leader(
    profiles: Sequence[VectorProfile], state: str, *, among: Sequence[str]
) -> ClaimCheck:
    """Is `state` the most multi-vector of `among`? `supported` is true when its index is
    the highest (a tie counts); the breadth rank orders by poles reached, then total weight."""
    wanted = set(among)
    group = [p for p in profiles if p.state in wanted and p.index is not None]
    group.sort(key=lambda p: (-(p.index or 0.0), p.state))
    broad = sorted(
        (p for p in profiles if p.state in wanted),
        key=lambda p: (-p.end.poles_reached, -p.end.total, p.state),
    )
    mine = next((p for p in profiles if p.state == state), None)
    leader = group[0] if group else None
    rank = next((n for n, p in enumerate(group, start=1) if p.state == state), None)
    supported = (
        mine is not None
        and mine.index is not None
        and leader is not None
        and mine.index >= (leader.index or 0.0)
    )
    return ClaimCheck(
        state=state,
        among=tuple(among),
        rank=rank,
        index=mine.index if mine else None,
        change=mine.change if mine else None,
        leader=leader.state if leader else None,
        leader_index=leader.index if leader else None,
        supported=supported,
        poles_reached=mine.end.poles_reached if mine else 0,
        total=mine.end.total if mine else 0.0,
        breadth_rank=next((n for n, p in enumerate(broad, start=1) if p.state == state), None),
        breadth_leader=broad[0].state if broad else None,
    )

"""The actors facts are about: states, organisations and formats of states.

Everything is read from the csv files in ``caspian/data/actors/`` (each row names its
source) and checked when it is loaded; a malformed row raises
:class:`~caspian.errors.DataFileError` naming the file, line and field.

- ``states.csv``: every UN member state (ISO 3166-1 alpha-3 ids, checked against
  pycountry), the observer states and a few other entities, with their short and
  official names, demonyms and capitals. pycountry's own names are added as aliases.
- ``organisations.csv``: organisations and formats (``EU``, ``SCO``, ``C5``...).
- ``memberships.csv``: who belongs (belonged) to which group, with dates and a role
  (``member``, ``observer``, ``partner``, ``associate``, ``participant``). UN membership
  comes from ``states.csv``.
- ``agencies.csv``: state agencies and state-owned national companies that act for
  their state ("Kazakhstan Temir Zholy" is ``KAZ``).
- ``office_holders.csv``: heads of state and government and foreign ministers with
  their terms, so that "President Tokayev" can be resolved to ``KAZ`` on a date.

Dates: a membership holds from ``joined`` (inclusive) to ``left`` (exclusive, the first
day it no longer holds); a term of office likewise from ``start`` to ``end``.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal, get_args

import pycountry

from caspian.errors import DataFileError, UnknownActorError

ActorKind = Literal["state", "organisation", "format"]
AgencyKind = Literal["agency", "company"]
StateStatus = Literal["member", "observer", "other"]
MembershipRole = Literal["member", "observer", "partner", "associate", "participant"]

#: The folder of the bundled data files.
DATA_DIR = Path(__file__).resolve().parent / "data" / "actors"

_ID = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")


@dataclass(frozen=True, slots=True)
class Actor:
    """A state, organisation or format of states, with every name used for it."""

    id: str
    kind: ActorKind
    name: str
    aliases: tuple[str, ...]  # every surface name incl. the name and short forms
    demonyms: tuple[str, ...]  # adjectives/demonyms, incl. prefix forms ("Sino")
    capitals: tuple[str, ...]  # capitals and seats used for the actor ("Brussels" for EU)
    source: str


@dataclass(frozen=True, slots=True)
class Membership:
    """`member` belongs (belonged) to `group` from `joined` until `left` (exclusive)."""

    group: str
    member: str
    joined: date | None
    left: date | None
    source: str
    role: MembershipRole = "member"

    def active(self, on: date | None) -> bool:
        """Whether the membership holds on `on` (today's state if `on` is None)."""
        if on is None:
            return self.left is None
        if self.joined is not None and on < self.joined:
            return False
        return self.left is None or on < self.left


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    """A person in an office of `actor_id` from `start` until `end` (exclusive)."""

    actor_id: str
    person: str
    aliases: tuple[str, ...]  # names that identify the person on their own
    office: str
    start: date
    end: date | None
    source: str
    title_aliases: tuple[str, ...] = ()  # names recognised only after a title ("President Moon")

    def holds(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class Agency:
    """A state agency or state-owned national company acting for its state."""

    name: str
    aliases: tuple[str, ...]  # every surface name incl. the name
    actor_id: str
    kind: AgencyKind
    source: str


# --------------------------------------------------------------------------- names


_EXTRA_FOLD = str.maketrans(
    {"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
     "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'"}
)


def fold(text: str) -> str:
    """`text` without diacritics ("Erdoğan" -> "Erdogan", "Türkiye" -> "Turkiye")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(text: str) -> str:
    """The key under which a surface name is looked up: folded, one space, casefolded."""
    text = fold(text)
    text = re.sub(r"[\u2010\u2011\u2012\u2013\u2014-]", "-", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


_TITLES = (
    "acting president", "president", "vice president", "vice-president", "prime minister",
    "premier", "pm", "chancellor", "foreign minister", "minister of foreign affairs",
    "secretary of state", "foreign secretary", "external affairs minister", "minister",
    "secretary", "king", "emir", "sheikh", "sheikha", "crown prince", "prince", "emperor",
    "supreme leader", "ayatollah", "chairman", "chairwoman", "high representative",
    "commission president", "council president", "secretary-general", "secretary general",
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "presidents", "leader",
)
_TITLE_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True)) + r")\s+"
)


def _strip_title(key: str) -> tuple[str, str | None]:
    """`key` without leading titles, and the office the first title names (if any)."""
    office: str | None = None
    while True:
        match = _TITLE_PREFIX.match(key)
        if match is None:
            return key, office
        if office is None:
            office = _TITLE_OFFICE.get(match.group(0).strip())
        key = key[match.end():]


#: the office a title names, to choose between two people of one name in office together
_TITLE_OFFICE = {
    "president": "president", "acting president": "acting_president", "presidents": "president",
    "prime minister": "prime_minister", "premier": "prime_minister", "pm": "prime_minister",
    "chancellor": "prime_minister", "foreign minister": "foreign_minister",
    "minister of foreign affairs": "foreign_minister", "secretary of state": "foreign_minister",
    "foreign secretary": "foreign_minister", "external affairs minister": "foreign_minister",
    "vice president": "vice_president", "vice-president": "vice_president",
    "king": "monarch", "emir": "monarch", "emperor": "monarch",
    "supreme leader": "supreme_leader", "high representative": "high_representative",
    "commission president": "commission_president", "council president": "council_president",
    "secretary-general": "secretary_general", "secretary general": "secretary_general",
}
#: which office a bare name means when its bearers hold several at once
_OFFICE_RANK = ("president", "monarch", "supreme_leader", "acting_president", "prime_minister",
                "commission_president", "council_president", "secretary_general",
                "vice_president", "foreign_minister", "high_representative")


def _office_rank(office: str) -> int:
    return _OFFICE_RANK.index(office) if office in _OFFICE_RANK else len(_OFFICE_RANK)


def _best(terms: Sequence[OfficeHolder], office: str | None) -> OfficeHolder:
    """The term a name most likely means among terms that all qualify by date."""
    return min(terms, key=lambda h: (h.office != office, _office_rank(h.office),
                                     -h.start.toordinal()))


# --------------------------------------------------------------------------- reading


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


_OF_THE = re.compile(r"\b(of|for)\s+the\s+(?=[A-Z])")


def _news_variants(names: Iterable[str]) -> tuple[str, ...]:
    """`names` and, for each long official name with "of the", the form news text also
    writes without the article: "Democratic Republic of the Congo" -> "Democratic
    Republic of Congo", "Organization of the Petroleum Exporting Countries" -> "...of
    Petroleum...". (The matcher takes the longest name, so "Republic of Congo" (COG)
    does not split "Democratic Republic of Congo" (COD).)"""
    names = tuple(names)
    return _unique((*names, *(_OF_THE.sub(r"\1 ", n) for n in names)))


class _Rows:
    """csv rows of one data file with their line numbers, header checked."""

    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        self.path = path
        self.columns = tuple(columns)

    def error(self, problem: str, *, line: int | None = None, field: str | None = None) -> None:
        raise DataFileError(problem, path=self.path, line=line, field=field)

    def __iter__(self) -> Iterator[tuple[int, dict[str, str]]]:
        try:
            stream = open(self.path, encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as err:
            raise DataFileError(f"cannot open: {err.strerror}", path=self.path) from None
        with stream:
            reader = csv.reader(stream)
            try:
                header = next(reader, None)
                if header is None:
                    self.error("empty file (no header)", line=1)
                    return
                header = [h.strip() for h in header]
                for column in self.columns:
                    if column not in header:
                        self.error(f"missing column '{column}'", line=1, field=column)
                for row in reader:
                    line = reader.line_num
                    if not any(cell.strip() for cell in row):
                        continue
                    if len(row) != len(header):
                        self.error(
                            f"{len(row)} cells where the header has {len(header)}", line=line
                        )
                    values = {h: cell.strip() for h, cell in zip(header, row, strict=True)}
                    if "source" in self.columns and not values.get("source"):
                        self.error("every row needs a source", line=line, field="source")
                    yield line, values
            except UnicodeDecodeError:
                self.error("not UTF-8 text")
            except csv.Error as err:
                self.error(f"malformed csv ({err})", line=reader.line_num)

    def date(self, value: str, *, line: int, field: str, required: bool = False) -> date | None:
        if not value:
            if required:
                self.error("a date is required", line=line, field=field)
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.error(f"'{value}' is not an ISO date (YYYY-MM-DD)", line=line, field=field)
        return None  # pragma: no cover - error() raises

    def choice(self, value: str, allowed: tuple[str, ...], *, line: int, field: str) -> str:
        if value not in allowed:
            self.error(f"'{value}' is not one of {', '.join(allowed)}", line=line, field=field)
        return value

    def actor_id(self, value: str, known: Iterable[str] | None, *, line: int, field: str) -> str:
        if not _ID.match(value):
            self.error(f"'{value}' is not an actor id (upper-case letters/digits)",
                       line=line, field=field)
        if known is not None and value not in known:
            self.error(f"unknown actor id '{value}'", line=line, field=field)
        return value

    def required(self, value: str, *, line: int, field: str) -> str:
        if not value:
            self.error("a value is required", line=line, field=field)
        return value


def _pycountry_names(alpha_3: str) -> tuple[str, ...]:
    country = pycountry.countries.get(alpha_3=alpha_3)
    if country is None:
        return ()
    names = [getattr(country, attr, None) for attr in ("common_name", "name", "official_name")]
    # inverted ("Korea, Republic of") and qualified ("(Vatican City State)") forms are not
    # how news text names a state; "Congo" alone is as often the other Congo (COD)
    return tuple(
        n.removeprefix("the ") for n in names
        if n and "," not in n and "(" not in n and n not in _AMBIGUOUS_NAMES
    )


_AMBIGUOUS_NAMES = frozenset({"Congo"})


def _read_states(path: Path) -> tuple[list[Actor], dict[str, StateStatus]]:
    rows = _Rows(path, ("id", "status", "name", "aliases", "demonyms", "capitals", "source"))
    actors: list[Actor] = []
    status: dict[str, StateStatus] = {}
    for line, row in rows:
        actor_id = rows.actor_id(row["id"], None, line=line, field="id")
        if actor_id in status:
            rows.error(f"duplicate id '{actor_id}'", line=line, field="id")
        state_status = rows.choice(row["status"], get_args(StateStatus), line=line, field="status")
        if state_status != "other" and pycountry.countries.get(alpha_3=actor_id) is None:
            rows.error(f"'{actor_id}' is not an ISO 3166-1 alpha-3 code", line=line, field="id")
        name = rows.required(row["name"], line=line, field="name")
        status[actor_id] = state_status  # type: ignore[assignment]
        actors.append(
            Actor(
                id=actor_id,
                kind="state",
                name=name,
                aliases=_news_variants(
                    (name, *_split(row["aliases"]), *_pycountry_names(actor_id))
                ),
                demonyms=_split(row["demonyms"]),
                capitals=_split(row["capitals"]),
                source=row["source"],
            )
        )
    return actors, status


def _read_organisations(path: Path, taken: set[str]) -> list[Actor]:
    rows = _Rows(path, ("id", "kind", "name", "aliases", "demonyms", "seats", "source"))
    actors: list[Actor] = []
    for line, row in rows:
        actor_id = rows.actor_id(row["id"], None, line=line, field="id")
        if actor_id in taken:
            rows.error(f"duplicate id '{actor_id}'", line=line, field="id")
        taken.add(actor_id)
        kind = rows.choice(row["kind"], ("organisation", "format"), line=line, field="kind")
        name = rows.required(row["name"], line=line, field="name")
        actors.append(
            Actor(
                id=actor_id,
                kind=kind,  # type: ignore[arg-type]
                name=name,
                aliases=_news_variants((name, *_split(row["aliases"]))),
                demonyms=_split(row["demonyms"]),
                capitals=_split(row["seats"]),
                source=row["source"],
            )
        )
    return actors


def _read_memberships(path: Path, known: set[str]) -> list[Membership]:
    rows = _Rows(path, ("group", "member", "joined", "left", "role", "source"))
    result: list[Membership] = []
    for line, row in rows:
        group = rows.actor_id(row["group"], known, line=line, field="group")
        member = rows.actor_id(row["member"], known, line=line, field="member")
        joined = rows.date(row["joined"], line=line, field="joined")
        left = rows.date(row["left"], line=line, field="left")
        if joined is not None and left is not None and left < joined:
            rows.error("'left' is before 'joined'", line=line, field="left")
        role = rows.choice(row["role"] or "member", get_args(MembershipRole),
                           line=line, field="role")
        result.append(Membership(group, member, joined, left, row["source"],
                                 role))  # type: ignore[arg-type]
    return result


def _read_agencies(path: Path, known: set[str]) -> list[Agency]:
    rows = _Rows(path, ("name", "aliases", "actor_id", "kind", "source"))
    result: list[Agency] = []
    for line, row in rows:
        name = rows.required(row["name"], line=line, field="name")
        actor_id = rows.actor_id(row["actor_id"], known, line=line, field="actor_id")
        kind = rows.choice(row["kind"], get_args(AgencyKind), line=line, field="kind")
        result.append(Agency(name, _unique((name, *_split(row["aliases"]))), actor_id,
                             kind, row["source"]))  # type: ignore[arg-type]
    return result


def _read_office_holders(path: Path, known: set[str]) -> list[OfficeHolder]:
    rows = _Rows(path, ("actor_id", "office", "person", "aliases", "title_aliases", "start",
                        "end", "source"))
    result: list[OfficeHolder] = []
    for line, row in rows:
        actor_id = rows.actor_id(row["actor_id"], known, line=line, field="actor_id")
        office = rows.required(row["office"], line=line, field="office")
        if not re.fullmatch(r"[a-z_]+", office):
            rows.error(f"'{office}' is not an office name (lower_case_words)",
                       line=line, field="office")
        person = rows.required(row["person"], line=line, field="person")
        start = rows.date(row["start"], line=line, field="start", required=True)
        end = rows.date(row["end"], line=line, field="end")
        assert start is not None
        if end is not None and end < start:
            rows.error("'end' is before 'start'", line=line, field="end")
        result.append(
            OfficeHolder(
                actor_id=actor_id,
                person=person,
                aliases=_unique((person, *_split(row["aliases"]))),
                office=office,
                start=start,
                end=end,
                source=row["source"],
                title_aliases=_split(row["title_aliases"]),
            )
        )
    return result


# --------------------------------------------------------------------------- registry


class Registry:
    """Actors, memberships, agencies and office-holders, with lookups by name and date."""

    def __init__(
        self,
        actors: Sequence[Actor],
        memberships: Sequence[Membership],
        office_holders: Sequence[OfficeHolder],
        agencies: Sequence[Agency] = (),
        *,
        state_status: dict[str, StateStatus] | None = None,
    ) -> None:
        self._actors: dict[str, Actor] = {actor.id: actor for actor in actors}
        self._memberships = list(memberships)
        self._holders = list(office_holders)
        self._agencies = list(agencies)
        self._status = dict(state_status or {})
        self._by_group: dict[str, list[Membership]] = {}
        self._by_member: dict[str, list[Membership]] = {}
        for membership in self._memberships:
            self._by_group.setdefault(membership.group, []).append(membership)
            self._by_member.setdefault(membership.member, []).append(membership)
        self._names: dict[str, str] = {}
        for actor in self._actors.values():
            for surface in (*actor.aliases, *actor.demonyms, *actor.capitals):
                self._names.setdefault(name_key(surface), actor.id)
        for agency in self._agencies:
            for surface in agency.aliases:
                self._names.setdefault(name_key(surface), agency.actor_id)
        self._people: dict[str, list[OfficeHolder]] = {}
        for holder in self._holders:
            for surface in (*holder.aliases, *holder.title_aliases):
                bucket = self._people.setdefault(name_key(surface), [])
                if holder not in bucket:
                    bucket.append(holder)

    @classmethod
    def from_directory(cls, path: str | Path) -> Registry:
        """Load and validate the data files of a folder laid out like ``data/actors``."""
        folder = Path(path)
        states, status = _read_states(folder / "states.csv")
        taken = {actor.id for actor in states}
        organisations = _read_organisations(folder / "organisations.csv", taken)
        known = set(taken)
        memberships = _read_memberships(folder / "memberships.csv", known)
        un_source = "UN member states (un.org); see states.csv"
        for actor_id, state_status in status.items():
            if state_status == "member":
                memberships.append(Membership("UN", actor_id, None, None, un_source, "member"))
            elif state_status == "observer":
                memberships.append(Membership("UN", actor_id, None, None, un_source, "observer"))
        agencies = _read_agencies(folder / "agencies.csv", known)
        holders = _read_office_holders(folder / "office_holders.csv", known)
        return cls([*states, *organisations], memberships, holders, agencies,
                   state_status=status)

    # -- actors
    def get(self, actor_id: str) -> Actor:
        try:
            return self._actors[actor_id]
        except KeyError:
            raise UnknownActorError(actor_id) from None

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    def actors(self) -> list[Actor]:
        return list(self._actors.values())

    def ids(self) -> frozenset[str]:
        return frozenset(self._actors)

    def un_members(self) -> frozenset[str]:
        """The 193 UN member states."""
        return frozenset(i for i, status in self._status.items() if status == "member")

    def state_status(self, actor_id: str) -> StateStatus | None:
        """``member`` / ``observer`` (of the UN) / ``other`` for a state, else None."""
        return self._status.get(actor_id)

    def by_name(self, surface: str) -> Actor | None:
        """The actor a surface name stands for: a name, alias, demonym, capital, agency."""
        actor_id = self._names.get(name_key(surface))
        return None if actor_id is None else self._actors[actor_id]

    def agencies(self, actor_id: str | None = None) -> list[Agency]:
        return [a for a in self._agencies if actor_id is None or a.actor_id == actor_id]

    # -- memberships
    def members(self, group: str, *, on: date | None = None) -> frozenset[str]:
        """Full members of `group` on `on` (today's members when `on` is None)."""
        self.get(group)
        return frozenset(
            m.member for m in self._by_group.get(group, ())
            if m.role == "member" and m.active(on)
        )

    def memberships(self, actor_id: str) -> list[Membership]:
        """Every membership (any role, past and present) of `actor_id`, by group and date."""
        self.get(actor_id)
        return sorted(self._by_member.get(actor_id, ()),
                      key=lambda m: (m.group, m.joined or date.min))

    def group_memberships(self, group: str) -> list[Membership]:
        """Every membership record (any role) of `group`."""
        self.get(group)
        return list(self._by_group.get(group, ()))

    # -- office-holders
    def office_holders(self, actor_id: str | None = None) -> list[OfficeHolder]:
        holders = [h for h in self._holders if actor_id is None or h.actor_id == actor_id]
        return sorted(holders, key=lambda h: (h.actor_id, h.office, h.start))

    def holders_named(self, name: str) -> list[OfficeHolder]:
        """Every term of office of a person known by `name` (titles ignored)."""
        return list(self._lookup_person(name)[0])

    def _lookup_person(self, name: str) -> tuple[list[OfficeHolder], str | None]:
        key = name_key(name)
        found = self._people.get(key)
        if found is not None:
            return found, None
        bare, office = _strip_title(key)
        return self._people.get(bare, []), office

    def holder(self, name: str, *, on: date | None = None) -> OfficeHolder | None:
        """The term of office `name` refers to on `on`.

        The term held on `on` if any; else the latest term ended before `on`; else the
        earliest term begun after it. Without a date: the most recent term. When several
        terms qualify, the office named by a title ("President X") wins, then the higher
        office (president before prime minister before foreign minister), then the later.
        """
        terms, office = self._lookup_person(name)
        if not terms:
            return None
        if on is None:
            current = [h for h in terms if h.end is None]
            if current:
                return _best(current, office)
            return max(terms, key=lambda h: (h.end or date.max, h.start))
        current = [h for h in terms if h.holds(on)]
        if current:
            return _best(current, office)
        before = [h for h in terms if h.end is not None and h.end <= on]
        if before:
            return max(before, key=lambda h: (h.end or date.max, h.start))
        return min(terms, key=lambda h: h.start)

    def holder_state(self, name: str, *, on: date | None = None) -> str | None:
        """The actor a person known by `name` acts for on `on` ("Tokayev" -> "KAZ")."""
        holder = self.holder(name, on=on)
        return None if holder is None else holder.actor_id


@functools.cache
def load_registry() -> Registry:
    """The registry of the bundled data files (loaded and validated once)."""
    return Registry.from_directory(DATA_DIR)


@functools.cache
def known_actor_ids() -> frozenset[str]:
    """Every actor id facts may use (states, organisations, formats)."""
    return load_registry().ids()

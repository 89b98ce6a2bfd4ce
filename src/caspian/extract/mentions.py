"""Find the actors a text names: states, organisations, formats, and the people, offices,
capitals and agencies that stand for them.

One compiled regular expression does the work. Every surface name of the registry
(names, short forms, acronyms, demonyms, capitals and seats, agencies, office-holders)
is put into a character trie that is turned into a regex, so a match costs a few steps
per word whatever the size of the registry; each match is resolved through a dict.
Matching is case-sensitive ("US" but not "us", "Mali" but not "mali"; names and
demonyms of four letters or more also in capitals, as in headlines), bounded by
non-word characters (so "Kazakhstan’s" and "Kazakh-Uzbek" work), tolerant of straight
and curly apostrophes, of hyphen variants and of line breaks inside a name, and it
accepts names without their diacritics ("Erdogan", "Turkiye").

Branches, tried in this order at each word start:

1. *office*: a state's demonym or name (possibly with "'s") before a leader or
   institution word: "the Uzbek leader", "Turkish President", "Russia's foreign
   minister" (``via="office"``), "Azerbaijani Foreign Ministry", "the Kazakh
   government" (``via="agency"``); or such a word before "of" and the state's name:
   "the President of Kazakhstan", "the Foreign Ministry of Azerbaijan";
2. *titled person*: a title before an office-holder's name: "President Tokayev",
   "Prime Minister Narendra Modi", "Sheikh Mohamed bin Zayed Al Nahyan", "President
   Moon" (surnames that are common words or names count only after an office title,
   not after "Mr" or "Dr");
3. *prefix*: "Sino-", "Russo-" and the like, only before a hyphen;
4. *main*: any other surface name, or a *blocker*: a phrase that contains an actor's
   name but does not mean it ("Latin America", "Indian Ocean", "US$", "Paris
   Agreement"), which yields nothing. The longest surface wins, so a blocker never
   hides a longer name.

A person resolves to the actor they held office for on the document date (see
:meth:`caspian.actors.Registry.holder`). Hyphenated compounds yield one mention per
part ("Kazakh-Uzbek", "UAE-India", "Sino-Kazakh"). "C5+1" is a mention of ``C5``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from caspian.actors import Registry, fold, load_registry

MentionVia = Literal["name", "short", "demonym", "capital", "person", "office", "agency",
                     "reference"]


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in a text: ``text == document_text[start:end]``."""

    start: int
    end: int
    actor_id: str
    via: MentionVia
    text: str


# --------------------------------------------------------------------------- vocabulary

#: Demonym prefix forms of compounds ("Sino-Kazakh"): matched only before a hyphen.
PREFIX_FORMS = frozenset({"Sino", "Russo", "Franco", "Italo", "Turco", "Turko"})

#: Phrases containing an actor's name that do not refer to the actor.
BLOCKERS: tuple[str, ...] = (
    "Latin America", "Latin American", "South America", "South American", "North America",
    "North American", "Central America", "Central American", "Pan-American", "Pan American",
    "African American", "Native American", "American Samoa", "Anglo-American",
    "Indian Ocean", "Indian Subcontinent", "Korean Peninsula", "Korean War",
    "Paris Agreement", "Paris Climate Agreement", "Paris climate agreement", "Paris Accord",
    "Paris Club", "East Jerusalem", "Washington Post", "Washington Consensus",
    "New Guinea", "Gulf of Guinea", "New Mexico", "British Columbia", "British Virgin Islands",
    "British Indian Ocean Territory", "Irish Sea", "US$", "U.S.$", "US dollar", "US dollars",
    "U.S. dollar", "U.S. dollars", "American dollar", "American dollars", "US-dollar",
    "Hong Kong dollar", "Singapore dollar", "Canadian dollar", "Australian dollar",
    "Sea of Japan", "South China Sea", "East China Sea", "Arabian Sea", "Arabian Peninsula",
    "Turkish delight", "French fries", "Chinese New Year", "Georgia Tech", "Minsk Group",
    # instruments and processes named after the city that hosted them
    "Minsk agreements", "Minsk Agreements", "Minsk accords", "Astana format", "Astana Process",
    "Astana process", "Berlin Process", "Helsinki Final Act", "Rome Statute", "Treaty of Rome",
    "Treaties of Rome", "Lisbon Treaty", "Treaty of Lisbon", "Vienna Convention",
    "Bishkek Protocol", "Georgetown University", "George Washington", "Washington State",
    "University of Washington", "U.S.S.R.", "USSR",
)

#: Leader words after a demonym or name: ``via="office"``.
_OFFICE_WORDS = (
    "President", "president", "Prime Minister", "prime minister", "Premier", "premier", "PM",
    "leader", "Leader", "leadership", "head of state", "Head of State", "head of government",
    "Foreign Minister", "foreign minister", "Minister", "minister", "Vice President",
    "vice president", "Vice-President", "Deputy Prime Minister", "deputy prime minister",
    "Emir", "King", "Crown Prince", "Chancellor", "Supreme Leader", "counterpart", "side",
    "delegation", "Ambassador", "ambassador", "envoy", "Envoy", "Secretary of State",
    "Foreign Secretary", "foreign secretary", "Security Council Secretary",
)
#: Institution words after a demonym or name: ``via="agency"``.
_AGENCY_WORDS = (
    "Foreign Ministry", "foreign ministry", "Ministry", "ministry", "Foreign Office",
    "government", "Government", "authorities", "Embassy", "embassy", "Parliament",
    "parliament", "Cabinet", "cabinet", "Cabinet of Ministers", "State Department",
    "Foreign Affairs Ministry", "Ministry of Foreign Affairs", "Economy Ministry",
    "Energy Ministry", "Trade Ministry", "Defence Ministry", "Defense Ministry",
    "Transport Ministry", "Finance Ministry", "Agriculture Ministry", "Investment Ministry",
    "Digital Ministry", "presidential administration", "Presidential Administration",
    "Senate", "Mazhilis", "Majlis", "Oliy Majlis", "Milli Majlis", "Jogorku Kenesh",
)
#: Titles before an office-holder's name.
_TITLES = (
    "President", "Prime Minister", "PM", "Premier", "Chancellor", "Foreign Minister",
    "Minister", "Secretary of State", "Secretary", "Foreign Secretary", "Vice President",
    "Vice-President", "Acting President", "King", "Emir", "Sheikh", "Sheikha", "Crown Prince",
    "Prince", "Emperor", "Supreme Leader", "Ayatollah", "Chairman", "Chairwoman",
    "High Representative", "Commission President", "Council President", "Secretary-General",
    "Secretary General", "External Affairs Minister", "Minister of Foreign Affairs",
    "president", "prime minister", "premier", "foreign minister", "chancellor",
    "secretary of state", "vice president", "Presidents", "presidents", "leader", "Leader",
)
#: Honorifics before an office-holder's name: only names that identify the person alone
#: ("Mr Tokayev", not "Mr Khan").
_HONORIFICS = ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.")


# --------------------------------------------------------------------------- the trie regex

_APOSTROPHES = "'’‘ʼ"
_HYPHENS = "-‐‑"


def _atoms(surface: str) -> list[str]:
    atoms: list[str] = []
    for ch in surface:
        if ch.isspace():
            if not atoms or atoms[-1] != r"\s+":
                atoms.append(r"\s+")
        elif ch in _APOSTROPHES:
            atoms.append("['’‘ʼ]")
        elif ch in _HYPHENS:
            atoms.append("[-‐‑]")
        else:
            atoms.append(re.escape(ch))
    return atoms


def norm(surface: str) -> str:
    """The table key of a matched text: one space, one apostrophe, one hyphen."""
    surface = re.sub(r"\s+", " ", surface.strip())
    surface = re.sub("['’‘ʼ]", "'", surface)
    return re.sub("[-‐‑]", "-", surface)


_Trie = dict[str, "_Trie"]
_END = ""


def _trie_pattern(surfaces: Iterable[str]) -> str:
    """A regex matching any of `surfaces`, preferring the longest (backtracking to shorter)."""
    root: _Trie = {}
    for surface in surfaces:
        node = root
        for atom in _atoms(surface):
            node = node.setdefault(atom, {})
        node[_END] = {}
    if not root:
        return "(?!)"
    return _node_pattern(root)


def _node_pattern(node: _Trie) -> str:
    branches = [atom + _node_pattern(child) for atom, child in sorted(node.items()) if atom]
    if not branches:
        return ""
    optional = _END in node
    if len(branches) == 1 and not optional:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if optional else body


def _variants(surface: str) -> set[str]:
    """The surface and its form without diacritics."""
    return {surface, fold(surface)}


# --------------------------------------------------------------------------- the matcher

_Entry = tuple[str, MentionVia]


class ActorMatcher:
    """The compiled matcher of one registry (see the module doc)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.table: dict[str, _Entry | None] = {}  # None: a blocker
        self.office_subjects: dict[str, str] = {}  # demonyms and names of states
        self.state_names: dict[str, str] = {}  # names of states ("Ministry of ... Kazakhstan")
        self.prefixes: dict[str, str] = {}
        self._build_tables()
        self.regex = self._compile()

    # -- tables
    def _put(self, surface: str, entry: _Entry | None, *, shout: bool = False) -> None:
        variants = _variants(surface)
        if shout and len(surface) >= 4 and not surface.isupper():
            # headline capitals: "CHINESE consortium", "KAZAKHSTAN AND UZBEKISTAN"
            variants |= {variant.upper() for variant in variants}
        for variant in variants:
            self.table.setdefault(norm(variant), entry)

    def _build_tables(self) -> None:
        registry = self.registry
        for blocker in BLOCKERS:
            self._put(blocker, None)
        actors = registry.actors()
        for actor in actors:  # names and short forms first: they win over anything else
            for alias in actor.aliases:
                self._put(alias, (actor.id, _name_via(alias, actor.name)), shout=True)
        for agency in registry.agencies():
            for alias in agency.aliases:
                self._put(alias, (agency.actor_id, "agency"))
        for actor in actors:
            for capital in actor.capitals:
                self._put(capital, (actor.id, "capital"))
        for actor in actors:
            for demonym in actor.demonyms:
                if demonym in PREFIX_FORMS:
                    self.prefixes.setdefault(demonym, actor.id)
                else:
                    self._put(demonym, (actor.id, "demonym"), shout=True)
        for holder in registry.office_holders():
            for alias in holder.aliases:
                for variant in _variants(alias):
                    key = norm(variant)
                    self.table.setdefault(key, (holder.actor_id, "person"))
        for actor in actors:
            if actor.kind != "state":
                continue
            for surface in (*actor.aliases, *actor.demonyms):
                if surface not in PREFIX_FORMS:
                    for variant in _variants(surface):
                        self.office_subjects.setdefault(norm(variant), actor.id)
            for surface in actor.aliases:
                for variant in _variants(surface):
                    self.state_names.setdefault(norm(variant), actor.id)

    def _people(self, *, with_title_aliases: bool) -> set[str]:
        people: set[str] = set()
        for holder in self.registry.office_holders():
            aliases = holder.aliases
            if with_title_aliases:
                aliases = (*aliases, *holder.title_aliases)
            for alias in aliases:
                people |= _variants(alias)
        return people

    def _compile(self) -> re.Pattern[str]:
        subjects = _trie_pattern(self.office_subjects)
        office_words = _trie_pattern(_OFFICE_WORDS)
        agency_words = _trie_pattern(_AGENCY_WORDS)
        titles = _trie_pattern(_TITLES)
        people = _trie_pattern(self._people(with_title_aliases=True))
        honorifics = _trie_pattern(_HONORIFICS)
        named_people = _trie_pattern(self._people(with_title_aliases=False))
        prefixes = _trie_pattern(self.prefixes)
        state_names = _trie_pattern(self.state_names)
        main = _trie_pattern(self.table)  # blockers too: the longest match wins
        pattern = (
            r"(?<![\w$])(?:"
            rf"(?P<subject>{subjects})(?:['’]s)?\s+"
            rf"(?:(?P<agency>{agency_words})|(?P<office>{office_words}))(?![\w-])"
            rf"|(?:(?P<post_agency>{agency_words})|(?P<post_office>{office_words}))"
            rf"\s+of\s+(?:the\s+)?(?P<post_subject>{state_names})(?![\w-])"
            rf"|(?P<title>{titles})\s+(?P<person>{people})(?![\w-])"
            rf"|(?P<honorific>{honorifics})\s+(?P<named>{named_people})(?![\w-])"
            rf"|(?P<prefix>{prefixes})(?=[-‐‑][A-Z])"
            rf"|(?P<main>{main})(?:(?<!\w)|(?!\w))"
            r")"
        )
        return re.compile(pattern)

    # -- matching
    def find(self, text: str, *, on: date | None = None) -> list[ActorMention]:
        found: list[ActorMention] = []
        for match in self.regex.finditer(text):
            mention = self._resolve(match, on)
            if mention is not None:
                found.append(mention)
        return found

    def _resolve(self, match: re.Match[str], on: date | None) -> ActorMention | None:
        start, end = match.span()
        surface = match.group()
        if match.group("subject") is not None:
            actor_id = self.office_subjects[norm(match.group("subject"))]
            via: MentionVia = "agency" if match.group("agency") is not None else "office"
            return ActorMention(start, end, actor_id, via, surface)
        if match.group("post_subject") is not None:
            actor_id = self.state_names[norm(match.group("post_subject"))]
            via = "agency" if match.group("post_agency") is not None else "office"
            return ActorMention(start, end, actor_id, via, surface)
        if match.group("person") is not None:
            person = norm(match.group("person"))
            person_actor = self._person_actor(f"{norm(match.group('title'))} {person}", on)
            if person_actor is None:  # a title the registry does not know: the name alone
                person_actor = self._person_actor(person, on)
            if person_actor is None:  # pragma: no cover - the trie only holds known people
                return None
            return ActorMention(start, end, person_actor, "person", surface)
        if match.group("named") is not None:
            person_actor = self._person_actor(norm(match.group("named")), on)
            if person_actor is None:  # pragma: no cover - the trie only holds known people
                return None
            return ActorMention(start, end, person_actor, "person", surface)
        if match.group("prefix") is not None:
            return ActorMention(start, end, self.prefixes[surface], "demonym", surface)
        key = norm(surface)
        entry = self.table.get(key)
        if entry is None:
            return None
        actor_id, via = entry
        if via == "person":
            resolved = self._person_actor(key, on)
            if resolved is None:  # pragma: no cover
                return None
            actor_id = resolved
        return ActorMention(start, end, actor_id, via, surface)

    def _person_actor(self, name: str, on: date | None) -> str | None:
        return _holder_state(self.registry, name, on)


@functools.lru_cache(maxsize=4096)
def _holder_state(registry: Registry, name: str, on: date | None) -> str | None:
    return registry.holder_state(name, on=on)


def _name_via(alias: str, name: str) -> MentionVia:
    if alias == name:
        return "name"
    compact = alias.replace(".", "").replace("-", "").replace("+", "")
    if compact.isupper() or len(alias) < len(name):
        return "short"
    return "name"


@functools.cache
def default_matcher() -> ActorMatcher:
    """The matcher of the bundled registry (built once)."""
    return ActorMatcher(load_registry())


def find_actor_mentions(text: str, *, on: date | None = None) -> list[ActorMention]:
    """Every actor mention in `text`, sorted by start; `on` dates office-holders."""
    return default_matcher().find(text, on=on)

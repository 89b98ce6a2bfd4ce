"""Find the actors a text names: states, organisations, formats, and the people, offices,
capitals and agencies that stand for them.

One compiled regular expression does the work. Every surface name of the registry
(names, short forms, acronyms, demonyms, capitals and seats, agencies, office-holders)
is put into a character trie that is turned into a regex, so a match costs a few steps
per word whatever the size of the registry; each match is resolved through a dict. The
regex has two halves, for word starts with a lower-case ASCII letter and for all others,
each holding only the surfaces that can begin there (see ``ActorMatcher._compile``): a
lower-case word start, the commonest, tries a few short branches. What a matched text
stands for is worked out once per matcher and text (office-holders are still dated per
document).
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

A name that is part of a company's name ("Qatar Airways", "China Road and Bridge
Corporation", unless the registry lists the company as acting for its state) or of a
person's name ("Michael Jordan", "Chad Smith") is not a mention (see
:func:`_not_the_actor`).

A person resolves to the actor they held office for on the document date (see
:meth:`caspian.actors.Registry.holder`). Hyphenated compounds yield one mention per
part ("Kazakh-Uzbek", "UAE-India", "Sino-Kazakh"). "C5+1" is a mention of ``C5``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal

from caspian.actors import Registry, fold, load_registry

MentionVia = Literal["name", "short", "demonym", "capital", "person", "office", "agency",
                     "reference"]  # fmt: skip


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

# fmt: off
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
    # commercial banks named after a state (central and policy banks are agencies)
    "Bank of China", "Bank of America", "Royal Bank of Canada", "Bank of Georgia",
    "Bank of Communications", "Shanghai Cooperation Organisation Bank",
    # the US state of Georgia in a US context
    "Atlanta, Georgia", "Savannah, Georgia", "Augusta, Georgia", "Macon, Georgia",
    "Columbus, Georgia", "Athens, Georgia", "Georgia governor", "Georgia Governor",
    "governor of Georgia", "Governor of Georgia", "Georgia Republicans", "Georgia Democrats",
    "Georgia Republican", "Georgia Democrat", "Georgia Ports Authority", "Georgia Power",
    "Georgia State University", "U.S. state of Georgia", "US state of Georgia",
    "state of Georgia, USA", "Georgia, USA", "Georgia, U.S.", "Georgia senator",
    "Georgia Senator", "Georgia Senate race",
)

#: Words ending a company's name: "China Road and Bridge Corporation", "Qatar Airways",
#: "Kenya Airways" name a company, not the state (the registry's agencies, matched as
#: longer names first, are the state-owned companies that act for their state).
_COMPANY_TAIL = re.compile(
    r"(?:\s+(?:(?!Development\b|Central\b|National\b|Investment\b|Export\b|Import\b"
    r"|Reserve\b|Railways?\b|Ports?\b)[A-Z][\w&.-]*|(?<=\w\s)(?:and|&))){0,3}?\s+"
    r"(?:Airways|Airlines|Air\s+Lines|Corporation|Corp\.|Co\.|Company|Holdings?|Ltd\b|Limited"
    r"|LLC|Inc\b|PLC|plc|JSC|GmbH|Motors|Mining|Steel|Telecom|Aluminium|Aluminum"
    r"|(?<=[a-z]\s)Bank)(?![\w-])"
)
#: Names of states and capitals that are also people's names ("Michael Jordan", "Chad
#: Smith", "Paris Hilton", "Sofia Coppola"): not the state next to another name.
_PERSONAL_NAMES = frozenset(
    {"Jordan", "Chad", "Georgia", "Paris", "Sofia", "Lima", "Santiago", "Kingston", "India",
     "Israel", "Kenya", "Victoria"}
)  # fmt: skip
#: A capitalised word and a space before a name, after a lower-case word or a comma: "the
#: legend Michael Jordan" (not "Minister Visits Jordan", a title-case headline).
_NAME_BEFORE = re.compile(r"(?:(?<![\w'’-])[a-z]+,?|,)\s(?P<word>[A-Z][a-z]+)\s$")
#: A space and a capitalised word after a name, then a lower-case word or a comma: "Chad
#: Smith said", "Paris Hilton, the heiress" (not "Kenya Signs Deal", a headline).
_NAME_AFTER = re.compile(
    r"\s(?P<word>[A-Z][a-z]+)(?=\s+(?!(?:of|on|for|in|to|with|and|at|between|from|by)\b)[a-z]"
    r"|[,;:]|['’]s\b)"
)
#: Capitalised words that may stand before or after a state's name ("Monday Jordan", "in
#: Chad President ..."): not people's names.
_NOT_NAMES = frozenset(
    {"The", "In", "On", "At", "And", "But", "Both", "While", "When", "Meanwhile", "Also",
     "For", "From", "With", "By", "As", "After", "Before", "Since", "Under", "Monday",
     "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
     "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December", "President", "Premier", "Minister", "King", "Queen", "Emir",
     "Prince", "Crown", "Foreign", "Prime", "Government", "Parliament", "Embassy",
     "Ministry", "Deputy", "Vice", "Ambassador", "Speaker", "Chancellor", "Sheikh", "Kingdom",
     "Republic", "State", "Basin", "River", "Valley", "Lake", "Airport"}
)  # fmt: skip

#: Leader words after a demonym or name: ``via="office"``.
_OFFICE_WORDS = (
    "President", "president", "Prime Minister", "prime minister", "Premier", "premier", "PM",
    "leader", "Leader", "leadership", "head of state", "Head of State", "head of government",
    "Foreign Minister", "foreign minister", "Minister", "minister", "Vice President",
    "vice president", "Vice-President", "Deputy Prime Minister", "deputy prime minister",
    "Emir", "King", "Crown Prince", "Chancellor", "Supreme Leader", "counterpart", "side", "party",
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
# fmt: on


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


#: :func:`norm` of the surfaces matched (a few thousand distinct ones).
_norm = functools.lru_cache(maxsize=1 << 16)(norm)


def _lower_first(surface: str) -> bool:
    """Whether a surface begins with a lower-case ASCII letter (see ActorMatcher._compile)."""
    return "a" <= surface[0] <= "z"


def _head_pattern(surfaces: Iterable[str]) -> str:
    """A regex matching the first two atoms (see :func:`_atoms`) of any of `surfaces`, the
    first alone for a surface of one: a match of a trie of `surfaces` begins with it."""
    heads: dict[str, set[str]] = {}
    for surface in surfaces:
        atoms = _atoms(surface)
        heads.setdefault(atoms[0], set()).add(atoms[1] if len(atoms) > 1 else "")
    parts = [
        first if "" in seconds else f"{first}(?:{'|'.join(sorted(seconds))})"
        for first, seconds in sorted(heads.items())
    ]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


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
#: What a match resolves to: actor id ("" for none), via, office-holder names to date.
_Resolved = tuple[str, MentionVia, tuple[str, ...]]
#: Bound of the cache of resolved surfaces (cleared when full).
_KNOWN_MAX = 1 << 16


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
        # (speed) the same pattern after one character that may stand before a word start
        # (see :meth:`_matches`)
        self._scan = re.compile(_BEFORE_WORD + self.regex.pattern[len(_WORD_START) :])
        self._known: dict[tuple[str, str], _Resolved] = {}

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
        """One regex for all branches, in two halves chosen by the character at the word
        start: the surfaces that begin with a lower-case ASCII letter ("president of",
        "mainland China", "al-Sisi") and all others. A half is tried only where the text
        begins as one of its surfaces does (first two characters, see
        :func:`_head_pattern`), and holds only those surfaces, so most word starts
        (lower-case words) cost a step or two. Equivalent to one regex of all branches:
        a surface can only match where the text begins with its first characters, and a
        trie of the surfaces that begin with a character is the subtree of that
        character in the trie of all surfaces."""
        office_words = _trie_pattern(_OFFICE_WORDS)
        agency_words = _trie_pattern(_AGENCY_WORDS)
        people = _trie_pattern(self._people(with_title_aliases=True))
        named_people = _trie_pattern(self._people(with_title_aliases=False))
        state_names = _trie_pattern(self.state_names)
        starts: dict[bool, list[str]] = {True: [], False: []}
        halves: dict[bool, list[str]] = {True: [], False: []}
        for lower in (True, False):
            side = "l" if lower else "u"

            def pick(surfaces: Iterable[str], lower: bool = lower) -> list[str]:
                picked = [s for s in surfaces if s and _lower_first(s) == lower]
                starts[lower].extend(picked)
                return picked

            subjects = pick(self.office_subjects)
            posts = (pick(_AGENCY_WORDS), pick(_OFFICE_WORDS))
            titles = pick(_TITLES)
            honorifics = pick(_HONORIFICS)
            prefixes = pick(self.prefixes)
            main = pick(self.table)  # blockers too: the longest match wins
            branches: list[str] = []
            if subjects:
                branches.append(
                    rf"(?P<subject_{side}>{_trie_pattern(subjects)})(?:['’]s)?\s+"
                    rf"(?:(?P<agency_{side}>{agency_words})"
                    rf"|(?P<office_{side}>{office_words}))(?![\w-])"
                )
            if any(posts):
                branches.append(
                    rf"(?:(?P<post_agency_{side}>{_trie_pattern(posts[0])})"
                    rf"|(?P<post_office_{side}>{_trie_pattern(posts[1])}))"
                    rf"\s+of\s+(?:the\s+)?(?P<post_subject_{side}>{state_names})(?![\w-])"
                )
            if titles:
                branches.append(
                    rf"(?P<title_{side}>{_trie_pattern(titles)})\s+"
                    rf"(?P<person_{side}>{people})(?![\w-])"
                )
            if honorifics:
                branches.append(
                    rf"(?P<honorific_{side}>{_trie_pattern(honorifics)})\s+"
                    rf"(?P<named_{side}>{named_people})(?![\w-])"
                )
            if prefixes:
                branches.append(rf"(?P<prefix_{side}>{_trie_pattern(prefixes)})(?=[-‐‑][A-Z])")
            if main:
                branches.append(rf"(?P<main_{side}>{_trie_pattern(main)})(?:(?<!\w)|(?!\w))")
            halves[lower] = branches
        alternatives = [
            f"(?={_head_pattern(starts[lower])})(?:{'|'.join(halves[lower])})"
            for lower in (True, False)
            if halves[lower]
        ]
        return re.compile(_WORD_START + "(?:" + "|".join(alternatives) + ")")

    def _matches(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """``self.regex.finditer(text)``, each match with where it starts (speed).

        ``self.regex`` begins with a look-behind, so ``re`` tries it at every position of
        the text; ``self._scan`` begins instead with a character the look-behind accepts,
        so ``re`` skips to the next such character in C and tries the rest there: a name
        starting after it (its groups are those of ``self.regex``; the match's own start
        is one before the name's). After a match ending at `end` the scan resumes at
        ``end - 1``, so a name right at `end` is found when the match's last character
        allows it, as the look-behind would; a name at the start of the text is matched
        by ``self.regex`` itself."""
        first = self.regex.match(text)
        position = 0
        if first is not None:
            yield 0, first
            position = first.end() - 1
        search = self._scan.search
        while (match := search(text, position)) is not None:
            yield match.start() + 1, match
            position = match.end() - 1

    # -- matching
    def find(self, text: str, *, on: date | None = None) -> list[ActorMention]:
        found: list[ActorMention] = []
        known = self._known
        for start, match in self._matches(text):
            end = match.end()
            surface = text[start:end]
            # the branch and its groups are a function of the branch's last group and
            # the matched text (see _entry): resolved once per distinct surface
            key = (match.lastgroup or "", surface)
            entry = known.get(key)
            if entry is None:
                entry = self._entry(match, surface)
                if len(known) >= _KNOWN_MAX:
                    known.clear()
                known[key] = entry
            actor_id, via, people = entry
            for person in people:  # an office-holder: their state on the document's date
                actor_id = self._person_actor(person, on) or ""
                if actor_id:
                    break
            if actor_id:
                if (
                    via in _NAMED_VIAS
                    and (
                        text[end + 1 : end + 2].isupper()
                        or surface in _PERSONAL_NAMES
                        or surface in _OTHER_PLACE_NAMES
                    )
                    and _not_the_actor(text, start, end, surface)
                ):
                    continue
                found.append(ActorMention(start, end, actor_id, via, surface))
        return found

    def _entry(self, match: re.Match[str], surface: str) -> _Resolved:
        """What a match stands for: an actor id (empty for none: a blocker) and how it is
        named, or the names of an office-holder to look up on the document's date (tried
        in order). Depends only on the branch that matched and the matched text: within
        a branch every way of matching a text ends where it ends, with the same test of
        the character after it, so the regex takes the same way for the same text."""
        # each branch ends with its own named group: the last one closed names the branch
        last = match.lastgroup or ""
        kind, _, side = last.rpartition("_")
        if kind == "agency" or kind == "office":
            subject = match.group("subject_" + side)
            return (
                self.office_subjects[_norm(subject)],
                "agency" if kind == "agency" else "office",
                (),
            )
        if kind == "post_subject":
            actor_id = self.state_names[_norm(match.group(last))]
            via: MentionVia = (
                "agency" if match.group("post_agency_" + side) is not None else "office"
            )
            return (actor_id, via, ())
        if kind == "person":
            person = _norm(match.group(last))
            title = _norm(match.group("title_" + side))
            # a title the registry does not know: the name alone
            return ("", "person", (f"{title} {person}", person))
        if kind == "named":
            return ("", "person", (_norm(match.group(last)),))
        if kind == "prefix":
            return (self.prefixes[surface], "demonym", ())
        key = _norm(surface)
        entry = self.table.get(key)
        if entry is None:  # a blocker
            return ("", "name", ())
        actor_id, via = entry
        if via == "person":
            return ("", "person", (key,))
        return (actor_id, via, ())

    def _person_actor(self, name: str, on: date | None) -> str | None:
        return _holder_state(self.registry, name, on)


#: What the actor pattern begins with: no word character or "$" before a name.
_WORD_START = r"(?<![\w$])"
#: The one character that :data:`_WORD_START` accepts before a name (see
#: :meth:`ActorMatcher._matches`).
_BEFORE_WORD = r"[^\w$]"

_NAMED_VIAS = frozenset({"name", "short", "capital", "demonym"})


#: Places whose name holds a state's name but are not that state: "Northern Ireland" (of
#: the United Kingdom), "Northern Cyprus", "New Mexico".
_OTHER_PLACES = re.compile(r"(?:Northern|New)\s$")
_OTHER_PLACE_NAMES = frozenset({"Ireland", "Cyprus", "Mexico"})


def _not_the_actor(text: str, start: int, end: int, surface: str) -> bool:
    """Whether a name matched at [start, end) is part of a company's name ("Qatar
    Airways", "China Road and Bridge Corporation"), a person's name ("Michael Jordan") or
    another place's name ("Northern Ireland") rather than the actor."""
    if surface in _OTHER_PLACE_NAMES and _OTHER_PLACES.search(text, max(0, start - 9), start):
        return True
    after = text[end : end + 2]
    if (
        len(after) == 2
        and after[0].isspace()
        and after[1].isupper()
        and _COMPANY_TAIL.match(text, end)
    ):
        return True
    if surface in _PERSONAL_NAMES:
        before = _NAME_BEFORE.search(text, max(0, start - 40), start)
        if before is not None and before.group("word") not in _NOT_NAMES:
            return True
        if start and text[start - 1] in "-‐‑–/":  # "U.S.-Georgia Charter"
            return False
        name = _NAME_AFTER.match(text, end)
        if name is not None and name.group("word") not in _NOT_NAMES:
            return name.group("word") not in _surface_words()
    return False


@functools.cache
def _surface_words() -> frozenset[str]:
    """Single-word actor surfaces ("Jordan Egypt" in a headline is two states)."""
    return frozenset(k for k in default_matcher().table if " " not in k)


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

"""Project names: the patterns that find a named project in a sentence.

Split out of :mod:`caspian.extract.projects`, which documents the naming rules
(capitalised runs holding a project noun, a name then a noun, a noun then its name, a
name in apposition, possessives with an ordinal, lines named after a sea or a land) and
reads the host, parties, cost and stage of each name found here.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from caspian.extract.base import actors_in, text_of
from caspian.extract.fact_context import direct_mentions, lower_text, span_text, word_positions
from caspian.extract.factoring import any_of

_I = re.IGNORECASE
_NOUNS = (
    r"port|seaport|dry\s+port|railway|railroad|rail\s+line|railway\s+line|pipeline|"
    r"gas\s+pipeline|oil\s+pipeline|(?:nuclear\s+|thermal\s+|hydro(?:electric)?\s*|solar\s+|"
    r"wind\s+|hydropower\s+)?power\s+(?:plant|station)|hydropower\s+plant|HPP|NPP|TPP|"
    r"plant|deposit|field|mine|corridor|route|terminal|dam|refinery|bridge|highway|motorway|"
    r"canal|airport|project|tunnel|complex|cable|interconnector|wind\s+farm|solar\s+park|"
    r"smelter|hub|logistics\s+centre|logistics\s+center|line|border\s+crossing|checkpoint|"
    r"expressway|road"
)
_CAP_NOUNS = (
    r"Port|Railway|Railroad|Pipeline|Power\s+Plant|Power\s+Station|Plant|Deposit|Field|Mine|"
    r"Corridor|Route|Terminal|Dam|Refinery|Bridge|Highway|Canal|Airport|Project|Tunnel|"
    r"Interconnector|Cable|Hub|Complex|HPP|NPP"
)
# the first words of every project noun above, lower case: a cheap gate run on the
# lower-cased sentence before the name patterns (it may pass more, never fewer)
_ANY_NOUN = re.compile(
    r"\b(?:(?:sea|air)?port|rail|pipeline|plant|station|hpp|npp|tpp|deposit|field|mine|"
    r"corridor|route|terminal|dam|refiner|bridge|highway|motorway|canal|project|tunnel|"
    r"complex|cable|interconnector|farm|park|smelter|hub|logistics|line|border|checkpoint|"
    r"expressway|road)"
)
# a capitalised word, hyphenated parts included ("Kambarata-1", "Asia-China"); words are
# separated by white space only, and runs are bounded, so matching stays linear
_CAPWORD = r"(?:[A-Z][\w.]*(?:[-–][\w.]+){0,4})"
_CONNECT = r"(?:of|for|and|the|de|on)"
_ACRONYM = r"(?:\s+\((?P<acr>[A-Z][A-Z0-9-]{1,9})\))?"

# words that do not stand inside a name ("Feasibility work on the line" is none)
_FUNCTION_WORD = r"(?:on|the|of|in|at|to|for|and|with|by|from|a|an|is|was|will|would)"
_NAME_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("capitalised_noun", re.compile(
        rf"\b(?P<name>{_CAPWORD}(?:\s+(?:{_CONNECT}\s+){{0,2}}{_CAPWORD}){{0,6}}?\s+"
        rf"(?:{_CAP_NOUNS})\b(?:\s+(?:{_CONNECT}\s+){{1,2}}{_CAPWORD}"
        rf"(?:\s+(?:{_CONNECT}\s+){{0,2}}{_CAPWORD}){{0,5}})?){_ACRONYM}"
    )),
    ("name_then_noun", re.compile(
        rf"\b(?P<name>{_CAPWORD}(?:\s+{_CAPWORD}){{0,3}}(?:\s+\([A-Z][A-Z0-9-]{{1,9}}\))?"
        rf"(?:\s+(?!{_FUNCTION_WORD}\b)[a-z][a-z-]+){{0,3}}?\s+"
        rf"(?:{_NOUNS}))\b{_ACRONYM}"
    )),
    ("noun_then_name", re.compile(
        rf"\b(?P<name>(?:[a-z]+\s+)?(?:(?:{_NOUNS})\s+(?:of\s+)?|(?:sea)?port\s+at\s+)"
        rf"{_CAPWORD}(?:\s+{_CAPWORD}){{0,2}})"
        r"\b(?!['’]s)"
    )),
    # "a project it calls the Crossroads of Peace", "the scheme, dubbed Silk Harbour,", "a
    # corridor known as the Middle Route": a name given by a verb of naming after the noun
    ("called", re.compile(
        r"\b(?:" + _NOUNS + r"|scheme|initiative|programme|program|venture)\b,?\s+"
        r"(?:(?:that|which)\s+)?(?:(?:it|they|he|she|officials|the\s+government|[A-Z][a-z]+)"
        r"\s+(?:(?:has|have|had)\s+)?(?:calls?|called|dubs|dubbed|names|named|brands|branded)|"
        r"(?:(?:is|was|are|were)\s+)?(?:called|dubbed|named|branded|known\s+as|billed\s+as))"
        rf"\s+(?:the\s+)?[\"“]?(?P<name>{_CAPWORD}(?:\s+(?:(?:of|for|and)\s+)?{_CAPWORD}){{0,5}})"
    )),
    # "Hyrasia One, the green hydrogen project planned by ...": a name in apposition
    ("appositive", re.compile(
        rf"\b(?P<name>{_CAPWORD}(?:\s+{_CAPWORD}){{0,3}}),\s+(?:the|a|an)\s+"
        r"(?:(?!" + _FUNCTION_WORD + r"\b)[a-z-]+\s+){0,3}(?:" + _NOUNS + r")\b"
    )),
    ("possessive_ordinal", re.compile(
        rf"\b(?P<name>(?P<owner>{_CAPWORD}(?:\s+{_CAPWORD})?|the\s+(?:country|nation|republic))"
        # ("Iran's only port": a unique facility described, not a project named)
        r"['’]s\s+(?:first|second|third|"
        r"largest|biggest|longest|newest|new)\s+(?:(?:[a-z-]+|[A-Z]{2,4})\s+){0,3}?(?:" + _NOUNS
        + r"))\b"
    )),
    # "Uzbekistan will build its first nuclear power plant": the state named before "its"
    ("its_ordinal", re.compile(
        r"\bits\s+(?P<name>(?:first|second|third|largest|biggest|longest)\s+"
        r"(?:[a-z-]+\s+){0,3}?(?:" + _NOUNS + r"))\b"
    )),
    # "the first nuclear power plant of Kazakhstan": the owner after the noun
    ("ordinal_of", re.compile(
        r"\bthe\s+(?P<name>(?:first|second|third|largest|biggest|longest)\s+"
        r"(?:[a-z-]+\s+){0,3}?(?:" + _NOUNS + r")\s+(?:of|in)\s+(?:the\s+)?"
        rf"(?P<owner>{_CAPWORD}(?:\s+{_CAPWORD})?))\b"
    )),
    # a name with a number or letter ("the Power of Siberia 2 gas pipeline", "Thermal Power
    # Plant No. 3", "the Kambarata 1 hydropower plant")
    ("designated", re.compile(
        rf"\b(?P<name>{_CAPWORD}(?:\s+(?:of|de)\s+{_CAPWORD})?(?:\s+{_CAPWORD}){{0,2}}\s+"
        rf"(?:\d{{1,2}}|No\.\s?\d{{1,3}})(?:\s+(?!{_FUNCTION_WORD}\b)[a-z][a-z-]+){{0,3}}?\s+"
        rf"(?:{_NOUNS})|{_CAPWORD}(?:\s+{_CAPWORD}){{0,2}}\s+(?:{_CAP_NOUNS})\s+No\.\s?\d{{1,3}})"
        r"(?![\w-]|\.\d)"
    )),
    # "a road bridge across the Araz river", "the railway bridge over the Amu Darya": a
    # crossing named by the river it spans
    ("crossing", re.compile(
        # (no article after "of", as agencies writing in a second language put it)
        r"(?:\b(?:an?|the)\s+|(?<=\bof\s)|(?<=\bfor\s))(?:new\s+)?(?P<name>(?:(?:road|railway|rail|"
        r"automobile|motor|highway|"
        r"pedestrian|border|cross-border)\s+)?bridge\s+(?:across|over)\s+the\s+"
        rf"{_CAPWORD}(?:\s+{_CAPWORD})?(?:\s+[Rr]iver)?)\b"
    )),
    # "signed an agreement on the construction of a low-power nuclear power plant in
    # Uzbekistan": an unnamed project agreed, described by its words, in a named state
    # (also with its size, "an investment agreement with Kazakh partners for a 1 GW onshore
    # wind farm with battery storage in the Zhambyl region of southern Kazakhstan")
    ("agreed_in", re.compile(
        r"\b(?:(?:agreements?|contracts?|deals?|memorand(?:um|a)(?:\s+of\s+understanding)?|"
        r"accords?)\s+(?:(?:on|for)\s+(?:the\s+)?(?:joint\s+)?(?:construction|building)\s+of|"
        r"to\s+(?:jointly\s+)?(?:build|construct)|(?:with\s+[^.;:]{2,60}?\s+)?for(?=\s+an?\s+\d))|"
        r"agreed\s+to\s+(?:jointly\s+)?(?:build|construct))\s+(?:an?|the)\s+"
        r"(?P<name>(?:\d[\d,.]*\s*-?\s*(?:GW|MW|gigawatts?|megawatts?)\s+)?"
        r"(?:(?!" + _FUNCTION_WORD + r"\b)[a-z][a-z-]*\s+){0,3}?(?:" + _NOUNS + r"))"
        r"(?:\s+with(?:\s+[\w-]+){1,6}?)?"
        r"\s+in\s+(?:the\s+[A-Z][\w-]*\s+(?:region|province|oblast)\s+of\s+"
        r"(?:(?:northern|southern|eastern|western|central)\s+)?)?"
        rf"(?P<owner>{_CAPWORD}(?:\s+{_CAPWORD})?)\b"
    )),
    # "a tungsten project in Kazakhstan, to be developed by ...", "a $600 million copper
    # smelter in Uzbekistan": an unnamed project described by its kind in a named state (a
    # fact only with its cost or builder, see projects.py)
    ("described_in", re.compile(
        r"\b(?:an?)\s+(?:(?:US)?\$[\d.,]+\s*(?:billion|million|bn|m)\s+)?"
        r"(?P<name>(?:(?!" + _FUNCTION_WORD + r"\b|new\b|major\b|big\b|large\b|small\b)"
        r"[a-z][a-z-]*\s+){1,3}?(?:" + _NOUNS + r"))"
        r"\s+in\s+(?:(?:northern|southern|eastern|western|central)\s+)?"
        rf"(?P<owner>{_CAPWORD}(?:\s+{_CAPWORD})?)\b"
    )),
]  # fmt: skip


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_NOT_NAME_WORDS = _words(
    "the a an this that these those its their our his her it in on at by for of and to with "
    "from as during although while after before since when where which what who how "
    "black sea caspian central asian asia middle east west south north eastern western "
    "southern northern trans caucasus european eurasian great new old first second third "
    "grand national state international regional global strategic president minister "
    "government ministry company corporation according however also but or if "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "gw mw kw gwh mwh twh kv km bcm teu mt "
    # commodities written in capitals ("Qatar's biggest LNG project"): a kind, no name
    "lng lpg cng gtl"
)


def not_name_word(word: str) -> bool:
    """Whether a word does not make a name on its own (an article, a month, a geographic
    descriptor, a unit, a title)."""
    return word.lower() in _NOT_NAME_WORDS


#: Geographic and descriptive words that may begin a capitalised name ("Caspian Sea Oil
#: Terminal") though they do not make one alone.
_GEO_WORDS = _words(
    "black sea caspian central asian asia middle east west south north eastern western "
    "southern northern trans caucasus european eurasian great new old first second third "
    "grand national state international regional global strategic"
)
_KEEP = _words("trans great new")
_GENERIC_NOUN_WORDS = _words(
    "port seaport dry railway railroad rail line pipeline gas oil power plant station "
    "hydropower hydroelectric nuclear thermal solar wind deposit field mine corridor route "
    "terminal dam refinery bridge highway motorway canal airport project tunnel complex "
    "cable interconnector farm park smelter hub logistics centre center hpp npp tpp "
    "expressway road cross-border cross border"
)

# "the Rasht-Astara railway, the last missing stretch of the ...", "the line, a key link in
# the ...": an apposition placing the project named before it in a larger whole
_WHOLE_OF_PART = re.compile(
    r"\b(?:railway|railroad|line|pipeline|road|highway|motorway|bridge|tunnel|cable|port|"
    r"terminal|section|link)\s*(?:\([^)]{1,20}\))?,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:stretch|link|section|part|segment|leg|piece|component|element|branch|extension)\s+"
    r"(?:of|in|on)\s+(?:the\s+)?$",
    re.I,
)
# a name's tail of function words and one capitalised word ("... Corridor on Iranian")
_ADJECTIVE_TAIL = re.compile(
    rf"(?P<keep>.*?\b(?:{_CAP_NOUNS}))\s+(?:{_CONNECT}\s+){{1,2}}{_CAPWORD}$", re.DOTALL
)
# the first place of a pair joined by a spaced dash before a name ("the Rasht - Astara
# railway line"; not an upper-case dateline: "BAKU - Azerbaijan Railways ...")
_SPACED_PAIR_BEFORE = re.compile(r"(?<=\bthe\s)[A-Z][a-z][\w'’]*\s[-–]\s$")
# "... Railway on Friday", "... Pipeline in March": a day or month is no part of a name
_TIME_WORD = re.compile(
    r"\s+(?:on|in|at|by|since|until|from)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\.?"
)
# a common noun right after a name ("soil", "gas"): its last capitalised word was an adjective
_COMMON_NOUN_AFTER = re.compile(rf"\s+(?!{_FUNCTION_WORD}\b)[a-z][a-z-]+\b")
_VENUE_BEFORE = re.compile(r"\b(?:in|at)\s+the\s+[A-Z][\w-]*\s+$")
# "a reserve line from the Kazakh port of Kuryk to Buzovna", "shipped to the port of Poti": a
# port, station or terminal introduced as a place ("the port of X") at the end of a route is
# a place, not a project (a port by its own name, "from the Grand Faw port", may be one)
_ROUTE_END_BEFORE = re.compile(r"\b(?:from|to|via|through)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?$")
_PLACE_NOUN = re.compile(
    r"^(?:[a-z]+\s+)?(?:(?:sea)?port|station|terminal|airport|harbou?r)\s+(?:of|at)\s",
)
_ORGANISATION_AFTER = re.compile(
    r"\s+(?:Corporation|Corp\.?|Company|Co\.|Inc\.?|Ltd\.?|LLC|JSC|PLC|Group|Authority|"
    r"Agency|Administration|Ministry|Operator|Consortium|Holding|Holdings|Association|"
    r"Organi[sz]ation|Council|Committee|Fund|Bank|Institute|Company's|Companies)\b"
)
# a line named after the sea it crosses ("the Black Sea submarine cable")
_SEA_NAMED = re.compile(
    r"(?:The\s+|the\s+)?(?P<name>(?:Trans-)?(?:Black|Caspian|Aral|Mediterranean|Baltic|Arabian|"
    r"Red)(?:\s+Sea)?(?:\s+[a-z][a-z-]+){0,3}\s+(?:cable|interconnector|pipeline|power\s+line|"
    r"transmission\s+line))"
)
# "the Trans-Afghan railway": a line named after the land it crosses
_TRANS_NAME = re.compile(r"Trans-[A-Z][a-z]+\s+(?:[a-z]+\s+)?(?:railway|railroad|pipeline|"
                         r"highway|road|cable|line)\b")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Name:
    start: int  # document offsets
    end: int
    name: str
    rule: str
    owner_end: int | None = None


def main_words(name: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[^\W_]+", name)}
    return {w for w in words if w not in _GENERIC_NOUN_WORDS and w not in _NOT_NAME_WORDS
            and w != "s" and len(w) > 1}  # fmt: skip


def _actor_words(doc: Doc, start: int, end: int) -> set[str]:
    words: set[str] = set()
    for mention in actors_in(doc, start, end):
        words |= {w.lower() for w in re.findall(r"[^\W_]+", mention.text)}
    return words


_REGIONS = (
    r"Central\s+Asia|Europe|South\s+Caucasus|Caucasus|Caspian|Middle\s+East|South\s+Asia|"
    r"Gulf|Black\s+Sea|Persian\s+Gulf|Mediterranean|Baltic|Arctic"
)


def _route_of_states(doc: Doc, start: int, end: int, name: str) -> bool:
    """A name made of states joined by hyphens ("China-Kyrgyzstan-Uzbekistan railway")."""
    if not re.search(r"[A-Z][\w.]+(?:[-–][A-Z][\w.]+)+", name):
        return False
    text = text_of(doc)
    named = {
        m.actor_id
        for m in direct_mentions(doc, start, end)
        if m.via in ("name", "short", "capital")
        # "the Laos-China Railway": a state after the hyphen, though a company's name
        # ("China Railway") begins with it
        or (m.via == "agency" and m.start > start and text[m.start - 1] in "-–")
    }
    if len(named) >= 2:
        return True
    # "the Central Asia-China gas pipeline": a state joined to a region
    return len(named) == 1 and bool(
        re.search(rf"\b(?:{_REGIONS})[-–][A-Z]|[-–](?:{_REGIONS})\b", name)
    )


def _capitalised_run(doc: Doc, start: int, end: int, name: str) -> bool:
    """Two or more capitalised words before a capitalised project noun that are not actor
    names ("Caspian Sea Oil Terminal", "Southern Gas Corridor"; not "Middle Corridor")."""
    head = re.split(rf"\b(?:{_CAP_NOUNS})\b", name)[0]
    actors = _actor_words(doc, start, end)
    words = [w for w in re.findall(r"[^\W_]+", head) if w[:1].isupper() and w.lower() not in actors]
    return len(words) >= 2


def _port_of_city(doc: Doc, start: int, end: int, name: str) -> bool:
    """A port or airport named after a capital ("the port of Baku")."""
    if not re.match(r"(?:sea)?port\s+of\s|airport\s+of\s", name, _I):
        return False
    return any(m.via == "capital" for m in direct_mentions(doc, start, end))


#: the start of every project noun of ``_ANY_NOUN`` (lower case), for a whole-text scan
NOUN_STEMS = (
    "port", "seaport", "airport", "rail", "pipeline", "plant", "station", "hpp", "npp", "tpp",
    "deposit", "field", "mine", "corridor", "route", "terminal", "dam", "refiner", "bridge",
    "highway", "motorway", "canal", "project", "tunnel", "complex", "cable", "interconnector",
    "farm", "park", "smelter", "hub", "logistics", "line", "border", "checkpoint", "expressway",
    "road",
)  # fmt: skip
# what each name pattern needs in the sentence to match at all (a cheap test first)
_CAP_NOUN_WORDS = (
    "Port", "Railway", "Railroad", "Pipeline", "Plant", "Station", "Deposit", "Field", "Mine",
    "Corridor", "Route", "Terminal", "Dam", "Refinery", "Bridge", "Highway", "Canal", "Airport",
    "Project", "Tunnel", "Interconnector", "Cable", "Hub", "Complex", "HPP", "NPP",
)  # fmt: skip
_ORDINAL_WORDS = ("first", "second", "third", "largest", "biggest", "longest", "new")
_CAP_NOUN_WORD = any_of(re.compile("|".join(_CAP_NOUN_WORDS)))  # (factored: speed)
_DESIGNATOR = re.compile(r"\s(?:\d{1,2}|No\.\s?\d{1,3})(?:\s|$)")
_ORDINAL_WORD = any_of(re.compile("|".join(_ORDINAL_WORDS)))  # (factored: speed)
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s")
_AGREED_IN = re.compile(r"\b(?:construction|building|build|construct|for\s+an?\s+\d)")
_NEGATED = re.compile(r"\b(?:not|never|no|neither|nor|without)\b|n['’]t\b", _I)


@functools.cache
def word_pattern(word: str, *, end: bool = True) -> re.Pattern[str]:
    """A compiled case-insensitive search for `word` as a word (or a word start)."""
    return re.compile(rf"\b{re.escape(word)}" + (r"\b" if end else ""), _I)


#: the characters other than ASCII letters that a case-insensitive pattern matches to an
#: ASCII letter ("İ" and "ı" to "i", "ſ" to "s", the Kelvin sign to "k")
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def has_word(text: str, word: str, *, end: bool = True) -> bool:
    """Whether ``word_pattern(word, end=end)`` finds a match in `text`: by plain search in
    the lower-cased text when `word` is ASCII and `text` holds none of the characters a
    case-insensitive pattern matches to an ASCII letter otherwise than ``str.lower`` does
    (word boundaries are read with ``str.isalnum``, as the pattern reads them), so that
    no pattern is compiled for each new word of a name; else by the pattern."""
    low = text.lower()
    if (
        not word
        or not word.isascii()
        or len(low) != len(text)
        or (not text.isascii() and _ODD_CASE.search(text) is not None)
    ):
        return word_pattern(word, end=end).search(text) is not None
    word = word.lower()
    size = len(word)
    first, last = _is_word_char(word[0]), _is_word_char(word[-1])
    position = low.find(word)
    while position >= 0:
        before = position > 0 and _is_word_char(low[position - 1])
        after = position + size < len(low) and _is_word_char(low[position + size])
        if before != first and (not end or after != last):
            return True
        position = low.find(word, position + 1)
    return False


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


# capitalised words that never make a name kept by ``name_then_noun`` (openers, months)
_OPENERS = _words(
    "the a an this that these those its their our his her it in on at by for of and to with "
    "from as during although while after before since when where which what who how however "
    "also but or if according president minister government ministry company corporation "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)


_CAP_TOKEN = re.compile(r"[A-Z][\w.]*(?:[-–][\w.]+){0,4}|\([A-Z][A-Z0-9-]{1,9}\)")
_LOWER_TOKEN = re.compile(r"[a-z][a-z-]+")
_FUNCTION_WORDS = _words("on the of in at to for and with by from a an is was will would")


# "North Field East, Qatar's biggest LNG project, ...": the capitalised run in apposition
# before a possessive description names the project the description owns
_APPOSED_BEFORE = re.compile(rf"(?:^|(?<=\s))(?P<run>{_CAPWORD}(?:\s+{_CAPWORD}){{0,3}}),\s+$")
_APPOSITION_CLOSED = re.compile(r"\s*(?:[,;:)]|\.(?:\s|$)|$)")


def _apposed_name(doc: Doc, text: str, base: int, start: int, end: int) -> tuple[int, str] | None:
    """The name a possessive description (`text[start:end]`) stands in apposition to, as
    (offset in `text`, name): a run of capitalised words before it and a comma, the
    description closed by punctuation; a run of one word only inside the sentence, not
    at its start ("Meanwhile, Kazakhstan's first ..."), and no actor or opener alone."""
    before = _APPOSED_BEFORE.search(text, max(0, start - 80), start)
    if before is None or not _APPOSITION_CLOSED.match(text, end):
        return None
    run = before["run"]
    words = run.split()
    if len(words) == 1 and not text[: before.start()].strip():
        return None
    if all(w.lower() in _OPENERS for w in words):
        return None
    actors = _actor_words(doc, base + before.start(), base + before.end("run"))
    proper = [w for w in words if w.lower() not in _NOT_NAME_WORDS and w.lower() not in actors]
    if not proper:
        return None
    return before.start(), run


def _name_before(words: list[str]) -> bool:
    """Whether the words before a project noun can end in a name that ``name_then_noun``
    keeps: a run of capitalised words (one not an opener such as "The"), then at most six
    lower-case words that are no function words (the noun's own first words included)."""
    lower = caps = 0
    for word in reversed(words):
        word = word.lstrip("\"“‘'")  # a quoted name: 'named the "Zangezur corridor"'
        if _CAP_TOKEN.fullmatch(word):
            caps += 1
            if word.lower() not in _OPENERS:
                return True
            if caps >= 4:
                return False
            continue
        if caps or lower >= 6 or word in _FUNCTION_WORDS or not _LOWER_TOKEN.fullmatch(word):
            return False
        lower += 1
    return False


_NOUN_TOKEN = re.compile(r"[A-Za-z][A-Za-z-]*")
# the words after a project noun's first word, before its name ("rail line of", "port at")
_NOUN_TAILS = _words("of at line centre center crossing")


def _name_after(words: list[str]) -> bool:
    """Whether a project noun (its first word in `words`) can be followed by a name as
    ``noun_then_name`` reads it: the noun's other words, "of" or "at", then a capital."""
    if not words or not _NOUN_TOKEN.fullmatch(words[0]):
        return False
    for word in words[1:4]:
        if word[:1].isupper():
            return True
        if word not in _NOUN_TAILS:
            return False
    return False


def _gates(text: str, nouns: Sequence[int]) -> tuple[bool, bool]:
    """Whether ``name_then_noun`` and ``noun_then_name`` can match `text`: a capitalised
    word (not an opener such as "The") among the eight words before a project noun, and one
    among the four words after it."""
    before = after = False
    for position in nouns:
        if not before:
            before = _name_before(text[max(0, position - 300) : position].split())
        if not after:
            after = _name_after(text[position : position + 120].split())
        if before and after:
            break
    return before, after


def _may_match(rule: str, text: str) -> bool:
    """Whether name pattern `rule` can match `text` (False only when it cannot)."""
    if rule == "capitalised_noun":
        return _CAP_NOUN_WORD.search(text) is not None
    if rule == "appositive":
        return _APPOSITION.search(text) is not None
    if rule == "possessive_ordinal":
        return ("'s" in text or "’s" in text) and _ORDINAL_WORD.search(text) is not None
    if rule in ("ordinal_of", "its_ordinal"):
        return _ORDINAL_WORD.search(text) is not None
    if rule == "agreed_in":
        return _AGREED_IN.search(text) is not None
    if rule == "described_in":
        return " in " in text
    if rule == "crossing":
        return "bridge " in text
    if rule == "called":
        return _NAMING.search(text) is not None
    if rule == "designated":
        return _DESIGNATOR.search(text) is not None
    return True


#: a verb of naming: the gate of the ``called`` pattern
_NAMING = any_of(re.compile(r"call|dubb|dubs|name|brand|known\s+as|billed\s+as"))

_NOUNS_KEY = "caspian.project_names.nouns"


def noun_positions(doc: Doc) -> list[int]:
    """The offsets of the doc's project nouns (where a word starts with one of
    :data:`NOUN_STEMS`), found once per doc by plain search of the lower-cased text."""
    cached = doc.user_data.get(_NOUNS_KEY)
    if isinstance(cached, list):
        return cached
    lowered = lower_text(doc)
    found = sorted(
        {
            p
            for p in word_positions(lowered, NOUN_STEMS)
            if p == 0 or not (lowered[p - 1].isalnum() or lowered[p - 1] == "_")
        }
    )
    doc.user_data[_NOUNS_KEY] = found
    return found


def names_in(doc: Doc, sent: Span) -> list[Name]:
    """The project names of a sentence (see :mod:`caspian.extract.projects`)."""
    nouns = noun_positions(doc)
    base = sent.start_char
    first, last = bisect_left(nouns, base), bisect_left(nouns, sent.end_char)
    if first == last:
        return []  # every name holds a project noun
    text = span_text(doc, sent)
    found: list[Name] = []
    before, after = _gates(text, [p - base for p in nouns[first:last]])
    for rule, pattern in _NAME_PATTERNS:
        if (
            (rule == "name_then_noun" and not before)
            or (rule == "noun_then_name" and not after)
            or not _may_match(rule, text)
        ):
            continue
        for match in pattern.finditer(text):
            start, end = base + match.start("name"), base + match.end("name")
            if any(not (end <= n.start or start >= n.end) for n in found):
                continue
            name = match["name"]
            spaced = _SPACED_PAIR_BEFORE.search(
                text, max(0, match.start("name") - 40), match.start("name")
            )
            if spaced is not None and rule in ("capitalised_noun", "name_then_noun"):
                # "the Rasht - Astara railway line": a pair of places joined by a spaced dash
                start = base + spaced.start()
                name = text[spaced.start() : match.end("name")]
            if rule == "capitalised_noun":
                trimmed = _ADJECTIVE_TAIL.match(name)
                if trimmed is not None and (
                    _COMMON_NOUN_AFTER.match(text, match.end("name"))
                    or _TIME_WORD.fullmatch(name, trimmed.end("keep"))
                ):
                    # "the X Corridor on Iranian soil": the last capitalised word modifies
                    # a common noun after the name, it is no part of the name
                    name = trimmed["keep"]
                    end = start + len(name)
            if _ORGANISATION_AFTER.match(text, match.end("name")):
                continue  # "Turkish Petroleum Pipeline Corporation" is a company
            if _WHOLE_OF_PART.search(text, 0, match.start("name")):
                continue  # "the X railway, the last missing stretch of the Y Corridor": Y is
                # the whole the project belongs to, named to place it, no project event
            if _VENUE_BEFORE.search(text, max(0, match.start("name") - 200), match.start("name")):
                continue  # "met in the Kazakh port of Aktau": a place
            if _PLACE_NOUN.search(name) and _ROUTE_END_BEFORE.search(
                text, max(0, match.start("name") - 40), match.start("name")
            ):
                continue  # "a line from the Kazakh port of Kuryk to Buzovna": a route's end
            if rule in ("agreed_in", "described_in"):
                owner = direct_mentions(doc, base + match.start("owner"), base + match.end("owner"))
                if not owner or not main_words(name):
                    continue  # "a plant in Uzbekistan": no state, or nothing but its kind
                if _NEGATED.search(text, 0, match.start()):
                    continue  # "did not sign an agreement on the construction of ..."
            owned = rule in (
                "possessive_ordinal", "ordinal_of", "agreed_in", "its_ordinal", "described_in"
            )
            route = not owned and _route_of_states(doc, start, end, name)
            sea = _SEA_NAMED.fullmatch(name) if rule == "name_then_noun" else None
            if sea is not None:
                # "the Black Sea cable": a line named after the sea it crosses
                start += sea.start("name")
                name = sea["name"]
            if not owned and not route and sea is None:
                # drop leading capitalised words that are not part of a name
                words = name.split()
                strip = _NOT_NAME_WORDS - (_GEO_WORDS if rule == "capitalised_noun" else _KEEP)
                while words and (
                    words[0].lower() in strip
                    or words[0] in ("new", "planned", "proposed", "future", "major", "giant")
                ):
                    start += len(words[0]) + 1
                    words = words[1:]
                # "Construction of the X Plant": a common word joined by "of" is not the name
                while (
                    len(words) > 2
                    and words[1] in ("of", "for")
                    and not re.fullmatch(_CAP_NOUNS, words[0])
                    and re.search(rf"\b(?:{_CAP_NOUNS})\b", " ".join(words[2:]))
                ):
                    start += len(words[0]) + len(words[1]) + 2
                    words = words[2:]
                    while words and words[0].lower() == "the":
                        start += 4
                        words = words[1:]
                name = " ".join(words)
                distinctive = main_words(name) - _actor_words(doc, start, end)
                # a capitalised word of the name first: its word pattern is compiled only then
                capitalised = {t.lower() for t in re.findall(r"[^\W_]+", name) if t[:1].isupper()}
                proper = {
                    w for w in distinctive if w in capitalised and has_word(name, w, end=False)
                }
                if (
                    not proper
                    and not _port_of_city(doc, start, end, name)
                    and not (rule == "capitalised_noun" and _capitalised_run(doc, start, end, name))
                    and not _TRANS_NAME.match(name)
                ):
                    continue
            if rule == "possessive_ordinal":
                apposed = _apposed_name(doc, text, base, match.start("name"), match.end("name"))
                if apposed is not None:
                    # "North Field East, Qatar's biggest LNG project": the owner still hosts
                    start, name = base + apposed[0], apposed[1]
                    end = start + len(name)
            if match["acr"] if "acr" in pattern.groupindex else False:
                end = base + match.end("acr") + 1
                name = text_of(doc)[start:end]
            owner_end = (
                base + match.end("owner")
                if rule in ("possessive_ordinal", "agreed_in", "described_in")
                else None
            )
            found.append(Name(start, end, name.strip(), rule, owner_end))
    return found

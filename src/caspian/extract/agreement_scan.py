"""Fast scans of a document's text for the agreement rules: where their words are.

Python's regular expressions try every branch of a large case-insensitive alternation at
every word of a text, which made the agreement rules the slowest part of the extraction.
Here the plain word stems that every match must start with are located once per text
with ``str.find`` on the lower-cased text (C speed), and the full patterns are then tried
only at those positions (``pattern.match``), which finds exactly what ``finditer`` finds.

- :func:`cue_starts`: where a stage cue (``stages.find_cues``) or a replacement phrase
  can start;
- :func:`trigger_starts`: where an instrument noun, an instrument acronym or an
  "allowed"/"permitted" (a transit arrangement) starts;
- :func:`word_starts`: where any of some given stems starts a word.

Each result is kept for the last text asked in each thread (the pipeline runs one
document at a time; threads extracting at once each keep their own).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from caspian.extract.folding import aligned_lower

#: The first word of every branch of the stage cue patterns (lower case), and of the
#: replacement phrases ("replacing", "superseding", "successor to", "in place of").
CUE_STEMS: tuple[str, ...] = tuple(
    [
        "exchang",
        "parliament",
        "senate",
        "duma",
        "congress",
        "assembly",
        "legislat",
        "lawmakers",
        "rada",
        "majlis",
        "mazhilis",
        "kenesh",
        "deputies",
        "mps",
        "rubber",
        "conclud",
        "conclusion",
        "complet",
        "finali",
        "wrap",
        "reach",
        "finish",
        "ratif",
        "entry",
        "initial",
        "sign",
        "ink",
        "forg",
        "struck",
        "strike",
        "seal",
        "clinch",
        "penned",
        "adopt",
        "agreed",
        "put",
        "set",
        "affixed",
        "announc",
        "proclaim",
        "unveiled",
        "issu",
        "releas",
        "publish",
        "secured",
        "upgrad",
        "declar",
        "elevat",
        "rais",
        "lift",
        "promot",
        "tak",
        "bring",
        "brong",
        "brought",
        "reaffirm",
        "reiterat",
        "renew",
        "reconfirm",
        "extend",
        "strengthen",
        "deepen",
        "establish",
        "launch",
        "suspen",
        "froze",
        "freez",
        "terminat",
        "scrapp",
        "annul",
        "revok",
        "denounc",
        "withdr",
        "pull",
        "tore",
        "implement",
        "activat",
        "reactivat",
        "reviv",
        "negotiat",
        "talks",
        "propos",
        "discussed",
        "mooted",
        "floated",
        "approved",
        "endorsed",
        "passed",
        "enacted",
        "appl",
        "start",
        "began",
        "begins",
        "commenced",
        "backed",
        "voted",
        "given",
        "enter",
        "came",
        "comes",
        "goes",
        "went",
        "took",
        "became",
        "becomes",
        "remain",
        "lapsed",
        "expired",
        "ceased",
        "ended",
        "replac",
        "outlined",
        "reflected",
        "enshrined",
        "laid",
        "recorded",
        "stated",
        "expressed",
        "fixed",
        "supersed",
        "successor",
        "place",
    ]
)
#: Words after which a cue may start a few words earlier ("the signing of", "has been in
#: force", "had been agreed upon", "is being drafted", "was superseded"): every word start
#: in the 40 characters before them is a candidate.
_LOOKBACK: tuple[str, ...] = ("ratification", "entry", "initial", "signing", "suspension")
_LOOKBACK += ("in force", "agreed", "being", "supersed", "establishment", "launch")
_LOOKBACK += ("applied since", "adoption")
#: Lookback words that may also start a cue themselves ("a free trade agreement in force
#: since 2006").
_SELF_START: tuple[str, ...] = ("in force",)
#: Instrument head nouns (``instruments.HEAD``), acronyms (case-sensitive) and transit verbs.
HEAD_STEMS: tuple[str, ...] = tuple(
    [
        "agreement",
        "deal",
        "accord",
        "pact",
        "treat",
        "contract",
        "memorand",
        "declaration",
        "communiq",
        "protocol",
        "document",
        "partnership",
        "allianc",
        "allied",
        "arrangement",
        "charter",
        "joint",
        "convention",
        "peace",
        "roadmap",
        "plan",
        "action",
        "program",
        "letter",
        "statement",
        "regulation",
    ]
)
ACRONYM_STEMS = ("MoU", "MOU", "EPCA", "PCA", "CEPA", "FTA", "TEPA", "EPA", "BIT", "CSP")
TRANSIT_STEMS = ("allow", "permit")

_WORD_START = re.compile(r"\b\w")


def _trie(words: Iterable[str]) -> str:
    """A regular expression matching any of `words` at its start, its branches nested by
    common prefix (one character test per branch instead of one per word); a word that
    another starts with makes the longer one redundant."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict[str, Any]]) -> str:
        if "" in node:
            return ""
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)


@cache
def stems_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern matching, at a word start, any of `stems` (a trie: fast to scan)."""
    return re.compile(r"\b" + _trie(stems))


@cache
def _stems_scan(stems: tuple[str, ...]) -> re.Pattern[str] | None:
    """:func:`stems_pattern` with its ``\\b`` replaced by the one character it accepts
    before a word character (``\\W``), which ``re`` skips to in C instead of trying the
    pattern at every position (see :func:`stem_spans`); None when some stem does not
    begin with a word character."""
    if not all(re.match(r"\w", stem) for stem in stems):
        return None
    return re.compile(r"\W" + _trie(stems))


def stem_spans(stems: tuple[str, ...], text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``stems_pattern(stems).finditer(text)`` (speed: see :func:`_stems_scan`).

    A match of the scan is a stem after a non-word character: the stem starts one after
    the match. After a match ending at `end` the scan resumes at ``end - 1``, so a stem
    right at `end` is found when the character before it is no word character, as
    ``\\b`` would; a stem at the start of the text is matched by the pattern itself."""
    scan = _stems_scan(stems)
    if scan is None:
        for plain in stems_pattern(stems).finditer(text):
            yield plain.span()
        return
    position = 0
    first = stems_pattern(stems).match(text)
    if first is not None:
        yield 0, first.end()
        position = first.end() - 1
    search = scan.search
    while (match := search(text, position)) is not None:
        position = match.end()
        yield match.start() + 1, position
        position -= 1


def _find_all(text: str, stems: Iterable[str]) -> list[int]:
    """Sorted word-start positions where any of the stems occurs in text."""
    return [m.start() for m in stems_pattern(tuple(stems)).finditer(text)]


class _State:
    """What the scans found in one text (the last one asked about)."""

    __slots__ = ("by_stem", "cased", "hits", "lists", "lower", "starting", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = aligned_lower(text)  # ("İlham": "İ" lower-cases to two characters)
        self.hits: list[int] | None = None
        # the hits by the shortest known stem the scan matched there (each sorted)
        self.by_stem: dict[str, list[int]] = {}
        self.lists: dict[object, list[int]] = {}
        # by id of a stems tuple (kept in the entry, so the id stays its own): compared
        # with the lower-cased text, and (`cased`) with the text as written
        self.starting: dict[int, tuple[tuple[str, ...], list[int]]] = {}
        self.cased: dict[int, tuple[tuple[str, ...], list[int]]] = {}


class _Local(threading.local):
    """The scans of the last text asked in this thread (threads never share one)."""

    state: _State | None = None


_LOCAL = _Local()


def _state(text: str) -> _State:
    state = _LOCAL.state
    if state is not None and state.text is text:
        return state
    state = _LOCAL.state = _State(text)
    return state


def lower_of(text: str) -> str | None:
    """The lower-cased text, with the offsets of the text (a character that lower-cases
    to two is kept as it is)."""
    return _state(text).lower


#: Every stem any scan asks for (lower case), in one pattern: one pass over the text.
_ALL_STEMS: tuple[str, ...] = (
    *CUE_STEMS,
    *_LOOKBACK,
    *HEAD_STEMS,
    *TRANSIT_STEMS,
    *(stem.lower() for stem in ACRONYM_STEMS),
)
_EXTRA: list[tuple[str, ...]] = []


_KNOWN: list[tuple[str, ...]] = []  # every stem the scan looks for, once made


def _known() -> tuple[str, ...]:
    """Every stem of the one scan (sorted), made at the first scan (all registered)."""
    if not _KNOWN:
        _KNOWN.append(tuple(sorted({*_ALL_STEMS, *(s for extra in _EXTRA for s in extra)})))
    return _KNOWN[0]


def _hits(state: _State) -> list[int]:
    """The word starts in the text where any known stem starts (one scan per text)."""
    if state.hits is None:
        hits: list[int] = []
        by_stem: dict[str, list[int]] = {}
        lower = state.lower
        for position, end in stem_spans(_known(), lower):
            hits.append(position)
            by_stem.setdefault(lower[position:end], []).append(position)
        state.hits = hits
        state.by_stem = by_stem
    return state.hits


_Table = dict[str, bool | tuple[str, ...]]
#: :func:`_table` of each stems tuple asked about, by its id (the tuple kept, so the id
#: stays its own).
_TABLES: dict[tuple[int, bool], tuple[tuple[str, ...], _Table | None]] = {}


def _table(stems: tuple[str, ...], cased: bool) -> _Table | None:
    """For each known stem (the shortest the scan matches at a hit), whether one of
    `stems` starts wherever it does (True), or which of `stems` begin with it (as written:
    then they are tested at the hit); a known stem none begins with is left out. None if
    some of `stems` is no known stem (lower-cased, when `cased`)."""
    key = (id(stems), cased)
    entry = _TABLES.get(key)
    if entry is not None and entry[0] is stems:
        return entry[1]
    known = _known()
    lowered = tuple(stem.lower() for stem in stems) if cased else stems
    table: _Table | None = None
    if set(lowered) <= set(known):
        table = {}
        for shortest in known:
            if shortest in lowered and not cased:
                table[shortest] = True
                continue
            longer = tuple(
                stem for stem, low in zip(stems, lowered, strict=True) if low.startswith(shortest)
            )
            if longer:
                table[shortest] = longer
    _TABLES[key] = (stems, table)
    return table


def _starting(state: _State, stems: tuple[str, ...], *, cased: bool = False) -> list[int]:
    """The word starts among the hits where one of `stems` starts (kept per text)."""
    kept = state.cased if cased else state.starting
    entry = kept.get(id(stems))
    if entry is not None and entry[0] is stems:
        return entry[1]
    source = state.text if cased else state.lower
    hits = _hits(state)
    # the scan matched the shortest known stem at each hit: one of `stems` starts there
    # only if it begins with that stem
    table = _table(stems, cased)
    if table is not None:
        # (speed) stem by stem of the text: the hits of a stem none of `stems` begins
        # with are not looked at one by one
        found = []
        parts = 0
        get = table.get
        for shortest, positions in state.by_stem.items():
            longer = get(shortest)
            if longer is True:
                found.extend(positions)
            elif isinstance(longer, tuple):
                found.extend([p for p in positions if source.startswith(longer, p)])
            else:
                continue
            parts += 1
        if parts > 1:
            found.sort()
    else:
        found = [p for p in hits if source.startswith(stems, p)]
    kept[id(stems)] = (stems, found)
    return found


def cue_starts(text: str) -> list[int] | None:
    """Sorted positions where a stage cue may start."""
    state = _state(text)
    found = state.lists.get("cues")
    if found is None:
        starts = set(_starting(state, CUE_STEMS))
        for word in _starting(state, _LOOKBACK):
            for start in _WORD_START.finditer(state.lower, max(0, word - 40), word):
                starts.add(start.start())
        starts.update(_starting(state, _SELF_START))
        found = sorted(starts)
        state.lists["cues"] = found
    return found


def starting_with(
    text: str, key: str, positions: list[int], prefixes: tuple[str, ...]
) -> list[int]:
    """Those of `positions` (sorted, in text) where the lower-cased text starts with one of
    `prefixes` (lower case); kept per text under `key`."""
    state = _state(text)
    found = state.lists.get(key)
    if found is None:
        lower = state.lower
        found = [p for p in positions if lower.startswith(prefixes, p)]
        state.lists[key] = found
    return found


def trigger_starts(text: str, pattern: re.Pattern[str]) -> list[int] | None:
    """Sorted starts of the matches of `pattern` (the agreement trigger: instrument heads,
    acronyms, transit verbs) in text."""
    state = _state(text)
    found = state.lists.get("triggers")
    if found is None:
        candidates = sorted(
            {*_starting(state, _HEAD_TUPLE), *_starting(state, ACRONYM_STEMS, cased=True)}
        )
        found = []
        reached = 0
        for position in candidates:
            if position < reached:
                continue
            match = pattern.match(text, position)
            if match is not None:
                found.append(position)
                reached = match.end()
        state.lists["triggers"] = found
    return found


def word_starts(text: str, key: str, stems: tuple[str, ...]) -> list[int] | None:
    """Sorted word starts of any of `stems` (registered with :func:`register`) in the
    lower-cased text."""
    del key  # (kept per stems)
    return _starting(_state(text), stems)


def has_stem(
    text: str, start: int, end: int, stems: tuple[str, ...], *, cased: bool = False
) -> bool:
    """Whether a word in text[start:end] starts with one of `stems` (registered ones, or
    those of the agreement scans; `cased`: compared with the text as written)."""
    state = _LOCAL.state
    if state is None or state.text is not text:
        state = _state(text)
    kept = state.cased if cased else state.starting
    entry = kept.get(id(stems))  # (speed: the kept starts, as _starting reads them)
    starts = entry[1] if entry is not None and entry[0] is stems else None
    if starts is None:
        starts = _starting(state, stems, cased=cased)
    index = bisect_left(starts, start)
    return index < len(starts) and starts[index] < end


def stem_starts(text: str, stems: tuple[str, ...], start: int, end: int) -> list[int]:
    """The sorted word starts in text[start:end] where one of `stems` (registered ones, or
    those of the agreement scans) starts, in the lower-cased text."""
    return within(_starting(_state(text), stems), start, end)


def register(stems: tuple[str, ...]) -> tuple[str, ...]:
    """Add stems (lower case) to the one scan of every text; returns them."""
    _EXTRA.append(stems)
    _KNOWN.clear()  # (stems registered after a scan: the next scan looks for them too)
    _TABLES.clear()
    return stems


_HEAD_TUPLE = (*HEAD_STEMS, *TRANSIT_STEMS)


def within(starts: list[int], start: int, end: int) -> list[int]:
    """The positions of sorted `starts` in [start, end)."""
    return starts[bisect_left(starts, start) : bisect_left(starts, end)]


def any_within(starts: list[int], start: int, end: int) -> bool:
    index = bisect_left(starts, start)
    return index < len(starts) and starts[index] < end


def matches(
    pattern: re.Pattern[str], text: str, starts: list[int] | None, lo: int, hi: int
) -> list[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)``, trying the pattern only at `starts` (every
    position where it can match)."""
    if starts is None:
        return list(pattern.finditer(text, lo, hi))
    found: list[re.Match[str]] = []
    reached = lo
    for position in within(starts, lo, hi):
        if position < reached:
            continue
        match = pattern.match(text, position, hi)
        if match is not None:
            found.append(match)
            reached = match.end()
    return found


__all__ = [
    "any_within",
    "cue_starts",
    "has_stem",
    "lower_of",
    "matches",
    "register",
    "starting_with",
    "stem_starts",
    "stems_pattern",
    "trigger_starts",
    "within",
    "word_starts",
]

"""People a document introduces with their state, found again by name later on.

News introduces an official once with a state and an office ("Armenian Deputy Prime
Minister Mher Grigoryan", "his Azerbaijani counterpart Shahin Mustafayev", "Wang Yi,
China's foreign minister") and then writes the name alone ("Grigoryan and Mustafayev
signed ..."). The registry knows heads of state and government, not every deputy
minister, so such a name would otherwise name no actor. This module reads, per
document, each office mention (``via="office"``: a state's demonym or name before an
office word) that is followed by a personal name, or that follows one after a comma,
and adds a mention of that state for every later or earlier use of the full name or the
surname in the same document (``via="person"``).

A surname introduced for two different states in one document names neither. Names are
capitalised words only (no lower-case particle beyond "bin", "al", "de", "van", "von"),
at most four of them, and none may be a word that opens a sentence or names a month,
a weekday or an office.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from caspian.extract.mentions import ActorMention

#: Capitalised words that follow an office but are not a name.
_NOT_NAME_WORDS = """
    On In At After Before During For From With By As Since Under And But Or The A An This
    That These Those It He She They His Her Their Its We Our Also Then However Meanwhile
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December President Prime Minister
    Foreign Deputy Vice Ambassador Envoy Secretary Chancellor King Emir Sheikh Premier
    Mr Mrs Ms Dr Minister's Government Ministry Office Council Commission Cabinet State
    General Special Representative Chairman Affairs Economy Energy Trade Defence Defense
    Transport Finance Agriculture Investment Digital Industry Justice Interior Health
    Education Culture Tourism Labour Labor Development Infrastructure Water Resources
    Later Earlier Today Yesterday Tomorrow Separately Afterwards Subsequently Finally
    Instead Yet Still So Thus Here There When While Where Both Moreover Nevertheless
    Asked Speaking According Officials Minister Ministers Presidents Leaders Envoys
"""
_NOT_NAME = frozenset(_NOT_NAME_WORDS.split())
_PARTICLES = frozenset({"bin", "al", "el", "de", "da", "van", "von", "ibn", "Al", "El"})
_WORD = re.compile(r"[^\W\d_][\w'’\-.]*")


def _name_after(text: str, end: int) -> tuple[int, int, list[str]] | None:
    """A personal name right after ``end`` (one space, then capitalised words)."""
    if text[end : end + 1] != " ":
        return None
    return _name_at(text, end + 1)


def _name_at(text: str, start: int) -> tuple[int, int, list[str]] | None:
    words: list[str] = []
    pos = start
    last_end = start
    while len(words) < 4:
        match = _WORD.match(text, pos)
        if match is None:
            break
        word = match.group().rstrip(".")
        if word.endswith(("'s", "’s")):
            word = word[:-2]
            if word[:1].isupper() and word not in _NOT_NAME:
                words.append(word)
                last_end = match.start() + len(word)
            break
        if word in _PARTICLES and words:
            words.append(word)
        elif word[:1].isupper() and word not in _NOT_NAME and not word.isupper():
            words.append(word)
            last_end = match.start() + len(word)
        else:
            break
        pos = match.start() + len(word)
        if text[pos : pos + 1] != " ":
            break
        pos += 1
    while words and words[-1] in _PARTICLES:
        words.pop()
    if not words or len(words[-1]) < 3:
        return None
    return start, last_end, words


def _name_before(text: str, start: int) -> tuple[int, int, list[str]] | None:
    """A personal name right before ``start`` when ``text[:start]`` ends in ", " (an
    apposition: "Wang Yi, China's foreign minister")."""
    if not text.endswith(", ", 0, start) and not text.endswith(", the ", 0, start):
        return None
    head = start - (2 if text.endswith(", ", 0, start) else 6)
    line_start = max(text.rfind("\n", 0, head), text.rfind(". ", 0, head) + 1, 0)
    words = text[line_start:head].split(" ")
    name: list[str] = []
    for word in reversed(words):
        if (word[:1].isupper() and word not in _NOT_NAME and word.isalpha()) or (
            word in _PARTICLES and name
        ):
            name.insert(0, word)
            if len(name) == 4:
                break
        else:
            break
    if len(name) < 2:  # a single capitalised word before a comma is too often not a name
        return None
    begin = head - len(" ".join(name))
    return begin, head, name


#: An office after a state's demonym or name that the actor matcher does not read as an
#: office itself: "Kazakh Energy Minister", "Georgia's Economy and Sustainable
#: Development Minister", "Uzbek Deputy Foreign Minister", "the Turkish ambassador".
_OFFICE_TAIL = re.compile(
    r"(?:\s+(?:[A-Z][a-z]+|of|and|for|deputy|first|foreign|energy|economy|trade|"
    r"transport|defence|defense|finance|investment|digital|agriculture)){0,5}?"
    r"\s+(?:[Mm]inister|Secretary|[Pp]resident|[Aa]mbassador|[Ee]nvoy|Chairman|Chairwoman|"
    r"[Gg]overnor|Commissioner|[Aa]dviser|[Aa]dvisor|[Ss]peaker|[Cc]hief|[Hh]ead|[Dd]irector|"
    r"[Cc]ounterpart|[Pp]remier)(?=\s)"
)
_STATE_VIAS = frozenset({"demonym", "name", "short"})


def _office_ends(text: str, mentions: Sequence[ActorMention]) -> list[tuple[ActorMention, int]]:
    """Each office mention with its end, and each state name or demonym followed by an
    office phrase with the end of that phrase."""
    ends: list[tuple[ActorMention, int]] = []
    for mention in mentions:
        if mention.via == "office":
            ends.append((mention, mention.end))
        elif mention.via in _STATE_VIAS:
            end = mention.end
            if text.startswith(("'s", "’s"), end):
                end += 2
            tail = _OFFICE_TAIL.match(text, end)
            if tail is not None:
                ends.append((mention, tail.end()))
    return ends


def add_person_aliases(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """``mentions`` with a ``person`` mention for every use of a name that the document
    introduces beside a state's office (see the module doc); sorted by start."""
    offices = _office_ends(text, mentions)
    if not offices:
        return list(mentions)
    aliases: dict[str, str | None] = {}  # name or surname -> actor (None: ambiguous)
    for office, office_end in offices:
        for found in (_name_after(text, office_end), _name_before(text, office.start)):
            if found is None:
                continue
            _begin, _end, words = found
            for alias in {" ".join(words), words[-1]}:
                known = aliases.get(alias, office.actor_id)
                aliases[alias] = office.actor_id if known == office.actor_id else None
    names = sorted((a for a, actor in aliases.items() if actor), key=len, reverse=True)
    if not names:
        return list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    added: list[ActorMention] = []
    for start, end, name in name_uses(text, names):
        if any(s < end and start < e for s, e in taken):
            continue
        if start and text[start - 1] == " " and _after_another_name(text, start):
            continue  # "Mher Grigoryan" is found whole; "Armen Grigoryan" is someone else
        actor = aliases[name]
        assert actor is not None
        added.append(ActorMention(start, end, actor, "person", name))
        taken.append((start, end))
    if not added:
        return list(mentions)
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def name_uses(text: str, names: Sequence[str]) -> list[tuple[int, int, str]]:
    """The uses of `names` (longest first) in `text`, as whole words: not after a word
    character, an apostrophe or a hyphen, nor before a word character or a hyphen; at
    each position the longest name, and none overlapping one found before it. (What the
    alternation of the names with those bounds finds, by plain string search: no
    pattern is compiled for each document's names.)"""
    longest: dict[int, str] = {}
    for name in names:
        position = text.find(name)
        while position >= 0:
            end = position + len(name)
            if (
                position not in longest
                and not (position and _joins_before(text[position - 1]))
                and not (end < len(text) and _joins_after(text[end]))
            ):
                longest[position] = name
            position = text.find(name, position + 1)
    found: list[tuple[int, int, str]] = []
    done = 0
    for position in sorted(longest):
        if position >= done:
            name = longest[position]
            done = position + len(name)
            found.append((position, done, name))
    return found


def _joins_before(char: str) -> bool:
    """Whether a character before a name makes it part of a longer word (a word
    character as regular expressions read it, an apostrophe or a hyphen)."""
    return char.isalnum() or char in "_'’-"


def _joins_after(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _after_another_name(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a capitalised word that is not an office or
    sentence word: then the match is the end of another person's name."""
    before = text[max(0, start - 40) : start - 1].rsplit(None, 1)
    if not before:
        return False
    word = before[-1]
    return word[:1].isupper() and word.isalpha() and word not in _NOT_NAME


__all__ = ["add_person_aliases", "name_uses"]

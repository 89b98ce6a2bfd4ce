"""Who a clause is about: reference resolution and the filter of actor mentions.

``caspian.references.v1`` resolves plural references to actors — "the two countries",
"both sides", "the sides", "the parties", "the two presidents", "both states", "the
two leaders", "the two blocs", "the heads of state" — to the actors of the nearest
sentence that names them: first the same sentence before the reference ("After talks
between Baku and Astana, the two sides signed ..."), else up to three sentences back.
A reference with a number ("two", "both", "three") needs exactly that many actors there,
leaving out actors the sentence names itself ("Both states signed deals with Japan":
the two states are not Japan); one without ("the sides") takes all of them. Each
resolved actor is added to ``doc._.actors`` with ``via="reference"`` and the offsets of
the reference. "They"/"the two" as a subject take the sentence before's coordinated
subject of states or office-holders when nothing else plural is there; "the leaders",
"the heads of state", "the summit participants" the explicit set of a meeting just named
(those two in :mod:`caspian.extract.pronouns`).

:func:`party_mentions` is the filter every fact rule applies before taking actors as
parties: a capital used as a place ("talks in Astana"), an organisation that is only a
venue ("at the SCO summit") or the object of joining ("applied to join BRICS"), and a
demonym that only describes a thing ("Russian gas") are not parties; a demonym before a
leader, government or official ("the Kazakh President") and in a hyphenated pair
("Kazakh-Uzbek talks") is. It lives in :mod:`caspian.extract.parties`; this module
re-exports its names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from caspian.extract.base import actors_in, get_ext, set_ext, text_of
from caspian.extract.parties import (
    SEAT_OF_POWER,
    is_party,
    non_party_role,
    party_ids,
    party_mentions,
)
from caspian.extract.parties import (
    _kind as _kind,  # re-exported: agreements reads the kind of an actor here
)
from caspian.extract.pronouns import (
    _MEETING_NOUNS,
    _PARTITIVE_BEFORE,
    _meeting_participants,
    resolve_pronouns,
)

if TYPE_CHECKING:
    from caspian.extract.mentions import ActorMention

COMPONENT = "caspian.references.v1"

_NUMBERS = {
    "two": 2,
    "both": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "the": 0,
}
# The patterns below start with a character class and test the word boundary after it
# ("[Tt](?<!\w[Tt])" is "\b[Tt]"): re then skips to the next candidate character in C
# instead of trying the whole pattern at every position of the text.
_C5_PHRASE = re.compile(
    r"[Ff](?<!\w[Ff])ive\s+(?:Central\s+Asian\s+(?:states|countries|nations|republics|presidents"
    r"|leaders|heads\s+of\s+state|governments)\b|(?:states|countries|nations|republics)\s+of"
    r"\s+Central\s+Asia\b(?![\w-]))"
)
#: Names of regions standing for all their states, with the number that may precede them:
#: "the three South Caucasus countries", "the Baltic states", "both Koreas", "the six Gulf
#: monarchies". Only groups whose states are not in doubt (not "the Gulf states").
_REGION_STATES: dict[str, tuple[str, ...]] = {
    "caucasus": ("ARM", "AZE", "GEO"),
    "baltic": ("EST", "LTU", "LVA"),
    "koreas": ("KOR", "PRK"),
    "gulf": ("ARE", "BHR", "KWT", "OMN", "QAT", "SAU"),
    "caspian": ("AZE", "IRN", "KAZ", "RUS", "TKM"),
}
_STATE_NOUN = (
    r"(?:states|countries|nations|republics|presidents|leaders|heads\s+of\s+state|governments)"
)
_REGION_PHRASE = re.compile(
    r"(?P<det>[TtIiBb](?<!\w[TtIiBb])(?:(?<=[Tt])he(?:ir)?|(?<=[Ii])ts|(?<=[Bb])oth))\s+"
    r"(?:(?P<n>two|three|five|six)\s+)?"
    r"(?:(?P<caucasus>South\s+Caucas(?:us|ian)\s+" + _STATE_NOUN + r"|(?<=three\s)"
    r"(?:states|countries|nations|republics)\s+of\s+the\s+South\s+Caucasus)"
    r"|(?P<baltic>Baltic\s+" + _STATE_NOUN + r")"
    r"|(?P<gulf>Gulf\s+(?:Arab\s+)?(?P<monarchies>monarchies|" + _STATE_NOUN + r"))"
    r"|(?P<caspian>(?:(?<=five\s)(?:Caspian\s+)?(?:littoral|coastal|shore)|Caspian"
    r"(?:\s+(?:littoral|coastal|shore))?)\s+(?:states|countries|nations))"
    r"|(?P<koreas>Koreas))\b"
)
#: "the five littoral states" means the Caspian states where the Caspian has been named.
_CASPIAN_BEFORE = 600
_REGION_NOUN = r"(?:states|countries|nations|littoral|coastal|shore)"
#: The words of :data:`_REGION_PHRASE` that are found fast (a literal search): the phrase
#: is only tried in a window around them.
_REGION_KEY = re.compile(
    r"Caucas(?:us|ian)\s+[a-z]|Baltic\s+[a-z]|Gulf\s+(?:Arab\s+)?[a-z]|Koreas"
    r"|Caspian\s+"
    + _REGION_NOUN
    + r"|littoral\s+"
    + _REGION_NOUN
    + r"|coastal\s+"
    + _REGION_NOUN
    + r"|shore\s+"
    + _REGION_NOUN
)
_REGION_WINDOW = 45
#: Substrings one of which a text needs for :data:`_REGION_KEY` to match (tested first: a
#: substring test costs less than a regex search).
_REGION_WORDS = ("Caucas", "Baltic", "Gulf", "Koreas", "Caspian", "littoral", "coastal", "shore")
_MEMBER_STATES = re.compile(
    r"[ti](?<!\w[ti])(?:(?<=t)he(?:ir)?|(?<=i)ts)\s+"  # the|its|their
    r"(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:full\s+)?member(?:\s+states|\s+countries|s)\b"
)
#: The nouns of :data:`_ORG_ANAPHOR` as found by ``str.find`` ("grouping" has "group").
_ORG_NOUNS = (
    "union", "bloc", "organisation", "organization", "alliance", "group", "association",
    "commonwealth",
)  # fmt: skip
_ORG_ANAPHOR = re.compile(
    r"[Tt](?<!\w[Tt])h(?:e|at)\s+"  # the|that
    r"(?:union|bloc|organi[sz]ation|alliance|grouping|group|association|commonwealth)\b"
)
_REFERENCE = re.compile(
    # "the two", "the three", ... "the eight", "both", "the"
    r"(?P<det>[TtBb](?<!\w[TtBb])"
    r"(?:(?<=[Tt])he(?:\s+(?:two|three|four|five|six|seven|eight))?|(?<=[Bb])oth))"
    r"\s+(?:(?:[A-Z][\w-]+|neighbou?ring|allied|partner)\s+){0,2}"
    r"(?P<noun>countries|states|nations|sides|parties|presidents|leaders|heads\s+of\s+state"
    r"|governments|neighbou?rs|blocs|capitals|republics|partners)\b"
)
_STATE_NOUNS = frozenset(
    {"countries", "states", "nations", "presidents", "leaders", "heads of state",
     "governments", "neighbours", "neighbors", "capitals", "republics"}
)  # fmt: skip
_BLOC_NOUNS = frozenset({"blocs"})


def _reference_ids(doc: Doc, start: int, end: int) -> list[str]:
    """Actor ids a reference may point back to (parties, and demonyms: "Turkmen gas to
    Afghanistan, Pakistan and India" names four countries)."""
    seen: dict[str, None] = {}
    for mention in actors_in(doc, start, end):
        if mention.via == "demonym" or is_party(doc, mention):
            seen.setdefault(mention.actor_id, None)
    return list(seen)


def _wanted(ids: list[str], noun: str) -> list[str]:
    if noun in _STATE_NOUNS:
        return [a for a in ids if _kind(a) == "state"]
    if noun in _BLOC_NOUNS:
        return [a for a in ids if _kind(a) != "state"]
    return ids


def resolve_references(doc: Doc) -> list[ActorMention]:
    """The reference mentions of the doc, each resolved to its actors."""
    from caspian.extract.mentions import ActorMention

    text = text_of(doc)
    found: list[ActorMention] = []
    bounds: list[tuple[int, int]] = get_ext(doc, "sentences") or [(0, len(text))]
    starts = [b[0] for b in bounds]
    earlier: dict[int, list[str]] = {}  # _reference_ids of whole sentences, by index
    for match in _REFERENCE.finditer(text):
        det = match.group("det").lower().split()[-1]
        count = 0 if match.group("det").lower() == "the" else _NUMBERS.get(det, 0)
        noun = " ".join(match.group("noun").lower().split())
        index = max(0, bisect_right(starts, match.start()) - 1)
        if det == "the" and noun in _STATE_NOUNS | _BLOC_NOUNS and count == 0:
            # "the countries", "the states": too vague to resolve; "the leaders": the
            # participants of the meeting just named, when they are named one by one
            if (
                noun in _MEETING_NOUNS
                and match.group().count(" ") == noun.count(" ") + 1  # no modifier
                and not text.startswith(" of", match.end())
                and not _PARTITIVE_BEFORE.search(text, max(0, match.start() - 20), match.start())
            ):
                for actor_id in _meeting_participants(doc, bounds, index, match.start()):
                    found.append(
                        ActorMention(
                            match.start(), match.end(), actor_id, "reference", match.group()
                        )
                    )
            continue
        sent_start, sent_end = bounds[index]
        candidates = _wanted(_reference_ids(doc, sent_start, match.start()), noun)
        ids: list[str] = []
        if (count and len(candidates) == count) or (not count and len(candidates) >= 2):
            ids = candidates
        else:
            own = set(party_ids(doc, match.end(), sent_end))
            for back in range(index - 1, max(-1, index - 4), -1):
                if back not in earlier:
                    earlier[back] = _reference_ids(doc, *bounds[back])
                prev_ids = [a for a in _wanted(earlier[back], noun) if a not in own]
                if (count and len(prev_ids) == count) or (not count and len(prev_ids) >= 2):
                    ids = prev_ids
                    break
                if count and len(prev_ids) > count:
                    break  # ambiguous: do not guess
        for actor_id in ids:
            found.append(
                ActorMention(match.start(), match.end(), actor_id, "reference", match.group())
            )
    return found


def _last_group(
    actors: list[ActorMention],
    starts: list[int],
    floor: int,
    before: int,
    *,
    named_only: bool = False,
) -> ActorMention | None:
    """The last mention of an organisation or format wholly inside [floor, before) among
    `actors` (sorted by start; `starts` their starts), leaving out references if
    `named_only`."""
    for index in range(bisect_left(starts, before) - 1, bisect_left(starts, floor) - 1, -1):
        mention = actors[index]
        if (
            mention.end <= before
            and not (named_only and mention.via == "reference")
            and _kind(mention.actor_id) != "state"
        ):
            return mention
    return None


def _region_phrases(text: str) -> list[tuple[re.Match[str], tuple[str, ...]]]:
    """The phrases of `text` naming the states of a region, with the states."""
    found: list[tuple[re.Match[str], tuple[str, ...]]] = []
    # each alternative of _REGION_KEY begins with a word of _REGION_WORDS: tried there only
    at = sorted({position for word in _REGION_WORDS for position in _found(text, word)})
    if not at:
        return found
    done = -1  # end of the last region phrase found
    for key in _matches_at(_REGION_KEY, text, at):
        if key.start() < done:
            continue
        match = _REGION_PHRASE.search(
            text, max(done, key.start() - _REGION_WINDOW), key.end() + _REGION_WINDOW
        )
        if match is None or match.start() > key.start():
            continue
        done = match.end()
        region = match.lastgroup if match.lastgroup != "monarchies" else "gulf"
        states = _REGION_STATES[region or ""]
        number = _NUMBERS.get(match.group("n") or match.group("det").lower(), 0)
        if number and number != len(states):
            continue
        if region == "koreas" and number != 2:
            continue  # "the Koreas", "their Koreas"
        if region == "gulf" and not (number or match.group("monarchies") == "monarchies"):
            continue  # "the Gulf states": which ones is not clear
        if (
            region == "caspian"
            and "Caspian" not in match.group()
            and "Caspian" not in text[max(0, match.start() - _CASPIAN_BEFORE) : match.start()]
        ):
            continue  # "the five coastal states" of some other sea
        found.append((match, states))
    return found


def _matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match begins at one of `starts` (sorted) and
    none is empty: the first match at or after the end of the previous one."""
    done = 0
    for position in starts:
        if position >= done:
            match = pattern.match(text, position)
            if match is not None:
                yield match
                done = match.end()


def _gap_before(text: str, position: int) -> int:
    """Where the run of white space right before `position` begins."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _found(text: str, word: str) -> Iterator[int]:
    position = text.find(word)
    while position >= 0:
        yield position
        position = text.find(word, position + 1)


def _org_anaphors(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_ORG_ANAPHOR`, tried only where they can begin: "the" or
    "that" (a "T" or "t" three or four characters back) right before the white space
    before one of its nouns (found with ``str.find``, faster than a scan for every "t")."""
    starts: set[int] = set()
    for noun in _ORG_NOUNS:
        for position in _found(text, noun):
            gap = _gap_before(text, position)
            if gap < position:
                starts.update(s for s in (gap - 3, gap - 4) if s >= 0 and text[s] in "Tt")
    return _matches_at(_ORG_ANAPHOR, text, sorted(starts))


def _member_phrases(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_MEMBER_STATES`, tried only at a "t" or "i" in the three runs
    of non-space characters before a "member" (the determiner, a number, "full")."""
    starts: set[int] = set()
    for position in _found(text, "member"):
        begin = position
        for _ in range(3):
            begin = _gap_before(text, begin)
            while begin > 0 and not text[begin - 1].isspace():
                begin -= 1
        starts.update(s for s in range(begin, position) if text[s] in "ti")
    return _matches_at(_MEMBER_STATES, text, sorted(starts))


def resolve_group_phrases(doc: Doc) -> list[ActorMention]:
    """ "the five Central Asian states" (the C5 members), "the three South Caucasus
    countries", "the Baltic states", "both Koreas", "the Gulf monarchies", "the five
    Caspian states" (their states) and "the union", "the bloc", "the organisation" (the
    organisation or format last named, up to two sentences back)."""
    from caspian.actors import load_registry
    from caspian.extract.mentions import ActorMention

    text = text_of(doc)
    found: list[ActorMention] = []
    actors: list[ActorMention] = get_ext(doc, "actors") or []
    starts = [m.start for m in actors]
    published = get_ext(doc, "published")
    # each search only where its own literal words occur (a substring test costs little)
    for match in _member_phrases(text):
        group = _last_group(actors, starts, max(0, match.start() - 2000), match.start())
        if group is None:
            continue
        members = sorted(load_registry().members(group.actor_id, on=published))
        number = _NUMBERS.get((match.group("n") or "").lower(), 0)
        if members and (not number or number == len(members)):
            for member in members:
                found.append(
                    ActorMention(match.start(), match.end(), member, "reference", match.group())
                )
    if "five" in text and "Central" in text:
        for match in _C5_PHRASE.finditer(text):
            for member in sorted(load_registry().members("C5", on=published)):
                found.append(
                    ActorMention(match.start(), match.end(), member, "reference", match.group())
                )
    for match, states in _region_phrases(text):
        for state in states:
            found.append(
                ActorMention(match.start(), match.end(), state, "reference", match.group())
            )
    bounds: list[tuple[int, int]] = get_ext(doc, "sentences") or [(0, len(text))]
    sentence_starts = [b[0] for b in bounds]
    for match in _org_anaphors(text):
        index = max(0, bisect_right(sentence_starts, match.start()) - 1)
        floor = bounds[max(0, index - 6)][0]
        last = _last_group(actors, starts, floor, match.start(), named_only=True)
        if last is not None:
            found.append(
                ActorMention(match.start(), match.end(), last.actor_id, "reference", match.group())
            )
    return found


@Language.component(
    COMPONENT.replace(".", "_"), requires=["doc._.actors"], assigns=["doc._.actors"]
)
def references_component(doc: Doc) -> Doc:
    """Add resolved plural references to ``doc._.actors`` (kept sorted by start)."""
    actors: list[ActorMention] | None = get_ext(doc, "actors")
    if actors is None:
        return doc
    resolved = resolve_group_phrases(doc)
    if resolved:
        actors = sorted([*actors, *resolved], key=lambda m: (m.start, m.end))
        set_ext(doc, "actors", actors)
    resolved = resolve_references(doc)
    if resolved:
        actors = sorted([*actors, *resolved], key=lambda m: (m.start, m.end))
        set_ext(doc, "actors", actors)
    resolved = resolve_pronouns(doc)  # after the references: "The two countries met. They"
    if resolved:
        set_ext(doc, "actors", sorted([*actors, *resolved], key=lambda m: (m.start, m.end)))
    return doc


__all__ = [
    "COMPONENT",
    "SEAT_OF_POWER",
    "is_party",
    "non_party_role",
    "party_ids",
    "party_mentions",
    "resolve_group_phrases",
    "resolve_pronouns",
    "resolve_references",
]

"""Pronouns and meeting participants: "they"/"the two" as a subject, "the leaders", "the
summit participants".

Part of ``caspian.references.v1`` (:mod:`caspian.extract.references`). "They"/"the two"
as a subject take the sentence before's coordinated subject of states or office-holders
when nothing else plural is there (:func:`resolve_pronouns`); "the leaders", "the heads
of state", "the summit participants" the explicit set of a meeting just named
(:func:`_meeting_participants`: a coordinated subject, "the leaders of A, B and C", the
members of an organisation whose summit is named).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from caspian.extract.base import actors_in, get_ext, text_of
from caspian.extract.parties import _kind, is_party, party_mentions

if TYPE_CHECKING:
    from caspian.extract.mentions import ActorMention

#: The words a verb may follow a plural subject with ("They also signed", "the two later
#: inked", "they have agreed", "they will sign").
_AUX = (
    r"(?:(?:also|later|then|jointly|subsequently|both|formally|finally|further|together|have"
    r"|had|will|would|could|did|were|are|reportedly|officially|eventually|again|not|each|all"
    r"|previously|earlier|already|instead|now|just|since|never|[a-z]{3,}ly)\s+){0,3}"
)
_VERB = (
    r"(?:[a-z]{2,}ed|met|held|made|took|set|struck|gave|began|won|sent|sign|agree|adopt|approve"
    r"|hold|meet|launch|ratify|establish|create|discuss|pledge|commit|endorse|issue|ink|seal"
    r"|conclude|reach|announce|vow|unveil|upgrade|reaffirm|open|deepen|expand|oversee"
    r"|witness)\b"
)
#: "They" or "the two" as the subject of a verb.
_PRONOUN = re.compile(r"[Tt](?<!\w[Tt])he(?P<two>y|\s+two)\s+" + _AUX + _VERB)
#: What may stand before the subject in its sentence: nothing, a quote mark, or a time or
#: place adverbial ("In September 2023 they signed", "On Monday, they agreed").
_SUBJECT_LEAD = re.compile(
    r"\s*(?:A\s*[:.]\s*)?[“\"']?\s*(?:(?:In|On|At|By|During|Later|Then|Afterwards|Subsequently|Earlier|Last"
    r"|Next|Also|Meanwhile|Separately|Together|There|Finally|Eventually|Ultimately"
    r"|Previously|Today|Yesterday)\b[^.;:!?\"“”()]{0,50}?,?\s+)?"
)
#: A dateline before a sentence's subject: "ASTANA, Dec 3 (Reuters) - ".
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.' ]{2,40}(?:,\s*[^–—\n-]{1,40}?)?\s*(?:\([^)]{1,30}\)\s*)?[-–—]+\s+)?"
)
#: Words before the first actor of a coordinated subject: "Presidents", "The leaders of",
#: "Prime Minister", a first name.
_LIST_LEAD = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:leaders|presidents|heads\s+of\s+state(?:\s+and\s+government)?"
    r"|heads\s+of\s+government|governments|foreign\s+ministers|prime\s+ministers)\s+of\s+"
    r"(?:the\s+)?)?"
)
#: A time adverbial before a sentence's subject, ended by a comma: "On Monday, ".
_INTRO = re.compile(
    r"(?:In|On|At|During|Last|Earlier|Later|Meanwhile|Separately|Today|Yesterday)\b"
    r"[^.;:!?,\"“”()]{0,40},\s+"
)
#: An interviewer's question before its subject: "Q: What did Armenia and the EU sign?"
#: (the answer's "They signed ..." means them).
_QUESTION = re.compile(
    r"(?:Q\s*[:.]\s*)?(?:What|When|Why|How|Where|Which\s+\w+)\s+(?:exactly\s+)?"
    r"(?:did|do|does|have|has|had|will|would)\s+"
)
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_LIST_WORD = re.compile(r"(?:the\s+|[A-Z][\w.'-]*\s+)")
#: The verb after a coordinated subject ("Kazakhstan and Uzbekistan signed", "... met on").
_LIST_VERB = re.compile(r"\s*,?\s+" + _AUX + _VERB)
#: "the leaders of A, B and C", "the heads of state of A and B".
_LEADERS_OF = re.compile(
    r"\b(?:leaders|presidents|heads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?"
    r"|heads\s+of\s+government|prime\s+ministers)\s+of\s+(?:the\s+)?",
    re.I,
)
#: An organisation's or format's summit: "the SCO summit", "a CIS heads of state meeting".
_SUMMIT_AFTER = re.compile(
    r"(?:[’']s\s+)?\s+(?:(?:annual|informal|extraordinary|jubilee|anniversary|leaders[’']?)\s+)?"
    r"(?:summit|heads[- ]of[- ]state\s+(?:summit|meeting|council))\b"
)
_SUMMIT_BEFORE = re.compile(r"\bsummit\s+of\s+(?:the\s+)?$")
#: The participants of a meeting: "the leaders", "the heads of state", "the summit
#: participants", "the participants of the meeting".
_PARTICIPANTS = re.compile(
    r"[Tt](?<!\w[Tt])he\s+(?:(?:summit|meeting)\s+)?participants"
    r"(?:\s+(?:of|in|at)\s+the\s+(?:summit|meeting|talks))?\b(?!\s+(?:of|in|at|from)\b)"
)
_MEETING_NOUNS = frozenset({"leaders", "presidents", "heads of state"})
_PARTITIVE_BEFORE = re.compile(
    r"\b(?:one|some|none|two|three|most|many|several|each|any|few|either|neither|other)"
    r"\s+of\s+$",
    re.I,
)
#: A plural common noun that "they" could mean ("companies", "officials", "investors"): a
#: word ending in "s" but not in "ss", "us" or "is", and not one of the words below (nor
#: a plural no one could mean by "they": "held talks", "for two years", "signed documents").
_PLURAL = re.compile(
    r"\b(?!(?:was|has|its|as|does|goes|always|perhaps|towards|afterwards|besides|whereas|news"
    r"|sometimes|gas|yes|series|species|means|whereabouts|headquarters|talks|negotiations"
    r"|consultations|relations|ties|years|months|weeks|days|hours|documents|agreements"
    r"|memorandums|issues|matters|questions|prospects|details|sidelines|results|terms"
    r"|areas|fields|sectors|projects|plans|steps|measures|efforts|ways)\b)[a-z]*[a-hj-rt-z]s\b"
)


def _list_after(
    doc: Doc, start: int, end: int, *, subject: bool = False
) -> tuple[list[str], int] | None:
    """The actor ids of a coordinated list of states, organisations ("Armenia and the
    EU") or office-holders beginning at `start` (as a subject: after "The leaders of",
    "Presidents") inside [start, end), and where it ends; None unless it names at least
    two actors, one of them a state, and has no possessive or demonym."""
    text = text_of(doc)
    mentions = [m for m in actors_in(doc, start, end) if m.via != "reference"]
    by_start = {m.start: m for m in mentions}
    position = start
    if subject and position not in by_start:
        lead = _LIST_LEAD.match(text, position, end)
        position = lead.end() if lead else position
    ids: dict[str, None] = {}
    while True:
        mention = by_start.get(position)
        skipped = 0
        while mention is None and skipped < 3:
            word = _LIST_WORD.match(text, position, end)
            if word is None:
                return None
            position = word.end()
            mention = by_start.get(position)
            skipped += 1
        if (
            mention is None
            or mention.via == "demonym"
            or _kind(mention.actor_id) not in ("state", "organisation")
            or not is_party(doc, mention)
        ):
            return None
        ids.setdefault(mention.actor_id, None)
        position = mention.end
        while position in by_start:  # "President Ilham Aliyev" named by two mentions
            position = by_start[position].end
        gap = _LIST_GAP.match(text, position, end)
        if (
            gap is None
            or gap.end() >= end
            or (text[gap.end()].islower() and not text.startswith("the ", gap.end()))
        ):
            break
        position = gap.end()
    if text.startswith(("'s", "’s", "-"), position) or len(ids) < 2:
        return None
    if not any(_kind(actor_id) == "state" for actor_id in ids):
        return None  # "the EU and NATO": blocs alone are no such subject
    return list(ids), position


def _others(doc: Doc, start: int, end: int, ids: list[str]) -> bool:
    """Whether [start, end) names a party other than `ids`."""
    return any(m.actor_id not in ids for m in party_mentions(doc, start, end))


def _subject_list(doc: Doc, start: int, end: int) -> tuple[list[str], int, int] | None:
    """The states of the coordinated subject of the sentence [start, end) ("Presidents
    Tokayev and Mirziyoyev met ...", "On Monday, the leaders of A, B and C gathered ..."),
    with where the subject begins and ends, when a verb follows it."""
    text = text_of(doc)
    lead = _DATELINE.match(text, start, end)
    begin = lead.end() if lead else start
    intro = _INTRO.match(text, begin, end) or _QUESTION.match(text, begin, end)
    for first in (begin, intro.end()) if intro else (begin,):
        found = _list_after(doc, first, end, subject=True)
        if found is None:
            # a resolved reference as the subject: "The three governments have turned ..."
            refs = [
                m for m in actors_in(doc, first, end) if m.start == first and m.via == "reference"
            ]
            ids = list(dict.fromkeys(m.actor_id for m in refs))
            if len(ids) >= 2 and all(_kind(a) == "state" for a in ids):
                found = ids, max(m.end for m in refs)
        if found is not None:
            if not _LIST_VERB.match(text, found[1], end):
                return None
            return found[0], first, found[1]
    return None


def _meeting_sets(doc: Doc, start: int, end: int) -> list[list[str]]:
    """The explicit sets of participants of a meeting in [start, end): a coordinated
    subject of states or office-holders, "the leaders of A, B and C", the members of an
    organisation whose summit is named ("the SCO summit")."""
    from caspian.actors import load_registry

    text = text_of(doc)
    sets: list[list[str]] = []
    actors = actors_in(doc, start, end)
    if not actors:
        return sets
    subject = _subject_list(doc, start, end) if actors[0].start - start < 100 else None
    if subject is not None:
        sets.append(subject[0])
    if len(actors) >= 2 and "of" in text[start:end]:
        for match in _LEADERS_OF.finditer(text, start, end):
            found = _list_after(doc, match.end(), end)
            if found is not None:
                sets.append(found[0])
    if "ummit" in text[start:end] or "state" in text[start:end]:
        for mention in actors:
            if _kind(mention.actor_id) == "state" or mention.via == "reference":
                continue
            if not (
                _SUMMIT_AFTER.match(text, mention.end, end)
                or _SUMMIT_BEFORE.search(text, max(start, mention.start - 20), mention.start)
            ):
                continue
            members = sorted(
                load_registry().members(mention.actor_id, on=get_ext(doc, "published"))
            )
            if len(members) >= 2:
                sets.append(members)
    distinct: list[list[str]] = []
    for ids in sets:
        if sorted(ids) not in [sorted(d) for d in distinct]:
            distinct.append(ids)
    return distinct


def _meeting_participants(
    doc: Doc, bounds: list[tuple[int, int]], index: int, position: int
) -> list[str]:
    """The participants of the meeting named before `position` in its sentence (`index`)
    or in the two sentences before; none if that set is not explicit or not alone."""
    for back in range(index, max(-1, index - 3), -1):
        start, end = bounds[back]
        end = min(end, position)
        sets = _meeting_sets(doc, start, end)
        if len(sets) > 1:
            return []  # two meetings or two sets: do not guess
        if sets:
            ids = sets[0]
            return [] if _others(doc, start, end, ids) else ids
        if back != index and any(_kind(m.actor_id) == "state" for m in actors_in(doc, start, end)):
            return []  # a sentence naming other states comes between
    return []


def _pronoun_antecedents(
    doc: Doc, bounds: list[tuple[int, int]], index: int, match: re.Match[str]
) -> list[str]:
    """The states "they" or "the two" at `match` stands for: the coordinated subject of
    the sentence before, when it names states or office-holders and nothing else plural."""
    text = text_of(doc)
    sent_start = bounds[index][0]
    lead = _SUBJECT_LEAD.fullmatch(text, sent_start, match.start())
    if (
        index == 0
        or lead is None
        or _PLURAL.search(text, sent_start, match.start())
        or actors_in(doc, sent_start, match.start())
    ):
        return []
    start, end = bounds[index - 1]
    subject = _subject_list(doc, start, end)
    if subject is None:
        return []
    ids, subject_start, subject_end = subject
    if (
        _PLURAL.search(text, start, subject_start)
        or _PLURAL.search(text, subject_end, end)
        or _others(doc, start, end, ids)
    ):
        return []
    if match.group("two") != "y" and len(ids) != 2:
        return []
    return ids


def _pronoun_matches(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_PRONOUN` in `text`, tried only where "they" or "two" occurs
    (a substring search costs far less than a regex scan from every "t")."""
    found: list[re.Match[str]] = []
    for word, back in (("they", 0), ("They", 0), ("two", 4)):
        position = text.find(word)
        while position >= 0:
            if (back and text[position - back : position] in ("the ", "The ")) or (
                not back and text[position + 4 : position + 5] == " "
            ):
                match = _PRONOUN.match(text, position - back)
                if match is not None:
                    found.append(match)
            position = text.find(word, position + 3)
    found.sort(key=lambda m: m.start())
    return found


def resolve_pronouns(doc: Doc) -> list[ActorMention]:
    """ "They signed ...", "The two later inked ...": the states of the sentence before's
    coordinated subject ("Presidents Tokayev and Mirziyoyev met in Tashkent on Monday."),
    when nothing else plural there could be meant; and "the summit participants" (see
    :func:`resolve_references` for "the leaders")."""
    from caspian.extract.mentions import ActorMention

    text = text_of(doc)
    found: list[ActorMention] = []
    matches = _pronoun_matches(text)
    if not matches and "participants" not in text:
        return found
    bounds: list[tuple[int, int]] = get_ext(doc, "sentences") or [(0, len(text))]
    starts = [b[0] for b in bounds]
    for match in matches:
        index = max(0, bisect_right(starts, match.start()) - 1)
        ref_end = match.start() + (
            4 if match.group("two") == "y" else len("the") + len(match.group("two"))
        )
        for actor_id in _pronoun_antecedents(doc, bounds, index, match):
            found.append(
                ActorMention(
                    match.start(), ref_end, actor_id, "reference", text[match.start() : ref_end]
                )
            )
    if "participants" in text:
        for match in _PARTICIPANTS.finditer(text):
            if _PARTITIVE_BEFORE.search(text, max(0, match.start() - 20), match.start()):
                continue
            index = max(0, bisect_right(starts, match.start()) - 1)
            for actor_id in _meeting_participants(doc, bounds, index, match.start()):
                found.append(
                    ActorMention(match.start(), match.end(), actor_id, "reference", match.group())
                )
    return found


__all__ = ["resolve_pronouns"]

"""Agreements: coordinated objects, each with its own partner.

"Washington signed a trade agreement with Cambodia and an outline for one with Thailand",
"Japan signed a security pact with Australia and a memorandum on energy with India",
"Turkey concluded a free trade agreement with Georgia and another with Ukraine": one
subject signs several instruments, each "with" its own partner. Each instrument's parties
are the subject of the stage verb and its own partner, not every actor of the sentence;
an elided second instrument ("and another with Ukraine", "and a similar one with", "and
one with") is a second fact of the same instrument, stage and date.

Only active stage verbs before the instrument count (the subject is the clause's actors
before the verb); a list of partners without a second "with" ("with Russia and China")
is one instrument with all of them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

from caspian.extract.agreement_parties import _parties, _signer, _with_list
from caspian.extract.base import text_of
from caspian.extract.instruments import InstrumentMention
from caspian.extract.references import party_mentions
from caspian.extract.stages import Cue

#: "and" with a new object, up to the "with" of its own partner: "and an outline for one
#: with", "and a memorandum on energy with", "and another with".
_NEXT_OBJECT = re.compile(
    r"\s*,?\s+and\s+(?:also\s+)?(?P<det>an?|another|one|two|three|a\s+second|a\s+separate"
    r"|a\s+similar|the\s+same)\b(?P<words>[^,;.:()]{0,60}?)\s+with\s+(?:the\s+)?(?=[A-Z])"
)
#: The elided instrument of :data:`_NEXT_OBJECT`: "another", "a similar one", "one".
_ELIDED = re.compile(r"\s*(?:(?:similar|separate|second|new)\s+)?(?:one)?\s*")
#: Before a second instrument: "with <partner> and a/an/the", up to its own determiner.
_PREVIOUS_PARTNER = re.compile(
    r"\bwith\s+(?:the\s+)?[A-Z][^,;.:()]{1,60}?,?\s+and\s+(?:also\s+)?(?:an?|the|two|three"
    r"|a\s+second|a\s+separate|a\s+similar)\s+(?:[\w-]+\s+){0,3}$"
)


class OwnPartners(NamedTuple):
    """The parties of one instrument of a coordination, and of an elided second one."""

    parties: list[str]
    elided: list[list[str]]


def _next_partner(doc: Doc, start: int, end: int) -> list[str]:
    """The actors named right at `start` (a "with" partner), coordinated."""
    found = party_mentions(doc, start, end)
    if not found or found[0].start != start:
        return []
    return _parties(doc, start, _partner_end(text_of(doc), start, end))


_PARTNER_END = re.compile(r"[,;.:()]|\s+(?:on|in|at|to|for|that|which|who|and\s+(?:an?|the)\b)")


def _partner_end(text: str, start: int, end: int) -> int:
    stop = _PARTNER_END.search(text, start, end)
    return stop.start() if stop else end


def own_partners(
    doc: Doc,
    sent: tuple[int, int],
    mention: InstrumentMention,
    cue: Cue,
) -> OwnPartners | None:
    """The parties of `mention` when it is one of coordinated objects with their own
    partners (see the module doc), else None."""
    if cue.after or cue.end > mention.start:
        return None
    text = text_of(doc)
    if (
        text.find(" with ", mention.end, sent[1]) < 0
        and text.find("with ", max(sent[0], mention.start - 80), mention.start) < 0
    ):
        return None  # (speed) no partner named with "with" near the mention
    subject = _signer(doc, sent, cue)
    if not subject:
        return None
    partners = _with_list(doc, mention, sent[1])
    if not partners:
        return None
    own_end = mention.end
    for actor in party_mentions(doc, mention.end, sent[1]):
        if actor.actor_id in partners:
            own_end = actor.end
        else:
            break
    elided: list[list[str]] = []
    following = _NEXT_OBJECT.match(text, own_end, sent[1])
    preceding = _PREVIOUS_PARTNER.search(text, max(sent[0], mention.start - 90), mention.start)
    if following is None and preceding is None:
        return None
    if following is not None:
        other = _next_partner(doc, following.end(), sent[1])
        if not other or any(p in subject or p in partners for p in other):
            return None
        if _ELIDED.fullmatch(following.group("words")) and following.group("det") != "an":
            elided.append(list(dict.fromkeys([*subject, *other])))
    parties = list(dict.fromkeys([*subject, *partners]))
    if len(parties) < 2 or any(p in subject for p in partners):
        return None
    return OwnPartners(parties, elided)


#: "also signed an", "also inked a separate": another instrument than the ones before.
_ALSO_BEFORE = re.compile(r"\balso\s+(?:\w+\s+)?$")
_INDEFINITE = re.compile(
    r"\s+(?:an?|another|a\s+(?:second|separate|further|new)|one\s+more)\s+(?:[\w-]+\s+){0,3}$"
)
_ANOTHER = re.compile(r"\s+(?:another|a\s+(?:second|separate|further))\s+(?:[\w-]+\s+){0,3}$")


def another_instrument(text: str, sent_start: int, cue: Cue, mention: InstrumentMention) -> bool:
    """Whether an active stage verb states another instrument than the ones the story
    named before: "SOCAR also signed an agreement with ...", "signed a separate memorandum"
    (a fact not merged with an earlier one of the same parties, instrument and stage)."""
    if cue.after or cue.end > mention.start or mention.generic or mention.plural:
        return False
    gap = text[cue.end : mention.start]
    if len(gap) > 40:
        return False
    if _ANOTHER.fullmatch(gap):
        return True
    return bool(
        _INDEFINITE.fullmatch(gap)
        and _ALSO_BEFORE.search(text, max(sent_start, cue.start - 20), cue.start)
    )


#: Between the stage clause of one instrument and another signed with it: "was signed in
#: Bishkek on 3 November by the two foreign ministers, together with an agreement on".
_TOGETHER = re.compile(
    r"(?:[^;:().]|\.(?!\s)){0,120}?,?\s+(?:together|along)\s+with\s+(?:an?|the|two|three|four|a\s+separate"
    r"|a\s+further)?\s*(?:[\w-]+\s+){0,2}$"
)


#: A sentence-initial pronoun standing for the instrument before: "It was signed".
_PRONOUN_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:It|This)\s+(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?=signed|inked|initial+ed|ratified|concluded)"
)


_STOP = re.compile(r"[.;:]\s")


def accompanying_cue(
    text: str, mention: InstrumentMention, mentions: list[InstrumentMention], cues: list[Cue]
) -> Cue | None:
    """The stage cue of the instrument before `mention` when `mention` is signed "together
    with" it ("The treaty was signed in Bishkek on 3 November, together with an agreement
    on water"): the same stage, date and parties."""
    if mention.generic or text.find(" with ", max(0, mention.start - 40), mention.start) < 0:
        return None  # (speed) "together with" / "along with" right before the mention
    index = mentions.index(mention)
    if index > 0:
        floor = mentions[index - 1].end
    else:  # "It was signed in Bishkek ..., together with an agreement on"
        pronoun = _PRONOUN_SUBJECT.search(text, max(0, mention.start - 300), mention.start)
        if pronoun is None:
            return None
        floor = pronoun.end()
    if index > 0 and _TOGETHER.fullmatch(text, floor, mention.start):
        previous = mentions[index - 1]
        for cue in reversed(cues):  # "A and B signed a treaty in X, together with a memorandum"
            if (
                not cue.after
                and cue.end <= previous.start
                and previous.start - cue.end <= 40
                and not _STOP.search(text, cue.end, previous.start)
            ):
                return cue
    for cue in cues:
        if (
            cue.after
            and floor <= cue.start
            and cue.end <= mention.start
            and _TOGETHER.fullmatch(text, cue.end, mention.start)
        ):
            return cue
    return None


__all__ = ["OwnPartners", "accompanying_cue", "another_instrument", "own_partners"]

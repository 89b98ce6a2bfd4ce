"""What an anaphoric instrument refers to ("the agreement", "that pact") and the specific
instrument a bare deal is named as in the next sentence, for the agreements component."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from caspian.extract.base import text_of
from caspian.extract.instruments import BACK_REFERENCE, RELATIONSHIPS, InstrumentMention
from caspian.extract.stages import attach_cue, find_cues
from caspian.facts import Instrument, Stage

if TYPE_CHECKING:
    from caspian.extract.agreement_parties import _Sentences

__all__ = ["INDEFINITE", "REPLACES", "antecedent_of", "named_next"]

REPLACES = re.compile(
    r"\b(?:replac(?:ing|es|ed)|supersed(?:ing|es)|successor\s+to|to\s+replace|in\s+place\s+of)"
    r"\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:previous|old|older|existing|earlier|former"
    r"|current|outdated|original)?\s*(?:\d{4}\s+)?$",
    re.I,
)
_BACK = re.compile(r"\b(?:" + "|".join(BACK_REFERENCE) + r")\b", re.I)
_OWN_PARTNER = re.compile(r"\s+(?:with|between)\s+(?:the\s+)?[A-Z]")
#: An indefinite determiner right before a mention: a new instrument, not an antecedent.
INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+$")


def antecedent_of(
    cache: _Sentences, index: int, mention: InstrumentMention
) -> tuple[InstrumentMention | None, int]:
    """The instrument an anaphor ("the agreement", "that pact") refers to."""

    text = text_of(cache.doc)
    pointed_back = bool(_BACK.search(text, max(0, mention.start - 12), mention.end))

    def fits(candidate: InstrumentMention) -> bool:
        if candidate.generic or candidate.instrument is None:
            return False
        if REPLACES.search(text, max(0, candidate.start - 60), candidate.start):
            return pointed_back  # the old instrument a new one replaced is not what "it" means,
            # but it is what "the interim arrangement", "the earlier deal" mean
        head = mention.head.lower()
        other = candidate.head.lower()
        if head.startswith("declaration"):
            return candidate.instrument is Instrument.JOINT_DECLARATION or "declaration" in other
        if head.startswith("memorand"):
            return candidate.instrument is Instrument.MEMORANDUM_OF_UNDERSTANDING
        if head.startswith("treat") and candidate.instrument in (
            Instrument.MEMORANDUM_OF_UNDERSTANDING,
            Instrument.JOINT_DECLARATION,
        ):
            return False
        if candidate.instrument in RELATIONSHIPS:
            # a relationship is an antecedent when a document states it: a titled one,
            # or "a treaty / declaration / charter on ..." (not "their strategic partnership")
            return (
                candidate.title is not None or other.startswith(_DOCUMENT_HEADS)
            ) and not other.startswith(("partnership", "alliance", "allied"))
        return True

    same = [m for m in cache.mentions(index) if m.end <= mention.start and fits(m)]
    lemma = mention.head.lower()[:5]
    same_lemma = [m for m in same if m.head.lower()[:5] == lemma]
    if same_lemma:
        return same_lemma[-1], index
    if same and not all(INDEFINITE.search(text, max(0, m.start - 30), m.start) for m in same):
        return same[-1], index
    # "signed a protocol and exchanged the instruments of ratification of the treaty": a
    # new instrument of another kind, introduced in the sentence, is not what "the
    # treaty" means when the story named a treaty before
    for back in range(index - 1, max(-1, index - 9), -1):
        alike = [m for m in cache.mentions(back) if fits(m) and m.head.lower()[:5] == lemma]
        if alike:
            return alike[-1], back
    if same:
        return same[-1], index
    if mention.complement or _OWN_PARTNER.match(text, mention.end):
        return None, index  # "the agreement with X on Y" names its own instrument
    for back in range(index - 1, max(-1, index - 4), -1):
        previous = [m for m in cache.mentions(back) if fits(m)]
        if previous:
            specific = [m for m in previous if m.instrument is not Instrument.COOPERATION_AGREEMENT]
            return (specific or previous)[-1], back
    return None, index


_DOCUMENT_HEADS = ("treat", "declaration", "charter", "memorand", "agreement", "accord", "pact")
_DEFINITE_START = re.compile(r"\s*(?:The|This|That)\s+$")


def named_next(
    cache: _Sentences, index: int, mention: InstrumentMention, stage: Stage
) -> InstrumentMention | None:
    """ "A, B and C signed a deal on Saturday ... . The memorandum of understanding on X was
    signed in ...": the next sentence names the bare deal; its instrument, if its subject
    is a specific instrument at the same stage."""
    if (
        mention.instrument is not Instrument.COOPERATION_AGREEMENT
        or mention.modifiers
        or mention.complement
        or mention.plural
        or mention.title is not None
        or index + 1 >= len(cache.bounds)
    ):
        return None
    text = text_of(cache.doc)
    start, end = cache.bounds[index + 1]
    following = cache.mentions(index + 1)
    if not following or not _DEFINITE_START.fullmatch(text, start, following[0].start):
        return None
    named = following[0]
    if named.generic or named.instrument in (None, Instrument.COOPERATION_AGREEMENT):
        return None
    cue = attach_cue(text, named, following, find_cues(text, start, end))
    return named if cue is not None and cue.stage is stage else None

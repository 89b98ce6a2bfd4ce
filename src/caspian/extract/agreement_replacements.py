"""Agreements: an instrument that a newer one replaces (``caspian.agreements.v1``).

"It replaces the 2001 treaty on mutual relations": the replaced instrument is another
one than the newer instrument the sentence's subject refers to, so a bare head noun
("the 2001 treaty", "the old agreement") is not resolved to an earlier mention (that
would make the newer instrument itself superseded): it is of its head's kind (a treaty
``other``, an agreement ``cooperation_agreement``, a memorandum, a declaration).

The newer instrument, named in the sentence before and referred to by the subject ("It
replaces", "The document supersedes", "The new treaty replaces"), takes the replaced
one's instrument as its ``replaces`` (:func:`carry_replaces`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from caspian.extract.base import text_of
from caspian.extract.instruments import InstrumentMention
from caspian.facts import AgreementFact, Instrument, Stage


def head_kind(mention: InstrumentMention) -> Instrument:
    """The instrument a bare head noun names by itself."""
    head = mention.head.lower()
    if head.startswith("declaration"):
        return Instrument.JOINT_DECLARATION
    if head.startswith("memorand") or head.upper().startswith("MOU"):
        return Instrument.MEMORANDUM_OF_UNDERSTANDING
    if head.startswith(("agreement", "deal", "accord", "pact")):
        return Instrument.COOPERATION_AGREEMENT
    return Instrument.OTHER


#: A subject referring back to the instrument of the sentence before, then the
#: replacement verb.
_ANAPHORIC_REPLACER = re.compile(
    r"\s*(?:It|This|(?:The|This|That)\s+(?:new\s+|newer\s+|latest\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:treaty|agreement|accord|pact|deal|document|memorandum|declaration|charter|protocol"
    r"|convention))\s+(?:(?:also|formally|effectively|thus)\s+)?(?:replaces|replaced"
    r"|supersedes|superseded|will\s+replace|is\s+replacing|succeeds)\b"
)


def carry_replaces(
    doc: Doc, bounds: list[tuple[int, int]], facts: list[AgreementFact]
) -> list[AgreementFact]:
    """The facts of the instrument a replacing sentence's subject refers to (the sentence
    before: "A and B signed the Treaty on X. It replaces the 2001 treaty") with
    ``replaces`` set to the replaced instrument."""
    replaced = [f for f in facts if f.rule == "agreement.replaced"]
    if not replaced:
        return facts
    text = text_of(doc)
    starts = [b[0] for b in bounds]
    update: dict[int, Instrument] = {}
    for old in replaced:
        index = bisect_right(starts, old.evidence_start or 0) - 1
        if index < 1 or not _ANAPHORIC_REPLACER.match(text, bounds[index][0], bounds[index][1]):
            continue
        before = bounds[index - 1]
        for k, fact in enumerate(facts):
            if (
                fact.evidence_start is not None
                and before[0] <= fact.evidence_start < before[1]
                and fact.stage is not Stage.SUPERSEDED
                and fact.replaces is None
                and fact.parties == old.parties
            ):
                update.setdefault(k, old.instrument)
    if not update:
        return facts
    return [
        f.model_copy(update={"replaces": update[k]}) if k in update else f
        for k, f in enumerate(facts)
    ]


__all__ = ["carry_replaces", "head_kind"]

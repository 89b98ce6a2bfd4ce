"""Agreements: a relationship stated by the document that sets it out.

"relations develop in the spirit of the comprehensive strategic partnership set out in the
treaty the two Presidents signed in 2019", "the alliance enshrined in the 1961 treaty,
which both parliaments ratified": the document that "sets out" (enshrines, lays down,
establishes) a relationship is that relationship's instrument, and the stage told of the
document is the relationship's. The words "set out in" are then no stage of the document
itself (they are one only for a declaration that "outlines" what is agreed); its stage
is the one told after it.
"""

from __future__ import annotations

import re

from caspian.extract.instruments import RELATIONSHIPS, InstrumentMention
from caspian.facts import Instrument

#: The words between a relationship and the document that states it.
_SET_OUT = re.compile(
    r"\s*,?\s+(?:as\s+)?(?:set\s+out|enshrined|laid\s+(?:down|out)|established|defined"
    r"|proclaimed|formalised|formalized|codified|fixed|embodied)\s+(?:in|by)\s+(?:the\s+|a\s+"
    r"|an\s+|their\s+|its\s+)?(?:\d{4}\s+)?$",
    re.I,
)


def enshrined_relationship(
    text: str, mentions: list[InstrumentMention], index: int
) -> Instrument | None:
    """The relationship the document `mentions[index]` sets out, if the mention right
    before it is a relationship joined to it by "set out in", "enshrined in" ..."""
    if index == 0:
        return None
    before = mentions[index - 1]
    if before.instrument not in RELATIONSHIPS or before.generic:
        return None
    mention = mentions[index]
    if not mention.head.lower().startswith(
        ("treat", "agreement", "declaration", "charter", "accord")
    ):
        return None
    if not _SET_OUT.fullmatch(text, before.end, mention.start):
        return None
    return before.instrument


__all__ = ["enshrined_relationship"]

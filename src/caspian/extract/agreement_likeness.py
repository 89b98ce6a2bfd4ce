"""Agreements: an instrument introduced as one "of the same name / kind" as one named
before ("Georgia signed a charter of the same name with the United States in 2009",
after a story about a Strategic Partnership Charter): it is of the earlier one's
instrument, though it is another document (its title is not carried over).
"""

from __future__ import annotations

import re

from caspian.extract.agreement_parties import _Sentences
from caspian.extract.base import text_of
from caspian.extract.instruments import InstrumentMention

#: Right after the instrument noun: "of the same name", "of the same kind", "of that type".
_SAME = re.compile(r"\s+of\s+(?:the\s+same|that|this|a\s+similar)\s+(?:name|kind|type|sort)\b")
#: How many sentences back the named instrument may be.
_REACH = 8


def same_kind(
    cache: _Sentences, index: int, mention: InstrumentMention
) -> InstrumentMention | None:
    """The earlier specific instrument with the same head noun that the mention is said to
    be like ("a charter of the same name"), if any."""
    text = text_of(cache.doc)
    if not _SAME.match(text, mention.end):
        return None
    stem = mention.head.lower()[:5]
    for back in range(index, max(-1, index - _REACH), -1):
        alike = [
            m
            for m in cache.mentions(back)
            if m.end <= mention.start
            and m is not mention
            and not m.generic
            and m.instrument is not None
            and m.head.lower()[:5] == stem
            and m.title is not None
        ]
        if alike:
            return alike[-1]
    return None


__all__ = ["same_kind"]

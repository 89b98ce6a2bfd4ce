"""Agreements: several instruments shared out one to a partner.

"The European Investment Bank signed three memorandums of understanding, one each with the
governments of Kazakhstan, Kyrgyzstan and Uzbekistan" states three bilateral instruments,
one with each listed partner, not one instrument of four parties. :func:`each_partners`
reads the partners after "one each with" / "each with" so that the sentence rules emit one
fact per partner (as they do for "signed memorandums with A, B and C").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from caspian.extract.base import text_of
from caspian.extract.instruments import InstrumentMention
from caspian.extract.references import party_mentions

#: ", one each with the governments of", "(one) with each of": the share-out, then the list.
_EACH = re.compile(
    r"\s*,?\s*(?:(?:one|a\s+\w+)\s+each\s+with|each\s+with|one\s+with\s+each\s+of|with\s+each\s+of)"
    r"\s+(?:the\s+)?(?:(?:governments?|authorities|ministries|respective\s+\w+)\s+of\s+)?",
    re.I,
)
_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)?\s*(?:the\s+)?")


def each_partners(doc: Doc, mention: InstrumentMention, hi: int) -> list[str]:
    """The partners in ", one each with A, B and C" right after a plural mention."""
    if not mention.plural:
        return []
    text = text_of(doc)
    match = _EACH.match(text, mention.end, hi)
    if not match:
        return []
    partners: list[str] = []
    position = match.end()
    for actor in party_mentions(doc, position, hi):
        if not _LIST_GAP.fullmatch(text, position, actor.start):
            break
        if actor.actor_id not in partners:
            partners.append(actor.actor_id)
        position = actor.end
    return partners


__all__ = ["each_partners"]

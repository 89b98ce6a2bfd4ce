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


__all__ = ["accession_of_antecedent", "accession_sides", "each_partners"]


#: "the Protocol of Accession of Bolivia to MERCOSUR", "the Treaty on the Accession of
#: Croatia to the EU": the acceding state and the organisation are the instrument's sides.
_ACCESSION = re.compile(
    r"\b(?:[Pp]rotocol|[Tt]reaty|[Aa]greement)\s+(?:of|on)\s+(?:the\s+)?[Aa]ccession\s+of\s+"
    r"(?P<state>(?:the\s+)?[A-Z][^,;()]{1,60}?)\s+to\s+(?:the\s+)?(?P<org>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
)


def accession_sides(doc: Doc, mention: InstrumentMention) -> list[str] | None:
    """The acceding state and the organisation an accession instrument's own name gives,
    or None (a depositor's or ratifier's sentence names others around it)."""
    own = _sides_at(doc, mention.start, mention.end)
    if own is not None or "ccession" not in mention.text:
        return own
    # "The Protocol of Accession was signed by Bolivia and the States Parties": the short
    # name of the accession instrument the story named in full before
    text = text_of(doc)
    earlier = list(_ACCESSION.finditer(text, max(0, mention.start - 1500), mention.start))
    if not earlier:
        return None
    return _sides_at(doc, earlier[-1].start(), earlier[-1].start() + 2)


def accession_of_antecedent(
    doc: Doc, mention: InstrumentMention, title: str | None, parties: list[str]
) -> list[str]:
    """ "The Protocol had already been ratified by Argentina, Brazil, Paraguay and Uruguay"
    after "the Protocol of Accession of Bolivia to MERCOSUR": the ratifiers and the
    acceding state (its own ratification is told apart)."""
    bare = not mention.modifiers and not mention.complement and mention.title is None
    if not (mention.generic or mention.instrument is None or bare):
        return parties
    text = text_of(doc)
    if title and "ccession" in title:
        where = text.rfind(title, 0, mention.start)
    else:
        head = mention.head.lower()[:5]
        earlier = [m for m in _ACCESSION.finditer(text, max(0, mention.start - 600), mention.start)]
        where = earlier[-1].start() if earlier and earlier[-1].group().lower()[:5] == head else -1
    if where < 0:
        return parties
    sides = _sides_at(doc, where, where + 2)
    if sides is None or sides[1] in parties:
        return parties
    return [*parties, sides[0]] if sides[0] not in parties else parties


def _sides_at(doc: Doc, start: int, end: int) -> list[str] | None:
    text = text_of(doc)
    match = _ACCESSION.search(text, max(0, start - 2), min(len(text), end + 90))
    if not match or match.start() > start + 2:
        return None
    state = [m.actor_id for m in party_mentions(doc, match.start("state"), match.end("state"))]
    org = [m.actor_id for m in party_mentions(doc, match.start("org"), match.end("org"))]
    if len(set(state)) != 1 or len(set(org)) != 1 or state[0] == org[0]:
        return None
    return [state[0], org[0]]

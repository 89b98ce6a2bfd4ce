"""Agreements listed under a heading line of a press release (``caspian.agreements.v1``).

An outcome list of a visit often has no header sentence, only a heading line::

    Memoranda of Understanding exchanged

    1. MoU between the Government of India and the Government of Sri Lanka on ...
    2. MoU on cooperation in ...

A line of its own that names documents and what happened to them ("Agreements signed",
"Documents exchanged:", "List of MoUs signed during the visit") heads the numbered or
bulleted lines below it. Each instrument of those lines is one fact at the heading's
stage (exchanged, signed, concluded, adopted: ``signed``; initialled: ``initialed``); an
item that names its own parties has them, the others take the parties of the story
before the heading (the nearest sentence naming two or more actors, or the story's lead
pair), as in :func:`caspian.extract.agreement_lists.item_facts`.

Speed: a document without a numbered or bulleted line is not searched; else headings are
found by one search for a stage verb at the end of a line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from caspian.extract.agreement_details import lead_date
from caspian.extract.agreement_lists import _region, item_facts
from caspian.extract.base import text_of
from caspian.facts import AgreementFact, Stage

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from caspian.extract.agreement_parties import _Sentences

#: A stage verb at the end of a line (the end of every heading).
_LINE_END_VERB = re.compile(
    r"(?:signed|exchanged|concluded|adopted|initial+ed|inked)(?:\s+(?:during|at|in|on)"
    r"\s+[^\n.:;]{1,50})?:?[ \t]*\n"
)
_HEADING = re.compile(
    r"[ \t]*(?:(?:List|Lists)\s+of\s+(?:the\s+)?)?(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:Documents|Agreements|Instruments|Memoranda(?:\s+of\s+Understanding)?|MoUs|MOUs"
    r"|Accords|Treaties|Protocols|Bilateral\s+documents|documents|agreements"
    r"|memoranda(?:\s+of\s+understanding)?)"
    r"(?:\s+(?:and|&)\s+(?:[\w-]+\s+){0,2}(?:MoUs|MOUs|Memoranda|memoranda|agreements"
    r"|Agreements|documents|Documents|Protocols|protocols))?\s+"
    r"(?:that\s+were\s+|were\s+)?(?P<verb>signed|exchanged|concluded|adopted|initial+ed|inked)"
    r"(?:\s+(?:during|at|in|on)\s+[^\n.:;]{1,50})?:?[ \t]*"
)
_STAGES = {"init": Stage.INITIALED}
#: A numbered or bulleted line (as :data:`caspian.extract.agreement_lists._BULLET` reads
#: them); it starts with a line break, which ``re`` finds fast.
_ITEM_LINE = re.compile(r"\n[ \t]*(?:[-–—•*·▪]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]")


def heading_facts(doc: Doc, cache: _Sentences) -> list[AgreementFact]:
    """The facts of the instruments listed under heading lines of the doc."""
    from caspian.extract.agreement_parties import _context_parties, _lead_pair

    text = text_of(doc)
    facts: list[AgreementFact] = []
    if _ITEM_LINE.search(text) is None:
        return facts  # (speed) no numbered or bulleted line: no list to head
    starts = [b[0] for b in cache.bounds]
    for end in _LINE_END_VERB.finditer(text):
        line_start = text.rfind("\n", 0, end.start()) + 1
        heading = _HEADING.fullmatch(text, line_start, end.end() - 1)
        if heading is None:
            continue
        index = max(0, bisect_right(starts, line_start) - 1)
        parties = _context_parties(cache, index, [])
        if len(parties) < 2:
            parties = _lead_pair(cache, index, [])
        region = _region(text, heading.end(), len(text))
        if region[1] <= region[0] + 1:
            continue  # no numbered or bulleted lines below
        stage = _STAGES.get(heading.group("verb").lower()[:4], Stage.SIGNED)
        sent = cache.bounds[index]
        facts.extend(item_facts(doc, cache, sent, region, parties, stage, lead_date(doc)))
    return facts


def is_heading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (a sentence) is a heading line of listed documents (its
    noun is no instrument: "List of Agreements signed during the visit")."""
    if end - start > 90 or text.find(".", start, end) >= 0:
        return False
    stripped = text[start:end].rstrip()
    return _HEADING.fullmatch(stripped) is not None


__all__ = ["heading_facts", "is_heading"]

"""Instrument mentions named by a quoted title whose instrument noun is inside the quotes
or beside them in an appositive, or which is listed with another instrument.

News quotes the names leaders give their documents:

- the head noun inside the quotes decides the instrument: signed a "100 Year
  Partnership", adopted the "Shusha Declaration";
- an appositive after the quotes says what it is: adopted "The Spirit of Camp David", a
  joint statement (one mention, the title and the appositive's instrument);
- a quoted title with no instrument noun counts only when it is listed with an
  instrument (... a joint statement, along with the "Camp David Principles" and a
  separate "Commitment to Consult"): an instrument of its own (``other``).

A title is a short capitalised phrase (function words aside) after a determiner or a
stage verb; a quoted remark, a slogan in lower case or a long quote is none.
"""

from __future__ import annotations

import re

from caspian.extract.instruments import InstrumentMention, classify, signed_title
from caspian.extract.vocab import INSTRUMENT_HEADS
from caspian.facts import Instrument

_QUOTED_TITLE = re.compile(r"[“\"](?P<q>[A-Z0-9][^”\"\n]{2,80}?)[”\"]")
#: Before a title: a determiner (with an adjective of listing) or a stage verb.
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|our|his|her)\s+(?:(?:separate|new|so-called|additional"
    r"|second|third|further|accompanying)\s+)?|\b(?:signed|adopted|inked|concluded|issued"
    r"|agreed|sealed|initial+ed|ratified)\s+)$",
    re.I,
)
_MINOR = frozenset(
    ("a", "an", "the", "of", "on", "to", "for", "and", "in", "at", "by", "with", "de", "du",
     "between", "from", "into", "its", "their", "our"),
)  # fmt: skip
#: ", a joint statement" / ", a declaration on ...": what the quoted title is.
_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the|their|its)\s+(?P<mods>(?:[\w’'-]+\s+){0,3}?)(?P<head>"
    + INSTRUMENT_HEADS
    + r")\b",
    re.I,
)
_LAST_HEAD = re.compile(r"(?:^|\s)(?P<head>" + INSTRUMENT_HEADS + r")$", re.I)
#: Between a listed instrument and a quoted title: a coordinator and a determiner.
_LISTED = re.compile(
    r"[\s,]*(?:and|as\s+well\s+as|along\s+with|together\s+with|plus)\s+(?:(?:a|an|the|its|their)"
    r"\s+)?(?:(?:separate|new|so-called|additional|second|third|further|accompanying)\s+)?",
    re.I,
)


def _title_case(content: str) -> bool:
    words = content.split()
    if not 1 <= len(words) <= 8 or content.rstrip()[-1:] in ".?!,;:":
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _MINOR for w in words)


def quoted_titles(
    text: str, start: int, end: int, taken: list[tuple[int, int]]
) -> tuple[list[InstrumentMention], list[InstrumentMention]]:
    """The quoted titles of text[start:end] not inside `taken` spans: those that name their
    instrument (by their own head noun or an appositive), and those with no instrument
    noun, which count only if listed with an instrument (:func:`listed_titles`)."""
    named: list[InstrumentMention] = []
    headless: list[InstrumentMention] = []
    for match in _QUOTED_TITLE.finditer(text, start, end):
        q_start, q_end = match.start(), match.end()
        if any(s < q_end and q_start < e for s, e in taken):
            continue
        content = match.group("q").strip()
        if not _title_case(content) or not _TITLE_BEFORE.search(
            text, max(start, q_start - 40), q_start
        ):
            continue
        appositive = _APPOSITIVE.match(text, q_end, end)
        last = _LAST_HEAD.search(content)
        instrument: Instrument | None = None
        head = ""
        m_end = q_end
        if last is not None:
            head = last.group("head")
            instrument = classify(content, head)
            if instrument is None and signed_title(text, start, q_start, [head]):
                instrument = Instrument.OTHER  # signed a "100 Year Partnership"
        elif appositive is not None:
            head = appositive.group("head")
            instrument = classify(f"{appositive.group('mods')}{head}", head)
            m_end = appositive.end()
        mention = InstrumentMention(
            q_start,
            m_end,
            text[q_start:m_end],
            instrument or Instrument.OTHER,
            content,
            head or content.split()[-1],
            content.lower(),
            "",
            False,
            False,
        )
        if instrument is not None:
            named.append(mention)
        elif last is None and appositive is None:
            headless.append(mention)
    return named, headless


def listed_titles(
    text: str, found: list[InstrumentMention], headless: list[InstrumentMention]
) -> list[InstrumentMention]:
    """The headless quoted titles listed right after an instrument (or after another
    title listed so): "a joint statement, along with the "X" and a separate "Y"."""
    kept: list[InstrumentMention] = []
    for title in headless:
        before = [m for m in [*found, *kept] if m.end <= title.start]
        if before:
            last = max(before, key=lambda m: m.end)
            if _LISTED.fullmatch(text, last.end, title.start):
                kept.append(title)
    return kept


__all__ = ["listed_titles", "quoted_titles"]

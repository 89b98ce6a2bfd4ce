"""A target stated as a level named in the sentence before ("Trade reached $14 billion last
year, and the presidents see room to bring it to $20 billion. In May, the two sides set
the goal of raising trade turnover to this level within five years."): the amount is the
last one of the previous sentence, the measure and the deadline are the sentence's own.

A window counted from the time the target was set: "In 2021 the two governments set the
goal of doubling trade within five years" is due in 2026, not five years after the
publication; the window is counted from a past date that stands before the verb setting
the target ("set", "agreed", "adopted", "pledged", "decided", "vowed", "committed").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Span

from caspian.extract.base import dates_in, quantities_in
from caspian.extract.money import Quantity

_I = re.IGNORECASE

#: the level of the sentence before, after a target verb: "raising trade turnover to this
#: level", "bring it to that figure", "reach the same level"
LEVEL_WORDS = ("this level", "that level", "this figure", "that figure", "this mark", "that mark")
_LEVEL = re.compile(
    r"\b(?:to|reach(?:ing)?|hit(?:ting)?|achiev(?:e|ing))\s+(?:this|that)\s+"
    r"(?:level|figure|mark)\b",
    _I,
)
#: a verb setting a target after the date it was set ("In May 2023 the sides set the goal")
_SET_AFTER = re.compile(
    r"\b(?:set|agreed|adopted|pledged|decided|vowed|committed|resolved|undertook)\b", _I
)


def level_anchor(
    doc: Doc, sents: Sequence[Span], index: int, text: str
) -> tuple[int, int, Quantity] | None:
    """The span of "to this level" in sentence `index` (offsets in `text`, the sentence)
    and the amount it names: the last amount of the sentence before, else None."""
    match = _LEVEL.search(text)
    if match is None or index == 0:
        return None
    previous = sents[index - 1]
    amounts = [
        q for q in quantities_in(doc, previous.start_char, previous.end_char) if q.unit != "percent"
    ]
    if not amounts:
        return None
    return match.start() + len(match.group(0).split()[0]) + 1, match.end(), amounts[-1]


def set_in_past_year(
    doc: Doc, start: int, anchor_start: int, published: date | None
) -> int | None:
    """The year of a past date before the verb that set the target, between `start` (the
    sentence) and `anchor_start` ("In May last year in Xi'an, the two sides set the goal
    of ..."), else None."""
    if published is None:
        return None
    for mention in dates_in(doc, start, anchor_start):
        if mention.kind != "point":
            continue
        year = int(mention.value[:4])
        if year >= published.year:
            continue
        if _SET_AFTER.search(doc.text, mention.end, anchor_start):
            return year
    return None


def window_from(
    doc: Doc, start: int, end: int, deadline: str | None, published: date | None, year: int
) -> str | None:
    """`deadline` counted from `year` instead of the publication when it is the end of a
    relative window ("within five years") in [start, end); else `deadline` unchanged."""
    if deadline is None or published is None:
        return deadline
    for mention in dates_in(doc, start, end):
        if (
            mention.relative
            and mention.kind in ("deadline", "duration")
            and mention.value[:4] == deadline
            and re.match(r"(?:within|in|over)\s+(?:the\s+next\s+)?\w+\s+years?", mention.text, _I)
        ):
            return str(int(deadline) - (published.year - year))
    return deadline

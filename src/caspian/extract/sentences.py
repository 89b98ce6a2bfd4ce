"""Sentence boundaries for news text, by regular expressions over the whole text.

News text has headlines, datelines and bylines on lines of their own, so a line break
always ends a sentence; inside a line a sentence ends at ``.``, ``!`` or ``?`` (and any
closing quotes or brackets) followed by white space and a capital letter, a digit or an
opening quote, unless the word before the full stop is an initial or a known
abbreviation ("U.S.", "Mr.", "Sept.", "S. Korea").

:func:`sentence_bounds` returns character ranges, with surrounding white space trimmed;
the pipeline's tokenizer (:class:`caspian.extract.base.ChunkTokenizer`) cuts the text
into a token per sentence at them, and the ``caspian.sentences.v1`` component
(``pipeline.py``) marks those tokens as sentence starts and keeps the ranges in
``doc._.sentences``.
"""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\n]+")
_END = re.compile(r"[.!?][\"'”’»)\]]*\s+(?=[\"“‘«(\[]?[A-Z\d])")
_ABBREV = re.compile(
    r"(?:\b(?:[A-Za-z]|U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Prof|"
    r"Jr|Sr|Inc|Ltd|Co|Corp|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|"
    r"approx|est|Mt|Ft|Adm|Amb|Pres|Dept|Min|Vol|Art|Fig|al)\.)$"
)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


#: A "sentence" longer than this (a run-on line of debris, a table) is cut into pieces
#: at clause punctuation or white space, so that no rule ever works on a huge span.
MAX_SENTENCE = 1500
_CUT = re.compile(r"[;,]\s|\s")


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = None
        for match in _CUT.finditer(text, start + MAX_SENTENCE // 2, limit):
            cut = match.end()
        stop = cut if cut is not None else limit
        span = _trimmed(text, start, stop)
        if span:
            pieces.append(span)
        start = stop
    span = _trimmed(text, start, end)
    if span:
        pieces.append(span)
    return pieces


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Character ranges [start, end) of the sentences of `text`, in order (none longer
    than :data:`MAX_SENTENCE` characters)."""
    bounds: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        line_end = line.end()
        for end_match in _END.finditer(text, start, line_end):
            stop = end_match.start() + 1
            before = text[max(start, stop - 8) : stop]
            if _ABBREV.search(before):
                continue
            closing = end_match.group().rstrip()
            bounds.extend(_pieces(text, start, end_match.start() + len(closing)))
            start = end_match.end()
        bounds.extend(_pieces(text, start, line_end))
    return bounds


#: Characters of context on either side of a sentence when a finder (dates, amounts)
#: looks at one sentence only: its patterns then see what they would see in the whole text.
CONTEXT = 40


def context_window(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened by :data:`CONTEXT` characters on each side, the left edge moved
    back (a little further at most) to the start of a white space separated word."""
    lo = max(0, start - CONTEXT)
    floor = max(0, lo - CONTEXT)
    while lo > floor and not text[lo - 1].isspace():
        lo -= 1
    return lo, min(len(text), end + CONTEXT)

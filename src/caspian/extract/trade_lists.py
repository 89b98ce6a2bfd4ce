"""Trade figures in runs and lists: figures stated one after another, where a later one
leans on the one before it for what the sentence leaves out.

- A list line naming a partner and an amount ("Uzbekistan: $13.7 billion, a little less
  than the year before", "- Oman – $12.4 billion") right after a figure is a figure of the
  same kind between the run's common party and that partner: in a run "China's trade
  with the five ... reached ...", "goods worth ... crossed between China and Kazakhstan",
  "China's trade with Kyrgyzstan came to ...", the common party is China.
- A figure whose sentence names no year, right after a sentence stating a figure with
  one, is of that year (:func:`caspian.extract.trade_figures.trade_figures_in` reads it).
- Goods worth an amount moving between two parties ("goods worth $43.8 billion crossed
  between China and Kazakhstan", "$1.2 billion of goods changed hands between A and B")
  is their trade.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from caspian.extract.base import text_of
from caspian.extract.fact_context import direct_mentions, is_state
from caspian.facts import TradeFigureFact

_I = re.IGNORECASE

#: a list line's label and its separator: "Uzbekistan:", "- Oman –", "• Qatar —"
_LABEL_LINE = re.compile(r"\s*(?:[-•*–—]\s*)?(?P<label>[A-Z][^:–—\n]{1,40}?)\s*(?::|\s[–—-])\s*")
#: the amount right after the label: "$13.7 billion", "US$ 2bn", "EUR 4 billion"
_AMOUNT_START = re.compile(r"(?:about|around|some|nearly|almost|over|roughly|just\s+)?\s*"
                           r"(?:US\$|USD|\$|€|EUR|£|\d)", _I)  # fmt: skip


def list_label(doc: Doc, sent: Span) -> str | None:
    """The state a list line's label names, when the line is a label and an amount
    ("Uzbekistan: $13.7 billion, ..."), else None."""
    text = text_of(doc)
    match = _LABEL_LINE.match(text, sent.start_char, sent.end_char)
    if match is None or not _AMOUNT_START.match(text, match.end(), sent.end_char):
        return None
    named = direct_mentions(doc, match.start("label"), match.end("label"))
    if len(named) != 1 or not is_state(named[0].actor_id):
        return None
    mention = named[0]
    if text[match.start("label") : match.end("label")].strip() != text[mention.start : mention.end]:
        return None  # the label is the name alone, not a phrase naming it
    return str(mention.actor_id)


def run_anchor(doc: Doc, run: Sequence[TradeFigureFact], sents: Sequence[Span]) -> str | None:
    """The party a run of figures shares: the one common to all of them when two or more
    figures share exactly one, else the one the last figure's sentence names first."""
    if not run:
        return None
    if len(run) >= 2:
        common = set(run[-1].parties)
        for fact in run[:-1]:
            common &= set(fact.parties)
        if len(common) == 1:
            return next(iter(common))
    last = run[-1]
    start, end = last.evidence_start, last.evidence_end
    if start is None or end is None:
        return None
    for mention in direct_mentions(doc, start, end):
        if mention.actor_id in last.parties:
            return str(mention.actor_id)
    return None


#: goods moving between two parties after their worth: "goods worth $43.8 billion crossed
#: between", "$1.2 billion of goods changed hands between", "goods valued at $900 million
#: moved between"
_GOODS_BEFORE = re.compile(r"\bgoods\s+(?:and\s+services\s+)?(?:worth|valued\s+at)\s+\S*\s*$", _I)
_OF_GOODS_AFTER = re.compile(r"\s+(?:worth\s+)?of\s+goods\b", _I)
_MOVED_BETWEEN = re.compile(
    r"[^.;:]{0,40}?\b(?:crossed|changed\s+hands|moved|flowed|passed|went|travell?ed|"
    r"(?:were|was)\s+(?:exchanged|shipped|carried|sold|bought))\s+between\b",
    _I,
)


def goods_between(text: str, clause_start: int, start: int, end: int) -> bool:
    """Whether the amount at text[start:end] is the worth of goods moving between parties
    (its clause from `clause_start`)."""
    left = text[max(clause_start, start - 40) : start]
    after = end
    if not _GOODS_BEFORE.search(left):
        of_goods = _OF_GOODS_AFTER.match(text, end)
        if of_goods is None:
            return False
        after = of_goods.end()
    return _MOVED_BETWEEN.match(text, after) is not None


#: an appositive worth after a comma: "..., worth about", "..., valued at"
_APPOSITIVE_WORTH = re.compile(
    r",\s*(?:(?:together|in\s+all|in\s+total)\s+)?(?:worth|valued\s+at|with\s+a\s+(?:total\s+)?"
    r"value\s+of)\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
#: the instrument or order an appositive worth describes
_DEAL_NOUN = re.compile(
    r"\b(?:contracts?|deals?|agreements?|orders?|tenders?|loans?|grants?|packages?|"
    r"memorand\w*|accords?)\b",
    re.IGNORECASE,
)


def deal_worth(text: str, clause_start: int, start: int) -> bool:
    """Whether the amount at `start` is the appositive worth of a contract, deal or order
    its clause (from `clause_start`) names ("awarded the main contracts for the
    interconnection between the two countries, worth about $1.8 billion"): a value, no
    flow."""
    left = text[max(clause_start, start - 40) : start]
    match = _APPOSITIVE_WORTH.search(left)
    if match is None:
        return False
    before = start - len(left) + match.start()
    deals = list(_DEAL_NOUN.finditer(text, clause_start, before))
    # "Under the 2019 agreement, gas deliveries reached 38 bcm, worth $10 billion": a flow
    # reached after the deal noun is what the worth is of
    return bool(deals) and not _REACHED.search(text, deals[-1].end(), before)


_REACHED = re.compile(
    r"\b(?:reached|amounted|totall?ed|stood|rose|grew|increased|climbed|exceeded|hit|came\s+to)\b",
    re.IGNORECASE,
)


#: trade with a bloc referred to by a common noun: "Serbia's trade with the union's
#: members", "trade with the bloc", "exports to the union's member states"
_WITH_THE_BLOC = re.compile(
    r"\b(?:with|to|from)\s+the\s+(?:union|bloc|community|alliance)(?:['’]s\s+(?:\w+\s+)?"
    r"(?:members|member\s+states|member\s+countries|states|countries))?\b",
    _I,
)


def bloc_referred(doc: Doc, start: int, end: int) -> str | None:
    """The organisation a clause's "with the union's members" refers to (in [start, end),
    the text before an amount): the organisation named last before it in the document,
    when one is; None when the clause names no bloc by a common noun."""
    text = text_of(doc)
    if _WITH_THE_BLOC.search(text, start, end) is None:
        return None
    named = [
        m
        for m in direct_mentions(doc, 0, start)
        if not is_state(m.actor_id) and m.via not in ("agency", "person", "office")
    ]
    return str(named[-1].actor_id) if named else None

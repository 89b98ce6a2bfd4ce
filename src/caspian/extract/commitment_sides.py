"""Commitments: the two sides of a trade target that names one.

"Trade between the two economies reached $19 billion in 2022. Ankara's stated aim is for
trade to reach $40 billion a year within five years.": trade is between two sides, and a
target for it set by one of them ("Ankara's aim", "New Delhi wants") is a target for the
trade of the pair the sentence before names (or refers to: "the two economies"), when the
setter is one of that pair. Trade of one state alone ("its foreign trade", "total trade",
"trade with its neighbours") keeps its one party.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from caspian.extract.fact_context import context_parties

_I = re.IGNORECASE
#: the trade measured, bare: no owner word before it ("its foreign trade", "total
#: turnover") -- the owner words are checked apart
_TRADE = re.compile(r"\b(?:trade|turnover|commerce)\b", _I)
_OWNED = re.compile(
    r"\b(?:its|their|his|her|our|foreign|external|overall|total|global|world|domestic|"
    r"international|retail|e-commerce|regional)\s+(?:[\w-]+\s+)?$",
    _I,
)
_WITH_AFTER = re.compile(r"\s+(?:with|between|among|across)\b", _I)


def trade_pair(
    doc: Doc, sents: Sequence[Span], index: int, text: str, end: int, parties: list[str]
) -> list[str]:
    """The parties of a trade target in sentence `index` (its text `text`, the target's
    amount from `end`): the pair of the sentence before when `parties` is one of them and
    the trade named before the amount is bare, else `parties`."""
    if len(parties) != 1 or index == 0:
        return parties
    bare = [
        match
        for match in _TRADE.finditer(text, 0, end)
        if not _OWNED.search(text, max(0, match.start() - 40), match.start())
        and not _WITH_AFTER.match(text, match.end())
    ]
    if not bare or len(bare) != len(list(_TRADE.finditer(text, 0, end))):
        return parties
    pair = context_parties(doc, sents, index - 1, implicit=True, counted=True)
    if len(pair) != 2 or parties[0] not in pair:
        return parties
    return sorted(pair)

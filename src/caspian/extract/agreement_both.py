"""Agreements: "Both documents", "the two agreements" — one fact per instrument referred to.

"The treaty itself was signed in Bishkek on 3 November ..., together with an agreement on
the joint management of the reservoir. Both documents passed the Uzbek and Kyrgyz
parliaments within a fortnight of the signing." The second sentence states a stage of
each of the two instruments of the sentence before: one fact each, with its instrument
and title, at the stage and date the sentence gives.

Only a sentence that opens with the plural reference ("Both documents", "Both texts",
"The two agreements", "Both treaties") and states one fact is split, and only when one
of the two sentences before states exactly two facts of two instruments with the same
parties as that fact.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from caspian.facts import AgreementFact

_BOTH = re.compile(
    r"\s*(?:Both|The\s+two|These\s+two|Those\s+two)\s+(?:(?:new|bilateral|signed)\s+)?"
    r"(?:documents|texts|agreements|treaties|accords|instruments|deals|pacts)\b"
)
_BACK = 2


def split_both(
    text: str, bounds: list[tuple[int, int]], facts: list[AgreementFact]
) -> list[AgreementFact]:
    """`facts` with the one fact of a "Both documents ..." sentence replaced by one per
    instrument of the sentence before (see the module doc)."""
    if "Both " not in text and "two " not in text:
        return facts
    starts = [b[0] for b in bounds]
    by_sentence: dict[int, list[AgreementFact]] = {}
    for fact in facts:
        if fact.evidence_start is not None:
            index = max(0, bisect_right(starts, fact.evidence_start) - 1)
            by_sentence.setdefault(index, []).append(fact)
    replaced: dict[int, list[AgreementFact]] = {}
    for index, stated in by_sentence.items():
        if len(stated) != 1 or not _BOTH.match(text, *bounds[index]):
            continue
        fact = stated[0]
        for back in range(index - 1, max(-1, index - 1 - _BACK), -1):
            before = by_sentence.get(back, [])
            kinds = {(f.instrument, (f.title or "").casefold()) for f in before}
            if len(before) == 2 and len(kinds) == 2:
                if all(f.parties == fact.parties for f in before):
                    replaced[id(fact)] = [
                        fact.model_copy(update={"instrument": f.instrument, "title": f.title})
                        for f in before
                    ]
                break
    if not replaced:
        return facts
    out: list[AgreementFact] = []
    for fact in facts:
        out.extend(replaced.get(id(fact), [fact]))
    return out


__all__ = ["split_both"]

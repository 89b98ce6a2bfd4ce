"""Agreements: one stage told of two owners with the verb left out the second time.

"Moldova's agreement entered fully into force in July 2016 and Ukraine's in September
2017" states two facts: Moldova's instrument in force in July 2016 and Ukraine's in
September 2017. Each owner's instrument is with the one partner the sentences before
name beside the two owners (this sentence first: "Kazakhstan's deal with China"; else
the ones before: "closely tied to the EU through Association Agreements").
:func:`gapped_owners` replaces the one fact the sentence's rules read (both owners as
parties, the first date) by one fact per owner, each with its own date.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from caspian.extract.agreement_parties import _Sentences
from caspian.extract.base import dates_in, text_of
from caspian.extract.references import party_mentions
from caspian.facts import AgreementFact

#: "Moldova's agreement", "Georgia's free trade deal": the first owner and its instrument.
_OWNED = re.compile(
    r"\b(?P<owner>[A-Z][\w-]*)['’]s\s+(?:[\w-]+\s+){0,3}?(?:agreements?|treat(?:y|ies)|accords?"
    r"|pacts?|deals?|FTA|EPCA|PCA|CEPA|charter|protocol|convention|memorand(?:um|a))\b"
)
#: "... and Ukraine's in September 2017": the second owner, its verb and instrument gapped.
_GAPPED = re.compile(r"(?:,\s*|,?\s+and\s+)(?P<owner>[A-Z][\w-]*)['’]s\s+(?:in|on)\s+")
_QUICK = re.compile(r"['’]s\s+(?:in|on)\s")


def _owner(doc: Doc, start: int, end: int) -> str | None:
    found = {m.actor_id for m in party_mentions(doc, start, end)}
    return next(iter(found)) if len(found) == 1 else None


def gapped_owners(
    doc: Doc, cache: _Sentences, index: int, facts: list[AgreementFact]
) -> list[AgreementFact]:
    """The facts of sentence `index` with a gapped second owner split by owner."""
    text = text_of(doc)
    lo, hi = cache.bounds[index]
    if not facts or not _QUICK.search(text, lo, hi):
        return facts
    owned = _OWNED.search(text, lo, hi)
    gapped = _GAPPED.search(text, owned.end(), hi) if owned else None
    if owned is None or gapped is None:
        return facts
    first = _owner(doc, owned.start("owner"), owned.end("owner"))
    second = _owner(doc, gapped.start("owner"), gapped.end("owner"))
    if first is None or second is None or first == second:
        return facts
    partner = None
    for back in range(index, max(-1, index - 4), -1):
        others = [p for p in cache.parties(back) if p not in (first, second)]
        if len(others) == 1:
            partner = others[0]
            break
        if others:
            return facts  # more than one candidate: no partner known
    if partner is None:
        return facts
    later = [d for d in dates_in(doc, gapped.end(), hi) if d.kind in ("point", "range")][:1]
    if not later:
        return facts
    split: list[AgreementFact] = []
    for fact in facts:
        if not set(fact.parties) <= {first, second, partner} or fact.evidence_start != lo:
            split.append(fact)
            continue
        split.append(fact.model_copy(update={"parties": tuple(sorted((first, partner)))}))
        split.append(
            fact.model_copy(
                update={"parties": tuple(sorted((second, partner))), "date": later[0].value}
            )
        )
    return split


__all__ = ["gapped_owners"]

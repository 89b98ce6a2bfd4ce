"""Agreements: a stage told of "it", the instrument of the sentences before.

"The DRC and Rwanda signed a peace agreement in Washington on Friday. ... Technical teams
from both countries had initialled it on June 18." The second sentence states a stage of
the same instrument with the pronoun as its object. :func:`object_pronoun_facts` reads
such sentences: the antecedent is the last fact of the three sentences before (its
parties, instrument and title are kept), the stage is the verb's, the date the one after
it. Hedged or negated verbs ("would sign it", "has not ratified it", "refused to sign
it") state nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from caspian.extract.agreement_anaphora import no_sides
from caspian.extract.agreement_parties import _Sentences
from caspian.extract.agreement_scan import matches, register, word_starts
from caspian.extract.base import dates_in, text_of
from caspian.facts import AgreementFact, Stage

_QUICK = re.compile(r"\b(?:signed|initial+ed|ratified|inked)\s+it\b", re.I)
_OBJECT = re.compile(
    r"\b(?P<cue>signed|initial+ed|ratified|inked)\s+it\b"
    r"(?=\s+(?:on|in|at|last|earlier|this|during|after|before|only|formally|\d)\b|\s*[.,;])",
    re.I,
)
#: Where :data:`_QUICK` and :data:`_OBJECT` can match: a word starting with one of these.
_VERB_STEMS = register(("signed", "initial", "ratified", "inked"))
_STAGES = {"sign": Stage.SIGNED, "inke": Stage.SIGNED, "init": Stage.INITIALED}
_HEDGE = re.compile(
    r"\b(?:will|would|could|may|might|should|must|shall|to|not|never|yet|no|if|unless|once"
    r"|when|before|refus\w*|declin\w*|expected|plan\w*|want\w*|hope\w*|ready)\b|n't\b",
    re.I,
)
_CLAUSE = re.compile(r"[;:]|,\s*(?:but|and|while|after|before|who|which)\b|\bbut\b")
_BACK = 3


def _clause_start(text: str, lo: int, cue: int) -> int:
    starts = [m.end() for m in _CLAUSE.finditer(text, lo, cue)]
    return starts[-1] if starts else lo


def object_pronoun_facts(
    doc: Doc, cache: _Sentences, facts: list[AgreementFact]
) -> list[AgreementFact]:
    """Facts of the sentences whose stage verb has "it" as object (see module doc)."""
    text = text_of(doc)
    if not facts:
        return []
    verbs = word_starts(text, "object-verbs", _VERB_STEMS)
    if not any(_QUICK.match(text, position) for position in verbs or ()):
        return []
    firsts = [b[0] for b in cache.bounds]
    found: list[AgreementFact] = []
    for match in matches(_OBJECT, text, verbs, 0, len(text)):
        index = max(0, bisect_right(firsts, match.start()) - 1)
        lo, hi = cache.bounds[index]
        if _HEDGE.search(text, _clause_start(text, lo, match.start()), match.start()):
            continue
        if no_sides(text, _clause_start(text, lo, match.start()), match.start()):
            continue  # "Chilean and Peruvian companies signed it": no pair of sides
        floor = firsts[max(0, index - _BACK)]
        before = [
            f
            for f in facts
            if f.evidence_start is not None
            and floor <= f.evidence_start < lo
            and f.stage in (Stage.SIGNED, Stage.INITIALED, Stage.RATIFIED, Stage.IN_FORCE)
        ]
        if not before:
            continue
        last = max(f.evidence_start or 0 for f in before)
        antecedents = [f for f in before if f.evidence_start == last]
        if len({(f.instrument, f.title) for f in antecedents}) != 1:
            continue  # two instruments before: "it" is not sure
        antecedent = antecedents[0]
        word = match.group("cue").lower()
        stage = Stage.RATIFIED if word.startswith("rati") else _STAGES[word[:4]]
        if stage is antecedent.stage:
            continue  # "signed it": the signing told again
        if any(f.evidence_start == lo and f.stage is stage for f in facts):
            continue  # read already (the follow-ups: the story's current instrument)
        dates = [d for d in dates_in(doc, match.end(), hi) if d.kind in ("point", "range")]
        found.append(
            antecedent.model_copy(
                update={
                    "stage": stage,
                    "date": dates[0].value if dates else antecedent.date,
                    "evidence": text[lo:hi].strip(),
                    "evidence_start": lo,
                    "evidence_end": hi,
                    "rule": "agreement.object_pronoun",
                }
            )
        )
    return found


__all__ = ["object_pronoun_facts"]

"""Agreements: leaving China's Belt and Road Initiative ends the memorandum of joining it.

A state takes part in the Belt and Road Initiative by a memorandum of understanding with
China; leaving the initiative terminates that memorandum. "Italy has formally told China
that it is leaving the Belt and Road Initiative" and "President Mulino said Panama would
not renew the memorandum and would leave the initiative" each state one fact: the
memorandum of the state and China, terminated, dated to the sentence's date (else the
story's). "The initiative" counts once the document has named the Belt and Road. A
hedged, threatened or negated exit ("could leave", "threatened to quit", "is not leaving",
"if it left") states nothing; "would leave" counts only as reported speech ("said Panama
would leave").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from caspian.extract.agreement_details import lead_date
from caspian.extract.agreement_parties import _Sentences
from caspian.extract.base import dates_in, make_fact, text_of
from caspian.extract.references import party_mentions
from caspian.facts import AgreementFact, Instrument, Stage

_QUICK = re.compile(r"Belt\s+and\s+Road|\bBRI\b")
_EXIT = re.compile(
    r"\b(?P<verb>(?:is|was|are)\s+(?:formally\s+|officially\s+)?(?:leaving|quitting|exiting"
    r"|withdrawing\s+from|pulling\s+out\s+of)"
    r"|(?:has|had)\s+(?:formally\s+|officially\s+)?(?:left|quit|exited|withdrawn\s+from"
    r"|pulled\s+out\s+of)"
    r"|left|quit|exited|withdrew\s+from|pulled\s+out\s+of"
    r"|(?P<modal>would|will)\s+(?:formally\s+|officially\s+)?(?:leave|quit|exit|withdraw\s+from"
    r"|pull\s+out\s+of|not\s+renew\s+(?:the|its)\s+(?:memorand\w+|MoU)))"
    r"(?:\s+(?:the\s+)?(?P<object>(?:China['’]s\s+)?Belt\s+and\s+Road(?:\s+Initiative)?|BRI"
    r"|initiative|programme|program))?",
)
_REPORTED = re.compile(
    r"\b(?:said|announced|told|confirmed|declared|informed|notified|stated)\b", re.I
)
_HEDGE = re.compile(
    r"\b(?:could|might|may|threat\w*|consider\w*|weigh\w*|mull\w*|if|unless|whether"
    r"|not|never|refus\w*|rul\w*\s+out|pressure\w*|urg\w*|demand\w*|call\w*\s+on)\b|n't\b",
    re.I,
)
_CONDITION = re.compile(r"[^.;]*?\b(?:if|unless|should\s+\w+\s+(?:ask|press|insist))\b", re.I)
_OWN = re.compile(r"Belt\s+and\s+Road|\bBRI\b|\binitiative\b")
_CLAUSE = re.compile(r"[;:]|\bbut\b|\bwhile\b|,\s*(?:who|which|after|before)\b")


def initiative_exits(doc: Doc, cache: _Sentences) -> list[AgreementFact]:
    """The Belt and Road memoranda terminated by a state's exit (see module doc)."""
    from caspian.extract.agreements import COMPONENT, VERSION

    text = text_of(doc)
    if "Belt" not in text and "BRI" not in text:  # (what every match of _QUICK holds)
        return []
    named = _QUICK.search(text)
    if named is None:
        return []
    firsts = [b[0] for b in cache.bounds]
    facts: list[AgreementFact] = []
    done: set[int] = set()
    for match in _EXIT.finditer(text):
        index = max(0, bisect_right(firsts, match.start()) - 1)
        if index in done:
            continue
        lo, hi = cache.bounds[index]
        obj = match.group("object")
        verb = match.group("verb")
        if obj is None and not ("renew" in verb and _OWN.search(text, lo, hi)):
            continue  # "would not renew the memorandum": of the initiative the sentence names
        if (
            obj is not None
            and obj.lower() in ("initiative", "programme", "program")
            and not _QUICK.search(text, 0, match.start())
        ):
            continue
        clauses = [m.end() for m in _CLAUSE.finditer(text, lo, match.start())]
        clause_start = clauses[-1] if clauses else lo
        if _HEDGE.search(text, clause_start, match.start()) or re.search(
            r"\bnot\s+$", text[max(lo, match.start() - 6) : match.start()]
        ):
            continue
        if match.group("modal") and (
            not _REPORTED.search(text, lo, match.start())
            or _CONDITION.match(text, match.end(), min(hi, match.end() + 60))
        ):
            continue
        states = [
            m.actor_id
            for m in party_mentions(doc, lo, match.start())
            if m.actor_id != "CHN" and m.actor_id.isalpha() and len(m.actor_id) == 3
        ]
        if not states:
            continue
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            continue
        dates = [d for d in dates_in(doc, lo, hi) if d.kind == "point"]
        done.add(index)
        facts.append(
            make_fact(
                AgreementFact,
                doc,
                span,
                component=COMPONENT,
                version=VERSION,
                rule="agreement.initiative_exit",
                parties=[states[0], "CHN"],
                instrument=Instrument.MEMORANDUM_OF_UNDERSTANDING,
                stage=Stage.TERMINATED,
                date=dates[0].value if dates else lead_date(doc),
            )
        )
    return facts


__all__ = ["initiative_exits"]

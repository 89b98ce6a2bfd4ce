"""Agreements: talks on the story's instrument, in a sentence that names no instrument
(``caspian.agreements.v1``).

A story about an instrument tells its history in sentences whose subject is the talks:
"Negotiations were opened in December 2017.", "Talks on it began in February 2019.",
"Negotiations had been concluded in July 2022.", "Negotiators had announced the
substantial conclusion of the talks in October 2024.", "The two governments launched
negotiations in 2014", "The two governments are still negotiating its text". Such a
sentence states a stage
(``negotiating`` for talks opened or begun, or a text still negotiated; ``concluded`` for
talks concluded) of the instrument of the nearest fact stated before it (within a few
sentences), with that fact's parties, at the date of its own clause, which must be a month
or a year (a history: "The talks began on Monday" are the talks of a visit). Talks going
on ("the presidents are continuing their talks") are too often a visit's to count.

Only bare talks count ("the talks", "their negotiations", "talks on it / on the deal"):
talks on another subject ("talks on gas prices were concluded") are not about the
instrument. The sentence must name no instrument of its own; a hedged, future or
negated clause ("negotiations are expected to be concluded") states nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from caspian.extract.agreement_details import is_period
from caspian.extract.base import dates_in, make_fact, text_of
from caspian.extract.references import party_ids
from caspian.extract.vocab import CLAUSE_HEDGE
from caspian.facts import AgreementFact, Stage

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from caspian.extract.agreement_parties import _Sentences

#: The talks, bare or about the instrument already named ("talks on it").
_TALKS = (
    r"(?:negotiations|talks)(?:\s+on\s+(?:it|the\s+(?:deal|agreement|treaty|pact|accord|text"
    r"|document)))?"
)
_NOT_ON = r"(?!\s+(?:on|over|about|with|between|for)\b)"
_OPENED = (
    r"(?:opened|launched|started|begun|resumed|relaunched)|(?:began|started|opened|resumed"
    r"|kicked\s+off|got\s+under\s*way)"
)
_DONE = r"(?:concluded|completed|finali[sz]ed|wrapped\s+up)"
_AUX = r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?:formally|officially|finally"
_AUX += r"|successfully|eventually|only)\s+)?"
#: Forms of talks going on or opened: ``negotiating``.
_GOING = re.compile(
    r"\b(?:" + _TALKS + r"\s+(?:" + _AUX + r")?(?:" + _OPENED + r")\b"
    r"|(?:launched|opened|began|started|resumed)\s+(?:the\s+|their\s+|formal\s+)?"
    r"(?:negotiations|talks)\b"
    + _NOT_ON
    + r"|(?P<text>(?:are|is)\s+still\s+negotiating\s+(?:its|the|their)\s+(?:text|terms)\b))",
    re.I,
)
#: Forms of talks concluded: ``concluded``.
_ENDED = re.compile(
    r"\b(?:" + _TALKS + r"\s+" + _AUX + _DONE + r"\b"
    r"|(?:substantial\s+)?(?:conclusion|completion)\s+of\s+(?:the\s+|their\s+)?(?:talks"
    r"|negotiations)\b" + _NOT_ON + r"|" + _DONE + r"\s+(?:the\s+|their\s+)?(?:talks"
    r"|negotiations)\b" + _NOT_ON + r")",
    re.I,
)
#: The agreed text of the story's instrument: "The text was initialled in Brussels on 6 July
#: 2022", "when the text was initialled in Bishkek".
_TEXT = re.compile(
    r"\b[Tt]he\s+(?:final\s+|agreed\s+)?text\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:(?:formally|officially|finally|then|only|already)\s+)?(?P<verb>initial+ed|finali[sz]ed"
    r"|agreed)\b"
)
_TEXT_STAGES = {"i": Stage.INITIALED, "f": Stage.CONCLUDED, "a": Stage.CONCLUDED}
#: Stages of an instrument that are no longer the story's own (replaced, ended).
_PAST_STAGES = frozenset({Stage.SUPERSEDED, Stage.TERMINATED, Stage.SUSPENDED})
#: How many sentences back the instrument the talks are about may be named.
_REACH = 4


def story_talks_facts(
    doc: Doc, cache: _Sentences, facts: list[AgreementFact]
) -> list[AgreementFact]:
    """Stages of talks stated in sentences without an instrument, for the instrument of
    the nearest fact before them."""
    from caspian.extract.agreements import COMPONENT, VERSION

    text = text_of(doc)
    lower = text.lower()
    if "negotiat" not in lower and "talks" not in lower and "text" not in lower:
        return []
    found: list[AgreementFact] = []
    starts = [b[0] for b in cache.bounds]
    for index, (lo, hi) in enumerate(cache.bounds):
        window = lower[lo:hi]
        if "negotiat" not in window and "talks" not in window and "text" not in window:
            continue
        if any(not m.generic for m in cache.mentions(index)):
            continue  # the sentence names its own instrument: read by the clause rules
        if any(f.evidence_start is not None and lo <= f.evidence_start < hi for f in facts):
            continue  # already read (the follow-ups of agreement_followups.py)
        for pattern, stage in (
            (_TEXT, Stage.INITIALED),
            (_ENDED, Stage.CONCLUDED),
            (_GOING, Stage.NEGOTIATING),
        ):
            match = pattern.search(text, lo, hi)
            if match is None:
                continue
            if pattern is _TEXT:
                stage = _TEXT_STAGES[match.group("verb")[0].lower()]
            if CLAUSE_HEDGE.search(text[max(lo, match.start() - 60) : match.end()]):
                break  # "negotiations are expected to be concluded"
            floor = starts[max(0, index - _REACH)]
            before = [
                f
                for f in facts
                if f.evidence_start is not None
                and floor <= f.evidence_start < lo
                and len(f.parties) >= 2
                and "+earlier" not in (f.rule or "")
                and f.stage not in _PAST_STAGES
                and not (f.rule or "").startswith("agreement.replaced")
            ]
            if not before:
                break
            source = max(before, key=lambda f: f.evidence_start or 0)
            if any(p not in source.parties for p in party_ids(doc, lo, match.end())):
                break  # "Uzbekistan's negotiations opened in 2019": another party's talks
            span = doc.char_span(lo, hi, alignment_mode="expand")
            if span is None:
                break
            dated = [
                d
                for d in dates_in(doc, lo, hi)
                if d.kind in ("point", "range", "since") and not is_period(text, d.start)
            ]
            published = doc._.published
            date = dated[0].value if dated else (published.isoformat() if published else None)
            if pattern is _TEXT:
                dated = [d for d in dated if d.start >= match.end()] or dated
                date = dated[0].value if dated else date
            elif not match.groupdict().get("text") and not (dated and len(dated[0].value) <= 7):
                break  # a history is dated by month or year ("The talks began on Monday":
                # the talks of a visit)
            found.append(
                make_fact(
                    AgreementFact,
                    doc,
                    span,
                    component=COMPONENT,
                    version=VERSION,
                    rule="agreement.talks+story",
                    parties=list(source.parties),
                    instrument=source.instrument,
                    stage=stage,
                    title=source.title,
                    date=date,
                )
            )
            break
    return found


__all__ = ["story_talks_facts"]

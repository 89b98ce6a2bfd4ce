"""Agreements: a crossing agreed by a verb, with no instrument noun.

"Turkey and Armenia agreed on Friday that citizens of third countries will be able to
cross their land border", "the two sides agreed to resume direct flights", "Ankara and
Damascus had agreed to route gas across the border": two or more parties agreeing (past
tense, unhedged) on a crossing of their border or a route between them (opening or
reopening a border or crossing, starting or resuming direct flights, cargo, freight,
rail or road links, routing goods or energy across or through) state a transit
arrangement whose terms are agreed: ``transit_arrangement``, ``concluded``. Other
things agreed ("agreed to hold more talks", "agreed to strengthen ties") state no
instrument and are not read; one party ("Armenia agreed to open the border"), a
modal, a negation or a condition before the verb state nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from caspian.extract.agreement_details import _topics, lead_date
from caspian.extract.agreement_parties import _Sentences
from caspian.extract.base import dates_in, make_fact, text_of
from caspian.extract.references import party_ids
from caspian.extract.stages import MONTH_MAY
from caspian.extract.vocab import CLAUSE_HEDGE
from caspian.facts import AgreementFact, Instrument, Stage, Topic

_WHAT = (
    r"(?:(?:re)?open(?:ing)?\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:borders?|border"
    r"\s+crossings?|crossings?|checkpoints?|transport\s+links|routes?|railways?|roads?)"
    r"|(?:begin|start|launch|resume|restore|establish)\s+(?:the\s+)?(?:regular\s+)?(?:direct\s+)?"
    r"(?:air\s+)?(?:flights|cargo|freight|rail|road|shipping|ferry|bus)\b"
    r"|route\s+(?:gas|oil|electricity|power|goods|cargo|freight)\s+(?:across|through|via)"
    r"|(?:allow|let|permit)\s+[^.;]{1,60}?\s+(?:to\s+)?(?:cross|transit|use)\s+(?:the\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:borders?|territory|ports?|airspace)"
    r"|[^.;]{1,80}?\bwill\s+be\s+(?:able|allowed|permitted)\s+to\s+(?:cross|transit|use)\s+"
    r"(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:borders?|territory|ports?|airspace))"
)
_AGREED = re.compile(
    r"\b(?:had\s+|have\s+|has\s+)?(?:also\s+)?agreed(?P<when>\s+(?:on|last|this)\s+\w+|\s+in\s+\w+)?"
    r"\s+(?:to|that)\s+(?P<what>" + _WHAT + r")",
    re.I,
)


def crossing_facts(doc: Doc, cache: _Sentences) -> list[AgreementFact]:
    """The crossings agreed by a verb (see module doc)."""
    from caspian.extract.agreements import COMPONENT, VERSION

    text = text_of(doc)
    if "agreed" not in text:
        return []
    facts: list[AgreementFact] = []
    for lo, hi in cache.bounds:
        at = text.find("agreed", lo, hi)
        if at < 0:
            continue
        match = _AGREED.search(text, max(lo, at - 20), hi)
        if match is None:
            continue
        window = text[lo : match.start()]
        clause = MONTH_MAY.sub("Month", re.split(r"[;:]|\bbut\b", window)[-1])  # "In May"
        if CLAUSE_HEDGE.search(clause) or re.search(r"\bto\s+$|\b(?:if|once)\b", clause):
            continue
        parties = party_ids(doc, lo, match.start())
        if len(parties) < 2:
            parties = party_ids(doc, lo, hi)
        if len(parties) < 2:
            continue
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            continue
        when = [d for d in dates_in(doc, match.start(), match.end("what")) if d.kind == "point"]
        dated = when or [d for d in dates_in(doc, lo, hi) if d.kind == "point"]
        facts.append(
            make_fact(
                AgreementFact,
                doc,
                span,
                component=COMPONENT,
                version=VERSION,
                rule="agreement.crossing",
                parties=parties,
                instrument=Instrument.TRANSIT_ARRANGEMENT,
                stage=Stage.CONCLUDED,
                topics=_topics(match.group("what")) or (Topic.TRANSPORT,),
                date=dated[0].value if dated else lead_date(doc),
            )
        )
    return facts


__all__ = ["crossing_facts"]

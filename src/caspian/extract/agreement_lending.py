"""Agreements: a lending programme approved by a lender's board.

"The IMF's executive board on Friday approved a 48-month Extended Fund Facility of $20
billion for Argentina", "the World Bank's Board of Executive Directors approved a $500
million loan to Uzbekistan": the board's approval is the act that makes the programme an
instrument between the lender and the borrower (``other``, ``signed``, valued at the
money the object names, titled by a named facility). The board must approve in the past
tense with nothing between it and "approved" but an adverbial of time: "the board is
expected to approve", "the board will consider", "has not approved", "once the board
approved" state nothing. The
object must be a lending programme (a facility, arrangement, loan, credit, programme or
financing) granted "for" / "to" a named borrower.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from caspian.extract.agreement_details import lead_date
from caspian.extract.agreement_parties import _Sentences
from caspian.extract.base import dates_in, make_fact, quantities_in, text_of
from caspian.extract.references import party_mentions
from caspian.facts import AgreementFact, Instrument, Stage

_LENDERS = (
    r"IMF|International\s+Monetary\s+Fund|World\s+Bank|Asian\s+Development\s+Bank|ADB|EBRD"
    r"|European\s+Bank\s+for\s+Reconstruction\s+and\s+Development|AIIB|Asian\s+Infrastructure"
    r"\s+Investment\s+Bank|Islamic\s+Development\s+Bank|IsDB|African\s+Development\s+Bank|AfDB"
    r"|Fund|Bank"
)
_APPROVED = re.compile(
    r"\b(?P<lender>" + _LENDERS + r")(?:['’]s)?\s+(?:(?:[Ee]xecutive|[Gg]overning)\s+)?"
    r"(?:[Bb]oard|[Dd]irectors)(?:\s+of\s+(?:[Ee]xecutive\s+)?[Dd]irectors)?"
    r"(?:\s+(?:on|last|this)\s+\w+)?\s+(?:has\s+|had\s+)?approved\s+"
    r"(?P<object>(?:an?|the|its)\s+[^.;:]{0,160}?)\s+(?:for|to)\s+(?:the\s+)?(?P<borrower>"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
_LENDING = re.compile(
    r"\b(?:[Ff]acility|[Aa]rrangement|loans?|credits?|[Pp]rogram(?:me)?|financing|bailout)\b"
)
_FACILITY = re.compile(
    r"(?:Extended\s+Fund|Extended\s+Credit|Stand-?[Bb]y|Rapid\s+Financing|Rapid\s+Credit"
    r"|Resilience\s+and\s+Sustainability|Flexible\s+Credit|Precautionary\s+and\s+Liquidity"
    r"|Standby\s+Credit)\s+(?:Facility|Arrangement|Line)"
)
#: A subordinator or hope right before the lender: "once the IMF board approved ...".
_PENDING = re.compile(
    r"\b(?:[Ii]f|[Oo]nce|[Uu]nless|[Ww]hether|[Uu]ntil|[Bb]efore|[Ww]hen|[Pp]ending|[Hh]opes?"
    r"|[Ee]xpects?|[Ee]xpected|[Aa]ssum\w+|[Pp]rovided)\s+(?:that\s+)?(?:the\s+)?$"
)
_ORG_OF: dict[str, str] = {"Fund": "IMF", "Bank": "WB"}


def lending_facts(doc: Doc, cache: _Sentences) -> list[AgreementFact]:
    """The lending programmes a lender's board approved (see module doc)."""
    from caspian.extract.agreements import COMPONENT, VERSION

    text = text_of(doc)
    if "pproved" not in text:
        return []
    firsts = [b[0] for b in cache.bounds]
    facts: list[AgreementFact] = []
    for match in _APPROVED.finditer(text):
        if not _LENDING.search(match.group("object")) or _PENDING.search(
            text, max(0, match.start() - 30), match.start()
        ):
            continue
        index = max(0, bisect_right(firsts, match.start()) - 1)
        lo, hi = cache.bounds[index]
        if match.end() > hi:
            continue
        lender = [m.actor_id for m in party_mentions(doc, *match.span("lender"))]
        if not lender:
            short = _ORG_OF.get(match.group("lender"))
            earlier = (
                {m.actor_id for m in party_mentions(doc, 0, match.start())} if short else set()
            )
            if short is None or short not in earlier:
                continue  # "the Fund": the IMF only where the story named it
            lender = [short]
        borrower = [m.actor_id for m in party_mentions(doc, *match.span("borrower")) if m.actor_id]
        if not borrower or borrower[0] == lender[0]:
            continue
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            continue
        dates = [d for d in dates_in(doc, match.start(), match.end()) if d.kind == "point"]
        if not dates:
            dates = [d for d in dates_in(doc, lo, hi) if d.kind == "point"]
        money = [
            q
            for q in quantities_in(doc, *match.span("object"))
            if q.usd is not None and q.unit != "percent"
        ]
        facility = _FACILITY.search(match.group("object"))
        facts.append(
            make_fact(
                AgreementFact,
                doc,
                span,
                component=COMPONENT,
                version=VERSION,
                rule="agreement.lending",
                parties=[lender[0], borrower[0]],
                instrument=Instrument.OTHER,
                stage=Stage.SIGNED,
                title=facility.group() if facility else None,
                topics=["investment"],
                value_usd=money[0].usd if money else None,
                date=dates[0].value if dates else lead_date(doc),
            )
        )
    return facts


__all__ = ["lending_facts"]

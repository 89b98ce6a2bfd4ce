"""Agreements: a relationship stated by its partners' title ("strategic partners since")
or by the level relations are raised to ("raised relations to the strategic level").

News often states a relationship by what the parties are to each other rather than by the
instrument: "The two countries have been comprehensive strategic partners since 2017",
"Vietnam became a comprehensive strategic partner of Australia in March 2024", "Serbia
became China's first comprehensive strategic partner in Europe", "Peru and Chile became
strategic partners in 2012". Each states the relationship (its kind from the words before
"partner": comprehensive strategic, strategic, comprehensive) set up (``signed``) at the
date of the clause: the date after "since", else a date in the clause, else the story's.

Only the past is read: "became", and "have / has / had been ... since <date>"; "could
become", "would be", "have never been", "is not yet" state nothing. "Trading partner",
"key partner" and other titles that name no relationship of the spec are no fact. The
parties are the actors of the clause up to the title ("Serbia ... China's"), and the one
after "of" ("a strategic partner of Australia"): two at least.

Relations, ties or the relationship raised, elevated or upgraded "to the comprehensive
strategic level" (or "to the level of strategic partners") are that relationship
``upgraded``, at the date of the clause.
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

#: The kind of relationship before "partner(s)", most specific first.
_KINDS: tuple[tuple[re.Pattern[str], Instrument], ...] = (
    (
        re.compile(r"comprehensive\s+(?:and\s+)?strategic|strategic\s+and\s+comprehensive", re.I),
        Instrument.COMPREHENSIVE_STRATEGIC_PARTNERSHIP,
    ),
    (re.compile(r"strategic", re.I), Instrument.STRATEGIC_PARTNERSHIP),
    (re.compile(r"comprehensive", re.I), Instrument.COMPREHENSIVE_PARTNERSHIP),
)
_TITLE = (
    r"(?P<title>(?:comprehensive\s+(?:and\s+)?strategic|strategic\s+and\s+comprehensive"
    r"|strategic|comprehensive)(?:\s+(?:cooperative|cooperation|economic|political))?)"
    r"\s+partners?\b"
)
#: "became", "have been ... since": the verb and what may stand between it and the title.
_PARTNERS = re.compile(
    r"\b(?:(?P<became>became)|(?P<been>(?:have|has|had)\s+(?:long\s+|also\s+)?been))\s+"
    r"(?:(?:an?|the)\s+|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+|each\s+other['’]s\s+)?"
    r"(?:(?:first|newest|latest|new|only|key|closest|oldest|full|official)\s+)?" + _TITLE
)
_OF = re.compile(
    r"\s+(?:of|with|to)\s+(?:the\s+)?(?P<partner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
)
_SINCE = re.compile(r"\s+(?:since|from)\s+", re.I)
#: A clause's start: after a semicolon, a colon, a dash or a conjunction of clauses.
_CLAUSE_START = re.compile(r"[;:—]\s*|,\s+(?:and|but|while|whereas)\s+|\bthat\s+")
#: Words before the verb that make the clause hedged, negated or a question.
_HEDGED = re.compile(
    r"\b(?:not|never|no\s+longer|if|whether|unless|would|could|might|may|should|hopes?|wants?"
    r"|aims?|plans?|expected|yet)\b[^;:]*$",
    re.I,
)


#: Relations raised to a level that names a relationship ("raised relations to the
#: comprehensive strategic level", "elevated their ties to the level of strategic partners").
_LEVEL = re.compile(
    r"\b(?:rais|elevat|upgrad|lift|promot)(?:ed|ing)\s+(?:(?:the|their|its|bilateral|two-way"
    r"|diplomatic)\s+){0,2}(?:relations(?:hip)?|ties|cooperation)\s+to\s+(?:the|a)\s+(?:new\s+)?"
    r"(?:level\s+of\s+(?:an?\s+)?)?"
    r"(?P<title>(?:comprehensive\s+(?:and\s+)?strategic|strategic\s+and\s+comprehensive"
    r"|strategic|comprehensive)(?:\s+(?:cooperative|cooperation|economic|political))?)"
    r"\s+(?:level|partners(?:hip)?\s+level|partners)\b",
    re.I,
)


def _kind(title: str) -> Instrument:
    for pattern, kind in _KINDS:
        if pattern.search(title):
            return kind
    return Instrument.STRATEGIC_PARTNERSHIP  # (not reached: the title names a kind)


def partner_facts(doc: Doc, cache: _Sentences) -> list[AgreementFact]:
    """The relationships stated by the partners' title (see module doc)."""
    from caspian.extract.agreements import COMPONENT, VERSION

    text = text_of(doc)
    if "partner" not in text and "level" not in text:
        return []
    firsts = [b[0] for b in cache.bounds]
    facts: list[AgreementFact] = []
    found = [(m, Stage.SIGNED) for m in _PARTNERS.finditer(text)]
    found += [(m, Stage.UPGRADED) for m in _LEVEL.finditer(text)]
    for match, stage in found:
        index = max(0, bisect_right(firsts, match.start()) - 1)
        lo, hi = cache.bounds[index]
        if match.end() > hi:
            continue
        clause = lo
        for turn in _CLAUSE_START.finditer(text, lo, match.start()):
            clause = turn.end()
        if _HEDGED.search(text, clause, match.start()):
            continue
        end = match.end()
        partner = _OF.match(text, end, hi)
        if partner is not None:
            end = partner.end()
        since = _SINCE.match(text, end, hi)
        if stage is Stage.SIGNED and match.group("been") and since is None:
            continue  # "have been strategic partners for years": no time it was set up
        ids = list(dict.fromkeys(m.actor_id for m in party_mentions(doc, clause, end)))
        if len(ids) < 2:
            continue
        date: str | None = None
        if since is not None:
            after = [d for d in dates_in(doc, since.start(), hi) if d.start <= since.end() + 1]
            if not after:
                continue
            date = after[0].value
        else:
            later = _CLAUSE_START.search(text, end, hi)
            limit = later.start() if later else hi
            points = [
                d for d in dates_in(doc, clause, limit) if d.kind in ("point", "range", "since")
            ]
            date = points[-1].value if points else lead_date(doc)
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            continue
        facts.append(
            make_fact(
                AgreementFact,
                doc,
                span,
                component=COMPONENT,
                version=VERSION,
                rule="agreement.partners" if stage is Stage.SIGNED else "agreement.level",
                parties=sorted(ids),
                instrument=_kind(match.group("title")),
                stage=stage,
                title=None,
                topics=[],
                value_usd=None,
                date=date,
            )
        )
    return facts


__all__ = ["partner_facts"]

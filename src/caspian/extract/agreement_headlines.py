"""Agreements: a headline's instrument that the story's body names more precisely
(``caspian.agreements.v1``).

A headline calls an instrument by a generic noun ("EU and Serbia sign raw materials
pact", "Kazakhstan, Japan seal energy deal"); the body then says what it is ("signed a
memorandum of understanding on ..."). The headline's generic instrument is no second
fact: where the story's lead (the first sentences after the headline) states a fact of
the same parties and stage, dated in the same year, with another instrument (not a joint
statement: a statement is no pact) and akin topics (where both have some), a headline
fact whose instrument is generic (a sectoral agreement or ``other``) is dropped. A
headline whose instrument is specific, or that the lead does not restate, keeps its fact.
A headline fact that the lead states again with the same instrument (but another title,
which kept the two apart) is dropped too, and so is a headline deal "struck" or "sealed"
(no signing verb) that the lead says was concluded ("reached a political agreement").

The headline is the document's first line when it ends without a full stop (a title
line), and the document has a body; a press release's opening title lines (kicker,
issuer, dateline, headline: up to five) are its headline together.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from caspian.extract.base import text_of
from caspian.facts import AgreementFact, Instrument, Stage, Topic

#: A title line: it does not end like a sentence.
_TITLE_LINE = re.compile(r"[^\n]*[^.!?:;\"”'’)\s]\s*")
_GENERIC = frozenset({Instrument.COOPERATION_AGREEMENT, Instrument.OTHER})
#: A headline verb that says the instrument was signed (not only "struck", "sealed").
_SIGN_WORD = re.compile(r"\b(?:sign|ink|pen)(?:s|ed)?\b", re.I)


#: How many sentences after the headline make the story's lead (a dateline or byline
#: line counts as one).
_LEAD = 3


#: How many title lines may open a document (a press release's kicker, issuer, dateline
#: and headline: "PRESS RELEASE / Ministry of ... / Quito, 1 May 2024 / X enters into force").
_HEAD_LINES = 5


def _title_lines(doc: Doc) -> int:
    """How many of the document's first sentences are title lines (each on a line of its
    own, not ended like a sentence), before a body."""
    bounds: list[tuple[int, int]] = doc._.sentences or []
    text = text_of(doc)
    count = 0
    while count < min(_HEAD_LINES, len(bounds) - 1):
        start, end = bounds[count]
        if "\n" not in text[end : bounds[count + 1][0]] or not _TITLE_LINE.fullmatch(
            text, start, end
        ):
            break
        count += 1
    return count


def _headline_and_lead(doc: Doc) -> tuple[int, int] | None:
    """Where the document's title lines end and where the lead after them ends (None: no
    title line, or no body)."""
    bounds: list[tuple[int, int]] = doc._.sentences or []
    if len(bounds) < 2:
        return None
    count = _title_lines(doc)
    if count == 0:
        return None
    return bounds[count - 1][1], bounds[min(count - 1 + _LEAD, len(bounds) - 1)][1]


def _same_year(one: str | None, other: str | None) -> bool:
    return one is None or other is None or one[:4] == other[:4]


def headline_duplicates(doc: Doc, facts: list[AgreementFact]) -> list[AgreementFact]:
    """`facts` without the headline's instruments that the lead restates (each fact of the
    lead restates one headline instrument: "seal defence pact and fishing deal" over
    "signed a Security and Defence Partnership" keeps the fishing deal)."""
    bounds: list[tuple[int, int]] = doc._.sentences or []
    if not bounds or all(
        (f.evidence_start or 0) >= bounds[min(_HEAD_LINES, len(bounds)) - 1][1] for f in facts
    ):
        return facts  # (speed) no fact in the first lines: none to drop
    found = _headline_and_lead(doc)
    if found is None:
        return facts
    end, lead_end = found
    body = [f for f in facts if end <= (f.evidence_start or 0) < lead_end]
    used: set[int] = set()
    kept: list[AgreementFact] = []
    for fact in facts:
        if (fact.evidence_start or 0) < end:
            match = _restating(fact, [b for k, b in enumerate(body) if k not in used])
            if match is not None:
                used.add(next(k for k, b in enumerate(body) if b is match))
                continue  # "EU and Serbia sign raw materials pact" over "signed a memorandum"
        kept.append(fact)
    return kept


def _restating(headline: AgreementFact, body: list[AgreementFact]) -> AgreementFact | None:
    """The fact of the lead that restates the headline's: the same instrument again (with
    its own, longer title: "sign memorandum on Power of Siberia 2" over "signed a
    memorandum on building the Power of Siberia 2 pipeline"), else, for a generic
    instrument, a more precise one whose topics (if both have some) are akin."""
    same = [
        other
        for other in body
        if other.parties == headline.parties
        and other.stage is headline.stage
        and _same_year(other.date, headline.date)
    ]
    for other in same:
        if other.instrument is headline.instrument:
            return other
    if headline.stage is Stage.SIGNED and not _SIGN_WORD.search(headline.evidence):
        # "EU and US strike tariff deal" over "reached a political agreement on trade": the
        # headline's verb says a deal was made, the lead that its text is agreed
        for other in body:
            if (
                other.parties == headline.parties
                and other.stage is Stage.CONCLUDED
                and _same_year(other.date, headline.date)
                and (other.instrument is headline.instrument or headline.instrument in _GENERIC)
            ):
                return other
    if headline.instrument not in _GENERIC:
        return None
    for other in same:
        if other.instrument is not Instrument.JOINT_DECLARATION and _akin(  # a statement
            headline.topics,
            other.topics,  # is no pact
        ):
            return other
    return None


#: Topics a headline and its body may name differently ("mining pact" over "memorandum
#: on critical minerals").
_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"mining", "critical_minerals"}),
    frozenset({"energy", "green_energy", "nuclear"}),
    frozenset({"transport", "logistics", "infrastructure"}),
    frozenset({"security", "defense"}),
    frozenset({"digital", "ai", "technology"}),
    frozenset({"trade", "investment"}),
)


def _family(topics: tuple[Topic, ...]) -> set[str]:
    names = {t.value for t in topics}
    for family in _FAMILIES:
        if names & family:
            names |= family
    return names


def _akin(one: tuple[Topic, ...], other: tuple[Topic, ...]) -> bool:
    return not one or not other or bool(_family(one) & _family(other))


__all__ = ["headline_duplicates"]

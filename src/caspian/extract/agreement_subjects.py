"""Agreements: who acts in which clause (``caspian.agreements.v1``).

A stage verb whose own subject names no actor (:func:`non_actor_subject`):
"A, B and C signed a memorandum in Rabat, and several coastal states have since signed
their own memorandums": the second clause's subject is a noun phrase that names no actor
("several coastal states", "other countries", "a dozen other governments", "many of
them"); the parties the rest of the sentence names are not its signers, and the clause
states no fact of its own (before this rule it repeated the first clause's fact). The
same for a passive agent ("similar deals were later signed by other countries").

A subject that names an actor, or refers back to named ones ("the two countries",
"both sides", "they"), is not such a subject: the usual party rules apply.

A temporal clause about a meeting (:func:`meeting_clause`): "the document was signed
after Presidents A, B and C held a three-way meeting", "When the leaders of A, B and C
met in Astana, A and B signed ...": the participants of the meeting are not the
signatories; the instrument's parties are looked for outside that clause first (its own
clause, the instrument it refers back to), and in it only when nothing else names two.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from caspian.extract.base import actors_in, text_of
from caspian.extract.stages import Cue

#: Where the clause of a stage verb starts (the last of these before the verb).
_CLAUSE_START = re.compile(
    r"[;:]\s*|,\s*(?:and|but|while|whereas|although|though|as|since|after|when)\s+"
    r"|\s(?:and|but|while|whereas)\s+(?=(?:several|many|some|other|numerous|various|more"
    r"|most|a\s|dozens|few)\b)"
)
#: A quantifier that makes a plural noun phrase no reference to named actors.
_QUANTIFIER = (
    r"(?:several|many|some|numerous|various|most|more|few|a\s+few|a\s+number\s+of"
    r"|a\s+(?:handful|host|string|series|raft|group)\s+of|dozens\s+of|scores\s+of"
    r"|(?:a\s+dozen|(?:more|fewer)\s+than\s+(?:a\s+)?\w+|at\s+least\s+(?:a\s+)?\w+|two|three|four"
    r"|five|six|seven"
    r"|eight|nine|ten|\d+)\s+other)"
)
_GROUP = (
    r"(?:states|countries|nations|governments|members|partners|economies|capitals"
    r"|neighbou?rs|republics|administrations|signatories|others|investors|companies|firms"
    r"|businesses|banks|lenders|corporations|operators|entities|regions|provinces|cities"
    r"|municipalities|ministries|agencies|bodies|organi[sz]ations|institutions)"
)
_AUX = (
    r"(?:\s+(?:have|has|had|also|since|later|subsequently|then|too|likewise|similarly"
    r"|themselves|already|now|each|individually|separately|recently|in\s+turn"
    r"|over\s+the\s+(?:following|next|past)\s+\w+|(?:in|over)\s+recent\s+\w+),?)*\s*"
)
#: A subject naming no actor: "several coastal states", "other countries", "a dozen
#: other governments", "many of them", "investors".
_NON_ACTOR_SUBJECT = re.compile(
    r"\s*(?:(?:(?:[Ss]o\s+)?[Tt]oo|[Ss]ince\s+then|[Ll]ater|[Ss]ince|[Ss]ubsequently"
    r"|[Mm]eanwhile|[Ss]eparately),?\s+)?"
    r"(?:(?i:" + _QUANTIFIER + r")\s+(?:of\s+(?:them|those|these|the\s+others)\b"
    r"|(?:other\s+)?(?:[\w-]+\s+){0,3}?" + _GROUP + r"\b)"
    r"|(?i:other)\s+(?:[\w-]+\s+){0,3}?" + _GROUP + r"\b"
    r"|(?i:others)\b"
    r"|(?:[a-z][\w-]*\s+){0,2}(?:investors|companies|firms|businesses|banks|lenders"
    r"|corporations)\b)"
    r"(?:\s+(?:in|from|across|around|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?" + _AUX + r"$"
)
#: A passive agent naming no actor: "were later signed by several other states".
_NON_ACTOR_AGENT = re.compile(
    r"\s+by\s+(?:(?i:"
    + _QUANTIFIER
    + r")\s+(?:other\s+)?(?:[\w-]+\s+){0,3}?"
    + _GROUP
    + r"|(?i:other)\s+(?:[\w-]+\s+){0,3}?"
    + _GROUP
    + r"|others)\b"
)


def non_actor_subject(doc: Doc, sent: tuple[int, int], cue: Cue) -> bool:
    """Whether the stage verb's own clause has a subject (or, for a passive, an agent)
    that names no actor: then the sentence's parties are not its signers."""
    text = text_of(doc)
    if cue.after:
        agent = _NON_ACTOR_AGENT.match(text, cue.end, sent[1])
        return agent is not None and not actors_in(doc, agent.start(), agent.end())
    start = sent[0]
    for turn in _CLAUSE_START.finditer(text, sent[0], cue.start):
        start = turn.end()
    if not _NON_ACTOR_SUBJECT.fullmatch(text, start, cue.start):
        return False
    return not actors_in(doc, start, cue.start)


#: A temporal clause whose verb is a meeting: "after Presidents A, B and C held a
#: three-way meeting", "when the leaders of A and B met", "while X hosted Y".
_MEETING = (
    r"[^;:.]{0,160}?\b(?:held|hold|holding|met|meet|meeting|talked|spoke|visited|hosted"
    r"|gathered|convened|sat\s+down|conferred)\b"
)
_MEETING_AFTER = re.compile(
    r"\s(?:after|before|when|while|as|once|since|until)\s+(?=" + _MEETING + r")"
)
_MEETING_BEFORE = re.compile(
    r"\s*(?:[A-Z][\w-]*\s+){0,3}?(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Aa]s|[Oo]nce)\s+"
    + _MEETING
    + r"[^,;:.]{0,80}?,\s+"
)


def meeting_clause(text: str, lo: int, floor: int, hi: int) -> tuple[int, int] | None:
    """The temporal clause about a meeting in the instrument's stretch [lo, hi): one after
    `floor` (the end of the stage cue) up to `hi`, else one that opens the stretch."""
    after = _MEETING_AFTER.search(text, floor, hi)
    if after is not None:
        return after.start(), hi
    before = _MEETING_BEFORE.match(text, lo, hi)
    if before is not None and before.end() < floor:
        return lo, before.end()
    return None


__all__ = ["meeting_clause", "non_actor_subject"]

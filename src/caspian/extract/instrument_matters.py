"""Instruments: a bare agreement whose own words name one specific matter.

A bare "agreement", "deal", "accord" or "pact" is read as a (sectoral) cooperation
agreement. The spec keeps ``cooperation_agreement`` for sectoral cooperation and
``other`` for a specific instrument of none of the listed kinds; the gold files of every
studied set follow it: an agreement whose own phrase states the one thing it does or
settles is ``other``:

- an action it governs, as a gerund or an action noun after "on"/"for": "an agreement on
  monitoring trade through the occupied regions", "the intergovernmental agreement on
  building the plant", "the agreement with Egypt on the partial delimitation of the zone"
  (not the construction, supply or design of a thing, "an agreement on the construction
  of the railway", which the gold reads either way) (also after a place, date or
  "with"-phrase: "signed an agreement in Geneva, with Swiss mediation, on monitoring");
- the same as a relative clause, participle or infinitive with a verb of doing or
  settling: "an agreement that sets their maritime boundary", "a deal to supply gas from
  March" (not "to build", read either way, nor "that ends the dispute over tariffs", nor
  the verbs of access, "an agreement that lets officers ride on the other's
  vessels", which the gold reads as security cooperation);
- a word in front of the head that makes it an instrument of its own kind: "a
  supplementary agreement", "a provisional agreement", "a staff-level agreement", "a loan
  agreement", "its association deal" (as an association agreement is).

Not where a sector stands in front of the head ("a defence agreement allowing ..."), nor
where the phrase names cooperation or partnership ("an agreement on cooperation in
the construction of the plant", "a framework agreement on developing cooperation"), nor
for the generic gerunds of a relationship ("an agreement on strengthening ties").
"""

from __future__ import annotations

import re

#: Words in front of the head that name an instrument of its own kind.
_OWN_KIND = re.compile(
    r"(?:^|\s)(?:supplementary|supplemental|provisional|staff-level|loan|lease|concession"
    r"|extradition|amendatory|amending|implementing|implementation|host-country"
    r"|headquarters|settlement|boundary|maritime|association)(?:\s|$)"
)
#: Words in front of the head that keep it a cooperation agreement or another kind.
_KEEPS = re.compile(
    r"(?:^|\s)(?:cooperation|co-operation|partnership|framework|strategic|comprehensive"
    r"|economic|trade|investment|business|commercial)(?:\s|$)"
)
_COOPERATION = re.compile(
    r"\b(?:co-?operat\w*|collaborat\w*|partnership|ties|relations|friendship)\b", re.I
)

_DAYS = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December"
)
#: Adjuncts between the head and its matter: a place, a date, a partner, an aside.
_ADJUNCT = re.compile(
    rf"(?:\s+in\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|\d{{4}}|(?:early\s+|late\s+)?(?:{_DAYS}))"
    rf"(?:\s+\d{{4}})?"
    rf"|\s+on\s+(?:\d{{1,2}}\s+)?(?:{_DAYS})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
    r"|\s+(?:last|this|next)\s+(?:week|month|year|\w+day)"
    r"|\s+(?:with|between)\s+(?:the\s+)?[A-Z][^,.;:()]{1,40}?(?=\s+(?:on|that|which|to)\s|,)"
    r"|,\s+with\s+[^,.;:()]{1,40},"
    r"|\s+\((?:[^()]{1,40})\))"
)

#: Gerunds that name no one matter but the relationship itself, and -ing words that are
#: no gerunds.
_GENERIC_GERUNDS = frozenset(
    {
        "strengthening",
        "deepening",
        "developing",
        "expanding",
        "promoting",
        "enhancing",
        "boosting",
        "furthering",
        "broadening",
        "intensifying",
        "cooperating",
        "increasing",
        "improving",
        "advancing",
        "during",
        "morning",
        "evening",
        "nothing",
        "something",
        "everything",
        "anything",
        "spring",
        "following",
        "according",
        "including",
        "regarding",
        "concerning",
        "pending",
        "trading",
        "shipping",
        "banking",
        "mining",
        "processing",
        "manufacturing",
        "housing",
        "training",
        "funding",
        "financing",
        "engineering",
        "energy",
    }
)
#: Action nouns naming what an agreement does ("on the supply of", "on the joint
#: management of the reservoir").
_ACTION_NOUN = re.compile(
    r"(?:the\s+)?(?:joint\s+|mutual\s+|partial\s+|final\s+)?(?:delimitation|demarcation"
    r"|transfer|return|exchange|restructuring|avoidance|abolition|exemption|waiver|release"
    r"|monitoring|lease|purchase|sale)\s+(?:of|and)\b",
    re.I,
)
_GERUND = re.compile(r"(?:the\s+)?(?:joint\s+|mutual\s+)?([a-z]{3,}ing)\b")
#: Verbs of doing or settling one thing (their stems).
_VERBS = (
    r"(?:sets?|setting|makes?|making|fix(?:es|ing)?|defines?|defining"
    r"|delimits?|demarcates?|draws?|transfers?|transferring|returns?|returning|hands?"
    r"|opens?|opening|creates?|creating|establish(?:es|ing)?|supply|supplies|supplying"
    r"|deliver(?:s|ing)?|monitor(?:s|ing)?"
    r"|exempts?|waives?|abolish(?:es|ing)?|lifts?|lifting|reduces?|reducing|cuts?|cutting"
    r"|lowers?|restructures?|restructuring|reschedules?|releases?|swaps?|leases?"
    r"|finances?|funds?|lends?|splits?|divides?|regulates?|governs?|governing)"
)
_CLAUSE = re.compile(
    r"(?:,?\s+which\s+|\s+that\s+)(?:would\s+|will\s+|could\s+|should\s+)?" + _VERBS + r"\b"
    r"|\s+to\s+" + _VERBS + r"\b"
    r"|\s+(?=\w+ing\b)" + _VERBS + r"\b"
)
#: Border trade and crossings: what a clause of cooperation across a border governs.
_CROSSINGS = re.compile(
    r"\b(?:trade|crossings?|markets?|posts?|checkpoints?|crossing\s+points?)\b", re.I
)
_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")
_ON = re.compile(r",?\s+(?:on|for|regarding|concerning)\s+")


def _after_adjuncts(text: str, position: int, end: int) -> int:
    for _ in range(4):
        found = _ADJUNCT.match(text, position, end)
        if found is None or found.end() == position:
            break
        position = found.end()
    return position


def specific_matter(
    text: str, phrase_start: int, head_end: int, end: int, modifiers: str, complement: str
) -> bool:
    """Whether a bare agreement (read as a cooperation agreement) from `phrase_start` (its
    modifiers) to `head_end` (its head) in a sentence ending at `end` names one specific
    matter (``other``)."""
    from caspian.extract.agreement_details import _topics

    if _KEEPS.search(modifiers) or _COOPERATION.search(complement) or _topics(modifiers):
        return False  # (a sector in front: "a defence agreement allowing ...")
    before = _WORD_BEFORE.search(text, max(0, phrase_start - 30), phrase_start)
    if _OWN_KIND.search(modifiers) or (before and _OWN_KIND.match(" " + before.group(1))):
        return True
    position = _after_adjuncts(text, head_end, end)
    stop = min(end, position + 90)
    clause = re.split(r"[;.:]|\s(?:and|but|while|whereas)\s", text[position:stop], maxsplit=1)[0]
    if _COOPERATION.search(clause):
        return False
    on = _ON.match(clause)
    if on is not None:
        rest = clause[on.end() :]
        if _ACTION_NOUN.match(rest):
            return True
        gerund = _GERUND.match(rest)
        return gerund is not None and gerund.group(1) not in _GENERIC_GERUNDS
    # (a relative clause, participle or infinitive right after the head or its adjuncts;
    # not one that sets up or governs border trade or crossings, which is cooperation)
    return _CLAUSE.match(clause) is not None and _CROSSINGS.search(clause) is None

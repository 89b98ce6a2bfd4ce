"""Agreements: the story's instrument as the object of a stage verb, in any clause.

"They finally signed it in Jakarta on 4 March 2019", "Talks opened in 2019, and the two
sides initialled it in Brussels in 2022", "The three governments signed the original text
on 30 November 2018", "fifteen months after both governments had signed the final
document": a clause whose object is an anaphor of the story's current instrument ("it",
"the text", "the original text", "the final document") and whose verb is a stage
(signed, inked, initialled; ratified by a plural subject) states that stage of the
instrument. :func:`object_steps` finds such clauses; the follow-ups
(``agreement_followups``) give them the instrument and parties of the story's current
one.

The clause's subject (the words between the clause's start — the sentence's, or a
comma, semicolon, "and", "but", "after", "when" — and the verb, less adverbs and
auxiliaries) must be

- a plural pronoun ("They", "we"),
- the sides, plain or counted ("the two sides", "both governments", "the three
  countries", "the leaders", "negotiators", "technical teams from both countries"): a
  count must be the number of the instrument's parties, or
- named actors (checked against the instrument's parties by the caller).

A hedge, modal or negation in the clause ("would sign it", "never ratified it", "before
they could sign it") states nothing; "the text of a peace agreement" names an instrument
of its own; a single named signer, a company, or "every member state" is no pair of sides.

:func:`followed_facts`: a new instrument that "followed" the one of the sentence before
("Kenya and Ethiopia signed a power trade agreement in 2019. A protocol on tariffs followed
on 14 August 2020.") is at the stage that sentence states, between the same parties.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from caspian.extract.base import dates_in, make_fact, text_of
from caspian.extract.count_words import COUNT_WORDS
from caspian.extract.references import party_mentions
from caspian.facts import AgreementFact, Stage

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from caspian.extract.agreement_parties import _Sentences

__all__ = ["ANAPHOR_TEXT", "ObjectStep", "followed_facts", "no_sides", "object_steps"]

#: An anaphoric noun for the instrument's document, with the adjectives that keep it one
#: ("the new text", "the original text", "the final document").
ANAPHOR_TEXT = (
    r"the\s+(?:(?:new|final|original|full|revised|amended|agreed|draft|same|whole|initial"
    r"|entire|complete|legal)\s+)?(?:text|document)"
)
_OBJECT = re.compile(
    r"\b(?P<verb>signed|initial(?:l)?ed|inked|ratified)\s+(?:it|" + ANAPHOR_TEXT + r")\b"
    r"(?!\s+(?:of|for|between|with|on\s+(?!the\b)[a-z])\b|['’])",
    re.I,
)
#: Where a clause begins (its subject follows).
_BOUNDARY = re.compile(
    r"[;:,]|\b(?:and|but|after|before|when|while|since|as|until|once|because|then)\b", re.I
)
#: Adverbs and auxiliaries between the subject and the verb ("had finally", "also").
_TAIL = re.compile(
    r"(?:\s+(?:had|have|has|was|were|then|later|also|already|finally|eventually|formally"
    r"|officially|jointly|subsequently|first|only|duly|quickly|swiftly|promptly|together"
    r"|both|all|\w+ly))*\s*$",
    re.I,
)
#: What may open the clause before its subject.
_LEAD = re.compile(
    r"\s*(?:(?:No|Yes)[.,]?\s+|[-–—•*]\s*|(?:In|On|At|By|Back\s+in)\s+[^,;]{1,30}?\s+(?=\w))?",
    re.I,
)
_COUNTS = {**COUNT_WORDS, "both": 2}  # (the pattern below admits "two" to "ten")
_SIDES = re.compile(
    r"(?:(?P<pronoun>they|we)"
    r"|(?:the\s+)?(?:(?P<count>two|both|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:(?:foreign|prime|trade|economy|economic|energy|transport|finance|deputy|chief"
    r"|national|respective)\s+)?"
    r"(?:governments|sides|parties|countries|states|nations|leaders|presidents|ministers"
    r"|premiers|delegations|negotiators|officials|envoys|representatives|parliaments"
    r"|legislatures|heads\s+of\s+(?:state|government|delegation)s?)"
    r"|(?:technical\s+|negotiating\s+)?(?:teams|delegations|negotiators|officials|ministers)"
    r"\s+(?:from|of)\s+(?:the\s+)?(?P<count2>two|both|three|four|five)\s+"
    r"(?:countries|sides|governments|states|nations))",
    re.I,
)
#: Hedges, modals and negation: the clause states no stage.
_HEDGE = re.compile(
    r"\b(?:will|would|could|may|might|should|shall|must|can|cannot|expected|expects?"
    r"|plans?|planned|hopes?|hoped|aims?|aimed|wants?|intends?|intended|if|unless|yet|not"
    r"|never|no|whether|about\s+to|set\s+to|due\s+to|likely|reportedly|refus\w*|declin\w*"
    r"|ready|every|each|neither|nor)\b|n't\b",
    re.I,
)
_COORDINATION = re.compile(r",|and", re.I)
#: Subjects that are no pair of sides.
_NO_SIDE = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|banks?|corporations?|groups?|member|every|each|one|some"
    r"|other|many|several|most)\b",
    re.I,
)
#: Words before the clause that make it unreal or conditional ("before they could").
_UNREAL = re.compile(r"\b(?:if|unless|whether|until|once)\s*$", re.I)


@dataclass(frozen=True)
class ObjectStep:
    """A stage verb with the instrument as its object: where it is, and its subject."""

    stage: Stage
    start: int
    end: int
    #: The number of sides the subject counts ("the three governments": 3), if any.
    count: int | None
    #: The subject's own span (the caller checks its named actors).
    subject: tuple[int, int]
    #: Whether the subject is a pronoun or the sides (not named actors).
    generic: bool


def no_sides(text: str, start: int, end: int) -> bool:
    """Whether a subject is no pair of sides: companies, banks, "every member state"."""
    return bool(_NO_SIDE.search(text, start, end))


def _stage(verb: str) -> Stage:
    verb = verb.lower()
    if verb.startswith("initial"):
        return Stage.INITIALED
    if verb.startswith("ratif"):
        return Stage.RATIFIED
    return Stage.SIGNED


def object_steps(text: str, sent: tuple[int, int]) -> list[ObjectStep]:
    """The clauses of a sentence whose stage verb has the instrument's anaphor as object
    (see the module docstring), in order."""
    start, end = sent
    found: list[ObjectStep] = []
    for match in _OBJECT.finditer(text, start, end):
        verb = match.start("verb")
        boundaries = [b for b in _BOUNDARY.finditer(text, start, verb)]
        clause = boundaries[-1].end() if boundaries else start
        if boundaries and _UNREAL.search(text, start, boundaries[-1].end()):
            continue  # "if they signed it", "until both sides initial it"
        if _HEDGE.search(text, clause, verb):
            continue
        tail = _TAIL.search(text, clause, verb)
        subject_end = tail.start() if tail else verb
        lead = _LEAD.match(text, clause, subject_end)
        subject_start = lead.end() if lead else clause
        while subject_start < subject_end and text[subject_start].isspace():
            subject_start += 1
        if subject_start >= subject_end:
            continue  # no subject: "and signed it" (the sentence's own subject)
        sides = _SIDES.fullmatch(text, subject_start, subject_end)
        if sides is None:
            # named actors, coordinated ("Indonesia and Australia signed it"): the
            # subject runs back over "and" and commas
            wide = [b for b in boundaries if not _COORDINATION.fullmatch(b.group(0))]
            subject_start = wide[-1].end() if wide else start
            lead = _LEAD.match(text, subject_start, subject_end)
            subject_start = lead.end() if lead else subject_start
            if no_sides(text, subject_start, subject_end):
                continue  # "the companies", "every member state"
        count: int | None = None
        if sides is not None:
            word = (sides.group("count") or sides.group("count2") or "").lower()
            count = _COUNTS.get(word) or (int(word) if word.isdigit() else None)
        stage = _stage(match.group("verb"))
        if stage is Stage.RATIFIED and (sides is None or sides.group("pronoun")):
            continue  # a ratification is each side's: only "both parliaments ratified it"
        found.append(
            ObjectStep(
                stage,
                verb,
                match.end(),
                count,
                (subject_start, subject_end),
                sides is not None,
            )
        )
    return found


#: An instrument that opens its sentence, indefinite ("A protocol of amendments on
#: labour", "A second memorandum, on customs,"), up to "followed".
_FOLLOWED = re.compile(
    r"\s*(?:[-–—•*]\s*)?(?:An?|Another|One\s+more)\s+[^.;:]{0,160}?\s(?P<verb>followed)\b"
    r"(?!\s+(?:by|from|suit|the|a|an|up|through)\b)",
    re.I,
)
#: The stages a later instrument "followed" at, as the story told its predecessor's.
_FOLLOWED_STAGES = frozenset({Stage.SIGNED, Stage.INITIALED, Stage.CONCLUDED})


def followed_facts(doc: Doc, cache: _Sentences, facts: list[AgreementFact]) -> list[AgreementFact]:
    """ "Kenya and Ethiopia signed a power trade agreement in 2019. A protocol on tariffs
    followed on 14 August 2020.": a new instrument that "followed" the one of the
    sentence before is at the stage that sentence states, between the same parties (one
    set of parties and one stage stated there; the follower names no other actor, is no
    "similar" one, and the verb is no hedge: "A protocol could follow")."""
    text = text_of(doc)
    if "followed" not in text:
        return []
    from caspian.extract.agreements import COMPONENT, VERSION, _resolve

    starts = [b[0] for b in cache.bounds]
    by_sentence: dict[int, list[AgreementFact]] = {}
    for fact in facts:
        where = max(0, bisect_right(starts, fact.evidence_start or 0) - 1)
        by_sentence.setdefault(where, []).append(fact)
    found: list[AgreementFact] = []
    for index in range(1, len(cache.bounds)):
        sent = cache.bounds[index]
        if index in by_sentence or "followed" not in text[sent[0] : sent[1]]:
            continue
        match = _FOLLOWED.match(text, *sent)
        if match is None or _HEDGE.search(text, sent[0], match.end()):
            continue
        mentions = [m for m in cache.mentions(index) if m.start < match.start("verb")]
        if len(mentions) != 1 or mentions[0].plural or _SIMILAR.search(text, *sent):
            continue
        before = by_sentence.get(index - 1, [])
        kinds = {(f.stage, f.parties) for f in before}
        if len(kinds) != 1:
            continue
        stage, parties = next(iter(kinds))
        if stage not in _FOLLOWED_STAGES:
            continue
        own = {m.actor_id for m in party_mentions(doc, *sent)}
        if not own <= set(parties):
            continue
        instrument, title, _sources = _resolve(cache, index, mentions[0])
        if instrument is None:
            continue
        span = doc.char_span(*sent, alignment_mode="expand")
        if span is None:
            continue
        dates = [d for d in dates_in(doc, match.end(), sent[1]) if d.kind in ("point", "range")]
        found.append(
            make_fact(
                AgreementFact,
                doc,
                span,
                component=COMPONENT,
                version=VERSION,
                rule="agreement.followed",
                parties=list(parties),
                instrument=instrument,
                stage=stage,
                title=title,
                date=dates[0].value if dates else None,
            )
        )
    return found


_SIMILAR = re.compile(r"\b(?:similar|such|comparable|parallel)\b", re.I)

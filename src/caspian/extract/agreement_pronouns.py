"""Agreements: "It" as the subject of a sentence (``caspian.agreements.v1``).

- A state: "Iran joined the SCO in 2023. It also signed a free trade agreement with the
  EAEU in December 2023": "It" before an active stage verb is the subject of the
  sentence before, when that sentence opens with one actor (a state or organisation,
  not its possessive: "Kazakhstan's exports grew" names no subject)
  (:func:`pronoun_subject`).
- An instrument: "Australia and Tuvalu signed the Falepili Union treaty in November 2023.
  It entered into force on 28 August 2024." A sentence with no instrument noun of its own
  is read when it opens with "It" and a stage ("It was ratified", "It entered into
  force") (:func:`pronoun_sentences`; the facts themselves are made by
  ``agreement_lists.pronoun_facts``), with the parties of the instrument's earlier
  fact where there is one (:func:`same_parties`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from caspian.extract.agreement_parties import _Sentences
from caspian.extract.base import text_of
from caspian.extract.references import party_mentions
from caspian.extract.stages import PRONOUN_CUE, Cue
from caspian.facts import AgreementFact

#: "It", its adverbs and auxiliaries, up to an active stage verb.
_IT_SUBJECT = re.compile(
    r"It\s+(?:(?:also|later|then|has|had|subsequently|too|itself|further|separately|meanwhile"
    r"|already|recently|previously|earlier|formally|officially),?\s+){0,3}$"
)
#: What may come before the subject of the sentence before: a time or place adverbial.
_OPENING = re.compile(
    r"(?:(?:In|On|Last|Earlier|This|Since|By|At|During)\b[^,;]{0,40},\s*)?(?:The\s+|the\s+)?"
)
_POSSESSIVE = re.compile(r"['’]s?\b")


def pronoun_subject(doc: Doc, cache: _Sentences, index: int, cue: Cue) -> str | None:
    """The actor "It" stands for as the subject of an active stage verb: the one actor
    the sentence before opens with."""
    if cue.after or index == 0:
        return None
    text = text_of(doc)
    sent = cache.bounds[index]
    if not _IT_SUBJECT.fullmatch(text, sent[0], cue.start):
        return None
    start, end = cache.bounds[index - 1]
    mentions = party_mentions(doc, start, end)
    if not mentions:
        return None
    first = mentions[0]
    if not _OPENING.fullmatch(text, start, first.start) or _POSSESSIVE.match(text, first.end):
        return None
    following = mentions[1:2]
    if following and re.fullmatch(
        r"\s*(?:,|and|or|&)\s*(?:the\s+)?", text[first.end : following[0].start]
    ):
        return None  # "Iran and Russia ...": "It" is not one of two
    return first.actor_id


def pronoun_sentences(doc: Doc, cache: _Sentences, visited: set[int]) -> list[int]:
    """The sentences not yet read that open with "It" and a stage ("It entered into force
    in 2024"), after a sentence naming an instrument."""
    text = text_of(doc)
    found: list[int] = []
    for index, (start, end) in enumerate(cache.bounds):
        if index == 0 or index in visited or not text.startswith("It ", start):
            continue
        match = PRONOUN_CUE.match(text, start, end)
        if match is not None and match.group("pro") == "It":
            found.append(index)
    return found


def same_parties(facts: list[AgreementFact], earlier: list[AgreementFact]) -> list[AgreementFact]:
    """`facts` about the instrument "It" refers to, with the parties of the latest earlier
    fact of that instrument (same kind, and same title where both have one), not every
    actor of the sentence that named it ("..., none of which belongs to the EU"); without
    such a fact, only a pair."""
    kept: list[AgreementFact] = []
    for fact in facts:
        start = fact.evidence_start or 0
        same = [
            f
            for f in earlier
            if f.instrument is fact.instrument
            and (f.evidence_start or 0) < start
            and (f.title is None or fact.title is None or f.title == fact.title)
        ]
        if same:
            latest = max(same, key=lambda f: f.evidence_start or 0)
            fact = fact.model_copy(update={"parties": latest.parties})
        elif len(fact.parties) > 2:
            continue  # every actor of a sentence: not surely the instrument's parties
        kept.append(fact)
    return kept


__all__ = ["pronoun_sentences", "pronoun_subject", "same_parties"]

"""Who reports a fact is not a party of it: the speaker of a reporting clause.

A sentence may state a fact in a clause reported by someone else: "Kazakhstan's foreign
ministry said the two sides agreed to continue negotiations", "The Turkish foreign
ministry said on Tuesday that Georgia and Azerbaijan had signed ...", "Egypt and Sudan
signed a water agreement on Friday, the Ethiopian foreign ministry said", "..., the
press service of the Belarusian leader reported", "According to the Rwandan presidency,
Kenya and Uganda signed ...". The actors named only in the reporting clause (its
subject, or the source after "according to") are the speaker, not a side of what is
reported.

The speaker stays a party when the reported clause is about itself: "Kazakhstan said it
had signed an agreement with China", "China's commerce ministry said its negotiators had
concluded ..." (a pronoun or possessive opens the reported clause), and the rules that use
:func:`without_reporters` drop a speaker only when two or more parties remain.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from caspian.extract.base import text_of
from caspian.extract.parties import party_mentions

#: Verbs of saying that take a reported clause without "that" ("X said the two sides ...").
_SAY = (
    r"(?:said|says|told\s+(?:[\w’'-]+\s+){1,3}?|reported|reports|stated|states|wrote|writes"
    r"|added|adds|tweeted|posted|explained|insisted|claimed|stressed|emphasi[sz]ed"
    r"|underlined|indicated|disclosed|revealed)"
)
#: Verbs of saying that take a noun object too ("announced the signing of"): only with
#: "that" they report a clause.
_SAY_THAT = r"(?:announced|announces|confirmed|confirms|noted|notes|declared|declares)"
#: A time, manner or place right after the verb: "said on Tuesday", "said in a statement".
_VERB_TAIL = (
    r"(?:\s+(?:on|in|at|late|early|earlier|later|last|this|yesterday|today|during)"
    r"(?:\s+[\w’'-]+){0,4}?)?,?"
)
#: A reporting clause opening the sentence: an optional adverbial, a subject of up to nine
#: words (no comma, no clause break) and a verb of saying.
_OPENING = re.compile(
    r"\s*(?:(?:In|On|After|At|Late|Earlier|Later|Speaking|Asked|Meanwhile)\b[^,;:]{0,70},\s+)?"
    r"(?P<subject>(?:(?!(?:and|but|that|which|who|while|as|after|when|if)\b)[\w’'.&-]+\s+){1,9}?)"
    r"(?:(?:also|later|then|separately|publicly|officially)\s+)?"
    r"(?:" + _SAY + _VERB_TAIL + r"\s+(?:that\s+)?|" + _SAY_THAT + _VERB_TAIL + r"\s+that\s+)"
)
#: A reported clause about the speaker itself: "said it had signed", "said its ...".
_SELF = re.compile(
    r"(?:it|its|he|his|she|her|they|their|we|our|I|my)\b(?![’'])",
)
#: A reporting clause closing the sentence: ", the Ethiopian foreign ministry said.",
#: ", the press service of the Belarusian leader reported on Friday.", ", said X.",
#: ", according to ...".
_CLOSING = re.compile(
    r",\s+(?:(?!(?:which|who|whose|that|and|but|while|as|after|when|where|if|whereas)\b)"
    r"(?:[\w’'.&-]+\s+){1,12}?" + _SAY + _VERB_TAIL + r"|(?:said|says|according\s+to)\s+"
    r"[^;:]{3,140}?)\s*[.!?\"”’]*\s*$"
)
#: "According to X, ..." opening the sentence.
_ACCORDING = re.compile(r"\s*According\s+to\s+[^,;:]{3,120},\s+")
#: Words that show the opening "subject" is a clause of its own, not a speaker.
_CLAUSE_WORDS = re.compile(
    r"\b(?:signed|agreed|concluded|ratified|reached|adopted|approved|has|have|had|was|were"
    r"|is|are|will|would)\b"
)


def reporting_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of the sentence [start, end) that are a reporting clause (see the
    module doc), without the reported clause."""
    spans: list[tuple[int, int]] = []
    opening = _OPENING.match(text, start, end)
    if (
        opening is not None
        and not _CLAUSE_WORDS.search(opening.group("subject"))
        and not _SELF.match(text, opening.end(), end)
    ):
        spans.append((start, opening.end()))
    else:
        according = _ACCORDING.match(text, start, end)
        if according is not None:
            spans.append((start, according.end()))
    if "," in text[start:end]:
        closing = _CLOSING.search(text, start, end)
        if closing is not None and closing.start() > start:
            spans.append((closing.start(), end))
    return spans


def reporter_ids(doc: Doc, start: int, end: int) -> set[str]:
    """The actors of the sentence [start, end) named only in its reporting clauses."""
    text = text_of(doc)
    spans = reporting_spans(text, start, end)
    if not spans:
        return set()
    inside: set[str] = set()
    outside: set[str] = set()
    for mention in party_mentions(doc, start, end):
        if any(lo <= mention.start < hi for lo, hi in spans):
            inside.add(mention.actor_id)
        else:
            outside.add(mention.actor_id)
    return inside - outside


def without_reporters(doc: Doc, sent: tuple[int, int], parties: list[str]) -> list[str]:
    """`parties` without the speakers of the sentence's reporting clauses, when two or more
    parties remain."""
    if len(parties) < 3:
        return parties
    reporters = reporter_ids(doc, *sent)
    if not reporters:
        return parties
    kept = [p for p in parties if p not in reporters]
    return kept if len(kept) >= 2 else parties


__all__ = ["reporter_ids", "reporting_spans", "without_reporters"]

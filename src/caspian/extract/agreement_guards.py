"""Agreements: instrument mentions that state no instrument of the story's parties.

Guards the sentence loop of :mod:`caspian.extract.agreements` applies to each instrument
mention before it looks for a stage:

- a class of instruments with a class of partners, not an instrument: "Mercosur, which
  has signed very few agreements with developed economies", "the rules do not allow a
  member to negotiate trade agreements with third countries", "dozens of investment
  agreements with foreign partners" (the partner is a generic plural, no actor);
- an instrument named only for comparison, with no stage verb of its own: "..., unlike
  Moscow's treaty with North Korea" (the cue of the sentence is the other instrument's);
- an instrument that is the predicate of a copula, describing its subject: "The agreement
  is the first free trade agreement signed between China and an African country", "It
  was the largest defence deal ever signed by ..." (a record or rank, no new fact);
- the subject of talks yet to come or not started: "talks on a free trade agreement with
  China would follow", "negotiations on an investment treaty have not started yet";
- an organisation whose name holds an instrument word: "froze its participation in the
  Collective Security Treaty Organization" (the membership rules read that; it is no
  treaty at a stage).

An appositive after an instrument restates it, also after a date or place
(:func:`restated_apposition`): "signed a transit trade agreement in 2021, the first such
arrangement Islamabad concluded with a Central Asian state" is one instrument.

The partner of a relation broken off ends where a coordinated verb starts
(:func:`partner_end`): "Nauru broke off relations with Taiwan and recognised Beijing" is
between Nauru and Taiwan.

And one correction of a stage (:func:`unsigned_conclusions`): an instrument "concluded"
whose signing the same sentence denies ("was concluded in December but has not been
signed", "concluded last year and still awaits signature") is at stage ``concluded``,
not ``signed``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from caspian.extract.base import actors_in, text_of
from caspian.extract.instruments import InstrumentMention
from caspian.extract.stages import Cue
from caspian.facts import Stage

#: "with" and a generic plural class of partners: "with developed economies", "with third
#: countries", "with foreign partners", "with other states" (not "with the two countries",
#: "with both states", "with its neighbours", "with Central Asian countries": those name
#: actors).
_GENERIC_PARTNERS = re.compile(
    r"\s+with\s+(?:(?:very\s+|so\s+)?(?:few|many|several|other|third|developed|developing"
    r"|foreign|western|major|key|various|numerous|some|most|emerging|advanced|rich|richer"
    r"|poorer|poor|big|bigger|large|larger|small|smaller|distant|like-minded|non-\w+"
    r"|outside|external|individual|trading|partner|new|more)\s+){1,3}"
    r"(?:economies|countries|states|nations|partners|markets|governments|blocs|powers"
    r"|members)\b"
)
_WITH_WORD = " with "


def generic_partners(text: str, mention: InstrumentMention, sent_end: int) -> bool:
    """Whether the instrument mention is signed "with" a generic class of partners (see
    :data:`_GENERIC_PARTNERS`)."""
    window_end = min(sent_end, mention.end + 60)
    if text.find(_WITH_WORD, mention.end, window_end) != mention.end:
        return False
    return _GENERIC_PARTNERS.match(text, mention.end, sent_end) is not None


def organisation_name(doc: Doc, mention: InstrumentMention) -> bool:
    """Whether the instrument mention is part of an organisation's name that goes on
    after it ("the Collective Security Treaty Organization")."""
    from caspian.extract.parties import _kind

    for actor in actors_in(doc, max(0, mention.start - 80), mention.end + 40):
        if (
            actor.start < mention.end < actor.end
            and actor.via != "reference"
            and _kind(actor.actor_id) == "organisation"
        ):
            return True
    return False


#: A comparison right before an instrument: "unlike Moscow's treaty", "like the pact",
#: "as with its agreement", "similar to the one".
_COMPARED_BEFORE = re.compile(
    r"(?:^|[,(]\s*|\s)(?:[Uu]nlike|[Ll]ike|[Aa]s\s+with|[Ss]imilar\s+to)\s+"
    r"(?:(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*['’]s\s+|(?:the|its|their|his|her|a|an)\s+)?"
    r"(?:[\w-]+\s+){0,3}$"
)
#: A stage verb of the compared instrument's own ("like the pact signed with Japan").
_OWN_STAGE = re.compile(
    r"[^,;.]*?\b(?:signed|concluded|ratified|inked|sealed|agreed|initial+ed|adopted|entered"
    r"|struck|reached|in\s+force|suspended|terminated)\b"
)


def compared_only(text: str, sent_start: int, mention: InstrumentMention, sent_end: int) -> bool:
    """Whether the mention is named only for comparison (see the module doc)."""
    before = text[max(sent_start, mention.start - 60) : mention.start]
    if "ike " not in before and " with " not in before and "imilar to " not in before:
        return False
    if _COMPARED_BEFORE.search(before) is None:
        return False
    return _OWN_STAGE.match(text, mention.end, sent_end) is None


#: A copula and a rank (an ordinal, a superlative, "only", "such") right before an
#: instrument: "The agreement is the
#: first free trade agreement signed between ...", "It was the largest defence deal ever
#: signed ...", "This remains the only such agreement ...", "the deal, which is Kyrgyzstan's
#: first trade agreement with ..." (adjectives and nouns between, no preposition).
_COPULAR_BEFORE = re.compile(
    r"\b(?:is|was|are|were|remains|remained|becomes|became|(?:will|would|has|had|have)\s+"
    r"(?:become|been|be))\s+(?:also\s+|now\s+|still\s+|thus\s+)?"
    r"(?:the|its|their|his|her|a|an|(?:[A-Z][\w.’'-]*\s+)?[A-Z][\w.’'-]*['’]s)\s+"
    r"(?:(?!(?:to|of|with|in|on|for|by|at|from|that|which|and|or)\b)[\w-]+\s+){0,3}?"
    r"(?:first|second|third|fourth|fifth|only|sole|largest|biggest|last|such|[\w-]*est"
    r"|most\s+[\w-]+|first-ever|[\w-]+-ever)\s+"
    r"(?:(?!(?:to|of|with|in|on|for|by|at|from|that|which|and|or)\b)[\w-]+\s+){0,3}$"
)


#: The subject of such a copula: an instrument or a pronoun for one ("The agreement is",
#: "It was", "which is"), not "The outcome was a memorandum signed by ...".
_INSTRUMENT_SUBJECT = re.compile(
    r"^\s*(?:It|This|That)\s*$|,\s*(?:which|it)\s*$|\b(?:agreements?|deals?|pacts?|accords?"
    r"|treat(?:y|ies)|memorand\w+|MoUs?|declarations?|charters?|protocols?|partnerships?"
    r"|documents?|FTAs?|CEPAs?|contracts?|statements?|communiqu\w+|arrangements?)\b"
)


def copular_predicate(text: str, sent_start: int, mention: InstrumentMention) -> bool:
    """Whether the mention is the predicate of a copula (see :data:`_COPULAR_BEFORE`): it
    describes its subject (a record, a rank, a kind) and states no instrument of its own."""
    before = text[max(sent_start, mention.start - 80) : mention.start]
    if not (
        " is " in before or " was " in before or "re " in before or "me " in before
        or "ns " in before or "ed " in before or " be " in before
    ):  # fmt: skip
        return False
    copula = _COPULAR_BEFORE.search(before)
    if copula is None:
        return False
    opening = max(before.rfind(c, 0, copula.start()) for c in ".;:")
    subject = before[opening + 1 : copula.start()]
    return _INSTRUMENT_SUBJECT.search(subject) is not None


#: Talks named right before the instrument they are about: "talks on a free trade agreement".
_TALKS_BEFORE = re.compile(
    r"\b(?:talks|negotiations|consultations)\s+(?:on|over|about|for|towards?)\s+"
    r"(?:(?!(?:with|between|and)\b)[\w-]+\s+){0,4}$",
    re.I,
)
#: What says those talks are yet to come or have not started: "would follow", "will begin
#: next year", "are expected to start", "have not started yet", "are yet to open".
_TALKS_TO_COME = re.compile(
    r"[^.;:]{0,100}?\b(?:(?:would|will|shall|could|may|might)\s+(?:only\s+|then\s+|soon\s+)?"
    r"(?:follow|begin|start|open|be\s+(?:launched|opened|held))"
    r"|(?:is|are|was|were)\s+(?:expected|due|set|scheduled|planned|likely|supposed)\s+to\s+"
    r"(?:begin|start|open|follow|be\s+(?:launched|opened|held))"
    r"|(?:is|are|was|were)\s+(?:yet\s+)?to\s+(?:begin|start|open|follow|be\s+launched)"
    r"|(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:started|begun|opened|been\s+launched)"
    r"|(?:did|do|does)\s+not\s+(?:yet\s+)?(?:start|begin|open))\b",
    re.I,
)


def talks_to_come(text: str, sent_start: int, mention: InstrumentMention, sent_end: int) -> bool:
    """Whether the mention is the subject of talks yet to come or not started (see
    :data:`_TALKS_TO_COME`): no negotiation is under way."""
    before = text[max(sent_start, mention.start - 70) : mention.start]
    lowered = before.lower()
    if "talks" not in lowered and "negotiations" not in lowered and "consultations" not in lowered:
        return False
    return (
        _TALKS_BEFORE.search(before) is not None
        and _TALKS_TO_COME.match(text, mention.end, sent_end) is not None
    )


def no_instrument(doc: Doc, mention: InstrumentMention, sent_end: int, sent_start: int = 0) -> bool:
    """Whether the instrument mention states no instrument at a stage (see the module
    doc)."""
    text = text_of(doc)
    return (
        generic_partners(text, mention, sent_end)
        or organisation_name(doc, mention)
        or compared_only(text, sent_start, mention, sent_end)
        or copular_predicate(text, sent_start, mention)
        or talks_to_come(text, sent_start, mention, sent_end)
    )


#: A verb of finishing the text, read as ``signed`` by the stage vocabulary.
_CONCLUDED = re.compile(r"(?:conclu|finali[sz]|complet)", re.I)
#: A denial of the signing later in the clause: "but has not (yet) been signed", "and is
#: yet to be signed", "but still awaits signature", "though not yet signed".
_UNSIGNED_AFTER = re.compile(
    r"[^.;!?]{0,80}?\b(?:(?:has|have|had|was|were|is|are)\s+(?:still\s+)?(?:not|never)\s+"
    r"(?:yet\s+)?(?:been\s+)?(?:formally\s+|officially\s+)?signed"
    r"|(?:has|have|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+be\s+(?:formally\s+|officially\s+)?"
    r"signed|(?:still\s+)?(?:awaits|awaiting|await)\s+(?:its\s+|their\s+|formal\s+)*"
    r"signature|not\s+yet\s+(?:been\s+)?signed|remains?\s+unsigned)\b",
    re.I,
)


def unsigned_conclusions(text: str, cues: list[Cue], sent_end: int) -> list[Cue]:
    """`cues` with a "concluded" read as ``signed`` turned into ``concluded`` when its
    sentence denies the signing after it (see the module doc)."""
    found: list[Cue] = []
    for cue in cues:
        if (
            cue.stage is Stage.SIGNED
            and _CONCLUDED.match(cue.text)
            and _UNSIGNED_AFTER.match(text, cue.end, sent_end)
        ):
            cue = Cue(cue.start, cue.end, Stage.CONCLUDED, cue.after, cue.text)
        found.append(cue)
    return found


#: After "concluded"/"completed": the talks as its object ("concluded the negotiations").
_TALKS_OBJECT = re.compile(r"\s+(?:the\s+|their\s+|its\s+)?(?:negotiations|talks)\b")
#: Later in the sentence, the end of the talks announced: "and they announced the
#: conclusion of the talks", "and concluded the negotiations in May".
_CONCLUSION_LATER = re.compile(
    r"[^.;]{0,160}?\b(?:announced|declared|marked|reached)\s+the\s+(?:successful\s+)?"
    r"(?:conclusion|completion|end)\s+of\s+(?:the\s+|their\s+)?(?:negotiations|talks)\b"
    r"|[^.;]{0,160}?\b(?:concluded|completed|finali[sz]ed|wrapped\s+up)\s+(?:the\s+|their\s+)?"
    r"(?:negotiations|talks)\b"
)


def finished_talks(text: str, cues: list[Cue], sent_end: int) -> list[Cue]:
    """`cues` with the talks said to be over read as ``concluded``: "concluded the
    negotiations" ("negotiations on X had been completed" is read by
    ``agreement_talks``); and a past "negotiated" left out where
    the sentence goes on to their conclusion ("negotiated the deal in about a year, and
    announced the conclusion of the talks in July")."""
    found: list[Cue] = []
    for cue in cues:
        words = cue.text.lower()
        if cue.stage is Stage.SIGNED and words.startswith(("concluded", "completed")):
            if _TALKS_OBJECT.match(text, cue.end, sent_end):
                cue = Cue(cue.start, cue.end, Stage.CONCLUDED, cue.after, cue.text)
        elif (
            cue.stage is Stage.NEGOTIATING
            and words == "negotiated"
            and _CONCLUSION_LATER.match(text, cue.end, sent_end)
        ):
            cue = Cue(cue.start, cue.end, Stage.CONCLUDED, cue.after, cue.text)
        if cue.stage is Stage.CONCLUDED and any(c.stage is Stage.CONCLUDED for c in found):
            continue  # "negotiated ... and concluded the negotiations": one conclusion
        found.append(cue)
    return found


#: A clause whose subject a negative determiner empties, ending at its passive verb: "No
#: land border was discussed, and the armistice remains ...", "no deal has been signed",
#: "Nothing was agreed on the border".
_NO_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|while)\s+)(?:[Nn]o\s+(?:[\w-]+\s+){1,4}?|[Nn]othing\s+)"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)"
    r"\s+(?:\w+ly\s+|yet\s+|even\s+)?$"
)


def without_negated(text: str, cues: list[Cue], sent_start: int) -> list[Cue]:
    """`cues` without those whose clause's subject is "no ..." or "nothing": the clause
    says the step was not taken (see :data:`_NO_SUBJECT`)."""
    return [
        cue
        for cue in cues
        if cue.after or not _NO_SUBJECT.search(text, max(sent_start, cue.start - 60), cue.start)
    ]


#: Between an instrument and a second mention that restates it: a short time or place, a
#: comma and a superlative or ordinal ("in 2021, the first such", ", the country's
#: biggest", "on Monday, Egypt's largest-ever").
_APPOSITION_GAP = re.compile(
    r"(?:\s+(?:in|on|at|last|this|earlier|from|since)\s+[^,;.()]{1,30}?)?,\s+"
    r"(?:(?:the|its|their|a|an)\s+(?:[\w-]+['’]s\s+)?|(?:[A-Z][\w.’'-]*\s+)?[A-Z][\w.’'-]*['’]s\s+)"
    r"(?:(?:very|first-ever|largest-ever|biggest-ever|first|only|largest|biggest|latest|second"
    r"|third|fourth|fifth|last|most\s+[\w-]+|[a-z-]+est)\s+)+(?:such\s+|ever\s+)?"
    r"(?:[\w-]+\s+){0,2}"
)


def restated_apposition(text: str, previous_end: int, start: int) -> bool:
    """Whether the instrument mention at `start` is an appositive restating the one that
    ends at `previous_end` (see :data:`_APPOSITION_GAP`)."""
    if start - previous_end > 80 or text.find(",", previous_end, start) < 0:
        return False
    return _APPOSITION_GAP.fullmatch(text, previous_end, start) is not None


#: A coordinated clause after a partner: "with Taiwan and recognised Beijing", "with Taipei
#: and switched recognition to" (a lower-case word after "and" that is no determiner).
_NEXT_VERB = re.compile(
    r"\s+(?:and|but)\s+(?:then\s+|later\s+|also\s+|instead\s+)?"
    r"(?!(?:the|a|an|its|their|his|her|other|several|all|both|with|to|in|on|of|later"
    r"|then|also|instead)\b)[a-z]+\b"
)


def partner_end(text: str, start: int, end: int) -> int:
    """Where the partner named in text[start:end] ends: before a coordinated verb."""
    match = _NEXT_VERB.search(text, start, end)
    return end if match is None else match.start()


__all__ = [
    "compared_only",
    "copular_predicate",
    "generic_partners",
    "no_instrument",
    "organisation_name",
    "partner_end",
    "restated_apposition",
    "talks_to_come",
    "unsigned_conclusions",
]

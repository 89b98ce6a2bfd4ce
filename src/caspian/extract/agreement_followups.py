"""Agreements: follow-up sentences about the story's current instrument.

News tells an instrument's history in short sentences that name neither the instrument
nor its parties: "Negotiations were opened in December 2017. They were concluded in July
2019, when the text was initialled in Bishkek.", "Talks on it began in February 2019.",
"The two governments launched negotiations in 2014 and reached an agreement in principle
in November 2020.", "Negotiators had announced the substantial conclusion of the talks
in October 2024.", "It was signed in Brussels on 24 November 2017, on the margins of the
... summit." Such a sentence is about the story's *current instrument*: the instrument
of the nearest preceding sentence (at most :data:`_WINDOW` sentences back) that names
one, with the parties of its latest fact (:func:`current_frames`).

A follow-up is read only when

- it produced no agreement fact of its own and names no instrument of its own (only a
  bare anaphor: "the text", "the agreement");
- its subject is "It", "the text", negotiations or talks (bare, or "on it" / "on the
  agreement"; "They" right after such a sentence), or the sides ("the two governments",
  "both sides", "negotiators", "officials"), and its predicate is a stage: talks begun,
  opened, under way or continuing (``negotiating``), concluded, completed, "an agreement
  in principle", "the conclusion of the talks" (``concluded``), initialled, signed,
  ratified, in force;
- named actors may open the sentence as the sides ("Britain and India launched
  negotiations in 2022"), when they are the instrument's parties;
- talks have no object of their own ("talks on gas prices" are other talks), and talks
  begun and the steps of talks or sides (concluded, initialled, signed) are dated well
  before the story ("Talks began on Monday", "The talks were completed on Monday
  evening" are a meeting's: a day 30 days or more before publication, or an earlier
  month or year, is asked for);
- the clause has no hedge, modal or negation ("could begin", "have not yet started",
  "if", "before"), and is no question;
- the actors it names are among the instrument's parties (a venue "in Brussels" is no
  actor), and the instrument's sentence does not state two instruments (a change of
  topic: a second instrument named in between ends the frame).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from caspian.extract.agreement_anaphora import ObjectStep, object_steps
from caspian.extract.agreement_antecedents import REPLACES
from caspian.extract.base import dates_in, make_fact, text_of
from caspian.extract.references import party_mentions
from caspian.facts import AgreementFact, Instrument, Stage

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from caspian.extract.agreement_parties import _Sentences
    from caspian.extract.instruments import InstrumentMention

#: How many sentences back the current instrument may be.
_WINDOW = 3

#: An answer's first word ("No. The two governments are still negotiating its text").
_ANSWER = re.compile(r"\s*(?:(?:No|Yes|Not\s+yet)[.,]\s+)?")
_OPENING = (
    r"(?:(?:No|Yes|Not\s+yet)[.,]\s+)?"
    r"(?:(?:(?:In|On|By|Since|Back\s+in|Earlier|Later|Then|However|But|And|Formally"
    r"|Officially|Previously|Before\s+that|After\s+that)\b[^,.;]{0,40},?\s+)?"
    r"(?:then\s+|later\s+|first\s+|formally\s+|officially\s+)?)"
)
_AUX = r"(?:(?:had|have|has|was|were|been|being|is|are|still|formally|officially|finally|only|first|already|eventually|then|later|subsequently)\s+){0,3}"  # noqa: E501
_TALKS = r"(?:[Tt]he\s+|[Tt]heir\s+|[Ff]ormal\s+)?(?:negotiations|talks)"
_ANAPHOR_OBJECT = (
    r"(?:it|them|the\s+(?:(?:new|final|original|full|revised|draft)\s+)?(?:text|document"
    r"|agreement|treaty|pact|accord|deal|draft|protocol|memorandum|convention))"
)
#: What may follow "talks": an anaphoric object, or no object ("on gas prices" is another).
_OWN_OBJECT = re.compile(
    r"\s+(?:on|over|about|regarding|concerning|for|to)\s+(?!" + _ANAPHOR_OBJECT + r"\b"
    r"|(?:the\s+)?\d|(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)

#: Subjects: the instrument itself, the talks, the sides.
_SUBJECT_IT = r"(?P<it>It|(?:The|Its)\s+(?:final\s+)?text)"
_SUBJECT_TALKS = (
    r"(?P<talks>(?:(?:The\s+)?(?:Negotiations|Talks)|The\s+(?:negotiations|talks))"
    r"(?:\s+(?:on|over|about)\s+" + _ANAPHOR_OBJECT + r")?|They)"
)
_COUNT = r"two|three|four|five|six|seven|eight|nine|ten"
_SUBJECT_SIDES = (
    r"(?P<sides>(?:The\s+(?P<count>" + _COUNT + r")|Both|All\s+(?P<all>" + _COUNT + r"))"
    r"\s+(?:governments|sides|countries|blocs|states|nations"
    r"|leaders|presidents|ministers|parties|delegations)|The\s+(?:sides|parties)"
    r"|Negotiators(?:\s+(?:for|from)\s+(?:the\s+two|both)\s+\w+)?|Officials)"
)
_START = re.compile(
    r"\s*[-–—•*]?\s*"
    + _OPENING
    + r"(?:"
    + _SUBJECT_IT
    + r"|"
    + _SUBJECT_TALKS
    + r"|"
    + _SUBJECT_SIDES
    + r")\s+"
)

#: Predicates after an "It" / "the text" subject (passive).
_IT_PREDICATE = re.compile(
    _AUX + r"(?P<verb>signed|initial(?:l)?ed|ratified|finali[sz]ed|inked|agreed(?!\s+(?:to|that)\b)"
    r"|(?:entered|came|went)\s+into\s+(?:force|effect)|took\s+effect)\b"
)
#: Predicates after a talks subject.
_TALKS_PREDICATE = re.compile(
    _AUX + r"(?P<verb>opened|launched|started|begun|began|resumed|relaunched|revived|restarted"
    r"|reopened|kicked\s+off|got\s+under\s+way"
    r"|under\s+way|underway|ongoing|continuing|continue|concluded|completed|finali[sz]ed"
    r"|wrapped\s+up)\b"
)
#: Predicates after a sides subject (active, with talks or the text as object).
_SIDES_PREDICATE = re.compile(
    _AUX + r"(?P<verb>(?:launched|opened|started|began|resumed|relaunched|revived|restarted"
    r"|reopened|continuing|continue"
    r"|concluded|completed|finali[sz]ed|wrapped\s+up)\s+(?P<obj>" + _TALKS + r"|them)"
    r"|negotiating|negotiated\s+(?:it|the\s+text)"
    r"|(?:reached|struck)\s+(?:an?\s+)?agreement\s+in\s+principle"
    r"|(?:agreed|finali[sz]ed|settled)\s+(?:on\s+)?(?:the|its)\s+(?:final\s+)?text"
    r"|announced\s+the\s+(?:substantial\s+|successful\s+)?conclusion\s+of\s+"
    + _TALKS
    + r"|initial(?:l)?ed\s+"
    + _ANAPHOR_OBJECT
    + r"|signed\s+"
    + _ANAPHOR_OBJECT
    + r")\b"
)
#: A further predicate later in the sentence ("... and reached an agreement in principle
#: in November 2020", "..., when the text was initialled in Bishkek").
_MORE = re.compile(
    r"(?:(?:,\s*|\s+)(?:and|when|after)\s+|;\s*(?=(?:it|they|the|both)\b))(?:(?P<it>(?:it|the\s+text)\s+)|(?P<they>they\s+)"
    r"|(?P<sides>(?:the\s+(?P<count>" + _COUNT + r")|both)\s+(?:sides|governments|countries"
    r"|parties|delegations|leaders|states|nations)\s+))?"
)
#: The number of sides a counted subject names.
_NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUMBERS |= {"eight": 8, "nine": 9, "ten": 10}

_HEDGE = re.compile(
    r"\b(?:will|would|could|may|might|should|shall|must|can|cannot|expected|expects?"
    r"|plans?|planned|hopes?|hoped|aims?|aimed|wants?|intends?|intended|if|unless|yet|not"
    r"|never|no|until|once|whether|about\s+to|set\s+to|due\s+to|likely|reportedly)\b"
    r"|n't\b",
    re.I,
)


def _begun(verb: str) -> bool:
    return bool(_BEGUN.match(verb))


def _stage(verb: str, *, subject: str) -> Stage:
    verb = verb.lower()
    if subject == "it":
        if verb.startswith(("sign", "inke")):
            return Stage.SIGNED
        if verb.startswith("initial"):
            return Stage.INITIALED
        if verb.startswith("ratif"):
            return Stage.RATIFIED
        if verb.startswith(("agreed", "finali")):
            return Stage.CONCLUDED
        return Stage.IN_FORCE
    if verb.startswith(
        (
            "conclu",
            "complet",
            "finali",
            "wrapped",
            "reached",
            "struck",
            "announced",
            "agreed",
            "settled",
        )
    ):
        return Stage.CONCLUDED
    if verb.startswith("initial"):
        return Stage.INITIALED
    if verb.startswith("signed"):
        return Stage.SIGNED
    return Stage.NEGOTIATING


_BEGUN = re.compile(
    r"(?:opened|launched|started|begun|began|resumed|relaunched|revived|restarted|reopened|kicked)",
    re.I,
)


@dataclass(frozen=True)
class _Frame:
    """The story's current instrument: its kind, title and parties (None: not known)."""

    instrument: Instrument
    title: str | None
    parties: tuple[str, ...] | None
    index: int


#: A sentence whose subject is the current instrument: "It" with a verb that is no stage
#: it acts in ("It is the first ...", "It covers ...", not "It also signed a deal with").
_ABOUT_IT = re.compile(
    r"\s*It\s+(?!(?:\w+ly\s+|also\s+|then\s+|later\s+)?(?:signed|inked|concluded|ratified"
    r"|initial|agreed|struck|reached|joined|entered\s+into\s+(?!force|effect)))"
)


def _compatible(frame: _Frame, instrument: Instrument, title: str | None) -> bool:
    if title is not None and frame.title is not None:
        return title.casefold() == frame.title.casefold()
    return instrument is frame.instrument or Instrument.COOPERATION_AGREEMENT in (
        instrument,
        frame.instrument,
    )


def _identity(fact: AgreementFact) -> tuple[Instrument, str | None]:
    return fact.instrument, (fact.title or "").casefold() or None


def current_frames(cache: _Sentences, facts: list[AgreementFact]) -> dict[int, _Frame | None]:
    """For each sentence, the story's current instrument before it (see the module
    docstring): updated by each sentence that states or names an instrument."""
    from caspian.extract.agreements import _resolve

    text = text_of(cache.doc)
    by_sentence: dict[int, list[AgreementFact]] = {}
    starts = [b[0] for b in cache.bounds]
    for fact in facts:
        if fact.stage is Stage.SUPERSEDED or fact.instrument is Instrument.INVESTMENT_DEALS:
            continue
        where = max(0, bisect_right(starts, fact.evidence_start or 0) - 1)
        by_sentence.setdefault(where, []).append(fact)
    frames: dict[int, _Frame | None] = {}
    frame: _Frame | None = None
    for index in range(len(cache.bounds)):
        frames[index] = frame
        here = by_sentence.get(index, [])
        if frame is not None and _ABOUT_IT.match(text, *cache.bounds[index]):
            # "It is the first pact of its kind that Japan has signed since its 1960
            # agreement with the United States": about the current one; an instrument
            # in its subordinate clause is no change of topic
            frame = _Frame(frame.instrument, frame.title, frame.parties, index)
            continue
        mentions = [m for m in _mentions(cache, index) if not _replaced(text, m)]
        if here:
            identities = {_identity(f) for f in here}
            kinds = {f.instrument for f in here}
            if len(identities) > 1 and not (
                len(kinds) == 1 and len({i[1] for i in identities if i[1]}) <= 1
            ):
                frame = None  # two instruments stated: no single current one
                continue
            fact = max(here, key=lambda f: (f.title is not None, len(f.parties) == 2))
            if frame is not None and _compatible(frame, fact.instrument, fact.title):
                instrument = (
                    frame.instrument
                    if fact.instrument is Instrument.COOPERATION_AGREEMENT
                    else fact.instrument
                )
                frame = _Frame(instrument, fact.title or frame.title, fact.parties, index)
            else:
                frame = _Frame(fact.instrument, fact.title, fact.parties, index)
            continue
        if not mentions:
            continue
        first = mentions[0]
        if first.plural:
            frame = None
            continue
        resolved, title, _sources = _resolve(cache, index, first)
        if resolved is None:
            continue
        instrument = resolved
        own = list(
            dict.fromkeys(m.actor_id for m in party_mentions(cache.doc, *cache.bounds[index]))
        )
        if (
            frame is not None
            and _compatible(frame, instrument, title)
            and (frame.parties is None or all(p in frame.parties for p in own))
        ):
            if instrument is not Instrument.COOPERATION_AGREEMENT:
                frame = _Frame(instrument, title or frame.title, frame.parties, index)
            else:
                frame = _Frame(frame.instrument, frame.title, frame.parties, index)
        else:  # an instrument named with no stage: its parties are not surely these,
            # unless it names them ("the agreement between Norway and Thailand")
            frame = _Frame(instrument, title, _between(cache.doc, first.end, index), index)
    return frames


_BETWEEN_NP = re.compile(r"\s+between\s+(?:the\s+)?")
_JOIN = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?")


def _between(doc: Doc, after: int, index: int) -> tuple[str, ...] | None:
    """The actors an instrument names right after it ("between Norway and Thailand",
    "between Mexico, the United States and Canada"), if two or more."""
    text = text_of(doc)
    head = _BETWEEN_NP.match(text, after)
    if head is None:
        return None
    named = party_mentions(doc, head.end(), len(text))
    if not named or named[0].start != head.end():
        return None
    run = [named[0]]
    for mention in named[1:]:
        if not _JOIN.fullmatch(text, run[-1].end, mention.start):
            break
        run.append(mention)
    parties = tuple(dict.fromkeys(m.actor_id for m in run))
    return parties if len(parties) >= 2 else None


_IN_PRINCIPLE = re.compile(r"\s+in\s+principle\b")


def _mentions(cache: _Sentences, index: int) -> list[InstrumentMention]:
    """The instrument mentions of a sentence but "an agreement in principle" (a stage)."""
    text = text_of(cache.doc)
    return [m for m in cache.mentions(index) if not _IN_PRINCIPLE.match(text, m.end)]


def _replaced(text: str, mention: InstrumentMention) -> bool:
    return bool(REPLACES.search(text, max(0, mention.start - 60), mention.start))


@dataclass(frozen=True)
class _Step:
    stage: Stage
    start: int
    end: int
    begun: bool
    role: str  # "it", "talks", "sides" or "object" (agreement_anaphora)
    #: The number of sides a counted subject names ("the three governments"), if any.
    count: int | None = None

    @property
    def historical(self) -> bool:
        """Whether the step must be dated well before the story: talks begun, or talks
        and the sides' completed steps ("The talks concluded on Monday" is a meeting's)."""
        return self.begun or (
            self.role not in ("it", "object")
            and self.stage in (Stage.CONCLUDED, Stage.INITIALED, Stage.SIGNED)
        )


_NAMED_OPENING = re.compile(r"\s*[-–—•*]?\s*" + _OPENING + r"(?:[Tt]he\s+)?")
_NAMED_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?")


def _named_subject(doc: Doc, sent: tuple[int, int]) -> int | None:
    """The end of the actors that open the sentence as its coordinated subject ("Britain
    and India launched negotiations in 2022"), or None."""
    text = text_of(doc)
    named = party_mentions(doc, *sent)
    if not named or not _NAMED_OPENING.fullmatch(text, sent[0], named[0].start):
        return None
    last = named[0]
    for mention in named[1:]:
        if not _NAMED_GAP.fullmatch(text, last.end, mention.start):
            break
        last = mention
    space = re.compile(r"\s+").match(text, last.end, sent[1])
    return space.end() if space else None


def _steps(
    text: str, sent: tuple[int, int], talks_before: bool, named_end: int | None = None
) -> list[_Step]:
    """The stage predicates of a follow-up sentence, in order (empty if it is none); a
    sentence opened by named actors (`named_end`) is read like "the two sides"."""
    start, end = sent
    head = _START.match(text, start, end)
    if head is None:
        if named_end is None:
            return []
        return _named_steps(text, sent, named_end)
    if head.group("talks") == "They" and not talks_before:
        return []
    steps: list[_Step] = []
    at = head.end()
    if head.group("it"):
        pred = _IT_PREDICATE.match(text, at, end)
        kind = "it"
    elif head.group("talks"):
        pred = _TALKS_PREDICATE.match(text, at, end)
        kind = "talks"
    else:
        pred = _SIDES_PREDICATE.match(text, at, end)
        kind = "sides"
    if pred is None:
        if kind == "talks" and head.group("talks") != "They":
            # "Talks first ran in 2005-06 before stalling; they were relaunched in 2022"
            return _chained(text, head.end(), end, kind, None, [])
        return []
    verb = pred.group("verb")
    if kind == "it" and head.group("it") == "It" and verb.startswith("agreed"):
        return []  # "It was agreed to hold the next meeting": impersonal
    if kind == "sides" and _OWN_OBJECT.match(text, pred.end(), end):
        return []  # "continued talks on gas prices", "an agreement in principle on its
        # trade part": other talks, a part
    if (
        kind == "talks"
        and head.group("talks") != "They"
        and _OWN_OBJECT.match(text, head.end("talks"), end)
    ):
        return []  # "Talks on a services chapter began": other talks
    subject_at = next(head.start(g) for g in ("it", "talks", "sides") if head.group(g))
    answer = _ANSWER.match(text, start, end)
    opening = start + (len(answer.group(0)) if answer else 0)
    if _HEDGE.search(text, subject_at, pred.end()) or _HEDGE.search(text, opening, subject_at):
        return []
    count = _counted(head.group("sides"))
    steps.append(
        _Step(_stage(verb, subject=kind), pred.start("verb"), pred.end(), _begun(verb), kind, count)
    )
    return _chained(text, pred.end(), end, kind, count, steps)


def _chained(
    text: str, at: int, end: int, kind: str, count: int | None, steps: list[_Step]
) -> list[_Step]:
    """`steps` with the further predicates of the sentence after `at` ("..., and reached
    an agreement in principle in 2020", "...; they were relaunched in 2022")."""
    predicates = {"it": _IT_PREDICATE, "talks": _TALKS_PREDICATE, "sides": _SIDES_PREDICATE}
    while True:
        more = _MORE.search(text, at, end)
        if more is None:
            break
        if more.group("it"):
            role = "it"
        elif more.group("sides"):
            role, count = "sides", _counted(more.group("sides"))
        elif more.group("they") and kind == "it":
            at = more.end()
            continue  # "It was signed ..., and they ...": not the instrument
        else:
            role = kind  # "and they were concluded in 2023": the same subject
        step = predicates[role].match(text, more.end(), end)
        at = more.end()
        if step is None:
            continue
        if _HEDGE.search(text, more.start(), step.end()) or _OWN_OBJECT.match(
            text, step.end(), end
        ):
            break
        verb = step.group("verb")
        steps.append(
            _Step(
                _stage(verb, subject=role),
                step.start("verb"),
                step.end(),
                _begun(verb),
                role,
                count,
            )
        )
        at = step.end()
    return steps


def _counted(sides: str | None) -> int | None:
    """The number of sides a subject counts ("The three governments": 3, "Both sides": 2)."""
    if not sides:
        return None
    words = sides.lower().split()
    word = words[1] if words[0] in ("the", "all") else words[0]
    return _NUMBERS.get(word)


def _named_steps(text: str, sent: tuple[int, int], at: int) -> list[_Step]:
    """The steps after a named subject: an active predicate of the sides."""
    start, end = sent
    pred = _SIDES_PREDICATE.match(text, at, end)
    if pred is None or _OWN_OBJECT.match(text, pred.end(), end):
        return []
    if _HEDGE.search(text, start, pred.end()):
        return []
    verb = pred.group("verb")
    steps = [
        _Step(_stage(verb, subject="sides"), pred.start("verb"), pred.end(), _begun(verb), "sides")
    ]
    more = _MORE.search(text, pred.end(), end)
    if more is not None and not more.group("it"):
        step = _SIDES_PREDICATE.match(text, more.end(), end)
        if step is not None and not _OWN_OBJECT.match(text, step.end(), end):
            verb = step.group("verb")
            steps.append(
                _Step(
                    _stage(verb, subject="sides"),
                    step.start("verb"),
                    step.end(),
                    _begun(verb),
                    "sides",
                )
            )
    return steps


def _with_objects(
    doc: Doc,
    steps: list[_Step],
    objects: list[ObjectStep],
    parties: list[str],
    frame: _Frame,
    earlier: list[AgreementFact],
) -> list[_Step]:
    """`steps` with the clauses whose stage verb has the instrument as object
    (``agreement_anaphora``) that they do not cover: the subject's count is the number of
    parties ("the three governments"), named subjects name every party, and the stage is
    not one an earlier fact of the instrument states already (the signing told again)."""
    added: list[_Step] = []
    for step in objects:
        if any(s.start <= step.start < s.end for s in steps):
            continue
        if step.count is not None and step.count != len(parties):
            continue
        if not step.generic:
            named = {m.actor_id for m in party_mentions(doc, *step.subject)}
            if len(named) < 2 or named != set(parties):
                continue
        if any(
            f.stage is step.stage
            and f.instrument is frame.instrument
            and set(f.parties) == set(parties)
            for f in earlier
        ):
            continue
        added.append(_Step(step.stage, step.start, step.end, begun=False, role="object"))
    if not added:
        return steps
    return sorted(steps + added, key=lambda s: s.start)


def _date(doc: Doc, step: _Step, sent: tuple[int, int], following: int) -> str | None:
    """The date of a step: the first point in its clause (up to the next step), else one
    before it in the sentence."""
    for found in dates_in(doc, step.start, following):
        if found.kind in ("point", "range"):
            return found.value
    before = [d for d in dates_in(doc, sent[0], step.start) if d.kind in ("point", "range")]
    if before:
        return before[-1].value
    if step.begun or step.stage is not Stage.NEGOTIATING:
        return None
    from caspian.extract.agreement_details import lead_date

    return lead_date(doc)  # "are still negotiating": as of the story


def _before_publication(doc: Doc, value: str | None) -> bool:
    """Whether a step is dated well before the story (a day 30 days or more before it, a
    month before its month, a year before its year): the history of an instrument, not a
    meeting's talks of the week."""
    published: date | None = doc._.published
    if value is None:
        return False
    if published is None:
        return True
    if len(value) == 4:
        return value < str(published.year)
    if len(value) >= 10:
        try:
            return date.fromisoformat(value[:10]) <= published - timedelta(days=30)
        except ValueError:
            return False
    return value[:7] < published.isoformat()[:7]  # a month before the story's


def followup_facts(doc: Doc, cache: _Sentences, facts: list[AgreementFact]) -> list[AgreementFact]:
    """The facts of the follow-up sentences of the document (see the module docstring)."""
    from caspian.extract.agreements import COMPONENT, VERSION

    text = text_of(doc)
    cheap = _cheap_starts(text)
    if not _cheap_at(text, cheap, 0, len(text)):
        return []
    starts = [b[0] for b in cache.bounds]
    stated: dict[int, set[Stage]] = {}
    for f in facts:  # the stages each sentence already states (with their own rules)
        stated.setdefault(max(0, bisect_right(starts, f.evidence_start or 0) - 1), set()).add(
            f.stage
        )
    frames: dict[int, _Frame | None] | None = None
    found: list[AgreementFact] = []
    talks_before = -2
    for index, sent in enumerate(cache.bounds):
        if index == 0 or not _cheap_at(text, cheap, *sent):
            continue  # (speed) no word of talks, a text or "It": no follow-up
        if "?" in text[sent[0] : sent[1]]:
            continue
        named_end = _named_subject(doc, sent) if not _START.match(text, *sent) else None
        steps = _steps(text, sent, talks_before == index - 1, named_end)
        if index in stated:
            # a sentence with facts of its own adds only the earlier steps of the talks it
            # does not state ("launched negotiations in 2014 and reached an agreement in
            # principle in 2020": the clause rules read the second)
            if any(s.stage is not Stage.NEGOTIATING for s in steps if s.stage in stated[index]):
                steps = [s for s in steps if s.stage not in stated[index]]
                steps = [s for s in steps if s.stage is Stage.NEGOTIATING and s.historical]
            else:
                steps = []
        objects = object_steps(text, sent)
        if index in stated:
            objects = [o for o in objects if o.stage not in stated[index]]
        if not steps and not objects:
            continue
        if any(m.instrument is not None or m.plural for m in _mentions(cache, index)):
            continue  # an instrument of its own: the sentence's own rules read it
        if frames is None:
            frames = current_frames(cache, facts)
        frame = frames.get(index)
        if frame is None or index - frame.index > _WINDOW:
            continue
        own = list(dict.fromkeys(m.actor_id for m in party_mentions(doc, *sent)))
        if frame.parties is not None:
            if not all(p in frame.parties for p in own):
                continue  # another actor: not surely the same instrument
            parties = list(frame.parties)
        else:
            parties = own
        if len(parties) < 2:
            continue
        steps = [s for s in steps if s.count is None or s.count == len(parties)]
        steps = _with_objects(doc, steps, objects, parties, frame, facts + found)
        if not steps:
            continue
        span = doc.char_span(*sent, alignment_mode="expand")
        if span is None:
            continue
        head = _START.match(text, *sent)
        if head is not None and head.group("talks"):
            talks_before = index
        made = 0
        for k, step in enumerate(steps):
            following = steps[k + 1].start if k + 1 < len(steps) else sent[1]
            date = _date(doc, step, sent, following)
            if step.historical and not _before_publication(doc, date):
                continue  # "Talks began on Monday", "the talks concluded": a meeting's
            found.append(
                make_fact(
                    AgreementFact,
                    doc,
                    span,
                    component=COMPONENT,
                    version=VERSION,
                    rule="agreement.followup" + ("+chain" if made else ""),
                    parties=parties,
                    instrument=frame.instrument,
                    stage=step.stage,
                    title=frame.title,
                    date=date,
                )
            )
            made += 1
    return found


_CHEAP = re.compile(
    r"\b(?:[Nn]egotiat|[Tt]alks\b|text\b|principle\b|It\s|They\s|document\b"
    r"|(?:initial+ed|signed|inked|ratified)\s+(?:it|them)\b)"
)


#: The words every match of :data:`_CHEAP` begins with, as written.
_CHEAP_FIRST: tuple[str, ...] = ("Negotiat", "negotiat", "Talks", "talks", "text", "principle")
_CHEAP_FIRST += ("It", "They", "initial", "signed", "document", "inked", "ratified")


def _cheap_starts(text: str) -> list[int]:
    """(Speed) The sorted positions where a word of :data:`_CHEAP_FIRST` occurs in text: a
    match of :data:`_CHEAP` starts at one of them, so a sentence with none has no match
    (plain string search, far faster than the pattern tried at every word)."""
    found: list[int] = []
    for word in _CHEAP_FIRST:
        position = text.find(word)
        while position >= 0:
            found.append(position)
            position = text.find(word, position + 1)
    found.sort()
    return found


def _cheap_at(text: str, cheap: list[int], start: int, end: int) -> bool:
    """``_CHEAP.search(text, start, end) is not None``, trying the pattern only at the
    positions of `cheap` (:func:`_cheap_starts`) in [start, end), where any match starts
    (the pattern tried at a position with ``match`` sees what ``search`` sees there)."""
    match = _CHEAP.match
    for at in range(bisect_left(cheap, start), len(cheap)):
        position = cheap[at]
        if position >= end:
            return False
        if match(text, position, end) is not None:
            return True
    return False


__all__ = ["current_frames", "followup_facts"]

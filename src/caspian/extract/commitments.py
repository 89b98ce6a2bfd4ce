"""Commitments: quantified targets that parties set themselves.

A commitment is anchored either on a relative target ("doubling", "to triple", "a
fivefold increase") or on an amount introduced as a target ("bring trade to $20
billion", "a goal of reaching $5 billion", "a target of supplying 300 bcm", "aim for
$100 billion"), or on money offered ("will provide the region with 26 billion yuan",
"pledged $2 billion", "announced $1 billion in grants"), in a sentence that speaks of
aims (aim, goal, target, plan, pledge, commitment, agree, will, expect, opportunity,
...). Not commitments: amounts already reached ("reached", "amounted to",
"approached": :mod:`caspian.extract.trade_figures`), factors in the past ("has
tripled", "increased fivefold"), and forecasts by observers ("the bank estimated flows
could triple") unless the sentence also names an aim. The same amount restated in
another currency or unit ("26 billion yuan, roughly $3.7 billion") is one anchor.

For each anchor the component reads, from the clause up to the next anchor:

- the metric, from the measured noun nearest the anchor (trade/turnover/exports ->
  ``trade_turnover``; freight/cargo/shipments/transit -> ``freight_volume``;
  gas/oil/electricity supply or imports -> ``energy_supply``; investment, financing,
  loans, grants -> ``investment``; capacity -> ``capacity``), else from the unit, else
  ``other``;
- the deadline: the first deadline date of the clause ("by 2030", "within the next
  three years", "the target year 2030", a future year "in 2027", "next year", "this
  year"), else the end of a window counted from publication ("over the next decade";
  a bare length such as "over 20 years" is no deadline);
- the subject: the measured noun phrase as written;
- the parties: the actors named before the first anchor, leaving out places ("visiting
  Turkmenistan", "from China", "to Europe") -- the measured phrase does not make
  parties ("freight from China to Azerbaijan"), except a counterpart after "with",
  "in", "between" when one party is named ("investment in India"). When the sentence
  refers to its parties collectively ("the two countries", "both governments", "the
  sides") and names fewer than two, the states of the nearest of the four preceding
  sentences naming two or more are added, else the states the document has named most
  so far (as many as the reference counts). Plural references resolved by
  ``caspian.references.v1`` are not used here: this resolution counts the places of
  the measured phrase as well, which that one leaves out;
- the date of the statement (:func:`statement_date`): a date after "agreed in",
  "adopted in", ... in the sentence; else a month- or day-precise date of the sentence
  (an event day before a dateline's publication day), else of the previous sentence;
  else the first day-precise date of the document in the two weeks before publication
  (the event reported); else the publication date.

Shared helpers for :mod:`trade_figures` and :mod:`projects` live here too (parties,
statement date, state check).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from caspian.extract.base import actors_in, add_facts, dates_in, make_fact, quantities_in
from caspian.extract.dates import DateMention
from caspian.extract.money import Quantity
from caspian.facts import CommitmentFact

if TYPE_CHECKING:
    from caspian.extract.mentions import ActorMention

COMPONENT = "caspian.commitments.v1"
VERSION = "1"
#: spaCy factory names may not contain dots: the registered name of COMPONENT
FACTORY = COMPONENT.replace(".", "_")

_I = re.IGNORECASE
_QUAL = (
    r"(?:nearly|almost|about|approximately|around|roughly|some|close\s+to|over|more\s+than|"
    r"at\s+least|up\s+to|no\s+less\s+than|in\s+excess\s+of|an\s+estimated)"
)
_FACTOR = re.compile(
    r"\b(?P<word>doubl(?:e|es|ing)|tripl(?:e|es|ing)|quadrupl(?:e|es|ing)|"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]?fold)\b",
    _I,
)
_FACTOR_VALUES = {"doubl": 2, "tripl": 3, "quadrupl": 4}
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}  # fmt: skip
# a factor in the past is an achievement: "has tripled", "increased fivefold"
_PAST_BEFORE_FACTOR = re.compile(
    r"\b(?:has|have|had|was|were|been|having)\s+(?:\w+\s+){0,2}$|"
    r"\b(?:increased|grew|rose|expanded|jumped|surged|climbed)\s+(?:by\s+)?(?:almost\s+|nearly\s+|"
    r"more\s+than\s+)?$",
    _I,
)
# an amount introduced as a target
_TO_TARGET = re.compile(
    r"\b(?:bring|brings|bringing|increase|increases|increasing|raise|raises|raising|boost|"
    r"boosts|boosting|elevate|elevates|elevating|expand|expands|expanding|grow|grows|growing|"
    r"lift|lifting|double|doubling|triple|tripling|quadruple|quadrupling|take|taking|push|"
    r"pushing|scale\s+up|ramp\s+up|hike|hiking|reach(?:es)?\s+up|be\s+(?:brought|raised|"
    r"increased|boosted|expanded|lifted|doubled|tripled|taken|pushed|elevated))\b"
    r"[^.;!?]{0,90}?\bto\s+"
    rf"(?:{_QUAL}\s+)?$",
    _I,
)
_GOAL_OF = re.compile(
    r"\b(?:target|targets|goal|goals|aim|objective|ambition|plan|pledge|commitment|vision)"
    rf"\s+(?:of|to|is|was)\s+(?:\w+ing\s+)?(?:(?:the|an?|annual)\s+)?(?:\w+\s+)?(?:{_QUAL}\s+)?$",
    _I,
)
_REACH = re.compile(
    r"\b(?:reach|reaching|achieve|achieving|hit|hitting|aim(?:s|ing|ed)?\s+(?:for|at)|"
    rf"target(?:s|ing|ed)?)\s+(?:{_QUAL}\s+)?$",
    _I,
)
_CAPACITY_OF = re.compile(rf"\bcapacity\s+of\s+(?:{_QUAL}\s+)?$", _I)
# the sentence speaks of aims, not results
_AIM_CUE = re.compile(
    r"\b(?:aim\w*|goal\w*|target\w*|plan\w*|pledg\w*|commit\w*|intend\w*|intention|seek\w*|"
    r"strive\w*|want\w*|agree\w*|expect\w*|will|shall|would|should|could|optimis\w*|hope\w*|"
    r"ambition\w*|potential|opportunit\w*|determin\w*|vow\w*|promis\w*|envisag\w*|foresee\w*|"
    r"projected|set\s+to|look\s+to|is\s+to|are\s+to|can|confiden\w*|ready\s+to)\b",
    _I,
)
# an estimate or forecast by an observer is not a target the parties set themselves
_FORECAST = re.compile(
    r"\b(?:estimat\w*|forecast\w*|predict\w*|projections?|according\s+to\s+(?:a|the)\s+"
    r"(?:study|report|analysis)|analysts?)\b",
    _I,
)
_STRONG_AIM = re.compile(
    r"\b(?:aim\w*|goal\w*|target\w*|plan\w*|pledg\w*|commit\w*|agree\w*|intend\w*|"
    r"seek\w*|strive\w*|vow\w*|ambition\w*|determin\w*|set\s+out)\b",
    _I,
)
# money offered: "will provide the region with 26 billion yuan", "pledged $2 billion"
_OFFER = re.compile(
    r"(?:\b(?:will|would|shall|to|plans?\s+to|pledged\s+to|agreed\s+to|promised\s+to)\s+"
    r"(?:provide|allocate|invest|lend|extend|grant|offer|earmark|disburse|contribute|mobili[sz]e|"
    r"attract|secure)"
    r"\b[^.;!?]{0,70}?|\bpledg(?:e|es|ed|ing)\s+(?:a\s+further\s+|another\s+)?)"
    rf"(?:{_QUAL}\s+)?$",
    _I,
)
# "announced 1.5 billion yuan in grants": an amount announced for others to receive
_ANNOUNCED = re.compile(
    rf"\b(?:announced|unveiled|promised|offered|committed)\s+(?:a\s+)?(?:{_QUAL}\s+)?$", _I
)
_AID_AFTER = re.compile(
    r"^\s+(?:in|of|worth\s+of)\s+(?:new\s+|fresh\s+|additional\s+)?(?:grants?|loans?|"
    r"financing|investments?|aid|credits?|funding|assistance)\b",
    _I,
)
_FUTURE_CUE = re.compile(r"\b(?:will|shall|would|to\s+be|is\s+to|are\s+to|planned|expected)\b", _I)

# measured nouns -> metric (checked in this order of specificity)
_METRIC_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("capacity", re.compile(r"\bcapacit(?:y|ies)\b", _I)),
    ("energy_supply", re.compile(
        r"\b(?:gas|oil|crude|LNG|electricity|power\s+(?:supply|supplies|exports)|energy\s+"
        r"(?:supply|supplies|exports|deliveries)|hydrocarbons?|uranium|petroleum)\b", _I)),
    ("freight_volume", re.compile(
        r"\b(?:freight|cargo|cargoes|shipments?|transit|container\s+traffic|containers|"
        r"transportation\s+volume|transport\s+volume|traffic)\b", _I)),
    ("investment", re.compile(
        r"\b(?:investments?|invest|financing|loans?|credits?|grants?|funding|funds)\b", _I)),
    ("trade_turnover", re.compile(
        r"\b(?:trade|turnover|commerce|exports?|imports?)\b", _I)),
]  # fmt: skip
_UNIT_METRIC = {"cubic_meters": "energy_supply", "barrels": "energy_supply",
                "TEU": "freight_volume", "tonnes": "freight_volume", "MW": "capacity"}  # fmt: skip

_COLLECTIVE = re.compile(
    r"\b(?:(?:the|both|these|those|all)\s+(?:two|three|four|five|six)?\s*(?:[a-z]+\s+)?"
    r"(?:countries|nations|"
    r"states|sides|leaders|presidents|parties|governments|neighbou?rs|partners|heads\s+of\s+"
    r"state|ministers|capitals|economies)|both\s+sides|the\s+two|heads\s+of\s+state|"
    r"bilateral|mutual|their|they)\b",
    _I,
)

_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _collective_size(text: str) -> int:
    """How many parties a collective reference counts ("the three countries": 3; else 2)."""
    match = _COLLECTIVE.search(text)
    if match:
        for word in match.group(0).lower().split():
            if word in _SIZES:
                return _SIZES[word]
    return 2


_AGREED_IN = re.compile(
    r"\b(?:agreed|signed|adopted|set|announced|launched|unveiled|approved|pledged)\s+"
    r"(?:upon\s+)?(?:in|on)\s+$",
    _I,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:visit(?:ing|ed|s)?|in|at|from|to|via|through|across)\s+(?:the\s+)?$", _I
)
_COUNTERPART = re.compile(
    r"(?:\b(?:with|between|and)|\binvestments?\s+in|\binvest(?:ing)?\s+in)\s+(?:the\s+)?$", _I
)

_STATE_KIND_CACHE: dict[str, bool] = {}


def is_state(actor_id: str) -> bool:
    """Whether an actor id is a state in the registry (False for unknown ids)."""
    if actor_id not in _STATE_KIND_CACHE:
        from caspian.actors import load_registry

        registry = load_registry()
        _STATE_KIND_CACHE[actor_id] = (
            actor_id in registry and registry.get(actor_id).kind == "state"
        )
    return _STATE_KIND_CACHE[actor_id]


def sentences(doc: Doc) -> list[Span]:
    """The sentences of the doc (as set by caspian.sentences.v1), or the whole doc."""
    try:
        return list(doc.sents)
    except ValueError:
        return [doc[:]]


def direct_mentions(doc: Doc, start: int, end: int) -> list[ActorMention]:
    """The actors named in [start, end): names, demonyms, capitals, office-holders, but not
    plural references ("the two countries"), which :func:`context_parties` resolves itself
    (nearest preceding sentence with two or more states, counting the measured phrase's
    places too)."""
    return [m for m in actors_in(doc, start, end) if m.via != "reference"]


def party_mentions(doc: Doc, start: int, end: int) -> list[ActorMention]:
    """The direct mentions in [start, end) that can stand for a party: not a capital used
    as a place, nor an organisation that is only a venue, nor a demonym that describes a
    thing ("Russian gas") -- the filter of ``caspian.extract.references.is_party``."""
    from caspian.extract.references import is_party

    return [m for m in direct_mentions(doc, start, end) if is_party(doc, m)]


def context_parties(
    doc: Doc,
    sents: Sequence[Span],
    index: int,
    *,
    before: int | None = None,
    implicit: bool = False,
) -> list[str]:
    """The parties of sentence `index`.

    With `before` (a character offset: where the measured phrase starts), the actors
    named before it; else all actors of the sentence. When the sentence refers to its
    parties collectively ("the two countries", "both leaders", "the sides") and names
    fewer than two, the states of the nearest preceding sentence naming two or more are
    added; `implicit` allows the same when the sentence names nobody at all (a bilateral
    measure such as "the trade turnover" whose parties the context gives). Failing both,
    the actors named after `before`.
    """
    sent = sents[index]
    mentions = party_mentions(doc, sent.start_char, sent.end_char)
    found: list[str] = []
    later: list[str] = []
    counterpart: list[str] = []
    for mention in mentions:
        left = doc.text[max(sent.start_char, mention.start - 24) : mention.start]
        if before is None or mention.start < before:
            if before is not None and _PLACE_BEFORE.search(left):
                continue  # "visiting Turkmenistan", "freight from China": a place
            bucket = found
        else:
            bucket = later
            if _PLACE_BEFORE.search(left) and not _COUNTERPART.search(left):
                continue  # "... a plant in Kyrgyzstan": where, not who
        if mention.actor_id not in bucket:
            bucket.append(mention.actor_id)
        if bucket is later and _COUNTERPART.search(left):
            counterpart.append(mention.actor_id)
    if len(found) == 1 and counterpart:
        # "trade with China", "investment in India": the counterpart is a party too
        found.extend(actor for actor in counterpart if actor not in found)
    if len(found) >= 2 or (found and not _COLLECTIVE.search(sent.text)):
        return found
    if _COLLECTIVE.search(sent.text) or (implicit and not mentions):
        for back in range(index - 1, max(-1, index - 5), -1):
            prev = sents[back]
            states: list[str] = []
            for mention in party_mentions(doc, prev.start_char, prev.end_char):
                if is_state(mention.actor_id) and mention.actor_id not in states:
                    states.append(mention.actor_id)
            if len(states) >= 2:
                return found + [actor for actor in states if actor not in found]
        # no recent sentence names them: the states the document has named most so far
        counts: dict[str, int] = {}
        for mention in party_mentions(doc, 0, sent.start_char):
            if is_state(mention.actor_id):
                counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
        wanted = _collective_size(sent.text)
        ranked = sorted(counts, key=lambda actor: -counts[actor])
        clear = len(ranked) == wanted or (
            len(ranked) > wanted and counts[ranked[wanted - 1]] > counts[ranked[wanted]]
        )
        if clear:
            return found + [actor for actor in ranked[:wanted] if actor not in found]
    return found or later


def _precise(mention: DateMention) -> bool:
    return mention.kind == "point" and len(mention.value) >= 7


def statement_date(
    doc: Doc, sents: Sequence[Span], index: int, *, agreed_in: bool = True
) -> str | None:
    """When a statement in sentence `index` was made (see the module docstring).

    With `agreed_in`, a date after "agreed in", "signed in", ... in the sentence is the
    date of the statement ("a plan agreed in 2021 to double trade").
    """
    published: date | None = doc._.published
    limit = None if published is None else (published + timedelta(days=2)).isoformat()
    sent = sents[index]
    for mention in dates_in(doc, sent.start_char, sent.end_char) if agreed_in else ():
        left = doc.text[max(sent.start_char, mention.start - 24) : mention.start]
        if mention.kind == "point" and _AGREED_IN.search(left):
            return str(mention.value)  # "a plan agreed in 2021"
    for candidate in (index, index - 1):
        if candidate < 0:
            continue
        sent = sents[candidate]
        found = [
            str(mention.value)
            for mention in dates_in(doc, sent.start_char, sent.end_char)
            if _precise(mention) and (limit is None or mention.value <= limit)
        ]
        if found:
            # a dateline repeats the publication day: the event's own day comes first
            day = None if published is None else published.isoformat()
            others = [value for value in found if value != day]
            return (others or found)[0]
    if published is not None:
        # the event the article reports: a day in the two weeks before publication
        # (the dateline itself is the publication day, so an earlier day is preferred)
        floor = (published - timedelta(days=14)).isoformat()
        day = published.isoformat()
        for mention in doc._.dates or []:
            if len(mention.value) == 10 and floor <= mention.value < day:
                return str(mention.value)
        return day
    return None


def metric_of(text: str, *, unit: str | None = None) -> str | None:
    """The metric a measured phrase names (None when it names none)."""
    for metric, pattern in _METRIC_WORDS:
        if pattern.search(text):
            return metric
    if unit is not None:
        return _UNIT_METRIC.get(unit)
    return None


@dataclass(frozen=True, slots=True)
class _Anchor:
    start: int  # offsets relative to the sentence
    end: int
    factor: float | None
    quantity: Quantity | None


def _factor_value(match: re.Match[str]) -> float:
    word = match["word"].lower()
    for stem, value in _FACTOR_VALUES.items():
        if word.startswith(stem):
            return float(value)
    raw = match["n"].lower()
    return float(raw) if raw.isdigit() else float(_NUMBERS[raw])


def _is_target(left: str, quantity: Quantity, after: str = "") -> bool:
    if quantity.unit in ("percent", "count", "km"):
        return False
    if _TO_TARGET.search(left) or _GOAL_OF.search(left):
        return True
    if _REACH.search(left):
        return True
    if quantity.usd is not None and _OFFER.search(left):
        return True
    if quantity.usd is not None and _ANNOUNCED.search(left) and _AID_AFTER.match(after):
        return True
    return bool(_CAPACITY_OF.search(left) and _FUTURE_CUE.search(left))


def _anchors(sent: Span, quantities: Iterable[Quantity]) -> list[_Anchor]:
    text = sent.text
    base = sent.start_char
    found: list[_Anchor] = []
    for match in _FACTOR.finditer(text):
        if _PAST_BEFORE_FACTOR.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        found.append(_Anchor(match.start(), match.end(), _factor_value(match), None))
    previous: Quantity | None = None
    for quantity in quantities:
        start = quantity.start - base
        if previous is not None and re.fullmatch(
            r"\s*[,(]\s*(?:or\s+|roughly\s+|about\s+|around\s+|some\s+|approximately\s+|"
            r"equivalent\s+to\s+|i\.e\.\s+)?",
            text[previous.end - base : start],
            _I,
        ):
            previous = quantity
            continue  # the same amount in another currency or unit
        previous = quantity
        clause_start = max(text.rfind(";", 0, start), text.rfind(". ", 0, start), 0)
        if _is_target(text[clause_start:start], quantity, text[quantity.end - base :]):
            found.append(_Anchor(start, quantity.end - base, None, quantity))
    found.sort(key=lambda a: a.start)
    # a factor followed by its target amount is one anchor: "doubling trade to $1 billion"
    merged: list[_Anchor] = []
    for anchor in found:
        if merged and merged[-1].quantity is None and anchor.quantity is not None:
            gap = text[merged[-1].end : anchor.start]
            if not re.search(r";|\bas\s+well\s+as\b|\band\s+(?:to\s+)?\w+ing\b", gap, _I):
                last = merged.pop()
                merged.append(_Anchor(last.start, anchor.end, last.factor, anchor.quantity))
                continue
        merged.append(anchor)
    return merged


_SUBJECT_STOP = re.compile(
    r"\s+(?:to\s+(?:\$|US|USD|EUR|€|£|about|nearly|over|more|at\s+least|around|some|"
    r"approximately|\d)|by\s+(?:the\s+end\s+of\s+)?\d{4}|within\b|in\s+the\s+(?:near|next|"
    r"coming)\b|until\b|over\s+the\s+next\b|,|;|—|–|\s-\s)",
    _I,
)
_SUBJECT_LEAD = re.compile(r"^(?:the|its|their|our|his|her|of|in|a|an)\s+", _I)


def _subject(text: str) -> str | None:
    """The measured noun phrase at the start of `text`."""
    cut = _SUBJECT_STOP.search(text)
    phrase = text[: cut.start()] if cut else text[:120]
    phrase = phrase.strip(" .,")
    while True:
        stripped = _SUBJECT_LEAD.sub("", phrase)
        if stripped == phrase:
            break
        phrase = stripped
    words = phrase.split()
    if not words or len(words) > 16:
        return None
    return phrase


def _noun_before(text: str) -> str:
    """The words between the target verb and "to" ("bring trade turnover to")."""
    match = re.search(
        r"\b(?:bring|bringing|increase|increasing|raise|raising|boost|boosting|elevate|"
        r"elevating|expand|expanding|grow|growing|lift|lifting|take|taking|push|pushing|"
        r"double|doubling|triple|tripling|target\s+of|goal\s+of)\s+(?P<np>.{2,100}?)\s+"
        r"(?:to|of)\s+(?:\w+\s+){0,2}$",
        text,
        _I,
    )
    return match["np"] if match else ""


def _deadline(doc: Doc, start: int, end: int, published: date | None) -> str | None:
    """The first deadline in [start, end): a "by"/"within" date or a future point date."""
    for mention in dates_in(doc, start, end):
        if mention.kind == "deadline":
            return str(mention.value[:4])
        future = published is not None and int(mention.value[:4]) > published.year
        if mention.kind == "point" and future:
            return str(mention.value[:4])
        if mention.kind == "point" and re.fullmatch(r"this\s+year", mention.text, _I):
            return str(mention.value[:4])  # "... this year": due by the end of it
    return None


def _window_end(doc: Doc, start: int, end: int) -> str | None:
    """The end of a window counted from publication ("over the next fifteen years"); a bare
    length ("over 20 years") is the span of the target, not its deadline."""
    for mention in dates_in(doc, start, end):
        if mention.kind == "duration" and re.match(r"(?:over|during|in)\s+the\s", mention.text, _I):
            return str(mention.value[:4])
    return None


def commitments_in(doc: Doc) -> list[CommitmentFact]:
    """The commitments stated in a processed doc."""
    facts: list[CommitmentFact] = []
    seen: set[tuple[object, ...]] = set()
    published: date | None = doc._.published
    sents = sentences(doc)
    for index, sent in enumerate(sents):
        text = sent.text
        if not _AIM_CUE.search(text) and not _FACTOR.search(text):
            continue
        base = sent.start_char
        anchors = _anchors(sent, quantities_in(doc, sent.start_char, sent.end_char))
        if not anchors:
            continue
        aims = _AIM_CUE.search(text) is not None
        if _FORECAST.search(text) and not _STRONG_AIM.search(text):
            continue  # "the bank estimated flows could triple": a forecast, not a target
        anchors = [a for a in anchors if aims or a.factor is not None]
        per_sentence: set[tuple[object, ...]] = set()
        for number, anchor in enumerate(anchors):
            seg_end = anchors[number + 1].start if number + 1 < len(anchors) else len(text)
            prev_end = anchors[number - 1].end if number else 0
            if anchor.factor is not None:
                factor_match = _FACTOR.match(text, anchor.start)
                after_factor = text[factor_match.end() if factor_match else anchor.start : seg_end]
                subject = _subject(after_factor)
            else:
                subject = _noun_before(text[prev_end : anchor.start]) or None
            unit = anchor.quantity.unit if anchor.quantity is not None else None
            if anchor.factor is not None and anchor.quantity is None and subject:
                measured = subject  # "double profits": what follows the factor
            else:
                measured = (subject or "") + " " + text[prev_end : anchor.start][-60:]
            metric = metric_of(subject or "", unit=None) or metric_of(measured, unit=unit)
            if metric is None and not (anchor.factor is not None and subject):
                # "trade ... grew, and both sides want to reach $3 billion": the sentence's noun
                metric = metric_of(text[: anchor.start], unit=unit)
            if metric is None:
                metric = metric_of(text[anchor.end : anchor.end + 90], unit=unit) or "other"
            deadline = _deadline(doc, base + anchor.start, base + seg_end, published)
            if deadline is None and number == 0:
                deadline = _deadline(doc, base, base + anchor.start, published)
            if deadline is None:
                deadline = _window_end(doc, base + anchor.start, base + seg_end)
            parties = context_parties(doc, sents, index, before=base + anchors[0].start)
            if not parties:
                continue
            target_value = anchor.quantity.value if anchor.quantity is not None else None
            target_unit = unit
            key = (metric, deadline)
            if key in per_sentence:
                continue  # an elaboration of the same target in one sentence
            per_sentence.add(key)
            doc_key = (tuple(sorted(parties)), metric, deadline, target_value)
            restated = (deadline, target_value, target_unit) if target_value else None
            if doc_key in seen or (restated is not None and restated in seen):
                continue
            seen.add(doc_key)
            if restated is not None:
                seen.add(restated)
            facts.append(
                make_fact(
                    CommitmentFact,
                    doc,
                    sent,
                    component=COMPONENT,
                    version=VERSION,
                    rule="factor" if anchor.factor is not None else "target_amount",
                    parties=parties,
                    metric=metric,
                    target_value=target_value,
                    target_unit=target_unit,
                    factor=anchor.factor,
                    deadline=deadline,
                    subject=subject,
                    date=statement_date(doc, sents, index),
                )
            )
    return facts


@Language.component(
    FACTORY,
    requires=["doc._.actors", "doc._.dates", "doc._.quantities"],
    assigns=["doc._.facts"],
)
def commitments_component(doc: Doc) -> Doc:
    """Append the commitments of the doc to ``doc._.facts``."""
    add_facts(doc, commitments_in(doc))
    return doc


__all__ = [
    "COMPONENT",
    "VERSION",
    "commitments_component",
    "commitments_in",
    "context_parties",
    "is_state",
    "metric_of",
    "sentences",
    "statement_date",
]

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

Further anchors and filters:

- a share to reach, as a percentage ("aims to generate 15% of its electricity from
  renewables by 2030", "raise the share of renewables to 30%") or in words ("want
  renewables to supply a quarter of electricity"), with its later steps ("..., and half
  by 2050": one fact per deadline, value in percent); a share of electricity, power or
  energy is ``energy_supply``; a growth rate ("increase exports by 20%") is no anchor;
- a volume to produce, export or ship ("plans to produce 2 million tonnes of green
  hydrogen a year by 2030"), its metric read from the product, not the unit;
- a relative target must measure something (trade, exports, freight, supply, investment,
  capacity, output, ...), after the factor or as the object before it ("boost cargo
  transit fivefold"): "doubling the alliance's border" is no commitment;
- money offered ("pledged to mobilise EUR 10 billion", "unveiled a financing package of
  $500 million", "announced 1.5 billion yuan in grants") is ``investment``; deals
  announced by companies are not; a cost brought to an amount ("bringing the total cost
  of the dam to $6 billion") is no target;
- a state-owned company alone ("Gazprom", "Russia's Gazprom") sets its own target, not
  its state's, unless the sentence speaks of an agreement ("under the deal signed with
  Beijing, KazMunayGas will double ...");
- "this indicator", "this figure", "bring it to" takes the measure and the parties of
  the sentence before; "the government", "the country" with no state named is the state the document
  has named most so far (when one clearly leads);
- the five Central Asian states are parties when the sentence names them as a group
  ("the five Central Asian countries", "Central Asian leaders", "EU-Central Asia",
  "between India and Central Asia") or speaks of "the region" within three sentences of
  (or in the opening of a document) naming Central Asia;
- states listed after a place ("exports to Afghanistan, Uzbekistan and Iran") are all
  places; the recipient of aid ("grant support to Armenia") is a counterpart party.

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

The parties and statement date are computed in :mod:`caspian.extract.fact_context`
(shared with :mod:`trade_figures` and :mod:`projects`); this module re-exports them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from caspian.extract.base import (
    add_facts,
    dates_in,
    make_fact,
    quantities_in,
    text_of,
)
from caspian.extract.fact_context import (
    company_names,
    context_parties,
    direct_mentions,
    is_company_mention,
    is_state,
    sentences,
    span_text,
    statement_date,
)
from caspian.extract.money import Quantity
from caspian.facts import CommitmentFact

if TYPE_CHECKING:
    pass

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
    rf"\s+(?:of|to|is|was)\s+(?:to\s+)?(?:\w+ing\s+)?(?:(?:the|an?|annual)\s+)?(?:\w+\s+)?"
    rf"(?:{_QUAL}\s+)?$",
    _I,
)
_REACH = re.compile(
    r"\b(?:reach|reaching|achieve|achieving|hit|hitting|aim(?:s|ing|ed)?\s+(?:for|at)|"
    rf"target(?:s|ing|ed)?)\s+(?:{_QUAL}\s+)?$",
    _I,
)
# a share to reach: "to generate 15% of", "to cover 30% of", "to account for 10% of"
_SHARE_VERB = re.compile(
    r"\b(?:generat\w*|produc\w*|deriv\w*|sourc\w*|obtain\w*|meet\w*|cover\w*|"
    r"account(?:s|ing)?\s+for|make\s+up|supply|supplying|come\s+from|reach\w*)\s+"
    rf"(?:{_QUAL}\s+)?$",
    _I,
)
_SHARE_WORD = (
    r"half|one[- ]half|a\s+third|one[- ]third|two[- ]thirds|a\s+quarter|one[- ]quarter|"
    r"three[- ]quarters"
)
_WORD_SHARE = re.compile(
    r"\b(?:generat\w*|produc\w*|deriv\w*|supply|cover\w*|meet\w*|account(?:s|ing)?\s+for|"
    rf"make\s+up|reach\w*)\s+(?:at\s+least\s+|about\s+|around\s+)?(?P<share>{_SHARE_WORD})"
    r"\s+of\b",
    _I,
)
_WANT = re.compile(r"\b(?:want\w*|wish\w*|hop\w*|expect\w*)\b", _I)
_SHARE_WORDS = {"half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
                "two thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0,
                "three quarters": 75.0}  # fmt: skip
# ", and half by 2050", "and 40% by 2040", ", rising to 30% by 2035"
_NEXT_SHARE = re.compile(
    r"[^.;!?]{0,80}?(?:,\s*|\s)(?:and|then|rising\s+to|increasing\s+to|growing\s+to)\s+"
    r"(?:to\s+)?(?P<share>half|one[- ]half|a\s+third|one[- ]third|two[- ]thirds|a\s+quarter|"
    r"one[- ]quarter|three[- ]quarters|\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent|percent))"
    r"(?=\s+(?:of\s+\w+\s+)?(?:by|in|until)\s+(?:the\s+end\s+of\s+)?\d{4})",
    _I,
)
# a volume to produce or ship: "plans to produce 2 million tonnes of green hydrogen"
_PRODUCE_TARGET = re.compile(
    r"\b(?:plans?|planning|aims?|aiming|intends?|seeks?|wants?|expects?|is\s+to|are\s+to|"
    r"pledged|vowed|committed)\s+to\s+(?:produce|export|ship|supply|deliver|generate|handle|"
    r"transport|mine|extract|process|refine|pump)\s+"
    rf"(?:{_QUAL}\s+)?$",
    _I,
)
_CAPACITY_OF = re.compile(rf"\bcapacity\s+of\s+(?:{_QUAL}\s+)?$", _I)
# the sentence speaks of aims, not results
_AIM_CUE = re.compile(
    r"\b(?:aim\w*|goal\w*|target\w*|plan\w*|pledg\w*|commit\w*|intend\w*|intention|seek\w*|"
    r"strive\w*|want\w*|agree\w*|expect\w*|will|shall|would|should|could|optimis\w*|hope\w*|"
    r"ambition\w*|potential|opportunit\w*|determin\w*|vow\w*|promis\w*|envisag\w*|foresee\w*|"
    r"projected|set\s+to|look\s+to|is\s+to|are\s+to|can|confiden\w*|ready\s+to|"
    r"instruct\w*|tasked|task\s+of|mandat\w*)\b",
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
_PACKAGE_OF = re.compile(
    r"\b(?:announc|unveil|pledg|offer|commit|launch|promis)\w*\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:investment|financing|aid|support|funding|loan|grant|credit)\s+"
    r"(?:package|envelope|programme|program|facility|line|fund)\s+(?:of|worth)\s+"
    rf"(?:{_QUAL}\s+)?$",
    _I,
)
_AID_AFTER = re.compile(
    r"^\s+(?:in|of|worth\s+of)\s+(?:new\s+|fresh\s+|additional\s+)?(?:grants?|loans?|"
    r"financing|investments?|aid|credits?|funding|assistance)\b",
    _I,
)
_BUSINESS = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|businesses|investors|corporations?|banks)\b", _I
)
_COST_TO = re.compile(
    r"\b(?:cost|costs|price|budget|bill|spending|expenditure|debt|deficit|losses)\b"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+to\s+(?:\w+\s+)?$",
    _I,
)
_OFFER_CUE = re.compile(r"\b(?:announc|unveil|pledg|offer|promis)\w*", _I)
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


def _share_target(left: str, after: str) -> bool:
    """A percentage set as a share to reach: "aims to generate 15% of its electricity from
    renewables", "plans to raise the share of renewables to 30%" (not a growth rate: "to
    increase trade by 20%")."""
    if re.search(r"\bby\s+$", left, _I) or not _STRONG_AIM.search(left):
        return False
    if _SHARE_VERB.search(left) and re.match(r"\s+of\b", after):
        return True
    return bool(re.search(r"\bshare\b", left, _I) and _TO_TARGET.search(left))


def _offered(left: str, after: str) -> bool:
    """Money announced for others: "announced 1.5 billion yuan in grants", "unveiled an
    investment package of 12 billion euros"."""
    if _BUSINESS.search(left) or re.match(r"[^.;]{0,60}?\bdeals?\b", after, _I):
        return False  # "companies announced 6 billion pounds of deals": business, not aid
    if _ANNOUNCED.search(left) and _AID_AFTER.match(after):
        return True
    return bool(_PACKAGE_OF.search(left))


def _is_target(left: str, quantity: Quantity, after: str = "") -> bool:
    if re.match(r"up\s+to\b", quantity.text, _I):
        left += "to "  # "increase trade up to $2 billion": the qualifier holds the "to"
    if _COST_TO.search(left):
        return False  # "bringing the total cost of the dam to $6 billion": a price, no target
    if quantity.unit == "percent":
        return _share_target(left, after)
    if quantity.unit in ("count", "km"):
        return False
    if _TO_TARGET.search(left) or _GOAL_OF.search(left):
        return True
    if _REACH.search(left) or _PRODUCE_TARGET.search(left):
        return True
    if quantity.usd is not None and _OFFER.search(left):
        return True
    if quantity.usd is not None and _offered(left, after):
        return True
    return bool(_CAPACITY_OF.search(left) and _FUTURE_CUE.search(left))


def _share_quantity(base: int, match: re.Match[str]) -> Quantity | None:
    word = match["share"].lower().replace("-", " ")
    value = _SHARE_WORDS.get(" ".join(word.split()))
    if value is None:
        digits = re.sub(r"[^\d.]", "", word)
        if not digits:
            return None
        value = float(digits)
    return Quantity(
        start=base + match.start("share"),
        end=base + match.end("share"),
        text=match["share"],
        value=value,
        value_max=None,
        unit="percent",
        qualifier=None,
        usd=None,
    )


def _word_shares(text: str, base: int, found: Sequence[_Anchor]) -> list[_Anchor]:
    """A share in words set as a target: "want renewables to supply a quarter of
    electricity by 2030" (a percentage in figures is a quantity already)."""
    extra: list[_Anchor] = []
    for match in _WORD_SHARE.finditer(text):
        if any(a.start <= match.start("share") < a.end for a in found):
            continue
        if not (_STRONG_AIM.search(text, 0, match.start()) or _WANT.search(text, 0, match.start())):
            continue
        quantity = _share_quantity(base, match)
        if quantity is not None:
            extra.append(_Anchor(match.start("share"), match.end("share"), None, quantity))
    return extra


def _further_shares(text: str, base: int, found: Sequence[_Anchor]) -> list[_Anchor]:
    """Later steps of a share target, each with its own deadline: "15% ... by 2030, and
    half by 2050", "... and 40% by 2040" (a share in words is read as a percentage)."""
    extra: list[_Anchor] = []
    for anchor in found:
        quantity = anchor.quantity
        if quantity is None or quantity.unit != "percent":
            continue
        position = anchor.end
        while (match := _NEXT_SHARE.match(text, position)) is not None:
            position = match.end("share")
            if any(a.start == match.start("share") for a in found):
                continue
            step = _share_quantity(base, match)
            if step is None:
                continue
            extra.append(_Anchor(match.start("share"), match.end("share"), None, step))
    return extra


def _anchors(sent: Span, text: str, quantities: Iterable[Quantity]) -> list[_Anchor]:
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
    found.extend(_word_shares(text, base, found))
    found.extend(_further_shares(text, base, found))
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
    r"coming)\b|until\b|over\s+the\s+next\b|(?:over|in|within)\s+(?:\d+|\w+)\s+years\b|"
    r",|;|—|–|\s-\s)",
    _I,
)
_SUBJECT_LEAD = re.compile(
    r"^(?:the|its|their|our|his|her|of|in|a|an|bringing|raising|increasing|boosting|lifting|"
    r"reaching|expanding)\s+",
    _I,
)


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


# what a relative target ("doubling", "tripling") must measure to be a target
_MEASURED = re.compile(
    r"\b(?:trade|turnover|commerce|exports?|imports?|freight|cargo(?:es)?|shipments?|"
    r"traffic|transit|throughput|volumes?|suppl(?:y|ies)|deliveries|investments?|"
    r"financing|capacit(?:y|ies)|output|production|generation|GDP|flows?|containers|"
    r"gas|oil|electricity|power|energy|trains|flights|tourists?|tourism|payments|grants?|"
    r"aid|support|assistance|loans?|funding|credits?|lending)\b",
    _I,
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:boost|increase|raise|expand|grow|lift|ramp\s+up|scale\s+up|push\s+up)\w*\s+"
    r"(?P<np>(?:[\w'’-]+\s+){1,6}?)(?:by\s+)?$",
    _I,
)
# a measure named in the sentence before: "bring this indicator to $20 billion"
_THIS_MEASURE = re.compile(
    r"\b(?:this|that|the\s+same)\s+(?:indicator|figure|volume|level|number|amount|index)\b|"
    r"\b(?:bring|raise|increase|boost|lift|take|push|double|triple)\s+it\b",
    _I,
)
_ENERGY_SHARE = re.compile(
    r"\b(?:electricity|power|energy|renewabl\w*|generation|solar|wind|hydro\w*)\b", _I
)
# a company's own target stands for its state only inside an agreement with others
_AGREEMENT_CUE = re.compile(
    r"\b(?:agree\w*|sign\w*|memorand\w*|deals?|accord|contracts?|treaty|"
    r"intergovernmental)\b",
    _I,
)


def _company_only(doc: Doc, sent: Span, text: str, parties: Sequence[str]) -> bool:
    """Whether the sentence names its parties only through state-owned companies
    ("Gazprom intends to double profits"), outside any agreement: a company's target, not
    a state's."""
    if _AGREEMENT_CUE.search(text):
        return False
    names = company_names()
    by_party: dict[str, list[bool]] = {}
    mentions = direct_mentions(doc, sent.start_char, sent.end_char)
    companies = {m.start for m in mentions if m.via == "agency" and m.text.casefold() in names}
    for mention in mentions:
        if mention.actor_id in parties:
            # "Russia's Gazprom": the company's nationality, not the state acting
            owner = re.match(r"['’]s\s+", text_of(doc)[mention.end : mention.end + 4])
            company = mention.start in companies or (
                owner is not None and mention.end + owner.end() in companies
            )
            by_party.setdefault(mention.actor_id, []).append(company)
    return bool(by_party) and all(all(flags) for flags in by_party.values())


def commitments_in(doc: Doc) -> list[CommitmentFact]:
    """The commitments stated in a processed doc."""
    facts: list[CommitmentFact] = []
    seen: set[tuple[object, ...]] = set()
    published: date | None = doc._.published
    sents = sentences(doc)
    for index, sent in enumerate(sents):
        text = span_text(doc, sent)
        amounts = quantities_in(doc, sent.start_char, sent.end_char)
        if not amounts and not _FACTOR.search(text) and not _WORD_SHARE.search(text):
            continue  # every anchor is an amount, a factor or a share in words
        offer_cue = _OFFER_CUE.search(text) is not None
        if not offer_cue and not _AIM_CUE.search(text) and not _FACTOR.search(text):
            continue
        base = sent.start_char
        anchors = _anchors(sent, text, amounts)
        if not anchors:
            continue
        aims = _AIM_CUE.search(text) is not None
        if _FORECAST.search(text) and not _STRONG_AIM.search(text):
            continue  # "the bank estimated flows could triple": a forecast, not a target
        anchors = [
            a
            for a in anchors
            if aims
            or a.factor is not None
            or (offer_cue and a.quantity is not None and _offered(text[: a.start], text[a.end :]))
        ]
        per_sentence: set[tuple[object, ...]] = set()
        last_share_subject: str | None = None
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
            if (
                anchor.factor is not None
                and anchor.quantity is None
                and not (subject and _MEASURED.search(subject))
            ):
                # "boost cargo transit fivefold": the measured noun before the factor
                object_before = _OBJECT_BEFORE.search(text, prev_end, anchor.start)
                if object_before is None or not _MEASURED.search(object_before["np"]):
                    continue  # "doubling the alliance's border": nothing measured to target
                subject = object_before["np"].strip()
            percent = unit == "percent"
            if percent and subject is None:
                subject = _subject(text[anchor.end : seg_end]) or last_share_subject
                last_share_subject = subject
            if anchor.factor is not None and anchor.quantity is None and subject:
                measured = subject  # "double exports": what follows the factor
            else:
                measured = (subject or "") + " " + text[prev_end : anchor.start][-60:]
            metric = metric_of(subject or "", unit=None) or metric_of(measured, unit=unit)
            if metric is None and not (anchor.factor is not None and subject):
                # "trade ... grew, and both sides want to reach $3 billion": the sentence's noun
                metric = metric_of(text[: anchor.start], unit=unit)
            if (
                anchor.quantity is not None
                and anchor.quantity.usd is not None
                and (
                    _OFFER.search(text, 0, anchor.start)
                    or _offered(text[: anchor.start], text[anchor.end :])
                )
            ):
                metric = "investment"  # money to provide, mobilise or lend: financing
            if metric is None:
                window_end = min(anchor.end + 90, seg_end)
                metric = metric_of(text[anchor.end : window_end], unit=unit) or "other"
            if _PRODUCE_TARGET.search(text, prev_end, anchor.start) and not percent:
                # a volume to produce: what is produced, not the unit ("tonnes of hydrogen")
                window_end = min(anchor.end + 90, seg_end)
                metric = metric_of(text[anchor.end : window_end]) or "other"
            anaphor = _THIS_MEASURE.search(text, prev_end, anchor.start)
            if anaphor is not None and metric == "other" and index > 0:
                # "bring this indicator to $20 billion": the measure of the sentence before
                metric = metric_of(span_text(doc, sents[index - 1])) or "other"
            if percent and _ENERGY_SHARE.search(text[:seg_end]):
                metric = "energy_supply"  # a share of electricity, power or energy generated
            deadline = _deadline(doc, base + anchor.start, base + seg_end, published)
            if deadline is None and number == 0:
                deadline = _deadline(doc, base, base + anchor.start, published)
            if deadline is None:
                deadline = _window_end(doc, base + anchor.start, base + seg_end)
            parties = context_parties(
                doc,
                sents,
                index,
                before=base + anchors[0].start,
                implicit=_THIS_MEASURE.search(text, 0, anchors[0].start) is not None,
            )
            if not parties or _company_only(doc, sent, text, parties):
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
    "direct_mentions",
    "is_company_mention",
    "is_state",
    "metric_of",
    "sentences",
    "span_text",
    "statement_date",
]

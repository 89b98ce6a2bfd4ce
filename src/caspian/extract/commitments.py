"""Commitments: quantified targets that parties set themselves.

A commitment is anchored either on a relative target ("doubling", "to triple", "a
fivefold increase") or on an amount introduced as a target ("bring trade to $20
billion", "a goal of reaching $5 billion", "a target of supplying 300 bcm", "aim for
$100 billion"), or on money offered ("will provide the region with 26 billion yuan",
"pledged $2 billion", "announced $1 billion in grants"), in a sentence that speaks of
aims (aim, goal, target, objective, a task set, plan, pledge, commitment, agree, will,
call for, strive, eye ("eyeing $10 billion in trade"), expect, opportunity, ...), with "to
rise", "climb" to an amount as target verbs. Not
commitments: amounts already reached ("reached", "amounted to", "approached":
:mod:`caspian.extract.trade_figures`), factors in the past ("has
tripled", "increased fivefold"), and forecasts by observers ("the bank estimated flows
could triple") unless the sentence also names an aim. The same amount restated in
another currency or unit ("26 billion yuan, roughly $3.7 billion") is one anchor.

Further anchors and filters:

- a count of things to make or carry out, with its own deadline ("aim to implement 50
  projects in the first five years and 100 projects within ten years": two targets, unit
  ``projects``, the window counted from publication; :mod:`caspian.extract.commitment_counts`);

- a share to reach, as a percentage ("aims to generate 15% of its electricity from
  renewables by 2030", "raise the share of renewables to 30%") or in words ("want
  renewables to supply a quarter of electricity", "a fifth", "a tenth"; "set a target of
  25 percent renewable electricity"), with its later steps ("..., and half by 2050", "By
  2030 ... 40 percent, and by 2040 to 60 percent": one fact per deadline, value in
  percent); a share of electricity, power or energy is ``other`` (the make-up of a
  state's own supply, not a volume supplied between parties); a growth rate
  ("increase exports by 20%") is an anchor only when aimed at and due by a deadline
  ("hopes to increase exports by 50 percent within five years"; emissions cut: ``other``);
- a volume to produce, export, import, ship or install ("plans to produce 2 million tonnes of
  green hydrogen a year by 2030", "aims to install 6 GW", "will supply 12 bcm ... by
  2027" -- a future volume only with a deadline), its metric read from the product, else
  for shipping or installing from the unit ("handle 500,000 TEU": ``freight_volume``);
- a negation or hedge before the anchor in its clause asserts nothing ("no target was
  set", "did not commit", "might consider", "potentially", "analysts doubt", "mulling");
- a relative target must measure something (trade, exports, freight, supply, investment,
  capacity, output, ...), after the factor or as the object before it ("boost cargo
  transit fivefold"): "doubling the alliance's border" is no commitment;
- money offered ("pledged to mobilise EUR 10 billion", "unveiled a financing package of
  $500 million", "announced 1.5 billion yuan in grants") is ``investment``; deals
  announced by companies are not; a cost brought to an amount ("bringing the total cost
  of the dam to $6 billion") is no target, nor is a price or tariff to rise to one
  ("expect gas prices to rise to $300"), nor a growth that "continued to rise to" one;
- a state-owned company alone ("Gazprom", "Russia's Gazprom") sets its own target, not
  its state's, unless the sentence speaks of an agreement ("under the deal signed with
  Beijing, KazMunayGas will double ...");
- "this indicator", "this figure", "bring it to", "increasing it to" takes the measure and
  the parties of the sentence before, and a target set for a shared line, plan or document
  ("the route should be able to handle up to 10 million tonnes a year by 2025") the parties
  of the context; an idea voiced ("talk about doubling") or denied after it ("but nobody
  has set a target") is none; "the government", "the country" with no state named is
  the state the document has named most so far (when one clearly leads);
- the five Central Asian states are parties when the sentence names them as a group
  ("the five Central Asian countries", "the five former Soviet republics of Central
  Asia", "Central Asian leaders", "EU-Central Asia", "between India and Central Asia") or
  speaks of "the region" or "the five countries" within three sentences of (or in the
  opening of a document) naming Central Asia;
- states listed after a place ("exports to Afghanistan, Uzbekistan and Iran") are all
  places; the recipient of aid ("grant support to Armenia") is a counterpart party, read
  before the next amount ("2 billion yuan in grants to member states and a further 10
  billion yuan in loans to the SCO Interbank Consortium": China's alone);
- a change "from A to B" ("raise bilateral trade from about $400 million to $2 billion")
  targets B; a lender's programme ("the IMF agreed to raise its loan programme for Egypt
  to $8 billion": the IMF, World Bank, ADB, EBRD, AIIB, ... as first party) is no target;
  a time since a first ("his first visit to Athens in six years") is no deadline;
- an undated target that another sentence of the document states with its deadline (the
  same parties, metric and amount, or no amount: "a deal Brussels hopes will double gas
  flows" in the lead, "to 20 bcm a year by 2027" below) is that one target, not a second.

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
  "in", "between" when one party is named ("investment in India"), and the one buyer of a
  flow the one party sells ("raise gas exports to China to 65 bcm"; a list of
  destinations, "exports to A, B and C", are places). When the sentence
  refers to its parties collectively ("the two countries", "both governments", "the
  sides") and names fewer than two, the states of the nearest of the four preceding
  sentences naming two or more are added, else the states the document has named most
  so far (as many as the reference counts). A reference that counts ("the two
  countries") prefers the nearest of those sentences naming exactly as many states;
  "the two companies", "both firms" are the states of the state-owned companies named
  before (no parties when the companies are private). A volume that words read as
  trade ("will export 10,000 megawatts of electricity", "exports of gas to 65 bcm") is
  ``energy_supply`` (containers: ``freight_volume``). Plural references resolved by
  ``caspian.references.v1`` are not used here: this resolution counts the places of
  the measured phrase as well, which that one leaves out;
- the date of the statement (:func:`statement_date`): a date after "agreed in",
  "adopted in", ... in the sentence; else a month- or day-precise date of the sentence
  (an event day before a dateline's publication day), else of the previous sentence;
  else the first day-precise date of the document in the two weeks before publication
  (the event reported); else the publication date.

Speed: one plain search of the whole lower-cased text for the anchor words, with the
amounts' offsets, picks the sentences worth reading; their cue patterns are matched
case-sensitively on lower-cased text (the anchor tests in
:mod:`caspian.extract.commitment_anchors` likewise).

The parties and statement date are computed in :mod:`caspian.extract.fact_context`
(shared with :mod:`trade_figures` and :mod:`projects`); this module re-exports them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
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
from caspian.extract.commitment_aims import impersonal_forecast
from caspian.extract.commitment_anchors import (
    AIM_CUE,
    FACTOR,
    FORECAST,
    OFFER,
    OFFER_CUE,
    PRODUCE_TARGET,
    STRONG_AIM,
    UNIT_VERB,
    WORD_SHARE,
    Anchor,
    duties_share,
    find_anchors,
    metric_of,
    offered,
    volume_metric,
)
from caspian.extract.commitment_counts import (
    COUNT_STEMS,
    count_anchors,
    first_years_deadline,
    is_count,
)
from caspian.extract.commitment_levels import (
    LEVEL_WORDS,
    level_anchor,
    set_in_past_year,
    window_from,
)
from caspian.extract.commitment_loans import lent, one_sided_money
from caspian.extract.commitment_sides import trade_pair
from caspian.extract.fact_context import (
    company_names,
    context_parties,
    direct_mentions,
    is_company_mention,
    is_state,
    lower_text,
    sentences,
    span_text,
    statement_date,
    word_positions,
)
from caspian.extract.factoring import any_of
from caspian.extract.money import Quantity
from caspian.facts import CommitmentFact

if TYPE_CHECKING:
    pass

COMPONENT = "caspian.commitments.v1"
VERSION = "10"
#: spaCy factory names may not contain dots: the registered name of COMPONENT
FACTORY = COMPONENT.replace(".", "_")

_I = re.IGNORECASE

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
    if match is None:
        return ""
    # "raise trade from about $400 million to": the base of a change is not the measure
    return re.split(r"(?:^|\s+)from\s", match["np"], maxsplit=1, flags=_I)[0]


# development banks and the IMF: what they lend is a financing decision, not a target that
# states set themselves
_LENDERS = frozenset(
    {"IMF", "WB", "ADB", "EBRD", "AIIB", "EIB", "ISDB", "EDB", "NDB", "EFSD", "AFDB", "IDB"}
)
# "the first visit to Athens in six years", "the highest level in a decade": a length of
# time since the last such event, not a window to a deadline ("the first phase to be
# completed in three years" is one)
_SINCE_LENGTH = re.compile(
    r"in\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:\w+\s+)?(?:years?|decades?|months?)",
    _I,
)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:first|highest|lowest|largest|biggest|strongest|weakest|best|worst|longest|"
    r"fastest|slowest)\b(?:(?!\b(?:to\s+be|will|would|due|expected|complet\w*|finish\w*|"
    r"buil[dt]\w*|launch\w*)\b)[^,;.!?]){0,60}$",
    _I,
)


# the same amount restated ("26 billion yuan ($3.7 billion)", "..., or about $6 billion")
_RESTATED = re.compile(
    r"\s*[,(]\s*(?:or\s+|roughly\s+|about\s+|around\s+|some\s+|approximately\s+|"
    r"equivalent\s+to\s+|i\.e\.\s+)?",
    _I,
)


def _next_amount(doc: Doc, amounts: Sequence[Quantity], start: int, default: int) -> int:
    """Where the next amount after `start` begins (not a restatement of the one before
    it), else `default`."""
    previous = start
    for quantity in amounts:
        if quantity.start < start:
            continue
        if not _RESTATED.fullmatch(text_of(doc), previous, quantity.start):
            return min(quantity.start, default)
        previous = quantity.end
    return default


def _restated_end(doc: Doc, amounts: Sequence[Quantity], end: int) -> int:
    """The end of the same amount restated right after `end` ("30 billion yen, about $200
    million, in loans": the end of "$200 million"), else `end`."""
    for quantity in amounts:
        if quantity.start < end:
            continue
        if _RESTATED.fullmatch(text_of(doc), end, quantity.start):
            closing = re.match(r"\s*[,)]", text_of(doc)[quantity.end : quantity.end + 3])
            return quantity.end + (closing.end() if closing else 0)
        break
    return end


def _deadline(doc: Doc, start: int, end: int, published: date | None) -> str | None:
    """The first deadline in [start, end): a "by"/"within" date or a future point date."""
    for mention in dates_in(doc, start, end):
        if _SINCE_LENGTH.fullmatch(mention.text) and _SUPERLATIVE_BEFORE.search(
            doc.text, max(0, mention.start - 80), mention.start
        ):
            continue  # "his first visit in six years": a time since, not a deadline
        if mention.kind == "deadline":
            return str(mention.value[:4])
        future = published is not None and int(mention.value[:4]) > published.year
        if mention.kind == "point" and future:
            return str(mention.value[:4])
        if mention.kind == "point" and re.fullmatch(r"this\s+year", mention.text, _I):
            return str(mention.value[:4])  # "... this year": due by the end of it
    return None


# the words every factor or share in words holds ("doubling", "fivefold", "a third")
_ANCHOR_WORDS = ("doubl", "tripl", "quadrupl", "fold", "half", "third", "quarter", "fifth", "tenth")
# the sentence cues, matched case-sensitively on the lower-cased text (the same matches as
# the case-insensitive patterns, at a third of the cost)
_FACTOR_LOW = re.compile(FACTOR.pattern)
_WORD_SHARE_LOW = re.compile(WORD_SHARE.pattern)
_OFFER_CUE_LOW = re.compile(OFFER_CUE.pattern)
# (these three are read only for whether they match: factored by first letter, faster)
_AIM_CUE_LOW = any_of(re.compile(AIM_CUE.pattern))
_FORECAST_LOW = any_of(re.compile(FORECAST.pattern))
_STRONG_AIM_LOW = any_of(re.compile(STRONG_AIM.pattern))
# what every match of these cues holds (a plain search first: most sentences hold none)
_FACTOR_STEMS = ("doubl", "tripl", "quadrupl", "fold")
_SHARE_STEMS = ("half", "third", "quarter", "fifth", "tenth")
_OFFER_STEMS = ("announc", "unveil", "pledg", "offer", "promis")


def _has(low: str, stems: Sequence[str]) -> bool:
    return any(stem in low for stem in stems)


def _word_share(low: str) -> bool:
    return _has(low, _SHARE_STEMS) and _WORD_SHARE_LOW.search(low) is not None


_LEADING_DEADLINE = re.compile(
    r"\b(?:by|until|in)\s+(?:the\s+end\s+of\s+)?\d{4}\s*,?\s*(?:to|at)\s+"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|at\s+least\s+)?$",
    _I,
)


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
# (speed) read only for whether it matches: factored by first letter
_MEASURED = any_of(_MEASURED)
_OBJECT_BEFORE = re.compile(
    r"\b(?:boost|increase|raise|expand|grow|lift|ramp\s+up|scale\s+up|push\s+up)\w*\s+"
    r"(?P<np>(?:[\w'’-]+\s+){1,6}?)(?:by\s+)?$",
    _I,
)
# a measure named in the sentence before: "bring this indicator to $20 billion"
_THIS_MEASURE = re.compile(
    r"\b(?:this|that|the\s+same)\s+(?:indicator|figure|volume|level|number|amount|index)\b|"
    r"\b(?:bring|rais|increas|boost|lift|tak|push|doubl|tripl|grow|expand)\w*\s+(?:it|them)\b",
    _I,
)
# a target set for a shared thing named before: "the route should be able to handle ...",
# "under the roadmap, the corridor will carry ...": its parties are those of the context
_SHARED_SUBJECT = re.compile(
    r"\b(?:the|this|its)\s+(?:[\w-]+\s+)?(?:route|corridor|line|railway|pipeline|roadmap|"
    r"programme|program|plan|document|agreement|deal|memorandum|accord|treaty)\b",
    _I,
)
_ENERGY_SHARE = re.compile(
    r"\b(?:electricity|power|energy|renewabl\w*|generation|solar|wind|hydro\w*)\b", _I
)
# a negation or hedge before the anchor in its clause: no commitment is asserted
_NOT_ASSERTED = re.compile(
    r"\b(?:no\s+(?:target|goal|plan|aim|commitment|deadline|timeline|pledge|agreement|decision)s?|"
    r"not(?!\s+only)|never|n['’]t|neither|nor|without|reject\w*|refus\w*|declined\s+to|doubt\w*|"
    r"unlikely|abandon\w*|scrapp\w*|ruled\s+out|dismiss\w*|denied|den(?:y|ies)|might|"
    r"potentially|possibly|perhaps|theoretically|in\s+theory|mull\w*|"
    r"consider(?:s|ed|ing)?|skeptic\w*|sceptic\w*|unrealistic|"
    # a target under discussion is not yet set: "will hold talks on raising gas transit to
    # 15 bcm", "discussed ways to increase trade to $5 billion"
    r"(?:talks|discussions?|consultations|negotiations)\s+(?:on|about)\s+(?:\w+\s+)?\w+ing|"
    r"discuss(?:ed|es|ing)?\s+(?:ways\s+(?:to|of)\s+|how\s+to\s+|the\s+possibility\s+of\s+)?"
    r"(?:rais|increas|boost|doubl|tripl|lift|expand|bring|bringing)\w*)\b",
    _I,
)
# (speed) read only for whether it matches: factored by first letter
_NOT_ASSERTED = any_of(_NOT_ASSERTED)
# the factor itself named as the subject of talks: "consultations on doubling trade"
_DISCUSSED_BEFORE = re.compile(
    r"\b(?:talks|discussions?|consultations|negotiations)\s+(?:on|about)\s+$|"
    # an idea voiced, no target set: "officials talk about doubling volumes"
    r"\b(?:talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|dream(?:s|ed|ing)?|muse[sd]?|musing)\s+"
    r"(?:(?:openly|often|loosely|vaguely)\s+)?(?:about|of)\s+$",
    _I,
)
# the sentence denies that a target was set after stating the idea: "..., but nobody has
# yet put a signed target on paper", "but no target has been agreed"
_DENIED_AFTER = re.compile(
    r"\b(?:but|though|although|yet)\s+(?:nobody|no\s+one|none\s+of\s+them|"
    r"no\s+(?:\w+\s+)?(?:target|goal|figure|commitment)s?)\b",
    _I,
)
_EMISSIONS = re.compile(r"\b(?:emissions?|carbon|CO2|greenhouse|methane|intensity)\b", _I)
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


# a flow to one buyer named right after it: "gas exports to China", "its exports to the EU",
# "supplies of electricity to Afghanistan" (the seller is the sentence's one party)
_TO_BUYER = re.compile(
    r"\b(?:exports?|supplies|supply|deliveries|sales|shipments)\s+(?:of\s+(?:[\w-]+\s+){1,2})?"
    r"to\s+(?:the\s+)?$",
    _I,
)


# a report's frame before its clause: "Blinken told a news conference with Kazakh Foreign
# Minister Tileuberdi that Washington would provide ..." (the host of the news conference
# is no party of what the clause states; an addressee, "told Mirziyoyev that", may be)
_REPORT_FRAME = re.compile(
    r"\b(?:told|tells|said|says|announced|stated|noted|added|confirmed)\s+(?:at\s+)?"
    r"(?:an?|the|their)\s+(?:joint\s+)?(?:news|press)\s+(?:conference|briefing)\s+with\b"
    r"[^.;:!?]{0,100}?\bthat\s+",
    _I,
)


def _clause_parties(doc: Doc, base: int, text: str, anchor: int, parties: list[str]) -> list[str]:
    """The parties less those named only in a report's frame ("told a news conference with
    Kazakh Foreign Minister X that Washington would ..."), when the reported clause names a
    party of its own before the anchor (those it names after it, "trade with China", stay)."""
    frame = None
    for match in _REPORT_FRAME.finditer(text, 0, anchor):
        frame = match
    if frame is None:
        return parties
    in_clause = {m.actor_id for m in direct_mentions(doc, base + frame.end(), base + len(text))}
    before_anchor = {m.actor_id for m in direct_mentions(doc, base + frame.end(), base + anchor)}
    if not before_anchor & set(parties):
        return parties
    in_frame = {m.actor_id for m in direct_mentions(doc, base, base + frame.end())}
    return [p for p in parties if p in in_clause or p not in in_frame]


def _sole_buyer(doc: Doc, start: int, end: int) -> str | None:
    """The one state or group named as the buyer of a flow in [start, end) ("exports to
    China"), None if none or several ("exports to Afghanistan, Uzbekistan and Iran")."""
    whole = text_of(doc)
    buyers = [
        m
        for m in direct_mentions(doc, start, end)
        if _TO_BUYER.search(whole, max(start, m.start - 60), m.start)
    ]
    if len(buyers) != 1:
        return None
    listed = re.match(r"\s*(?:,|and\b|or\b)\s*(?:the\s+)?[A-Z]", whole[buyers[0].end : end + 40])
    return None if listed else str(buyers[0].actor_id)


def commitments_in(doc: Doc) -> list[CommitmentFact]:
    """The commitments stated in a processed doc."""
    facts: list[CommitmentFact] = []
    seen: set[tuple[object, ...]] = set()
    published: date | None = doc._.published
    whole = text_of(doc)
    # every anchor is an amount, a factor or a share in words: one scan of the whole text
    # for their cue words, and the amounts' offsets, pick the sentences worth reading
    cues = [q.start for q in quantities_in(doc, 0, len(whole))]
    lowered = lower_text(doc)
    cues.extend(word_positions(lowered, _ANCHOR_WORDS))
    cues.extend(word_positions(lowered, COUNT_STEMS))
    cues.extend(word_positions(lowered, LEVEL_WORDS))
    if not cues:
        return facts
    sents = sentences(doc)
    starts = [sent.start_char for sent in sents]
    candidates = sorted({bisect_right(starts, position) - 1 for position in cues})
    for index in candidates:
        if index < 0:
            continue
        sent = sents[index]
        text = span_text(doc, sent)
        low = lowered[sent.start_char : sent.end_char]
        amounts = quantities_in(doc, sent.start_char, sent.end_char)
        factor = _has(low, _FACTOR_STEMS) and _FACTOR_LOW.search(low) is not None
        counted = _has(low, COUNT_STEMS)
        level = _has(low, LEVEL_WORDS)
        if not amounts and not factor and not counted and not level and not _word_share(low):
            continue  # every anchor is an amount, a factor, a count or a share in words
        offer_cue = _has(low, _OFFER_STEMS) and _OFFER_CUE_LOW.search(low) is not None
        aims = _AIM_CUE_LOW.search(low) is not None
        if not offer_cue and not aims and not factor:
            continue
        base = sent.start_char
        anchors = find_anchors(sent, text, amounts)
        if counted:
            # "aim to implement 50 projects ... and 100 projects within ten years"
            anchors = sorted(anchors + count_anchors(text, base), key=lambda a: a.start)
        level_made = False  # the one anchor is the level of the sentence before
        if not anchors and level:
            # "set the goal of raising trade turnover to this level within five years"
            named = level_anchor(doc, sents, index, text)
            if named is not None:
                anchors = [Anchor(named[0], named[1], None, named[2])]
                level_made = True
        if not anchors:
            continue
        if _FORECAST_LOW.search(low) and not _STRONG_AIM_LOW.search(low):
            continue  # "the bank estimated flows could triple": a forecast, not a target
        if impersonal_forecast(low):
            continue  # "Trade is expected to reach $5 billion this year": a forecast
        anchors = [
            a
            for a in anchors
            if aims
            or a.factor is not None
            or (offer_cue and a.quantity is not None and offered(text[: a.start], text[a.end :]))
        ]
        per_sentence: set[tuple[object, ...]] = set()
        last_share_subject: str | None = None
        count_metric: dict[str, str] = {}  # the metric of the things first counted
        for number, anchor in enumerate(anchors):
            seg_end = anchors[number + 1].start if number + 1 < len(anchors) else len(text)
            prev_end = anchors[number - 1].end if number else 0
            if _NOT_ASSERTED.search(text, max(text.rfind(";", 0, anchor.start), 0), anchor.start):
                continue  # "no target was set", "might consider raising": nothing asserted
            if _DISCUSSED_BEFORE.search(text, max(0, anchor.start - 60), anchor.start):
                continue  # "held consultations on doubling trade": a target not yet set
            if _DENIED_AFTER.search(text, anchor.end, seg_end):
                continue  # "talk about doubling volumes, but nobody has set a target"
            if (
                anchor.quantity is not None
                and anchor.quantity.usd is not None
                and lent(
                    text[max(text.rfind(";", 0, anchor.start), 0) : anchor.start],
                    text[_restated_end(doc, amounts, base + anchor.end) - base :],
                )
            ):
                continue  # "Moscow will lend Tehran 1.3 billion euros": a loan, no target
            if anchor.factor is not None:
                factor_match = FACTOR.match(text, anchor.start)
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
                    OFFER.search(text, 0, anchor.start)
                    or offered(text[: anchor.start], text[anchor.end :])
                )
            ):
                metric = "investment"  # money to provide, mobilise or lend: financing
            if metric is None:
                window_end = min(anchor.end + 90, seg_end)
                metric = metric_of(text[anchor.end : window_end], unit=unit) or "other"
            if PRODUCE_TARGET.search(text, prev_end, anchor.start) and not percent:
                # a volume to produce: what is produced, not the unit ("tonnes of hydrogen")
                window_end = min(anchor.end + 90, seg_end)
                metric = metric_of(text[anchor.end : window_end]) or "other"
                if metric == "other" and UNIT_VERB.search(text, prev_end, anchor.start):
                    metric = metric_of("", unit=unit) or "other"  # "handle 500,000 TEU"
            if is_count(anchor.quantity) and anchor.quantity is not None:
                # "to implement 50 projects": what is counted, not the words around it (a
                # further count, "rising to 45 projects", measures the same)
                metric = (
                    metric_of(text[anchor.start : anchor.end])
                    or count_metric.get(anchor.quantity.unit)
                    or "other"
                )
                count_metric.setdefault(anchor.quantity.unit, metric)
                subject = text[anchor.start : anchor.end]
            metric = volume_metric(
                metric, unit, text[prev_end : anchor.start], text[anchor.end : seg_end]
            )
            anaphor = _THIS_MEASURE.search(text, prev_end, anchor.start)
            if (anaphor is not None or level_made) and metric == "other" and index > 0:
                # "bring this indicator to $20 billion": the measure of the sentence before
                metric = metric_of(span_text(doc, sents[index - 1])) or "other"
            if percent and (
                _EMISSIONS.search(text, prev_end, anchor.start)
                or duties_share(text[prev_end : anchor.start])
            ):
                metric = "other"  # "cut emissions by 15%", "remove duties on 90% of": no flow
            elif percent and _ENERGY_SHARE.search(text[:seg_end]):
                # a share of the electricity, power or energy generated: the make-up of a
                # state's own supply, not a volume supplied between parties
                metric = "other"
            # "..., and by 2040 to 60 percent": a deadline leading into the next anchor is its
            own_end = seg_end
            if number + 1 < len(anchors):
                leading = _LEADING_DEADLINE.search(text, anchor.end, seg_end)
                own_end = leading.start() if leading is not None else seg_end
            deadline = _deadline(doc, base + anchor.start, base + own_end, published)
            if deadline is None and is_count(anchor.quantity):
                # "50 projects in the first five years": counted from publication
                deadline = first_years_deadline(text, anchor.end, own_end, published)
            if deadline is None and (
                number == 0 or _LEADING_DEADLINE.search(text, prev_end, anchor.start)
            ):
                deadline = _deadline(doc, base + prev_end, base + anchor.start, published)
            if deadline is None:
                deadline = _window_end(doc, base + anchor.start, base + seg_end)
            set_year = set_in_past_year(doc, base, base + anchor.start, published)
            if set_year is not None:
                # "In 2021 the sides set the goal of doubling trade within five years": 2026
                deadline = window_from(
                    doc, base + prev_end, base + seg_end, deadline, published, set_year
                )
            if deadline is None and is_count(anchor.quantity):
                continue  # a count of things is a target only with its deadline
            parties = context_parties(
                doc,
                sents,
                index,
                before=base + anchors[0].start,
                implicit=_THIS_MEASURE.search(text, 0, anchors[0].start) is not None
                or _SHARED_SUBJECT.search(text, 0, anchors[0].start) is not None,
                # the recipient of an amount is named before the next amount ("2 billion
                # yuan to member states and a further 10 billion to the X Consortium")
                until=_next_amount(doc, amounts, base + anchor.end, base + seg_end),
                counted=True,  # "the two companies": exactly two parties
            )
            if not parties or _company_only(doc, sent, text, parties):
                continue
            parties = _clause_parties(doc, base, text, anchors[0].start, parties)
            if len(parties) == 1 and metric in ("energy_supply", "trade_turnover"):
                # "raise gas exports to China to 65 bcm": the one buyer is the counterpart
                buyer = _sole_buyer(doc, base + prev_end, base + anchor.start)
                if buyer is not None and buyer != parties[0]:
                    parties = sorted([parties[0], buyer])
            if metric == "trade_turnover":
                parties = trade_pair(doc, sents, index, text, anchor.start, parties)
            if parties[0] in _LENDERS:
                continue  # "the IMF agreed to raise its loan programme": a lender's, no target
            if one_sided_money(metric, parties, deadline, text[: anchor.start]):
                continue  # "Germany will provide 50 million euros in budget support": aid
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
    return _without_undated_restatements(facts)


def _same_target(undated: CommitmentFact, dated: CommitmentFact) -> bool:
    """Whether an undated target restates a dated one of the document: the same parties and
    metric, and the same amount (within 5%), or no amount at all ("double the flow of gas"
    in the lead, "to 20 billion cubic metres by 2027" below)."""
    if (undated.parties, undated.metric) != (dated.parties, dated.metric):
        return False
    if undated.target_value is None:
        return True
    if dated.target_value is None or undated.target_unit != dated.target_unit:
        return False
    return abs(undated.target_value - dated.target_value) <= 0.05 * dated.target_value


def _without_undated_restatements(facts: list[CommitmentFact]) -> list[CommitmentFact]:
    """The facts less an undated target that a dated one of the document states in full (a
    lead's loose wording of the target the body gives with its deadline: one target)."""
    dated = [f for f in facts if f.deadline is not None]
    if not dated:
        return facts
    return [
        f
        for f in facts
        if f.deadline is not None
        or not any(_same_target(f, other) and other.evidence != f.evidence for other in dated)
    ]


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

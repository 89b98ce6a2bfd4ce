"""Anchors of commitments: the amounts, factors and shares a sentence sets as targets.

Split out of :mod:`caspian.extract.commitments`, which documents the rules (amounts
introduced as targets, relative targets, shares to reach and their later steps, volumes
to produce, money offered) and reads the metric, deadline, subject and parties of each
anchor found here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span

from caspian.extract.commitment_aims import aim_noun_target, later_step
from caspian.extract.factoring import any_of
from caspian.extract.folding import fold_key
from caspian.extract.money import Quantity

_I = re.IGNORECASE
_QUAL = (
    r"(?:nearly|almost|about|approximately|around|roughly|some|close\s+to|over|more\s+than|"
    r"at\s+least|up\s+to|no\s+less\s+than|in\s+excess\s+of|an\s+estimated)"
)
FACTOR = re.compile(
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
    r"rise|climb|"
    r"pushing|scale\s+up|ramp\s+up|hike|hiking|reach(?:es)?\s+up|be\s+(?:brought|raised|"
    r"increased|boosted|expanded|lifted|doubled|tripled|taken|pushed|elevated))\b"
    # "to $10 billion", and a threshold to pass: "lift trade above/beyond/past $10 billion"
    r"[^.;!?]{0,90}?\b(?:to|above|beyond|past)\s+"
    r"(?:the\s+(?:level|mark|threshold|figure)\s+of\s+)?"
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
    r"eye(?:s|d|ing)?|"
    rf"target(?:s|ing|ed)?)\s+(?:{_QUAL}\s+)?$|"
    # "targets annual grain exports of 10 million tonnes"
    rf"\b(?:target(?:s|ing|ed)?|eye(?:s|d|ing)?)\s+(?:[\w-]+\s+){{1,4}}?of\s+(?:{_QUAL}\s+)?$",
    _I,
)
# a share to reach: "to generate 15% of", "to cover 30% of", "to account for 10% of"
_SHARE_VERB = re.compile(
    r"\b(?:generat\w*|produc\w*|deriv\w*|sourc\w*|obtain\w*|meet\w*|cover\w*|"
    r"account(?:s|ing)?\s+for|make\s+up|supply|supplying|come\s+from|reach\w*|get|getting|"
    r"draw|drawing|source|sourcing|provid\w*|represent\w*|contribut\w*)\s+"
    rf"(?:{_QUAL}\s+)?$",
    _I,
)
_SHARE_WORD = (
    r"half|one[- ]half|a\s+third|one[- ]third|two[- ]thirds|a\s+quarter|one[- ]quarter|"
    r"three[- ]quarters|a\s+fifth|one[- ]fifth|two[- ]fifths|three[- ]fifths|a\s+tenth|"
    r"one[- ]tenth"
)
WORD_SHARE = re.compile(
    r"\b(?:generat\w*|produc\w*|deriv\w*|supply|cover\w*|meet\w*|account(?:s|ing)?\s+for|"
    rf"make\s+up|reach\w*|get|draw|source)\s+(?:at\s+least\s+|about\s+|around\s+)?"
    rf"(?P<share>{_SHARE_WORD})"
    r"\s+of\b",
    _I,
)
_WANT = re.compile(r"\b(?:want\w*|wish\w*|hop\w*|expect\w*)\b", _I)
_HOPE = re.compile(r"\b(?:want\w*|wish\w*|hop(?:e|es|ed|ing)|intend\w*|seek\w*)\b", _I)
_SHARE_WORDS = {"half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
                "two thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0,
                "three quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0,
                "two fifths": 40.0, "three fifths": 60.0, "a tenth": 10.0,
                "one tenth": 10.0}  # fmt: skip
# ", and half by 2050", "and 40% by 2040", ", rising to 30% by 2035"
_NEXT_SHARE = re.compile(
    r"[^.;!?]{0,80}?(?:,\s*|\s)(?:and|then|rising\s+to|increasing\s+to|growing\s+to)\s+"
    rf"(?:to\s+)?(?P<share>{_SHARE_WORD}|\d{{1,3}}(?:\.\d+)?\s*(?:%|per\s*cent|percent))"
    r"(?=(?:\s+(?:of|from)\s+[^.;,]{0,60}?)?\s+(?:by|in|until)\s+(?:the\s+end\s+of\s+)?\d{4})",
    _I,
)
# a volume to produce or ship: "plans to produce 2 million tonnes of green hydrogen"
PRODUCE_TARGET = re.compile(
    r"\b(?:plans?|planning|aims?|aiming|intends?|seeks?|wants?|expects?|is\s+to|are\s+to|"
    r"pledged|vowed|committed|hopes?|targets?|goal\s+is|aim\s+is)\s+to\s+(?:produce|export|"
    r"import|ship|"
    r"supply|deliver|generate|handle|transport|mine|extract|process|refine|pump|install|add|"
    r"build|commission|deploy|develop|bring\s+online|put\s+into\s+operation)\s+"
    rf"(?:{_QUAL}\s+)?$",
    _I,
)
# a volume to ship or a capacity to install: the unit tells the metric ("handle 500,000
# TEU", "install 6 GW of wind and solar capacity"); a volume produced is read from its product
UNIT_VERB = re.compile(
    r"\b(?:ship|handle|transport|install|add|build|commission|deploy|develop|bring\s+online|"
    r"put\s+into\s+operation)\s+(?:\w+\s+)?$",
    _I,
)
# a purchase promised: "the EU would buy $750 billion worth of US energy over the next three
# years", "agreed to import 2 million tonnes of grain by 2027" (a target with its deadline)
_WILL_BUY = re.compile(
    r"\b(?:will|would|shall|to)\s+(?:\w+\s+)?(?:buy|purchase|import|procure)\s+"
    rf"(?:{_QUAL}\s+)?$",
    _I,
)
# "Azerbaijan will supply 12 bcm of gas to Europe by 2027": a future volume with a deadline
_WILL_VOLUME = re.compile(
    # (also a capacity promised: "the route should be able to handle up to 10 million tonnes
    # a year by 2025", "will be capable of carrying")
    r"\b(?:(?:will|shall)\s+(?:\w+\s+)?|(?:will|shall|should)\s+(?:\w+\s+)?be\s+(?:able\s+to|"
    r"capable\s+of)\s+)(?:suppl(?:y|ying)|deliver|export|ship(?:ping)?|send|pump|handl(?:e|ing)|"
    r"transport|carry(?:ing)?|install|add(?:ing)?|commission)(?:ing)?\s+"
    # ("to ": the "up to" of the amount, see _is_target)
    rf"(?:{_QUAL}\s+|to\s+)?$",
    _I,
)
_DEADLINE_AFTER = re.compile(
    r"^[^.;!?]{0,80}?\b(?:by|until|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?\d{4}\b|"
    r"^[^.;!?]{0,80}?\b(?:within|over\s+the\s+(?:next|coming))\s+(?:the\s+next\s+)?"
    r"(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+years?\b",
    _I,
)
# a growth to reach by a deadline: "hopes to increase exports to the EU by 50 percent within
# five years", "pledged to cut emissions by 15% by 2030"
_GROWTH_BY = re.compile(
    r"\b(?:increas\w*|rais\w*|boost\w*|grow|growing|expand\w*|lift\w*|cut|cutting|reduc\w*|"
    r"lower\w*|decreas\w*|slash\w*)\s+(?:[^.;!?]{0,60}?\s)?by\s+"
    rf"(?:{_QUAL}\s+)?$",
    _I,
)
_CAPACITY_OF = re.compile(rf"\bcapacity\s+of\s+(?:{_QUAL}\s+)?$", _I)
# the sentence speaks of aims, not results
AIM_CUE = re.compile(
    r"\b(?:aim\w*|goal\w*|target\w*|plan\w*|pledg\w*|commit\w*|intend\w*|intention|seek\w*|"
    r"striv\w*|call(?:s|ed|ing)?\s+for|eye(?:s|d|ing)?|want\w*|agree\w*|expect\w*|will|shall|"
    r"would|should|could|optimis\w*|hope\w*|"
    r"ambition\w*|potential|opportunit\w*|determin\w*|vow\w*|promis\w*|envisag\w*|foresee\w*|"
    r"projected|set\s+to|look\s+to|is\s+to|are\s+to|can|confiden\w*|ready\s+to|"
    r"instruct\w*|tasked|tasks?\s+(?:of|to|is\s+to)|objectives?|mandat\w*|importance|"
    r"prospects?|work(?:s|ing)?\s+to|"
    r"efforts?\s+to)\b",
    _I,
)
# an estimate or forecast by an observer is not a target the parties set themselves
FORECAST = re.compile(
    r"\b(?:estimat\w*|forecast\w*|predict\w*|projections?|according\s+to\s+(?:a|the)\s+"
    r"(?:study|report|analysis)|analysts?)\b",
    _I,
)
STRONG_AIM = re.compile(
    r"\b(?:aim\w*|goal\w*|target\w*|plan\w*|pledg\w*|commit\w*|agree\w*|intend\w*|"
    r"seek\w*|strive\w*|vow\w*|ambition\w*|determin\w*|set\s+out)\b",
    _I,
)
# money offered: "will provide the region with 26 billion yuan", "pledged $2 billion"
OFFER = re.compile(
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
    r"\b(?:cost|costs|price|prices|tariffs?|budget|bill|spending|expenditure|debt|deficit|"
    r"losses)\b(?:\s+(?:of|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+to\s+(?:\w+\s+)?$|"
    # "expect gas prices to rise to $300": a price, not a volume or a flow
    r"\b(?:costs?|prices?|tariffs?)\s+(?:to\s+|will\s+|would\s+|could\s+)?(?:\w+\s+)?"
    r"(?:rise|climb|increase|grow|jump|go\s+up)\s+to\s+(?:\w+\s+)?$",
    _I,
)
# a growth going on or done: "continued to rise to", "has continued to grow to"
_CONTINUED_TO = re.compile(
    r"\bcontinu(?:ed|es|ing)\s+to\s+(?:rise|grow|increase|climb|expand)\s+(?:\w+\s+){0,2}?to\s+"
    r"(?:\w+\s+)?$"
)
_THRESHOLD = re.compile(r"(?:above|beyond|past|over|more\s+than|in\s+excess\s+of)\b", _I)
# money for a war is military aid, not an investment target: "pledged £3 billion a year in
# military support", "$500 million of weapons" (budget or police support a state pledges
# another over years stays a target)
_AID_NOT_TARGET = re.compile(
    r"^\s+(?:(?:a|per|each|every)\s+(?:year|month)\s+)?(?:in|of|worth\s+of|for)\s+"
    r"(?:new\s+|fresh\s+|additional\s+|further\s+)?(?:military|defen[cs]e|arms|weapons|"
    r"war)\b",
    _I,
)
# an effect expected of an instrument, not a target its parties set: "expects the agreement
# to lift it to $45 billion", "the deal is expected to push trade to $5 billion"
_EXPECTED_EFFECT = re.compile(
    r"\bexpect\w*\s+(?:the|this|that|its|their|our)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|"
    r"pact|accord|treaty|partnership|corridor|project|reforms?|measures?|cuts?|tariffs?)\s+to\b|"
    r"\b(?:agreement|deal|pact|accord|treaty|corridor|reforms?|measures?)\s+(?:is|are|was|were)\s+"
    r"expected\s+to\b",
    _I,
)
OFFER_CUE = re.compile(r"\b(?:announc|unveil|pledg|offer|promis)\w*", _I)
_FUTURE_CUE = re.compile(r"\b(?:will|shall|would|to\s+be|is\s+to|are\s+to|planned|expected)\b", _I)

# measured nouns -> metric (checked in this order of specificity)
_METRIC_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("capacity", re.compile(r"\bcapacit(?:y|ies)\b", _I)),
    ("energy_supply", re.compile(
        # "non-oil trade" is trade
        r"(?<!non-)(?<!non\s)\b(?:gas|oil|crude|LNG|electricity|power\s+(?:supply|supplies|"
        r"exports)|energy\s+(?:supply|supplies|exports|deliveries)|hydrocarbons?|uranium|petroleum|"
        r"worth\s+of\s+(?:[\w-]+\s+)?energy)\b", _I)),
    ("freight_volume", re.compile(
        r"\b(?:freight|cargo|cargoes|shipments?|transit|container\s+traffic|containers|"
        r"transportation\s+volume|transport\s+volume|traffic)\b", _I)),
    ("investment", re.compile(
        r"\b(?:investments?|invest|financing|loans?|credits?|grants?|funding|funds)\b", _I)),
    ("trade_turnover", re.compile(
        r"\b(?:trade|turnover|commerce|exports?|imports?)\b", _I)),
]  # fmt: skip
# (speed) read only for whether they match: factored by first letter
_METRIC_WORDS = [(metric, any_of(pattern)) for metric, pattern in _METRIC_WORDS]
_UNIT_METRIC = {"cubic_meters": "energy_supply", "barrels": "energy_supply",
                "TEU": "freight_volume", "tonnes": "freight_volume", "MW": "capacity",
                "kWh": "energy_supply"}  # fmt: skip
#: units of an energy flow: a target in them is never a trade value
_ENERGY_UNITS = frozenset({"cubic_meters", "barrels", "MW", "kWh"})


def metric_of(text: str, *, unit: str | None = None) -> str | None:
    """The metric a measured phrase names (None when it names none)."""
    for metric, pattern in _METRIC_WORDS:
        if pattern.search(text):
            return metric
    if unit is not None:
        return _UNIT_METRIC.get(unit)
    return None


def volume_metric(metric: str, unit: str | None, before: str, after: str) -> str:
    """The metric of a volume that words read as trade: "will export 10,000 megawatts of
    electricity", "raise exports of gas to 65 bcm a year" measure energy supplied, not a
    trade value (money). `before` is the measured phrase before the amount, `after` the
    words right after it. A volume of containers is freight; other metrics and units
    (money, tonnes of a product not named as energy) are kept."""
    if metric != "trade_turnover" or unit is None:
        return metric
    if unit in _ENERGY_UNITS:
        return "energy_supply"
    if unit == "TEU":
        return "freight_volume"
    if unit in ("tonnes",) and (_ENERGY_WORDS.match(after) or _ENERGY_WORDS.search(before[-40:])):
        return "energy_supply"  # "export 12 million tonnes of oil"
    return metric


#: an energy product named right after an amount ("of oil", "of LNG") or before it
_ENERGY_WORDS = re.compile(
    r"(?:\s*(?:of\s+)?(?:natural\s+|liquefied\s+natural\s+|crude\s+)?)?\b(?:gas|oil|crude|LNG|"
    r"coal|uranium|electricity|power|petroleum)\b",
    _I,
)


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int  # offsets relative to the sentence
    end: int
    factor: float | None
    quantity: Quantity | None


def _factor_value(match: re.Match[str]) -> float:
    word = fold_key(match["word"])
    for stem, value in _FACTOR_VALUES.items():
        if word.startswith(stem):
            return float(value)
    raw = fold_key(match["n"])
    return float(raw) if raw.isdigit() else float(_NUMBERS[raw])


_AIM_FOR = re.compile(
    r"\b(?:aim(?:s|ing|ed)?\s+(?:for|at)|target(?:s|ing|ed)?)\s+(?:an?\s+)?"
    rf"(?:{_QUAL}\s+)?$"
)


# the patterns below are matched on lower-cased text (case-sensitive: a third of the cost)
def _cs(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_STRONG_AIM_LOW = _cs(STRONG_AIM)
_PRODUCE_TARGET_LOW = _cs(PRODUCE_TARGET)
_OFFER_LOW = _cs(OFFER)
(_COST_TO, _TO_TARGET, _GOAL_OF, _REACH, _WILL_VOLUME, _DEADLINE_AFTER, _CAPACITY_OF,
 _FUTURE_CUE, _SHARE_VERB, _GROWTH_BY, _HOPE, _BUSINESS, _ANNOUNCED, _AID_AFTER,
 _PACKAGE_OF) = (
    _cs(p) for p in (_COST_TO, _TO_TARGET, _GOAL_OF, _REACH, _WILL_VOLUME, _DEADLINE_AFTER,
                     _CAPACITY_OF, _FUTURE_CUE, _SHARE_VERB, _GROWTH_BY, _HOPE, _BUSINESS,
                     _ANNOUNCED, _AID_AFTER, _PACKAGE_OF)
)  # fmt: skip
#: how much of the text after an amount its tests read (all are anchored and bounded)
_AFTER = 300


#: a level to bring a measure to: "bring public debt down to", "cut the deficit to", "reduce
#: inflation to" (lower case)
_LEVEL_TO = re.compile(
    r"\b(?:bring|cut|reduc\w*|lower\w*|rais\w*|lift\w*|increas\w*|push\w*|get|keep)\s+"
    r"(?:[^.;!?]{0,50}?\s)?(?:down\s+|up\s+)?to\s+"
    rf"(?:{_QUAL}\s+)?$"
)
#: duties lifted on a share of something: "remove duties on 90 percent of tariff lines"
_DUTIES_ON = re.compile(
    r"\b(?:remov\w*|eliminat\w*|abolish\w*|scrap\w*|cut|cutting|reduc\w*|lift\w*|zero)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:duties|tariffs|levies)\s+(?:on|for)\s+"
    rf"(?:{_QUAL}\s+)?$"
)


def duties_share(left: str) -> bool:
    """Whether a percentage after `left` is the share of goods duties are lifted on
    ("agreed to remove duties on 90 percent of tariff lines"): a level of tariffs, no flow."""
    return _DUTIES_ON.search(left.lower()) is not None


def _share_target(left: str, after: str) -> bool:
    """A percentage set as a share to reach: "aims to generate 15% of its electricity from
    renewables", "plans to raise the share of renewables to 30%" (not a growth rate: "to
    increase trade by 20%")."""
    if not (_STRONG_AIM_LOW.search(left) or _HOPE.search(left)):
        return False
    if re.search(r"\bby\s+$", left):
        # a growth rate is a target only when it is due by a deadline
        return bool(_GROWTH_BY.search(left) and _DEADLINE_AFTER.match(after))
    if _GOAL_OF.search(left):
        return True  # "set a target of 25 percent renewable electricity by 2030"
    if _SHARE_VERB.search(left) and re.match(r"\s+of\b", after):
        return True
    if _AIM_FOR.search(left) and re.match(r"\s+(?:of|share)\b", after):
        return True  # "aims for 15% of its electricity to come from", "targets a 15% share"
    if _DEADLINE_AFTER.match(after) and (
        _LEVEL_TO.search(left) or (_DUTIES_ON.search(left) and re.match(r"\s+of\b", after))
    ):
        # "aims to bring public debt down to 55 per cent of GDP by 2028", "agreed to remove
        # duties on 90 percent of tariff lines within five years": a level set with its deadline
        return True
    return bool(re.search(r"\bshare\b", left) and _TO_TARGET.search(left))


def offered(left: str, after: str) -> bool:
    """Money announced for others: "announced 1.5 billion yuan in grants", "unveiled an
    investment package of 12 billion euros"."""
    return _offered_low(left.lower(), after[:_AFTER].lower())


def _offered_low(left: str, after: str) -> bool:
    if _BUSINESS.search(left) or re.match(r"[^.;]{0,60}?\bdeals?\b", after):
        return False  # "companies announced 6 billion pounds of deals": business, not aid
    if _ANNOUNCED.search(left) and _AID_AFTER.match(after):
        return True
    return bool(_PACKAGE_OF.search(left))


def _is_target(left: str, quantity: Quantity, after: str = "") -> bool:
    """Whether `quantity` is set as a target by the words before it (`left`, from its
    clause start) and after it (matched on lower-cased text by case-sensitive patterns)."""
    left = left.lower()
    after = after[:_AFTER].lower()
    if re.match(r"up\s+to\b", quantity.text, _I):
        left += "to "  # "increase trade up to $2 billion": the qualifier holds the "to"
    elif _THRESHOLD.match(quantity.text):
        left += "above "  # "lift trade above $10 billion": the qualifier holds the threshold
    if _COST_TO.search(left):
        return False  # "bringing the total cost of the dam to $6 billion": a price, no target
    if _AID_NOT_TARGET.match(after) or _EXPECTED_EFFECT.search(left):
        return False
    if _CONTINUED_TO.search(left):
        return False  # "trade continued to rise to $4 billion in 2024": a result
    if quantity.unit == "percent":
        return _share_target(left, after)
    if quantity.unit in ("count", "km"):
        return False
    if _TO_TARGET.search(left) or _GOAL_OF.search(left):
        return True
    if aim_noun_target(left, after):
        return True  # "the ambition: bilateral trade of $5 billion", "want trade of $2bn by 2028"
    if _REACH.search(left) or _PRODUCE_TARGET_LOW.search(left):
        return True
    if _WILL_VOLUME.search(left) and quantity.usd is None and _DEADLINE_AFTER.match(after):
        return True
    if _WILL_BUY.search(left) and _DEADLINE_AFTER.match(after):
        return True
    if quantity.usd is not None and _OFFER_LOW.search(left):
        return True
    if quantity.usd is not None and _offered_low(left, after):
        return True
    return bool(_CAPACITY_OF.search(left) and _FUTURE_CUE.search(left))


def _share_quantity(base: int, match: re.Match[str]) -> Quantity | None:
    word = fold_key(match["share"]).replace("-", " ")
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


def _word_shares(text: str, base: int, found: Sequence[Anchor]) -> list[Anchor]:
    """A share in words set as a target: "want renewables to supply a quarter of
    electricity by 2030" (a percentage in figures is a quantity already)."""
    extra: list[Anchor] = []
    for match in WORD_SHARE.finditer(text):
        if any(a.start <= match.start("share") < a.end for a in found):
            continue
        if not (STRONG_AIM.search(text, 0, match.start()) or _WANT.search(text, 0, match.start())):
            continue
        quantity = _share_quantity(base, match)
        if quantity is not None:
            extra.append(Anchor(match.start("share"), match.end("share"), None, quantity))
    return extra


def _further_shares(text: str, base: int, found: Sequence[Anchor]) -> list[Anchor]:
    """Later steps of a share target, each with its own deadline: "15% ... by 2030, and
    half by 2050", "... and 40% by 2040" (a share in words is read as a percentage)."""
    extra: list[Anchor] = []
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
            extra.append(Anchor(match.start("share"), match.end("share"), None, step))
    return extra


_FROM_BEFORE = re.compile(r"\bfrom\s+$", _I)
_FROM_START = re.compile(r"from\s", _I)
_RANGE_TO = re.compile(r"\s(?:to|and)\s+", _I)


def _range_end(quantity: Quantity) -> Quantity:
    """The upper end of a range read as a change "from A to B": B, from its own words."""
    assert quantity.value_max is not None
    found = list(_RANGE_TO.finditer(quantity.text))
    offset = found[-1].end() if found else 0
    ratio = quantity.value_max / quantity.value if quantity.value else 1.0
    return replace(
        quantity,
        start=quantity.start + offset,
        text=quantity.text[offset:],
        value=quantity.value_max,
        value_max=None,
        qualifier=None,
        usd=quantity.usd * ratio if quantity.usd is not None else None,
    )


_FACTOR_STEMS = ("doubl", "tripl", "quadrupl", "fold")


def _may_hold_factor(text: str) -> bool:
    """(Speed) Whether :data:`FACTOR` may match in `text`: every match holds one of
    :data:`_FACTOR_STEMS` in any case (a dotless or dotted i may match an "i" of "tripl";
    a text with one is left to the pattern)."""
    lowered = text.lower()
    return (
        any(stem in lowered for stem in _FACTOR_STEMS) or "\u0131" in lowered or ("\u0130" in text)
    )


def find_anchors(sent: Span, text: str, quantities: Iterable[Quantity]) -> list[Anchor]:
    base = sent.start_char
    found: list[Anchor] = []
    for match in FACTOR.finditer(text) if _may_hold_factor(text) else ():
        if _PAST_BEFORE_FACTOR.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        found.append(Anchor(match.start(), match.end(), _factor_value(match), None))
    previous: Quantity | None = None
    last_target: Quantity | None = None  # the amount of the last target found
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
        if quantity.value_max is not None and (
            _FROM_BEFORE.search(text, clause_start, start) or _FROM_START.match(quantity.text)
        ):
            # "raise trade from about $400 million to $2 billion": the base and the target
            quantity = _range_end(quantity)
            start = quantity.start - base
        if _is_target(text[clause_start:start], quantity, text[quantity.end - base :]):
            found.append(Anchor(start, quantity.end - base, None, quantity))
            last_target = quantity
        elif (
            last_target is not None
            and last_target.unit == quantity.unit
            and later_step(text[last_target.end - base : start])
        ):
            # "bilateral trade of $5 billion within a year, and then $10 billion"
            found.append(Anchor(start, quantity.end - base, None, quantity))
            last_target = quantity
    found.extend(_word_shares(text, base, found))
    found.extend(_further_shares(text, base, found))
    found.sort(key=lambda a: a.start)
    # a factor followed by its target amount is one anchor: "doubling trade to $1 billion"
    merged: list[Anchor] = []
    for anchor in found:
        if merged and merged[-1].quantity is None and anchor.quantity is not None:
            gap = text[merged[-1].end : anchor.start]
            if not re.search(r";|\bas\s+well\s+as\b|\band\s+(?:to\s+)?\w+ing\b", gap, _I):
                last = merged.pop()
                merged.append(Anchor(last.start, anchor.end, last.factor, anchor.quantity))
                continue
        merged.append(anchor)
    return merged

"""Trade figures: amounts already achieved ("trade turnover reached $14 billion by the end
of 2023", "bilateral trade ... nearly $30 billion in 2024", "approached $2 billion last
year", "delivering currently more than 8 bcm per year").

A figure is an amount (money, tonnes, TEU, cubic metres, barrels) introduced by a verb
or preposition of result ("reached", "amounted to", "approached", "stood at", "totalled",
"exceeded", "grew to", "was", "of") in a clause naming what is measured (trade or
turnover -> ``bilateral_trade``; gas, oil, electricity -> ``energy_supply``; freight,
cargo -> ``freight_volume``; investment stock -> ``investment_stock``). An amount
introduced as a target is a commitment instead, and the cost, price or value of a thing
("opened in 2018 at a cost of $200 million") is not a flow.

The year is the date nearest the amount in its sentence that is not a comparison base
("compared to 2022", "than in 2022", "from 2022") and does not lie after publication;
present tense with "currently", "now" or "so far this year" gives the publication
year. Without a year no figure is reported. A figure is between parties: the sentence
must name two or more, or refer to them collectively, or (for trade) name none, the
parties then coming from the context as for commitments
(:func:`caspian.extract.fact_context.context_parties`). Repeated figures (a lead that
restates the body) are reported once.

The starting point of a target is a figure too ("agreed to lift trade to $2 billion,
..., from $450 million last year"). Result verbs include growth to an amount ("rose 20%
to $1.2bn", "grew by 35 percent year-on-year to"), "made up", "a record", "bought",
"received"; exports and imports ("X's exports to Y reached", "imports from Y totalled")
are ``bilateral_trade``; coal and uranium are energy; containers between two places
(TEU) are freight whatever the noun. When the clause of the amount names two or more
parties before it, parties named only after it ("... its second partner after China")
or in another clause ("..., and traffic between C and A hit ...") are left out.
Parties come from :func:`caspian.extract.fact_context.context_parties`.

The year of an amount followed by its period ("$980 million in 2022", "in the period
from January through October 2025") is that period's; a baseline "a year earlier" or "in
the previous year" is the year before the figure's; the base of a change ("up by almost
a third from $31.2bn in 2022", "down 12 per cent from ...", "up only modestly from ...")
is a figure of its own year; a change "over the same period" ("rose to €57.5 billion
from €31.7 billion over the same period", after "in 2022 ... in 2019") is dated by that
period, its end for the amount reached and its start for the base; the investment of a
thing built ("built by COSCO with an investment of about $3.5 billion") is its cost, no
investment stock; and prices are no flows; "traded goods worth $570 million" and "saw
their trade climb to" state figures; a flow named by its trader's demonym ("Turkmen gas
exports to China", "Chinese exports to Kazakhstan") has that state as a party;
"continued to rise to" states a figure. "compared with $4.3 billion in 2023" states a
figure, and so does an appositive "trade between A and B, currently
around $400 million, ..." (the publication year); "may have exceeded" hedges. An amount
restated in US dollars right after it ("1.74 trillion yuan ($245 billion)", "2.9
trillion tenge, or about $6 billion") is read in dollars. Only sentences holding a
word a metric is read from (found by plain string search in the lower-cased document),
and the sentence right after a figure, are read at all.

An amount's metric is read from its own coordinated clause first (after ", and", ",
while", "; "): "Russia sent 31 bcm of gas to China last year, and trade between the two
reached $245 billion" states an energy supply and a trade value ("sent" and "pumped" are
result verbs of a flow). A dateline's filing day ("MOSCOW, June 9 (wire) -") dates a
figure only when its sentence names no other date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from caspian.extract.base import add_facts, dates_in, make_fact, quantities_in, text_of
from caspian.extract.fact_context import (
    context_parties,
    direct_mentions,
    is_state,
    lower_text,
    sentences,
    span_text,
)
from caspian.extract.factoring import any_of
from caspian.extract.money import Quantity
from caspian.extract.trade_lists import (
    bloc_referred,
    deal_worth,
    goods_between,
    list_label,
    run_anchor,
)
from caspian.facts import TradeFigureFact

COMPONENT = "caspian.trade_figures.v1"
VERSION = "10"
#: spaCy factory names may not contain dots: the registered name of COMPONENT
FACTORY = COMPONENT.replace(".", "_")

_I = re.IGNORECASE
_QUAL = (
    r"(?:nearly|almost|about|approximately|around|roughly|some|close\s+to|over|more\s+than|"
    r"at\s+least|up\s+to|no\s+less\s+than|in\s+excess\s+of|an\s+estimated|just\s+over|"
    r"just\s+under|less\s+than|under|exceeding)"
)
_RESULT = re.compile(
    r"\b(?:reached|amounted\s+to|amounting\s+to|approached|stood\s+at|standing\s+at|stands\s+at|"
    # an appositive figure: "trade between A and B, currently around $400 million, ..."
    r"(?<=,\s)(?:currently|now|at\s+present)|"
    r"totall?ed|totall?ing|exceeded|surpassed|topped|hit|came\s+to|"
    # "when turnover passed $1 billion": a threshold passed by what is measured
    r"(?:trade|turnover|commerce|exports?|imports?|volumes?|it)\s+(?:\w+\s+){0,4}?"
    r"(?:passed|crossed)|"
    # "rose to", "rose 20% to", "grew by 12.5 percent year-on-year to"
    r"(?:grew|rose|increased|climbed|jumped|soared|fell|dropped|declined|decreased|"
    r"expanded|surged|edged\s+up|went\s+up|(?:almost\s+|nearly\s+|more\s+than\s+)?"
    r"(?:doubled|tripled))(?:\s+(?:by\s+)?(?:almost\s+|nearly\s+|"
    r"about\s+|some\s+|over\s+|more\s+than\s+|roughly\s+)?(?:\d[\d.,]*\s*(?:%|per\s*cent|"
    r"percent|times|-fold|fold)|(?:a|one)[- ](?:third|quarter|fifth|tenth)|half|"
    r"two[- ]thirds))?(?:\s+(?:year-on-year|y/y|yoy|annually|on\s+the\s+year))?"
    # the period of the change before the amount reached: "rose by 72 percent last year
    # to", "grew 20 percent in 2023 to", "jumped 16% in the last fiscal year to"
    r"(?:\s*,?\s+(?:(?:last|this|the\s+previous|the\s+past)\s+year|(?:in|during|over|for)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:\d{4}|year|months?|quarters?|half|period)))?"
    r"(?:\s*,)?\s+to|"
    # "continued to rise to $4 billion in 2024"
    r"continued\s+to\s+(?:rise|grow|increase|climb|expand)\s+to|"
    # "saw their trade climb to $570 million"
    r"(?:saw|has\s+seen|have\s+seen)\s+(?:[\w'’-]+\s+){1,4}?(?:climb|rise|grow|increase|jump|"
    r"surge|expand|fall|drop|decline)\s+to|"
    r"was|were|is|are|of|at|reaching|valued\s+at|worth|"
    # "up from", "up only modestly from", "down sharply from"
    r"(?:up|down)\s+(?:only\s+|just\s+)?(?:\w+ly\s+)?from|"
    # the base of a change: "up by almost a third from", "down 12 per cent from"
    r"(?:up|down|higher|lower)\s+(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|some\s+|over\s+|"
    r"more\s+than\s+|roughly\s+)?(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)|"
    r"(?:a|one)[- ](?:third|quarter|fifth|tenth)|half|two[- ]thirds)\s+from|"
    r"compared\s+(?:with|to)|"
    r"made\s+up|makes\s+up|constituted|equall?ed|was\s+equal\s+to|bought|purchased|sold|"
    r"received|"
    r"(?:is|are|was|were)\s+(?:currently\s+)?[“\"]?(?:delivering|supplying|exporting|shipping)"
    r"(?:\s+currently)?|delivered|supplied|exported|imported|shipped|transported|handled|sent|pumped)"
    rf"\s+(?:(?:just|slightly|well|only|already|still)\s+)?(?:{_QUAL}\s+)?"
    r"(?:(?:a|an)\s+(?:new\s+)?(?:record(?:\s+high)?|all-time\s+high)(?:\s+of)?\s+)?$",
    _I,
)
# an amount introduced as a target belongs to a commitment
_TARGET_LEFT = re.compile(
    r"\b(?:target|goal|aim|objective|ambition|plan|pledge|commitment|vision)\s+(?:of|to|is)\s+"
    r"(?:\w+ing\s+)?(?:\w+\s+)?$|\b(?:to|will|would|could|should|can|aims?\s+to|plans?\s+to)\s+"
    # lower-case words only: "exports to Kazakhstan hit" is no infinitive
    r"(?:(?-i:[a-z])\w*\s+){0,3}?(?:reach|hit|achieve|exceed|surpass|total)\s+\S*\s*$|"
    r"\bgoal\s+of\s+reaching\s+\S*\s*$",
    _I,
)
_METRICS: list[tuple[str, re.Pattern[str]]] = [
    ("energy_supply", re.compile(
        # "non-oil trade", "non-hydrocarbon exports" are trade in everything else
        r"(?<!non-)(?<!non\s)(?<!non–)"
        r"\b(?:gas|oil|crude|LNG|electricity|hydrocarbons?|petroleum|power\s+supplies|coal|"
        r"uranium)\b", _I)),
    ("freight_volume", re.compile(
        r"\b(?:freight|cargo|cargoes|container\s+traffic|transit\s+(?:traffic|volume|cargo)|"
        r"shipments)\b", _I)),
    ("bilateral_trade", re.compile(
        r"\b(?:trade|traded|turnover|commerce|export(?:s|ed)?|import(?:s|ed)?|shipments\s+to|"
        r"deliveries\s+to)\b",
        _I)),
    ("investment_stock", re.compile(r"\binvestments?\b", _I)),
]  # fmt: skip
#: the dollars of other countries ("A$", "C$", "Australian dollars") keep their own unit
_OTHER_DOLLARS = {"AUD", "CAD", "NZD", "SGD", "HKD", "BRL"}
_UNIT_OK = {
    "bilateral_trade": {"USD", "EUR", "CNY", "RUB", "KZT", "TRY", "AED", "INR", "KRW", "GBP",
                        "JPY", "AZN", "AMD", "KGS", "TJS", "UZS"} | _OTHER_DOLLARS,
    "energy_supply": {"cubic_meters", "barrels", "tonnes", "MW", "kWh", "USD"},
    "freight_volume": {"tonnes", "TEU"},
    "investment_stock": {"USD", "EUR", "CNY", "RUB", "KZT", "TRY", "AED", "INR", "KRW", "GBP",
                         "JPY"} | _OTHER_DOLLARS,
}  # fmt: skip
_COMPARISON = re.compile(
    r"\b(?:compared\s+(?:to|with)|than(?:\s+in)?|from|since|over|versus|vs\.?|against|"
    r"relative\s+to)\s+(?:the\s+(?:same\s+period\s+(?:of|in)\s+)?)?$",
    _I,
)
_AIM_WORDS = re.compile(
    r"\b(?:aim\w*|target\w*|goal\w*|plan\w*|will|would|shall|expect\w*|seek\w*|hope\w*|"
    r"intend\w*|ambition\w*|pledg\w*|forecast\w*|project(?:ed|ion)s?|(?-i:may)|might|could)\b",
    _I,
)
# (speed) read only for whether it matches: factored by first letter
_AIM_WORDS = any_of(_AIM_WORDS)
# the starting point of a target: "lift trade to $2 billion ..., from $450 million last year"
_BASELINE_FROM = re.compile(rf"\bfrom\s+(?:{_QUAL}\s+)?$", _I)
_TO_AMOUNT = re.compile(r"\bto\s+(?:US\$|USD|\$|EUR|€)?\s?\d", _I)
_COST_WORDS = re.compile(
    r"\b(?:cost|costs|costing|price|prices|priced|valued|budget|capex|expenditure|fine|loan|"
    r"deal)\b",
    _I,
)
_INSTRUMENT_WORTH = re.compile(
    r"\b(?:agreements?|contracts?|accords?|memorand\w*|MoUs?|pacts?|packages?|deals?|"
    r"documents?)\s+(?:\w+\s+){0,2}?(?:worth|valued\s+at|with\s+a\s+(?:total\s+)?value\s+of|"
    rf"totall?ing|of)\s+(?:{_QUAL}\s+)?$",
    _I,
)
#: an amount named as what an instrument or a purpose is about, not as a flow that happened:
#: "a contract ... for the transit of 240,000 tonnes of oil a year", "signed an agreement on
#: the supply of 2 bcm", "the accord provides for deliveries of 10 bcm", "agreed on a swap of
#: 5 million tonnes" (the noun of a flow, its amount after a bare "of")
_FLOW_NOUN_OF = re.compile(
    r"\b(?P<noun>(?:transit|suppl(?:y|ies)|deliver(?:y|ies)|exports?|imports?|purchases?|sales?|"
    r"shipments?|transport(?:ation)?|transfers?|swaps?|transshipment|pumping|offtake))\s+"
    r"(?:[\w-]+\s+){0,3}?of\s+"
    rf"(?:{_QUAL}\s+)?(?:(?:up\s+to|as\s+much\s+as)\s+)?$",
    _I,
)
#: a purpose or topic before that noun: "for the transit of", "on the export of"
_PURPOSE_BEFORE = re.compile(
    r"\b(?:for|on|about|regarding|concerning|covering)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,2}?$",
    _I,
)
#: an instrument or its making in the clause: the flow it names is its content
_INSTRUMENT_CONTENT = re.compile(
    r"\b(?:agreements?|contracts?|deals?|memorand\w*|MoUs?|accords?|protocols?|treat(?:y|ies)|"
    r"arrangements?|agree|agrees|agreed|provides?\s+for|provided\s+for|envisag\w*|"
    r"stipulat\w*|signed|signing|tenders?|licen[cs]es?|permits?)\b",
    _I,
)
#: a stock, a capacity or a cap is no flow: "reserves of 1.2 billion tonnes", "a capacity of
#: 55 bcm a year", "a quota of 1 million tonnes"
_STOCK_OF = re.compile(
    r"\b(?:reserves?|resources|deposits?|capacit(?:y|ies)|potential|stocks?|quotas?|"
    r"limits?|ceilings?|caps?)\s+of\s+"
    rf"(?:{_QUAL}\s+)?$",
    _I,
)


def _not_a_flow(text: str, clause_start: int, start: int) -> bool:
    """Whether the amount at `start` of `text` is a stock, a capacity, or the content of an
    instrument or a purpose rather than a flow that happened (its clause from
    `clause_start`)."""
    left = text[max(clause_start, start - 120) : start]
    if _STOCK_OF.search(left):
        return True
    noun = _FLOW_NOUN_OF.search(left)
    if noun is None:
        return False
    if _PURPOSE_BEFORE.search(left, 0, noun.start()):
        return True
    return _INSTRUMENT_CONTENT.search(text, clause_start, start) is not None


_ASIDE = re.compile(r",\s+(?:which|who|whom|whose|the\s+first|the\s+last|after|before)\s")
# (speed) read only for whether it matches: factored by first letter
_COST_WORDS = any_of(_COST_WORDS)
# a sentence continuing the previous one's figure: "That was up from ...", "This compares ..."
_ANAPHOR = re.compile(r"\s*(?:That|This|It|The\s+(?:figure|total|volume))\b")
_PRESENT = re.compile(r"\b(?:currently|now|so\s+far\s+this\s+year|at\s+present|to\s+date)\b", _I)


#: measures that are no flow between parties: the subject of a result verb naming one
#: ("Kazakhstan's GDP grew to", "gas production reached", "KazMunayGas's revenue rose to")
_OTHER_MEASURE = re.compile(
    r"\b(?:GDP|gross\s+domestic\s+product|revenues?|budgets?|profits?|output|production|"
    r"harvests?|earnings|income|spending|expenditures?|debts?|deficits?|reserves|remittances|"
    r"markets?|prices?|wages|salaries|capitali[sz]ation|valuation|population|inflation|"
    r"sales\s+of\s+(?:cars|vehicles))\b",
    _I,
)


#: a measure of either kind ("other": no flow)
_ANY_MEASURE = re.compile(
    "(?P<other>"
    + _OTHER_MEASURE.pattern
    + ")|"
    + "|".join(f"(?:{p.pattern})" for _, p in _METRICS),
    _I,
)


def _measured_head(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The first noun phrase of measures before an amount (in text[start:end], its own
    clause, after the last comma), its head last: "gas production", "trade turnover",
    "investment" (of "investment in Kazakhstan's oil sector")."""
    comma = text.rfind(",", start, end)
    region_start = comma + 1 if comma >= 0 else start
    run: list[re.Match[str]] = []
    for match in _ANY_MEASURE.finditer(text, region_start, end):
        if run and not re.fullmatch(r"\s+", text[run[-1].end() : match.start()]):
            break  # the first noun phrase of measures only
        run.append(match)
    return run


def _other_measure_last(text: str, start: int, end: int) -> bool:
    """Whether the head of the measured noun phrase before an amount is no flow between
    parties: "Kazakhstan's GDP grew to", "gas production reached", "the budget of A and B
    for trade promotion amounted to" (the head of a compound is its last word: "trade
    turnover", "oil prices")."""
    run = _measured_head(text, start, end)
    return bool(run) and run[-1].group("other") is not None


def _head_metric(text: str, start: int, end: int, quantity: Quantity) -> str | None:
    """The metric of the head of the measured noun phrase before an amount ("trade between
    A and B reached", after "Despite the fall in oil prices, ..."), when its unit fits; an
    energy product in the phrase makes trade in it a supply ("gas exports")."""
    run = _measured_head(text, start, end)
    if not run:
        return None
    phrase = text[run[0].start() : run[-1].end()]
    head = run[-1].group(0)
    for metric, pattern in _METRICS:
        if pattern.fullmatch(head):
            if metric == "bilateral_trade" and _METRICS[0][1].search(phrase):
                metric = "energy_supply"  # "gas exports", "oil imports"
            return metric if quantity.unit in _UNIT_OK[metric] else None
    return None


def _metric(clause: str, quantity: Quantity) -> str | None:
    for metric, pattern in _METRICS:
        if pattern.search(clause) and quantity.unit in _UNIT_OK[metric]:
            return metric
    if quantity.unit == "TEU" and _BETWEEN.search(clause):
        return "freight_volume"  # containers between two places are freight, whatever the noun
    return None


#: "in the period from January through October 2025": a period, not a comparison base
_PERIOD_FROM = re.compile(r"\b(?:period|months?)\s+from\s+$|^\s*from\s+$|\bin\s+from\s+$", _I)
#: The period named right after an amount ("$1.2 billion in 2024", "... during January-May")
_PERIOD_AFTER = re.compile(r"\s+(?:in|during|for|over)\s+(?:[^,;:()\d$€]{0,40}\s)?", _I)
#: A word every metric of _METRICS is read from holds (lower case), and the TEU unit: a
#: sentence without one holds no figure of its own.
_MEASURED_WORDS = (
    "gas", "oil", "crude", "lng", "electricity", "hydrocarbon", "petroleum", "power", "coal",
    "uranium", "freight", "cargo", "container", "transit", "shipments", "trade", "turnover",
    "commerce", "export", "import", "deliveries", "investment", "teu", "goods",
)  # fmt: skip
#: An amount restated in US dollars right after it: "1.74 trillion yuan ($245 billion)",
#: "2.9 trillion tenge, or about $6 billion,".
_CONVERSION = re.compile(
    r"\s*(?:\(\s*|,\s*(?:or|i\.e\.|equal\s+to|equivalent\s+to|worth)\s+|\s+or\s+|\s*[—–]\s*)"
    r"(?:(?:equivalent\s+to|equal\s+to)\s+)?",
    _I,
)
#: A baseline dated by the figure before it: "up from $2.1 billion a year earlier".
_YEAR_EARLIER = re.compile(
    r"\s*(?:a\s+year\s+(?:earlier|before|ago)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year"
    r"|(?:in\s+)?the\s+year\s+before)\b",
    _I,
)


def _in_dollars(text: str, quantity: Quantity, following: list[Quantity]) -> Quantity:
    """The amount as the text states it in US dollars: the amount itself, or its
    restatement in dollars right after it."""
    if quantity.unit == "USD" or quantity.unit not in _UNIT_OK["bilateral_trade"]:
        return quantity
    for restated in following:
        if restated.unit == "USD" and _CONVERSION.fullmatch(text, quantity.end, restated.start):
            return restated
    return quantity


_BETWEEN = re.compile(r"\b(?:between|from\s+\S+(?:\s+\S+)?\s+to)\b", _I)


#: a dateline's place and its filing day: "MOSCOW, June 9 (Reuters) -", "ASTANA, 3 June -"
_DATELINE_BEFORE = re.compile(r"\s*[A-Z][A-Z .'’-]+,\s*")
_DATELINE_AFTER = re.compile(r"(?:,?\s*\d{4})?\s*(?:\(|[-–—]|/)")


def _year(doc: Doc, start: int, end: int, quantity: Quantity, text_start: int) -> str | None:
    published: date | None = doc._.published
    text = text_of(doc)
    best: tuple[int, str] | None = None
    filed: str | None = None
    for mention in dates_in(doc, start, end):
        if mention.kind == "duration":
            continue
        left = text[max(text_start, mention.start - 30) : mention.start]
        if mention.kind == "since":
            continue
        if _DATELINE_BEFORE.fullmatch(text, text_start, mention.start) and _DATELINE_AFTER.match(
            text, mention.end
        ):
            filed = mention.value[:4]  # "MOSCOW, June 9 (wire) - ...": the filing day,
            continue  # the figure's year only when the sentence names no other
        if _COMPARISON.search(left) and not (mention.kind == "range" and _PERIOD_FROM.search(left)):
            continue
        year = mention.value[:4]
        if published is not None and int(year) > published.year:
            continue
        if mention.kind == "deadline" and published is not None and int(year) >= published.year:
            continue  # "by 2030" is a target year, not the year a figure describes
        distance = (
            quantity.start - mention.end
            if mention.end <= quantity.start
            else mention.start - quantity.end
        )
        if mention.start >= quantity.end and _PERIOD_AFTER.fullmatch(
            text, quantity.end, mention.start
        ):
            distance = -1  # "$980 million in 2022": the period right after the amount
        if best is None or distance < best[0]:
            best = (distance, year)
    if best is not None:
        return best[1]
    if filed is not None:
        return filed
    if published is not None and _PRESENT.search(text_of(doc)[start:end]):
        return f"{published.year:04d}"
    return None


#: "an investment of $3.5 billion", "a total investment of": the cost of one thing
_AN_INVESTMENT = re.compile(
    rf"\b(?:an?|its|the\s+project['’]s)\s+(?:\w+\s+)?investments?\s+of\s+(?:{_QUAL}\s+)?$", _I
)
#: a thing built or financed in the clause: the money is its cost, not a stock
_BUILT = re.compile(
    r"\b(?:built|constructed|developed|financed|funded|to\s+build|to\s+construct|construction"
    r"|project)\b",
    _I,
)
_BUILT = any_of(_BUILT)  # (speed: factored; read as a test)
#: "over the same period", "in the same period": the period of the figure before
_SAME_PERIOD = re.compile(r"\b(?:over|in|during|for)\s+the\s+same\s+(?:period|years?|time)\b", _I)


def _clause_end(text: str, start: int) -> int:
    match = _COORDINATION.search(text, start)
    return match.start() if match is not None else len(text)


def _period_year(doc: Doc, base: int, quantity: Quantity, *, based: bool) -> str | None:
    """The first (for a base, `based`) or last year named in the sentence before
    `quantity` (`base`: the sentence start), for a figure "over the same period"."""
    years = sorted(
        mention.value[:4]
        for mention in dates_in(doc, base, quantity.start)
        if mention.kind in ("point", "range") and mention.value[:4].isdigit()
    )
    if len(set(years)) < 2:
        return None
    return years[0] if based else years[-1]


def _clause_break(text: str, start: int, end: int) -> int:
    """Where a new coordinated clause begins in text[start:end] (after its last ", and",
    "; " or ", while"), else 0."""
    last = 0
    for match in _COORDINATION.finditer(text, start, end):
        last = match.end()
    return last


_COORDINATION = re.compile(r"(?:,\s*(?:and|while|whereas|but)\s+|;\s+)", _I)


def _measured_parties(
    doc: Doc, bounds: tuple[int, int], start: int, amount: int, parties: list[str]
) -> list[str]:
    """The parties named in the amount's clause before it, when two or more are: "trade
    between Uzbekistan and Russia hit $11.8 billion ..., its second partner after China" is
    not China's, nor is the second figure of "cargo between A and B reached X, and traffic
    between C and A hit Y" B's. A clause naming fewer keeps them all ("Bilateral trade hit
    $1bn, officials in Baku and Tashkent said")."""
    before = {m.actor_id for m in direct_mentions(doc, start, amount)}
    kept = [party for party in parties if party in before]
    if len(kept) >= 2 and len(kept) < len(parties):
        named = {m.actor_id for m in direct_mentions(doc, *bounds)}
        # the five Central Asian states of a group phrase are not named one by one
        return kept + [p for p in parties if p not in named]
    return parties


#: A flow named after its trader's demonym: "Chinese exports", "Turkmen gas exports",
#: "Kazakh oil shipments", "Russian gas supplies", "Uzbek imports".
_TRADER_FLOW = re.compile(
    r"\s+(?:(?:natural\s+)?(?:gas|oil|crude|coal|uranium|electricity|LNG|grain|wheat)\s+)?"
    r"(?:exports?|imports?|supplies|shipments|deliveries|sales|purchases)\b"
)


def _demonym_traders(doc: Doc, start: int, end: int) -> list[str]:
    """The states whose demonym names a flow in [start, end) ("Chinese exports to ...")."""
    text = text_of(doc)
    return [
        str(m.actor_id)
        for m in direct_mentions(doc, start, end)
        if m.via == "demonym" and is_state(m.actor_id) and _TRADER_FLOW.match(text, m.end)
    ]


def _measured(
    lowered: str, sents: list[Span], starts: list[int], *, exact: bool = False
) -> set[int] | None:
    """The indices of the sentences holding a word of _MEASURED_WORDS, with `starts` the
    sentences' start offsets; None if `starts` (unless `exact`) disagrees with a sentence
    it places a word in, or with the one after it."""
    measured: set[int] = set()
    for word in _MEASURED_WORDS:
        position = lowered.find(word)
        while position >= 0:
            index = bisect_right(starts, position) - 1
            if not exact and index not in measured:
                for near in (index, index + 1):
                    if 0 <= near < len(sents) and sents[near].start_char != starts[near]:
                        return None
            measured.add(index)
            after = starts[index + 1] if index + 1 < len(starts) else len(lowered)
            position = lowered.find(word, max(position + 1, after))
    return measured


def trade_figures_in(doc: Doc) -> list[TradeFigureFact]:
    """The achieved figures stated in a processed doc."""
    facts: list[TradeFigureFact] = []
    seen: set[tuple[object, ...]] = set()
    sents = sentences(doc)
    whole = text_of(doc)
    # a figure needs a word naming what is measured in its sentence (or is an anaphor
    # of the previous figure): find those sentences in one search, skip the others
    # before reading their amounts
    lowered = lower_text(doc)
    if len(lowered) == len(whole):
        bounds: list[tuple[int, int]] = doc._.sentences or []
        found = None
        if len(bounds) == len(sents):  # the sentence bounds, checked where they are used
            found = _measured(lowered, sents, [start for start, _ in bounds])
        if found is None:
            found = _measured(lowered, sents, [sent.start_char for sent in sents], exact=True)
        measured = found or set()
    else:  # lower-casing moved offsets (rare non-ASCII letters): sentence by sentence
        measured = {
            index
            for index, sent in enumerate(sents)
            if any(word in span_text(doc, sent).lower() for word in _MEASURED_WORDS)
        }
    pending = sorted(index for index in measured if index >= 0)
    last: TradeFigureFact | None = None  # the figure of the sentence last read
    last_index = -2
    run: list[TradeFigureFact] = []  # the figures of consecutive sentences up to this one
    while True:
        # the next sentence to read: the one after a figure (it may refer back to it),
        # else the next one naming a metric
        if last is not None and last_index + 1 < len(sents) and last_index + 1 not in measured:
            index = last_index + 1
        elif pending:
            index = pending.pop(0)
        else:
            break
        sent = sents[index]
        previous = last if last_index == index - 1 else None
        last, last_index = None, index
        if previous is None:
            run = []
        # "Uzbekistan: $13.7 billion, ..." after a figure: a list line of the run
        label = list_label(doc, sent) if previous is not None else None
        if label is not None and previous is not None and label in previous.parties:
            label = None
        if (
            index not in measured
            and label is None
            and (previous is None or not _ANAPHOR.match(whole, sent.start_char, sent.end_char))
        ):
            continue
        text = span_text(doc, sent)
        base = sent.start_char
        anaphor = previous is not None and _ANAPHOR.match(text) is not None
        clause_from = sent.start_char  # where the clause of the next amount starts
        amounts = quantities_in(doc, sent.start_char, sent.end_char)
        converted: set[int] = set()  # amounts that restate the one before in US dollars
        for number, quantity in enumerate(amounts):
            if number in converted:
                continue
            stated = _in_dollars(whole, quantity, amounts[number + 1 : number + 2])
            if stated is not quantity:
                converted.add(number + 1)
            start = quantity.start - base
            if _clause_break(text, clause_from - base, start):
                clause_from = base + _clause_break(text, clause_from - base, start)
            left = text[max(0, start - 60) : start]
            if re.match(r"from\s", quantity.text, _I):
                left += "from "  # the amount reader keeps "from" of "up from $2 billion"
            baseline = _BASELINE_FROM.search(left) is not None and _TO_AMOUNT.search(text, 0, start)
            # (a change and its period may reach further back than `left`: "rose by nearly
            # 72 percent last year to")
            wide = text[max(0, start - 120) : start] + left[len(text[max(0, start - 60) : start]) :]
            if label is not None and number == 0 and previous is not None:
                if quantity.unit not in _UNIT_OK[str(previous.metric.value)]:
                    continue
                anchor = run_anchor(doc, run, sents)
                if anchor is None or anchor == label:
                    continue
                listed_year = previous.year
                if re.search(r"\b(?:19|20)\d\d\b", text):
                    own_year = _year(doc, sent.start_char, sent.end_char, quantity, base)
                    listed_year = own_year or listed_year
                last = _listed_figure(doc, sent, previous, stated, [anchor, label], listed_year)
                key = (
                    tuple(sorted(last.parties)),
                    str(last.metric.value),
                    listed_year,
                    stated.value,
                )
                if key not in seen:
                    seen.add(key)
                    facts.append(last)
                    run.append(last)
                continue
            goods = goods_between(text, max(clause_from - base, 0), start, quantity.end - base)
            if not (_RESULT.search(wide) or baseline or goods) or _TARGET_LEFT.search(left):
                continue
            clause_left = left[max(left.rfind(","), left.rfind(";"), left.rfind("(")) + 1 :]
            if _AIM_WORDS.search(clause_left) or (_COST_WORDS.search(clause_left) and not goods):
                continue  # a target, or the cost of something, is not a flow
            if _INSTRUMENT_WORTH.search(clause_left) or deal_worth(
                text, max(clause_from - base, 0), start
            ):
                continue  # "signed an investment agreement worth $2 billion": a deal's value
            if _not_a_flow(text, max(clause_from - base, 0), start):
                continue  # "a contract for the transit of 240,000 tonnes a year": no flow yet
            clause_start = max(text.rfind(";", 0, start), 0)
            clause = text[clause_start : quantity.end - base + 40]
            # the metric of the amount's own coordinated clause first ("Russia sent 31 bcm
            # of gas ..., and trade between the two reached $245 billion": trade)
            own = max(clause_start, clause_from - base)
            own_end = min(quantity.end - base + 40, _clause_end(text, quantity.end - base))
            if _other_measure_last(text, own, start):
                continue  # "Kazakhstan's GDP grew to $260 billion, and its exports ...": no flow
            metric = (
                _head_metric(text, own, start, quantity)
                or _metric(text[own:start], quantity)
                or _metric(text[own:own_end], quantity)
                or _metric(text[clause_start:start], quantity)
                or _metric(clause, quantity)
                or (
                    "bilateral_trade"
                    if goods and quantity.unit in _UNIT_OK["bilateral_trade"]
                    else None
                )
            )
            inherited = (
                metric is None
                and anaphor
                and previous is not None
                and previous.unit == quantity.unit
            )
            if inherited and previous is not None:
                metric = previous.metric  # "That was up from 2.8 million tonnes in 2023"
            if metric is None:
                continue
            if metric == "investment_stock" and (
                _AN_INVESTMENT.search(left) or _BUILT.search(text, clause_from - base, start)
            ):
                continue  # "built by COSCO with an investment of $3.5 billion": a project's cost
            year = _year(doc, sent.start_char, sent.end_char, quantity, sent.start_char)
            if year is None and previous is not None:
                year = previous.year  # a run of figures: the year of the one before
            if year is None:
                continue
            same = _SAME_PERIOD.search(text, start, _clause_end(text, start))
            if same is not None:
                # "rose to €57.5 billion from €31.7 billion over the same period": the
                # period of the figure before (2019-2022), its end for the amount reached
                # and its start for the base
                year = _period_year(doc, base, quantity, based="from" in left[-6:]) or year
            if _YEAR_EARLIER.match(whole, quantity.end):
                year = str(int(year) - 1)  # "up from $2.1 billion a year earlier"
            if inherited and previous is not None:
                parties = list(previous.parties)
            else:
                # states named in a clause describing something else after the amount
                # ("..., the first full year after the Accords, which A, B and C signed") are
                # no parties of the figure
                aside = _ASIDE.search(whole, quantity.end, sent.end_char)
                parties = context_parties(
                    doc,
                    sents,
                    index,
                    implicit=True,
                    counted=True,
                    until=aside.start() if aside is not None else None,
                )
                parties = _measured_parties(
                    doc, (sent.start_char, sent.end_char), clause_from, quantity.start, parties
                )
                bloc = bloc_referred(doc, clause_from, quantity.start)
                if bloc is not None:
                    # "Serbia's trade with the union's members": the trader and the bloc
                    named = direct_mentions(doc, clause_from, quantity.start)
                    parties = [str(m.actor_id) for m in named if is_state(m.actor_id)][:1]
                    parties = [*parties, bloc] if parties and bloc not in parties else []
            if len(parties) < 2 and not inherited:
                # "Turkmen gas exports to China reached 40 bcm": the trader by its demonym
                traders = _demonym_traders(doc, clause_from, quantity.start)
                parties = parties + [p for p in traders if p not in parties]
            if len(parties) == 1 and previous is not None:
                # "- Trade with Saudi Arabia came to $52 billion." in a run of figures: the
                # run's common party is the other side
                anchor = run_anchor(doc, run, sents)
                if anchor is not None and anchor not in parties:
                    parties = [anchor, *parties]
            if len(parties) < 2:
                continue
            key = (tuple(sorted(parties)), metric, year, stated.value)
            if key in seen:
                continue
            seen.add(key)
            last = make_fact(
                TradeFigureFact,
                doc,
                sent,
                component=COMPONENT,
                version=VERSION,
                rule="anaphor" if inherited else "result_verb",
                parties=parties,
                metric=metric,
                value=stated.value,
                unit=stated.unit,
                year=year,
                date=year,
            )
            facts.append(last)
            run.append(last)
    return facts


def _listed_figure(
    doc: Doc,
    sent: Span,
    previous: TradeFigureFact,
    stated: Quantity,
    parties: list[str],
    year: str | None,
) -> TradeFigureFact:
    """The figure of a list line ("Uzbekistan: $13.7 billion"): the previous figure's
    metric, between the run's common party and the line's label."""
    return make_fact(
        TradeFigureFact,
        doc,
        sent,
        component=COMPONENT,
        version=VERSION,
        rule="list_line",
        parties=parties,
        metric=str(previous.metric.value),
        value=stated.value,
        unit=stated.unit,
        year=year,
        date=year,
    )


@Language.component(
    FACTORY,
    requires=["doc._.actors", "doc._.dates", "doc._.quantities"],
    assigns=["doc._.facts"],
)
def trade_figures_component(doc: Doc) -> Doc:
    """Append the trade figures of the doc to ``doc._.facts``."""
    add_facts(doc, trade_figures_in(doc))
    return doc


__all__ = ["COMPONENT", "VERSION", "trade_figures_component", "trade_figures_in"]

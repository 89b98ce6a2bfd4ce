"""Projects: named infrastructure, energy and mining projects with their host state.

Precision first: a project needs a name, a project noun and a host state, and its
sentence (or the next one, when that refers back to it) must speak of it as something
built, financed, planned or run ("build", "expand", "invest", "tender", "cost",
"capacity", "under construction", ...), not only as a place ("signed in the port of X").

Names (in order of preference):

- a run of capitalised words holding a capitalised project noun, with "of", "for",
  "and", "the" inside and an acronym in brackets after it ("the Lapis Lazuli Transit,
  Trade and Transport Route (LLR)", "the Trans-Caspian Gas Pipeline"); a common word
  joined by "of" in front is dropped ("Construction of the Rogun Dam");
- capitalised words, then at most three lower-case words, then a project noun ("the
  Rogun hydropower plant", "the Almalyk copper mine");
- a project noun with its name after it ("the port of Poti", "container port Poti");
- a possessive with an ordinal or superlative ("Kazakhstan's first nuclear power plant",
  "the country's first nuclear power plant").

Capitalised words that are only actor names, demonyms, geographic descriptors ("Black
Sea", "Caspian", "Middle") or sentence openers do not make a name on their own, except
states joined by hyphens ("the China-Kyrgyzstan-Uzbekistan railway", also with a
region: "the Central Asia-China gas pipeline") and a port named after a capital ("the
port of Baku"). A name followed by a company word ("... Pipeline Corporation") is a
company, not a project.

The host is, in order: the state whose possessive or adjective stands right before the
name ("Georgia's deep-sea port of Poti"); the state of "the Afghan section of ..."; for
"the country's first ...", the first state the sentence names (unless that state is the
subject whose verb takes the project as its object, "India is financing the country's
first refinery": then the other state the document names most); a state's own government
acting on it ("Georgia's government approved plans to expand ..."); the state in a
location phrase ("in Kazakhstan", "under Armenian control", "through the mountains of
Kyrgyzstan", "on the territory of ...") in the sentence or the next one referring to it
-- unless that phrase lists several states, when there is no single host and no fact.
More host rules: a route stated from its start ("running from Uzbekistan through
Afghanistan to Pakistan") is hosted by its origin, before any location phrase; an outside
power building, financing or developing a project ("China will build the port of X") is
a party but not its host (only the states of the region, which build at home, host by
that rule); a state of the region alone in the sentence (companies aside) signing a
contract or agreement on a named project hosts it; a ceremony (groundbreaking, launch of
construction, foundation stone) naming one state is hosted by it; a line with no
location is hosted by the first state it links ("the Caspian Sea power cable connecting
Kazakhstan with Azerbaijan", or "... linking the two countries": the first of the two
named before it) or by the origin of what it carries ("would carry Turkmen gas"); a
cross-border line agreed by two states by the first named; a field, deposit or mine in
a sentence naming no state, in a story whose leading state (by two mentions or more)
is named in the sentence before, by that state.
Names also include lines named after the sea they cross ("the Black Sea submarine
cable"), "Trans-" names of lines ("the Trans-Afghan railway"), and "the first X of
<state>", and a name in apposition ("Hyrasia One, the green hydrogen project planned by
..."); the words between a capitalised word and the noun are no function words
("Feasibility work on the line" is no name). "The scheme", "the cable", "the venture",
"the station", "a further phase" ... in the next sentences refer back to the project
(its cost, stage). A headline (a first line without
closing punctuation) makes no project. A sentence is scanned for names only when it
holds a project noun (one cheap lower-case scan first).
Parties are the host plus the states of the sentence (and of the next one when it
refers to the project). Sector comes from the name, then the sentence; the capital cost
from an amount after "cost", "capital expenditure", "worth", "valued at", "estimated"
in the sentence or the next two; the stage from the words around it ("under
construction", "to build", "operational", "proposed"); the date is the statement date of
:func:`caspian.extract.fact_context.statement_date`. Mentions of one project are merged by
their main name word; a later mention adds the cost and stage the first one lacks ("The
China-Kyrgyzstan-Uzbekistan railway is estimated to cost $4.7 billion" paragraphs later).

More rules: a bare name described in the next sentence ("... for Hyrasia One. The scheme,
developed by Svevind, would cost about USD 50 bln") is read by
:mod:`caspian.extract.project_anaphora`, hosted by the one state the two sentences name
(or the story's state); a subject state hosts what it builds even when a builder follows
the name ("Azerbaijan inaugurated the X wind farm, built by Saudi Arabia's ACWA Power"),
and the states inside a route's name ("the China-Kyrgyzstan-Uzbekistan railway") do not
compete with it; a ceremony ("launch of construction") is hosted by the one state named
outside the project's name, else by the state of the dateline ("BISHKEK -- ..."); "in
Jalal-Abad, Kyrgyzstan" is a location phrase; "a $1.2 billion project" gives the cost;
"opened", "inaugurated" make a project operational and "started construction of" under
construction. Units ("a 1 GW wind farm") make no name. An unnamed project agreed in a
state ("signed an agreement on the construction of a low-power nuclear power plant in
Uzbekistan", "a contract to build a small nuclear plant in ...", "agreed to build a copper
smelter in ...", also with its size: "an investment agreement with Kazakh partners for a 1
GW onshore wind farm ... in the Zhambyl region of southern Kazakhstan") is named by its words
when one tells it from others of its kind (not "a nuclear power plant"), unless negated;
a line named after two places ("the Igdir-Nakhchivan pipeline") at a ceremony two states
attend is hosted by the one of the region, else by the first named. A bare name
described in the next sentence, in two sentences naming no state (companies aside), is
hosted by the capital of an upper-case dateline of the region ("ASTANA - On paper,
Hyrasia One is ... in Central Asia. The scheme ... would cost ..."). "Uzbekistan will build
its first nuclear power plant" names a project hosted by the subject state (not when a
company or a second state comes before "its"), one with "Uzbekistan's first ..." later.

Host rules are in :mod:`caspian.extract.project_hosts`; among them, states of the region
signing an agreement on building a project ("signed an agreement on cooperation in the
construction of the Kambarata-1 hydropower plant") in a story filed from the capital of
the first of them ("BISHKEK — ...") are hosted by that state. A later sentence naming the
project by its main word gives the cost its mentions lack ("Cost estimates for
Kambarata-1 range from about $4 billion to $6 billion"). A facility named as something in
use ("working groups on the use of Iran's Chabahar port", "access to ...") is no project.

A cost in a relative clause ("..., which the company values at $2.4 billion", "valued by
the company at", "whose developer puts its cost at") counts, and so does a next sentence
opening on the cost ("Its cost is usually put at around $25 billion", "It is expected to
cost ..."); "in western Serbia", "in central Kazakhstan" are location phrases. A
crossing named by its river ("a road bridge across the Araz river", "of automobile bridge
over the Tumen river" without its article) is a name; laying its foundation ("the
ceremony of laying the foundation of ...", "a foundation-laying ceremony") puts it under
construction, and "which will connect A and B" hosts it by A. A name may hold a number
("the Power of Siberia 2 gas pipeline", "the Kambarata 1 hydropower plant", "Thermal
Power Plant No. 3"); "reconstruction" and "rehabilitation" speak of a project; a speaker
after a location phrase ("across Mongolia, Gazprom chief executive X said") is no list of
host states.

Round 9: a capitalised name in apposition to a possessive description ("North Field East,
Qatar's biggest LNG project, ...") names the project the owner hosts (a commodity in
capitals, "LNG", is no name); a state helped, lent to or granted money to build a project
hosts it (:mod:`caspian.extract.project_beneficiaries`); a mention naming no state keeps the
host of an earlier place-only mention of the same project; a line's course told from start
to end ("crosses Greece, Albania ... and reaches Italy") is hosted by its first state, a site
"on the border between A and B" by A, a line named after two capitals by the first; "$X is
still needed to complete" is a cost; going into service, first cargo and commercial
operations are operational; a facility reached ("landed at", "docked at") or used ("access
to sites ..., including the port at X") is no project, and the place of a war or crisis is
no site; an unnamed project described by its kind in a named state ("a tungsten project in
Kazakhstan, to be developed by ...", "a $600 million copper smelter in Uzbekistan") is one
when its cost or builder is told.

Speed: one plain search of the whole lower-cased text for the project nouns picks the
sentences worth reading; each name pattern runs only when cheap tests show it can match
(:mod:`caspian.extract.project_names`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from caspian.extract.base import add_facts, make_fact, quantities_in, text_of
from caspian.extract.fact_context import (
    is_state,
    lower_text,
    party_mentions,
    sentences,
    span_text,
    statement_date,
    word_positions,
)
from caspian.extract.factoring import any_of
from caspian.extract.project_anaphora import anaphoric_host, anaphoric_name
from caspian.extract.project_hosts import (
    HOME_BUILDERS,
    REFERS,
    dateline_state,
    names_a_state,
    project_host,
)
from caspian.extract.project_names import (
    Name,
    has_word,
    main_words,
    names_in,
    noun_positions,
)
from caspian.facts import ProjectFact

COMPONENT = "caspian.projects.v1"
VERSION = "10"
#: spaCy factory names may not contain dots: the registered name of COMPONENT
FACTORY = COMPONENT.replace(".", "_")

_I = re.IGNORECASE
_SECTORS: list[tuple[str, re.Pattern[str]]] = [
    ("nuclear", re.compile(r"\b(?:nuclear|NPP|atomic|uranium|Rosatom)\b", _I)),
    ("critical_minerals", re.compile(
        r"\b(?:graphite|lithium|rare[\s-]earths?|critical\s+(?:raw\s+)?minerals?|tungsten|"
        r"cobalt|nickel|vanadium|manganese|tantalum|niobium|gallium|germanium)\b", _I)),
    ("green_energy", re.compile(
        r"\b(?:solar|wind\s+(?:farm|power|park)|hydropower|hydroelectric|HPP|renewable|"
        r"green\s+(?:hydrogen|energy))\b", _I)),
    ("energy", re.compile(
        r"\b(?:gas|oil|LNG|pipeline|power\s+(?:plant|station|line)|thermal|refinery|electricity|"
        r"transmission|"
        r"interconnector|energy)\b", _I)),
    ("mining", re.compile(r"\b(?:mine|mining|deposit|gold|copper|coal|ore|smelter)\b", _I)),
    ("digital", re.compile(r"\b(?:data\s+cent(?:er|re)|fib(?:er|re)[\s-]optic|digital)\b", _I)),
    ("transport", re.compile(
        r"\b(?:port|seaport|railway|railroad|rail|route|corridor|highway|motorway|road|bridge|"
        r"airport|tunnel|canal|transit|crossing|checkpoint)\b", _I)),
    ("logistics", re.compile(r"\b(?:terminal|logistics|hub|container)\b", _I)),
    ("energy", re.compile(r"\b(?:cables?|power\s+lines?)\b", _I)),
    ("agriculture", re.compile(r"\b(?:agricultur\w*|irrigation|grain|farming)\b", _I)),
]  # fmt: skip

_COST = re.compile(
    r"\b(?:cost|costs|costing|capital\s+expenditure|capex|worth|valued\s+at|value\s+of|priced\s+at|"
    r"price\s+tag|estimated|budget|investment\s+of|investments?\s+(?:worth|totall?ing)|"
    r"financing\s+of|requir\w*)\b[^.;]{0,60}$|"
    # "which the company values at $2.4 billion", "valued by its developer at", "puts the
    # price at"
    r"\b(?:values?|valued\s+by(?:\s+[\w'’-]+){1,4}?|puts?\s+(?:its|the)\s+(?:cost|value|"
    r"price)|put\s+(?:its|the)\s+(?:cost|value|price))\s+at\s+(?:\w+\s+){0,2}$",
    _I,
)
_STAGES: list[tuple[str, re.Pattern[str]]] = [
    ("operational", re.compile(
        r"\b(?:operational|in\s+operation|commissioned|began\s+operat\w+|opened\s+in|"
        r"(?<!be\s)(?<!is\s)(?<!are\s)(?<!being\s)completed|"
        r"(?<!will\s)(?<!to\s)(?<!be\s)(?:inaugurated|opened)(?!\s+(?:talks|negotiations|"
        r"bids|tenders?|the\s+way))|"
        r"came\s+on\s*stream|launched\s+operations|"
        r"(?:went|came|entered|was\s+put)\s+into\s+(?:service|operation)|"
        r"(?:started|began|commenced)\s+(?:commercial\s+)?(?:operations|production|deliveries)|"
        r"first\s+(?:cargo|shipment)\s+of)\b", _I)),
    ("under_construction", re.compile(
        r"\b(?:under\s+construction|constructing|being\s+built|is\s+building|are\s+building|"
        r"construction\s+(?:is|began|started)|broke\s+ground|ground-?breaking|"
        r"(?:launch|start)\s+of\s+(?:the\s+)?construction|foundation\s+stone|first\s+stone|"
        r"lay(?:ing|s)?\s+(?:of\s+)?the\s+foundations?|laid\s+the\s+foundations?|"
        r"foundation[- ]laying|"
        r"launch(?:ing|ed)?\s+(?:the\s+)?construction|"
        r"(?:started|began|begun|launched|commenced)\s+(?:the\s+)?construction|"
        r"construction\s+of\s+[^.;]{0,80}?\s+(?:began|started|has\s+begun|commenced|"
        r"is\s+under\s+way|was\s+launched|got\s+under\s*way|kicked\s+off))\b",
        _I)),
    ("planned", re.compile(
        r"\b(?:planned|plans?\s+to\s+build|will\s+(?:be\s+)?(?:build|built|construct\w*|develop\w*)|"
        r"to\s+be\s+(?:built|constructed)|bid\s+to\s+build|tender|will\s+provide|will\s+link|"
        r"will\s+connect|established|feasibility|to\s+build|"
        r"(?:meant|designed|intended|set)\s+to\s+(?:connect|link))\b", _I)),
    ("proposed", re.compile(
        r"\b(?:proposed|proposal|propos(?:ing|es)|envisaged|considering|mulling|idea\s+of|early\s+stage)\b",
        _I)),
]  # fmt: skip
# a title line: no closing punctuation
_HEADLINE = re.compile(r"[^\n]*[^.!?:;\"”'’)\s]\s*")
# "a $1.2 billion project": an amount qualifying the project noun is its cost
_PROJECT_AFTER = re.compile(
    r"[\s-]+(?:[a-z][\w-]*\s+){0,2}(?:project|scheme|venture|plant|facility|complex|"
    r"development|investment\s+project)\b"
)
# "$6.29 billion is still needed to complete the plant": the sum a project needs
_NEEDED_AFTER = re.compile(
    r"\s+(?:is|are|was|were|would\s+be|will\s+be)\s+(?:still\s+|now\s+)?(?:needed|required)\s+"
    r"to\s+(?:complete|finish|build|construct)\b",
    _I,
)
# a builder or developer right after an unnamed project ("a tungsten project in Kazakhstan,
# to be developed by ...", "..., which will be built by ...")
_BUILDER_AFTER = re.compile(
    r"[^.;]{0,40}?,?\s+(?:(?:which|that)\s+(?:is|are|will|would)\s+(?:be\s+)?|to\s+be\s+|being\s+)?"
    r"(?:developed|built|constructed|financed|funded|operated)\s+(?:jointly\s+)?by\b",
    _I,
)
_TO_BE_OPERATIONAL = re.compile(
    r"\b(?:to\s+be(?:come)?|will\s+be(?:come)?|would\s+be(?:come)?)\s+(?:fully\s+)?"
    r"(?:operational|in\s+operation|commissioned)\b",
    _I,
)
# a project is spoken of as something built, financed or planned, not only as a place
_ACTIVITY = re.compile(
    r"\b(?:build\w*|built|construct\w*|reconstruct\w*|rehabilitat\w*|develop\w*|expan\w*|"
    r"rebuil\w*|revitali[sz]\w*|refurbish\w*|renovat\w*|restor\w*|revamp\w*|"
    r"moderni[sz]\w*|upgrad\w*|"
    r"invest\w*|financ\w*|fund\w*|lend\w*|lent|tender\w*|bid|bids|cost\w*|capex|"
    r"capital\s+expenditure|"
    r"capacity|project\w*|launch\w*|commission\w*|design\w*|feasibility|phase|establish\w*|"
    # ("plant" is no planning word: "the country's only nuclear plant is old")
    r"plan(?!ts?\b)\w*|spend\w*|spent|propos\w*|concession\w*|operat\w*|exploration|explor\w*|revive\w*|"
    r"completion|complete[sd]?|inaugurat\w*|open\w*|stake|handl\w*|extension|into\s+service|"
    r"first\s+(?:cargo|shipment)|work\s+(?:on|began|"
    r"started|starts|begins)|(?:began|started|launched)\s+work|ground-?breaking|broke\s+ground|"
    r"(?:will|would|to)\s+(?:run|link|connect|carry)|linking|connecting|early\s+stage|"
    r"worth|valued\s+at|values?\s+at|valued\s+by|contracts?\s+(?:on|for|to\s+build)|"
    r"ground-?breaking|groundbreaking|first\s+stone|foundation\s+stone|foundation[- ]laying|"
    r"(?:lay\w*|laid)\s+(?:of\s+)?the\s+foundations?|"
    r"(?:will|would|to)\s+(?:\w+\s+)?(?:span|cross))\b",
    _I,
)
# (speed) read only for whether it matches: factored by first letter
_ACTIVITY = any_of(_ACTIVITY)
#: ties grown, not a thing built: "expand cooperation in transport along the X Corridor",
#: "develop trade via the Y route", "deepen their partnership" -- no activity on a project
_TIES_GROWN = re.compile(
    r"\b(?:expan\w*|develop\w*|boost\w*|deepen\w*|strengthen\w*|broaden\w*|promot\w*)\s+"
    r"(?:(?:their|its|our|the|bilateral|mutual|economic|trade|practical)\s+){0,3}"
    r"(?:cooperation|co-operation|ties|relations|trade|contacts|dialogue|partnership|"
    r"interaction|exchanges)\b",
    _I,
)

# (speed) read only for whether they match: factored by first letter (factoring.any_of)
_SECTORS = [(sector, any_of(pattern)) for sector, pattern in _SECTORS]
_STAGES = [(stage, any_of(pattern)) for stage, pattern in _STAGES]


def _sector(name: str, context: str) -> str | None:
    for text in (name, context):
        for sector, pattern in _SECTORS:
            if pattern.search(text):
                return sector
    return None


# not begun: "has yet to break ground", "is still to be built"
_NOT_BEGUN = re.compile(
    r"\b(?:yet|still)\s+to\s+(?:break\s+ground|be\s+(?:built|constructed|started)|start|begin|"
    r"get\s+under\s*way)\b",
    _I,
)


def _stage(text: str) -> str | None:
    if _TO_BE_OPERATIONAL.search(text) or _NOT_BEGUN.search(text):
        return "planned"  # "expected to be operational by 2027", "yet to break ground": not yet
    for stage, pattern in _STAGES:
        if pattern.search(text):
            return stage
    return None


def _cost(doc: Doc, spans: Sequence[Span], name: Name) -> tuple[float | None, float | None]:
    """The capital cost in USD: an amount after a cost word, or right before the name
    ("the $3.5bn X Terminal")."""
    for span in spans:
        for quantity in quantities_in(doc, span.start_char, span.end_char):
            if quantity.usd is None:
                continue
            left = text_of(doc)[max(span.start_char, quantity.start - 80) : quantity.start]
            attached = quantity.end <= name.start and re.fullmatch(
                r"[\s-]*(?:[A-Z][\w-]*\s+)?", text_of(doc)[quantity.end : name.start]
            )
            if not (
                _COST.search(left)
                or attached
                or _PROJECT_AFTER.match(text_of(doc), quantity.end)
                or _NEEDED_AFTER.match(text_of(doc), quantity.end)
            ):
                continue
            low = quantity.usd
            high = low
            if quantity.value_max is not None:
                high = quantity.value_max * (low / quantity.value if quantity.value else 1.0)
            return low, high
    return None, None


@dataclass(slots=True)
class _Project:
    """A project found in the text, with what its mentions say of it."""

    name: Name
    index: int  # the sentence of its first mention
    host: str
    words: set[str]
    parties: list[str]
    sector: str | None
    low: float | None
    high: float | None
    stage: str | None


def _window(doc: Doc, sents: Sequence[Span], index: int, words: set[str]) -> list[Span]:
    """The sentence of a mention and the next ones (up to two) referring back to it."""
    window = [sents[index]]
    for nxt in sents[index + 1 : index + 3]:
        if REFERS.search(span_text(doc, nxt)) or any(
            has_word(span_text(doc, nxt), w) for w in words
        ):
            window.append(nxt)
        else:
            break
    return window


# the describing nouns of a bare name's next sentence (see project_anaphora)
_DESCRIBING_STEMS = ("scheme", "venture", "facilit", "initiative", "development")


def _candidates(doc: Doc, sents: Sequence[Span]) -> list[int]:
    """The sentences that may name or describe a project: those with a project noun at a
    word start, found by one plain search of the whole lower-cased text."""
    lowered = lower_text(doc)
    positions = noun_positions(doc) + [
        p
        for p in word_positions(lowered, _DESCRIBING_STEMS)
        if p == 0 or not (lowered[p - 1].isalnum() or lowered[p - 1] == "_")
    ]
    if not positions:
        return []
    starts = [sent.start_char for sent in sents]
    return sorted({i for i in (bisect_right(starts, p) - 1 for p in positions) if i >= 0})


def _mentions(doc: Doc, sents: Sequence[Span]) -> Iterator[tuple[int, Name]]:
    """The project names of the doc by sentence: the patterns' names, and a name the
    sentence before gives to "the scheme" of a sentence saying what it costs or builds."""
    previous: list[Name] = []
    previous_index = -2
    for index in _candidates(doc, sents):
        sent = sents[index]
        if previous_index != index - 1:
            previous = []  # a sentence with no project noun names no project
        previous_index = index
        if index == 0 and _HEADLINE.fullmatch(span_text(doc, sent)):
            continue  # a headline: its body states the project, with the facts around it
        found = names_in(doc, sent)
        yield from ((index, name) for name in found)
        if not found and not previous and index > 0:
            named = anaphoric_name(doc, sents, index)
            if named is not None:
                yield index - 1, named
        previous = found


def _enrich(doc: Doc, sents: Sequence[Span], index: int, name: Name, project: _Project) -> None:
    """A later mention of `project` adds the cost and stage its first mention lacks."""
    if project.low is None or project.stage is None:
        window = _window(doc, sents, index, main_words(name.name))
        if project.low is None:
            project.low, project.high = _cost(doc, window, name)
        if project.stage is None:
            project.stage = _stage(" ".join(span_text(doc, s) for s in window))


_ORDINAL_KEY = re.compile(r"\b(?:first|second|third|largest|biggest|longest|new|only)\b.*", _I)


def _ordinal_key(name: Name) -> str | None:
    """What a possessive or ordinal name says without its owner: "first nuclear power
    plant" for "Kazakhstan's first nuclear power plant", "its first ...", "the first
    nuclear power plant of Kazakhstan"."""
    if name.rule not in ("possessive_ordinal", "its_ordinal", "ordinal_of"):
        return None
    match = _ORDINAL_KEY.search(name.name)
    if match is None:
        return None
    return " ".join(re.split(r"\s+(?:of|in)\s+", match.group(0).lower())[0].split())


# a facility named as something used or reached, not as something built or financed
_IN_USE = re.compile(
    r"\b(?:(?:use|usage|utili[sz]ation)\s+of|access\s+to)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$|"
    # "access to certain facilities, such as the port at X": one of the places used
    r"\b(?:access\s+to|use\s+of|use)\s+(?:[\w-]+\s+){0,3}?(?:facilities|sites|bases|ports|"
    r"airports|airfields|infrastructure)(?:\s+(?:in|on|at)\s+[^.;,]{1,40}?)?,?\s+"
    r"(?:such\s+as|including|like|among\s+them)\s+"
    r"(?:the\s+)?$|"
    # "the plane landed at X airport", "the ship docked at the port of X": a place reached
    r"\b(?:land(?:s|ed|ing)?|arriv(?:es|ed|ing|e)|dock(?:s|ed|ing)?|touch(?:es|ed)?\s+down|"
    r"berth(?:s|ed)?|call(?:s|ed|ing)?|stopp(?:ed|ing)\s+over|refuel(?:l?ed|l?ing)?)\s+"
    r"(?:safely\s+)?(?:at|in)\s+(?:the\s+)?$",
    _I,
)


def _later_cost(
    doc: Doc, sents: Sequence[Span], project: _Project
) -> tuple[float | None, float | None]:
    """The cost a later sentence naming the project by its main word states ("Cost
    estimates for Kambarata-1 range from about $4 billion to $6 billion")."""
    lowered = lower_text(doc)
    starts = [sent.start_char for sent in sents]
    indices: set[int] = set()
    for word in project.words:
        position = lowered.find(word, sents[project.index].end_char)
        while position >= 0:
            indices.add(bisect_right(starts, position) - 1)
            position = lowered.find(word, position + len(word))
    for index in sorted(indices):
        span = sents[index]
        if not any(has_word(span_text(doc, span), word) for word in project.words):
            continue
        low, high = _cost(doc, [span], project.name)
        if low is not None:
            return low, high
    return None, None


_NEXT_ORDINAL = r"\b(?:an?|the|its)\s+(?P<ordinal>second|third|fourth)\s+"
_DENIED = re.compile(r"\b(?:no|not|never|without|rul\w+\s+out|den\w+)\b", _I)


def _next_of_kind(doc: Doc, sents: Sequence[Span], projects: Sequence[_Project]) -> list[_Project]:
    """A further project of a kind whose first one the story hosts ("the country's first
    nuclear power plant ... said it intended to work with the Chinese company on a second
    nuclear power plant"): the same host, unless the sentence denies it."""
    found: list[_Project] = []
    whole = text_of(doc)
    starts = [sent.start_char for sent in sents]
    for project in projects:
        key = _ordinal_key(project.name)
        if key is None or not key.startswith("first "):
            continue
        kind = re.escape(key[len("first ") :]).replace(r"\ ", r"\s+")
        pattern = re.compile(_NEXT_ORDINAL + rf"(?P<kind>{kind})\b", _I)
        for match in pattern.finditer(whole, sents[project.index].start_char):
            index = bisect_right(starts, match.start()) - 1
            sent = sents[index]
            if _DENIED.search(whole, sent.start_char, match.start()):
                continue
            name = f"{match['ordinal'].lower()} {' '.join(match['kind'].split())}"
            if any(p.name.name == name and p.host == project.host for p in (*projects, *found)):
                continue
            parties = [project.host] + [
                str(m.actor_id)
                for m in party_mentions(doc, sent.start_char, sent.end_char)
                if is_state(m.actor_id) and m.actor_id != project.host
            ]
            context = span_text(doc, sent)
            found.append(
                _Project(
                    Name(match.start("ordinal"), match.end(), name, "next_of_kind"),
                    index,
                    project.host,
                    set(),
                    list(dict.fromkeys(parties)),
                    project.sector,
                    None,
                    None,
                    _stage(context) or "proposed",
                )
            )
    return found


def projects_in(doc: Doc) -> list[ProjectFact]:
    """The named projects of a processed doc, one fact per project (a later mention of a
    project adds the cost and stage its first mention lacks)."""
    projects: list[_Project] = []
    # the hosts of mentions named as places only ("the Rogun dam has been a slogan"), for a
    # later mention of the same project that names no state ("to finish the Rogun
    # Hydropower Plant")
    placed: list[tuple[set[str], str]] = []
    sents = sentences(doc)
    for index, name in _mentions(doc, sents):
        words = main_words(name.name)
        known = [p for p in projects if p.words & words]
        if known:
            _enrich(doc, sents, index, name, known[0])
            continue
        if _IN_USE.search(text_of(doc), max(0, name.start - 120), name.start):
            continue  # "working groups on the use of Iran's Chabahar port": a place in use
        host = project_host(doc, sents, index, name)
        if host is None and name.rule == "anaphoric":
            host = anaphoric_host(doc, sents, index)
            if host is None and not names_a_state(doc, sents[index : index + 2]):
                # "ASTANA - On paper, Hyrasia One is ... in Central Asia. The scheme ...
                # would cost ...": no state named, a dateline in the region places it
                dateline = dateline_state(doc, sents)
                host = dateline if dateline in HOME_BUILDERS else None
        if host is None and words:
            host = next((h for w, h in placed if w & words), None)
        if host is None:
            continue
        key = _ordinal_key(name)
        same = [p for p in projects if key and p.host == host and _ordinal_key(p.name) == key]
        if same:
            # "Kazakhstan will build its first nuclear power plant ... Kazakhstan's first
            # nuclear power plant": one project
            _enrich(doc, sents, index, name, same[0])
            continue
        window = _window(doc, sents, index, words)
        context = " ".join(span_text(doc, span) for span in window)
        if not _ACTIVITY.search(_TIES_GROWN.sub(" ", context)):
            if words:
                placed.append((words, host))
            continue  # a named place ("signed in the port of Aktau"), not a project
        parties = [host]
        for span in window[:2]:
            for mention in party_mentions(doc, span.start_char, span.end_char):
                if is_state(mention.actor_id) and mention.actor_id not in parties:
                    parties.append(mention.actor_id)
        low, high = _cost(doc, window, name)
        if (
            name.rule == "described_in"
            and low is None
            and not _BUILDER_AFTER.match(text_of(doc), name.owner_end or name.end)
        ):
            continue  # "a copper mine in Kazakhstan was flooded": a kind, no project told
        projects.append(
            _Project(
                name,
                index,
                host,
                words,
                parties,
                _sector(name.name, context),
                low,
                high,
                _stage(context),
            )
        )
    projects.extend(_next_of_kind(doc, sents, projects))
    for project in projects:
        if project.low is None:
            project.low, project.high = _later_cost(doc, sents, project)
    return [
        make_fact(
            ProjectFact,
            doc,
            sents[project.index],
            component=COMPONENT,
            version=VERSION,
            rule=project.name.rule,
            parties=project.parties,
            name=project.name.name,
            host=project.host,
            sector=project.sector,
            value_min_usd=project.low,
            value_max_usd=project.high,
            stage=project.stage,
            date=statement_date(doc, sents, project.index, agreed_in=False),
        )
        for project in projects
    ]


@Language.component(
    FACTORY,
    requires=["doc._.actors", "doc._.quantities"],
    assigns=["doc._.facts"],
)
def projects_component(doc: Doc) -> Doc:
    """Append the projects of the doc to ``doc._.facts``."""
    add_facts(doc, projects_in(doc))
    return doc


__all__ = ["COMPONENT", "VERSION", "projects_component", "projects_in"]

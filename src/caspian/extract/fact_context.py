"""Who states a fact and when: the parties and the statement date of a fact's sentence.

Shared by :mod:`caspian.extract.commitments`, :mod:`caspian.extract.trade_figures` and
:mod:`caspian.extract.projects` (split out of the commitments module, which documents
the rules: parties named before the measured phrase, collective references resolved
from the preceding sentences, the five Central Asian states for "the region" in a
passage about Central Asia or a group phrase, "the government" of a one-state story,
and the statement date).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from caspian.extract.base import actors_in, dates_in, text_of
from caspian.extract.dates import DateMention, may_name_day, may_name_month
from caspian.extract.folding import aligned_lower
from caspian.extract.parties import is_aside

if TYPE_CHECKING:
    from caspian.extract.mentions import ActorMention

_I = re.IGNORECASE

_COLLECTIVE = re.compile(
    r"\b(?:(?:the|both|these|those|all)\s+(?:two|three|four|five|six)?\s*(?:[a-z]+\s+)?"
    r"(?:countries|nations|"
    r"states|sides|leaders|presidents|parties|governments|neighbou?rs|partners|heads\s+of\s+"
    r"state|ministers|capitals|economies)|both\s+sides|the\s+two|heads\s+of\s+state|"
    r"bilateral|mutual|two-way|their|they|between\s+them)\b",
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


#: "the two companies", "both firms": a counted reference to companies, not to states
_COMPANY_REF = re.compile(
    r"\b(?:(?:the|these|those)\s+(?:same\s+)?(?:two|three|four)|both)\s+(?:[a-z]+\s+)?(?:companies|firms|"
    r"corporations)\b",
    _I,
)


def _stated_size(text: str) -> int | None:
    """How many parties a collective reference says it counts ("the two countries",
    "both sides": 2; "the three states": 3), None when it gives no number ("the sides",
    "their")."""
    for pattern in (_COLLECTIVE, _COMPANY_REF):
        for match in pattern.finditer(text):
            for word in match.group(0).lower().split():
                if word in _SIZES:
                    return _SIZES[word]
    if _TWO_SIDED.search(text):
        return 2  # "two-way trade", "bilateral trade": between two sides
    return None


#: A measure between two sides that names no number: "two-way trade", "bilateral trade".
_TWO_SIDED = re.compile(r"\b(?:two-way|bilateral)\b", _I)


def _company_states(doc: Doc, sents: Sequence[Span], index: int, wanted: int) -> list[str]:
    """The states of the companies "the two companies" refers to: those of the nearest of
    the four preceding sentences naming `wanted` or more (state-owned) companies, when they
    are exactly `wanted` states; else none."""
    for back in range(index - 1, max(-1, index - 5), -1):
        prev = sents[back]
        states: list[str] = []
        for mention in direct_mentions(doc, prev.start_char, prev.end_char):
            if is_company_mention(mention) and mention.actor_id not in states:
                states.append(str(mention.actor_id))
        if len(states) >= wanted:
            return states if len(states) == wanted else []
    return []


_AGREED_IN = re.compile(
    r"\b(?:agreed|signed|adopted|set|announced|launched|unveiled|approved|pledged)\s+"
    r"(?:upon\s+)?(?:in|on)\s+$",
    _I,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:visit(?:ing|ed|s)?|in|at|from|to|via|through|across)\s+(?:the\s+)?$", _I
)
# "officials in Astana": the state acting through its people there, not a place
_OFFICIALS_IN = re.compile(
    r"\b(?:officials?|authorities|government|leaders|policymakers|planners|ministers?)\s+in\s+$",
    _I,
)
_COUNTERPART = re.compile(
    r"(?:\b(?:with|between|and)|\binvestments?\s+in|\binvest(?:ing)?\s+in|"
    r"\b(?:support|aid|grants?|assistance|loans?|financing|funding)\s+(?:\w+\s+)?(?:to|for))"
    r"\s+(?:the\s+)?$",
    _I,
)
# the other side of an amount bought or invested: "buy $750 billion worth of American energy",
# "invest $600 billion in the United States", "import 2 million tonnes of Kazakh wheat"
_AMOUNT_COUNTERPART = re.compile(
    r"\b(?:invest\w*|buy|buys|buying|purchas\w*|import|imports|importing|procur\w*)\s+"
    r"[^.;!?]{0,40}?\b(?:billion|million|trillion|bn|tonnes|tons|barrels)\s+(?:worth\s+)?"
    r"(?:of|in)\s+(?:the\s+)?$",
    _I,
)
_BUY_STEMS = ("invest", "buy", "purchas", "import", "procur")


def _bought_from(doc: Doc, sent_start: int, position: int) -> bool:
    """Whether the actor named at `position` is the other side of an amount bought or
    invested just before it (see ``_AMOUNT_COUNTERPART``)."""
    start = max(sent_start, position - 80)
    window = text_of(doc)[start:position].lower()
    if not any(stem in window for stem in _BUY_STEMS):
        return False
    return _AMOUNT_COUNTERPART.search(window) is not None


def _seller_demonyms(doc: Doc, sent: Span, before: int, until: int | None) -> list[str]:
    """States named by a demonym as the origin of an amount bought: "buy $750 billion worth
    of American energy" (a demonym that describes a thing is no party by itself)."""
    low = text_of(doc)[sent.start_char : sent.end_char].lower()
    if not any(stem in low for stem in _BUY_STEMS[1:]):
        return []
    sellers: list[str] = []
    for mention in direct_mentions(doc, before, until or sent.end_char):
        if (
            mention.via == "demonym"
            and is_state(mention.actor_id)
            and _bought_from(doc, sent.start_char, mention.start)
        ):
            sellers.append(mention.actor_id)
    return sellers


#: A state's demonym naming goods it trades or the figures it keeps of its trade: "Saudi
#: crude", "Kazakh grain", "Chinese customs data" (no party by itself, but a side of the
#: two-way trade the sentence measures).
_GOODS_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:crude|oil|gas|LNG|grain|wheat|cotton|goods|exports|imports|machinery"
    r"|products|cars|vehicles|steel|coal|uranium|electronics|fertili[sz]ers?|metals|copper"
    r"|aluminium|aluminum|textiles|food|beef|fruit|timber|petroleum|chemicals|customs|data"
    r"|figures|statistics)\b"
)


def _goods_demonyms(doc: Doc, sent: Span) -> list[str]:
    """The states a sentence names by a demonym of traded goods (see :data:`_GOODS_AFTER`)."""
    found: list[str] = []
    text = text_of(doc)
    for mention in direct_mentions(doc, sent.start_char, sent.end_char):
        if (
            mention.via == "demonym"
            and is_state(mention.actor_id)
            and mention.actor_id not in found
            and _GOODS_AFTER.match(text, mention.end, sent.end_char)
        ):
            found.append(mention.actor_id)
    return found


# "two-way trade", "bilateral trade": a measure between two sides, a bloc one of them
_SIDES = re.compile(r"\b(?:sides|between\s+them|two-way|bilateral)\b", _I)
#: blocs that trade and negotiate as one party (a "side" of a bilateral relation)
_SIDE_BLOCS = frozenset({"EU", "EAEU", "ASEAN", "GCC", "MERCOSUR", "EFTA"})
# the next item of a list of places: "to Afghanistan, Uzbekistan and Iran"
# a place a flow goes to, from or through: the states listed after it are places too
_FLOW_BEFORE = re.compile(r"\b(?:to|from|via|through|across)\s+(?:the\s+)?$", _I)
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?")

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


def span_text(doc: Doc, span: Span) -> str:
    """The text of a span, sliced from the cached document text (``Span.text`` joins its
    tokens anew on each access)."""
    return text_of(doc)[span.start_char : span.end_char]


_SENTS_KEY = "caspian.fact_context.sentences"
_LOWER_KEY = "caspian.fact_context.lower"


def lower_text(doc: Doc) -> str:
    """The text of the doc in lower case, computed once, with the same offsets (cue words
    are found in it with plain string search or a case-sensitive pattern, far faster than a
    case-insensitive one)."""
    cached = doc.user_data.get(_LOWER_KEY)
    if not isinstance(cached, str):
        # a letter whose lower case is longer ("İ") is kept, so offsets stay aligned
        cached = aligned_lower(text_of(doc))
        doc.user_data[_LOWER_KEY] = cached
    return cached


def word_positions(lowered: str, words: Sequence[str]) -> list[int]:
    """The offsets where any of the lower-case `words` occurs in `lowered` (substrings)."""
    found: list[int] = []
    for word in words:
        position = lowered.find(word)
        while position >= 0:
            found.append(position)
            position = lowered.find(word, position + 1)
    return found


def sentences(doc: Doc) -> list[Span]:
    """The sentences of the doc (as set by caspian.sentences.v1), or the whole doc; built
    once per doc (the fact components each read them)."""
    cached = doc.user_data.get(_SENTS_KEY)
    if isinstance(cached, list):
        return list(cached)
    try:
        found = list(doc.sents)
    except ValueError:
        found = [doc[:]]
    doc.user_data[_SENTS_KEY] = found
    return list(found)


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
    until: int | None = None,
    counted: bool = False,
) -> list[str]:
    """The parties of sentence `index`: those :func:`_named_parties` finds, plus the five
    Central Asian states when the sentence names them as a group ("the five Central Asian
    countries") or speaks of "the region" in a passage about Central Asia (the sentence,
    the three before it or the document's opening). Actors named at or after `until` (a
    character offset) are not read. With `counted`, a reference that counts its parties
    ("the two countries", "both companies") gives that many: the states of the companies
    it refers to, or of the nearest preceding sentence naming exactly as many states (else
    of the nearest naming two or more)."""
    parties = _named_parties(
        doc, sents, index, before=before, implicit=implicit, until=until, counted=counted
    )
    group = _central_asia_group(doc, sents, index, before=before)
    if group:
        parties = parties + [state for state in CENTRAL_ASIA if state not in parties]
    return parties


#: The five Central Asian states (the spec's ``C5`` format, as individual parties).
CENTRAL_ASIA = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
_CA_GROUP = re.compile(
    r"\b(?:(?:the\s+)?(?:five\s+)?Central\s+Asian\s+(?:countries|states|nations|republics|"
    r"governments|partners|neighbou?rs|economies|leaders|presidents|heads\s+of\s+state)|"
    r"(?<=-)Central\s+Asia\b(?!n)|Central\s+Asia(?=-[A-Z])|(?<=between\s)Central\s+Asia\b(?!n)|"
    r"(?<=\sand\s)Central\s+Asia\b(?![n'’])|(?<=\swith\s)Central\s+Asia\b(?!n)|"
    r"(?<=\sfor\s)Central\s+Asia\b(?![n'’-])|the\s+C5\b|the\s+region(?:['’]s)?(?!\s+of\b)|"
    # "the five former Soviet republics of Central Asia"; "the five countries" in a passage
    # about Central Asia (read like "the region")
    r"(?:the\s+)?five\s+(?:former\s+Soviet\s+)?(?:countries|states|nations|republics)\s+of\s+"
    r"Central\s+Asia\b|the\s+five\s+(?:countries|states|nations|republics)\b(?!\s+of\b)(?P<five>))",
    _I,
)
#: A word that every match of :data:`_CA_GROUP` holds (case-insensitive; in ASCII text,
#: where no other letter matches one of theirs by case folding).
_CA_GROUP_WORDS = ("central", "c5", "region", "five")
#: the capitalised words of a name before "for Central Asia" ("Initiative for", "Programme for")
_NAME_FOR = re.compile(r"\b(?-i:[A-Z])[\w-]+\s+for\s+$")
_CA_NAMED = re.compile(r"\bCentral\s+Asia(?:n)?\b", _I)
_CA_PLACE_BEFORE = re.compile(
    r"\b(?:from|to|via|through|across|around|beyond|outside)\s+(?:the\s+)?$", _I
)


def _central_asia_group(doc: Doc, sents: Sequence[Span], index: int, *, before: int | None) -> bool:
    """Whether sentence `index` names the Central Asian states as a group (see
    :func:`context_parties`)."""
    sent = sents[index]
    text = span_text(doc, sent)
    if text.isascii():  # (speed) every match holds one of these words, in any case
        lower = text.lower()
        if not any(word in lower for word in _CA_GROUP_WORDS):
            return False
    for match in _CA_GROUP.finditer(text):
        phrase = match.group(0).lower()
        if before is not None and _CA_PLACE_BEFORE.search(text[: match.start()]):
            continue  # "freight from the region to Europe", "via the Central Asia-China ..."
        if _NAME_FOR.search(text, max(0, match.start() - 40), match.start()):
            continue  # "the Economic Resilience Initiative for Central Asia": a programme's name
        if "region" not in phrase and match.group("five") is None:
            return True
        passage = [sents[i] for i in range(max(0, index - 3), index + 1)] + list(sents[:2])
        if any(_CA_NAMED.search(span_text(doc, span)) for span in passage):
            return True
    return False


def _named_parties(
    doc: Doc,
    sents: Sequence[Span],
    index: int,
    *,
    before: int | None = None,
    implicit: bool = False,
    until: int | None = None,
    counted: bool = False,
) -> list[str]:
    """The parties of sentence `index` by name and collective reference.

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
    place_end = -1  # end of the last mention read as a place
    flow_place = False  # whether that place ends a flow ("exports to A, B and C")
    for mention in mentions:
        if until is not None and mention.start >= until:
            break
        left = text_of(doc)[max(sent.start_char, mention.start - 24) : mention.start]
        listed = place_end >= 0 and _LISTED.fullmatch(text_of(doc), place_end, mention.start)
        bought = False
        if before is None or mention.start < before:
            if before is not None and (
                (_PLACE_BEFORE.search(left) and not _OFFICIALS_IN.search(left))
                or (listed and flow_place)
            ):
                place_end = mention.end
                flow_place = flow_place if listed else _FLOW_BEFORE.search(left) is not None
                # "visiting Turkmenistan", "freight from China", "exports to A, B and C": places
                continue
            bucket = found
        else:
            bucket = later
            bought = _bought_from(doc, sent.start_char, mention.start)
            if listed or (
                _PLACE_BEFORE.search(left) and not _COUNTERPART.search(left) and not bought
            ):
                place_end = mention.end
                continue  # "... a plant in Kyrgyzstan", "exports to A, B and C": places
        if mention.actor_id not in bucket:
            bucket.append(mention.actor_id)
        if (
            bucket is later
            and not is_company_mention(mention)
            and (_COUNTERPART.search(left) or bought)
        ):
            counterpart.append(mention.actor_id)
    if len(found) == 1 and not counterpart and before is not None:
        counterpart = _seller_demonyms(doc, sent, before, until)
    if len(found) == 1 and counterpart:
        # "trade with China", "investment in India": the counterpart is a party too
        found.extend(actor for actor in counterpart if actor not in found)
    company_ref = counted and _COMPANY_REF.search(span_text(doc, sent)) is not None
    if len(found) >= 2 or (
        found and not _COLLECTIVE.search(span_text(doc, sent)) and not company_ref
    ):
        # ("during Tokayev's visit to Baku, the same two companies signed ...": the
        # companies' states, read below)
        return found
    if _COLLECTIVE.search(span_text(doc, sent)) or (implicit and not mentions) or company_ref:
        stated = _stated_size(span_text(doc, sent)) if counted else None
        if stated is not None and company_ref:
            # "The two companies also agreed ...": the states of the two companies named
            # before, not every state of the passage
            owners = _company_states(doc, sents, index, stated)
            if not owners:
                return found or later  # private companies are no parties: no states
            return found + [actor for actor in owners if actor not in found]
        nearest: list[str] | None = None
        # "the two sides", "between them": a bloc that trades and negotiates as one is a side
        sides = _SIDES.search(span_text(doc, sent)) is not None
        if sides and len(found) < 2:
            goods = [a for a in _goods_demonyms(doc, sent) if a not in found]
            if len(found) + len(goods) == 2:
                return found + goods  # "two-way trade ..., most of it Saudi crude"
        for back in range(index - 1, max(-1, index - 5), -1):
            prev = sents[back]
            states: list[str] = []
            for mention in party_mentions(doc, prev.start_char, prev.end_char):
                if is_aside(text_of(doc), prev.start_char, mention.start):
                    continue  # "after its deal with Singapore": another instrument's partner
                side = is_state(mention.actor_id) or (sides and mention.actor_id in _SIDE_BLOCS)
                if side and mention.actor_id not in states:
                    states.append(mention.actor_id)
            if len(states) >= 2 and (stated is None or len(states) == stated):
                return found + [actor for actor in states if actor not in found]
            if len(states) >= 2 and nearest is None:
                nearest = states  # names more than "the two" counts: one exactly, if any
        if nearest is not None:
            return found + [actor for actor in nearest if actor not in found]
        # no recent sentence names them: the states the document has named most so far
        counts: dict[str, int] = {}
        for mention in party_mentions(doc, 0, sent.start_char):
            if is_state(mention.actor_id) or (sides and mention.actor_id in _SIDE_BLOCS):
                counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
        wanted = _collective_size(span_text(doc, sent))
        ranked = sorted(counts, key=lambda actor: -counts[actor])
        clear = len(ranked) == wanted or (
            len(ranked) > wanted and counts[ranked[wanted - 1]] > counts[ranked[wanted]]
        )
        if clear:
            return found + [actor for actor in ranked[:wanted] if actor not in found]
    if not found and (
        _ONE_STATE.search(text_of(doc), sent.start_char, before or sent.end_char)
        or _IT_SUBJECT.match(span_text(doc, sent))
    ):
        # "The government has set a target ...", "It aims to ...", "The Central Asian
        # nation aims ...": the state the document is about (so far, else in all)
        state = main_state(doc, sent.start_char) or main_state(doc, len(text_of(doc)))
        if state is not None:
            return [state]
    return found or later


# a single state referred to without its name
_ONE_STATE = re.compile(
    r"\b(?i:(?:the|its)\s+(?:government|cabinet|authorities|country|republic))\b"
    r"(?!['’]s\s+\w+\s+and)|"
    r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+){1,3}(?:nation|country|republic|state|kingdom|government)\b"
    r"(?!['’]s\s+\w+\s+and)",
)
# "It aims to ...": a pronoun subject opening the sentence
_IT_SUBJECT = re.compile(r"\W*It\s+(?:\w+\s+){0,2}?(?:aims?|plans?|intends?|seeks?|wants?|"
                         r"hopes?|has|is|expects?|pledged|committed|targets?)\b")  # fmt: skip


def main_state(doc: Doc, end: int, *, margin: int = 1) -> str | None:
    """The state named most often before `end`, when it leads the next by `margin`
    mentions or more."""
    counts: dict[str, int] = {}
    for mention in party_mentions(doc, 0, end):
        if is_state(mention.actor_id):
            counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
    ranked = sorted(counts, key=lambda actor: -counts[actor])
    if ranked and (len(ranked) == 1 or counts[ranked[0]] - counts[ranked[1]] >= margin):
        return ranked[0]
    return None


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
        left = text_of(doc)[max(sent.start_char, mention.start - 24) : mention.start]
        if mention.kind == "point" and _AGREED_IN.search(left):
            return str(mention.value)  # "a plan agreed in 2021"
    for candidate in (index, index - 1):
        if candidate < 0:
            continue
        sent = sents[candidate]
        if not may_name_month(text_of(doc), sent.start_char, sent.end_char):
            continue  # (speed) no precise date there: its dates are not looked for
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
        return _reported_day(doc, sents, published)
    return None


_REPORTED_KEY = "caspian.fact_context.reported_day"


def _reported_day(doc: Doc, sents: Sequence[Span], published: date) -> str:
    """The event the article reports: the first day in the two weeks before publication
    that the doc names (the dateline itself is the publication day, so an earlier day is
    preferred), else the publication day. Found once per doc and publication date."""
    key = (published, len(sents))
    cached: tuple[tuple[date, int], str] | None = doc.user_data.get(_REPORTED_KEY)
    if cached is not None and cached[0] == key:
        return cached[1]
    floor = (published - timedelta(days=14)).isoformat()
    day = published.isoformat()
    found = day
    # sentence by sentence, so the dates of the rest of the doc are not read for nothing
    text = text_of(doc)
    for span in sents:
        if not may_name_day(text, span.start_char, span.end_char):
            continue  # (speed) its dates, if any, are not looked for
        for mention in dates_in(doc, span.start_char, span.end_char):
            if len(mention.value) == 10 and floor <= mention.value < day:
                found = str(mention.value)
                break
        else:
            continue
        break
    doc.user_data[_REPORTED_KEY] = (key, found)
    return found


_COMPANY_NAMES: set[str] = set()


def company_names() -> set[str]:
    if not _COMPANY_NAMES:
        from caspian.actors import load_registry

        for agency in load_registry().agencies():
            if agency.kind == "company":
                _COMPANY_NAMES.update(alias.casefold() for alias in agency.aliases)
        _COMPANY_NAMES.add("")  # filled, even when the registry lists no company
    return _COMPANY_NAMES


def is_company_mention(mention: ActorMention) -> bool:
    """Whether a mention names a state-owned or national company ("Gazprom", "ACWA Power"),
    not the state or one of its agencies."""
    return mention.via == "agency" and mention.text.casefold() in company_names()


__all__ = [
    "CENTRAL_ASIA",
    "company_names",
    "context_parties",
    "direct_mentions",
    "is_company_mention",
    "is_state",
    "lower_text",
    "main_state",
    "party_mentions",
    "sentences",
    "span_text",
    "statement_date",
    "word_positions",
]

"""Agreements: who the parties of an instrument mention are (``caspian.agreements.v1``).

The stretch of the sentence that belongs to a mention (:func:`_scope`), the party ids of
a range (venues, destinations and mediators left out; "the leaders of the OTS" for its
members), "between X and Y" and the legal "of the one part ... of the other part", the
signers of a relative clause ("a pact that Armenia signed with Greece"), and the
fallbacks: the whole sentence, the antecedent's sentence, the nearest preceding
sentence naming two or more actors — but not when the instrument is signed "with" a
partner that is no actor ("with the breakaway region of Somaliland"): then the signer
alone. "One each with the governments of A, B and C" names one partner per instrument.
Split out of ``agreements.py``.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from caspian.extract.agreement_story import story_pair
from caspian.extract.base import text_of
from caspian.extract.factoring import any_of
from caspian.extract.instruments import InstrumentMention, find_instruments
from caspian.extract.mentions import ActorMention
from caspian.extract.parties import is_aside
from caspian.extract.references import non_party_role, party_ids, party_mentions
from caspian.extract.stages import Cue, coordinated
from caspian.facts import Instrument

_ANAPHORIC_CONTEXT = re.compile(
    r"\b(?:their|our|both|bilateral|they|the\s+(?:two|sides|parties|summit|talks|meeting"
    r"|visit|ceremony|heads)|during\s+the|the\s+(?:agreement|deal|declaration|document)s?"
    r"|(?:the\s+)?two\s+(?:presidents|leaders|heads|(?:prime\s+|foreign\s+)?ministers)"
    r"|[Nn]egotiators|separate|other\s+(?:[\w-]+\s+){0,2}(?:documents|agreements|accords|deals"
    r"|memorand\w+|instruments|treaties|protocols))\b",
    re.I,
)
_ANAPHORIC_CONTEXT = any_of(_ANAPHORIC_CONTEXT)  # (speed: factored; read as a test)
#: Instruments only the European Union concludes (with one partner state each).
_EU_INSTRUMENTS = frozenset(
    {
        Instrument.PARTNERSHIP_COOPERATION_AGREEMENT,
        Instrument.ENHANCED_PARTNERSHIP_COOPERATION_AGREEMENT,
    }
)


def _is_organisation(actor_id: str) -> bool:
    from caspian.extract.references import _kind

    return _kind(actor_id) == "organisation"


def _is_state(actor_id: str) -> bool:
    from caspian.extract.references import _kind

    return _kind(actor_id) == "state"


_THEY = re.compile(r"\b[Tt]hey\b")
_ELABORATION = re.compile(
    r"\s*(?:(?:The|These|This|Those|That|Such)\s+(?:new\s+|updated\s+)?"
    r"(?:agreements?|deals?|documents?|treaty|accords?|pacts?|memorand\w+|MoUs?|MOUs?|EPCA"
    r"|declaration|partnership|arrangement)\b|(?:It|They)\s+(?:also\s+)?(?:covers?|includes?"
    r"|focus(?:es)?|provides?|sets?\s+out|establish(?:es)?|aims?|expands?)\b)",
)
_BETWEEN = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:(?:signed|concluded|reached)\s+)?between\s+(?:the\s+)?"
    r"(?P<body>[^.;:]{3,120}?)(?=[.;:]|,\s+(?:which|that|the|and\s+the)\b|\s+(?:on|in|at|was"
    r"|were|is|has|had|to|will|would|for)\b|$)",
)
#: The parties of a treaty in its legal style.
_PARTS = re.compile(
    r"\s*(?:\([^()]*\)\s*)?between\s+(?P<one>[^;.()]{3,160}?),\s+of\s+the\s+one\s+part,?\s+and"
    r"\s+(?P<other>[^;.()]{3,160}?),\s+of\s+the\s+other\s+part\b"
)
#: A relative or reduced relative clause between an instrument and its passive cue.
_RELATIVE = re.compile(
    r"\s*,?\s*(?:(?:that|which)\s+(?!was\b|were\b|had\b|has\b)[^,;]{0,60}|(?:that|which)\s+"
    r"(?:was|were|had\s+been|has\s+been)\s+|)$"
)
_SCOPE_END = re.compile(
    r",\s+(?:\w+ing\b|which\b|who\b|whose\b|while\b|whereas\b|as\s+(?!well)|after\b|when\b"
    r"|where\b|but\b|although\b|though\b|according\b|an?\s+\w+\s+(?:that|which|of)\b"
    r"|(?:aimed|designed|intended|meant)\b|(?:witnessed|watched|observed|overseen|attended)\s+by\b"
    r"|in\s+the\s+presence\s+of\b|(?:similar\s+to|like|unlike|as\s+with)\s"
    r"|(?:(?:only|just|barely|some|about|nearly|almost|less\s+than|more\s+than|within)\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|several|some|many|a\s+few|few|\d+)\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|before|since)\s+"
    r"(?=(?:the\s+)?[A-Z])"
    r"|and\s+(?=[A-Z])|and\s+(?=(?:in|on)\s+(?:\d|[A-Z])))|;|\s+but\s+|\s+while\s+|\s+[—–]\s+"
)
#: A relative clause about something the instrument is for, not the instrument itself.
_WOULD_CLAUSE = re.compile(r"\s+(?:that|which)\s+(?:would|will|could|is\s+to|are\s+to)\s")
_ATTACHED = re.compile(
    r"\s+(?:with|between)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s*)+(?:(?:,|and)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.’'-]*\s*)+)*"
)
_LEADERS_OF = re.compile(
    r"(?:leaders|heads\s+of\s+(?:state|government)|presidents|ministers|foreign\s+ministers)"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)
#: A meeting named for the leaders ("the Summit of Heads of State of MERCOSUR"): a venue,
#: not the leaders signing.
_MEETING_OF_LEADERS = re.compile(
    r"\b(?:summit|meeting|council|conference|session|forum)s?\s+of\s+(?:the\s+)?(?:leaders"
    r"|heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|presidents"
    r"|(?:foreign\s+)?ministers)\s+of\s+(?:the\s+)?$",
    re.I,
)
_AT_MEETING = re.compile(
    r"\b(?:at|during|in|on\s+the\s+(?:sidelines|margins)\s+of|ahead\s+of|after|before)"
    r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
_EXCEPT = re.compile(
    r"\ball\s+(?:of\s+)?the\s+(?P<group>[A-Z][\w+]*)\s+(?:states\s+|countries\s+|members\s+)?"
    r"(?:except|but)\s+(?:for\s+)?",
)


def _scope(
    text: str,
    mention: InstrumentMention,
    mentions: list[InstrumentMention],
    sent: tuple[int, int],
    cue_end: int = 0,
) -> tuple[int, int]:
    """The stretch of the sentence that belongs to the mention (between its neighbours)."""
    index = mentions.index(mention)
    lo, hi = sent
    first, last = index, index
    while first > 0 and coordinated(text, mentions[first - 1], mentions[first]):
        first -= 1
    while last + 1 < len(mentions) and coordinated(text, mentions[last], mentions[last + 1]):
        last += 1
    if first > 0:
        lo = mentions[first - 1].end
        attached = _ATTACHED.match(text, lo, hi)
        if attached:
            lo = attached.end()
    if last + 1 < len(mentions):
        hi = mentions[last + 1].start
    floor = mentions[last].end
    if cue_end > floor and cue_end - floor <= 70:
        floor = cue_end  # a passive cue right after: "was signed by X and Y"
    stop = _SCOPE_END.search(text, floor, hi)
    if stop:
        hi = stop.start()
    relative = _WOULD_CLAUSE.search(text, floor, hi)
    if relative and text[floor : relative.start()].strip():
        hi = relative.start()  # "a deal to work towards a link that would carry power into the EU"
    return lo, hi


#: "the European Union and its member states": the members are not parties beside it.
_BLOC_AND_MEMBERS = re.compile(r"[A-Z][\w.’'-]*\s+(?:and|&)\s+$")
_ITS_MEMBERS = re.compile(r"(?:its|their|the)\s+(?:\w+\s+)?(?:full\s+)?member", re.I)
_COORDINATED = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*(?:the\s+)?")


#: doc.user_data key of the party ids of ranges, while :func:`agreements_in` runs.
_PARTIES_KEY = "caspian.agreements.parties"


def _parties(doc: Doc, start: int, end: int, *, companies: bool = False) -> list[str]:
    """Party ids in [start, end); "the leaders of the OTS" stands for its members; venues,
    destinations and mediators are left out."""
    known: dict[tuple[int, int, bool], list[str]] | None = doc.user_data.get(_PARTIES_KEY)
    if known is None:
        return _find_party_ids(doc, start, end, companies)
    key = (start, end, companies)
    found = known.get(key)
    if found is None:
        found = known[key] = _find_party_ids(doc, start, end, companies)
    return list(found)  # (callers extend their copy)


#: A stage verb right after a list of actors: they are its subject.
_SUBJECT_VERB = re.compile(
    r"\s+(?:(?:have|has|had|also|jointly|formally|on\s+\w+)\s+){0,2}(?:signed|inked|sealed"
    r"|agreed|concluded|initial+ed|ratified|adopted|struck|reached)\b"
)


def _subject_run(text: str, mentions: list[ActorMention], k: int) -> bool:
    """ "In November, in Egypt, Kazakhstan and the EU signed ...": the actors from
    mentions[k] on, coordinated, are the subject of a stage verb (not more venues)."""
    last = mentions[k]
    for following in mentions[k + 1 :]:
        if not _COORDINATED.fullmatch(text, last.end, following.start):
            break
        last = following
    return bool(_SUBJECT_VERB.match(text, last.end))


#: An instrument named for the city it was made in, after the city's name.
_NAMED_FOR_PLACE = re.compile(
    r"\s+(?:Declaration|Agreements?|Accords?|Treaty|Protocol|Charter|Communiqu[eé]|Statement"
    r"|Memorandum|Document|Process|Format|Initiative)\b"
)


#: A meeting named as the occasion of a signing, before the clause that says who signed:
#: "on the margins of the ministerial meeting between China and CELAC, the government of
#: Colombia signed a plan with China", "At a summit between the EU and the African Union
#: last week, Senegal and Spain signed ...". Its actors are the meeting's, not the signers.
_OCCASION = re.compile(
    r"\b(?:(?:on|at)\s+the\s+(?:sidelines|margins|fringes)\s+of|at|during|ahead\s+of|after"
    r"|before|following)\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:summit|meeting|ministerial|forum|conference|talks|session|dialogue|consultations"
    r"|negotiations|gathering)s?\s+between\s+[^,;:.]{3,140}?,\s+",
    re.I,
)


def _occasion_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of [start, end) that name a meeting as the occasion (see
    :data:`_OCCASION`)."""
    if text.find(" between ", start, end) < 0:
        return []
    return [(m.start(), m.end()) for m in _OCCASION.finditer(text, start, end)]


#: "The four members of the European Free Trade Association - Iceland, ... - signed", "all
#: member states of the EAEU": the organisation acts for them (not "one of the members of",
#: not "two members of the EU").
_ALL_MEMBERS_OF = re.compile(
    r"(?<!\bof\s)\b(?:[Tt]he|[Aa]ll(?:\s+the)?|[Ii]ts|[Tt]heir)\s+(?:(?P<n>two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?(?:member\s+states|member\s+countries"
    r"|members)\s+of\s+(?:the\s+)?$"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip


def _for_whole_membership(doc: Doc, start: int, end: int, found: list[str]) -> list[str]:
    """`found` with the members of an organisation named as "the (N) members of X" replaced
    by X (see :data:`_ALL_MEMBERS_OF`)."""
    text = text_of(doc)
    if text.find("member", start, end) < 0:
        return found
    from caspian.actors import load_registry
    from caspian.extract.base import actors_in

    for mention in actors_in(doc, start, end):
        if mention.via == "reference" or not _is_organisation(mention.actor_id):
            continue
        match = _ALL_MEMBERS_OF.search(text, max(start, mention.start - 60), mention.start)
        if match is None:
            continue
        members = load_registry().members(mention.actor_id, on=doc._.published)
        number = match.group("n")
        if not members or (
            number is not None
            and _COUNTS.get(number.lower(), int(number) if number.isdigit() else 0) != len(members)
        ):
            continue
        kept = [p for p in found if p not in members and p != mention.actor_id]
        return [mention.actor_id, *kept]
    return found


def _find_party_ids(doc: Doc, start: int, end: int, companies: bool) -> list[str]:
    found = _for_whole_membership(doc, start, end, _find_party_ids_in(doc, start, end, companies))
    occasions = _occasion_spans(text_of(doc), start, end) if len(found) > 2 else []
    if occasions:
        outside: dict[str, None] = {}
        low = start
        for lo, hi in [*occasions, (end, end)]:
            outside.update(dict.fromkeys(_find_party_ids_in(doc, low, lo, companies)))
            low = hi
        if len(outside) >= 2:
            return list(outside)  # the signers named in their own clause
    return found


def _find_party_ids_in(doc: Doc, start: int, end: int, companies: bool) -> list[str]:
    found: dict[str, None] = {}
    text = text_of(doc)
    dropped = -1  # end of the last venue/destination/mediator left out
    mentions = party_mentions(doc, start, end, companies=companies)
    named_for: list[str] = []  # cities an instrument is named for (no parties if others)
    for k, mention in enumerate(mentions):
        if mention.via == "capital" and _NAMED_FOR_PLACE.match(text, mention.end):
            named_for.append(mention.actor_id)
            continue  # "the Ankara Declaration": the place it was made, no party
        if (
            mention.via == "reference"
            and _ITS_MEMBERS.match(mention.text)
            and _BLOC_AND_MEMBERS.search(text, max(0, mention.start - 80), mention.start)
        ):
            continue  # "the EU and its member states": the bloc acts for them
        if mention.via != "reference" and (
            non_party_role(text, mention.start, mention.end, mention.via, end)
            or (
                dropped >= 0
                and _COORDINATED.fullmatch(text, dropped, mention.start)
                and not (text[dropped] == "," and _subject_run(text, mentions, k))
            )
        ):
            dropped = mention.end  # "gas supplies to Uzbekistan and Kyrgyzstan": both
            continue
        before = text[max(0, mention.start - 40) : mention.start]
        if mention.via != "reference" and _LEADERS_OF.search(before):
            meeting = _MEETING_OF_LEADERS.search(text, max(0, mention.start - 70), mention.start)
            if meeting is not None:
                if not _AT_MEETING.search(text, max(0, meeting.start() - 50), meeting.start()):
                    found.setdefault(mention.actor_id, None)  # "The Council ... adopted"
                continue  # "at the Council of Heads of State of the CIS": a venue
            from caspian.actors import load_registry

            members = load_registry().members(mention.actor_id, on=doc._.published)
            if members:
                for member in sorted(members):
                    found.setdefault(member, None)
                continue
        found.setdefault(mention.actor_id, None)
    if len(found) < 2:
        for actor_id in named_for:
            found.setdefault(actor_id, None)
    return list(found)


#: "with", "one each with", "each with the governments of" right after the mention.
_WITH_AFTER = re.compile(
    r"(?:,?\s+(?:one\s+)?each)?\s+with\s+(?:(?:the\s+)?(?:governments?|authorities"
    r"|ministries)\s+of\s+)?"
)
_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)?\s*(?:with\s+)?(?:the\s+)?")


def _with_list(doc: Doc, mention: InstrumentMention, hi: int) -> list[str]:
    """The partners in "with A, B and C" right after the mention (also "one each with the
    governments of A, B and C")."""
    text = text_of(doc)
    match = _WITH_AFTER.match(text[mention.end : hi])
    if not match:
        return []
    partners: list[str] = []
    position = mention.end + match.end()
    for actor in party_mentions(doc, position, hi):
        gap = text[position : actor.start]
        if not _LIST_GAP.fullmatch(gap):
            break
        if actor.actor_id not in partners:
            partners.append(actor.actor_id)
        position = actor.end
    return partners


class _Sentences:
    """Per-document lazy cache of sentence-level analyses (only for sentences asked for)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.bounds: list[tuple[int, int]] = doc._.sentences or [(0, len(text_of(doc)))]
        self._mentions: dict[int, list[InstrumentMention]] = {}
        self._parties: dict[int, list[str]] = {}

    def mentions(self, index: int) -> list[InstrumentMention]:
        if index not in self._mentions:
            self._mentions[index] = find_instruments(text_of(self.doc), *self.bounds[index])
        return self._mentions[index]

    def context_parties(self, index: int) -> list[str]:
        """:meth:`parties` without the actors named only as the partner of another
        instrument in an aside ("Tokyo has a similar pact with Australia"): what a later
        "the two countries" may stand for."""
        found = self.parties(index)
        start, end = self.bounds[index]
        text = text_of(self.doc)
        asides: dict[str, bool] = {}
        for mention in party_mentions(self.doc, start, end):
            aside = is_aside(text, start, mention.start)
            asides[mention.actor_id] = asides.get(mention.actor_id, True) and aside
        return [p for p in found if not asides.get(p, False)]

    def parties(self, index: int) -> list[str]:
        """The parties a whole sentence names (a bloc named with two or more of its
        members stands for them: "Iran and the EAEU ... Armenia, Belarus, Russia")."""
        if index not in self._parties:
            found = _parties(self.doc, *self.bounds[index])
            self._parties[index] = for_members(found, found, self.doc._.published)
        return self._parties[index]


def for_members(parties: list[str], blocs: list[str], on: date | None) -> list[str]:
    """`parties` with two or more members of one of the `blocs` replaced by that bloc (it
    acts for them: "signed by Iran and by Armenia, Belarus, Kazakhstan, Kyrgyzstan and
    Russia" after "the agreement between Iran and the EAEU")."""
    if len(parties) < 3:
        return parties
    from caspian.actors import load_registry

    registry = load_registry()
    for bloc in blocs:
        if not _is_organisation(bloc):
            continue  # a state, or a format ("C5"): its members are named one by one
        members = registry.members(bloc, on=on)
        inside = [p for p in parties if p in members]
        if len(inside) < 2 or len(inside) == len(parties):
            continue
        first = parties.index(inside[0])
        kept = [p for k, p in enumerate(parties) if p not in members or k == first]
        parties = [bloc if p == inside[0] else p for p in kept]
        parties = list(dict.fromkeys(parties))
    return parties


def _context_parties(
    cache: _Sentences,
    index: int,
    current: list[str],
    *,
    states_only: bool = False,
    pair: bool = False,
) -> list[str]:
    """Parties of the nearest preceding sentence (up to three back) naming two or more
    actors, at least one a state (only states for "they"; exactly two with `pair`, for
    "the two countries"), if they include the actors this sentence names; members of a
    bloc named in those sentences count as the bloc."""
    from caspian.extract.references import _kind

    for back in range(index - 1, max(-1, index - 4), -1):
        previous = cache.context_parties(back)
        if states_only:
            previous = [p for p in previous if _kind(p) == "state"]
        if pair and len(previous) != 2:
            continue  # "the two countries" are no four actors of the sentence before
        if (
            len(previous) >= 2
            and any(_kind(p) == "state" for p in previous)
            and all(p in previous for p in current)
        ):
            if states_only or len(previous) < 3:
                return previous
            blocs = [p for b in range(back, max(-1, index - 4), -1) for p in cache.parties(b)]
            return for_members(previous, blocs, cache.doc._.published)
    return current


#: "the two countries": a pair of states, never three or four actors (not "the two sides",
#: which may be two groups: the GCC and the five Central Asian states).
_THE_TWO = re.compile(
    r"\b[Tt]he\s+two\s+(?:countries|states|nations|governments|neighbou?rs|capitals)\b"
)
#: "in the presence of the Presidents", "the leaders witnessed": office holders named by
#: their office alone.
_ROLE_PLURAL = re.compile(
    r"\b(?:the|both)\s+(?:presidents|leaders|(?:prime\s+|foreign\s+)?ministers)\b(?!\s+of\b)",
    re.I,
)


def _lead_pair(cache: _Sentences, index: int, current: list[str]) -> list[str]:
    """The two states the story's lead (its first three sentences) names, when it names
    exactly two actors and they include the ones this sentence names: the visit's hosts
    and guests, whom "the presidents" of a later sentence are."""
    lead: dict[str, None] = {}
    for where in range(min(3, index)):
        lead.update(dict.fromkeys(cache.parties(where)))
    pair = list(lead)
    if len(pair) == 2 and all(_is_state(p) for p in pair) and all(p in pair for p in current):
        return pair
    return current


def _expand_groups(doc: Doc, start: int, end: int, parties: list[str]) -> list[str]:
    """Replace "all of the C5 except Turkmenistan" by the members named."""
    text = text_of(doc)
    match = _EXCEPT.search(text, start, end)
    if not match:
        return parties
    mentions = party_mentions(doc, match.start(), min(end, match.end() + 40))
    group = [m for m in mentions if m.start < match.end() and m.end <= match.end()]
    excluded = [m.actor_id for m in mentions if m.start >= match.end()]
    if not group:
        return parties
    from caspian.actors import load_registry

    registry = load_registry()
    members = registry.members(group[0].actor_id, on=doc._.published)
    if not members:
        return parties
    kept = [p for p in parties if p != group[0].actor_id and p not in excluded]
    return kept + sorted(m for m in members if m not in excluded and m not in kept)


def _elaboration(cache: _Sentences, index: int) -> tuple[int, int] | None:
    """The next sentence, when it goes on about the same instrument ("The agreement covers")."""
    if index + 1 >= len(cache.bounds):
        return None
    start, end = cache.bounds[index + 1]
    if _ELABORATION.match(text_of(cache.doc), start, end):
        return start, end
    return None


_CLAUSE_START = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\s|\s(?:and|but)\s+(?=[A-Z])")


def _member_signer(doc: Doc, sent: tuple[int, int], cue: Cue | None, named: list[str]) -> list[str]:
    """ "Kenya signed an agreement between the EU and the East African Community": one
    member of a bloc signing the bloc's agreement is a party in its place."""
    if cue is None or cue.after:
        return named
    text = text_of(doc)
    start = sent[0]
    for turn in _CLAUSE_START.finditer(text, sent[0], cue.start):
        start = turn.end()
    subject = _parties(doc, start, cue.start)
    if len(subject) != 1 or subject[0] in named or not _is_state(subject[0]):
        return named
    from caspian.actors import load_registry

    registry = load_registry()
    for k, bloc in enumerate(named):
        if _is_organisation(bloc) and subject[0] in registry.members(bloc, on=doc._.published):
            return [*named[:k], subject[0], *named[k + 1 :]]
    return named


#: "with" and the partner it names, up to a preposition, clause or punctuation.
_WITH_PARTNER = re.compile(
    r"\s+with\s+(?:the\s+|a\s+|an\s+)?(?P<partner>[^,.;:()]{2,80}?)(?=\s+(?:on|in|at|to|for"
    r"|that|which|who|under|over|after|before|last|this|earlier|worth|aimed|as)\b|[,.;:()]|$)"
)
_PROPER_WORD = re.compile(r"\b[A-Z][a-z]")


def _non_actor_partner(doc: Doc, start: int, end: int) -> bool:
    """Whether the instrument at `start` is signed "with" a partner named by a proper
    name that is no actor (a breakaway region, a company, a rebel group): that partner
    is not replaced by another actor of the sentence; the fact keeps its one party."""
    text = text_of(doc)
    match = _WITH_PARTNER.match(text, start, end)
    if match is None or not _PROPER_WORD.search(match.group("partner")):
        return False
    from caspian.extract.base import actors_in

    return not actors_in(doc, match.start(), match.end("partner"))  # ("the Gulf monarchies")


_SIGNER_CLAUSE = re.compile(
    r"[;:,]\s*|\s(?:and|but|after|before|when|as|while|because|since|once|until|where"
    r"|whereas|although|though|if|that)\s+(?=[A-Z])"
)


def _signer(doc: Doc, sent: tuple[int, int], cue: Cue) -> list[str]:
    """The parties named in the clause of an active stage verb, before it."""
    text = text_of(doc)
    start = sent[0]
    for turn in _SIGNER_CLAUSE.finditer(text, sent[0], cue.start):
        start = turn.end()
    return _parties(doc, start, cue.start)


#: ", and it signed": a coordinated clause whose subject is the sentence's first actor.
_PRONOUN_CLAUSE = re.compile(
    r"(?:,\s*|\s)(?:and|but|while)\s+(?:then\s+|later\s+)?it\s+(?:also\s+|later\s+|then\s+)?$"
)
#: What may come before the sentence's subject: a time or place adverbial.
_SUBJECT_OPENING = re.compile(
    r"\s*(?:(?:In|On|Last|Earlier|This|Since|By|At|During)\b[^,;]{0,40},\s*)?(?:The\s+)?"
)
_WHOSE = re.compile(r",?\s+whose\s+(?:own\s+)?$")


def _clause_scope(
    doc: Doc, sent: tuple[int, int], mention: InstrumentMention, cue: Cue | None
) -> list[str] | None:
    """The parties of an instrument whose own clause names its owner, not the actors of
    the sentence's other clauses: "France signed the Elysee Treaty with Germany ..., and
    it signed the Quirinal Treaty with Italy" (the sentence's subject and the instrument's
    own partner); "after Kazakhstan, whose EPCA was signed in 2015" (its possessor and its
    own partners). None when neither form is there."""
    text = text_of(doc)
    before = party_mentions(doc, max(sent[0], mention.start - 80), mention.start)
    if before and _WHOSE.fullmatch(text, before[-1].end, mention.start):
        owner = before[-1].actor_id
        partners = [p for p in _with_list(doc, mention, sent[1]) if p != owner]
        return [owner, *partners]
    if cue is None or cue.after or cue.end > mention.start:
        return None
    if not _PRONOUN_CLAUSE.search(text, max(sent[0], cue.start - 40), cue.start):
        return None
    partners = _with_list(doc, mention, sent[1])
    named = party_mentions(doc, *sent)
    if not partners or not named:
        return None
    first = named[0]
    if not _SUBJECT_OPENING.fullmatch(text, sent[0], first.start) or re.match(
        r"['’]s?\b|\s*(?:,|and|&)\s", text[first.end : first.end + 5]
    ):
        return None  # not one actor opening the sentence as its subject
    if first.actor_id in partners:
        return None
    return [first.actor_id, *partners]


#: Talks named with their sides right before the instrument they are about: "talks
#: between Yerevan and Baku, its ally, on a peace treaty", "negotiations between Serbia
#: and Kosovo over a normalisation agreement".
_TALKS_BETWEEN = re.compile(
    r"\b(?:talks|negotiations|consultations|dialogue|discussions)\s+between\s+"
    r"(?P<body>[^.;:]{3,120}?),?\s+(?:on|over|about|for|towards?)\s+"
    r"(?:(?:a|an|the|their|its|new|possible|final|lasting|comprehensive|[\w-]+)\s+){0,3}$",
    re.I,
)


def _talks_between(text: str, sent_start: int, position: int) -> tuple[int, int] | None:
    """The sides' stretch of :data:`_TALKS_BETWEEN` ending right before `position`."""
    start = max(sent_start, position - 200)
    if text.find(" between ", start, position) < 0:
        return None
    match = _TALKS_BETWEEN.search(text, start, position)
    return None if match is None else (match.start("body"), match.end("body"))


def _inside(position: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= position < span[1]


def _own(doc: Doc, cache: _Sentences, index: int, without: tuple[int, int] | None) -> list[str]:
    """The parties the sentence names (outside `without`)."""
    if without is None:
        return cache.parties(index)
    start, end = cache.bounds[index]
    found = _parties(doc, start, without[0]) + _parties(doc, without[1], end)
    return for_members(list(dict.fromkeys(found)), found, doc._.published)


def _find_parties(
    doc: Doc,
    cache: _Sentences,
    index: int,
    mention: InstrumentMention,
    lo: int,
    hi: int,
    sources: list[int],
    instrument: Instrument,
    cue: Cue | None = None,
    *,
    without: tuple[int, int] | None = None,
) -> list[str]:
    """The parties of the mention; `without`: a stretch of the sentence whose actors are
    none of them (a clause about a meeting before the signing)."""
    text = text_of(doc)
    sent = cache.bounds[index]
    parties = _parties(doc, lo, hi, companies=instrument is Instrument.INVESTMENT_DEALS)
    parts = _PARTS.match(text, mention.end, sent[1])
    between = None if parts else _BETWEEN.match(text, mention.end, hi)
    if parts:  # "between the EU and its Member States, of the one part, and X, of the other"
        named = _parties(doc, parts.start("one"), parts.end("one"))
        named += [
            p for p in _parties(doc, parts.start("other"), parts.end("other")) if p not in named
        ]
        if len(named) >= 2:
            parties = named
    if between:
        named = _parties(doc, between.start("body"), between.end("body"))
        if len(named) >= 2:
            parties = _member_signer(doc, sent, cue, named)
    talks = _talks_between(text, sent[0], mention.start)
    if talks is not None and not between and not parts:
        named = _parties(doc, *talks)
        if len(named) >= 2:
            parties = named  # "Turkey tied progress to talks between Yerevan and Baku on a
            # peace treaty": the sides of the talks, not the sentence's other actors
    if cue is not None and cue.after and _RELATIVE.match(text, mention.end, cue.start):
        # "a pact that Armenia signed with Greece", "an accord signed in 2001 by A, B and C":
        # the parties of the instrument are the ones its own clause names
        named = _parties(doc, mention.end, max(hi, cue.end))
        if len(named) >= 2:
            parties = named
    if (
        cue is not None
        and not cue.after
        and cue.end <= mention.start
        and _non_actor_partner(doc, mention.end, sent[1])
    ):
        # "after Ethiopia signed a memorandum with the breakaway region of Somaliland":
        # the signer alone, not another actor of the sentence in the partner's place
        subject = _signer(doc, sent, cue)
        if subject:
            return subject
    scoped = _clause_scope(doc, sent, mention, cue)
    if scoped is not None:
        parties = scoped
        if len(parties) == 1 and instrument in _EU_INSTRUMENTS and parties[0] != "EU":
            parties = [*parties, "EU"]
        return parties
    if len(parties) < 2:
        wider = _parties(doc, sent[0], hi)
        if len(wider) > len(parties):
            parties = wider
    if not parties:
        acting = [
            m.actor_id
            for m in party_mentions(doc, *sent)
            if m.via in ("person", "office") and not _inside(m.start, without)
        ]
        if len(set(acting)) >= 2:
            parties = list(dict.fromkeys(acting))
    if (
        len(sources) > 1
        and sources[1] != index
        and len(parties) < 2
        and len(_own(doc, cache, index, without)) >= 2
    ):
        parties = _own(doc, cache, index, without)  # an anaphor: its sentence names them
    for where in sources[1:]:
        if len(parties) < 2:
            parties = list(dict.fromkeys([*parties, *cache.parties(where)]))
        elif where != index:
            parties = for_members(parties, cache.parties(where), doc._.published)
    elaboration = _elaboration(cache, index) if instrument is Instrument.INVESTMENT_DEALS else None
    if elaboration:
        parties = list(dict.fromkeys([*parties, *party_ids(doc, *elaboration)]))
        parties = _expand_groups(doc, *elaboration, parties)
    if len(parties) < 2 and (
        mention.generic
        or _ANAPHORIC_CONTEXT.search(text, *sent)
        or text.startswith(("Its ", "Their "), sent[0])
    ):
        parties = _context_parties(
            cache,
            index,
            parties,
            states_only=bool(_THEY.search(text, *sent)),
            pair=bool(_THE_TWO.search(text, *sent)),
        )
    if len(parties) < 2 and _ROLE_PLURAL.search(text, *sent):
        parties = _lead_pair(cache, index, parties)
    if not parties and text.startswith(("Its ", "Their "), sent[0]) and index > 0:
        previous = [p for p in cache.parties(index - 1) if _is_state(p)]
        if len(previous) == 1:
            parties = previous  # "Kazakhstan went first. Its EPCA was signed ..."
    if len(parties) < 2:  # "Officials also signed a protocol": the story's two principals
        parties = story_pair(cache, index, cue, lo, parties, mention.end)
    if len(parties) == 1 and instrument in _EU_INSTRUMENTS and parties[0] != "EU":
        parties = [*parties, "EU"]  # (enhanced) partnership and cooperation agreements
    return parties

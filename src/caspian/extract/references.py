"""Who a clause is about: reference resolution and the filter of actor mentions.

``caspian.references.v1`` resolves plural references to actors — "the two countries",
"both sides", "the sides", "the parties", "the two presidents", "both states", "the two
leaders", "the two blocs", "the heads of state" — to the actors of the nearest sentence
that names them: first the same sentence before the reference ("After talks between Baku
and Astana, the two sides signed ..."), else up to three sentences back. A reference
with a number ("two", "both", "three") needs exactly that many actors there; one without
("the sides") takes all of them (at least two). The actors counted are the parties: a
mediator or host ("brokered by China", "hosted by Turkey", "with Chinese diplomat Wang
Yi hosting") is not a side, and a venue ("held in Luxembourg"), a destination ("gas to
India") or a demonym of a thing ("Turkmen gas") only completes a set. The set of the
story's lead (its headline or first sentence; lines of fewer than five words such as
"PRESS RELEASE" or a dateline are skipped) is preferred: where a sentence names more
actors than the number and the lead's set is among them, and where no sentence nearby
names a set of that size ("the sides" then: a lead of two), and after a question or
heading line of its own between the reference and the set found (Q&A, explainers: "Was
anything else announced?" — the answer's "two governments" are the story's pair, not an
aside's). "Two presidents" after "by"
("signed by two presidents") counts as "the two presidents". Nothing is resolved when
unsure: more actors than the number and not the lead's set, an earlier set that shares a
side with the lead's but is not named together as parties (in two clauses: "Officials in
Kyiv ..., but ... Hungary"), an earlier set without the side the reference's own
sentence names ("Japan followed, when the two governments ..."; with the one actor named
after the reference the pair is complete), or a side named by a group the registry does
not know ("trade with the five former Soviet republics ..., after the two sides"). A
partner named with "with" in the reference's own sentence is not one of them ("Both
states signed deals with Japan"). Each resolved actor is added to ``doc._.actors`` with
``via="reference"`` and the offsets of the reference. "They"/"the two" as a subject take
the sentence before's coordinated subject of states or office-holders when nothing else
plural is there; "the leaders", "the heads of state", "the summit participants" the
explicit set of a meeting just named (those two in :mod:`caspian.extract.pronouns`);
without one, "the leaders" (also "the Presidents") are the lead's pair when the sentence
and the three before it name no other actor.

:func:`party_mentions` is the filter every fact rule applies before taking actors as
parties: a capital used as a place ("talks in Astana"), an organisation that is only a
venue ("at the SCO summit") or the object of joining ("applied to join BRICS"), and a
demonym that only describes a thing ("Russian gas") are not parties; a demonym before a
leader, government or official ("the Kazakh President") and in a hyphenated pair
("Kazakh-Uzbek talks") is. It lives in :mod:`caspian.extract.parties`; this module
re-exports its names.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from caspian.extract.base import actors_in, get_ext, set_ext, text_of
from caspian.extract.factoring import any_of
from caspian.extract.parties import (
    _DESTINATION_BEFORE,
    _LOCATIVE_BEFORE,
    _THIRD_PARTY_BEFORE,
    _VENUE_BEFORE,
    SEAT_OF_POWER,
    is_aside,
    is_party,
    non_party_role,
    party_ids,
    party_mentions,
)
from caspian.extract.parties import (
    _kind as _kind,  # re-exported: agreements reads the kind of an actor here
)
from caspian.extract.pronouns import (
    _MEETING_NOUNS,
    _PARTITIVE_BEFORE,
    _meeting_participants,
    resolve_pronouns,
)
from caspian.extract.reporters import reporter_ids

if TYPE_CHECKING:
    from caspian.extract.mentions import ActorMention

COMPONENT = "caspian.references.v1"

_NUMBERS = {
    "two": 2,
    "both": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "the": 0,
}
# The patterns below start with a character class and test the word boundary after it
# ("[Tt](?<!\w[Tt])" is "\b[Tt]"): re then skips to the next candidate character in C
# instead of trying the whole pattern at every position of the text.
_C5_PHRASE = re.compile(
    r"[Ff](?<!\w[Ff])ive\s+(?:Central\s+Asian\s+(?:states|countries|nations|republics|presidents"
    r"|leaders|heads\s+of\s+state|governments)\b|(?:states|countries|nations|republics)\s+of"
    r"\s+Central\s+Asia\b(?![\w-]))"
)
#: Names of regions standing for all their states, with the number that may precede them:
#: "the three South Caucasus countries", "the Baltic states", "both Koreas", "the six Gulf
#: monarchies". Only groups whose states are not in doubt (not "the Gulf states").
_REGION_STATES: dict[str, tuple[str, ...]] = {
    "caucasus": ("ARM", "AZE", "GEO"),
    "baltic": ("EST", "LTU", "LVA"),
    "koreas": ("KOR", "PRK"),
    "gulf": ("ARE", "BHR", "KWT", "OMN", "QAT", "SAU"),
    "caspian": ("AZE", "IRN", "KAZ", "RUS", "TKM"),
}
_STATE_NOUN = (
    r"(?:states|countries|nations|republics|presidents|leaders|heads\s+of\s+state|governments)"
)
_REGION_PHRASE = re.compile(
    r"(?P<det>[TtIiBb](?<!\w[TtIiBb])(?:(?<=[Tt])he(?:ir)?|(?<=[Ii])ts|(?<=[Bb])oth))\s+"
    r"(?:(?P<n>two|three|five|six)\s+)?"
    r"(?:(?P<caucasus>South\s+Caucas(?:us|ian)\s+" + _STATE_NOUN + r"|(?<=three\s)"
    r"(?:states|countries|nations|republics)\s+of\s+the\s+South\s+Caucasus)"
    r"|(?P<baltic>Baltic\s+" + _STATE_NOUN + r")"
    r"|(?P<gulf>Gulf\s+(?:Arab\s+)?(?P<monarchies>monarchies|" + _STATE_NOUN + r"))"
    r"|(?P<caspian>(?:(?<=five\s)(?:Caspian\s+)?(?:littoral|coastal|shore)|Caspian"
    r"(?:\s+(?:littoral|coastal|shore))?)\s+(?:states|countries|nations))"
    r"|(?P<koreas>Koreas))\b"
)
#: "the five littoral states" means the Caspian states where the Caspian has been named.
_CASPIAN_BEFORE = 600
_REGION_NOUN = r"(?:states|countries|nations|littoral|coastal|shore)"
#: The words of :data:`_REGION_PHRASE` that are found fast (a literal search): the phrase
#: is only tried in a window around them.
_REGION_KEY = re.compile(
    r"Caucas(?:us|ian)\s+[a-z]|Baltic\s+[a-z]|Gulf\s+(?:Arab\s+)?[a-z]|Koreas"
    r"|Caspian\s+"
    + _REGION_NOUN
    + r"|littoral\s+"
    + _REGION_NOUN
    + r"|coastal\s+"
    + _REGION_NOUN
    + r"|shore\s+"
    + _REGION_NOUN
)
_REGION_WINDOW = 45
#: Substrings one of which a text needs for :data:`_REGION_KEY` to match (tested first: a
#: substring test costs less than a regex search).
_REGION_WORDS = ("Caucas", "Baltic", "Gulf", "Koreas", "Caspian", "littoral", "coastal", "shore")
_MEMBER_STATES = re.compile(
    r"[ti](?<!\w[ti])(?:(?<=t)he(?:ir)?|(?<=i)ts)\s+"  # the|its|their
    r"(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:full\s+)?member(?:\s+states|\s+countries|s)\b"
)
#: The nouns of :data:`_ORG_ANAPHOR` as found by ``str.find`` ("grouping" has "group").
_ORG_NOUNS = (
    "union", "bloc", "organisation", "organization", "alliance", "group", "association",
    "commonwealth",
)  # fmt: skip
_ORG_ANAPHOR = re.compile(
    r"[Tt](?<!\w[Tt])h(?:e|at)\s+"  # the|that
    r"(?:union|bloc|organi[sz]ation|alliance|grouping|group|association|commonwealth)\b"
)
_REFERENCE = re.compile(
    # "the two", "the three", ... "the eight", "both", "the"; "two"/"three" after "by"
    # with an office ("signed by two presidents")
    r"(?P<det>[TtBb](?<!\w[TtBb])"
    r"(?:(?<=[Tt])he(?:\s+(?:two|three|four|five|six|seven|eight))?|(?<=[Bb])oth"
    r"|(?<=\bby\st)(?:wo|hree)(?=\s+(?:presidents|leaders|heads\s+of\s+state)\b)))"
    r"\s+(?:(?:[A-Z][\w-]+|neighbou?ring|allied|partner)\s+){0,2}"
    r"(?P<noun>countries|states|nations|sides|parties|[Pp]residents|[Ll]eaders|heads\s+of\s+state"
    r"|governments|neighbou?rs|blocs|capitals|republics|partners|juntas|regimes)\b"
)
_STATE_NOUNS = frozenset(
    {"countries", "states", "nations", "presidents", "leaders", "heads of state",
     "governments", "neighbours", "neighbors", "capitals", "republics", "juntas", "regimes"}
)  # fmt: skip
_BLOC_NOUNS = frozenset({"blocs"})


#: A mediator or host named in an absolute phrase after it: "with senior Chinese diplomat
#: Wang Yi hosting the final round", "with Qatar mediating".
_HOSTING_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w.'-]*|[a-z]+)){0,4}?\s+(?:hosting|mediating|brokering|chairing"
    r"|facilitating|overseeing|presiding)\b"
)
#: Words that end a clause between the actors of a set: "Officials in Kyiv have said ...,
#: but diplomats in Brussels ..., and Hungary has signalled" names no pair.
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|though)\b|\s(?:but|while)\s")
#: Before an actor named as the partner of the reference in its own sentence ("Both
#: states signed memorandums with France"; also "the two countries and China").
_PARTNER_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
#: The end of a sentence's first clause: "A, B and C remain suspended, and so do D and E".
_FIRST_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\s")
#: A heading or a question of its own line ("Was anything else announced?") between two
#: paragraphs: a reference after it is about the story's own pair, not an aside before.
_HEADING_LINE = re.compile(r"\n[ \t]*\n[^\n.]{3,90}(?:\?|(?<![.!:;,]))[ \t]*\n[ \t]*\n")
#: A plural noun naming a group of states: "the five former Soviet republics".
_GROUP_NOUN = re.compile(
    r"\b(?:countries|states|nations|republics|neighbou?rs|members|economies|governments)\b"
)
#: The fewest words of a sentence of the lead (shorter lines are labels and datelines).
_LEAD_WORDS = 5
#: How many sentences back a reference looks for the actors it stands for.
_BACK = 3


#: A witness of a signing is one of its sides ("signed in the presence of the Turkish
#: President and the president of Turkmenistan"), not a mediator.
#: Words one of which :data:`_THIRD_PARTY_BEFORE` needs (tested first: cheaper).
_THIRD_PARTY_WORDS = (
    "brokered", "mediat", "host", "facilitat", "witnessed", "sponsored", "organi", "chaired",
    "monitored", "convened", "backed", "guaranteed", "overseen", "auspices", "presence",
    "invitation", "offices", "supported", "financed", "funded", "underwritten", "support",
    "backing", "assistance", "help", "funding", "financing", "underpinned", "secured",
)  # fmt: skip
_THIRD_PARTY_KEY = any_of(re.compile("|".join(_THIRD_PARTY_WORDS)))  # (factored: speed)
_PRESENCE_BEFORE = re.compile(r"\bpresence\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)


_HOSTING_WORDS = ("hosting", "mediating", "brokering", "chairing", "facilitating",
                  "overseeing", "presiding")  # fmt: skip
#: A candidate of :func:`_principal`: the mention, whether it is a party, the text before
#: it and whether it is named as present at a signing.
_Candidate = tuple["ActorMention", bool, str, bool]


def _principal(doc: Doc, start: int, end: int, sent_end: int) -> list[_Candidate]:
    """The mentions in [start, end) a reference may point back to (see :func:`_strong`).
    A mediator or host ("brokered by China", "with Chinese diplomat Wang Yi hosting") is
    left out."""
    text = text_of(doc)
    found: list[_Candidate] = []
    for mention in actors_in(doc, start, end):
        if mention.via == "reference":
            continue
        before = text[max(0, mention.start - 60) : mention.start]
        lowered = before.lower()
        present = "presence" in lowered and _PRESENCE_BEFORE.search(before) is not None
        if not present and _THIRD_PARTY_KEY.search(lowered) and _THIRD_PARTY_BEFORE.search(before):
            continue
        window = text[mention.end : min(sent_end, mention.end + 60)]
        if any(word in window for word in _HOSTING_WORDS):
            hosting = _HOSTING_AFTER.match(window)
            if hosting is not None and not any(c in hosting.group() for c in ",;()"):
                continue
        if is_aside(text, start, mention.start):
            continue  # "after its deal with Singapore": another instrument's partner
        party = is_party(doc, mention)
        if not party and not (
            mention.via == "demonym"
            or (mention.via == "capital" and _LOCATIVE_BEFORE.search(before[-40:]))
        ):
            continue  # a company, a compound ("Moscow-led"), a bloc as a venue
        found.append((mention, party, before, present))
    return found


def _strong(candidate: _Candidate) -> bool:
    """Whether a candidate is named as a party. Weak ones are a demonym that describes a
    thing ("Turkmen gas"), a venue ("held in Luxembourg", "talks in Beijing") and a
    destination ("gas to India"): they may complete a set, not contradict the lead."""
    mention, party, before, present = candidate
    if not party or present:
        return party
    return not (
        (
            mention.via in ("name", "short", "capital")
            and _VENUE_BEFORE.search(before)
            and not SEAT_OF_POWER.search(before)
        )
        or _DESTINATION_BEFORE.search(before)
    )


def _wanted(ids: list[str], noun: str) -> list[str]:
    if noun in _STATE_NOUNS:
        return [a for a in ids if _kind(a) == "state"]
    if noun in _BLOC_NOUNS:
        return [a for a in ids if _kind(a) != "state"]
    return ids


def _fits(ids: list[str], count: int) -> bool:
    return len(ids) == count if count else len(ids) >= 2


class _Resolver:
    """Resolves the references of one doc; keeps the candidates of each sentence part."""

    def __init__(self, doc: Doc, bounds: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.bounds = bounds
        self._found: dict[tuple[int, int], list[_Candidate]] = {}
        self._leads: dict[str, list[str]] = {}
        self._ids: dict[tuple[int, int, bool], list[str]] = {}

    def principal(self, start: int, end: int, sent_end: int) -> list[_Candidate]:
        if (start, end) not in self._found:
            self._found[start, end] = _principal(self.doc, start, end, sent_end)
        return self._found[start, end]

    def ids(self, start: int, end: int, sent_end: int, *, strong: bool = False) -> list[str]:
        """Distinct actor ids of :func:`_principal` (only the strong ones if `strong`), in
        order of first mention."""
        key = (start, end, strong)
        if key not in self._ids:
            seen: dict[str, None] = {}
            for candidate in self.principal(start, end, sent_end):
                if candidate[0].actor_id not in seen and (not strong or _strong(candidate)):
                    seen[candidate[0].actor_id] = None
            self._ids[key] = list(seen)
        return self._ids[key]

    def lead(self, noun: str) -> list[str]:
        """The actors of the story's lead: the parties (not venues or things) of the first
        of its first two sentences (a headline and the lead sentence) naming two or more."""
        if noun not in self._leads:
            self._leads[noun] = []
            # a line of fewer than five words is a label or a dateline ("PRESS RELEASE")
            lines = (b for b in self.bounds if len(self.text[b[0] : b[1]].split()) >= _LEAD_WORDS)
            for start, end in itertools.islice(lines, 2):
                ids = self.ids(start, end, end, strong=True)
                if len(ids) >= 2:
                    self._leads[noun] = _wanted(ids, noun)
                    break
        return self._leads[noun]

    def lead_pair(self, index: int, position: int, noun: str) -> list[str]:
        """The lead's pair for "the leaders", "the heads of state" when the sentence and
        the three before it name no other actor (the meeting is the story's own, not an
        organisation's summit)."""
        lead = self.lead(noun)
        if len(lead) != 2:
            return []
        floor = self.bounds[max(0, index - _BACK)][0]
        others = [m for m in actors_in(self.doc, floor, position) if m.actor_id not in lead]
        return [] if others else lead

    def one_clause(self, start: int, end: int, ids: list[str]) -> bool:
        """Whether the actors `ids` of the sentence [start, end) are all named as parties
        and in one clause (no "but", "while" or semicolon between the first and last)."""
        spots = [c[0].start for c in self.principal(start, end, end) if c[0].actor_id in ids]
        if not spots or not set(ids) <= set(self.ids(start, end, end, strong=True)):
            return False
        return _CLAUSE_BREAK.search(self.text, min(spots), max(spots)) is None

    def choose(
        self, span: tuple[int, int, int], count: int, noun: str, partners: set[str]
    ) -> list[str] | None:
        """The actors of the sentence part `span` (start, end, sentence end) a reference
        with `count` ("the two": 2, "the sides": 0) stands for: [] if that part is
        ambiguous, None if it names too few."""
        found = [a for a in _wanted(self.ids(*span), noun) if a not in partners]
        if len(found) < (count or 2):
            return None
        if count and len(found) == count:
            return found
        if count and len(found) > count:
            # "Mali, Burkina Faso and Niger remain suspended, and so do Guinea and Sudan.
            # The three juntas ...": the first clause names exactly as many
            stop = _FIRST_CLAUSE_END.search(self.text, span[0], span[1])
            if stop is not None:
                first = [
                    a
                    for a in _wanted(self.ids(span[0], stop.start(), span[2]), noun)
                    if a not in partners
                ]
                if len(first) == count:
                    return first
        lead = self.lead(noun)
        if not count and not (lead and set(found) > set(lead)):
            return found
        if lead and _fits(lead, count) and set(lead) <= set(found):
            return lead  # the pair of the story's lead among others named
        return []  # ambiguous: do not guess

    def pooled(self, index: int, count: int, noun: str, partners: set[str]) -> list[str]:
        """The actors of the two sentences before, in the same paragraph, when together
        (and neither alone) they name exactly `count` ("the two presidents" after one
        sentence naming each)."""
        if not count:
            return []
        found: dict[str, None] = {}
        for back in range(index - 1, max(-1, index - 3), -1):
            start, end = self.bounds[back]
            if "\n\n" in self.text[end : self.bounds[back + 1][0]]:
                break  # another paragraph: another story
            named = [a for a in _wanted(self.ids(start, end, end, strong=True), noun)]
            named = [a for a in named if a not in partners]
            if len(named) >= count:
                return []  # one sentence names them all: its own rules decide
            found.update(dict.fromkeys(named))
        return list(found) if len(found) == count else []

    def resolve(self, index: int, match: re.Match[str], count: int, noun: str) -> list[str]:
        """The actors one reference stands for (see the module doc), or none when unsure."""
        text = self.text
        sent_start, sent_end = self.bounds[index]
        chosen = self.choose((sent_start, match.start(), sent_end), count, noun, set())
        if chosen is not None:
            return chosen
        named = _wanted(self.ids(sent_start, match.start(), sent_end, strong=True), noun)
        if named:  # "Kazakhstan's foreign ministry said the two sides ...": not a side
            speakers = reporter_ids(self.doc, sent_start, sent_end)
            named = [a for a in named if a not in speakers]
        if named and _GROUP_NOUN.search(text, sent_start, match.start()):
            return []  # "China's trade with the five republics ..., after the two sides": a
            # side is named by a group the registry does not know
        partners = {
            m.actor_id
            for m in party_mentions(self.doc, match.end(), sent_end)
            if _PARTNER_BEFORE.search(text, max(0, m.start - 12), m.start)
            or (m.start - match.end() < 10 and text[match.end() : m.start].strip() == "and")
        }
        if named and count:
            after = [
                a
                for a in _wanted(self.ids(match.end(), sent_end, sent_end, strong=True), noun)
                if a not in partners and a not in named
            ]
            if len(named) + len(after) == count:
                return [*named, *after]  # "Japan followed, when the two governments
                # announced ... during a visit by Vietnam's president"
        for back in range(index - 1, max(-1, index - 1 - _BACK), -1):
            start, end = self.bounds[back]
            chosen = self.choose((start, end, end), count, noun, partners)
            if chosen is None:
                continue
            if not set(named) <= set(chosen):
                return []  # the sentence names a side the earlier set does not have
            lead = self.lead(noun)
            later = [
                a
                for a in _wanted(self.ids(match.end(), sent_end, sent_end, strong=True), noun)
                if a not in partners and a not in chosen
            ]
            if later and _fits(lead, count) and set(named) | set(later) <= set(lead):
                return lead  # "The two governments launched talks in 2014 ..., when
                # Morrison visited Tokyo" after an aside on Japan's pact with the US
            if (
                lead
                and set(chosen) != set(lead)
                and _fits(lead, count)
                and set(named) <= set(lead)
                and _HEADING_LINE.search(self.text, end, sent_start)
            ):
                return lead  # a question or heading between: the story's own pair again
            if (
                chosen
                and len(lead) == len(chosen)
                and set(chosen) != set(lead)
                and set(chosen) & set(lead)
                and not self.one_clause(start, end, chosen)
            ):
                pooled = self.pooled(index, count, noun, partners)
                if set(pooled) == set(chosen):
                    return pooled  # each named as a party in its own sentence
                return []  # not named together as parties, and not the story's pair
            return chosen
        pooled = self.pooled(index, count, noun, partners)
        if pooled and set(named) <= set(pooled):
            return pooled  # "Putin spent Tuesday in Ulaanbaatar. Mongolia did not arrest him.
            # The two presidents witnessed ...": named one per sentence
        lead = self.lead(noun)
        if len(lead) == (count or 2) and set(named) <= set(lead):
            # no set named nearby: the story's own ("The agreement was signed by the three
            # states in Beijing" in a story led by China, Kyrgyzstan and Uzbekistan; "the
            # sides" in one led by a pair)
            return lead
        return []


def resolve_references(doc: Doc) -> list[ActorMention]:
    """The reference mentions of the doc, each resolved to its actors."""
    from caspian.extract.mentions import ActorMention

    text = text_of(doc)
    found: list[ActorMention] = []
    bounds: list[tuple[int, int]] = get_ext(doc, "sentences") or [(0, len(text))]
    starts = [b[0] for b in bounds]
    resolver = _Resolver(doc, bounds)
    for match in _REFERENCE.finditer(text):
        det = match.group("det").lower().split()[-1]
        count = 0 if match.group("det").lower() == "the" else _NUMBERS.get(det, 0)
        noun = " ".join(match.group("noun").lower().split())
        index = max(0, bisect_right(starts, match.start()) - 1)
        if det == "the" and noun in _STATE_NOUNS | _BLOC_NOUNS and count == 0:
            # "the countries", "the states": too vague to resolve; "the leaders": the
            # participants of the meeting just named, when they are named one by one
            if (
                noun in _MEETING_NOUNS
                and match.group().count(" ") == noun.count(" ") + 1  # no modifier
                and not text.startswith(" of", match.end())
                and not _PARTITIVE_BEFORE.search(text, max(0, match.start() - 20), match.start())
            ):
                participants = _meeting_participants(doc, bounds, index, match.start())
                if not participants:
                    participants = resolver.lead_pair(index, match.start(), noun)
                for actor_id in participants:
                    found.append(
                        ActorMention(
                            match.start(), match.end(), actor_id, "reference", match.group()
                        )
                    )
            continue
        ids = resolver.resolve(index, match, count, noun)
        for actor_id in ids:
            found.append(
                ActorMention(match.start(), match.end(), actor_id, "reference", match.group())
            )
    return found


def _last_group(
    actors: list[ActorMention],
    starts: list[int],
    floor: int,
    before: int,
    *,
    named_only: bool = False,
) -> ActorMention | None:
    """The last mention of an organisation or format wholly inside [floor, before) among
    `actors` (sorted by start; `starts` their starts), leaving out references if
    `named_only`."""
    for index in range(bisect_left(starts, before) - 1, bisect_left(starts, floor) - 1, -1):
        mention = actors[index]
        if (
            mention.end <= before
            and not (named_only and mention.via == "reference")
            and _kind(mention.actor_id) != "state"
        ):
            return mention
    return None


def _region_phrases(text: str) -> list[tuple[re.Match[str], tuple[str, ...]]]:
    """The phrases of `text` naming the states of a region, with the states."""
    found: list[tuple[re.Match[str], tuple[str, ...]]] = []
    # each alternative of _REGION_KEY begins with a word of _REGION_WORDS: tried there only
    at = sorted({position for word in _REGION_WORDS for position in _found(text, word)})
    if not at:
        return found
    done = -1  # end of the last region phrase found
    for key in _matches_at(_REGION_KEY, text, at):
        if key.start() < done:
            continue
        match = _REGION_PHRASE.search(
            text, max(done, key.start() - _REGION_WINDOW), key.end() + _REGION_WINDOW
        )
        if match is None or match.start() > key.start():
            continue
        done = match.end()
        region = match.lastgroup if match.lastgroup != "monarchies" else "gulf"
        states = _REGION_STATES[region or ""]
        number = _NUMBERS.get(match.group("n") or match.group("det").lower(), 0)
        if number and number != len(states):
            continue
        if region == "koreas" and number != 2:
            continue  # "the Koreas", "their Koreas"
        if region == "gulf" and not (number or match.group("monarchies") == "monarchies"):
            continue  # "the Gulf states": which ones is not clear
        if (
            region == "caspian"
            and "Caspian" not in match.group()
            and "Caspian" not in text[max(0, match.start() - _CASPIAN_BEFORE) : match.start()]
        ):
            continue  # "the five coastal states" of some other sea
        found.append((match, states))
    return found


def _matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match begins at one of `starts` (sorted) and
    none is empty: the first match at or after the end of the previous one."""
    done = 0
    for position in starts:
        if position >= done:
            match = pattern.match(text, position)
            if match is not None:
                yield match
                done = match.end()


def _gap_before(text: str, position: int) -> int:
    """Where the run of white space right before `position` begins."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _found(text: str, word: str) -> Iterator[int]:
    position = text.find(word)
    while position >= 0:
        yield position
        position = text.find(word, position + 1)


def _org_anaphors(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_ORG_ANAPHOR`, tried only where they can begin: "the" or
    "that" (a "T" or "t" three or four characters back) right before the white space
    before one of its nouns (found with ``str.find``, faster than a scan for every "t")."""
    starts: set[int] = set()
    for noun in _ORG_NOUNS:
        for position in _found(text, noun):
            gap = _gap_before(text, position)
            if gap < position:
                starts.update(s for s in (gap - 3, gap - 4) if s >= 0 and text[s] in "Tt")
    return _matches_at(_ORG_ANAPHOR, text, sorted(starts))


def _member_phrases(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_MEMBER_STATES`, tried only at a "t" or "i" in the three runs
    of non-space characters before a "member" (the determiner, a number, "full")."""
    starts: set[int] = set()
    for position in _found(text, "member"):
        begin = position
        for _ in range(3):
            begin = _gap_before(text, begin)
            while begin > 0 and not text[begin - 1].isspace():
                begin -= 1
        starts.update(s for s in range(begin, position) if text[s] in "ti")
    return _matches_at(_MEMBER_STATES, text, sorted(starts))


#: "Central Asia" as a side beside an actor: "between the European Union and Central Asia",
#: "China and Central Asia", "between Central Asia and Japan" (not "Central Asian", not a
#: compound "EU-Central Asia summit", not a place: "routes to Central Asia").
_CENTRAL_ASIA = re.compile(r"(?<![\w-])Central\s+Asia\b(?![\w'’-])")
_AND_BEFORE = re.compile(r"\s+and\s+$")
_BETWEEN_AND_AFTER = re.compile(r"\s+and\s+(?:the\s+)?")


def _central_asia_sides(text: str, actors: list[ActorMention]) -> list[tuple[int, int]]:
    """The spans of "Central Asia" coordinated with an actor as one of two sides (see
    :data:`_CENTRAL_ASIA`)."""
    found: list[tuple[int, int]] = []
    ends = {m.end for m in actors if m.via != "reference"}
    starts = {m.start for m in actors if m.via != "reference"}
    for match in _CENTRAL_ASIA.finditer(text):
        before = text[max(0, match.start() - 8) : match.start()]
        gap = _AND_BEFORE.search(before)
        if gap is not None and match.start() - len(gap.group()) in ends:
            found.append((match.start(), match.end()))  # "the EU and Central Asia"
            continue
        after = _BETWEEN_AND_AFTER.match(text, match.end())
        if (
            text[max(0, match.start() - 8) : match.start()].endswith("between ")
            and after is not None
            and after.end() in starts
        ):
            found.append((match.start(), match.end()))  # "between Central Asia and Japan"
    return found


def resolve_group_phrases(doc: Doc) -> list[ActorMention]:
    """ "the five Central Asian states" (the C5 members), "the three South Caucasus
    countries", "the Baltic states", "both Koreas", "the Gulf monarchies", "the five
    Caspian states" (their states) and "the union", "the bloc", "the organisation" (the
    organisation or format last named, up to six sentences back, or the one an earlier such
    anaphor in that stretch stood for, if later: a story goes on about "the union")."""
    from caspian.actors import load_registry
    from caspian.extract.mentions import ActorMention

    text = text_of(doc)
    found: list[ActorMention] = []
    actors: list[ActorMention] = get_ext(doc, "actors") or []
    starts = [m.start for m in actors]
    published = get_ext(doc, "published")
    # each search only where its own literal words occur (a substring test costs little)
    for match in _member_phrases(text):
        group = _last_group(actors, starts, max(0, match.start() - 2000), match.start())
        if group is None:
            continue
        members = sorted(load_registry().members(group.actor_id, on=published))
        number = _NUMBERS.get((match.group("n") or "").lower(), 0)
        if members and (not number or number == len(members)):
            for member in members:
                found.append(
                    ActorMention(match.start(), match.end(), member, "reference", match.group())
                )
    if "five" in text and "Central" in text:
        for match in _C5_PHRASE.finditer(text):
            for member in sorted(load_registry().members("C5", on=published)):
                found.append(
                    ActorMention(match.start(), match.end(), member, "reference", match.group())
                )
    if "Central Asia" in text:
        for start, end in _central_asia_sides(text, actors):
            for member in sorted(load_registry().members("C5", on=published)):
                found.append(ActorMention(start, end, member, "reference", text[start:end]))
    for match, states in _region_phrases(text):
        for state in states:
            found.append(
                ActorMention(match.start(), match.end(), state, "reference", match.group())
            )
    bounds: list[tuple[int, int]] = get_ext(doc, "sentences") or [(0, len(text))]
    sentence_starts = [b[0] for b in bounds]
    chain: tuple[int, str] | None = None  # (start, actor id) of the last anaphor resolved
    for match in _org_anaphors(text):
        index = max(0, bisect_right(sentence_starts, match.start()) - 1)
        floor = bounds[max(0, index - 6)][0]
        last = _last_group(actors, starts, floor, match.start(), named_only=True)
        actor_id = last.actor_id if last is not None else None
        if chain is not None and chain[0] >= floor and (last is None or chain[0] > last.start):
            actor_id = chain[1]  # "the union" again: the group an earlier anaphor stood for
        if actor_id is not None:
            chain = (match.start(), actor_id)
            found.append(
                ActorMention(match.start(), match.end(), actor_id, "reference", match.group())
            )
    return found


@Language.component(
    COMPONENT.replace(".", "_"), requires=["doc._.actors"], assigns=["doc._.actors"]
)
def references_component(doc: Doc) -> Doc:
    """Add resolved plural references to ``doc._.actors`` (kept sorted by start)."""
    actors: list[ActorMention] | None = get_ext(doc, "actors")
    if actors is None:
        return doc
    resolved = resolve_group_phrases(doc)
    if resolved:
        actors = sorted([*actors, *resolved], key=lambda m: (m.start, m.end))
        set_ext(doc, "actors", actors)
    resolved = resolve_references(doc)
    if resolved:
        actors = sorted([*actors, *resolved], key=lambda m: (m.start, m.end))
        set_ext(doc, "actors", actors)
    resolved = resolve_pronouns(doc)  # after the references: "The two countries met. They"
    if resolved:
        set_ext(doc, "actors", sorted([*actors, *resolved], key=lambda m: (m.start, m.end)))
    return doc


__all__ = [
    "COMPONENT",
    "SEAT_OF_POWER",
    "is_party",
    "non_party_role",
    "party_ids",
    "party_mentions",
    "resolve_group_phrases",
    "resolve_pronouns",
    "resolve_references",
]

"""Who a clause is about: reference resolution and the filter of actor mentions.

``caspian.references.v1`` resolves plural references to actors — "the two countries",
"both sides", "the sides", "the parties", "the two presidents", "both states", "the
two leaders", "the two blocs", "the heads of state" — to the actors of the nearest
sentence that names them: first the same sentence before the reference ("After talks
between Baku and Astana, the two sides signed ..."), else up to three sentences back.
A reference with a number ("two", "both", "three") needs exactly that many actors there,
leaving out actors the sentence names itself ("Both states signed deals with Japan":
the two states are not Japan); one without ("the sides") takes all of them. Each
resolved actor is added to ``doc._.actors`` with ``via="reference"`` and the offsets of
the reference. "They"/"the two" as a subject take the sentence before's coordinated
subject of states or office-holders when nothing else plural is there; "the leaders",
"the heads of state", "the summit participants" the explicit set of a meeting just named.

:func:`party_mentions` is the filter every fact rule applies before taking actors as
parties: a capital used as a place ("talks in Astana"), an organisation that is only a
venue ("at the SCO summit") or the object of joining ("applied to join BRICS"), and a
demonym that only describes a thing ("Russian gas") are not parties; a demonym before a
leader, government or official ("the Kazakh President") and in a hyphenated pair
("Kazakh-Uzbek talks") is.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from caspian.extract.base import actors_in, get_ext, set_ext, text_of

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
_ORG_ANAPHOR = re.compile(
    r"[Tt](?<!\w[Tt])h(?:e|at)\s+"  # the|that
    r"(?:union|bloc|organi[sz]ation|alliance|grouping|group|association|commonwealth)\b"
)
_REFERENCE = re.compile(
    # "the two", "the three", ... "the eight", "both", "the"
    r"(?P<det>[TtBb](?<!\w[TtBb])"
    r"(?:(?<=[Tt])he(?:\s+(?:two|three|four|five|six|seven|eight))?|(?<=[Bb])oth))"
    r"\s+(?:(?:[A-Z][\w-]+|neighbou?ring|allied|partner)\s+){0,2}"
    r"(?P<noun>countries|states|nations|sides|parties|presidents|leaders|heads\s+of\s+state"
    r"|governments|neighbou?rs|blocs|capitals|republics|partners)\b"
)
_STATE_NOUNS = frozenset(
    {"countries", "states", "nations", "presidents", "leaders", "heads of state",
     "governments", "neighbours", "neighbors", "capitals", "republics"}
)  # fmt: skip
_BLOC_NOUNS = frozenset({"blocs"})

_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|outside|from)\s+(?:the\s+)?|capital\s+(?:of\s+)?|capital,\s+)$", re.I
)
SEAT_OF_POWER = re.compile(
    r"\b(?:government|authorities|officials|leadership|administration|regime|rulers|lawmakers"
    r"|legislators|parliament|parliamentarians|MPs|deputies|diplomats|negotiators)\s+in\s+$",
    re.I,
)
_VENUE_AFTER = re.compile(
    r"^(?:[’']s\s+(?:\w+\s+)?members\b|\s*(?:\+\s*\d\s+)?(?:summit|forum|meeting|session|ministerial|conference|platform"
    r"|secretariat|headquarters|framework|member\s+states|members|countries|format)\b)",
    re.I,
)
_JOIN_BEFORE = re.compile(
    r"(?:\bjoin(?:ing|ed|s)?|\bacced(?:ed|es|ing)\s+to|\bmembership\s+(?:of|in|to)|\bmembers?\s+(?:states?\s+)?of|\baccession\s+to"
    r"|\bobserver\s+(?:status\s+)?(?:in|at|of|to)|\bwithdr[ae]w\w*\s+from|\bexit\s+from|\bleft"
    r"|\bapplication\s+(?:to|for)|\bwithin|\bunder)\s+(?:the\s+)?$",
    re.I,
)
_DEMONYM_ROLE = re.compile(
    r"^[\s-]*(?:(?:,\s*|\s+and\s+|\s*,\s*and\s+)[A-Z]\w+\s*){0,3}(?:[A-Z]\w*\s+)?(?:President|Prime|Premier|Foreign|Minister|Deputy|leader|[Gg]overnment"
    r"|authorities|sides?|delegations?|officials?|counterparts?|[Mm]inistry|state|[Ee]mbassy"
    r"|[Aa]mbassador|[Pp]arliament|head|King|Emir|Sheikh|Chancellor|Vice|Economy|Energy"
    r"|Trade|Defen[cs]e|Cabinet|Senate|lawmakers|diplomats?|negotiators|envoy|Speaker"
    r"|agreement|treaty|deal|accord|pact|memorandum|declaration|EPCA|PCA|FTA"
    r"|(?:and\s+[A-Z]\w+\s+)?(?:forces|troops|military|militaries|armed\s+forces|navies|armies))\b"
)


@cache
def _kind(actor_id: str) -> str:
    from caspian.actors import load_registry

    registry = load_registry()
    if actor_id not in registry:
        return "state"
    return registry.get(actor_id).kind


_COMPANY_AFTER = re.compile(
    r"^(?:[’']s\s+(?:[A-Z][\w&-]*\s+){1,3}(?:Holding|Holdings|Group|Bank|Corporation|Company|Ltd|LLC"
    r"|Inc|Energy|Marine|Airways|Railways)\b|[\s-]*(?:firms?|compan(?:y|ies)|corporations?|businesses"
    r"|investors?|banks?|conglomerates?|consortium|lenders?|exporters?|importers?|producers?)\b)"
)

#: A compound adjective that describes something else: "the Moscow-led bloc", "a
#: Washington-based think tank", "a Beijing-backed fund", "a China-brokered deal".
_COMPOUND_AFTER = re.compile(
    r"[-‐‑](?:led|based|backed|funded|financed|owned|brokered|mediated|sponsored|registered"
    r"|headquartered|born|listed|made|built|bound|friendly|leaning|aligned|controlled"
    r"|dominated|centred|centered|focused|oriented|style|supported|installed|run|operated)\b"
)
#: A company named with a state or its capital: "Air Astana", "Air China" (a mention, as
#: a name, but not a party).
_COMPANY_BEFORE = re.compile(r"(?<![\w-])Air\s$")


def is_party(doc: Doc, mention: ActorMention, *, companies: bool = False) -> bool:
    """Whether an actor mention can stand for a party of a fact (see the module doc)."""
    text = text_of(doc)
    before = text[max(0, mention.start - 40) : mention.start]
    after = text[mention.end : mention.end + 30]
    kind = _kind(mention.actor_id)
    if after[:1] in "-‐‑" and after and _COMPOUND_AFTER.match(after):
        return False
    if (
        not companies
        and mention.via != "reference"
        and (
            _COMPANY_AFTER.match(after)
            or (before.endswith("Air ") and _COMPANY_BEFORE.search(before))
        )
    ):
        return False
    if mention.via == "reference":
        return kind == "state" or not (_JOIN_BEFORE.search(before) or _VENUE_AFTER.match(after))
    if (
        mention.via == "capital"
        and _LOCATIVE_BEFORE.search(before)
        and not SEAT_OF_POWER.search(before)
    ):
        return False
    if kind != "state" and (_VENUE_AFTER.match(after) or _JOIN_BEFORE.search(before)):
        return False
    if mention.via == "demonym":
        surface = text[max(0, mention.start - 1) : mention.end + 1]
        if "-" in surface or "–" in surface:
            return True
        return bool(_DEMONYM_ROLE.match(after))
    return True


#: A state named as the place of an event ("on the margins of COP29 in Egypt").
_VENUE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|hosted\s+in|held\s+in|venue\s+in)\s+(?:the\s+)?$", re.I
)
#: A destination of goods or energy ("power exports into the European Union", "gas to Europe").
_DESTINATION_BEFORE = re.compile(
    r"\b(?:exports?|exporting|supplies|supply|supplying|deliveries|delivering|shipments?|shipping"
    r"|flows?|sales|transmission|transmitting|imports?|gas|oil|electricity|power|energy|cargo"
    r"|goods|trains|freight|routes?|corridor|access|transit)\b[^.;:,]{0,40}?\b(?:to|into|towards?"
    r"|onward\s+to|on\s+to|for)\s+(?:the\s+)?(?:markets?\s+(?:of|in)\s+(?:the\s+)?)?$"
    r"|\b(?:via|through|across|transiting)\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?$",
    re.I,
)
#: A mediator, host or witness ("brokered by China", "hosted by Qatar", "in the presence of").
_THIRD_PARTY_BEFORE = re.compile(
    r"\b(?:(?:brokered|mediated|hosted|facilitated|witnessed|sponsored|organi[sz]ed|chaired"
    r"|monitored"
    r"|convened|backed|guaranteed|overseen)\s+by|(?:mediation|auspices|presence|invitation"
    r"|good\s+offices|hosting|facilitation)\s+of|mediator|host)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w-]*|president|prime|minister|leader|government|of)\s+){0,3}$",
    re.I,
)
#: A mediator said to sign too: "Qatar, which also signed it", "Turkey, a signatory".
_SIGNED_NEAR = re.compile(
    r"\s*(?:,\s*(?:which|who)\s+|,\s*)?(?:also\s+|itself\s+|too\s+)?(?:(?:co-)?signed|inked"
    r"|initial+ed|(?:an?\s+|the\s+)?(?:co-?)?signator(?:y|ies))\b",
    re.I,
)


def non_party_role(
    text: str, mention_start: int, mention_end: int, via: str, sent_end: int
) -> bool:
    """Whether the actor at [mention_start, mention_end) is named as a venue ("on the
    margins of COP29 in Egypt"), a destination ("power exports into the European Union")
    or a mediator/host ("brokered by China") — not a party of an agreement unless the
    text says it signed ("Qatar, which also signed it")."""
    before = text[max(0, mention_start - 60) : mention_start]
    if (
        via in ("name", "short", "capital")
        and _VENUE_BEFORE.search(before)
        and not SEAT_OF_POWER.search(before)
    ):
        return True
    if _DESTINATION_BEFORE.search(before):
        return True
    if _THIRD_PARTY_BEFORE.search(before):
        return not _SIGNED_NEAR.match(text, mention_end, sent_end)
    return False


def party_mentions(
    doc: Doc, start: int, end: int, *, companies: bool = False
) -> list[ActorMention]:
    """The actor mentions in [start, end) that may be parties of a fact (with `companies`,
    also a state named for its companies: "deals with U.S. firms")."""
    return [m for m in actors_in(doc, start, end) if is_party(doc, m, companies=companies)]


def _reference_ids(doc: Doc, start: int, end: int) -> list[str]:
    """Actor ids a reference may point back to (parties, and demonyms: "Turkmen gas to
    Afghanistan, Pakistan and India" names four countries)."""
    seen: dict[str, None] = {}
    for mention in actors_in(doc, start, end):
        if mention.via == "demonym" or is_party(doc, mention):
            seen.setdefault(mention.actor_id, None)
    return list(seen)


def party_ids(doc: Doc, start: int, end: int) -> list[str]:
    """Distinct party actor ids in [start, end), in order of first mention."""
    seen: dict[str, None] = {}
    for mention in party_mentions(doc, start, end):
        seen.setdefault(mention.actor_id, None)
    return list(seen)


def _sentence_index(bounds: list[tuple[int, int]], position: int) -> int:
    return max(0, bisect_right([b[0] for b in bounds], position) - 1)


def _wanted(ids: list[str], noun: str) -> list[str]:
    if noun in _STATE_NOUNS:
        return [a for a in ids if _kind(a) == "state"]
    if noun in _BLOC_NOUNS:
        return [a for a in ids if _kind(a) != "state"]
    return ids


def resolve_references(doc: Doc) -> list[ActorMention]:
    """The reference mentions of the doc, each resolved to its actors."""
    from caspian.extract.mentions import ActorMention

    text = text_of(doc)
    found: list[ActorMention] = []
    bounds: list[tuple[int, int]] = get_ext(doc, "sentences") or [(0, len(text))]
    starts = [b[0] for b in bounds]
    earlier: dict[int, list[str]] = {}  # _reference_ids of whole sentences, by index
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
                for actor_id in _meeting_participants(doc, bounds, index, match.start()):
                    found.append(
                        ActorMention(
                            match.start(), match.end(), actor_id, "reference", match.group()
                        )
                    )
            continue
        sent_start, sent_end = bounds[index]
        candidates = _wanted(_reference_ids(doc, sent_start, match.start()), noun)
        ids: list[str] = []
        if (count and len(candidates) == count) or (not count and len(candidates) >= 2):
            ids = candidates
        else:
            own = set(party_ids(doc, match.end(), sent_end))
            for back in range(index - 1, max(-1, index - 4), -1):
                if back not in earlier:
                    earlier[back] = _reference_ids(doc, *bounds[back])
                prev_ids = [a for a in _wanted(earlier[back], noun) if a not in own]
                if (count and len(prev_ids) == count) or (not count and len(prev_ids) >= 2):
                    ids = prev_ids
                    break
                if count and len(prev_ids) > count:
                    break  # ambiguous: do not guess
        for actor_id in ids:
            found.append(
                ActorMention(match.start(), match.end(), actor_id, "reference", match.group())
            )
    return found


# ------------------------------------------------------------ pronouns and meeting sets

#: The words a verb may follow a plural subject with ("They also signed", "the two later
#: inked", "they have agreed", "they will sign").
_AUX = (
    r"(?:(?:also|later|then|jointly|subsequently|both|formally|finally|further|together|have"
    r"|had|will|would|could|did|were|are|reportedly|officially|eventually|again|not|each|all"
    r"|previously|earlier|already|instead|now|just|since|never|[a-z]{3,}ly)\s+){0,3}"
)
_VERB = (
    r"(?:[a-z]{2,}ed|met|held|made|took|set|struck|gave|began|won|sent|sign|agree|adopt|approve"
    r"|hold|meet|launch|ratify|establish|create|discuss|pledge|commit|endorse|issue|ink|seal"
    r"|conclude|reach|announce|vow|unveil|upgrade|reaffirm|open|deepen|expand|oversee"
    r"|witness)\b"
)
#: "They" or "the two" as the subject of a verb.
_PRONOUN = re.compile(r"[Tt](?<!\w[Tt])he(?P<two>y|\s+two)\s+" + _AUX + _VERB)
#: What may stand before the subject in its sentence: nothing, a quote mark, or a time or
#: place adverbial ("In September 2023 they signed", "On Monday, they agreed").
_SUBJECT_LEAD = re.compile(
    r"\s*[“\"']?\s*(?:(?:In|On|At|By|During|Later|Then|Afterwards|Subsequently|Earlier|Last"
    r"|Next|Also|Meanwhile|Separately|Together|There|Finally|Eventually|Ultimately"
    r"|Previously|Today|Yesterday)\b[^.;:!?\"“”()]{0,50}?,?\s+)?"
)
#: A dateline before a sentence's subject: "ASTANA, Dec 3 (Reuters) - ".
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.' ]{2,40}(?:,\s*[^–—\n-]{1,40}?)?\s*(?:\([^)]{1,30}\)\s*)?[-–—]+\s+)?"
)
#: Words before the first actor of a coordinated subject: "Presidents", "The leaders of",
#: "Prime Minister", a first name.
_LIST_LEAD = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:leaders|presidents|heads\s+of\s+state(?:\s+and\s+government)?"
    r"|heads\s+of\s+government|governments|foreign\s+ministers|prime\s+ministers)\s+of\s+"
    r"(?:the\s+)?)?"
)
#: A time adverbial before a sentence's subject, ended by a comma: "On Monday, ".
_INTRO = re.compile(
    r"(?:In|On|At|During|Last|Earlier|Later|Meanwhile|Separately|Today|Yesterday)\b"
    r"[^.;:!?,\"“”()]{0,40},\s+"
)
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_LIST_WORD = re.compile(r"(?:the\s+|[A-Z][\w.'-]*\s+)")
#: The verb after a coordinated subject ("Kazakhstan and Uzbekistan signed", "... met on").
_LIST_VERB = re.compile(r"\s*,?\s+" + _AUX + _VERB)
#: "the leaders of A, B and C", "the heads of state of A and B".
_LEADERS_OF = re.compile(
    r"\b(?:leaders|presidents|heads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?"
    r"|heads\s+of\s+government|prime\s+ministers)\s+of\s+(?:the\s+)?",
    re.I,
)
#: An organisation's or format's summit: "the SCO summit", "a CIS heads of state meeting".
_SUMMIT_AFTER = re.compile(
    r"(?:[’']s\s+)?\s+(?:(?:annual|informal|extraordinary|jubilee|anniversary|leaders[’']?)\s+)?"
    r"(?:summit|heads[- ]of[- ]state\s+(?:summit|meeting|council))\b"
)
_SUMMIT_BEFORE = re.compile(r"\bsummit\s+of\s+(?:the\s+)?$")
#: The participants of a meeting: "the leaders", "the heads of state", "the summit
#: participants", "the participants of the meeting".
_PARTICIPANTS = re.compile(
    r"[Tt](?<!\w[Tt])he\s+(?:(?:summit|meeting)\s+)?participants"
    r"(?:\s+(?:of|in|at)\s+the\s+(?:summit|meeting|talks))?\b(?!\s+(?:of|in|at|from)\b)"
)
_MEETING_NOUNS = frozenset({"leaders", "presidents", "heads of state"})
_PARTITIVE_BEFORE = re.compile(
    r"\b(?:one|some|none|two|three|most|many|several|each|any|few|either|neither|other)"
    r"\s+of\s+$",
    re.I,
)
#: A plural common noun ("talks", "companies", "officials"): a word ending in "s" but not
#: in "ss", "us" or "is", and not one of the words below.
_PLURAL = re.compile(
    r"\b(?!(?:was|has|its|as|does|goes|always|perhaps|towards|afterwards|besides|whereas|news"
    r"|sometimes|gas|yes|series|species|means|whereabouts|headquarters)\b)[a-z]*[a-hj-rt-z]s\b"
)


def _list_after(
    doc: Doc, start: int, end: int, *, subject: bool = False
) -> tuple[list[str], int] | None:
    """The state ids of a coordinated list of states or office-holders beginning at
    `start` (as a subject: after "The leaders of", "Presidents") inside [start, end), and
    where it ends; None unless it names at least two states and has no possessive or
    demonym."""
    text = text_of(doc)
    mentions = [m for m in actors_in(doc, start, end) if m.via != "reference"]
    by_start = {m.start: m for m in mentions}
    position = start
    if subject and position not in by_start:
        lead = _LIST_LEAD.match(text, position, end)
        position = lead.end() if lead else position
    ids: dict[str, None] = {}
    while True:
        mention = by_start.get(position)
        skipped = 0
        while mention is None and skipped < 3:
            word = _LIST_WORD.match(text, position, end)
            if word is None:
                return None
            position = word.end()
            mention = by_start.get(position)
            skipped += 1
        if (
            mention is None
            or mention.via == "demonym"
            or _kind(mention.actor_id) != "state"
            or not is_party(doc, mention)
        ):
            return None
        ids.setdefault(mention.actor_id, None)
        position = mention.end
        while position in by_start:  # "President Ilham Aliyev" named by two mentions
            position = by_start[position].end
        gap = _LIST_GAP.match(text, position, end)
        if (
            gap is None
            or gap.end() >= end
            or (text[gap.end()].islower() and not text.startswith("the ", gap.end()))
        ):
            break
        position = gap.end()
    if text.startswith(("'s", "’s", "-"), position) or len(ids) < 2:
        return None
    return list(ids), position


def _others(doc: Doc, start: int, end: int, ids: list[str]) -> bool:
    """Whether [start, end) names a party other than `ids`."""
    return any(m.actor_id not in ids for m in party_mentions(doc, start, end))


def _subject_list(doc: Doc, start: int, end: int) -> tuple[list[str], int, int] | None:
    """The states of the coordinated subject of the sentence [start, end) ("Presidents
    Tokayev and Mirziyoyev met ...", "On Monday, the leaders of A, B and C gathered ..."),
    with where the subject begins and ends, when a verb follows it."""
    text = text_of(doc)
    lead = _DATELINE.match(text, start, end)
    begin = lead.end() if lead else start
    intro = _INTRO.match(text, begin, end)
    for first in (begin, intro.end()) if intro else (begin,):
        found = _list_after(doc, first, end, subject=True)
        if found is None:
            # a resolved reference as the subject: "The three governments have turned ..."
            refs = [
                m for m in actors_in(doc, first, end) if m.start == first and m.via == "reference"
            ]
            ids = list(dict.fromkeys(m.actor_id for m in refs))
            if len(ids) >= 2 and all(_kind(a) == "state" for a in ids):
                found = ids, max(m.end for m in refs)
        if found is not None:
            if not _LIST_VERB.match(text, found[1], end):
                return None
            return found[0], first, found[1]
    return None


def _meeting_sets(doc: Doc, start: int, end: int) -> list[list[str]]:
    """The explicit sets of participants of a meeting in [start, end): a coordinated
    subject of states or office-holders, "the leaders of A, B and C", the members of an
    organisation whose summit is named ("the SCO summit")."""
    from caspian.actors import load_registry

    text = text_of(doc)
    sets: list[list[str]] = []
    actors = actors_in(doc, start, end)
    if not actors:
        return sets
    subject = _subject_list(doc, start, end) if actors[0].start - start < 100 else None
    if subject is not None:
        sets.append(subject[0])
    if len(actors) >= 2 and "of" in text[start:end]:
        for match in _LEADERS_OF.finditer(text, start, end):
            found = _list_after(doc, match.end(), end)
            if found is not None:
                sets.append(found[0])
    if "ummit" in text[start:end] or "state" in text[start:end]:
        for mention in actors:
            if _kind(mention.actor_id) == "state" or mention.via == "reference":
                continue
            if not (
                _SUMMIT_AFTER.match(text, mention.end, end)
                or _SUMMIT_BEFORE.search(text, max(start, mention.start - 20), mention.start)
            ):
                continue
            members = sorted(
                load_registry().members(mention.actor_id, on=get_ext(doc, "published"))
            )
            if len(members) >= 2:
                sets.append(members)
    distinct: list[list[str]] = []
    for ids in sets:
        if sorted(ids) not in [sorted(d) for d in distinct]:
            distinct.append(ids)
    return distinct


def _meeting_participants(
    doc: Doc, bounds: list[tuple[int, int]], index: int, position: int
) -> list[str]:
    """The participants of the meeting named before `position` in its sentence (`index`)
    or in the two sentences before; none if that set is not explicit or not alone."""
    for back in range(index, max(-1, index - 3), -1):
        start, end = bounds[back]
        end = min(end, position)
        sets = _meeting_sets(doc, start, end)
        if len(sets) > 1:
            return []  # two meetings or two sets: do not guess
        if sets:
            ids = sets[0]
            return [] if _others(doc, start, end, ids) else ids
        if back != index and any(_kind(m.actor_id) == "state" for m in actors_in(doc, start, end)):
            return []  # a sentence naming other states comes between
    return []


def _pronoun_antecedents(
    doc: Doc, bounds: list[tuple[int, int]], index: int, match: re.Match[str]
) -> list[str]:
    """The states "they" or "the two" at `match` stands for: the coordinated subject of
    the sentence before, when it names states or office-holders and nothing else plural."""
    text = text_of(doc)
    sent_start = bounds[index][0]
    lead = _SUBJECT_LEAD.fullmatch(text, sent_start, match.start())
    if (
        index == 0
        or lead is None
        or _PLURAL.search(text, sent_start, match.start())
        or actors_in(doc, sent_start, match.start())
    ):
        return []
    start, end = bounds[index - 1]
    subject = _subject_list(doc, start, end)
    if subject is None:
        return []
    ids, subject_start, subject_end = subject
    if (
        _PLURAL.search(text, start, subject_start)
        or _PLURAL.search(text, subject_end, end)
        or _others(doc, start, end, ids)
    ):
        return []
    if match.group("two") != "y" and len(ids) != 2:
        return []
    return ids


def _pronoun_matches(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_PRONOUN` in `text`, tried only where "they" or "two" occurs
    (a substring search costs far less than a regex scan from every "t")."""
    found: list[re.Match[str]] = []
    for word, back in (("they", 0), ("They", 0), ("two", 4)):
        position = text.find(word)
        while position >= 0:
            if (back and text[position - back : position] in ("the ", "The ")) or (
                not back and text[position + 4 : position + 5] == " "
            ):
                match = _PRONOUN.match(text, position - back)
                if match is not None:
                    found.append(match)
            position = text.find(word, position + 3)
    found.sort(key=lambda m: m.start())
    return found


def resolve_pronouns(doc: Doc) -> list[ActorMention]:
    """ "They signed ...", "The two later inked ...": the states of the sentence before's
    coordinated subject ("Presidents Tokayev and Mirziyoyev met in Tashkent on Monday."),
    when nothing else plural there could be meant; and "the summit participants" (see
    :func:`resolve_references` for "the leaders")."""
    from caspian.extract.mentions import ActorMention

    text = text_of(doc)
    found: list[ActorMention] = []
    matches = _pronoun_matches(text)
    if not matches and "participants" not in text:
        return found
    bounds: list[tuple[int, int]] = get_ext(doc, "sentences") or [(0, len(text))]
    starts = [b[0] for b in bounds]
    for match in matches:
        index = max(0, bisect_right(starts, match.start()) - 1)
        ref_end = match.start() + (
            4 if match.group("two") == "y" else len("the") + len(match.group("two"))
        )
        for actor_id in _pronoun_antecedents(doc, bounds, index, match):
            found.append(
                ActorMention(
                    match.start(), ref_end, actor_id, "reference", text[match.start() : ref_end]
                )
            )
    if "participants" in text:
        for match in _PARTICIPANTS.finditer(text):
            if _PARTITIVE_BEFORE.search(text, max(0, match.start() - 20), match.start()):
                continue
            index = max(0, bisect_right(starts, match.start()) - 1)
            for actor_id in _meeting_participants(doc, bounds, index, match.start()):
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
    if not any(word in text for word in _REGION_WORDS):
        return found
    done = -1  # end of the last region phrase found
    for key in _REGION_KEY.finditer(text):
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


def resolve_group_phrases(doc: Doc) -> list[ActorMention]:
    """ "the five Central Asian states" (the C5 members), "the three South Caucasus
    countries", "the Baltic states", "both Koreas", "the Gulf monarchies", "the five
    Caspian states" (their states) and "the union", "the bloc", "the organisation" (the
    organisation or format last named, up to two sentences back)."""
    from caspian.actors import load_registry
    from caspian.extract.mentions import ActorMention

    text = text_of(doc)
    found: list[ActorMention] = []
    actors: list[ActorMention] = get_ext(doc, "actors") or []
    starts = [m.start for m in actors]
    published = get_ext(doc, "published")
    # each search only where its own literal words occur (a substring test costs little)
    for match in _MEMBER_STATES.finditer(text) if "member" in text else ():
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
    for match, states in _region_phrases(text):
        for state in states:
            found.append(
                ActorMention(match.start(), match.end(), state, "reference", match.group())
            )
    bounds: list[tuple[int, int]] = get_ext(doc, "sentences") or [(0, len(text))]
    sentence_starts = [b[0] for b in bounds]
    for match in _ORG_ANAPHOR.finditer(text):
        index = max(0, bisect_right(sentence_starts, match.start()) - 1)
        floor = bounds[max(0, index - 6)][0]
        last = _last_group(actors, starts, floor, match.start(), named_only=True)
        if last is not None:
            found.append(
                ActorMention(match.start(), match.end(), last.actor_id, "reference", match.group())
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

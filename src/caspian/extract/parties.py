"""Which actor mentions can be parties of a fact: the filter every fact rule applies.

:func:`party_mentions` keeps the mentions that may be parties: a capital used as a
place ("talks in Astana"), an organisation that is only a venue ("at the SCO summit")
or the object of joining ("applied to join BRICS"), and a demonym that only describes a
thing ("Russian gas") are not parties; a demonym before a leader, government or
official ("the Kazakh President") and in a hyphenated pair ("Kazakh-Uzbek talks") is.
:func:`non_party_role` tells a venue, a destination, a mediator, host, supporter or
guarantor, an opponent (also the other side of a war named as a time: "a few months after
its war with Russia"), a depositary, a subject matter ("a declaration on Afghanistan",
"on trade, energy and Afghanistan") or an actor inside an apposition about another
("Colombia, one of Washington's partners,") of an agreement. An acronym defined for the
words before it ("Interim Trade Agreement (ITA)"), an organisation whose meeting is the
venue ("on the sidelines of the 17th summit of the ECO"), a capital naming a meeting ("the
same Minsk session") and a capital starting a person's name
("Santiago Peña") are not parties either.
(Split out of :mod:`caspian.extract.references`, which re-exports these names.)
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from caspian.extract.base import actors_in, text_of
from caspian.extract.factoring import any_of

if TYPE_CHECKING:
    from caspian.extract.mentions import ActorMention

_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|outside|from)\s+(?:the\s+)?|capital\s+(?:of\s+)?|capital,\s+)$", re.I
)
SEAT_OF_POWER = re.compile(
    r"\b(?:(?:government|authorities|officials|leadership|administration|regime|rulers|lawmakers"
    r"|legislators|parliament|parliamentarians|MPs|deputies|diplomats|negotiators)\s+in"
    r"|(?:delegations?|officials|diplomats|negotiators|envoys?|representatives|ministers"
    r"|emissaries)\s+(?:from|of)(?:\s+both)?(?:\s+(?:[A-Z][\w-]+,\s+)*[A-Z][\w-]+\s+and)?)\s+$",
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
    r"^[\s-]*(?:(?:,\s*|\s+and\s+|\s*,\s*and\s+|\s*&\s*)[A-Z]\w+\s*){0,3}(?:[A-Z]\w*\s+)?(?:President|Prime|Premier|Foreign|Minister|Deputy|leader|[Gg]overnment"
    r"|authorities|sides?|delegations?|officials?|counterparts?|[Mm]inistry|state|[Ee]mbassy"
    r"|presidents|(?:prime\s+|foreign\s+)?ministers?|leaders|heads"
    r"|[Aa]mbassador|[Pp]arliament|head|King|Emir|Sheikh|Chancellor|Vice|Economy|Energy"
    r"|Trade|Defen[cs]e|Cabinet|Senate|lawmakers|diplomats?|negotiators|envoy|Speaker"
    r"|agreement|treaty|deal|accord|pact|memorandum|declaration|EPCA|PCA|FTA"
    r"|(?:and\s+[A-Z]\w+\s+)?(?:forces|troops|military|militaries|armed\s+forces|navies|armies))\b"
)

#: How far a list of demonyms is read for the office noun after it (three demonyms and a
#: two-word office: "Turkish, Azerbaijani and Turkmen foreign ministers").
_DEMONYM_LIST_WINDOW = 90

#: An organisation named as the body whose meeting is the venue: "on the sidelines of the
#: 17th summit of the Economic Cooperation Organization", "at a session of the SCO".
_MEETING_OF_BEFORE = re.compile(
    r"\b(?:summits?|meetings?|sessions?|conferences?|forums?|ministerials?|gatherings?)\s+of"
    r"\s+(?:the\s+)?$",
    re.I,
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

#: After a list of demonyms (or one): the companies of those states (r1, round 9).
_DEMONYM_FIRMS = re.compile(
    r"^(?:(?:,\s*|\s+and\s+|\s*,\s*and\s+)[A-Z]\w+)*\s+(?:[a-z-]+\s+)?(?:firms|companies"
    r"|businesses|corporations|investors|enterprises)\b"
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


#: Words left out of an acronym's initials ("Agreement on Trade and Investment").
_MINOR_WORDS = frozenset({"of", "on", "and", "the", "for", "in", "to", "&"})
_WORDS_BEFORE_PAREN = re.compile(r"([\w&’'-]+(?:\s+[\w&’'-]+){0,7})\s*\($")


def defines_acronym(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an acronym in parentheses spelled by the initials of the
    words just before it: "the EU–Chile Interim Trade Agreement (ITA)" names the
    agreement, not the U.S. International Trade Administration."""
    surface = text[start:end]
    if not (
        2 <= len(surface) <= 6
        and surface.isupper()
        and surface.isalpha()
        and text[start - 1 : start] == "("
        and text[end : end + 1] == ")"
    ):
        return False
    words = _WORDS_BEFORE_PAREN.search(text, max(0, start - 90), start)
    if words is None:
        return False
    initials = "".join(
        w[0] for w in re.split(r"[\s–—-]+", words.group(1)) if w and w.lower() not in _MINOR_WORDS
    ).upper()
    return initials.endswith(surface)


#: A capital that is the first word of a person's or a body's name: "Santiago Peña",
#: "Moscow State University" (not a weekday or month: "Moscow Monday said"; an instrument
#: or meeting named for its city is left to the rules of titles: "New Delhi Declaration").
_NAME_AFTER_CAPITAL = re.compile(
    r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|And|But|On|In|Declaration"
    r"|Agreement|Treaty|Protocol|Accord|Pact|Summit|Process|Format|Charter|Convention|Statement"
    r"|Initiative|Communiqu|Memorandum|Plan|Roadmap|Programme|Program|Consensus|Platform"
    r"|Dialogue|Forum|Conference|Group)[\w-]*)"
    r"[A-Z][a-zà-ÿ]+"
)


_NAME_NEXT = re.compile(r"\s+(?:of\s+)?[A-Z]")
#: ``doc.user_data`` key of the per-document memo of :func:`is_party`.
_IS_PARTY_KEY = "caspian.is_party"


def is_party(doc: Doc, mention: ActorMention, *, companies: bool = False) -> bool:
    """Whether an actor mention can stand for a party of a fact (see the module doc).

    (Speed) The answer depends only on the document's text and the mention's offsets,
    actor and kind of mention: it is remembered per document (the fact components ask
    about the same mentions again and again)."""
    memo: dict[tuple[int, int, str, str, bool], bool] | None = doc.user_data.get(_IS_PARTY_KEY)
    if memo is None:
        memo = doc.user_data[_IS_PARTY_KEY] = {}
    key = (mention.start, mention.end, mention.actor_id, mention.via, companies)
    known = memo.get(key)
    if known is None:
        known = memo[key] = _is_party(doc, mention, companies)
    return known


def _is_party(doc: Doc, mention: ActorMention, companies: bool) -> bool:
    text = text_of(doc)
    before = text[max(0, mention.start - 40) : mention.start]
    after = text[mention.end : mention.end + 30]
    if mention.via == "capital" and _NAME_AFTER_CAPITAL.match(after):
        return False
    if before.endswith("(") and defines_acronym(text, mention.start, mention.end):
        return False
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
    if mention.via == "office" and mention.text.endswith(" party"):
        # "the Kazakh party" (agency English for a side), not a political party: "the
        # ruling Uzbek party", "a Chinese party", "the Russian party United Russia"
        return before.lower().endswith("the ") and not _NAME_NEXT.match(after)
    if mention.via == "reference":
        return kind == "state" or not (_JOIN_BEFORE.search(before) or _VENUE_AFTER.match(after))
    if (
        mention.via == "capital"
        and _LOCATIVE_BEFORE.search(before)
        and not SEAT_OF_POWER.search(before)
    ):
        return False
    if kind != "state" and (
        _VENUE_AFTER.match(after)
        or _JOIN_BEFORE.search(before)
        or (" of " in before and _MEETING_OF_BEFORE.search(before))
    ):
        return False
    if mention.via == "demonym":
        surface = text[max(0, mention.start - 1) : mention.end + 1]
        if "-" in surface or "–" in surface:
            return True
        if after[:1] in ",&" or after.startswith((" and ", " or ")):
            # a list of demonyms before the office ("Turkish, Azerbaijani and Turkmen
            # presidents", "the Uzbek, Kazakh and Kyrgyz foreign ministers"): read to its end
            after = text[mention.end : mention.end + _DEMONYM_LIST_WINDOW]
        # with `companies` (bulk deals): "Saudi and Chinese companies signed dozens of deals"
        return bool(_DEMONYM_ROLE.match(after) or (companies and _DEMONYM_FIRMS.match(after)))
    return True


#: A state named as the place of an event ("on the margins of COP29 in Egypt").
_VENUE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|hosted\s+in|held\s+in|venue\s+in)\s+(?:the\s+)?$", re.I
)
#: A state named after a city, as the place of an event: "signed in Entebbe, Uganda, on".
_CITY_COUNTRY_BEFORE = re.compile(
    r"\b(?:in|at|near|outside)\s+(?-i:[A-Z][\w’'.-]+)(?:\s+(?-i:[A-Z][\w’'.-]+)){0,2},\s+$"
)
#: What follows the state of :data:`_CITY_COUNTRY_BEFORE` (not another state of a list:
#: "During a summit in Astana, Uzbekistan, Kyrgyzstan and China have signed").
_PLACE_END = re.compile(r",?\s+(?:on|in|at|by|last|this|earlier|before|after)\b|[.;]|$")
#: A destination of goods or energy ("power exports into the European Union", "gas to Europe").
_DESTINATION_BEFORE = re.compile(
    r"\b(?:exports?|exporting|supplies|supply|supplying|deliveries|delivering|shipments?|shipping"
    r"|flows?|sales|transmission|transmitting|imports?|gas|oil|electricity|power|energy|cargo"
    r"|goods|trains|freight|routes?|corridor|access|transit)\b[^.;:,]{0,40}?\b(?:to|into|towards?"
    r"|onward\s+to|on\s+to|for)\s+(?:the\s+)?(?:markets?\s+(?:of|in)\s+(?:the\s+)?)?$"
    r"|\b(?:via|through|across|transiting)\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?$",
    re.I,
)
#: A mediator, host, witness or supporter ("brokered by China", "hosted by Qatar", "in the
#: presence of", "witnessed by Anwar and United States President Donald Trump", "with the
#: support of the World Bank and the Austrian government", "financed by the ADB").
#: Capitalised words ("U.S.", "Qatar's") and the words of titles: "hosted by U.S. Secretary
#: of State", "brokered by longtime mediator"; not "brokered by Turkey and signed by".
_NAME_WORDS = (
    r"(?:(?:(?-i:[A-Z][\w.’'-]*)|president|prime|minister|leader|government|of|secretary"
    r"|state|foreign|special|envoy|mediator|longtime|its|his|her|their)\s+){0,5}"
)
#: Capitalised words only (the pattern ignores case otherwise): "brokered by Turkey and
#: signed by Russia" names no second mediator.
_CAPITAL_WORDS = r"(?:(?-i:[A-Z][\w-]*|president|prime|minister|leader|government|of)\s+){0,4}"
_THIRD_PARTY_BEFORE = re.compile(
    r"\b(?:(?:(?:brokered|mediated|hosted|co-hosted|facilitated|witnessed|sponsored|organi[sz]ed"
    r"|chaired|monitored|convened|backed|guaranteed|overseen|supported|(?:co-?)?financed"
    r"|(?:co-?)?funded|underwritten)\s+by"
    r"|with\s+(?:the\s+)?(?:(?:financial|technical|political)\s+)?(?:support|backing"
    r"|assistance|help|funding|financing)\s+(?:of|from)"
    r"|(?:backed|supported|underpinned|secured)\s+by\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:guarantees?|grants?|funds?|funding|financing|loans?)\s+(?:from|of|by))\s+(?:the\s+)?"
    + _NAME_WORDS
    + r"(?:and\s+(?:the\s+)?"
    + _CAPITAL_WORDS
    + r")?"
    r"|(?:(?:mediation|auspices|presence|invitation|good\s+offices|hosting|facilitation)\s+of"
    r"|mediator|host)\s+(?:the\s+)?" + _NAME_WORDS + r")$",
    re.I,
)
#: A mediator said to sign too: "Qatar, which also signed it", "Turkey, a signatory".
_SIGNED_NEAR = re.compile(
    r"\s*(?:,\s*(?:which|who)\s+|,\s*)?(?:also\s+|itself\s+|too\s+)?(?:(?:co-)?signed|inked"
    r"|initial+ed|(?:an?\s+|the\s+)?(?:co-?)?signator(?:y|ies))\b",
    re.I,
)


#: Opponents of a signing: "over objections from Washington and Brussels", "despite
#: protests by Russia", "opposed by China".
_OPPONENT_BEFORE = re.compile(
    r"\b(?:(?:over|despite|amid|against)\s+(?:the\s+)?(?:strong\s+|fierce\s+|vocal\s+)?"
    r"(?:objections?|opposition|protests?|criticism|warnings?|concerns?|pressure)\s+"
    r"(?:from|of|by|in)|(?:opposed|critici[sz]ed|condemned|denounced|rejected)\s+by)\s+"
    r"(?:the\s+)?" + _NAME_WORDS + r"(?:and\s+(?:the\s+)?" + _CAPITAL_WORDS + r")?$",
    re.I,
)
#: The other side of a war or dispute named as a time or cause: "a few months after its war
#: with Russia", "two years after their conflict with Azerbaijan", "amid its dispute with".
_WAR_WITH_BEFORE = re.compile(
    r"\b(?:after|since|before|following|during|amid|amidst|despite)\s+"
    r"(?:[\w’'-]+\s+){0,4}(?:wars?|conflicts?|fighting|clashes|hostilities|standoff|disputes?"
    r"|feud|rift|border\s+war)\s+(?:with|against)\s+(?:the\s+)?$",
    re.I,
)
_OPPONENT_WORDS = ("objection", "opposition", "protest", "critici", "warning", "concern",
                   "pressure", "opposed", "condemned", "denounced", "rejected")  # fmt: skip
#: Whether one of :data:`_OPPONENT_WORDS` occurs (one search instead of one per word).
_OPPONENT_HINT = any_of(re.compile("|".join(_OPPONENT_WORDS)))  # (factored: speed)
#: A state in a list of topics: "their shared vision on trade, connectivity, energy,
#: security and Afghanistan" (lower-case nouns before it, after "on"/"about").
_TOPIC_LIST_BEFORE = re.compile(
    r"\b(?:on|about|regarding|concerning|covering|including)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}"
    r"(?-i:[a-z][\w-]*)(?:,\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}(?-i:[a-z][\w-]*))*,?\s+and\s+$"
)
#: A state as the subject matter: "a declaration on Afghanistan", "a joint statement on the
#: war in Ukraine", "calling for stability in Afghanistan" (not "on Kazakhstan's accession",
#: not "on China-Kazakhstan cooperation": see :data:`_OWN_AFTER`).
_TOPIC_BEFORE = re.compile(
    r"\b(?:(?:declarations?|statements?|communiqu[eé]s?|resolutions?|talks|consultations"
    r"|dialogue|agreements?|memorand\w+|vision|views|positions?|coordination)\s+on\s+(?:the\s+)?"
    r"|(?:situation|war|conflict|crisis|fighting|stability|reconstruction|settlement"
    r"|humanitarian\s+aid|developments)\s+(?:in|on|around|over)\s+(?:the\s+)?)$",
    re.I,
)
_OWN_AFTER = re.compile(r"[’'`]s\b|\s*[-–—‐]")
#: A capital as the attribute of an event: "at a White House ceremony", "the Kremlin summit",
#: "the same Minsk session", "the Jakarta meeting".
_EVENT_AFTER = re.compile(
    r" (?:signing\s+)?(?:ceremony|summit|event|reception|gala|conference|forum|session|meeting"
    r"|gathering|round)s?\b",
    re.I,
)
#: An apposition that describes the actor before it: "Colombia, one of Washington's
#: closest partners in the region, upgraded ..." (closed by a comma after the mention).
_APPOSITION_BEFORE = re.compile(
    r"(?-i:[A-Z])[\w.-]*,\s+(?:(?:one|some|each)\s+of|among|long|itself|once|formerly"
    r"|an?(?=\s+(?-i:[a-z])))\s[^,;:()]*$"
)
_APPOSITION_CLOSED = re.compile(r"[^,;:()]{0,60},")


#: A depositary of the instruments: "with the President of Paraguay, Santiago Peña, in his
#: capacity as depositary".
_DEPOSITARY_AFTER = re.compile(
    r"[^.;()]{0,60}?\b(?:in\s+(?:its|his|her|their)\s+capacity\s+as|as)\s+(?:the\s+)?"
    r"depositar(?:y|ies)\b",
    re.I,
)


#: An absolute "with" phrase giving an actor a role beside the signatories: "with senior
#: Chinese diplomat Wang Yi hosting the final round", "with Qatar mediating", "with the
#: Turkish foreign minister looking on", "with the EU as guarantor".
_WITH_ROLE_BEFORE = re.compile(r"\bwith\s+(?:(?:the|senior|top|[\w-]+)\s+){0,3}$", re.I)
_ROLE_AFTER = re.compile(
    r"(?:[’']s)?(?:\s+(?!and\b|or\b|with\b)[\w’'.-]+){0,5}?\s+(?:(?:also\s+)?(?:hosting|co-hosting|mediating"
    r"|brokering|chairing|moderating|facilitating|presiding|observing|attending|looking\s+on"
    r"|in\s+attendance|present)|as\s+(?:the\s+)?(?:host|co-host|mediator|witness|guarantor"
    r"|observer|facilitator))\b",
    re.I,
)


#: The last word (lower case) before an actor that :data:`_VENUE_BEFORE`,
#: :data:`_DESTINATION_BEFORE` and :data:`_TOPIC_BEFORE` need (or "the" right after it):
#: the patterns are searched only where it is there.
_VENUE_WORDS = ("in", "at", "near", "outside")
_DESTINATION_WORDS = (
    "to", "into", "toward", "towards", "for", "of", "in", "via", "through", "across", "transiting",
)  # fmt: skip
_TOPIC_WORDS = ("on", "in", "around", "over")
#: One of these is inside every match of :data:`_THIRD_PARTY_BEFORE` (lower case).
_THIRD_PARTY_WORDS = re.compile(
    r"brokered|mediat|host|facilitat|witnessed|sponsored|organi|chaired|monitored|convened"
    r"|back|guaranteed|overseen|support|financ|fund|underwritten|assistance|help|underpinned"
    r"|secured|auspices|presence|invitation|offices"
)
#: What follows the comma of :data:`_APPOSITION_BEFORE` (the last comma before the actor).
_APPOSITION_TAIL = re.compile(
    r"\s+(?:(?:one|some|each)\s+of|among|long|itself|once|formerly|an?(?=\s+(?-i:[a-z])))"
    r"\s[^,;:()]*$"
)


def _ends_with(words: list[str], endings: tuple[str, ...]) -> bool:
    """Whether the last word (lower case) ends with one of `endings`, or is "the" after one
    that does."""
    if not words:
        return False
    last = words[-1].lower()
    if last.endswith(endings):
        return True
    return last.endswith("the") and len(words) > 1 and words[-2].lower().endswith(endings)


#: An actor named for comparison at the start of a sentence or clause, closed by a comma:
#: "Like Kazakhstan, Uzbekistan signed ...", "Unlike Georgia and Moldova, Armenia has ...",
#: "As with Turkey, ..." (not "countries like Kazakhstan signed").
_COMPARED_BEFORE = re.compile(r"(?:[Ll]ike|[Uu]nlike|[Aa]s\s+with)\s+(?:the\s+)?$")
_COMPARED_OPENING = re.compile(r"(?:^|[.;:,!?]\s+|\n\s*)$")
_COMPARED_CLOSED = re.compile(
    r"(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?(?:[A-Z][\w.’'-]*\s?){1,3})*\s*,"
)


def _compared_actor(text: str, mention_start: int, mention_end: int, sent_end: int) -> bool:
    """Whether the actor at [mention_start, mention_end) is named for comparison (see
    :data:`_COMPARED_BEFORE`)."""
    compared = _COMPARED_BEFORE.search(text, max(0, mention_start - 20), mention_start)
    if compared is None:
        return False
    opening = text[max(0, compared.start() - 3) : compared.start()]
    if compared.start() >= 3 and not _COMPARED_OPENING.search(opening):
        return False
    return _COMPARED_CLOSED.match(text, mention_end, sent_end) is not None


def non_party_role(
    text: str, mention_start: int, mention_end: int, via: str, sent_end: int
) -> bool:
    """Whether the actor at [mention_start, mention_end) is named as a venue ("on the
    margins of COP29 in Egypt"), a destination ("power exports into the European Union"),
    a mediator/host ("brokered by China") — not a party of an agreement unless the text
    says it signed ("Qatar, which also signed it") —, an opponent ("over objections from
    Washington"), a topic in a list ("on trade, energy and Afghanistan") or inside an
    apposition that describes another actor ("Colombia, one of Washington's partners,")."""
    before = text[max(0, mention_start - 60) : mention_start]
    lowered = before.lower()
    if before.isascii():
        # (speed) each pattern ends with a word or "the" and white space, or holds a word
        # of a list: tried only where that is so (in ASCII, where IGNORECASE is lower())
        words = before.rsplit(None, 2)
        spaced = before[-1:].isspace()
        venue = spaced and _ends_with(words, _VENUE_WORDS)
        destination = spaced and _ends_with(words, _DESTINATION_WORDS)
        topic = spaced and _ends_with(words, _TOPIC_WORDS)
        third = _THIRD_PARTY_WORDS.search(lowered) is not None
        with_role = "with" in lowered
    else:
        venue = destination = topic = third = with_role = True
    if (
        venue
        and via in ("name", "short", "capital")
        and _VENUE_BEFORE.search(before)
        and not SEAT_OF_POWER.search(before)
    ):
        return True
    if (
        before.endswith(", ")
        and via in ("name", "short")
        and _CITY_COUNTRY_BEFORE.search(before)
        and _PLACE_END.match(text, mention_end, sent_end)
    ):
        return True  # "in Entebbe, Uganda, on 15 December"
    if destination and _DESTINATION_BEFORE.search(before):
        return True
    if third and _THIRD_PARTY_BEFORE.search(before):
        return not _SIGNED_NEAR.match(text, mention_end, sent_end)
    if before.endswith("and ") and _TOPIC_LIST_BEFORE.search(before):
        return True
    if (
        topic
        and _TOPIC_BEFORE.search(before)
        and not _OWN_AFTER.match(text, mention_end, sent_end)
    ):
        return True
    if via == "capital" and _EVENT_AFTER.match(text, mention_end, sent_end):
        return True
    if _OPPONENT_HINT.search(lowered) and _OPPONENT_BEFORE.search(before):
        return True
    if (" with " in before or " against " in before) and _WAR_WITH_BEFORE.search(before):
        return True
    if text.find("depositar", mention_end, min(sent_end, mention_end + 100)) >= 0 and (
        _DEPOSITARY_AFTER.match(text, mention_end, sent_end)
    ):
        return True
    if with_role and before.endswith(" ") and _WITH_ROLE_BEFORE.search(before) and (
        _ROLE_AFTER.match(text, mention_end, sent_end)
    ):
        return True
    if before.endswith(("ike ", "with ")) and _compared_actor(
        text, mention_start, mention_end, sent_end
    ):
        return True  # "Like Kazakhstan, Uzbekistan signed ...": a comparison
    wide = text[max(0, mention_start - 100) : mention_start]
    comma = wide.rfind(",")
    return (
        comma >= 0
        and _APPOSITION_TAIL.match(wide, comma + 1) is not None
        and _APPOSITION_BEFORE.search(wide) is not None
        and _APPOSITION_CLOSED.match(text, mention_end, sent_end) is not None
    )


#: The partner of another instrument named in a comparison or background phrase: "It is
#: Sri Lanka's first trade deal in years, after its deal with Singapore", "like the pact
#: it signed with Japan", "unlike Egypt's 2019 accord with Cyprus", "on top of an earlier
#: agreement with Turkey" (no verb of signing between the preposition and the instrument:
#: "After Uzbekistan signed an agreement with Kazakhstan" is about that pair).
_ASIDE_BEFORE = re.compile(
    r"\b(?:after|following|like|unlike|besides|as\s+with|similar\s+to|in\s+addition\s+to"
    r"|on\s+top\s+of|alongside|mirroring|modell?ed\s+on)\s+"
    r"(?:(?!(?:signed|signing|concluded|concluding|reached|struck|agreed|inked|sealed"
    r"|negotiated|talks)\b)[\w.’'-]+\s+){0,4}?"
    r"(?:deals?|agreements?|pacts?|accords?|treat(?:y|ies)|FTAs?|CEPAs?|ones?|arrangements?"
    r"|partnerships?|memorand\w+|charters?|declarations?)\s+"
    r"(?:(?:it|they|[a-z]+ly|had|has|have|signed|concluded|reached|struck|agreed|inked|sealed"
    r"|in\s+\d{4}|earlier|already)\s+){0,3}with\s+(?:the\s+)?$"
    # "Tokyo has a similar pact with Australia", "the same kind of deal with Chile"
    r"|\b(?:similar|comparable|equivalent|parallel|same)\s+(?:kind\s+of\s+|type\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:deals?|agreements?|pacts?|accords?|treat(?:y|ies)|FTAs?|CEPAs?"
    r"|ones?|arrangements?|partnerships?|memorand\w+|charters?)\s+"
    r"(?:(?:in\s+\d{4}|earlier|already|signed|concluded|in\s+place)\s+){0,2}with\s+(?:the\s+)?$",
    re.I,
)
_ASIDE_WORDS = ("after", "following", "like", "besides", "as with", "similar", "addition",
                "top of", "alongside", "mirroring", "model", "comparable", "equivalent",
                "parallel", "same")  # fmt: skip


#: The names of a list before its last item: "Australia, Canada and " (each of them shares
#: the role of the first).
_NAMES_BEFORE = re.compile(
    r"(?:(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}(?:,\s*|\s+and\s+|,\s+and\s+|\s*&\s*)"
    r"(?:the\s+)?)+$"
)


def is_aside(text: str, sent_start: int, mention_start: int) -> bool:
    """Whether the actor at `mention_start` is only the partner of another instrument
    named in a comparison or background phrase of its sentence (see
    :data:`_ASIDE_BEFORE`): not one of the sides a later "the two sides" or "two-way
    trade" refers back to."""
    before = text[max(sent_start, mention_start - 160) : mention_start]
    if before.endswith((", ", "and ", "the ")):
        listed = _NAMES_BEFORE.search(before)  # "with Australia and Britain": each of them
        if listed is not None:
            before = before[: listed.start()]
    if " with " not in before[-30:]:
        return False
    lowered = before.lower()
    if not any(word in lowered for word in _ASIDE_WORDS):
        return False
    return _ASIDE_BEFORE.search(before) is not None


def party_mentions(
    doc: Doc, start: int, end: int, *, companies: bool = False
) -> list[ActorMention]:
    """The actor mentions in [start, end) that may be parties of a fact (with `companies`,
    also a state named for its companies: "deals with U.S. firms")."""
    return [m for m in actors_in(doc, start, end) if is_party(doc, m, companies=companies)]


def party_ids(doc: Doc, start: int, end: int) -> list[str]:
    """Distinct party actor ids in [start, end), in order of first mention."""
    seen: dict[str, None] = {}
    for mention in party_mentions(doc, start, end):
        seen.setdefault(mention.actor_id, None)
    return list(seen)


__all__ = [
    "SEAT_OF_POWER",
    "defines_acronym",
    "is_aside",
    "is_party",
    "non_party_role",
    "party_ids",
    "party_mentions",
]

"""Projects: the host state of a named project (see :mod:`caspian.extract.projects` for
the rules in order: a possessive or adjective before the name, a section's state, a subject
state building it, a route's origin, a location phrase, a ceremony's state, a story's state
for a field or mine, a line's first linked state), and the state of a dateline."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from caspian.extract.base import text_of
from caspian.extract.fact_context import (
    direct_mentions,
    is_company_mention,
    is_state,
    main_state,
    party_mentions,
    span_text,
)
from caspian.extract.factoring import any_of
from caspian.extract.project_beneficiaries import beneficiary_host
from caspian.extract.project_names import Name, has_word, main_words

if TYPE_CHECKING:
    from caspian.extract.mentions import ActorMention

_I = re.IGNORECASE
#: a sentence referring back to a project ("the scheme", "this pipeline", "a further phase")
REFERS = re.compile(
    # (the noun in lower case: "the Durand Line" is another named thing, no reference)
    r"\b(?:the|this|that|its)\s+(?:[\w,.-]+\s+){0,2}?(?-i:project|port|railway|route|pipeline|"
    r"plant|deposit|mine|"
    r"corridor|terminal|field|dam|bridge|road|highway|line|facility|site|scheme|cable|"
    r"interconnector|venture|hub|park|farm|station|complex|link)\b|"
    r"\b(?:a\s+(?:further|second|third|new)|the\s+(?:next|first|second|third))\s+"
    r"(?:phase|stage)\b|"
    # a sentence opening on the project's cost: "Its cost is put at ...", "It would cost ..."
    r"^\W*(?:Its\s+(?:\w+\s+)?(?:cost|price(?:\s+tag)?|value|budget)|"
    r"It\s+(?:\w+\s+){0,3}?cost)\b|"
    # "QatarEnergy put its cost at $28.75 billion": a cost put on the project named before
    r"\b(?:puts?|putting|estimates?|estimated)\s+its\s+(?:total\s+)?(?:cost|price|value)\s+at\b",
    _I,
)

# a line's course told by a verb of crossing: its states in order, the first its origin
_LINE_COURSE = re.compile(
    r"\b(?:cross(?:es|ed|ing)?|travers(?:es|ed|ing|e)|(?:runs?|running|ran|pass(?:es|ed|ing)?|"
    r"go(?:es)?|went|stretch(?:es|ed|ing)?)\s+(?:through|across))\s+(?:the\s+)?$",
    _I,
)
# the rest of a line's course after its first state: more places, then its end ("... and
# Tanzania to the port of Tanga", "..., Albania and the Adriatic Sea and reaches Italy")
_COURSE_TO_END = re.compile(
    r"(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})*"
    r"(?:\s+(?:to|into)\b|,?\s+(?:and\s+)?(?:then\s+)?(?:reach\w*|ends?\s+(?:in|at)|"
    r"terminat\w*|on\s+to)\b)"
)
# a site on the border of two states: "off the maritime border between A and B"
_BORDER_BETWEEN = re.compile(
    r"\b(?:on|off|at|along|near|astride|straddl\w+)\s+the\s+(?:maritime\s+|land\s+|common\s+|"
    r"shared\s+)?(?:border|boundary|frontier)\s+(?:between|of)\s+(?:the\s+)?$",
    _I,
)
_LOCATION = re.compile(
    r"\b(?:in|inside|within|across|on\s+the\s+territory\s+of|located\s+in|built\s+in|"
    r"based\s+in|under|(?:through|across|along)(?:\s+the)?(?:\s+\w+)?(?:\s+of)?|territory\s+of)\s+"
    # "in western Serbia", "in north-eastern Kenya", "in central Kazakhstan"
    r"(?:(?:far\s+)?(?:north|south|east|west|central)[\w-]*\s+)?$|"
    # "in Jalal-Abad, Kyrgyzstan": a town and its state
    r"\b(?:in|near|at)\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*,\s*$",
    _I,
)
# "Georgia's deep-sea port of ...": a possessive and up to three modifiers, no preposition
_POSSESSIVE_GAP = re.compile(
    r"['’]s\s+(?:(?!(?:in|of|for|to|at|on|by|with|and|the|will|would|is|are|was|were|has|have|"
    r"had|plans?|wants?|aims?|can|could|may|might|shall|should)\b)(?![\w-]+ed\s)[\w-]+\s+){0,3}"
)
_BUILD_VERB = re.compile(
    r"\b(?:build|construct|expand|moderni[sz]e|upgrade|develop|extend|revive|finance|launch|"
    r"spend|spent|invest|fund|prepar|implement|pursu|unveil|broke\s+ground|break\s+ground|"
    r"open|"
    r"approv|propos|commission|inaugurat|complet|start|began|begin)\w*",
    _I,
)
# the start of a sentence up to its subject, after a dateline ("DUSHANBE — ",
# "ASTANA, May 3 (Kazinform) - ")
_SUBJECT_START = re.compile(
    r"\s*(?:[A-Z][A-Z/]+(?:,[^—–\n]{1,40}?)?\s+[—–-]{1,2}\s+)?(?:(?:The|the)\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,2}"
)
_SECTION_OF = re.compile(
    r"(?:['’]s)?\s+(?:section|stretch|part|segment|leg|portion|sector)\s+of\s+(?:the\s+)?", _I
)
_CEREMONY = re.compile(
    r"\b(?:ground-?breaking|broke\s+ground|(?:launch|start)\s+of\s+(?:the\s+)?construction|"
    r"launch(?:ing|ed)?\s+(?:the\s+)?construction|"
    r"foundation\s+stone|first\s+stone|inaugurat\w*|commissioning\s+ceremony)\b",
    _I,
)
_CEREMONY = any_of(_CEREMONY)  # (speed: factored; read as a test)
# lines that run between states, whose origin may stand for their host
_LINE_NOUN = re.compile(
    r"\b(?:pipeline|cable|interconnector|power\s+line|transmission\s+line|railway|railroad|"
    r"rail\s+line|corridor|route|highway|road|link|bridge|tunnel)\b",
    _I,
)
_LINE_NOUN = any_of(_LINE_NOUN)  # (speed: factored; read as a test)
_LINKING_BEFORE = re.compile(
    r"^[^;]{0,50}?\b(?:link\w*|connect\w*|run\w*\s+from|stretch\w*\s+from|from|between)\s+"
    r"(?:the\s+)?(?:capital\s+|city\s+of\s+)?$",
    _I,
)
# a list of places linked, before a capital among them: ", meant to connect Subic Bay, Clark, "
_LINKING_LIST = re.compile(
    r"[^;]{0,50}?\b(?:link\w*|connect\w*)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+(?:(?:de|del|da|do|al|el)\s+)?[A-Z][\w'’-]*){0,2},\s+)+$"
)
# a resource site, named after the place it lies in: a story's state may host it
_SITE_NOUN = re.compile(r"\b(?:field|deposit|mine)\b", _I)
# a sentence placing things somewhere unnamed or abroad: no document-level host
_LISTS_PLACES = re.compile(r"\b(?:abroad|overseas|elsewhere|in\s+the\s+region)\b", _I)
_LINKING_PAIR = re.compile(
    r"[^;.]{0,50}?\b(?:link\w*|connect\w*|between)\s+(?:the|both)\s+(?:two\s+)?"
    r"(?:countries|states|nations|republics)\b",
    _I,
)
_FROM_BEFORE = re.compile(
    r"^[^;]{0,50}?\b(?:run\w*|stretch\w*|go|goes|going|extend\w*|head\w*|lead\w*)\s+"
    r"from\s+(?:the\s+)?$",
    _I,
)
_CARRY_BEFORE = re.compile(
    r"^[^;]{0,50}?\b(?:carry\w*|transport\w*|deliver\w*|export\w*|bring\w*|ship\w*|"
    r"pump\w*|send\w*|move|moving)\s+(?:\w+\s+)?$",
    _I,
)
_COMMODITY_AFTER = re.compile(
    r"\s+(?:natural\s+)?(?:gas|oil|crude|electricity|power|hydrogen|LNG|energy)\b", _I
)
# states of the region, which build at home; an outside power "building" a port is a
# builder (a party), not the host
HOME_BUILDERS = frozenset({"KAZ", "KGZ", "TJK", "TKM", "UZB", "AZE", "ARM", "GEO", "MNG"})
_SIGNED_ON = re.compile(
    r"\b(?:signed|sign|signs|signing|inked|concluded)\s+(?:an?\s+|the\s+|\w+\s+){0,3}"
    r"(?:agreements?|contracts?|deals?|memorand\w*|accords?)\s+(?:on|for|to\s+build)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    _I,
)
# a line across one border, agreed by the two states it joins
_CROSS_BORDER = re.compile(r"\b(?:cross-border|cross\s+border|interstate|transboundary)\b", _I)
# a line named after the two places it joins ("the Igdir-Nakhchivan pipeline")
_PLACE_PAIR = re.compile(r"\b[A-Z][\w'’]+-[A-Z][\w'’]+")
_LED_AFTER = re.compile(r"-(?:led|backed|owned|funded|financed|built|controlled)\b")
_OUTSIDE_VERB = re.compile(r"\b(?:build|construct|financ|fund|develop|invest)\w*", _I)
# "in the Kyrgyz town of Jalal-Abad": a state's place named by its demonym
_IN_THE = re.compile(r"\b(?:in|near|at)\s+the\s+$", _I)
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:town|city|village|region|province|district|capital|steppe|mountains|desert|"
    r"border\s+town|port\s+city)\s+of\b"
)
# "signed agreements in Beijing", "met in Astana": a capital where they met, not where the
# project lies
_VENUE_IN = re.compile(
    r"\b(?:signed|inked|sealed|met|meeting|talks|summit|gathered|held)(?:\s+[\w-]+){0,2}\s+in\s+$",
    _I,
)
_EVENT_IN = re.compile(
    r"\b(?:war|conflict|fighting|invasion|crisis|unrest|protests?|elections?|earthquake|"
    r"floods?|coup|revolution|ceasefire|violence)\s+(?:in|on|against)\s+(?:the\s+)?$",
    _I,
)
_ON_BEFORE = re.compile(r"\b(?:on|in|within|inside)\s+$", _I)
_SOIL_AFTER = re.compile(r"\s+(?:soil|territory|land)\b", _I)
_AT_BEFORE = re.compile(r"\b(?:on|along|off|near|at)\s+$", _I)
#: a state's own stretch of land or water: "Georgia's Black Sea coast", "Kenya's northern
#: shore", "Azerbaijan's side of the border"
_OWNED_PLACE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:coast|coastline|shores?|side|bank|"
    r"waters|territory|soil|border\s+(?:area|region|zone))\b",
    _I,
)
_CONTROL_AFTER = re.compile(r"^\s*(?:control|jurisdiction|sovereignty|territory|soil)\b", _I)


#: the verb group from a clause's subject to its direct object ("India is financing the
#: country's first refinery", "Russia will build ..."): a few lower-case words, no
#: possessive ("Kazakhstan's voters approved ..."), preposition ("picked a builder for the
#: country's ..."), article or subordinate clause between them
_VERB_TO_OBJECT = re.compile(
    r"(?:\s+(?!(?:for|of|in|on|at|to|with|by|from|into|that|which|who|a|an|the|its|their)\b)"
    r"(?-i:[a-z])[a-z]+){1,3}\s+",
)


def _other_topic_state(doc: Doc, subject: str) -> str | None:
    """The state the document names most often other than `subject` (None on a tie)."""
    counts: dict[str, int] = {}
    for mention in party_mentions(doc, 0, len(text_of(doc))):
        if is_state(mention.actor_id) and mention.actor_id != subject:
            counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    leaders = [actor for actor, count in counts.items() if count == best]
    return str(leaders[0]) if len(leaders) == 1 else None


def project_host(doc: Doc, sents: Sequence[Span], index: int, name: Name) -> str | None:
    sent = sents[index]
    mentions = direct_mentions(doc, sent.start_char, sent.end_char)
    # possessive or adjective right before the name
    if name.rule == "its_ordinal":
        # "Uzbekistan will build its first nuclear power plant": the one state acting before
        # (the subject of the sentence; no company between: "ACWA Power of Saudi Arabia
        # will build its largest ..." is the company's)
        before = [m for m in mentions if m.end <= name.start]
        states = {m.actor_id for m in before if is_state(m.actor_id) and not is_company_mention(m)}
        opener = before[0] if before else None
        if (
            opener is None
            or len(states) != 1
            or opener.actor_id not in states
            or any(is_company_mention(m) for m in before)
            or not _SUBJECT_START.fullmatch(text_of(doc)[sent.start_char : opener.start])
        ):
            return None
        return str(opener.actor_id)
    if name.rule == "ordinal_of":
        # "the first nuclear power plant of Kazakhstan": the state closing the name
        owner = [m for m in mentions if name.start < m.start < name.end and is_state(m.actor_id)]
        return str(owner[-1].actor_id) if owner else None
    if name.owner_end is not None:
        for mention in mentions:
            if mention.end == name.owner_end and is_state(mention.actor_id):
                return str(mention.actor_id)
        if re.search(r"\bthe\s+(?:country|nation|republic)$", text_of(doc)[: name.owner_end], _I):
            # "the country's first ...": the state the sentence is about (its first named)
            for mention in mentions:
                if is_state(mention.actor_id) and mention.start < name.start:
                    if _VERB_TO_OBJECT.fullmatch(text_of(doc), mention.end, name.start):
                        # "India is financing the country's first refinery": the subject of
                        # the clause is not "the country" (it would be "its"); the other
                        # state the story is about
                        return _other_topic_state(doc, str(mention.actor_id))
                    return str(mention.actor_id)
    # "the Afghan section of the X pipeline": the section's state hosts it
    for mention in mentions:
        after = text_of(doc)[mention.end : name.start]
        if is_state(mention.actor_id) and _SECTION_OF.fullmatch(after):
            return str(mention.actor_id)
    for mention in reversed(mentions):
        if mention.end > name.start or not is_state(mention.actor_id):
            continue
        gap = text_of(doc)[mention.end : name.start]
        if _POSSESSIVE_GAP.fullmatch(gap) and not re.search(r"\w+ing\b", gap):
            return str(mention.actor_id)
        if re.fullmatch(r"\s+(?:[A-Z][\w-]*\s+){0,3}(?:(?:of|in)\s+)?", gap):
            return str(mention.actor_id)
        break  # only the nearest actor before the name can own it
    approver = _approver(doc, sent, name)
    if approver is not None:
        return approver
    # the only state of the sentence, as its subject, building or launching it
    # ("Georgia's government approved plans to expand ...", "Uzbekistan launched the ...")
    parties = party_mentions(doc, sent.start_char, sent.end_char)
    # "a Chinese-led consortium": a builder's nationality, not a state acting
    parties = [m for m in parties if not _LED_AFTER.match(text_of(doc), m.end)]
    actors = {m.actor_id for m in parties if is_state(m.actor_id)}
    # the states that compete with a subject for the host: those named before the project
    # (not the places inside its name, "the China-Kyrgyzstan-Uzbekistan railway") and those
    # after it in a location phrase; a builder after it ("built by Saudi Arabia's ...") does not
    rivals = {
        m.actor_id
        for m in parties
        if is_state(m.actor_id)
        and not name.start <= m.start < name.end
        and (
            m.start < name.start
            or _LOCATION.search(text_of(doc), max(sent.start_char, m.start - 30), m.start)
        )
    }
    route_host = _named_route_host(doc, name)
    if route_host is not None and _route_states(doc, name) & _OUTSIDE_POWERS:
        # "Xi Jinping opened the Laos-China Railway": the power building abroad, named in
        # the line's name, is no host, whoever opens or signs
        return route_host
    for mention in parties:
        subject = mention.via == "agency" or _SUBJECT_START.fullmatch(
            text_of(doc)[sent.start_char : mention.start]
        )
        if (
            subject
            and rivals == {mention.actor_id}
            and mention.end <= name.start
            and _BUILD_VERB.search(text_of(doc)[mention.end : name.start])
            and (
                mention.actor_id in HOME_BUILDERS
                or not _OUTSIDE_VERB.search(text_of(doc)[mention.end : name.start])
            )
        ):
            return str(mention.actor_id)
        if (
            {m.actor_id for m in parties if is_state(m.actor_id) and not is_company_mention(m)}
            == {mention.actor_id}
            and not is_company_mention(mention)
            and mention.actor_id in HOME_BUILDERS
            and mention.end <= name.start
            and _SIGNED_ON.search(text_of(doc), mention.end, name.start)
        ):
            # "Uzbekistan's ministry signed agreements on the X wind farm": a state of the
            # region, alone in the sentence, contracting for a project at home
            return str(mention.actor_id)
    # places of one state in the name itself ("the Bishkek-Osh road")
    inside = {
        m.actor_id for m in mentions if name.start <= m.start < name.end and m.via == "capital"
    }
    named = {m.actor_id for m in mentions if name.start <= m.start < name.end}
    if len(inside) == 1 and inside == named and is_state(next(iter(inside))):
        return next(iter(inside))
    # a line running from one state ("... linking Georgia with Romania", "from Uzbekistan
    # through Afghanistan to Pakistan"): its origin
    origin = _route_origin(doc, sent, name, from_only=True)
    if origin is not None:
        return origin
    # a location phrase in the sentence, then in the next sentence referring to it
    candidates = [sent]
    if index + 1 < len(sents):
        following = sents[index + 1]
        words = main_words(name.name)
        if REFERS.search(span_text(doc, following)) or any(
            has_word(span_text(doc, following), w) for w in words
        ):
            candidates.append(following)
    for span in candidates:
        for mention in direct_mentions(doc, span.start_char, span.end_char):
            if not is_state(mention.actor_id):
                continue
            if name.start <= mention.start < name.end:
                continue
            left = text_of(doc)[max(span.start_char, mention.start - 30) : mention.start]
            if _EVENT_IN.search(left):
                continue  # "the war in Ukraine": where an event happens, no project's site
            if mention.via == "capital" and _VENUE_IN.search(left):
                continue  # "signed agreements in Beijing to rebuild ...": where they met
            wide = text_of(doc)[max(span.start_char, mention.start - 60) : mention.start]
            if (
                _LINE_COURSE.search(wide)
                and _LINE_NOUN.search(name.name)
                and _COURSE_TO_END.match(text_of(doc), mention.end, span.end_char)
            ):
                # "the pipeline crosses Greece, Albania and the Adriatic and reaches Italy":
                # a line's course from start to end, from its first state (a list of states
                # crossed with no end told may be a stretch of a longer line: no host)
                return str(mention.actor_id)
            if _BORDER_BETWEEN.search(wide):
                return str(mention.actor_id)  # "off the border between A and B": the first
            if (
                not _LOCATION.search(left)
                and not (
                    _IN_THE.search(left) and _PLACE_NOUN_AFTER.match(text_of(doc), mention.end)
                )
                # "on Iranian soil", "on Kazakh territory": a state's land by its demonym
                and not (_ON_BEFORE.search(left) and _SOIL_AFTER.match(text_of(doc), mention.end))
                # "on Georgia's Black Sea coast", "along Angola's Atlantic coast": its shore
                and not (_AT_BEFORE.search(left) and _OWNED_PLACE.match(text_of(doc), mention.end))
            ):
                continue
            if left.rstrip().lower().endswith("under") and not _CONTROL_AFTER.match(
                text_of(doc)[mention.end : mention.end + 20]
            ):
                continue
            listed = re.match(r"\s*(?:,|and\b|or\b)\s*(?:the\s+)?", text_of(doc)[mention.end :])
            if listed and any(
                other.start == mention.end + listed.end()
                and is_state(other.actor_id)
                # "across Mongolia, Gazprom chief executive Alexei Miller said": no list
                and other.via not in ("agency", "person", "office")
                for other in direct_mentions(doc, mention.end, span.end_char)
            ):
                return None  # "through Uzbekistan, Tajikistan and Kyrgyzstan": no one host
            return str(mention.actor_id)
    # a state helped or lent to ("to help Tajikistan finish the X plant"): the host
    helped = beneficiary_host(doc, sent, name)
    if helped is not None:
        return helped
    # a ceremony on site naming one state only ("the groundbreaking of the X plant with
    # the Government of Tajikistan")
    if _CEREMONY.search(span_text(doc, sent)):
        builders = _builder_states(doc, sent, name)
        outside = {
            m.actor_id
            for m in parties
            if is_state(m.actor_id)
            and not name.start <= m.start < name.end
            and not is_company_mention(m)
            and m.actor_id not in builders
        }
        if builders and not actors - builders:
            # "the groundbreaking of the X Solar Power Project, being developed by NTPC of
            # India": the builder's state is a party, the host the state the story is about
            state = main_state(doc, sent.start_char)
            return state if state is not None and state not in builders else None
        if len(actors) == 1:
            return next(iter(actors))
        if len(outside) == 1:
            # "Kyrgyzstan celebrated the launch of construction of the A-B-C railway"
            return next(iter(outside))
        dateline = dateline_state(doc, sents)
        if dateline is not None and dateline in actors:
            return dateline  # "BISHKEK -- ... attended the launch of construction of ..."
        if len(outside) == 2 and _LINE_NOUN.search(name.name) and _PLACE_PAIR.search(name.name):
            # "the presidents of Azerbaijan and Türkiye attended the groundbreaking of the
            # Igdir-Nakhchivan pipeline": a line between the two, hosted by the one of the
            # region (which builds at home), else by the first named
            pair = [m for m in parties if m.actor_id in outside]
            home = [m for m in pair if m.actor_id in HOME_BUILDERS]
            if len({m.actor_id for m in home}) == 1:
                return str(home[0].actor_id)
            return str(pair[0].actor_id)
    if (
        not actors
        and _SITE_NOUN.search(name.name)
        and not _LISTS_PLACES.search(span_text(doc, sent))
    ):
        # "The Galkynysh gas field ... is being developed with Chinese participation", in a
        # story about one state: that state (when it leads the others by two mentions)
        # for a field, deposit or mine; not for a canal or port, which may lie anywhere
        state = main_state(doc, sent.start_char, margin=2)
        prev = sents[index - 1] if index else None
        if (
            state is not None
            and prev is not None
            and any(
                m.actor_id == state for m in direct_mentions(doc, prev.start_char, prev.end_char)
            )
        ):
            return state  # ... and named in the sentence before
    origin = _route_origin(doc, sent, name)
    if origin is None and _CROSS_BORDER.search(name.name) and len(actors) == 2:
        # "Mongolia and China agreed to build the X cross-border railway": the first named
        joined = [m for m in parties if is_state(m.actor_id) and m.end <= name.start]
        if len({m.actor_id for m in joined}) == 2:
            return str(joined[0].actor_id)
    if origin is None and len(actors) >= 2:
        origin = _filed_signatory(doc, sents, sent, name, parties)
    if origin is None:
        origin = _named_route_host(doc, name)
    return origin


#: powers that build and finance lines abroad: in a line named after states ("the
#: China-Pakistan Economic Corridor", "the China-Maldives Friendship Bridge") the host is
#: the other state
_OUTSIDE_POWERS = frozenset({"CHN", "USA", "JPN", "KOR", "EU", "GBR", "DEU", "FRA"})


def _route_state_list(doc: Doc, name: Name) -> list[str]:
    """The states a line's name joins by hyphens ("the Laos-China Railway": Laos, China; a
    state after a hyphen counts though a company's name begins with it, "China Railway";
    a capital counts for its state, "the Tbilisi-Yerevan highway": Georgia, Armenia)."""
    if not _LINE_NOUN.search(name.name) or not re.search(r"[A-Z][\w.]*[-–][A-Z]", name.name):
        return []
    mentions = [
        m
        for m in direct_mentions(doc, name.start, name.end)
        if is_state(m.actor_id)
        and (
            m.via in ("name", "short", "capital")
            or (m.via == "agency" and text_of(doc)[m.start - 1 : m.start] in ("-", "–"))
        )
    ]
    if any(m.via == "capital" for m in mentions):
        # a capital stands for its state ("the Budapest-Belgrade railway") only when every
        # place the name joins is a state or a capital ("Baku-Tbilisi-Kars": no single host)
        pair = re.search(r"[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+", name.name)
        parts = len(re.split(r"[-–]", pair.group(0))) if pair else 0
        if parts != len(mentions):
            mentions = [m for m in mentions if m.via != "capital"]
    return list(dict.fromkeys(str(m.actor_id) for m in mentions))


def _route_states(doc: Doc, name: Name) -> set[str]:
    states = _route_state_list(doc, name)
    return set(states) if len(states) >= 2 else set()


def _named_route_host(doc: Doc, name: Name) -> str | None:
    """The host of a line named after the states it joins, when nothing else places it:
    the first state of the name that is not a power building abroad ("the Laos-China
    Railway": Laos; "the Tanzania-Zambia Railway": Tanzania; "the China-Kyrgyzstan-
    Uzbekistan railway": Kyrgyzstan)."""
    states = _route_state_list(doc, name)
    if len(states) < 2:
        return None
    home = [state for state in states if state not in _OUTSIDE_POWERS]
    return home[0] if home else None


# a builder after the name: "being developed jointly by NTPC of India and ...", "built by
# China's X", "financed by Japan"
_BUILT_BY = re.compile(
    r"\b(?:developed|built|constructed|implemented|executed|financed|funded|designed)\s+"
    r"(?:jointly\s+|mainly\s+|largely\s+)?by\s+(?:(?:[^.;]{0,60}?\s(?:of|from)\s+)|"
    r"(?:[^.;]{0,60}?\s(?:and|with)\s+)?)(?:the\s+)?$",
    _I,
)


def _builder_states(doc: Doc, sent: Span, name: Name) -> set[str]:
    """The states named after the project as (the nationality of) who builds, develops or
    finances it: parties, not hosts."""
    text = text_of(doc)
    if " by " not in text[name.end : sent.end_char]:
        return set()
    found: set[str] = set()
    for mention in direct_mentions(doc, name.end, sent.end_char):
        if not is_state(mention.actor_id):
            continue
        left = text[max(name.end, mention.start - 90) : mention.start]
        if _BUILT_BY.search(left):
            found.add(mention.actor_id)
    return found


# a government approving the project after its name: "the X railway, priced at $6.8 billion
# when Islamabad approved it in 2020", "the dam, which Tajikistan approved in 2019"
_APPROVED_AFTER = re.compile(
    r"\s*(?:had\s+|has\s+|have\s+|formally\s+|finally\s+)?(?:approved|sanctioned|"
    r"authori[sz]ed|green-?lit|endorsed)\s+(?:it|the\s+(?:project|scheme|plan|line|upgrade|"
    r"construction))\b|\s+(?:had\s+|has\s+)?(?:approved|sanctioned)\s+in\s+\d{4}\b"
)
_APPROVER_BEFORE = re.compile(r"\b(?:when|after|once|as|which|that|since)\s+$", _I)
_APPROVED_BY = re.compile(r"\b(?:approved|sanctioned|authori[sz]ed)\s+by\s+(?:the\s+)?$", _I)


def _approver(doc: Doc, sent: Span, name: Name) -> str | None:
    """The one state (by name or capital) approving the project in a clause after its name
    ("..., priced at $6.8 billion when Islamabad approved it in 2020"): its government
    approves what is built at home."""
    text = text_of(doc)
    if (
        "approv" not in text[name.end : sent.end_char]
        and "sanction" not in text[name.end : sent.end_char]
    ):
        return None
    found: set[str] = set()
    for mention in direct_mentions(doc, name.end, sent.end_char):
        if not is_state(mention.actor_id) or is_company_mention(mention):
            continue
        left = text[max(sent.start_char, mention.start - 20) : mention.start]
        if _APPROVED_BY.search(left) or (
            _APPROVER_BEFORE.search(left)
            and _APPROVED_AFTER.match(text, mention.end, min(sent.end_char, mention.end + 60))
        ):
            found.add(mention.actor_id)
    return next(iter(found)) if len(found) == 1 else None


def _filed_signatory(
    doc: Doc, sents: Sequence[Span], sent: Span, name: Name, parties: Sequence[ActorMention]
) -> str | None:
    """States of the region signing an agreement on building a project, in a story filed
    from the capital of the first of them ("BISHKEK — The energy ministries of Kyrgyzstan,
    Kazakhstan and Uzbekistan have signed an agreement on cooperation in the construction
    of the X plant"): that state hosts it."""
    if not _AGREED_TO_BUILD.search(text_of(doc), sent.start_char, name.start):
        return None
    signers = [
        m for m in parties if is_state(m.actor_id) and m.end <= name.start and m.via != "capital"
    ]
    if any(is_company_mention(m) for m in parties) or len({m.actor_id for m in signers}) < 2:
        return None
    filed = dateline_state(doc, sents)
    states = {m.actor_id for m in signers}
    if filed in states and all(state in _BUILDS_ABROAD for state in states - {filed}):
        # "TEHRAN - Russia and Iran signed an agreement on the construction of the X
        # railway": a power building abroad signs at home with its partner, who hosts it
        return str(filed)
    first = signers[0].actor_id
    if first not in HOME_BUILDERS or any(m.actor_id not in HOME_BUILDERS for m in signers):
        return None
    return str(first) if filed == first else None


#: powers that build, lend for and supply projects abroad
_BUILDS_ABROAD = _OUTSIDE_POWERS | {"RUS", "TUR", "IND", "ARE", "SAU", "QAT", "ITA", "ESP"}


# an agreement on building what follows: "signed an interdepartmental agreement on cooperation
# in the construction of the ..."
_AGREED_TO_BUILD = re.compile(
    r"\b(?:signed|signs|inked|concluded)\b[^.;]{0,60}?\b(?:agreements?|contracts?|accords?|"
    r"memorand\w*)\b[^.;]{0,60}?\b(?:(?:construction|building)\s+of|to\s+(?:build|construct|"
    r"rebuild|modernise|modernize|upgrade))\s+(?:the\s+)?$",
    _I,
)


_DATELINE = re.compile(
    r"\s*(?P<city>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?)\s*(?:,[^\n]{0,40}?)?\s+[—–-]{1,2}\s"
)


# an agency dateline with its day, closed by a full stop: "TEHRAN, May 17."
_DATELINE_DAY = re.compile(
    r"\s*(?P<city>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?)\s*,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|"
    r"\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?\s*(?:\([^)]{1,20}\)\s*)?[.:](?:\s|$)"
)


def dateline_state(doc: Doc, sents: Sequence[Span]) -> str | None:
    """The state of a dateline's capital ("BISHKEK -- ...", "TEHRAN, May 17. ..."): where
    the story was filed."""
    for sent in sents[:2]:
        match = _DATELINE.match(span_text(doc, sent)) or _DATELINE_DAY.match(span_text(doc, sent))
        if match is None:
            continue
        start = sent.start_char + match.start("city")
        for mention in direct_mentions(doc, start, sent.start_char + match.end("city")):
            if mention.via == "capital" and is_state(mention.actor_id):
                return str(mention.actor_id)
        # an upper-case capital is no actor mention ("ASTANA - ..."): look it up
        return _capital_state(match["city"])
    return None


def names_a_state(doc: Doc, spans: Sequence[Span]) -> bool:
    """Whether the spans name a state acting (not a company's: "backed by Masdar")."""
    return any(
        is_state(m.actor_id) and not is_company_mention(m)
        for span in spans
        for m in party_mentions(doc, span.start_char, span.end_char)
    )


def _capital_state(city: str) -> str | None:
    """The state whose capital `city` is, written in any case ("ASTANA"), else None."""
    from caspian.actors import load_registry

    actor = load_registry().by_name(city.title())
    if actor is None or actor.kind != "state":
        return None
    if city.casefold() not in {capital.casefold() for capital in actor.capitals}:
        return None
    return actor.id


def _route_origin(doc: Doc, sent: Span, name: Name, *, from_only: bool = False) -> str | None:
    """The state a line starts from, as its host: "the X cable linking Azerbaijan and
    Kazakhstan" (the first state named), "the X pipeline would carry Turkmen gas to ..."
    (the origin), when the text says nothing of where it is built. With `from_only`, only a
    route stated from its start ("running from Uzbekistan through Afghanistan to
    Pakistan"), which names its origin before the states it crosses."""
    text = text_of(doc)
    if not _LINE_NOUN.search(name.name):
        return None
    limit = min(sent.end_char, name.end + 120)
    for mention in direct_mentions(doc, name.end, limit):
        if not is_state(mention.actor_id):
            continue
        between = text[name.end : mention.start]
        if re.search(r"[;:]|\.\s", between):
            return None
        if from_only:
            return str(mention.actor_id) if _FROM_BEFORE.search(between) else None
        if _LINKING_PAIR.match(between):
            break  # "linking the two countries, Kazakhstan ...": see below
        if mention.via == "capital" and _LINKING_LIST.match(between):
            # "the X Corridor, meant to connect Subic Bay, Clark, Manila and Batangas": the
            # places it links, of one state (by its capital among them), host it
            clause = re.split(
                r"[;:]|\.\s|\s(?:with|while|and\s+(?:to|would|will))\s", text[mention.start : limit]
            )[0]
            others = {
                m.actor_id
                for m in direct_mentions(doc, mention.start, mention.start + len(clause))
                if is_state(m.actor_id)
            }
            return str(mention.actor_id) if others == {mention.actor_id} else None
        if _LINKING_BEFORE.search(between) or (
            _CARRY_BEFORE.search(between)
            and mention.via == "demonym"
            and _COMMODITY_AFTER.match(text, mention.end)
        ):
            return str(mention.actor_id)
        return None  # only the first state after the name can be its origin
    if _LINKING_PAIR.match(text, name.end, limit):
        # "the X interconnector linking the two countries": the first of them named
        states = [
            m for m in direct_mentions(doc, sent.start_char, name.start) if is_state(m.actor_id)
        ]
        if len({m.actor_id for m in states}) == 2:
            return str(states[0].actor_id)
    return None

"""Instrument mentions in a sentence: what kind of agreement a noun phrase names.

An instrument mention is found four ways, most specific first:

- a capitalised name whose last word is an instrument noun, or which starts with one
  followed by "of"/"on" ("Enhanced Partnership and Cooperation Agreement", "Treaty of
  Friendship and Allied Relations"): the name is the fact's ``title``;
- a quoted name followed by an instrument noun (“Comprehensive Strategic Partnership
  and Alliance” declaration);
- an acronym (EPCA, CEPA, FTA, MoU);
- an instrument noun with the modifiers in front of it and the "on ..."/"in the field
  of ..." phrase after it ("a strategic cooperation agreement", "a memorandum of
  understanding on energy", "$25 billion in agreements").

:func:`classify` maps the words of the phrase to the spec's instrument vocabulary:
memorandums are memorandums whatever they are about; a treaty or declaration whose
name states a relationship ("... of Strategic Partnership") is that relationship;
trade, peace, transit and partnership-and-cooperation agreements are named by their
words; a bare "agreement" or "deal" is a (sectoral) cooperation agreement. A bare
"partnership" and an organisation's own descriptor ("the BRICS alliance") are no
instrument at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from caspian.extract.agreement_scan import (
    ACRONYM_STEMS,
    HEAD_STEMS,
    has_stem,
    register,
    stem_starts,
)
from caspian.extract.factoring import any_of
from caspian.extract.instrument_matters import specific_matter
from caspian.extract.vocab import (
    AGREEMENT_KINDS,
    INSTRUMENT_ACRONYMS,
    INSTRUMENT_HEADS,
    MODIFIER_WORDS,
    RELATIONSHIP_KINDS,
)
from caspian.facts import Instrument

RELATIONSHIPS = frozenset(
    {
        Instrument.STRATEGIC_PARTNERSHIP,
        Instrument.COMPREHENSIVE_STRATEGIC_PARTNERSHIP,
        Instrument.COMPREHENSIVE_PARTNERSHIP,
        Instrument.ALLIANCE,
    }
)

HEAD = re.compile(
    rf"\b(?:{INSTRUMENT_HEADS}|peace\s+plans?|(?<=cooperation\s)plans?|(?<=the\s)document"
    # a plan the parties sign: "signed a plan to align ...", "inked a joint plan for"
    # any statement (kept only where signed or adopted: ``_SIGNED_PHRASE``)
    r"|statements?"
    r"|(?:(?<=signed\sa\s)|(?<=signed\sthe\s)|(?<=inked\sa\s)|(?<=inked\sthe\s)"
    r"|(?<=signed\sa\sjoint\s)|(?<=signed\sthe\sjoint\s))plan(?=\s+(?:to|for|on)\s)"
    # a signed plan of cooperation: "an action plan for 2025-2027", "a programme of trade
    # and economic cooperation", "a cooperation programme" (not "its nuclear programme",
    # not "adopted an action plan" alone)
    r"|(?:programmes?|programs?|action\s+plans?|plans?\s+of\s+(?:joint\s+)?actions?)(?=\s+(?:of|for|on)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:cooperation|partnership|collaboration)\b|\s+for\s+(?:the\s+"
    r"(?:years|period)\s+)?\d{4})|(?<=cooperation\s)(?:programmes?|programs?)"
    r"|(?<=partnership\s)(?:programmes?|programs?))\b",
    re.I,
)
ACRONYM = re.compile(
    r"\b(?:" + "|".join(sorted(INSTRUMENT_ACRONYMS, key=len, reverse=True)) + r")\b"
)
_CAP = r"[A-Z][\w’'\-]*"
_TITLE = re.compile(
    rf"{_CAP}(?:(?:,?\s+(?:and|of|on|for|the|de|to|(?<=\bof\s)an?|(?<=\bto\s)an?))*,?\s+{_CAP})+"
)
_DAYS = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December"
)
#: A day or month after a title: no part of it ("... Relations on Friday").
_TRAILING_DAY = re.compile(rf",?\s+(?:on|in|of|for|the|and)(?:\s+the)?\s+(?:{_DAYS})\b.*$")
#: A legal title's verb after its head: "Agreement Establishing ...", "Agreement Leading to".
_TITLE_VERB = re.compile(r"^[A-Z][a-z]+ing$")
_QUOTED = re.compile(r"[“\"]([^”\"\n]{3,120})[”\"]\s*(?P<head>" + INSTRUMENT_HEADS + r")\b", re.I)
_TITLE_HEADS = re.compile(
    r"^(?:agreements?|treat(?:y|ies)|declarations?|memorand(?:um|a)|accords?|pacts?"
    r"|partnership|alliance|relations|charter|protocol|convention|statement|communiqu[eé]"
    r"|arrangement|deal)$",
    re.I,
)
#: Stems of the title heads that are no instrument head nouns ("Allied Relations",
#: "Joint Statement").
_TITLE_STEMS = register(("relations", "statement"))
_TITLE_HEAD_STEMS = (*HEAD_STEMS, *_TITLE_STEMS)
_TITLE_STOP = re.compile(
    r"\b(?:Sign|Signs|Signed|Forge|Forges|Ink|Inks|Seal|Seals|To|Agree|Agrees|Conclude"
    r"|Concludes|Reach|Reaches|Upgrade|Elevate|Elevates|Says|Said|With)\b"
)
_TITLE_STOP = any_of(_TITLE_STOP)  # (speed: factored; read as a test)
#: Words that point back at an instrument already named ("the interim arrangement",
#: "the earlier deal"); with a definite determiner they make the mention an anaphor.
BACK_REFERENCE = ("interim", "earlier", "previous", "old", "older", "former", "original")
_GENERIC_DET = re.compile(
    r"(?:^|\s)(?:the|this|that|these|those|such|said)\s+(?:new\s+|updated\s+|latest\s+"
    + "".join(f"|{word}\\s+" for word in BACK_REFERENCE)
    + r")?$",
    re.I,
)
_ANAPHORIC_MODIFIERS = frozenset({"new", "updated", "latest", *BACK_REFERENCE})
_GENERIC_HEAD = re.compile(
    r"^(?:agreements?|deals?|pacts?|treat(?:y|ies)|accords?|declarations?|documents?"
    r"|memorand(?:um|a|ums)|arrangements?|contracts?)$",
    re.I,
)
_NUMBER_WORD = re.compile(
    r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several"
    r"|multiple|numerous)$",
    re.I,
)
_COMPLEMENT = re.compile(
    r"(?P<of>\s+of\s+understanding)?(?P<paren>\s*\(\s*[A-Z][A-Za-z0-9\-]{1,12}\s*\))?"
    r"(?P<topic>\s+(?:on(?!\s+(?:\d|(?:" + _DAYS + r")\b))"
    r"|in\s+the\s+(?:fields?|areas?|spheres?)\s+of|for|regarding|concerning)"
    r"\s+(?:(?!that\b|which\b|to\b|with\b|between\b|by\b|during\b|at\b|was\b|were\b|is\b|are\b"
    r"|when\b|while\b|after\b|before\b|as\b(?!\s+well\b)|since\b|because\b|although\b|once\b"
    r"|signed\b|initiall?ed\b|ratified\b|inked\b|concluded\b|agreed\b|adopted\b|reached\b"
    r"|entered\b|came\b|took\b|has\b|have\b|had\b|will\b|would\b|in\s+\d|on\s+(?:\d|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)"
    r"|and\s+(?:a|an|the)\b)[\w’'\-–]+\s*){1,9})?",
)


_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "such",
        "its",
        "their",
        "our",
        "his",
        "her",
        "both",
        "all",
        "other",
        "each",
        "every",
        "any",
        "some",
        "no",
        "zero",
        "which",
        "what",
        "whose",
        "another",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "of",
    ]
)


@dataclass(frozen=True, slots=True)
class InstrumentMention:
    """One instrument noun phrase; offsets are into the document text."""

    start: int
    end: int
    text: str
    instrument: Instrument | None  # None: an anaphor to resolve ("the agreement")
    title: str | None
    head: str
    modifiers: str  # the words in front of the head, lower case
    complement: str  # the "on ..." phrase after it
    plural: bool
    generic: bool  # a bare anaphor: "the agreement", "that pact"


#: "its biggest-ever foreign investment deal": a commercial deal (not "an investment
#: protection deal", a treaty of its own kind).
_INVESTMENT_DEAL = re.compile(r"(?<!protection\s)\binvestment\s+deal\b", re.I)


#: Before a relationship in a statement's words, words that say the relationship exists
#: already and the statement is about it ("a joint statement on deepening their
#: comprehensive strategic partnership", "a joint vision statement for their strategic
#: partnership"): the statement is a joint declaration, not the relationship.
_EXISTING_RELATION = re.compile(
    r"\b(?:deepen|strengthen|develop|expand|enhanc|advanc|further|consolidat)\w*\s+(?:and\s+\w+\s+)?"
    r"(?:of\s+)?(?:the\s+)?(?:(?:their|its|our|bilateral)\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\b(?:their|its|our)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def classify(words: str, head: str) -> Instrument | None:
    """The instrument named by a phrase's words; None if it names none."""
    head = head.lower()
    if head.startswith(("memorand", "letter")) or head.lower().startswith("mou"):
        return Instrument.MEMORANDUM_OF_UNDERSTANDING  # (a letter of intent: the same kind)
    if head.startswith("regulation"):
        return Instrument.OTHER  # "joint regulations on the work of the border commissions"
    if head.startswith("partnership"):
        for pattern, kind in RELATIONSHIP_KINDS:
            if pattern.search(words):
                return kind
        return None
    if head.startswith("alliance") or head.startswith("allied"):
        for pattern, kind in RELATIONSHIP_KINDS[:3]:
            if pattern.search(words):
                return kind
        return Instrument.ALLIANCE
    if (
        head.startswith(("roadmap", "action", "program"))
        or head.startswith(("plans of action", "plan of action", "plan of joint action"))
        or head.startswith("plans of joint action")
    ):
        return Instrument.OTHER  # a signed plan of steps: "a roadmap for the project"
    if "plan" in head:
        if "peace" in words.lower():
            return Instrument.PEACE_AGREEMENT
        # "signed a cooperation plan": a plan of cooperation the governments sign
        if "cooperation" in words.lower():
            return Instrument.COOPERATION_AGREEMENT
        # "signed a plan to align ..." (a head only after a signing verb)
        return Instrument.OTHER if head == "plan" else None
    if head == "deal" and _INVESTMENT_DEAL.search(words):
        return Instrument.INVESTMENT_DEALS  # one commercial "investment deal"
    for pattern, kind in AGREEMENT_KINDS:
        if pattern.search(words):
            return kind
    if head.startswith(
        (
            "declaration",
            "joint",
            "communiq",
            "charter",
            "treat",
            "statement",
            "protocol",
            "convention",
        )
    ):
        for pattern, kind in RELATIONSHIP_KINDS:
            found = pattern.search(words)
            if found and not (
                head.startswith(("declaration", "joint", "communiq", "statement"))
                and _EXISTING_RELATION.search(words, 0, found.start())
            ):
                return kind
        if head.startswith(("declaration", "joint", "communiq", "statement")):
            return Instrument.JOINT_DECLARATION
        return Instrument.OTHER
    for pattern, kind in RELATIONSHIP_KINDS[:2]:
        if pattern.search(words):
            return kind
    return Instrument.COOPERATION_AGREEMENT


#: What a bare head noun is classified as: "the treaty on X" is specific only when X
#: names a kind ("the treaty on strategic partnership").
_UNSPECIFIC = frozenset(
    {Instrument.COOPERATION_AGREEMENT, Instrument.OTHER, Instrument.JOINT_DECLARATION, None}
)


def _names_kind(complement: str) -> bool:
    """Whether an "on ..." phrase names a kind of instrument ("on certain sections of the
    state border", "on strategic partnership"): the phrase names its own instrument, even
    after "the" ("the treaty on certain sections of the border" is no anaphor)."""
    return any(p.search(complement) for p, _k in (*AGREEMENT_KINDS, *RELATIONSHIP_KINDS))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


_WORD = re.compile(r"[\w’'\-$.]+")


def _modifiers(text: str, head_start: int, floor: int) -> tuple[int, list[str]]:
    """Walk left from the head over modifier words; return the phrase start and words."""
    words: list[str] = []
    position = head_start
    for match in reversed(list(_WORD.finditer(text[floor:head_start]))):
        word = match.group()
        gap = text[floor + match.end() : position]
        if gap.strip(' “”"') != "":
            break
        lower = word.lower()
        if lower == "and" and words and words[-1].lower() in MODIFIER_WORDS:
            words.append(word)
            position = floor + match.start()
            continue
        ok = (
            lower in MODIFIER_WORDS
            or _NUMBER_WORD.match(word) is not None
            or ("-" in word and len(word) > 3)
            or (word[0].isupper() and lower not in _DETERMINERS)
        )
        if not ok:
            break
        words.append(word)
        position = floor + match.start()
        if len(words) >= 6:
            break
    while words and words[-1].lower() == "and":
        words.pop()
        position = head_start if not words else position
    words.reverse()
    if words and position != head_start:
        position = text.rfind(words[0], floor, head_start)
    return position, words


def _head_matches(text: str, sentence: str, start: int, end: int) -> list[re.Match[str]]:
    """``HEAD.finditer(sentence)`` (sentence = text[start:end]), trying the pattern only
    where a head noun's stem starts a word of the text, and at the sentence's start."""
    found: list[re.Match[str]] = []
    reached = 0
    for position in [start, *stem_starts(text, HEAD_STEMS, start, end)]:
        offset = position - start
        if offset < reached:
            continue
        match = HEAD.match(sentence, offset)
        if match is not None:
            found.append(match)
            reached = max(match.end(), offset + 1)
    return found


#: A signing verb right before a statement's phrase: "signed the ceasefire statement".
_SIGNED_PHRASE = re.compile(
    r"\b(?:signed|adopted|approved|endorsed)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}$"
)
#: Several sides that issue one statement together: "The two leaders issued a statement",
#: "The three presidents released a statement in which ..." (a joint statement, unlike a
#: ministry's; a bare "The four" is not resolved to its sides, so it is not read).
_JOINT_ISSUERS = re.compile(
    r"\b(?:[Tt]he\s+(?:two|three|four|five|six|seven|eight)(?:\s+(?:leaders|presidents"
    r"|heads\s+of\s+state|governments|sides|countries|foreign\s+ministers|ministers|parties))"
    r"|[Bb]oth\s+(?:leaders|presidents|sides|governments|countries))\s+(?:also\s+|then\s+"
    r"|later\s+|jointly\s+)?(?:issued|released|published)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}$"
)
#: A stage verb right before a title: the title is an instrument signed.
_SIGNED_BEFORE = re.compile(
    r"\b(?:signed|inked|sealed|concluded|adopted|initial+ed|ratified|agreed)\s+(?:(?:a|an|the"
    r"|their|its)\s+)?(?:new\s+)?$"
)


def signed_title(text: str, start: int, title_start: int, heads: list[str]) -> bool:
    """Whether a capitalised title headed by "Partnership" that names no relationship
    ("a Security and Defence Partnership") is the object of a stage verb: a signed
    instrument (``other``), where a bare "partnership" is none."""
    return bool(
        heads
        and heads[-1].lower() == "partnership"
        and _SIGNED_BEFORE.search(text, max(start, title_start - 40), title_start)
    )


_COOPERATION_WORD = re.compile(r"\b(?:co-?operation|collaboration|sectoral)\b", re.I)


def unsectoral(title: str, complement: str) -> bool:
    """Whether an agreement's own name names no sector nor cooperation ("Reciprocal Access
    Agreement", "Modernised Global Agreement"): it is no sectoral cooperation agreement
    but an instrument of its own kind (``other``)."""
    from caspian.extract.agreement_details import _topics

    words = f"{title} {complement}"
    return not _COOPERATION_WORD.search(words) and not _topics(words)


#: An agreement "on trade" / "on tariffs" alone (not "on trade, tourism and energy") is a
#: trade agreement.
_TRADE_COMPLEMENT = re.compile(
    r"\s*(?:on|over)\s+(?:free\s+)?(?:trade|tariffs?)\b(?!\s+(?:and|in|of|with|facilitation"
    r"|promotion|cooperation|relations|issues|statistics|fairs?|missions?|representation)\b)",
    re.I,
)
_QUOTED_NAME = re.compile(r"\s*[“\"]([^”\"\n]{3,120})[”\"]")
_SIGNED_STATEMENT = re.compile(r"s?\s+(?:was\s+|were\s+)?(?:jointly\s+)?signed\b")
#: The protocol of a meeting of a joint commission ("the Protocol of the 18th meeting of the
#: Joint Turkmen-Uzbek Commission"): the phrase names the instrument.
_MEETING_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:meeting|session)s?\s+of\s+(?:the\s+)?"
    r"[^,;.()]{1,90}?(?:[Cc]ommission|[Cc]ouncil|[Cc]ommittee)\b"
)
#: A protocol amending or upgrading an instrument of a specific kind is of that kind
#: ("the protocol upgrading the ASEAN-China Free Trade Area").
_AMENDING = re.compile(
    r"\s+(?:amending|upgrading|to\s+(?:amend|upgrade)|on\s+(?:the\s+)?(?:amendment|upgrade"
    r"|upgrading)s?\s+(?:of|to))\s+(?:the\s+|their\s+|its\s+|an?\s+)?(?P<target>[^,;.()]{3,80})"
)
_LISTED_AFTER = re.compile(
    r"\s*(?:and\b|or\b|&|,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:,|and\b|or\b))"
)


_AMENDED_KINDS = frozenset(
    {
        Instrument.TRADE_AGREEMENT,
        Instrument.PARTNERSHIP_COOPERATION_AGREEMENT,
        Instrument.ENHANCED_PARTNERSHIP_COOPERATION_AGREEMENT,
        Instrument.PEACE_AGREEMENT,
        Instrument.TRANSIT_ARRANGEMENT,
    }
)


#: A bare agreement whose clause says it settles territory ("an agreement ... that splits
#: Hans Island between them", "a deal dividing the disputed islands", "an agreement that
#: sets their maritime boundary"): no sectoral
#: cooperation but a settlement of its own kind (``other``).
_SETTLES = re.compile(
    r"[^.;]{0,40}?\b(?:that|which)?\s*(?:splits?|splitting|divides?|dividing|partitions?"
    r"|settles?|settling|resolves?|resolving|ends?|ending|(?:sets?|setting)(?!\s+up\b)|fix(?:es)?|fixing"
    r"|draws?|drawing|delimits?|delimiting|demarcates?|demarcating|defines?|defining)\s+"
    r"(?:the\s+|their\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,5}?(?:(?:territorial|border|boundary|frontier|maritime)\s+disputes?"
    r"|islands?|territory|border|frontier|boundary|sovereignty)\b(?![\s-]+(?:trade|crossings?"
    r"|markets?|posts?|points?|checkpoints?)\b)",
    re.I,
)


def settles_territory(text: str, mention: InstrumentMention, end: int) -> bool:
    """Whether a bare agreement's own clause says it settles or divides territory."""
    return bool(
        mention.instrument is Instrument.COOPERATION_AGREEMENT
        and not mention.complement
        and not [m for m in mention.modifiers.split() if m in MODIFIER_WORDS and m not in
                 ("new", "landmark", "historic", "bilateral", "trilateral", "final")]
        and _SETTLES.match(text, mention.end, end)
    )  # fmt: skip


def find_instruments(text: str, start: int, end: int) -> list[InstrumentMention]:
    """The instrument mentions in text[start:end] (a sentence), in order."""
    any_head = has_stem(text, start, end, HEAD_STEMS)
    titles = any_head or has_stem(text, start, end, _TITLE_STEMS)
    acronyms = has_stem(text, start, end, ACRONYM_STEMS, cased=True)
    if not (any_head or titles or acronyms):
        return []  # no instrument noun: every way below needs one
    sentence = text[start:end]
    found: list[InstrumentMention] = []
    taken: list[tuple[int, int]] = []

    has_quotes = '"' in sentence or "“" in sentence
    quoted = _QUOTED.finditer(sentence) if has_quotes else ()
    for match in quoted:
        q_start, q_end = start + match.start(), start + match.end()
        if _overlaps(taken, q_start, q_end):
            continue
        content = match.group(1).strip()
        head = match.group("head")
        instrument = classify(content + " " + head, head)
        if instrument is None:
            continue
        title = content if content[:1].isupper() else None
        found.append(
            InstrumentMention(
                q_start,
                q_end,
                text[q_start:q_end],
                instrument,
                title,
                head,
                content.lower(),
                "",
                False,
                False,
            )
        )
        taken.append((q_start, q_end))

    headless: list[InstrumentMention] = []
    if has_quotes:  # (a sentence with quotes) quoted titles: a "100 Year Partnership"
        from caspian.extract.instruments_quoted import quoted_titles

        named, headless = quoted_titles(text, start, end, taken)
        found.extend(named)
        taken.extend((m.start, m.end) for m in named)

    for match in _TITLE.finditer(sentence) if titles else ():
        if not has_stem(text, start + match.start(), start + match.end(), _TITLE_HEAD_STEMS):
            continue  # no word of it can be a title's head
        if _overlaps(taken, start + match.start(), start + match.end()):
            continue
        matched = match.group()
        day = _TRAILING_DAY.search(matched)
        if day:
            matched = matched[: day.start()]  # "Treaty on Allied Relations on Friday"
        words = matched.split()
        while words and (
            words[0] in {"The", "A", "An", "This", "That", "Its", "Their"}
            or words[0].endswith(("'s", "’s"))
        ):
            words = words[1:]
        if len(words) < 2 or len(words) > 12 or _TITLE_STOP.search(match.group()):
            continue
        last = words[-1].strip(",")
        heads: list[str] = []
        if (_TITLE_HEADS.match(last) and last.lower() != "relations") or (
            last.lower() == "relations" and words[-2].lower() == "allied"
        ):
            heads.append(last)
        first = (
            words[1]
            if words[0] in {"Joint", "Framework", "Intergovernmental", "Interim"}
            else words[0]
        )
        index = words.index(first)
        if not _TITLE_HEADS.match(first):
            # "Shusha Declaration on Allied Relations": a place's or parties' name first
            index = next(
                (k for k, w in enumerate(words[:-2]) if k and _TITLE_HEADS.match(w)), index
            )
            first = words[index]
        if (
            _TITLE_HEADS.match(first)
            and index + 1 < len(words)
            and (words[index + 1] in {"of", "on"} or _TITLE_VERB.match(words[index + 1]))
        ):
            heads.insert(0, first)
        if not heads:
            continue
        head = heads[0]
        title = " ".join(words)
        title_start = start + match.start() + match.group().index(words[0])
        title_end = start + match.start() + len(matched)
        complement = _COMPLEMENT.match(text, title_end, end)
        comp_text = complement.group("topic") or "" if complement else ""
        paren = complement.group("paren") or "" if complement else ""
        if head.lower() in {"declaration", "memorandum"} and comp_text:
            title = title + comp_text.rstrip()
        instrument = None
        for candidate in heads:
            instrument = classify(title + " " + comp_text, candidate)
            if instrument is not None:
                head = candidate
                break
        if instrument is Instrument.JOINT_DECLARATION and comp_text:
            # "the Joint Statement on establishing the "Special Strategic Partnership for
            # Peace and Prosperity"": the quoted name ends the statement's own
            quoted_name = _QUOTED_NAME.match(text, title_end + len(paren) + len(comp_text), end)
            if quoted_name is not None:
                title = f"{title}{comp_text.rstrip()} {quoted_name.group(1).strip()}"
        if instrument is None and signed_title(text, start, title_start, heads):
            instrument = Instrument.OTHER  # "signed a Security and Defence Partnership"
        if instrument is Instrument.COOPERATION_AGREEMENT and unsectoral(title, comp_text):
            instrument = Instrument.OTHER  # "the Modernised Global Agreement"
        if instrument is None:
            continue
        mention_end = title_end + len(paren) + (len(comp_text) if comp_text else 0)
        found.append(
            InstrumentMention(
                title_start,
                mention_end,
                text[title_start:mention_end],
                instrument,
                title,
                head,
                title.lower(),
                comp_text.strip(),
                False,
                False,
            )
        )
        taken.append((title_start, mention_end))

    for match in ACRONYM.finditer(sentence) if acronyms else ():
        a_start, a_end = start + match.start(), start + match.end()
        if _overlaps(taken, a_start, a_end):
            continue
        acronym = match.group()
        if text[a_start - 1 : a_start] == "(" and text[a_end : a_end + 1] == ")":
            continue  # "(EPCA)" abbreviates the phrase before it
        complement = _COMPLEMENT.match(text, a_end, end)
        comp_text = (complement.group("topic") or "") if complement else ""
        m_end = a_end + len(comp_text)
        phrase_start, mods = _modifiers(text, a_start, max(start, a_start - 60))
        generic = bool(_GENERIC_DET.search(text[max(start, phrase_start - 12) : phrase_start]))
        title = None
        if acronym.startswith(("MoU", "MOU")) and comp_text:
            title = text[a_start:m_end].strip()
        found.append(
            InstrumentMention(
                a_start,
                m_end,
                text[a_start:m_end],
                INSTRUMENT_ACRONYMS[acronym],
                title,
                acronym,
                " ".join(mods).lower(),
                comp_text.strip(),
                acronym.endswith("s"),
                generic and not mods,
            )
        )
        taken.append((a_start, m_end))

    for match in _head_matches(text, sentence, start, end) if any_head else ():
        h_start, h_end = start + match.start(), start + match.end()
        if _overlaps(taken, h_start, h_end):
            continue
        head = match.group()
        if HEAD.match(text, h_end + 1, end) and text[h_end : h_end + 1] == " ":
            continue  # "partnership deals": the last noun is the head
        phrase_start, mods = _modifiers(text, h_start, max(start, h_start - 80))
        complement = _COMPLEMENT.match(text, h_end, end)
        of_part = (complement.group("of") or "") if complement else ""
        paren = (complement.group("paren") or "") if complement else ""
        comp_text = (complement.group("topic") or "") if complement else ""
        if not comp_text and head.lower().startswith("protocol"):
            meeting = _MEETING_OF.match(text, h_end, end)
            comp_text = meeting.group() if meeting else ""
        mods_lower = " ".join(mods).lower()
        phrase = f"{mods_lower} {head} {comp_text}"
        det_text = text[max(start, phrase_start - 20) : phrase_start]
        generic = (
            bool(_GENERIC_HEAD.match(head))
            and not of_part
            and not [m for m in mods if m.lower() not in _ANAPHORIC_MODIFIERS and m.islower()]
            and bool(_GENERIC_DET.search(det_text))
            and not (comp_text and classify(phrase, head) not in _UNSPECIFIC)
            and not (comp_text and _names_kind(comp_text))
        )
        instrument = None if generic else classify(phrase, head)
        if not generic and instrument is None:
            continue
        trade = (
            _TRADE_COMPLEMENT.match(comp_text)
            if instrument is Instrument.COOPERATION_AGREEMENT and comp_text
            else None
        )
        if trade and not _LISTED_AFTER.match(text, h_end + len(of_part) + len(paren) + trade.end()):
            instrument = Instrument.TRADE_AGREEMENT  # "a political agreement on trade"
        if instrument is Instrument.COOPERATION_AGREEMENT and specific_matter(
            text, phrase_start, h_end, end, mods_lower, comp_text
        ):
            instrument = Instrument.OTHER  # "an agreement on monitoring trade"
        if instrument is Instrument.OTHER and head.lower().startswith("protocol"):
            amended = _AMENDING.match(text, h_end, end)
            target = amended.group("target") if amended else ""
            kind = next((k for p, k in AGREEMENT_KINDS if p.search(target)), None)
            if kind in _AMENDED_KINDS:
                instrument = kind  # "the protocol upgrading the ASEAN-China Free Trade Area"
        if (
            head.lower().startswith("statement")
            and "joint" not in mods_lower
            and not any(w[:1].isupper() for w in mods)
            and not _SIGNED_STATEMENT.match(text, h_end)
            and not text[max(start, h_start - 12) : h_start].endswith(("signed a ", "signed the "))
            and not _SIGNED_PHRASE.search(text, max(start, phrase_start - 24), phrase_start)
            and not (
                head.lower() == "statement"
                and _JOINT_ISSUERS.search(text, max(start, phrase_start - 90), phrase_start)
            )
        ):
            continue
        m_end = h_end + len(of_part) + len(paren) + len(comp_text.rstrip())
        title = None
        if head.lower().startswith("memorand") and comp_text:
            title = text[h_start:m_end].strip()
        plural = (head.lower().endswith("s") and not head.lower().endswith("ss")) or any(
            _NUMBER_WORD.match(m) for m in mods
        )
        found.append(
            InstrumentMention(
                phrase_start,
                m_end,
                text[phrase_start:m_end],
                instrument,
                title,
                head,
                mods_lower,
                comp_text.strip(),
                plural,
                generic,
            )
        )
        taken.append((phrase_start, m_end))

    if headless:
        from caspian.extract.instruments_quoted import listed_titles

        found.extend(listed_titles(text, found, headless))
    found.sort(key=lambda m: m.start)
    return found


_LIKENESS = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:earlier|previous|similar|older|former|prior|original|existing"
    r"|interim|first|predecessor)\s+$"
    # "agreed its own outline deal with Washington": one of the kind the story is about
    r"|\b(?:its|their)\s+own\s+(?:(?:outline|political|preliminary|tentative)\s+)?$",
    re.I,
)


def likened(text: str, mention: InstrumentMention) -> bool:
    """Whether the mention is introduced as another instrument like one named ("an
    earlier agreement", "a previous treaty", "its predecessor accord", "its own deal")."""
    return bool(_LIKENESS.search(text, max(0, mention.start - 30), mention.start))


def kind_of_likeness(
    text: str, mention: InstrumentMention, neighbours: list[list[InstrumentMention]]
) -> Instrument | None:
    """ "an earlier agreement between the EU and the EAC" in a sentence about an economic
    partnership agreement: the kind of the first specific instrument named in the
    `neighbours` (the mentions of its sentence, then of the one before), if the mention
    is introduced as like it."""
    if not likened(text, mention):
        return None
    for mentions in neighbours:
        kinds = [
            m.instrument
            for m in mentions
            if m is not mention
            and m.instrument is not None
            and m.instrument not in (Instrument.COOPERATION_AGREEMENT, Instrument.OTHER)
            and m.instrument not in RELATIONSHIPS
        ]
        if kinds:
            return kinds[0]
    return None


#: Customs unions and free-trade blocs: what they sign with an outside partner is, unless
#: the text says otherwise, a trade agreement ("the EU–Mercosur agreement", "the
#: EAEU–Iran agreement").
_TRADE_BLOCS = frozenset({"MERCOSUR", "EFTA", "EAEU", "GCC"})
_BARE_HEADS = ("agreement", "deal", "pact", "accord")


def trade_with_bloc(
    instrument: Instrument, mention: InstrumentMention, parties: list[str]
) -> Instrument:
    """A bare agreement of a trade bloc with a partner is a trade agreement."""
    if (
        instrument is not Instrument.COOPERATION_AGREEMENT
        or not mention.head.lower().startswith(_BARE_HEADS)
        or not any(p in _TRADE_BLOCS for p in parties)
        or len(parties) != 2
        or any(word in MODIFIER_WORDS for word in mention.modifiers.split())
        or mention.complement
    ):
        return instrument
    return Instrument.TRADE_AGREEMENT


__all__ = [
    "ACRONYM",
    "HEAD",
    "RELATIONSHIPS",
    "InstrumentMention",
    "classify",
    "find_instruments",
    "kind_of_likeness",
    "likened",
    "settles_territory",
    "trade_with_bloc",
]

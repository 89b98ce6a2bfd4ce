"""Stage cues of agreements: which words say what stage an instrument is at, which
instrument they govern, and whether the clause hedges them.

A cue is a verb or noun of the vocabularies in ``vocab.py`` (STAGE_BEFORE: active and
nominal forms that precede their instrument; STAGE_AFTER: passive and participial forms
that follow it), or a pronoun form ("it was signed", "which entered into force").
:func:`attach_cue` gives an instrument mention the nearest cue that governs it;
:func:`cue_chain` adds stages coordinated with it ("was signed in 2015 and entered into
force in 2020"); :func:`is_hedged` says whether the clause makes the statement hedged,
future, conditional or negated; :func:`cue_allowed` keeps cues that only fit some
instruments (upgrades and reaffirmations of relationships, announcements of bulk deals,
"set out in a joint declaration") to those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from caspian.extract.agreement_scan import (
    any_within,
    cue_starts,
    matches,
    register,
    starting_with,
    word_starts,
)
from caspian.extract.instruments import RELATIONSHIPS, InstrumentMention
from caspian.extract.vocab import AFTER_HEDGE, CLAUSE_HEDGE, STAGE_AFTER, STAGE_BEFORE
from caspian.facts import Instrument, Stage


def _combined(patterns: tuple[tuple[str, Stage], ...]) -> tuple[re.Pattern[str], list[Stage]]:
    """One alternation of all cue patterns (earlier ones win at a position), and the stage
    of each branch: one pass over the text instead of one per pattern."""
    branches = "|".join(f"(?P<c{i}>{pattern})" for i, (pattern, _stage) in enumerate(patterns))
    return re.compile(r"\b(?:" + branches + r")\b", re.I), [stage for _p, stage in patterns]


_BEFORE, _BEFORE_STAGES = _combined(STAGE_BEFORE)
_AFTER, _AFTER_STAGES = _combined(STAGE_AFTER)
#: The first words of the branches of ``vocab.STAGE_BEFORE`` (lower case): where an
#: active or nominal cue can start (test ``test_extract_agreements_scan.py``).
BEFORE_FIRST = (
    "exchang", "parliament", "senate", "duma", "congress", "assembly", "legislature",
    "lawmakers", "rada", "majlis", "mazhilis", "kenesh", "deputies", "mps", "legislators",
    "rubber", "conclud", "conclusion", "complet", "finali", "wrap", "reach", "agree", "finish",
    "ratif",
    "the", "entry", "initial", "sign", "ink", "forg", "struck", "strike", "seal", "clinch",
    "penned", "adopt", "put", "set", "affixed", "announced", "unveiled", "secured", "issu",
    "releas", "publish", "upgrad",
    "elevat", "rais", "lift", "promot", "tak", "bring", "brong", "brought", "reaffirm", "reiterat",
    "renew", "reconfirm", "extend", "strengthen", "deepen", "establish", "launch", "suspend",
    "froze", "freez", "terminat", "scrapp", "annul", "revok", "denounc", "withdr", "pull",
    "tore", "implement", "activat", "reactivat", "reviv", "negotiat", "talks", "propos",
    "discussed", "mooted", "floated", "approved", "endorsed", "declar", "announc", "proclaim",
    "passed", "enacted", "appl", "start", "began", "begins", "commenced",
)  # fmt: skip
#: The first words of the branches of ``vocab.STAGE_AFTER`` (lower case): where a
#: passive or participial cue can start (test ``test_extract_agreements_scan.py``).
AFTER_FIRST = (
    "approved", "endorsed", "passed", "backed", "adopted", "rubber", "voted", "given",
    "signed", "inked", "sealed", "concluded", "forged", "struck", "penned", "initial",
    "ratified", "entered", "came", "went", "took", "bec", "is", "was", "has", "had",
    "remain", "agreed", "were", "finali", "negotiations", "talks", "established", "launched",
    "announced", "issued", "released", "unveiled", "published", "suspended", "terminated",
    "scrapped", "annulled", "revoked", "lapsed", "expired", "ceased", "ended", "implemented",
    "put", "activated", "reactivated", "revived", "are", "upgraded", "elevated", "raised",
    "have", "replaced", "enters", "comes", "goes", "takes", "in", "reached",
)  # fmt: skip
DOCUMENTARY = re.compile(
    r"\b(?:outlined|reflected|enshrined|set\s+out|laid\s+(?:out|down)|recorded|stated"
    r"|expressed|fixed)\s+in\b",
    re.I,
)
#: The first words of :data:`DOCUMENTARY` (where its matches start).
_DOCUMENTARY_STEMS = register(
    ("outlined", "reflected", "enshrined", "set", "laid", "recorded", "stated", "expressed",
     "fixed"),
)  # fmt: skip
_RELATION_ONLY = re.compile(
    r"^(?:the\s+)?(?:establish|launch|set\s+up|strengthen|deepen|reaffirm|reiterat|renew"
    r"|reconfirm|extend)",
    re.I,
)
_DECLARED = re.compile(r"^(?:announced|issu|releas|unveiled|publish)", re.I)
#: "announced a", "declared their": a relationship proclaimed (``vocab.STAGE_BEFORE``).
_PROCLAIMED = re.compile(r"^(?:announc|declar|proclaim)\w*\s+(?:an?|the|their|its)$", re.I)
_BULK_ONLY = re.compile(r"^(?:announced|unveiled|secured)", re.I)
_APPROVED = re.compile(r"^(?:approved|endorsed)$", re.I)
_CLAUSE_BREAK = re.compile(r";|:|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|—|–\s")
_AUX = frozenset(
    [
        "be",
        "been",
        "being",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "also",
        "formally",
        "officially",
        "finally",
        "jointly",
        "successfully",
        "eventually",
        "soon",
        "already",
        "first",
        "then",
        "originally",
        "subsequently",
        "recently",
        "just",
        "now",
        "later",
        "duly",
        "reportedly",
        "today",
        "yesterday",
        "fully",
        "only",
        "effectively",
    ]
)
_NEAR_HEDGE = frozenset(
    [
        "may",
        "might",
        "could",
        "would",
        "will",
        "shall",
        "should",
        "can",
        "must",
        "'ll",
        "not",
        "n't",
        "never",
        "no",
        "to",
        "for",
        "before",
        "pending",
        "awaiting",
        "towards",
        "toward",
        "without",
        "if",
        "unless",
        "whether",
        "until",
        "once",
        "prerequisite",
    ]
)
_ENABLING = re.compile(
    r"\b(?:allow|enabl|help|permit|let|used?\b|took\s+advantage)\w*\s+(?:[\w’'-]+\s+){0,6}to\s*$",
    re.I,
)
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whose)\b[^,;:()]*,")
_NOMINAL = re.compile(r"(?:ing|ion|ment|force|launch)\s+of$", re.I)
_SUBJECT_HEDGE = re.compile(
    r"[^.;,()]*?\b(?:(?:is|are|was|were|has\s+been|had\s+been)\s+(?:now\s+|still\s+)?"
    r"(?:expected|scheduled|planned|slated|due|set|envisaged|foreseen|postponed|delayed"
    r"|pending|likely)|will|would|could|may|might|should|must|remains?\s+(?:pending|uncertain)"
    r"|(?:has|have)\s+(?:yet\s+to|not)|(?:is|are|was|were)\s+not)\b",
    re.I,
)
#: "talks on the deal collapsed in March": the negotiation stated is one that failed.
_FAILED_TALKS = re.compile(
    r"[^.;]*?\b(?:collapsed|broke\s+down|broken\s+down|fell\s+(?:through|apart)|failed"
    r"|foundered|ended\s+without|(?:were|was|have\s+been|had\s+been)\s+(?:called\s+off"
    r"|abandoned))\b",
    re.I,
)
#: A verb before a nominal cue that makes its event one yet to come ("discussed the
#: signing of", "are preparing the adoption of", "to speed up the ratification of").
_PREPARED = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|prepar(?:ed|es|ing|e)|consider(?:ed|s|ing)?|expect(?:ed|s|ing)?"
    r"|await(?:ed|s|ing)?|plann(?:ed|ing)|speed(?:ed|ing)?\s+up|accelerat(?:ed|es|ing|e)"
    r"|expedit(?:ed|es|ing|e)|talked\s+about|negotiat(?:ed|es|ing|e))\s+(?:for\s+)?"
    r"(?:the\s+|a\s+)?(?:possible\s+|future\s+|upcoming\s+|forthcoming\s+)?$",
    re.I,
)
_TAIL_HEDGE = re.compile(
    r"(?:ahead\s+of|prior\s+to|in\s+preparation\s+for|in\s+the\s+process\s+of"
    r"|on\s+the\s+verge\s+of|close\s+to|towards?)\s*$",
    re.I,
)
_DECIDED = re.compile(
    r"\b(?:agreed|decided|resolved)\s+(?:on\s+\w+day\s+|today\s+|yesterday\s+)?to\s*$", re.I
)
MONTH_MAY = re.compile(
    r"\bMay(?=\s+\d|\s+of\b|,?\s+\d{4})|(?<=\d\s)May\b|(?<=[Mm]id-)May\b"
    r"|\b(?:[Ii]n|[Oo]f|[Ss]ince|[Uu]ntil|[Ff]rom|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id)"
    r"\s+May\b"
)
_LONG_GAP = re.compile(
    r"\s*,?\s*(?:with|between|allowing|enabling|giving|letting|permitting|creating|setting"
    r"|including|covering|known|which|that)\b"
)
#: The subject of a relative clause after an instrument ("that the two governments
#: signed", "which Japan and Vietnam inked").
_RELATIVE_SUBJECT = (
    r"(?:the|both|its|their)\s+(?:two\s+|three\s+|four\s+)?(?:[\w-]+\s+){1,2}"
    r"(?:of\s+(?:the\s+|both\s+)?(?:two\s+|three\s+|four\s+)?(?:countries|states|governments"
    r"|sides|nations)\s+)?(?:(?:of|at)\s+the\s+time\s+|then\s+in\s+office\s+)?"
    r"|(?:the\s+)?[A-Z][\w-]+(?:\s+of\s+[A-Z][\w-]+)?(?:,\s+(?:the\s+)?[A-Z][\w-]+){0,4},?\s+"
    r"(?:and\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]+){1,3})"
    r"|[A-Z][\w-]+)\s+(?:side\s+|party\s+|government\s+)?)?"
)  # (a body "of" its state: "SOCAR and the Government of Syria", "the Ministry of Energy")
#: A longer subject of a relative clause: names, offices and "of"-phrases coordinated
#: ("that SOCAR and the Government of Syria signed", "which the foreign ministers of
#: Kazakhstan and Uzbekistan signed", "that Kyrgyz President Sadyr Japarov and Tajik
#: President Emomali Rahmon signed"): capitalised words and a closed set of office and
#: function words only, so no other verb can stand between the relative and its cue.
_SUBJECT_WORD = (
    r"(?:(?-i:[A-Z][\w’'.-]*)(?:['’]s)?|the|of|and|both|two|three|four|five|their|its"
    r"|foreign|prime|deputy|vice|energy|economy|trade|finance|defen[cs]e|transport"
    r"|ministers?|presidents?|leaders?|heads?|state|governments?|countries|sides|states"
    r"|nations|delegations|ministry|ministries|premiers?|chiefs?|representatives)"
)
_LONG_SUBJECT = (
    # (several parties: coordinated, or a plural office; not "that President X signed", a
    # decree's signatory)
    r"(?=(?:\S+\s+){0,11}?(?:and|leaders|presidents|ministers|heads|governments|countries"
    r"|sides|states|nations|delegations|ministries|premiers|chiefs|representatives)\b)"
    r"(?-i:(?:the\s+)?[A-Z]|the\s+(?:two|three|four|five|foreign|prime|deputy|heads?|leaders"
    r"|presidents|ministers|governments?)\b)(?:[\w’'.-]*)(?:,?\s+" + _SUBJECT_WORD + r"){1,11}?\s+"
)
#: The subject of a relative clause without "that" ("the treaty Australia and Tuvalu
#: signed", "the memorandum the two governments signed"): names, coordinated, or a
#: definite plural of states.
_ZERO_SUBJECT = (
    # ("the defence pact the two defence ministers signed", "the treaty the two Presidents
    # signed": an office's own words, capitalised or not)
    r"(?-i:(?:the\s+|both\s+)(?:two|three|four|five)\s+(?i:(?:foreign|prime|deputy|vice|defen[cs]e"
    r"|trade|energy|economy|economic|finance|interior|transport|agriculture|health|environment"
    r"|justice)\s+)?(?i:countries|states|governments|sides|nations|leaders|presidents|ministers"
    r"|premiers|parties|heads\s+of\s+(?:state|government))\s+|(?:both\s+)?(?:countries|sides)\s+"
    r"|(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}(?:(?:,\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z]"
    r"[\w-]+)?){0,4},?\s+and\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+)"
)
#: A value after a passive instrument: "deals worth $2 billion were signed".
_VALUE_GAP = (
    r"(?:(?:worth|valued\s+at|totall?ing|amounting\s+to)\s+(?:about\s+|some\s+|nearly\s+"
    r"|almost\s+|over\s+|more\s+than\s+|around\s+|roughly\s+)?(?:US)?[$€£]\s?[\d.,]+\s*"
    r"(?:trillion|billion|million|bn|mln|m)?[\s,]+)?"
)
_PASSIVE_GAP = re.compile(
    r"^[\s,]*(?:\([^()]*\)[\s,]*)?" + _VALUE_GAP + r"(?:(?:with|between)\s+[^,;()]{1,200}?[\s,]+"
    r"|between\s+[^;()]{1,240}?,\s+of\s+the\s+other\s+part[\s,]+)?"
    r"(?:(?:including|covering|known\s+as|excluding)\s[^,;]{1,80},\s*"
    # "a package of documents covering A, B and C was signed": its own verb right after
    r"|(?:covering|concerning|including)\s[^;()]{1,160}?\s+(?=(?:was|were|have\s+been|had\s+been"
    r"|has\s+been)\s+(?:(?:also|then|formally|officially|jointly)\s+)?$))?"
    r"(?:which\s+(?:set\s+up|created|established|covers|governs|replaced|opened|cut|removed"
    r"|abolished|liberali[sz]ed)\s[^,;()]{1,90},\s*)?"
    r"(?:(?:to|into|for|from|in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+)?"
    r"(?:(?:brokered|mediated|hosted|backed|facilitated|negotiated|drafted|prepared|agreed|reached"
    r"|initial+ed|signed|concluded|inked)\s[^,;]{1,80},\s*)?"
    r"(?:(?:allowing|enabling|giving|letting|permitting|creating|setting\s+up)\s[^,;]{1,100}?\s+)?"
    r"(?:(?:was|were|had\s+been|has\s+been)\s+(?:brokered|mediated|hosted|facilitated|negotiated"
    r"|drafted|prepared)\s+by\s+[^,;]{1,60}?\s+and\s+)?"
    r"(?:(?:which|that|whose)\s+(?:" + _RELATIVE_SUBJECT + r"|" + _LONG_SUBJECT + r")?"
    r"|\s*" + _ZERO_SUBJECT + r")?"
    r"(?:(?:was|were|is|are|has|have|had|been|being|be|also|formally|officially|originally"
    r"|first|finally|jointly|successfully|already|subsequently|recently|duly|fully|eventually"
    r"|then|later|only|now|effectively|itself|themselves)\s+)*$",
    re.I,
)
PRONOUN_CUE = re.compile(
    r"\b(?P<pro>[Ii]t|which|that)\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?P<cue>signed|ratified|initial(?:l)?ed|inked|concluded|adopted)\b"
    r"|(?:has\s+|had\s+)?(?P<force>(?:entered|came|went)\s+(?:fully\s+)?into\s+(?:force|effect)"
    r"|took\s+(?:full\s+)?effect))"
)


_NEGATED = re.compile(
    r"\b(?:no|not|never|n't)\s*(?:(?:in|holding|conducting|engaged\s+in)\s+)?[\"“]?$"
)
_SUBORDINATOR = re.compile(
    r"\b(?:once|if|unless|until|till|before|after|when|whenever)\s+(?:the|a|an|this|that|its"
    r"|their|any)?\s*$",
    re.I,
)
_PRESENT = re.compile(r"\b(?:is|are|has\s+been|have\s+been|gets?)\b")
_NOT_ONLY = re.compile(r"\bnot\s+only\b")
_WORDS = re.compile(r"[\w’']+")
_BETWEEN_WITH = re.compile(r"\s*(?:between|with)\b")
_FULL_STOP = re.compile(r"[.!?]\s")
_NEITHER = re.compile(r"\b(?:[Nn]either|nor|[Nn]one\s+of|[Nn]obody)\b")
#: A cue that can be a past participle right after its instrument ("a pact signed in 2001").
_PARTICIPLE = re.compile(r"\w+ed$")
_AND_BUT = re.compile(r"\b(?:and|but)\b")
_SUBJECT_START = re.compile(r"[^a-z]*(?:\b[Tt]he\s+)?")
_COORDINATED = re.compile(
    r"[\s,]*(?:and|or|as\s+well\s+as|along\s+with)?\s*(?:also\s+)?"
    r"(?:(?:a|an|the|both|two|three|its|their)\s+(?-i:[a-z][a-z-]+\s+){0,2}"
    r"|(?:a|an|the|both|two|three|its|their)?\s*)",
    re.I,
)  # (after a determiner, words the instrument's modifiers missed: "and a fishing deal")


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    stage: Stage
    after: bool  # a passive/participial cue following the instrument
    text: str


#: A relative clause between an active cue and an instrument: the cue's object is another
#: noun ("signed a decree that approves the agreement", "a law which ratifies").
_RELATIVE_GAP = re.compile(r"\b(?:that|which|who)\s+(?!is\b|are\b|was\b|were\b)[a-z]+s\b")
#: An object pronoun right after an active cue: the verb has its object, and an instrument
#: after it is another clause's ("had ratified it, the agreement ..."), unless coordinated.
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b(?!\s+(?:and|as\s+well\s+as)\b)", re.I)
#: How far around an instrument mention its cues are looked for (characters).
CUE_WINDOW = (180, 240)


def has_cue_start(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has a word where a stage cue (or a replacement phrase) could
    start: a cheap test that rules out sentences with no stage cue at all."""
    starts = cue_starts(text)
    return starts is None or any_within(starts, start, end)


def cue_windows(
    start: int, end: int, near: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """The stretches of [start, end) around the spans `near` where cues are looked for."""
    if not near:
        return [(start, end)]
    windows: list[tuple[int, int]] = []
    for a, b in sorted(near):
        lo, hi = max(start, a - CUE_WINDOW[0]), min(end, b + CUE_WINDOW[1])
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def find_cues(
    text: str, start: int, end: int, *, near: list[tuple[int, int]] | None = None
) -> list[Cue]:
    """The stage cues in text[start:end]; with `near` (instrument spans), only those in
    windows around them, which bounds the work on very long sentences."""
    windows = cue_windows(start, end, near)
    starts = cue_starts(text)
    documentary = word_starts(text, "documentary", _DOCUMENTARY_STEMS)
    before = None if starts is None else starting_with(text, "before-cues", starts, BEFORE_FIRST)
    after = None if starts is None else starting_with(text, "after-cues", starts, AFTER_FIRST)
    found: list[Cue] = []
    for lo, hi in windows:
        for m in matches(_BEFORE, text, before, lo, hi):
            stage = _BEFORE_STAGES[int((m.lastgroup or "c0")[1:])]
            found.append(Cue(m.start(), m.end(), stage, False, m.group()))
        for m in matches(_AFTER, text, after, lo, hi):
            stage = _AFTER_STAGES[int((m.lastgroup or "c0")[1:])]
            found.append(Cue(m.start(), m.end(), stage, True, m.group()))
        for m in matches(DOCUMENTARY, text, documentary, lo, hi):
            found.append(Cue(m.start(), m.end(), Stage.SIGNED, False, m.group()))
    if len(found) < 2:
        return found
    # a cue inside a longer cue of the same direction is part of it
    kept = [
        c
        for c in found
        if not any(
            o is not c
            and o.after == c.after
            and o.start <= c.start
            and c.end <= o.end
            and (o.end - o.start) > (c.end - c.start)
            for o in found
        )
    ]
    return sorted(kept, key=lambda c: (c.start, -c.end))


#: A present-tense entry into force ("enters into force", "takes effect"): a fact of the
#: day only with "today" / "now" beside it, else a provision or a date yet to come ("enters
#: into force 30 days after", "takes effect on 1 January").
PRESENT_IN_FORCE = re.compile(r"(?:enters|comes|goes|takes)\b", re.I)
_NOW_AFTER = re.compile(
    r"[\s,]*(?:(?:from|as\s+of|starting|with\s+effect\s+from)\s+)?(?:today|now)\b", re.I
)
_NOW_BEFORE = re.compile(r"\b(?:today|now)\s+$", re.I)


#: A bare verb opening a sentence or a list item: an imperative, a goal to reach ("Conclude
#: the Reciprocal Access Agreement before the end of the year."), not a fact.
_IMPERATIVE = re.compile(
    r"(?:sign|conclude|ratify|finali[sz]e|complete|negotiate|adopt|launch|establish|upgrade"
    r"|implement|initial|seal|ink|agree|finish|reach|strike|approve)",
    re.I,
)
_ITEM_START = re.compile(r"[\s\-–—•*·>]*(?:\(?\d{1,2}[.)]\s*|\(?[a-z][.)]\s+)?[\s\-–—•*·]*")


def is_imperative(text: str, sent_start: int, cue: Cue) -> bool:
    """Whether the cue is a bare verb at the start of its sentence or list item."""
    return bool(
        not cue.after
        and _IMPERATIVE.fullmatch(cue.text)
        and cue.text[:1].isupper()
        and _ITEM_START.fullmatch(text, sent_start, cue.start)
    )


def is_hedged(text: str, sent_start: int, cue: Cue, mention: InstrumentMention) -> bool:
    """Whether the clause makes the statement hedged, future, conditional or negated."""
    if is_imperative(text, sent_start, cue):
        return True  # "Conclude the X Agreement before the end of the year."
    if (
        cue.after
        and PRESENT_IN_FORCE.match(cue.text)
        and not _NOW_AFTER.match(text, cue.end)
        and not _NOW_BEFORE.search(text, max(sent_start, cue.start - 8), cue.start)
    ):
        return True  # "enters into force 30 days after the exchange of notes"
    if cue.stage in (Stage.PROPOSED, Stage.NEGOTIATING):
        window = text[max(sent_start, cue.start - 40) : cue.start]
        if _NEGATED.search(window):
            return True
        tail_start = max(cue.end, mention.end)
        return bool(_FAILED_TALKS.match(text, tail_start, tail_start + 160))
    clause_start = max(sent_start, cue.start - 110)
    window = text[clause_start : cue.start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    if cue.after:
        if _SUBORDINATOR.search(text, max(sent_start, mention.start - 30), mention.start) and (
            _PRESENT.search(text, mention.end, cue.end)
        ):
            return True  # "once the agreement is fully implemented": a time yet to come
        # passive: the clause runs from the instrument to the cue
        window = text[max(clause_start, mention.start - 60) : cue.start]
        breaks = list(_CLAUSE_BREAK.finditer(window))
        if breaks:
            window = window[breaks[-1].end() :]
    if _NOMINAL.search(cue.text) and _PREPARED.search(
        text, max(sent_start, cue.start - 40), cue.start + 4
    ):
        return True  # "discussed the signing of", "prepared the adoption of": yet to come
    window = MONTH_MAY.sub("Month", window)
    # "the deal, which has yet to be ratified, was signed": the relative clause hedges
    # its own verb, not the one of the clause around it
    window = _RELATIVE_ASIDE.sub(",", window)
    if CLAUSE_HEDGE.search(window) and not _NOT_ONLY.search(window):
        return True
    if _NEITHER.search(window):
        return True  # "neither side signed", "none of the states has ratified"
    if _TAIL_HEDGE.search(window):
        return True
    words = _WORDS.findall(window.lower())
    while words and words[-1] in _AUX:
        words.pop()
    if words and words[-1] in _NEAR_HEDGE:
        if (
            words[-1] == "to"
            and (cue.stage is Stage.UPGRADED or cue.text.lower().startswith("establish"))
            and _DECIDED.search(window)
        ):
            return False  # "agreed to elevate their ties to": the upgrade is announced
        return not (words[-1] == "to" and _ENABLING.search(window))
    tail_start = max(cue.end, mention.end)
    if AFTER_HEDGE.match(text, tail_start, tail_start + 40):
        return True
    # "the signing of the agreement between A and B on X is scheduled for": a nominal cue
    # is the subject of its clause, whose verb may hedge it
    return bool(
        _NOMINAL.search(cue.text)
        and _SUBJECT_START.fullmatch(text[max(sent_start, cue.start - 60) : cue.start])
        and _SUBJECT_HEDGE.match(text, tail_start, tail_start + 160)
    )


def cue_allowed(cue: Cue, mention: InstrumentMention, instrument: Instrument) -> bool:
    word = cue.text.lower()
    if cue.stage is Stage.UPGRADED or (
        cue.stage is Stage.REAFFIRMED
        and not word.startswith(
            ("reaffirm", "renew", "reconfirm", "reiterat", "reactivat", "reviv")
        )
    ):
        return instrument in RELATIONSHIPS
    if _RELATION_ONLY.match(word):
        return instrument in RELATIONSHIPS or cue.stage is Stage.REAFFIRMED
    if _PROCLAIMED.match(word):
        return instrument in RELATIONSHIPS  # "declared a strategic partnership"
    if _DECLARED.match(word) and (cue.after or not word.startswith("announced")):
        # "the declaration, announced on", "the leaders issued a joint statement"
        return instrument is Instrument.JOINT_DECLARATION
    if _APPROVED.match(word) and not cue.after and cue.stage is Stage.SIGNED:
        # "the leaders approved a joint statement" (not "the ministers approved a treaty":
        # an act of its own, or a step short of signing)
        return instrument is Instrument.JOINT_DECLARATION
    if _BULK_ONLY.match(word):
        return instrument is Instrument.INVESTMENT_DEALS
    if DOCUMENTARY.match(word):
        return instrument is Instrument.JOINT_DECLARATION
    return True


#: A prepositional phrase that ends the first of two listed instruments ("an agreement on
#: the supply of oil products to Mongolia and an agreement on ..."), then the coordinator.
_PHRASE_COORDINATED = re.compile(
    r"\s+(?:to|in|for|from|at|of|by|with)\s+(?:(?!\b(?:was|were|is|are|has|have|had|will"
    r"|would|signed|and|or|but|which|that)\b)[^,;.:()]){1,60}?,?\s+(?:and|as\s+well\s+as)\s+"
    r"(?:also\s+)?(?:(?:a|an|the|its|their|two|three)\s+(?-i:[a-z][a-z-]+\s+){0,2})?",
    re.I,
)


def coordinated(text: str, left: InstrumentMention, right: InstrumentMention) -> bool:
    gap = text[left.end : right.start]
    return bool(_COORDINATED.fullmatch(gap) or _PHRASE_COORDINATED.fullmatch(gap))


def attach_cue(
    text: str,
    mention: InstrumentMention,
    mentions: list[InstrumentMention],
    cues: list[Cue],
    *,
    after: bool | None = None,
) -> Cue | None:
    """The stage cue that governs the mention, if any (the nearest; with `after`, the
    nearest of that direction only)."""
    best: tuple[int, Cue] | None = None
    index = mentions.index(mention)
    for cue in cues:
        if after is not None and cue.after != after:
            continue
        if cue.after:
            if cue.start < mention.end:
                continue
            gap = text[mention.end : cue.start]
            limit = 70
            if _LONG_GAP.match(gap):
                limit = 240 if _BETWEEN_WITH.match(gap) else 140
            if len(gap) > limit or ";" in gap:
                continue
            if any(m.start >= mention.end and m.end <= cue.start for m in mentions):
                continue
            if not (_PASSIVE_GAP.match(gap) or gap.strip() == ""):
                continue
            distance = len(gap)
        else:
            if cue.end > mention.start:
                continue
            gap = text[cue.end : mention.start]
            limit = 45 if cue.stage in (Stage.UPGRADED, Stage.REAFFIRMED) else 70
            if ";" in gap or _FULL_STOP.search(gap):
                continue
            if _RELATIVE_GAP.search(gap):
                continue  # "signed a decree that approves the agreement": the decree's verb
            if _PRONOUN_OBJECT.match(gap):
                continue  # "after every state had ratified it, the agreement entered into force"
            between = [m for m in mentions[:index] if m.start >= cue.end]
            if between and not all(
                coordinated(text, b, nxt)
                for b, nxt in zip(between, [*between[1:], mention], strict=True)
            ):
                continue
            # (a listed instrument: the gap up to the first of the list counts)
            if (between[0].start - cue.end if between else len(gap)) > limit:
                continue
            if any(c.start >= cue.end and c.end <= mention.start and not c.after for c in cues):
                continue
            if _PARTICIPLE.match(cue.text) and any(
                m.end <= cue.start and not text[m.end : cue.start].strip() for m in mentions[:index]
            ):
                continue  # "an agreement signed in 2001 and an accord on trade": its participle
            distance = len(gap)
        if best is None or distance < best[0]:
            best = (distance, cue)
    return best[1] if best else None


def cue_chain(
    text: str,
    first: Cue,
    mention: InstrumentMention,
    mentions: list[InstrumentMention],
    cues: list[Cue],
) -> list[Cue]:
    """Further stages coordinated with the first ("was signed in 2015 and entered into force
    in 2020", "was initialled in 2019 but only signed in 2024")."""
    chain = [first]
    last = first
    for cue in cues:
        if cue.start <= last.end:
            continue
        gap = text[last.end : cue.start]
        if (
            not cue.after
            and cue.stage is Stage.CONCLUDED
            and _EARLIER_TALKS.search(gap)
            and _TALKS_CUE.match(cue.text)
            and not any(cue.end <= m.start < cue.end + 40 for m in mentions)
            and len(gap) <= 90
        ):
            chain.append(cue)  # "was signed on 9 July, after negotiators concluded talks on"
            last = cue
            continue
        if not cue.after and cue.stage not in _CHAIN_BEFORE:
            continue
        if len(gap) > 90 or ";" in gap or _FULL_STOP.search(gap):
            break
        if not _AND_BUT.search(gap) and not (
            cue.after
            and last is first
            and first.after
            and (
                (
                    _APPOSITIVE_TAIL.fullmatch(gap)
                    and _APPOSITIVE_HEAD.fullmatch(text, mention.end, first.start)
                )
                or (_REDUCED_TAIL.fullmatch(gap) and "," not in text[mention.end : first.start])
            )
        ):
            continue
        if any(last.end <= m.start < cue.start for m in mentions if m is not mention):
            break
        if any(
            m is not mention
            and cue.end <= m.start
            and _OWN_OBJECT.fullmatch(text, cue.end, m.start)
            for m in mentions
        ):
            break  # "initialled the treaty, and the leaders signed a declaration": its own object
        if cue.after and _ATTRIBUTIVE.match(text, cue.end):
            continue  # "..., but both can produce signed texts": an adjective, no stage
        if cue.stage is not last.stage:
            chain.append(cue)
        last = cue
    return chain


#: Between a cue and the instrument it governs: its own object, not a stage of
#: the instrument before ("..., and the leaders signed a joint declaration").
_OWN_OBJECT = re.compile(r"[^,;.:()]{0,40}")


#: "X, signed in 2023, came into force in 2024": a participle set off by commas, then the
#: main verb of the clause.
_APPOSITIVE_HEAD = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:(?:with|between)\s[^,;()]{1,200})?,\s*(?:\w+\s+){0,3}"
)
_APPOSITIVE_TAIL = re.compile(
    r"[^,;()]{0,70},\s*(?:(?:has|had|have|was|were|finally|then|only|formally|officially|also"
    r"|eventually|subsequently|now)\s+)*"
)
#: "the pact inked in 2022 took effect": a reduced relative clause, then the main verb.
_REDUCED_TAIL = re.compile(
    r"\s+(?:in|on|at|during|last|earlier)\b[^,;]{0,40}?\s+(?:(?:has|had|have|was|were|finally|then"
    r"|only|formally|officially|also|now)\s+)*"
)
#: A participle used as an adjective before a noun ("signed texts", "ratified treaties").
_ATTRIBUTIVE = re.compile(
    r"\s+(?:texts?|documents?|agreements?|deals?|accords?|treat(?:y|ies)|papers?|copies"
    r"|versions?|memorand\w*|instruments?|protocols?|contracts?)\b"
)
_CHAIN_BEFORE = frozenset({Stage.RATIFIED, Stage.INITIALED})
#: "..., after negotiators concluded talks on 30 June": the talks that led to the instrument.
_EARLIER_TALKS = re.compile(
    r",?\s+(?:after|following|when|once)\s+(?:(?:the\s+)?[\w-]+\s+){0,3}(?:had\s+|have\s+)?$",
    re.I,
)
_TALKS_CUE = re.compile(
    r"(?:conclud|complet|finali|wrap)\w*\s+(?:\w+\s+)?(?:negotiations|talks)", re.I
)


#: Stage of a pronoun cue, by the first four letters of its verb.
PRONOUN_STAGES = {
    "ente": Stage.IN_FORCE, "came": Stage.IN_FORCE, "took": Stage.IN_FORCE,
    "went": Stage.IN_FORCE,
    "sign": Stage.SIGNED, "inke": Stage.SIGNED, "conc": Stage.SIGNED, "adop": Stage.SIGNED,
    "rati": Stage.RATIFIED, "init": Stage.INITIALED,
}  # fmt: skip


__all__ = [
    "PRONOUN_CUE",
    "PRONOUN_STAGES",
    "Cue",
    "attach_cue",
    "coordinated",
    "cue_allowed",
    "cue_chain",
    "cue_windows",
    "find_cues",
    "has_cue_start",
    "is_hedged",
]

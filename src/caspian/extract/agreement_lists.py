"""Agreement forms without a stage verb next to an instrument noun (``caspian.agreements.v1``).

- Listed documents: a header says what happened to a list that follows ("The following
  documents were signed:", "the sides signed the following agreements:", "12 documents
  were signed, including ..."), and each
  instrument of the list — inline after the colon or one per bulleted/numbered line —
  is one fact at the header's stage, with the parties of the header's sentence (or of
  the nearest sentence before that names two or more). Each item's own words are its
  title. The header's own noun ("documents") is no fact. Items may stand one paragraph
  each (a blank line between them); a sentence right after the list that counts the
  rest ("The remaining two MoUs concern cooperation in A and in B") is that many more
  facts with the list's parties. A heading line above the items ("Memoranda of
  Understanding exchanged") is read by ``agreement_headings.py``. A definite plural is a
  header too ("ratified ... the agreements with Tajikistan that the two presidents signed
  on 13 March: the Agreement on ..., the Agreement on ..."): each item is also a fact at
  the relative clause's stage and date. A bulleted line is one instrument ("- a Protocol
  amending the agreement on X" is the protocol).
- Counted, then named: "Ten agreements were signed during the visit. Among them is a
  preferential trade agreement" (also "They include ..."): each instrument named is one
  fact at the count's stage, with its parties and date.
- Relations broken off or suspended: "X severed (diplomatic) ties with Y", "X and Y
  broke off relations", "suspended diplomatic relations with" give an ``other``
  instrument (the diplomatic relationship) at ``terminated`` or ``suspended``. Hedged,
  future and negated clauses yield nothing. Restored relations are not stated as facts
  (the spec has no instrument for them). Only states are parties of diplomatic ties.
- Transit in use: "X allowed Y to ship goods through its territory" is a
  ``transit_arrangement`` at ``implemented``.
- A sentence-initial pronoun: "It was signed in Delhi in 2024" states the stage of the
  instrument of the sentence before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from caspian.extract.agreement_details import is_period, lead_date
from caspian.extract.agreement_scan import has_stem, lower_of, register, word_starts
from caspian.extract.agreement_scan import matches as matches_at
from caspian.extract.base import dates_in, make_fact, text_of
from caspian.extract.instruments import InstrumentMention, find_instruments
from caspian.extract.references import party_ids
from caspian.extract.stages import (
    PRONOUN_CUE,
    PRONOUN_STAGES,
    Cue,
    coordinated,
    cue_chain,
    find_cues,
    is_hedged,
)
from caspian.extract.vocab import CLAUSE_HEDGE
from caspian.facts import AgreementFact, Instrument, Stage, Topic

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from caspian.extract.agreement_parties import _Sentences

_NOUNS = (
    r"(?:documents|agreements|instruments|texts|memorand\w+|accords|deals|treaties|papers|MoUs)"
)
LIST_HEADER = re.compile(
    # "ratified ... the agreements with Tajikistan that the two presidents signed ...: the
    # Agreement on ..., the Agreement on ..." (a definite plural, then its list inline)
    r"\b(?:(?P<verb5>signed|adopted|initial+ed|ratified|inked|exchanged|concluded)[\s,]+"
    r"(?:[^.;:\n]{0,40}?\s+)?(?:the|its|their|both)\s+(?:(?:two|three|four|five|six|seven"
    r"|eight|[\w-]+)\s+){0,2}(?:agreements|treaties|documents|instruments|accords|memorand\w+"
    r"|protocols)\b[^:.;\n]{0,200}:(?=[ \t]*(?:the|an?)\s)"
    r"|among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}" + _NOUNS + r"\s+(?:also\s+)?"
    r"(?P<verb4>signed|adopted|initial+ed|ratified|inked|exchanged|concluded)"
    r"(?:\s+(?:during|at|in|on)\s+[^.;:\n]{0,60}?)?\s+(?:were|was|are)\b"
    r"|(?:(?:the\s+following|these|a\s+(?:number|package|series|set)\s+of|(?:\d+|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+dozen)\s+)\s*(?:[\w-]+\s+){0,2}"
    + _NOUNS
    + r"\s+(?:were|have\s+been|had\s+been|was|are)\s+(?:(?:also|then|formally|officially|later"
    r"|subsequently|jointly|successfully|today|yesterday|duly)\s+){0,2}"
    r"(?P<verb>signed|adopted|initial+ed|ratified|inked|exchanged|concluded)"
    r"|(?P<verb2>signed|adopted|initial+ed|ratified|inked|exchanged|concluded)\s+(?:also\s+)?"
    r"the\s+following(?:\s+(?:[\w-]+\s+){0,2}" + _NOUNS + r")?"
    r"|(?P<verb3>signed|adopted|initial+ed|ratified|inked|exchanged|concluded)\s+(?:also\s+)?"
    r"(?:a\s+total\s+of\s+|more\s+than\s+|over\s+|some\s+|nearly\s+|around\s+|about\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+dozen"
    r"|a\s+(?:number|package|series|set|raft|host)\s+of)\s+(?:[\w-]+\s+){0,2}" + _NOUNS + r")"
    r"(?:[^:.;\n]{0,120}:|[^:.;\n]{0,80}?,?\s+(?:including|among\s+them|among\s+which|notably"
    r"|namely)\b))",
    re.I,
)
_LIST_TAIL = re.compile(r"including|among|notably|namely", re.I)
_STAGES = {
    "sign": Stage.SIGNED,
    "adop": Stage.SIGNED,
    "inke": Stage.SIGNED,
    "exch": Stage.SIGNED,
    "conc": Stage.SIGNED,
    "init": Stage.INITIALED,
    "rati": Stage.RATIFIED,
}
_BULLET = re.compile(r"[ \t]*(?:[-–—•*·▪]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+[^\n]*")
_BLANK_LINE = re.compile(r"(?:[ \t]*\n)+")
_ITEM_TRIM = re.compile(
    r"^[\s\-–—•*·▪]*(?:\(?\d{1,2}[.)]|\(?[a-z][.)])?\s*(?:(?:the|an?)\s+(?=[A-Z]))?|[\s;,.]+$"
)

RELATIONS = re.compile(
    r"\b(?P<verb>severed|cut|broke\s+off|(?:has|have|had)\s+broken\s+off|suspended|froze"
    r"|frozen)\s+(?:all\s+|its\s+|their\s+|formal\s+|official\s+)*(?P<dipl>diplomatic\s+)?"
    r"(?:ties|relations)\b(?P<with>\s+with\s+(?:the\s+)?[^.;,]{2,60})?",
    re.I,
)
#: Relations restored or established by agreement: "agreed on Friday to re-establish
#: diplomatic relations", "agreed to establish full diplomatic relations".
RESTORED = re.compile(
    r"\b(?P<verb>agreed|agrees|agree|decided|decides)(?:\s+(?:on\s+)?[\w-]+){0,2}?\s+to\s+"
    r"(?:re-?establish|establish|restore|resume|normali[sz]e)\s+(?:full\s+|formal\s+|their\s+|its\s+"
    r"|official\s+|bilateral\s+)*(?P<dipl>diplomatic\s+)?(?:ties|relations)\b"
    r"(?P<with>\s+with\s+(?:the\s+)?[^.;,]{2,60})?",
    re.I,
)
#: A verb before a nominal signing that makes it one yet to come ("discussed the signing").
_PREPARING = re.compile(
    r"\b(?:discuss\w*|prepar\w*|consider\w*|expect\w*|await\w*|plann\w*|agreed\s+on"
    r"|speed\w*\s+up|accelerat\w*|negotiat\w*|talked\s+about)\s+(?:for\s+)?(?:the\s+)?$",
    re.I,
)
_NEAR_HEDGE = re.compile(
    r"\b(?:to|will|would|may|might|could|not|never|threatened\s+to|threatens\s+to)\s+$", re.I
)


_FULL_STOP = re.compile(r"\.(?:\s|$)")
_MODAL_BEFORE = re.compile(r"\b(?:to|will|would|may)\s+$")
_CLAUSE_SPLIT = re.compile(r"[;:]|\bbut\b|\bwhile\b")


def _region(text: str, header_end: int, limit: int) -> tuple[int, int]:
    """The list after a header: the rest of its line, else the bulleted lines below."""
    line_end = text.find("\n", header_end)
    line_end = len(text) if line_end < 0 else line_end
    if text[header_end:line_end].strip():
        stop = _FULL_STOP.search(text, header_end, line_end)
        return header_end, stop.start() if stop else line_end
    position = line_end + 1
    end = position
    while position < min(len(text), limit):
        item = _BULLET.match(text, position)
        if not item:
            blank = _BLANK_LINE.match(text, position)
            if blank is None or not _BULLET.match(text, blank.end()):
                break
            item = _BULLET.match(text, blank.end())  # items one paragraph each
            if item is None:
                break
        end = item.end()
        position = end + 1
    return line_end, end


def listed_facts(doc: Doc, cache: _Sentences, index: int) -> list[AgreementFact]:
    """Facts of the instruments listed under a header in sentence `index`."""
    from caspian.extract.agreement_parties import _context_parties, _parties

    text = text_of(doc)
    sent = cache.bounds[index]
    facts: list[AgreementFact] = []
    for header in LIST_HEADER.finditer(text, *sent):
        if (header.start(), header.end()) not in header_spans(text, header.start(), sent[1]):
            continue
        verb = (
            header.group("verb")
            or header.group("verb2")
            or header.group("verb3")
            or header.group("verb4")
            or header.group("verb5")
            or ""
        ).lower()
        stage = _STAGES.get(verb[:4])
        if stage is None:
            continue
        window = text[max(sent[0], header.start() - 80) : header.start()]
        if CLAUSE_HEDGE.search(window) or _NEAR_HEDGE.search(window):
            continue
        parties = _parties(doc, sent[0], header.start())
        if len(parties) < 2:
            parties = _parties(doc, *sent)
        if len(parties) < 2:
            parties = _context_parties(cache, index, parties)
        dated = [
            d
            for d in dates_in(doc, *sent)
            if d.kind in ("point", "range") and not is_period(text, d.start)
        ]
        published = doc._.published
        date = dated[0].value if dated else (published.isoformat() if published else None)
        lo, hi = _region(text, header.end(), len(text))
        facts.extend(item_facts(doc, cache, sent, (lo, hi), parties, stage, date))
        earlier = _earlier_stage(doc, header.start(), header.end(), stage)
        if earlier is not None:  # "ratified the agreements that the presidents signed on
            # 13 March: ...": each item was also signed, on that day
            facts.extend(item_facts(doc, cache, sent, (lo, hi), parties, *earlier))
    return facts


_EARLIER_STAGES = frozenset({Stage.SIGNED, Stage.INITIALED})


def _earlier_stage(doc: Doc, start: int, end: int, stage: Stage) -> tuple[Stage, str] | None:
    """The stage and date a relative clause inside a list header gives its instruments
    ("the agreements ... that the two presidents signed in Bishkek on 13 March:")."""
    text = text_of(doc)
    for cue in find_cues(text, start, end):
        if not cue.after or cue.stage not in _EARLIER_STAGES or cue.stage is stage:
            continue
        if not re.search(r"\b(?:that|which)\b", text[start : cue.start]):
            continue
        dated = [d for d in dates_in(doc, cue.end, end) if d.kind == "point"]
        if dated:
            return cue.stage, dated[0].value
    return None


def item_facts(
    doc: Doc,
    cache: _Sentences,
    sent: tuple[int, int],
    region: tuple[int, int],
    parties: list[str],
    stage: Stage,
    date: str | None,
) -> list[AgreementFact]:
    """One fact per instrument of a list (`region`) under a header in `sent` whose
    parties are `parties`, at `stage` and `date`; then the ones a sentence right after the
    list counts ("The remaining two MoUs concern ...")."""
    from caspian.extract.agreement_parties import _parties
    from caspian.extract.agreements import COMPONENT, VERSION

    text = text_of(doc)
    lo, hi = region
    facts: list[AgreementFact] = []
    mentions = _item_mentions(text, lo, hi)
    # an item that names its own parties ("- Agreement between the Government of the
    # Kyrgyz Republic and the Government of Tajikistan on ...") has them; the others
    # have the header's, or else those all the naming items share
    owns: list[list[str]] = []
    for number, mention in enumerate(mentions):
        item_end = mentions[number + 1].start if number + 1 < len(mentions) else hi
        line_end = text.find("\n", mention.start, item_end)
        own = _parties(doc, mention.start, item_end if line_end < 0 else line_end)
        owns.append(own if len(own) >= 2 else [])
    named = {tuple(sorted(own)) for own in owns if own}
    fallback = (
        parties if len(parties) >= 2 else (list(next(iter(named))) if len(named) == 1 else [])
    )
    for mention, own in zip(mentions, owns, strict=True):
        item_parties = own or fallback
        if len(item_parties) < 2:
            continue
        instrument = mention.instrument or Instrument.COOPERATION_AGREEMENT
        where = next((b for b in cache.bounds if b[0] <= mention.start < b[1]), sent)
        span = doc.char_span(*where, alignment_mode="expand")
        if span is None:
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        title = mention.title or mention.text.strip()
        alone = not any(
            m is not mention and line_start <= m.start < line_start + len(line) for m in mentions
        )
        if alone and _BULLET.fullmatch(line):
            title = _ITEM_TRIM.sub("", line)[:160] or title
        facts.append(
            make_fact(
                AgreementFact,
                doc,
                span,
                component=COMPONENT,
                version=VERSION,
                rule="agreement.listed",
                parties=item_parties,
                instrument=instrument,
                stage=stage,
                title=title,
                date=date,
            )
        )
    if mentions and len(fallback) >= 2:
        facts.extend(_remaining(doc, cache, hi, fallback, stage, date))
    return facts


#: Where an inline list's next item starts: a comma or semicolon, then a determiner.
_INLINE_ITEM = re.compile(r"[,;]\s+(?:and\s+|as\s+well\s+as\s+)?(?=(?:the|an?)\s)")
_FORMAL_HEAD = re.compile(r"[A-Z]")


def _inline_mentions(text: str, lo: int, hi: int) -> list[InstrumentMention]:
    """The instruments of a list on one line: item by item ("the Agreement on the State
    Border, the Agreement on the construction and use of roads and the arrangement of
    crossings, and the Agreement on ..."); an item that opens with a formal name ("the
    Agreement on ...") is that one instrument, words of its name included."""
    found: list[InstrumentMention] = []
    segments: list[str] = []
    start = lo
    for end in [*(m.start() for m in _INLINE_ITEM.finditer(text, lo, hi)), hi]:
        mentions = find_instruments(text, start, end)
        name = _ITEM_TRIM.sub("", text[mentions[0].start : end])[:160] if mentions else ""
        if mentions and _FORMAL_HEAD.match(mentions[0].head):
            found.append(replace(mentions[0], title=name or mentions[0].title))
            segments.append(name)
        else:
            found.extend(mentions)
            segments.extend([name if len(mentions) == 1 else ""] * len(mentions))
        match = _INLINE_ITEM.match(text, end)
        start = match.end() if match else end
    # two items that read alike ("an agreement between the foreign ministries on X, and an
    # agreement between the ministries of agriculture on Y"): each is named by its item
    names = [m.title or m.text.strip() for m in found]
    return [
        replace(m, title=segment) if segment and names.count(names[k]) > 1 and not m.title else m
        for k, (m, segment) in enumerate(zip(found, segments, strict=True))
    ]


def _item_mentions(text: str, lo: int, hi: int) -> list[InstrumentMention]:
    """The instruments of a list, line by line (an item's words do not run on into the
    next item's line)."""
    if text.find("\n", lo, hi) < 0:
        return _inline_mentions(text, lo, hi)
    found: list[InstrumentMention] = []
    start = lo
    while start < hi:
        end = text.find("\n", start, hi)
        end = hi if end < 0 else end
        if end > start:
            line = find_instruments(text, start, end)
            if line and _BULLET.fullmatch(text, start, end):
                # one item a line: "- a Protocol amending the agreement on road transport"
                # is the protocol (other instruments of the line only if coordinated)
                kept = line[:1]
                for mention in line[1:]:
                    if coordinated(text, kept[-1], mention):
                        kept.append(mention)
                line = kept
            found.extend(line)
        start = end + 1
    return found


#: A sentence that lists some of the documents the sentence before counts: "Ten agreements
#: were signed during the visit. Among them is a preferential trade agreement, ...".
_AMONG = re.compile(
    r"\s*(?:Among\s+(?:them|these|those|the\s+(?:documents|agreements|instruments))"
    r"|They\s+include[ds]?|These\s+include[ds]?)(?:\s+(?:is|are|were|was))?\s+(?=(?:an?|the|two|three)\s)"
)
_COUNT = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|several|a\s+dozen|a\s+(?:number|package|series|set|raft|host)\s+of)"
)
_COUNTED = re.compile(
    r"\b(?:(?:some|about|around|nearly|over|more\s+than|a\s+total\s+of)\s+)?"
    + _COUNT
    + r"\s+(?:[\w-]+\s+){0,3}?"
    + _NOUNS
    + r"\s+(?:were|have\s+been|had\s+been)\s+(?:(?:also"
    r"|then|formally|officially)\s+)?(?P<verb>signed|adopted|initial+ed|ratified|inked|exchanged"
    r"|concluded)\b|\b(?P<verb2>signed|adopted|initial+ed|ratified|inked|exchanged|concluded)\s+"
    r"(?:(?:some|about|around|nearly|over|more\s+than|a\s+total\s+of)\s+)?"
    + _COUNT
    + r"\s+(?:[\w-]+\s+){0,3}?"
    + _NOUNS
    + r"\b"
    # "the two Presidents witnessed the signing of documents. Among them were ...": the
    # nominal signing of a plural, counted or not
    r"|\b(?P<verb3>signing|exchange|adoption)\s+(?:ceremony\s+)?of\s+(?:(?:the|some|about|around"
    r"|nearly|over|more\s+than|a\s+total\s+of)\s+)?(?:"
    + _COUNT
    + r"\s+)?(?:[\w-]+\s+){0,3}?"
    + _NOUNS
    + r"\b",
    re.I,
)


def among_facts(doc: Doc, cache: _Sentences) -> list[AgreementFact]:
    """ "Ten agreements were signed during the visit. Among them is a preferential trade
    agreement, ...": each instrument the second sentence names is one fact at the stage,
    with the parties and date, of the count in the first."""
    from caspian.extract.agreement_parties import _context_parties, _parties

    text = text_of(doc)
    facts: list[AgreementFact] = []
    for index in range(1, len(cache.bounds)):
        lo, hi = cache.bounds[index]
        among = _AMONG.match(text, lo, hi)
        if among is None:
            continue
        before = cache.bounds[index - 1]
        counted = _COUNTED.search(text, *before)
        if counted is None:
            continue
        window = text[max(before[0], counted.start() - 80) : counted.start()]
        if CLAUSE_HEDGE.search(window) or _NEAR_HEDGE.search(window):
            continue
        if counted.group("verb3") and _PREPARING.search(window):
            continue  # "discussed the signing of new agreements": yet to come
        verb = counted.group("verb") or counted.group("verb2") or counted.group("verb3") or ""
        stage = _STAGES.get(verb.lower()[:4])
        if stage is None:
            continue
        parties = _parties(doc, *before)
        if len(parties) < 2:
            parties = _context_parties(cache, index - 1, parties)
        dated = [
            d
            for d in dates_in(doc, *before)
            if d.kind in ("point", "range") and not is_period(text, d.start)
        ]
        date = dated[0].value if dated else lead_date(doc)  # (the day of the story's visit)
        facts.extend(item_facts(doc, cache, (lo, hi), (among.end(), hi), parties, stage, date))
    return facts


_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: After a list: "The remaining two MoUs concern cooperation in A and in B", "The other
#: three agreements cover ...": as many more instruments, with the list's parties.
_REMAINING = re.compile(
    r"\s*(?:The|the)\s+(?:remaining|other|last|further)\s+(?P<n>two|three|four|five|six|[2-6])"
    r"\s+(?P<noun>MoUs|MOUs|memorand(?:a|ums)|agreements|documents|instruments|protocols"
    r"|accords)\s+(?:concern|cover|deal\s+with|relate\s+to|are\s+(?:on|in|about|for))\b"
)


def _remaining(
    doc: Doc, cache: _Sentences, hi: int, parties: list[str], stage: Stage, date: str | None
) -> list[AgreementFact]:
    """The instruments a sentence right after a list counts without listing them ("The
    remaining two MoUs concern ..."): one fact each, at the list's stage and date."""
    from caspian.extract.agreement_details import _topics
    from caspian.extract.agreements import COMPONENT, VERSION

    text = text_of(doc)
    where = next((b for b in cache.bounds if b[0] >= hi), None)
    if where is None or text[hi : where[0]].count("\n") > 3:
        return []
    match = _REMAINING.match(text, *where)
    if match is None:
        return []
    count = _NUMBER.get(match.group("n")) or int(match.group("n"))
    noun = find_instruments(text, match.start("noun"), match.end("noun"))
    instrument = (noun[0].instrument if noun else None) or Instrument.COOPERATION_AGREEMENT
    span = doc.char_span(*where, alignment_mode="expand")
    if span is None:
        return []
    fact = make_fact(
        AgreementFact,
        doc,
        span,
        component=COMPONENT,
        version=VERSION,
        rule="agreement.listed+another",  # (not one of the items named before)
        parties=parties,
        instrument=instrument,
        stage=stage,
        title=None,
        topics=_topics(text[match.end() : where[1]]),
        date=date,
    )
    return [fact] * count


_TRANSIT_STEMS = register(("allow", "permit", "let", "enabl"))
_TRANSIT = re.compile(
    r"\b(?:allow(?:ed|s|ing)?|permit(?:ted|s|ting)?|let|enabl(?:ed|es|ing))\s+(?P<obj>[^.;,]{2,60}?)"
    r"\s+to\s+(?:transport|transit|ship|move|export|send|deliver|carry|truck)\b[^.;]{0,100}?"
    r"\b(?:through|via|across)\s+(?:its|their)\s+(?:own\s+)?territor(?:y|ies)",
    re.I,
)


def transit_facts(doc: Doc, cache: _Sentences, index: int) -> list[AgreementFact]:
    """ "X allowed Y to ship goods through its territory": a transit arrangement in use."""
    from caspian.extract.agreement_details import _topics
    from caspian.extract.agreements import COMPONENT, VERSION

    text = text_of(doc)
    sent = cache.bounds[index]
    facts: list[AgreementFact] = []
    if not has_stem(text, *sent, _TRANSIT_STEMS):
        return facts  # every transit statement starts with one of these verbs
    for match in matches_at(_TRANSIT, text, word_starts(text, "transit", _TRANSIT_STEMS), *sent):
        obj = party_ids(doc, match.start("obj"), match.end("obj"))
        if not obj:
            continue
        window = text[max(sent[0], match.start() - 80) : match.start()]
        if CLAUSE_HEDGE.search(window) or _MODAL_BEFORE.search(window):
            continue
        subject = party_ids(doc, max(sent[0], match.start() - 80), match.start())
        rest = party_ids(doc, match.end("obj"), match.end())
        parties = list(dict.fromkeys([*subject[-1:], *obj, *rest]))
        if len(parties) < 2:
            continue
        span = doc.char_span(*sent, alignment_mode="expand")
        if span is None:
            continue
        published = doc._.published
        facts.append(
            make_fact(
                AgreementFact,
                doc,
                span,
                component=COMPONENT,
                version=VERSION,
                rule="agreement.transit",
                parties=parties,
                instrument=Instrument.TRANSIT_ARRANGEMENT,
                stage=Stage.IMPLEMENTED,
                topics=_topics(text[match.start() : match.end()]) or (Topic.TRANSPORT,),
                date=published.isoformat() if published else None,
            )
        )
    return facts


def pronoun_facts(
    doc: Doc, cache: _Sentences, index: int, span: Span | None
) -> list[AgreementFact]:
    """ "It was signed in Delhi in 2024": the instrument of the sentence before."""
    from caspian.extract.agreement_details import _date
    from caspian.extract.agreements import COMPONENT, VERSION

    text = text_of(doc)
    sent = cache.bounds[index]
    match = PRONOUN_CUE.match(text, sent[0], sent[1])
    if not match or match.group("pro") != "It" or index == 0:
        return []
    for back in range(index - 1, max(-1, index - 3), -1):
        previous = [m for m in cache.mentions(back) if m.instrument is not None]
        if previous:
            break
        bare = cache.mentions(back)  # "the treaty Australia and Tuvalu signed": its kind
        if bare:
            from caspian.extract.agreements import _resolve

            kind, title, _sources = _resolve(cache, back, bare[0])
            if kind is not None:
                previous = [replace(bare[0], instrument=kind, title=title)]
                break
    else:
        return []
    specific = [m for m in previous if m.instrument is not Instrument.COOPERATION_AGREEMENT]
    antecedent = (specific or previous)[0]
    if antecedent.instrument is None:
        return []
    name = "cue" if match.group("cue") else "force"
    cue = Cue(
        match.start(name),
        match.end(name),
        PRONOUN_STAGES[match.group(name).lower()[:4]],
        True,
        match.group(name),
    )
    if is_hedged(text, sent[0], cue, antecedent):
        return []
    parties = list(dict.fromkeys([*cache.parties(back), *cache.parties(index)]))
    if len(parties) < 2 or span is None:
        return []
    facts = [
        make_fact(
            AgreementFact,
            doc,
            span,
            component=COMPONENT,
            version=VERSION,
            rule="agreement.pronoun",
            parties=parties,
            instrument=antecedent.instrument,
            stage=cue.stage,
            title=antecedent.title,
            date=_date(doc, cue, antecedent, sent),
        )
    ]
    for extra_cue in cue_chain(text, cue, antecedent, [], find_cues(text, *sent))[1:]:
        if not is_hedged(text, sent[0], extra_cue, antecedent):
            facts.append(
                facts[0].model_copy(
                    update={"stage": extra_cue.stage, "rule": "agreement.pronoun+chain"}
                )
            )
    return facts


_TAIL_WORDS = ("including", "among", "notably", "namely")


def _has_list_tail(text: str, start: int, end: int) -> bool:
    """Whether :data:`_LIST_TAIL` matches in text[start:end]. (Speed) A plain search of the
    lower-cased text (same offsets), exact where no "İ" or "ı" is in the range: no other
    character matches a letter of these words case-insensitively but its lower case."""
    lower = lower_of(text)
    if lower is not None:
        for word in _TAIL_WORDS:
            if lower.find(word, start, end) >= 0:
                return True
        if lower.find("\u0130", start, end) < 0 and lower.find("\u0131", start, end) < 0:
            return False
    return _LIST_TAIL.search(text, start, end) is not None


def header_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The list headers in text[start:end] (their own nouns are no instruments) that head
    a list of instruments ("signed 12 documents, including on energy" heads none: its noun
    is the instrument)."""
    if text.find(":", start, end) < 0 and not _has_list_tail(text, start, end):
        return []  # every header ends in a colon or "including", "among", "notably", "namely"
    return [
        (m.start(), m.end())
        for m in LIST_HEADER.finditer(text, start, end)
        if not (m.group("verb3") or m.group("verb5"))
        or find_instruments(text, *_region(text, m.end(), len(text)))
    ]


def relation_facts(doc: Doc, cache: _Sentences, index: int) -> list[AgreementFact]:
    """Diplomatic relations broken off, suspended or agreed to be restored in sentence
    `index` (relations agreed to be restored: ``concluded``)."""
    from caspian.extract.agreement_guards import partner_end
    from caspian.extract.agreement_parties import _is_state, _parties
    from caspian.extract.agreements import COMPONENT, VERSION

    text = text_of(doc)
    sent = cache.bounds[index]
    facts: list[AgreementFact] = []
    matches = [*RELATIONS.finditer(text, *sent), *RESTORED.finditer(text, *sent)]
    for match in matches:
        verb = match.group("verb").lower()
        if verb == "cut" and not match.group("dipl") and not match.group("with"):
            continue
        restored = match.re is RESTORED
        clause_start = max(sent[0], match.start() - 100)
        clause = _CLAUSE_SPLIT.split(text[clause_start : match.start()])[-1]
        if CLAUSE_HEDGE.search(clause) or _NEAR_HEDGE.search(clause):
            continue
        subject_start = match.start() - len(clause)
        parties = _parties(doc, subject_start, match.start())
        if match.group("with"):
            with_end = partner_end(text, match.start("with"), match.end("with"))
            parties = [*parties[-1:], *_parties(doc, match.start("with"), with_end)]
        parties = list(dict.fromkeys(parties))
        if len(parties) < 2 or not all(_is_state(p) for p in parties):
            continue  # diplomatic ties are between states (a bloc's is a membership matter)
        span = doc.char_span(*sent, alignment_mode="expand")
        if span is None:
            continue
        dated = [d for d in dates_in(doc, match.start(), sent[1]) if d.kind == "point"]
        dated = dated or [
            d for d in dates_in(doc, sent[0], match.start()) if d.kind in ("point", "since")
        ]
        published = doc._.published
        date = dated[0].value if dated else (published.isoformat() if published else None)
        stage = (
            Stage.CONCLUDED  # agreed to restore them: the deal is made, not (yet) a signed text
            if restored
            else Stage.TERMINATED
            if verb.startswith(("sever", "cut", "broke", "has", "have", "had"))
            else Stage.SUSPENDED
        )
        facts.append(
            make_fact(
                AgreementFact,
                doc,
                span,
                component=COMPONENT,
                version=VERSION,
                rule="agreement.relations",
                parties=parties,
                instrument=Instrument.OTHER,
                stage=stage,
                title=None,
                date=date,
            )
        )
    return facts


__all__ = [
    "LIST_HEADER",
    "RELATIONS",
    "RESTORED",
    "among_facts",
    "header_spans",
    "listed_facts",
    "pronoun_facts",
    "relation_facts",
    "transit_facts",
]

"""Details of an agreement fact: the money attached to an instrument, its topics and the
date of each stage (``caspian.agreements.v1``, split from ``agreements.py``).

- :func:`_money`: an amount right before the instrument ("a $2bn deal") or linked after
  it ("a deal worth $2bn"); :func:`_bulk`: money announced for many deals ("$25 billion
  in agreements"). The document's amounts are read only when a digit or a scale word is
  near the instrument.
- :func:`_topics`: the topic vocabulary's words in the instrument's stretch of text.
- :func:`_date`: the date right after a stage's cue, else the last one before it in the
  sentence (not one inside another instrument's words, "replaces the 2015 accord", nor
  one of another stage's clause, "ratified the treaty signed in 2023"), else the day the
  story's lead names (:func:`lead_date`), else the publication date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from caspian.extract.agreement_scan import stem_spans, stems_pattern
from caspian.extract.base import dates_in, quantities_in, text_of
from caspian.extract.dates import DateMention, may_name_day
from caspian.extract.instruments import InstrumentMention
from caspian.extract.money import CURRENCY
from caspian.extract.stages import Cue
from caspian.extract.vocab import TOPIC_WORDS
from caspian.facts import AgreementFact, Instrument, Stage, Topic

if TYPE_CHECKING:
    from caspian.extract.money import Quantity

#: A second kind of document listed with the first ("agreements and memorandums, worth"),
#: then an amount's link word in a relative clause ("which were reported to be worth").
_PAIRED = (
    r"(?:\s+(?:and|as\s+well\s+as)\s+(?:[\w-]+\s+){0,2}?(?:memorand\w*|agreements|contracts|deals"
    r"|protocols|documents)(?:\s+of\s+understanding)?)?,?"
)
_REPORTED_WORTH = (
    r"(?:(?:that|which)\s+(?:were|are|was|is|have\s+been)\s+)?(?:reportedly\s+|(?:reported"
    r"|said|estimated|expected|thought|believed)\s+to\s+be\s+)worth"
)
_VALUE_LINK = re.compile(
    # ("a package of agreements that Italian officials valued at about 3 billion euros")
    r"^" + _PAIRED + r"\s*(?:(?:that|which)\s+(?:[\w’'-]+\s+){0,3}?(?:valued|estimated|put)\s+"
    r"(?:them\s+|it\s+)?at|" + _REPORTED_WORTH + r"|worth|valued\s+at|totall?ing|amounting\s+to"
    r"|with\s+a\s+(?:total\s+)?value\s+of|of)\s+(?:about|around|over|more\s+than|nearly|almost"
    r"|some|up\s+to)?\s*$",
    re.I,
)
_BULK_LINK = re.compile(
    r"^\s*(?:worth\s+)?(?:in|of)\s+(?:new\s+|commercial\s+|business\s+|investment\s+|trade"
    r"\s+|economic\s+|bilateral\s+|signed\s+)*$",
    re.I,
)


#: Every amount has a digit or a scale word ("two billion euros"): a span without one has
#: none, and the document's amounts need not be read for it.
_AMOUNT_HINT = re.compile(
    r"\d|\s(?:thousand|million|billion|trillion|mln|bln|trln|mn|bn|tn|[mbk])\b", re.I
)


def _amounts(
    doc: Doc, start: int, end: int, mention: InstrumentMention, before: int = 80
) -> list[Quantity]:
    """The amounts in [start, end), if one may be attached to the mention: an amount ends
    shortly before it or starts shortly after it ("$2bn deal", "deals worth $3bn")."""
    text = text_of(doc)
    if not (
        _AMOUNT_HINT.search(text, max(start, mention.start - before), mention.start)
        or _AMOUNT_HINT.search(text, mention.end, min(end, mention.end + 80))
    ):
        return []
    return quantities_in(doc, start, end)


#: What a linked amount after the mention needs right after it (``_VALUE_LINK``'s words).
_LINK_AFTER = re.compile(
    _PAIRED + r"\s*(?:(?:that|which)\s+(?:[\w’'-]+\s+){0,3}?(?:valued|estimated|put)\s+"
    r"(?:them\s+|it\s+)?at|" + _REPORTED_WORTH + r"|worth|valued\s+at|totall?ing|amounting\s+to"
    r"|with\s+a\s+(?:total\s+)?value\s+of|of)\s",
    re.I,
)
#: What an amount before bulk deals needs right before them (``_BULK_LINK``'s words).
_BULK_BEFORE = re.compile(
    r"(?:in|of)\s+(?:new\s+|commercial\s+|business\s+|investment\s+|trade\s+|economic\s+"
    r"|bilateral\s+|signed\s+)*$",
    re.I,
)
#: How many characters other than white space there are at most from an amount's last
#: digit or scale word to a mention right after the amount (``_money``): the digit (1),
#: a scale word ("-trillion.", 10), a unit ("pounds sterling", 14) and at most 12
#: characters between amount and mention: 37, and a margin. White space, unbounded in
#: the amount's pattern, is not counted. None of these holds a comma (nor may the text
#: between amount and mention): the digit or scale word is after the last comma.
_NEAR_AMOUNT = 40


def _nonspace_start(text: str, floor: int, end: int, count: int) -> int:
    """The leftmost position from which text[position:end] holds at most `count`
    characters other than white space (not before `floor`)."""
    position = end
    seen = 0
    while position > floor:
        if not text[position - 1].isspace():
            if seen == count:
                break
            seen += 1
        position -= 1
    return position


def _may_have_money(text: str, mention: InstrumentMention, sent: tuple[int, int]) -> bool:
    """Whether :func:`_money` may find an amount (else the document's amounts need not be
    read): one linked after the mention ("worth $2bn") or one ending right before it."""
    if _LINK_AFTER.match(text, mention.end, sent[1]) and CURRENCY.search(
        text, mention.end, sent[1]
    ):
        return True
    floor = max(sent[0], text.rfind(",", sent[0], mention.start) + 1)
    near = _nonspace_start(text, floor, mention.start, _NEAR_AMOUNT)
    return bool(
        _AMOUNT_HINT.search(text, near, mention.start)
        and CURRENCY.search(text, sent[0], mention.start)
    )


def _money(doc: Doc, mention: InstrumentMention, sent: tuple[int, int]) -> Quantity | None:
    text = text_of(doc)
    if not _may_have_money(text, mention, sent):
        return None
    for quantity in _amounts(doc, *sent, mention):
        if quantity.usd is None:
            continue
        if (
            quantity.end <= mention.start
            and len(text[quantity.end : mention.start].strip()) <= 12
            and "," not in text[quantity.end : mention.start]
        ):
            return quantity
        if quantity.start >= mention.end and _VALUE_LINK.match(text[mention.end : quantity.start]):
            return quantity
    return None


def _bulk(doc: Doc, mention: InstrumentMention, sent: tuple[int, int]) -> Quantity | None:
    """Money announced in bulk deals: "$25 billion in agreements", "deals worth $3bn"."""
    if not mention.plural:
        return None
    text = text_of(doc)
    if not (
        (
            _LINK_AFTER.match(text, mention.end, sent[1])
            and CURRENCY.search(text, mention.end, sent[1])
        )
        or (
            _BULK_BEFORE.search(text, sent[0], mention.start)
            and CURRENCY.search(text, sent[0], mention.start)
        )
    ):
        return None  # no link word for an amount on either side
    for quantity in _amounts(doc, *sent, mention, before=160):
        if quantity.usd is None:
            continue
        if quantity.end <= mention.start and _BULK_LINK.match(text[quantity.end : mention.start]):
            return quantity
        if (
            quantity.start >= mention.end
            and _VALUE_LINK.match(text[mention.end : quantity.start])
            and mention.instrument in (Instrument.COOPERATION_AGREEMENT, None)
        ):
            return quantity
    return None


@lru_cache(maxsize=256)
def _topics(text: str) -> tuple[Topic, ...]:
    """The topics whose words occur in the text, in the vocabulary's order."""
    found: set[int] = set()
    text = text.lower()  # (the patterns are lower case: faster than ignoring case)
    for match in _topic_matches(text):
        found.add(int((match.lastgroup or "t0")[1:]))
        if _INNER_WORD.search(match.group()):
            # a phrase hides the words inside it from the scan ("green energy": energy)
            for inner in _INNER_WORD.finditer(text, match.start(), match.end()):
                for index, pattern in enumerate(_TOPIC_ALONE):
                    if index not in found and pattern.match(text, inner.end()):
                        found.add(index)
    return tuple(_TOPIC_ORDER[i] for i in sorted(found))


_TOPIC_ORDER = list(TOPIC_WORDS)
#: All topic words in one pattern (no two topics' words start at the same word).
_TOPICS = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<t{i}>{TOPIC_WORDS[t].lower()})" for i, t in enumerate(_TOPIC_ORDER))
    + r")\b"
)
_TOPIC_ALONE = [re.compile(r"(?:" + TOPIC_WORDS[t].lower() + r")\b") for t in _TOPIC_ORDER]
_INNER_WORD = re.compile(r"\W+(?=\w)")


def _literal_starts(pattern: str) -> list[str]:
    """The plain letters each top-level alternative of a pattern starts with ("" if one
    starts with anything else)."""
    branches: list[str] = []
    depth, current = 0, ""
    for char in pattern:
        if char == "|" and depth == 0:
            branches.append(current)
            current = ""
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        current += char
    branches.append(current)
    starts = []
    for branch in branches:
        if branch.startswith("\\b"):
            branch = branch[2:]
        literal = re.match(r"[a-z]+(?![?*{])|[a-z]*(?=[a-z][?*{])", branch)
        starts.append(literal.group() if literal else "")  # ("roads?": "road")
    return starts


_TOPIC_STARTS = [start for t in _TOPIC_ORDER for start in _literal_starts(TOPIC_WORDS[t].lower())]
#: Where a topic word can start: the pattern is tried only there (None: everywhere).
_TOPIC_STEMS = tuple(sorted(set(_TOPIC_STARTS)))
_TOPIC_HINT = stems_pattern(_TOPIC_STEMS) if all(_TOPIC_STARTS) else None


def _topic_matches(text: str) -> list[re.Match[str]]:
    """``_TOPICS.finditer(text)``, trying the pattern only where a topic word starts."""
    if _TOPIC_HINT is None:
        return list(_TOPICS.finditer(text))
    found: list[re.Match[str]] = []
    reached = 0
    for start, _end in stem_spans(_TOPIC_STEMS, text):  # (the matches of _TOPIC_HINT)
        if start < reached:
            continue
        match = _TOPICS.match(text, start)
        if match is not None:
            found.append(match)
            reached = match.end()
    return found


#: The partners named between an instrument and its date: "signed an agreement between
#: the EU and the East African Community in 2016", "with Turkey and Georgia on 5 May".
_PARTNERS_THEN = re.compile(
    r"\s+(?:with|between)\s+(?:the\s+)?[A-Z](?:[^,;:.()]|,\s+(?=[A-Z]|and\s)){0,90}?"
    r"\s+(?:in|on)\s+(?:the\s+)?"
)
_OTHER_CLAUSE = re.compile(r"\b(?:replac\w*|supersed\w*|building\s+on)\b", re.I)
_CLAUSE_TURN = re.compile(
    r"[;:]|,\s+(?:has|have|had|was|were|is|are|and|but|which|who|after|before|when|while"
    r"|although|though)\b|\s(?:and|but)\s+(?:has|have|had|was|were|is|are|then|later)\b",
    re.I,
)


#: A name that ends in a year ("Vision 2030", "Agenda 2063", "Expo 2020"): the capitalised
#: word before a bare year, when it is no preposition opening a sentence ("In 2019").
_NAME_BEFORE_YEAR = re.compile(
    r"(?<![\w’'])(?!(?:In|On|By|Since|Until|Till|From|Before|After|Through|During|Of"
    r"|Around|Circa|Early|Late|Mid|Spring|Summer|Autumn|Fall|Winter)\s)[A-Z][a-z]+\s$"
)


def _dates(doc: Doc, start: int, end: int) -> list[DateMention]:
    """The dates in [start, end), without the years that end a name ("Vision 2030")."""
    text = text_of(doc)
    return [
        d
        for d in dates_in(doc, start, end)
        if not (d.text.isdigit() and _NAME_BEFORE_YEAR.search(text, max(0, d.start - 20), d.start))
    ]


def _date(
    doc: Doc,
    cue: Cue,
    mention: InstrumentMention,
    sent: tuple[int, int],
    *,
    floor: int = 0,
    ceiling: int | None = None,
    others: tuple[InstrumentMention, ...] = (),
    cues: tuple[Cue, ...] = (),
) -> str | None:
    """The date of the stage: right after its cue, else the last point before the cue in
    the sentence (after `floor`: a chained stage does not take the date of the one before),
    else the publication date."""
    text = text_of(doc)
    if cue.after:
        # a passive cue's own clause: "signed by A, B and C in Aktau in 2018, has ..."
        limit = min(ceiling if ceiling is not None else sent[1], cue.end + 120, sent[1])
        for date in _dates(doc, cue.end, limit):
            if _CLAUSE_TURN.search(text, cue.end, date.start):
                break
            if date.kind in ("point", "range"):
                return date.value
    anchor = max(cue.end, mention.end)
    for date in _dates(doc, *sent):
        if date.kind in ("deadline", "duration") or is_period(text, date.start, mention):
            continue
        if any(o.start <= date.start < o.end for o in others if o is not mention):
            continue  # "replaces the 2015 accord": the date of another instrument
        if any(anchor <= c.start < date.start and c.stage is not cue.stage for c in cues):
            continue  # "ratified the treaty signed in 2023": the date of the other stage
        if (
            date.start >= cue.end
            and (
                (date.start - anchor <= 45 and "," not in text[anchor : date.start].strip(" ,"))
                or _PARTNERS_THEN.fullmatch(text, anchor, date.start)
            )
            and not _OTHER_CLAUSE.search(text, anchor, date.start)
            and not _CLAUSE_TURN.search(text, anchor, date.start)  # ", and in April 2024 a"
        ):
            return date.value
    points = [
        d
        for d in _dates(doc, max(sent[0], floor), cue.start)
        if d.kind in ("point", "range")
        and not any(o.start <= d.start < o.end for o in others if o is not mention)
        and text.count("(", sent[0], d.start) <= text.count(")", sent[0], d.start)
        and not is_period(text, d.start, mention)
    ]
    if points:
        return points[-1].value
    return lead_date(doc)


#: A period an instrument covers, not the day it was made: "a programme for 2025-2027",
#: "valid until 2030", "for the period 2024-2026", "the 2024-2026 action plan".
_PERIOD_BEFORE = re.compile(
    r"\b(?:for|until|till|through|covering|valid\s+(?:until|till|through|to))\s+"
    r"(?:the\s+(?:years?|period)\s+(?:of\s+|from\s+)?)?$",
    re.I,
)


def is_period(text: str, date_start: int, mention: InstrumentMention | None = None) -> bool:
    """Whether the date at ``date_start`` is the period an instrument covers rather than
    the date of its stage (among the words before the instrument's head noun, or after
    "for", "until", "covering", "for the period")."""
    if (
        mention is not None
        and mention.start <= date_start < mention.end
        and text.find(mention.head, date_start, mention.end) >= 0
    ):
        return True  # before the head noun: "the 2024-2026 action plan"
    return _PERIOD_BEFORE.search(text, max(0, date_start - 40), date_start) is not None


def lead_date(doc: Doc) -> str | None:
    """The day of the story's event: a day in the lead (first two sentences) within a week
    before publication ("on Friday" in a Saturday story), else the publication date."""
    published = doc._.published
    if published is None:
        return None
    cached = doc.user_data.get("caspian.lead_date")
    if isinstance(cached, str):
        return cached
    bounds: list[tuple[int, int]] = doc._.sentences or [(0, len(text_of(doc)))]
    value: str = published.isoformat()
    lead_end = bounds[min(2, len(bounds) - 1)][1]  # a headline, then the lead
    # (speed) a lead that can name no day has no day to give: its dates are not looked for
    named = may_name_day(text_of(doc), 0, lead_end)
    for mention in dates_in(doc, 0, lead_end) if named else ():
        if mention.kind != "point" or len(mention.value) != 10:
            continue
        try:
            day = date.fromisoformat(mention.value)
        except ValueError:
            continue
        if timedelta(days=1) <= published - day <= timedelta(days=7):
            value = mention.value
            break
    doc.user_data["caspian.lead_date"] = value
    return value


def _date_superseded(doc: Doc, facts: list[AgreementFact]) -> list[AgreementFact]:
    """An instrument is superseded when its successor is made: the date of the replacing
    instrument's stage in the sentence, else the story's day (not the old one's own date)."""
    if not any(f.stage is Stage.SUPERSEDED for f in facts):
        return facts
    newer = [f for f in facts if not (f.rule or "").startswith("agreement.replaced")]
    newer.sort(key=lambda f: f.stage is not Stage.IN_FORCE)  # replaced when in force
    when = newer[0].date if newer else lead_date(doc)
    return [
        f.model_copy(update={"date": when})
        if f.stage is Stage.SUPERSEDED and f.rule == "agreement.replaced"
        else f
        for f in facts
    ]


__all__ = ["lead_date"]

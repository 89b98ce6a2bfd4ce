"""Date expressions in news text, resolved against the publication date.

:func:`find_dates` is a pure function: compiled regular expressions over the whole text,
no spaCy. Each :class:`DateMention` carries an ISO partial date (``2025``, ``2025-10``,
``2025-10-21``) as precise as the text is, and a kind:

- ``point``: a day, month or year something happened or happens on ("on 24 January
  2024", "in October", "last year", "on Tuesday");
- ``deadline``: a date something is due by ("by 2030", "by the end of 2026", "until
  2027", "the target year 2030", "within the next three years");
- ``since``: the start of a continuing state ("since 2011");
- ``range``: a span of years or months; the value is its start ("2020-2025" -> 2020,
  "2022-23" -> 2022, "January-October 2024" -> 2024-01);
- ``duration``: a span counted from publication ("over the next 20 years", "for 25
  years", "over the next decade"); the value is its last year.

Resolution rules (kept deliberately simple):

- A month and day without a year ("on Aug. 8", "February 13") take the publication
  year; if that puts them more than :data:`FUTURE_SLACK_DAYS` after publication and the
  surrounding words carry no future marker ("will", "plans", "next", "scheduled", ...),
  the previous year is used instead (a past event reported late in the year after).
- A bare month ("in October", "the October visit") is the most recent such month on or
  before the publication month, or the next one when the clause has a future marker.
  "last July" is the most recent July strictly before the publication month and
  "next March" the first one strictly after it.
- A weekday ("on Tuesday") is the most recent such day on or before publication
  ("next Tuesday": the first one after).
- "this year", "last year", "next year", "this month", "last month", "today",
  "yesterday" resolve directly ("the past year" is a rolling twelve months and is not
  reported). Without a publication date, relative expressions are not reported.
- "within the next three years", "in three years", "within the next decade" are
  deadlines counted from the publication year.
- "late 2025", "mid-2025", "the second half of 2025", "the first quarter of 2026" keep
  year precision.
- Decades ("the 1990s"), ordinals ("the 20th anniversary") and years inside quantities
  ("2000 km") are not dates.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from caspian.extract.factoring import any_of
from caspian.extract.folding import fold_key
from caspian.extract.sentences import context_window

DateKind = Literal["point", "deadline", "since", "range", "duration"]

#: A month-day date without a year may lie this many days after publication and still
#: be read in the publication year (announcements of events a few days ahead).
FUTURE_SLACK_DAYS = 7


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression: its character span in the text and its resolved value."""

    start: int
    end: int
    text: str
    value: str
    kind: DateKind
    relative: bool


def add_years(published: date | None, years: int) -> str | None:
    """The year `years` after the publication year, as an ISO year ("2028"); None if unknown."""
    if published is None:
        return None
    return f"{published.year + years:04d}"


_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
_NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "twenty-five": 25, "thirty": 30, "a": 1, "a couple of": 2, "a few": 3,
}  # fmt: skip

_FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_ABBR_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?P<month>{_FULL_MONTH}|{_ABBR_MONTH})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_NOT_QUANTITY = (
    r"(?![\d,.]*\d)(?!s\b)(?!\s*(?:%|per\s*cent|percent|km|kilomet\w*|miles|tonn\w*|tons|MW|GW|"
    r"bcm|TEU|teu|people|units|barrels|cubic|billion|million|thousand|trillion)\b)"
)
_WORD_NUM = "|".join(sorted((re.escape(word) for word in _NUMBER_WORDS), key=len, reverse=True))
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to|plans?|planned|planning|scheduled|expected|"
    r"set\s+to|due|upcoming|intends?|next|forthcoming|to\s+be\s+held|start(?:ing|s)?|"
    r"begin(?:ning|s)?|from)\b",
    re.IGNORECASE,
)
# (speed) read only for whether it matches: factored by first letter
_FUTURE = any_of(_FUTURE)

# Cue words before a date that decide its kind. Matched against the text just before it.
_CUE = re.compile(
    r"(?P<cue>\b(?:(?:no\s+later\s+than|by|until|till|before)(?:\s+the\s+(?:end|close)\s+of)?"
    r"|(?:the\s+)?target\s+year(?:\s+of)?|deadline\s+of|since|from)\s+(?:the\s+year\s+)?)$",
    re.IGNORECASE,
)
_CUE_KIND: dict[str, DateKind] = {
    "by": "deadline", "until": "deadline", "till": "deadline", "before": "deadline",
    "no": "deadline", "target": "deadline", "the": "deadline", "deadline": "deadline",
    "since": "since",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    value: str
    kind: DateKind
    relative: bool
    cue_ok: bool = True  # whether a preceding cue ("by", "since") may change the kind


_Resolver = Callable[[re.Match[str], str, date | None], _Hit | None]


def _month_number(name: str) -> int:
    return _MONTHS[fold_key(name.rstrip("."))]


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= monthrange(year, month)[1]


def _future_context(text: str, start: int, end: int) -> bool:
    """A future marker in the clause around a date (same sentence, ~80 characters)."""
    left = text[max(0, start - 80) : start]
    cut = max(left.rfind(". "), left.rfind("\n"))
    if cut >= 0:
        left = left[cut + 1 :]
    right = text[end : end + 40]
    cut = right.find(". ")
    if cut >= 0:
        right = right[:cut]
    return bool(_FUTURE.search(left) or _FUTURE.search(right))


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


# --- resolvers ---------------------------------------------------------------------------


def _r_iso(m: re.Match[str], text: str, published: date | None) -> _Hit | None:
    year, month, day = int(m["year"]), int(m["m"]), int(m["d"])
    if not _valid_day(year, month, day):
        return None
    return _Hit(m.start(), m.end(), _iso(year, month, day), "point", False)


def _r_slash(m: re.Match[str], text: str, published: date | None) -> _Hit | None:
    first, second, year = int(m["a"]), int(m["b"]), int(m["year"])
    month, day = (first, second) if first <= 12 else (second, first)  # US order unless impossible
    if not _valid_day(year, month, day):
        return None
    return _Hit(m.start(), m.end(), _iso(year, month, day), "point", False)


def _r_full(m: re.Match[str], text: str, published: date | None) -> _Hit | None:
    year, month, day = int(m["year"]), _month_number(m["month"]), int(m["day"])
    if not _valid_day(year, month, day):
        return None
    return _Hit(m.start(), m.end(), _iso(year, month, day), "point", False)


def _r_month_year(m: re.Match[str], text: str, published: date | None) -> _Hit | None:
    return _Hit(m.start(), m.end(), _iso(int(m["year"]), _month_number(m["month"])), "point", False)


def _r_month_range(m: re.Match[str], text: str, published: date | None) -> _Hit | None:
    value = _iso(int(m["year"]), _month_number(m["month"]))
    return _Hit(m.start(), m.end(), value, "range", False, cue_ok=False)


def _r_month_day(m: re.Match[str], text: str, published: date | None) -> _Hit | None:
    if published is None:
        return None
    month, day = _month_number(m["month"]), int(m["day"])
    year = published.year
    if not _valid_day(year, month, day) and not _valid_day(year - 1, month, day):
        return None
    if _valid_day(year, month, day):
        candidate = date(year, month, day)
        late = candidate > published + timedelta(days=FUTURE_SLACK_DAYS)
        if late and not _future_context(text, m.start(), m.end()):
            year -= 1
    else:
        year -= 1  # 29 February of a non-leap year: the previous year cannot help either
        if not _valid_day(year, month, day):
            return None
    return _Hit(m.start(), m.end(), _iso(year, month, day), "point", True)


def _r_month(m: re.Match[str], text: str, published: date | None) -> _Hit | None:
    if published is None:
        return None
    month = _month_number(m["month"])
    which = (m["which"] or "").lower()
    if month == 5 and not which:
        return None  # "May" alone is too often a name or a verb
    year = published.year
    if which == "last":
        year = year if month < published.month else year - 1
    elif which == "next":
        year = year if month > published.month else year + 1
    elif which == "this":
        pass
    elif month > published.month:
        if not _future_context(text, m.start(), m.end()):
            year -= 1
    elif month < published.month and _future_context(text, m.start(), m.end()):
        year += 1
    start = m.start("which") if which in ("last", "next", "this") else m.start("month")
    return _Hit(start, m.end(), _iso(year, month), "point", True)


def _r_weekday(m: re.Match[str], text: str, published: date | None) -> _Hit | None:
    if published is None:
        return None
    weekday = _WEEKDAYS[fold_key(m["weekday"])]
    if fold_key(m["which"] or "") == "next":
        delta = (weekday - published.weekday()) % 7 or 7
        day = published + timedelta(days=delta)
    else:
        day = published - timedelta(days=(published.weekday() - weekday) % 7)
    start = m.start("which") if m["which"] else m.start("weekday")
    return _Hit(start, m.end(), day.isoformat(), "point", True)


def _r_relative(m: re.Match[str], text: str, published: date | None) -> _Hit | None:
    if published is None:
        return None
    which, unit = fold_key(m["which"]), fold_key(m["unit"])
    shift = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}[which]
    if unit == "year":
        value = _iso(published.year + shift)
    else:
        month_index = published.year * 12 + published.month - 1 + shift
        value = _iso(month_index // 12, month_index % 12 + 1)
    return _Hit(m.start(), m.end(), value, "point", True)


def _r_day_word(m: re.Match[str], text: str, published: date | None) -> _Hit | None:
    if published is None:
        return None
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[fold_key(m["word"])]
    return _Hit(m.start(), m.end(), (published + timedelta(days=shift)).isoformat(), "point", True)


def _r_year_part(m: re.Match[str], text: str, published: date | None) -> _Hit | None:
    year = m["year"]
    if year is None:
        if published is None:
            return None
        return _Hit(m.start(), m.end(), _iso(published.year), "point", True)
    return _Hit(m.start(), m.end(), year, "point", False)


def _r_year_range(m: re.Match[str], text: str, published: date | None) -> _Hit | None:
    first = int(m["year"])
    second = m["second"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if not first < last <= first + 50:
        return None
    return _Hit(m.start(), m.end(), _iso(first), "range", False, cue_ok=False)


_AMOUNT_BEFORE = re.compile(r"[$€£¥₽#№]\s?$|\d[,.]$")


def _r_year(m: re.Match[str], text: str, published: date | None) -> _Hit | None:
    before = text[max(0, m.start() - 2) : m.start()]
    if _AMOUNT_BEFORE.search(before):
        return None
    return _Hit(m.start(), m.end(), m["year"], "point", False)


def _r_within(m: re.Match[str], text: str, published: date | None) -> _Hit | None:
    raw = fold_key(m["n"]) or "one"
    years = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    if fold_key(m["unit"]).startswith("decade"):
        years *= 10
    value = add_years(published, years)
    if value is None:
        return None
    kind: DateKind = "duration" if fold_key(m["lead"]) in ("over", "for", "during") else "deadline"
    return _Hit(m.start(), m.end(), value, kind, True, cue_ok=False)


_IGNORE = re.IGNORECASE
_RULES: list[tuple[re.Pattern[str], _Resolver]] = [
    (re.compile(rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _r_iso),
    (re.compile(rf"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/{_YEAR}\b"), _r_slash),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"), _r_full),
    (re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*[-–]\s*[0-3]?\d)?,?\s+{_YEAR}\b"), _r_full),
    (re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"), _r_month_year),
    (
        re.compile(
            rf"\b{_MONTH}\s*(?:[-–]|to|through)\s*(?:{_FULL_MONTH}|{_ABBR_MONTH}),?\s+{_YEAR}\b"
        ),
        _r_month_range,
    ),
    (
        re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*[-–]\s*[0-3]?\d)?\b(?!\s*[,.]?\s*\d)(?!:)"),
        _r_month_day,
    ),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s+\d)"), _r_month_day),
    (
        re.compile(
            r"\b(?:(?P<which>last|next|this|(?:in|on|since|by|until|early|mid|late|from|during"
            r"|of|the)\b)[\s-]+)?"
            rf"(?P<month>{_FULL_MONTH})\b(?!\s+\d)"
        ),
        _r_month,
    ),
    (
        re.compile(
            r"\b(?:(?P<which>last|next|this|on|from|since|until|by)\s+)?"
            r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s+"
            rf"(?:{_FULL_MONTH}|{_ABBR_MONTH}|\d))"
        ),
        _r_weekday,
    ),
    (
        re.compile(
            r"\b(?P<which>this|current|last|previous|next|coming)\s+(?P<unit>year|month)\b",
            _IGNORE,
        ),
        _r_relative,
    ),
    (re.compile(r"\b(?P<word>today|yesterday|tomorrow)\b", _IGNORE), _r_day_word),
    (
        re.compile(
            r"\b(?:(?:the\s+)?(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of"
            r"|(?:first|second|third|fourth|last)\s+(?:half|quarter)\s+of)[\s-]+(?:the\s+year\s+)?)"
            rf"(?:{_YEAR}|(?:this|the)\s+year)\b{_NOT_QUANTITY}",
            _IGNORE,
        ),
        _r_year_part,
    ),
    (re.compile(rf"\b{_YEAR}\s*[-–/]\s*(?P<second>(?:19|20)\d\d|\d\d)\b(?![-/]\d)"), _r_year_range),
    (
        re.compile(
            rf"\b(?:between|from)\s+{_YEAR}\s+(?:and|to|until|through)\s+"
            r"(?P<second>(?:19|20)\d\d)\b",
            _IGNORE,
        ),
        _r_year_range,
    ),
    (
        re.compile(
            r"\b(?P<lead>within|in|over|for)\s+(?:the\s+)?(?:next|coming|following)?\s*"
            rf"(?P<n>\d{{1,2}}|{_WORD_NUM})\s+(?P<unit>years?|decades?)\b(?!\s+(?:ago|since|old))",
            _IGNORE,
        ),
        _r_within,
    ),
    (
        re.compile(
            r"\b(?P<lead>within|in|over|for|during)\s+the\s+(?:next|coming|following)\s+"
            r"(?P<n>)(?P<unit>decade)\b",
            _IGNORE,
        ),
        _r_within,
    ),
    (re.compile(rf"(?<![\w.-]){_YEAR}\b{_NOT_QUANTITY}(?![-–/]\d)"), _r_year),
]


#: What every match of each rule contains (in the order of :data:`_RULES`): a year
#: ("19" or "20" and two digits), a digit, a month name, a weekday, or one of the words
#: "year", "month", "decade", "today", "yesterday", "tomorrow" (any case). A rule runs
#: only where all it needs is in the text (see :func:`_cores`): most sentences have none.
#: A bare month ("in October") is a full month name ("month_name"); a part of a year
#: ("early 2025", "the second half of this year") has a word of :data:`_PART_CORE`.
_RULE_CORES: tuple[tuple[str, ...], ...] = (
    ("year",), ("year",), ("month", "year"), ("month", "year"), ("month", "year"),
    ("month", "year"), ("month", "digit"), ("month", "digit"), ("month_name",), ("weekday",),
    ("relative", "which"), ("dayword",), ("year_part", "part"), ("year",), ("year", "between"),
    ("within", "counted"), ("decade",), ("year",),
)  # fmt: skip
#: Where every match of each rule begins (in the order of :data:`_RULES`): at a year
#: ("year"), at a digit after a word boundary ("digit"), at a month's first three letters
#: ("month"), or anywhere (None: the rule is searched for as before). A rule with a start
#: is tried only at those positions (see :func:`_starts`): the same matches as a search
#: through the text, without trying the rule at every position.
_RULE_STARTS: tuple[str | None, ...] = (
    "year", "digit", "digit", "month", "month", "month", "month", "digit", "month_lead",
    "weekday_lead", None, None, None, "year", None, None, None, "year",
)  # fmt: skip
_RULES_CORES = [(p, r, c) for (p, r), c in zip(_RULES, _RULE_CORES, strict=True)]
#: What :func:`find_dates` runs: each rule with what it needs and where it may begin.
_PLAN = [(p, r, c, s) for (p, r, c), s in zip(_RULES_CORES, _RULE_STARTS, strict=True)]
_DIGIT = re.compile(r"\d")
_MONTH_CORES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAY_CORES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
#: The words one of which every part of a year has (in the case rule 12 ignores).
_PART_WORDS = ("early", "mid", "late", "end", "beginning", "start", "half", "quarter")
_PART_CORE = re.compile("|".join(_PART_WORDS), re.I)
# one search for any of several words (the same as a substring test for each)
_MONTH_CORE = re.compile("|".join(_MONTH_CORES))
_WEEKDAY_CORE = re.compile("|".join(_WEEKDAY_CORES))
#: What the word before "year" or "month" ends with in rule 10, and before "year" or
#: "decade" in rule 15 (a number: "five", "twenty-five", "a couple of", digits).
_RELATIVE_WORDS = ("this", "current", "last", "previous", "next", "coming")
_COUNTS = (*_NUMBER_WORDS, *"0123456789")


def _word_before(folded: str, units: tuple[str, ...], endings: tuple[str, ...]) -> bool:
    """Whether one of `units` occurs in `folded` after white space that follows a text
    ending with one of `endings` (a superset of where rules 10 and 15 match, in ASCII
    text: their word before the unit, then white space, then the unit)."""
    for unit in units:
        position = folded.find(unit)
        while position >= 0:
            gap = position
            while gap > 0 and folded[gap - 1].isspace():
                gap -= 1
            if gap < position and folded.endswith(endings, 0, gap):
                return True
            position = folded.find(unit, position + 1)
    return False


#: In one pass: where a year begins (one character: the match of _START_PATTERNS["year"]),
#: a month's first three letters (_MONTH_CORE) and a weekday (longer). None of them
#: begins inside another, so the passes for each alone find the same.
_KEYS = re.compile(
    r"1(?=9\d\d)|2(?=0\d\d)|" + "|".join(_MONTH_CORES) + "|" + "|".join(_WEEKDAY_CORES)
)


def _cores(text: str, start: int, end: int, starts: dict[str, list[int]] | None = None) -> set[str]:
    """The kinds of word found in text[start:end] (see :data:`_RULE_CORES`; "digit" is
    only looked for where there is a month, the one kind of rule that needs it). The
    starts of years and months found on the way go into `starts` (see :func:`_starts`)."""
    found: set[str] = set()
    window = text[start:end]
    years: list[int] = []
    months: list[int] = []
    weekdays: list[int] = []
    for match in _KEYS.finditer(text, start, end):
        size = match.end() - match.start()
        if size == 1:
            years.append(match.start())
        elif size == 3:
            months.append(match.start())
        else:
            weekdays.append(match.start())
    if weekdays:
        found.add("weekday")
    if years:
        found |= {"digit", "year", "year_part"}
    plain = window.isascii()
    if months:
        found.add("month")
        if not years and (
            any(digit in window for digit in "0123456789") if plain else _DIGIT.search(window)
        ):  # (speed: in ASCII text the digits that "\d" matches are these)
            found.add("digit")
        if any(name in window for name in _MONTH_NAMES):  # (speed: a plain search for each)
            found.add("month_name")
    if starts is not None:
        starts["year"] = years
        starts["month"] = months
        starts["weekday"] = weekdays
    folded = window.casefold()  # what IGNORECASE matches ("ſ" is an "s")
    if "year" in folded:
        found |= {"relative", "year_part", "within"}
    if "month" in folded:
        found.add("relative")
    if "decade" in folded:
        found |= {"within", "decade"}
    if "today" in folded or "yesterday" in folded or "tomorrow" in folded:
        found.add("dayword")
    # the words of rules 10 and 14 before the year or unit, in a text of ASCII letters only
    # (where IGNORECASE is what casefold matches: "ı" is an "i" to it, "ﬅ" is not "st")
    if "relative" in found and (
        not plain or _word_before(folded, ("year", "month"), _RELATIVE_WORDS)
    ):
        found.add("which")
    if "within" in found and (not plain or _word_before(folded, ("year", "decade"), _COUNTS)):
        found.add("counted")
    if "year" in found and (not plain or "between" in folded or "from" in folded):
        found.add("between")
    if "year_part" in found and (
        any(word in folded for word in _PART_WORDS)  # (speed: a plain search for each)
        or (not plain and _PART_CORE.search(window))  # ("ı" is an "i" to it)
    ):
        found.add("part")
    return found


#: Where a rule with a start may match (see :data:`_RULE_STARTS`). Each pattern begins
#: with a character class or literal, so ``re`` skips to the next candidate character.
_START_PATTERNS: dict[str, re.Pattern[str]] = {
    "year": re.compile(r"1(?=9\d\d)|2(?=0\d\d)"),  # where _YEAR matches
    "digit": re.compile(r"\d(?<!\w\d)"),  # "\b\d"
    "month": _MONTH_CORE,  # how _MONTH and _FULL_MONTH begin
    "weekday": _WEEKDAY_CORE,
}
#: The rules whose match is a month (rule 8) or a weekday (rule 9) after an optional word
#: ("last", "in", ...) and white space (or hyphens: ``hyphen``): they begin at the month
#: or weekday, or at one of these words right before it.
_MONTH_LEADS = (
    "last", "next", "this", "in", "on", "since", "by", "until", "early", "mid", "late", "from",
    "during", "of", "the",
)  # fmt: skip
_WEEKDAY_LEADS = ("last", "next", "this", "on", "from", "since", "until", "by")
_LEADS: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "month_lead": ("month", _MONTH_LEADS, True),
    "weekday_lead": ("weekday", _WEEKDAY_LEADS, False),
}


def _by_length(words: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """The words grouped by length (one slice and one set lookup per length)."""
    sizes = sorted({len(word) for word in words})
    return tuple((size, frozenset(w for w in words if len(w) == size)) for size in sizes)


_LEAD_SIZES = {kind: _by_length(words) for kind, (_anchor, words, _hyphen) in _LEADS.items()}


def _starts(
    kind: str, text: str, lo: int, hi: int, known: dict[str, list[int]] | None = None
) -> list[int]:
    """The positions in [lo, hi) where a rule of start `kind` may match (`known`: the
    starts of months and weekdays already found in [lo, hi), see :func:`_cores`)."""
    if kind in _LEADS:
        anchors = known.get(_LEADS[kind][0]) if known is not None else None
        return _lead_starts(kind, text, lo, hi, anchors)
    return [match.start() for match in _START_PATTERNS[kind].finditer(text, lo, hi)]


def _lead_starts(
    kind: str, text: str, lo: int, hi: int, anchors: list[int] | None = None
) -> list[int]:
    """The starts of a month or weekday in [lo, hi) and those of the words of
    :data:`_LEADS` (as whole strings) that end where the white space (or hyphens) right
    before one begins."""
    anchor, _words, hyphen = _LEADS[kind]
    sizes = _LEAD_SIZES[kind]
    found: list[int] = []
    if anchors is None:
        anchors = [match.start() for match in _START_PATTERNS[anchor].finditer(text, lo, hi)]
    for position in anchors:
        gap = position
        while gap > lo and (text[gap - 1].isspace() or (hyphen and text[gap - 1] == "-")):
            gap -= 1  # the characters "\s" (or "[\s-]") matches
        if gap < position:
            for size, group in sizes:
                begin = gap - size
                if begin >= lo and text[begin:gap] in group:
                    found.append(begin)
        found.append(position)
    return sorted(set(found))


def _matches(
    pattern: re.Pattern[str], text: str, lo: int, hi: int, starts: list[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` when every match begins at one of `starts` (sorted)
    and none is empty: the first match at or after the end of the previous one."""
    done = lo
    match_at = pattern.match
    for position in starts:
        if position >= done:
            match = match_at(text, position, hi)
            if match is not None:
                yield match
                done = match.end()


#: The last word of every match of :data:`_CUE` (before its white space and an optional
#: "the year"): "by", "until", "till", "before", "than", "of", "year", "since", "from".
_CUE_LAST = frozenset({"by", "until", "till", "before", "than", "of", "year", "since", "from"})


def _cue_word_fails(text: str, lo: int, end: int) -> bool:
    """(Speed) Whether no match of :data:`_CUE` can end at `end` in text[lo:end] (white
    space ends there): the run of word characters before that white space, an ASCII word,
    is none of :data:`_CUE_LAST`. Every match's last word is such a whole run (white space
    or a word boundary comes before it in the pattern); a word with other letters (which
    the pattern may match by case folding) is left to the pattern."""
    stop = end
    while stop > lo and text[stop - 1].isspace():
        stop -= 1
    begin = stop
    while begin > lo and (text[begin - 1].isalnum() or text[begin - 1] == "_"):
        begin -= 1
    word = text[begin:stop]
    return word.isascii() and word.lower() not in _CUE_LAST


def _apply_cue(hit: _Hit, text: str) -> _Hit:
    if not hit.cue_ok or not text[hit.start - 1 : hit.start].isspace():
        return hit  # (a cue ends in white space right before the date)
    lo = max(0, hit.start - 40)
    if _cue_word_fails(text, lo, hit.start):
        return hit
    cue = _CUE.search(text[lo : hit.start])
    if cue is None:
        return hit
    word = fold_key(cue["cue"].split()[0])
    if word == "from":  # "from 2020" alone is a start, not a deadline; leave it a point
        return hit
    kind = _CUE_KIND.get(word, "point")
    start = hit.start - len(cue["cue"])
    return _Hit(start, hit.end, hit.value, kind, hit.relative)


#: What a date with a day (a value "YYYY-MM-DD") holds: a digit (an ISO, slashed, full or
#: month-and-day date), a weekday or a word "today", "yesterday", "tomorrow".
_DAY_CORE = re.compile(r"\d|" + "|".join(_WEEKDAY_CORES))
_DAY_WORDS = ("today", "yesterday", "tomorrow")


def _holds(window: str, words: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` (``\\d`` or one of `words`, case-sensitive) matches in `window`,
    as ``pattern.search(text, start, end)`` does in the text the window is cut from (speed:
    in ASCII text, plain searches for the ten digits and the words)."""
    if window.isascii():
        return any(digit in window for digit in "0123456789") or any(
            word in window for word in words
        )
    return pattern.search(window) is not None


def may_name_day(text: str, start: int, end: int) -> bool:
    """Whether a date mention lying inside text[start:end] may have a day's value (10
    characters): every rule that resolves to a day matches a digit, a weekday or one of
    the words "today", "yesterday", "tomorrow" (in any case), inside the mention (a
    preceding cue, "by", "since", only widens it). False: no date inside has one."""
    if _holds(text[max(start, 0) : max(end, 0)], _WEEKDAY_CORES, _DAY_CORE):
        return True
    folded = text[start:end].casefold()  # what IGNORECASE matches ("ſ" is an "s")
    return any(word in folded for word in _DAY_WORDS)


#: What a date with a month (a value of 7 characters or more) holds besides: a month's name.
_MONTH_DAY_CORE = re.compile(r"\d|" + "|".join((*_WEEKDAY_CORES, *_MONTH_CORES)))
_MONTH_WORDS = (*_DAY_WORDS, "month")


def may_name_month(text: str, start: int, end: int) -> bool:
    """Whether a date mention lying inside text[start:end] may have a month's or a day's
    value (7 or 10 characters): every rule that resolves to one matches a digit, a month's
    name, a weekday, "today", "yesterday", "tomorrow" or "month" ("this month"), inside
    the mention. False: no date inside has one."""
    if _holds(text[max(start, 0) : max(end, 0)], (*_WEEKDAY_CORES, *_MONTH_CORES), _MONTH_DAY_CORE):
        return True
    folded = text[start:end].casefold()  # what IGNORECASE matches ("ſ" is an "s")
    return any(word in folded for word in _MONTH_WORDS)


#: The rules of :data:`_PLAN` that can match where the kinds of word found are these
#: (see :func:`_plan_for`), by the set of kinds.
_PLANS: dict[frozenset[str], list[tuple[re.Pattern[str], _Resolver, str | None]]] = {}


def _plan_for(cores: frozenset[str]) -> list[tuple[re.Pattern[str], _Resolver, str | None]]:
    """The rules to run where the kinds of word found are `cores`, in the order of
    :data:`_PLAN`: those all of whose needed kinds are there (each rule's every match
    contains words of these kinds). Worked out once per set of kinds (there are few)."""
    plan = _PLANS.get(cores)
    if plan is None:
        plan = _PLANS[cores] = [
            (pattern, resolver, start_kind)
            for pattern, resolver, needs, start_kind in _PLAN
            if cores.issuperset(needs)
        ]
    return plan


def find_dates(
    text: str, *, published: date | None, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """Every date expression in `text`, sorted by position and non-overlapping.

    Where expressions overlap, the longest one wins ("24 January 2024" over "January
    2024" over "2024"). `published` resolves relative expressions; without it they are
    skipped. With `start`/`end`, only the expressions that begin in ``text[start:end]``
    (a sentence), looked for with some context around it
    (:func:`caspian.extract.sentences.context_window`).
    """
    size = len(text)
    stop = size if end is None else min(end, size)
    if start <= 0 and stop >= size:
        lo, hi = 0, size
    else:
        lo, hi = context_window(text, start, stop)
    hits: list[_Hit] = []
    starts: dict[str, list[int]] = {}
    cores = _cores(text, lo, hi, starts)
    if not cores:
        return []  # no rule can match (every rule needs some kind of word)
    for pattern, resolver, start_kind in _plan_for(frozenset(cores)):
        if start_kind is None:
            matches: Iterable[re.Match[str]] = pattern.finditer(text, lo, hi)
        else:
            where = starts.get(start_kind)
            if where is None:
                where = starts[start_kind] = _starts(start_kind, text, lo, hi, starts)
            matches = _matches(pattern, text, lo, hi, where)
        for match in matches:
            hit = resolver(match, text, published)
            if hit is not None:
                hits.append(hit)
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    taken: list[_Hit] = []
    occupied = bytearray(hi - lo)
    for hit in hits:
        if occupied.find(1, hit.start - lo, hit.end - lo) == -1:
            occupied[hit.start - lo : hit.end - lo] = b"\x01" * (hit.end - hit.start)
            if start <= hit.start < stop or (start <= 0 and stop >= size):
                taken.append(hit)
    taken.sort(key=lambda h: h.start)
    mentions: list[DateMention] = []
    for hit in taken:
        final = _apply_cue(hit, text)
        mentions.append(
            DateMention(
                start=final.start,
                end=final.end,
                text=text[final.start : final.end],
                value=final.value,
                kind=final.kind,
                relative=final.relative,
            )
        )
    return mentions


#: the component's versioned name, and its spaCy factory name (no dots allowed there)
COMPONENT = "caspian.dates.v1"
FACTORY = COMPONENT.replace(".", "_")


def _register_component() -> None:
    from spacy.language import Language
    from spacy.tokens import Doc

    from caspian.extract import base

    base.register_extensions()
    if Language.has_factory(FACTORY):
        return

    @Language.component(FACTORY, assigns=["doc._.dates"])
    def dates_component(doc: Doc) -> Doc:
        """Make ``doc._.dates`` available: found lazily, sentence by sentence, by
        :func:`find_dates` resolved against ``doc._.published`` (see
        :func:`caspian.extract.base.dates_in`)."""
        return doc


_register_component()

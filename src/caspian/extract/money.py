"""Money and physical quantities in news text.

:func:`find_quantities` is a pure function over the whole text (compiled regular
expressions, no spaCy). It reads amounts such as "$25 billion", "USD 1.2 bn",
"US$1.2bn", "€300 million", "two billion euros", ranges ("from $62 million to $344
million", "between 62 and 344 million dollars"), qualifiers ("nearly", "over", "up
to", "at least") and physical units (tonnes, TEU, cubic metres, barrels, km, MW,
percent). Values are in base units: "$1.2bn" is 1_200_000_000 USD, "20 bcm" is
20_000_000_000 cubic_meters, "5 million tonnes" is 5_000_000 tonnes.

Currencies other than the US dollar keep their own unit (ISO 4217 code) and also get
`usd`, converted with :data:`USD_PER_UNIT` (one fixed table: annual average rates, with
their source). The conversion is for comparing orders of magnitude, not for accounting.
A dollar sign with a country's prefix ("A$", "AU$", "C$", "CA$", "NZ$", "S$", "SG$",
"HK$", "R$") or a country's dollars ("Australian dollars") is that country's currency
(AUD, CAD, NZD, SGD, HKD, BRL), never the US dollar; "US$" and a bare "$" are.
A bare scaled number without a unit ("nearly 300 million people", "12 billion next
year") is reported with unit ``count``. "¥" is read as yen unless the text within 150
characters speaks of China (yuan, renminbi, RMB, China, Chinese, Beijing). A
one-letter scale ("$5m", "$2b") counts only right after a currency sign or code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from caspian.extract.sentences import context_window

Qualifier = Literal["about", "over", "under", "up_to", "at_least"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """One amount: its character span, value (base units), optional upper bound and unit."""

    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    unit: str
    qualifier: Qualifier | None
    usd: float | None


@dataclass(frozen=True, slots=True)
class Rate:
    """US dollars per one unit of a currency, with where the figure comes from."""

    usd: float
    source: str


_WB_2024 = (
    "World Bank WDI 'Official exchange rate (LCU per US$, period average)', 2024, as "
    "tabulated by knoema.com (CIS table); inverted and rounded"
)
_APPROX_2024 = (
    "approximate 2024 annual average market rate (IRS 'Yearly Average Currency Exchange "
    "Rates' 2024 / central bank averages), inverted and rounded; verify before analysis"
)
#: US dollars per unit of currency (2024 annual averages). Pegged currencies use the peg.
USD_PER_UNIT: dict[str, Rate] = {
    "USD": Rate(1.0, "identity"),
    "EUR": Rate(1.082, _APPROX_2024),
    "GBP": Rate(1.278, _APPROX_2024),
    "JPY": Rate(1 / 151.4, _APPROX_2024),
    "CNY": Rate(1 / 7.19, _APPROX_2024),
    "RUB": Rate(1 / 92.8, _APPROX_2024),
    "TRY": Rate(1 / 32.8, _APPROX_2024),
    "AED": Rate(1 / 3.6725, "UAE dirham peg to the US dollar (3.6725 AED per USD)"),
    "INR": Rate(1 / 83.7, _APPROX_2024),
    "KRW": Rate(1 / 1364.0, _APPROX_2024),
    "KZT": Rate(1 / 469.0, _WB_2024),
    "AZN": Rate(1 / 1.7, "Central Bank of Azerbaijan fixed rate (1.70 AZN per USD since 2017)"),
    "AMD": Rate(1 / 392.7, _WB_2024),
    "KGS": Rate(1 / 87.2, _WB_2024),
    "TJS": Rate(1 / 10.8, _WB_2024),
    "UZS": Rate(1 / 12650.0, _APPROX_2024),
    "AUD": Rate(1 / 1.516, _APPROX_2024),
    "CAD": Rate(1 / 1.370, _APPROX_2024),
    "NZD": Rate(1 / 1.652, _APPROX_2024),
    "SGD": Rate(1 / 1.336, _APPROX_2024),
    "HKD": Rate(1 / 7.80, "Hong Kong dollar linked to the US dollar (7.75-7.85 HKD per USD)"),
    "BRL": Rate(1 / 5.39, _APPROX_2024),
}

# Symbols and codes written before the amount, and names written after it.
_PREFIX_CURRENCY: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "u.s.$": "USD", "€": "EUR", "eur": "EUR",
    "£": "GBP", "gbp": "GBP", "¥": "JPY", "cny": "CNY", "rmb": "CNY", "jpy": "JPY",
    "₽": "RUB", "rub": "RUB", "₸": "KZT", "kzt": "KZT", "try": "TRY", "₺": "TRY",
    "aed": "AED", "inr": "INR", "₹": "INR", "krw": "KRW",
    "₩": "KRW", "azn": "AZN", "₼": "AZN", "amd": "AMD", "kgs": "KGS", "tjs": "TJS",
    "uzs": "UZS",
    # a dollar sign with its country's prefix is that country's dollar, never the US one
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "c$": "CAD", "ca$": "CAD", "cad": "CAD",
    "nz$": "NZD", "nzd": "NZD", "s$": "SGD", "sg$": "SGD", "sgd": "SGD", "hk$": "HKD",
    "hkd": "HKD", "r$": "BRL", "brl": "BRL",
}  # fmt: skip
#: the prefixed dollar signs and codes that are words (read after a word boundary)
_WORD_PREFIXES = (
    r"US\$|U\.S\.\$|AU\$|A\$|CA\$|C\$|NZ\$|SG\$|S\$|HK\$|R\$|USD|EUR|GBP|CNY|RMB|JPY|RUB|KZT|TRY"
    r"|AED|INR|KRW|AZN|AMD|KGS|TJS|UZS|AUD|CAD|NZD|SGD|HKD|BRL"
)
_SUFFIX_CURRENCY: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR", "pounds sterling": "GBP",
    "yuan": "CNY", "renminbi": "CNY", "cny": "CNY", "yen": "JPY", "roubles": "RUB",
    "rubles": "RUB", "rub": "RUB", "tenge": "KZT", "kzt": "KZT", "lira": "TRY",
    "liras": "TRY", "dirhams": "AED", "dirham": "AED", "aed": "AED", "rupees": "INR",
    "won": "KRW", "pounds": "GBP", "manat": "AZN", "manats": "AZN", "azn": "AZN", "drams": "AMD",
    "dram": "AMD", "som": "UZS", "soums": "UZS", "sums": "UZS",
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD",
    "canadian dollar": "CAD", "new zealand dollars": "NZD", "new zealand dollar": "NZD",
    "singapore dollars": "SGD", "singapore dollar": "SGD", "singaporean dollars": "SGD",
    "hong kong dollars": "HKD", "hong kong dollar": "HKD", "reais": "BRL",
    "brazilian reais": "BRL", "brazilian real": "BRL",
}  # fmt: skip
# Physical units: name -> (unit, multiplier to the base unit).
_PHYSICAL: dict[str, tuple[str, float]] = {
    "tonnes": ("tonnes", 1.0), "tonne": ("tonnes", 1.0), "tons": ("tonnes", 1.0),
    "ton": ("tonnes", 1.0), "metric tons": ("tonnes", 1.0), "t": ("tonnes", 1.0),
    "mt": ("tonnes", 1e6), "mtpa": ("tonnes", 1e6), "teu": ("TEU", 1.0), "teus": ("TEU", 1.0),
    "bcm": ("cubic_meters", 1e9), "cubic meters": ("cubic_meters", 1.0),
    "cubic metres": ("cubic_meters", 1.0), "cubic meter": ("cubic_meters", 1.0),
    "cubic metre": ("cubic_meters", 1.0), "m3": ("cubic_meters", 1.0),
    "m³": ("cubic_meters", 1.0), "barrels": ("barrels", 1.0), "barrel": ("barrels", 1.0),
    "bbl": ("barrels", 1.0), "km": ("km", 1.0), "kilometres": ("km", 1.0),
    "kilometers": ("km", 1.0), "kilometre": ("km", 1.0), "kilometer": ("km", 1.0),
    "mw": ("MW", 1.0), "megawatts": ("MW", 1.0), "gw": ("MW", 1e3), "gigawatts": ("MW", 1e3),
    "kwh": ("kWh", 1.0), "mwh": ("kWh", 1e3), "gwh": ("kWh", 1e6), "twh": ("kWh", 1e9),
    "kilowatt-hours": ("kWh", 1.0), "kilowatt hours": ("kWh", 1.0),
    "megawatt-hours": ("kWh", 1e3), "megawatt hours": ("kWh", 1e3),
    "gigawatt-hours": ("kWh", 1e6), "gigawatt hours": ("kWh", 1e6),
    "terawatt-hours": ("kWh", 1e9), "terawatt hours": ("kWh", 1e9),
    "%": ("percent", 1.0), "percent": ("percent", 1.0), "per cent": ("percent", 1.0),
    "pct": ("percent", 1.0),
}  # fmt: skip
_SCALES: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "trln": 1e12,
}  # fmt: skip
_WORD_NUMBERS: dict[str, float] = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100, "half a": 0.5,
}  # fmt: skip
_QUALIFIERS: dict[str, Qualifier] = {
    "nearly": "about", "almost": "about", "about": "about", "approximately": "about",
    "approx.": "about", "around": "about", "roughly": "about", "some": "about",
    "close to": "about", "an estimated": "about", "estimated": "about", "circa": "about",
    "over": "over", "just over": "over", "slightly over": "over", "more than": "over",
    "exceeding": "over", "above": "over",
    "in excess of": "over", "upwards of": "over", "over and above": "over",
    "under": "under", "just under": "under", "less than": "under", "below": "under",
    "fewer than": "under",
    "up to": "up_to", "as much as": "up_to", "as many as": "up_to",
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least",
    "a minimum of": "at_least",
}  # fmt: skip


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = _alternation([w for w in _WORD_NUMBERS if w != "a"])
_SCALE = r"thousand|million|billion|trillion|mln|bln|trln|mn|bn|tn|[mbk](?![a-z])"
_PREFIX = (
    r"\b(?:"
    + _WORD_PREFIXES
    + ")|"
    + _alternation([k for k in _PREFIX_CURRENCY if not k.isalpha() and not k[0].isalpha()])
)
_SUFFIX_CUR = _alternation(list(_SUFFIX_CURRENCY))
_PHYS = _alternation(list(_PHYSICAL))
_QUAL = _alternation(list(_QUALIFIERS))

# one amount: [currency] number [scale]; the unit after is matched by the caller pattern
_AMOUNT = (
    r"(?P<{p}cur>(?:{prefix})\s?)?"
    r"(?P<{p}num>{num}|(?:{words})(?=\s+(?:{scale})\b)|a(?=\s+(?:million|billion|trillion)\b))"
    r"(?:\s?-?(?P<{p}scale>{scale})\b\.?)?"
)


def _amount(prefix: str) -> str:
    return _AMOUNT.format(p=prefix, prefix=_PREFIX, num=_NUM, words=_WORDS, scale=_SCALE)


_QUANTITY = re.compile(
    rf"(?:(?P<qual>\b(?:{_QUAL}))\s+)?"
    r"(?:(?P<from>\bfrom|\bbetween)\s+)?"
    + _amount("a")
    + r"(?:\s*(?:-|–|to|and)\s*"
    + _amount("b")
    + r")?"
    + rf"(?:\s*(?P<unit>(?:{_SUFFIX_CUR}|{_PHYS})(?![\w])))?"
    + r"(?!\w)",
    re.IGNORECASE,
)


#: Every amount in a currency (one with a ``usd`` value) holds its sign, code or name,
#: which this finds: a text without one has no such amount (a cheap test for callers).
CURRENCY = re.compile(rf"{_PREFIX}|{_SUFFIX_CUR}", re.IGNORECASE)

#: Every amount has a digit, or a scale word after white space ("two billion"), within
#: :data:`_BEFORE` characters of its start: the search only looks near these.
_DIGIT = re.compile(r"\d")
_SCALE_WORD = re.compile(rf"\s(?:{_SCALE})\b", re.IGNORECASE)
_BEFORE = 48
_AFTER = 24

#: The same patterns, matched case-sensitively on the lower-cased text (same offsets): the
#: same matches at a fraction of the cost of a case-insensitive pattern (see :func:`_lowered`)
_QUANTITY_LOW = re.compile(_QUANTITY.pattern.replace(_PREFIX, _PREFIX.lower()))
_SCALE_WORD_LOW = re.compile(_SCALE_WORD.pattern)
#: the characters a case-insensitive pattern reads otherwise than their lower case ("ſ"
#: matches "s", "ı" and "İ" match "i"); every other character's lower case is one
#: character, matched by a lower-case letter, ``[a-z]``, ``\w``, ``\d`` and ``\s`` exactly
#: when the character is matched case-insensitively (checked in tests/test_money_lowered.py)
_FOLDS_APART = re.compile("[\u0130\u0131\u017f]")


class _Candidates:
    """The next digit or scale word at or after a position (each found once)."""

    def __init__(self, text: str, hi: int, scale: re.Pattern[str] = _SCALE_WORD) -> None:
        self.text = text
        self.hi = hi
        self.scale_word = scale
        self.digit: int | None = -1
        self.scale: int | None = -1

    def next(self, pos: int) -> int | None:
        if self.digit is not None and self.digit < pos:
            found = _DIGIT.search(self.text, pos, self.hi)
            self.digit = found.start() if found else None
        if self.scale is not None and self.scale < pos:
            found = self.scale_word.search(self.text, pos, self.hi)
            self.scale = found.start() if found else None
        if self.digit is None:
            return self.scale
        return self.digit if self.scale is None else min(self.digit, self.scale)


#: What a match of the lower-cased pattern may hold right before its number's first
#: digit: a currency sign or code, or (then white space) a qualifier's last word, "from"
#: or "between" (see :func:`_alone`).
_PREFIX_KEYS = tuple(_PREFIX_CURRENCY)
_LEADERS = tuple(
    sorted({q.split()[-1] for q in _QUALIFIERS} | {"from", "between"} | set(_PREFIX_CURRENCY))
)


def _alone(text: str, start: int, digit: int) -> bool:
    """Whether no match of :data:`_QUANTITY_LOW` in lower-cased `text` can start in
    ``[start, digit)``, `digit` being the first digit or scale word at or after `start`.

    Such a match holds no digit or scale word before its number, so the number starts at
    `digit`; before it the match holds a currency sign or code (and at most one white space)
    or, each followed by white space, a qualifier and "from" or "between". So the text
    before `digit` (and its white space) ends with one of :data:`_LEADERS`, or with one of
    :data:`_PREFIX_KEYS` when no white space comes before `digit`. (The search at the
    digit is then a match there, not a search of every position before it.)
    """
    end = digit
    while end > start and text[end - 1].isspace():
        end -= 1
    return not text.endswith(_LEADERS if end < digit else _PREFIX_KEYS, start, end)


def _search(
    text: str,
    pos: int,
    hi: int,
    candidates: _Candidates,
    pattern: re.Pattern[str] = _QUANTITY,
) -> re.Match[str] | None:
    """``pattern.search(text, pos, hi)``, scanning only near digits and scale words.

    A match starting at or after `pos` holds a candidate (its number's first digit, or
    the scale word after its number word) no more than :data:`_BEFORE` characters after
    its start, and no earlier candidate; so it starts in ``[c - _BEFORE, c]`` for the first
    candidate ``c``, which a short search up to ``c + _AFTER`` tells, or there is none
    before the next candidate. A match in the whole text starting there holds its number
    by ``c`` (the first candidate), so the short search finds a match starting there too:
    none starts before the short search's, and the match there is the one sought when
    there is one in the whole text (else the whole search says which).
    """
    while True:
        cand = candidates.next(pos)
        if cand is None:
            return None
        start = max(pos, cand - _BEFORE)
        if pattern is _QUANTITY_LOW and cand == candidates.digit and _alone(text, start, cand):
            near = pattern.match(text, cand, min(hi, cand + _AFTER))
        else:
            near = pattern.search(text, start, min(hi, cand + _AFTER))
        if near is not None and near.start() <= cand:
            found = pattern.match(text, near.start(), hi)
            return found if found is not None else pattern.search(text, start, hi)
        pos = cand + 1


_CHINA = re.compile(r"\b(?:yuan|renminbi|RMB|China|Chinese|Beijing)\b")


def _number(raw: str) -> float | None:
    lowered = raw.lower()
    if lowered in _WORD_NUMBERS:
        return _WORD_NUMBERS[lowered]
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


def _word_key(raw: str, table: Mapping[str, object]) -> str | None:
    """The table's key for a matched word. The patterns ignore case the Unicode way, so
    they also match forms whose ``lower()`` is no key ("tonneſ", "bıllion"): those are
    tried case-folded and with dotless/dotted i as i, and else are no key at all."""
    key = raw.lower()
    if key in table:
        return key
    folded = raw.casefold().replace("\u0131", "i").replace("i\u0307", "i")
    return folded if folded in table else None


def _scale(raw: str | None) -> float:
    if not raw:
        return 1.0
    key = _word_key(raw.rstrip("."), _SCALES)
    return 1.0 if key is None else _SCALES[key]


def _prefix_currency(raw: str | None) -> str | None:
    if not raw:
        return None
    key = raw.strip().lower()
    return _PREFIX_CURRENCY.get(key)


def _usd(value: float, unit: str) -> float | None:
    rate = USD_PER_UNIT.get(unit)
    return None if rate is None else value * rate.usd


def _parse(m: re.Match[str], text: str) -> Quantity | None:
    """The quantity of a match in `text` (or in its lower-cased copy, same offsets)."""
    if not (m["acur"] or m["bcur"] or m["unit"] or m["ascale"] or m["bscale"]):
        return None  # a plain number ("2024", "19 agreements"): no unit, no scale
    first = _number(m["anum"])
    if first is None:
        return None
    second = _number(m["bnum"]) if m["bnum"] else None
    cur = _prefix_currency(m["acur"]) or _prefix_currency(m["bcur"])
    if cur == "JPY" and "¥" in (m["acur"] or m["bcur"] or ""):
        # "¥" is both yen and yuan: yuan when the text around speaks of China
        around = text[max(0, m.start() - 150) : m.end() + 150]
        if _CHINA.search(around):
            cur = "CNY"
    unit_word = (m["unit"] or "").lower()
    # a single letter scale ("m", "b") only right after a currency: "$5m", not "5 m"
    for key in ("a", "b"):
        scale = m[f"{key}scale"]
        if scale and len(scale.rstrip(".")) == 1 and not cur:
            return None
    scale_b = _scale(m["bscale"]) if m["bnum"] else 1.0
    scale_a = _scale(m["ascale"]) if m["ascale"] else (scale_b if second is not None else 1.0)
    unit: str | None = cur
    multiplier = 1.0
    if unit is None and unit_word:
        if unit_word in _SUFFIX_CURRENCY:
            unit = _SUFFIX_CURRENCY[unit_word]
        else:
            physical = _word_key(unit_word, _PHYSICAL)
            if physical is None:  # an odd Unicode spelling of a unit word: no quantity
                return None
            unit_word = physical
            unit, multiplier = _PHYSICAL[unit_word]
            if unit_word == "t" and not (m["ascale"] or m["bscale"]):
                return None  # "5 t" alone is too ambiguous; "5 million t" is fine
    if unit is None:
        if not (m["ascale"] or m["bscale"]):
            return None
        unit = "count"
    value = first * scale_a * multiplier
    value_max = second * scale_b * multiplier if second is not None else None
    if second is not None:
        joiner = m.group(0)[m.end("anum") - m.start() :].lower()
        if (m["from"] or "").lower() == "between" and " and " not in joiner:
            return None
        if value_max is not None and value_max < value:
            return None  # "2024-25" or a list, not a range
    if value_max is not None and value_max == value:
        value_max = None
    qual = _QUALIFIERS.get((m["qual"] or "").lower()) if m["qual"] else None
    start = (
        m.start("qual")
        if m["qual"]
        else (m.start("from") if m["from"] else m.start("acur") if m["acur"] else m.start("anum"))
    )
    end = m.end()
    while end > start and m.string[end - 1] in " .":
        end -= 1
    usd = _usd(value, unit)
    return Quantity(
        start=start,
        end=end,
        text=text[start:end],
        value=value,
        value_max=value_max,
        unit=unit,
        qualifier=qual,
        usd=usd,
    )


_AND = re.compile(r"\sand\s", re.IGNORECASE)


def _trim(
    match: re.Match[str], text: str, limit: int, pattern: re.Pattern[str] = _QUANTITY
) -> re.Match[str]:
    """Drop a second number that does not belong to the amount ("$5 billion and 20 deals"),
    or a second amount listed after it ("US$1.2bn and $5 billion": two amounts, no range;
    "between $1 billion and $2 billion" is one)."""
    if (
        match["bnum"]
        and match["acur"]
        and match["bcur"]
        and (match["from"] or "").lower() != "between"
        and _AND.search(match.string, match.end("anum"), match.start("bcur"))
    ):
        end = match.end("ascale") if match["ascale"] else match.end("anum")
        listed = pattern.match(text, match.start(), min(end, limit))
        return match if listed is None else listed
    if not match["bnum"] or match["bcur"] or match["bscale"] or match["unit"]:
        return match
    if not (match["acur"] or match["ascale"]):
        return match
    end = match.end("anum") if not match["ascale"] else match.end("ascale")
    trimmed = pattern.match(text, match.start(), min(end, limit))
    return match if trimmed is None else trimmed


def find_quantities(text: str, *, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every money amount or measured quantity in `text`, sorted by position.

    Plain numbers without a currency, a unit or a scale word ("19 agreements", "2024")
    are not quantities. With `start`/`end`, only the amounts that begin in
    ``text[start:end]`` (a sentence), read with some context around it
    (:func:`caspian.extract.sentences.context_window`).
    """
    return _find(text, start, end, search=_search, lowered=_lowered(text))


#: the last text read and its lower-cased copy (None when it cannot stand for the text):
#: the rules ask about one document's sentences in turn
_last_lowered: tuple[str, str | None] = ("", "")


def _lowered(text: str) -> str | None:
    """`text` in lower case, with the same offsets, when the case-sensitive patterns find
    in it exactly what the case-insensitive ones find in `text` (else None)."""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    lowered: str | None = text.lower()
    if len(text) != len(lowered or "") or _FOLDS_APART.search(text):
        lowered = None
    _last_lowered = (text, lowered)
    return lowered


_Search = Callable[[str, int, int, _Candidates, re.Pattern[str]], "re.Match[str] | None"]


def _plain_search(
    text: str,
    pos: int,
    hi: int,
    candidates: _Candidates,
    pattern: re.Pattern[str] = _QUANTITY,
) -> re.Match[str] | None:
    """The plain scan that :func:`_search` must equal (kept for the tests)."""
    return pattern.search(text, pos, hi)


def _find(
    text: str,
    start: int,
    end: int | None,
    *,
    search: _Search,
    lowered: str | None = None,
) -> list[Quantity]:
    """The quantities of `text` (see :func:`find_quantities`), matched case-insensitively
    in `text`, or case-sensitively in its lower-cased copy `lowered` when given."""
    scan, pattern, scale = (
        (text, _QUANTITY, _SCALE_WORD)
        if lowered is None
        else (lowered, _QUANTITY_LOW, _SCALE_WORD_LOW)
    )
    size = len(text)
    stop = size if end is None else min(end, size)
    whole = start <= 0 and stop >= size
    lo, hi = (0, size) if whole else context_window(text, start, stop)
    found: list[Quantity] = []
    candidates = _Candidates(scan, hi, scale)
    pos = lo
    while True:
        match = search(scan, pos, hi, candidates, pattern)
        if match is None:
            break
        trimmed = _trim(match, scan, hi, pattern)
        quantity = _parse(trimmed, text)
        if quantity is None and match["bnum"]:
            # "in 2022 to $4.4 billion" is no range: read again from the second number
            second = match.start("bcur") if match["bcur"] else match.start("bnum")
            if second > match.start():
                pos = second
                continue
        if quantity is not None and (whole or start <= quantity.start < stop):
            found.append(quantity)
        if trimmed is not match and match["bcur"]:
            pos = match.start("bcur")  # the listed amount after it is read next
            continue
        pos = max(match.end(), match.start() + 1)
    return found


#: the component's versioned name, and its spaCy factory name (no dots allowed there)
COMPONENT = "caspian.quantities.v1"
FACTORY = COMPONENT.replace(".", "_")


def _register_component() -> None:
    from spacy.language import Language
    from spacy.tokens import Doc

    from caspian.extract import base

    base.register_extensions()
    if Language.has_factory(FACTORY):
        return

    @Language.component(FACTORY, assigns=["doc._.quantities"])
    def quantities_component(doc: Doc) -> Doc:
        """Make ``doc._.quantities`` available: found lazily, sentence by sentence, by
        :func:`find_quantities` (see :func:`caspian.extract.base.quantities_in`)."""
        return doc


_register_component()

"""Targets counted in things: "aim to implement 50 projects in the first five years and 100
projects within ten years", "plan to open 12 new plants by 2030", "agreed to launch 30
joint industrial projects within three years".

A count is an anchor of :mod:`caspian.extract.commitments` when a verb of making or
carrying out, in its base form after "to", "will", "shall" or "would" ("to implement",
"will build", "to set up"), has a number of countable things as its object (projects,
factories, plants, enterprises, joint ventures, facilities, industrial parks, hubs,
terminals, schools, hospitals); a further count of the same things coordinated with it
("..., and 100 projects within ten years") is an anchor too. Its unit is the thing
counted ("projects"); it is kept only with a deadline of its own (checked by the
caller), and a window "in the first five years" is counted from the document's date.
Things done ("have implemented 50 projects") are no target: the verb must be a base
form after a modal or "to".
"""

from __future__ import annotations

import re
from datetime import date

from caspian.extract.commitment_anchors import Anchor
from caspian.extract.money import Quantity

_I = re.IGNORECASE
_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "one hundred": 100,
}  # fmt: skip
_NUMBER = (
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,5}|"
    + "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True))
    + r")"
)
_THINGS = (
    r"(?P<noun>projects|factories|plants|enterprises|joint\s+ventures|facilities|industrial\s+"
    r"parks|hubs|terminals|schools|hospitals)"
)
_QUAL = r"(?:(?:at\s+least|up\s+to|some|about|around|more\s+than|over|another|a\s+further)\s+)?"
#: "to implement 50 projects", "will build 12 new power plants", "to set up 30 joint ventures"
_COUNT = re.compile(
    r"\b(?:to|will|shall|would)\s+(?:\w+\s+)?(?:implement|launch|build|construct|complete|"
    r"open|create|establish|set\s+up|commission|carry\s+out|realise|realize|develop|start|"
    r"put\s+into\s+operation|bring\s+online)\s+"
    + _QUAL
    + _NUMBER
    + r"\s+(?:(?:new|more|additional|joint|major|large|big|small|[\w-]+)\s+){0,3}?"
    + _THINGS
    + r"\b",
    _I,
)
#: "..., and 100 projects within ten years": a further count of the same things
_FURTHER = re.compile(r"[^.;:]{0,80}?\b(?:and|then|rising\s+to)\s+" + _QUAL + _NUMBER, _I)
#: lower-case stems every count anchor holds: a sentence without one is not searched
COUNT_STEMS = (
    "project", "factor", "plant", "enterprise", "venture", "facilit", "park", "hub",
    "terminal", "school", "hospital",
)  # fmt: skip
#: "in the first five years", "within the first three years": a window from publication
_FIRST_YEARS = re.compile(
    r"\b(?:in|within|during|over)\s+(?:the\s+)?first\s+(?P<n>\d{1,2}|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+years\b",
    _I,
)


def _value(raw: str) -> float | None:
    key = " ".join(raw.lower().split())
    if key in _WORDS:
        return float(_WORDS[key])
    try:
        return float(key.replace(",", ""))
    except ValueError:
        return None


def _unit(noun: str) -> str:
    return " ".join(noun.lower().split())


def count_anchors(text: str, base: int) -> list[Anchor]:
    """The counted targets of a sentence (`text`, starting at offset `base`)."""
    found: list[Anchor] = []
    for match in _COUNT.finditer(text):
        value = _value(match["n"])
        if value is None or value < 2:
            continue
        unit = _unit(match["noun"])
        start = match.start("n")
        quantity = _quantity(text, base, start, match.end(), value, unit)
        found.append(Anchor(start, match.end(), None, quantity))
        # the same things counted again: "and 100 projects", "and 20 more plants"
        same = re.compile(r"\s+(?:more\s+|new\s+)?" + r"\s+".join(unit.split()) + r"\b", _I)
        pos = match.end()
        while (further := _FURTHER.match(text, pos)) is not None:
            thing = same.match(text, further.end())
            more = _value(further["n"])
            if thing is None or more is None:
                break
            start, pos = further.start("n"), thing.end()
            found.append(Anchor(start, pos, None, _quantity(text, base, start, pos, more, unit)))
    return found


def _quantity(text: str, base: int, start: int, end: int, value: float, unit: str) -> Quantity:
    return Quantity(
        start=base + start,
        end=base + end,
        text=text[start:end],
        value=value,
        value_max=None,
        unit=unit,
        qualifier=None,
        usd=None,
    )


def is_count(quantity: Quantity | None) -> bool:
    """Whether an anchor's amount is a count of things (see :func:`count_anchors`)."""
    return quantity is not None and quantity.usd is None and quantity.unit in _COUNT_UNITS


_COUNT_UNITS = frozenset(
    {
        "projects", "factories", "plants", "enterprises", "joint ventures", "facilities",
        "industrial parks", "hubs", "terminals", "schools", "hospitals",
    }
)  # fmt: skip


def first_years_deadline(text: str, start: int, end: int, published: date | None) -> str | None:
    """The end of a window "in the first five years" in text[start:end], counted from
    publication; None without one or without a publication date."""
    if published is None:
        return None
    match = _FIRST_YEARS.search(text, start, end)
    if match is None:
        return None
    years = _value(match["n"])
    return None if years is None else str(published.year + int(years))


__all__ = ["COUNT_STEMS", "count_anchors", "first_years_deadline", "is_count"]

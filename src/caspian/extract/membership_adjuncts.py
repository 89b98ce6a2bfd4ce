"""Shared fragments of the membership cues (:mod:`caspian.extract.membership_cues`,
:mod:`caspian.extract.membership_cues_more`, :mod:`caspian.extract.memberships`): the
adjuncts of time that may follow an object-less change ("became members on Monday, 1
January", "last year", "at the Kazan summit in October"), the relative or absolute start
of a continuing status ("since 2018", "since last year", "since early 2021"), and the
modifiers of a group named by its kind ("the trade bloc", "the Western military
alliance", "the six-nation grouping")."""

from __future__ import annotations

MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"

#: Verbs of handing in an application ("submitted", "handed over", "signed"), and the gate
#: words of the cues built on them.
HANDED_IN = r"(?:submitted|filed|lodged|sent|handed(?:\s+(?:over|in))?|presented|delivered|signed)"
HANDED_IN_WORDS = (
    "submitted",
    "filed",
    "lodged",
    "sent",
    "handed",
    "presented",
    "delivered",
    "signed",
)

#: An adjunct of time right after a change with no object: a date, a relative date, an
#: event ("at the Kuala Lumpur summit"), a count ("three years later"), the start of a
#: membership to come ("from 1 January").
TIME_ADJUNCT = (
    r"(?:(?:in|on|during)\s+(?:\d|(?:" + MONTHS + r"|" + WEEKDAYS + r")\b|the\s+(?:same|following"
    r"|next)\s+(?:day|week|month|year)\b|(?:early|late|mid)\b)"
    r"|(?:last|this|earlier\s+this|later\s+that|that)\s+(?:year|month|week|spring|summer|autumn"
    r"|winter|(?:" + MONTHS + r"|" + WEEKDAYS + r"))\b|yesterday\b|today\b"
    r"|at\s+the\s+(?:start|beginning|end|turn)\s+of\b"
    r"|at\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,4}?(?:summit|meeting|session|congress"
    r"|conference|ceremony)\b"
    r"|" + _COUNT + r"\s+(?:years?|months?|weeks?|days?)\s+later\b"
    r"|from\s+(?:\d|(?:" + MONTHS + r")\b|next\s+year\b|the\s+(?:start|beginning)\s+of\b))"
)

#: The start of a continuing status after "since": a year, a month, a relative date.
SINCE_DATE = (
    r"since\s+(?:\d{4}|(?:" + MONTHS + r")\b|(?:last|this)\s+(?:year|month|spring|summer"
    r"|autumn|winter|" + MONTHS + r")\b|(?:early|late|mid)[\s-]+\d{4}|the\s+(?:previous|preceding)"
    r"\s+year\b)"
)

#: Modifiers of a group named by its kind: "the trade bloc", "the Western military
#: alliance", "the six-nation grouping", "the Russian-led bloc", "the 27-member union"
#: (not "the working group", "the contact group", "the opposition alliance").
KIND_MODIFIERS = (
    r"(?:(?:[\w-]+-led|[\w-]+-(?:nation|member|country|state)|trade|economic|military|security"
    r"|defen[cs]e|oil|energy|regional|political|customs|free-trade|monetary|Western|Eastern"
    r"|Atlantic|transatlantic|Pacific|Asian|Eurasian|European|Gulf|Arab|African|Turkic"
    r"|emerging-market|intergovernmental|international)\s+){0,2}"
)

#: A rank before "member" or "observer": "the first", "the 57th", "the twenty-ninth",
#: "its newest" (one word; "the permanent" and "an official" too).
RANK = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d+(?:st|nd|rd|th)|[a-z]+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|[a-z]+t(?:ieth|eenth)|newest|latest|last|only|sole|permanent|official|formal|full)"
)

#: A member of a group by its title: "a member", "the 57th member", "full members", "the
#: 57th participating state" (the OSCE's word for its members).
MEMBER_NOUN = (
    r"(?:a\s+|an\s+|the\s+|its\s+)?(?:[\w-]+\s+)?(?:full(?:-fledged|y-fledged)?\s+|permanent\s+"
    r"|new\s+)?(?:members?|participating\s+states?)"
)

__all__ = [
    "KIND_MODIFIERS",
    "MEMBER_NOUN",
    "MONTHS",
    "RANK",
    "SINCE_DATE",
    "TIME_ADJUNCT",
    "WEEKDAYS",
]

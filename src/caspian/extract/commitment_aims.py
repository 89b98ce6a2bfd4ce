"""Targets stated as a noun phrase after an aim noun, and their later steps.

An amount is a target when its clause names an aim (target, goal, aim, objective,
ambition) and links it to the amount by a colon, a copula or "at"/"of", with at most the
measured noun phrase between: "attached numbers to the ambition: bilateral trade of $5
billion within a year", "set a new goal: trade of $40 billion a year by 2030", "The
target for Uzbekistan and Turkey is $5 billion in trade by 2026", "set the target of
bilateral trade at $3 billion", "The aim, the two presidents said, is bilateral trade of
$10 billion". A wish for a measure of an amount by a deadline is one too: "Georgia and
Armenia want bilateral trade of $2 billion by 2028".

Not targets: a result between the aim and the amount ("The goal of the visit was to
discuss trade, which reached $3 billion last year"), an aim noun in another clause ("The
ambition is clear, but trade stood at $1 billion").

A target's later step is an amount of the same unit joined to it by "and (then)", ",
then", "rising to", "followed by" ("bilateral trade of $5 billion within a year, and
then $10 billion"; "$5 billion in trade by 2026 and $10 billion by 2030"): a target of
its own, with its own deadline or none.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_QUAL = (
    r"(?:nearly|almost|about|approximately|around|roughly|some|close\s+to|over|more\s+than|"
    r"at\s+least|up\s+to|no\s+less\s+than|in\s+excess\s+of|an\s+estimated)"
)
#: a measured noun phrase: "bilateral trade", "annual two-way trade turnover", "exports"
_MEASURE_NP = (
    r"(?:(?:an?|the|their|its|our)\s+)?(?:(?:annual|yearly|bilateral|mutual|two-way|total|"
    r"overall|combined|non-oil|trade)\s+)*(?:trade|turnover|commerce|exports?|imports?|"
    r"investments?|freight|cargo|transit|traffic|supplies|deliveries|shipments)"
    r"(?:\s+(?:turnover|volumes?|flows?))?"
)
#: the aim noun, its complement ("for X and Y", "of bilateral trade") and its link to the
#: amount, with the measured noun phrase before the amount ("is bilateral trade of")
_AIM_NOUN_LINK = re.compile(
    r"\b(?:targets?|goals?|aims?|objectives?|ambitions?)"
    # "the target for Uzbekistan and Turkey", "the target of bilateral trade"
    r"(?:\s+(?:for|of)\s+[^.;:,]{1,60}?)?"
    # ": ", " is ", ", the two presidents said, is ", " at "
    r"(?:\s*:\s*|\s*,\s*[^,.;:]{1,50},\s*(?:is|was|will\s+be)\s+|"
    r"\s+(?:is|was|are|were|will\s+be|would\s+be|remains|stands\s+at|set\s+at|at)\s+)"
    rf"(?:{_MEASURE_NP}\s+(?:of|at|worth)\s+)?"
    rf"(?:{_QUAL}\s+)?$",
    _I,
)
#: a wish or aim for a measure of an amount: "want bilateral trade of", "seek annual
#: exports of" (a target only with its deadline after the amount)
_WANT_MEASURE = re.compile(
    r"\b(?:want|wants|wanted|seek|seeks|sought|hope\s+for|hopes\s+for|aim\s+for|aims\s+for|"
    r"envisag(?:e|es|ed|ing)|foresee|foresees|call(?:s|ed)?\s+for)\s+"
    rf"{_MEASURE_NP}\s+(?:of|worth)\s+(?:{_QUAL}\s+)?$",
    _I,
)
#: a result between the aim and the amount: the amount is an achievement, not the aim
_RESULT_BETWEEN = re.compile(
    r"\b(?:reached|amounted|totall?ed|stood|exceeded|grew|rose|increased|fell|hit|was\s+up|"
    r"were\s+up|last\s+year|in\s+the\s+past|which|that\s+(?:reached|stood))\b",
    _I,
)
_DEADLINE_AFTER = re.compile(
    r"^[^.;!?]{0,80}?\b(?:by|until|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?\d{4}\b|"
    r"^[^.;!?]{0,80}?\b(?:within|over\s+the\s+(?:next|coming)|in\s+the\s+(?:next|coming))\s+"
    r"(?:the\s+next\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|"
    r"twenty)\s+(?:years?|months?|decades?)\b",
    _I,
)


def aim_noun_target(left: str, after: str) -> bool:
    """Whether the amount after `left` (its clause up to it) is set as a target by an aim
    noun ("the ambition: bilateral trade of"), or by a wish for a measure of it with a
    deadline after it (`after`)."""
    match = _AIM_NOUN_LINK.search(left)
    if match is not None and not _RESULT_BETWEEN.search(match.group(0)):
        return True
    return _WANT_MEASURE.search(left) is not None and _DEADLINE_AFTER.match(after) is not None


#: the join of a target's later step: ", and then", " and ", ", then", ", rising to"
_STEP_JOIN = re.compile(
    r"(?:\s*,)?\s+(?:and\s+(?:then\s+|later\s+|eventually\s+|after\s+that\s+)?(?:to\s+)?|then\s+"
    r"(?:to\s+)?|rising\s+to\s+|growing\s+to\s+|followed\s+by\s+)"
    rf"(?:{_QUAL}\s+)?$",
    _I,
)


def later_step(between: str) -> bool:
    """Whether `between` (the text from the end of a target's amount to the next amount,
    the target's own deadline or period included) joins a later step of that target:
    "$5 billion within a year, and then $10 billion", "$5 billion in trade by 2026 and $10
    billion by 2030"."""
    if re.search(r"[;.!?]|\b(?:last|previous|past)\s+year\b", between, _I):
        return False
    join = _STEP_JOIN.search(between)
    if join is None:
        return False
    # what lies between the amount and the join is its own measure, deadline or period
    lead = between[: join.start()]
    return len(lead) <= 60 and not re.search(r"\b(?:which|while|but|although)\b", lead, _I)


#: an impersonal forecast: the measure itself is expected, likely or able to reach an
#: amount ("Trade between A and B is expected to reach $5 billion this year", "Trade could
#: reach $100 billion by 2030 if sanctions ease", "exports may double by 2030", "trade is
#: set to reach $15 billion by 2030")
_IMPERSONAL_FORECAST = re.compile(
    r"\b(?:trade|turnover|commerce|exports?|imports?|investments?|freight|cargo|traffic|"
    r"transit|volumes?|supplies|deliveries|flows?|shipments)\b[^.;!?]{0,80}?\b(?:(?:is|are|was|"
    r"were)\s+(?:(?:now|also|still)\s+)?(?:expected|projected|likely|predicted|poised|on\s+track|"
    r"on\s+course|set|forecast|estimated|tipped|seen)\s+to|could|may|might|would|can)\s+"
    r"(?:(?:well|easily|soon|eventually|even)\s+)?"
    r"(?:reach|rise|grow|increase|climb|exceed|hit|top|double|triple|surpass|amount|total|"
    r"jump|surge|expand|pass|cross)\b",
    _I,
)
#: the parties' own aim or attitude in the sentence: a target they set or stand behind
_PARTY_AIM = re.compile(
    r"\b(?:aim\w*|goal\w*|target\w*|plan\w*|pledg\w*|commit\w*|agree\w*|intend\w*|seek\w*|"
    r"striv\w*|vow\w*|ambition\w*|determin\w*|task\w*|instruct\w*|want\w*|wish\w*|hop(?:e|es|ed|"
    r"ing)|confiden\w*|optimis\w*|believ\w*|ready|resolv\w*|promis\w*|set\s+out|call(?:s|ed)?\s+"
    r"for|objective\w*|mandat\w*)\b",
    _I,
)


def impersonal_forecast(text: str) -> bool:
    """Whether the sentence `text` forecasts a measure reaching an amount without any aim
    or attitude of the parties: a forecast, not a target they set themselves."""
    return _IMPERSONAL_FORECAST.search(text) is not None and _PARTY_AIM.search(text) is None

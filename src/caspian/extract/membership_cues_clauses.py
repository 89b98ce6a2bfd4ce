"""Cues of membership changes stated in a clause of another (appended to the table of
:mod:`caspian.extract.membership_cues`): a participle after the main clause, whose
subject is the clause's ("Georgia moved fastest, joining the WTO in June 2000",
"Finland ended its neutrality, joining on 4 April 2023", "..., becoming the 30th member
of NATO"), and a decision to start admitting a state ("The leaders agreed to start the
procedure for admitting Iran as a full member", "launched the process of admitting
Bolivia"): an invitation.

Markers read by :mod:`caspian.extract.memberships`: ``story`` a change with no group of
its own in the sentence is to the group of the changes already found in the document
(never to one merely named: "Thousands marched, joining on Sunday" states nothing)."""

from __future__ import annotations

import re

from caspian.extract.membership_adjuncts import HANDED_IN, HANDED_IN_WORDS, MEMBER_NOUN, MONTHS
from caspian.facts import MembershipChange

_ADVERBS = r"(?:(?:formally|officially|finally|eventually|later|then|also|itself|only|thereby)\s+)?"
_OBJ_LIST = r"(?P<obj>[^.;:]{2,140}?)"

#: what "joining" may not govern: a role ("as an observer"), forces, an event, an act
#: ("joining Russia in calling for"), a person
_NOT_JOINING = (
    r"(?!\s+as\s+(?:an?\s+)?(?:observer|(?:dialogue\s+)?partner|guest))"
    r"(?!\s+(?:forces|hands|ranks|the\s+(?:talks|call|meeting|summit|effort|ranks|protests?"
    r"|queue|list|race|chorus|debate)|in\b(?!\s+(?:\d{4}|" + MONTHS + r")\b)|by\b|with\b"
    r"|them\b|us\b|him\b|her\b))"
)

#: (pattern, change, passive, gates) as in :mod:`caspian.extract.membership_cues`.
CLAUSE_CUES: tuple[tuple[re.Pattern[str], MembershipChange, bool, tuple[tuple[str, ...], ...]], ...]
CLAUSE_CUES = tuple(
    (re.compile(pattern, re.I), change, passive, gates)
    for pattern, change, passive, gates in (
        (
            # "..., joining the WTO in June 2000", "..., joining on 20 December 1998" (not
            # "joining forces", "joining Russia in calling for", "joining the talks")
            r"(?<=,)\s+" + _ADVERBS + r"joining(?P<story>)" + _NOT_JOINING,
            MembershipChange.JOINED,
            False,
            (("joining",),),
        ),
        (
            # an absolute clause: "..., with Croatia joining the EU in 2013", "with Finland and
            # Sweden becoming members of NATO"
            r"\bwith\s+"
            + _OBJ_LIST
            + r"\s+"
            + _ADVERBS
            + r"(?:joining(?P<story>)"
            + _NOT_JOINING
            + r"|becoming\s+"
            + MEMBER_NOUN
            + r"(?:\s+(?:states?\s+|countr(?:y|ies)\s+)?(?:of|in)\b"
            r"(?!\s+(?:\d|" + MONTHS + r"))))",
            MembershipChange.JOINED,
            False,
            (("joining", "becoming"), ("with",)),
        ),
        (
            # "..., becoming the 30th member of NATO", "..., becoming a full member in 2004"
            r"(?<=,)\s+" + _ADVERBS + r"becoming\s+" + MEMBER_NOUN + r"(?:\s+(?:states?\s+|countr"
            r"(?:y|ies)\s+)?(?:of|in)\b(?!\s+(?:\d|" + MONTHS + r")))",
            MembershipChange.JOINED,
            False,
            (("becoming",), ("member", "participating")),
        ),
        (
            # "agreed to start the procedure for admitting Iran as a full member", "launched
            # the process of admitting Bolivia to Mercosur": the group's decision to admit
            r"\b(?:(?:agreed|decided|voted|resolved)\s+to\s+)?(?:start(?:ed)?|launch(?:ed)?|beg[iau]n"
            r"|open(?:ed)?|initiat(?:ed|e)|set\s+in\s+motion|triggered)\s+(?:the\s+|a\s+)?(?:formal\s+)?"
            r"(?:accession\s+|admission\s+|membership\s+)?(?:procedure|process)\s+(?:for|of)\s+"
            r"(?:admitting|the\s+admission\s+of|accepting)\s+"
            + _OBJ_LIST
            + r"(?=\s+as\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?(?:full(?:-fledged)?\s+"
            r"|permanent\s+|new\s+)?member\b|\s+(?:to|into)\s+(?:the\s+)?(?-i:[A-Z])|\s*[.,;]|$"
            r"|\s+(?:in|on|at|last|this|earlier)\b)",
            MembershipChange.INVITED,
            False,
            (("admi", "accepting"), ("procedure", "process")),
        ),
        (
            # "President X signed Moldova's application for membership of the EU": the state
            # owning the application is the applicant, whoever hands it over
            r"\b" + HANDED_IN + r"\s+(?P<obj>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?[’']s)\s+"
            r"(?:formal\s+|official\s+)?(?:(?:application|request|bid)\s+(?:for\s+(?:full\s+)?"
            r"(?:(?-i:[A-Z])[\w-]*\s+)?membership\b|to\s+join\b)|(?:(?-i:[A-Z])[\w-]*\s+)?"
            r"(?:full\s+)?membership\s+(?:application|bid|request)\b)",
            MembershipChange.APPLIED,
            False,
            (
                ("membership", "join"),
                HANDED_IN_WORDS,
                ("application", "request", "bid"),
            ),
        ),
    )
)

__all__ = ["CLAUSE_CUES"]

"""Cues of membership changes in common news phrasings (appended to the table of
:mod:`caspian.extract.membership_cues`): an exit reported in the present or past
progressive ("Angola is leaving OPEC, its oil minister said", "said it was quitting the
bloc") or announced ("announced its withdrawal from the CSTO"); a headline in the present
("Angola quits OPEC", "Indonesia joins BRICS"); a state readmitted or reinstated ("voted
on 7 May to readmit Syria to the Arab League", "was reinstated in the African Union",
"restored Syria's membership of the League", "lifted Syria's suspension"); an
object-less verb whose subject is a state named right before it, with a date after it
and the group from the context ("Ecuador left in January 2020", "Kyiv applied on 28
February 2022", "Brazil was invited at the end of 2023"); a nominal accession, exit or
suspension dated in the past ("was the accession of Croatia in 2013", "since Finland's
accession in 2023", "after Qatar's exit from OPEC in 2019", "with Syria's return to the
Arab League in May 2023"); election by the members ("was unanimously elected as member
of the organization", "elected as observer"; not a seat on a council, committee or
board); "became the tenth full member", "became its newest member" with the group from
the context; an application with its applicant in a relative clause ("following the
application Minsk submitted this year").

Named groups as in the main table (``obj`` the members, ``grp`` the span naming the
group), and markers read by :mod:`caspian.extract.memberships`: ``tight`` the member is
a state named by name, short name or capital right before the cue (not a person or an
office standing for its state: "Tokayev left on Friday") in a passage speaking of
membership (join, member, accession, application, quit: the sentence, but for the cue,
or the two before); ``named`` the members are states by name, short name, capital or
reference (not "Borrell is leaving"); ``past`` the date is not after the document's."""

from __future__ import annotations

import re

from caspian.extract.membership_adjuncts import KIND_MODIFIERS
from caspian.extract.membership_cues_more import GROUP_ONLY
from caspian.facts import MembershipChange

_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_OBJ_LIST = r"(?P<obj>[^.;:]{2,140}?)"
#: A possessive member before a nominal cue ("Syria's", "Burkina Faso's").
_OWNER = r"(?P<obj>\b(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?[’']s)"
_NAMED = r"(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+)?(?-i:[A-Z])[\w-]*){0,5}"
#: The subject must be a state named right before the verb ("Ecuador", "Kyiv"; markers).
_TIGHT_SUBJECT = r"\b(?=[aefloqtw])"  # the first letters: a fast scan
_TIGHT_ADVERB = r"(?:(?:formally|officially|also|then|later|finally|eventually)\s+)?"
#: A date right after an object-less verb, ending the clause ("left in January 2020, citing",
#: "applied on 28 February 2022, and"): not a journey ("left on Friday for Moscow").
_DATE_ENDS = (
    r"(?=\s*,?\s+(?:in|on|at\s+the\s+(?:start|end|beginning|turn)\s+of)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+(?:"
    + _MONTHS
    + r")"
    r"(?:,?\s+\d{4})?|(?:" + _MONTHS + r")(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})"
    r"(?:\s*[.;]|,\s+(?!(?:for|to|from)\b)|\s+(?:and|after|when|citing|following|amid|over)\b"
    r"|\s*$))"
)
#: A group by its kind ("the bloc", "the group").
_KIND = r"(?:bloc|alliance|organi[sz]ation|union|grouping|group|community|cartel|league)\b"
#: A group after an exit verb: named, or by its kind ("the group", "the bloc").
_EXIT_OBJECT = (
    r"(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:the|its|their)\s+" + KIND_MODIFIERS + r"(?:bloc|alliance"
    r"|organi[sz]ation|union|grouping|group|community|cartel)\b(?![’'-]|\s+(?:of|for|chat)\b))"
)
#: A past date right after a nominal change ("the accession of Croatia in 2013", "on 1
#: January 2024").
_EVENT_DATE = (
    r"(?=\s+(?:in\s+(?:(?:" + _MONTHS + r")\s+)?\d{4}|on\s+(?:\d{1,2}\s+(?:" + _MONTHS + r")"
    r"|(?:" + _MONTHS + r")\s+\d{1,2},?)\s+\d{4})\b)(?P<past>)(?P<named>)"
)
#: The frame of a nominal change stated as a fact: a copula or a preposition of time.
_EVENT_FRAME = r"\b(?:was|were|with|after|since|following|until|before|by)\s+"
_FRAME_GATES = ("was", "were", "with", "after", "since", "following", "until", "before", "by")
#: Every date after an object-less verb or a nominal change holds a digit or a month
#: name: a cheap gate of the sentence.
_DATE_GATES = (*"0123456789", *(m.lower() for m in _MONTHS.split("|")))
_YEAR_GATES = ("1", "2")  # a year of 1900-2099


def _nominal(
    nouns: str, prep: str, change: MembershipChange, gates: tuple[str, ...], *, named: bool
) -> tuple[tuple[str, MembershipChange, bool, tuple[tuple[str, ...], ...]], ...]:
    """The cues of a nominal change dated in the past, with its member after "of" or
    before it as a possessive ("after the accession of Croatia in 2013", "since Qatar's
    exit from OPEC in 2019"); a place after ``prep`` names no group ("Russia's withdrawal
    from Kherson"); with ``named``, the group must be named there ("Syria's return to the
    Arab League", not "Putin's return to Moscow")."""
    group = (
        r"\s+" + prep + r"\s+(?:the\s+)?(?P<grp>(?-i:[A-Z])[\w-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+)?"
        r"(?-i:[A-Z])[\w-]*){0,5})"
    )
    if not named:  # or a group by its kind ("from the group"), or none
        group = r"(?:" + group + r"|\s+" + prep + r"\s+(?:the|its|their)\s+" + _KIND + r")?"
    head = r"(?:the\s+)?(?:" + nouns + r")\s+of\s+" + _OBJ_LIST
    return (
        (
            _EVENT_FRAME + head + group + _EVENT_DATE,
            change,
            False,
            (gates, _FRAME_GATES, _YEAR_GATES),
        ),
        (
            _EVENT_FRAME + _OWNER + r"\s+(?:" + nouns + r")" + group + _EVENT_DATE,
            change,
            False,
            (gates, _FRAME_GATES, _YEAR_GATES),
        ),
    )


#: "was the accession of Croatia in 2013", "since Qatar's exit from OPEC in 2019", "after
#: the suspension of Russia from the Council of Europe in February 2022", "with Syria's
#: return to the Arab League in May 2023".
_NOMINAL = (
    *_nominal(
        r"accession|admission|readmission|reinstatement",
        r"(?:to|into)",
        MembershipChange.JOINED,
        ("accession", "admission", "reinstatement"),
        named=False,
    ),
    *_nominal(
        r"entry|return", r"(?:to|into)", MembershipChange.JOINED, ("entry", "return"), named=True
    ),
    *_nominal(
        r"withdrawal|exit|departure|expulsion",
        r"from",
        MembershipChange.LEFT,
        ("withdrawal", "exit", "departure", "expulsion"),
        named=False,
    ),
    *_nominal(r"suspension", r"from", MembershipChange.SUSPENDED, ("suspen",), named=False),
)

Cue = tuple[re.Pattern[str], MembershipChange, bool, tuple[tuple[str, ...], ...]]
NEWS_CUES: tuple[Cue, ...] = tuple(
    (re.compile(pattern, re.I), change, passive, gates)
    for pattern, change, passive, gates in (
        *_NOMINAL,
        # "following the application Minsk submitted this year", "whose bid Ankara filed in
        # 2023": an application with its applicant in a relative clause; the group named
        # after it, else in the paragraph, else (in a sentence of membership) the document's
        (
            r"\b(?:the|an?|its|their|whose)\s+(?:formal\s+|official\s+)?(?:membership\s+|"
            r"accession\s+)?(?:application|bid|request)\s+(?:that\s+|which\s+)?"
            r"(?P<obj>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:had\s+|has\s+)?"
            r"(?:formally\s+|officially\s+)?(?:submitted|filed|lodged|sent|made)\b"
            r"(?P<recent>)(?P<topic>)",
            MembershipChange.APPLIED,
            False,
            (("application", "bid", "request"), ("submitted", "filed", "lodged", "sent", "made")),
        ),
        # "Angola is leaving OPEC, its oil minister said", "said it was quitting the bloc"
        (
            r"\b(?=[iaw])(?P<named>)(?:is|are|was|were)\s+(?:formally\s+|officially\s+)?(?:(?:leaving"
            r"|quitting|exiting)"
            + _EXIT_OBJECT
            + r"|withdrawing\s+from)(?![^.;]{0,60}?\bin\s+all\s+but\s+name)",
            MembershipChange.LEFT,
            False,
            (
                ("leav", "quitting", "exiting", "withdrawing"),
                ("leaving", "quitting", "exiting", "withdrawing"),
            ),
        ),
        # headlines in the present: "Angola quits OPEC", "Qatar leaves the group"
        (
            r"\b(?=[qlew])(?P<named>)(?:(?:quits|leaves|exits)"
            + _EXIT_OBJECT
            + r"|withdraws\s+from)",
            MembershipChange.LEFT,
            False,
            (("quits", "leav", "exits", "withdraws"), ("quits", "leaves", "exits", "withdraws")),
        ),
        # "Indonesia joins BRICS as a full member"
        (
            r"\bjoins(?P<named>)(?=\s+(?:the\s+)?(?-i:[A-Z]))",
            MembershipChange.JOINED,
            False,
            (("joins",),),
        ),
        # "The Arab League lifted Syria's suspension", "Mali's suspension was lifted"
        (
            r"\b(?=[lerL])(?P<named>)(?:lifted|ended|revoked|rescinded)\s+"
            + _OWNER
            + r"\s+suspension\b"
            r"(?:\s+(?:from|in)(?!\s+(?:\d|" + _MONTHS + r")))?",
            MembershipChange.JOINED,
            False,
            (("suspen",), ("lifted", "ended", "revoked", "rescinded")),
        ),
        (
            _OWNER + r"\s+suspension\s+(?:from|in)\s+" + _NAMED + r"\s+(?:was|were|has\s+been"
            r"|had\s+been)\s+(?:formally\s+|officially\s+)?(?:lifted|ended|revoked|rescinded)\b",
            MembershipChange.JOINED,
            False,
            (("suspen",), ("lifted", "ended", "revoked", "rescinded")),
        ),
        # "Angola has decided to leave OPEC", "decided to withdraw from the CSTO"
        (
            r"\b(?=[hfod])(?P<named>)(?:has\s+|have\s+|had\s+)?(?:formally\s+|officially\s+)?decided\s+to\s+"
            r"(?:(?:leave|quit|exit)" + _EXIT_OBJECT + r"|withdraw\s+from)",
            MembershipChange.LEFT,
            False,
            (("leav", "quit", "exit", "withdr"), ("decided",)),
        ),
        # "Syria returned to the Arab League in May 2023"
        (
            r"\b(?=[for])(?P<named>)(?:formally\s+|officially\s+)?returned\s+to\s+" + GROUP_ONLY,
            MembershipChange.JOINED,
            False,
            (("returned",),),
        ),
        # "announced its withdrawal from the CSTO", "confirmed their exit from ECOWAS"
        (
            r"\b(?:announced|confirmed|declared)\s+(?:its|their)\s+(?:formal\s+|immediate\s+)?"
            r"(?:withdrawal|exit|departure)\s+from",
            MembershipChange.LEFT,
            False,
            (("withdrawal", "exit", "departure"), ("announced", "confirmed", "declared")),
        ),
        # "Ecuador left in January 2020", "Qatar quit on 1 January 2019"
        (
            _TIGHT_SUBJECT
            + _TIGHT_ADVERB
            + r"(?:left|quit|exited|withdrew)(?P<tight>)"
            + _DATE_ENDS,
            MembershipChange.LEFT,
            False,
            (("left", "quit", "exited", "withdrew"), _DATE_GATES),
        ),
        # "Kyiv applied on 28 February 2022", "Georgia formally applied in March 2022"
        (
            _TIGHT_SUBJECT + _TIGHT_ADVERB + r"applied(?P<tight>)" + _DATE_ENDS,
            MembershipChange.APPLIED,
            False,
            (("applied",), _DATE_GATES),
        ),
        # "The UK acceded in December 2024" (the group from the context)
        (
            _TIGHT_SUBJECT + _TIGHT_ADVERB + r"acceded(?P<tight>)" + _DATE_ENDS,
            MembershipChange.JOINED,
            False,
            (("acceded",), _DATE_GATES),
        ),
        # "Brazil was invited at the end of 2023", "Finland was invited on 29 June 2022" (in
        # a passage speaking of membership; the group from the context)
        (
            _TIGHT_SUBJECT
            + r"(?:was|were)\s+"
            + _TIGHT_ADVERB
            + r"(?:formally\s+|officially\s+)?invited(?P<tight>)"
            + _DATE_ENDS,
            MembershipChange.INVITED,
            True,
            (("invited",), _DATE_GATES),
        ),
        # "voted on 7 May to readmit Syria to the Arab League", "readmitted Syria into the
        # League", "reinstated Mali as a member of the AU"
        (
            r"\b(?:(?:voted|decided|agreed|resolved|moved)\s+(?:on\s+[\w ]{1,20}?\s+|unanimously\s+"
            r"|formally\s+)?to\s+)?(?:readmit(?:ted|s)?|reinstated?s?)(?P<named>)\s+"
            + _OBJ_LIST
            + r"(?=\s+(?:(?:in)?to|in|as|on|at|after)\b|\s*[.,;]|\s*$)",
            MembershipChange.JOINED,
            False,
            (("readmit", "reinstate"),),
        ),
        # "Syria was readmitted to the Arab League", "Mali was reinstated as a member of"
        (
            r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?"
            r"(?:readmitted|reinstated)(?:\s+(?:(?:in)?to|in(?!\s+(?:\d|"
            + _MONTHS
            + r"))|as\s+(?:an?\s+)?"
            r"(?:full\s+)?member(?:\s+state)?\s+of)\b|(?=\s+(?:in|on)\s+(?:\d|" + _MONTHS + r")))",
            MembershipChange.JOINED,
            True,
            (("readmitted", "reinstated"),),
        ),
        # "restored Syria's membership of the League", "reinstated Mali's AU membership"
        (
            r"\b(?=[r])(?P<named>)(?:restored|reinstated|renewed)\s+" + _OWNER + r"\s+(?:full\s+)?"
            r"(?:(?P<grp>(?-i:[A-Z])[\w-]*)\s+)?membership\b(?:\s+(?:of|in))?",
            MembershipChange.JOINED,
            False,
            (("membership",), ("restored", "reinstated", "renewed")),
        ),
        # "Syria's membership of the Arab League was restored in May 2023"
        (
            _OWNER + r"\s+(?:full\s+)?membership\s+(?:of|in)\s+" + _NAMED + r"\s+(?:was|were"
            r"|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?(?:restored|reinstated)\b",
            MembershipChange.JOINED,
            False,
            (("membership",), ("restored", "reinstated")),
        ),
        # "Azerbaijan was unanimously elected as member of the organization": admitted by
        # a vote of the members (not a seat on a council, committee or board)
        (
            r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+\s+)?elected\s+(?:as\s+)?(?:an?\s+|"
            r"the\s+)?(?:new\s+|full(?:-fledged)?\s+|\w+th\s+)?member(?:\s+(?:state|country))?"
            r"\s+(?:of|to)\b(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:Council|Committee|Board|"
            r"Commission|Executive|Bureau|Court|Tribunal|Parliament|Assembly|Senate)\b)",
            MembershipChange.JOINED,
            True,
            (("elected",), ("member",)),
        ),
        # "Belarus became the tenth full member at the Astana summit", "became its newest
        # member in 2024": the group from the context (the cue stops before "of")
        (
            r"\bbec(?:ame|omes|oming)\s+(?:the|its|their)\s+(?:[\w-]+(?:th|st|nd|rd)|newest|latest)\s+"
            r"(?:full(?:-fledged)?\s+|permanent\s+)?member\b(?!\s+(?:of|state|country|to)\b|"
            r"\s+in\s+(?:the\s+)?(?!(?:" + _MONTHS + r")\b)(?-i:[A-Z]))",
            MembershipChange.JOINED,
            True,
            (("member",), ("bec",)),
        ),
        # "Bolivia becomes a full State Party of MERCOSUR": the member's title in a treaty
        # organisation
        (
            r"\b(?:bec(?:ame|omes|oming)|(?:has|have|had)\s+(?:\w+\s+)?become)\s+(?:an?\s+|the\s+)?"
            r"(?:full(?:-fledged)?\s+)?(?:(?-i:S)tate\s+(?-i:P)arty|(?-i:M)ember\s+(?-i:S)tate)\s+"
            r"(?:of|to)\b",
            MembershipChange.JOINED,
            True,
            (("party", "state"), ("bec",)),
        ),
        (
            r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+\s+)?elected\s+(?:as\s+)?(?:an?\s+|"
            r"the\s+)?observer(?:\s+(?:state|country))?\s+(?:of|to|in)\b",
            MembershipChange.OBSERVER,
            True,
            (("elected",), ("observer",)),
        ),
    )
)

__all__ = ["NEWS_CUES"]

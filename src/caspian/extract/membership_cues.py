"""The cue table of membership changes (:mod:`caspian.extract.memberships`): one
regular expression per phrasing, with the change it states and whether its member is
the passive subject. Named groups: ``obj`` an object list of actors (the members),
``sg`` the group is the subject before the cue, ``sgt`` the same but the subject must
stand right before the verb, ``grp`` the span where the group is named."""

from __future__ import annotations

import re

from caspian.extract.membership_adjuncts import (
    HANDED_IN,
    HANDED_IN_WORDS,
    KIND_MODIFIERS,
    RANK,
    SINCE_DATE,
    TIME_ADJUNCT,
)
from caspian.extract.membership_cues_clauses import CLAUSE_CUES
from caspian.extract.membership_cues_more import MORE_CUES
from caspian.extract.membership_cues_news import NEWS_CUES
from caspian.facts import MembershipChange

#: (the OSCE calls its members "participating states": "became the 57th participating state")
_MEMBER = (
    r"(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:full(?:-fledged|y-fledged)?\s+|permanent\s+|new\s+)?"
    r"(?:members?|participating\s+states?)"
)
#: a possessive determiner of an application: "the country's", "the government's" (the
#: applicant is the clause's subject; a state named as owner: membership_cues_clauses)
_OWNER = r"(?:(?:the\s+)?(?:country|nation|state|republic|government|kingdom)[’']s\s+)"
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_ADVERB = r"(?:(?:formally|officially|finally|now|also|then|eventually|subsequently)\s+)?"
#: An object list of actors ("invited Finland, Sweden and Norway to join").
_OBJ_LIST = r"(?P<obj>[^.;:]{2,140}?)"
#: (pattern, change, passive, gates). The gates are clauses of words every match of the
#: cue holds (lower case; one word of each clause): a sentence is only searched for the
#: cues whose gates it satisfies. The words of the first clause begin a word.
Cue = tuple[re.Pattern[str], MembershipChange, bool, tuple[tuple[str, ...], ...]]
_BASE_CUES: tuple[Cue, ...] = tuple(
    (re.compile(pattern, re.I), change, passive, gates)
    for pattern, change, passive, gates in (
        (
            # (a headline in the present: "Uzbekistan gets observer status in the EAEU")
            r"\b(?:granted|given|received|obtained|gained|won|awarded|gets|got|receives|obtains"
            r"|gains|wins)\s+(?:the\s+)?observer\s+status"
            r"(?:\s+(?:in|at|to|with|of))?",
            MembershipChange.OBSERVER,
            False,
            (("observer",), ("status",)),
        ),
        (
            r"\b(?:(?:has|have|had)\s+been|is|are)\s+(?:an?\s+)?observer(?:\s+(?:state|country))?"
            r"\s+(?:in|at|to|of)\b",
            MembershipChange.OBSERVER,
            False,
            (("observer",),),
        ),
        (
            r"\b(?:admitted|welcomed|accepted)\s+"
            + _OBJ_LIST
            + r"(?P<sg>)(?P<org>)\s+as\s+(?:its|their|the|an?)\s+"
            r"(?:[\w-]+\s+)?(?:full(?:-fledged)?\s+|new\s+)?member\b",
            MembershipChange.JOINED,
            False,
            (("member",), ("admitted", "welcomed", "accepted")),
        ),
        (
            r"\b(?:granted|gave|awarded|extended)\s+(?:the\s+)?observer\s+status\s+to\s+"
            + _OBJ_LIST
            + r"(?P<sg>)(?=\s*(?:[.,;:–—]|$|\s+(?:in|on|at|last|this)\b))",
            MembershipChange.OBSERVER,
            False,
            (("observer",), ("granted", "gave", "awarded", "extended"), ("status",)),
        ),
        (
            r"\b(?:(?:has|have|had)\s+(?:held|had|enjoyed)|holds?|has|have|enjoys?)\s+(?:the\s+)?"
            r"(?:status\s+of\s+(?:an?\s+)?observer|observer\s+status)(?:\s+(?:in|at|to|with|of))?",
            MembershipChange.OBSERVER,
            False,
            (("observer",), ("status",)),
        ),
        (
            # (with or without its article: "Last year Turkmenistan became observer of CICA")
            # ("became the first observer of the SCO", "became its permanent observer")
            r"\b(?:bec(?:ame|omes)|(?:has|have|had)\s+become)\s+"
            r"(?:(?:an?|the|its)\s+" + RANK + r"\s+|an?\s+)?observer"
            r"(?:\s+(?:state|country|member))?"
            r"(?:\s+(?:in|at|to|of))?",
            MembershipChange.OBSERVER,
            False,
            (("observer",), ("bec",)),
        ),
        (
            r"\bjoined\s+(?P<grp>[^.;,]{2,60}?)\s+as\s+(?:an?\s+)?(?:observer|(?:dialogue\s+)?partner)",
            MembershipChange.OBSERVER,
            False,
            (("joined",), ("observer", "partner")),
        ),
        (
            r"\bappl(?:ied|ies)\s+(?:formally\s+|officially\s+)?(?:for\s+(?:full\s+)?"
            r"(?:(?:[A-Z][\w-]*|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}[’']s)\s+)?membership"
            r"(?:\s+(?:of|in|to|at)(?!\s+(?:\d|January|February|March|April|May|June|July|August"
            r"|September|October|November|December)))?|to\s+(?:join|become\s+"
            + _MEMBER
            + r"\s+(?:state\s+)?of"
            # "applied to become a BRICS member"
            r"|become\s+(?:an?\s+)?(?:full\s+)?(?P<grp>(?-i:[A-Z])[\w+-]*)\s+member\b))",
            MembershipChange.APPLIED,
            False,
            (("appl",), ("member", "join")),
        ),
        (
            r"\b(?:submitted|filed|lodged|sent|handed\s+(?:over|in))\s+(?:an?\s+|its\s+|their\s+)?"
            r"(?:own\s+)?(?:formal\s+|official\s+)?(?:application|request|bid)s?\s+(?:to\s+join\b|for\s+(?:full\s+)?membership"
            r"\s+(?:of|in|to))",
            MembershipChange.APPLIED,
            False,
            (
                ("join", "membership"),
                ("submitted", "filed", "lodged", "sent", "handed"),
                ("application", "request", "bid"),
            ),
        ),
        (
            # "Ashgabat, an observer since July 2020, filed its formal application in
            # November": the group of the sentence before (see memberships._recent_group)
            # ("submitted its own application the same day")
            r"\b(?:submitted|filed|lodged)\s+(?:its|their)\s+(?:own\s+)?(?:formal\s+|official\s+)?"
            r"(?:membership\s+|accession\s+)?application(?P<recent>)(?=\s*(?:[.;,]|$|\s+(?:in|on|"
            r"last|this|earlier|late|early|the\s+same|(?:a|an|one|two|three|four|five|six|\d+)\s+"
            r"(?:days?|weeks?|months?)\s+later)\b))",
            MembershipChange.APPLIED,
            False,
            (("application",), ("submitted", "filed", "lodged")),
        ),
        (
            r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:invited|asked)\s+to"
            r"\s+(?:join"
            r"|become\s+" + _MEMBER + r"\s+of)",
            MembershipChange.INVITED,
            True,
            (("invited", "asked to join", "asked to become"), ("join", "member")),
        ),
        (
            r"\b(?:received|accepted)\s+(?:an?\s+|the\s+)?(?:formal\s+|official\s+)?invitation\s+to\s+join",
            MembershipChange.INVITED,
            False,
            (("invitation",), ("received", "accepted"), ("join",)),
        ),
        (
            r"\b(?:invited|invites|(?:decided|agreed|voted|resolved)\s+to\s+invite)\s+"
            + _OBJ_LIST
            + r"\s+to\s+(?:join|become\s+"
            + _MEMBER
            + r"(?:\s+of)?|start\s+accession|begin\s+accession)",
            MembershipChange.INVITED,
            False,
            (("invite",), ("join", "member", "accession")),
        ),
        (
            r"\b(?:extended|issued|sent|addressed)\s+(?:an?\s+|the\s+)?(?:formal\s+|official\s+)?"
            r"invitations?\s+to\s+" + _OBJ_LIST + r"\s+to\s+join",
            MembershipChange.INVITED,
            False,
            (("invitation",), ("extended", "issued", "sent", "addressed"), ("join",)),
        ),
        (
            # ("signed its application for EU membership", "handed its membership application")
            r"\b(?:submitted|filed|lodged|sent|handed(?:\s+(?:over|in))?|presented|made|tabled"
            r"|delivered|signed)\s+"
            r"(?:an?\s+|its\s+|their\s+|the\s+|" + _OWNER + r")?(?:own\s+)?"
            r"(?:formal\s+|official\s+)?(?:bid\s+for\s+|request\s+for\s+)?"
            r"(?:[A-Z][\w-]*\s+)?(?:full\s+)?membership\s+(?:application|bid|request)s?"
            r"(?:\s+(?:to|with|for))?",
            MembershipChange.APPLIED,
            False,
            (
                ("membership",),
                (
                    "submitted",
                    "filed",
                    "lodged",
                    "sent",
                    "handed",
                    "presented",
                    "made",
                    "tabled",
                    "delivered",
                    "signed",
                ),
                ("application", "bid", "request"),
            ),
        ),
        (
            r"\b(?:acceded|accedes|has\s+acceded|had\s+acceded)\s+to",
            MembershipChange.JOINED,
            False,
            (("acced",),),
        ),
        (
            r"\b(?:completed|finali[sz]ed|formali[sz]ed|celebrated|marked)\s+(?:the\s+)?accession\s+of\s+"
            + _OBJ_LIST
            + r"\s+(?:to|into)",
            MembershipChange.JOINED,
            False,
            (("accession",), ("completed", "finali", "formali", "celebrated", "marked")),
        ),
        (
            r"\b(?:bec(?:ame|omes)|(?:has|have|had)\s+" + _ADVERB + r"become)\s+(?:a|an|the)\s+"
            r"(?:full(?:-fledged)?\s+|new\s+|\w+\s+)?(?P<grp>[A-Z][\w-]*)\s+member(?:\s+(?:state|country))?\b"
            r"(?!\s+(?:of|in)\b(?!\s+(?:" + _MONTHS + r"|\d|late|early|mid)))",
            MembershipChange.JOINED,
            False,
            (("member",), ("bec",)),
        ),
        (
            r"\b(?:was|were|has\s+been|have\s+been)\s+"
            + _ADVERB
            + r"accepted\s+(?:as\s+"
            + _MEMBER
            + r"(?:\s+(?:states?|countr(?:y|ies)))?\s+(?:of|in)|(?:in)?to)",
            MembershipChange.JOINED,
            True,
            (("accepted",),),
        ),
        (
            r"(?P<obj>\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s)\s+accession\s+to\s+(?:the\s+)?[A-Z][\w-]*"
            r"(?:\s+[A-Z][\w-]*){0,5}\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+"
            r"|officially\s+)?(?:completed|finali[sz]ed|formali[sz]ed|sealed)|(?:took|came\s+into"
            r"|entered\s+into|became)\s+(?:effect|force|effective))",
            MembershipChange.JOINED,
            False,
            (
                ("accession",),
                (
                    "completed",
                    "finali",
                    "formali",
                    "sealed",
                    "took",
                    "came",
                    "entered",
                    "became",
                ),
            ),
        ),
        (
            r"\b(?:the\s+)?accession\s+of\s+"
            + _OBJ_LIST
            + r"\s+(?:to|into)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}\s+(?:was|were"
            r"|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?(?:completed|finali[sz]ed"
            r"|formali[sz]ed|sealed)",
            MembershipChange.JOINED,
            False,
            (("accession",), ("completed", "finali", "formali", "sealed")),
        ),
        (
            r"\b(?:the\s+)?accession\s+of\s+"
            + _OBJ_LIST
            + r"\s+(?:to|into)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}\s+(?:took|came"
            r"\s+into|entered\s+into|became)\s+(?:effect|force|effective)",
            MembershipChange.JOINED,
            False,
            (("accession",), ("took", "came", "entered", "became")),
        ),
        (
            r"\b(?:was|were|has\s+been|have\s+been)\s+" + _ADVERB + r"welcomed\s+(?:in)?to\s+"
            r"|\b(?:was|were|has\s+been|have\s+been)\s+"
            + _ADVERB
            + r"welcomed\s+as\s+"
            + _MEMBER
            + r"(?:\s+(?:states?|countr(?:y|ies)))?(?:\s+(?:of|in))?",
            MembershipChange.JOINED,
            True,
            (("welcomed",),),
        ),
        (
            r"\b(?:gained|obtained|acquired|was\s+granted|were\s+granted|received)\s+"
            r"(?:full(?:-fledged)?\s+)membership\s+(?:of|in)",
            MembershipChange.JOINED,
            False,
            (
                ("membership",),
                ("gained", "obtained", "acquired", "granted", "received"),
                ("full",),
            ),
        ),
        (
            r"\b(?:bec(?:ame|omes)|(?:has|have|had)\s+"
            + _ADVERB
            + r"become)\s+"
            + _MEMBER
            + r"(?:\s+(?:states?\s+|countr(?:y|ies)\s+)?(?:of|in)\b(?!\s+(?:\d|"
            + _MONTHS
            + r"))"
            # no object: a time after ("became members on Monday, 1 January", "last year")
            r"|(?=\s*,?\s+" + TIME_ADJUNCT + r"))",
            MembershipChange.JOINED,
            False,
            (("member", "participating"), ("bec",)),
        ),
        (
            r"\b(?:took\s+up|accepted|was\s+granted|were\s+granted|received|was\s+given|obtained"
            r"|gained|acquired|won)\s+(?:the\s+)?(?:status\s+of\s+)?(?:an?\s+)?(?:partner|observer|dialogue\s+partner)\b"
            r"(?:\s+(?:country|state))?(?:\s+status)?",
            MembershipChange.OBSERVER,
            False,
            (
                ("partner", "observer"),
                (
                    "took",
                    "accepted",
                    "granted",
                    "received",
                    "given",
                    "obtained",
                    "gained",
                    "acquired",
                    "won",
                ),
            ),
        ),
        (
            r"(?<=,)\s+an?\s+observer\s+(?:state\s+|country\s+)?(?:in|at|of|to)",
            MembershipChange.OBSERVER,
            False,
            (("observer",),),
        ),
        (
            r"\btook\s+(?:up\s+)?(?:its|their)\s+seats?\s+(?:in|at)\b",
            MembershipChange.JOINED,
            False,
            (("seat",), ("took",)),
        ),
        (
            r"\b(?:entered|came\s+in)\s+as\s+(?:full(?:-fledged)?\s+|new\s+)?members\b",
            MembershipChange.JOINED,
            False,
            (("members",), ("entered", "came")),
        ),
        (
            # "were both invited last month to join", "was formally invited in May to join"
            r"\b(?:was|were|(?:had|has|have)\s+(?:(?:both|all|also)\s+)?been)\s+(?:(?:both|all|each|also|"
            r"formally|officially|jointly|later|subsequently|eventually|finally)\s+){0,2}"
            # "was one of six countries invited", "was among the nations invited"
            r"(?:(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:countries|states|nations|"
            r"economies|governments)\s+)?"
            # (the cue runs to "to join": the group named after it is its object)
            # (a time or place between, not a second verb: "invited ... but declined to join")
            r"invited\b(?:(?:(?!\b(?:but|and|or|yet|declined|refused|not)\b)[^.;,]){0,80}?"
            r"\bto\s+join\b|(?=[^.;]{0,80}\bjoin))",
            MembershipChange.INVITED,
            True,
            (("invited",),),
        ),
        (
            r"(?<=,)\s+invited(?:\s+to\b|(?=\s+(?:at|in|during)\b))",
            MembershipChange.INVITED,
            True,
            (("invited",),),
        ),
        (
            r"\b(?:was|were|has\s+been)\s+added\s+as\s+an?\s+(?:partner|observer)\b"
            r"(?:\s+(?:country|state))?",
            MembershipChange.OBSERVER,
            True,
            (("added",), ("partner", "observer")),
        ),
        (
            r"\b(?:suspended|froze|frozen|freezes)\s+(?P<obj>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:’s|'s))"
            r"\s+(?:membership|participation)\s+in",
            MembershipChange.SUSPENDED,
            False,
            (("membership", "participation"), ("suspended", "froze", "frozen", "freezes")),
        ),
        (
            r"\b(?:was|were|has\s+been|have\s+been)\s+(?:formally\s+|officially\s+)?admitted\s+"
            r"(?:to|into|as(?!\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:observer|(?:dialogue\s+)?partner"
            r"|candidate|guest))|(?=(?:at|during)\s+(?:the|its|their|a)\s))",
            MembershipChange.JOINED,
            True,
            (("admitted",),),
        ),
        (
            r"\b(?:completed|finali[sz]ed)\s+(?:its|their|the)\s+accession(?:\s+to)?",
            MembershipChange.JOINED,
            False,
            (("accession",), ("completed", "finali")),
        ),
        (
            r"\b(?:formally\s+|officially\s+)?(?:re-?)?joined(?![^.;,]{2,60}?\s+as\s+(?:an?\s+)?(?:observer"
            r"|(?:dialogue\s+)?partner))(?!\s+as\s+(?:an?\s+)?(?:observer|(?:dialogue\s+)?partner|guest))"
            r"(?!\s+(?:forces|hands|the\s+(?:talks|call|meeting"
            r"|summit|effort|ranks)|in\b(?!\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)\b)|by\b|with\b))",
            MembershipChange.JOINED,
            False,
            (("joined",),),
        ),
        (
            r"\b(?:withdrew|has\s+withdrawn|had\s+withdrawn|have\s+withdrawn|pulled\s+out|"
            r"walked\s+out)\s+(?:\w+\s+)?"
            r"(?:from|of)(?!\s+(?:its\s+|their\s+|the\s+)?(?:\w+ing\b|bid|plans?|application|candidacy"
            r"|invitation|accession))",
            MembershipChange.LEFT,
            False,
            (("withdr", "pulled", "walked"),),
        ),
        (
            r"\bcompleted\s+(?:its|their)\s+(?:withdrawal|exit)\s+from",
            MembershipChange.LEFT,
            False,
            (("withdrawal", "exit"), ("completed",)),
        ),
        (
            r"\b(?:formally\s+|officially\s+)?(?:left|quit|exited)(?=\s+(?:the\s+)?(?-i:[A-Z])"
            r"|\s+(?:the|its|their)\s+" + KIND_MODIFIERS + r"(?:bloc|alliance|organi[sz]ation|union"
            r"|grouping|group|community|cartel)\b(?![’'-]|\s+(?:of|for|chat)\b))",
            MembershipChange.LEFT,
            False,
            (("left", "quit", "exited"),),
        ),
        (
            r"\b(?:suspended|suspending|froze|frozen|freezing)\s+(?:its|their)\s+(?:membership"
            r"|participation)\s+(?:in|of|within)\b",
            MembershipChange.SUSPENDED,
            False,
            (
                ("membership", "participation"),
                ("suspended", "suspending", "froze", "frozen", "freezing"),
            ),
        ),
        (
            r"\b(?:was|were|has\s+been|have\s+been)\s+suspended\s+(?:from|by)\b",
            MembershipChange.SUSPENDED,
            True,
            (("suspended",),),
        ),
        # "became NATO's 32nd member", "was admitted as ASEAN's newest member"
        (
            r"\b(?:bec(?:ame|omes)|(?:has|have|had)\s+" + _ADVERB + r"become|(?:was|were|has\s+been"
            r"|have\s+been)\s+" + _ADVERB + r"(?:admitted|accepted|welcomed)\s+as)\s+(?:the\s+)?"
            r"(?P<grp>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,4})(?:[’']s|(?<=S)[’'])\s+(?:[\w-]+\s+)?"
            r"(?:full(?:-fledged)?\s+|new(?:est)?\s+|permanent\s+)?member(?:\s+(?:state|country))?\b",
            MembershipChange.JOINED,
            False,
            (("member",), ("bec", "admitted", "accepted", "welcomed"), ("'", "’")),
        ),
        # partner country / dialogue partner status: "became a BRICS partner country",
        # "became partner countries of BRICS", "became a dialogue partner of the SCO"
        (
            r"\b(?:bec(?:ame|omes)|(?:has|have|had)\s+" + _ADVERB + r"become|(?:was|were|has\s+been"
            r"|have\s+been)\s+" + _ADVERB + r"(?:made|named|designated))\s+(?:an?\s+|the\s+)?"
            r"(?:official\s+|new\s+)?(?:(?P<grp>(?-i:[A-Z])[\w+-]*)\s+(?:dialogue\s+)?partners?"
            r"(?:\s+(?:country|countries|states?|nations?))?|dialogue\s+partners?|partner\s+(?:country"
            r"|countries|states?|nations?))\b(?:\s+(?:of|in|to)\b)?",
            MembershipChange.OBSERVER,
            False,
            (("partner",), ("bec", "made", "named", "designated")),
        ),
        # "ASEAN granted Timor-Leste observer status", "the SCO gave Laos dialogue partner
        # status"
        (
            r"\b(?:granted|gave|awarded|accorded|conferred)\s+"
            + _OBJ_LIST
            + r"(?P<sg>)\s+(?:the\s+)?(?:status\s+of\s+(?:an?\s+)?)?(?:observer"
            r"|(?:dialogue\s+)?partner(?:\s+country)?)(?:\s+status)?\b",
            MembershipChange.OBSERVER,
            False,
            (("observer", "partner"), ("granted", "gave", "awarded", "accorded", "conferred")),
        ),
        # "submitted its application for EU membership", "lodged a request for full membership"
        (
            r"\b" + HANDED_IN + r"\s+"
            r"(?:an?\s+|its\s+|their\s+|the\s+|" + _OWNER + r")?(?:formal\s+|official\s+)?"
            r"(?:application|request|bid)s?\s+for\s+"
            r"(?:full\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?membership\b",
            MembershipChange.APPLIED,
            False,
            (
                ("membership",),
                HANDED_IN_WORDS,
                ("application", "request", "bid"),
            ),
        ),
        (
            r"\b(?:formally\s+|officially\s+)?requested\s+(?:to\s+join|(?:full\s+)?membership\s+(?:of|in))",
            MembershipChange.APPLIED,
            False,
            (("requested",), ("join", "member")),
        ),
        # expulsion
        (
            r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
            + _ADVERB
            + r"(?:expelled|excluded"
            r"|kicked\s+out|thrown\s+out|ousted)\s+(?:from|of)",
            MembershipChange.LEFT,
            True,
            (("expelled", "excluded", "kicked", "thrown", "ousted"),),
        ),
        (
            r"\b(?:expelled|ousted)\s+"
            + _OBJ_LIST
            + r"(?P<sgt>)(?=\s*(?:[.,;:–—]|$|\s+(?:from|in|on|at"
            r"|last|this|after|following|over|for)\b))",
            MembershipChange.LEFT,
            False,
            (("expelled", "ousted"),),
        ),
        # "The African Union suspended Gabon following the coup"
        (
            r"\bsuspended\s+" + _OBJ_LIST + r"(?P<sgt>)(?=\s*(?:[.,;:–—]|$|\s+(?:from|in|on|at|last"
            r"|this|after|following|over|for|until|indefinitely)\b))",
            MembershipChange.SUSPENDED,
            False,
            (("suspended",),),
        ),
        (
            r"\b(?:suspended|froze|frozen|freezes|halted|paused)\s+(?:its|their)\s+(?P<grp>(?-i:[A-Z])"
            r"[\w-]*)\s+(?:membership|participation)\b",
            MembershipChange.SUSPENDED,
            False,
            (
                ("membership", "participation"),
                ("suspended", "froze", "frozen", "freezes", "halted", "paused"),
            ),
        ),
        # "took part as observers, a status Hungary has held since 2018"
        (
            r"\bas\s+(?:an?\s+)?observers?\b[^.;]{0,60}?,\s+a\s+status\s+(?:that\s+|which\s+)?"
            r"(?P<obj>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2})\s+(?:has|have|had)\s+"
            r"(?:held|had|enjoyed)(?=\s+since\b)",
            MembershipChange.OBSERVER,
            False,
            (("observer",), ("status",), ("held", "had", "enjoyed")),
        ),
        # "Armenia's participation in the CSTO has been frozen", "... is suspended"
        (
            r"(?P<obj>\b(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?[’']s)\s+(?:membership|participation)"
            r"\s+(?:in|of)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,5}\s+(?:has\s+been"
            r"|had\s+been|was|were|is|remains)\s+(?:effectively\s+|formally\s+|officially\s+)?"
            r"(?:frozen|suspended)\b",
            MembershipChange.SUSPENDED,
            False,
            (("frozen", "suspended"), ("membership", "participation")),
        ),
        # "BRICS expanded to include Egypt, Ethiopia, Iran and the UAE"
        (
            r"\b(?:expanded|enlarged|widened|grew)\s+(?:\w+\s+){0,2}?to\s+(?:include|admit|take\s+in"
            r"|welcome)\s+" + _OBJ_LIST + r"(?P<sgt>)(?=\s*(?:[.,;:–—]|$|\s+(?:in|on|at|last|this"
            r"|as|after|from|with)\b))",
            MembershipChange.JOINED,
            False,
            (("expanded", "enlarged", "widened", "grew"), ("include", "admit", "take", "welcome")),
        ),
        # "The withdrawal of Mali, Burkina Faso and Niger from ECOWAS took effect"
        (
            r"\b(?:the\s+)?(?:withdrawal|exit)\s+of\s+" + _OBJ_LIST + r"\s+from\s+(?:the\s+)?"
            r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,5}\s+(?:(?:has|had)\s+)?(?:took|taken"
            r"|came\s+into|become|became)\s+(?:effect|force|effective|final)",
            MembershipChange.LEFT,
            False,
            (("withdrawal", "exit"), ("took", "taken", "came", "become", "became")),
        ),
        (
            r"(?P<obj>\b(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?[’']s)\s+(?:withdrawal|exit)\s+from"
            r"\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,5}\s+(?:(?:has|had)\s+)?"
            r"(?:took|taken|came\s+into|become|became)\s+(?:effect|force|effective|final)",
            MembershipChange.LEFT,
            False,
            (("withdrawal", "exit"), ("took", "taken", "came", "become", "became")),
        ),
        # a membership dated by "since": "Kazakhstan, a member of the WTO since 2015,",
        # "Kazakhstan, a WTO member since 2015", "has been a member of the UN since 1992"
        (
            r"(?=[\shia])(?:(?<=,)\s+an?|\b(?:has|have|had)\s+been\s+an?|\b(?:is|are)(?:\s+an?)?)\s+"
            r"(?:full(?:-fledged)?\s+)?members?(?:\s+states?)?\s+(?:of|in)\b(?=[^.;,]{2,70}?\s+"
            + SINCE_DATE
            + r")",
            MembershipChange.JOINED,
            False,
            (("member",), ("since",)),
        ),
        (
            r"(?=[\shia])(?:(?<=,)\s+an?|\b(?:has|have|had)\s+been\s+an?|\b(?:is|are)\s+an?)\s+"
            r"(?:full(?:-fledged)?\s+)?(?P<grp>(?-i:[A-Z])[\w-]*)\s+member(?:\s+(?:state|country))?(?=\s+"
            + SINCE_DATE
            + r")",
            MembershipChange.JOINED,
            False,
            (("member",), ("since",)),
        ),
        # "BRICS, formed by Brazil, Russia, India and China and later joined by South Africa"
        (
            r"\bjoined\s+by\s+" + _OBJ_LIST + r"(?P<sg>)(?=\s*(?:[.,;:–—]|$|\s+(?:in|on|at|last"
            r"|this|after|from)\b))",
            MembershipChange.JOINED,
            False,
            (("joined",), ("by",)),
        ),
    )
)

#: The whole table: the cues above and those of :mod:`caspian.extract.membership_cues_more`.
CUES: tuple[Cue, ...] = _BASE_CUES + MORE_CUES + NEWS_CUES + CLAUSE_CUES

#: The words the first gate clauses of CUES are found by, none holding another ("member"
#: finds "members" and "membership" too), and "status", "followed" and "did so" for a
#: sentence that takes the status or change of the one before.
_FIRST_GATES = {gate for *_, gates in CUES for gate in gates[0]} | {
    "status",
    "followed",
    "did so",
    "done so",
    "suspen",
}
GATE_STEMS: tuple[str, ...] = tuple(
    sorted(
        word
        for word in _FIRST_GATES
        if not any(other != word and other in word for other in _FIRST_GATES)
    )
)
#: Continuations that make a found stem no gate word of any cue ("joint", "partnership":
#: the cues opened by "join" and "partner" need a word boundary after them).
STEM_EXCLUDES: dict[str, tuple[str, ...]] = {"join": ("t",), "partner": ("ship",)}
#: The cues (their indices in CUES) a found stem may open: those with a first gate word
#: holding it; all their gate clauses are checked on the sentence.
CUES_OF_STEM: dict[str, tuple[int, ...]] = {
    stem: tuple(index for index, (*_, gates) in enumerate(CUES) if any(stem in w for w in gates[0]))
    for stem in GATE_STEMS
}

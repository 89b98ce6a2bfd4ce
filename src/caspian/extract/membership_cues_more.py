"""More cues of membership changes (appended to the table of
:mod:`caspian.extract.membership_cues`): nominal and possessive statements ("Iran's
membership of the SCO took effect", "Brazil announced Indonesia's entry into BRICS",
"Azerbaijan's application to join BRICS was submitted"), a group admitting or
welcoming its new member ("The SCO admitted Belarus on Thursday", "welcomed Timor-Leste
into the bloc"), enlargement by accession ("expanded in 2015 with the accession of
Armenia and Kyrgyzstan"), observer and partner status by passive recognition ("was
accepted as a dialogue partner", "was recognised as a BRICS partner country", "the
SCO's newest dialogue partner", "Uzbekistan's observer status in the EAEU, obtained in
2020", "a dialogue partner of the SCO since 2016"), applications in other words
("formally asked to join", "submitted a letter of intent to join"), suspension ("put
its membership on hold"), departure ("ceased to be a member of", "is no longer a member
of") and joining in other verbs ("entered NATO", "became part of BRICS", "is now a full
member of", "was granted membership in", "upgraded its status to full member").

Named groups as in the main table: ``obj`` an object list of actors (the members),
``sg`` / ``sgt`` the group is the subject before the cue, ``grp`` the span naming the
group."""

from __future__ import annotations

import re

from caspian.extract.membership_adjuncts import SINCE_DATE
from caspian.facts import MembershipChange

_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_OBJ_LIST = r"(?P<obj>[^.;:]{2,140}?)"
#: A possessive member before a nominal cue ("Iran's", "Timor-Leste's", "Burkina Faso's").
_OWNER = r"(?P<obj>\b(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?[’']s)"
#: A named group: capitalised words ("the Shanghai Cooperation Organisation", "NATO").
_NAMED = r"(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?:of\s+|for\s+)?(?-i:[A-Z])[\w-]*){0,5}"
#: A group named and nothing else, up to the end of the clause or a date or place
#: ("entered NATO on Thursday", not "entered the OSCE Minsk Group talks").
GROUP_ONLY = (
    r"(?:the\s+)?(?P<grp>(?-i:[A-Z])[\w+-]*(?:\s+(?:of\s+|for\s+)?(?-i:[A-Z])[\w+-]*){0,5})"
    r"(?=\s*(?:[.,;:)]|$|\s+(?:on|in|at|as|last|this|after|before|during|with|when|since|from|and"
    r"|but|for|until|ending|bringing|becoming|making)\b))"
)
_ADVERB = r"(?:(?:formally|officially|finally|now|also|then|eventually|subsequently)\s+)?"
#: An object list of names that ends at its "and" item when it has commas ("Belarus, Iran
#: and India on Thursday"; "Belarus, Russia said" is one name and a clause).
_NAME_ITEM = r"(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}"
_NAME_LIST = (
    r"(?P<obj>"
    + _NAME_ITEM
    + r"(?:(?:\s*,\s*"
    + _NAME_ITEM
    + r")*,?\s+and\s+"
    + _NAME_ITEM
    + r")?)"
)
#: The subject of a main clause after a fronted participle and its date ("..., in 2015,
#: Kazakhstan has cut tariffs"): a name right before a finite verb.
_FRONTED_SUBJECT = (
    r"(?:\s+in\s+(?:(?:" + _MONTHS + r")\s+)?\d{4})?\s*,\s+(?P<obj>(?-i:[A-Z])[\w-]*(?:\s+"
    r"(?-i:[A-Z])[\w-]*){0,2})(?=\s+(?:has|have|had|is|was|were|are|\w+ed|sought|took|won"
    r"|made|began|became|went|got|grew|saw|set|cut|brought|built|held|kept|led|lost|met|paid"
    r"|spent|sent|still|now|never|also)\b)"
)
#: Where an object list ends: punctuation, a date or place preposition.
_LIST_END = (
    r"(?=\s*(?:[.,;:–—]|$|\s+(?:on|in|at|last|this|earlier|after|following|during|from|with"
    r"|when)\b))"
)
#: A partner or observer status word after "as": "as an observer", "as a BRICS partner
#: country", "as a dialogue partner".
_STATUS = (
    r"(?:an?\s+|the\s+)?(?:new\s+|official\s+|full\s+)?(?:(?P<grp>(?-i:[A-Z])[\w+-]*)\s+)?"
    r"(?:observers?(?:\s+(?:states?|countr(?:y|ies)|nations?|members?))?|(?:dialogue\s+)?partners?"
    r"(?:\s+(?:countr(?:y|ies)|states?|nations?))?)\b"
)

Cue = tuple[re.Pattern[str], MembershipChange, bool, tuple[tuple[str, ...], ...]]
MORE_CUES: tuple[Cue, ...] = tuple(
    (re.compile(pattern, re.I), change, passive, gates)
    for pattern, change, passive, gates in (
        # "Iran's membership of the SCO took effect", "Sweden's NATO membership became
        # official", "Iran's membership in the SCO was formalised"
        (
            _OWNER + r"\s+(?:(?P<grp>(?-i:[A-Z])[\w-]*)\s+)?(?:full(?:-fledged)?\s+)?(?:membership"
            r"|entry|admission|accession|incorporation)(?:\s+(?:of|in|into|to)\s+"
            + _NAMED
            + r")?\s+(?:(?:was|were"
            r"|has\s+been|had\s+been)\s+"
            + _ADVERB
            + r"(?:completed|finali[sz]ed|formali[sz]ed|sealed"
            r"|confirmed|announced)|(?:took|came\s+into|entered\s+into|became|becomes)\s+(?:effect"
            r"|force|effective|official|final))\b",
            MembershipChange.JOINED,
            False,
            (
                ("membership", "entry", "admission", "accession", "incorporation"),
                (
                    "completed",
                    "finali",
                    "formali",
                    "sealed",
                    "confirmed",
                    "announced",
                    "took",
                    "came",
                    "entered",
                    "became",
                    "becomes",
                ),
            ),
        ),
        # "Brazil announced Indonesia's entry into BRICS", "marked Finland's accession to
        # NATO", "welcomed Iran's admission to the SCO"
        (
            r"\b(?:announced|confirmed|welcomed|celebrated|marked|formali[sz]ed|completed"
            r"|finali[sz]ed|hailed)\s+" + _OWNER + r"\s+(?:full(?:-fledged)?\s+)?(?:entry|admission"
            r"|accession|membership)\s+(?:(?:in)?to|of|in)\b",
            MembershipChange.JOINED,
            False,
            (
                ("entry", "admission", "accession", "membership"),
                (
                    "announced",
                    "confirmed",
                    "welcomed",
                    "celebrated",
                    "marked",
                    "formali",
                    "completed",
                    "finali",
                    "hailed",
                ),
            ),
        ),
        # "The SCO admitted Belarus on Thursday", a headline "BRICS admits Egypt and Iran"
        (
            r"\b(?:formally\s+|officially\s+)?admit(?:ted|s)\s+"
            + _NAME_LIST
            + r"(?P<sgt>)"
            + _LIST_END,
            MembershipChange.JOINED,
            False,
            (("admit",),),
        ),
        # "BRICS welcomed new members Egypt, Ethiopia and Iran on 1 January", "welcomes its
        # new member Timor-Leste"
        (
            r"\b(?:formally\s+|officially\s+)?(?:welcomed|welcomes|admitted|admits)\s+(?:its\s+"
            r"|their\s+|the\s+)?(?:two\s+|three\s+|four\s+|five\s+|six\s+)?(?:new(?:est)?|full)"
            r"\s+members?\s+" + _NAME_LIST + r"(?P<sgt>)" + _LIST_END,
            MembershipChange.JOINED,
            False,
            (("welcome", "admit"), ("member",)),
        ),
        # "The union took in Armenia in January 2015 and Kyrgyzstan in August"
        (
            r"\b(?:took|brought)\s+in\s+" + _OBJ_LIST + r"(?P<sg>)" + _LIST_END,
            MembershipChange.JOINED,
            False,
            (("took in", "brought in"),),
        ),
        # "ASEAN leaders welcomed Timor-Leste into the bloc", "welcomed Finland into NATO"
        (
            r"\b(?:formally\s+|officially\s+)?welcomed\s+" + _OBJ_LIST + r"(?P<sg>)\s+(?:in)?to\s+"
            r"(?:the\s+|its\s+|their\s+)?(?:bloc|alliance|organi[sz]ation|union|grouping|club"
            r"|association|community|family|fold|ranks)\b",
            MembershipChange.JOINED,
            False,
            (("welcomed",), ("into", "to")),
        ),
        (
            r"\b(?:formally\s+|officially\s+)?welcomed\s+" + _OBJ_LIST + r"\s+(?:in)?to\s+"
            r"(?:the\s+)?(?P<grp>(?-i:[A-Z])[\w-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w-]*){0,5})"
            r"(?=\s*(?:[.,;:–—]|$|\s+(?:on|in|at|as|last|this|after|during|with)\b))",
            MembershipChange.JOINED,
            False,
            (("welcomed",), ("into", "to")),
        ),
        # "The Eurasian Economic Union expanded in 2015 with the accession of Armenia and
        # Kyrgyzstan"
        (
            r"\b(?:expanded|enlarged|widened|grew)\b[^.;]{0,40}?\bwith\s+the\s+(?:accession"
            r"|admission|entry|arrival)\s+of\s+" + _OBJ_LIST + r"(?P<sg>)" + _LIST_END,
            MembershipChange.JOINED,
            False,
            (
                ("expanded", "enlarged", "widened", "grew"),
                ("accession", "admission", "entry", "arrival"),
            ),
        ),
        # "was accepted as a dialogue partner of the SCO", "was recognised as a BRICS
        # partner country", "was accepted as an observer"
        (
            r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+" + _ADVERB + r"(?:accepted"
            r"|admitted|recogni[sz]ed|confirmed|approved|designated|named|welcomed)\s+as\s+"
            + _STATUS
            + r"(?:\s+(?:of|in|at|to|with)\b)?",
            MembershipChange.OBSERVER,
            True,
            (
                ("observer", "partner"),
                (
                    "accepted",
                    "admitted",
                    "recogni",
                    "confirmed",
                    "approved",
                    "designated",
                    "named",
                    "welcomed",
                ),
            ),
        ),
        # "became the SCO's newest dialogue partner", "became ASEAN's first observer"
        (
            r"\b(?:bec(?:ame|omes)|(?:has|have|had)\s+" + _ADVERB + r"become|(?:was|were|has\s+been"
            r"|have\s+been)\s+" + _ADVERB + r"(?:admitted|accepted|welcomed|named)\s+as)\s+"
            r"(?:the\s+)?(?P<grp>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,4})(?:[’']s|(?<=S)[’'])\s+(?:[\w-]+\s+)?"
            r"(?:observer(?:\s+(?:state|country|nation))?|(?:dialogue\s+)?partner(?:\s+(?:country"
            r"|state|nation))?)\b",
            MembershipChange.OBSERVER,
            False,
            (
                ("observer", "partner"),
                ("bec", "admitted", "accepted", "welcomed", "named"),
                ("'", "’"),
            ),
        ),
        # "Uzbekistan's observer status in the EAEU, obtained in December 2020"
        (
            _OWNER + r"\s+observer\s+status\s+(?:in|at|with|of)\s+(?P<grp>" + _NAMED + r")\s*,?\s+"
            r"(?:which\s+it\s+)?(?:obtained|granted|received|gained|acquired|secured|won)\s+"
            r"(?=(?:in|on|at\s+the\s+end\s+of)\s+(?:" + _MONTHS + r"|\d|late|early|mid))",
            MembershipChange.OBSERVER,
            False,
            (
                ("observer",),
                ("obtained", "granted", "received", "gained", "acquired", "secured", "won"),
            ),
        ),
        # "Azerbaijan, a dialogue partner of the SCO since 2016,"
        (
            r"(?:(?<=,)\s+an?|\b(?:has|have|had)\s+been\s+an?)\s+(?:(?:dialogue\s+)?partner"
            r"(?:\s+(?:country|state))?|observer(?:\s+(?:country|state))?)\s+(?:of|in|at|to)\b"
            r"(?=[^.;,]{2,70}?\s+" + SINCE_DATE + r")",
            MembershipChange.OBSERVER,
            False,
            (("partner", "observer"), ("since",)),
        ),
        # "Turkmenistan, an SCO dialogue partner since 2021", "has been an SCO observer since"
        (
            r"(?:(?<=,)\s+an?|\b(?:has|have|had)\s+been\s+an?)\s+(?P<grp>(?-i:[A-Z])[\w-]*)\s+"
            r"(?:(?:dialogue\s+)?partner(?:\s+(?:country|state))?|observer(?:\s+(?:country|state))?)"
            r"(?=\s+" + SINCE_DATE + r")",
            MembershipChange.OBSERVER,
            False,
            (("partner", "observer"), ("since",)),
        ),
        # "was granted SCO dialogue partner status", "obtained BRICS partner country status"
        (
            r"\b(?:granted|given|received|obtained|gained|won|awarded|accorded|acquired)\s+(?:the\s+)?"
            r"(?P<grp>(?-i:[A-Z])[\w-]*)\s+(?:observer|(?:dialogue\s+)?partner(?:\s+country)?)\s+"
            r"status\b",
            MembershipChange.OBSERVER,
            False,
            (
                ("observer", "partner"),
                (
                    "granted",
                    "given",
                    "received",
                    "obtained",
                    "gained",
                    "won",
                    "awarded",
                    "accorded",
                    "acquired",
                ),
                ("status",),
            ),
        ),
        # "Egypt, Ethiopia, Iran and the UAE became BRICS members on January 1"
        (
            r"\b(?:bec(?:ame|ome)|(?:has|have|had)\s+"
            + _ADVERB
            + r"become)\s+(?:full(?:-fledged)?\s+"
            r"|new\s+)?(?P<grp>(?-i:[A-Z])[\w-]*)\s+members\b(?!\s+(?:of|in)\b(?!\s+(?:"
            + _MONTHS
            + r"|\d)))",
            MembershipChange.JOINED,
            False,
            (("member",), ("bec",)),
        ),
        # "Bolivia was incorporated as a full member of Mercosur"
        (
            r"\b(?:was|were|has\s+been|have\s+been)\s+" + _ADVERB + r"(?:incorporated|inducted)\s+"
            r"(?:as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:full(?:-fledged)?\s+|new\s+|permanent\s+)?"
            r"member(?:\s+(?:state|country))?\s+(?:of|in|into)|in(?:to)?)\b",
            MembershipChange.JOINED,
            True,
            (("incorporat", "inducted"),),
        ),
        # "Since joining the WTO in 2015, Kazakhstan has cut tariffs": the subject of the
        # main clause, right after the fronted phrase (dated only)
        (
            r"\b(?-i:Since|After|Upon)\s+(?:formally\s+|officially\s+)?(?:joining|acceding\s+to"
            r"|becoming\s+(?:a\s+)?(?:full\s+)?member\s+of)\s+(?P<grp>" + _NAMED + r")\s+in\s+"
            r"(?:(?:"
            + _MONTHS
            + r")\s+)?\d{4},\s+(?P<obj>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)"
            r"{0,2})(?=\s+(?:has|have|had|is|was|were|are|\w+ed|sought|took|won|made|began|became"
            r"|went|got|grew|saw|set|cut|brought|built|held|kept|led|lost|met|paid|spent|sent)\b)",
            MembershipChange.JOINED,
            False,
            (
                (
                    "since joining",
                    "after joining",
                    "upon joining",
                    "since acceding",
                    "after acceding",
                    "upon acceding",
                    "since becoming",
                    "after becoming",
                    "upon becoming",
                ),
            ),
        ),
        # "Invited to join BRICS in August 2023, Saudi Arabia has yet to decide", "Admitted
        # to the WTO in 2015, Kazakhstan cut tariffs": a fronted participle, the subject of
        # the main clause right after it
        (
            r"(?:^|(?<=[.!?]\s)|(?<=\n))(?-i:Invited)\s+(?:in\s+(?:(?:"
            + _MONTHS
            + r")\s+)?\d{4}\s+)?"
            r"to\s+(?:join|become\s+(?:an?\s+)?(?:full\s+)?members?\s+of)\s+(?P<grp>"
            + _NAMED
            + r")"
            + _FRONTED_SUBJECT,
            MembershipChange.INVITED,
            False,
            (("invited",),),
        ),
        (
            r"(?:^|(?<=[.!?]\s)|(?<=\n))(?-i:Admitted|Accepted|Welcomed)\s+(?:(?:in)?to|as\s+(?:an?\s+)?"
            r"(?:full\s+)?member\s+of)\s+(?P<grp>" + _NAMED + r")" + _FRONTED_SUBJECT,
            MembershipChange.JOINED,
            False,
            (("admitted", "accepted", "welcomed"),),
        ),
        # "Turkmenistan joined as an observer on Friday" (the group of the sentence or the
        # document)
        (
            r"\b(?:formally\s+|officially\s+)?joined\s+as\s+(?:an?\s+)?(?:observer|(?:dialogue\s+)?"
            r"partner(?:\s+(?:country|state))?)(?:\s+(?:state|country|member))?\b",
            MembershipChange.OBSERVER,
            False,
            (("joined",), ("observer", "partner")),
        ),
        # "Hungary has been an observer since 2018", "Hungary, an observer since 2018,"
        (
            r"(?:(?<=,)\s+an?|\b(?:has|have|had)\s+been\s+an?)\s+observer(?:\s+(?:state|country))?"
            r"(?=\s+" + SINCE_DATE + r")",
            MembershipChange.OBSERVER,
            False,
            (("observer",), ("since",)),
        ),
        # "Georgia terminated its membership of the CIS", "renounced its membership in"
        (
            r"\b(?:terminated|ended|renounced|relinquished|revoked|gave\s+up)\s+(?:its|their)\s+"
            r"(?:(?P<grp>(?-i:[A-Z])[\w-]*)\s+)?membership\b(?:\s+(?:of|in)\b)?",
            MembershipChange.LEFT,
            False,
            (
                ("membership",),
                ("terminated", "ended", "renounced", "relinquished", "revoked", "gave"),
            ),
        ),
        # "Mali's exit from ECOWAS was finalised"
        (
            _OWNER + r"\s+(?:withdrawal|exit)\s+from\s+(?P<grp>" + _NAMED + r")\s+(?:was"
            r"|were|has\s+been|had\s+been)\s+"
            + _ADVERB
            + r"(?:completed|finali[sz]ed|formali[sz]ed"
            r"|confirmed)\b",
            MembershipChange.LEFT,
            False,
            (("withdrawal", "exit"), ("completed", "finali", "formali", "confirmed")),
        ),
        # "ECOWAS suspended Mali's membership" (the subject group)
        (
            r"\b(?:suspended|froze)\s+" + _OWNER + r"(?P<sgt>)\s+(?:membership|participation)\b"
            r"(?!\s+in\b)",
            MembershipChange.SUSPENDED,
            False,
            (("membership", "participation"), ("suspended", "froze")),
        ),
        # "Timor-Leste became the bloc's newest member" (the group of the sentence or the
        # document)
        (
            r"\b(?:bec(?:ame|omes)|(?:has|have|had)\s+"
            + _ADVERB
            + r"become)\s+the\s+(?:bloc|alliance"
            r"|organi[sz]ation|union|grouping)[’']s\s+(?:[\w-]+\s+)?(?:full(?:-fledged)?\s+|new(?:est)?\s+)?"
            r"member(?:\s+(?:state|country))?\b",
            MembershipChange.JOINED,
            False,
            (("member",), ("bec",)),
        ),
        (
            r"\b(?:bec(?:ame|omes)|(?:has|have|had)\s+"
            + _ADVERB
            + r"become)\s+the\s+(?:bloc|alliance"
            r"|organi[sz]ation|union|grouping)[’']s\s+(?:[\w-]+\s+)?(?:new(?:est)?\s+)?(?:observer"
            r"(?:\s+(?:state|country))?|(?:dialogue\s+)?partner(?:\s+(?:state|country))?)\b",
            MembershipChange.OBSERVER,
            False,
            (("observer", "partner"), ("bec",)),
        ),
        # "The entry of Bolivia into Mercosur took effect", "the admission of Timor-Leste to
        # ASEAN was completed"
        (
            r"\b(?:the\s+)?(?:entry|admission|incorporation)\s+of\s+"
            + _OBJ_LIST
            + r"\s+(?:in)?to\s+"
            r"(?P<grp>"
            + _NAMED
            + r")\s+(?:(?:was|were|has\s+been|had\s+been)\s+"
            + _ADVERB
            + r"(?:completed|finali[sz]ed|formali[sz]ed|sealed|confirmed)|(?:took|came\s+into"
            r"|entered\s+into|became)\s+(?:effect|force|effective|official))\b",
            MembershipChange.JOINED,
            False,
            (
                ("entry", "admission", "incorporation"),
                (
                    "completed",
                    "finali",
                    "formali",
                    "sealed",
                    "confirmed",
                    "took",
                    "came",
                    "entered",
                    "became",
                ),
            ),
        ),
        # "Uzbekistan ... suspended its membership again in 2012" (the group of the sentence
        # or the document)
        (
            r"\b(?:suspended|froze|frozen)\s+(?:its|their)\s+(?:membership|participation)"
            r"(?:\s+again)?(?=\s+(?:in|on)\s+(?:\d|" + _MONTHS + r"))",
            MembershipChange.SUSPENDED,
            False,
            (("membership", "participation"), ("suspended", "froze", "frozen")),
        ),
        # "Mali, Burkina Faso and Niger said their exit from ECOWAS became effective"
        (
            r"\b(?:its|their)\s+(?:withdrawal|exit)\s+from\s+(?P<grp>" + _NAMED + r")\s+"
            r"(?:(?:has|had)\s+)?(?:took|taken|came\s+into|become|became)\s+(?:effect|force"
            r"|effective|final)\b",
            MembershipChange.LEFT,
            False,
            (("withdrawal", "exit"), ("took", "taken", "came", "become", "became")),
        ),
        # "The country ... was formally admitted on Monday" (the group of the document)
        (
            r"\b(?:was|were|has\s+been|have\s+been)\s+" + _ADVERB + r"admitted(?=\s+(?:(?:on|in)\s+"
            r"(?:\d|" + _MONTHS + r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            r"|(?:last|this)\s+(?:year|month|week)))",
            MembershipChange.JOINED,
            True,
            (("admitted",),),
        ),
        # "the SCO upgraded Belarus from observer to full member"
        (
            r"\bupgraded\s+"
            + _OBJ_LIST
            + r"(?P<sgt>)\s+from\s+(?:an?\s+)?(?:observer|(?:dialogue\s+)?"
            r"partner)(?:\s+(?:state|status|country))?\s+to\s+(?:an?\s+)?full(?:-fledged)?\s+"
            r"member(?:ship|\s+state)?\b",
            MembershipChange.JOINED,
            False,
            (("member",), ("upgraded",), ("full",)),
        ),
        # "The council approved observer status for Uzbekistan", "Observer status was granted
        # to Uzbekistan and Cuba"
        (
            r"\b(?:approved|endorsed)\s+(?:the\s+)?(?:observer|(?:dialogue\s+)?partner(?:\s+country)?)"
            r"\s+status\s+for\s+" + _OBJ_LIST + r"(?P<sg>)" + _LIST_END,
            MembershipChange.OBSERVER,
            False,
            (("observer", "partner"), ("approved", "endorsed"), ("status",)),
        ),
        (
            r"\b(?:observer|(?:dialogue\s+)?partner(?:\s+country)?)\s+status\s+(?:(?:in|at|with|of)\s+"
            r"(?P<grp>"
            + _NAMED
            + r")\s+)?(?:was|were|has\s+been|had\s+been)\s+"
            + _ADVERB
            + r"(?:granted|given|awarded|accorded)\s+to\s+"
            + _OBJ_LIST
            + _LIST_END,
            MembershipChange.OBSERVER,
            False,
            (("observer", "partner"), ("granted", "given", "awarded", "accorded"), ("status",)),
        ),
        # "Turkey has formally asked to join BRICS"
        (
            r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)\b(?:formally\s+|officially\s+)?"
            r"asked\s+to\s+(?:join|become\s+(?:an?\s+)?(?:full\s+)?members?\s+of)\b",
            MembershipChange.APPLIED,
            False,
            (("asked to join", "asked to become"),),
        ),
        # "Thailand submitted a letter of intent to join BRICS"
        (
            r"\b(?:submitted|sent|signed|handed\s+(?:over|in)|delivered|presented)\s+(?:an?\s+"
            r"|its\s+|their\s+|the\s+)?(?:formal\s+|official\s+)?(?:letter|expression|declaration)\s+"
            r"of\s+(?:intent|interest)\s+to\s+join\b",
            MembershipChange.APPLIED,
            False,
            (
                ("join",),
                ("letter of intent", "expression of interest", "declaration of intent"),
            ),
        ),
        # "Azerbaijan's application to join BRICS was submitted in August", "Tashkent's
        # request to join, signed by the prime minister, was received in Geneva" (a group
        # not named: the one of the sentences before, else the document's)
        (
            _OWNER + r"\s+(?:formal\s+|official\s+)?(?:application|bid|request)\s+(?:to\s+join"
            r"|for\s+(?:full\s+)?membership\s+(?:of|in)(?=\s+(?:the\s+)?(?-i:[A-Z])))"
            r"(?:\s+(?P<grp>" + _NAMED + r"))?(?:\s*,\s+[^,;.]{1,80},)?\s+(?:was|were"
            r"|has\s+been|had\s+been)\s+" + _ADVERB + r"(?:submitted|filed|lodged|delivered|sent"
            r"|handed\s+(?:over|in)|presented|received|registered)\b(?P<recent>)(?P<topic>)",
            MembershipChange.APPLIED,
            False,
            (
                ("join", "member"),
                ("application", "bid", "request"),
                (
                    "submitted",
                    "filed",
                    "lodged",
                    "delivered",
                    "sent",
                    "handed",
                    "presented",
                    "received",
                    "registered",
                ),
            ),
        ),
        (
            _OWNER + r"\s+(?:formal\s+|official\s+)?(?:application|bid|request)\s+for\s+"
            r"(?P<grp>(?-i:[A-Z])[\w-]*)\s+membership\s+(?:was|were|has\s+been|had\s+been)\s+"
            + _ADVERB
            + r"(?:submitted|filed|lodged|delivered|sent|handed\s+(?:over|in)"
            r"|presented)\b",
            MembershipChange.APPLIED,
            False,
            (
                ("join", "member"),
                ("application", "bid", "request"),
                ("submitted", "filed", "lodged", "delivered", "sent", "handed", "presented"),
            ),
        ),
        # "Armenia has put its membership of the CSTO on hold"
        (
            r"\bput\s+(?:its|their)\s+(?:(?P<grp>(?-i:[A-Z])[\w-]*)\s+)?(?:membership|participation)"
            r"(?:\s+(?:in|of)\s+" + _NAMED + r")?\s+on\s+hold\b",
            MembershipChange.SUSPENDED,
            False,
            (("membership", "participation"), ("hold",)),
        ),
        # "Russia ceased to be a member of the Council of Europe", "Georgia is no longer a
        # member of the CIS"
        (
            r"\b(?:ceased|ceases)\s+to\s+be\s+(?:an?\s+)?(?:full\s+)?members?\s+(?:state\s+)?(?:of|in)"
            r"|\b(?:is|are)\s+no\s+longer\s+(?:an?\s+)?members?\s+(?:state\s+)?(?:of|in)\b",
            MembershipChange.LEFT,
            False,
            (("member",), ("ceas", "no longer")),
        ),
        # "Sweden formally entered NATO on Thursday"
        (
            r"\b(?:formally\s+|officially\s+)?entered\s+" + GROUP_ONLY,
            MembershipChange.JOINED,
            False,
            (("entered",),),
        ),
        # "Indonesia became part of BRICS", "Iran is now a full member of the SCO"
        (
            r"\b(?:bec(?:ame|omes)|(?:has|have|had)\s+" + _ADVERB + r"become)\s+(?:a\s+)?"
            r"(?:full\s+)?part\s+of\s+" + GROUP_ONLY,
            MembershipChange.JOINED,
            False,
            (("bec",), ("part",)),
        ),
        (
            r"\b(?:is|are)\s+now\s+(?:an?\s+)?(?:full(?:-fledged)?\s+)?members?\s+(?:state\s+)?"
            r"(?:of|in)\s+" + GROUP_ONLY,
            MembershipChange.JOINED,
            False,
            (("member",), ("now",)),
        ),
        # "Kazakhstan was granted membership in the WTO", "gained membership of the OTS"
        (
            r"\b(?:gained|obtained|acquired|won|secured|was\s+granted|were\s+granted|was\s+given)\s+"
            r"membership\s+(?:of|in)\b",
            MembershipChange.JOINED,
            False,
            (
                ("membership",),
                ("gained", "obtained", "acquired", "won", "secured", "granted", "given"),
            ),
        ),
        # "Uzbekistan upgraded its status in the OTS to full member", "was upgraded from
        # observer to full member of"
        (
            r"\bupgraded\s+(?:its|their)\s+(?:status|membership)\s+(?:(?:in|at|with)\s+(?P<grp>"
            + _NAMED
            + r")\s+)?(?:from\s+(?:an?\s+)?observer\s+)?to\s+(?:that\s+of\s+)?(?:an?\s+)?"
            r"full(?:-fledged)?\s+member(?:ship)?\b"
            r"|\b(?:was|were|has\s+been|have\s+been)\s+upgraded\s+(?:from\s+(?:an?\s+)?observer\s+)?"
            r"to\s+(?:an?\s+)?full(?:-fledged)?\s+member(?:ship)?(?:\s+(?:of|in))?\b",
            MembershipChange.JOINED,
            False,
            (("member",), ("upgraded",), ("full",)),
        ),
        # "Armenia and Belarus are members of the EAEU, Armenia since January 2015": the
        # members dated in an apposition after the group ("..., Kyrgyzstan since 1998 and
        # Kazakhstan since 2015")
        (
            r"\b(?:are|were)\s+(?:both\s+|all\s+)?(?:full(?:-fledged)?\s+)?members\s+(?:of|in)\s+"
            r"(?P<grp>" + _NAMED + r")\s*,\s+(?P<obj>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)"
            r"(?=\s+" + SINCE_DATE + r")",
            MembershipChange.JOINED,
            False,
            (("member",), ("since",)),
        ),
        (
            r"\bbelong\s+to\s+(?P<grp>" + _NAMED + r")\s*,\s+(?P<obj>(?-i:[A-Z])[\w-]*"
            r"(?:\s+(?-i:[A-Z])[\w-]*)?)(?=\s+" + SINCE_DATE + r")",
            MembershipChange.JOINED,
            False,
            (("belong",), ("since",)),
        ),
    )
)

__all__ = ["GROUP_ONLY", "MORE_CUES", "Cue"]

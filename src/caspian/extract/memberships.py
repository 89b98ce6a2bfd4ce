"""Membership changes: who applies to, is invited to, joins, observes, leaves or is
suspended from an organisation or format (``caspian.memberships.v1``).

A sentence is looked at only if a cheap regular expression finds a membership word
in it ("join", "member", "accession", "observer", "withdrew", "invited", "applied",
"admitted", "suspended"). Cues, by change:

- applied: "applied to join X", "applied for (X) membership (of X)", "submitted a (formal)
  application / request / bid to join X", "submitted / filed a membership bid /
  application (to X)";
- invited: "was invited to join (X)", "X invited / decided to invite A, B and C to join",
  "extended an invitation to A to join", "received an invitation to join X";
- joined: "joined X", "became a (full) member / members of X", "became a X member", "was
  admitted / accepted / formally welcomed (as the Nth member) to X", "X admitted /
  welcomed A as its Nth member", "acceded to X", "completed its accession to X", "the
  accession of A to X was completed / took effect", "A's accession to X took effect",
  "gained / was granted full membership of X";
- observer: "was granted observer status in X", "X granted observer status to A",
  "became / has been / is an observer (state) of X", "holds / has observer status in
  X", "joined X as an observer";
- left: "withdrew from X", "left X", "quit X", "pulled out of X", "completed its
  withdrawal from X";
- suspended: "suspended its membership/participation in X", "was suspended from X",
  "froze its participation in X".

The member is the actor right before the cue in its clause with the states coordinated
with it ("Bulgaria, Romania and Cyprus became members"), or the object list for "X
invited A, B and C to join" (a list of actors and nothing else); the group is the first
organisation or format after the cue (the subject for "NATO welcomed A"), else the only
one in the sentence, else the one the document is about. An elliptical conjunct takes
the same change with its own date ("Croatia joined the EU in 2013 and Bulgaria in
2007", "Laos joined ASEAN in 1997, Cambodia two years later"). Candidate status is no
change of the spec's vocabulary and yields nothing. Hedged, future and negated
statements ("plans to join", "may apply", "aspires to join", "has not joined") yield
nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from caspian.extract.agreements import lead_date
from caspian.extract.base import actors_in, add_facts, dates_in, make_fact, text_of
from caspian.extract.references import party_mentions
from caspian.extract.vocab import CLAUSE_HEDGE
from caspian.facts import MembershipChange, MembershipFact

if TYPE_CHECKING:
    from caspian.extract.mentions import ActorMention

COMPONENT = "caspian.memberships.v1"
VERSION = "1"

_TRIGGER = re.compile(
    r"\b(?:join\w*|member\w*|accession|acced\w*|welcom\w*|accepted|observer|withdr\w+|invit\w+|appli\w+|applied|admitted"
    r"|quit|left|exit\w*|pulled\s+out|suspend\w*|froze|frozen|partners?|status|entered|seats?)\b",
    re.I,
)
_MEMBER = (
    r"(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:full(?:-fledged|y-fledged)?\s+|permanent\s+|new\s+)?"
    r"members?"
)
_ADVERB = r"(?:(?:formally|officially|finally|now|also|then|eventually|subsequently)\s+)?"
#: An object list of actors ("invited Finland, Sweden and Norway to join").
_OBJ_LIST = r"(?P<obj>[^.;:]{2,140}?)"
_CUES: tuple[tuple[re.Pattern[str], MembershipChange, bool], ...] = tuple(
    (re.compile(pattern, re.I), change, passive)
    for pattern, change, passive in (
        (
            r"\b(?:granted|given|received|obtained|gained|won|awarded)\s+(?:the\s+)?observer\s+status"
            r"(?:\s+(?:in|at|to|with|of))?",
            MembershipChange.OBSERVER,
            False,
        ),
        (
            r"\b(?:(?:has|have|had)\s+been|is|are)\s+an?\s+observer(?:\s+(?:state|country))?"
            r"\s+(?:in|at|to|of)\b",
            MembershipChange.OBSERVER,
            False,
        ),
        (
            r"\b(?:admitted|welcomed|accepted)\s+"
            + _OBJ_LIST
            + r"(?P<sg>)\s+as\s+(?:its|their|the)\s+"
            r"(?:\w+\s+)?(?:full(?:-fledged)?\s+|new\s+)?member\b",
            MembershipChange.JOINED,
            False,
        ),
        (
            r"\b(?:granted|gave|awarded|extended)\s+(?:the\s+)?observer\s+status\s+to\s+"
            + _OBJ_LIST
            + r"(?P<sg>)(?=\s*(?:[.,;]|$|\s+(?:in|on|at|last|this)\b))",
            MembershipChange.OBSERVER,
            False,
        ),
        (
            r"\b(?:(?:has|have|had)\s+(?:held|had|enjoyed)|holds?|has|have|enjoys?)\s+(?:the\s+)?"
            r"(?:status\s+of\s+(?:an?\s+)?observer|observer\s+status)(?:\s+(?:in|at|to|with|of))?",
            MembershipChange.OBSERVER,
            False,
        ),
        (
            r"\bbec(?:ame|omes)\s+an?\s+observer(?:\s+(?:state|country|member))?"
            r"(?:\s+(?:in|at|to|of))?",
            MembershipChange.OBSERVER,
            False,
        ),
        (
            r"\bjoined\s+(?P<grp>[^.;,]{2,60}?)\s+as\s+an?\s+observer",
            MembershipChange.OBSERVER,
            False,
        ),
        (
            r"\bappl(?:ied|ies)\s+(?:formally\s+|officially\s+)?(?:for\s+(?:full\s+)?"
            r"(?:(?:[A-Z][\w-]*|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}[’']s)\s+)?membership"
            r"(?:\s+(?:of|in|to|at)(?!\s+(?:\d|January|February|March|April|May|June|July|August"
            r"|September|October|November|December)))?|to\s+(?:join|become\s+"
            + _MEMBER
            + r"\s+(?:state\s+)?of))",
            MembershipChange.APPLIED,
            False,
        ),
        (
            r"\b(?:submitted|filed|lodged|sent|handed\s+over)\s+(?:an?\s+|its\s+|their\s+)?(?:formal\s+"
            r"|official\s+)?(?:application|request|bid)\s+(?:to\s+join|for\s+(?:full\s+)?membership"
            r"\s+(?:of|in|to))",
            MembershipChange.APPLIED,
            False,
        ),
        (
            r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?invited\s+to\s+(?:join"
            r"|become\s+" + _MEMBER + r"\s+of)",
            MembershipChange.INVITED,
            True,
        ),
        (
            r"\breceived\s+an?\s+(?:formal\s+|official\s+)?invitation\s+to\s+join",
            MembershipChange.INVITED,
            False,
        ),
        (
            r"\b(?:invited|invites|(?:decided|agreed|voted|resolved)\s+to\s+invite)\s+"
            + _OBJ_LIST
            + r"\s+to\s+(?:join|become\s+"
            + _MEMBER
            + r"\s+of|start\s+accession|begin\s+accession)",
            MembershipChange.INVITED,
            False,
        ),
        (
            r"\b(?:extended|issued|sent|addressed)\s+(?:an?\s+|the\s+)?(?:formal\s+|official\s+)?"
            r"invitation\s+to\s+" + _OBJ_LIST + r"\s+to\s+join",
            MembershipChange.INVITED,
            False,
        ),
        (
            r"\b(?:submitted|filed|lodged|sent|handed\s+(?:over|in)|presented|made|tabled|delivered)\s+"
            r"(?:an?\s+|its\s+|their\s+|the\s+)?(?:own\s+)?(?:formal\s+|official\s+)?(?:bid\s+for\s+|request\s+for\s+)?"
            r"(?:[A-Z][\w-]*\s+)?(?:full\s+)?membership\s+(?:application|bid|request|applications)"
            r"(?:\s+(?:to|with|for))?",
            MembershipChange.APPLIED,
            False,
        ),
        (
            r"\b(?:acceded|accedes|has\s+acceded|had\s+acceded)\s+to",
            MembershipChange.JOINED,
            False,
        ),
        (
            r"\b(?:completed|finali[sz]ed|formali[sz]ed|celebrated|marked)\s+(?:the\s+)?accession\s+of\s+"
            + _OBJ_LIST
            + r"\s+(?:to|into)",
            MembershipChange.JOINED,
            False,
        ),
        (
            r"\b(?:bec(?:ame|omes)|(?:has|have|had)\s+" + _ADVERB + r"become)\s+(?:a|an|the)\s+"
            r"(?:full(?:-fledged)?\s+|new\s+|\w+\s+)?(?P<grp>[A-Z][\w-]*)\s+member(?:\s+(?:state|country))?\b"
            r"(?!\s+(?:of|in)\b)",
            MembershipChange.JOINED,
            False,
        ),
        (
            r"\b(?:was|were|has\s+been|have\s+been)\s+"
            + _ADVERB
            + r"accepted\s+(?:as\s+"
            + _MEMBER
            + r"(?:\s+(?:states?|countr(?:y|ies)))?\s+(?:of|in)|(?:in)?to)",
            MembershipChange.JOINED,
            True,
        ),
        (
            r"(?P<obj>\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s)\s+accession\s+to\s+(?:the\s+)?[A-Z][\w-]*"
            r"(?:\s+[A-Z][\w-]*){0,5}\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+"
            r"|officially\s+)?(?:completed|finali[sz]ed|formali[sz]ed|sealed)|(?:took|came\s+into"
            r"|entered\s+into|became)\s+(?:effect|force|effective))",
            MembershipChange.JOINED,
            False,
        ),
        (
            r"\b(?:the\s+)?accession\s+of\s+"
            + _OBJ_LIST
            + r"\s+(?:to|into)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}\s+(?:was|were"
            r"|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?(?:completed|finali[sz]ed"
            r"|formali[sz]ed|sealed)",
            MembershipChange.JOINED,
            False,
        ),
        (
            r"\b(?:the\s+)?accession\s+of\s+"
            + _OBJ_LIST
            + r"\s+(?:to|into)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}\s+(?:took|came"
            r"\s+into|entered\s+into|became)\s+(?:effect|force|effective)",
            MembershipChange.JOINED,
            False,
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
        ),
        (
            r"\b(?:gained|obtained|acquired|was\s+granted|were\s+granted|received)\s+"
            r"(?:full(?:-fledged)?\s+)membership\s+(?:of|in)",
            MembershipChange.JOINED,
            False,
        ),
        (
            r"\b(?:bec(?:ame|omes)|(?:has|have|had)\s+"
            + _ADVERB
            + r"become)\s+"
            + _MEMBER
            + r"\s+(?:states?\s+|countr(?:y|ies)\s+)?(?:of|in)",
            MembershipChange.JOINED,
            False,
        ),
        (
            r"\b(?:took\s+up|accepted|was\s+granted|were\s+granted|received|was\s+given)\s+"
            r"(?:the\s+)?(?:status\s+of\s+)?(?:an?\s+)?(?:partner|observer|dialogue\s+partner)"
            r"(?:\s+(?:country|state))?(?:\s+status)?",
            MembershipChange.OBSERVER,
            False,
        ),
        (
            r"(?<=,)\s+an?\s+observer\s+(?:state\s+|country\s+)?(?:in|at|of|to)",
            MembershipChange.OBSERVER,
            False,
        ),
        (
            r"\btook\s+(?:up\s+)?(?:its|their)\s+seats?\s+(?:in|at)\b",
            MembershipChange.JOINED,
            False,
        ),
        (
            r"\b(?:entered|came\s+in)\s+as\s+(?:full(?:-fledged)?\s+|new\s+)?members\b",
            MembershipChange.JOINED,
            False,
        ),
        (
            r"\b(?:was|were|had\s+been|has\s+been)\s+invited\b(?=[^.;]{0,80}\bjoin)",
            MembershipChange.INVITED,
            True,
        ),
        (r"(?<=,)\s+invited\s+(?:at|to|in|during)\b", MembershipChange.INVITED, True),
        (
            r"\b(?:was|were|has\s+been)\s+added\s+as\s+an?\s+(?:partner|observer)"
            r"(?:\s+(?:country|state))?",
            MembershipChange.OBSERVER,
            True,
        ),
        (
            r"\b(?:suspended|froze|frozen|freezes)\s+(?P<obj>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:’s|'s))"
            r"\s+(?:membership|participation)\s+in",
            MembershipChange.SUSPENDED,
            False,
        ),
        (
            r"\b(?:was|were|has\s+been|have\s+been)\s+(?:formally\s+|officially\s+)?admitted\s+"
            r"(?:to|into|as)",
            MembershipChange.JOINED,
            True,
        ),
        (
            r"\b(?:completed|finali[sz]ed)\s+(?:its|their|the)\s+accession(?:\s+to)?",
            MembershipChange.JOINED,
            False,
        ),
        (
            r"\b(?:formally\s+|officially\s+)?joined(?!\s+(?:forces|hands|the\s+(?:talks|call|meeting"
            r"|summit|effort|ranks)|in\b(?!\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)\b)|by\b|with\b))",
            MembershipChange.JOINED,
            False,
        ),
        (
            r"\b(?:withdrew|has\s+withdrawn|had\s+withdrawn|have\s+withdrawn|pulled\s+out)\s+(?:\w+\s+)?"
            r"(?:from|of)",
            MembershipChange.LEFT,
            False,
        ),
        (r"\bcompleted\s+(?:its|their)\s+(?:withdrawal|exit)\s+from", MembershipChange.LEFT, False),
        (
            r"\b(?:formally\s+|officially\s+)?(?:left|quit|exited)(?=\s+(?:the\s+)?[A-Z])",
            MembershipChange.LEFT,
            False,
        ),
        (
            r"\b(?:suspended|froze|frozen)\s+(?:its|their)\s+(?:membership|participation)\s+in",
            MembershipChange.SUSPENDED,
            False,
        ),
        (
            r"\b(?:was|were|has\s+been|have\s+been)\s+suspended\s+from",
            MembershipChange.SUSPENDED,
            True,
        ),
    )
)
_NEAR_HEDGE = re.compile(
    r"\b(?:to|will|would|may|might|could|should|can|must|not|n't|never|plans?|planning"
    r"|intends?|wants?|seeks?|hopes?|aims?|aspires?|wishes|considering|expected|likely"
    r"|ready|eager|keen|unlikely|refused|declined|yet)\s+(?:\w+\s+){0,1}$",
    re.I,
)


@cache
def _kind(actor_id: str) -> str:
    from caspian.actors import load_registry

    registry = load_registry()
    return registry.get(actor_id).kind if actor_id in registry else "state"


_PRONOUN_SUBJECT = re.compile(r"\s*(?:It|The\s+country|The\s+state|The\s+republic)\s")
_NO_OBJECT = re.compile(
    r"\s*(?:in\s+(?:\w+\s+)?\d{4}|at\b|on\b|,|\.|$|together\b|as\b|last\b|this\b|too\b"
    r"|(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+later\b"
    r"|(?:soon|shortly)\s+after)"
)
_MONTH_MAY = re.compile(r"\bMay(?=\s+\d|,?\s+\d{4})|\b(?:in|of|since|until|from|last|next)\s+May\b")
_TOGETHER = re.compile(
    r"[^.;]{0,30}?\btogether\s+with\s+(?P<who>(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
#: Where the clause of a cue ends for its date ("..., arguing that ... in 2021").
_DATE_CLAUSE_END = re.compile(
    r",\s+(?:\w+ing|which|who|when|after|because|since|as|although|though|but|while)\b|;|:"
)
_CLAUSE_END = re.compile(r",\s+(?:but|and|while|which|who)\b|;|\s+but\s+")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)\s*(?:the\s+)?")


def _subjects(doc: Doc, mentions: list[ActorMention], start: int, cue: int) -> list[ActorMention]:
    """The member(s) before a cue: the last state named in the clause, with the states
    coordinated with it ("Mali, Burkina Faso and Niger left ...")."""
    text = text_of(doc)
    before = [
        m
        for m in mentions
        if start <= m.start and m.end <= cue and not re.search(r"[;:]", text[m.end : cue])
    ]
    if not before:
        return []
    chain = [before[-1]]
    for mention in reversed(before[:-1]):
        if mention.actor_id == chain[0].actor_id:
            continue
        gap = text[mention.end : chain[0].start]
        if _LIST_GAP.fullmatch(gap) or re.fullmatch(r",\s*represented\s+[^,]{0,60},\s*and\s+", gap):
            chain.insert(0, mention)
        else:
            break
    return chain


_OBJ_GAP = re.compile(r"(?:\s|,|[’']s\b|\band\b|\bthe\b|\bas\s+well\s+as\b|\bboth\b)*")


#: "joined the EU's sanctions": a group owning the object is not the group joined.
_POSSESSIVE = re.compile(r"[’']s\b")


def _object_list(doc: Doc, start: int, end: int) -> list[ActorMention]:
    """The states of an object phrase that is nothing but a list of actors ("Finland,
    Sweden and Norway"); none if the phrase holds other words."""
    text = text_of(doc)
    found = actors_in(doc, start, end)
    position = start
    kept: list[ActorMention] = []
    for mention in found:
        if mention.start < position:
            continue
        if not _OBJ_GAP.fullmatch(text, position, mention.start):
            return []
        kept.append(mention)
        position = mention.end
    if not kept or not _OBJ_GAP.fullmatch(text, position, end):
        return []
    return [m for m in kept if _kind(m.actor_id) == "state"]


def _joint_with(text: str, group: ActorMention) -> bool:
    """ "together with the EU": a group named as a co-actor, not the one joined."""
    return bool(
        re.search(
            r"\b(?:together\s+with|along\s+with|alongside)\s+(?:the\s+)?$",
            text[max(0, group.start - 20) : group.start],
        )
    )


_ELLIPSIS_BEFORE = re.compile(
    r"(?:,\s*(?:(?:and|while|whereas)\s+)?|\s+(?:and|while|whereas)\s+)"
    r"(?:(?:then|later|finally)\s+)?(?:the\s+)?$"
)
_ELLIPSIS_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:only|just|finally|eventually)\s+)?(?:(?:followed(?:\s+suit)?|did\s+(?:so|the\s+same)|(?:has|have|had)\s+"
    r"(?:followed|done\s+so))\s*,?\s*)?(?:(?:in|on|by|during)\s+(?:\d|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|the\s+(?:following|next|same)|late|early|mid)"
    r"|(?:a|an|\w+|\d+)\s+(?:years?|months?|decades?|weeks?|days?)\s+later"
    r"|the\s+(?:following|next)\s+(?:year|month))",
    re.I,
)
_LIST_ONLY = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?")


_YEARS_LATER = re.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+later"
)
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


def _later(tail: str, base: str | None) -> str | None:
    """ "two years later" after a conjunct dated 1997: 1999 (years only)."""
    match = _YEARS_LATER.search(tail)
    if not match or not base or not base[:4].isdigit():
        return None
    word = match.group("n").lower()
    count = int(word) if word.isdigit() else _COUNT[word]
    return str(int(base[:4]) + count)


def _elided(
    doc: Doc,
    mentions: list[ActorMention],
    after: int,
    end: int,
    subjects: list[str],
    *,
    base: str | None = None,
) -> list[tuple[str, str | None]]:
    """Members of an elliptical conjunct with the cue left out: "Croatia joined the EU in
    2013 and Bulgaria in 2007" -> Bulgaria, 2007 (each with its own date)."""
    if not subjects:
        return []
    text = text_of(doc)
    stop = re.search(r"[;:]|\bbut\b|\bwhile\s+[a-z]", text[after:end])
    limit = after + stop.start() if stop else end
    states = [
        m for m in mentions if after <= m.start and m.end <= limit and _kind(m.actor_id) == "state"
    ]
    found: list[tuple[str, str | None]] = []
    for index, mention in enumerate(states):
        head = _ELLIPSIS_BEFORE.search(text, after, mention.start)
        if (
            not head
            or head.end() != mention.start
            or re.search(r"[.!?]\s", text[after : mention.start])
        ):
            continue
        chain = [mention]
        for nxt in states[index + 1 :]:
            if _LIST_ONLY.fullmatch(text, chain[-1].end, nxt.start):
                chain.append(nxt)
            else:
                break
        tail = _ELLIPSIS_AFTER.match(text, chain[-1].end, limit)
        if not tail:
            continue
        dated = [
            d
            for d in dates_in(doc, chain[-1].end, min(limit, tail.end() + 30))
            if d.kind == "point"
        ]
        when = dated[0].value if dated else _later(tail.group(), base)
        for member in chain:
            if member.actor_id not in subjects:
                found.append((member.actor_id, when))
        break
    return found


def _previous_state(doc: Doc, start: int) -> list[str]:
    """The state "It" or "The country" stands for: the one state the sentence before
    names, else the state the document names most often so far (if it stands out)."""
    bounds: list[tuple[int, int]] = doc._.sentences or [(0, len(text_of(doc)))]
    starts = [b[0] for b in bounds]
    index = bisect_right(starts, start) - 1
    if index <= 0:
        return []
    states = {
        m.actor_id for m in party_mentions(doc, *bounds[index - 1]) if _kind(m.actor_id) == "state"
    }
    if len(states) == 1:
        return list(states)
    named = [m.actor_id for m in party_mentions(doc, 0, start) if _kind(m.actor_id) == "state"]
    if not named:
        return []
    counts = {a: named.count(a) for a in named}
    best = max(counts.values())
    leaders = [a for a, n in counts.items() if n == best]
    return leaders if len(leaders) == 1 and best >= 2 else []


def _previous_group(doc: Doc, start: int) -> str | None:
    """The organisation or format the document is about so far (named most often before
    the sentence; the latest of equals)."""
    groups = [m.actor_id for m in actors_in(doc, 0, start) if _kind(m.actor_id) != "state"]
    if not groups:
        return None
    counts = {g: groups.count(g) for g in groups}
    best = max(counts.values())
    return next(g for g in reversed(groups) if counts[g] == best)


def _facts_in_sentence(doc: Doc, start: int, end: int) -> list[MembershipFact]:
    text = text_of(doc)
    facts: list[MembershipFact] = []
    mentions = party_mentions(doc, start, end)
    # groups as objects of joining are filtered from parties: take every mention here
    all_mentions = actors_in(doc, start, end)
    groups_all = [m for m in all_mentions if _kind(m.actor_id) != "state"]
    seen: set[tuple[str, str, str]] = set()
    span = None
    for pattern, change, passive in _CUES:
        for match in pattern.finditer(text, start, end):
            before = text[max(start, match.start() - 90) : match.start()]
            clause = re.split(r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b", before)[-1]
            clause = _MONTH_MAY.sub("Month", clause)
            if _NEAR_HEDGE.search(clause) or CLAUSE_HEDGE.search(clause):
                continue
            if "obj" in (pattern.groupindex or {}):
                members = _object_list(doc, match.start("obj"), match.end("obj"))
            else:
                members = _subjects(doc, mentions, start, match.start())
            member_ids = [m.actor_id for m in members]
            if not member_ids and _PRONOUN_SUBJECT.match(text, start, match.start()):
                member_ids = _previous_state(doc, start)
            together = _TOGETHER.match(text, match.end(), end)
            if member_ids and together:
                member_ids += [
                    m.actor_id
                    for m in mentions
                    if together.start("who") <= m.start < together.end("who")
                    and _kind(m.actor_id) == "state"
                ]
            if not member_ids:
                continue
            if "sg" in (pattern.groupindex or {}):
                groups = [
                    g
                    for g in groups_all
                    if g.end <= match.start()
                    and not re.search(r"[;:]", text[g.end : match.start()])
                ][-1:]
            elif "grp" in (pattern.groupindex or {}):
                groups = [
                    g
                    for g in groups_all
                    if match.start("grp") <= g.start and g.end <= match.end("grp")
                ]
            else:
                obj_end = match.end("obj") if "obj" in (pattern.groupindex or {}) else match.start()
                groups = [
                    g
                    for g in groups_all
                    if g.start >= obj_end
                    and g.start - match.end() <= 40
                    and not _joint_with(text, g)
                    and not _POSSESSIVE.match(text, g.end)
                ]
            group_id: str | None = None
            if groups:
                group_id = groups[0].actor_id
            elif _NO_OBJECT.match(text, match.end(), end):
                stop = _CLAUSE_END.search(text, match.end(), end)
                clause_end = stop.start() if stop else end
                others = {
                    g.actor_id
                    for g in groups_all
                    if g.actor_id not in member_ids and g.end <= clause_end
                }
                if len(others) == 1:
                    group_id = others.pop()
                elif not others:
                    group_id = _previous_group(doc, start)
            if group_id is None:
                continue
            if span is None:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    return facts
            turn = _DATE_CLAUSE_END.search(text, match.end(), end)
            dated = [
                d
                for d in dates_in(doc, match.start(), turn.start() if turn else end)
                if d.kind in ("point", "since")
            ]
            if not dated:
                dated = [
                    d for d in dates_in(doc, start, match.start()) if d.kind in ("point", "since")
                ][-1:]
            date = dated[0].value if dated else lead_date(doc)
            dates_of: dict[str, str | None] = dict.fromkeys(member_ids, date)
            for member, when in _elided(doc, mentions, match.end(), end, member_ids, base=date):
                dates_of.setdefault(member, when or date)
            for member, member_date in dates_of.items():
                if group_id == member or (member, group_id, change.value) in seen:
                    continue
                seen.add((member, group_id, change.value))
                facts.append(
                    make_fact(
                        MembershipFact,
                        doc,
                        span,
                        component=COMPONENT,
                        version=VERSION,
                        rule=f"membership.{change.value}{'.passive' if passive else ''}",
                        parties=[member],
                        group=group_id,
                        change=change,
                        date=member_date,
                    )
                )
    return facts


def memberships_in(doc: Doc) -> list[MembershipFact]:
    """Every membership change stated in the doc."""
    bounds: list[tuple[int, int]] = doc._.sentences or [(0, len(text_of(doc)))]
    starts = [b[0] for b in bounds]
    indices: dict[int, None] = {}
    for match in _TRIGGER.finditer(text_of(doc)):
        indices.setdefault(max(0, bisect_right(starts, match.start()) - 1), None)
    facts: list[MembershipFact] = []
    for index in indices:
        facts.extend(_facts_in_sentence(doc, *bounds[index]))
    return facts


@Language.component(
    COMPONENT.replace(".", "_"),
    requires=["doc._.actors", "doc._.dates"],
    assigns=["doc._.facts"],
)
def memberships_component(doc: Doc) -> Doc:
    """Append the membership changes of the doc to ``doc._.facts``."""
    add_facts(doc, memberships_in(doc))
    return doc


__all__ = ["COMPONENT", "VERSION", "memberships_in"]

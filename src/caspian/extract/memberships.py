"""Membership changes: who applies to, is invited to, joins, observes, leaves or is
suspended from an organisation or format (``caspian.memberships.v1``).

A sentence is looked at only if a cheap regular expression finds a membership word
in it ("join", "member", "accession", "observer", "withdrew", "invited", "applied",
"admitted", "suspended"). Cues, by change:

- applied: "applied to join X", "applied for membership of X", "submitted a (formal)
  application / request / bid to join X";
- invited: "was invited to join (X)", "X invited Y to join", "received an invitation
  to join X";
- joined: "joined X", "became a (full) member of X", "was admitted to X", "completed
  its accession to X";
- observer: "was granted observer status in X", "became an observer (state) of X",
  "joined X as an observer";
- left: "withdrew from X", "left X", "quit X", "pulled out of X", "completed its
  withdrawal from X";
- suspended: "suspended its membership/participation in X", "was suspended from X",
  "froze its participation in X".

The member is the actor right before the cue in its clause (the object for "X invited
Y to join"); the group is the first organisation or format after the cue, else the
only one in the sentence. Hedged, future and negated statements ("plans to join",
"may apply", "aspires to join", "has not joined") yield nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from caspian.extract.base import actors_in, add_facts, dates_in, make_fact, text_of
from caspian.extract.references import party_mentions
from caspian.extract.vocab import CLAUSE_HEDGE
from caspian.facts import MembershipChange, MembershipFact

if TYPE_CHECKING:
    from caspian.extract.mentions import ActorMention

COMPONENT = "caspian.memberships.v1"
VERSION = "1"

_TRIGGER = re.compile(
    r"\b(?:join\w*|member\w*|accession|observer|withdr\w+|invit\w+|appli\w+|applied|admitted"
    r"|quit|left|exit\w*|pulled\s+out|suspend\w*|froze|frozen|partners?|status|entered|seats?)\b",
    re.I,
)
_MEMBER = (
    r"(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:full(?:-fledged|y-fledged)?\s+|permanent\s+|new\s+)?"
    r"member"
)
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
            r"\bappl(?:ied|ies)\s+(?:formally\s+|officially\s+)?(?:for\s+(?:full\s+)?membership"
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
            r"\binvited\s+(?P<obj>[^.;,]{2,40}?)\s+to\s+(?:join|become\s+" + _MEMBER + r"\s+of)",
            MembershipChange.INVITED,
            False,
        ),
        (
            r"\b(?:bec(?:ame|omes)|(?:has|have|had)\s+become)\s+"
            + _MEMBER
            + r"\s+(?:state\s+|country\s+)?(?:of|in)",
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
            r"|summit|effort|ranks)|in\b|by\b|with\b))",
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
    r"\s*(?:in\s+(?:\w+\s+)?\d{4}|at\b|on\b|,|\.|$|together\b|as\b|last\b|this\b)"
)
_MONTH_MAY = re.compile(r"\bMay(?=\s+\d|,?\s+\d{4})|\b(?:in|of|since|until|from|last|next)\s+May\b")
_TOGETHER = re.compile(
    r"[^.;]{0,30}?\btogether\s+with\s+(?P<who>(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
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
                members = [
                    m
                    for m in actors_in(doc, match.start("obj"), match.end("obj"))
                    if _kind(m.actor_id) == "state"
                ]
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
            if "grp" in (pattern.groupindex or {}):
                groups = [
                    g
                    for g in groups_all
                    if match.start("grp") <= g.start and g.end <= match.end("grp")
                ]
            else:
                groups = [
                    g for g in groups_all if g.start >= match.end() and g.start - match.end() <= 40
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
            dated = [d for d in dates_in(doc, match.start(), end) if d.kind in ("point", "since")]
            published = doc._.published
            date = dated[0].value if dated else (published.isoformat() if published else None)
            for member in member_ids:
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
                        date=date,
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

"""Context checks of membership changes (:mod:`caspian.extract.memberships`): whether a
member found through a reference ("Both countries asked to join the bloc") is a
plausible one by the registry's dated memberships, whether the passage speaks of
membership (for an object-less verb: "Kyiv applied on 28 February 2022"), whether a
date is not after the document's, and the nominal suspension a sentence reports ended
("The decision ended a suspension that the League had imposed in November 2011"),
whose member and group are those of the change just reported; whether the states
before a cue head its subject ("Kazakhstan's athletes", "Banks from Poland" do not)."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from caspian.extract.base import dates_in, make_fact, text_of
from caspian.extract.references import party_mentions
from caspian.extract.vocab import CLAUSE_HEDGE
from caspian.facts import MembershipChange, MembershipFact

if TYPE_CHECKING:
    from caspian.extract.mentions import ActorMention


@cache
def actor_kind(actor_id: str) -> str:
    """The registry kind of an actor ("state", "organisation", ...; "state" if unknown)."""
    from caspian.actors import load_registry

    registry = load_registry()
    return registry.get(actor_id).kind if actor_id in registry else "state"


#: Changes that a state already a member of the group cannot make.
_ENTRY = (
    MembershipChange.APPLIED,
    MembershipChange.INVITED,
    MembershipChange.JOINED,
    MembershipChange.OBSERVER,
)


def _period(value: str | None) -> tuple[date, date] | None:
    """The first and last day of a fact date ("2022", "2022-03", "2022-03-03")."""
    if not value or not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        return None
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    if len(parts) == 3:
        day = date(year, parts[1], parts[2])
        return day, day
    if len(parts) == 2:
        last = date(year + (parts[1] == 12), parts[1] % 12 + 1, 1).toordinal() - 1
        return date(year, parts[1], 1), date.fromordinal(last)
    return date(year, 1, 1), date(year, 12, 31)


@cache
def _records(member: str, group: str) -> tuple[tuple[date | None, date | None], ...]:
    from caspian.actors import load_registry

    registry = load_registry()
    if member not in registry:
        return ()
    return tuple(
        (m.joined, m.left)
        for m in registry.memberships(member)
        if m.group == group and m.role == "member"
    )


def plausible(member: str, group: str, change: MembershipChange, when: str | None) -> bool:
    """Whether a member found through a reference can make the change: a state the
    registry lists as a member of the group throughout the date does not apply, is not
    invited and does not join; one it never lists as a member does not leave and is not
    suspended (an unknown date: today's membership)."""
    period = _period(when)
    records = _records(member, group)
    if change in _ENTRY:
        for joined, left in records:
            if period is None:
                if left is None:
                    return False
            elif (joined is None or joined < period[0]) and (left is None or left > period[1]):
                return False
        return True
    return bool(records)


#: Words of membership and its changes ("join", "members", "quit the group").
_MEMBERSHIP_WORDS = re.compile(
    r"\b(?:join|member|accession|applica|appl(?:y|ied)|bid|quit|left|leav|withdr|exit"
    r"|suspen|expel|readmi|admi|candida)"
)


def speaks_of_membership(doc: Doc, start: int, cue: tuple[int, int]) -> bool:
    """Whether the sentence at ``start`` (but for the cue's own words) or the two before
    it speak of membership or its changes."""
    text = text_of(doc)
    bounds: list[tuple[int, int]] = doc._.sentences or [(0, len(text))]
    index = max(0, bisect_right([b[0] for b in bounds], start) - 1)
    first, last = bounds[max(0, index - 2)][0], bounds[index][1]
    window = (text[first : cue[0]] + " " + text[cue[1] : last]).lower()
    return bool(_MEMBERSHIP_WORDS.search(window))


def not_after_published(doc: Doc, value: str | None) -> bool:
    """Whether a fact date is not after the document's (a past event)."""
    published = doc._.published
    period = _period(value)
    return period is None or published is None or period[0] <= published


_ENDED_SUSPENSION = re.compile(
    r"\b(?:ended|lifted|ending|lifting|ends|lifts)\s+(?:a|the|its|their|(?-i:[A-Z])[\w-]*[’']s)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"suspension\b(?P<rest>[^.;]{0,120})",
    re.I,
)
_IMPOSED = re.compile(r"\b(?:imposed|decided|ordered|announced)\b", re.I)
_NEAR_HEDGE = re.compile(
    r"\b(?:to|will|would|may|might|could|should|can|must|not|n't|never|no|plans?|intends?"
    r"|wants?|seeks?|hopes?|considering|expected|likely|refused|declined|yet)\s+(?:\w+\s+){0,2}$",
    re.I,
)


def ended_suspension(
    doc: Doc,
    start: int,
    end: int,
    previous: list[MembershipFact],
    *,
    component: str,
    version: str,
) -> list[MembershipFact]:
    """ "The decision ended a suspension that the League had imposed in November 2011":
    the member and group of the change just reported (one member and group only),
    suspended at the date the relative clause gives."""
    text = text_of(doc)
    match = _ENDED_SUSPENSION.search(text, start, end)
    if match is None:
        return []
    kinds = {(f.parties[0], f.group) for f in previous if f.change is MembershipChange.JOINED}
    if len(kinds) != 1:
        return []
    member, group = kinds.pop()
    before = text[start : match.start()]
    if _NEAR_HEDGE.search(before) or CLAUSE_HEDGE.search(before):
        return []
    others = {m.actor_id for m in party_mentions(doc, start, match.end()) if m.actor_id != group}
    if others - {member}:
        return []  # "ended a suspension of Mali": another member than the one reported
    imposed = _IMPOSED.search(text, match.start("rest"), match.end())
    if imposed is None:
        return []
    dated = [
        d for d in dates_in(doc, imposed.end(), min(end, imposed.end() + 40)) if d.kind == "point"
    ]
    span = doc.char_span(start, end, alignment_mode="expand")
    if not dated or span is None or not not_after_published(doc, dated[0].value):
        return []
    return [
        make_fact(
            MembershipFact,
            doc,
            span,
            component=component,
            version=version,
            rule="membership.suspended.ended",
            parties=[member],
            group=group,
            change=MembershipChange.SUSPENDED,
            date=dated[0].value,
        )
    ]


#: a state owning the subject's head ("Kazakhstan's athletes became members") or inside
#: a phrase of a head that is no state's ("Banks from Poland joined"; "the governments of
#: Mali and Niger left" is the states): not the subject
_OWNS_HEAD = re.compile(
    r"[’']s?\s+(?!(?:formally|officially|also|then|later|finally|eventually"
    r"|both|all|now|just|has|have|had|was|were|is|are"
    # heads that stand for the state: "Georgia's government applied"
    r"|government|authorities|leadership|cabinet|administration)\b)[a-z]"
)
_INSIDE_PHRASE = re.compile(
    r"\b(?:companies|firms|banks|businesses|people|citizens|nationals|migrants|workers"
    r"|students|athletes|investors|exporters|importers|traders|clubs|teams|staff)\s+(?:from|of|in)"
    r"\s+(?:the\s+)?$",
    re.I,
)


def subject_head(text: str, start: int, members: list[ActorMention]) -> bool:
    """Whether the states found before a cue head its subject, not a word they modify."""
    return not (
        _OWNS_HEAD.match(text, members[-1].end)
        or _INSIDE_PHRASE.search(text, max(start, members[0].start - 40), members[0].start)
    )


__all__ = [
    "actor_kind",
    "ended_suspension",
    "not_after_published",
    "plausible",
    "speaks_of_membership",
    "subject_head",
]

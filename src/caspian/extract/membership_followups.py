"""Memberships: follow-up sentences that repeat the change of the sentence before
(``caspian.memberships.v1``).

"Uzbekistan and Cuba have held the same status since 2020" and "Kyrgyzstan joined the
WTO in 1998. Tajikistan followed in 2013, and Kazakhstan in 2015." state no group and no
change of their own: they take the one group and change of the sentence before, for the
states that are their subject, each with its own date. Hedged or denied follow-ups state
nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from caspian.extract.agreements import lead_date
from caspian.extract.base import dates_in, make_fact, text_of
from caspian.extract.membership_context import actor_kind as _kind
from caspian.extract.membership_elision import elided as _elided
from caspian.extract.membership_elision import later as _later
from caspian.extract.memberships import (
    _DATE_CLAUSE_END,
    _DENIAL,
    _NEAR_HEDGE,
    COMPONENT,
    VERSION,
    _subjects,
)
from caspian.extract.references import party_mentions
from caspian.extract.vocab import CLAUSE_HEDGE
from caspian.facts import MembershipChange, MembershipFact

_SAME_STATUS = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:held|had|enjoyed|been\s+granted|obtained|received|gained)"
    r"|(?:holds?|enjoys?)|(?:was|were)\s+granted)\s+(?:the\s+)?(?:same|similar|identical)\s+status\b",
    re.I,
)


def _follow_up(
    text: str, start: int, end: int, previous: list[MembershipFact], pattern: re.Pattern[str]
) -> tuple[re.Match[str], str, MembershipChange] | None:
    """The cue of a follow-up sentence ("followed in 2013", "held the same status") with
    the one group and change of the sentence before; None when hedged or denied."""
    kinds = {(f.group, f.change) for f in previous}
    match = pattern.search(text, start, end)
    if match is None or len(kinds) != 1:
        return None
    group, change = kinds.pop()
    clause = re.split(r"[;:]|\bbut\b|\bwhile\b", text[start : match.start()])[-1]
    if _NEAR_HEDGE.search(clause) or CLAUSE_HEDGE.search(clause) or _DENIAL.search(clause):
        return None
    return match, group, change


def _member_facts(
    doc: Doc,
    span: Span,
    rule: str,
    group: str,
    change: MembershipChange,
    dates_of: dict[str, str | None],
) -> list[MembershipFact]:
    """One membership fact per member, each with its own date."""
    return [
        make_fact(
            MembershipFact,
            doc,
            span,
            component=COMPONENT,
            version=VERSION,
            rule=rule,
            parties=[member],
            group=group,
            change=change,
            date=when,
        )
        for member, when in dates_of.items()
    ]


def same_status(
    doc: Doc, start: int, end: int, previous: list[MembershipFact]
) -> list[MembershipFact]:
    """ "Uzbekistan and Cuba have held the same status since 2020": the change and group
    of the sentence before (one only), for the states of this one."""
    text = text_of(doc)
    found = _follow_up(text, start, end, previous, _SAME_STATUS)
    if found is None:
        return []
    match, group, change = found
    members = _subjects(doc, party_mentions(doc, start, end), start, match.start())
    ids = [m.actor_id for m in members if _kind(m.actor_id) == "state"]
    ids = [a for a in dict.fromkeys(ids) if a not in {f.parties[0] for f in previous}]
    span = doc.char_span(start, end, alignment_mode="expand")
    if not ids or span is None:
        return []
    dated = [d for d in dates_in(doc, match.end(), end) if d.kind in ("point", "since")]
    when = dated[0].value if dated else lead_date(doc)
    rule = f"membership.{change.value}.same_status"
    return _member_facts(doc, span, rule, group, change, dict.fromkeys(ids, when))


_FOLLOWED = re.compile(
    r"\b(?:followed(?:\s+suit)?|did\s+(?:so|the\s+same)|(?:has|have|had)\s+(?:since\s+)?(?:followed"
    r"(?:\s+suit)?|done\s+(?:so|the\s+same)))(?=\s*,?\s*(?:(?:in|on|during|by)\s+(?:\d|January"
    r"|February|March|April|May|June|July|August|September|October|November|December|the\s+"
    r"(?:following|next|same)|late|early|mid)|(?:a|an|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|\d+)\s+(?:years?|months?)\s+later|the\s+(?:following|next)\s+(?:year|month)))",
    re.I,
)


#: What may come before the subject of "followed" at the start of its sentence.
_LEADING = re.compile(r"\s*(?:(?:Then|Later|And|Next|Finally)\s*,?\s+)?(?:the\s+)?", re.I)


def followed(
    doc: Doc, start: int, end: int, previous: list[MembershipFact]
) -> list[MembershipFact]:
    """ "Kyrgyzstan joined the WTO in 1998. Tajikistan followed in 2013, and Kazakhstan in
    2015.": the change and group of the sentence before (one only), for the states that
    follow, each with its own date."""
    text = text_of(doc)
    found = _follow_up(text, start, end, previous, _FOLLOWED)
    if found is None:
        return []
    match, group, change = found
    mentions = party_mentions(doc, start, end)
    members = _subjects(doc, mentions, start, match.start())
    if not members or not _LEADING.fullmatch(text, start, members[0].start):
        return []  # "Talks with Kazakhstan followed in 2013": the state is no subject
    earlier = {f.parties[0] for f in previous}
    ids = [m.actor_id for m in members if _kind(m.actor_id) == "state"]
    ids = [a for a in dict.fromkeys(ids) if a not in earlier]
    span = doc.char_span(start, end, alignment_mode="expand")
    if not ids or span is None:
        return []
    turn = _DATE_CLAUSE_END.search(text, match.end(), end)
    dated = [
        d
        for d in dates_in(doc, match.end(), turn.start() if turn else end)
        if d.kind in ("point", "since")
    ]
    base = previous[-1].date
    when = dated[0].value if dated else _later(text[match.end() : end], base)
    if when is None:
        return []
    dates_of: dict[str, str | None] = dict.fromkeys(ids, when)
    for member, later in _elided(doc, mentions, match.end(), end, ids, base=when):
        if member not in earlier:
            dates_of.setdefault(member, later or when)
    return _member_facts(doc, span, f"membership.{change.value}.followed", group, change, dates_of)


__all__ = ["followed", "same_status"]

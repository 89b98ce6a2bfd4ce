"""Memberships: what a change stated without its member or its group refers to
(:mod:`caspian.extract.memberships`). "It" or "The country" stands for the state of the
sentence before or the document's topic; an object-less change ("Turkmenistan obtained
observer status in 2020", "Ecuador left in 2020") is to the group of the changes already
found in the document, else to the one named most often so far; a bare "filed its
application" to the one group of the sentences just before."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from caspian.extract.base import actors_in, text_of
from caspian.extract.membership_context import actor_kind as _kind
from caspian.extract.references import party_mentions
from caspian.facts import MembershipFact


def previous_state(doc: Doc, start: int, *, topic_first: bool = False) -> list[str]:
    """The state "It" or "The country" stands for: the one state the sentence before
    names, else the state the document names most often so far (if it stands out). A
    description ("The half-island nation") prefers the latter, the document's topic."""
    bounds: list[tuple[int, int]] = doc._.sentences or [(0, len(text_of(doc)))]
    starts = [b[0] for b in bounds]
    index = bisect_right(starts, start) - 1
    if index <= 0:
        return []
    if topic_first and (topic := topic_state(doc, start, lead=True)):
        return topic
    states = {
        m.actor_id for m in party_mentions(doc, *bounds[index - 1]) if _kind(m.actor_id) == "state"
    }
    if len(states) == 1:
        return list(states)
    return topic_state(doc, start)


def topic_state(doc: Doc, start: int, *, lead: bool = False) -> list[str]:
    """The state the document names most often before ``start``, if it stands out (with
    ``lead``: of equals, the one named first, the news lead's subject)."""
    named = [m.actor_id for m in party_mentions(doc, 0, start) if _kind(m.actor_id) == "state"]
    if not named:
        return []
    counts = {a: named.count(a) for a in named}
    best = max(counts.values())
    leaders = [a for a, n in counts.items() if n == best]
    if lead:
        return leaders[:1]
    return leaders if len(leaders) == 1 and best >= 2 else []


def previous_group(doc: Doc, start: int, story: str | None = None) -> str | None:
    """The organisation or format the document is about so far: the group of the changes
    already found in it (``story``) if no other is named more often by its name (a
    reference such as "the union" does not count), else the one named most often before
    the sentence, references included (the latest of equals)."""
    mentions = [m for m in actors_in(doc, 0, start) if _kind(m.actor_id) != "state"]
    if story is not None:
        named = [m.actor_id for m in mentions if m.via != "reference"]
        if named.count(story) >= max((named.count(g) for g in named), default=0):
            return story
    groups = [m.actor_id for m in mentions]
    if not groups:
        return None
    counts = {g: groups.count(g) for g in groups}
    best = max(counts.values())
    return next(g for g in reversed(groups) if counts[g] == best)


def story_group(facts: list[MembershipFact]) -> str | None:
    """The group the changes found so far are about: the one of most changes (the latest
    of equals); None before the first. A change stated without its group ("Turkmenistan
    obtained observer status in 2020", "Azerbaijan, which applied in 1997") is one more
    of the story's, even when another group was named more often in between ("the
    customs union ... became the Eurasian Economic Union")."""
    groups = [fact.group for fact in facts]
    if not groups:
        return None
    counts = {g: groups.count(g) for g in groups}
    best = max(counts.values())
    return next(g for g in reversed(groups) if counts[g] == best)


def recent_group(doc: Doc, start: int) -> str | None:
    """The one organisation or format the paragraph names in the two sentences before
    `start` (None if none or several); for a sentence that opens its paragraph, the two
    sentences that end the paragraph before ("Moldova submitted its own application the
    same day" after a paragraph on Georgia's application to the EU)."""
    text = text_of(doc)
    paragraph = text.rfind("\n\n", 0, start)
    if paragraph >= 0 and not text[paragraph:start].strip():
        paragraph = text.rfind("\n\n", 0, paragraph)
    floor = max(paragraph + 2 if paragraph >= 0 else 0, start - 400)
    ends = [m.end() for m in re.finditer(r"[.!?]\s", text[floor:start])]
    if len(ends) >= 3:
        floor += ends[-3]
    groups = {m.actor_id for m in actors_in(doc, floor, start) if _kind(m.actor_id) != "state"}
    return groups.pop() if len(groups) == 1 else None


__all__ = ["previous_group", "previous_state", "recent_group", "story_group", "topic_state"]

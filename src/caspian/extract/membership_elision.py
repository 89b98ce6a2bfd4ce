"""Elliptical conjuncts of membership changes (:mod:`caspian.extract.memberships`): a
conjunct with the cue left out takes the same change with its own date ("Croatia joined
the EU in 2013 and Bulgaria in 2007", "Laos joined ASEAN in 1997, Cambodia two years
later", "Kyiv applied on 28 February 2022, and Chisinau followed on 3 March 2022"), also
with an event of its own ("... at the Cholpon-Ata summit in 2018 and Turkmenistan at the
Istanbul summit in 2021")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from caspian.extract.base import dates_in, text_of
from caspian.extract.membership_context import actor_kind as _kind

if TYPE_CHECKING:
    from caspian.extract.mentions import ActorMention


_ELLIPSIS_BEFORE = re.compile(
    r"(?:,\s*(?:(?:and|while|whereas)\s+)?|\s+(?:and|while|whereas)\s+)"
    r"(?:(?:then|later|finally)\s+)?(?:(?:was\s+|were\s+)?followed\s+by\s+|as\s+did\s+)?(?:the\s+)?$"
)
_ELLIPSIS_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:only|just|finally|eventually)\s+)?(?:(?:followed(?:\s+suit)?|did\s+(?:so|the\s+same)|(?:has|have|had)\s+"
    r"(?:followed|done\s+so))\s*,?\s*)?"
    # an event the verb's own adjunct named in the first conjunct: "Hungary received observer
    # status at the Cholpon-Ata summit in 2018 and Turkmenistan at the Istanbul summit in 2021"
    r"(?:(?:at|during)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,4}?(?:summit|meeting|session"
    r"|congress|conference|ceremony|gathering)(?:\s+in\s+(?-i:[A-Z])[\w-]+)?\s*,?\s*)?"
    r"(?:(?:in|on|by|during|since)\s+(?:\d|January|February|March|April|May|June|July"
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


def later(tail: str, base: str | None) -> str | None:
    """ "two years later" after a conjunct dated 1997: 1999 (years only)."""
    match = _YEARS_LATER.search(tail)
    if not match or not base or not base[:4].isdigit():
        return None
    word = match.group("n").lower()
    count = int(word) if word.isdigit() else _COUNT[word]
    return str(int(base[:4]) + count)


def elided(
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
    done = after  # the end of the last conjunct read: "A in 2013 and B in 2015" reads both
    for index, mention in enumerate(states):
        if mention.start < done:
            continue
        head = _ELLIPSIS_BEFORE.search(text, done, mention.start)
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
            if d.kind in ("point", "since")
        ]
        when = dated[0].value if dated else later(tail.group(), base)
        for member in chain:
            if member.actor_id not in subjects:
                found.append((member.actor_id, when))
        done = tail.end()
    return found


__all__ = ["elided", "later"]

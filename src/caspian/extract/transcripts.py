"""Who "we" and "our governments" are in a transcript of a joint press conference.

A transcript labels each turn with its speaker: "MACRON: We have just signed a joint
declaration ...", "TOKAYEV: ... our governments signed an agreement on ...". When the
labels name two known office-holders of two states (the registry knows heads of state and
government by name), the turns' first-person plurals about the two of them are those
two states:

- "our countries", "our two countries", "both our countries", "our governments", "our
  states", "our nations", "our sides" — always;
- "we" / "We" as the subject of a stage verb ("We have just signed", "we agreed", "we
  adopted") when the clause names no other partner ("with ...", "between ...").

Each such phrase becomes a mention of both states (``via="reference"``). Nothing is
added when the labels name one state only, or more than two, or a turn's label is not a
known person ("QUESTION:", "Q:"). A capitalised label is one to three words of capitals
at the start of a line followed by a colon.

Speed: one search for a line-start label per document; turns are read only when two
labels resolve to two states.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from caspian.extract.mentions import ActorMention

#: A speaker label at the start of a line: "MACRON:", "PRESIDENT TOKAYEV:" (matched
#: from the line start up to the colon).
_LABEL = re.compile(r"[ \t]*(?P<name>[A-Z][A-Z'’.\-]+(?:[ \t][A-Z][A-Z'’.\-]+){0,2})")
_LONGEST_LABEL = 48


def _labels(text: str) -> list[tuple[str, int]]:
    """The speaker labels of the text: (the label's words, the end of the colon and the
    white space after it). (Speed) Only colons are looked at, each from its line start."""
    found: list[tuple[str, int]] = []
    colon = text.find(":")
    while colon >= 0:
        line_start = text.rfind("\n", max(0, colon - _LONGEST_LABEL), colon) + 1
        if (line_start or colon < _LONGEST_LABEL) and text[colon + 1 : colon + 2] in (" ", "\t"):
            label = _LABEL.fullmatch(text, line_start, colon)
            if label is not None:
                found.append((label.group("name"), colon + 2))
        colon = text.find(":", colon + 1)
    return found


_OUR = re.compile(
    r"\b(?:[Bb]oth\s+our|[Oo]ur(?:\s+two)?)\s+(?:countries|governments|states|nations|sides"
    r"|administrations)\b"
)
_WE = re.compile(
    r"\b[Ww]e\s+(?:(?:have|had|also|just|jointly|today|formally|both|all)\s+){0,3}"
    r"(?:signed|agreed|adopted|concluded|initial+ed|inked|reached|approved|exchanged)\b"
)
_OTHER_PARTNER = re.compile(r"[^.;:\n]{0,120}?\b(?:with|between)\s+(?:the\s+)?[A-Z]")


def _speakers(text: str, on: date | None) -> list[tuple[int, int, str]]:
    """The labelled turns: (start of the words, end of the line, the speaker's state)."""
    from caspian.actors import load_registry

    registry = load_registry()
    turns: list[tuple[int, int, str]] = []
    for name, start in _labels(text):
        state = registry.holder_state(name.title(), on=on)
        if state is None:
            continue
        end = text.find("\n", start)
        turns.append((start, len(text) if end < 0 else end, state))
    return turns


def add_speaker_references(
    text: str, mentions: Sequence[ActorMention], on: date | None
) -> list[ActorMention]:
    """``mentions`` with the first-person plurals of a two-state transcript (see the
    module doc) as mentions of both states; sorted by start."""
    turns = _speakers(text, on)
    states = sorted({state for _start, _end, state in turns})
    if len(states) != 2:
        return list(mentions)
    added: list[ActorMention] = []
    for start, end, _state in turns:
        found = [(m.start(), m.end()) for m in _OUR.finditer(text, start, end)]
        for we in _WE.finditer(text, start, end):
            if not _OTHER_PARTNER.match(text, we.end(), end):
                found.append((we.start(), we.start() + 2))
        for begin, finish in found:
            for state in states:
                added.append(ActorMention(begin, finish, state, "reference", text[begin:finish]))
    if not added:
        return list(mentions)
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


__all__ = ["add_speaker_references"]

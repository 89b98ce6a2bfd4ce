"""Patterns of many alternative words, factored by first letter for tests of whether any
occurs (speed).

A pattern ``\\b(?:may|might|could|would|...)\\b`` is tried at every word start, and there
Python's regular expressions try its alternatives one by one: with ``re.IGNORECASE`` each
one is a full attempt (the quick test of an alternative's first character is made only
for case-sensitive literals). :func:`any_of` groups the alternatives that begin with the
same letter under that letter (``\\b(?:m(?:ay|ight)|c(?:ould)|w(?:ould|...))\\b``): a word
start costs one attempt per first letter instead of one per alternative.

The factored pattern matches at exactly the positions where the original does (at each
position some alternative of the letter there matches, then the same ending, if and only
if one of the original alternatives does), so ``search`` finds a match at the same start,
or none; only which alternative wins, and so the end of a match, may differ. Use it where
only the existence or the start of a match is read.
"""

from __future__ import annotations

import re

_HEAD = r"\b(?:"
_TAIL = r")\b"


def _outside_classes(body: str) -> tuple[list[tuple[int, str]], bool]:
    """The characters of `body` that are neither escaped nor inside a character class,
    with their indices, and whether every class is closed."""
    found: list[tuple[int, str]] = []
    in_class = False
    index = 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if body[index + 1 : index + 2] == "]":
                index += 1  # "[]...]": a "]" first in a class is a member
        else:
            found.append((index, char))
        index += 1
    return found, not in_class


def _alternatives(body: str) -> list[str] | None:
    """The top-level alternatives of `body`, or None if it is not one group's content
    (a bracket closes before it opens, or one is left open)."""
    chars, closed = _outside_classes(body)
    if not closed:
        return None
    found: list[str] = []
    depth = 0
    start = 0
    for index, char in chars:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            found.append(body[start:index])
            start = index + 1
    if depth != 0:
        return None
    found.append(body[start:])
    return found


def _expanded(alternative: str) -> list[str]:
    """An alternative that begins with a group of alternatives, ``(?:is|are)\\s+to``, as
    one alternative per member (``is\\s+to``, ``are\\s+to``); any other as it is."""
    if not alternative.startswith("(?:"):
        return [alternative]
    depth = 0
    close = -1
    for index, char in _outside_classes(alternative)[0]:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                close = index
                break
    if close < 0:
        return [alternative]
    rest = alternative[close + 1 :]
    members = _alternatives(alternative[3:close])
    if members is None or rest[:1] in ("?", "*", "+", "{"):
        return [alternative]
    return [member + rest for member in members]


def any_of(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` (of the form ``\\b(?:A|B|...)\\b``, or a plain alternation ``A|B|...``)
    with its alternatives that begin with a plain ASCII letter grouped by that letter; any
    other pattern as it is. Matches start where the pattern's do (see the module doc): for
    ``search(...) is None`` tests."""
    source = pattern.pattern
    head, tail = _HEAD, _TAIL
    if not (source.startswith(_HEAD) and source.endswith(_TAIL)):
        if re.match(r"\(\?[a-zA-Z]", source):
            return pattern  # (global flags must stay first)
        head, tail = "(?:", ")"  # a plain alternation of words: "brokered|mediat|host"
        source = head + source + tail
    alternatives = _alternatives(source[len(head) : -len(tail)])
    if alternatives is None or len(alternatives) < 2:
        return pattern
    ignore = bool(pattern.flags & re.IGNORECASE)
    by_letter: dict[str, list[str]] = {}
    others: list[str] = []
    expanded = [e for a in alternatives for e in _expanded(a)]
    for alternative in expanded:
        first, after = alternative[:1], alternative[1:2]
        if first.isascii() and first.isalpha() and after not in ("?", "*", "+", "{"):
            key = first.lower() if ignore else first
            by_letter.setdefault(key, []).append(alternative[1:])
        else:
            others.append(alternative)
    if len(by_letter) + len(others) == len(expanded):
        return pattern  # no two alternatives share a first letter: nothing to group
    branches = [
        letter + ("(?:" + "|".join(rests) + ")" if rests != [""] else "")
        for letter, rests in by_letter.items()
    ]
    return re.compile(head + "|".join([*branches, *others]) + tail, pattern.flags)


__all__ = ["any_of"]

"""Which of the year's project facts name the same project (one row of the projects table).

The knowledge base has no query for consolidated projects yet, so the review groups the
year's stored project facts itself, on top of the consolidation's own notion of a
project's name (:func:`caspian.lifecycle.text.project_main_word`), with two refinements:

- a name with a parenthesis is known by the main word outside it and by the main word
  inside it, so "Silk Link (SL)" and "SL line (Silk Link)" are one project;
- an ordinal in the name ("first", "second", ...) keeps projects apart that share their
  main word ("the first nuclear plant" and "a second nuclear plant"); a name without an
  ordinal joins the one group with an ordinal that shares its word, if there is exactly
  one.

Facts are grouped per host; nothing here reads the knowledge base.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from caspian.facts import ProjectFact
from caspian.lifecycle.text import project_main_word, words

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
_PAREN = re.compile(r"\(([^()]*)\)")


def name_keys(name: str) -> frozenset[str]:
    """The words a project name is known by: the main word of the name without its
    parentheses, and the main word of each parenthesis."""
    outside = _PAREN.sub(" ", name).strip()
    keys = {project_main_word(outside)} if outside else set()
    keys |= {project_main_word(inner) for inner in _PAREN.findall(name) if inner.strip()}
    return frozenset(keys or {project_main_word(name)})


def ordinal(name: str) -> str | None:
    """The first ordinal word of the name ("first", "second", ...), if any."""
    return next((w for w in words(name) if w in ORDINALS), None)


class _Groups:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _host_clusters(facts: Sequence[ProjectFact], indexes: list[int]) -> list[list[int]]:
    groups = _Groups(len(facts))
    keys = {i: name_keys(facts[i].name) for i in indexes}
    order = {i: ordinal(facts[i].name) for i in indexes}
    for n, i in enumerate(indexes):
        for j in indexes[n + 1:]:
            if order[i] == order[j] and keys[i] & keys[j]:
                groups.union(i, j)
    members: dict[int, list[int]] = defaultdict(list)
    for i in indexes:
        members[groups.find(i)].append(i)
    # a group without an ordinal joins the only group with one that shares its word
    for root, group in list(members.items()):
        if root not in members or order[group[0]] is not None:
            continue
        words_of = frozenset().union(*(keys[i] for i in group))
        matches = [other for other, g in members.items() if other != root
                   and order[g[0]] is not None and any(words_of & keys[i] for i in g)]
        if len(matches) == 1:
            members[matches[0]].extend(group)
            del members[root]
    return [sorted(g) for g in members.values()]


def project_clusters(facts: Sequence[ProjectFact]) -> list[list[int]]:
    """The facts' indexes grouped into projects (each group in input order; groups by
    their first fact)."""
    by_host: dict[str, list[int]] = defaultdict(list)
    for i, fact in enumerate(facts):
        by_host[fact.host].append(i)
    out = [group for indexes in by_host.values() for group in _host_clusters(facts, indexes)]
    return sorted(out, key=lambda g: g[0])


def display_name(names: Sequence[str]) -> str:
    """The name a row shows: a name that starts with a capital (a proper name rather than
    "the country's ..."), then the most frequent, then the one spelt out before its short
    form ("Silk Link (SL)" before "SL line (Silk Link)"), then the longest."""
    counts: dict[str, int] = defaultdict(int)
    for name in names:
        counts[name] += 1

    def inside(name: str) -> int:
        return sum(len(part) for part in _PAREN.findall(name))

    return max(counts, key=lambda n: (n[:1].isupper(), counts[n], -inside(n), len(n), n))

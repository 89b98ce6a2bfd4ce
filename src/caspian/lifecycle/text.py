"""Comparing names: agreement titles and project names.

A title is reduced to its *content words*: lower-cased word tokens without function
words and without the words that only name the kind of instrument ("memorandum",
"agreement", "treaty", "declaration", ...), since the instrument is compared
separately. Two titles name the same instrument when their content words overlap
enough (:func:`similar_titles`). A title with no content word ("Joint Declaration")
says nothing about identity and counts as no title.

A project is known by its *main word*: the first content word of its name that is not
a generic word of infrastructure ("port", "plant", "railway", ...) nor a possessive
("Kazakhstan's"); "Anaklia port" and "the port of Anaklia" share "anaklia".
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+(?:['’]s)?", re.UNICODE)

_FUNCTION = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "on",
        "in",
        "for",
        "and",
        "to",
        "with",
        "between",
        "by",
        "at",
        "as",
        "its",
        "their",
        "our",
        "this",
        "that",
        "new",
        "field",
        "fields",
        "area",
        "areas",
    ]
)
_INSTRUMENT_WORDS = frozenset(
    [
        "memorandum",
        "memorandums",
        "memoranda",
        "understanding",
        "mou",
        "mous",
        "agreement",
        "agreements",
        "treaty",
        "treaties",
        "declaration",
        "declarations",
        "joint",
        "protocol",
        "accord",
        "deal",
        "deals",
        "convention",
        "charter",
        "arrangement",
        "document",
        "documents",
    ]
)
_GENERIC_PROJECT = frozenset(
    [
        "project",
        "projects",
        "port",
        "seaport",
        "plant",
        "power",
        "station",
        "railway",
        "railroad",
        "rail",
        "road",
        "highway",
        "pipeline",
        "corridor",
        "deposit",
        "first",
        "second",
        "third",
        "line",
        "hub",
        "terminal",
        "zone",
        "park",
        "facility",
        "complex",
        "construction",
        "new",
        "plan",
        "bridge",
        "airport",
    ]
)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def title_tokens(title: str | None) -> frozenset[str]:
    """The content words of a title (empty for no title or a generic one)."""
    if not title:
        return frozenset()
    return frozenset(
        _singular(w)
        for w in words(title)
        if w not in _FUNCTION and w not in _INSTRUMENT_WORDS and not w.isdigit()
    )


def _singular(word: str) -> str:
    """A crude plural folding ("chains" → "chain", "minerals" → "mineral")."""
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def similar_titles(a: frozenset[str], b: frozenset[str]) -> bool:
    """Same instrument by title: Jaccard overlap >= 0.5, or the smaller set (of two or
    more words) is contained in the larger."""
    if not a or not b:
        return False
    inter = len(a & b)
    if inter == 0:
        return False
    small = min(len(a), len(b))
    if small >= 2 and inter == small:
        return True
    return inter / len(a | b) >= 0.5


def title_key(tokens: frozenset[str]) -> str:
    return " ".join(sorted(tokens))


def project_main_word(name: str) -> str:
    """The word that identifies a project (see the module docstring)."""
    tokens = words(name)
    for word in tokens:
        if word.endswith(("'s", "’s")):
            continue
        if word in _FUNCTION or word in _GENERIC_PROJECT or word.isdigit():
            continue
        return word
    return " ".join(tokens) or name.lower()

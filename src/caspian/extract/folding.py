"""Keys for words matched by case-insensitive patterns.

Python's ``re.IGNORECASE`` matches by Unicode case folding, so a pattern written for
"this" or "six" also matches "thıs" (dotless i), "ſix" (long s) and words with the Kelvin
sign or a dotted capital İ. ``str.lower()`` leaves those letters as they are, so a table
keyed by the ASCII word would not find them. :func:`fold_key` maps a matched word to the
form a table of lower-case ASCII words is keyed by.
"""

from __future__ import annotations


def fold_key(raw: str) -> str:
    """The lower-case key of a matched word: case-folded, dotless and dotted i as "i"."""
    key = raw.lower()
    if key.isascii():
        return key
    return raw.casefold().replace("i\u0307", "i").replace("\u0131", "i")


def aligned_lower(text: str) -> str:
    """`text` in lower case with the offsets of `text`: each character lower-cased on its
    own, except one whose lower case is longer ("İ" -> "i̇"), which is kept as it is.

    (Speed) ``str.lower()`` of the whole text when no character's lower case is longer;
    else the text is lower-cased between its "İ"s (the one such character), unless it has a
    "Σ" (lower-cased by its context by ``str.lower()``, as "ς" at the end of a word) or the
    parts do not add up (another such character), which are lower-cased one by one."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    if "\u03a3" not in text:
        joined = "\u0130".join(part.lower() for part in text.split("\u0130"))
        if len(joined) == len(text):
            return joined
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


__all__ = ["aligned_lower", "fold_key"]

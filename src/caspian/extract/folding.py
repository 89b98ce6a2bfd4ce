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


__all__ = ["fold_key"]

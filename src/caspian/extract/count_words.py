"""Cardinal words and their values, for counted subjects and lists ("the three
governments signed it", "the eight member states")."""

from __future__ import annotations

#: "two" ... "twenty" (one is no count of sides or members).
COUNT_WORDS: dict[str, int] = {
    word: value
    for value, word in enumerate(
        (
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty",
        ),
        start=2,
    )
}  # fmt: skip

__all__ = ["COUNT_WORDS"]

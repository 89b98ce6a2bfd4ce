"""Patterns factored by first letter (``caspian.extract.factoring.any_of``) match where the
original patterns do: a search finds a match at the same start, or none. Texts made of the
patterns' own words and their near misses, in any case."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from caspian.extract.commitment_anchors import AIM_CUE, FORECAST, STRONG_AIM
from caspian.extract.factoring import any_of
from caspian.extract.vocab import CLAUSE_HEDGE, CLAUSE_HEDGE_WORDS

WORDS = [
    "may", "MIGHT", "could", "would", "will", "shall", "should", "not", "n't", "never",
    "no agreement", "no deal", "yet to", "failed to", "refuses to", "plans to", "intends to",
    "intended to", "needs to", "has yet to be", "have to be", "remains to be", "is expected",
    "were expected", "expects to", "hoped to", "aimed to", "seeking to", "wanted to",
    "is set to", "Was Due to", "are slated to", "were poised to", "if", "unless", "whether",
    "stalled", "collapsed", "broke down", "abandoned", "rejected", "even if", "aim", "aims",
    "goal", "target", "planned", "pledge", "committed", "intention", "seek", "striving",
    "calls for", "eyed", "want", "agreed", "expect", "optimistic", "hope", "ambitions",
    "potential", "opportunity", "determined", "vowed", "promise", "envisaged", "foresee",
    "projected", "set to", "look to", "is to", "are to", "can", "confident", "ready to",
    "instructed", "tasked", "tasks of", "objective", "mandate", "importance", "prospects",
    "working to", "efforts to", "estimates", "forecast", "predicted", "projections",
    "according to a study", "analysts", "set out", "strive", "mayor", "willow", "ifs",
    "Kelvin", "ſhall", "thıs", "İf", "the", "signed", "deal", ",", ".", "-", "was", "is",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join)


def _same(original: re.Pattern[str], factored: re.Pattern[str], text: str) -> None:
    a, b = original.search(text), factored.search(text)
    assert (a is None) == (b is None), text
    assert a is None or b is None or a.start() == b.start(), text


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_factored_patterns_match_where_the_originals_do(text: str) -> None:
    _same(CLAUSE_HEDGE_WORDS, CLAUSE_HEDGE, text)
    for pattern in (AIM_CUE, FORECAST, STRONG_AIM):
        _same(pattern, any_of(pattern), text)
        lowered = re.compile(pattern.pattern)  # (as commitments matches lower-cased text)
        _same(lowered, any_of(lowered), text.lower())


def test_the_alternatives_are_grouped_by_first_letter() -> None:
    assert CLAUSE_HEDGE.pattern != CLAUSE_HEDGE_WORDS.pattern
    assert CLAUSE_HEDGE.flags == CLAUSE_HEDGE_WORDS.flags
    assert any_of(re.compile(r"\b(?:may|might|(?:is|are)\s+to|x?y)\b")).pattern == (
        r"\b(?:m(?:ay|ight)|i(?:s\s+to)|a(?:re\s+to)|x?y)\b"
    )
    # other shapes are left as they are
    for source in (r"\bmay\b", r"(?:may|might)", r"\b(?:a)|(?:b)\b", r"\b(?:may)\b"):
        pattern = re.compile(source)
        assert any_of(pattern) is pattern
    # a bracket inside a character class is no group's; nothing to group: the same pattern
    assert any_of(re.compile(r"\b(?:[)]|ab|ac)\b")).pattern == r"\b(?:a(?:b|c)|[)])\b"
    for source in (r"\b(?:[)]|a)\b", r"(?i)ab|ac", r"(a)|(b)"):
        pattern = re.compile(source)
        assert any_of(pattern) is pattern
    # a plain alternation of words
    assert any_of(re.compile("brokered|backed|host")).pattern == "(?:b(?:rokered|acked)|h(?:ost))"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["ab", "a", "b(?:c|d)", "(?:e|f)g", "h?", "[)]i", r"\(j", "kk+"]),
        min_size=2,
        max_size=5,
    ),
    st.text(alphabet="abcdefghijk() ", max_size=12),
)
def test_any_generated_alternation(alternatives: list[str], text: str) -> None:
    for flags in (0, re.I):
        for pattern in (
            re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", flags),
            re.compile("|".join(alternatives), flags),
        ):
            _same(pattern, any_of(pattern), text)
            _same(pattern, any_of(pattern), text.upper())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["double", "TRIPLING", "quadruples", "fivefold", "10-fold", "ten fold", "doubt",
             "trıple", "TRİPLE", "fold", "folder", "two", "x", "2", " ", "-"]
        ),
        max_size=6,
    ).map("".join)
)  # fmt: skip
def test_the_factor_gate_admits_every_factor(text: str) -> None:
    from caspian.extract.commitment_anchors import FACTOR, _may_hold_factor

    if FACTOR.search(text):
        assert _may_hold_factor(text), text

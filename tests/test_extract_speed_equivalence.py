"""The speed-ups of the shared extraction keep what they find: each fast form is checked
against the plain form it replaced, on news-like text and on generated text."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from caspian.actors import load_registry
from caspian.extract import dates, references
from caspian.extract.mentions import (
    _AGENCY_WORDS,
    _HONORIFICS,
    _OFFICE_WORDS,
    _TITLES,
    ActorMatcher,
    _trie_pattern,
    default_matcher,
    find_actor_mentions,
)
from caspian.extract.person_aliases import name_uses

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _corpus_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.md"))][:40]


# --------------------------------------------------------------------------- actors


def plain_actor_regex(matcher: ActorMatcher) -> re.Pattern[str]:
    """All branches in one alternation, tried at every word start (the form before the
    lower-case/other halves)."""
    subjects = _trie_pattern(matcher.office_subjects)
    office_words = _trie_pattern(_OFFICE_WORDS)
    agency_words = _trie_pattern(_AGENCY_WORDS)
    titles = _trie_pattern(_TITLES)
    people = _trie_pattern(matcher._people(with_title_aliases=True))
    honorifics = _trie_pattern(_HONORIFICS)
    named_people = _trie_pattern(matcher._people(with_title_aliases=False))
    prefixes = _trie_pattern(matcher.prefixes)
    state_names = _trie_pattern(matcher.state_names)
    main = _trie_pattern(matcher.table)
    return re.compile(
        r"(?<![\w$])(?:"
        rf"(?P<subject>{subjects})(?:['’]s)?\s+"
        rf"(?:(?P<agency>{agency_words})|(?P<office>{office_words}))(?![\w-])"
        rf"|(?:(?P<post_agency>{agency_words})|(?P<post_office>{office_words}))"
        rf"\s+of\s+(?:the\s+)?(?P<post_subject>{state_names})(?![\w-])"
        rf"|(?P<title>{titles})\s+(?P<person>{people})(?![\w-])"
        rf"|(?P<honorific>{honorifics})\s+(?P<named>{named_people})(?![\w-])"
        rf"|(?P<prefix>{prefixes})(?=[-‐‑][A-Z])"
        rf"|(?P<main>{main})(?:(?<!\w)|(?!\w))"
        r")"
    )


def _plain_matches(text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    plain = _PLAIN.finditer(text)
    return [(m.span(), {k: v for k, v in m.groupdict().items() if v is not None}) for m in plain]


def _fast_matches(text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    found = []
    for m in default_matcher().regex.finditer(text):
        groups = {k.rpartition("_")[0]: v for k, v in m.groupdict().items() if v is not None}
        found.append((m.span(), groups))
    return found


_PLAIN = plain_actor_regex(default_matcher())

ACTOR_PIECES = [
    "Kazakhstan", "the Kazakh President", "President Tokayev", "president of Uzbekistan",
    "Prime Minister of the Kyrgyz Republic", "mainland China", "al-Sisi", "von der Leyen",
    "Mr Mirziyoyev", "Sino-Kazakh", "Latin America", "US$", "the foreign ministry of Turkey",
    "Russia's foreign minister", "Azerbaijani Foreign Ministry", "Astana", "Baku", "EU", "SCO",
    "C5+1", "KAZAKHSTAN", "Turkiye", "Erdogan", "the", "and", "’s", "-", " ", "\n", ",", ".",
    "signed", "president", "Ministry", "of", "Tokayev-led", "Xi", "x",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ACTOR_PIECES), max_size=14), st.sampled_from([" ", "", "  "]))
def test_actor_regex_finds_what_the_plain_alternation_finds(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    assert _fast_matches(text) == _plain_matches(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_actor_regex_on_any_text(text: str) -> None:
    assert _fast_matches(text) == _plain_matches(text)


def _scanned(text: str) -> list[tuple[int, int, str | None, dict[str, str | None]]]:
    return [
        (start, m.end(), m.lastgroup, {k: v for k, v in m.groupdict().items() if v is not None})
        for start, m in default_matcher()._matches(text)
    ]


def _found(text: str) -> list[tuple[int, int, str | None, dict[str, str | None]]]:
    return [
        (m.start(), m.end(), m.lastgroup, {k: v for k, v in m.groupdict().items() if v is not None})
        for m in default_matcher().regex.finditer(text)
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*ACTOR_PIECES, "U.S.", "$", "(", "'", "_", "US"]), max_size=14),
    st.sampled_from([" ", "", "  "]),
)
def test_actor_scan_finds_what_finditer_finds(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    assert _scanned(text) == _found(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_actor_scan_on_any_text(text: str) -> None:
    assert _scanned(text) == _found(text)


def test_actor_scan_on_the_corpus() -> None:
    for text in _corpus_texts():
        assert _scanned(text) == _found(text)


def test_actor_regex_on_the_corpus() -> None:
    for text in _corpus_texts():
        assert _fast_matches(text) == _plain_matches(text)


def test_resolution_cache_changes_nothing() -> None:
    """A surface is resolved once per matcher: a fresh matcher (nothing cached) finds
    the same mentions as the shared one after it has read other texts, on any date."""
    texts = _corpus_texts()
    fresh = ActorMatcher(load_registry())
    for on in (date(2012, 5, 1), date(2025, 1, 15), None):
        for text in texts:
            default_matcher().find(text, on=on)
        for text in reversed(texts):
            assert fresh.find(text, on=on) == find_actor_mentions(text, on=on)


# --------------------------------------------------------------------------- references

PLAIN_REFERENCES = {
    "_MEMBER_STATES": re.compile(
        r"\b(?:the|its|their)\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten)\s+)?"
        r"(?:full\s+)?member(?:\s+states|\s+countries|s)\b"
    ),
    "_ORG_ANAPHOR": re.compile(
        r"\b(?:[Tt]he|[Tt]hat)\s+(?:union|bloc|organi[sz]ation|alliance|grouping|group"
        r"|association|commonwealth)\b"
    ),
    "_REFERENCE": re.compile(
        r"\b(?P<det>[Tt]he\s+two|[Bb]oth|[Tt]he\s+three|[Tt]he\s+four|[Tt]he\s+five|[Tt]he\s+six"
        r"|[Tt]he\s+seven|[Tt]he\s+eight|[Tt]he)\s+(?:(?:[A-Z][\w-]+|neighbou?ring|allied"
        r"|partner)\s+){0,2}"
        r"(?P<noun>countries|states|nations|sides|parties|presidents|leaders|heads\s+of\s+state"
        r"|governments|neighbou?rs|blocs|capitals|republics|partners)\b"
    ),
}
REFERENCE_WORDS = [
    "the", "The", "both", "Both", "its", "their", "Their", "that", "That", "two", "three",
    "eight", "nine", "full", "member", "members", "states", "countries", "union", "bloc",
    "organisation", "group", "sides", "parties", "heads of state", "neighbours", "Kazakh",
    "allied", "partner", "blocs", "Tthe", "bothe", "x-the", "theTwo", "9the", "_the",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(REFERENCE_WORDS), st.sampled_from([" ", "  ", "\n", "", "-", "’"])
        ),
        max_size=12,
    )
)
def test_reference_patterns_find_what_the_plain_ones_find(words: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in words)
    for name, plain in PLAIN_REFERENCES.items():
        fast: re.Pattern[str] = getattr(references, name)
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ], name


def test_reference_patterns_on_the_corpus() -> None:
    for text in _corpus_texts():
        for name, plain in PLAIN_REFERENCES.items():
            fast: re.Pattern[str] = getattr(references, name)
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


# --------------------------------------------------------------------------- dates

DATE_PIECES = [
    "2024", "1999", "19", "20", "2024-05-03", "3/4/2025", "12", "3rd", "of", "May", "June",
    "Sept.", "Jan", "Monday", "next", "this year", "last month", "early", "mid-2025",
    "the end of", "within", "five years", "decade", "today", "Tomorrow", "between", "and",
    "from", "to", "-", "–", ",", " ", "in", "by", "YEAR", "٢٠٢٤", "the first half of", "%",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=12), st.sampled_from([" ", ""]))
def test_a_rule_is_skipped_only_where_it_cannot_match(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    found = dates._cores(text, 0, len(text))
    for pattern, _resolver, needs in dates._RULES_CORES:
        if pattern.search(text):
            assert found.issuperset(needs), (pattern.pattern, text)


def test_dates_of_a_sentence_with_and_without_the_words_rules_need() -> None:
    published = date(2025, 3, 10)
    text = "Trade rose 12% to $3 billion. Talks were held on 5 March 2025 in Astana."
    found = dates.find_dates(text, published=published)
    assert [(d.text, d.value) for d in found] == [("5 March 2025", "2025-03-05")]
    assert dates.find_dates(text, published=published, start=0, end=29) == []


# --------------------------------------------------------------------------- person aliases


def _regex_name_uses(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """The form name_uses replaced: one pattern of the names, compiled per document."""
    pattern = re.compile(r"(?<![\w'’\-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w\-])")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


_NAME_SETS = [
    ["Mher Grigoryan", "Grigoryan"],
    ["Shahin Mustafayev", "Mustafayev", "Wang Yi", "Yi"],
    ["Al Nahyan", "Nahyan", "Mohamed bin Zayed", "Zayed"],
    ["Ab", "A", "B"],
    ["O'Neil", "Neil", "Jean-Luc", "Luc"],
]
_NAME_PIECES = [
    "Mher", "Grigoryan", "Shahin", "Mustafayev", "Wang", "Yi", "Al", "Nahyan", "Mohamed",
    "bin", "Zayed", "A", "B", "Ab", "AbA", "O'Neil", "Neil", "Jean", "Luc", "-", "’", "'",
    " ", "  ", ",", ".", "\n", "_", "é", "1", "said", "and",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=16), st.sampled_from(_NAME_SETS))
def test_name_uses_finds_what_the_name_pattern_finds(pieces: list[str], names: list[str]) -> None:
    text = "".join(pieces)
    ordered = sorted(names, key=len, reverse=True)
    assert name_uses(text, ordered) == _regex_name_uses(text, ordered)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="AbB'’-_ é1", max_size=40), st.sampled_from(_NAME_SETS))
def test_name_uses_on_any_text(text: str, names: list[str]) -> None:
    ordered = sorted(names, key=len, reverse=True)
    assert name_uses(text, ordered) == _regex_name_uses(text, ordered)


# --------------------------------------------------------------------------- stem scan


def _stem_cases() -> list[tuple[str, ...]]:
    from caspian.extract.agreement_scan import _known

    return [_known(), ("sign", "ink", "in force"), ("a", "ab", "b")]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["sign", "signed", "ink", "in force", "a", "ab", "b", "x", " ", "-",
                         "_", "é", "\n", "co", "agreement", "'", "1"]),
        max_size=12,
    ),
    st.sampled_from([" ", ""]),
)  # fmt: skip
def test_stem_spans_are_those_of_finditer(pieces: list[str], sep: str) -> None:
    from caspian.extract.agreement_scan import stem_spans, stems_pattern

    text = sep.join(pieces)
    for stems in _stem_cases():
        assert list(stem_spans(stems, text)) == [
            m.span() for m in stems_pattern(stems).finditer(text)
        ]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_stem_spans_on_any_text(text: str) -> None:
    from caspian.extract.agreement_scan import stem_spans, stems_pattern

    for stems in _stem_cases():
        assert list(stem_spans(stems, text)) == [
            m.span() for m in stems_pattern(stems).finditer(text)
        ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["Monday", "Mon", "Jan", "May", "1", "٣", "x", " ", "é", "today"]),
             max_size=6),
    st.integers(-3, 40),
    st.integers(-3, 40),
)  # fmt: skip
def test_day_and_month_cores_by_plain_search(pieces: list[str], start: int, end: int) -> None:
    text = "".join(pieces)
    window = text[max(start, 0) : max(end, 0)]
    cases = [
        (dates._WEEKDAY_CORES, dates._DAY_CORE),
        ((*dates._WEEKDAY_CORES, *dates._MONTH_CORES), dates._MONTH_DAY_CORE),
    ]
    for words, pattern in cases:
        assert dates._holds(window, words, pattern) == bool(pattern.search(text, start, end))

"""The date finder's shortcuts change nothing: a rule tried only at the positions where its
matches can begin finds what a search through the text finds, the word gates admit every
text a rule matches, and find_dates equals the plain form (every rule searched for
everywhere) on generated text, any range of it, and the corpus."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from caspian.extract import dates
from caspian.extract.dates import DateMention, _Hit
from caspian.extract.sentences import context_window, sentence_bounds

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

PIECES = [
    "2024", "1999", "19", "20", "2024-05-03", "3/4/2025", "12", "3rd", "of", "May", "June",
    "Sept.", "Jan", "Monday", "next", "this year", "last month", "early", "mid-2025",
    "the end of", "within", "five years", "decade", "today", "Tomorrow", "between", "and",
    "from", "to", "-", "–", ",", " ", "in", "by", "YEAR", "٢٠٢٤", "the first half of", "%",
    "Between", "FROM", "thıs", "THİS", "ſince", "Current", "coming", "previous", "on", "the",
    "last", "since", "until", "during", "late", "this", "October", "Tuesday", "x", "9",
    "\n", "  ", "--", "Mid", "Monthly", "Julyx", "aMarch", "1/2/2024", "2020–21", "km",
    "ﬅart", "START", "Quarter", "half", "5 years", "twenty-five years", "a couple of years",
    "a decade", "12\nyears", "THIS  YEAR", "next\tmonth", "For", "over", "Years", "DECADES",
    "A few", "Twenty", "ago", "year", "month",
]  # fmt: skip

TEXTS = st.builds(
    lambda pieces, seps: "".join(p + s for p, s in zip(pieces, seps, strict=False)),
    st.lists(st.sampled_from(PIECES), max_size=14),
    st.lists(st.sampled_from([" ", "", "-", "\n", ", "]), min_size=14, max_size=14),
)


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=500, deadline=None)
@given(TEXTS, st.data())
def test_a_rule_tried_at_its_starts_finds_what_a_search_finds(
    text: str, data: st.DataObject
) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for pattern, _resolver, _needs, kind in dates._PLAN:
        if kind is None:
            continue
        fast = dates._matches(pattern, text, lo, hi, dates._starts(kind, text, lo, hi))
        assert _spans(fast) == _spans(pattern.finditer(text, lo, hi)), (pattern.pattern, kind)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_a_rule_is_skipped_only_where_it_cannot_match(text: str) -> None:
    found = dates._cores(text, 0, len(text))
    for pattern, _resolver, needs, _kind in dates._PLAN:
        if pattern.search(text):
            assert found.issuperset(needs), (pattern.pattern, text)


def test_gates_of_ignorecase_rules_outside_ascii() -> None:
    # "ı" is an "i" to IGNORECASE but not to casefold: outside ASCII the gate is open
    for text in ("thıs year", "THİS month", "the ﬁrst half of 2025", "between 2020 and 2024"):
        found = dates._cores(text, 0, len(text))
        for pattern, _resolver, needs, _kind in dates._PLAN:
            if pattern.search(text):
                assert found.issuperset(needs), (pattern.pattern, text)


def plain_find_dates(
    text: str, *, published: date | None, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """find_dates as it was before its shortcuts: every rule searched for in the window."""
    size = len(text)
    stop = size if end is None else min(end, size)
    whole = start <= 0 and stop >= size
    lo, hi = (0, size) if whole else context_window(text, start, stop)
    hits: list[_Hit] = []
    for pattern, resolver in dates._RULES:
        for match in pattern.finditer(text, lo, hi):
            hit = resolver(match, text, published)
            if hit is not None:
                hits.append(hit)
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    taken: list[_Hit] = []
    occupied = [False] * (hi - lo)
    for hit in hits:
        if not any(occupied[hit.start - lo : hit.end - lo]):
            occupied[hit.start - lo : hit.end - lo] = [True] * (hit.end - hit.start)
            if start <= hit.start < stop or whole:
                taken.append(hit)
    taken.sort(key=lambda h: h.start)
    found = []
    for hit in taken:
        final = dates._apply_cue(hit, text)
        found.append(
            DateMention(
                final.start, final.end, text[final.start : final.end], final.value, final.kind,
                final.relative,
            )
        )  # fmt: skip
    return found


PUBLISHED = st.sampled_from([None, date(2025, 3, 10), date(2024, 12, 30), date(2023, 1, 2)])


@settings(max_examples=400, deadline=None)
@given(TEXTS, PUBLISHED, st.data())
def test_find_dates_equals_the_plain_form(
    text: str, published: date | None, data: st.DataObject
) -> None:
    assert dates.find_dates(text, published=published) == plain_find_dates(
        text, published=published
    )
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert dates.find_dates(text, published=published, start=start, end=end) == plain_find_dates(
        text, published=published, start=start, end=end
    )


def test_find_dates_equals_the_plain_form_on_the_corpus() -> None:
    published = date(2025, 6, 15)
    for path in sorted(CORPUS.glob("*.md"))[:30]:
        text = path.read_text(encoding="utf-8")
        for start, end in sentence_bounds(text)[:80]:
            assert dates.find_dates(
                text, published=published, start=start, end=end
            ) == plain_find_dates(text, published=published, start=start, end=end), path.name


def test_a_month_after_a_word_and_hyphens() -> None:
    text = "Talks held in-October and last  Monday, the -March meeting; Xin October."
    found = [(d.text, d.value) for d in dates.find_dates(text, published=date(2025, 11, 5))]
    assert found == plain_find_dates_pairs(text, date(2025, 11, 5))
    assert ("last  Monday", "2025-11-03") in found


def plain_find_dates_pairs(text: str, published: date) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in plain_find_dates(text, published=published)]


def test_no_rule_matches_an_empty_string() -> None:
    # _matches relies on it (the search after an empty match moves on by one character)
    for pattern, _resolver in dates._RULES:
        assert not any(m.start() == m.end() for m in pattern.finditer("2024 May 3 x " * 3))
        assert pattern.fullmatch("") is None
    assert re.compile(dates._START_PATTERNS["year"].pattern).fullmatch("") is None


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.data())
def test_one_pass_finds_the_years_months_and_weekdays_of_separate_passes(
    text: str, data: st.DataObject
) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    starts: dict[str, list[int]] = {}
    found = dates._cores(text, lo, hi, starts)
    year = dates._START_PATTERNS["year"]
    assert starts["year"] == [m.start() for m in year.finditer(text, lo, hi)]
    assert starts["month"] == [m.start() for m in dates._MONTH_CORE.finditer(text, lo, hi)]
    assert ("weekday" in found) == bool(dates._WEEKDAY_CORE.search(text[lo:hi]))
    assert starts["weekday"] == [m.start() for m in dates._WEEKDAY_CORE.finditer(text, lo, hi)]
    for kind in ("month_lead", "weekday_lead"):  # the lead words before them, alike
        assert dates._starts(kind, text, lo, hi, starts) == dates._starts(kind, text, lo, hi)


def test_a_cue_needs_white_space_right_before_the_date() -> None:
    published = date(2025, 3, 10)
    for text in ("due by 2030.", "due by\n2030", "until(2030)", "since-2011", "2030"):
        assert dates.find_dates(text, published=published) == plain_find_dates(
            text, published=published
        )
    assert [d.kind for d in dates.find_dates("due by 2030.", published=published)] == ["deadline"]


SENTENCES = [
    "The deal was signed on 3 March 2025 in Baku.",
    "Talks resumed last month.",
    "No date here.",
    "By the end of 2026 the line should run, officials said on Tuesday.",
    "Trade rose 12% to $3 billion in 2024.",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6), st.data())
def test_dates_in_a_range_are_the_sentence_dates_inside_it(
    sentences: list[str], data: st.DataObject
) -> None:
    from caspian.documents import Document
    from caspian.extract import extract_doc
    from caspian.extract.base import dates_in

    text = " ".join(sentences)
    published = date(2025, 6, 15)
    doc = extract_doc(Document("d", text, published))
    every = [
        mention
        for start, end in sentence_bounds(text)
        for mention in dates.find_dates(text, published=published, start=start, end=end)
    ]
    for _ in range(3):
        lo = data.draw(st.integers(0, len(text)))
        hi = data.draw(st.integers(0, len(text)))
        assert dates_in(doc, lo, hi) == [d for d in every if lo <= d.start and d.end <= hi]


CUE_PIECES = [
    "by", "until", "till", "before", "no later than", "the end of", "close of", "target year",
    "the target year of", "deadline of", "since", "from", "the year", "thereby", "BY", "Sınce",
    "ſince", "year", "of", "x", "-by", "_by", "nearby", "İn", "Until", "FROM THE YEAR", "than",
    "é", "—", "(", "2024",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(CUE_PIECES), max_size=5),
    st.sampled_from([" ", "  ", "\n", " \n", "\t", "\u00a0"]),
    st.integers(0, 60),
)
def test_the_cue_word_gate_admits_every_cue(pieces: list[str], space: str, cut: int) -> None:
    """A cue before a date is looked for only where the word before its white space can end
    one: the gate never turns away a text the cue pattern matches (a window of 40
    characters, cut anywhere, even inside a word)."""
    text = " ".join(pieces) + space
    end = len(text)
    lo = max(0, end - 40, min(cut, end))
    if dates._CUE.search(text[lo:end]) is not None:
        assert not dates._cue_word_fails(text, lo, end), text


def test_the_cue_word_gate_turns_away_other_words() -> None:
    assert dates._cue_word_fails("was signed in ", 0, 14)
    assert dates._cue_word_fails("nearby ", 0, 7)
    assert not dates._cue_word_fails("due by ", 0, 7)
    assert not dates._cue_word_fails("no later than\n", 0, 14)
    assert not dates._cue_word_fails("sınce ", 0, 6)  # (not ASCII: left to the pattern)

"""The fast scans of the agreement rules find exactly what the full patterns find: stage
cues tried only where a cue word starts, instrument triggers, topics in one pass, and the
sentences skipped for having no cue. Texts written for these tests."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import pytest

from caspian.extract.agreement_details import _topics
from caspian.extract.agreement_scan import cue_starts, lower_of, matches, trigger_starts
from caspian.extract.agreements import _TRIGGER
from caspian.extract.stages import _AFTER, _BEFORE, DOCUMENTARY, find_cues, has_cue_start
from caspian.extract.vocab import TOPIC_WORDS

TEXTS = [
    "The Kazakh parliament rubber-stamped the defence agreement with Russia on Monday.",
    "The signing of the memorandum between Georgia and Armenia is scheduled for May.",
    "The treaty, which has been in force since 2019, was superseded by a new accord.",
    "Negotiations on the EPCA were being finalised; the text had been agreed upon in 2022.",
    "Ministers put their names to an MoU and exchanged instruments of ratification for the"
    " FTA, which entered fully into force and later lapsed.",
    "Ilham Aliyev and İlham Əliyev's aides initialled the Treaty on Allied Relations, which"
    " is now in force; the Joint Statement was adopted.",
    "Uzbekistan and the UAE sealed a $1bn green energy deal, building on food security"
    " talks and a wind power generation pact with AI and machine learning clauses.",
    "Lawmakers in Baku endorsed the strategic partnership treaty; the designated assets"
    " think-tank linked nothing to the deal.",
    "It was signed in Delhi. They were allowed to ship grain through its territory.",
    "Nothing here names any instrument at all, nor a stage of one.",
    "They announced the establishment of a partnership and the launch of a strategic"
    " dialogue, on the establishment of which both insisted.",
]


def _sentences() -> list[str]:
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    found = list(TEXTS)
    for path in sorted(corpus.glob("*.txt"))[:20]:
        found.extend(re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8")))
    return [s for s in found if s.strip()]


@pytest.mark.parametrize("pattern", [_BEFORE, _AFTER, DOCUMENTARY], ids=["before", "after", "doc"])
def test_cues_tried_at_cue_words_are_the_cues_found_everywhere(pattern: re.Pattern[str]) -> None:
    for text in _sentences():
        everywhere = [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]
        fast = matches(pattern, text, cue_starts(text), 0, len(text))
        assert [(m.start(), m.end(), m.lastgroup) for m in fast] == everywhere, text


def test_a_sentence_without_a_cue_word_has_no_cue() -> None:
    for text in _sentences():
        if not has_cue_start(text, 0, len(text)):
            assert find_cues(text, 0, len(text)) == [], text


def test_triggers_are_the_trigger_pattern_s_matches() -> None:
    for text in _sentences():
        expected = [m.start() for m in _TRIGGER.finditer(text)]
        assert trigger_starts(text, _TRIGGER) == expected, text


def test_lower_casing_keeps_offsets_when_a_letter_lower_cases_to_two() -> None:
    text = "İlham Aliyev signed the agreement."
    lower = lower_of(text)
    assert lower is not None and len(lower) == len(text)
    assert lower.index("signed") == text.index("signed")


def test_topics_in_one_pass_are_the_topics_of_each_pattern() -> None:
    patterns = {t: re.compile(r"\b(?:" + p + r")\b", re.I) for t, p in TOPIC_WORDS.items()}
    for text in _sentences():
        expected = tuple(t for t, p in patterns.items() if p.search(text))
        assert _topics(text) == expected, text


AFTER_EXAMPLES = [
    "The pact was approved by the Kazakh parliament and rubber stamped by the senate.",
    "The accord, signed in 2019 and initialled in 2018, was ratified and entered into force.",
    "The treaty, which has been in force since 2020, remained in force; it became binding.",
    "The deal, agreed in principle, had been agreed upon and was finalised on 5 May.",
    "An accord whose negotiations were formally concluded was established and announced.",
    "The plan was suspended, then terminated, and the programme ended in 2020.",
    "The roadmap was implemented, put into practice, reactivated and revived.",
    "A text was being drafted; the treaty was superseded and replaced by a new one.",
    "Relations were upgraded to a strategic partnership; the deal lapsed and expired.",
    "The agreement was given final approval by MPs; it took full effect on Monday.",
]


def test_passive_cues_start_with_their_first_words() -> None:
    from caspian.extract.agreement_scan import starting_with
    from caspian.extract.stages import AFTER_FIRST

    for text in [*AFTER_EXAMPLES, *_sentences()]:
        everywhere = [(m.start(), m.end(), m.lastgroup) for m in _AFTER.finditer(text)]
        after = starting_with(text, "after-cues", cue_starts(text) or [], AFTER_FIRST)
        fast = matches(_AFTER, text, after, 0, len(text))
        assert [(m.start(), m.end(), m.lastgroup) for m in fast] == everywhere, text
    groups = {m.lastgroup for text in AFTER_EXAMPLES for m in _AFTER.finditer(text)}
    assert len(groups) >= 15  # (the examples reach most branches)


BEFORE_EXAMPLES = [
    "They exchanged instruments of ratification for the treaty; the Duma then approved it.",
    "Lawmakers rubber-stamped it after the sides concluded talks on the deal and wrapped up.",
    "They reached a final agreement in principle on trade and agreed on the text of a pact.",
    "They finished work on the treaty and ratified it, after the entry into force of the FTA.",
    "The initialling of the deal preceded the signing of the accord; both inked a pact.",
    "They put their signatures to the MoU, set their signatures on it and put pen to paper on it.",
    "They announced deals, elevated ties to the level of a strategic partnership, and took",
    " relations to a new stage; they reaffirmed and strengthened their partnership.",
    "They established a partnership, suspended the accord, froze it, then scrapped the treaty.",
    "They withdrew from the pact, pulled out of the deal, tore up the accord and implemented",
    " the plan, reactivated the forum and revived the pact after negotiating a new deal.",
    "Talks between Armenia and Azerbaijan on a peace treaty; they proposed and floated a deal.",
]


def test_active_cues_start_with_their_first_words() -> None:
    from caspian.extract.agreement_scan import starting_with
    from caspian.extract.stages import BEFORE_FIRST

    for text in [*BEFORE_EXAMPLES, *_sentences()]:
        everywhere = [(m.start(), m.end(), m.lastgroup) for m in _BEFORE.finditer(text)]
        before = starting_with(text, "before-cues", cue_starts(text) or [], BEFORE_FIRST)
        fast = matches(_BEFORE, text, before, 0, len(text))
        assert [(m.start(), m.end(), m.lastgroup) for m in fast] == everywhere, text
    groups = {m.lastgroup for text in BEFORE_EXAMPLES for m in _BEFORE.finditer(text)}
    assert len(groups) >= 20  # (the examples reach most branches)


def _literal_prefixes(items: list[Any], depth: int = 0) -> set[str]:
    """Lower-case strings one of which begins every match of a parsed pattern (cut at the
    first element that is not a plain letter; "" where nothing is known)."""
    c = importlib.import_module("re._constants")  # (the parser's own names; CPython 3.11+)
    if not items or depth >= 12:
        return {""}
    op, av = items[0]
    tail = list(items[1:])
    if op is c.LITERAL:
        return {chr(av).lower() + p for p in _literal_prefixes(tail, depth + 1)}
    if op is c.IN:
        if any(o is not c.LITERAL for o, _a in av) or len(av) > 4:
            return {""}
        rest = _literal_prefixes(tail, depth + 1)
        return {chr(a).lower() + p for _o, a in av for p in rest}
    if op is c.SUBPATTERN:
        return _literal_prefixes([*av[3], *tail], depth)
    if op is c.BRANCH:
        return set().union(*(_literal_prefixes([*b, *tail], depth) for b in av[1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _high, sub = av
        once = _literal_prefixes([*sub, *tail], depth)
        return once | _literal_prefixes(tail, depth) if low == 0 else once
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return _literal_prefixes(tail, depth)
    return {""}


def test_every_cue_branch_starts_with_a_listed_first_word() -> None:
    """A branch added to ``vocab.STAGE_BEFORE``/``STAGE_AFTER`` needs its first word in
    ``stages.BEFORE_FIRST``/``AFTER_FIRST`` (cues are tried only there)."""
    from caspian.extract.stages import AFTER_FIRST, BEFORE_FIRST
    from caspian.extract.vocab import STAGE_AFTER, STAGE_BEFORE

    parser = importlib.import_module("re._parser")
    for stages, first in ((STAGE_BEFORE, BEFORE_FIRST), (STAGE_AFTER, AFTER_FIRST)):
        for pattern, _stage in stages:
            found = _literal_prefixes(list(parser.parse(pattern, re.I)))
            assert all(p.startswith(first) for p in found), (pattern, sorted(found))


def test_aligned_lower_is_the_lower_case_of_each_character() -> None:
    """The lower-cased text the scans read keeps the text's offsets: each character
    lower-cased on its own, "İ" (whose lower case is two characters) kept as it is; a
    final "Σ" is "σ" as on its own, not the "ς" of ``str.lower()`` (texts with an "İ")."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from caspian.extract.fact_context import lower_text
    from caspian.extract.folding import aligned_lower

    def each(text: str) -> str:
        return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)

    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet="aAİıIΣσς ΑΒxŞĞ.\n-", max_size=16))
    def check(text: str) -> None:
        lowered = text.lower()
        assert aligned_lower(text) == (lowered if len(lowered) == len(text) else each(text))

    check()
    assert aligned_lower("İlham Aliyev") == "İlham aliyev"
    assert aligned_lower("ΟΔΟΣ İ") == "οδοσ İ"
    assert lower_of("İlham ΟΔΟΣ") == "İlham οδοσ"
    assert len(lower_text(_doc("İlham Aliyev met the İzmir mayor."))) == 33


def _doc(text: str) -> Any:
    from caspian.documents import Document
    from caspian.extract import _make_doc

    return _make_doc(Document("d", text, None))


def test_list_tail_by_plain_search_is_the_pattern() -> None:
    """A list header's tail word ("including", "among", ...) found by plain search of the
    lower-cased text is what the case-insensitive pattern finds, "İ" and "ı" included."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from caspian.extract.agreement_lists import _LIST_TAIL, _has_list_tail

    pieces = ["including", "INCLUDİNG", "ıncluding", "Among", "AMONG", "notably", "naMely"]
    pieces += ["name", "amon", "x", " ", ":", "İ", "ı", "incl", "uding"]

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(pieces), max_size=6), st.data())
    def check(parts: list[str], data: st.DataObject) -> None:
        text = "".join(parts)
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert _has_list_tail(text, start, end) == bool(_LIST_TAIL.search(text, start, end))

    check()

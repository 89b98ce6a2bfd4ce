"""The plain-search gates before the commitment cue patterns admit every match of the full
patterns, and the reported day of a document (the statement date of facts whose sentences
name no day) is found once and is the same for every fact."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from caspian.documents import Document
from caspian.extract import commitments, extract_facts
from caspian.extract.fact_context import sentences, statement_date
from caspian.facts import CommitmentFact, ProjectFact

PIECES = [
    "doubl", "double", "doubling", "tripl", "tripling", "quadruple", "fold", "five", "-fold",
    " fold", "10", "twofold", "half", "one half", "a third", "two-thirds", "three quarters",
    "a quarter", "one-fifth", "a tenth", "generate ", "supply ", "cover ", "reach ",
    "account for ", "at least ", " of ", "announc", "announced", "unveil", "pledg", "pledge",
    "offer", "promis", "promised", " ", ", ", ". ", "\n", "x", "the ", "trade ", "exports ",
    "Double", "HALF", "Announced", "ſ", "İ", "ı",
]  # fmt: skip

GATES = [
    (commitments._FACTOR_LOW, commitments._FACTOR_STEMS),
    (commitments._WORD_SHARE_LOW, commitments._SHARE_STEMS),
    (commitments._OFFER_CUE_LOW, commitments._OFFER_STEMS),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_each_cue_match_holds_a_stem(pieces: list[str]) -> None:
    low = "".join(pieces).lower()
    for pattern, stems in GATES:
        if pattern.search(low) is not None:
            assert commitments._has(low, stems)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_each_cue_match_in_any_text_holds_a_stem(text: str) -> None:
    low = text.lower()
    for pattern, stems in GATES:
        if pattern.search(low) is not None:
            assert commitments._has(low, stems)


def test_gated_cues_still_read() -> None:
    facts = extract_facts(
        Document(
            doc_id="g",
            text=(
                "Kazakhstan and China agreed to double trade by 2030. "
                "Japan pledged $2 billion in grants to Uzbekistan. "
                "Uzbekistan wants renewables to supply a third of electricity by 2030."
            ),
            published=date(2025, 4, 9),
        )
    )
    found = {(f.metric, f.factor, f.target_value) for f in facts if isinstance(f, CommitmentFact)}
    assert ("trade_turnover", 2.0, None) in found
    assert ("investment", None, 2e9) in found
    assert any(metric == "other" and (value or 0) > 33 for metric, _, value in found)  # a share


TEXT = (
    "ASTANA, 9 April 2025. Officials met on Monday. "
    "Kazakhstan and China agreed to double trade by 2030. "
    "The Khorgos Dry Port will expand its terminal, Kazakhstan said. "
    "On 2 April 2025 the ministers also spoke. "
    "Uzbekistan and Kazakhstan plan to triple freight transit by 2028."
)


def test_reported_day_is_found_once_and_shared() -> None:
    from caspian.extract import _make_doc
    from caspian.extract.pipeline import build_pipeline

    document = Document(doc_id="d", text=TEXT, published=date(2025, 4, 9))
    nlp = build_pipeline()
    with nlp.memory_zone():
        doc = nlp(_make_doc(document))
        sents = sentences(doc)
        first = [statement_date(doc, sents, index) for index in range(len(sents))]
        # the same answers with the reported day found anew for each sentence
        again = []
        for index in range(len(sents)):
            doc.user_data.pop("caspian.fact_context.reported_day", None)
            again.append(statement_date(doc, sents, index))
        assert first == again
        assert "2025-04-02" in first or "2025-04-07" in first
    facts = extract_facts(document)
    dated = [f.date for f in facts if isinstance(f, (CommitmentFact, ProjectFact))]
    assert dated and all(d is not None for d in dated)

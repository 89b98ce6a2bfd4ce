"""Sentence boundaries: line breaks, full stops, abbreviations and initials."""

from __future__ import annotations

from caspian.extract.sentences import sentence_bounds


def texts(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_bounds(text)]


def test_headline_lines_are_sentences() -> None:
    assert texts("Kazakhstan signs deal\nBy Our Reporter\n\nThe deal was signed.") == [
        "Kazakhstan signs deal",
        "By Our Reporter",
        "The deal was signed.",
    ]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "The U.S. Trade Representative met S. Korea's envoy. Talks went well."
    assert texts(text) == [
        "The U.S. Trade Representative met S. Korea's envoy.",
        "Talks went well.",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = 'He said: "We signed it." Then he left.'
    assert texts(text) == ['He said: "We signed it."', "Then he left."]


def test_empty_and_blank_text() -> None:
    assert texts("") == []
    assert texts(" \n\t ") == []


def test_a_huge_run_on_line_is_cut_into_bounded_pieces() -> None:
    text = "word, " * 5000
    bounds = sentence_bounds(text)
    assert len(bounds) > 1
    assert all(0 < b - a <= 1500 for a, b in bounds)
    assert "".join(text[a:b] for a, b in bounds).replace(" ", "") == text.replace(" ", "")

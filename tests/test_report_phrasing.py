"""Sentence templates of the Year in Review (our own example values)."""

from __future__ import annotations

from caspian.report import phrasing as say


def test_dates_keep_the_precision_they_have() -> None:
    assert say.format_date("2024-03-07") == "7 March 2024"
    assert say.format_date("2024-11") == "November 2024"
    assert say.format_date("2023") == "2023"
    assert say.format_date(None) is None


def test_names_take_the_article_english_wants() -> None:
    assert say.actor_name("USA") == "the United States"
    assert say.actor_name("EU", start=True) == "The European Union"
    assert say.actor_name("GEO") == "Georgia"
    assert say.join_names(["GEO", "TUR", "USA"]) == "Georgia, Türkiye and the United States"


def test_the_five_central_asian_states_are_named_together() -> None:
    text = say.join_names(["KAZ", "KGZ", "TJK", "TKM", "UZB", "JPN"], start=True)
    assert text == "The five Central Asian states and Japan"
    assert "Kazakhstan" in say.join_names(["KAZ", "KGZ", "TJK", "UZB", "JPN"])


def test_one_step_sentence_puts_the_date_last() -> None:
    text = say.agreement_sentence(["GEO", "TUR"], "strategic_partnership", None,
                                  [("upgraded", "2024-05")])
    assert text == ("Georgia and Türkiye upgraded their relations to a strategic partnership "
                    "(May 2024).")


def test_several_steps_are_listed_in_order_with_their_dates() -> None:
    text = say.agreement_sentence(["ARM", "GEO"], "trade_agreement", "Tbilisi Accord",
                                  [("signed", "2024-02-01"), ("ratified", "2024-09")])
    assert text == ("A trade agreement (“Tbilisi Accord”) between Armenia and Georgia went "
                    "through signature (1 February 2024) and ratification (September 2024).")


def test_a_date_that_only_repeats_the_report_date_says_reported() -> None:
    text = say.agreement_sentence(["GEO", "KAZ"], "memorandum_of_understanding", None,
                                  [("signed", "~2024-06-30")])
    assert text.endswith("(reported 30 June 2024).")


def test_commitment_with_a_factor_uses_the_verb() -> None:
    text = say.commitment_sentence(["GEO", "TUR"], "trade_turnover", "$3 billion", 3.0,
                                   "2027", None)
    assert text == ("Georgia and Türkiye set themselves a target to triple trade turnover, "
                    "to $3 billion by 2027.")


def test_amounts() -> None:
    assert say.format_usd(2_500_000_000) == "$2.5 billion"
    assert say.format_usd(340_000_000) == "$340 million"
    assert say.cost_range(1e8, 2.5e8) == "$100 million to $250 million"
    assert say.cost_range(None, None) is None
    assert say.format_amount(11_000_000, "tonnes") == "11 million tonnes"


def test_a_time_adjunct_at_the_end_of_a_title_is_not_quoted() -> None:
    assert say.safe_title("Accord on Water Sharing on Wednesday") == "Accord on Water Sharing"
    assert say.safe_title("Caspian Charter in March 2024") == "Caspian Charter"
    assert say.safe_title("Ferghana Protocol earlier this week") == "Ferghana Protocol"
    assert say.safe_title("Treaty of 1997") == "Treaty of 1997"
    assert say.safe_title("  ") is None


def test_titles_are_quoted_once_and_documents_named() -> None:
    assert say.instrument_phrase("partnership_cooperation_agreement",
                                 "Partnership and Cooperation Agreement") == (
        "a Partnership and Cooperation Agreement")
    assert say.instrument_phrase("other", "Accord on Water Sharing on Friday") == (
        "the “Accord on Water Sharing”")
    assert say.instrument_phrase("joint_declaration", "Tashkent Declaration") == (
        "a joint declaration (“Tashkent Declaration”)")
    assert say.instrument_phrase("other", "Green Bridge") == "an agreement (“Green Bridge”)"


def test_a_step_as_a_noun_phrase_for_the_highlights() -> None:
    assert say.step_clause(["ARM", "GEO"], "trade_agreement", None, "signed", "2024-02-01") == (
        "the signature of a trade agreement between Armenia and Georgia (1 February 2024)")
    assert say.step_clause(["GEO", "TUR"], "strategic_partnership", None, "upgraded",
                           "~2024-05-03") == (
        "the upgrade of relations between Georgia and Türkiye to a strategic partnership "
        "(reported 3 May 2024)")
    assert say.step_clause(["GEO", "TUR"], "trade_agreement", None, "concluded", None) == (
        "the conclusion of talks on a trade agreement between Georgia and Türkiye")
    assert say.list_clauses(["a, b", "c", "d"]) == "a, b; c; and d"
    assert say.list_clauses(["a", "b"]) == "a and b"

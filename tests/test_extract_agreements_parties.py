"""Who the parties of an agreement are: subjects, "with", "between", references, lists."""

from __future__ import annotations

from datetime import date

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2024, 9, 30)


def parties(text: str) -> list[tuple[str, ...]]:
    facts = extract_facts(Document("p", text, PUBLISHED))
    return sorted(f.parties for f in facts if isinstance(f, AgreementFact))


def test_subject_and_with_phrase() -> None:
    assert parties("Kyrgyzstan signed a customs agreement with Kazakhstan.") == [("KAZ", "KGZ")]


def test_between_phrase_after_the_instrument_wins_over_other_actors() -> None:
    text = (
        "Speaking in Moscow about Russia's plans, officials described the signing of the "
        "border treaty between Tajikistan and Kyrgyzstan."
    )
    assert parties(text) == [("KGZ", "TJK")]


def test_all_parties_of_a_multilateral_instrument() -> None:
    text = "Turkmenistan, Afghanistan, Pakistan and India signed a pipeline agreement."
    assert parties(text) == [("AFG", "IND", "PAK", "TKM")]


def test_reference_to_the_two_countries_of_the_sentence_before() -> None:
    text = (
        "President Tokayev hosted Emir Tamim of Qatar for talks on Tuesday. "
        "The two countries then signed an agreement on aviation."
    )
    assert parties(text) == [("KAZ", "QAT")]


def test_both_sides_leaves_out_the_partner_named_in_the_sentence() -> None:
    text = (
        "Leaders of Armenia and Georgia met the president of France. "
        "Both states later signed bilateral memorandums with France."
    )
    assert parties(text) == [("ARM", "FRA"), ("FRA", "GEO")]


def test_a_capital_used_as_the_place_is_not_a_party() -> None:
    text = "Azerbaijan and Uzbekistan signed an education agreement in Beijing."
    assert parties(text) == [("AZE", "UZB")]


def test_a_demonym_describing_a_thing_is_not_a_party() -> None:
    text = "Armenia and the EU signed a memorandum on reducing reliance on Russian gas."
    assert parties(text) == [("ARM", "EU")]


def test_plural_deals_with_several_partners_are_bilateral() -> None:
    text = "Tokyo already has similar pacts with Canada and Brazil, both of which took effect."
    assert parties(text) == [("BRA", "JPN"), ("CAN", "JPN")]


def test_a_single_actor_makes_no_agreement() -> None:
    assert parties("Mongolia signed an agreement last year.") == []

"""Agreement facts: a bare "deal" that the next sentence names ("... signed a deal on
Saturday. The memorandum of understanding on X was signed ..."), a day after the
instrument that is no topic ("a deal on Saturday"), and a relative clause about what the
deal is for ("a link that would carry power into the EU") whose actors are no parties.
Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.extract.instruments import find_instruments
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 10)

Key = tuple[tuple[str, ...], str, str]


def agreements(text: str) -> list[AgreementFact]:
    facts = extract_facts(Document("n", text, PUBLISHED))
    return [f for f in facts if isinstance(f, AgreementFact)]


def keys(text: str) -> set[Key]:
    return {(f.parties, f.instrument.value, f.stage.value) for f in agreements(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan, Georgia, Romania and Hungary signed a deal on Saturday to work towards an"
        " undersea power cable. The memorandum of understanding on green energy was signed in"
        " Bucharest by the four leaders.",
        "Azerbaijan, Georgia, Romania and Hungary signed an agreement in Bucharest. The"
        " memorandum on green energy transmission was signed by their leaders.",
        "Azerbaijan, Georgia, Romania and Hungary signed a deal on Saturday. This memorandum"
        " of understanding on energy was signed in the presence of EU officials.",
    ],
)
def test_a_bare_deal_named_by_the_next_sentence_is_one_instrument(text: str) -> None:
    assert keys(text) == {(("AZE", "GEO", "HUN", "ROU"), "memorandum_of_understanding", "signed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the next sentence's instrument is another stage: two facts
            "Azerbaijan and Georgia signed a deal on Saturday. The memorandum on energy will be"
            " ratified next year.",
            {(("AZE", "GEO"), "cooperation_agreement", "signed")},
        ),
        (  # the deal has its own kind: it keeps it
            "Azerbaijan and Georgia signed a transit deal on Saturday. The memorandum on energy"
            " was signed by their ministers.",
            {
                (("AZE", "GEO"), "transit_arrangement", "signed"),
                (("AZE", "GEO"), "memorandum_of_understanding", "signed"),
            },
        ),
        (  # the next sentence is not about an instrument as its subject
            "Azerbaijan and Georgia signed a deal on Saturday. Officials said a memorandum on"
            " energy was signed as well.",
            {(("AZE", "GEO"), "cooperation_agreement", "signed")},
        ),
    ],
)
def test_a_deal_not_named_by_the_next_sentence(text: str, expected: set[Key]) -> None:
    assert keys(text) >= expected


@pytest.mark.parametrize(
    ("sentence", "complement"),
    [
        ("Kazakhstan and China signed a deal on Saturday.", ""),
        ("Kazakhstan and China signed an agreement on 5 May.", ""),
        ("Kazakhstan and China signed an agreement on May 5 in Astana.", ""),
        ("Kazakhstan and China signed an agreement on energy on Monday.", "on energy"),
        ("Kazakhstan and China signed an agreement on mining.", "on mining"),
    ],
)
def test_a_day_after_the_instrument_is_no_topic(sentence: str, complement: str) -> None:
    mentions = find_instruments(sentence, 0, len(sentence))
    assert [m.complement for m in mentions] == [complement]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Azerbaijan, Georgia, Romania and Hungary signed a deal on Saturday to work towards"
            " an undersea electricity link that would carry power from plants in the Caspian"
            " region across the Black Sea into the European Union.",
            ("AZE", "GEO", "HUN", "ROU"),
        ),
        (
            "Kazakhstan and Azerbaijan signed an agreement to build a cable which will carry"
            " green power across the Caspian Sea to Romania and Hungary.",
            ("AZE", "KAZ"),
        ),
        (  # the relative clause is about the instrument itself: its actors count
            "Kazakhstan signed an agreement that will give Uzbekistan access to its ports.",
            ("KAZ", "UZB"),
        ),
    ],
)
def test_a_clause_about_what_the_deal_is_for_names_no_parties(
    text: str, parties: tuple[str, ...]
) -> None:
    assert {f.parties for f in agreements(text)} == {parties}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "In November 2022, on the margins of the COP27 climate conference in Egypt,"
            " Kazakhstan and the European Union signed a memorandum of understanding on raw"
            " materials.",
            ("EU", "KAZ"),
        ),
        ("At talks in Baku, Georgia and Turkey signed a transit agreement.", ("GEO", "TUR")),
        (
            "During a summit in Astana, Uzbekistan, Kyrgyzstan and China have signed a railway"
            " agreement.",
            ("CHN", "KGZ", "UZB"),
        ),
    ],
)
def test_a_subject_after_a_fronted_venue_is_no_venue(text: str, parties: tuple[str, ...]) -> None:
    assert {f.parties for f in agreements(text)} == {parties}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (  # destinations listed after the venue stay out
            "Kazakhstan and Russia signed a deal on gas supplies to Uzbekistan, Kyrgyzstan and"
            " Tajikistan.",
            ("KAZ", "RUS"),
        ),
        (  # venues listed, then a verb that is no stage
            "Georgia and Turkey signed a transit agreement after talks in Baku, Tbilisi and"
            " Ankara ended.",
            ("GEO", "TUR"),
        ),
    ],
)
def test_venues_and_destinations_listed_stay_out(text: str, parties: tuple[str, ...]) -> None:
    assert {f.parties for f in agreements(text)} == {parties}


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Azerbaijan and Uzbekistan signed a Treaty on Allied Relations on Friday.",
            "Treaty on Allied Relations",
        ),
        (
            "Armenia and France signed the Agreement on Defence Cooperation in October.",
            "Agreement on Defence Cooperation",
        ),
        (
            "The Treaty of Friendship and Cooperation was signed on Monday in Astana.",
            "Treaty of Friendship and Cooperation",
        ),
    ],
)
def test_a_day_after_a_title_is_no_part_of_it(sentence: str, title: str) -> None:
    assert [m.title for m in find_instruments(sentence, 0, len(sentence))] == [title]

"""Transcripts of a joint press conference: "we" (subject of a stage verb) and "our
governments" / "our countries" in turns labelled by two known office-holders of two
states are those two states. Every text was written for these tests."""

from __future__ import annotations

from datetime import date

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2023, 11, 2)


def facts(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    found = extract_facts(Document("t", text, PUBLISHED))
    return sorted(
        (f.parties, f.instrument.value, f.stage.value)
        for f in found
        if isinstance(f, AgreementFact)
    )


def test_we_and_our_governments_are_the_two_speakers_states() -> None:
    text = (
        "Leaders take questions in Berlin\n\n"
        "Below, the main exchanges.\n\n"
        "SCHOLZ: Thank you. It was a good day for both sides.\n\n"
        "TOKAYEV: We have just signed a joint declaration on cooperation in raw materials.\n\n"
        "SCHOLZ: Our governments also signed an agreement on vocational training.\n"
    )
    assert facts(text) == [
        (("DEU", "KAZ"), "cooperation_agreement", "signed"),
        (("DEU", "KAZ"), "joint_declaration", "signed"),
    ]


def test_titled_labels_and_our_two_countries() -> None:
    text = (
        "Transcript of the press statements\n\n"
        "PRESIDENT MIRZIYOYEV: Dear friends, welcome to Tashkent.\n\n"
        "PRESIDENT ERDOGAN: Today our two countries signed a memorandum on defence industry "
        "cooperation.\n"
    )
    assert facts(text) == [(("TUR", "UZB"), "memorandum_of_understanding", "signed")]


def test_we_with_another_partner_is_not_both_speakers() -> None:
    text = (
        "MACRON: We respect your choices.\n\n"
        "TOKAYEV: We signed an agreement with Germany last year on hydrogen.\n"
    )
    assert all("FRA" not in parties for parties, _i, _s in facts(text))


def test_one_known_speaker_or_unknown_labels_add_nothing() -> None:
    text = (
        "QUESTION: Did you sign anything?\n\n"
        "TOKAYEV: We have just signed a joint declaration on minerals.\n\n"
        "ANALYST: We agreed a common text on transport.\n"
    )
    assert facts(text) == []


def test_we_without_a_stage_verb_is_not_a_party() -> None:
    text = (
        "MACRON: We respect the path your country has chosen.\n\n"
        "TOKAYEV: We will sign an agreement on nuclear energy next year.\n"
    )
    assert facts(text) == []

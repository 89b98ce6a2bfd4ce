"""Diplomatic relations agreed to be restored ("agreed on Friday to re-establish
diplomatic relations"): one `other` instrument at the `concluded` stage between the states;
hedged, negated and failed attempts yield nothing. Every sentence was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 10)


def relations(text: str) -> set[tuple[tuple[str, ...], str, str, str | None]]:
    facts = extract_facts(Document("n", text, PUBLISHED))
    return {
        (f.parties, f.instrument.value, f.stage.value, f.date)
        for f in facts
        if isinstance(f, AgreementFact) and f.rule == "agreement.relations"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi Arabia and Iran agreed on Friday to re-establish diplomatic relations and to"
            " reopen their embassies within two months.",
            ("IRN", "SAU"),
        ),
        ("Turkey agreed to restore full diplomatic relations with Armenia.", ("ARM", "TUR")),
        ("Egypt and Qatar decided to resume diplomatic ties in January 2021.", ("EGY", "QAT")),
        ("Morocco and Israel agreed to normalise relations in December 2020.", ("ISR", "MAR")),
        ("Bahrain agreed to reestablish ties with Qatar.", ("BHR", "QAT")),
        (
            "The United Arab Emirates and Israel agreed on August 13 to establish full"
            " diplomatic relations, in a deal brokered by Washington.",
            ("ARE", "ISR"),
        ),
    ],
)
def test_relations_agreed_to_be_restored(text: str, expected: tuple[str, ...]) -> None:
    found = relations(text)
    assert {(f[0], f[1], f[2]) for f in found} == {(expected, "other", "concluded")}


def test_the_date_of_the_agreement() -> None:
    text = "Egypt and Qatar decided to resume diplomatic ties in January 2021."
    assert {f[3] for f in relations(text)} == {"2021-01"}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Saudi Arabia could agree to normalise relations next year.",
        "Turkey refused to restore ties with Armenia.",
        "Armenia and Turkey failed to agree to restore relations.",
        "Iran and Egypt have not agreed to restore diplomatic relations.",
        "Israel and Saudi Arabia may agree to normalise relations if a deal on Gaza holds.",
        "Diplomats discussed whether Armenia and Turkey would agree to restore ties.",
        "The EU and Belarus agreed to restore relations.",  # a bloc: not diplomatic ties
        "Armenia agreed to restore the railway to Turkey.",
        "Armenia and Turkey agreed to establish a commission on relations.",
    ],
)
def test_no_restored_relations(text: str) -> None:
    assert relations(text) == set()


def test_relations_broken_off_are_still_terminated() -> None:
    text = "Riyadh severed ties with Tehran in 2016 after protesters attacked its missions."
    assert {(f[0], f[2]) for f in relations(text)} == {(("IRN", "SAU"), "terminated")}

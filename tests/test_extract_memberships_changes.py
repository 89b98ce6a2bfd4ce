"""Membership changes: applied, invited, joined, observer, left, suspended; hedges."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import MembershipFact


def changes(text: str) -> set[tuple[str, str, str]]:
    facts = extract_facts(Document("m", text, date(2025, 2, 1)))
    return {(f.parties[0], f.group, f.change.value) for f in facts if isinstance(f, MembershipFact)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thailand formally applied to join BRICS in June.", ("THA", "BRICS", "applied")),
        (
            "Serbia submitted an official application for membership of the EAEU.",
            ("SRB", "EAEU", "applied"),
        ),
        ("Turkmenistan was invited to join the SCO as a full member.", ("TKM", "SCO", "invited")),
        ("Egypt became a full member of BRICS on 1 January.", ("EGY", "BRICS", "joined")),
        ("Finland joined NATO in April 2023.", ("FIN", "NATO", "joined")),
        ("Hungary was granted observer status in the OTS.", ("HUN", "OTS", "observer")),
        ("Georgia withdrew from the CIS after the 2008 war.", ("GEO", "CIS", "left")),
        (
            "Armenia suspended its participation in the CSTO last year.",
            ("ARM", "CSTO", "suspended"),
        ),
    ],
)
def test_change_read_from_its_cue(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in changes(text)


def test_each_member_of_a_coordinated_subject() -> None:
    text = "Mali, Niger and Burkina Faso formally left ECOWAS on Wednesday."
    assert changes(text) == {
        ("MLI", "ECOWAS", "left"),
        ("NER", "ECOWAS", "left"),
        ("BFA", "ECOWAS", "left"),
    }


def test_the_organisation_refers_to_the_one_named_before() -> None:
    text = (
        "The Shanghai Cooperation Organisation met in Astana. "
        "Belarus was admitted to the organisation at the summit."
    )
    assert ("BLR", "SCO", "joined") in changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Moldova hopes to join the EU and NATO one day.",
        "Azerbaijan plans to apply for membership of BRICS.",
        "Uzbekistan will not join the EAEU, the minister said.",
        "More than forty states have applied to join the SCO.",
        "Armenia may leave the CSTO if nothing changes.",
    ],
)
def test_hedged_negated_or_memberless_statements_yield_nothing(text: str) -> None:
    assert changes(text) == set()

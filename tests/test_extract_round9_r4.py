"""Round 9 (r4): projects, commitments and trade figures read in general news wordings
(probe sentences written for each kind, none taken from an evaluation set), with the
negative cases of each guard."""

from __future__ import annotations

import pytest

from caspian.facts import ProjectFact
from fact_rows import facts_of

ProjectRow = tuple[str, str]


def project_rows(text: str) -> set[ProjectRow]:
    """(name, host) of each project fact."""
    return {(f.name, f.host) for f in facts_of(text) if isinstance(f, ProjectFact)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tamar Ridge, Georgia's largest wind project, will be built by a Chinese "
            "consortium at a cost of $300 million.",
            {("Tamar Ridge", "GEO")},
        ),
        (
            "Bozshakol East, Kazakhstan's second copper mine, began operations last year.",
            {("Bozshakol East", "KAZ")},
        ),
        (
            "The government said Sangachal Deep, Azerbaijan's newest gas project, is under "
            "construction.",
            {("Sangachal Deep", "AZE")},
        ),
        (
            "Nur Ata Solar, the country's biggest solar park, was inaugurated in Uzbekistan on "
            "Monday.",
            {("Nur Ata Solar", "UZB")},
        ),
        (  # a commodity in capitals is a kind, not the name
            "Marsa Bay, Oman's first LNG terminal, is under construction.",
            {("Marsa Bay", "OMN")},
        ),
    ],
)
def test_name_in_apposition_to_a_possessive_description(
    text: str, expected: set[ProjectRow]
) -> None:
    assert project_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Almaty, Kazakhstan's biggest city, hosted the forum on the new port project.",
        "Meanwhile, Kazakhstan's first nuclear power plant is still on paper.",
    ],
)
def test_apposition_to_a_place_or_an_opener_names_no_project(text: str) -> None:
    assert not {name for name, _ in project_rows(text)} & {"Almaty", "Meanwhile"}

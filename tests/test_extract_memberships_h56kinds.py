"""Memberships: "walked out of X" is leaving X (not "walked out of the X summit" or of
talks); "the two regimes", "the three juntas" refer back to the states named before, and
to the first clause of a sentence that names exactly as many before naming others
("A, B and C ..., and so do D and E")."""

from __future__ import annotations

import pytest

from fact_rows import MembershipRow
from fact_rows import membership_rows as _memberships

Row = MembershipRow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire
            "Venezuela walked out of the OAS in 2019.",
            {("VEN", "OAS", "left", "2019")},
        ),
        (  # a counted reference to governments
            "Myanmar and Laos were criticised at the summit. The two regimes walked out of "
            "ASEAN in March 2025.",
            {("MMR", "ASEAN", "left", "2025-03"), ("LAO", "ASEAN", "left", "2025-03")},
        ),
        (  # op-ed: the first clause names the three, the second two more
            "Mali, Burkina Faso and Niger quit the talks, and so did Chad and Sudan. The three "
            "West African juntas later walked out of ECOWAS in January 2025.",
            {
                ("MLI", "ECOWAS", "left", "2025-01"),
                ("BFA", "ECOWAS", "left", "2025-01"),
                ("NER", "ECOWAS", "left", "2025-01"),
            },
        ),
    ],
)
def test_walked_out_and_counted_references(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay walked out of the Mercosur summit in December.",
        "Nicaragua walked out of the talks with the OAS in 2022.",
        # an undated reference with no set named before: nobody
        "The two regimes walked out of the bloc in 2019.",
    ],
)
def test_no_membership(text: str) -> None:
    assert _memberships(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire
            "Argentina was one of six countries invited in August 2023 to join the BRICS group "
            "from 1 January 2024.",
            {("ARG", "BRICS", "invited", "2023-08")},
        ),
        (  # agency English
            "Egypt was among the six nations invited to join BRICS in August 2023.",
            {("EGY", "BRICS", "invited", "2023-08")},
        ),
        (  # the inviter is no invitee
            "Brazil was one of the countries that invited Argentina to join BRICS in 2023.",
            {("ARG", "BRICS", "invited", "2023")},
        ),
    ],
)
def test_one_of_the_states_invited(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


def test_attending_as_a_guest_is_no_invitation_to_join() -> None:
    text = "Vietnam was one of the countries invited to attend the BRICS summit as a guest."
    assert _memberships(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # weekly digest: the group of the sentence before
            "GENEVA - WTO members agreed on Wednesday to open accession talks with "
            "Turkmenistan. Ashgabat, an observer since July 2020, filed its formal "
            "application in November 2021.",
            {("TKM", "WTO", "applied", "2021-11"), ("TKM", "WTO", "observer", "2020-07")},
        ),
        (
            "Bosnia has long wanted to join the EU. Sarajevo filed its application in "
            "February 2016.",
            {("BIH", "EU", "applied", "2016-02")},
        ),
    ],
)
def test_bare_application_takes_the_group_just_named(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no group named before
        "Turkmenistan filed its application in November 2021.",
        # two groups named before: no guess
        "The EU and NATO held talks. Serbia submitted its application in 2009.",
        # a company's application
        "The company filed its application in March, the court said.",
    ],
)
def test_bare_application_without_one_group(text: str) -> None:
    assert _memberships(text) == set()

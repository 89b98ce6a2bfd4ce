"""Memberships: passive invitations with a floating quantifier or adverb ("were both
invited last month to join", "have both been invited", "were also formally invited in
August to join") give one invitation per state, dated by the invitation, not by the start
of membership ("to join BRICS from January")."""

from __future__ import annotations

import pytest

from fact_rows import MembershipRow
from fact_rows import membership_rows as _memberships

Row = MembershipRow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # policy brief, with an apposition
            "Saudi Arabia and the UAE, the two Gulf producers, were both invited last month "
            "to join BRICS from January.",
            {("SAU", "BRICS", "invited", "2025-05"), ("ARE", "BRICS", "invited", "2025-05")},
        ),
        (  # agency, non-native English
            "ABU DHABI (agency) - The United Arab Emirates and Saudi Arabia have both been "
            "invited to join BRICS group, it was informed on Thursday.",
            {
                ("ARE", "BRICS", "invited", "2025-06-05"),
                ("SAU", "BRICS", "invited", "2025-06-05"),
            },
        ),
        (  # business daily, two adverbs
            "Egypt and Ethiopia were also formally invited in August to join the BRICS bloc.",
            {("EGY", "BRICS", "invited", "2024-08"), ("ETH", "BRICS", "invited", "2024-08")},
        ),
        (  # wire: the start of membership is no invitation date
            "JOHANNESBURG (wire) - Argentina, Iran and Egypt have been invited to become "
            "members of the BRICS group from 1 January 2026.",
            {
                ("ARG", "BRICS", "invited", "2025-06-10"),
                ("IRN", "BRICS", "invited", "2025-06-10"),
                ("EGY", "BRICS", "invited", "2025-06-10"),
            },
        ),
    ],
)
def test_memberships_passive_invitation_with_quantifier(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Belarus were all but invited to join the SCO, diplomats said.",
        "Brazil and India were both invited to the BRICS summit in Kazan.",
        "Turkey was invited to the SCO summit in Astana, where leaders discussed plans to "
        "join forces against terrorism.",
        "Egypt and Ethiopia were both not invited to join BRICS, officials said.",
    ],
)
def test_memberships_invitation_to_an_event_or_hedged_is_none(text: str) -> None:
    assert _memberships(text) == set()


def test_memberships_invited_then_declined_keeps_the_invitation() -> None:
    text = (
        "The BRICS group has grown fast. Argentina was invited at the summit in "
        "Johannesburg in August 2023 but declined to join after the new president took "
        "office."
    )
    assert ("ARG", "BRICS", "invited", "2023-08") in _memberships(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # agency, non-native English: elected by the members
            "At the 11th summit of the Shanghai Cooperation Organisation in Astana, Republic "
            "of Belarus was unanimously elected as member of the organization, informs "
            "ministry.",
            ("BLR", "SCO", "joined"),
        ),
        (  # wire
            "CAIRO (wire) - Azerbaijan was elected a full member of the D-8 group of "
            "developing countries at its summit on Thursday.",
            ("AZE", "D8", "joined"),
        ),
        (  # press release: observer
            "On 3 July, at the summit of the Organization of Turkic States in Baku, "
            "Turkmenistan was unanimously elected as observer of the organization.",
            ("TKM", "OTS", "observer"),
        ),
        (  # live blog: the Nth member, the group from the context
            "The SCO has grown steadily. Belarus became the tenth full member at the Astana "
            "summit in July 2024.",
            ("BLR", "SCO", "joined"),
        ),
        (  # analysis
            "BRICS has expanded fast. Indonesia became its newest member on 6 January 2025, "
            "officials in Brasilia said.",
            ("IDN", "BRICS", "joined"),
        ),
    ],
)
def test_memberships_elected_or_nth_member(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(p, g, c) for p, g, c, _ in _memberships(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan was elected as member of the UN Security Council for 2017-2018.",
        "Kazakhstan was elected as a member of the UN Human Rights Council.",
        "Ms Ivanova was elected as member of the board of the Asian Development Bank.",
        "The council met in Geneva. Kazakhstan became the tenth member to speak at the session.",
    ],
)
def test_memberships_seats_and_speakers_are_no_membership(text: str) -> None:
    assert _memberships(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UK applied to join the CPTPP. The UK applied to join in February 2021, a year "
            "after leaving the European Union.",
            {("GBR", "CPTPP", "applied")},
        ),
        (
            "Members of the CPTPP met in Vancouver. Ecuador applied to join in December 2021, "
            "after leaving OPEC in 2020.",
            {("ECU", "CPTPP", "applied")},
        ),
    ],
)
def test_memberships_a_group_left_is_not_the_one_applied_to(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {(p, g, c) for p, g, c, _ in _memberships(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The CPTPP has eleven members. Ecuador and Uruguay both applied in December 2021, "
            "but their bids are stalled.",
            {("ECU", "CPTPP", "applied", "2021-12"), ("URY", "CPTPP", "applied", "2021-12")},
        ),
        (
            "The CPTPP has eleven members. Uruguay, which applied in December 2022, is the "
            "most advanced candidate.",
            {("URY", "CPTPP", "applied", "2022-12")},
        ),
    ],
)
def test_memberships_object_less_applied_after_both_or_which(text: str, expected: set[Row]) -> None:
    assert _memberships(text) == expected


def test_memberships_people_leaving_on_a_journey_are_none() -> None:
    text = "The CPTPP has eleven members. Tokayev and Mirziyoyev both left in December 2022."
    assert _memberships(text) == set()


def test_memberships_a_state_named_as_a_place_is_not_in_the_subject_list() -> None:
    text = (
        "On 19 December, at the summit of the D-8 held in Cairo, capital of Egypt, Republic "
        "of Azerbaijan was unanimously elected as member of the organization."
    )
    assert {(p, g, c) for p, g, c, _ in _memberships(text)} == {("AZE", "D8", "joined")}


@pytest.mark.parametrize(
    "text",
    [
        "With this act Bolivia completed the last step of its accession, and it becomes a "
        "full State Party of MERCOSUR.",
        "ASUNCION (wire) - Bolivia has formally become a full State Party of MERCOSUR, the "
        "bloc said on Monday.",
    ],
)
def test_memberships_state_party_of_a_bloc_is_joined(text: str) -> None:
    assert {(p, g, c) for p, g, c, _ in _memberships(text)} == {("BOL", "MERCOSUR", "joined")}


def test_memberships_a_state_partner_of_a_project_is_none() -> None:
    assert _memberships("The company became a state partner of the project.") == set()

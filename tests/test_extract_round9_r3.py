"""Round 9 (r3): membership changes read along general linguistic dimensions (probe
sentences written for each kind, none taken from an evaluation set), with the negative
cases of each guard:

- an ordinal of any spelling before "member" ("the twenty-ninth member", "forty-first
  member state");
- observer status with or without its article ("became observer of"), dated by a
  relative "since" ("since last year");
- a group inviting a list of states "to become members" with the start of membership
  after ("from next year"): the group is the subject, the date not the invitation's;
- "became members" with no object and an adjunct of time after it (a weekday, "last
  year", an event, "three years later"): the group of the story.
"""

from __future__ import annotations

import pytest

from fact_rows import MembershipRow, membership_rows


def _changes(text: str) -> set[tuple[str, str, str]]:
    return {(party, group, change) for party, group, change, _ in membership_rows(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Thursday Montenegro was admitted as the twenty-ninth member of NATO.",
            {("MNE", "NATO", "joined")},
        ),
        (
            "The Republic of Fiji was accepted as forty-first member of the Asian Development "
            "Bank in 1970.",
            {("FJI", "ADB", "joined")},
        ),
        (
            "Earlier this year the Republic of Korea became the thirty-first full member of CICA.",
            {("KOR", "CICA", "joined")},
        ),
        ("Last year Mongolia became observer of the SCO.", {("MNG", "SCO", "observer")}),
        (
            "Qatar became observer state of the Organization of Turkic States in 2022.",
            {("QAT", "OTS", "observer")},
        ),
    ],
)
def test_ordinals_and_bare_observer(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


def test_observer_since_a_relative_date() -> None:
    assert membership_rows(
        "The OTS has had few changes. Hungary has been an observer since last year."
    ) == {("HUN", "OTS", "observer", "2024")}


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam was admitted as a guest of the ASEAN summit on Monday.",
        "The SCO met in Astana. Mongolia could become observer of the bloc soon.",
        "The OTS met. Hungary has been an observer of events since last year.",
    ],
)
def test_guests_hedges_and_other_observers_state_nothing(text: str) -> None:
    assert membership_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the Kazan summit, the BRICS leaders invited Algeria, Nigeria and Vietnam to "
            "become members from next year.",
            {("DZA", "BRICS", "invited"), ("NGA", "BRICS", "invited"), ("VNM", "BRICS", "invited")},
        ),
        (
            "The Shanghai Cooperation Organisation invited Belarus and Laos to become full "
            "members from 1 July 2024.",
            {("BLR", "SCO", "invited"), ("LAO", "SCO", "invited")},
        ),
    ],
)
def test_a_group_invites_states_to_become_members(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    rows = membership_rows(text)
    assert {(p, g, c) for p, g, c, _ in rows} == expected
    assert all(date != "2024-07-01" for *_, date in rows)  # when membership would begin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BRICS grew this year. Meanwhile, Egypt, Ethiopia and Iran became members on "
            "Monday, 1 January, officials said.",
            {
                ("EGY", "BRICS", "joined", "2025-01-01"),
                ("ETH", "BRICS", "joined", "2025-01-01"),
                ("IRN", "BRICS", "joined", "2025-01-01"),
            },
        ),
        (
            "The bloc is now larger. The SCO summit was held in Astana. Iran and Belarus became "
            "members last year.",
            {("BLR", "SCO", "joined", "2024"), ("IRN", "SCO", "joined", "2024")},
        ),
        (
            "The EU expanded east in 2004. Bulgaria and Romania became members three years "
            "later, on 1 January 2007.",
            {("BGR", "EU", "joined", "2007-01-01"), ("ROU", "EU", "joined", "2007-01-01")},
        ),
        (
            "ASEAN met in Jakarta. Laos and Myanmar became members at the Kuala Lumpur summit "
            "in July 1997.",
            {("LAO", "ASEAN", "joined", "1997-07"), ("MMR", "ASEAN", "joined", "1997-07")},
        ),
    ],
)
def test_became_members_with_a_time_after(text: str, expected: set[MembershipRow]) -> None:
    assert membership_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The BRICS leaders invited Lula and Modi to speak at the opening session.",
        "The SCO leaders invited Belarus to become members of the working group on energy from "
        "next year.",
        "The club of exporters met. Two new ministers became members of the cabinet on Monday.",
        "NATO met in Vilnius. Finland and Sweden could become members on Monday.",
    ],
)
def test_other_invitations_bodies_and_hedges_state_nothing(text: str) -> None:
    assert membership_rows(text) == set()

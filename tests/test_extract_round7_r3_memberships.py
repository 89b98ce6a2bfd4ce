"""Memberships (round 7, r3): co-members named after the change by "together with",
"along with" or "alongside", with the group and the date between ("Iran became a full
member of BRICS on 1 January, together with Egypt, Ethiopia and the United Arab
Emirates"), each have the same change; the list ends with its "and" item, and a co-member
phrase in another clause, or naming no state, adds nobody."""

from __future__ import annotations

import pytest

from fact_rows import MembershipRow, membership_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Q&A copy: the group and the date between, a clause after the list
            "Iran became a full member of BRICS on 1 January 2024, together with Egypt, "
            "Ethiopia and the United Arab Emirates, and Russia chairs the group this year.",
            {
                ("IRN", "BRICS", "joined", "2024-01-01"),
                ("EGY", "BRICS", "joined", "2024-01-01"),
                ("ETH", "BRICS", "joined", "2024-01-01"),
                ("ARE", "BRICS", "joined", "2024-01-01"),
            },
        ),
        (  # wire: "alongside"
            "Iran became a full member of BRICS in January 2024, alongside Egypt and Ethiopia.",
            {
                ("IRN", "BRICS", "joined", "2024-01"),
                ("EGY", "BRICS", "joined", "2024-01"),
                ("ETH", "BRICS", "joined", "2024-01"),
            },
        ),
        (  # a partner status
            "Bolivia became a partner country of BRICS on 1 January 2025, along with Cuba, "
            "Malaysia and Uganda.",
            {
                ("BOL", "BRICS", "observer", "2025-01-01"),
                ("CUB", "BRICS", "observer", "2025-01-01"),
                ("MYS", "BRICS", "observer", "2025-01-01"),
                ("UGA", "BRICS", "observer", "2025-01-01"),
            },
        ),
        (  # an invitation, a long list
            "Saudi Arabia was invited to join BRICS in August 2023, together with Iran, "
            "Argentina, Ethiopia, the United Arab Emirates and Egypt.",
            {
                (state, "BRICS", "invited", "2023-08")
                for state in ("SAU", "ARG", "EGY", "ETH", "IRN", "ARE")
            },
        ),
    ],
)
def test_co_members_after_the_change(text: str, expected: set[MembershipRow]) -> None:
    assert membership_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # another clause
            "Iran joined BRICS in 2024, and Russia, together with China, welcomed the move.",
            {("IRN", "BRICS", "joined", "2024")},
        ),
        (  # a person, not a state
            "Iran became a full member of BRICS in 2024, together with its president's delegation.",
            {("IRN", "BRICS", "joined", "2024")},
        ),
        (  # a relative clause with "together with"
            "Belarus joined the SCO in July 2024 in Astana, where President Lukashenko stood "
            "together with Xi Jinping.",
            {("BLR", "SCO", "joined", "2024-07")},
        ),
    ],
)
def test_together_with_outside_the_change_adds_nobody(
    text: str, expected: set[MembershipRow]
) -> None:
    assert membership_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uzbekistan became an observer of the EAEU in December 2020, as did Cuba.",
            {("UZB", "EAEU", "observer", "2020-12"), ("CUB", "EAEU", "observer", "2020-12")},
        ),
        (
            "Egypt joined BRICS in January 2024, as did Ethiopia and Iran.",
            {
                ("EGY", "BRICS", "joined", "2024-01"),
                ("ETH", "BRICS", "joined", "2024-01"),
                ("IRN", "BRICS", "joined", "2024-01"),
            },
        ),
        (  # no state named after "as did"
            "Finland joined NATO in 2023, as did its neighbour a year later.",
            {("FIN", "NATO", "joined", "2023")},
        ),
    ],
)
def test_as_did_names_co_members(text: str, expected: set[MembershipRow]) -> None:
    assert membership_rows(text) == expected

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Korea is weighing its options on the CPTPP. Seoul applied to join the trade "
            "bloc in December 2023.",
            {("KOR", "CPTPP", "applied")},
        ),
        (
            "Finland and Sweden watched NATO grow. Finland joined the military alliance in April "
            "2023.",
            {("FIN", "NATO", "joined")},
        ),
        (
            "OPEC cut output again. Qatar left the oil cartel in January 2019.",
            {("QAT", "OPEC", "left")},
        ),
        (
            "The EAEU summit met in Minsk. Armenia joined the Russian-led economic union in 2015.",
            {("ARM", "EAEU", "joined")},
        ),
    ],
)
def test_a_group_described_by_its_kind(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The EU met in Brussels. Hungary joined the working group on migration in 2019.",
        "NATO leaders met in Vilnius. Sweden joined the contact group in March.",
        # a description of a group not named nearby, a capital as a place: no group
        "Leaders met at the SCO summit in Tianjin.\n\nIs Armenia turning west? Yerevan is "
        "hedging. It has frozen its participation in the Russian-led security bloc and is "
        "talking to Brussels.",
    ],
)
def test_other_groups_and_unnamed_descriptions_state_nothing(text: str) -> None:
    assert membership_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NATO had to decide on membership. Finland was invited on 29 June 2022.",
            {("FIN", "NATO", "invited", "2022-06-29")},
        ),
        (
            "Ukraine applied to join the EU on 28 February. Moldova submitted its own application "
            "three days later.",
            {("UKR", "EU", "applied", "2025-02-28"), ("MDA", "EU", "applied", "2025-06-10")},
        ),
        (
            "The WTO opened talks with Uzbekistan. Tashkent's application to join, signed by the "
            "prime minister, was received in Geneva on 8 December 1994.",
            {("UZB", "WTO", "applied", "1994-12-08")},
        ),
        (
            "Turkmenistan's bid to join the WTO was lodged in November 2021.",
            {("TKM", "WTO", "applied", "2021-11")},
        ),
    ],
)
def test_invitations_and_applications_in_other_shapes(
    text: str, expected: set[MembershipRow]
) -> None:
    assert membership_rows(text) == expected


def test_an_application_in_the_paragraph_before() -> None:
    text = (
        "Georgia lodged an application for membership of the European Union on Thursday.\n\n"
        "Moldova submitted its own application the same day."
    )
    assert ("MDA", "EU", "applied") in _changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The summit of the OTS was in Astana. President Tokayev was invited in March.",
        "The SCO leaders met. Iran was invited on Monday to the talks on Afghanistan.",
        "Turkey's application to join the EU was rejected in 2019.",
        "The WTO met. Iran's request to join was discussed on Monday.",
    ],
)
def test_persons_other_invitations_and_other_fates_state_nothing(text: str) -> None:
    assert membership_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The SCO met. Qatar received observer status at the Astana summit in 2019 and "
            "Mongolia at the Bishkek summit in June 2022.",
            {("QAT", "SCO", "observer", "2019"), ("MNG", "SCO", "observer", "2022-06")},
        ),
        (
            "Iran joined the SCO at the New Delhi summit in July 2023, Belarus at the Astana "
            "summit a year later.",
            {("IRN", "SCO", "joined", "2023-07"), ("BLR", "SCO", "joined", "2024")},
        ),
        (
            "Laos was admitted to ASEAN at the meeting in Kuala Lumpur in July 1997 and "
            "Cambodia at a ceremony in Hanoi in April 1999.",
            {("LAO", "ASEAN", "joined", "1997-07"), ("KHM", "ASEAN", "joined", "1999-04")},
        ),
    ],
)
def test_gapped_conjunct_with_an_event(text: str, expected: set[MembershipRow]) -> None:
    assert membership_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The SCO met. Qatar received observer status at the Astana summit in 2019 and "
        "Mongolia hosted a forum at the Bishkek summit in June 2022.",
        "Finland joined NATO in April 2023 and Sweden's prime minister in Vilnius in July.",
    ],
)
def test_a_conjunct_with_a_verb_or_a_person_is_no_gap(text: str) -> None:
    assert {p for p, *_ in membership_rows(text)} <= {"QAT", "FIN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia and Belarus are members of the Eurasian Economic Union, Armenia since "
            "January 2015.",
            {("ARM", "EAEU", "joined", "2015-01")},
        ),
        (
            "Kazakhstan and Kyrgyzstan are both members of the WTO, Kyrgyzstan since 1998 and "
            "Kazakhstan since 2015.",
            {("KGZ", "WTO", "joined", "1998"), ("KAZ", "WTO", "joined", "2015")},
        ),
        (
            "Romania and Bulgaria belong to the European Union, Romania since 2007.",
            {("ROU", "EU", "joined", "2007")},
        ),
    ],
)
def test_members_dated_in_an_apposition(text: str, expected: set[MembershipRow]) -> None:
    assert membership_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Belarus are members of the Eurasian Economic Union, Armenia since its "
        "founding.",
        "Kazakhstan and Kyrgyzstan are members of the CSTO, Russia since the start.",
    ],
)
def test_an_apposition_without_a_date_states_nothing(text: str) -> None:
    assert membership_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uzbekistan gets observer status in the EAEU.", {("UZB", "EAEU", "observer")}),
        (
            "Malaysia formally applied to become a BRICS member in July 2024.",
            {("MYS", "BRICS", "applied")},
        ),
        (
            "Armenia has frozen its membership of the CSTO, Prime Minister Pashinyan said.",
            {("ARM", "CSTO", "suspended")},
        ),
        (
            "Niger was suspended by the African Union in August 2023.",
            {("NER", "AU", "suspended")},
        ),
        (
            "Bahrain, Kuwait and Qatar were admitted as dialogue partners of the SCO in 2022.",
            {("BHR", "SCO", "observer"), ("KWT", "SCO", "observer"), ("QAT", "SCO", "observer")},
        ),
    ],
)
def test_other_tenses_prepositions_and_plurals(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Armenia has not frozen its membership of the CSTO.",
        "The SCO met. The Niger opposition leader was suspended by the court in August 2023.",
        "Malaysia wants to apply to become a BRICS member next year.",
        "The EAEU met. Uzbekistan never gets observer status in the EAEU.",
        "The SCO met in Astana. The journalists were admitted as observers at the vote.",
    ],
)
def test_negated_hedged_and_other_suspensions_state_nothing(text: str) -> None:
    assert membership_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BRICS welcomed new members Egypt, Ethiopia, Iran and the UAE on 1 January 2024.",
            {
                ("EGY", "BRICS", "joined"),
                ("ETH", "BRICS", "joined"),
                ("IRN", "BRICS", "joined"),
                ("ARE", "BRICS", "joined"),
            },
        ),
        (
            "The SCO admitted Belarus, Iran and India on Thursday.",
            {("BLR", "SCO", "joined"), ("IRN", "SCO", "joined"), ("IND", "SCO", "joined")},
        ),
        ("The SCO admitted Belarus, Russia said on Thursday.", {("BLR", "SCO", "joined")}),
        (
            "Ukraine signed its application for EU membership on 28 February 2022.",
            {("UKR", "EU", "applied")},
        ),
        (
            "Georgia handed its EU membership application to the French presidency on 3 March "
            "2022.",
            {("GEO", "EU", "applied")},
        ),
        (
            "The BRICS summit extended invitations to Argentina, Egypt and Iran to join the bloc.",
            {("ARG", "BRICS", "invited"), ("EGY", "BRICS", "invited"), ("IRN", "BRICS", "invited")},
        ),
    ],
)
def test_lists_admitted_and_applications_signed(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The SCO admitted mistakes in Belarus on Thursday.",
        "Ukraine signed the agreement on EU membership talks in 2022.",
        "The EU met. Ukraine has not yet signed its application for EU membership.",
    ],
)
def test_other_admissions_and_signatures_state_nothing(text: str) -> None:
    assert membership_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The CSTO lost three members. Georgia, Azerbaijan and Uzbekistan left in 1999.",
            {("GEO", "CSTO", "left"), ("AZE", "CSTO", "left"), ("UZB", "CSTO", "left")},
        ),
        (
            "The CPTPP has 12 members. The UK acceded in December 2024.",
            {("GBR", "CPTPP", "joined")},
        ),
    ],
)
def test_object_less_changes_of_coordinated_states(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The CPTPP has 12 members. The UK acceded to the request in December 2024.",
        "The CSTO lost three members. President Aliyev left in 1999.",
        "The SCO summit took place in Astana. Lukashenko joined on 4 July 2024.",
    ],
)
def test_leaders_and_other_accessions_state_nothing(text: str) -> None:
    assert membership_rows(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The SCO met in Astana. Kazakhstan's athletes became members last year.",
        "The EU met. Banks from Poland became members on Monday.",
        "Officials of Georgia's ruling party joined the EPP in 2019.",
    ],
)
def test_a_state_modifying_the_subject_is_no_member(text: str) -> None:
    assert membership_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia's government applied to join the EU on 3 March 2022.",
            {("GEO", "EU", "applied")},
        ),
        (
            "The governments of Mali and Niger formally left ECOWAS on Wednesday.",
            {("MLI", "ECOWAS", "left"), ("NER", "ECOWAS", "left")},
        ),
    ],
)
def test_a_government_stands_for_its_state(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Gulf states weighed their options. Invited to join BRICS in August 2023, Saudi "
            "Arabia has yet to decide.",
            {("SAU", "BRICS", "invited", "2023-08")},
        ),
        (
            "Admitted to the WTO in 2015, Kazakhstan has cut tariffs sharply.",
            {("KAZ", "WTO", "joined", "2015")},
        ),
        (
            "Accepted as a full member of the SCO in July 2023, Iran hosted a ministerial.",
            {("IRN", "SCO", "joined", "2023-07")},
        ),
    ],
)
def test_a_fronted_participle_of_change(text: str, expected: set[MembershipRow]) -> None:
    assert membership_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Invited to join the talks in 2023, Saudi Arabia has yet to decide.",
        "Asked about BRICS in 2023, Saudi Arabia said nothing.",
    ],
)
def test_other_fronted_participles_state_nothing(text: str) -> None:
    assert membership_rows(text) == set()

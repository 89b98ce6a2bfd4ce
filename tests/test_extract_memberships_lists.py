"""Membership changes stated by lists, ellipsis, nominal accession and outlet phrasings
(wire, state agency, business daily, non-native English). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import MembershipFact


def facts(text: str) -> list[MembershipFact]:
    found = extract_facts(Document("m", text, date(2025, 6, 10)))
    return [f for f in found if isinstance(f, MembershipFact)]


def changes(text: str) -> set[tuple[str, str, str]]:
    return {(f.parties[0], f.group, f.change.value) for f in facts(text)}


def test_every_state_of_a_listed_subject_becomes_a_member() -> None:
    text = "Bulgaria, Romania, Croatia and Cyprus became full members of the EU."
    assert changes(text) == {
        ("BGR", "EU", "joined"),
        ("ROU", "EU", "joined"),
        ("HRV", "EU", "joined"),
        ("CYP", "EU", "joined"),
    }


def test_every_state_of_an_invited_object_list() -> None:
    text = "Leaders at the summit decided to invite Finland, Sweden and Norway to join NATO."
    assert changes(text) == {
        ("FIN", "NATO", "invited"),
        ("SWE", "NATO", "invited"),
        ("NOR", "NATO", "invited"),
    }


def test_an_object_with_other_words_is_no_list_of_invitees() -> None:
    text = "The bloc invited observers from Mongolia and the press to join the session."
    assert not [f for f in facts(text) if f.change.value == "invited"]


def test_elided_conjunct_takes_the_cue_and_its_own_date() -> None:
    found = facts("Croatia joined the EU in 2013 and Bulgaria in 2007.")
    by_party = {f.parties[0]: f.date for f in found if f.group == "EU"}
    assert by_party == {"HRV": "2013", "BGR": "2007"}


def test_elided_list_after_while_followed() -> None:
    text = (
        "Latvia and Lithuania joined the EU in 2004, while Romania and Bulgaria followed in 2007."
    )
    assert {("ROU", "EU", "joined"), ("BGR", "EU", "joined")} <= changes(text)


def test_ellipsis_with_an_adverb_before_the_date() -> None:
    found = facts("China became a WTO member in 2001, Russia only in 2012.")
    assert {(f.parties[0], f.group, f.date) for f in found} == {
        ("CHN", "WTO", "2001"),
        ("RUS", "WTO", "2012"),
    }


def test_a_group_owning_what_is_joined_is_not_joined() -> None:
    assert changes("Georgia joined the EU's sanctions in 2022 and Moldova in 2023.") == set()


def test_a_verb_phrase_after_and_is_no_ellipsis() -> None:
    text = "Kazakhstan joined the SCO in 2001 and signed a gas deal with Iran in 2015."
    assert ("IRN", "SCO", "joined") not in changes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine applied for EU membership in February 2022.", ("UKR", "EU", "applied")),
        ("Moldova submitted a membership bid to the EU last year.", ("MDA", "EU", "applied")),
        (
            "Georgia filed its own membership application with the European Union in March.",
            ("GEO", "EU", "applied"),
        ),
        ("Kazakhstan has acceded to the WTO in 2015.", ("KAZ", "WTO", "joined")),
        (
            "The accession of Sweden to NATO was formally completed in March 2024.",
            ("SWE", "NATO", "joined"),
        ),
        ("Turkmenistan's accession to the WTO took effect in May.", ("TKM", "WTO", "joined")),
        ("Sweden was formally welcomed as the 32nd member of NATO.", ("SWE", "NATO", "joined")),
        (
            "Uzbekistan was accepted as a full member of the Organization of Turkic States.",
            ("UZB", "OTS", "joined"),
        ),
        ("Belarus was granted full membership of the SCO in July 2024.", ("BLR", "SCO", "joined")),
        ("Iran became a BRICS member at the start of 2024.", ("IRN", "BRICS", "joined")),
        (
            "Kyrgyzstan has officially become a member state of the EAEU.",
            ("KGZ", "EAEU", "joined"),
        ),
        ("Egypt formally joined BRICS on 1 January 2024.", ("EGY", "BRICS", "joined")),
    ],
)
def test_phrasings_of_applying_and_joining(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in changes(text)


def test_a_group_joined_before_is_not_the_subject_of_the_next_cue() -> None:
    text = "Kazakhstan has acceded to the WTO in 2015 and became member of the OTS in 2009."
    assert changes(text) == {("KAZ", "WTO", "joined"), ("KAZ", "OTS", "joined")}


@pytest.mark.parametrize(
    "text",
    [
        "Bosnia was granted candidate status by the EU in 2022.",
        "Serbia hopes to submit a membership application to the EAEU.",
        "The accession of Georgia to NATO was discussed at length.",
        "Armenia may accede to the EU one day, the minister said.",
        "The bloc plans to invite Laos and Cambodia to join.",
    ],
)
def test_candidacy_hedges_and_talk_of_accession_yield_nothing(text: str) -> None:
    assert changes(text) == set()


def test_comma_ellipsis_counts_years_later_from_the_first_date() -> None:
    found = facts("Laos joined ASEAN in 1997, Cambodia two years later.")
    assert {(f.parties[0], f.date) for f in found} == {("LAO", "1997"), ("KHM", "1999")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Following a vote, NATO welcomed Finland as its 31st member.", ("FIN", "NATO", "joined")),
        (
            "The Shanghai Cooperation Organisation met in Astana. The organisation admitted"
            " Belarus as its tenth member.",
            ("BLR", "SCO", "joined"),
        ),
        ("In 2024, the EAEU granted observer status to Uzbekistan.", ("UZB", "EAEU", "observer")),
        ("Turkmenistan has been an observer to the OTS since 2021.", ("TKM", "OTS", "observer")),
        ("Hungary holds observer status in the OTS.", ("HUN", "OTS", "observer")),
    ],
)
def test_the_group_as_subject_and_standing_observer_status(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in changes(text)


def test_the_year_before_the_cue_dates_the_change() -> None:
    found = facts("In 2024, the EAEU granted observer status to Uzbekistan.")
    assert [f.date for f in found] == ["2024"]


def test_no_observer_status_is_no_change() -> None:
    assert changes("Mongolia does not have observer status in the EAEU.") == set()


def test_a_date_in_a_later_clause_does_not_date_the_change() -> None:
    text = (
        "Armenia froze its participation in the CSTO in February, arguing that the bloc had"
        " failed it in 2021."
    )
    assert [f.date for f in facts(text)] == ["2025-02"]

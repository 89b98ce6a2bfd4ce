"""People introduced once with their state's office and then named alone
(`caspian.extract.person_aliases`), through the real actor matcher and pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_many
from caspian.extract.mentions import find_actor_mentions
from caspian.extract.person_aliases import add_person_aliases


def _people(text: str) -> list[tuple[str, str]]:
    mentions = add_person_aliases(text, find_actor_mentions(text))
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    return [(m.text, m.actor_id) for m in mentions if m.via == "person"]


def _agreements(text: str) -> list[tuple[tuple[str, ...], str]]:
    document = Document("people", text, date(2024, 9, 1))
    [(_doc, facts)] = list(extract_many([document]))
    return [(f.parties, f.stage) for f in facts if f.type == "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenian Deputy Prime Minister Mher Grigoryan and his Azerbaijani counterpart "
        "Shahin Mustafayev met in Almaty. Later Grigoryan and Mustafayev signed a protocol "
        "on the work of the two commissions.",
        "Mher Grigoryan, Armenia's deputy prime minister, met Shahin Mustafayev, the "
        "Azerbaijani deputy prime minister, near the border. Grigoryan and Mustafayev "
        "signed a protocol on the commissions' work on Friday.",
        "The Armenian deputy prime minister Mher Grigoryan hosted Azerbaijan's deputy prime "
        "minister Shahin Mustafayev. A protocol was signed by Grigoryan and Mustafayev "
        "after the talks.",
    ],
)
def test_surnames_of_introduced_officials_are_their_states(text: str) -> None:
    people = _people(text)
    assert ("Grigoryan", "ARM") in people
    assert ("Mustafayev", "AZE") in people
    assert (("ARM", "AZE"), "signed") in _agreements(text)


def test_sector_ministers_are_read_from_the_demonym_before_the_office() -> None:
    text = (
        "Kazakh Energy Minister Almasadam Satkaliyev arrived in Baku on Monday. "
        "Satkaliyev and Azerbaijani Energy Minister Parviz Shahbazov signed a memorandum "
        "on electricity exports."
    )
    assert ("Satkaliyev", "KAZ") in _people(text)
    assert (("AZE", "KAZ"), "signed") in _agreements(text)


def test_a_surname_introduced_for_two_states_names_neither() -> None:
    text = (
        "Pakistani Foreign Minister Imran Khan met Afghan Deputy Minister Amir Khan. "
        "Khan later said a memorandum had been signed."
    )
    assert ("Khan", "PAK") not in _people(text)
    assert ("Khan", "AFG") not in _people(text)


def test_another_person_with_the_same_surname_is_not_the_official() -> None:
    text = (
        "Armenian Deputy Prime Minister Mher Grigoryan opened the session. "
        "The economist Armen Grigoryan said the deal was overdue."
    )
    people = _people(text)
    assert people.count(("Grigoryan", "ARM")) == 0
    assert ("Mher Grigoryan", "ARM") in people


@pytest.mark.parametrize(
    "text",
    [
        # a company's officer is no state
        "Gazprom chief executive Alexei Miller said Miller's company had signed a memorandum.",
        # no office between the demonym and the name
        "Kazakh Daniyar Akhmetov, a trader, said Akhmetov had signed nothing.",
        # an office without a name after it
        "The Uzbek foreign minister on Tuesday met investors; Tuesday was busy.",
    ],
)
def test_names_without_a_state_office_stay_unknown(text: str) -> None:
    assert _people(text) == []


def test_no_office_leaves_the_mentions_as_they_are() -> None:
    text = "Kazakhstan and Uzbekistan signed a memorandum on water."
    mentions = find_actor_mentions(text)
    assert add_person_aliases(text, mentions) == mentions

"""Projects agreed by several states of the region in a story filed from the capital of
the first of them (its host), a cost a later sentence gives by the project's main word,
and a facility named only as something used ("the use of Iran's Chabahar port")."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import ProjectFact


def _projects(text: str, published: date = date(2024, 6, 11)) -> list[ProjectFact]:
    facts = extract_facts(Document(doc_id="t", text=text, published=published))
    return [fact for fact in facts if isinstance(fact, ProjectFact)]


@pytest.mark.parametrize(
    "text",
    [
        "BISHKEK, 11 June 2024 — The energy ministries of Kyrgyzstan, Kazakhstan and "
        "Uzbekistan have signed an interdepartmental agreement on cooperation in the "
        "construction of the Kambarata-1 hydropower plant on the Naryn river, officials said.",
        "BISHKEK — Kyrgyzstan, Kazakhstan and Uzbekistan signed an agreement on the joint "
        "construction of the Kambarata-1 hydropower plant.",
        "BISHKEK, June 11 - Ministers from Kyrgyzstan, Uzbekistan and Kazakhstan on Tuesday "
        "inked an accord on the construction of the Kambarata-1 hydropower plant.",
    ],
)
def test_projects_signatories_filed_from_the_first_ones_capital(text: str) -> None:
    facts = _projects(text)
    assert [(f.host, f.parties) for f in facts] == [("KGZ", ("KAZ", "KGZ", "UZB"))]


@pytest.mark.parametrize(
    "text",
    [
        # filed from elsewhere: no host
        "LONDON — The energy ministries of Kyrgyzstan, Kazakhstan and Uzbekistan have signed "
        "an agreement on cooperation in the construction of the Kambarata-1 hydropower plant.",
        # the dateline's state is not the first signatory
        "ASTANA — The energy ministries of Kyrgyzstan, Kazakhstan and Uzbekistan have signed "
        "an agreement on cooperation in the construction of the Kambarata-1 hydropower plant.",
        # an outside signatory, filed from its own capital (filed from Bishkek, the home
        # signatory hosts it: tests/test_extract_round7_r3_projects.py)
        "BEIJING — Kyrgyzstan and China signed an agreement on the construction of the "
        "Kambarata-1 hydropower plant.",
    ],
)
def test_projects_signatories_without_a_filed_first_state_have_no_host(text: str) -> None:
    assert _projects(text) == []


def test_projects_cost_from_a_later_sentence_naming_the_project() -> None:
    facts = _projects(
        "BISHKEK — The energy ministries of Kyrgyzstan, Kazakhstan and Uzbekistan have signed "
        "an agreement on cooperation in the construction of the Kambarata-1 hydropower plant. "
        "The document was signed at a forum in Vienna. A committee of donors was set up. "
        "Cost estimates for Kambarata-1 range from about $4 billion to $6 billion, making it "
        "one of the largest projects in the region."
    )
    assert [(f.value_min_usd, f.value_max_usd) for f in facts] == [(4e9, 6e9)]


@pytest.mark.parametrize(
    "text",
    [
        "They also decided to set up joint working groups on Afghanistan and on the use of "
        "Iran's Chabahar port, and to open a centre in New Delhi, officials said.",
        "The ministers discussed access to Georgia's Poti port and agreed to open a new "
        "trade office.",
        "India and Uzbekistan agreed to expand the utilisation of the Chabahar port for "
        "trade with Afghanistan.",
    ],
)
def test_projects_a_facility_in_use_is_no_project(text: str) -> None:
    assert _projects(text, date(2022, 1, 27)) == []


def test_projects_a_facility_built_is_still_a_project() -> None:
    facts = _projects(
        "India will invest $500 million to expand Iran's Chabahar port, officials said.",
        date(2022, 1, 27),
    )
    assert [f.host for f in facts] == ["IRN"]


_FIRST = (
    "ASTANA, June 16 -- Kazakhstan has chosen Rosatom to head the consortium that will build "
    "the country's first nuclear power plant, the agency said. "
)


@pytest.mark.parametrize(
    ("second", "parties"),
    [
        ("The agency said it intended to work with China on a second nuclear "
         "power plant.", ("CHN", "KAZ")),
        ("China is expected to help build the second nuclear power "
         "plant.", ("CHN", "KAZ")),
        ("Officials said a third nuclear power plant could follow in the 2040s.", ("KAZ",)),
    ],
)  # fmt: skip
def test_projects_next_of_a_kind_the_story_hosts(second: str, parties: tuple[str, ...]) -> None:
    facts = _projects(_FIRST + second, date(2025, 6, 16))
    assert [f.host for f in facts] == ["KAZ", "KAZ"]
    assert facts[1].parties == parties
    assert facts[1].name.split()[0] in ("second", "third")


@pytest.mark.parametrize(
    "second",
    [
        "Officials said there are no plans for a second nuclear power plant.",
        "The minister ruled out a second nuclear power plant before 2040.",
        "The company also runs a second coal mine in the north.",
    ],
)
def test_projects_next_of_a_kind_denied_or_of_another_kind_is_none(second: str) -> None:
    facts = _projects(_FIRST + second, date(2025, 6, 16))
    assert [f.host for f in facts] == ["KAZ"]

"""Projects agreed without a proper name ("an agreement on the construction of a
low-power nuclear power plant in Uzbekistan") and lines named after two places whose
ceremony two states attend ("the Igdir-Nakhchivan pipeline")."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import ProjectFact


def _projects(text: str, published: date = date(2025, 6, 10)) -> list[ProjectFact]:
    facts = extract_facts(Document(doc_id="t", text=text, published=published))
    return [fact for fact in facts if isinstance(fact, ProjectFact)]


@pytest.mark.parametrize(
    ("text", "name", "host", "parties"),
    [
        ("Russia and Uzbekistan have signed an agreement on the construction of a "
         "low-power nuclear power plant in Uzbekistan.",
         "low-power nuclear power plant", "UZB", ("RUS", "UZB")),
        ("Rosatom and Uzatom signed a contract to build a small nuclear plant in Uzbekistan.",
         "small nuclear plant", "UZB", ("RUS", "UZB")),
        ("Turkey and Azerbaijan concluded a deal to jointly build a large solar power plant "
         "in Azerbaijan, officials said.",
         "large solar power plant", "AZE", ("AZE", "TUR")),
        ("China and Kyrgyzstan signed a memorandum of understanding on the building of a "
         "cement plant in Kyrgyzstan.",
         "cement plant", "KGZ", ("CHN", "KGZ")),
        ("Kazakhstan and China agreed to jointly build a large copper smelter in Kazakhstan.",
         "large copper smelter", "KAZ", ("CHN", "KAZ")),
    ],
)  # fmt: skip
def test_projects_unnamed_project_agreed_in_a_state(
    text: str, name: str, host: str, parties: tuple[str, ...]
) -> None:
    (fact,) = _projects(text)
    assert (fact.name, fact.host, fact.parties) == (name, host, parties)


@pytest.mark.parametrize(
    "text",
    [
        # nothing but its kind: no name to tell it from another
        "Russia and Uzbekistan signed an agreement on the construction of a nuclear power "
        "plant in Uzbekistan.",
        # negated
        "Russia and Uzbekistan did not sign an agreement on the construction of a small "
        "nuclear plant in Uzbekistan.",
        "Russia and Uzbekistan haven't signed a contract to build a small nuclear plant in "
        "Uzbekistan.",
        "Kazakhstan and China never agreed to build a large copper smelter in Kazakhstan.",
        # a place that is no state
        "Russia and Uzbekistan signed an agreement on the construction of a small nuclear "
        "plant in Jizzakh.",
        # no agreement: a wish
        "Uzbekistan would like to see the construction of a small nuclear plant in Uzbekistan.",
    ],
)
def test_projects_unnamed_project_without_state_agreement_or_asserted(text: str) -> None:
    assert _projects(text) == []


@pytest.mark.parametrize(
    ("text", "host", "parties"),
    [
        ("President of the Republic of Azerbaijan Ilham Aliyev and President of the Republic "
         "of Türkiye Recep Tayyip Erdogan have attended groundbreaking ceremony of the "
         "Igdir-Nakhchivan natural gas pipeline.", "AZE", ("AZE", "TUR")),
        ("The leaders of Turkmenistan and Afghanistan attended a ceremony launching "
         "construction of the Serhetabat-Herat railway line.", "TKM", ("AFG", "TKM")),
        ("The presidents of China and Kazakhstan attended the groundbreaking of the "
         "Almaty-Astana railway.", "KAZ", ("CHN", "KAZ")),
    ],
)  # fmt: skip
def test_projects_ceremony_of_a_line_between_two_places_attended_by_two_states(
    text: str, host: str, parties: tuple[str, ...]
) -> None:
    (fact,) = _projects(text)
    assert fact.host == host
    assert fact.parties == parties
    assert fact.stage == "under_construction"


def test_projects_ceremony_of_a_plant_attended_by_two_states_has_no_host() -> None:
    # not a line between two places: which of the two builds it is not said
    assert (
        _projects(
            "The presidents of China and Kazakhstan attended the groundbreaking of the Almaty "
            "wind farm."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "name", "host"),
    [
        ("Kazakhstan will build its first nuclear power plant near the village of Ulken, "
         "officials said.", "first nuclear power plant", "KAZ"),
        ("Uzbekistan has started building its largest solar power plant in the Samarkand "
         "region.", "largest solar power plant", "UZB"),
        ("The Kyrgyz government will build its first solar power plant next year.",
         "first solar power plant", "KGZ"),
    ],
)  # fmt: skip
def test_projects_its_first_project_is_hosted_by_the_subject_state(
    text: str, name: str, host: str
) -> None:
    (fact,) = _projects(text)
    assert (fact.name, fact.host) == (name, host)


@pytest.mark.parametrize(
    "text",
    [
        # a company's own first or largest project
        "Rosatom will build its first floating nuclear power plant abroad, the company said.",
        "ACWA Power of Saudi Arabia will build its largest wind farm in Central Asia.",
        "Saudi Arabia's ACWA Power will build its largest wind farm in Central Asia.",
        # two states before "its": whose is not said
        "Kazakhstan and Russia agreed that Rosatom will build its first nuclear power plant "
        "in the region.",
    ],
)
def test_projects_its_first_project_of_a_company_or_unclear_owner_is_none(text: str) -> None:
    assert _projects(text) == []


def test_projects_its_first_and_the_possessive_are_one_project() -> None:
    (fact,) = _projects(
        "Kazakhstan will build its first nuclear power plant. Kazakhstan's first nuclear "
        "power plant is expected to cost $12 billion."
    )
    assert fact.host == "KAZ"
    assert fact.value_min_usd == pytest.approx(12e9)

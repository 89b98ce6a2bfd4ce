"""Projects read through the whole pipeline (caspian.extract.extract_facts)."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import ProjectFact


def _projects(text: str, published: date = date(2025, 9, 2)) -> list[ProjectFact]:
    facts = extract_facts(Document(doc_id="t", text=text, published=published))
    return [fact for fact in facts if isinstance(fact, ProjectFact)]


def test_projects_possessive_host_sector_and_cost_from_next_sentence() -> None:
    text = (
        "Investors from Japan are studying Uzbekistan's Almalyk copper mine expansion.\n"
        "The project is expected to cost between 4 and 5 billion dollars."
    )
    (fact,) = _projects(text)
    assert fact.host == "UZB"
    assert "Almalyk" in fact.name
    assert fact.sector == "mining"
    assert fact.value_min_usd == pytest.approx(4e9)
    assert fact.value_max_usd == pytest.approx(5e9)
    assert "JPN" in fact.parties and "UZB" in fact.parties
    assert fact.extractor == "caspian.projects.v1"


def test_projects_capitalised_name_with_acronym_and_location() -> None:
    text = (
        "Construction of the Kambarata Hydropower Plant (KHPP-1) in Kyrgyzstan is "
        "scheduled to start next year, with a price tag of $3 billion."
    )
    (fact,) = _projects(text)
    assert fact.host == "KGZ"
    assert fact.name.startswith("Kambarata Hydropower Plant")
    assert fact.sector == "green_energy"
    assert fact.value_min_usd == pytest.approx(3e9)


def test_projects_possessive_ordinal_name() -> None:
    (fact,) = _projects(
        "Engineers began constructing Uzbekistan's first nuclear power plant in Jizzakh."
    )
    assert fact.host == "UZB"
    assert fact.sector == "nuclear"
    assert fact.stage == "under_construction"


def test_projects_noun_then_name_and_one_fact_per_project() -> None:
    text = (
        "Georgia's deep-sea port of Poti will be expanded with a new container terminal.\n"
        "The port of Poti is run by a private operator."
    )
    facts = _projects(text)
    assert [(f.host, f.name) for f in facts] == [("GEO", "port of Poti")]


@pytest.mark.parametrize(
    "text",
    [
        "Several infrastructure projects were discussed in Astana.",  # no name
        "The Middle Corridor keeps growing as a route between Asia and Europe.",  # no host
        "Shares of the Kazakh Oil Pipeline Company rose on Monday.",  # a company
        "Russian gas flows through old pipelines to Uzbekistan.",  # no name
    ],
)
def test_projects_not_projects(text: str) -> None:
    assert _projects(text) == []


def test_projects_name_made_of_states_with_host_by_location() -> None:
    (fact,) = _projects(
        "Work began on the Kazakhstan-Turkmenistan-Iran railway extension, which runs "
        "through the deserts of Turkmenistan."
    )
    assert fact.host == "TKM"
    assert fact.name.startswith("Kazakhstan-Turkmenistan-Iran railway")


def test_projects_section_of_a_pipeline_gives_the_host() -> None:
    (fact,) = _projects(
        "Engineers started building the Uzbek section of the Central Asia-China gas pipeline."
    )
    assert fact.host == "UZB"
    assert fact.sector == "energy"


def test_projects_the_countrys_first_plant() -> None:
    (fact,) = _projects(
        "Uzbekistan picked a Korean builder for the country's first solar power plant with storage."
    )
    assert fact.host == "UZB"
    assert fact.sector == "green_energy"


def test_projects_a_port_named_only_as_a_venue_is_not_a_project() -> None:
    assert _projects("The five ministers met in the Azerbaijani port of Alat on Monday.") == []


def test_projects_date_is_the_event_day_not_the_dateline() -> None:
    text = (
        "TBILISI, Sept. 2 -- Georgia's government on Monday approved plans to expand "
        "the port of Batumi."
    )
    (fact,) = _projects(text)
    assert (fact.host, fact.date) == ("GEO", "2025-09-01")


def test_projects_port_at_a_place_built_by_the_state() -> None:
    (fact,) = _projects(
        "Turkmenistan's government plans to build a new seaport at Garabogaz by 2028."
    )
    assert fact.host == "TKM"
    assert fact.name == "seaport at Garabogaz"
    assert fact.stage == "planned"


@pytest.mark.parametrize(
    ("text", "name", "host", "sector", "stage"),
    [
        (
            "The Kazakh government approved a feasibility study for the Ekibastuz-Astana "
            "power line.",
            "Ekibastuz-Astana power line",
            "KAZ",
            "energy",
            "planned",
        ),
        (
            "Uzbekistan launched the Navoi mining complex expansion worth $1.2 billion.",
            "Navoi mining complex",
            "UZB",
            "mining",
            None,
        ),
        (
            "The $3.5bn Caspian Sea Oil Terminal in Turkmenistan is expected to be "
            "operational by 2027.",
            "Caspian Sea Oil Terminal",
            "TKM",
            "energy",
            "planned",
        ),
        (
            "The Zangezur corridor would run through Armenia's Syunik province.",
            "Zangezur corridor",
            "ARM",
            "transport",
            None,
        ),
    ],
)
def test_projects_outlet_styles(
    text: str, name: str, host: str, sector: str, stage: str | None
) -> None:
    (fact,) = _projects(text)
    assert (fact.name, fact.host, fact.sector, fact.stage) == (name, host, sector, stage)


def test_projects_amount_right_before_the_name_is_its_cost() -> None:
    (fact,) = _projects("The $3.5bn Caspian Sea Oil Terminal in Turkmenistan opened in 2024.")
    assert fact.value_min_usd == pytest.approx(3.5e9)
    assert fact.stage == "operational"


def test_projects_route_between_capitals_of_several_states_has_no_single_host() -> None:
    assert _projects("Construction of the Baku-Tbilisi-Kars railway was completed in 2017.") == []

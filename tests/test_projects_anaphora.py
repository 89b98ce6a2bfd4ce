"""Projects named bare and described later, ceremonies of routes named after their
states, builders after the name, later mentions adding the cost, and units that are no
names."""

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
    ("text", "name", "host", "low", "high"),
    [
        (
            "Kazakhstan signed an agreement with Svevind Energy on Hyrasia One. The scheme, "
            "developed by the German company, would cost about USD 50 bln and install 40 GW of "
            "wind and solar capacity.",
            "Hyrasia One",
            "KAZ",
            50e9,
            50e9,
        ),
        (
            "Germany's Svevind presented Hyrasia One to the Kazakh government on Tuesday. The "
            "scheme, developed by Svevind, would cost about USD 50 bln.",
            "Hyrasia One",
            "KAZ",
            50e9,
            50e9,
        ),
        (
            "Uzbekistan's Navoi region will host Nur Navoi. The solar plant, built by Masdar, "
            "cost $300 million.",
            "Nur Navoi",
            "UZB",
            300e6,
            300e6,
        ),
        (
            "Tajik officials have backed Zarafshon Green. The green hydrogen venture would cost "
            "between $2 billion and $3 billion, the ministry said.",
            "Zarafshon Green",
            "TJK",
            2e9,
            3e9,
        ),
    ],
)
def test_projects_bare_name_described_in_the_next_sentence(
    text: str, name: str, host: str, low: float, high: float
) -> None:
    (fact,) = _projects(text)
    assert (fact.name, fact.host) == (name, host)
    assert fact.value_min_usd == pytest.approx(low)
    assert fact.value_max_usd == pytest.approx(high)


@pytest.mark.parametrize(
    "text",
    [
        # a description of no project, or a sentence before with no single name
        "Kazakhstan welcomed President Macron on Monday. The visit, developed by aides, cost "
        "$2 million.",
        "Uzbekistan and Saudi Arabia discussed ACWA Power's plans on Monday. The project would "
        "cost about $2 billion, the ministry said.",
        "Kazakhstan ordered 37 Boeing aircraft for Air Astana. The project is valued at about "
        "$1.1 billion.",
        "Officials in Astana met investors from Siemens and Masdar. The project would cost "
        "about $2 billion.",
    ],
)
def test_projects_no_bare_name_without_a_single_candidate(text: str) -> None:
    assert _projects(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The presidents of China, Kyrgyzstan and Uzbekistan attended the launch of "
        "construction of the China-Kyrgyzstan-Uzbekistan railway in Jalal-Abad, Kyrgyzstan, "
        "on Friday.",
        "Kyrgyzstan on Friday celebrated the launch of construction of the "
        "China-Kyrgyzstan-Uzbekistan railway. Chinese, Kyrgyz and Uzbek officials attended.",
        "BISHKEK -- Kyrgyz President Sadyr Japarov attended the launch of construction of the "
        "China-Kyrgyzstan-Uzbekistan railway on Friday, together with Chinese and Uzbek "
        "officials.",
    ],
)
def test_projects_ceremony_of_a_route_named_after_its_states(text: str) -> None:
    (fact,) = _projects(text)
    assert fact.host == "KGZ"
    assert fact.stage == "under_construction"
    assert set(fact.parties) == {"CHN", "KGZ", "UZB"}


def test_projects_cost_from_a_later_mention() -> None:
    text = (
        "Kyrgyzstan hosted the launch of construction of the China-Kyrgyzstan-Uzbekistan "
        "railway on Friday.\n"
        "Officials spoke of trade and of tourism.\n"
        "Leaders also discussed water and energy.\n"
        "The China-Kyrgyzstan-Uzbekistan railway is estimated to cost $4.7 billion."
    )
    (fact,) = _projects(text)
    assert fact.host == "KGZ"
    assert fact.value_min_usd == pytest.approx(4.7e9)
    assert fact.evidence.startswith("Kyrgyzstan hosted")


def test_projects_cost_after_a_modified_reference() -> None:
    text = (
        "Uzbekistan started construction of the Karakalpak-Bukhara railway on Monday. "
        "The 523-km railway will cost an estimated $1.4 billion."
    )
    (fact,) = _projects(text)
    assert fact.stage == "under_construction"
    assert fact.value_min_usd == pytest.approx(1.4e9)


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        (
            "Azerbaijan inaugurated the Khizi-Absheron wind farm, built by Saudi Arabia's ACWA "
            "Power at a cost of $300 million.",
            "operational",
        ),
        (
            "Azerbaijan will develop the Khizi-Absheron wind farm with help from Saudi Arabia.",
            "planned",
        ),
    ],
)
def test_projects_subject_state_hosts_despite_a_builder_after_the_name(
    text: str, stage: str
) -> None:
    (fact,) = _projects(text)
    assert fact.host == "AZE"
    assert "SAU" in fact.parties
    assert fact.stage == stage


def test_projects_location_phrase_after_the_name_still_hosts() -> None:
    (fact,) = _projects(
        "Kazakhstan signed a contract with China to build the Aktau hub in Georgia."
    )
    assert fact.host == "GEO"


def test_projects_company_possessive_is_no_host() -> None:
    facts = _projects("Germany's Siemens will build the Yashlik gas turbine plant, officials said.")
    assert all(f.host != "DEU" for f in facts)


def test_projects_units_make_no_name() -> None:
    facts = _projects(
        "China's Universal Energy will build a 1 GW wind farm in Kazakhstan, the company said."
    )
    assert facts == []


@pytest.mark.parametrize(
    ("text", "name", "host", "cost", "stage"),
    [
        (
            "Uzbekistan broke ground on the 1.5 GW Syrdarya thermal power plant, a $1.2 billion "
            "project built by ACWA Power.",
            "Syrdarya thermal power plant",
            "UZB",
            1.2e9,
            "under_construction",
        ),
        (
            "Azerbaijan opened the Alat container terminal, worth $650 million, on Monday.",
            "Alat container terminal",
            "AZE",
            650e6,
            "operational",
        ),
        (
            "Construction of the Yavan solar plant in Tajikistan began in March.",
            "Yavan solar plant",
            "TJK",
            None,
            "under_construction",
        ),
        (
            "Kazakhstan started construction of the Dostyk-Moyinty railway line, valued at "
            "$2.5 billion.",
            "Dostyk-Moyinty railway",
            "KAZ",
            2.5e9,
            "under_construction",
        ),
    ],
)
def test_projects_ceremonies_openings_and_costs(
    text: str, name: str, host: str, cost: float | None, stage: str
) -> None:
    (fact,) = _projects(text)
    assert (fact.name, fact.host, fact.stage) == (name, host, stage)
    assert fact.value_min_usd == (None if cost is None else pytest.approx(cost))


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        (
            "Kyrgyzstan on Friday celebrated the launch of construction of the "
            "China–Kyrgyzstan–Uzbekistan railway.",
            "under_construction",
        ),
        (
            "The launch of construction of the China-Kyrgyzstan-Uzbekistan (CKU) railway took "
            "place in Kyrgyzstan's Jalal-Abad region on December 27.",
            "under_construction",
        ),
        (
            "Construction of the China-Kyrgyzstan-Uzbekistan railway was launched on Friday in "
            "the Kyrgyz town of Jalal-Abad.",
            "under_construction",
        ),
    ],
)
def test_projects_route_names_with_dashes_acronyms_and_towns(text: str, stage: str) -> None:
    (fact,) = _projects(text)
    assert fact.host == "KGZ"
    assert "Uzbekistan" in fact.name
    assert fact.stage == stage


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "The Friendship Bridge connecting the capital Dushanbe with Vahdat was completed "
            "last year at a cost of $50 million.",
            "TJK",
        ),
        (
            "Officials praised the Zarya Bridge linking the capital Bishkek to the new airport, "
            "which opened in 2019 at a cost of about $80 million.",
            "KGZ",
        ),
    ],
)
def test_projects_bridge_linking_a_capital_is_hosted_by_its_state(text: str, host: str) -> None:
    (fact,) = _projects(text)
    assert fact.host == host
    assert fact.stage == "operational"
    assert fact.sector == "transport"

"""Projects: a government approving a project in a clause after its name ("..., priced at
$6.8 billion when Islamabad approved it in 2020", "approved by Kenya") hosts it; "priced at"
gives the cost and "has yet to break ground" keeps it planned; "plant" is no planning word
(an existing plant described is no project event); a capitalised "the Durand Line" in the
next sentence is another named thing, not a reference back to the project."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import ProjectFact

Row = tuple[str, str, float | None, str | None]


def _projects(text: str) -> set[Row]:
    facts = extract_facts(Document(doc_id="t", text=text, published=date(2025, 6, 10)))
    return {
        (f.name, f.host, f.value_min_usd, f.stage.value if f.stage else None)
        for f in facts
        if isinstance(f, ProjectFact)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # op-ed
            "Ten years on, the upgrade of the ML-2 railway from Lahore to Quetta, priced at "
            "$4 billion when Islamabad approved it in 2021, has yet to break ground.",
            {("ML-2 railway", "PAK", 4e9, "planned")},
        ),
        (  # wire, relative clause
            "The Rogun dam, which Tajikistan approved in 2016 at a cost of $3.9 billion, is "
            "still to be built in full.",
            {("Rogun dam", "TJK", 3.9e9, "planned")},
        ),
        (  # passive
            "The new Lamu port, approved by Kenya in 2012, was built by a Chinese contractor.",
            {("Lamu port", "KEN", None, None)},
        ),
        (  # an outside financier is no host
            "Work on the Thar coal mine, which China financed when Pakistan approved it in "
            "2015, is moving slowly.",
            {("Thar coal mine", "PAK", None, None)},
        ),
    ],
)
def test_approving_government_hosts(text: str, expected: set[Row]) -> None:
    assert _projects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an existing plant described: no project event ("plant" is no "plan")
        "Armenia's only nuclear plant is old and needs a successor, so this matters.",
        "Moldova's only thermal power plant is ageing, officials said.",
        # a capitalised line in the next sentence is no reference to the project, and a city
        # there ("in Kabul") no location of it
        "The upgrade of the ML-2 railway is stalled. Extending that model across the Durand "
        "Line raises questions nobody in Kabul answered.",
        # approval of something else
        "The railway was approved when Kazakhstan and China signed the contract in 2019.",
    ],
)
def test_no_project(text: str) -> None:
    assert _projects(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # outcomes list of a state visit: the builder's state is no host
            "Prime Minister Modi arrived in Sri Lanka on Friday for talks in Colombo with the "
            "Sri Lankan president. Sri Lanka and India signed seven memorandums. The leaders "
            "took part virtually in the ground-breaking ceremony of the 50 MW Trinco Solar "
            "Power Project, being developed jointly by NTPC of India and a Sri Lankan utility.",
            {("Trinco Solar Power Project", "LKA", None, "under_construction")},
        ),
        (  # wire
            "Kenya's president hosted his Chinese counterpart in Nairobi. Kenya and China "
            "signed several deals, and Kenya will host more Chinese investment. The two leaders "
            "attended the groundbreaking of the Rironi-Mau Summit highway, being built by a "
            "consortium of firms from China.",
            {("Rironi-Mau Summit highway", "KEN", None, "under_construction")},
        ),
    ],
)
def test_builder_state_at_a_ceremony_is_no_host(text: str, expected: set[Row]) -> None:
    assert _projects(text) == expected


def test_builder_state_alone_gives_no_host() -> None:
    text = "The ministers attended the inauguration of the Kosi Bridge, financed by Japan."
    assert _projects(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # policy brief
            "Leaders announced the launch of the Mindanao Growth Corridor, meant to connect "
            "Davao, Cagayan de Oro, Manila and Zamboanga with rail and ports.",
            {("Mindanao Growth Corridor", "PHL", None, "planned")},
        ),
        (  # agency English
            "The summit backed the Java Northern Corridor, which will connect Surabaya, "
            "Semarang, Jakarta and Bandung by rail.",
            {("Java Northern Corridor", "IDN", None, "planned")},
        ),
    ],
)
def test_places_linked_around_one_capital_host(text: str, expected: set[Row]) -> None:
    assert _projects(text) == expected


def test_places_linked_across_capitals_of_several_states_give_no_host() -> None:
    text = "The plan covers the Eastern Corridor, which will link Almaty, Bishkek and Kashgar."
    assert _projects(text) == set()

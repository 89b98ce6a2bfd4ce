"""Projects (round 7, r3): "X's only port" describes a unique facility, it names no project;
a port, station or terminal introduced as a place ("the Kazakh port of Kuryk", "the port of
Poti") at the end of a route ("from ... to ...", "shipped to ...") is a place, while a port
by its own name and a port being built stay projects."""

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
        (  # Q&A copy: the named terminal is the project, "Iran's only port" a description
            "India and Iran signed a ten-year contract on Monday for the operation of the "
            "Shahid Beheshti terminal at Chabahar, Iran's only port with direct access to the "
            "Indian Ocean.",
            {("Shahid Beheshti terminal", "IRN", None, None)},
        ),
        (  # wire: an existing facility
            "Armenia will extend the life of Armenia's only nuclear power plant to 2036.",
            set(),
        ),
        (
            "Russia will modernise the only oil refinery of Kyrgyzstan at a cost of $100 million.",
            set(),
        ),
        (  # a first one stays a project
            "Uzbekistan's first nuclear power plant is under construction, officials said.",
            {("Uzbekistan's first nuclear power plant", "UZB", None, "under_construction")},
        ),
    ],
)
def test_only_one_of_its_kind_is_no_project_name(text: str, expected: set[Row]) -> None:
    assert _projects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # agency English: a cable's reserve line between two ports
        "The main cable is to run more than 340 km from Aktau to Siyazan, with a reserve line "
        "of about 330 km from the Kazakh port of Kuryk to Buzovna near Baku, Azerbaijan and "
        "Kazakhstan said.",
        # a cargo route
        "Kazakhstan shipped 2 million tonnes of grain to the port of Poti in Georgia last year.",
        "Cargo from the Chinese port of Lianyungang to the Kazakh dry port of Khorgos grew in "
        "2024.",
        # a railway's end
        "The new railway will run from the port of Gwadar to Kashgar in China, Pakistan said.",
    ],
)
def test_port_at_the_end_of_a_route_is_a_place(text: str) -> None:
    assert {name for name, *_ in _projects(text)} & {
        "port of Kuryk",
        "port of Poti",
        "dry port of Khorgos",
        "port of Lianyungang",
        "port of Gwadar",
    } == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a port being expanded
            "Georgia will expand the port of Poti with a $500 million investment.",
            {("port of Poti", "GEO", None, None)},
        ),
        (  # a port by its own name at the start of a route
            "The planned corridor of railway and motorway from the Grand Faw port near Basra "
            "north through Iraq to the Turkish border is under construction, Iraq said.",
            {("Faw port", "IRQ", None, "under_construction")},
        ),
    ],
)
def test_ports_built_stay_projects(text: str, expected: set[Row]) -> None:
    assert _projects(text) >= expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire: the project named, a whole placing it, a state's land by its demonym
            "TEHRAN, May 17 - Iran and Russia signed an intergovernmental agreement on Wednesday "
            "to build the Rasht-Astara railway, the last missing stretch of the International "
            "North-South Transport Corridor on Iranian soil.",
            {("Rasht-Astara railway", "IRN", None, "planned")},
        ),
        (  # agency English: "on Azerbaijani soil"
            "Azerbaijan and Turkey signed a deal to build the Kars-Nakhchivan railway on "
            "Azerbaijani soil.",
            {("Kars-Nakhchivan railway", "AZE", None, "planned")},
        ),
        (  # "on Kazakh territory"
            "China and Kazakhstan will build the Dostyk-Moiynty railway line on Kazakh territory.",
            {("Dostyk-Moiynty railway", "KAZ", None, "planned")},
        ),
        (  # the whole named in an apposition of a pipeline
            "Turkmenistan and Afghanistan agreed to build the Serhetabat-Herat pipeline in "
            "Afghanistan, a key link of the Trans-Afghan Corridor.",
            {("Serhetabat-Herat pipeline", "AFG", None, "planned")},
        ),
    ],
)
def test_whole_placing_a_project_and_land_by_demonym(text: str, expected: set[Row]) -> None:
    assert _projects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a demonym before a common noun is no part of a name, nor a host on its own
        "Russia and Kazakhstan discussed grain exports on Kazakh territory and the "
        "Trans-Caspian Corridor.",
        # "on Iranian soil" of another thing
        "Iran and Russia held talks on the North-South Transport Corridor on Iranian television.",
    ],
)
def test_no_project_from_a_demonym_tail(text: str) -> None:
    assert {name for name, *_ in _projects(text)} & {
        "Trans-Caspian Corridor on Kazakh",
        "North-South Transport Corridor on Iranian",
    } == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # live blog: a power building abroad opens the line named after both states
            "Xi Jinping and the Lao president opened the Laos-China Railway on Friday.",
            {("Laos-China Railway", "LAO", None, "operational")},
        ),
        (  # wire: signed in the builder's capital; "rebuild" speaks of a project
            "Tanzania, Zambia and China on Monday signed agreements in Beijing to rebuild the "
            "Tanzania-Zambia Railway.",
            {("Tanzania-Zambia Railway", "TZA", None, None)},
        ),
        (  # the outside power named first in the line's name
            "Pakistan and China agreed to expand the China-Pakistan Economic Corridor.",
            {("China-Pakistan Economic Corridor", "PAK", None, None)},
        ),
        (
            "China and Kyrgyzstan started building the China-Kyrgyzstan-Uzbekistan railway on "
            "Friday.",
            {("China-Kyrgyzstan-Uzbekistan railway", "KGZ", None, None)},
        ),
    ],
)
def test_line_named_after_states_is_hosted_at_home(text: str, expected: set[Row]) -> None:
    assert _projects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # relations and wars named after two states are no lines
        "The leaders discussed the Kazakhstan-China relationship and the Russia-Ukraine war.",
        # a signing venue is no location of a project
        "Kazakhstan and China signed a memorandum in Beijing on the Kazakhstan-China trade "
        "relationship.",
    ],
)
def test_no_project_from_pairs_of_states(text: str) -> None:
    assert _projects(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # agency copy: a dateline with its day; a power building abroad signs at home
            "TEHRAN, May 17. Russia and Iran on Wednesday signed an intergovernmental agreement "
            "on the construction of the Rasht - Astara railway line.",
            {("Rasht - Astara railway", "IRN", None, None)},
        ),
        (  # wire dateline, "to build"
            "CAIRO - Russia and Egypt signed an agreement to build the El Dabaa nuclear power "
            "plant.",
            {("El Dabaa nuclear power plant", "EGY", None, "planned")},
        ),
    ],
)
def test_filed_where_a_power_building_abroad_signs(text: str, expected: set[Row]) -> None:
    assert _projects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # filed from the builder's capital: no host known
        "MOSCOW, May 17. Russia and Iran on Wednesday signed an intergovernmental agreement on "
        "the construction of the Rasht - Astara railway line.",
        "MOSCOW - Russia and Egypt signed an agreement to build the El Dabaa nuclear power plant.",
        # two states of the region, filed from the second: no host by this rule
        "ANKARA - Turkey and Azerbaijan signed an agreement on the construction of the "
        "Kars-Nakhchivan railway.",
        # an upper-case dateline joined by a dash is no name
        "BAKU - Azerbaijan Railways said it would upgrade the line.",
    ],
)
def test_no_host_from_the_builders_own_dateline(text: str) -> None:
    assert _projects(text) == set()


def test_outside_signatory_filed_from_the_home_capital() -> None:
    assert _projects(
        "BISHKEK — Kyrgyzstan and China signed an agreement on the construction of the "
        "Kambarata-1 hydropower plant."
    ) == {("Kambarata-1 hydropower plant", "KGZ", None, None)}

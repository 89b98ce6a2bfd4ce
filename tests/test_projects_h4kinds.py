"""Projects: a cost stated in a relative clause ("which the company values at $2.4
billion", "valued by the company at", "whose developer puts its cost at") or in the next
sentence opening on it ("Its cost is usually put at ...", "It is expected to cost ..."),
and a host "in western Serbia" (a compass or central region of a state)."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import ProjectFact

Row = tuple[str, str, float | None]


def _projects(text: str) -> set[Row]:
    facts = extract_facts(Document(doc_id="t", text=text, published=date(2025, 6, 10)))
    return {(f.name, f.host, f.value_min_usd) for f in facts if isinstance(f, ProjectFact)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # business daily
            "The agreement opens the way for Rio Tinto's Jadar lithium project in western "
            "Serbia, which the company values at $2.4 billion.",
            {("Jadar lithium project", "SRB", 2.4e9)},
        ),
        (  # mining trade press
            "The deal clears the way for the Jadar lithium mine in western Serbia, which Rio "
            "Tinto values at $2.4 billion.",
            {("Jadar lithium mine", "SRB", 2.4e9)},
        ),
        (  # wire
            "BELGRADE (wire) - The pact revives Rio Tinto's Jadar lithium project in Serbia, "
            "valued by the company at $2.4 billion.",
            {("Jadar lithium project", "SRB", 2.4e9)},
        ),
        (  # analysis
            "The Jadar lithium project in western Serbia, whose developer puts its cost at "
            "about $2.4 billion, still lacks permits.",
            {("Jadar lithium project", "SRB", 2.4e9)},
        ),
        (  # op-ed: the cost in the next sentence
            "The Trans-Saharan Gas Pipeline would run from Nigeria through Niger to Algeria. "
            "Its cost is usually put at around $13 billion.",
            {("Trans-Saharan Gas Pipeline", "NGA", 13e9)},
        ),
        (  # regional daily
            "Kenya plans the Lamu coal power plant in Kenya. It is expected to cost about $2 "
            "billion.",
            {("Lamu coal power plant", "KEN", 2e9)},
        ),
    ],
)
def test_projects_cost_in_relative_clause_or_next_sentence(text: str, expected: set[Row]) -> None:
    assert _projects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the next sentence's budget is its owner's, not the project's cost
            "The Lamu port in Kenya was opened in 2021. Its owner, a Kenyan company, has a "
            "budget of $300 million for next year.",
            {("Lamu port", "KEN", None)},
        ),
        (  # "values" of something else is no cost, and no project is spoken of
            "The Jadar lithium mine in Serbia values its workers highly.",
            set(),
        ),
    ],
)
def test_projects_other_values_are_no_cost(text: str, expected: set[Row]) -> None:
    assert _projects(text) == expected


Staged = tuple[str, str, tuple[str, ...], str | None]


def _staged(text: str) -> set[Staged]:
    facts = extract_facts(Document(doc_id="t", text=text, published=date(2025, 6, 10)))
    return {
        (f.name, f.host, f.parties, f.stage.value if f.stage else None)
        for f in facts
        if isinstance(f, ProjectFact)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # agency, non-native English
            "Today in the village of Sarpi was held the ceremony of laying the foundation of a "
            "road bridge across the Chorokhi river, which will connect Georgia and Turkey at "
            "Sarpi and Hopa, the agency reports.",
            {
                (
                    "road bridge across the Chorokhi river",
                    "GEO",
                    ("GEO", "TUR"),
                    "under_construction",
                )
            },
        ),
        (  # wire
            "TBILISI (wire) - Officials laid the foundation stone of a new road bridge over the "
            "Chorokhi river that will link Georgia and Turkey.",
            {
                (
                    "road bridge over the Chorokhi river",
                    "GEO",
                    ("GEO", "TUR"),
                    "under_construction",
                )
            },
        ),
        (  # agency writing in a second language: no article
            "Yesterday in Khasan was held ceremony of laying the foundation of automobile "
            "bridge across the Tumen river, which will connect Russia and North Korea, reports "
            "the agency.",
            {
                (
                    "automobile bridge across the Tumen river",
                    "RUS",
                    ("PRK", "RUS"),
                    "under_construction",
                )
            },
        ),
        (  # press release
            "A foundation-laying ceremony was held on Friday for the railway bridge across the "
            "Amu Darya, which will connect Uzbekistan and Afghanistan near Termez.",
            {
                (
                    "railway bridge across the Amu Darya",
                    "UZB",
                    ("AFG", "UZB"),
                    "under_construction",
                )
            },
        ),
    ],
)
def test_projects_foundation_ceremony_of_a_crossing(text: str, expected: set[Staged]) -> None:
    assert _staged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tourists like to walk on the old bridge over the Danube in Budapest.",
        "The two presidents discussed a possible road bridge across the Chorokhi river "
        "between Georgia and Turkey.",
        "The treaty laid the foundation of trust between Georgia and Turkey, officials said.",
        "Tourists walk over bridge over the Danube.",
    ],
)
def test_projects_bridges_as_places_or_figures_of_speech_are_none(text: str) -> None:
    assert _staged(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire: a name with a number, a speaker after the location phrase
            "BEIJING, Sept 2 (wire) - Russia's Gazprom and China National Petroleum "
            "Corporation have signed a legally binding memorandum on building the Power of "
            "Siberia 2 gas pipeline across Mongolia, Gazprom chief executive Alexei Miller "
            "told reporters on Tuesday.",
            {("Power of Siberia 2 gas pipeline", "MNG")},
        ),
        (  # regional daily
            "Kyrgyzstan will build the Kambarata 1 hydropower plant on the Naryn river.",
            {("Kambarata 1 hydropower plant", "KGZ")},
        ),
        (  # agency: "No. 2" after a capitalised noun
            "Kyrgyzstan and Russia agreed to modernise Bishkek's Thermal Power Plant No. 2 by "
            "2027.",
            {("Thermal Power Plant No. 2", "KGZ")},
        ),
    ],
)
def test_projects_names_with_a_number(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(name, host) for name, host, _ in _projects(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        # a list of states after "across": no single host
        "ASHGABAT (agency) - Turkmengaz and CNPC agreed on building the Line 4 gas pipeline "
        "across Tajikistan, Uzbekistan and Kyrgyzstan, Turkmengaz head said.",
        "Exports rose 12 percent in 2024 to 3 million tonnes, officials at the port said.",
        "Trade grew by 15 percent in the first 9 months of the year, the Minister of Trade "
        "said in Port Louis.",
    ],
)
def test_projects_numbered_names_need_a_single_host(text: str) -> None:
    assert _projects(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        'The bridge is part of a new transit route, named in the press the "Zangezur '
        'corridor", which will link the main part of Azerbaijan with Nakhchivan through the '
        "territory of Armenia.",
        "The bridge is part of a new transit route, named in the press the “Zangezur "
        "corridor”, which will link the main part of Azerbaijan with Nakhchivan through the "
        "territory of Armenia.",
    ],
)
def test_projects_a_quoted_name(text: str) -> None:
    assert {(name, host) for name, host, _ in _projects(text)} == {("Zangezur corridor", "ARM")}


def test_projects_a_quoted_phrase_without_a_project_is_none() -> None:
    text = 'Officials called the talks a "Caspian moment" for the region, in Baku on Monday.'
    assert _projects(text) == set()

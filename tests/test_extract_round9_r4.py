"""Round 9 (r4): projects, commitments and trade figures read in general news wordings
(probe sentences written for each kind, none taken from an evaluation set), with the
negative cases of each guard."""

from __future__ import annotations

import pytest

from caspian.facts import ProjectFact
from fact_rows import CommitmentRow, TradeRow, commitment_rows, facts_of, trade_rows

ProjectRow = tuple[str, str]


def project_rows(text: str) -> set[ProjectRow]:
    """(name, host) of each project fact."""
    return {(f.name, f.host) for f in facts_of(text) if isinstance(f, ProjectFact)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tamar Ridge, Georgia's largest wind project, will be built by a Chinese "
            "consortium at a cost of $300 million.",
            {("Tamar Ridge", "GEO")},
        ),
        (
            "Bozshakol East, Kazakhstan's second copper mine, began operations last year.",
            {("Bozshakol East", "KAZ")},
        ),
        (
            "The government said Sangachal Deep, Azerbaijan's newest gas project, is under "
            "construction.",
            {("Sangachal Deep", "AZE")},
        ),
        (
            "Nur Ata Solar, the country's biggest solar park, was inaugurated in Uzbekistan on "
            "Monday.",
            {("Nur Ata Solar", "UZB")},
        ),
        (  # a commodity in capitals is a kind, not the name
            "Marsa Bay, Oman's first LNG terminal, is under construction.",
            {("Marsa Bay", "OMN")},
        ),
    ],
)
def test_name_in_apposition_to_a_possessive_description(
    text: str, expected: set[ProjectRow]
) -> None:
    assert project_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Almaty, Kazakhstan's biggest city, hosted the forum on the new port project.",
        "Meanwhile, Kazakhstan's first nuclear power plant is still on paper.",
    ],
)
def test_apposition_to_a_place_or_an_opener_names_no_project(text: str) -> None:
    assert not {name for name, _ in project_rows(text)} & {"Almaty", "Meanwhile"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The World Bank approved $200 million to help Tajikistan finish the Nurek "
            "Hydropower Plant upgrade.",
            ("Nurek Hydropower Plant", "TJK"),
        ),
        (
            "The Asian Development Bank approved a loan of $150 million to Kyrgyzstan to "
            "rebuild the Torugart Highway.",
            ("Torugart Highway", "KGZ"),
        ),
        (
            "Japan will lend Uzbekistan $300 million to modernise the Navoi Thermal Power Plant.",
            ("Navoi Thermal Power Plant", "UZB"),
        ),
        (
            "The EBRD is lending Georgia 100 million euros for the Anaklia Deep Sea Port.",
            ("Anaklia Deep Sea Port", "GEO"),
        ),
    ],
)
def test_a_state_helped_or_lent_to_hosts_the_project(text: str, expected: ProjectRow) -> None:
    assert expected in project_rows(text)


def test_money_lent_for_something_else_hosts_no_project() -> None:
    text = "China lent Pakistan $2 billion to shore up its reserves, and the Gwadar Port talks "
    text += "continued."
    assert project_rows(text) == set()


def test_a_project_first_named_as_a_place_keeps_its_host_and_the_sum_it_needs() -> None:
    text = (
        "For years the Kazarman dam in Kyrgyzstan was a slogan on election posters. This "
        "month donors approved a grant for the first phase of the Kazarman Hydropower "
        "Plant. The donors estimate that $2.1 billion is still needed to complete the plant."
    )
    projects = [f for f in facts_of(text) if isinstance(f, ProjectFact)]
    assert [(p.host, p.value_min_usd) for p in projects] == [("KGZ", 2.1e9)]


def test_a_place_only_mention_alone_makes_no_project() -> None:
    text = "For years the Kazarman dam in Kyrgyzstan was a slogan on election posters."
    assert project_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The East African Crude Oil Pipeline is under construction. The 1,443-kilometre "
            "pipeline crosses Uganda and Tanzania to the port of Tanga.",
            ("East African Crude Oil Pipeline", "UGA"),
        ),
        (
            "The Trans-Caspian Gas Pipeline was proposed in the 1990s; the line would cross "
            "Turkmenistan, the Caspian Sea and Azerbaijan to reach Europe.",
            ("Trans-Caspian Gas Pipeline", "TKM"),
        ),
        (
            "The Rusumo Falls Hydropower Plant, on the border between Rwanda and Tanzania, was "
            "inaugurated last year.",
            ("Rusumo Falls Hydropower Plant", "RWA"),
        ),
        (
            "Work on the Budapest-Belgrade railway is under way, officials said.",
            ("Budapest-Belgrade railway", "HUN"),
        ),
        (
            "The Tbilisi–Yerevan highway will be upgraded by 2027.",
            ("The Tbilisi–Yerevan highway", "GEO"),
        ),
    ],
)
def test_host_from_a_line_course_a_border_or_two_capitals(text: str, expected: ProjectRow) -> None:
    assert expected in project_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        # a port does not run anywhere: the states its ships cross do not host it
        "The Aktau Port expansion began last year. The port serves ships that cross "
        "Kazakhstan, Turkmenistan and Iran.",
        # states crossed with no end told: maybe a stretch of a longer line, no host
        "Engineers said work on Strand E of the Eurasia Gas Pipeline, which would cross "
        "Uzbekistan, Tajikistan and Kyrgyzstan, has stalled.",
        # a capital among places that are not capitals: no single host
        "Construction of the Baku-Tbilisi-Kars railway was completed in 2017.",
    ],
)
def test_no_host_from_crossing_ships_or_a_mixed_route_name(text: str) -> None:
    assert project_rows(text) == set()


def test_a_project_going_into_service_is_operational() -> None:
    text = "The Nord Adriatic Pipeline, which runs across Italy, went into service on Saturday."
    facts = [f for f in facts_of(text) if isinstance(f, ProjectFact)]
    assert [(f.host, f.stage) for f in facts] == [("ITA", "operational")]


@pytest.mark.parametrize(
    "text",
    [
        "The Emirates flight landed at Tashkent International Airport in Uzbekistan after "
        "midnight, and officials said they would expand links.",
        "The container ship docked at the port of Poti in Georgia on Monday, and officials "
        "said they would expand trade.",
        "The agreement gives US troops access to several sites in Papua New Guinea, including "
        "the port at Lae, and lets Washington upgrade them.",
    ],
)
def test_a_facility_reached_or_used_is_no_project(text: str) -> None:
    assert project_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The government will expand the port of Poti in Georgia, which handled record "
            "cargo last year.",
            {("port of Poti", "GEO")},
        ),
        (
            "The Kakhovka dam in Ukraine will be rebuilt after the war, the ministry said.",
            {("Kakhovka dam", "UKR")},
        ),
    ],
)
def test_a_facility_built_stays_a_project(text: str, expected: set[ProjectRow]) -> None:
    assert project_rows(text) == expected


def test_the_place_of_a_war_hosts_no_project() -> None:
    text = (
        "The war in Ukraine has made Moscow keen on the proposed Power of Siberia 2 "
        "pipeline, which would run across Mongolian territory."
    )
    assert {host for _, host in project_rows(text)} == {"MNG"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade between Turkey and Azerbaijan reached $7 billion last year. The presidents "
            "want to raise it to $15 billion by 2030.",
            {(("AZE", "TUR"), "trade_turnover", "2030")},
        ),
        (
            "Freight on the corridor between Kazakhstan and China was 3 million tonnes in 2024. "
            "The two ministers agreed on growing it to 10 million tonnes by 2027.",
            {(("CHN", "KAZ"), "freight_volume", "2027")},
        ),
        (  # a denial of something else keeps the target
            "The presidents of Uzbekistan and Kazakhstan agreed to double trade by 2030, but "
            "no date for the next summit was set.",
            {(("KAZ", "UZB"), "trade_turnover", "2030")},
        ),
    ],
)
def test_a_target_for_the_measure_of_the_sentence_before(
    text: str, expected: set[CommitmentRow]
) -> None:
    assert commitment_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Tashkent and Astana talk about tripling trade within five years.",
        "Ministers of Georgia and Armenia spoke of doubling freight by 2030, but no target "
        "was agreed.",
        "The two presidents want trade of $5 billion, though no one has set a date for it.",
    ],
)
def test_an_idea_voiced_or_denied_is_no_commitment(text: str) -> None:
    assert commitment_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan, Azerbaijan, Georgia and Turkey signed a roadmap for the Middle "
            "Corridor. Its headline promise: once the measures are carried out, the route "
            "should be able to handle up to 10 million tonnes a year by 2025.",
            {(("AZE", "GEO", "KAZ", "TUR"), "freight_volume", "2025")},
        ),
        (
            "Uzbekistan and Kyrgyzstan agreed to upgrade the line. After the works, the "
            "railway should be able to carry 15 million tonnes of cargo a year by 2030.",
            {(("KGZ", "UZB"), "freight_volume", "2030")},
        ),
        (
            "Under the plan agreed by Iran and Russia, the corridor will be capable of "
            "handling 20 million tonnes annually by 2028.",
            {(("IRN", "RUS"), "freight_volume", "2028")},
        ),
    ],
)
def test_a_capacity_promised_for_a_shared_line(text: str, expected: set[CommitmentRow]) -> None:
    assert commitment_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and China opened the border crossing in 2020. Analysts estimate the route "
        "should be able to handle 5 million tonnes a year by 2030.",
        "Kazakhstan and China opened the line in 2020. The route was able to handle 5 million "
        "tonnes a year by 2023.",
        "Kazakhstan and China opened the line in 2020. The route should be able to handle "
        "more traffic, officials said.",
    ],
)
def test_a_forecast_a_past_or_an_unquantified_capacity_is_no_commitment(text: str) -> None:
    assert commitment_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The biggest deal: a tungsten project in Kazakhstan, to be developed by an American "
            "company. Its cost is put at $1.1 billion.",
            {("tungsten project", "KAZ")},
        ),
        (
            "The fund will take a stake in a $600 million copper smelter in Uzbekistan, "
            "officials said.",
            {("copper smelter", "UZB")},
        ),
        (
            "The ministry announced a lithium processing plant in Kazakhstan, to be built by a "
            "Chinese firm.",
            {("lithium processing plant", "KAZ")},
        ),
    ],
)
def test_an_unnamed_project_with_its_cost_or_builder(text: str, expected: set[ProjectRow]) -> None:
    assert project_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A copper mine in Kazakhstan was flooded last year, the company said.",
        "Officials visited a wind farm in Uzbekistan during the tour.",
        "The company opened a new port in Georgia last year with investment of $50 million.",
    ],
)
def test_an_unnamed_facility_without_cost_or_builder_is_no_project(text: str) -> None:
    assert project_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese customs data put two-way trade at $40 billion in 2023, mostly Kazakh oil "
            "and metals going east.",
            {(("CHN", "KAZ"), "bilateral_trade", 40000.0, "USD", "2023")},
        ),
        (
            "Turkish figures put bilateral trade at $5 billion last year, largely Azerbaijani gas.",
            {(("AZE", "TUR"), "bilateral_trade", 5000.0, "USD", "2024")},
        ),
        (
            "According to Indian data, bilateral trade reached $3 billion in 2022, much of it "
            "Russian oil.",
            {(("IND", "RUS"), "bilateral_trade", 3000.0, "USD", "2022")},
        ),
    ],
)
def test_the_make_up_of_two_way_trade_names_its_other_side(
    text: str, expected: set[TradeRow]
) -> None:
    assert trade_rows(text) == expected


def test_a_demonym_outside_a_make_up_clause_is_no_side() -> None:
    text = (
        "Kazakhstan and China met in May. Chinese customs data put two-way trade at $40 "
        "billion in 2023, more than the Russian figure."
    )
    assert {row[0] for row in trade_rows(text)} <= {("CHN", "KAZ")}

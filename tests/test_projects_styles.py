"""Projects in other outlets' styles: ceremonies, sea-named lines, anaphora, route origins."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import ProjectFact


def _projects(text: str, published: date = date(2025, 6, 10)) -> list[ProjectFact]:
    facts = extract_facts(Document(doc_id="t", text=text, published=published))
    return [fact for fact in facts if isinstance(fact, ProjectFact)]


def test_projects_groundbreaking_ceremony_is_under_construction() -> None:
    (fact,) = _projects(
        "DUSHANBE, June 9 -- Officials attended the groundbreaking of the Sebzor "
        "hydropower plant in Tajikistan on Monday."
    )
    assert fact.host == "TJK"
    assert "Sebzor" in fact.name
    assert fact.stage == "under_construction"
    assert fact.sector == "green_energy"


def test_projects_launch_of_construction_of_a_railway() -> None:
    (fact,) = _projects(
        "The launch of construction of the Darband-Bokhtar railway was marked in "
        "Tajikistan on Friday."
    )
    assert fact.host == "TJK"
    assert "Darband" in fact.name
    assert fact.sector == "transport"


def test_projects_sea_named_cable_with_origin_as_host() -> None:
    (fact,) = _projects(
        "The Caspian Sea power cable connecting Kazakhstan with Azerbaijan is still at an "
        "early stage, engineers say."
    )
    assert fact.name == "Caspian Sea power cable"
    assert fact.host == "KAZ"
    assert fact.sector == "energy"
    assert set(fact.parties) == {"AZE", "KAZ"}


def test_projects_cost_from_the_scheme_in_the_next_sentence() -> None:
    text = (
        "A German developer is preparing the Tengri Wind green hydrogen project in "
        "Kazakhstan.\n"
        "The scheme would cost about USD 12 bln, its backers estimate."
    )
    (fact,) = _projects(text)
    assert fact.host == "KAZ"
    assert fact.value_min_usd == pytest.approx(12e9)
    assert fact.value_max_usd == pytest.approx(12e9)


def test_projects_origin_of_the_gas_a_pipeline_carries() -> None:
    (fact,) = _projects(
        "Long discussed, the Trans-Afghan Gas Pipeline would carry Turkmen gas south to "
        "Pakistan and India."
    )
    assert fact.host == "TKM"


def test_projects_outside_builder_is_a_party_not_the_host() -> None:
    assert _projects("Russia will build the port of Ochamchire, officials said.") == []
    (fact,) = _projects("China will finance the Gwadar port in Pakistan.")
    assert fact.host == "PAK"
    assert "CHN" in fact.parties


def test_projects_unnamed_project_is_skipped() -> None:
    assert _projects("A new solar plant is planned somewhere in Uzbekistan's south.") == []
    assert _projects("Kazakhstan is weighing a second pipeline to China.") == []


def test_projects_route_stated_from_its_start_is_hosted_by_its_origin() -> None:
    (fact,) = _projects(
        "The Trans-Caucasus railway, meant to run from Azerbaijan through Georgia to "
        "Turkey, remains at an early stage."
    )
    assert fact.host == "AZE"


def test_projects_endpoints_yield_to_the_state_the_line_crosses() -> None:
    (fact,) = _projects(
        "Work began on the Kashgar-Termez highway, which is to link China to Uzbekistan "
        "across the valleys of Kyrgyzstan."
    )
    assert fact.host == "KGZ"


def test_projects_ceremony_naming_one_state_hosts_it() -> None:
    (fact,) = _projects(
        "Yesterday was held the ceremony of laying the foundation stone of the Yavan "
        "cement plant with the participation of the Government of Tajikistan."
    )
    assert fact.host == "TJK"
    assert fact.stage == "under_construction"


def test_projects_home_state_contracting_with_a_foreign_company_hosts_it() -> None:
    (fact,) = _projects(
        "Masdar and Kazakhstan's Ministry of Energy signed a contract on the Mangystau "
        "wind farm, worth USD 1.4 bln."
    )
    assert fact.host == "KAZ"
    assert fact.value_min_usd == pytest.approx(1.4e9)


def test_projects_ordinal_with_the_owner_after_the_noun() -> None:
    text = (
        "Korean engineers will design the first nuclear power plant of Uzbekistan.\n"
        "The station is valued at 9-11 billion dollars."
    )
    (fact,) = _projects(text)
    assert fact.host == "UZB"
    assert fact.sector == "nuclear"
    assert fact.value_min_usd == pytest.approx(9e9)
    assert fact.value_max_usd == pytest.approx(11e9)


def test_projects_foreign_led_consortium_builds_for_the_home_state() -> None:
    (fact,) = _projects(
        "Armenia's government chose an Iranian-led consortium to build the Meghri "
        "hydropower plant on the Araks river."
    )
    assert fact.host == "ARM"


def test_projects_state_spending_on_a_named_plant_after_a_dateline() -> None:
    (fact,) = _projects(
        "BISHKEK — Kyrgyzstan will spend $200 million next year on the Kazarman "
        "hydropower plant, the energy ministry said."
    )
    assert fact.host == "KGZ"


def test_projects_section_of_a_trans_named_corridor_is_no_project() -> None:
    assert (
        _projects(
            "Investors are eyeing the Georgian section of the Trans-Caucasus corridor, but no "
            "project has been approved."
        )
        == []
    )


def test_projects_expressway_named_by_its_cities_with_cost_next() -> None:
    text = (
        "Officials reviewed construction of the Bishkek-Naryn expressway, which is being "
        "implemented by a Chinese contractor.\n"
        "Cost of the project is 800 million dollars."
    )
    (fact,) = _projects(text)
    assert fact.host == "KGZ"
    assert fact.value_min_usd == pytest.approx(8e8)


def test_projects_cross_border_line_agreed_by_two_states() -> None:
    (fact,) = _projects(
        "Kazakhstan and China agreed to build the Bakhty-Tacheng cross-border railway."
    )
    assert fact.host == "KAZ"


def test_projects_headline_alone_makes_no_project() -> None:
    text = (
        "Georgia, Turkey look to revive Kars route\n\n"
        "Ministers met in Tbilisi on Monday to discuss transit."
    )
    assert _projects(text) == []


def test_projects_line_linking_the_two_countries_and_a_further_phase() -> None:
    text = (
        "Uzbekistan and Kyrgyzstan agreed to speed up work on the Fergana Valley power "
        "line linking the two countries.\n"
        "A further phase would cost about USD 400 mln."
    )
    (fact,) = _projects(text)
    assert fact.host == "UZB"
    assert fact.value_min_usd == pytest.approx(4e8)


def test_projects_site_in_a_one_state_story_and_not_a_canal() -> None:
    text = (
        "Kazakhstan has courted new investors, and Astana says Kazakhstan will keep "
        "taxes low.\n"
        "The Tengiz oil field is being expanded with American participation."
    )
    (fact,) = _projects(text)
    assert fact.host == "KAZ"
    text = (
        "Kazakhstan has courted new investors, and Astana says Kazakhstan will keep "
        "taxes low.\n"
        "The Suez Canal was widened in 2015 at a cost of $8 billion."
    )
    assert _projects(text) == []


def test_projects_common_words_before_a_noun_are_no_name() -> None:
    assert (
        _projects("Georgia signed the deal. Feasibility work on the line is to end in 2026.") == []
    )


def test_projects_name_in_apposition_and_a_required_investment() -> None:
    text = (
        "Steppe Sun, the solar park planned by a Gulf developer in Kazakhstan's "
        "Turkistan region, is due to start next year.\n"
        "The scheme would require about $900 million of investment."
    )
    (fact,) = _projects(text)
    assert fact.name == "Steppe Sun"
    assert fact.host == "KAZ"
    assert fact.value_min_usd == pytest.approx(9e8)

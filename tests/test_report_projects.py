"""Which project facts the review shows as one project (our own example names)."""

from __future__ import annotations

from caspian.facts import ProjectFact
from caspian.report.projects import display_name, name_keys, ordinal, project_clusters


def _project(name: str, host: str = "UZB", partner: str = "KOR") -> ProjectFact:
    return ProjectFact(doc_id="d", parties=tuple(sorted({host, partner})), name=name,
                       host=host, evidence=f"Work goes on at {name}.")


def _grouped(*names: str, host: str = "UZB") -> list[list[str]]:
    facts = [_project(n, host) for n in names]
    return [[facts[i].name for i in group] for group in project_clusters(facts)]


def test_a_possessive_and_a_description_of_one_plant_are_one_project() -> None:
    assert _grouped("Uzbekistan’s first solar power plant",
                    "the country's first solar power plant") == [
        ["Uzbekistan’s first solar power plant", "the country's first solar power plant"]]


def test_different_ordinals_keep_two_plants_apart() -> None:
    groups = _grouped("the first solar power plant", "a second solar power plant")
    assert len(groups) == 2


def test_a_name_without_ordinal_joins_the_only_numbered_one() -> None:
    assert len(_grouped("Fergana ring road", "Fergana ring road, second stage")) == 1
    # with two numbered ones it cannot tell which, and stays apart
    assert len(_grouped("first Fergana road", "second Fergana road", "Fergana road")) == 3


def test_a_short_form_in_parentheses_joins_its_long_form() -> None:
    assert name_keys("Lazurit Link (LZL)") == {"lazurit", "lzl"}
    assert len(_grouped("Lazurit Link (LZL)", "LZL line (Lazurit Link)")) == 1
    assert display_name(["LZL line (Lazurit Link)", "Lazurit Link (LZL)"]) == (
        "Lazurit Link (LZL)")


def test_projects_of_different_hosts_never_merge() -> None:
    facts = [_project("Termez logistics hub", "UZB"), _project("Termez logistics hub", "TJK")]
    assert len(project_clusters(facts)) == 2


def test_unrelated_projects_stay_apart() -> None:
    assert len(_grouped("Angren copper smelter", "Navoi airport cargo terminal")) == 2


def test_display_name_prefers_a_proper_name() -> None:
    assert display_name(["the country's first solar power plant",
                         "Uzbekistan’s first solar power plant"]) == (
        "Uzbekistan’s first solar power plant")
    assert ordinal("a second solar power plant") == "second"
    assert ordinal("Navoi airport") is None

"""A project named bare and described in the next sentence, with no state named in the
two: the capital of an upper-case dateline ("ASTANA - ...") places it."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import ProjectFact


def _projects(text: str, published: date = date(2024, 6, 20)) -> list[ProjectFact]:
    facts = extract_facts(Document(doc_id="t", text=text, published=published))
    return [fact for fact in facts if isinstance(fact, ProjectFact)]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("ASTANA - On paper, Hyrasia One is one of the largest energy projects ever planned "
         "in Central Asia. The scheme, developed by Svevind, a group with German and Swedish "
         "roots, would cost about USD 50 bln.", "KAZ"),
        ("TASHKENT, May 3 - On paper, Nur Alem is the region's biggest solar bet. The "
         "venture, backed by Masdar, would cost about $2 billion.", "UZB"),
        ("BAKU -- Regulators have approved Khazar Wind. The project would cost $1.5 billion.",
         "AZE"),
    ],
)  # fmt: skip
def test_projects_bare_name_placed_by_an_upper_case_dateline(text: str, host: str) -> None:
    (fact,) = _projects(text)
    assert fact.host == host
    assert fact.value_min_usd is not None


@pytest.mark.parametrize(
    "text",
    [
        # no dateline, no state: nowhere to place it
        "On paper, Hyrasia One is one of the largest energy projects ever planned. The "
        "scheme, developed by Svevind, would cost about USD 50 bln.",
        # a dateline outside the region (correspondents file from there about anywhere)
        "LONDON - Investors are studying Hyrasia One. The scheme, developed by Svevind, "
        "would cost about USD 50 bln.",
    ],
)
def test_projects_bare_name_without_a_capital_dateline_has_no_host(text: str) -> None:
    assert _projects(text) == []


def test_projects_state_named_in_the_sentences_wins_over_the_dateline() -> None:
    (fact,) = _projects(
        "ASTANA - Investors are studying Hyrasia One in Uzbekistan. The scheme, developed "
        "by Svevind, would cost about USD 50 bln."
    )
    assert fact.host == "UZB"

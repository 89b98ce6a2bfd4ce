"""Parties of agreements in unseen news: news spellings of states, hosts and supporters,
topics and appositions, non-actor partners, distributive lists, defined acronyms."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.actors import load_registry
from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 30)


def parties(text: str) -> list[tuple[str, ...]]:
    facts = extract_facts(Document("p", text, PUBLISHED))
    return sorted(f.parties for f in facts if isinstance(f, AgreementFact))


# -- news spellings of long official names


@pytest.mark.parametrize(
    ("surface", "actor_id"),
    [
        ("Democratic Republic of Congo", "COD"),
        ("Democratic Republic of the Congo", "COD"),
        ("Republic of Congo", "COG"),
        ("Congo Brazzaville", "COG"),
        ("Congo Kinshasa", "COD"),
        ("Republic of Gambia", "GMB"),
        ("Republic of Philippines", "PHL"),
        ("Kingdom of Netherlands", "NLD"),
        ("Timor Leste", "TLS"),
        ("Guinea Bissau", "GNB"),
        ("Organization of Petroleum Exporting Countries", "OPEC"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Czechia", "CZE"),
        ("Ivory Coast", "CIV"),
        ("Cape Verde", "CPV"),
        ("Swaziland", "SWZ"),
        ("Burma", "MMR"),
        ("East Timor", "TLS"),
        ("Viet Nam", "VNM"),
        ("Lao PDR", "LAO"),
    ],
)
def test_news_spellings_of_states(surface: str, actor_id: str) -> None:
    actor = load_registry().by_name(surface)
    assert actor is not None and actor.id == actor_id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Democratic Republic of Congo and Rwanda signed a peace agreement on Friday.",
            [("COD", "RWA")],
        ),
        (
            "Rwanda and the Democratic Republic of Congo initialled a peace deal in June.",
            [("COD", "RWA")],
        ),
        ("The Republic of Congo signed a border agreement with Angola.", [("AGO", "COG")]),
        ("Indonesia and Timor Leste signed a maritime boundary treaty.", [("IDN", "TLS")]),
    ],
)
def test_agreements_of_states_in_news_spelling(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert parties(text) == expected

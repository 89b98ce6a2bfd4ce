"""An actor given a role by an absolute "with" phrase ("with Chinese diplomat Wang Yi
hosting the talks", "with Turkey as mediator") is no party of the agreement. Real
pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_many


def _parties(text: str) -> list[tuple[str, ...]]:
    [(_doc, facts)] = list(extract_many([Document("roles", text, date(2024, 11, 5))]))
    return [f.parties for f in facts if f.type == "agreement"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Armenia and Azerbaijan initialled the peace agreement in Washington on Friday, "
            "with US President Donald Trump looking on.",
            ("ARM", "AZE"),
        ),
        (
            "Ethiopia and Somalia signed a declaration in Ankara with Turkey as mediator.",
            ("ETH", "SOM"),
        ),
        (
            "The memorandum was signed by the energy ministers of Azerbaijan and Kazakhstan, "
            "with senior Chinese diplomat Wang Yi hosting the ceremony.",
            ("AZE", "KAZ"),
        ),
        (
            "Rwanda and the DR Congo signed a peace deal with Qatar's prime minister also "
            "in attendance.",
            ("COD", "RWA"),
        ),
    ],
)
def test_an_actor_with_a_role_is_no_party(text: str, parties: tuple[str, ...]) -> None:
    assert _parties(text) == [parties]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Kazakhstan signed a memorandum with China on Monday.", ("CHN", "KAZ")),
        (
            "Georgia signed an agreement with Azerbaijan on transit, and Turkey hosted the "
            "ceremony.",
            ("AZE", "GEO"),
        ),
        (
            "Uzbekistan signed a trade agreement with the European Union and the United "
            "Kingdom on Tuesday.",
            ("EU", "GBR", "UZB"),
        ),
    ],
)
def test_a_partner_after_with_is_still_a_party(text: str, parties: tuple[str, ...]) -> None:
    assert parties in _parties(text)

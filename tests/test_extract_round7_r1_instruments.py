"""Round 7 (r1): instrument nouns that were no instrument. Sentences written for these
tests: a letter of intent (a memorandum's kind), a statement the parties sign, joint
regulations, the protocol of a joint commission's meeting, and a protocol amending or
upgrading a trade agreement (of that kind; one amending a sectoral agreement stays
``other``). Negatives: a statement one side issues or speaks in, regulations a president
signs alone."""

from __future__ import annotations

import pytest

from fact_rows import agreement_keys as keys

POSITIVE = [
    (
        "Kazakhstan and Saudi Arabia signed a letter of intent on renewable energy on Monday.",
        (("KAZ", "SAU"), "memorandum_of_understanding", "signed"),
    ),
    (
        "The fighting stopped under a statement signed in March 2021 by the leaders of "
        "Georgia, Armenia and Turkey.",
        (("ARM", "GEO", "TUR"), "joint_declaration", "signed"),
    ),
    (
        "The foreign ministers of Kyrgyzstan and Tajikistan on Monday signed joint "
        "regulations for their border delegations.",
        (("KGZ", "TJK"), "other", "signed"),
    ),
    (
        "The protocol of the fifth meeting of the Kazakh-Azerbaijani intergovernmental "
        "commission was signed on Tuesday.",
        (("AZE", "KAZ"), "other", "signed"),
    ),
    (
        "Georgia and Ukraine signed a protocol amending their free trade agreement.",
        (("GEO", "UKR"), "trade_agreement", "signed"),
    ),
    (
        "Kazakhstan and Uzbekistan signed a protocol amending the agreement on road transport.",
        (("KAZ", "UZB"), "other", "signed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_instrument_noun_is_read(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in keys(text)


NEGATIVE = [
    "Azerbaijan and Georgia said in a statement that talks went well.",
    "President Mirziyoyev signed regulations on cooperation with Kazakhstan.",
    "The foreign ministry of Russia issued a statement on Iran after talks with Turkey.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_lookalike_is_no_instrument(text: str) -> None:
    assert keys(text) == set()

"""Round 7 (r2): an instrument whose own clause names its owner (``agreement_parties.
_clause_scope``): "whose X" belongs to its possessor, and ", and it signed X with Y" to the
sentence's subject and Y, not to the actors of the sentence's other clauses. Probes in
several wordings, with negatives. Real pipeline, no mocks."""

from __future__ import annotations

import pytest
from tests.fact_rows import facts_of

from caspian.facts import AgreementFact


def stages(text: str) -> set[tuple[tuple[str, ...], str, str]]:
    return {
        (f.parties, f.instrument.value, f.stage.value)
        for f in facts_of(text)
        if isinstance(f, AgreementFact)
    }


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Uzbekistan is the third country of the region to start such talks, after "
            "Georgia, whose free trade agreement with China entered into force in 2018.",
            (("CHN", "GEO"), "trade_agreement", "in_force"),
            ("UZB",),
        ),
        (
            "Tajikistan now follows Kyrgyzstan, whose Enhanced Partnership and Cooperation "
            "Agreement was signed in June 2024.",
            (("EU", "KGZ"), "enhanced_partnership_cooperation_agreement", "signed"),
            ("TJK",),
        ),
        (
            "Turkey concluded a free trade agreement with Georgia in 2007, and it signed a "
            "free trade agreement with Ukraine in 2022.",
            (("TUR", "UKR"), "trade_agreement", "signed"),
            ("GEO",),
        ),
        (
            "Kazakhstan ratified a treaty with Russia in 2020, and it later signed a customs "
            "agreement with China in 2021.",
            (("CHN", "KAZ"), "cooperation_agreement", "signed"),
            ("RUS",),
        ),
    ],
)
def test_the_clause_names_the_owner(
    text: str, expected: tuple[tuple[str, ...], str, str], wrong: tuple[str, ...]
) -> None:
    found = stages(text)
    assert expected in found, found
    wider = [r for r in found if set(expected[0]) < set(r[0])]
    assert not any(w in r[0] for r in wider for w in wrong), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two actors open the sentence: "it" is not one of them
            "Russia and Iran signed a gas agreement with Turkey in 2019, and it signed a "
            "transit agreement with Azerbaijan in 2021.",
            None,
        ),
        (  # no "with" partner of its own: the usual parties
            "Armenia signed a treaty with France in 2024, and it ratified the treaty in 2025.",
            (("ARM", "FRA"), "other", "ratified"),
        ),
    ],
)
def test_clause_scope_negatives(
    text: str, expected: tuple[tuple[str, ...], str, str] | None
) -> None:
    found = stages(text)
    if expected is None:
        assert not any(r[0] in (("AZE", "RUS"), ("AZE", "IRN")) for r in found), found
    else:
        assert expected in found, found

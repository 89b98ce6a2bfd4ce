"""Round 7 (r2): a state's body or national company as the subject of a relative clause
("a memorandum that SOCAR and the Government of Syria signed", "that Gazprom and the
National Iranian Gas Company signed"): the clause's signers are the parties, each for its
state; a private company is none, and a hoped-for signing is nothing. Real pipeline."""

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
    ("text", "expected"),
    [
        (
            "Deliveries rest on a memorandum of understanding that SOCAR and the Government "
            "of Syria signed in Baku in July.",
            (("AZE", "SYR"), "memorandum_of_understanding", "signed"),
        ),
        (
            "The project follows an agreement that the Government of Georgia and the EU "
            "signed in Tbilisi last year.",
            (("EU", "GEO"), "cooperation_agreement", "signed"),
        ),
        (
            "Supplies are based on a memorandum that Gazprom and the National Iranian Gas "
            "Company signed in Tehran in June.",
            (("IRN", "RUS"), "memorandum_of_understanding", "signed"),
        ),
        (
            "The line was built under an agreement that KazMunayGas and the Ministry of "
            "Energy of Uzbekistan signed in 2022.",
            (("KAZ", "UZB"), "cooperation_agreement", "signed"),
        ),
    ],
)
def test_bodies_sign_for_their_states(
    text: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    assert expected in stages(text), stages(text)


@pytest.mark.parametrize(
    "text",
    [
        "Supplies are based on a memorandum that Russia and Iran hope will be signed in "
        "Tehran in June.",
        "The plant follows a contract that SOCAR and Siemens Energy signed in Baku in July.",
    ],
)
def test_body_negatives(text: str) -> None:
    assert not any(len(r[0]) >= 2 for r in stages(text)), stages(text)

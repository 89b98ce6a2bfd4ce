"""Agreements: an instrument signed "together with" / "along with" another takes its stage,
date and parties ("The treaty itself was signed in Bishkek on 3 November by the two
foreign ministers, together with an agreement on ..."); "itself" between an instrument
and its passive verb; a state after a city is the place ("in Entebbe, Uganda, on").
Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 30)


def facts(text: str) -> list[tuple[tuple[str, ...], str, str, str | None]]:
    found = extract_facts(Document("t", text, PUBLISHED))
    return sorted(
        (f.parties, f.instrument.value, f.stage.value, f.date)
        for f in found
        if isinstance(f, AgreementFact)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The border treaty between Kyrgyzstan and Uzbekistan was ratified this week. The "
            "treaty itself was signed in Bishkek on 3 November by the two foreign ministers, "
            "together with an agreement on the joint management of the reservoir.",
            [
                (("KGZ", "UZB"), "cooperation_agreement", "signed", "2024-11-03"),
                (("KGZ", "UZB"), "other", "ratified", "2025-06-30"),
                (("KGZ", "UZB"), "other", "signed", "2024-11-03"),
            ],
        ),
        (
            "Officials recalled the 2019 accord. It was signed in Astana on 12 March 2019 by "
            "Kazakhstan's energy minister and his Chinese counterpart, along with a protocol "
            "on gas prices.",
            [(("CHN", "KAZ"), "other", "signed", "2019-03-12")],
        ),
        (
            "GENEVA (wire) - A fisheries agreement between Chile and Peru was signed in Lima "
            "on 5 May, together with a memorandum on port cooperation, the ministry said.",
            [
                (("CHL", "PER"), "cooperation_agreement", "signed", "2025-05-05"),
                (("CHL", "PER"), "memorandum_of_understanding", "signed", "2025-05-05"),
            ],
        ),
    ],
)
def test_instrument_signed_together_with_another(
    text: str, expected: list[tuple[tuple[str, ...], str, str, str | None]]
) -> None:
    found = facts(text)
    for fact in expected:
        assert fact in found


@pytest.mark.parametrize(
    "text",
    [
        # hedged: nothing is signed
        "Kazakhstan and China agreed to build a pipeline. The agreement may be signed in May "
        "together with a memorandum on gas.",
        # the instrument of another sentence
        "The treaty was signed in Bishkek on Monday. Officials met together with an agreement "
        "in mind.",
    ],
)
def test_no_accompanying_instrument_without_a_stated_stage(text: str) -> None:
    assert not any(i == "memorandum_of_understanding" for _p, i, _s, _d in facts(text))
    assert len(facts(text)) <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agreement was signed in Entebbe, Uganda, on Friday by Kenya and Tanzania.",
            [("KEN", "TZA")],
        ),
        (
            "The memorandum was signed at Khorgos, Kazakhstan, by China and Kyrgyzstan.",
            [("CHN", "KGZ")],
        ),
        (  # a state after a list of states is no place
            "The agreement was signed by Ghana, Togo and Benin on Friday.",
            [("BEN", "GHA", "TGO")],
        ),
    ],
)
def test_state_after_a_city_is_the_place(text: str, expected: list[tuple[str, ...]]) -> None:
    assert sorted({p for p, _i, _s, _d in facts(text)}) == expected

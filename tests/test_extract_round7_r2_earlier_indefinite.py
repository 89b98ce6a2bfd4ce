"""Round 7 (r2): an indefinite instrument ("a memorandum") signed in a year before the
story's is another instrument than the story's own one of the same kind, parties and
stage (``agreements._earlier_year``): both facts are kept. Real pipeline, no mocks."""

from __future__ import annotations

from tests.fact_rows import facts_of

from caspian.facts import AgreementFact


def dated(text: str) -> set[tuple[tuple[str, ...], str, str, str | None]]:
    return {
        (f.parties, f.instrument.value, f.stage.value, f.date)
        for f in facts_of(text)
        if isinstance(f, AgreementFact)
    }


def test_an_earlier_indefinite_memorandum_is_kept() -> None:
    text = (
        "TASHKENT, June 9 - Uzbekistan and South Korea signed a memorandum in Tashkent on "
        "Monday. It is not the first such step. In March 2021 Uzbekneftegaz and KOGAS "
        "signed a memorandum as well."
    )
    found = dated(text)
    assert (("KOR", "UZB"), "memorandum_of_understanding", "signed", "2025-06-09") in found
    assert (("KOR", "UZB"), "memorandum_of_understanding", "signed", "2021-03") in found


def test_an_earlier_indefinite_treaty_with_a_different_year() -> None:
    text = (
        "Russia and Mongolia signed an agreement on Tuesday. Back in 2019, the two "
        "countries signed an agreement too."
    )
    years = {r[3][:4] for r in dated(text) if r[3]}
    assert {"2025", "2019"} <= years, dated(text)


def test_the_same_years_restatement_is_one_fact() -> None:
    text = (
        "Kazakhstan and Hungary signed a memorandum on Monday. Kazakhstan and Hungary "
        "signed a memorandum in Astana in January, officials recalled."
    )
    assert len(dated(text)) == 1, dated(text)

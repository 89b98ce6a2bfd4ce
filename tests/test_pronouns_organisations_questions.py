""" "They" after a subject of a state and an organisation ("Armenia and the EU held talks")
and after an interviewer's question ("Q: What did Armenia and the EU sign?"); a plural
that no one means by "they" ("held talks", "for two years") no longer blocks it. Real
pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_many


def _parties(text: str) -> list[tuple[str, ...]]:
    [(_doc, facts)] = list(extract_many([Document("they", text, date(2024, 11, 5))]))
    return [f.parties for f in facts if f.type == "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and the EU held talks in Brussels last week. They signed a memorandum on "
        "connectivity.",
        "Q: What did Armenia and the EU sign last week?\nA: They signed a memorandum on "
        "connectivity.",
        "Q. What exactly did Armenia and the European Union agree?\nA. They signed a "
        "memorandum on connectivity on Tuesday.",
    ],
)
def test_they_is_a_state_and_an_organisation_named_before(text: str) -> None:
    assert _parties(text) == [("ARM", "EU")]


@pytest.mark.parametrize(
    "text",
    [
        # blocs alone are no such subject
        "The EU and NATO held talks last week. They signed a memorandum on cooperation.",
        # negated in the answer
        "Q: What did Armenia and the EU discuss?\nA: Mostly trade. They did not sign anything.",
    ],
)
def test_no_pair_for_blocs_alone_or_a_negated_answer(text: str) -> None:
    assert _parties(text) == []

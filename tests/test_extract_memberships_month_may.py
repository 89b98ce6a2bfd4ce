"""Memberships: the month May is no modal hedge ("On 5 May X joined ...", an agency
dateline "CITY, 5 May (Agency) -", "In May, ...", "mid-May"); the modal still is."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import MembershipFact


def _memberships(text: str) -> set[tuple[str, str, str]]:
    facts = extract_facts(Document(doc_id="t", text=text, published=date(2024, 6, 20)))
    return {
        (f.parties[0], f.group, str(f.change.value))
        for f in facts
        if isinstance(f, MembershipFact)
    }


@pytest.mark.parametrize(
    "text",
    [
        "On 14 May Mongolia joined the Asian Infrastructure Investment Bank as a full member.",
        "ULAANBAATAR, 14 May (Montsame) - Mongolia joined the Asian Infrastructure "
        "Investment Bank on Tuesday.",
        "In May, Mongolia joined the Asian Infrastructure Investment Bank.",
        "Mongolia joined the Asian Infrastructure Investment Bank in mid-May.",
    ],
)
def test_the_month_may_is_no_hedge(text: str) -> None:
    assert ("MNG", "AIIB", "joined") in _memberships(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia may join the Asian Infrastructure Investment Bank next year.",
        "In June, officials said Mongolia may join the Asian Infrastructure Investment Bank.",
    ],
)
def test_the_modal_may_is_still_a_hedge(text: str) -> None:
    assert not any(change == "joined" for _, _, change in _memberships(text))

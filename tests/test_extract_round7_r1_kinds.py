"""Round 7 (r1): the kind of an instrument read from words around it. Sentences written
for these tests:

- a bare agreement whose own clause settles or divides territory ("that splits the
  island between them", "that settles their border dispute") is ``other`` (no sectoral
  cooperation); one ending a dispute over prices stays a cooperation agreement;
- "border" names a boundary instrument, not a sector at the border ("an agreement on
  border crossing / border trade / border checkpoints" are sectoral);
- a joint statement "on establishing the "X Strategic Partnership"" carries the quoted
  name in its title, so the headline's upgrade to that partnership is the same document.
"""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact


def rows(text: str) -> set[tuple[tuple[str, ...], str, str]]:
    found = extract_facts(Document("a", text, date(2025, 6, 10)))
    return {
        (f.parties, f.instrument.value, f.stage.value)
        for f in found
        if isinstance(f, AgreementFact)
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Kyrgyzstan and Tajikistan signed an agreement on Thursday that settles their "
            "decades-old border dispute.",
            "other",
        ),
        (
            "Japan and South Korea signed an agreement in Seoul that divides the disputed "
            "islands between them.",
            "other",
        ),
        (
            "Kazakhstan and China signed an agreement on Monday that ends the dispute over "
            "water tariffs.",
            "cooperation_agreement",
        ),
        (
            "Kazakhstan and China signed an agreement on border checkpoints on Monday.",
            "cooperation_agreement",
        ),
        (
            "Kyrgyzstan and Uzbekistan signed an agreement on border trade on Monday.",
            "cooperation_agreement",
        ),
        (
            "Kyrgyzstan and Tajikistan signed an agreement on border delimitation.",
            "other",
        ),
    ],
)
def test_kind_from_the_words_around(text: str, kind: str) -> None:
    assert {k for (_p, k, _s) in rows(text)} == {kind}


def test_joint_statement_naming_the_partnership_is_one_instrument() -> None:
    text = (
        "Kazakhstan and Japan elevate relations to Enhanced Strategic Partnership\n\n"
        "TOKYO, June 10 - After their talks, President Tokayev and Prime Minister Ishiba "
        'issued the Joint Statement on establishing the "Enhanced Strategic Partnership for '
        'Growth" between Kazakhstan and Japan.'
    )
    assert rows(text) == {(("JPN", "KAZ"), "joint_declaration", "signed")}

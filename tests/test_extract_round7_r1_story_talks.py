"""Round 7 (r1's probes, read by agreement_followups.py since the integration): the history
of the story's instrument told in sentences whose subject is the talks or the text
("Negotiations were opened in October 2015.", "Talks on it began in March 2020.",
"Negotiations had been concluded in May 2021.", "The text was initialled in Astana on 3
May 2023."): a stage of the instrument of the nearest fact before them, with its
parties, dated by the sentence. Sentences written for these tests.

Negatives: the talks of a visit ("The talks began at 10 am", "on Monday"), talks on another
subject, hedged talks, another party's talks ("Tajikistan's negotiations opened in 2023"),
the text of a speech.
"""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact


def rows(text: str) -> set[tuple[tuple[str, ...], str, str, str | None]]:
    found = extract_facts(Document("a", text, date(2025, 6, 10)))
    return {
        (f.parties, f.instrument.value, f.stage.value, f.date)
        for f in found
        if isinstance(f, AgreementFact)
    }


LEAD = (
    "The European Union and Tajikistan today signed an Enhanced Partnership and Cooperation "
    "Agreement in Dushanbe. The Agreement covers trade, energy and transport. "
)
EPCA = "enhanced_partnership_cooperation_agreement"

POSITIVE = [
    (LEAD + "Negotiations were opened in October 2015.", "negotiating", "2015-10"),
    (LEAD + "Talks on it began in March 2020.", "negotiating", "2020-03"),
    (LEAD + "Negotiations had been concluded in May 2021.", "concluded", "2021-05"),
    (
        LEAD + "Negotiators had announced the substantial conclusion of the talks in July 2022.",
        "concluded",
        "2022-07",
    ),
    (LEAD + "The text was initialled in Dushanbe on 3 May 2023.", "initialed", "2023-05-03"),
    (
        LEAD
        + "Negotiations were opened in 2017. They were concluded in July 2019, when the text "
        + "was initialled in Dushanbe.",
        "initialed",
        "2019-07",
    ),
    (LEAD + "The two sides launched negotiations in 2014.", "negotiating", "2014"),
]


@pytest.mark.parametrize(("text", "stage", "when"), POSITIVE)
def test_history_sentence_states_a_stage(text: str, stage: str, when: str) -> None:
    assert (("EU", "TJK"), EPCA, stage, when) in rows(text)


def test_trade_deal_history() -> None:
    text = (
        "Mercosur and the United Arab Emirates signed a free trade agreement on Thursday. "
        "Negotiations had been concluded in July 2024."
    )
    assert (("ARE", "MERCOSUR"), "trade_agreement", "concluded", "2024-07") in rows(text)


NEGATIVE = [
    "The talks began at 10 am.",
    "The talks began on Monday.",
    "Talks on gas prices were concluded in May 2024.",
    "Negotiations on a second deal are expected to be concluded in 2026.",
    "Kyrgyzstan's negotiations opened in February 2019.",
    "The text of the speech was published in May 2024.",
]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_other_talks_state_nothing_more(sentence: str) -> None:
    lead = rows(LEAD)
    assert rows(LEAD + sentence) == lead

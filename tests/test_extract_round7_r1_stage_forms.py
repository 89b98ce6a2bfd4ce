"""Round 7 (r1): stage forms and clause shapes that were silent. Sentences written for
these tests, in other wordings than the studied ones:

- negotiation stated by a progressive passive with an adverb ("is still being
  negotiated", "remains under negotiation") or by talks with a named partner ("is in
  talks with Britain on a similar agreement");
- in force stated as "have had X in force since 2006" or "X, in force since 2018,";
- concluded: "concluded their bilateral negotiations on", "reached a deal in principle";
- a relative clause whose subject names the parties at length ("a memorandum that SOCAR
  and the Government of Syria signed", "which the foreign ministers of A and B signed");
- the nominal "the adoption of the X Declaration by A and B".

Negatives: negated talks, modal relative clauses, "discussed / prepared the signing of",
"called for the adoption of", future progressive forms.
"""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact
from fact_rows import agreement_keys as keys

POSITIVE = [
    (
        "The peace treaty between Armenia and Azerbaijan is still being negotiated.",
        (("ARM", "AZE"), "peace_agreement", "negotiating"),
    ),
    (
        "A free trade agreement between the EU and India is currently being negotiated.",
        (("EU", "IND"), "trade_agreement", "negotiating"),
    ),
    (
        "A free trade agreement between the EU and India remains under negotiation.",
        (("EU", "IND"), "trade_agreement", "negotiating"),
    ),
    (
        "Kazakhstan is in talks with the European Union on a visa facilitation agreement.",
        (("EU", "KAZ"), "other", "negotiating"),
    ),
    (
        "Azerbaijan has been holding negotiations with Turkey over a preferential trade "
        "agreement since 2023.",
        (("AZE", "TUR"), "trade_agreement", "negotiating"),
    ),
    (
        "Georgia and Israel have had a visa-free agreement in force since 2019, officials said.",
        (("GEO", "ISR"), "other", "in_force"),
    ),
    (
        "The free trade agreement between Georgia and China, in force since 2018, covers "
        "most goods.",
        (("CHN", "GEO"), "trade_agreement", "in_force"),
    ),
    (
        "The EU and Uzbekistan concluded their bilateral negotiations on a trade agreement.",
        (("EU", "UZB"), "trade_agreement", "concluded"),
    ),
    (
        "Australia and Japan reached a deal in principle last week.",
        (("AUS", "JPN"), "cooperation_agreement", "concluded"),
    ),
    (
        "Gas flows under a memorandum of understanding that SOCAR and the Government of "
        "Syria signed in Baku on 12 July.",
        (("AZE", "SYR"), "memorandum_of_understanding", "signed"),
    ),
    (
        "The deal rests on a treaty which the foreign ministers of Kazakhstan and "
        "Uzbekistan signed in 2019.",
        (("KAZ", "UZB"), "other", "signed"),
    ),
    (
        "The pipeline is covered by an agreement that Turkmenistan and the Government of "
        "Afghanistan signed last year.",
        (("AFG", "TKM"), "cooperation_agreement", "signed"),
    ),
    (
        "A roadmap that the prime ministers of Georgia and Armenia signed in Tbilisi sets "
        "out the steps.",
        (("ARM", "GEO"), "other", "signed"),
    ),
    (
        "The border agreement that Kyrgyz President Sadyr Japarov and Tajik President "
        "Emomali Rahmon signed on 13 March was ratified.",
        (("KGZ", "TJK"), "other", "signed"),
    ),
    (
        "The forum closed with the adoption of the Samarkand Declaration by Kazakhstan and "
        "China.",
        (("CHN", "KAZ"), "joint_declaration", "signed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_stage_form_is_read(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in keys(text)


NEGATIVE = [
    "Uzbekistan is not in talks with Russia on a new gas deal.",
    "The agreement that Kazakhstan and Russia may sign next month covers oil.",
    "The agreement that Kazakhstan and Russia have not signed covers oil.",
    "Kazakhstan and Uzbekistan discussed the signing of a joint declaration.",
    "Kazakhstan and Uzbekistan are preparing the adoption of a joint declaration.",
    "The ministers of Armenia and Iran called for the adoption of a roadmap on trade.",
    "Kazakhstan and the EU have no agreement in force since 2019.",
    "The memorandum that the companies signed covers gas.",
    "President Tokayev signed a decree that approves the agreement with Uzbekistan on water.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_lookalike_states_no_agreement(text: str) -> None:
    assert keys(text) == set()


def test_it_was_signed_beside_a_word_that_names_no_instrument() -> None:
    text = (
        "The Comprehensive and Enhanced Partnership Agreement between the European Union "
        "and Armenia enters into force today. It was signed in Brussels on 24 November 2017, "
        "on the margins of the Eastern Partnership summit."
    )
    found = extract_facts(Document("a", text, date(2025, 6, 10)))
    assert (
        ("ARM", "EU"),
        "enhanced_partnership_cooperation_agreement",
        "signed",
        "2017-11-24",
    ) in {
        (f.parties, f.instrument.value, f.stage.value, f.date)
        for f in found
        if isinstance(f, AgreementFact)
    }


def test_relative_clause_of_one_signatory_names_no_parties() -> None:
    # a decree's signatory: "that President X signed" is no pair of parties
    text = "The memorandum that President Tokayev signed in May covers grain."
    assert keys(text) == set()

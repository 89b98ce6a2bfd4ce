"""Round 10 (r1): agreements the extractor missed, or read at the wrong stage or with the
wrong instrument, by general clause patterns. Sentences written for these tests, in other
wordings, countries and tenses than the studied ones:

- a relationship announced, declared or proclaimed ("announced a strategic partnership",
  "declared a comprehensive strategic partnership with"): signed (relationships only; not
  "announced plans for", "declared the partnership dead", nor a hedged form);
- a suspension or termination under way, in the progressive right after its auxiliary
  ("is suspending its readmission agreement", "is terminating its participation in", "is
  withdrawing from"): suspended / terminated (not "is considering suspending");
- a legislature's consent ("gave its advice and consent to ratification of", "the European
  Parliament gave its consent to") and a bill passed that gives an instrument effect in
  law ("adopted the bill that gives effect in Danish law to"): ratified;
- talks on "the text of" an instrument completed ("negotiations on the text of a peace
  treaty had been completed"), and "finished negotiating the draft agreement": concluded;
- an agreement reached with a time phrase before its object or "that" clause ("reached an
  agreement in July 2022 that ..."), a staff-level agreement reached, and the participle
  right after the instrument ("a staff-level agreement reached in December"): concluded;
- a staff-level, supplementary or amending agreement: ``other`` (no sector of cooperation).

Negatives: hedged, negated or unstated forms of each shape.
"""

from __future__ import annotations

import pytest

from fact_rows import agreement_keys as keys

Expected = tuple[tuple[str, ...], str, str]

PROCLAIMED = [
    (
        "Peru and Chile announced a strategic partnership on Monday.",
        (("CHL", "PER"), "strategic_partnership", "signed"),
    ),
    (
        "Kenya declared a comprehensive strategic partnership with Ethiopia in 2019.",
        (("ETH", "KEN"), "comprehensive_strategic_partnership", "signed"),
    ),
    (
        "The presidents of Peru and Chile proclaimed a new strategic partnership during the visit.",
        (("CHL", "PER"), "strategic_partnership", "signed"),
    ),
    (
        "Brazil and Nigeria are announcing a strategic partnership today.",
        (("BRA", "NGA"), "strategic_partnership", "signed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROCLAIMED)
def test_relationship_proclaimed(text: str, expected: Expected) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile announced plans for a strategic partnership.",
        "Peru declared the strategic partnership with Chile dead.",
        "Peru and Chile may announce a strategic partnership next year.",
        "Peru and Chile announced a free trade agreement.",
    ],
)
def test_relationship_not_proclaimed(text: str) -> None:
    assert not {k for k in keys(text) if k[2] == "signed"}


def test_relations_declared_stay_an_upgrade() -> None:
    text = "Peru and Chile declared their relations a strategic partnership in 2019."
    assert keys(text) == {(("CHL", "PER"), "strategic_partnership", "upgraded")}


UNDER_WAY = [
    (
        "Belarus is suspending its readmission agreement with the European Union.",
        (("BLR", "EU"), "other", "suspended"),
    ),
    (
        "Peru and Chile are suspending their visa agreement from Monday.",
        (("CHL", "PER"), "other", "suspended"),
    ),
    (
        "Russia is terminating its participation in the grain deal with Ukraine and Turkey.",
        (("RUS", "TUR", "UKR"), "cooperation_agreement", "terminated"),
    ),
    (
        "Kenya is withdrawing from the trade agreement with Ethiopia.",
        (("ETH", "KEN"), "trade_agreement", "terminated"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNDER_WAY)
def test_suspension_under_way(text: str, expected: Expected) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia is considering suspending the grain deal with Ukraine.",
        "Peru is not suspending its visa agreement with Chile.",
        "Is Russia terminating the grain deal with Ukraine?",
    ],
)
def test_suspension_not_under_way(text: str) -> None:
    assert not keys(text)


CONSENTED = [
    (
        "The Folketing this week adopted the bill that gives effect in Danish law to the "
        "defence agreement between Denmark and Chile, by 94 votes to 11.",
        (("CHL", "DNK"), "cooperation_agreement", "ratified"),
    ),
    (
        "Lawmakers in Lima passed a bill giving effect to the Peru-Chile free trade agreement "
        "on Tuesday.",
        (("CHL", "PER"), "trade_agreement", "ratified"),
    ),
    (
        "The European Parliament gave its consent to the trade agreement with Vietnam in February.",
        (("EU", "VNM"), "trade_agreement", "ratified"),
    ),
    (
        "The US Senate gave its advice and consent to ratification of the tax convention with "
        "Chile.",
        (("CHL", "USA"), "other", "ratified"),
    ),
    (
        "The Kenyan Senate has given its consent to the trade agreement with Ethiopia.",
        (("ETH", "KEN"), "trade_agreement", "ratified"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONSENTED)
def test_legislature_consent(text: str, expected: Expected) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan Senate refused to give its consent to the trade agreement with Ethiopia.",
        "The Kenyan Senate is expected to give its consent to the trade agreement with Ethiopia.",
        "A bill giving effect to the trade agreement between Kenya and Ethiopia was tabled in "
        "the Kenyan parliament.",
    ],
)
def test_no_legislature_consent(text: str) -> None:
    assert not {k for k in keys(text) if k[2] == "ratified"}


CONCLUDED = [
    (
        "Kenya and Ethiopia said negotiations on the text of the free trade agreement had been "
        "concluded.",
        (("ETH", "KEN"), "trade_agreement", "concluded"),
    ),
    (
        "Talks between Peru and Chile on the final text of a defence pact were successfully "
        "finalised in May.",
        (("CHL", "PER"), "cooperation_agreement", "concluded"),
    ),
    (
        "Kenya and Ethiopia have completed negotiating a free trade agreement.",
        (("ETH", "KEN"), "trade_agreement", "concluded"),
    ),
    (
        "Peru and Chile concluded negotiating the defence pact on Friday.",
        (("CHL", "PER"), "cooperation_agreement", "concluded"),
    ),
    (
        "Peru and Chile had reached an agreement in March 2021 that the border will be opened "
        "to lorries.",
        (("CHL", "PER"), "cooperation_agreement", "concluded"),
    ),
    (
        "Kenya and the IMF reached a staff-level agreement in December.",
        (("IMF", "KEN"), "other", "concluded"),
    ),
    (
        "Zambia's programme follows a staff-level agreement reached with the IMF in June.",
        (("IMF", "ZMB"), "other", "concluded"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONCLUDED)
def test_concluded(text: str, expected: Expected) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia have not finished negotiating the free trade agreement.",
        "Kenya and Ethiopia have not reached an agreement on the border.",
        "Kenya and Ethiopia failed to reach an agreement in May on the border.",
        "The agreement between Kenya and Ethiopia reached parliament in May.",
        "The political agreement the two sides reached in 2019 has never been signed.",
    ],
)
def test_not_concluded(text: str) -> None:
    assert not {k for k in keys(text) if k[2] == "concluded"}


def test_negated_text_talks_stay_negotiating() -> None:
    text = (
        "Negotiations on the text of the trade agreement between Peru and Chile have not been "
        "completed."
    )
    assert not {k for k in keys(text) if k[2] == "concluded"}


@pytest.mark.parametrize(
    "text",
    [
        "Malaysia and China signed a supplementary agreement in Beijing on Friday.",
        "Kenya and Ethiopia signed an amending protocol to their trade agreement.",
    ],
)
def test_supplementary_is_other(text: str) -> None:
    assert {k[1] for k in keys(text) if k[2] == "signed"} == {"other"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru and Chile initialled a trade agreement, and their presidents signed a joint "
            "declaration with Brazil.",
            {
                (("CHL", "PER"), "trade_agreement", "initialed"),
                (("BRA", "CHL", "PER"), "joint_declaration", "signed"),
            },
        ),
        (
            "Kenya ratified the trade agreement with Ethiopia, and Uganda signed a transit "
            "agreement with Tanzania.",
            {
                (("ETH", "KEN"), "trade_agreement", "ratified"),
                (("TZA", "UGA"), "transit_arrangement", "signed"),
            },
        ),
    ],
)
def test_second_verb_with_its_own_object(text: str, expected: set[Expected]) -> None:
    """A coordinated stage verb that governs an instrument of its own is no further stage of
    the first instrument."""
    assert keys(text) == expected


def test_coordinated_stages_still_chain() -> None:
    text = "The trade agreement between Peru and Chile was initialled in 2019 and signed in 2021."
    assert keys(text) == {
        (("CHL", "PER"), "trade_agreement", "initialed"),
        (("CHL", "PER"), "trade_agreement", "signed"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia signed a series of agreements and memorandums worth about $5 billion.",
        "Kenya and Ethiopia signed a series of agreements and memorandums, which were reported "
        "to be worth about 12 billion dollars in all.",
        "Kenya and Ethiopia signed 15 agreements, which are said to be worth $2 billion.",
    ],
)
def test_bundle_with_an_amount_is_bulk_deals(text: str) -> None:
    """A bundle of documents with an amount (after a second kind of document or in a
    relative clause) is one bulk-deals fact."""
    assert keys(text) == {(("ETH", "KEN"), "investment_deals", "signed")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia signed a series of agreements and memorandums on trade, energy and "
        "transport.",
        "Kenya and Ethiopia signed agreements on trade and energy, and Ethiopia is said to be "
        "worth $2 billion to Kenyan exporters.",
    ],
)
def test_bundle_without_an_amount(text: str) -> None:
    assert not {k for k in keys(text) if k[1] == "investment_deals"}


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday Israel and Lebanon concluded an agreement that sets their maritime boundary "
        "in the eastern Mediterranean.",
        "Kenya and Somalia signed an agreement on Monday that fixes the land border between them.",
        "Peru and Chile signed a deal defining their maritime boundary.",
    ],
)
def test_agreement_setting_a_boundary_is_other(text: str) -> None:
    assert {k[1] for k in keys(text)} == {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia signed an agreement that sets up a joint border trade market.",
        "Kenya and Ethiopia signed an agreement that fixes the border crossing hours.",
    ],
)
def test_agreement_on_border_trade_is_cooperation(text: str) -> None:
    assert {k[1] for k in keys(text)} == {"cooperation_agreement"}


APPLIED_SINCE = [
    (
        "Iran and the Eurasian Economic Union have been implementing an interim agreement on a "
        "free trade zone since October 2019.",
        (("EAEU", "IRN"), "trade_agreement", "in_force"),
    ),
    (
        "Kenya and Ethiopia have applied the trade agreement since 2021.",
        (("ETH", "KEN"), "trade_agreement", "in_force"),
    ),
    (
        "Peru has been applying its free trade agreement with Chile since March 2020.",
        (("CHL", "PER"), "trade_agreement", "in_force"),
    ),
    (
        "Trade between Peru and Chile began under the free trade agreement on 1 March.",
        (("CHL", "PER"), "trade_agreement", "implemented"),
    ),
    (
        "On 1 January trading officially started under the free trade agreement between Kenya "
        "and Ethiopia.",
        (("ETH", "KEN"), "trade_agreement", "implemented"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPLIED_SINCE)
def test_applied_since_or_started_under(text: str, expected: Expected) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia have been implementing the trade agreement slowly.",
        "Kenya and Ethiopia have applied for a trade agreement since 2021.",
        "Trade between Peru and Chile will begin under the free trade agreement on 1 March.",
        "Talks between Peru and Chile started under the auspices of the UN.",
    ],
)
def test_not_applied_since(text: str) -> None:
    assert not {k for k in keys(text) if k[2] in ("in_force", "implemented")}


def test_verb_with_an_object_pronoun_governs_no_later_instrument() -> None:
    text = (
        "Kenya and Ethiopia signed a trade deal in 2019. After both parliaments had ratified it, "
        "the agreement entered into force on 1 July 2021."
    )
    assert (("ETH", "KEN"), "trade_agreement", "in_force") in keys(text)


def test_pronoun_coordinated_with_an_instrument() -> None:
    text = "Peru and Chile signed it and the protocol on customs in May."
    assert (("CHL", "PER"), "other", "signed") in keys(text)


def test_launch_of_another_thing_is_no_signing() -> None:
    """ "The launch of" sets up relationships only; an instrument after it takes its own
    verb."""
    text = (
        "The launch of the dialogue builds on the agreements on visa facilitation between Peru "
        "and the EU, which entered into force in January 2014."
    )
    assert keys(text) == {(("EU", "PER"), "other", "in_force")}


def test_launch_of_a_relationship() -> None:
    text = "The launch of the strategic partnership between Peru and Chile was celebrated in Lima."
    assert keys(text) == {(("CHL", "PER"), "strategic_partnership", "signed")}

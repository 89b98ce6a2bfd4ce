"""Round 8 (r1): agreements the extractor missed silently, by general clause patterns.
Sentences written for these tests, in other wordings than the studied ones:

- a relative clause without "that" whose subject is an office in the plural ("the pact
  the two defence ministers signed", "the treaty the two Presidents signed");
- a relationship stated by the document that sets it out ("the partnership set out in
  the treaty the two leaders signed in 2019", "enshrined in a treaty signed in 2021");
- a transit trade agreement is a transit arrangement, not a trade agreement;
- a text agreed: "agreed on / upon a protocol", "reached a staff-level agreement on",
  "reached a landmark trade deal on";
- a lending programme approved by a lender's board ("the IMF's board approved a Stand-By
  Arrangement for Pakistan");
- documents listed after a nominal signing ("witnessed the signing of documents. Among
  them were ..."), a passive after a "covering" phrase, a signature withdrawn;
- a joint statement signed beside an announced upgrade ("signed a joint statement and
  announced that relations are elevated"): two acts;
- bulk deals valued by a relative clause; one "investment deal" (investment_deals);
- a crossing agreed by a verb ("agreed to resume direct flights"): transit, concluded;
- a coordinated second stage keeps the first stage's parties.

Negatives: hedged, negated, conditional or unstated forms of each shape, one-sided
crossings, other things agreed, a document that sets out something other than a
relationship.
"""

from __future__ import annotations

import pytest

from caspian.facts import AgreementFact
from fact_rows import agreement_keys as keys

POSITIVE = [
    (
        "Japan and Australia met again in Tokyo. The plan draws on the security agreement "
        "the two prime ministers signed in Canberra in January 2022.",
        (("AUS", "JPN"), "cooperation_agreement", "signed"),
    ),
    (
        "Kenya and Ethiopia want more trade. Exports grew under the memorandum the two "
        "foreign ministers inked last March.",
        (("ETH", "KEN"), "memorandum_of_understanding", "signed"),
    ),
    (
        "Egypt and Sudan reviewed the water accord the two governments ratified in 2016.",
        (("EGY", "SDN"), "cooperation_agreement", "ratified"),
    ),
    (
        "Chile and Peru met in Lima. Fishing is governed by the treaty the two Presidents "
        "signed in Santiago in 2018.",
        (("CHL", "PER"), "other", "signed"),
    ),
    (
        "Mongolia and Russia held talks. Relations are developing in the spirit of the "
        "comprehensive strategic partnership set out in the treaty the two Presidents signed "
        "in Moscow in 2019.",
        (("MNG", "RUS"), "comprehensive_strategic_partnership", "signed"),
    ),
    (
        "Hungary and Serbia met. Their strategic partnership, enshrined in a treaty signed "
        "in Belgrade in 2021, was praised.",
        (("HUN", "SRB"), "strategic_partnership", "signed"),
    ),
    (
        "Vietnam and Laos reviewed the comprehensive partnership laid down in the 2019 "
        "treaty, which both parliaments ratified in 2020.",
        (("LAO", "VNM"), "comprehensive_partnership", "ratified"),
    ),
    (
        "Ankara and Baku celebrated the alliance established by the Shusha Declaration, "
        "which the two presidents signed in June 2021.",
        (("AZE", "TUR"), "alliance", "signed"),
    ),
    (
        "Goods move by road: Nepal and Bangladesh signed a transit trade agreement in 2019.",
        (("BGD", "NPL"), "transit_arrangement", "signed"),
    ),
    (
        "Kabul and Islamabad signed the Afghanistan-Pakistan Transit Trade Agreement in 2010.",
        (("AFG", "PAK"), "transit_arrangement", "signed"),
    ),
    (
        "Ukraine and Poland agreed upon the protocol on grain transit in May.",
        (("POL", "UKR"), "transit_arrangement", "concluded"),
    ),
    (
        "After long talks, Chile and Argentina had agreed on a new agreement on gas supplies.",
        (("ARG", "CHL"), "cooperation_agreement", "concluded"),
    ),
    (
        "Egypt and the IMF reached a staff-level agreement on a $3 billion loan in October.",
        (("EGY", "IMF"), "other", "concluded"),  # (a staff-level agreement: the gold's "other")
    ),
    (
        "India and the UK reached a landmark trade deal on Tuesday, officials said.",
        (("GBR", "IND"), "trade_agreement", "concluded"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in keys(text)


NEGATIVE = [
    "Ghana and Togo met. The treaty the two presidents hope to sign next year would "
    "settle the border.",
    "Ghana and Togo met. The draft the two ministers discussed in May covers fisheries.",
    "Ghana and Togo met. The two ministers said the principles set out in the treaty "
    "were discussed in 2019.",
    "Ghana and Togo agreed on the need for a new treaty.",
    "Ghana and Togo have not agreed on a deal.",
    "Ghana and Togo may have agreed on a deal, sources said.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text: str) -> None:
    assert not {k for k in keys(text) if k[2] in ("signed", "ratified", "concluded")}


def test_transit_trade_is_no_trade_agreement() -> None:
    text = "Pakistan and Uzbekistan signed a transit trade agreement in 2021."
    assert {k[1] for k in keys(text)} == {"transit_arrangement"}


def test_enshrined_relationship_once() -> None:
    """The relationship told by its document is one fact, dated by the document."""
    text = (
        "Ankara and Baku celebrated the alliance established by the Shusha Declaration, "
        "which the two presidents signed in June 2021."
    )
    assert keys(text) == {(("AZE", "TUR"), "alliance", "signed")}


LENDING = [
    (
        "The IMF's board approved a $3 billion Stand-By Arrangement for Pakistan on Wednesday.",
        (("IMF", "PAK"), "other", "signed"),
    ),
    (
        "The IMF Executive Board approved a 37-month arrangement under the Extended Fund "
        "Facility for Sri Lanka of about $2.9 billion on March 20.",
        (("IMF", "LKA"), "other", "signed"),
    ),
    (
        "The World Bank's Board of Executive Directors approved a $500 million loan to "
        "Uzbekistan for rural roads.",
        (("UZB", "WB"), "other", "signed"),
    ),
    (
        "The Asian Development Bank's board has approved a $150 million policy-based loan "
        "for Kyrgyzstan.",
        (("ADB", "KGZ"), "other", "signed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LENDING)
def test_lending_programme_approved(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "The IMF board is expected to approve a $3 billion loan for Egypt next month.",
        "The IMF board has not approved the loan for Egypt.",
        "The World Bank board approved a new strategy for the region.",
        "Egypt hopes the IMF board will approve a new programme for Egypt.",
        "Once the IMF board approved the $3 billion loan for Egypt, markets would calm.",
    ],
)
def test_lending_not_approved(text: str) -> None:
    assert not keys(text)


def test_lending_title_and_value() -> None:
    from fact_rows import facts_of

    (fact,) = [
        f
        for f in facts_of(
            "The International Monetary Fund's executive board on Friday approved a 48-month "
            "Extended Fund Facility of $20 billion for Argentina."
        )
        if isinstance(f, AgreementFact)
    ]
    assert fact.title == "Extended Fund Facility"
    assert fact.value_usd == 20_000_000_000
    assert fact.parties == ("ARG", "IMF")


LISTED_AFTER_NOMINAL = [
    (
        "Kenya and Uganda met in Nairobi. The two presidents witnessed the signing of "
        "documents. Among them were an agreement on roads and a protocol on fisheries.",
        {
            (("KEN", "UGA"), "cooperation_agreement", "signed"),
            (("KEN", "UGA"), "other", "signed"),
        },
    ),
    (
        "Kenya and Uganda met. The two presidents witnessed the exchange of agreements. "
        "These included an agreement on roads and a protocol on fisheries.",
        {
            (("KEN", "UGA"), "cooperation_agreement", "signed"),
            (("KEN", "UGA"), "other", "signed"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_AFTER_NOMINAL)
def test_items_after_a_nominal_signing(
    text: str, expected: set[tuple[tuple[str, ...], str, str]]
) -> None:
    assert expected <= keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda met. The two presidents are expected to witness the signing of "
        "documents. Among them are an agreement on roads and a protocol on fisheries.",
        "Kenya and Uganda met. The ministers discussed the signing of new agreements. Among "
        "them were an agreement on roads and a protocol on fisheries.",
    ],
)
def test_items_after_a_signing_yet_to_come(text: str) -> None:
    assert not keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lula and Boric met in Brasilia. A package of documents covering trade, energy and "
        "transport was signed in the presence of the two presidents.",
        "Lula and Boric met in Brasilia. Agreements covering trade and transport were signed "
        "on Monday.",
    ],
)
def test_passive_after_a_covering_phrase(text: str) -> None:
    assert (("BRA", "CHL"), "cooperation_agreement", "signed") in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lula and Boric met. Agreements covering trade, energy and transport will be signed "
        "on Monday.",
        "Lula and Boric met. Documents covering trade and transport were not signed.",
    ],
)
def test_passive_after_a_covering_phrase_hedged(text: str) -> None:
    assert not keys(text)


def test_signature_withdrawn_from_an_instrument() -> None:
    text = "Russia withdrew its signature from the agreement with Georgia last year."
    assert (("GEO", "RUS"), "cooperation_agreement", "terminated") in keys(text)
    assert not keys("Russia may withdraw its signature from the agreement with Georgia.")


@pytest.mark.parametrize(
    "text",
    [
        "India and the Philippines held talks in Delhi. The two leaders adopted a joint "
        "declaration and declared that ties were raised to a strategic partnership.",
        "Chile and Vietnam held talks in Hanoi. The presidents signed a joint statement and "
        "announced that relations are elevated to a comprehensive partnership.",
    ],
)
def test_declaration_and_announced_upgrade_are_two_acts(text: str) -> None:
    found = keys(text)
    assert {k[2] for k in found} == {"signed", "upgraded"}
    assert any(k[1] == "joint_declaration" for k in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Ankara on Monday, Erdogan and Aliyev oversaw the signing of a package of "
            "agreements that Turkish officials valued at about 2 billion euros.",
            (("AZE", "TUR"), "investment_deals", "signed"),
        ),
        (
            "Kazakhstan and Qatar signed an investment deal worth $500 million on Monday.",
            (("KAZ", "QAT"), "investment_deals", "signed"),
        ),
        (
            "Kazakhstan and Qatar signed an investment protection deal in 2019.",
            (("KAZ", "QAT"), "other", "signed"),
        ),
        (
            "Kazakhstan and Qatar signed an investment agreement on Monday.",
            (("KAZ", "QAT"), "other", "signed"),
        ),
    ],
)
def test_commercial_deals(text: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    assert expected in keys(text)


CROSSINGS = [
    "Georgia and Russia agreed on Tuesday that trucks from third countries will be able to "
    "cross their border at Upper Lars.",
    "Azerbaijan and Armenia agreed to reopen transport links across their border.",
    "India and Bangladesh agreed to resume direct flights between Dhaka and Kolkata.",
    "Ankara and Damascus said they had agreed to route gas across the border through the new line.",
    "In May, Kabul and Tashkent said they had agreed to reopen the border crossing at Hairatan.",
    "Serbia and Albania met in Tirana. The envoys also agreed to begin direct air cargo "
    "trade between the two countries.",
]


@pytest.mark.parametrize("text", CROSSINGS)
def test_crossing_agreed_by_a_verb(text: str) -> None:
    assert any(k[1:] == ("transit_arrangement", "concluded") for k in keys(text))


@pytest.mark.parametrize(
    "text",
    [
        "Turkey and Armenia agreed to hold further talks.",
        "Turkey and Armenia agreed to strengthen their ties.",
        "Turkey and Armenia may agree to reopen the border.",
        "Turkey and Armenia have not agreed to open the border.",
        "Armenia agreed to open the border, officials said.",
        "If Turkey and Armenia agreed to reopen the border, trade would grow.",
    ],
)
def test_no_crossing_agreed(text: str) -> None:
    assert not keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Japan met. The economic partnership agreement, signed in 2007 and in force "
        "since September 2008, covers most goods.",
        "Australia and Tuvalu are close. The security treaty with Tuvalu, signed in November "
        "2023 and in force since August 2024, offers a pathway to live in Australia.",
    ],
)
def test_coordinated_stages_keep_the_parties_of_the_first(text: str) -> None:
    assert {k[2] for k in keys(text)} == {"signed", "in_force"}
    assert len({k[0] for k in keys(text)}) == 1

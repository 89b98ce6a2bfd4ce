"""Parties of agreements from the story: an instrument signed, initialled, concluded or
ratified in a clause that names no one (a passive with no agent, "officials", "the
delegations", "the sides", "the two ministers") is between the two principals that the
preceding sentences of the same or previous paragraph, or the headline and lead, name —
only when they name exactly two actors. Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 30)


def agreements(text: str) -> list[AgreementFact]:
    return [
        f for f in extract_facts(Document("s", text, PUBLISHED)) if isinstance(f, AgreementFact)
    ]


def facts(text: str) -> list[tuple[tuple[str, ...], str]]:
    return sorted((f.parties, f.stage.value) for f in agreements(text))


POSITIVES = [
    (  # wire: generic subject "Officials"
        "Turkmenistan and Iran agree on gas swap\n\nTurkmenistan and Iran held talks in "
        "Ashgabat on Tuesday.\n\nOfficials also signed a protocol on customs cooperation.",
        ("IRN", "TKM"),
    ),
    (  # passive with the delegations as agent
        "The EU and Tajikistan held their cooperation council in Brussels on Monday.\n\n"
        "A memorandum of understanding on critical raw materials was signed by the "
        "delegations.",
        ("EU", "TJK"),
    ),
    (  # press release: passive without agent
        "Georgia and Armenia discuss transit\n\nThe prime ministers of Georgia and Armenia "
        "met in Tbilisi.\n\nA protocol on cross-border rail traffic was signed at the end "
        "of the meeting.",
        ("ARM", "GEO"),
    ),
    (  # agency English: "the sides"
        "TASHKENT, 3 June (UzA) — Uzbekistan and Kazakhstan discussed water use in the "
        "Syr Darya basin.\n\nThe sides signed a memorandum on joint water monitoring.",
        ("KAZ", "UZB"),
    ),
    (  # "the two ministers"
        "Mongolian Foreign Minister met his Kyrgyz counterpart\n\nMongolia and Kyrgyzstan "
        "reviewed trade in Bishkek.\n\nThe two ministers signed a protocol on consular "
        "matters.",
        ("KGZ", "MNG"),
    ),
    (  # "the governments" initialled
        "Azerbaijan and Uzbekistan held a round of consultations in Baku.\n\nThe "
        "governments initialled an agreement on road transport.",
        ("AZE", "UZB"),
    ),
    (  # "the delegations" active
        "Pakistan and Turkmenistan held an intergovernmental commission in Islamabad.\n\n"
        "The delegations signed a memorandum on textile trade.",
        ("PAK", "TKM"),
    ),
    (  # the pair from the headline and lead, the previous paragraph has no actor
        "Kyrgyzstan and Tajikistan settle border\n\nKyrgyzstan and Tajikistan finished the "
        "demarcation talks.\n\nThe work took three years.\n\nA protocol on the border "
        "regime was signed on Friday.",
        ("KGZ", "TJK"),
    ),
    (  # Q&A outlet
        "Q: What came of the visit of the Turkish minister to Astana?\n\nA: Kazakhstan and "
        "Turkey reviewed their trade.\n\nOfficials then signed a memorandum on logistics.",
        ("KAZ", "TUR"),
    ),
    (  # organisation and state
        "The Asian Development Bank and Uzbekistan discussed new loans in Tashkent.\n\n"
        "Representatives signed a memorandum on rural roads.",
        ("ADB", "UZB"),
    ),
    (  # deputy ministers
        "Deputy foreign ministers of Azerbaijan and Kazakhstan held consultations.\n\n"
        "The deputy ministers signed a programme of cooperation for 2026-2027.",
        ("AZE", "KAZ"),
    ),
    (  # ratified, passive, no agent
        "Georgia and Azerbaijan discuss energy\n\nGeorgia and Azerbaijan reviewed the "
        "pipeline.\n\nThe protocol on gas transit was ratified in May.",
        ("AZE", "GEO"),
    ),
    (  # one of the pair named in the sentence
        "Uzbekistan and Turkmenistan held talks in Tashkent.\n\nThe Uzbek side said a "
        "memorandum on railway tariffs was signed.",
        ("TKM", "UZB"),
    ),
    (  # "both sides"
        "Kazakhstan and China held a meeting of their business council in Astana.\n\nBoth "
        "sides signed a memorandum on grain exports.",
        ("CHN", "KAZ"),
    ),
    (  # foreign ministers
        "Tajikistan and Iran agree to boost ties\n\nTajikistan and Iran reviewed ties in "
        "Dushanbe.\n\nThe foreign ministers signed a protocol on consular cooperation.",
        ("IRN", "TJK"),
    ),
    (  # negotiators concluded
        "Uzbekistan and the EU held a round of talks in Brussels.\n\nNegotiators concluded "
        "an agreement on civil aviation.",
        ("EU", "UZB"),
    ),
    (  # passive with "at the talks"
        "Turkmenistan and Azerbaijan held talks in Ashgabat.\n\nA memorandum on cargo "
        "transit across the Caspian was signed at the talks.",
        ("AZE", "TKM"),
    ),
    (  # agency style, capital as state
        "BAKU (AZERTAC) — Baku and Tashkent reviewed cooperation.\n\nA protocol on "
        "veterinary inspection was signed after the meeting.",
        ("AZE", "UZB"),
    ),
    (  # "later" + officials
        "Kyrgyzstan and Uzbekistan met in Osh.\n\nLater, officials signed a protocol on "
        "water releases.",
        ("KGZ", "UZB"),
    ),
    (  # leaders signed
        "The presidents of Kazakhstan and Azerbaijan met in Astana.\n\nThe leaders then "
        "signed a protocol on the Middle Corridor.",
        ("AZE", "KAZ"),
    ),
    (  # ministries
        "Mongolia and Kazakhstan discussed livestock trade.\n\nThe ministries signed a "
        "memorandum on veterinary certificates.",
        ("KAZ", "MNG"),
    ),
    (  # passive after a time clause
        "Armenia and Iran reviewed cargo flows in Yerevan.\n\nFollowing the talks, an "
        "agreement on air services was signed.",
        ("ARM", "IRN"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), POSITIVES)
def test_story_pair_supplies_the_parties(text: str, pair: tuple[str, ...]) -> None:
    assert pair in [f.parties for f in agreements(text)]


NEGATIVES = [
    # three actors compete
    "Kazakhstan, Uzbekistan and Russia held talks.\n\nOfficials signed a protocol on transit.",
    # the pair changes within the paragraph
    "Kazakhstan and Uzbekistan held talks. Separately, Russia and Belarus discussed "
    "fuel.\n\nOfficials signed a protocol on transit.",
    # the pair changes between paragraphs: the previous paragraph names another pair
    "Kazakhstan and Uzbekistan held talks in Samarkand.\n\nRussia and China also met "
    "there. Officials signed a protocol on transit.",
    # companies
    "KazMunayGas and Shell held talks in Astana.\n\nOfficials signed a memorandum on a refinery.",
    # hedged
    "Kazakhstan and Uzbekistan held talks.\n\nOfficials may sign a protocol on transit.",
    # future
    "Kazakhstan and Uzbekistan held talks.\n\nA protocol on transit will be signed next month.",
    # negated
    "Kazakhstan and Uzbekistan held talks.\n\nNo protocol on transit was signed.",
    # a similar instrument of others
    "Kazakhstan and Uzbekistan held talks.\n\nA similar protocol was signed by other "
    "countries last year.",
    # a named agent outside the pair
    "Kazakhstan and Uzbekistan held talks.\n\nA protocol on transit was signed by Turkmenistan.",
    # a named subject
    "Kazakhstan and Uzbekistan held talks.\n\nSamsung signed a memorandum on phones.",
    # no actor at all before
    "Talks were held in the capital.\n\nOfficials signed a protocol on transit.",
    # proposed only
    "Kazakhstan and Uzbekistan held talks.\n\nOfficials proposed a protocol on transit.",
    # a demonym subject: that state signs, its partner is not said (an accession)
    "Norway and the EU reviewed fisheries quotas.\n\nNorwegian ministers signed the "
    "accession protocol to the trade pact in Geneva.",
    # another story's instrument
    "Kazakhstan and Uzbekistan held talks.\n\nMeanwhile, a memorandum on gas was signed in Baku.",
    # a summit's host and its organisation are no pair
    "Mongolia hosts OTS meeting\n\nThe OTS meeting opened in Ulaanbaatar, Mongolia.\n\n"
    "Officials signed a protocol on customs.",
    # the signers are more than the pair
    "Kazakhstan and Uzbekistan met on the sidelines of the summit.\n\nLeaders of the member "
    "states signed a declaration on water.",
    "Kazakhstan and Uzbekistan met on the sidelines of the forum.\n\nAll participants "
    "signed a declaration on water.",
    # a company named as partner
    "Kazakhstan and Azerbaijan held talks.\n\nOfficials signed a contract with Boeing for ten "
    "aircraft.",
    # officials of a third country
    "Kazakhstan and Azerbaijan held talks.\n\nJapanese officials signed a memorandum on tourism.",
    "Kazakhstan and Azerbaijan held talks.\n\nOfficials from Turkey signed a memorandum on "
    "tourism.",
    # companies as subject
    "Kazakhstan and Uzbekistan held talks.\n\nPrivate companies signed a memorandum on textiles.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_story_pair(text: str) -> None:
    assert all(len(f.parties) != 2 for f in agreements(text)), facts(text)

"""Plural pronouns and meeting participants as references: "They signed ...", "The two
later inked ...", "the leaders adopted ...", "the summit participants approved ...".

They resolve only when the sentence before names its subject one by one (states or
office-holders) and nothing else plural there could be meant, or when the meeting's
participants are named explicitly (a list, or an organisation's summit)."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_doc, extract_facts
from caspian.extract.base import get_ext
from caspian.facts import AgreementFact

ON = date(2025, 6, 1)
C5 = ("KAZ", "KGZ", "TJK", "TKM", "UZB")


def resolved(text: str, reference: str, *, on: date = ON) -> tuple[str, ...]:
    """The actors the first occurrence of `reference` in `text` resolves to."""
    doc = extract_doc(Document("p", text, on))
    start = text.index(reference)
    return tuple(
        sorted(
            m.actor_id for m in get_ext(doc, "actors") if m.via == "reference" and m.start == start
        )
    )


def parties(text: str, *, on: date = ON) -> list[tuple[str, ...]]:
    facts = extract_facts(Document("p", text, on))
    return sorted(f.parties for f in facts if isinstance(f, AgreementFact))


# ------------------------------------------------------------------------ plural pronouns


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "Presidents Tokayev and Mirziyoyev met in Tashkent on Monday. They signed a "
            "treaty on the demarcation of the border.",
            "They",
            ("KAZ", "UZB"),
        ),
        (
            "President Kassym-Jomart Tokayev and President Shavkat Mirziyoyev met in Khiva on "
            "Friday. In a ceremony afterwards they also signed a treaty on allied relations.",
            "they",
            ("KAZ", "UZB"),
        ),
        (
            "Azerbaijan and Georgia met in Tbilisi on Monday. The two later inked a memorandum "
            "of understanding on rail transit.",
            "The two",
            ("AZE", "GEO"),
        ),
        (
            "BAKU, March 4 (Reuters) - Armenia and Azerbaijan met on the border on Tuesday. "
            "They agreed to exchange maps of the disputed stretch.",
            "They",
            ("ARM", "AZE"),
        ),
        (
            "Kazakhstan, Kyrgyzstan and Uzbekistan gathered in Bishkek on Thursday.\n\n"
            "On Friday, they jointly adopted a declaration on water sharing.",
            "they",
            ("KAZ", "KGZ", "UZB"),
        ),
        (
            "The leaders of Turkmenistan and Uzbekistan met in Ashgabat on Wednesday. They "
            "have since signed a roadmap for trade.",
            "They",
            ("TKM", "UZB"),
        ),
        (
            "On Monday, Presidents Tokayev and Japarov met in Bishkek. They signed a treaty "
            "on the state border.",
            "They",
            ("KAZ", "KGZ"),
        ),
        (
            # "talks" is no one "they" could mean
            "Kazakhstan and Uzbekistan held talks in Tashkent. They agreed to meet again in "
            "the autumn.",
            "They",
            ("KAZ", "UZB"),
        ),
        (
            # "the talks" in the adverbial is no one "they" could mean
            "During the talks, Presidents Tokayev and Japarov met in Bishkek. They signed a "
            "treaty on the state border.",
            "They",
            ("KAZ", "KGZ"),
        ),
        (
            # a state and an organisation
            "Armenia and the EU held talks in Brussels. They signed a memorandum.",
            "They",
            ("ARM", "EU"),
        ),
        (
            # the subject of the sentence before is itself a resolved reference
            "Mali, Burkina Faso and Niger left ECOWAS on Wednesday. The three governments have "
            "instead turned to one another. In September 2023 they signed a mutual defence "
            "charter.",
            "they",
            ("BFA", "MLI", "NER"),
        ),
    ],
)
def test_pronoun_subject_resolves_to_the_coordinated_subject_before(
    text: str, reference: str, expected: tuple[str, ...]
) -> None:
    assert resolved(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        # no states named: nothing to resolve to
        (
            "Officials from both ministries met in Baku. They discussed a memorandum of "
            "understanding on rail transit.",
            "They",
        ),
        # officials, companies, investors: other plural nouns are the antecedent
        ("Kazakh and Uzbek officials met in Tashkent. They signed a memorandum on water.", "They"),
        (
            "Kazakhstan and Uzbekistan's state energy companies met in Tashkent. They signed a "
            "memorandum on gas supplies.",
            "They",
        ),
        (
            "Kazakhstan and Uzbekistan courted foreign investors in London on Monday. They "
            "signed a memorandum on a new fund.",
            "They",
        ),
        # a third state named in the sentence before
        (
            "Kazakhstan and Uzbekistan met with China in Beijing. They signed a memorandum on "
            "transit.",
            "They",
        ),
        # a plural noun in the time adverbial before the subject
        (
            "During a meeting with investors, Presidents Tokayev and Japarov met in Bishkek. "
            "They signed a treaty on the state border.",
            "They",
        ),
        # a single state: "they" is someone else
        (
            "Kazakhstan hosted a forum in Astana on Monday. They signed a memorandum on transit.",
            "They",
        ),
        # the pronoun is not the subject of the sentence
        (
            "Presidents Tokayev and Mirziyoyev met in Tashkent on Monday. Officials said they "
            "signed a treaty on water.",
            "they",
        ),
        # the antecedent is two sentences back, not the sentence before
        (
            "Presidents Tokayev and Mirziyoyev met in Tashkent on Monday. The weather was "
            "warm. They signed a treaty on water.",
            "They",
        ),
        # "the two" needs exactly two states
        (
            "Kazakhstan, Kyrgyzstan and Uzbekistan met in Bishkek on Thursday. The two later "
            "signed a memorandum on water.",
            "The two",
        ),
        # a subordinate clause before the pronoun can bring its own plural antecedent
        (
            "Presidents Tokayev and Mirziyoyev met in Tashkent on Monday. After the investors "
            "left, they signed a memorandum.",
            "they",
        ),
    ],
)
def test_pronoun_without_a_clear_antecedent_resolves_to_nothing(text: str, reference: str) -> None:
    assert resolved(text, reference) == ()


def test_pronoun_subject_gives_the_agreement_its_parties() -> None:
    text = (
        "Presidents Ilham Aliyev and Recep Tayyip Erdogan met in Nakhchivan on Monday. "
        "They later signed a memorandum of understanding on a gas pipeline."
    )
    assert parties(text) == [("AZE", "TUR")]


# --------------------------------------------------------------------- meeting participants


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan "
            "gathered in Astana on Friday. The leaders adopted a joint declaration on regional "
            "security.",
            "The leaders adopted",
            C5,
        ),
        (
            "The presidents of Tajikistan, Kyrgyzstan and Uzbekistan met in Khujand on Monday. "
            "The summit participants approved a declaration on eternal friendship.",
            "The summit participants",
            ("KGZ", "TJK", "UZB"),
        ),
        (
            "Leaders gathered in Tianjin on Monday for the SCO summit. Security was tight. The "
            "heads of state adopted the Tianjin Declaration.",
            "The heads of state",
            ("BLR", "CHN", "IND", "IRN", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"),
        ),
        (
            "Presidents Aliyev and Pashinyan met in Abu Dhabi on Friday. After hours of talks, "
            "the leaders signed a joint statement.",
            "the leaders",
            ("ARM", "AZE"),
        ),
        (
            "The heads of state of Armenia, Azerbaijan and Georgia met in Tbilisi. The "
            "participants of the meeting signed a memorandum on rail links.",
            "The participants",
            ("ARM", "AZE", "GEO"),
        ),
        (
            "Earlier this month, the leaders of Kazakhstan and Kyrgyzstan met in Bishkek. The "
            "leaders signed a treaty on water.",
            "The leaders signed",
            ("KAZ", "KGZ"),
        ),
    ],
)
def test_meeting_participants_resolve_to_the_set_named(
    text: str, reference: str, expected: tuple[str, ...]
) -> None:
    assert resolved(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        # a C5+1 format: who the "+1" is, the registry does not say
        (
            "Biden hosted the C5+1 summit in New York on Tuesday. The leaders signed a joint "
            "declaration on critical minerals.",
            "The leaders",
        ),
        # two sets named: the pair and the organisation's members
        (
            "Putin and Xi met at the SCO summit in Tianjin. The leaders signed a joint statement.",
            "The leaders",
        ),
        # a state outside the pair is named
        (
            "Presidents Aliyev and Pashinyan met in Washington on Friday with Trump. The leaders "
            "initialled a peace agreement.",
            "The leaders",
        ),
        # no meeting set at all
        (
            "The summit in Samarkand drew wide coverage. The leaders adopted a declaration.",
            "The leaders",
        ),
        # a sentence naming another state comes between
        (
            "Presidents Tokayev and Mirziyoyev met in Tashkent on Monday. Russia welcomed the "
            "meeting. The leaders signed a treaty on water.",
            "The leaders",
        ),
        # partitive: only some of the participants
        (
            "The leaders of Kazakhstan, Kyrgyzstan and Uzbekistan met in Bishkek. One of the "
            "leaders signed a memorandum on energy.",
            "the leaders",
        ),
        # business leaders are not the heads of state
        (
            "Kazakhstan and Uzbekistan met in Tashkent. The business leaders signed a "
            "memorandum on trade.",
            "The business leaders",
        ),
    ],
)
def test_meeting_participants_without_an_explicit_set_resolve_to_nothing(
    text: str, reference: str
) -> None:
    assert resolved(text, reference) == ()


def test_summit_participants_give_the_declaration_its_parties() -> None:
    text = (
        "The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan "
        "gathered in Astana on Friday for their consultative meeting. The leaders signed a "
        "joint declaration on regional security."
    )
    assert parties(text) == [C5]

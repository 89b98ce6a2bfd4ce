"""Agreement facts by structural kinds of news phrasing (round 5): a stage verb whose own
clause has a subject naming no actor ("and several other states have since signed their
own"). Each kind has paraphrases in several outlets' styles (wire, agency, press
release, business daily, analysis) and negatives. Every sentence was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 10)

Key = tuple[tuple[str, ...], str, str]


def agreements(text: str) -> list[AgreementFact]:
    facts = extract_facts(Document("h4", text, PUBLISHED))
    return [f for f in facts if isinstance(f, AgreementFact)]


def keys(text: str) -> list[Key]:
    return sorted((f.parties, f.instrument.value, f.stage.value) for f in agreements(text))


# --- 1. a clause whose subject names no actor borrows no parties -------------------------


@pytest.mark.parametrize(
    "text",
    [
        # wire
        "Kazakhstan and Uzbekistan signed an agreement on water sharing in March, and other"
        " countries in the region later signed similar agreements.",
        # agency, non-native English
        "Kazakhstan and Uzbekistan have signed agreement on water sharing in March; a dozen"
        " other governments have since inked comparable accords.",
        # business daily, passive agent
        "Kazakhstan and Uzbekistan signed an agreement on water sharing in March, and similar"
        " agreements were later signed by several other states.",
        # analysis
        "Kazakhstan and Uzbekistan signed an agreement on water sharing in March, while many"
        " of them have signed memorandums with China as well.",
        # press release
        "Kazakhstan and Uzbekistan signed an agreement on water sharing in March, and"
        " numerous neighbouring states have also concluded agreements of their own.",
        # wire, a partner named in the second clause
        "Kazakhstan and Uzbekistan signed an agreement on water sharing in March, while more"
        " than a dozen other nations have inked comparable deals with Japan.",
    ],
)
def test_non_actor_subject_adds_no_fact(text: str) -> None:
    assert keys(text) == [(("KAZ", "UZB"), "cooperation_agreement", "signed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan and Uzbekistan signed an agreement on water sharing in March, and"
            " Kyrgyzstan signed its own agreement with Tajikistan in May.",
            (("KGZ", "TJK"), "cooperation_agreement", "signed"),
        ),
        (
            "Kazakhstan and Uzbekistan signed an agreement on water sharing in March, and the"
            " two countries also signed a memorandum on energy.",
            (("KAZ", "UZB"), "memorandum_of_understanding", "signed"),
        ),
        (
            "Kazakhstan and Uzbekistan signed an agreement on water sharing in March, and both"
            " sides signed a memorandum on energy.",
            (("KAZ", "UZB"), "memorandum_of_understanding", "signed"),
        ),
        (
            "Two other countries, Turkey and Azerbaijan, signed a memorandum on transit in May.",
            (("AZE", "TUR"), "memorandum_of_understanding", "signed"),
        ),
    ],
)
def test_actor_subject_still_signs(text: str, expected: Key) -> None:
    assert expected in keys(text)


# --- 2. a headline's generic instrument that the lead names precisely -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire
            "EU and Serbia sign raw materials pact as lithium mine returns\n\nBELGRADE, June 6"
            " (Wire) - Serbia and the European Union signed a memorandum of understanding on"
            " sustainable raw materials on Friday.",
            [(("EU", "SRB"), "memorandum_of_understanding", "signed")],
        ),
        (  # agency, non-native English
            "Kazakhstan, Japan seal energy deal\n\nAstana, 9 June (Agency) - Kazakhstan and Japan"
            " on Monday have signed memorandum of understanding in field of hydrogen energy,"
            " the ministry informed.",
            [(("JPN", "KAZ"), "memorandum_of_understanding", "signed")],
        ),
        (  # business daily
            "Uzbekistan, Korea ink mining pact amid summit\n\nTASHKENT -- Uzbekistan and South"
            " Korea inked a memorandum of understanding on critical minerals on Monday, the"
            " latest in a string of supply deals for Seoul.",
            [(("KOR", "UZB"), "memorandum_of_understanding", "signed")],
        ),
        (  # press release
            "Georgia and Azerbaijan sign transport agreement\n\nTbilisi, 9 June 2025. The"
            " Government of Georgia and the Government of the Republic of Azerbaijan signed"
            " today a protocol on international road transport.",
            [(("AZE", "GEO"), "other", "signed")],
        ),
    ],
)
def test_headline_generic_instrument_is_the_lead_s(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gazprom and CNPC sign binding memorandum on Power of Siberia 2, Moscow says\n\nBEIJING,"
        " June 10 (Wire) - Russia and China have signed a legally binding memorandum on"
        " building the Power of Siberia 2 gas pipeline across Mongolia, officials said.",
        "Russia, China ink memorandum on gas link\n\nMoscow, 10 June (Agency) - Russian"
        " Federation and China signed memorandum of understanding on construction of the new"
        " gas pipeline.",
    ],
)
def test_headline_repeated_with_another_title(text: str) -> None:
    found = agreements(text)
    assert [(f.parties, f.instrument.value, f.stage.value) for f in found] == [
        (("CHN", "RUS"), "memorandum_of_understanding", "signed")
    ]
    assert found[0].evidence_start and found[0].evidence_start > 0  # the lead's fact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the lead restates nothing: the headline's fact stays
            "Kazakhstan and China sign energy pact\n\nASTANA, June 9 - The two countries have"
            " agreed to expand the supply of gas, officials said.",
            (("CHN", "KAZ"), "cooperation_agreement", "signed"),
        ),
        (  # the body's memorandum is an older one
            "Kazakhstan and China sign energy pact\n\nASTANA, June 9 - Kazakhstan and China"
            " signed a memorandum of understanding on hydrogen in 2019, officials recalled on"
            " Monday.",
            (("CHN", "KAZ"), "cooperation_agreement", "signed"),
        ),
        (  # other topics: other instruments
            "Kazakhstan and Korea sign energy deal\n\nKazakhstan and South Korea signed a"
            " memorandum on education and a memorandum on culture on Monday.",
            (("KAZ", "KOR"), "cooperation_agreement", "signed"),
        ),
        (  # a joint statement is no pact
            "UK and EU seal defence pact at summit\n\nLONDON - The leaders of Britain and the"
            " European Union adopted a joint statement on defence on Monday.",
            (("EU", "GBR"), "cooperation_agreement", "signed"),
        ),
    ],
)
def test_headline_fact_kept_when_not_restated(text: str, expected: Key) -> None:
    assert expected in keys(text)


# --- 3. the talks on an instrument ended: concluded, not negotiating ---------------------


@pytest.mark.parametrize(
    "text",
    [
        # press release
        "Jakarta, 9 June 2025. - The trade ministers of Indonesia and the European Union"
        " announced today the conclusion of the negotiations on a free trade agreement.",
        # wire
        "Indonesia and the EU marked the successful conclusion of talks on a free trade"
        " agreement on Monday, officials said.",
        # agency, non-native English
        "Negotiations on the free trade agreement between Indonesia and EU were concluded on"
        " Monday, informed the ministry.",
        # business daily
        "Talks between Indonesia and the EU on a free trade agreement were successfully"
        " completed on Monday, clearing the way for tariff cuts.",
        # analysis
        "Indonesia and the EU struck a deal in principle on a free trade agreement in June,"
        " after nine years of talks.",
        "The completion of negotiations on a free trade agreement between Indonesia and the EU"
        " was announced on Monday.",
    ],
)
def test_talks_concluded(text: str) -> None:
    assert keys(text) == [(("EU", "IDN"), "trade_agreement", "concluded")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indonesia and the EU hope to announce the conclusion of negotiations on a free"
            " trade agreement later this year.",
            [],
        ),
        (
            "Negotiations on the free trade agreement between Indonesia and the EU are expected"
            " to be concluded next year.",
            [(("EU", "IDN"), "trade_agreement", "negotiating")],
        ),
        (
            "Indonesia and the EU announced the launch of negotiations on a free trade agreement.",
            [(("EU", "IDN"), "trade_agreement", "negotiating")],
        ),
    ],
)
def test_talks_not_concluded(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


# --- 4. "It replaces the 2001 treaty": the old instrument is superseded, the new replaces -


def replacement(text: str) -> tuple[set[Key], set[tuple[str, str | None]]]:
    found = agreements(text)
    superseded = {
        (f.parties, f.instrument.value, f.stage.value)
        for f in found
        if f.stage.value == "superseded"
    }
    newer = {
        (f.instrument.value, f.replaces.value if f.replaces else None)
        for f in found
        if f.stage.value != "superseded"
    }
    return superseded, newer


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (  # analysis
            "Russia and Iran signed the Treaty on Comprehensive Strategic Partnership in Moscow"
            " on Friday. It replaces the 2001 treaty on the basis of mutual relations.",
            (("IRN", "RUS"), "other", "superseded"),
            ("comprehensive_strategic_partnership", "other"),
        ),
        (  # agency
            "Russia and Iran have signed new treaty on cooperation on Friday. The document"
            " replaces the 2001 treaty on mutual relations.",
            (("IRN", "RUS"), "other", "superseded"),
            ("other", "other"),
        ),
        (  # press release
            "Armenia and France signed a defence agreement on Monday. The agreement supersedes a"
            " memorandum the two sides signed in 2019.",
            (("ARM", "FRA"), "memorandum_of_understanding", "superseded"),
            ("cooperation_agreement", "memorandum_of_understanding"),
        ),
        (  # wire, one sentence
            "Kazakhstan and Uzbekistan signed a strategic partnership treaty in 2021, replacing"
            " the 1998 treaty of eternal friendship.",
            (("KAZ", "UZB"), "other", "superseded"),
            ("strategic_partnership", "other"),
        ),
    ],
)
def test_replaced_instrument_is_the_old_one(text: str, old: Key, new: tuple[str, str]) -> None:
    superseded, newer = replacement(text)
    assert superseded == {old}
    assert new in newer


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Iran signed a new treaty on cooperation on Friday. The document does not"
        " replace the 2001 treaty on mutual relations.",
        "Russia and Iran signed a new treaty on cooperation on Friday. It will eventually"
        " replace the 2001 treaty on mutual relations.",
        "Russia and Iran signed a new treaty on cooperation on Friday. Officials said it may"
        " replace the 2001 treaty on mutual relations.",
    ],
)
def test_no_replacement_when_negated_or_future(text: str) -> None:
    superseded, newer = replacement(text)
    assert not superseded
    assert newer == {("other", None)}


# --- 5. the participants of a meeting clause are not the signatories --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire: the anaphor's own parties, not the three leaders
            "Gazprom and CNPC have signed a memorandum on the Power of Siberia 2 pipeline,"
            " Russia and China said. Miller said the document was signed after Presidents"
            " Vladimir Putin, Xi Jinping and Ukhnaagiin Khurelsukh held a three-way meeting in"
            " Beijing.",
            [(("CHN", "RUS"), "memorandum_of_understanding", "signed")],
        ),
        (  # business daily
            "Russia and China signed a memorandum on gas on Tuesday. The memorandum was signed"
            " after the leaders of Russia, China and Mongolia met in Beijing.",
            [(("CHN", "RUS"), "memorandum_of_understanding", "signed")],
        ),
        (  # analysis
            "Kazakhstan and Uzbekistan signed an agreement on water when the presidents of"
            " Kazakhstan, Uzbekistan and Kyrgyzstan met in Astana.",
            [(("KAZ", "UZB"), "cooperation_agreement", "signed")],
        ),
        (  # agency, clause first
            "After the presidents of Kazakhstan, Uzbekistan and Kyrgyzstan have met in Astana,"
            " Kazakhstan and Uzbekistan signed agreement on water.",
            [(("KAZ", "UZB"), "cooperation_agreement", "signed")],
        ),
    ],
)
def test_meeting_participants_are_not_signatories(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no one else is named: the meeting's two leaders are the parties
        "An agreement on water was signed after Presidents Tokayev and Mirziyoyev held talks"
        " in Astana.",
        "Ministers signed the agreement on water while Kazakh President Tokayev and his Uzbek"
        " counterpart Mirziyoyev held talks in Astana.",
    ],
)
def test_meeting_participants_when_no_one_else(text: str) -> None:
    assert keys(text) == [(("KAZ", "UZB"), "cooperation_agreement", "signed")]


# --- 6. a relative clause without "that" names the parties and the date -----------------


@pytest.mark.parametrize(
    ("text", "expected", "when"),
    [
        (  # analysis
            "Canberra's offer is modelled on the treaty Australia and Tuvalu signed in November"
            " 2023.",
            (("AUS", "TUV"), "other", "signed"),
            "2023-11",
        ),
        (  # interview, reference to the two
            "Malaysia and Singapore launched the zone on Monday. It follows the memorandum of"
            " understanding the two governments signed in January 2024.",
            (("MYS", "SGP"), "memorandum_of_understanding", "signed"),
            "2024-01",
        ),
        (  # business daily, one signer and its partner
            "The plant is part of the agreement Kazakhstan signed with China in 2022.",
            (("CHN", "KAZ"), "cooperation_agreement", "signed"),
            "2022",
        ),
        (  # agency
            "New deal is expanding the accord Japan and Vietnam have inked in 2019, said the"
            " ministry.",
            (("JPN", "VNM"), "cooperation_agreement", "signed"),
            "2019",
        ),
        (  # wire, an office holder as signer
            "The plant is part of the deal President Tokayev concluded with China in 2022.",
            (("CHN", "KAZ"), "cooperation_agreement", "signed"),
            "2022",
        ),
    ],
)
def test_zero_relative_clause(text: str, expected: Key, when: str) -> None:
    found = [
        f for f in agreements(text) if (f.parties, f.instrument.value, f.stage.value) == expected
    ]
    assert found and found[0].date == when


@pytest.mark.parametrize(
    "text",
    [
        "The treaty Australia and Tuvalu may sign next year would cover migration.",
        "The treaty Australia wants Tuvalu to sign would cover migration.",
        "Officials discussed the agreement Monday and the treaty Australia proposed.",
    ],
)
def test_zero_relative_clause_negatives(text: str) -> None:
    assert keys(text) == []


# --- 7. "It" as the subject: a state before an active verb, an instrument before a stage -


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # analysis
            "Iran joined the Shanghai Cooperation Organisation in 2023. It also signed a free"
            " trade agreement with the Eurasian Economic Union in December 2023.",
            (("EAEU", "IRN"), "trade_agreement", "signed"),
        ),
        (  # agency
            "Uzbekistan has deepened the ties with neighbours. It has signed memorandum on"
            " transit with Kazakhstan in May.",
            (("KAZ", "UZB"), "memorandum_of_understanding", "signed"),
        ),
        (  # business daily, a time adverbial first
            "In March, Georgia opened a new port terminal. It later inked a transport deal with"
            " Azerbaijan.",
            (("AZE", "GEO"), "cooperation_agreement", "signed"),
        ),
    ],
)
def test_it_is_the_state_before(text: str, expected: Key) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan's exports grew last year. It signed a memorandum with China on trade.",
        "Iran and Russia held talks in Moscow. It signed a memorandum with China on trade.",
        "The company reported record profits. It signed a memorandum with China on trade.",
    ],
)
def test_it_is_no_state(text: str) -> None:
    assert keys(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # explainer
            "The Falepili Union is the treaty Australia and Tuvalu signed in November 2023. It"
            " entered into force on 28 August 2024.",
            (("AUS", "TUV"), "other", "in_force"),
        ),
        (  # wire
            "The EU and Kazakhstan signed a memorandum in 2022. It was ratified by the"
            " parliament in 2023.",
            (("EU", "KAZ"), "memorandum_of_understanding", "ratified"),
        ),
        (  # press release
            "The agreement between Kazakhstan and China was signed in 2022. It came into effect"
            " in 2023.",
            (("CHN", "KAZ"), "cooperation_agreement", "in_force"),
        ),
    ],
)
def test_it_is_the_instrument_before(text: str, expected: Key) -> None:
    assert expected in keys(text)


def test_it_takes_the_instrument_s_parties_not_the_sentence_s() -> None:
    text = (
        "A trade pact between India and EFTA took effect on Monday. The"
        " pact links India with Switzerland, Norway, Iceland and Liechtenstein, none of which"
        " belongs to the European Union. It was signed in New Delhi on 10 March 2024."
    )
    signed = [k for k in keys(text) if k[2] == "signed"]
    assert signed == [(("EFTA", "IND"), "trade_agreement", "signed")]
    alone = text.split(". ", 1)[1]  # no earlier fact: not all six actors
    assert [k for k in keys(alone) if k[2] == "signed"] == []


def test_it_with_a_hedge_is_no_fact() -> None:
    text = "The EU and Kazakhstan signed a memorandum in 2022. It has not been ratified yet."
    assert keys(text) == [(("EU", "KAZ"), "memorandum_of_understanding", "signed")]


# --- 8. a capitalised "... Partnership" that a stage verb governs is an instrument -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire
            "LONDON - Britain and the European Union signed a Security and Defence Partnership"
            " on Monday at their first summit since Brexit.",
            (("EU", "GBR"), "other", "signed"),
        ),
        (  # agency
            "Canada and EU have signed Security and Defence Partnership in June, informed the"
            " ministry.",
            (("CAN", "EU"), "other", "signed"),
        ),
        (  # press release
            "Today the United Kingdom and Norway adopted a Green Industrial Partnership.",
            (("GBR", "NOR"), "other", "signed"),
        ),
        (  # a relationship in the title keeps its kind
            "Kazakhstan and the EU signed a Strategic Partnership on Raw Materials in Brussels.",
            (("EU", "KAZ"), "strategic_partnership", "signed"),
        ),
    ],
)
def test_signed_partnership_title(text: str, expected: Key) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Britain and the European Union discussed a Security and Defence Partnership on Monday.",
        "Britain and the European Union may sign a Security and Defence Partnership next year.",
        "Britain and the European Union praised their partnership on Monday.",
    ],
)
def test_partnership_title_without_a_stage(text: str) -> None:
    assert all(k[2] != "signed" for k in keys(text))


# --- listed instruments: a modifier the noun phrase missed does not break the list -------


def test_second_listed_instrument_with_a_modifier() -> None:
    text = "The UK and the EU signed a defence pact and a fishing deal on Monday."
    assert len(agreements(text)) == 2
    negative = "The UK and the EU signed a defence pact and rejected a fishing deal on Monday."
    assert len(agreements(negative)) == 1


def test_each_lead_fact_restates_one_headline_instrument() -> None:
    text = (
        "UK and EU seal defence pact and energy agreement at summit\n\nLONDON - Britain and the"
        " European Union signed a Security and Defence Partnership on Monday."
    )
    assert sorted(k[1] for k in keys(text)) == ["cooperation_agreement", "other"]


# --- 9. "witnessed the signing of an agreement on X and an agreement on Y": one fact each -


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (  # digest: each leader named in a sentence of his own
            "KAZAKHSTAN. Recep Tayyip Erdogan spent Monday in Astana. Kazakhstan gave him a warm"
            " welcome. The two presidents witnessed the signing of an agreement on the supply of"
            " Turkish machinery to Kazakhstan and an agreement on the design of a new plant.",
            ("KAZ", "TUR"),
        ),
        (  # wire
            "Putin and Khurelsukh held talks in Ulaanbaatar on Tuesday. The two presidents"
            " witnessed the signing of an agreement on the supply of Russian petroleum products"
            " to Mongolia as well as an agreement on the design of a power plant.",
            ("MNG", "RUS"),
        ),
        (  # agency
            "Shehbaz Sharif arrived to Tashkent on Monday. Uzbekistan hosted him for two days."
            " The two leaders oversaw the signing of agreement on supply of Pakistani textiles"
            " to Uzbek factories and agreement on energy.",
            ("PAK", "UZB"),
        ),
    ],
)
def test_two_listed_agreements_after_a_phrase(text: str, pair: tuple[str, str]) -> None:
    assert keys(text) == [(pair, "cooperation_agreement", "signed")] * 2


@pytest.mark.parametrize(
    "text",
    [
        # the second noun phrase is the object of another verb
        "Kazakhstan and China signed an agreement on gas supplies to Europe and rejected a"
        " memorandum on rail transit.",
        # no one named before "the two presidents"
        "The two presidents witnessed the signing of an agreement on oil supplies to Mongolia"
        " and an agreement on the design of a power plant.",
    ],
)
def test_listed_agreements_negatives(text: str) -> None:
    assert len(agreements(text)) <= 1


# --- a named agreement that names no sector is an instrument of its own kind ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan and the Philippines signed a Reciprocal Access Agreement in Manila on Monday.",
            (("JPN", "PHL"), "other", "signed"),
        ),
        (
            "Mexico and the EU announced the conclusion of negotiations on the Modernised Global"
            " Agreement.",
            (("EU", "MEX"), "other", "concluded"),
        ),
        (
            "India and Australia concluded a Comprehensive Economic Cooperation Agreement last"
            " year.",
            (("AUS", "IND"), "trade_agreement", "signed"),
        ),
        (  # a sector or "cooperation" in the name: sectoral
            "Japan and Vietnam signed a Digital Economy Partnership Agreement.",
            (("JPN", "VNM"), "cooperation_agreement", "signed"),
        ),
        (
            "Japan and Vietnam signed a Defence Cooperation Agreement.",
            (("JPN", "VNM"), "cooperation_agreement", "signed"),
        ),
        (  # no name: a bare agreement stays sectoral
            "Japan and Vietnam signed an agreement in Hanoi on Monday.",
            (("JPN", "VNM"), "cooperation_agreement", "signed"),
        ),
    ],
)
def test_named_agreement_kind(text: str, expected: Key) -> None:
    assert keys(text) == [expected]


# --- a city an instrument is named for is where it was made, no party -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # agency
            "ANKARA (Agency) – Ethiopia and Somalia have agreed to work together under the Ankara"
            " Declaration, which was announced late Wednesday.",
            (("ETH", "SOM"), "joint_declaration", "signed"),
        ),
        (  # wire
            "Armenia and Azerbaijan signed the Tashkent Declaration on Friday.",
            (("ARM", "AZE"), "joint_declaration", "signed"),
        ),
        (  # the city's state is named as a party too
            "Leaders of Turkey, Azerbaijan and Georgia adopted the Baku Declaration.",
            (("AZE", "GEO", "TUR"), "joint_declaration", "signed"),
        ),
    ],
)
def test_city_in_an_instrument_name(text: str, expected: Key) -> None:
    assert keys(text) == [expected]


def test_a_subordinate_clause_is_no_part_of_the_instrument_s_topic() -> None:
    found = agreements(
        "Russia and China signed a memorandum on gas as the leaders of Russia, China and"
        " Mongolia gathered in Beijing."
    )
    assert [f.title for f in found] == ["memorandum on gas"]
    found = agreements(
        "Kazakhstan and Uzbekistan signed a memorandum on water when the presidents met."
    )
    assert [f.title for f in found] == ["memorandum on water"]

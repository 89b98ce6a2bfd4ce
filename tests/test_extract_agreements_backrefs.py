"""Agreement facts: a participle that belongs to the instrument before it, "the interim
arrangement" / "the earlier deal" pointing back at a replaced instrument, legal titles
("Agreement Establishing ..."), and a bloc standing for its member states when they sign
an instrument the bloc is party to. Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.extract.instruments import find_instruments
from caspian.facts import AgreementFact

PUBLISHED = date(2025, 6, 10)

Key = tuple[tuple[str, ...], str, str]


def agreements(text: str) -> list[AgreementFact]:
    facts = extract_facts(Document("n", text, PUBLISHED))
    return [f for f in facts if isinstance(f, AgreementFact)]


def keys(text: str) -> set[Key]:
    return {(f.parties, f.instrument.value, f.stage.value) for f in agreements(text)}


def dated(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.instrument.value, f.stage.value, f.date) for f in agreements(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia and Iran agreed to activate a security cooperation agreement signed in"
        " 2001 and an older accord on trade, economy and investment.",
        "Armenia and Greece honoured a defence pact signed in 2019 and a treaty on trade.",
        "Turkey and Azerbaijan discussed an energy deal ratified in 2012 and a memorandum on"
        " transport.",
    ],
)
def test_a_participle_after_an_instrument_is_not_an_active_verb_for_the_next(text: str) -> None:
    facts = agreements(text)
    assert len(facts) == 1, facts  # only the instrument the participle follows
    assert facts[0].rule is not None and "passive" in facts[0].rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia and Greece signed a defence pact and a treaty on trade in 2019.",
            {
                (("ARM", "GRC"), "cooperation_agreement", "signed"),
                (("ARM", "GRC"), "other", "signed"),
            },
        ),
        (
            "Georgia and Turkey signed a transit agreement, a memorandum on energy and a"
            " protocol on customs.",
            {
                (("GEO", "TUR"), "transit_arrangement", "signed"),
                (("GEO", "TUR"), "memorandum_of_understanding", "signed"),
                (("GEO", "TUR"), "other", "signed"),
            },
        ),
    ],
)
def test_an_active_verb_still_governs_a_list_of_instruments(text: str, expected: set[Key]) -> None:
    assert keys(text) >= expected


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "The new treaty replaces the Interim Agreement on Free Trade between Iran and the"
            " Eurasian Economic Union, which was signed in 2018. The interim arrangement took"
            " effect in October 2019.",
            "2019-10",
        ),
        (
            "Kazakhstan and Uzbekistan signed a free trade agreement in May, replacing a"
            " 2011 trade agreement between them. The earlier deal entered into force in 2012.",
            "2012",
        ),
        (
            "Kazakhstan and Uzbekistan signed a free trade agreement in May, replacing a"
            " 2011 trade agreement between them. The previous agreement took effect in 2012.",
            "2012",
        ),
    ],
)
def test_the_interim_or_earlier_instrument_points_back_at_the_replaced_one(
    text: str, when: str
) -> None:
    in_force = [f for f in agreements(text) if f.stage.value == "in_force"]
    assert [(f.instrument.value, f.date) for f in in_force] == [("trade_agreement", when)]
    assert len(in_force[0].parties) == 2


def test_the_new_agreement_still_points_at_the_new_instrument() -> None:
    text = (
        "Kazakhstan and Uzbekistan signed a free trade agreement in May, replacing a 2011"
        " transit agreement between them. The new agreement entered into force in June."
    )
    in_force = [f for f in agreements(text) if f.stage.value == "in_force"]
    assert [f.instrument.value for f in in_force] == ["trade_agreement"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Kenya ratified the Agreement Establishing the African Continental Free Trade Area"
            " in 2018.",
            "Agreement Establishing the African Continental Free Trade Area",
        ),
        (
            "The document replaces the Interim Agreement Leading to Formation of a Free Trade"
            " Area, which was signed in 2018.",
            "Interim Agreement Leading to Formation of a Free Trade Area",
        ),
        (
            "Both sides ratified the Treaty Concerning the Permanent Neutrality of the Canal.",
            "Treaty Concerning the Permanent Neutrality of the Canal",
        ),
    ],
)
def test_a_legal_title_with_a_verb_after_its_head(sentence: str, title: str) -> None:
    titles = [m.title for m in find_instruments(sentence, 0, len(sentence))]
    assert title in titles


def test_two_titles_joined_by_and_a_stay_two() -> None:
    sentence = (
        "Malaysia now has the Double Taxation Treaty and a Digital Economy Partnership"
        " Agreement with the Emirates in force."
    )
    titles = [m.title for m in find_instruments(sentence, 0, len(sentence))]
    assert titles == [
        "Double Taxation Treaty",
        "Digital Economy Partnership Agreement",
    ]


def test_a_headline_verb_is_no_title() -> None:
    sentence = "Kazakhstan Signs Agreement Allowing Transit of Grain to Iran"
    assert all(
        m.title is None or "Signs" not in m.title
        for m in find_instruments(sentence, 0, len(sentence))
    )


@pytest.mark.parametrize(
    "text",
    [
        "The free trade agreement between Iran and the Eurasian Economic Union entered into"
        " force on Thursday. The agreement was signed in December 2023 by representatives of"
        " Iran and of Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia.",
        "Iran and the EAEU put their free trade agreement into force on Thursday. The"
        " agreement had been signed in December 2023 by Iran, Armenia, Belarus, Kazakhstan,"
        " Kyrgyzstan and Russia.",
    ],
)
def test_member_states_signing_a_bloc_agreement_stand_as_the_bloc(text: str) -> None:
    signed = [f for f in agreements(text) if f.stage.value == "signed"]
    assert [f.parties for f in signed] == [("EAEU", "IRN")]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (  # no bloc named: the signers are the parties
            "Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia signed an agreement on"
            " customs in December.",
            ("ARM", "BLR", "KAZ", "KGZ", "RUS"),
        ),
        (  # only members of the bloc sign: they are all the parties
            "The EAEU summit met in Minsk. The agreement on customs was signed by Armenia,"
            " Belarus and Russia in December.",
            ("ARM", "BLR", "RUS"),
        ),
        (  # one member beside the bloc: no summary
            "The EU and Germany signed an agreement with Kazakhstan in May.",
            ("DEU", "EU", "KAZ"),
        ),
    ],
)
def test_members_without_their_bloc_stay_parties(text: str, parties: tuple[str, ...]) -> None:
    assert parties in {f.parties for f in agreements(text)}


EPA = (
    "NAIROBI - Kenya and the European Union on Monday signed an Economic Partnership"
    " Agreement that grants Kenyan goods duty-free access to the EU market. "
)


@pytest.mark.parametrize(
    "text",
    [
        EPA + "Kenya signed an earlier agreement between the EU and the East African Community"
        " in 2016, but it never took effect.",
        EPA + "Kenya had signed a previous agreement between the European Union and the EAC in"
        " 2016; most of its neighbours never did.",
        EPA + "The accord rescues a regional deal. Back in 2016 Kenya signed an earlier"
        " agreement between the EU and the East African Community.",
    ],
)
def test_a_member_signing_its_blocs_earlier_agreement(text: str) -> None:
    signed = {(f.parties, f.instrument.value, f.date) for f in agreements(text)}
    assert (("EU", "KEN"), "trade_agreement", "2016") in signed
    assert any(f[2] != "2016" for f in signed if f[0] == ("EU", "KEN"))  # both instruments


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (  # the signer is no member of either party: the parties named stay
            "China signed an agreement between the EU and the East African Community in 2016.",
            ("EAC", "EU"),
        ),
        (  # the agreement was signed by others: no signer in the clause
            "Kenya welcomed the agreement between the EU and the East African Community, which"
            " was signed in 2016.",
            ("EAC", "EU"),
        ),
    ],
)
def test_no_member_signer(text: str, parties: tuple[str, ...]) -> None:
    assert parties in {f.parties for f in agreements(text)}
    assert ("EU", "KEN") not in {f.parties for f in agreements(text)}


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Turkey signed a transit agreement with Azerbaijan and Georgia in 2016.", "2016"),
        (
            "Turkey signed a railway agreement with Azerbaijan, Georgia and Kazakhstan on"
            " 6 June 2024.",
            "2024-06-06",
        ),
    ],
)
def test_the_date_after_the_partners(text: str, when: str) -> None:
    assert when in {f.date for f in agreements(text)}


def test_a_date_in_another_clause_after_the_partners_is_not_taken() -> None:
    text = "Turkey signed a transit agreement with Azerbaijan, which Georgia joined in 2016."
    assert "2016" not in {f.date for f in agreements(text) if f.stage.value == "signed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In December 2021 Uzbekistan and Kazakhstan signed a treaty on allied relations, and"
            " in April 2024 a similar treaty was signed by Uzbekistan and Tajikistan.",
            {("KAZ", "UZB"): "2021-12", ("TJK", "UZB"): "2024-04"},
        ),
        (
            "In May 2019 Georgia and Turkey signed a transit agreement, and in June 2020 Georgia"
            " and Azerbaijan signed another.",
            {("GEO", "TUR"): "2019-05"},
        ),
    ],
)
def test_a_date_in_the_next_coordinated_clause_is_not_taken(
    text: str, expected: dict[tuple[str, ...], str]
) -> None:
    found = {f.parties: f.date for f in agreements(text) if f.stage.value == "signed"}
    for parties, when in expected.items():
        assert found.get(parties) == when


def test_a_format_is_no_bloc_that_stands_for_its_members() -> None:
    text = (
        "The C5 and the United States met in New York. The declaration was signed by"
        " Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and the United States."
    )
    parties = {f.parties for f in agreements(text) if f.stage.value == "signed"}
    assert ("KAZ", "KGZ", "TJK", "TKM", "USA", "UZB") in parties

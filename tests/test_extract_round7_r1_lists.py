"""Round 7 (r1): lists of instruments under a header. Sentences written for these tests:

- adverbs between the auxiliary and the verb of a header ("were then signed and
  exchanged:", "were later signed by A and B:");
- a definite plural as the header ("ratified, in three readings, the agreements with
  Tajikistan that the two presidents signed ... on 13 March: the Agreement on ..., the
  Agreement on ..., and the Agreement on ..."): one fact per item, a formal name with its
  words to the item's end as its title, and the relative clause's stage and date as a
  second fact per item; the header's own plural noun is no fact;
- numbered ("1."), bulleted ("•", "-") and ";"-separated items.

Negatives: a future header ("will sign the following documents:"), a colon followed by
no instrument.
"""

from __future__ import annotations

from datetime import date

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import AgreementFact


def rows(text: str) -> set[tuple[tuple[str, ...], str, str, str | None, str | None]]:
    found = extract_facts(Document("a", text, date(2025, 6, 10)))
    return {
        (f.parties, f.instrument.value, f.stage.value, f.date, f.title)
        for f in found
        if isinstance(f, AgreementFact)
    }


def test_definite_plural_header_lists_each_item_at_both_stages() -> None:
    text = (
        "The Kyrgyz parliament on Tuesday ratified, in two readings, the agreements with "
        "Tajikistan that the two presidents signed in Dushanbe on 2 May: the Treaty on the "
        "Kyrgyz-Tajik State Border, the Agreement on the use of roads and the arrangement "
        "of crossings, and the Agreement on water management facilities."
    )
    found = rows(text)
    titles = {
        "Treaty on the Kyrgyz-Tajik State Border",
        "Agreement on the use of roads and the arrangement of crossings",
        "Agreement on water management facilities",
    }
    assert {t for (_p, _i, s, _d, t) in found if s == "ratified"} == titles
    assert {(t, d) for (_p, _i, s, d, t) in found if s == "signed"} == {
        (t, "2025-05-02") for t in titles
    }
    assert all(p == ("KGZ", "TJK") for (p, *_rest) in found)
    assert len(found) == 6  # the header's "the agreements" is no seventh fact


def test_two_treaties_header() -> None:
    text = (
        "The Georgian parliament on Tuesday ratified the two treaties with Armenia: the "
        "treaty on the state border and an agreement on road transport."
    )
    assert {(p, i, s) for (p, i, s, _d, _t) in rows(text)} == {
        (("ARM", "GEO"), "other", "ratified"),
        (("ARM", "GEO"), "cooperation_agreement", "ratified"),
    }


def test_header_with_adverb_and_bullets() -> None:
    text = (
        "In the presence of the presidents of Uzbekistan and Turkmenistan, the following "
        "documents were then signed and exchanged:\n\n"
        "- an Agreement on cooperation in healthcare and medical science;\n"
        "- a Programme of cooperation in the sphere of culture for 2026-2027;\n"
        "- a Memorandum on cooperation in the supply of railway wagons;\n"
        "- a Roadmap for cooperation in forestry for 2026-2030.\n"
    )
    found = rows(text)
    assert {(p, i, s) for (p, i, s, _d, _t) in found} == {
        (("TKM", "UZB"), "cooperation_agreement", "signed"),
        (("TKM", "UZB"), "other", "signed"),
        (("TKM", "UZB"), "memorandum_of_understanding", "signed"),
    }
    assert len(found) == 4


def test_numbered_and_bulleted_items() -> None:
    numbered = (
        "After the talks, Kazakhstan and Hungary signed the following documents:\n"
        "1. An agreement on cooperation in the field of education;\n"
        "2. A memorandum of understanding on nuclear energy;\n"
        "3. A roadmap for trade cooperation for 2025-2027.\n"
    )
    assert len(rows(numbered)) == 3
    bulleted = (
        "Following the negotiations in Baku, the sides exchanged the following documents:\n\n"
        "• Agreement on air services between Azerbaijan and Slovakia\n"
        "• Memorandum on cooperation in tourism\n"
        "• Programme of cultural cooperation for 2025-2028\n"
    )
    assert {p for (p, *_rest) in rows(bulleted)} == {("AZE", "SVK")}
    assert len(rows(bulleted)) == 3


def test_semicolon_items_after_adverb() -> None:
    text = (
        "Several documents were later signed by Armenia and India: an agreement on defence "
        "cooperation; a memorandum on pharmaceuticals; and a protocol on consultations."
    )
    assert {(i, s) for (_p, i, s, _d, _t) in rows(text)} == {
        ("cooperation_agreement", "signed"),
        ("memorandum_of_understanding", "signed"),
        ("other", "signed"),
    }


def test_future_header_and_no_list() -> None:
    assert not rows(
        "The ministers of Kazakhstan and Kyrgyzstan will sign the following documents: an "
        "agreement on water, a memorandum on trade."
    )
    assert {(s, t) for (_p, _i, s, _d, t) in rows(
        "Kazakhstan signed the agreements with Uzbekistan: it said they were important."
    )} == {("signed", None)}


def test_bullet_is_one_instrument() -> None:
    text = (
        "Kazakhstan and Kyrgyzstan signed the following documents:\n"
        "- a Protocol amending the intergovernmental agreement on road transport;\n"
        "- an agreement on customs and a memorandum on veterinary control;\n"
    )
    found = rows(text)
    assert {(i, t) for (_p, i, _s, _d, t) in found} == {
        ("other", "Protocol amending the intergovernmental agreement on road transport"),
        ("cooperation_agreement", "agreement on customs"),
        ("memorandum_of_understanding", "memorandum on veterinary control"),
    }


def test_among_them_after_a_count() -> None:
    text = (
        "President Tokayev received President Orban in Astana on Monday. Twelve documents "
        "were signed during the visit. Among them are an agreement between the ministries of "
        "education on student exchanges, and an agreement between the ministries of energy "
        "on nuclear fuel."
    )
    titles = {t for (_p, _i, s, _d, t) in rows(text) if s == "signed"}
    assert "agreement between the ministries of education on student exchanges" in titles
    assert "agreement between the ministries of energy on nuclear fuel" in titles
    assert {p for (p, *_rest) in rows(text)} == {("HUN", "KAZ")}


def test_they_include_after_a_count_and_future_count() -> None:
    text = (
        "Kazakhstan and Hungary signed ten agreements on Monday. They include an agreement "
        "on education and a roadmap for trade."
    )
    assert ("other", "signed") in {(i, s) for (_p, i, s, _d, _t) in rows(text)}
    assert not rows(
        "Kazakhstan and Hungary will sign ten agreements next week. Among them is a "
        "memorandum on nuclear energy."
    )

"""The shortcuts that make the agreement rules fast change nothing they find: the amounts
of a document are read only where one can be attached to an instrument, and the scans
of a text are kept per thread. Texts written for these tests."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from spacy.tokens import Doc

from caspian.documents import Document
from caspian.extract import extract_doc
from caspian.extract.agreement_details import (
    _BULK_LINK,
    _VALUE_LINK,
    _amounts,
    _bulk,
    _may_have_money,
    _money,
)
from caspian.extract.agreement_scan import (
    _LOCAL,
    HEAD_STEMS,
    cue_starts,
    has_stem,
    trigger_starts,
)
from caspian.extract.agreements import _TRIGGER
from caspian.extract.base import text_of
from caspian.extract.instruments import InstrumentMention, find_instruments
from caspian.extract.money import Quantity
from caspian.facts import Instrument

SENTENCES = [
    "Kazakhstan and China signed a $2 billion energy agreement on Monday.",
    "The two countries inked a deal worth $350 million to build a railway.",
    "Azerbaijan signed a 5 billion euros gas deal with Italy.",
    "Georgia and Armenia signed an accord valued at about 120 million US dollars.",
    "Uzbekistan secured $25 billion in investment agreements during the visit.",
    "Uzbek and Emirati firms signed deals worth over €3bn, officials said.",
    "In 2015, Turkey and Azerbaijan signed a transit agreement.",
    "The 2019 treaty was ratified by 120 deputies in Bishkek.",
    "Russia agreed to supply 5 million tonnes of grain to Egypt under the pact.",
    "Japan and Kazakhstan signed a ¥300 billion  loan agreement in Tokyo.",
    "Iran and Iraq signed a $1,000 million          accord on electricity.",
    "Japan and Kazakhstan signed 20 agreements worth 3 trillion tenge.",
    "Tajikistan and China signed deals, worth $2bn in total, on roads.",
    "A 2.5bn-euro agreement was signed by Greece and Egypt, USD 40 million of it for grids.",
    "Turkmenistan signed a gas deal of 10 bcm a year with Afghanistan and Pakistan.",
    "The leaders signed 14 documents, including a $600m memorandum on power lines.",
]


def _doc(text: str) -> Doc:
    return extract_doc(Document("money-gate", text, date(2025, 3, 14)))


def _ungated_money(doc: Doc, mention: InstrumentMention, sent: tuple[int, int]) -> Quantity | None:
    """What ``_money`` found before it learned to skip the document's amounts."""
    text = text_of(doc)
    for quantity in _amounts(doc, *sent, mention):
        if quantity.usd is None:
            continue
        if (
            quantity.end <= mention.start
            and len(text[quantity.end : mention.start].strip()) <= 12
            and "," not in text[quantity.end : mention.start]
        ):
            return quantity
        if quantity.start >= mention.end and _VALUE_LINK.match(text[mention.end : quantity.start]):
            return quantity
    return None


def _ungated_bulk(doc: Doc, mention: InstrumentMention, sent: tuple[int, int]) -> Quantity | None:
    """What ``_bulk`` found before it learned to skip the document's amounts."""
    if not mention.plural:
        return None
    text = text_of(doc)
    for quantity in _amounts(doc, *sent, mention, before=160):
        if quantity.usd is None:
            continue
        if quantity.end <= mention.start and _BULK_LINK.match(text[quantity.end : mention.start]):
            return quantity
        if (
            quantity.start >= mention.end
            and _VALUE_LINK.match(text[mention.end : quantity.start])
            and mention.instrument in (Instrument.COOPERATION_AGREEMENT, None)
        ):
            return quantity
    return None


def test_the_money_of_an_instrument_is_what_reading_every_amount_finds() -> None:
    found = skipped = 0
    for sentence in SENTENCES:
        doc = _doc(sentence)
        text = text_of(doc)
        sent = (0, len(text))
        mentions = find_instruments(text, *sent)
        assert mentions, sentence
        for mention in mentions:
            assert _money(doc, mention, sent) == _ungated_money(doc, mention, sent), sentence
            assert _bulk(doc, mention, sent) == _ungated_bulk(doc, mention, sent), sentence
            found += _money(doc, mention, sent) is not None
            found += _bulk(doc, mention, sent) is not None
            skipped += not _may_have_money(text, mention, sent)
    assert found >= 8  # the amounts are there to be found ...
    assert skipped >= 3  # ... and the sentences without one are not read for them


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2015, Turkey and Azerbaijan signed a transit agreement.",
        "The 2019 treaty was ratified by 120 deputies in Bishkek.",
        "Russia agreed to supply 5 million tonnes of grain to Egypt under the pact.",
    ],
)
def test_a_year_or_a_tonnage_near_an_instrument_is_no_money(sentence: str) -> None:
    doc = _doc(sentence)
    text = text_of(doc)
    for mention in find_instruments(text, 0, len(text)):
        assert not _may_have_money(text, mention, (0, len(text)))


def test_each_thread_keeps_the_scans_of_its_own_text() -> None:
    texts = [
        "Kazakhstan and Uzbekistan signed a strategic partnership treaty in Tashkent.",
        "The EPCA was initialled in 2024; no memorandum was allowed to lapse.",
        "Nothing in this sentence names an instrument, nor any stage of one.",
    ]
    expected = {
        text: (
            trigger_starts(text, _TRIGGER),
            cue_starts(text),
            has_stem(text, 0, len(text), HEAD_STEMS),
        )
        for text in texts
    }
    errors: list[str] = []
    start = threading.Barrier(len(texts))

    def scan(text: str, other: str) -> None:
        start.wait()
        for _ in range(300):
            for current in (text, other):
                got = (
                    trigger_starts(current, _TRIGGER),
                    cue_starts(current),
                    has_stem(current, 0, len(current), HEAD_STEMS),
                )
                if got != expected[current]:
                    errors.append(current)

    threads = [
        threading.Thread(target=scan, args=(text, texts[(i + 1) % len(texts)]))
        for i, text in enumerate(texts)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_another_thread_s_text_does_not_replace_this_thread_s_scans() -> None:
    mine = "Armenia and Georgia signed a memorandum on energy in Yerevan."
    theirs = "Turkey and Azerbaijan initialled a treaty in Baku."
    trigger_starts(mine, _TRIGGER)
    state = _LOCAL.state
    other = threading.Thread(target=trigger_starts, args=(theirs, _TRIGGER))
    other.start()
    other.join()
    assert _LOCAL.state is state
    assert state is not None and state.text is mine


HEAD_TEXTS = [
    "The peace plan and the Peace Plans were set out in a joint declaration and a treaty.",
    "Agreements, deals and memoranda: the document was signed; the documents were not.",
    "xtreaty is no word, but the treaty is; pre-agreement talks led to the agreement.",
    "İlham Aliyev's partnership charter, the MoU-based arrangement and the Convention.",
    "Nothing in this sentence names an instrument.",
]


def test_head_nouns_tried_at_their_stems_are_the_head_nouns_found_everywhere() -> None:
    from caspian.extract.instruments import HEAD, _head_matches

    for text in HEAD_TEXTS:
        # whole texts, and sentences cut inside a word or after a word's first letter
        for start in (0, 1, 2, text.find("treaty") + 1):
            sentence = text[start:]
            everywhere = [(m.start(), m.end()) for m in HEAD.finditer(sentence)]
            fast = _head_matches(text, sentence, start, len(text))
            assert [(m.start(), m.end()) for m in fast] == everywhere, (text, start)
    assert any(HEAD.finditer(HEAD_TEXTS[0]))

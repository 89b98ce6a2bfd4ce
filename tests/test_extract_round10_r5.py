"""Round 10 (r5): follow-up sentences that state a stage of the story's instrument
without naming it or its parties. Sentences written for these tests, in other wordings
than the studied ones:

- the instrument as the object of a stage verb in any clause, after any subject that is
  the sides: a plural pronoun ("They formally signed it"), the sides counted or paired
  ("the two sides initialled it", "The three governments signed the final text", "Both
  governments had signed the original document"), named parties ("Norway and Thailand
  signed it"); a count must be the number of parties;
- talks on "the new text" are talks on the instrument.

Negatives: hedged, negated, conditional forms; a single named signer or a third actor;
a count that is not the number of parties; "every member state".
"""

from __future__ import annotations

import pytest

from fact_rows import agreement_keys as keys

OBJECT_ANAPHORS = [
    (
        "Chile and Peru's new free trade agreement took effect on Monday. Officials in Lima "
        "called it a milestone for farmers. Negotiators needed five rounds to close the text. "
        "They formally signed it in Santiago on 12 May 2023, after a last round of talks.",
        (("CHL", "PER"), "trade_agreement", "signed"),
    ),
    (
        "Kenya and Tanzania today signed a transit agreement on the use of the Dar es Salaam "
        "corridor. The text has 40 articles and covers fees and customs. Talks on the new text "
        "began in March 2021, and the two sides initialled it in Arusha on 3 August 2023.",
        (("KEN", "TZA"), "transit_arrangement", "initialed"),
    ),
    (
        "The fisheries pact between Fiji, Samoa and Tonga enters into force today. The three "
        "governments signed the final text on 4 April 2024 in Suva.",
        (("FJI", "TON", "WSM"), "cooperation_agreement", "signed"),
    ),
    (
        "Vietnam and the Philippines have upgraded their maritime cooperation agreement, "
        "officials said on Friday. Both governments had signed the original document in Hanoi "
        "on 2 February 2019.",
        (("PHL", "VNM"), "cooperation_agreement", "signed"),
    ),
    (
        "The free trade agreement between Norway and Thailand came into effect on Sunday. "
        "Business groups in Bangkok welcomed it. Norway and Thailand had signed it in Oslo in "
        "June 2024 after eight years of talks.",
        (("NOR", "THA"), "trade_agreement", "signed"),
    ),
    (
        "The Serbia-Egypt agreement on investment protection entered into force in May. "
        "Ministers said it would bring new projects. It took four years: the two governments "
        "first initialled the text in Cairo in March 2021.",
        (("EGY", "SRB"), "cooperation_agreement", "initialed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_ANAPHORS)
def test_instrument_as_object_of_a_stage(text: str, expected: tuple[object, ...]) -> None:
    assert expected in keys(text)


TALKS_ON_THE_NEW_TEXT = (
    "Kenya and Tanzania today signed a transit agreement on the use of the corridor. Talks on "
    "the new text opened in March 2021."
)


def test_talks_on_the_new_text() -> None:
    assert (("KEN", "TZA"), "transit_arrangement", "negotiating") in keys(TALKS_ON_THE_NEW_TEXT)


_OPENING = (
    "Chile and Peru's new free trade agreement took effect on Monday. Officials in Lima called "
    "it a milestone. "
)
OBJECT_NEGATIVES = [
    _OPENING + "They may sign it again in Lima in 2026.",
    _OPENING + "Brazil signed it as an observer in March 2024.",
    _OPENING + "The two countries never signed it in 2019.",
    _OPENING + "If the two sides had signed it in 2019, trade would have grown sooner.",
    _OPENING + "The three governments signed the original text on 30 November 2018.",
    _OPENING + "Chilean and Peruvian companies signed it in May 2023.",
]


@pytest.mark.parametrize("text", OBJECT_NEGATIVES)
def test_no_stage_of_the_instrument_as_object(text: str) -> None:
    found = keys(text)
    assert not any(stage in ("signed", "initialed") for _p, _i, stage in found)


# An instrument that opens its sentence with "Its" or "The" and names only its partner
# ("with X") is the story's principal's: the state "Its" stands for (the one opening the
# sentence before), or the state the story has named most (by a clear margin).
OWNER_AND_PARTNER = [
    (
        "Kazakhstan has built trade ties with many partners. Its agreement with Singapore "
        "entered into force in March 2024.",
        (("KAZ", "SGP"), "in_force"),
    ),
    (
        "Vietnam has diversified its trade. Vietnam's exports to Europe doubled in a decade, "
        "and Vietnam now sells more phones than rice. The free trade agreement with the "
        "European Union entered into force in August 2020.",
        (("EU", "VNM"), "in_force"),
    ),
    (
        "Georgia courted Asian partners after 2017. Georgia opened talks with India and "
        "signed a free trade deal with China. Its memorandum with Japan was signed in Tokyo "
        "in 2019.",
        (("GEO", "JPN"), "signed"),
    ),
    (
        "Chile sells copper everywhere. Chile's exports to Asia grew fast. The treaty with "
        "Argentina on mining integration was signed in 1997.",
        (("ARG", "CHL"), "signed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNER_AND_PARTNER)
def test_owner_and_partner(text: str, expected: tuple[object, ...]) -> None:
    assert expected in {(parties, stage) for parties, _i, stage in keys(text)}


OWNER_NEGATIVES = [
    "Kenya and Uganda met on Monday. Its agreement with Tanzania could enter into force next year.",
    "Brazil and Argentina quarrelled over tariffs. The agreement with Chile was signed in 2019.",
    "Vietnam has diversified its trade. Vietnam's exports grew. A similar agreement with Mexico "
    "entered into force in 2020.",
]


@pytest.mark.parametrize("text", OWNER_NEGATIVES)
def test_no_owner_without_a_clear_principal(text: str) -> None:
    assert not keys(text)


# The history of the instrument told by counted sides, by a new subject in a chained
# clause ("..., and the two sides concluded them", "..., and they were concluded"), of an
# instrument named with its parties but no stage ("The free trade agreement between Norway
# and Thailand comes into effect next month").
_NOR_THA = "The free trade agreement between Norway and Thailand comes into effect next month. "
CHAINED_HISTORY = [
    (
        "The trade pact between Colombia, Ecuador and Peru took effect on Monday. The three "
        "governments launched negotiations in 2017 and concluded them in March 2023.",
        {(("COL", "ECU", "PER"), "negotiating"), (("COL", "ECU", "PER"), "concluded")},
    ),
    (
        _NOR_THA + "Talks opened in 2018, and the two sides concluded them in 2023.",
        {(("NOR", "THA"), "negotiating"), (("NOR", "THA"), "concluded")},
    ),
    (
        _NOR_THA + "Negotiations began in 2018, and they were concluded in 2023.",
        {(("NOR", "THA"), "negotiating"), (("NOR", "THA"), "concluded")},
    ),
    (
        _NOR_THA + "Negotiations began in 2018.",
        {(("NOR", "THA"), "negotiating")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHAINED_HISTORY)
def test_history_by_counted_or_chained_subjects(text: str, expected: set[object]) -> None:
    assert expected <= {(parties, stage) for parties, _i, stage in keys(text)}


def test_a_count_that_is_not_the_parties_states_nothing() -> None:
    text = (
        "The trade pact between Colombia, Ecuador and Peru took effect on Monday. The two "
        "governments launched negotiations in 2017."
    )
    assert not any(stage == "negotiating" for _p, _i, stage in keys(text))


def test_a_hedged_chained_step_states_nothing() -> None:
    text = _NOR_THA + "Negotiations began in 2018, and they may be concluded in 2026."
    assert not any(stage == "concluded" for _p, _i, stage in keys(text))


def test_talks_continued_after_a_semicolon() -> None:
    text = (
        "Peru signed a free trade agreement with the EFTA states on 3 March. Talks first took "
        "place in 2008 before stalling; they were resumed in May 2021."
    )
    assert (("EFTA", "PER"), "trade_agreement", "negotiating") in keys(text)


def test_talks_of_the_day_continued_after_a_semicolon_are_no_history() -> None:
    text = (
        "Peru signed a free trade agreement with the EFTA states on 3 March. Talks on the day "
        "focused on fisheries; they were concluded in the evening."
    )
    assert not any(stage == "concluded" for _p, _i, stage in keys(text))


# A new instrument that "followed" the one of the sentence before: at the stage that
# sentence states, between the same parties.
FOLLOWED = [
    (
        "Kenya and Ethiopia signed a power trade agreement on 2 May 2019. A protocol on tariffs "
        "followed on 14 August 2020.",
        (("ETH", "KEN"), "other", "signed"),
    ),
    (
        "Azerbaijan and Georgia signed a memorandum on rail transit in March 2022. A second "
        "memorandum, on customs, followed in June 2023 in Tbilisi.",
        (("AZE", "GEO"), "memorandum_of_understanding", "signed"),
    ),
    (
        "Japan and the Philippines signed a reciprocal access agreement in July 2024. An "
        "agreement on the sharing of supplies followed in January 2025.",
        (("JPN", "PHL"), "cooperation_agreement", "signed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOWED)
def test_an_instrument_that_followed(text: str, expected: tuple[object, ...]) -> None:
    assert expected in keys(text)


_KEN_ETH = "Kenya and Ethiopia signed a power trade agreement in 2019. "
FOLLOWED_NEGATIVES = [
    _KEN_ETH + "A protocol could follow next year.",
    _KEN_ETH + "Protests followed in May 2020.",
    _KEN_ETH + "A similar protocol between Uganda and Rwanda followed in 2020.",
    "Kenya and Ethiopia discussed a power trade agreement in 2019. A protocol followed in 2020.",
    _KEN_ETH + "A protocol followed by talks on tariffs was expected.",
]


@pytest.mark.parametrize("text", FOLLOWED_NEGATIVES)
def test_nothing_followed(text: str) -> None:
    assert len(keys(text)) <= 1

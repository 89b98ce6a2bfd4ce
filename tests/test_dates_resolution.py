"""find_dates: absolute, partial and relative dates resolved against publication."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.extract.dates import DateMention, add_years, find_dates

PUB = date(2025, 6, 18)  # a Wednesday


def _values(text: str, published: date | None = PUB) -> list[tuple[str, str, str]]:
    return [(m.text, m.value, m.kind) for m in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ministers met in Tbilisi on 3 March 2025 for a second round.", "2025-03-03"),
        ("The line opened on March 3, 2025, after delays.", "2025-03-03"),
        ("Filed 2025-04-30 by the reporting desk.", "2025-04-30"),
        ("Posted 11/04/2024 in Business.", "2024-11-04"),
        ("The forum, held 4th of July 2023, drew crowds.", "2023-07-04"),
        ("Talks resumed in September 2024 in Ashgabat.", "2024-09"),
    ],
)
def test_dates_absolute_forms(text: str, value: str) -> None:
    mentions = find_dates(text, published=PUB)
    assert [m.value for m in mentions] == [value]
    assert mentions[0].relative is False
    assert mentions[0].kind == "point"


def test_dates_day_month_without_year_take_publication_year() -> None:
    assert _values("The delegation arrived on Jun. 2 and left a day later.") == [
        ("Jun. 2", "2025-06-02", "point")
    ]


def test_dates_month_day_far_after_publication_is_last_year_in_past_context() -> None:
    # published in June; a past-tense report of "Nov. 20" means last November
    text = "The cabinet approved the route on Nov. 20 after a long debate."
    assert _values(text)[0][1] == "2024-11-20"


def test_dates_month_day_after_publication_with_future_marker_stays() -> None:
    text = "The summit will open on Sept. 9 in the capital."
    assert _values(text)[0][1] == "2025-09-09"


def test_dates_bare_month_is_most_recent_unless_future() -> None:
    assert _values("In April the two ministers traded visits.")[0][1] == "2025-04"
    assert _values("In October the minister toured the region.")[0][1] == "2024-10"
    assert _values("The ministers will meet again in October.")[0][1] == "2025-10"


def test_dates_last_and_next_month_names() -> None:
    assert _values("He visited Baku last August.")[0][1] == "2024-08"
    assert _values("She visited Baku last February.")[0][1] == "2025-02"
    assert _values("A vote is due next March.")[0][1] == "2026-03"


def test_dates_may_alone_is_not_a_month() -> None:
    assert _values("May said the talks were useful.") == []
    assert _values("The deal was signed in May.")[0][1] == "2025-05"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The agreement was initialled on Monday.", "2025-06-16"),
        ("The agreement was initialled on Wednesday.", "2025-06-18"),
        ("Officials confirmed Thursday that the plan stands.", "2025-06-12"),
        ("The vote takes place next Monday.", "2025-06-23"),
    ],
)
def test_dates_weekdays(text: str, value: str) -> None:
    assert _values(text)[0][1] == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("this year", "2025"),
        ("last year", "2024"),
        ("next year", "2026"),
        ("last month", "2025-05"),
        ("this month", "2025-06"),
        ("yesterday", "2025-06-17"),
    ],
)
def test_dates_relative_words(phrase: str, value: str) -> None:
    (mention,) = find_dates(f"Exports rose {phrase} by a third.", published=PUB)
    assert (mention.text, mention.value, mention.relative) == (phrase, value, True)


def test_dates_relative_words_in_january_roll_back_a_year() -> None:
    (mention,) = find_dates("Freight fell last month.", published=date(2026, 1, 9))
    assert mention.value == "2025-12"


def test_dates_relative_words_need_a_publication_date() -> None:
    assert _values("Freight fell last month and in 2023.", published=None) == [
        ("2023", "2023", "point")
    ]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Volumes should triple by 2032, the plan says.", "by 2032", "deadline"),
        ("The work must finish by the end of 2027.", "by the end of 2027", "deadline"),
        ("Gas will flow until 2040 under the contract.", "until 2040", "deadline"),
        ("It is the first such plan since 2009.", "since 2009", "since"),
    ],
)
def test_dates_kind_from_cue_words(text: str, value: str, kind: str) -> None:
    (mention,) = find_dates(text, published=PUB)
    assert (mention.text, mention.kind) == (value, kind)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Output is to double within the next five years.", "2030"),
        ("They expect a result within two years.", "2027"),
        ("The port will be ready in three years.", "2028"),
    ],
)
def test_dates_within_years_is_a_deadline_from_publication(text: str, value: str) -> None:
    (mention,) = find_dates(text, published=PUB)
    assert (mention.value, mention.kind, mention.relative) == (value, "deadline", True)


def test_dates_over_years_is_a_duration() -> None:
    (mention,) = find_dates("Supplies are agreed over 15 years.", published=PUB)
    assert (mention.value, mention.kind) == ("2040", "duration")


@pytest.mark.parametrize(
    "text",
    [
        "Signature is expected in late 2026.",
        "Signature is expected in the second half of 2026.",
        "Signature is expected in mid-2026.",
        "Signature is expected in the first quarter of 2026.",
    ],
)
def test_dates_parts_of_a_year_keep_year_precision(text: str) -> None:
    (mention,) = find_dates(text, published=PUB)
    assert mention.value == "2026"


def test_dates_ranges_of_years() -> None:
    assert _values("Output in the 2023-24 season was high.") == [("2023-24", "2023", "range")]
    assert _values("A plan for 2026–2030 was adopted.") == [("2026–2030", "2026", "range")]


@pytest.mark.parametrize(
    "text",
    [
        "Trade has grown since the 1990s.",
        "They marked the 30th anniversary of relations.",
        "The pipeline is 2000 km long.",
        "They shipped 2025 tonnes of cotton.",
        "A budget of $2030 was set aside.",
        "There were 19 agreements and 12 memoranda.",
    ],
)
def test_dates_things_that_are_not_dates(text: str) -> None:
    assert find_dates(text, published=PUB) == []


def test_dates_longest_expression_wins_and_offsets_are_exact() -> None:
    text = "Signed on 24 February 2025 in Baku; ratified in 2025."
    mentions = find_dates(text, published=PUB)
    assert [m.value for m in mentions] == ["2025-02-24", "2025"]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    assert isinstance(mentions[0], DateMention)


def test_dates_add_years() -> None:
    assert add_years(date(2025, 10, 1), 3) == "2028"
    assert add_years(None, 3) is None


def test_dates_next_decade() -> None:
    (mention,) = find_dates("Investment will grow within the next decade.", published=PUB)
    assert (mention.value, mention.kind) == ("2035", "deadline")
    (mention,) = find_dates("Investment will grow over the next decade.", published=PUB)
    assert (mention.value, mention.kind) == ("2035", "duration")


def test_dates_month_ranges_keep_their_year() -> None:
    (mention,) = find_dates("Exports in January-October 2024 rose.", published=PUB)
    assert (mention.value, mention.kind) == ("2024-01", "range")

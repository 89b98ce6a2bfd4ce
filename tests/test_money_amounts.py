"""find_quantities: money, ranges, qualifiers, physical units and conversion."""

from __future__ import annotations

import pytest

from caspian.extract.money import USD_PER_UNIT, Quantity, find_quantities


def _one(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The fund holds $7 billion in assets.", 7e9),
        ("A loan of $ 450 million was approved.", 450e6),
        ("Bids reached USD 3.5 billion.", 3.5e9),
        ("The bank lent US$1.2bn last spring.", 1.2e9),
        ("It is a USD 2.25 bn facility.", 2.25e9),
        ("Revenue hit $640m in the quarter.", 640e6),
        ("Exports were worth 2.4 trillion dollars.", 2.4e12),
        ("A two billion dollar plan was tabled.", 2e9),
        ("They raised a billion dollars.", 1e9),
        ("The grant totals $75,000.", 75_000),
    ],
)
def test_money_us_dollar_forms(text: str, value: float) -> None:
    quantity = _one(text)
    assert quantity.unit == "USD"
    assert quantity.value == pytest.approx(value)
    assert quantity.usd == pytest.approx(value)
    assert text[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("The EU pledged €300 million for the link.", "EUR", 300e6),
        ("A EUR 2 billion package followed.", "EUR", 2e9),
        ("The budget is 900 billion tenge.", "KZT", 900e9),
        ("A credit line of 5 billion yuan was opened.", "CNY", 5e9),
        ("The contract is worth 40 billion roubles.", "RUB", 40e9),
        ("Costs rose to £85 million.", "GBP", 85e6),
        ("Seoul offered 1.3 trillion won.", "KRW", 1.3e12),
        ("The fund reached AED 18 billion.", "AED", 18e9),
    ],
)
def test_money_other_currencies_keep_unit_and_convert(text: str, unit: str, value: float) -> None:
    quantity = _one(text)
    assert quantity.unit == unit
    assert quantity.value == pytest.approx(value)
    assert quantity.usd == pytest.approx(value * USD_PER_UNIT[unit].usd)
    assert quantity.usd != pytest.approx(value)


def test_money_rate_table_carries_sources() -> None:
    for code in ("EUR", "RUB", "CNY", "KZT", "GBP", "JPY", "TRY", "AED", "INR", "KRW"):
        assert USD_PER_UNIT[code].source
        assert USD_PER_UNIT[code].usd > 0


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Estimates run from $80 million to $410 million.", 80e6, 410e6),
        ("Estimates run $80 million to $410 million.", 80e6, 410e6),
        ("Estimates run between 80 and 410 million dollars.", 80e6, 410e6),
        ("Estimates run $80-410 million.", 80e6, 410e6),
        ("Estimates run $1.5bn-$2bn.", 1.5e9, 2e9),
    ],
)
def test_money_ranges(text: str, low: float, high: float) -> None:
    quantity = _one(text)
    assert quantity.value == pytest.approx(low)
    assert quantity.value_max == pytest.approx(high)
    assert quantity.unit == "USD"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Trade was nearly $9 billion.", "about"),
        ("Trade was about $9 billion.", "about"),
        ("Trade was approximately $9 billion.", "about"),
        ("Trade was around $9 billion.", "about"),
        ("Trade was over $9 billion.", "over"),
        ("Trade was more than $9 billion.", "over"),
        ("Trade was exceeding $9 billion.", "over"),
        ("Trade was less than $9 billion.", "under"),
        ("Trade could reach up to $9 billion.", "up_to"),
        ("Trade will be at least $9 billion.", "at_least"),
        ("Trade was $9 billion.", None),
    ],
)
def test_money_qualifiers(text: str, qualifier: str | None) -> None:
    quantity = _one(text)
    assert quantity.qualifier == qualifier
    assert quantity.value == pytest.approx(9e9)


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("The corridor moved 4.5 million tonnes of cargo.", "tonnes", 4.5e6),
        ("It handled 120,000 tons of grain.", "tonnes", 120_000),
        ("Capacity is 10 Mt a year.", "tonnes", 10e6),
        ("The terminal will handle 350,000 TEU.", "TEU", 350_000),
        ("The field yields 10 bcm a year.", "cubic_meters", 10e9),
        ("Exports hit 5.5 billion cubic metres.", "cubic_meters", 5.5e9),
        ("Deliveries were 3 billion cubic meters.", "cubic_meters", 3e9),
        ("Output is 1.6 million barrels per day.", "barrels", 1.6e6),
        ("The railway is 280 km long.", "km", 280),
        ("The dam adds 1.2 GW of power.", "MW", 1200),
        ("Tariffs fell by 12 percent.", "percent", 12),
        ("Tariffs fell by 12%.", "percent", 12),
    ],
)
def test_money_physical_units(text: str, unit: str, value: float) -> None:
    quantity = _one(text)
    assert quantity.unit == unit
    assert quantity.value == pytest.approx(value)
    assert quantity.usd is None


def test_money_bare_scaled_numbers_are_counts() -> None:
    quantity = _one("A market of some 80 million consumers.")
    assert (quantity.unit, quantity.value, quantity.qualifier) == ("count", 80e6, "about")


@pytest.mark.parametrize(
    "text",
    [
        "The leaders signed 14 agreements in 2024.",
        "One of the top five investors.",
        "He stood 5 m away from the podium.",
    ],
)
def test_money_plain_numbers_are_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_money_a_second_number_that_is_not_part_of_a_range_is_dropped() -> None:
    found = find_quantities("Deals worth $4 billion and 30 memoranda were signed.")
    assert [(q.text, q.value, q.value_max) for q in found] == [("$4 billion", 4e9, None)]


def test_money_several_amounts_in_order() -> None:
    text = "Trade rose from $3.1 billion in 2022 to $4.4 billion in 2024."
    values = [q.value for q in find_quantities(text)]
    assert values == [pytest.approx(3.1e9), pytest.approx(4.4e9)]


def test_money_just_over_and_just_under() -> None:
    assert _one("Exports were just over $2 billion.").qualifier == "over"
    assert _one("Exports were just under $2 billion.").qualifier == "under"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # the patterns ignore case the Unicode way: a long s or a dotless/dotted i in a
        # scale or unit word matches, and must be read, not crash the finder
        ("Shipments reached 5 million tonneſ of grain.", 5e6, "tonnes"),
        ("It signed a $5 bıllion deal.", 5e9, "USD"),
        ("It signed a $5 BİLLION deal.", 5e9, "USD"),
        ("About 3 millıon tonnes moved.", 3e6, "tonnes"),
    ],
)
def test_unicode_case_variants_of_unit_and_scale_words(text: str, value: float, unit: str) -> None:
    quantity = _one(text)
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit

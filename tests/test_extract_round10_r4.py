"""Round 10 (r4): trade figures in runs and lists, projects and commitments read in general
news wordings (probe sentences written for each kind, none taken from an evaluation set),
with the negative cases of each guard."""

from __future__ import annotations

import pytest

from caspian.facts import ProjectFact
from fact_rows import CommitmentRow, TradeRow, commitment_rows, facts_of, trade_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a bulleted run: the partner lines lean on the run's common party and year
            "India's trade with the Gulf, by customs data:\n"
            "- India's trade with the UAE reached $84 billion in 2023.\n"
            "- Trade with Saudi Arabia came to $52 billion.\n"
            "- Qatar: $14 billion, mostly gas.\n"
            "- Oman: $12.4 billion.",
            {
                (("ARE", "IND"), "bilateral_trade", 84000.0, "USD", "2023"),
                (("IND", "SAU"), "bilateral_trade", 52000.0, "USD", "2023"),
                (("IND", "QAT"), "bilateral_trade", 14000.0, "USD", "2023"),
                (("IND", "OMN"), "bilateral_trade", 12400.0, "USD", "2023"),
            },
        ),
        (  # a run in running prose
            "Trade between Russia and Kazakhstan stood at $28 billion in 2024. Russia's trade "
            "with Belarus came to $50 billion, the most in the region. Armenia: $7.3 billion.",
            {
                (("KAZ", "RUS"), "bilateral_trade", 28000.0, "USD", "2024"),
                (("BLR", "RUS"), "bilateral_trade", 50000.0, "USD", "2024"),
                (("ARM", "RUS"), "bilateral_trade", 7300.0, "USD", "2024"),
            },
        ),
        (  # a label line without an amount is no figure
            "Germany's trade with Poland hit EUR 170 billion in 2023. Poland: a key partner.",
            {(("DEU", "POL"), "bilateral_trade", 170000.0, "EUR", "2023")},
        ),
        (  # a label line not after a figure is no figure
            "The ministry published its yearly review on Monday.\nQatar: $14 billion.",
            set(),
        ),
        (  # goods worth an amount moving between two parties
            "Goods worth $4 billion changed hands between India and Iran last year.",
            {(("IND", "IRN"), "bilateral_trade", 4000.0, "USD", "2024")},
        ),
        (
            "Some $1.2 billion of goods moved between Kenya and Uganda in 2022.",
            {(("KEN", "UGA"), "bilateral_trade", 1200.0, "USD", "2022")},
        ),
        (
            "In 2023 goods valued at €900 million crossed between Serbia and Hungary.",
            {(("HUN", "SRB"), "bilateral_trade", 900.0, "EUR", "2023")},
        ),
        (  # goods seized are no flow between the two
            "Customs seized goods worth $3 million at the border between Kazakhstan and "
            "Kyrgyzstan in 2024.",
            set(),
        ),
        (  # a year-less figure after an unrelated sentence stays unreported
            "The ministers met in Ankara on Monday. Turkey's trade with Iraq came to $20 billion.",
            set(),
        ),
    ],
)
def test_trade_runs_and_lists(text: str, expected: set[TradeRow]) -> None:
    assert trade_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the appositive worth of contracts, deals or orders is their value, no flow
            "Kazakhstan and Uzbekistan signed contracts for gas supplies on Monday, worth $300 "
            "million in 2024.",
            set(),
        ),
        (
            "The ministry awarded deals for the power line between Georgia and Armenia in 2024, "
            "valued at $200 million.",
            set(),
        ),
        (
            "Uzbekistan and Kazakhstan signed an order for electricity transmission equipment "
            "in 2024, worth $50 million.",
            set(),
        ),
        (  # the worth of a flow reached after the deal noun stays a figure
            "Under the 2019 agreement, gas deliveries from Russia to China reached 38 bcm in "
            "2024, worth about $10 billion.",
            {
                (("CHN", "RUS"), "energy_supply", 38000.0, "cubic_meters", "2024"),
                (("CHN", "RUS"), "energy_supply", 10000.0, "USD", "2024"),
            },
        ),
        (
            "Gas exports from Azerbaijan to Georgia in 2023, worth about $1.1 billion, grew "
            "sharply.",
            {(("AZE", "GEO"), "energy_supply", 1100.0, "USD", "2023")},
        ),
    ],
)
def test_deal_worth_is_no_flow(text: str, expected: set[TradeRow]) -> None:
    assert trade_rows(text) == expected


def project_rows(text: str) -> set[tuple[str, str, str | None]]:
    """(name, host, stage) of each project fact."""
    return {
        (f.name, f.host, f.stage.value if f.stage is not None else None)
        for f in facts_of(text)
        if isinstance(f, ProjectFact)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a name given by a verb of naming after the project noun
            "Armenia is proposing a project it calls the Crossroads of Peace, which would link "
            "its roads and railways with those of its neighbours.",
            {("Crossroads of Peace", "ARM", "proposed")},
        ),
        (
            "Uzbekistan unveiled an irrigation project called Green Valley, which will cost "
            "$300 million.",
            {("Green Valley", "UZB", None)},
        ),
        (
            "Mongolia is building a railway line named Steppe Arrow across the Gobi.",
            {("Steppe Arrow", "MNG", "under_construction")},
        ),
        (
            "Kenya has unveiled a port project, known as Blue Gate, that it plans to build near "
            "Lamu.",
            {("Blue Gate", "KEN", "planned")},
        ),
        (  # a naming verb without a capitalised name names nothing
            "Armenia is proposing a project it calls a bridge between regions.",
            set(),
        ),
        (  # a person named after the noun is no project name
            "Georgia's new port chief, named Giorgi Beridze last week, spoke to reporters.",
            set(),
        ),
    ],
)
def test_project_named_by_a_naming_verb(
    text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    assert project_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one side's target for the pair's trade is the pair's
            "Trade between India and the UAE reached $85 billion in 2023. New Delhi's stated "
            "aim is for trade to reach $100 billion by 2030.",
            {(("ARE", "IND"), "trade_turnover", "2030")},
        ),
        (
            "Bilateral trade between Kenya and Tanzania stood at $1 billion last year. Nairobi "
            "wants trade to reach $3 billion by 2027.",
            {(("KEN", "TZA"), "trade_turnover", "2027")},
        ),
        (
            "Turkey and Iraq signed a trade deal on Monday. Ankara's target is for turnover to "
            "hit $30 billion within three years.",
            {(("IRQ", "TUR"), "trade_turnover", "2028")},
        ),
        (  # a state's own foreign trade keeps its one party
            "Kazakhstan and China held talks on Monday. Kazakhstan aims to raise its foreign "
            "trade to $200 billion by 2030.",
            {(("KAZ",), "trade_turnover", "2030")},
        ),
        (  # trade with others named in the clause keeps its one party
            "Kazakhstan and China held talks on Monday. Kazakhstan wants trade with its "
            "neighbours to reach $50 billion by 2030.",
            {(("KAZ",), "trade_turnover", "2030")},
        ),
        (  # a setter outside the pair before keeps its one party
            "Trade between Brazil and Chile reached $10 billion in 2023. Argentina aims for "
            "trade to reach $50 billion by 2030.",
            {(("ARG",), "trade_turnover", "2030")},
        ),
    ],
)
def test_trade_target_of_one_side_is_the_pairs(text: str, expected: set[CommitmentRow]) -> None:
    assert commitment_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a level to bring a measure to, with its deadline
            "Ghana aims to bring public debt down to 55 per cent of GDP by 2028.",
            {(("GHA",), "other", "2028")},
        ),
        (
            "Egypt wants to reduce inflation to 7 percent by the end of 2026.",
            {(("EGY",), "other", "2026")},
        ),
        (
            "Kenya plans to lower its debt ratio to 50% of GDP within three years.",
            {(("KEN",), "other", "2028")},
        ),
        (  # duties lifted on a share of goods: a level of tariffs, metric other
            "Kazakhstan and Uzbekistan have agreed to remove duties on 90 percent of tariff "
            "lines within five years.",
            {(("KAZ", "UZB"), "other", "2030")},
        ),
        (
            "Mercosur agreed to cut tariffs on 90% of EU exports within ten years.",
            {(("MERCOSUR",), "other", "2035")},
        ),
        (  # a level reached, a level doubted, and a level without deadline are none
            "Ghana's public debt fell to 70 per cent of GDP in 2024.",
            set(),
        ),
        ("Ghana cut its debt to 70 per cent of GDP last year.", set()),
        ("Analysts doubt Ghana can bring debt down to 55 per cent of GDP by 2028.", set()),
        ("Ghana aims to bring public debt down to 55 per cent of GDP.", set()),
    ],
)
def test_level_targets_with_deadline(text: str, expected: set[CommitmentRow]) -> None:
    assert commitment_rows(text) == expected


def project_hosts(text: str) -> set[tuple[str, str]]:
    """(name, host) of each project fact."""
    return {(f.name, f.host) for f in facts_of(text) if isinstance(f, ProjectFact)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a state's own shore or coast places the project there
            "A consortium led by a Chinese builder has been chosen as the private partner for "
            "the long-delayed Poti North port on Georgia's Black Sea coast, officials said.",
            {("Poti North port", "GEO")},
        ),
        (
            "Construction of the Lamu port on Kenya's northern coast will cost $3 billion.",
            {("Lamu port", "KEN")},
        ),
        (
            "A Chinese firm will build the Gwadar port on Pakistan's Arabian Sea coast.",
            {("Gwadar port", "PAK")},
        ),
        (
            "The Hambantota port, off Sri Lanka's southern shore, will be expanded.",
            {("Hambantota port", "LKA")},
        ),
        (  # a possessive that is no place ("Georgia's partner") does not place it
            "A consortium has been chosen as Georgia's partner for the Anaklia port.",
            set(),
        ),
    ],
)
def test_project_on_a_states_coast(text: str, expected: set[tuple[str, str]]) -> None:
    assert project_hosts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # ties grown along a corridor are no activity on it
            "The official added that Iran will use its new status to expand cooperation in "
            "transport, in particular along the International North-South Transport Corridor, "
            "which links Russia with Iranian ports.",
            set(),
        ),
        (
            "Kazakhstan and Azerbaijan agreed to develop trade via the Trans-Caspian Route "
            "through Aktau port in Kazakhstan.",
            set(),
        ),
        (  # a thing expanded is
            "Kazakhstan will expand the Aktau port in Kazakhstan.",
            {("Aktau port", "KAZ")},
        ),
        (
            "Russia plans to expand the capacity of the International North-South Transport "
            "Corridor in Iran.",
            {("International North-South Transport Corridor", "IRN")},
        ),
        (  # ties and a thing built in one sentence: the thing built stays
            "Turkmenistan and Iran agreed to strengthen economic ties and to build the Serakhs "
            "railway terminal in Turkmenistan.",
            {("Serakhs railway", "TKM")},
        ),
    ],
)
def test_ties_grown_are_no_project_activity(text: str, expected: set[tuple[str, str]]) -> None:
    assert project_hosts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # trade with a bloc referred to by a common noun: the bloc named before
            "Serbia signed a free trade deal with the Eurasian Economic Union. Serbia's trade "
            "with the union's members was worth about 3.4 billion dollars in 2018, and the bulk "
            "of it was with Russia.",
            {(("EAEU", "SRB"), "bilateral_trade", 3400.0, "USD", "2018")},
        ),
        (
            "Talks with the European Union resumed. Turkey's trade with the bloc reached "
            "€200 billion in 2023.",
            {(("EU", "TUR"), "bilateral_trade", 200000.0, "EUR", "2023")},
        ),
        (
            "The ASEAN summit ended on Friday. China's exports to the bloc's member states rose "
            "to $500 billion in 2023.",
            {(("ASEAN", "CHN"), "bilateral_trade", 500000.0, "USD", "2023")},
        ),
        (  # "the union" outside the trade's clause changes nothing
            "Trade between Russia and China reached $240 billion in 2023, officials of the "
            "union said.",
            {(("CHN", "RUS"), "bilateral_trade", 240000.0, "USD", "2023")},
        ),
        (  # no bloc named before: no figure
            "Serbia's trade with the union's members was worth about 3.4 billion dollars in 2018.",
            set(),
        ),
    ],
)
def test_trade_with_the_bloc(text: str, expected: set[TradeRow]) -> None:
    assert trade_rows(text) == expected

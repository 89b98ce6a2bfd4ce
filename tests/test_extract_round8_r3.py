"""Round 8 (r3): memberships, commitments, projects and trade figures read in general
news wordings (probe sentences written for each kind, none taken from an evaluation set),
with the negative cases of each guard."""

from __future__ import annotations

import pytest

from caspian.facts import ProjectFact
from fact_rows import CommitmentRow, commitment_rows, facts_of, membership_rows, trade_rows


@pytest.mark.parametrize(
    "text",
    [
        # aid or budget support given by one side, no counterpart named
        "Germany will provide 50 million euros over three years in budget support for health "
        "and schools.",
        "The European Commission said it would provide 40 million euros in economic assistance "
        "this year.",
        "Tokyo would provide a further $30 million for the regional water programme, on top of "
        "the $10 million promised in March.",
        # an investor's outlay, not a target set by parties
        "The Saudi fund will invest about $400 million over the first decade, the port "
        "authority said.",
        # an expectation of money to come
        "Officials expect the new free zone to attract total investment of about $20 billion "
        "over its lifetime.",
    ],
)
def test_money_given_by_one_side_alone_is_no_commitment(text: str) -> None:
    assert commitment_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a recipient named: a pledge between two parties
            "China pledged 2 billion yuan in grants to Kyrgyzstan this year.",
            {(("CHN", "KGZ"), "investment", "2025")},
        ),
        (
            "Japan will provide Uzbekistan $1 billion in loans, grants and investment over the "
            "next three years.",
            {(("JPN", "UZB"), "investment", "2028")},
        ),
        (  # a state's own policy aim with a deadline
            "Kazakhstan aims to attract $150 billion in foreign direct investment by 2029.",
            {(("KAZ",), "investment", "2029")},
        ),
    ],
)
def test_money_with_a_counterpart_or_an_own_aim_stays(
    text: str, expected: set[CommitmentRow]
) -> None:
    assert commitment_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire lead with a loose factor, the body with the amount and deadline
            "Germany and Qatar signed a gas memorandum on Tuesday, a deal Berlin hopes "
            "will double LNG shipments to its ports. Under the memorandum, the two sides aim to "
            "lift deliveries to 12 billion cubic metres annually by 2028.",
            {(("DEU", "QAT"), "energy_supply", "2028")},
        ),
        (  # the same amount first without, then with its deadline
            "Kazakhstan and Uzbekistan want to bring bilateral trade to $10 billion. Their "
            "leaders agreed to raise trade to $10 billion by 2030.",
            {(("KAZ", "UZB"), "trade_turnover", "2030")},
        ),
        (  # a further, different amount is a target of its own
            "Turkey and Uzbekistan set the goal of raising trade to $5 billion by 2026. The two "
            "countries later want to bring trade to $10 billion.",
            {(("TUR", "UZB"), "trade_turnover", "2026"), (("TUR", "UZB"), "trade_turnover", None)},
        ),
    ],
)
def test_undated_restatement_of_a_dated_target_is_one_target(
    text: str, expected: set[CommitmentRow]
) -> None:
    assert commitment_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a change still to come, in a subordinate clause of time or condition
        "Leaders of the Shanghai Cooperation Organisation met. Iran signed a memorandum of "
        "obligations, the last big step before it becomes a full member of the organisation.",
        "The bloc met in Kazan. Indonesia must ratify the charter before it joins BRICS as a "
        "full member.",
        "ASEAN ministers met in Vientiane. Timor-Leste will keep observer privileges until it "
        "is admitted as the eleventh member of ASEAN.",
        # what was joined is the noun of an object relative clause, not a group
        "The visit followed the G20 summit in Rio. Italy left the Belt and Road Initiative, the "
        "scheme that dozens of countries, among them Greece, have joined.",
        "G7 leaders met in Hiroshima. The initiative that Japan, Canada and Italy have joined "
        "is modest.",
        # an application outside any membership
        "The Shanghai Cooperation Organisation met in July. The court rejected the application "
        "Turkey filed in 2021.",
    ],
)
def test_changes_to_come_and_things_other_than_groups_are_no_membership(text: str) -> None:
    assert {r for r in membership_rows(text) if r[2] in ("joined", "applied")} == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a past change before another is a fact
            "NATO leaders met in Vilnius. Sweden applied in May 2022, a year before Finland "
            "joined NATO.",
            ("FIN", "NATO", "joined"),
        ),
        (  # an object relative on a named group or a group's kind
            "The visit followed the G20 summit in Rio. The SCO, which Iran joined in 2023, met "
            "in Astana.",
            ("IRN", "SCO", "joined"),
        ),
        ("Egypt is now part of BRICS, a bloc that Iran also joined in 2024.",
         ("IRN", "BRICS", "joined")),
        (  # an application with its applicant in a relative clause
            "The Shanghai Cooperation Organisation met in July. The leaders started the "
            "procedure for admitting it as a full member, following the application Minsk "
            "submitted this year.",
            ("BLR", "SCO", "applied"),
        ),
        ("BRICS leaders met in Kazan. Members are still studying the membership bid that "
         "Ankara filed in September.", ("TUR", "BRICS", "applied")),
        (  # a reported clause is no relative clause
            "Georgia wants to join the EU. The government said on Monday that Tbilisi applied "
            "in March 2022.",
            ("GEO", "EU", "applied"),
        ),
    ],
)  # fmt: skip
def test_past_changes_relatives_and_applications_stay(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in {r[:3] for r in membership_rows(text)}





@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bilateral non-oil trade between Oman and Kenya stood at US$1.4 billion in 2022.",
         (("KEN", "OMN"), "bilateral_trade")),
        ("Non-oil trade between Qatar and Turkey reached $5 billion in 2023.",
         (("QAT", "TUR"), "bilateral_trade")),
        ("Non-hydrocarbon exports from Azerbaijan to Georgia reached $1.1 billion in 2023.",
         (("AZE", "GEO"), "bilateral_trade")),
        # an energy product still makes a supply
        ("Oil exports from Kazakhstan to China reached $5 billion in 2023.",
         (("CHN", "KAZ"), "energy_supply")),
    ],
)  # fmt: skip
def test_non_oil_trade_is_trade(text: str, expected: tuple[tuple[str, ...], str]) -> None:
    assert expected in {row[:2] for row in trade_rows(text)}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (  # the subject of the clause acts on "the country's" project: another state hosts it
            "Mongolia has long depended on Russian fuel, and Mongolia's leaders want that to "
            "change. India is financing the country's first oil refinery, in the south.",
            "MNG",
        ),
        (
            "Kazakhstan held a referendum on nuclear power in October, and Kazakhstan's "
            "president backed it. Russia will build the country's first nuclear power plant "
            "near Lake Balkhash.",
            "KAZ",
        ),
        (  # the state of another clause is "the country"
            "Kazakhstan approved the site on Monday; the country's first nuclear power plant "
            "will be built near Lake Balkhash.",
            "KAZ",
        ),
    ],
)
def test_the_country_is_not_the_subject_acting_on_it(text: str, host: str) -> None:
    hosts = {f.host for f in facts_of(text) if isinstance(f, ProjectFact)}
    assert hosts == {host}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (  # a possessive subject, or "the country" inside a subordinate clause or a phrase
            "Kazakhstan's voters approved the construction of the country's first nuclear power "
            "plant in a referendum.",
            "KAZ",
        ),
        (
            "Kazakhstan has chosen Rosatom to head the consortium that will build the country's "
            "first nuclear power plant.",
            "KAZ",
        ),
        ("Uzbekistan picked a Korean builder for the country's first solar power plant.", "UZB"),
    ],
)
def test_the_country_stays_the_state_of_the_sentence(text: str, host: str) -> None:
    hosts = {f.host for f in facts_of(text) if isinstance(f, ProjectFact)}
    assert hosts == {host}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one seller, one buyer of the flow: both are parties
            "Turkmenistan plans to raise gas exports to China to 65 bcm a year by 2030.",
            {(("CHN", "TKM"), "energy_supply", "2030")},
        ),
        ("Armenia hopes to raise its exports to the EU by 30 percent within five years.",
         {(("ARM", "EU"), "trade_turnover", "2030")}),
        ("Kazakhstan plans to boost supplies of electricity to Kyrgyzstan to 2 billion kWh by "
         "2027.", {(("KAZ", "KGZ"), "energy_supply", "2027")}),
        (  # a list of destinations: places, not parties
            "Georgia aims to raise wine exports to Kazakhstan, Poland and Latvia to $500 million "
            "by 2030.",
            {(("GEO",), "trade_turnover", "2030")},
        ),
        (  # a visit's place before the subjects: they stay parties
            "Visiting Turkmenistan, Erdogan and Berdimuhamedov agreed to raise trade to $5 "
            "billion by 2026.",
            {(("TKM", "TUR"), "trade_turnover", "2026")},
        ),
    ],
)  # fmt: skip
def test_the_one_buyer_of_a_flow_is_a_party(text: str, expected: set[CommitmentRow]) -> None:
    assert commitment_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a target under discussion is not yet set
        "Russia and Kazakhstan will hold talks on raising gas transit to 15 bcm, a Gazprom "
        "official said.",
        "The ministers discussed ways to increase trade between Iran and Armenia to $3 billion.",
        "Officials of Qatar and Turkey held consultations on doubling trade by 2030.",
        # a forecast in news English
        "Trade between Turkey and Azerbaijan is set to reach $15 billion by 2030, according to "
        "the ministry.",
        "Exports from Kazakhstan to China are tipped to top $25 billion next year.",
    ],
)
def test_targets_discussed_or_forecast_are_no_commitment(text: str) -> None:
    assert commitment_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After two days of talks on trade, Kazakhstan and Uzbekistan agreed to raise trade to "
         "$10 billion by 2030.", {(("KAZ", "UZB"), "trade_turnover", "2030")}),
        ("Turkey and Azerbaijan have set a goal to bring trade to $15 billion by 2030.",
         {(("AZE", "TUR"), "trade_turnover", "2030")}),
    ],
)  # fmt: skip
def test_targets_set_after_talks_stay(text: str, expected: set[CommitmentRow]) -> None:
    assert commitment_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the level of the sentence before, the window counted from when it was set
            "Kazakhstan and Kyrgyzstan traded goods worth $1.5 billion last year. Their leaders "
            "want to bring trade to $3 billion. In 2023 the two sides agreed to reach that "
            "figure within four years.",
            {(("KAZ", "KGZ"), "trade_turnover", "2027")},
        ),
        (
            "Trade between Uzbekistan and China reached $14 billion in 2023. The presidents see "
            "room to bring it to $20 billion. In May last year, the two sides set the goal of "
            "raising trade turnover to this level within five years.",
            {(("CHN", "UZB"), "trade_turnover", "2029")},
        ),
        (  # no target verb before the level: nothing to set
            "Trade between Georgia and Armenia was $1 billion in 2024. Both governments want to "
            "keep trade at this level.",
            set(),
        ),
        (  # a window with no past date of setting counts from publication
            "Kazakhstan and Kyrgyzstan traded goods worth $1.5 billion last year. The two sides "
            "agreed on Monday to bring trade to $3 billion within four years.",
            {(("KAZ", "KGZ"), "trade_turnover", "2029")},
        ),
    ],
)
def test_a_target_at_the_level_of_the_sentence_before(
    text: str, expected: set[CommitmentRow]
) -> None:
    assert commitment_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a programme's name is no recipient: money one side alone gives
            "Tokyo will provide $30 million for the Water Security Programme for Central Asia.",
            set(),
        ),
        (  # the region itself as the recipient
            "Tokyo pledged $30 million in grants for Central Asia over the next three years.",
            {(("JPN", "KAZ", "KGZ", "TJK", "TKM", "UZB"), "investment", "2028")},
        ),
    ],
)
def test_a_region_in_a_programme_name_is_no_recipient(
    text: str, expected: set[CommitmentRow]
) -> None:
    assert commitment_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the host of a news conference is no party of the pledge reported there
            "Blinken told a news conference with Kazakh Foreign Minister Mukhtar Tileuberdi that "
            "Washington would provide a further $25 million for the Economic Resilience "
            "Initiative for Central Asia.",
            set(),
        ),
        (  # an addressee may be the counterpart
            "Putin told Mirziyoyev that Russia would raise gas supplies to 11 bcm a year by 2027.",
            {(("RUS", "UZB"), "energy_supply", "2027")},
        ),
        ("Erdogan said at a joint news conference with Tokayev that the two countries would "
         "raise trade to $10 billion by 2030.", {(("KAZ", "TUR"), "trade_turnover", "2030")}),
    ],
)  # fmt: skip
def test_the_frame_of_a_report(text: str, expected: set[CommitmentRow]) -> None:
    assert commitment_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an unnamed project agreed with its size, in a region of a named state
            "Abu Dhabi's Masdar has signed an investment agreement with Kazakh partners for a "
            "1 GW onshore wind farm with 600 MWh of battery storage in the Zhambyl region of "
            "southern Kazakhstan.",
            {("1 GW onshore wind farm", "KAZ")},
        ),
        ("China and Tajikistan signed a contract for a 200 MW hydropower plant in Tajikistan.",
         {("200 MW hydropower plant", "TJK")}),
        (  # a stake is no project
            "The two companies signed a deal for a 10% stake in the field.", set()),
    ],
)  # fmt: skip
def test_an_unnamed_project_agreed_with_its_size(
    text: str, expected: set[tuple[str, str]]
) -> None:
    rows = {(f.name, f.host) for f in facts_of(text) if isinstance(f, ProjectFact)}
    assert rows == expected

"""Round 10 (r3): membership changes read along general linguistic dimensions (probe
sentences written for each kind, none taken from an evaluation set), with the negative
cases of each guard:

- a change stated without its group is to the group of the changes already found in
  the document, even when another group was named more often in between;
"""

from __future__ import annotations

import pytest

from fact_rows import membership_rows


def _changes(text: str) -> set[tuple[str, str, str]]:
    return {(party, group, change) for party, group, change, _ in membership_rows(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia became a member of the World Trade Organization in 2000. A customs union "
            "of Russia and Belarus later became the Eurasian Economic Union, and the union set "
            "the union's tariffs. Armenia only gained observer status in 2001.",
            {("GEO", "WTO", "joined"), ("ARM", "WTO", "observer")},
        ),
        (
            "Estonia joined NATO in 2004. Its trade is shaped by the European Union: the "
            "union's rules and the union's market. Latvia, which applied in 1996, followed.",
            {("EST", "NATO", "joined"), ("LVA", "NATO", "applied")},
        ),
    ],
)
def test_object_less_changes_take_the_group_of_the_story(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _changes(text) == expected


def test_without_an_earlier_change_the_most_named_group_stands() -> None:
    assert _changes(
        "NATO met in Vilnius. The European Union sent observers, and the European Union's "
        "envoy spoke of membership. Albania, which applied in 2009, attended."
    ) == {("ALB", "EU", "applied")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finland ended decades of neutrality, joining NATO on 4 April 2023.",
            {("FIN", "NATO", "joined", "2023-04-04")},
        ),
        (
            "Vietnam waited eleven years, eventually joining the World Trade Organization in "
            "January 2007.",
            {("VNM", "WTO", "joined", "2007-01")},
        ),
        (
            "Montenegro applied to join NATO in 2008. North Macedonia was the last of the "
            "Balkan hopefuls to get in, formally joining the alliance in March 2020.",
            {("MNE", "NATO", "applied", "2008"), ("MKD", "NATO", "joined", "2020-03")},
        ),
        (
            "Croatia waited ten years, becoming the 28th member of the European Union in 2013.",
            {("HRV", "EU", "joined", "2013")},
        ),
        (
            # object-less: the group of the story, and "followed" takes the change after it
            "Armenia joined the World Trade Organization in 2003. A customs union later became "
            "the Eurasian Economic Union, and the union grew. Georgia had moved fastest, "
            "joining on 14 June 2000. Moldova followed on 26 July 2001.",
            {
                ("ARM", "WTO", "joined", "2003"),
                ("GEO", "WTO", "joined", "2000-06-14"),
                ("MDA", "WTO", "joined", "2001-07-26"),
            },
        ),
        (
            "The WTO has grown slowly in the region, and membership is prized. Georgia moved "
            "fastest, joining in June 2000.",
            {("GEO", "WTO", "joined", "2000-06")},
        ),
    ],
)
def test_a_participle_after_the_clause_states_the_subjects_change(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert membership_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan hosted the talks, joining Russia in calling for a ceasefire.",
        "The EU summit met in Brussels. Poland's farmers protested, joining on Monday.",
        "NATO leaders met in Vilnius. Sweden arrived late, joining on Tuesday.",
        "The EU summit met in Brussels. Hungary's prime minister arrived late, joining the "
        "talks on Monday.",
        "The ASEAN summit opened. Thousands of protesters marched, joining on Sunday.",
    ],
)
def test_a_participle_of_joining_others_or_an_event_states_nothing(text: str) -> None:
    assert membership_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mongolia is a small democracy. In 2004 it became the first observer of the "
            "Shanghai Cooperation Organisation.",
            {("MNG", "SCO", "observer", "2004")},
        ),
        (
            "Qatar became the second observer state of the Organization of Turkic States in 2022.",
            {("QAT", "OTS", "observer", "2022")},
        ),
        (
            "Mongolia became the 57th participating state of the OSCE on 21 November 2012.",
            {("MNG", "OSCE", "joined", "2012-11-21")},
        ),
        (
            "Turkmenistan keeps its neutrality. Later in 2021, the country had become an "
            "observer of the Organization of Turkic States.",
            {("TKM", "OTS", "observer", "2021")},
        ),
    ],
)
def test_ranked_observers_participating_states_and_fronted_pronoun_subjects(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert membership_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Qatar became a keen observer of the SCO's work.",
        "Brazil became the only observer of the talks.",
    ],
)
def test_observers_of_other_things_state_nothing(text: str) -> None:
    assert membership_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Algeria applied to join BRICS in 2022. At the summit in August 2023, the BRICS "
            "leaders invited six countries to join: Argentina, Egypt, Ethiopia, Iran, Saudi "
            "Arabia and the United Arab Emirates.",
            {("DZA", "BRICS", "applied")}
            | {(s, "BRICS", "invited") for s in ("ARG", "EGY", "ETH", "IRN", "SAU", "ARE")},
        ),
        (
            "ASEAN leaders decided to invite two more states to become members – Timor-Leste "
            "and Papua New Guinea.",
            {("TLS", "ASEAN", "invited"), ("PNG", "ASEAN", "invited")},
        ),
        (
            "The bloc grew. Four countries joined the Shanghai Cooperation Organisation in "
            "2017 and 2023: India, Pakistan, Iran and Belarus.",
            {(s, "SCO", "joined") for s in ("IND", "PAK", "IRN", "BLR")},
        ),
    ],
)
def test_a_counted_noun_stands_for_the_list_after_a_colon_or_dash(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The SCO invited six countries to join, among them Iran, but the list is not final.",
        "The SCO may invite six countries to join: Iran, Belarus and Laos among them.",
        "NATO invited three countries to join: the talks will go on.",
    ],
)
def test_counted_nouns_without_a_plain_list_or_hedged_state_nothing(text: str) -> None:
    assert membership_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia wants closer ties with Europe. On 3 March 2022, a week after Russia's "
            "invasion of Ukraine, Prime Minister Irakli Garibashvili signed the country's "
            "application for membership of the EU.",
            {("GEO", "EU", "applied", "2022-03-03")},
        ),
        (
            "Within days of the attack on Ukraine, President Maia Sandu signed Moldova's "
            "application for membership of the European Union on 3 March 2022.",
            {("MDA", "EU", "applied", "2022-03-03")},
        ),
        (
            "Kyiv signed Ukraine's application to join the EU on 28 February 2022.",
            {("UKR", "EU", "applied", "2022-02-28")},
        ),
    ],
)
def test_an_application_owned_by_the_applicant_whoever_signs_it(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert membership_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The SCO met in Dushanbe. The leaders agreed to start the procedure for admitting "
            "Iran as a full member.",
            {("IRN", "SCO", "invited")},
        ),
        (
            "Mercosur launched the process of admitting Bolivia in 2015.",
            {("BOL", "MERCOSUR", "invited")},
        ),
        (
            "The alliance decided to begin the process of admitting Finland and Sweden.",
            set(),  # no group named: "the alliance" with none before
        ),
    ],
)
def test_a_decision_to_start_admitting_a_state_is_an_invitation(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The EU summit ended. The leaders refused to start the procedure for admitting Turkey.",
        "The ministers discussed whether to start the process of admitting new members.",
        "NATO met. Allies could start the process of admitting Ukraine next year.",
    ],
)
def test_a_refused_or_hedged_start_of_admission_states_nothing(text: str) -> None:
    assert membership_rows(text) == set()


def test_a_story_group_named_less_often_than_another_gives_way() -> None:
    # the change before is to a group the document hardly names: the most-named one stands
    assert _changes(
        "The Organization of Turkic States met in Istanbul, and the Organization of Turkic "
        "States' leaders spoke. Turkmenistan became an observer of the Eurasian Economic "
        "Union in 2021. The Organization of Turkic States grew. Hungary has been an observer "
        "since 2018."
    ) == {("TKM", "EAEU", "observer"), ("HUN", "OTS", "observer")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The OTS summit granted observer status to three countries: Hungary, Turkmenistan "
            "and Qatar.",
            {(s, "OTS", "observer") for s in ("HUN", "TKM", "QAT")},
        ),
        (
            "Two countries applied to join BRICS in 2022: Algeria and Iran.",
            {("DZA", "BRICS", "applied"), ("IRN", "BRICS", "applied")},
        ),
        (
            "The bloc enlarged twice, with Croatia joining the European Union in 2013.",
            {("HRV", "EU", "joined")},
        ),
        (
            "The alliance grew again, with Finland and Sweden becoming members of NATO.",
            {("FIN", "NATO", "joined"), ("SWE", "NATO", "joined")},
        ),
    ],
)
def test_lists_after_other_cues_and_absolute_clauses(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The NATO summit went well, with Russia joining the talks on Monday.",
        "The EU condemned the coup, with Norway joining in the criticism.",
        "NATO leaders met, with Sweden joining on Tuesday.",
    ],
)
def test_absolute_clauses_of_joining_others_state_nothing(text: str) -> None:
    assert membership_rows(text) == set()

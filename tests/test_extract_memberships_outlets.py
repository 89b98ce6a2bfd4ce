"""Membership changes in the phrasing of wire agencies, regional outlets and press
releases: joining, accession, admission, partner and observer status, applications,
invitations, withdrawal, expulsion, suspension; hedged, negated and candidate-status
statements that assert no change."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.facts import MembershipFact


def _facts(text: str) -> list[MembershipFact]:
    facts = extract_facts(Document("m", text, date(2025, 6, 10)))
    return [f for f in facts if isinstance(f, MembershipFact)]


def changes(text: str) -> set[tuple[str, str, str]]:
    return {(f.parties[0], f.group, f.change.value) for f in _facts(text)}


def dated(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(f.parties[0], f.group, f.change.value, f.date) for f in _facts(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # joined
        (
            "Kyrgyzstan joined the Eurasian Economic Union in August 2015.",
            ("KGZ", "EAEU", "joined"),
        ),
        (
            "JAKARTA (Reuters) - Indonesia has officially become a full member of BRICS, "
            "Brazil's government said on Monday.",
            ("IDN", "BRICS", "joined"),
        ),
        ("Sweden became NATO's 32nd member on Thursday.", ("SWE", "NATO", "joined")),
        ("Finland became the 31st member of NATO on April 4, 2023.", ("FIN", "NATO", "joined")),
        (
            "ASEAN formally admitted Timor-Leste as its 11th member at the summit on Sunday.",
            ("TLS", "ASEAN", "joined"),
        ),
        (
            "Timor-Leste was formally admitted as the 11th member of ASEAN on Sunday.",
            ("TLS", "ASEAN", "joined"),
        ),
        ("Kazakhstan acceded to the WTO in November 2015.", ("KAZ", "WTO", "joined")),
        (
            "Armenia's accession to the Eurasian Economic Union took effect on January 2, 2015.",
            ("ARM", "EAEU", "joined"),
        ),
        (
            "Uzbekistan became a member of the Organization of Turkic States in 2019.",
            ("UZB", "OTS", "joined"),
        ),
        (
            "The African Union was admitted as a permanent member of the G20 in September 2023.",
            ("AU", "G20", "joined"),
        ),
        (
            "Bolivia became a full member of Mercosur in July 2024, the bloc said.",
            ("BOL", "MERCOSUR", "joined"),
        ),
        (
            "BAKU (Trend) - Azerbaijan was officially accepted into the Economic Cooperation "
            "Organization in 1992.",
            ("AZE", "ECO", "joined"),
        ),
        (
            "Tajikistan, which joined the WTO in 2013, has since doubled its exports.",
            ("TJK", "WTO", "joined"),
        ),
        (
            "Uzbekistan completed its accession to the World Trade Organization on Friday.",
            ("UZB", "WTO", "joined"),
        ),
        # observer / partner
        (
            "Hungary has been an observer in the Organization of Turkic States since 2018.",
            ("HUN", "OTS", "observer"),
        ),
        (
            "Turkmenistan obtained observer status in the OTS in 2021.",
            ("TKM", "OTS", "observer"),
        ),
        (
            "Uzbekistan received observer status in the EAEU in December 2020.",
            ("UZB", "EAEU", "observer"),
        ),
        (
            "ASEAN granted Timor-Leste observer status in 2022.",
            ("TLS", "ASEAN", "observer"),
        ),
        (
            "Nigeria became a BRICS partner country in January, Brazil's foreign ministry said.",
            ("NGA", "BRICS", "observer"),
        ),
        (
            "Vietnam officially became a partner country of BRICS on June 13.",
            ("VNM", "BRICS", "observer"),
        ),
        (
            "Laos was granted the status of dialogue partner of the SCO in 2022.",
            ("LAO", "SCO", "observer"),
        ),
        # applied
        (
            "BAKU (AP) - Azerbaijan has formally applied to join BRICS, the foreign ministry said.",
            ("AZE", "BRICS", "applied"),
        ),
        (
            "Ukraine submitted its application for EU membership on February 28, 2022.",
            ("UKR", "EU", "applied"),
        ),
        ("Georgia applied for EU membership in March 2022.", ("GEO", "EU", "applied")),
        (
            "Malaysia has submitted a formal application to join BRICS, Prime Minister Anwar "
            "Ibrahim said.",
            ("MYS", "BRICS", "applied"),
        ),
        (
            "Kazakhstan filed its bid to join the WTO in 1996.",
            ("KAZ", "WTO", "applied"),
        ),
        # invited
        (
            "NATO allies formally invited Finland and Sweden to join the alliance on Wednesday.",
            ("FIN", "NATO", "invited"),
        ),
        # left
        ("Georgia quit the CIS in 2009 after the war with Russia.", ("GEO", "CIS", "left")),
        ("Uzbekistan withdrew from the CSTO in 2012.", ("UZB", "CSTO", "left")),
        (
            "Russia was expelled from the Council of Europe in March 2022.",
            ("RUS", "COE", "left"),
        ),
        (
            "The United Kingdom left the European Union on January 31, 2020.",
            ("GBR", "EU", "left"),
        ),
        # suspended
        ("Armenia has frozen its participation in the CSTO.", ("ARM", "CSTO", "suspended")),
        (
            "Niger was suspended from the African Union after the July coup.",
            ("NER", "AU", "suspended"),
        ),
        (
            "The African Union suspended Gabon following the coup, the bloc said.",
            ("GAB", "AU", "suspended"),
        ),
        (
            "Mercosur suspended Venezuela in 2016 over its failure to meet obligations.",
            ("VEN", "MERCOSUR", "suspended"),
        ),
    ],
)
def test_outlet_phrasing_reads_the_change(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in changes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan joined BRICS as a partner country on January 1.",
            {("KAZ", "BRICS", "observer")},
        ),
        ("Indonesia became BRICS' 10th member.", {("IDN", "BRICS", "joined")}),
        (
            "Armenia's participation in the CSTO has been frozen since February 2024.",
            {("ARM", "CSTO", "suspended")},
        ),
        (
            "BRICS expanded to include Iran, Egypt, Ethiopia and the United Arab Emirates in "
            "January 2024.",
            {(a, "BRICS", "joined") for a in ("EGY", "ETH", "IRN", "ARE")},
        ),
        (
            "The withdrawal of Mali, Burkina Faso and Niger from ECOWAS took effect on "
            "January 29, 2025.",
            {(a, "ECOWAS", "left") for a in ("MLI", "BFA", "NER")},
        ),
        ("Indonesia accepted an invitation to join BRICS.", {("IDN", "BRICS", "invited")}),
        (
            "ASEAN welcomed Timor-Leste as a full member in October.",
            {("TLS", "ASEAN", "joined")},
        ),
    ],
)
def test_wider_phrasing_reads_exactly_the_change(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan, a member of the WTO since 2015, hosted the ministerial conference.",
            ("KAZ", "WTO", "joined", "2015"),
        ),
        (
            "Kazakhstan, a WTO member since 2015, hosted the ministerial conference.",
            ("KAZ", "WTO", "joined", "2015"),
        ),
        (
            "Kazakhstan has been a member of the United Nations since March 1992.",
            ("KAZ", "UN", "joined", "1992-03"),
        ),
        (
            "BRICS, formed by Brazil, Russia, India and China and later joined by South Africa, "
            "grew sharply this year.",
            ("ZAF", "BRICS", "joined", "2025-06-10"),
        ),
    ],
)
def test_a_membership_dated_by_since_or_joined_by(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in dated(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey, a member of NATO, bought Russian S-400 systems.",
        "Azerbaijan has been a member of the OIC delegation since the talks began.",
    ],
)
def test_a_membership_without_its_start_is_no_change(text: str) -> None:
    assert changes(text) == set()


def test_list_of_new_members_each_joined() -> None:
    text = "Iran, Egypt, Ethiopia and the United Arab Emirates joined BRICS on January 1, 2024."
    assert changes(text) == {
        ("EGY", "BRICS", "joined"),
        ("ETH", "BRICS", "joined"),
        ("IRN", "BRICS", "joined"),
        ("ARE", "BRICS", "joined"),
    }


def test_list_invited_by_the_bloc() -> None:
    text = (
        "BRICS leaders invited Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the UAE "
        "to join the bloc at the Johannesburg summit in August 2023."
    )
    found = changes(text)
    assert {(a, "BRICS", "invited") for a in ("ARG", "EGY", "ETH", "IRN", "SAU", "ARE")} <= found


def test_partner_countries_listed() -> None:
    text = (
        "Belarus, Bolivia, Kazakhstan, Cuba, Malaysia, Thailand, Uganda and Uzbekistan "
        "became BRICS partner countries on January 1."
    )
    found = changes(text)
    assert ("KAZ", "BRICS", "observer") in found
    assert ("UZB", "BRICS", "observer") in found
    assert not {f for f in found if f[2] == "joined"}


def test_historical_mention_keeps_its_own_date() -> None:
    text = "Kazakhstan, which joined the WTO in 2015, hosted the ministerial conference in 2024."
    assert dated(text) == {("KAZ", "WTO", "joined", "2015")}


def test_observers_since_their_own_years() -> None:
    text = (
        "Leaders of the Organization of Turkic States met in Shusha on Saturday. "
        "Hungary and Turkmenistan attended as observers, a status Hungary has enjoyed since "
        "2018 and Turkmenistan since 2021."
    )
    found = dated(text)
    assert ("HUN", "OTS", "observer", "2018") in found
    assert ("TKM", "OTS", "observer", "2021") in found


def test_the_same_status_as_the_sentence_before() -> None:
    text = (
        "Moldova was granted observer status in the Eurasian Economic Union in 2018. "
        "Uzbekistan and Cuba have held the same status since 2020."
    )
    found = dated(text)
    assert ("MDA", "EAEU", "observer", "2018") in found
    assert ("UZB", "EAEU", "observer", "2020") in found
    assert ("CUB", "EAEU", "observer", "2020") in found


def test_the_nation_stands_for_the_state_named_before() -> None:
    text = (
        "Timor-Leste is set to become the newest member of ASEAN. "
        "The small island nation of 1.3 million people applied for membership in 2011."
    )
    assert dated(text) == {("TLS", "ASEAN", "applied", "2011")}


def test_possessive_group_with_an_ordinal() -> None:
    text = "Timor-Leste was admitted as ASEAN's 11th member on Sunday."
    assert changes(text) == {("TLS", "ASEAN", "joined")}


@pytest.mark.parametrize(
    "text",
    [
        "The EU expelled Russian diplomats after the summit.",
        "At the EU summit in Brussels, the football federation suspended Russia.",
        "Kazakhstan became a partner of the EU in the hydrogen project.",
        "Azerbaijan became a strategic partner of the EU in 2022.",
        "Uzbekistan became a key partner for China in 2024.",
        "Kyrgyzstan suspended exports of hay to the EAEU in March.",
        "Erdogan joined the leaders of the OTS in Budapest on Friday.",
        "Armenia joined the EU monitoring mission as a partner.",
        "The Kyrgyz president joined other CSTO leaders in signing the declaration.",
        "Tokayev left for Beijing to attend the SCO summit.",
        "Kazakhstan left Astana's seat at the OSCE table empty.",
        "Russia suspended Georgia from the talks.",
        "Uzbekistan accepted an invitation to attend the SCO summit.",
        "China expanded its trade to include Kazakhstan.",
        "The Russian delegation was excluded from the OSCE meeting.",
        "Armenia's participation in the CSTO summit is suspended.",
        "Belarus was invited to the SCO summit as a guest.",
        "Azerbaijan, invited to the OTS summit, sent its foreign minister.",
        "Kazakhstan expelled Russian diplomats from Astana.",
        "Iran became a key partner of the SCO in energy.",
    ],
)
def test_partner_or_object_phrases_that_are_no_membership(text: str) -> None:
    assert changes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Armenia is not planning to leave the CSTO, Pashinyan said on Tuesday.",
        "The EU rejected Turkey's bid to join the bloc.",
        "Azerbaijan may join BRICS as early as next year, an adviser said.",
        "Serbia is considering whether to apply for membership of BRICS.",
        "Kazakhstan has no plans to join BRICS, the president's spokesman said.",
        "Uzbekistan could become a full member of the EAEU within two years.",
        "Ukraine hopes to become a full member of NATO after the war.",
        "Moldova was granted EU candidate status in June 2022.",
        "The EU opened accession talks with Ukraine and Moldova in June 2024.",
        "Talks on Uzbekistan's accession to the WTO are expected to conclude in 2026.",
        "If Georgia joins the EU, its trade rules will change.",
        "Armenia says it will eventually leave the CSTO.",
        "Ankara denied reports that Turkey had applied to join BRICS.",
        "Kazakhstan has repeatedly ruled out joining BRICS.",
        "Turkmenistan, a neutral state, has never joined the CSTO or the EAEU.",
        "Officials discussed whether Mongolia should become a full member of the SCO.",
        "Critics say Armenia has all but left the CSTO without saying so.",
        "Russia warned Georgia against joining NATO.",
        "Tbilisi's bid to join the EU has stalled since 2024.",
        "Kazakhstan joined the EU's sanctions regime on dual-use goods.",
        "Azerbaijan joined the talks as an observer at the invitation of the hosts.",
        "Argentina pulled out of joining BRICS in December 2023.",
        "Armenia pulled out of the CSTO summit in Minsk.",
        "Kazakhstan joined the EU sanctions regime in 2024.",
        "Pashinyan said Armenia would leave the CSTO.",
        "Kazakhstan is not a member of BRICS.",
        "Saudi Arabia has yet to formally join BRICS.",
        "Kyrgyzstan and Armenia, both EAEU members, backed the plan.",
        "Ukraine is seeking to join the EU.",
    ],
)
def test_hedged_negated_or_no_change_yields_nothing(text: str) -> None:
    assert changes(text) == set()

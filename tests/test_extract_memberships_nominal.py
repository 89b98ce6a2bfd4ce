"""Membership changes stated by nominal, possessive, passive and elliptical phrasings
(the cues of :mod:`caspian.extract.membership_cues_more` and the elliptical lists of
:mod:`caspian.extract.memberships`), through the real pipeline; with the hedged,
negated and look-alike statements that state no change."""

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
        # possessive membership / entry taking effect
        ("Iran's membership of the SCO took effect on July 4.", ("IRN", "SCO", "joined")),
        (
            "Iran's full membership in the Shanghai Cooperation Organisation became official "
            "on Tuesday.",
            ("IRN", "SCO", "joined"),
        ),
        ("Sweden's NATO membership took effect on March 7.", ("SWE", "NATO", "joined")),
        ("Iran's membership in the SCO was formalised at the summit.", ("IRN", "SCO", "joined")),
        ("Indonesia's entry into BRICS was announced on Monday.", ("IDN", "BRICS", "joined")),
        # a third party announcing the entry
        (
            "Brazil, which holds the BRICS presidency, announced Indonesia's entry into the bloc "
            "on Monday.",
            ("IDN", "BRICS", "joined"),
        ),
        ("NATO marked Finland's accession to the alliance on Tuesday.", ("FIN", "NATO", "joined")),
        # the group admitting or welcoming
        ("The SCO admitted Belarus on Thursday.", ("BLR", "SCO", "joined")),
        ("NATO admitted Sweden in March 2024.", ("SWE", "NATO", "joined")),
        (
            "ASEAN leaders formally welcomed Timor-Leste into the bloc on Sunday.",
            ("TLS", "ASEAN", "joined"),
        ),
        ("Allied leaders welcomed Finland into NATO on Tuesday.", ("FIN", "NATO", "joined")),
        # other verbs of joining
        ("Sweden formally entered NATO on Thursday.", ("SWE", "NATO", "joined")),
        ("Indonesia became part of BRICS in January.", ("IDN", "BRICS", "joined")),
        ("Iran is now a full member of the SCO.", ("IRN", "SCO", "joined")),
        ("Kazakhstan was granted membership in the WTO in 2015.", ("KAZ", "WTO", "joined")),
        ("Uzbekistan gained membership of the Turkic Council in 2019.", ("UZB", "OTS", "joined")),
        (
            "Uzbekistan upgraded its status in the OTS to full member in 2019.",
            ("UZB", "OTS", "joined"),
        ),
        ("Uzbekistan rejoined the CSTO in 2006.", ("UZB", "CSTO", "joined")),
        (
            "Indonesia became a full-fledged BRICS member in January.",
            ("IDN", "BRICS", "joined"),
        ),
        (
            "Iran, Egypt, Ethiopia and the United Arab Emirates became BRICS members on January 1.",
            ("ARE", "BRICS", "joined"),
        ),
        (
            "Egypt and Ethiopia joined BRICS this year, along with Iran and the UAE.",
            ("ARE", "BRICS", "joined"),
        ),
        (
            "Bolivia was incorporated as a full member of Mercosur in July 2024.",
            ("BOL", "MERCOSUR", "joined"),
        ),
        (
            "Bolivia's full accession to Mercosur was completed in July 2024.",
            ("BOL", "MERCOSUR", "joined"),
        ),
        (
            "Since joining the WTO in 2015, Kazakhstan has cut tariffs.",
            ("KAZ", "WTO", "joined"),
        ),
        (
            "After joining the SCO in 2023, Iran sought closer ties with China.",
            ("IRN", "SCO", "joined"),
        ),
        # observer and partner status
        (
            "Azerbaijan obtained the status of dialogue partner of the SCO in 2016.",
            ("AZE", "SCO", "observer"),
        ),
        ("Azerbaijan has been an SCO dialogue partner since 2016.", ("AZE", "SCO", "observer")),
        ("Azerbaijan was granted SCO dialogue partner status in 2016.", ("AZE", "SCO", "observer")),
        ("Laos was accepted as a dialogue partner of the SCO in 2024.", ("LAO", "SCO", "observer")),
        (
            "Vietnam was officially recognised as a BRICS partner country on June 13.",
            ("VNM", "BRICS", "observer"),
        ),
        ("Vietnam was accepted as a BRICS partner country in June.", ("VNM", "BRICS", "observer")),
        ("Laos became the SCO's newest dialogue partner in 2024.", ("LAO", "SCO", "observer")),
        (
            "A complication is Uzbekistan's observer status in the Eurasian Economic Union, "
            "obtained in December 2020.",
            ("UZB", "EAEU", "observer"),
        ),
        (
            "Turkey, a dialogue partner of the SCO since 2013, attended the summit.",
            ("TUR", "SCO", "observer"),
        ),
        (
            "The EAEU approved observer status for Uzbekistan in December 2020.",
            ("UZB", "EAEU", "observer"),
        ),
        (
            "Observer status in the EAEU was granted to Uzbekistan and Cuba in December 2020.",
            ("CUB", "EAEU", "observer"),
        ),
        # applications
        (
            "Turkey has formally asked to join BRICS, a party spokesman said.",
            ("TUR", "BRICS", "applied"),
        ),
        (
            "Thailand submitted a letter of intent to join BRICS in June 2024.",
            ("THA", "BRICS", "applied"),
        ),
        (
            "Azerbaijan's application to join BRICS was submitted in August 2024.",
            ("AZE", "BRICS", "applied"),
        ),
        (
            "Azerbaijan's application for SCO membership was handed over in July.",
            ("AZE", "SCO", "applied"),
        ),
        ("Turkey was asked to join BRICS.", ("TUR", "BRICS", "invited")),
        (
            "Finland and Sweden submitted their applications to join NATO on May 18, 2022.",
            ("SWE", "NATO", "applied"),
        ),
        (
            "Finland and Sweden handed in their membership applications to NATO on May 18, 2022.",
            ("FIN", "NATO", "applied"),
        ),
        ("Sweden and Finland lodged formal requests to join NATO.", ("FIN", "NATO", "applied")),
        (
            "NATO leaders invited Finland and Sweden to become members at the Madrid summit.",
            ("SWE", "NATO", "invited"),
        ),
        (
            "The G20 admitted the African Union as a permanent member on Saturday.",
            ("AU", "G20", "joined"),
        ),
        (
            "The G20 welcomed the African Union as a permanent member on Saturday.",
            ("AU", "G20", "joined"),
        ),
        ("The SCO, which admitted Iran in 2023, met in Astana.", ("IRN", "SCO", "joined")),
        (
            "The AU, which suspended Gabon last year, met in Addis Ababa.",
            ("GAB", "AU", "suspended"),
        ),
        # suspension and departure
        ("Georgia terminated its membership of the CIS in 2009.", ("GEO", "CIS", "left")),
        ("Georgia formally ended its CIS membership in August 2009.", ("GEO", "CIS", "left")),
        ("Ukraine renounced its membership in the CIS.", ("UKR", "CIS", "left")),
        ("Mali's exit from ECOWAS was finalised in January.", ("MLI", "ECOWAS", "left")),
        ("ECOWAS suspended Mali's membership on Friday.", ("MLI", "ECOWAS", "suspended")),
        (
            "The SCO upgraded Belarus from observer to full member on Thursday.",
            ("BLR", "SCO", "joined"),
        ),
        ("Kazakhstan secured membership of the WTO in 2015.", ("KAZ", "WTO", "joined")),
        (
            "Armenia joined the EAEU in January 2015, as did Kyrgyzstan in August 2015.",
            ("KGZ", "EAEU", "joined"),
        ),
        (
            "Armenia announced it was freezing its participation in the CSTO.",
            ("ARM", "CSTO", "suspended"),
        ),
        ("Armenia has put its membership of the CSTO on hold.", ("ARM", "CSTO", "suspended")),
        ("Armenia put its CSTO participation on hold in February.", ("ARM", "CSTO", "suspended")),
        (
            "Russia formally ceased to be a member of the Council of Europe on March 16, 2022.",
            ("RUS", "COE", "left"),
        ),
        ("Georgia is no longer a member of the CIS, the ministry said.", ("GEO", "CIS", "left")),
        (
            "Leaders of ECOWAS met after Mali, Burkina Faso and Niger left the bloc in January.",
            ("MLI", "ECOWAS", "left"),
        ),
    ],
)
def test_a_phrasing_states_the_change(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The court admitted Iran's claim on Monday.",
        "The SCO secretary-general admitted that Iran had problems.",
        "The EU welcomed Ukraine's accession talks on Tuesday.",
        "The EU welcomed Ukraine's accession to the Council of Europe convention on Tuesday.",
        "Brazil announced Indonesia's entry into the BRICS summit on Monday.",
        "Brazil announced Indonesia's bid to join BRICS.",
        "Indonesia's entry into BRICS is expected in January.",
        "Indonesia's entry into BRICS was delayed until after the elections.",
        "Sweden's NATO membership was blocked by Turkey.",
        "Sweden's NATO membership could take effect in March.",
        "Officials said Iran's membership of the SCO will take effect in July.",
        "The Turkish parliament approved Sweden's accession to NATO in January.",
        "Putin welcomed Tokayev into the Kremlin on Tuesday.",
        "Kazakhstan was accepted as a partner in the hydrogen project.",
        "Uzbekistan was recognised as a key partner of the EU.",
        "Azerbaijan has not been accepted as a dialogue partner of the SCO.",
        "Putin asked Kazakhstan to join BRICS.",
        "The minister asked to join the talks.",
        "Hungary has not asked to join BRICS.",
        "Thailand may submit a letter of intent to join BRICS.",
        "Azerbaijan's application to join BRICS has not been submitted.",
        "Azerbaijan's application to join BRICS will be submitted in August.",
        "Kazakhstan put its oil exports on hold.",
        "Armenia could put its membership of the CSTO on hold.",
        "Russia may cease to be a member of the Council of Europe.",
        "Sweden entered the EU market in 1995.",
        "Sweden entered NATO airspace.",
        "The agreement entered into force in 2020.",
        "Kazakhstan became part of the Middle Corridor.",
        "Kazakhstan became part of the EU's Global Gateway programme.",
        "Kazakhstan is now a member of the WTO's board.",
        "Uzbekistan could gain membership of the OTS in 2019.",
        "Kazakhstan upgraded its relations with the EU.",
        "Kazakhstan left the alliance meeting early.",
        "Armenia left the bloc's summit early.",
        "Armenia, a CSTO member, left the union of Eurasian states in 2015.",
        "Kazakhstan, a key partner of the EU since 2015, signed a deal.",
        "Moldova was granted EU candidate status in June 2022.",
        "Hungary ratified Sweden's NATO membership bid on Monday.",
        "Laos was admitted as an SCO dialogue partner in 2024.",
        "Since joining the talks in 2015, Kazakhstan has pressed for a deal.",
        "After joining the WTO in 2015, Kazakhstan's exports rose.",
        "After joining the SCO in 2023, Iranian officials sought closer ties.",
        "Armenia is considering freezing its participation in the CSTO.",
        "Kazakhstan joined the talks along with Russia and China.",
        "Kyrgyzstan, the first Central Asian state to join the WTO, did so in 1998.",
        "Iran will formally join the SCO on July 4.",
        "Iran is due to become a full member of the SCO next month.",
        "The Kremlin said Belarus would become a full member of the SCO.",
        "Argentina withdrew its application to join BRICS.",
        "Turkey ratified Finland's accession to NATO on March 30.",
        "Finland's application to join NATO was approved by all 30 allies.",
        "Georgia could end its membership of the CIS.",
        "Kazakhstan ended its chairmanship of the CIS.",
        "Mali's exit from ECOWAS is expected to be finalised in January.",
        "Russia suspended Georgia's participation in the talks.",
        "Kazakhstan suspended Russia's participation.",
        "Kazakhstan upgraded Belarus from partner to full member.",
        "Russian troops entered Georgia in August 2008.",
        "Azerbaijan entered the OSCE Minsk Group talks with caution.",
        "Chinese goods entered the EAEU through Kazakhstan.",
        "Uzbekistan entered the WTO accession talks in 2020.",
        "Kazakhstan took in EU investment of $10 billion in 2024.",
        "NATO admitted that Russia posed a threat.",
        "Tokayev welcomed Xi Jinping into the Akorda on Tuesday.",
        "NATO welcomed Finland's decision to apply.",
        "Armenia became part of the OSCE mission.",
        "Georgia is no longer a member of the CIS mission.",
        "Azerbaijan asked to join the talks as an observer.",
        "Turkmenistan was asked to join the meeting.",
        "Iran's membership in the SCO has not yet taken effect.",
        "Armenia put its payments to the CSTO on hold.",
        "Kazakhstan is now a member of the OPEC+ monitoring committee.",
        "The G20 welcomed the EU and the African Union as members.",
        "Russia, which suspended Georgia from the talks, met in Moscow.",
        "Leaders welcomed the EU delegation as a new member of the forum.",
        "The EAEU approved observer status for the delegation of Uzbekistan's parliament.",
        "Observer status in the EAEU could be granted to Uzbekistan next year.",
    ],
)
def test_no_joining_or_other_change(text: str) -> None:
    found = changes(text)
    if text.startswith("Laos was admitted"):
        assert found == {("LAO", "SCO", "observer")}
    else:
        assert not found


def test_an_apposition_is_not_the_subject_of_the_cue() -> None:
    text = (
        "Azerbaijan, a dialogue partner of the SCO since 2016, applied for full membership in July."
    )
    assert changes(text) == {("AZE", "SCO", "observer"), ("AZE", "SCO", "applied")}


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyzstan joined the WTO in 1998, Tajikistan followed in 2013 and Kazakhstan in 2015.",
        "Kyrgyzstan joined the WTO in 1998, Tajikistan in 2013 and Kazakhstan in 2015.",
        "Kyrgyzstan joined the WTO in 1998, while Tajikistan followed in 2013, and Kazakhstan "
        "in 2015.",
    ],
)
def test_every_conjunct_of_an_elliptical_list_is_read(text: str) -> None:
    assert dated(text) == {
        ("KGZ", "WTO", "joined", "1998"),
        ("TJK", "WTO", "joined", "2013"),
        ("KAZ", "WTO", "joined", "2015"),
    }


def test_followed_by_states_the_same_change() -> None:
    text = "Armenia joined the EAEU in January 2015, followed by Kyrgyzstan in August 2015."
    assert dated(text) == {
        ("ARM", "EAEU", "joined", "2015-01"),
        ("KGZ", "EAEU", "joined", "2015-08"),
    }


def test_an_enlargement_by_accession_names_the_members() -> None:
    text = (
        "The Eurasian Economic Union expanded in 2015 with the accession of Armenia and Kyrgyzstan."
    )
    assert dated(text) == {("ARM", "EAEU", "joined", "2015"), ("KGZ", "EAEU", "joined", "2015")}


def test_the_bloc_is_the_group_the_document_is_about() -> None:
    text = (
        "NATO leaders met in Washington in July 2024. "
        "Sweden ended two centuries of neutrality and joined the alliance in March."
    )
    assert ("SWE", "NATO", "joined") in changes(text)


def test_joining_as_an_observer_is_observer_status_in_the_documents_group() -> None:
    text = (
        "Leaders of the Organization of Turkic States met in Istanbul on Friday. "
        "Turkmenistan joined as an observer on Friday. "
        "Uzbekistan became a full member in 2019. "
        "Hungary has been an observer since 2018."
    )
    assert dated(text) == {
        ("TKM", "OTS", "observer", "2025-06-06"),
        ("UZB", "OTS", "joined", "2019"),
        ("HUN", "OTS", "observer", "2018"),
    }


def test_a_member_in_a_year_names_no_group_after_it() -> None:
    assert not changes("Uzbekistan became a full member in 2019.")
    assert not changes("Turkmenistan joined as an observer on Friday.")


def test_invited_at_a_summit_takes_the_documents_group() -> None:
    text = (
        "BRICS leaders met in Kazan in October. "
        "Argentina, invited at the Johannesburg summit in August 2023, turned the offer down."
    )
    assert dated(text) == {("ARG", "BRICS", "invited", "2023-08")}
    assert not changes("Azerbaijan, invited to the OTS summit, sent its foreign minister.")


def test_a_group_taking_in_members_one_by_one() -> None:
    text = "The EU took in Croatia in 2013 and Bulgaria in 2007."
    assert dated(text) == {("HRV", "EU", "joined", "2013"), ("BGR", "EU", "joined", "2007")}
    assert not changes("Kazakhstan took in refugees from Afghanistan in 2021.")


def test_the_blocs_newest_member_takes_the_documents_group() -> None:
    text = (
        "ASEAN leaders met in Kuala Lumpur on Sunday. "
        "Timor-Leste became the bloc's newest member at the meeting. "
        "Kazakhstan became the union's largest trading partner."
    )
    assert changes(text) == {("TLS", "ASEAN", "joined")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyrgyzstan joined the WTO in 1998. "
            "Tajikistan followed in 2013, and Kazakhstan in 2015.",
            {
                ("KGZ", "WTO", "joined", "1998"),
                ("TJK", "WTO", "joined", "2013"),
                ("KAZ", "WTO", "joined", "2015"),
            },
        ),
        (
            "Armenia joined the EAEU in January 2015. Kyrgyzstan did so in August 2015.",
            {("ARM", "EAEU", "joined", "2015-01"), ("KGZ", "EAEU", "joined", "2015-08")},
        ),
        (
            "Laos joined ASEAN in 1997. Cambodia followed two years later.",
            {("LAO", "ASEAN", "joined", "1997"), ("KHM", "ASEAN", "joined", "1999")},
        ),
    ],
)
def test_a_sentence_that_follows_takes_the_change_before(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyzstan joined the WTO in 1998. Talks with Kazakhstan followed in 2013.",
        "Kyrgyzstan joined the WTO in 1998. Kazakhstan followed the talks closely in 2013.",
        "Kyrgyzstan joined the WTO in 1998. Kazakhstan may follow in 2026.",
        "Armenia and Belarus joined the EAEU. Kazakhstan followed in 2015.",
    ],
)
def test_no_follower_without_its_own_subject_or_one_change_before(text: str) -> None:
    found = changes(text)
    assert ("KAZ", "WTO", "joined") not in found
    if text.startswith("Armenia"):
        assert ("KAZ", "EAEU", "joined") in found  # one change before: the follower takes it
    else:
        assert ("KAZ", "EAEU", "joined") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The entry of Bolivia into Mercosur took effect on Monday.",
            ("BOL", "MERCOSUR", "joined"),
        ),
        (
            "The admission of Timor-Leste to ASEAN was completed on Sunday.",
            ("TLS", "ASEAN", "joined"),
        ),
        (
            "Bolivia's incorporation into Mercosur was completed in July.",
            ("BOL", "MERCOSUR", "joined"),
        ),
        (
            "Uzbekistan rejoined the CSTO in 2006 and suspended its membership again in 2012.",
            ("UZB", "CSTO", "suspended"),
        ),
        (
            "Mali, Burkina Faso and Niger said their exit from ECOWAS became effective on "
            "Wednesday.",
            ("NER", "ECOWAS", "left"),
        ),
        (
            "Leaders of BRICS met in Rio. Indonesia applied in 2023 and was formally admitted on "
            "Monday.",
            ("IDN", "BRICS", "joined"),
        ),
        (
            "The Eurasian Economic Union met in Minsk. "
            "Uzbekistan became the union's third observer in 2020.",
            ("UZB", "EAEU", "observer"),
        ),
    ],
)
def test_more_nominal_and_coordinated_phrasings(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The entry of Bolivia into Mercosur is expected to take effect next year.",
        "Mali said its exit from ECOWAS would become effective next year.",
        "Kazakhstan was admitted on Monday to the hospital.",
        "Uzbekistan hosted the CSTO in 2006 and suspended its membership of the OSCE panel.",
    ],
)
def test_more_look_alikes_state_no_change(text: str) -> None:
    found = changes(text)
    assert not {f for f in found if f[2] in ("joined", "left")}
    assert ("UZB", "CSTO", "suspended") not in found

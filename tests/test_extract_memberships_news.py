"""Membership changes in common news phrasings: an exit reported in the progressive or
announced, a group named by its kind ("the group", "the League"), readmission and
restored membership, a nominal suspension reported ended, a membership dated by "since"
in the present tense, object-less verbs after a state or its capital, nominal accession;
a member found through a reference only when the registry makes it plausible. Hedged,
negated, future and travel statements yield nothing."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_facts
from caspian.extract.membership_context import plausible
from caspian.facts import MembershipChange, MembershipFact


def dated(text: str) -> set[tuple[str, str, str, str | None]]:
    facts = extract_facts(Document("m", text, date(2025, 6, 10)))
    return {
        (f.parties[0], f.group, f.change.value, f.date)
        for f in facts
        if isinstance(f, MembershipFact)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # present / past progressive and announced exits, dated by the report
        (
            "LUANDA, June 5 - Angola is leaving the Organization of the Petroleum Exporting "
            "Countries, its oil minister said on Thursday.",
            {("AGO", "OPEC", "left", "2025-06-05")},
        ),
        (
            "OPEC+ ministers met in Vienna. Angola said on Thursday it was quitting the cartel.",
            {("AGO", "OPEC", "left", "2025-06-05")},
        ),
        (
            "Burkina Faso, Mali and Niger are leaving ECOWAS, the juntas said in a joint "
            "statement on Sunday.",
            {
                ("BFA", "ECOWAS", "left", "2025-06-08"),
                ("MLI", "ECOWAS", "left", "2025-06-08"),
                ("NER", "ECOWAS", "left", "2025-06-08"),
            },
        ),
        (
            "Russia is withdrawing from the Council of Europe, Lavrov said on Tuesday.",
            {("RUS", "COE", "left", "2025-06-10")},
        ),
        (
            "Armenia announced its withdrawal from the CSTO on Monday.",
            {("ARM", "CSTO", "left", "2025-06-09")},
        ),
        (
            "Angola has decided to leave OPEC, the oil ministry said on Thursday.",
            {("AGO", "OPEC", "left", "2025-06-05")},
        ),
        (
            "Syria returned to the Arab League in May 2023 after a 12-year suspension.",
            {("SYR", "LAS", "joined", "2023-05")},
        ),
        # the group by its kind; a second conjunct with a bare verb and a date
        (
            "OPEC pumps a third of the world's oil. Qatar quit the group in January 2019 to "
            "focus on natural gas, and Ecuador left in January 2020, citing fiscal pressures.",
            {("QAT", "OPEC", "left", "2019-01"), ("ECU", "OPEC", "left", "2020-01")},
        ),
        (
            "The Collective Security Treaty Organization met in Minsk. Uzbekistan left the "
            "alliance in 2012, while Georgia quit on 1 May 1999.",
            {("UZB", "CSTO", "left", "2012"), ("GEO", "CSTO", "left", "1999-05-01")},
        ),
        # readmission and restored membership: joined
        (
            "Arab foreign ministers meeting in Cairo voted on 7 May to readmit Syria to the "
            "Arab League.",
            {("SYR", "LAS", "joined", "2025-05-07")},
        ),
        (
            "The African Union readmitted Mali to the bloc in 2024 after elections.",
            {("MLI", "AU", "joined", "2024")},
        ),
        (
            "Guinea was reinstated in the African Union in March 2024, the AU said.",
            {("GIN", "AU", "joined", "2024-03")},
        ),
        (
            "Syria's membership of the Arab League was restored in May 2023.",
            {("SYR", "LAS", "joined", "2023-05")},
        ),
        (
            "The Arab League lifted Syria's suspension on 7 May.",
            {("SYR", "LAS", "joined", "2025-05-07")},
        ),
        (
            "Mali's suspension from the African Union was lifted in 2024.",
            {("MLI", "AU", "joined", "2024")},
        ),
        (
            "Arab League ministers voted on 7 May to readmit Syria. The vote lifted Syria's "
            "suspension, which the League had imposed in November 2011.",
            {("SYR", "LAS", "joined", "2025-05-07"), ("SYR", "LAS", "suspended", "2011-11")},
        ),
        # headlines in the present
        (
            "Angola quits OPEC amid production quota dispute.",
            {("AGO", "OPEC", "left", "2025-06-10")},
        ),
        (
            "Russia withdraws from the Council of Europe.",
            {("RUS", "COE", "left", "2025-06-10")},
        ),
        (
            "Indonesia joins BRICS as a full member, Brazil says.",
            {("IDN", "BRICS", "joined", "2025-06-10")},
        ),
        # a nominal suspension reported ended: the member of the change just reported
        (
            "Arab foreign ministers voted on 7 May to readmit Syria to the Arab League. The "
            "decision ended a suspension that the League had imposed in November 2011 over "
            "the crackdown.",
            {("SYR", "LAS", "joined", "2025-05-07"), ("SYR", "LAS", "suspended", "2011-11")},
        ),
        (
            "Syria was readmitted to the Arab League in May 2023. The vote lifted the "
            "suspension, which the League imposed in November 2011.",
            {("SYR", "LAS", "joined", "2023-05"), ("SYR", "LAS", "suspended", "2011-11")},
        ),
        # a membership dated by "since" in the present tense
        (
            "Armenia is a member of the EAEU since January 2015.",
            {("ARM", "EAEU", "joined", "2015-01")},
        ),
        (
            "Kyrgyzstan and Armenia are members of the Eurasian Economic Union since 2015.",
            {("KGZ", "EAEU", "joined", "2015"), ("ARM", "EAEU", "joined", "2015")},
        ),
        # capitals for states, an object-less verb with the group from the context
        (
            "Ukraine and Moldova want to join the EU. Kyiv applied on 28 February 2022, and "
            "Chisinau followed on 3 March 2022.",
            {("UKR", "EU", "applied", "2022-02-28"), ("MDA", "EU", "applied", "2022-03-03")},
        ),
        (
            "Georgia wants to join the EU. The government said on Monday that Tbilisi "
            "applied in March 2022.",
            {("GEO", "EU", "applied", "2022-03")},
        ),
        (
            "The EU granted Georgia candidate status in 2023. Georgia applied on 3 March 2022 "
            "and Moldova on the same day.",
            {("GEO", "EU", "applied", "2022-03-03"), ("MDA", "EU", "applied", "2022-03-03")},
        ),
        (
            "The Arab League voted in 2011 to suspend Syria. Syria was readmitted in May 2023.",
            {("SYR", "LAS", "joined", "2023-05")},
        ),
        # nominal accession with a past date
        (
            "The EU's most recent enlargement was the accession of Croatia in 2013.",
            {("HRV", "EU", "joined", "2013")},
        ),
        (
            "The Nordic region changed after Finland's accession to NATO in April 2023.",
            {("FIN", "NATO", "joined", "2023-04")},
        ),
        (
            "NATO grew after the accession of Finland in 2023 and Sweden in 2024.",
            {("FIN", "NATO", "joined", "2023"), ("SWE", "NATO", "joined", "2024")},
        ),
        # nominal exits, expulsions, suspensions, returns with a past date
        (
            "OPEC output fell after Qatar's exit from OPEC in 2019.",
            {("QAT", "OPEC", "left", "2019")},
        ),
        (
            "OPEC output fell after Qatar's departure from the group in 2019.",
            {("QAT", "OPEC", "left", "2019")},
        ),
        (
            "The Council of Europe has 46 members since the expulsion of Russia in March 2022.",
            {("RUS", "COE", "left", "2022-03")},
        ),
        (
            "After the suspension of Russia from the Council of Europe on 25 February 2022, "
            "ministers met.",
            {("RUS", "COE", "suspended", "2022-02-25")},
        ),
        (
            "With Syria's return to the Arab League in May 2023, the summit went ahead.",
            {("SYR", "LAS", "joined", "2023-05")},
        ),
        (
            "The WTO grew after Kazakhstan's entry into the WTO in 2015.",
            {("KAZ", "WTO", "joined", "2015")},
        ),
    ],
)
def test_news_phrasings(text: str, expected: set[tuple[str, str, str, str | None]]) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # hedged, threatened, negated, considered exits
        "Armenia could leave the CSTO, Pashinyan said on Thursday.",
        "Armenia threatened to quit the bloc in February 2024, the CSTO said.",
        "Armenia is not leaving the CSTO, its foreign minister said on Thursday.",
        "Armenia is considering leaving the CSTO, its foreign minister said.",
        "Russia is leaving the talks in Geneva, the foreign ministry said.",
        "The CSTO met. Armenia, which is leaving the alliance in all but name, did not attend.",
        "Hungary is leaving the EU presidency to Poland, Orban said on Monday.",
        "Borrell is leaving the EU after five years, the Spanish government said.",
        "The African Union has not lifted Mali's suspension.",
        "Armenia has not decided to leave the CSTO.",
        "Armenia may have decided to quit the bloc, analysts said.",
        "Mali decided not to leave ECOWAS.",
        "Orban returned to Brussels on Friday.",
        "Hungary returned to Brussels on Friday for talks.",
        "Kazakhstan returned to the OSCE Minsk Group talks.",
        # a group joined in an act; an event of a group; travel
        "Kazakhstan joined the EU in condemning the attack.",
        "Kazakhstan joins the EU in condemning the attack.",
        "Kazakhstan joins EU sanctions on Belarus.",
        "Tokayev joins SCO leaders in Astana.",
        "Russia withdraws from talks with NATO.",
        "Russia leaves the door open to talks with NATO.",
        "Erdogan leaves Brussels after the NATO summit.",
        "Turkish President Erdogan left Brussels on Friday after the NATO summit.",
        "Kazakh President Tokayev left on Friday for Moscow, where the EAEU meets.",
        "The EAEU summit opened. Tokayev left on 5 June, before the talks ended.",
        "NATO leaders met. Finland left in 2023 on a visit.",
        "Turkey is a NATO member. Ankara left in 1952 for talks in Washington.",
        "The EU is Kazakhstan's largest partner. Kazakhstan left in 2023 with a surplus.",
        # negated or unrelated applications
        "Georgia wants to join the EU. Georgia has not applied in 2022, officials said.",
        "The tariffs were reviewed. Kazakhstan applied on 1 March 2024 the new rules.",
        "Kazakhstan raised tariffs. Astana applied in March 2024, the ministry said.",
        # no readmission
        "Ministers failed to agree. There was no decision to readmit Syria to the Arab "
        "League on Sunday.",
        "Arab ministers refused to readmit Syria to the Arab League on Sunday.",
        "Arab ministers could vote on Sunday to readmit Syria to the Arab League.",
        "Arab states voted against readmitting Syria to the Arab League in 2019.",
        "The Arab League reinstated sanctions on Syria in 2012.",
        "The Arab League reinstated Syria's envoy. The League reinstated sanctions.",
        "The AU met. The court reinstated Mali's president on Friday.",
        "The EU reinstated Hungary's voting rights in 2024.",
        # future or talks about accession
        "The bloc hopes to finish talks with Ukraine's accession in 2030.",
        "Talks on the accession of Serbia in 2012 stalled over Kosovo.",
        "The bloc plans the accession of Montenegro by 2028.",
        "The EU will grow with the accession of Montenegro in 2028, officials hope.",
        # no membership noun: a place, a treaty, a summit, talks
        "After Putin's return to Moscow in 2020, the CSTO met.",
        "The UN met. Since Russia's withdrawal from Kherson in November 2022, the front moved.",
        "Since the agreement's entry into force in 2020, trade grew in the EAEU.",
        "After the suspension of talks with Russia in 2022, NATO ministers met.",
        "Since Tokayev's exit from the summit in 2024, the SCO has met twice.",
        "After the Kazakh president's return to the SCO summit in 2024, talks resumed.",
        # not a member since
        "Armenia is not a member of the EAEU since 2015.",
    ],
)
def test_news_negatives(text: str) -> None:
    assert dated(text) == set()


def test_suspension_not_lifted_or_of_another_state() -> None:
    text = (
        "Syria was readmitted to the Arab League in May 2023. The League has not lifted a "
        "suspension imposed on Libya in 2011."
    )
    assert dated(text) == {("SYR", "LAS", "joined", "2023-05")}
    undated = (
        "Syria was readmitted to the Arab League in May 2023. The vote ended a long suspension."
    )
    assert dated(undated) == {("SYR", "LAS", "joined", "2023-05")}


def test_reference_to_a_member_is_no_applicant() -> None:
    # "Both countries" resolved to a venue state already in the EU: no application
    text = (
        "Leaders met in Luxembourg on Tuesday. Both countries asked to join the bloc in the "
        "days after Russia's full-scale invasion of Ukraine, the EU said."
    )
    assert not {f for f in dated(text) if f[0] == "LUX"}


def test_reference_stands_for_all_its_states_when_dated() -> None:
    text = (
        "Kazakhstan and Uzbekistan met. Both countries asked to join the bloc in 2024, the EU said."
    )
    assert dated(text) == {("KAZ", "EU", "applied", "2024"), ("UZB", "EU", "applied", "2024")}
    # undated background about a reference: no date to give, no fact
    undated = (
        "Ukraine and Moldova held talks with the EU in Luxembourg. Both countries asked to "
        "join the bloc in the days after Russia's full-scale invasion of Ukraine."
    )
    assert dated(undated) == set()


def test_plausible_by_registry() -> None:
    joined = MembershipChange.JOINED
    assert not plausible("LUX", "EU", MembershipChange.APPLIED, "2024-06-25")
    assert plausible("UKR", "EU", MembershipChange.APPLIED, "2022-02-28")
    # a member from a date within the period still joins in it
    assert plausible("ARM", "EAEU", joined, "2015")
    assert not plausible("ARM", "EAEU", joined, "2016")
    assert not plausible("FRA", "EU", joined, None)
    # only a member leaves or is suspended
    assert plausible("LUX", "EU", MembershipChange.LEFT, "2024")
    assert not plausible("UKR", "EU", MembershipChange.LEFT, "2024")

"""Finding actor mentions in text: names, demonyms, capitals, people, offices, agencies."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from caspian.actors import load_registry
from caspian.extract.mentions import (
    PREFIX_FORMS,
    ActorMatcher,
    ActorMention,
    find_actor_mentions,
)


def ids(text: str, *, on: date | None = None) -> list[str]:
    return [m.actor_id for m in find_actor_mentions(text, on=on)]


def texts(text: str, *, on: date | None = None) -> list[str]:
    return [m.text for m in find_actor_mentions(text, on=on)]


def one(text: str, *, on: date | None = None) -> ActorMention:
    found = find_actor_mentions(text, on=on)
    assert len(found) == 1, found
    return found[0]


PARAGRAPH = (
    "Officials in Astana said on Monday that Kazakhstan’s rail operator KTZ will double "
    "container traffic to the Georgian port of Poti. President Tokayev discussed the plan "
    "with the Uzbek leader and with Azerbaijan's President Ilham Aliyev, while the Kremlin "
    "watched. A Sino-Kazakh logistics hub and new UAE-India flights were also announced; "
    "the U.S. and the European Union sent observers, and the Turkmen side kept silent.\n"
    "The C5+1 meeting in New York, unlike the so-called C6, drew the Azerbaijani Foreign "
    "Ministry's attention."
)


def test_mentions_offsets_are_exact_substrings() -> None:
    found = find_actor_mentions(PARAGRAPH, on=date(2025, 3, 1))
    assert found
    for mention in found:
        assert PARAGRAPH[mention.start : mention.end] == mention.text
    assert [m.start for m in found] == sorted(m.start for m in found)
    for earlier, later in pairwise(found):
        assert earlier.end <= later.start


def test_mentions_paragraph_resolves_each_actor() -> None:
    found = [
        (m.text, m.actor_id, m.via) for m in find_actor_mentions(PARAGRAPH, on=date(2025, 3, 1))
    ]
    assert found == [
        ("Astana", "KAZ", "capital"),
        ("Kazakhstan", "KAZ", "name"),
        ("KTZ", "KAZ", "agency"),
        ("Georgian", "GEO", "demonym"),
        ("President Tokayev", "KAZ", "person"),
        ("Uzbek leader", "UZB", "office"),
        ("Azerbaijan's President", "AZE", "office"),
        ("Ilham Aliyev", "AZE", "person"),
        ("Kremlin", "RUS", "capital"),
        ("Sino", "CHN", "demonym"),
        ("Kazakh", "KAZ", "demonym"),
        ("UAE", "ARE", "short"),
        ("India", "IND", "name"),
        ("U.S.", "USA", "short"),
        ("European Union", "EU", "name"),
        ("Turkmen side", "TKM", "office"),
        ("C5", "C5", "short"),
        ("Azerbaijani Foreign Ministry", "AZE", "agency"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakh-Uzbek talks", [("Kazakh", 0, 6, "KAZ"), ("Uzbek", 7, 12, "UZB")]),
        ("the Azerbaijan-Armenia border",
         [("Azerbaijan", 4, 14, "AZE"), ("Armenia", 15, 22, "ARM")]),
        ("UAE-India ties", [("UAE", 0, 3, "ARE"), ("India", 4, 9, "IND")]),
        ("Sino-Kazakh relations", [("Sino", 0, 4, "CHN"), ("Kazakh", 5, 11, "KAZ")]),
        ("the Russo-Ukrainian war", [("Russo", 4, 9, "RUS"), ("Ukrainian", 10, 19, "UKR")]),
        ("a Turkish-Azerbaijani-Georgian line",
         [("Turkish", 2, 9, "TUR"), ("Azerbaijani", 10, 21, "AZE"), ("Georgian", 22, 30, "GEO")]),
    ],
)
def test_mentions_hyphen_compounds(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    found = [(m.text, m.start, m.end, m.actor_id) for m in find_actor_mentions(text)]
    assert found == expected


def test_mentions_prefix_forms_only_before_a_hyphen() -> None:
    assert ids("Sino relations") == []
    assert ids("Franco-German engine") == ["FRA", "DEU"]
    demonyms = {d for actor in load_registry().actors() for d in actor.demonyms}
    assert demonyms >= PREFIX_FORMS


def test_mentions_person_resolved_by_document_date() -> None:
    text = "Berdimuhamedov opened the plant."
    assert ids(text, on=date(2021, 1, 1)) == ["TKM"]
    assert ids("Rutte arrived in Ankara.", on=date(2023, 1, 1)) == ["NLD", "TUR"]
    assert ids("Rutte arrived in Ankara.", on=date(2025, 1, 1)) == ["NATO", "TUR"]
    assert ids("Tusk spoke.", on=date(2018, 5, 1)) == ["EU"]
    assert ids("Tusk spoke.", on=date(2024, 5, 1)) == ["POL"]


def test_mentions_person_with_title() -> None:
    mention = one("Prime Minister Narendra Modi arrived.")
    assert (mention.text, mention.actor_id, mention.via) == (
        "Prime Minister Narendra Modi", "IND", "person"
    )
    mention = one("They met Sheikh Mohamed bin Zayed Al Nahyan.")
    assert (mention.text, mention.actor_id) == ("Sheikh Mohamed bin Zayed Al Nahyan", "ARE")
    mention = one("President Moon visited.", on=date(2019, 1, 1))
    assert (mention.text, mention.actor_id) == ("President Moon", "KOR")


def test_mentions_title_only_surnames_need_a_title() -> None:
    assert ids("A Moon landing.") == []
    assert ids("In May the talks resumed.") == []
    assert ids("Prime Minister May left.", on=date(2018, 1, 1)) == ["GBR"]
    assert ids("President Costa chaired it.", on=date(2025, 3, 1)) == ["EU"]
    assert ids("Costa Rica voted.") == ["CRI"]
    assert ids("Mr Khan said so.") == []  # an honorific is not an office title
    assert texts("Mr Tokayev said so.") == ["Mr Tokayev"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish President Erdogan", [("Turkish President", "office"), ("Erdogan", "person")]),
        ("the Kazakh president said", [("Kazakh president", "office")]),
        ("Russia’s foreign minister", [("Russia’s foreign minister", "office")]),
        ("the Kyrgyz government", [("Kyrgyz government", "agency")]),
        ("the Uzbek leaders", [("Uzbek", "demonym")]),
        ("the North Korean leader", [("North Korean leader", "office")]),
        ("the President of Kazakhstan", [("President of Kazakhstan", "office")]),
        ("the Ministry of Foreign Affairs of the Republic of Azerbaijan",
         [("Ministry of Foreign Affairs of the Republic of Azerbaijan", "agency")]),
        ("the Ministry of Energy of Kazakhstan", [("Kazakhstan", "name")]),
        ("the President of the European Commission", [("European Commission", "name")]),
    ],
)
def test_mentions_offices_and_institutions(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.via) for m in find_actor_mentions(text, on=date(2024, 1, 1))] == expected


def test_mentions_case_sensitive_short_forms() -> None:
    assert ids("Let us talk about the US and the U.S.") == ["USA", "USA"]
    assert ids("mali and chad") == []
    assert ids("Mali and Chad") == ["MLI", "TCD"]
    assert ids("the eu") == []


def test_mentions_headline_capitals() -> None:
    assert ids("A CHINESE CONSORTIUM WINS PORT BID IN GEORGIA") == ["CHN", "GEO"]
    assert ids("TÜRKİYE AND TURKMENISTAN SIGN GAS DEAL") == ["TUR", "TKM"]
    assert ids("THE MALI TALKS") == ["MLI"]
    assert ids("THE MAY TALKS") == []  # a surname known only after a title stays unmatched


def test_mentions_korea() -> None:
    assert ids("Korea and North Korea and South Korea and S. Korea") == ["KOR", "PRK", "KOR", "KOR"]
    assert ids("a Korean investor and a North Korean missile") == ["KOR", "PRK"]


def test_mentions_c5_plus_one_and_not_c6() -> None:
    mention = one("the C5+1 summit")
    assert (mention.text, mention.actor_id) == ("C5", "C5")
    assert ids("a C6 format") == []


def test_mentions_blocked_phrases() -> None:
    assert ids("Latin America and the Indian Ocean") == []
    assert ids("worth US$ 20 million") == []
    assert ids("worth US$20 million in US dollars") == []
    assert ids("the Paris Agreement") == []
    assert ids("the Minsk agreements and the Rome Statute") == []
    assert ids("the OSCE Minsk Group") == ["OSCE"]
    assert ids("Paris and Berlin") == ["FRA", "DEU"]


def test_mentions_apostrophes_diacritics_and_line_breaks() -> None:
    assert texts("Kazakhstan’s and Kazakhstan's") == ["Kazakhstan", "Kazakhstan"]
    assert ids("Côte d’Ivoire and Cote d'Ivoire") == ["CIV", "CIV"]
    assert ids("Erdoğan and Erdogan", on=date(2024, 1, 1)) == ["TUR", "TUR"]
    assert ids("Türkiye and Turkiye and Turkey") == ["TUR", "TUR", "TUR"]
    mention = one("the United\nStates of\nAmerica today")
    assert (mention.text, mention.actor_id) == ("United\nStates of\nAmerica", "USA")


def test_mentions_congo_needs_a_qualifier() -> None:
    assert ids("the Congo basin") == []
    assert ids("the Republic of the Congo and DR Congo") == ["COG", "COD"]


def test_mentions_longest_name_wins() -> None:
    assert texts("Papua New Guinea and Guinea-Bissau and Guinea") == [
        "Papua New Guinea", "Guinea-Bissau", "Guinea"
    ]
    assert ids("the Shanghai Cooperation Organisation") == ["SCO"]
    assert ids("the European Bank for Reconstruction and Development") == ["EBRD"]
    assert ids("the Eurasian Economic Union") == ["EAEU"]


def test_mentions_organisations_and_agencies() -> None:
    assert ids("SOCAR, KazMunayGas, BOTAŞ and Rosatom") == ["AZE", "KAZ", "TUR", "RUS"]
    assert ids("the International Trade Administration") == ["USA"]
    assert ids("Brussels and the European Commission") == ["EU", "EU"]
    assert ids("the Turkic Council and the OTS") == ["OTS", "OTS"]


def test_mentions_every_registry_surface_is_found_as_itself() -> None:
    registry = load_registry()
    missed = []
    for actor in registry.actors():
        for surface in (*actor.aliases, *actor.demonyms, *actor.capitals):
            if surface in PREFIX_FORMS:
                continue
            found = find_actor_mentions(f"x {surface} x")
            if [(m.text, m.actor_id) for m in found] != [(surface, actor.id)]:
                missed.append((actor.id, surface, found))
    for agency in registry.agencies():
        for surface in agency.aliases:
            found = find_actor_mentions(f"x {surface} x")
            if [(m.text, m.actor_id) for m in found] != [(surface, agency.actor_id)]:
                missed.append((agency.actor_id, surface, found))
    assert missed == []


def test_mentions_matcher_of_a_custom_registry() -> None:
    matcher = ActorMatcher(load_registry())
    assert [m.actor_id for m in matcher.find("Astana and Baku")] == ["KAZ", "AZE"]


def test_mentions_large_text() -> None:
    block = (
        "Uzbekistan and Kazakhstan signed a deal in Tashkent; the Kyrgyz side and "
        "President Japarov agreed with Moscow. "
    )
    text = block * 2000  # about 220 KB
    found = find_actor_mentions(text, on=date(2024, 1, 1))
    assert len(found) == 6 * 2000
    assert found[-1].end == len(text) - len(" agreed with Moscow. ") + len(" agreed with Moscow")

"""The actor registry: states, organisations, memberships on dates, office-holders, data files."""

from __future__ import annotations

import json
import shutil
from datetime import date
from itertools import groupby, pairwise
from pathlib import Path

import pycountry
import pytest

from caspian.actors import DATA_DIR, Registry, known_actor_ids, load_registry
from caspian.errors import DataFileError, UnknownActorError

SPEC_IDS = {
    "KAZ", "AZE", "ARM", "UZB", "TJK", "KGZ", "TKM", "RUS", "CHN", "USA", "TUR", "GEO", "IRN",
    "MNG", "ARE", "EU", "EAEU", "UN", "SCO", "CIS", "CSTO", "NATO", "OTS", "GCC", "ASEAN",
    "OSCE", "ADB", "WB", "EBRD", "AIIB", "MERCOSUR", "EFTA", "AU", "ECOWAS", "APEC", "C5",
}


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


def test_actors_registry_has_the_193_un_member_states(registry: Registry) -> None:
    members = registry.un_members()
    assert len(members) == 193
    assert members == registry.members("UN")
    for actor_id in members:
        assert pycountry.countries.get(alpha_3=actor_id) is not None
        assert registry.get(actor_id).kind == "state"
    # observers and others are states of the registry but not UN members
    for actor_id in ("PSE", "VAT", "XKX", "TWN"):
        assert actor_id in registry
        assert actor_id not in members


def test_actors_registry_knows_every_id_of_the_spec(registry: Registry) -> None:
    assert known_actor_ids() >= SPEC_IDS
    assert registry.get("C5").kind == "format"
    assert registry.get("EU").kind == "organisation"


def test_actors_registry_knows_every_id_of_the_dev_gold_files(dev_corpus: Path) -> None:
    used: set[str] = set()
    for path in dev_corpus.glob("*.gold.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            obj = json.loads(line)
            used.update(obj["parties"])
            for field in ("group", "host"):
                value = obj.get(field)
                used.update(value if isinstance(value, list) else [value] if value else [])
    assert used, "the dev corpus has gold facts"
    assert used <= known_actor_ids()


def test_actors_registry_unknown_id_raises(registry: Registry) -> None:
    assert "XYZ" not in registry
    with pytest.raises(UnknownActorError, match="XYZ"):
        registry.get("XYZ")
    with pytest.raises(UnknownActorError):
        registry.members("NOPE")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Kyrgyz Republic", "KGZ"), ("Kyrgyzstan", "KGZ"), ("Türkiye", "TUR"), ("Turkey", "TUR"),
        ("Turkiye", "TUR"), ("S. Korea", "KOR"), ("Republic of Korea", "KOR"), ("Korea", "KOR"),
        ("North Korea", "PRK"), ("U.S.", "USA"), ("America", "USA"), ("Britain", "GBR"),
        ("Emirates", "ARE"), ("Russian Federation", "RUS"), ("PRC", "CHN"), ("Azeri", "AZE"),
        ("Kazakhstani", "KAZ"), ("Emirati", "ARE"), ("Brussels", "EU"), ("Kremlin", "RUS"),
        ("Nur-Sultan", "KAZ"), ("Ulaanbaatar", "MNG"), ("Eurasia Economic Union", "EAEU"),
        ("Turkic Council", "OTS"), ("Shanghai Cooperation Organization", "SCO"),
        ("European Commission", "EU"), ("Mercosur", "MERCOSUR"), ("KTZ", "KAZ"),
        ("Azerbaijan Railways", "AZE"), ("BOTAŞ", "TUR"), ("botas", "TUR"), ("CNPC", "CHN"),
        ("International Trade Administration", "USA"), ("Central Asian five", "C5"),
    ],
)
def test_actors_registry_by_name(registry: Registry, surface: str, expected: str) -> None:
    actor = registry.by_name(surface)
    assert actor is not None, surface
    assert actor.id == expected


def test_actors_registry_by_name_unknown(registry: Registry) -> None:
    assert registry.by_name("Atlantis") is None


def test_actors_registry_capitals_cover_the_un_members(registry: Registry) -> None:
    without = {a for a in registry.un_members() if not registry.get(a).capitals}
    # city-states named like their capital, Belgium (Brussels is the EU's), Seychelles
    assert without == {"BEL", "LUX", "MCO", "SGP", "SMR", "SYC"}
    for actor_id in registry.un_members() - without:
        for capital in registry.get(actor_id).capitals:
            found = registry.by_name(capital)
            assert found is not None and found.id == actor_id, capital


@pytest.mark.parametrize(
    ("capital", "expected"),
    [("Astana", "KAZ"), ("Tashkent", "UZB"), ("Bishkek", "KGZ"), ("Dushanbe", "TJK"),
     ("Ashgabat", "TKM"), ("Baku", "AZE"), ("Yerevan", "ARM"), ("Tbilisi", "GEO"),
     ("Moscow", "RUS"), ("Beijing", "CHN"), ("Washington", "USA"), ("Ankara", "TUR"),
     ("Abu Dhabi", "ARE"), ("New Delhi", "IND"), ("Seoul", "KOR"), ("Tokyo", "JPN"),
     ("Tehran", "IRN"), ("Islamabad", "PAK"), ("Kabul", "AFG")],
)
def test_actors_registry_capitals(registry: Registry, capital: str, expected: str) -> None:
    assert capital in registry.get(expected).capitals


def test_actors_registry_members_on_dates(registry: Registry) -> None:
    assert "IRN" not in registry.members("SCO", on=date(2023, 7, 3))
    assert "IRN" in registry.members("SCO", on=date(2023, 7, 4))
    assert "BLR" not in registry.members("SCO", on=date(2024, 1, 1))
    assert "BLR" in registry.members("SCO", on=date(2024, 7, 4))
    founders = {"CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"}
    assert registry.members("SCO", on=date(2010, 1, 1)) == founders
    brics_2023 = registry.members("BRICS", on=date(2023, 6, 1))
    assert brics_2023 == {"BRA", "RUS", "IND", "CHN", "ZAF"}
    assert {"EGY", "ETH", "IRN", "ARE"} <= registry.members("BRICS", on=date(2024, 6, 1))
    assert "IDN" in registry.members("BRICS", on=date(2025, 2, 1))
    assert "KAZ" not in registry.members("BRICS")  # a partner country, not a member
    assert "GBR" in registry.members("EU", on=date(2019, 6, 1))
    assert "GBR" not in registry.members("EU", on=date(2021, 1, 1))
    assert len(registry.members("EU")) == 27
    assert "HRV" not in registry.members("EU", on=date(2013, 6, 30))
    assert len(registry.members("NATO")) == 32
    assert "SWE" not in registry.members("NATO", on=date(2024, 3, 6))
    assert "BOL" not in registry.members("MERCOSUR", on=date(2024, 1, 1))
    assert "BOL" in registry.members("MERCOSUR", on=date(2024, 7, 8))
    assert registry.members("C5") == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
    assert registry.members("EAEU") == {"ARM", "BLR", "KAZ", "KGZ", "RUS"}
    assert "UZB" not in registry.members("OTS", on=date(2019, 1, 1))
    assert registry.members("OTS") == {"AZE", "KAZ", "KGZ", "TUR", "UZB"}
    assert registry.members("EFTA") == {"CHE", "ISL", "LIE", "NOR"}
    assert registry.members("GCC") == {"ARE", "BHR", "KWT", "OMN", "QAT", "SAU"}
    assert len(registry.members("ASEAN", on=date(2025, 1, 1))) == 10
    assert "TLS" in registry.members("ASEAN")


def test_actors_registry_memberships_of_an_actor(registry: Registry) -> None:
    groups = {m.group for m in registry.memberships("KAZ") if m.role == "member"}
    assert {"UN", "EAEU", "SCO", "CSTO", "CIS", "C5", "OTS", "ECO"} <= groups
    roles = {(m.group, m.role) for m in registry.memberships("TKM")}
    assert ("OTS", "observer") in roles
    assert ("CIS", "associate") in roles
    for membership in registry.memberships("UZB"):
        assert membership.member == "UZB"
        assert membership.source


def test_actors_registry_memberships_point_to_groups(registry: Registry) -> None:
    for actor in registry.actors():
        for membership in registry.memberships(actor.id):
            assert registry.get(membership.group).kind in ("organisation", "format")


@pytest.mark.parametrize(
    ("name", "on", "person", "actor_id"),
    [
        ("Berdimuhamedov", date(2022, 3, 18), "Gurbanguly Berdimuhamedov", "TKM"),
        ("Berdimuhamedov", date(2022, 3, 19), "Serdar Berdimuhamedov", "TKM"),
        ("Berdimuhamedov", date(2024, 5, 1), "Serdar Berdimuhamedov", "TKM"),
        ("Tokayev", date(2024, 1, 1), "Kassym-Jomart Tokayev", "KAZ"),
        ("President Tokayev", None, "Kassym-Jomart Tokayev", "KAZ"),
        ("Zhaparov", date(2023, 1, 1), "Sadyr Japarov", "KGZ"),
        ("Rakhmon", date(2020, 1, 1), "Emomali Rahmon", "TJK"),
        ("Erdogan", date(2025, 1, 1), "Recep Tayyip Erdoğan", "TUR"),
        ("Trump", date(2018, 1, 1), "Donald Trump", "USA"),
        ("Trump", date(2025, 6, 1), "Donald Trump", "USA"),
        ("Biden", date(2022, 1, 1), "Joe Biden", "USA"),
        ("Rutte", date(2023, 1, 1), "Mark Rutte", "NLD"),
        ("Rutte", date(2025, 1, 1), "Mark Rutte", "NATO"),
        ("Tusk", date(2018, 1, 1), "Donald Tusk", "EU"),
        ("Tusk", date(2024, 1, 1), "Donald Tusk", "POL"),
        ("President Costa", date(2025, 6, 1), "António Costa", "EU"),
        ("Kallas", date(2025, 1, 1), "Kaja Kallas", "EU"),
        ("von der Leyen", date(2020, 1, 1), "Ursula von der Leyen", "EU"),
        ("Yoon Suk Yeol", date(2023, 1, 1), "Yoon Suk Yeol", "KOR"),
        ("Lee Jae-myung", date(2025, 7, 1), "Lee Jae-myung", "KOR"),
        ("Mohamed bin Zayed", date(2023, 1, 1), "Mohamed bin Zayed Al Nahyan", "ARE"),
        ("Khurelsukh", date(2022, 1, 1), "Ukhnaagiin Khürelsükh", "MNG"),
        ("Kobakhidze", date(2024, 6, 1), "Irakli Kobakhidze", "GEO"),
    ],
)
def test_actors_registry_office_holder_by_date(
    registry: Registry, name: str, on: date | None, person: str, actor_id: str
) -> None:
    holder = registry.holder(name, on=on)
    assert holder is not None
    assert holder.person == person
    assert registry.holder_state(name, on=on) == actor_id


def test_actors_registry_office_holder_unknown(registry: Registry) -> None:
    assert registry.holder_state("Nobody Atall") is None
    assert registry.holder("Nobody Atall") is None


def test_actors_registry_office_holder_between_terms(registry: Registry) -> None:
    # Trump was out of office in 2023: the term that ended last before the date counts
    holder = registry.holder("Trump", on=date(2023, 1, 1))
    assert holder is not None and holder.end == date(2021, 1, 20)


def test_actors_registry_terms_of_one_office_do_not_overlap(registry: Registry) -> None:
    holders = registry.office_holders()
    for _, group in groupby(holders, key=lambda h: (h.actor_id, h.office)):
        terms = list(group)
        for earlier, later in pairwise(terms):
            assert earlier.end is not None and earlier.end <= later.start, (earlier, later)


def test_actors_registry_office_holders_of_the_region(registry: Registry) -> None:
    for actor_id in ("KAZ", "UZB", "KGZ", "TJK", "TKM", "AZE", "ARM", "GEO", "MNG", "RUS",
                     "CHN", "USA", "TUR", "IRN", "IND", "PAK", "JPN", "KOR", "ARE", "SAU",
                     "QAT", "FRA", "DEU", "GBR", "ITA", "EU"):
        holders = registry.office_holders(actor_id)
        assert holders, actor_id
        assert all(h.actor_id == actor_id and h.source for h in holders)
        assert any(h.end is None for h in holders), f"{actor_id} has nobody in office"


# ----------------------------------------------------------------------- data-file errors


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "actors"
    shutil.copytree(DATA_DIR, folder)
    return folder


def _replace_line(path: Path, line_number: int, new: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[line_number - 1] = new
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_actors_registry_loads_a_copied_directory(data_copy: Path) -> None:
    registry = Registry.from_directory(data_copy)
    assert registry.ids() == known_actor_ids()


def test_actors_registry_rejects_a_bad_date(data_copy: Path) -> None:
    path = data_copy / "memberships.csv"
    _replace_line(path, 3, "EU,DEU,1958-13-01,,member,a test source")
    with pytest.raises(DataFileError) as info:
        Registry.from_directory(data_copy)
    assert info.value.path == str(path)
    assert info.value.line == 3
    assert info.value.field == "joined"
    assert "memberships.csv" in str(info.value) and "line 3" in str(info.value)


def test_actors_registry_rejects_an_unknown_member(data_copy: Path) -> None:
    path = data_copy / "memberships.csv"
    _replace_line(path, 5, "EU,QQQ,1958-01-01,,member,a test source")
    with pytest.raises(DataFileError) as info:
        Registry.from_directory(data_copy)
    assert (info.value.line, info.value.field) == (5, "member")


def test_actors_registry_rejects_a_state_that_is_not_iso(data_copy: Path) -> None:
    path = data_copy / "states.csv"
    _replace_line(path, 2, "QQQ,member,Qland,,,,a test source")
    with pytest.raises(DataFileError) as info:
        Registry.from_directory(data_copy)
    assert (info.value.path, info.value.line, info.value.field) == (str(path), 2, "id")


def test_actors_registry_rejects_a_row_without_source(data_copy: Path) -> None:
    path = data_copy / "office_holders.csv"
    _replace_line(path, 4, "KAZ,prime_minister,Some One,,,2014-04-02,2016-09-08,")
    with pytest.raises(DataFileError) as info:
        Registry.from_directory(data_copy)
    assert (info.value.line, info.value.field) == (4, "source")


def test_actors_registry_rejects_an_end_before_start(data_copy: Path) -> None:
    path = data_copy / "office_holders.csv"
    _replace_line(path, 4, "KAZ,prime_minister,Some One,,,2016-04-02,2014-09-08,a source")
    with pytest.raises(DataFileError) as info:
        Registry.from_directory(data_copy)
    assert (info.value.line, info.value.field) == (4, "end")


def test_actors_registry_rejects_a_missing_column(data_copy: Path) -> None:
    path = data_copy / "agencies.csv"
    _replace_line(path, 1, "name,aliases,actor,kind,source")
    with pytest.raises(DataFileError) as info:
        Registry.from_directory(data_copy)
    assert (info.value.line, info.value.field) == (1, "actor_id")


def test_actors_registry_rejects_a_wrong_cell_count(data_copy: Path) -> None:
    path = data_copy / "organisations.csv"
    _replace_line(path, 2, "EU,organisation,European Union")
    with pytest.raises(DataFileError) as info:
        Registry.from_directory(data_copy)
    assert info.value.line == 2


def test_actors_registry_rejects_a_duplicate_id(data_copy: Path) -> None:
    path = data_copy / "organisations.csv"
    _replace_line(path, 3, "KAZ,organisation,Kazakh Union,,,,a test source")
    with pytest.raises(DataFileError) as info:
        Registry.from_directory(data_copy)
    assert (info.value.line, info.value.field) == (3, "id")


def test_actors_registry_missing_file(data_copy: Path) -> None:
    (data_copy / "agencies.csv").unlink()
    with pytest.raises(DataFileError, match=r"agencies\.csv"):
        Registry.from_directory(data_copy)

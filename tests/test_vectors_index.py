"""The multi-vector index on hand-built knowledge bases with known answers."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis_kb import agreement, build_kb
from caspian.analysis import network as net
from caspian.analysis import vectors as vec
from caspian.errors import DataFileError, InputError

# one partner per pole, in the order of data/poles.toml
ONE_PER_POLE = {
    "russia_eaeu": "RUS",
    "china": "CHN",
    "europe": "EU",
    "united_states": "USA",
    "turkey_ots": "TUR",
    "gulf_middle_east": "ARE",
    "south_east_asia": "IND",
    "own_region": "KGZ",
}


def test_shipped_poles_are_eight_and_name_known_actors() -> None:
    poles = vec.load_poles()
    assert poles.ids == tuple(ONE_PER_POLE)
    on = net.as_of_day("2025")
    assignment = poles.assignment(on=on)
    for pole, actor in ONE_PER_POLE.items():
        assert assignment[actor] == pole
    assert assignment["DEU"] == "europe"  # an EU member by the registry
    assert "UN" not in assignment and "BRA" not in assignment
    assert poles.region == ("KAZ", "KGZ", "TJK", "TKM", "UZB", "ARM", "AZE", "GEO")


def test_ties_to_one_pole_only_give_zero(db_url: str) -> None:
    kb = build_kb(
        db_url,
        [
            agreement(["KAZ", "RUS"], "alliance"),
            agreement(["BLR", "KAZ"], "strategic_partnership"),
            agreement(["EAEU", "KAZ"], "trade_agreement"),
        ],
    )
    (profile,) = vec.vectors(kb, as_of="2025-12-31", states=["KAZ"])
    assert profile.index == pytest.approx(0.0)
    assert profile.end.shares["russia_eaeu"] == pytest.approx(1.0)
    assert profile.end.weights["russia_eaeu"] == 5 + 3 + 2
    assert profile.end.partners == 3
    kb.close()


def test_even_spread_over_all_eight_poles_gives_one(db_url: str) -> None:
    facts = [agreement(["TJK", p], "strategic_partnership") for p in ONE_PER_POLE.values()]
    kb = build_kb(db_url, facts)
    (profile,) = vec.vectors(kb, as_of="2025-12-31", states=["TJK"])
    assert profile.index == pytest.approx(1.0)
    assert list(profile.end.shares.values()) == [pytest.approx(1 / 8)] * 8
    kb.close()


def test_depth_weights_the_shares(db_url: str) -> None:
    kb = build_kb(
        db_url,
        [
            agreement(["RUS", "UZB"], "alliance"),  # 5
            agreement(["CHN", "UZB"], "memorandum_of_understanding"),  # 1
        ],
    )
    (profile,) = vec.vectors(kb, as_of="2025-12-31", states=["UZB"])
    shares = [5 / 6, 1 / 6]
    expected = -sum(s * math.log(s) for s in shares) / math.log(8)
    assert profile.index == pytest.approx(expected)
    assert profile.end.shares["china"] == pytest.approx(1 / 6)
    kb.close()


def test_partners_in_no_pole_are_left_out_and_reported(db_url: str) -> None:
    kb = build_kb(
        db_url,
        [
            agreement(["AZE", "RUS"], "strategic_partnership"),
            agreement(["AZE", "BRA"], "strategic_partnership"),
            agreement(["AZE", "UN"], "memorandum_of_understanding"),
        ],
    )
    (profile,) = vec.vectors(kb, as_of="2025-12-31", states=["AZE"])
    assert profile.index == pytest.approx(0.0)
    assert profile.end.unassigned == 3 + 1
    kb.close()


def test_eu_member_states_count_to_europe(db_url: str) -> None:
    kb = build_kb(
        db_url,
        [agreement(["DEU", "KAZ"], "strategic_partnership"), agreement(["KAZ", "USA"], "alliance")],
    )
    (profile,) = vec.vectors(kb, as_of="2025-12-31", states=["KAZ"])
    assert profile.end.weights["europe"] == 3
    assert profile.end.weights["united_states"] == 5
    kb.close()


def test_change_over_the_year_and_ranking(db_url: str) -> None:
    kb = build_kb(
        db_url,
        [
            agreement(["KAZ", "RUS"], "strategic_partnership", day="2020-01-01"),
            agreement(["CHN", "KAZ"], "strategic_partnership", day="2025-06-01"),
            agreement(["KGZ", "RUS"], "strategic_partnership", day="2020-01-01"),
        ],
    )
    profiles = vec.vectors(kb, as_of="2025-12-31", states=["KGZ", "KAZ", "GEO"])
    assert [p.state for p in profiles] == ["KAZ", "KGZ", "GEO"]
    kaz, kgz, geo = profiles
    assert kaz.start.as_of == "2024-12-31"
    assert kaz.start.index == pytest.approx(0.0)
    # KAZ–KGZ are not tied; RUS and CHN split KAZ's weight in half
    assert kaz.index == pytest.approx(math.log(2) / math.log(8))
    assert kaz.change == pytest.approx(math.log(2) / math.log(8))
    assert kaz.share_changes()["china"] == pytest.approx(0.5)
    assert kgz.index == pytest.approx(0.0)
    assert geo.index is None and geo.change is None and geo.rank == 3
    claim = vec.check_leader(profiles, "KAZ", among=["KAZ", "KGZ", "GEO"])
    assert claim.supported and claim.rank == 1 and claim.leader == "KAZ"
    assert (claim.poles_reached, claim.total, claim.breadth_rank) == (2, 6, 1)
    assert (kgz.end.poles_reached, kgz.end.total) == (1, 3)
    other = vec.check_leader(profiles, "KGZ", among=["KAZ", "KGZ"])
    assert not other.supported and other.rank == 2
    kb.close()


def test_external_view_drops_the_own_region_pole(db_url: str) -> None:
    kb = build_kb(
        db_url,
        [agreement(["KAZ", "UZB"], "alliance"), agreement(["CHN", "UZB"], "alliance")],
    )
    (with_region,) = vec.vectors(kb, as_of="2025", states=["UZB"])
    (external,) = vec.vectors(kb, as_of="2025", states=["UZB"], include_region=False)
    assert with_region.index == pytest.approx(math.log(2) / math.log(8))
    assert external.index == pytest.approx(0.0)
    assert external.end.unassigned == 5 and "own_region" not in external.end.shares
    kb.close()


@given(st.lists(st.floats(min_value=0.01, max_value=100), min_size=1, max_size=8))
def test_normalised_entropy_stays_between_zero_and_one(weights: list[float]) -> None:
    value = vec.normalised_entropy(weights, k=8)
    assert 0.0 <= value <= 1.0
    if len(weights) == 1:
        assert value == pytest.approx(0.0)


def test_normalised_entropy_rejects_nothing_to_spread() -> None:
    with pytest.raises(InputError):
        vec.normalised_entropy([0.0, 0.0], k=8)
    with pytest.raises(InputError):
        vec.normalised_entropy([1.0], k=1)


def test_bad_poles_file_names_file_and_problem(tmp_path: Path) -> None:
    path = tmp_path / "poles.toml"
    path.write_text(
        '[region]\ncentral_asia = ["KAZ"]\nsouth_caucasus = ["ARM"]\n'
        '[[pole]]\nid = "a"\nlabel = "A"\nactors = ["RUS"]\nrationale = "r"\nsource = "s"\n'
        '[[pole]]\nid = "b"\nlabel = "B"\nactors = ["RUS"]\nrationale = "r"\nsource = "s"\n',
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match=r"poles\.toml.*'RUS' is in two poles"):
        vec.read_poles(path)
    path.write_text(
        '[region]\ncentral_asia = ["KAZ"]\nsouth_caucasus = []\n'
        '[[pole]]\nid = "a"\nlabel = "A"\nactors = ["XXX"]\n'
        'rationale = "r"\nsource = "s"\n',
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="unknown actor id 'XXX'"):
        vec.read_poles(path)

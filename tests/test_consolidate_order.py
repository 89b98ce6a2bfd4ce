"""Consolidation does not depend on the order facts arrive in (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caspian.lifecycle import FactRecord, consolidate
from consolidate_facts import agreement, commitment, figure, membership, project

MOU = "memorandum_of_understanding"
COOP = "cooperation_agreement"
EPCA = "enhanced_partnership_cooperation_agreement"
PCA = "partnership_cooperation_agreement"


def _pool() -> list[FactRecord]:
    """Facts chosen to exercise every grouping rule, including the ambiguous ones."""
    kk = ("KAZ", "KOR")
    return [
        agreement(1, "a", ("ARM", "AZE"), "negotiating", "2024-12"),
        agreement(2, "b", ("ARM", "AZE"), "initialed", "2025-08-08"),
        agreement(3, "c", ("ARM", "AZE"), "initialed", "2025-08-09"),
        agreement(4, "d", ("ARM", "AZE"), "initialed", None, reported="2025-08-30"),
        agreement(5, "e", ("ARM",), "ratified", "2026-02"),
        agreement(6, "e", ("ARM", "AZE"), "concluded", "2025-10"),
        agreement(
            7,
            "a",
            kk,
            "signed",
            "2024-06-11",
            instrument=MOU,
            title="MoU on critical minerals",
            topics=("critical_minerals",),
        ),
        agreement(8, "b", kk, "signed", "2024-06-11", instrument=MOU, topics=("energy",)),
        agreement(
            9,
            "b",
            kk,
            "signed",
            "2024-06-11",
            instrument=MOU,
            topics=("critical_minerals", "mining"),
        ),
        agreement(10, "c", kk, "signed", "2024", instrument=MOU),
        agreement(11, "d", kk, "signed", None, instrument=MOU, reported="2024-07-01"),
        agreement(12, "d", kk, "signed", "2024-06", instrument=MOU, topics=("energy",)),
        agreement(13, "f", kk, "signed", "2023-02", instrument=COOP),
        agreement(14, "f", kk, "signed", "2023", instrument=COOP, topics=("digital",)),
        agreement(15, "g", ("EU", "TJK"), "in_force", "2010", instrument=PCA),
        agreement(16, "g", ("EU", "TJK"), "initialed", "2025", instrument=EPCA, replaces=PCA),
        agreement(17, "h", ("EU", "TJK"), "signed", "2026-01", instrument=EPCA),
        agreement(18, "h", ("EU", "TJK"), "in_force", "2025-12", instrument=EPCA),
        agreement(19, "i", ("KGZ", "TUR"), "signed", "2011", instrument="strategic_partnership"),
        agreement(
            20,
            "i",
            ("KGZ", "TUR"),
            "upgraded",
            "2024-11",
            instrument="comprehensive_strategic_partnership",
        ),
        agreement(21, "j", ("KAZ", "USA", "UZB"), "signed", "2025", instrument="investment_deals"),
        agreement(
            22,
            "k",
            ("KAZ", "USA", "UZB"),
            "signed",
            None,
            instrument="investment_deals",
            reported="2025-11-07",
        ),
        agreement(23, "k", ("ARM", "AZE"), "signed", "2026-01"),
        agreement(24, "l", ("ARM", "AZE"), "signed", "2026-03"),
        membership(25, "a", "AZE", "C5", "invited", "2025"),
        membership(26, "b", "AZE", "C5", "invited", "2025-11"),
        membership(27, "c", "AZE", "C5", "joined", None),
        commitment(28, "a", ("AZE", "KAZ"), 1e9, "2028"),
        commitment(29, "b", ("AZE", "KAZ"), None, "2028"),
        commitment(30, "c", ("AZE", "KAZ"), 1.03e9, "2028"),
        figure(31, "a", ("KAZ", "RUS"), 2.8e10, "2024"),
        figure(32, "b", ("KAZ", "RUS"), 3.0e10, "2024"),
        project(33, "a", "Anaklia port", "GEO", "planned", "2024"),
        project(34, "b", "the Anaklia deep sea port", "GEO", None),
        agreement(35, "m", kk, "in_force", "2024-09", instrument=MOU),
        agreement(36, "m", kk, "ratified", "2023-06", instrument=COOP, topics=("digital",)),
        agreement(37, "n", kk, "in_force", "2024", instrument=MOU, topics=("energy",)),
        agreement(
            38,
            "n",
            kk,
            "signed",
            "2024-06-11",
            instrument=MOU,
            title="Memorandum on green hydrogen",
            topics=("energy",),
        ),
    ]


POOL = _pool()
EXPECTED = consolidate(POOL)


@settings(max_examples=60, deadline=None)
@given(st.permutations(POOL))
def test_consolidate_shuffled_facts_give_identical_entities(shuffled: list[FactRecord]) -> None:
    assert consolidate(shuffled) == EXPECTED


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(POOL), min_size=1, max_size=20, unique_by=lambda r: r.ref),
    st.randoms(use_true_random=False),
)
def test_consolidate_any_subset_is_order_free(subset: list[FactRecord], rnd: object) -> None:
    shuffled = list(subset)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert consolidate(shuffled) == consolidate(sorted(subset, key=lambda r: r.ref))


def test_consolidate_pool_is_not_trivial() -> None:
    """The pool exercises links, conflicts, orphans and several memoranda."""
    assert EXPECTED.links
    assert {c.kind for c in EXPECTED.conflicts} >= {"value_disagreement", "stage_backwards"}
    assert any(e.party == "ARM" for a in EXPECTED.agreements for e in a.events)
    assert sum(a.instrument == MOU for a in EXPECTED.agreements) >= 2
    # the untitled ratification continues the cooperation agreement signed before it
    (coop,) = [a for a in EXPECTED.agreements if a.instrument == COOP]
    assert {e.stage for e in coop.events} == {"signed", "ratified"}


def test_consolidate_twice_gives_the_same_result() -> None:
    assert consolidate(POOL) == consolidate(list(reversed(POOL))) == EXPECTED

"""Consolidation of hand-built facts: identity, lifecycle, links, as-of, conflicts."""

from __future__ import annotations

from caspian.lifecycle import Agreement, Consolidation, consolidate, stage_as_of
from consolidate_facts import agreement, commitment, figure, membership, project

ARM_AZE = ("ARM", "AZE")


def only(result: Consolidation, instrument: str) -> Agreement:
    found = [a for a in result.agreements if a.instrument == instrument]
    assert len(found) == 1, found
    return found[0]


def test_consolidate_articles_about_one_peace_deal_are_one_agreement() -> None:
    records = [
        agreement(1, "a", ARM_AZE, "negotiating", "2024-12", reported="2025-03-13"),
        agreement(2, "b", ARM_AZE, "initialed", "2025-08-08", reported="2025-08-09"),
        agreement(3, "c", ARM_AZE, "initialed", "2025-08", reported="2025-08-20"),
        agreement(4, "d", ARM_AZE, "initialed", None, reported="2025-10-01"),
    ]
    result = consolidate(records)
    peace = only(result, "peace_agreement")
    assert [(e.stage, e.date) for e in peace.events] == [
        ("negotiating", "2024-12"),
        ("initialed", "2025-08-08"),
    ]
    initialed = peace.events[1]
    assert initialed.support.fact_refs == (2, 3, 4)
    assert initialed.support.doc_ids == ("b", "c", "d")
    assert initialed.first_reported == "2025-08-09"
    assert peace.n_sources == 4
    assert result.conflicts == []


def test_consolidate_as_of_initialed_in_august() -> None:
    peace = only(
        consolidate([agreement(1, "a", ARM_AZE, "initialed", "2025-08")]), "peace_agreement"
    )
    assert stage_as_of(peace.events, peace.parties, "2025-09-15") == "initialed"
    assert stage_as_of(peace.events, peace.parties, "2025-08") == "initialed"
    assert stage_as_of(peace.events, peace.parties, "2025-07") is None
    assert stage_as_of(peace.events, peace.parties, "2025-07-31") is None


def test_consolidate_undated_event_counts_from_its_first_report() -> None:
    peace = only(
        consolidate([agreement(1, "a", ARM_AZE, "signed", None, reported="2026-02-10")]),
        "peace_agreement",
    )
    assert peace.events[0].date is None
    assert stage_as_of(peace.events, peace.parties, "2026-02-09") is None
    assert stage_as_of(peace.events, peace.parties, "2026-02-10") == "signed"


def test_consolidate_stage_moves_forward_through_the_lifecycle() -> None:
    records = [
        agreement(
            1,
            "a",
            ("EU", "UZB"),
            "initialed",
            "2024-07",
            instrument="enhanced_partnership_cooperation_agreement",
        ),
        agreement(
            2,
            "b",
            ("EU", "UZB"),
            "signed",
            "2025-10-24",
            instrument="enhanced_partnership_cooperation_agreement",
        ),
        agreement(
            3,
            "c",
            ("EU", "UZB"),
            "in_force",
            "2026-03",
            instrument="enhanced_partnership_cooperation_agreement",
        ),
    ]
    epca = only(consolidate(records), "enhanced_partnership_cooperation_agreement")
    assert stage_as_of(epca.events, epca.parties, "2025-01") == "initialed"
    assert stage_as_of(epca.events, epca.parties, "2025-12") == "signed"
    assert stage_as_of(epca.events, epca.parties, "2026-04") == "in_force"
    assert [(s.valid_from, s.stage) for s in epca.states] == [
        ("2024-07-01", "initialed"),
        ("2025-10-24", "signed"),
        ("2026-03-01", "in_force"),
    ]


def test_consolidate_ratification_per_party_counts_once_all_have_ratified() -> None:
    records = [
        agreement(1, "a", ARM_AZE, "signed", "2026-01-10"),
        agreement(2, "b", ("ARM",), "ratified", "2026-03-01"),
        agreement(3, "c", ("AZE",), "ratified", "2026-05-01"),
    ]
    result = consolidate(records)
    assert len(result.agreements) == 1
    peace = result.agreements[0]
    assert peace.parties == ARM_AZE
    assert {(e.stage, e.party) for e in peace.events} == {
        ("signed", None),
        ("ratified", "ARM"),
        ("ratified", "AZE"),
    }
    assert stage_as_of(peace.events, peace.parties, "2026-04") == "signed"
    assert stage_as_of(peace.events, peace.parties, "2026-06") == "ratified"


def test_consolidate_memoranda_with_different_titles_are_different_agreements() -> None:
    mou = "memorandum_of_understanding"
    records = [
        agreement(
            1,
            "a",
            ("KAZ", "KOR"),
            "signed",
            "2024-06-11",
            instrument=mou,
            title="Memorandum on critical minerals supply chains",
        ),
        agreement(
            2,
            "b",
            ("KAZ", "KOR"),
            "signed",
            "2024-06-11",
            instrument=mou,
            title="MoU on a critical minerals supply chain partnership",
        ),
        agreement(
            3,
            "a",
            ("KAZ", "KOR"),
            "signed",
            "2024-06-11",
            instrument=mou,
            title="Memorandum of understanding on green hydrogen",
        ),
    ]
    result = consolidate(records)
    titles = {a.titles for a in result.agreements}
    assert titles == {
        (
            "Memorandum on critical minerals supply chains",
            "MoU on a critical minerals supply chain partnership",
        ),
        ("Memorandum of understanding on green hydrogen",),
    }


def test_consolidate_untitled_memoranda_on_different_dates_are_different() -> None:
    mou = "memorandum_of_understanding"
    records = [
        agreement(1, "a", ("TKM", "TUR"), "signed", "2024-03", instrument=mou),
        agreement(2, "b", ("TKM", "TUR"), "signed", "2025-02-11", instrument=mou),
        agreement(3, "c", ("TKM", "TUR"), "signed", "2024-03-05", instrument=mou),
    ]
    result = consolidate(records)
    assert sorted(len(a.support.fact_refs) for a in result.agreements) == [1, 2]


def test_consolidate_investment_deals_are_bundled_per_year() -> None:
    deals = "investment_deals"
    parties = ("KAZ", "USA", "UZB")
    records = [
        agreement(1, "a", parties, "signed", "2025-11-06", instrument=deals),
        agreement(2, "b", parties, "signed", "2025", instrument=deals),
        agreement(3, "c", parties, "signed", "2024-09", instrument=deals),
    ]
    assert len(consolidate(records).agreements) == 2


def test_consolidate_epca_that_replaces_a_pca_links_and_supersedes_it() -> None:
    epca, pca = "enhanced_partnership_cooperation_agreement", "partnership_cooperation_agreement"
    records = [
        agreement(1, "a", ("EU", "TJK"), "in_force", "2010", instrument=pca),
        agreement(2, "b", ("EU", "TJK"), "initialed", "2025-05", instrument=epca, replaces=pca),
        agreement(3, "c", ("EU", "TJK"), "in_force", "2027-01", instrument=epca),
    ]
    result = consolidate(records)
    new, old = only(result, epca), only(result, pca)
    assert [(x.kind, x.source, x.target) for x in result.links] == [
        ("supersedes", new.entity_id, old.entity_id)
    ]
    assert stage_as_of(old.events, old.parties, "2026-12") == "in_force"
    assert stage_as_of(old.events, old.parties, "2027-02") == "superseded"
    derived = [e for e in old.events if e.derived]
    assert [(e.stage, e.date) for e in derived] == [("superseded", "2027-01")]


def test_consolidate_upgrade_to_comprehensive_strategic_partnership_links_the_two() -> None:
    records = [
        agreement(1, "a", ("KGZ", "TUR"), "signed", "2011", instrument="strategic_partnership"),
        agreement(
            2,
            "b",
            ("KGZ", "TUR"),
            "upgraded",
            "2024-11-05",
            instrument="comprehensive_strategic_partnership",
        ),
    ]
    result = consolidate(records)
    higher = only(result, "comprehensive_strategic_partnership")
    lower = only(result, "strategic_partnership")
    assert [(x.kind, x.source, x.target) for x in result.links] == [
        ("upgrades", higher.entity_id, lower.entity_id)
    ]
    assert stage_as_of(lower.events, lower.parties, "2020") == "signed"
    assert stage_as_of(lower.events, lower.parties, "2025") == "superseded"
    assert stage_as_of(higher.events, higher.parties, "2025") == "upgraded"


def test_consolidate_keeps_two_dates_for_one_signing_as_a_conflict() -> None:
    records = [
        agreement(1, "a", ARM_AZE, "signed", "2026-01-10", reported="2026-01-11"),
        agreement(2, "b", ARM_AZE, "signed", "2026-01-10", reported="2026-01-12"),
        agreement(3, "c", ARM_AZE, "signed", "2026-01-17", reported="2026-01-20"),
    ]
    result = consolidate(records)
    peace = only(result, "peace_agreement")
    assert [(e.stage, e.date) for e in peace.events] == [("signed", "2026-01-10")]
    assert peace.events[0].support.fact_refs == (1, 2, 3)
    (conflict,) = result.conflicts
    assert conflict.kind == "date_disagreement"
    assert (conflict.a.value, conflict.a.support.doc_ids) == ("2026-01-10", ("a", "b"))
    assert (conflict.b.value, conflict.b.support.doc_ids) == ("2026-01-17", ("c",))


def test_consolidate_keeps_a_ratification_before_its_signature_as_a_conflict() -> None:
    records = [
        agreement(1, "a", ARM_AZE, "signed", "2026-03-01"),
        agreement(2, "b", ARM_AZE, "ratified", "2026-01-20"),
    ]
    (conflict,) = consolidate(records).conflicts
    assert conflict.kind == "ratified_before_signed"
    assert conflict.a.support.doc_ids == ("b",)
    assert conflict.b.support.doc_ids == ("a",)


def test_consolidate_keeps_a_stage_that_goes_backwards_as_a_conflict() -> None:
    records = [
        agreement(1, "a", ARM_AZE, "initialed", "2025-08-08"),
        agreement(2, "b", ARM_AZE, "concluded", "2025-10"),
    ]
    (conflict,) = consolidate(records).conflicts
    assert conflict.kind == "stage_backwards"
    assert "concluded" in conflict.detail and "initialed" in conflict.detail


def test_consolidate_compatible_dates_are_no_conflict() -> None:
    records = [
        agreement(1, "a", ARM_AZE, "signed", "2026"),
        agreement(2, "b", ARM_AZE, "signed", "2026-01"),
        agreement(3, "c", ARM_AZE, "ratified", "2026"),
    ]
    assert consolidate(records).conflicts == []


def test_consolidate_membership_history_of_a_group() -> None:
    records = [
        membership(1, "a", "AZE", "C5", "invited", "2025-11"),
        membership(2, "b", "AZE", "C5", "invited", "2025"),
        membership(3, "c", "AZE", "C5", "joined", "2026-03"),
    ]
    (history,) = consolidate(records).memberships
    assert history.group == "C5"
    assert [(e.member, e.change, e.date, e.support.doc_ids) for e in history.events] == [
        ("AZE", "invited", "2025-11", ("a", "b")),
        ("AZE", "joined", "2026-03", ("c",)),
    ]


def test_consolidate_commitments_merge_across_sources() -> None:
    pair = ("AZE", "KAZ")
    records = [
        commitment(1, "a", pair, 1_000_000_000, "2028"),
        commitment(2, "b", pair, 1_020_000_000, "2028"),
        commitment(3, "c", pair, 5_000_000_000, "2030"),
    ]
    found = consolidate(records).commitments
    assert sorted((c.deadline, c.support.doc_ids) for c in found) == [
        ("2028", ("a", "b")),
        ("2030", ("c",)),
    ]


def test_consolidate_trade_figures_keep_every_source() -> None:
    pair = ("KAZ", "RUS")
    records = [
        figure(1, "a", pair, 28_000_000_000, "2024"),
        figure(2, "b", pair, 30_000_000_000, "2024"),
    ]
    result = consolidate(records)
    (trade,) = result.trade_figures
    assert [v.value for v in trade.values] == [28_000_000_000, 30_000_000_000]
    (conflict,) = result.conflicts
    assert conflict.kind == "value_disagreement"


def test_consolidate_projects_merge_by_host_and_main_word() -> None:
    records = [
        project(1, "a", "Anaklia deep-sea port", "GEO", "planned", "2024-05", low=1e9, high=2e9),
        project(2, "b", "Anaklia port", "GEO", "under_construction", "2025-12", low=0.8e9),
        project(3, "c", "Poti port", "GEO", "operational"),
    ]
    found = sorted(consolidate(records).projects, key=lambda p: p.name)
    assert [p.names for p in found] == [("Anaklia deep-sea port", "Anaklia port"), ("Poti port",)]
    anaklia = found[0]
    assert (anaklia.value_min_usd, anaklia.value_max_usd) == (0.8e9, 2e9)
    assert [e.stage for e in anaklia.events] == ["planned", "under_construction"]

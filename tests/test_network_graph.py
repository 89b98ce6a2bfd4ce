"""The partnership network on small hand-built knowledge bases with known answers."""

from __future__ import annotations

import pytest

from analysis_kb import agreement, build_kb
from caspian.analysis import network as net
from caspian.errors import InputError


def test_star_graph_hub_has_all_centrality(db_url: str) -> None:
    leaves = ["CHN", "RUS", "TUR", "USA"]
    kb = build_kb(db_url, [agreement(["KAZ", leaf], "strategic_partnership") for leaf in leaves])
    summary = net.network(kb, as_of="2025-12-31")
    by_id = {c.actor_id: c for c in summary.actors}
    hub = by_id["KAZ"]
    assert (hub.degree, hub.strength) == (4, 4 * net.DEPTH["strategic_partnership"])
    assert hub.degree_centrality == pytest.approx(1.0)
    assert hub.betweenness == pytest.approx(1.0)
    for leaf in leaves:
        assert by_id[leaf].degree == 1
        assert by_id[leaf].degree_centrality == pytest.approx(1 / 4)
        assert by_id[leaf].betweenness == pytest.approx(0.0)
    assert summary.actors[0].actor_id == "KAZ"
    assert len(summary.ties) == 4
    kb.close()


def test_tie_weight_is_the_deepest_instrument(db_url: str) -> None:
    kb = build_kb(
        db_url,
        [
            agreement(["KAZ", "RUS"], "memorandum_of_understanding", day="2025-02-01"),
            agreement(["KAZ", "RUS"], "comprehensive_strategic_partnership", day="2025-05-01"),
            agreement(["KAZ", "RUS"], "cooperation_agreement", day="2025-06-01"),
        ],
    )
    (tie,) = net.network(kb, as_of="2025-12-31").ties
    assert (tie.a, tie.b) == ("KAZ", "RUS")
    assert tie.depth == net.DEPTH["comprehensive_strategic_partnership"]
    assert tie.instrument == "comprehensive_strategic_partnership"
    assert len(tie.agreements) == 3
    kb.close()


def test_only_agreements_in_force_or_signed_are_ties(db_url: str) -> None:
    kb = build_kb(
        db_url,
        [
            agreement(["ARM", "AZE"], "peace_agreement", stage="initialed", day="2025-08-08"),
            agreement(
                ["EU", "TJK"],
                "enhanced_partnership_cooperation_agreement",
                stage="negotiating",
                day="2025-01-20",
            ),
            agreement(["GEO", "USA"], "strategic_partnership", day="2009-01-09"),
            agreement(["GEO", "USA"], "strategic_partnership", stage="suspended", day="2024-12-02"),
        ],
    )
    graph = net.partnership_graph(kb, as_of="2024-06-30")
    assert set(graph.edges) == {("GEO", "USA")}
    assert net.partnership_graph(kb, as_of="2025-12-31").number_of_edges() == 0
    changes = net.tie_changes(kb, 2024)
    assert [(t.a, t.b, t.before, t.after) for t in changes.lost] == [("GEO", "USA", 3, None)]
    kb.close()


def test_multilateral_agreement_ties_every_pair_and_formats_expand(db_url: str) -> None:
    kb = build_kb(
        db_url,
        [
            agreement(["ARM", "AZE", "USA"], "joint_declaration", day="2025-08-08"),
            agreement(["C5", "USA"], "joint_declaration", day="2025-11-06"),
        ],
    )
    graph = net.partnership_graph(kb, as_of="2025-12-31")
    assert "C5" not in graph
    c5 = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
    assert {n for n in graph.neighbors("USA")} == c5 | {"ARM", "AZE"}
    assert graph.has_edge("ARM", "AZE")
    # 3 pairs from the trilateral, 15 from USA + five states
    assert graph.number_of_edges() == 3 + 15
    kb.close()


def test_new_and_upgraded_ties_in_a_year(db_url: str) -> None:
    kb = build_kb(
        db_url,
        [
            agreement(["AZE", "KAZ"], "memorandum_of_understanding", day="2024-04-01"),
            agreement(["AZE", "KAZ"], "strategic_partnership", day="2025-10-15"),
            agreement(["ARM", "KAZ"], "strategic_partnership", day="2025-06-01"),
            agreement(["CHN", "KAZ"], "comprehensive_strategic_partnership", day="2019-09-11"),
        ],
    )
    changes = net.tie_changes(kb, "2025")
    assert (changes.since, changes.until) == ("2024-12-31", "2025-12-31")
    assert [(t.a, t.b, t.before, t.after) for t in changes.new] == [("ARM", "KAZ", None, 3)]
    assert [(t.a, t.b, t.before, t.after) for t in changes.upgraded] == [("AZE", "KAZ", 1, 3)]
    assert changes.lost == ()
    # as of mid-year, the October upgrade has not happened yet
    mid = net.network(kb, as_of="2025-07-01").changes
    assert mid.upgraded == () and [t.b for t in mid.new] == ["KAZ"]
    kb.close()


def test_empty_knowledge_base_has_an_empty_network(db_url: str) -> None:
    kb = build_kb(db_url, [])
    summary = net.network(kb, as_of="2025")
    assert summary.actors == () and summary.ties == ()
    kb.close()


def test_bad_dates_are_input_errors(db_url: str) -> None:
    kb = build_kb(db_url, [])
    with pytest.raises(InputError, match="--as-of"):
        net.network(kb, as_of="2025-13-01")
    with pytest.raises(InputError, match="--year"):
        net.tie_changes(kb, "25")
    kb.close()


def test_deeper_ties_are_shorter_paths_for_betweenness(db_url: str) -> None:
    # KAZ–TKM share only a memorandum (length 1); via UZB two alliances (0.2 + 0.2)
    kb = build_kb(
        db_url,
        [
            agreement(["KAZ", "TKM"], "memorandum_of_understanding"),
            agreement(["KAZ", "UZB"], "alliance"),
            agreement(["TKM", "UZB"], "alliance"),
        ],
    )
    by_id = {c.actor_id: c for c in net.network(kb, as_of="2025").actors}
    assert by_id["UZB"].betweenness == pytest.approx(1.0)
    assert by_id["KAZ"].betweenness == pytest.approx(0.0)
    kb.close()

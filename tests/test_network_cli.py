"""`caspian network` through Typer's CliRunner on a hand-built knowledge base."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
from typer.testing import CliRunner

from analysis_kb import agreement, build_kb
from caspian.cli import app


def _kb(db_path: Path) -> None:
    build_kb(
        f"sqlite:///{db_path}",
        [
            agreement(["KAZ", "RUS"], "comprehensive_strategic_partnership", day="2025-05-01"),
            agreement(["KAZ", "RUS"], "strategic_partnership", day="2012-01-01"),
            agreement(["CHN", "KAZ"], "memorandum_of_understanding", day="2025-02-01"),
        ],
    ).close()


def test_graphml_opens_with_networkx(db_path: Path, tmp_path: Path) -> None:
    _kb(db_path)
    out = tmp_path / "net.graphml"
    result = CliRunner().invoke(
        app,
        [
            "--db",
            str(db_path),
            "network",
            "--as-of",
            "2025-12-31",
            "--format",
            "graphml",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(out)
    assert set(graph.nodes) == {"KAZ", "RUS", "CHN"}
    assert graph.edges["KAZ", "RUS"]["weight"] == 4
    assert graph.edges["KAZ", "RUS"]["n_agreements"] == 2
    assert graph.nodes["KAZ"]["label"] == "Kazakhstan"
    assert graph.nodes["KAZ"]["strength"] == 5
    # to stdout as well
    stdout = CliRunner().invoke(
        app, ["--db", str(db_path), "network", "--as-of", "2025", "--format", "graphml"]
    )
    assert stdout.exit_code == 0 and stdout.output.startswith("<?xml")


def test_json_has_measures_ties_and_changes(db_path: Path) -> None:
    _kb(db_path)
    result = CliRunner().invoke(
        app, ["--db", str(db_path), "network", "--as-of", "2025-12-31", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["as_of"] == "2025-12-31"
    assert [a["actor_id"] for a in data["actors"]] == ["KAZ", "RUS", "CHN"]
    assert [(c["a"], c["b"], c["before"], c["after"]) for c in data["changes"]["upgraded"]] == [
        ("KAZ", "RUS", 3, 4)
    ]
    assert [(c["a"], c["b"]) for c in data["changes"]["new"]] == [("CHN", "KAZ")]


def test_table_and_errors(db_path: Path) -> None:
    _kb(db_path)
    runner = CliRunner()
    table = runner.invoke(app, ["--db", str(db_path), "network", "--as-of", "2025"])
    assert table.exit_code == 0, table.output
    assert "Kazakhstan" in table.output and "upgraded" in table.output
    bad = runner.invoke(app, ["--db", str(db_path), "network", "--as-of", "2025-02-30"])
    assert bad.exit_code == 2
    assert "--as-of" in bad.output
    helptext = runner.invoke(app, ["network", "--help"])
    assert "alliance 5" in " ".join(helptext.output.split())

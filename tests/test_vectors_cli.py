"""`caspian vectors` through Typer's CliRunner on a hand-built knowledge base."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analysis_kb import agreement, build_kb
from caspian.cli import app


def test_json_ranks_states_and_checks_kazakhstan(db_path: Path) -> None:
    build_kb(
        f"sqlite:///{db_path}",
        [
            agreement(["KAZ", "RUS"], "strategic_partnership", day="2020-01-01"),
            agreement(["CHN", "KAZ"], "strategic_partnership", day="2025-06-01"),
            agreement(["KGZ", "RUS"], "alliance", day="2020-01-01"),
        ],
    ).close()
    result = CliRunner().invoke(
        app, ["--db", str(db_path), "vectors", "--as-of", "2025-12-31", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    profiles = data["profiles"]
    assert [p["state"] for p in profiles][:2] == ["KAZ", "KGZ"]
    assert len(profiles) == 8
    kaz = profiles[0]
    assert kaz["end"]["shares"]["china"] == pytest.approx(0.5)
    assert kaz["share_changes"]["russia_eaeu"] == pytest.approx(-0.5)
    assert kaz["start"]["as_of"] == "2024-12-31"
    assert data["kazakhstan"]["supported"] is True and data["kazakhstan"]["rank"] == 1


def test_table_help_and_unknown_state(db_path: Path) -> None:
    build_kb(f"sqlite:///{db_path}", [agreement(["KAZ", "RUS"], "alliance")]).close()
    runner = CliRunner()
    table = runner.invoke(app, ["--db", str(db_path), "vectors", "--state", "KAZ"])
    assert table.exit_code == 0, table.output
    assert "KAZ" in table.output and "Kazakhstan ranks 1" in " ".join(table.output.split())
    unknown = runner.invoke(app, ["--db", str(db_path), "vectors", "--state", "XYZ"])
    assert unknown.exit_code == 2 and "XYZ" in unknown.output
    helptext = " ".join(runner.invoke(app, ["vectors", "--help"]).output.split())
    assert "ln K" in helptext and "K = 8" in helptext
    assert "russia_eaeu" in helptext and "own_region" in helptext

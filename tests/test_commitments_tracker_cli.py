"""`caspian commitments` through Typer's CliRunner on a hand-built knowledge base."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from analysis_kb import build_kb, commitment, figure
from caspian.cli import app


def test_json_and_table(db_path: Path) -> None:
    build_kb(
        f"sqlite:///{db_path}",
        [
            commitment(["AZE", "KAZ"], value=1e9, deadline="2028", day="2025-10"),
            figure(["AZE", "KAZ"], 1.2e9, "2025"),
            commitment(["ARM", "KAZ"], value=1e9, deadline="2030", day="2025-10"),
        ],
    ).close()
    runner = CliRunner()
    result = runner.invoke(
        app, ["--db", str(db_path), "commitments", "--as-of", "2025-12-31", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = {tuple(c["parties"]): c for c in json.loads(result.output)}
    assert data[("AZE", "KAZ")]["status"] == "met"
    assert data[("AZE", "KAZ")]["latest"]["value"] == 1.2e9
    assert data[("ARM", "KAZ")]["status"] == "unknown"
    table = runner.invoke(app, ["--db", str(db_path), "commitments", "--as-of", "2025-12-31"])
    assert table.exit_code == 0, table.output
    assert "1 met, 1 unknown" in table.output

"""`caspian extract`: JSON Lines on stdout, --published, --doc-id, --explain, no database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from caspian.cli import app

TEXT = (
    "Turkmenistan and Azerbaijan signed a memorandum of understanding on gas on Friday.\n"
    "The two countries may sign a transit agreement next year.\n"
)


def write(tmp_path: Path, name: str = "note.txt") -> Path:
    path = tmp_path / name
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_prints_facts_as_json_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # where a default ./caspian.db would appear
    monkeypatch.delenv("CASPIAN_DB", raising=False)
    path = write(tmp_path)
    result = CliRunner().invoke(app, ["extract", str(path), "--published", "2025-04-14"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(f["type"], f["parties"], f["stage"]) for f in lines] == [
        ("agreement", ["AZE", "TKM"], "signed")
    ]
    fact = lines[0]
    assert fact["doc_id"] == "note"
    assert fact["date"] == "2025-04-11"
    assert TEXT[fact["evidence_start"] : fact["evidence_end"]] == fact["evidence"]
    assert not [p for p in tmp_path.iterdir() if p.name != "note.txt"]  # no database written


def test_doc_id_option_names_the_document(tmp_path: Path) -> None:
    path = write(tmp_path)
    result = CliRunner().invoke(app, ["extract", str(path), "--doc-id", "gas-2025"])
    assert result.exit_code == 0, result.output
    assert {json.loads(line)["doc_id"] for line in result.stdout.splitlines()} == {"gas-2025"}


def test_sidecar_publication_date_and_override(tmp_path: Path) -> None:
    path = write(tmp_path)
    (tmp_path / "note.meta.json").write_text(
        json.dumps({"doc_id": "side", "published": "2024-06-07"}), encoding="utf-8"
    )
    sidecar = CliRunner().invoke(app, ["extract", str(path)])
    assert [json.loads(x)["date"] for x in sidecar.stdout.splitlines()] == ["2024-06-07"]
    override = CliRunner().invoke(app, ["extract", str(path), "--published", "2025-04-14"])
    assert [json.loads(x)["date"] for x in override.stdout.splitlines()] == ["2025-04-11"]


def test_bad_published_date_is_an_input_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(write(tmp_path)), "--published", "14/04"])
    assert result.exit_code == 2
    assert "--published" in result.output


def test_explain_shows_evidence_and_rule(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["extract", str(write(tmp_path)), "--published", "2025-04-14", "--explain"]
    )
    assert result.exit_code == 0, result.output
    assert "agreement.active" in result.stdout
    assert "Turkmenistan and Azerbaijan signed a memorandum" in result.stdout

"""The knowledge base commands through Typer's runner, on a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from caspian.cli import app
from caspian.documents import Document
from caspian.facts import AgreementFact, MembershipFact, TradeFigureFact
from caspian.store import KnowledgeBase

runner = CliRunner()

TEXT_1 = (
    "Caspian Ledger\n\nUzbekistan and Kyrgyzstan signed a water cooperation agreement.\n"
    "Trade between them reached $2 billion last year.\n"
)
TEXT_2 = "Mongolia became an observer of the bloc at its summit.\n"


def seed(db_path: Path) -> None:
    lines = TEXT_1.splitlines()
    with KnowledgeBase.open(f"sqlite:///{db_path}") as kb:
        kb.add_document(
            Document(doc_id="one", text=TEXT_1, published=date(2024, 9, 3),
                     title="Caspian Ledger", url="https://example.org/one"),
            [
                AgreementFact.model_validate(
                    {"doc_id": "one", "parties": ["KGZ", "UZB"],
                     "instrument": "cooperation_agreement", "stage": "signed",
                     "date": "2024-09-02", "topics": ["agriculture"], "evidence": lines[2]}
                ),
                TradeFigureFact.model_validate(
                    {"doc_id": "one", "parties": ["KGZ", "UZB"], "metric": "bilateral_trade",
                     "value": 2e9, "unit": "USD", "year": "2023", "date": "2023",
                     "evidence": lines[3]}
                ),
            ],
        )
        kb.add_document(
            Document(doc_id="two", text=TEXT_2, published=date(2025, 6, 1)),
            [MembershipFact.model_validate(
                {"doc_id": "two", "parties": ["MNG"], "group": "SCO", "change": "observer",
                 "evidence": TEXT_2.strip()}
            )],
        )


def invoke(db_path: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(db_path), *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", ["ingest", "facts", "actor", "export", "import"])
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_facts_json_has_spec_fields_and_source(db_path: Path) -> None:
    seed(db_path)
    code, out, _ = invoke(db_path, "facts", "--json")
    assert code == 0
    data = json.loads(out)
    assert [d["type"] for d in data] == ["trade_figure", "agreement", "membership"]
    assert data[1]["parties"] == ["KGZ", "UZB"]
    assert data[1]["source"]["title"] == "Caspian Ledger"
    assert data[1]["source"]["url"] == "https://example.org/one"
    assert data[1]["source"]["published"] == "2024-09-03"
    assert data[2]["source"]["title"] is None


def test_facts_filters(db_path: Path) -> None:
    seed(db_path)

    def types(*args: str) -> list[str]:
        code, out, _ = invoke(db_path, "facts", "--json", *args)
        assert code == 0
        return [d["type"] for d in json.loads(out)]

    assert types("--type", "agreement") == ["agreement"]
    assert types("--party", "uzb", "--party", "KGZ") == ["trade_figure", "agreement"]
    assert types("--party", "MNG") == ["membership"]
    assert types("--since", "2024") == ["agreement", "membership"]
    assert types("--until", "2024-12") == ["trade_figure", "agreement"]


def test_facts_table_shows_evidence(db_path: Path) -> None:
    seed(db_path)
    result = runner.invoke(app, ["--db", str(db_path), "facts", "--type", "membership"],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "observer SCO" in result.stdout
    assert "Mongolia became an observer" in result.stdout


def test_facts_bad_input(db_path: Path) -> None:
    code, _, err = invoke(db_path, "facts", "--since", "yesterday")
    assert code == 2
    assert "--since" in err
    code, _, err = invoke(db_path, "facts", "--type", "rumour")
    assert code == 2


def test_actor_profile(db_path: Path) -> None:
    seed(db_path)
    code, out, _ = invoke(db_path, "actor", "uzb", "--json")
    assert code == 0
    profile = json.loads(out)
    assert profile["id"] == "UZB" and profile["name"]
    assert list(profile["facts_by_year"]) == ["2023", "2024"]
    result = runner.invoke(app, ["--db", str(db_path), "actor", "UZB"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "facts by year" in result.stdout
    assert "cooperation_agreement · signed" in result.stdout


def test_actor_unknown(db_path: Path) -> None:
    code, _, err = invoke(db_path, "actor", "QQQ")
    assert code == 2
    assert "QQQ" in err


def test_export_import_round_trip_through_the_cli(tmp_path: Path, db_path: Path) -> None:
    seed(db_path)
    code, first, _ = invoke(db_path, "export")
    assert code == 0
    dump = tmp_path / "dump.jsonl"
    code, _, err = invoke(db_path, "export", "--format", "jsonl", "--out", str(dump))
    assert code == 0 and "2 documents and 3 facts" in err
    assert dump.read_text(encoding="utf-8") == first
    other = tmp_path / "other.db"
    code, out, _ = invoke(other, "import", str(dump), "--json")
    assert code == 0
    assert json.loads(out) == {"documents": 2, "documents_new": 2, "documents_present": 0,
                               "facts": 3}
    assert invoke(other, "export")[1] == first


def test_export_csv(tmp_path: Path, db_path: Path) -> None:
    seed(db_path)
    code, out, _ = invoke(db_path, "export", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 3
    assert {row["doc_id"] for row in rows} == {"one", "two"}


def test_import_bad_file_names_file_line_and_field(tmp_path: Path, db_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "agreement", "doc_id": "x"}\n', encoding="utf-8")
    code, _, err = invoke(db_path, "import", str(bad))
    assert code == 2
    assert "bad.jsonl" in err and "line 1" in err


def test_ingest_reports_skipped_files_and_exits_1(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "fine.txt").write_text("A quiet day with no agreements at all.\n")
    (folder / "broken.json").write_text("{nope", encoding="utf-8")
    code, out, err = invoke(db_path, "ingest", str(folder))
    assert code == 1
    assert "1 documents read: 1 new" in out
    assert "broken.json" in err and "malformed JSON" in err
    code, out, _ = invoke(db_path, "ingest", str(folder / "fine.txt"), "--json")
    assert code == 0
    report = json.loads(out)
    assert (report["documents_new"], report["documents_present"]) == (0, 1)


def test_db_from_environment(tmp_path: Path) -> None:
    target = tmp_path / "env.db"
    seed(target)
    result = runner.invoke(app, ["facts", "--json"], env={"CASPIAN_DB": f"sqlite:///{target}"})
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 3

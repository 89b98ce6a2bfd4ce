"""The CLI of the consolidated knowledge: consolidate, agreements, status, timeline,
changes, conflicts (human output and --json)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from caspian.cli import app
from caspian.documents import Document
from caspian.facts import AgreementFact, MembershipFact
from caspian.store import KnowledgeBase

runner = CliRunner()


def _agreement(doc: str, stage: str, when: str, **kw: Any) -> AgreementFact:
    fields: dict[str, Any] = {"instrument": "peace_agreement", "parties": ("ARM", "AZE"), **kw}
    return AgreementFact(
        doc_id=doc,
        stage=stage,
        date=when,
        evidence=f"Our sentence on the {stage} step in {doc}.",
        **fields,
    )


@pytest.fixture
def db(db_path: Path) -> Path:
    with KnowledgeBase.open(f"sqlite:///{db_path}") as kb:
        kb.add_document(
            Document(doc_id="one", text="Our article one.", published=date(2025, 8, 9)),
            [
                _agreement("one", "initialed", "2025-08-08"),
                MembershipFact(
                    doc_id="one",
                    parties=("AZE",),
                    group="C5",
                    change="invited",
                    date="2025-11",
                    evidence="Our sentence on an invitation.",
                ),
            ],
        )
        kb.add_document(
            Document(doc_id="two", text="Our article two.", published=date(2026, 2, 1)),
            [
                _agreement("two", "signed", "2026-01-10"),
                _agreement("two", "ratified", "2025-12-20"),
            ],
        )
    result = runner.invoke(app, ["--db", str(db_path), "consolidate"])
    assert result.exit_code == 0, result.output
    assert "agreements" in result.output
    return db_path


def _json(db: Path, *args: str) -> Any:
    result = runner.invoke(app, ["--db", str(db), *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_queries_cli_agreements_as_of(db: Path) -> None:
    assert _json(db, "agreements", "--party", "ARM", "--as-of", "2025-07") == []
    (peace,) = _json(db, "agreements", "--party", "ARM", "--party", "AZE", "--as-of", "2025-09")
    assert (peace["stage"], peace["parties"]) == ("initialed", ["ARM", "AZE"])
    assert _json(db, "agreements", "--stage", "ratified", "--as-of", "2026-06")[0]["n_sources"] == 2
    human = runner.invoke(app, ["--db", str(db), "agreements", "--as-of", "2026-06"])
    assert human.exit_code == 0 and "peace_agreement" in human.stdout


def test_queries_cli_status(db: Path) -> None:
    report = _json(db, "status", "ARM", "AZE", "--as-of", "2026-06")
    (detail,) = report["agreements"]
    assert [e["stage"] for e in detail["events"]] == ["initialed", "ratified", "signed"]
    assert detail["events"][0]["evidence"][0]["doc_id"] == "one"
    human = runner.invoke(app, ["--db", str(db), "status", "ARM", "AZE"])
    assert human.exit_code == 0
    assert "Our sentence on the signed step in two." in human.stdout
    assert "ratified_before_signed" in human.stdout


def test_queries_cli_timeline_changes_conflicts(db: Path) -> None:
    events = _json(db, "timeline", "--party", "AZE", "--year", "2025")
    assert [(e["stage"], e["date"]) for e in events] == [
        ("initialed", "2025-08-08"),
        ("ratified", "2025-12-20"),
    ]
    changes = _json(db, "changes", "--year", "2025")
    assert [m["member"] for m in changes["membership_changes"]] == ["AZE"]
    (conflict,) = _json(db, "conflicts")
    assert conflict["kind"] == "ratified_before_signed"
    assert conflict["a"]["doc_ids"] == ["two"]
    for command in (["timeline"], ["changes", "--year", "2025"], ["conflicts"]):
        human = runner.invoke(app, ["--db", str(db), *command])
        assert human.exit_code == 0, human.output
        assert human.stdout.strip()


def test_queries_cli_errors_exit_with_a_message(db: Path) -> None:
    bad_date = runner.invoke(app, ["--db", str(db), "agreements", "--as-of", "2025-13"])
    assert bad_date.exit_code == 2
    assert "--as-of" in bad_date.output
    unknown = runner.invoke(app, ["--db", str(db), "status", "ARM", "NOPE"])
    assert unknown.exit_code == 2
    assert "NOPE" in unknown.output


def test_queries_cli_agreements_pages(db_path: Path) -> None:
    with KnowledgeBase.open(f"sqlite:///{db_path}") as kb:
        facts = [
            _agreement(
                f"d{n}",
                "signed",
                f"202{n}-03-01",
                instrument="trade_agreement",
                parties=tuple(sorted(("KAZ", ["CHN", "RUS", "UZB"][n]))),
            )
            for n in range(3)
        ]
        for n, fact in enumerate(facts):
            kb.add_document(
                Document(doc_id=f"d{n}", text=f"Our article {n}.", published=date(2025, 5, 1)),
                [fact],
            )
    assert runner.invoke(app, ["--db", str(db_path), "consolidate"]).exit_code == 0

    def parties(*args: str) -> list[list[str]]:
        result = runner.invoke(
            app, ["--db", str(db_path), "agreements", "--party", "KAZ", "--json", *args]
        )
        assert result.exit_code == 0, result.output
        return [a["parties"] for a in json.loads(result.stdout)]

    everything = parties()
    assert len(everything) == 3
    assert parties("--limit", "2") == everything[:2]
    assert parties("--limit", "2", "--offset", "2") == everything[2:]
    bad = runner.invoke(app, ["--db", str(db_path), "agreements", "--limit", "-1"])
    assert bad.exit_code == 2 and "negative" in bad.output

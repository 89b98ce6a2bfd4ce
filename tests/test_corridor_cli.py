"""`caspian corridor`: JSON fields, GeoJSON, scenarios and errors."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from caspian.cli import app
from caspian.documents import Document
from caspian.facts import AgreementFact, Instrument, Stage
from caspian.store import KnowledgeBase

runner = CliRunner()


def test_corridor_cli_json_fields() -> None:
    result = runner.invoke(app, ["corridor", "--year", "2024", "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    for key in ("capacity_tonnes_per_year", "bottleneck", "routes", "assumptions"):
        assert key in body
    assert body["capacity_tonnes_per_year"] > 0
    assert body["bottleneck"]["segments"]
    assert body["routes"]["fastest"]["days"] > 0
    assert all("text" in item and "source" in item for item in body["assumptions"])


def test_corridor_cli_scenario_difference() -> None:
    result = runner.invoke(app, ["corridor", "--year", "2030", "--scenario", "georgia-closed",
                                 "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["capacity_tonnes_per_year"] == 0
    assert body["difference_from_base"]["change_tonnes_per_year"] < 0
    text = runner.invoke(app, ["corridor", "--year", "2030", "-s", "georgia-closed",
                               "-s", "tripp-open"])
    assert text.exit_code == 0, text.output
    assert "Against the base case" in text.stdout
    assert "Bottleneck" in text.stdout


def test_corridor_cli_geojson(tmp_path: Path) -> None:
    out = tmp_path / "corridor.geojson"
    result = runner.invoke(app, ["corridor", "--year", "2030", "--format", "geojson",
                                 "--output", str(out)])
    assert result.exit_code == 0, result.output
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["type"] == "FeatureCollection"
    kinds = {f["geometry"]["type"] for f in body["features"]}
    assert kinds == {"Point", "LineString"}
    for feature in body["features"]:
        lon, lat = feature["geometry"]["coordinates"][0] if feature["geometry"]["type"] == \
            "LineString" else feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert any(f["properties"].get("bottleneck") for f in body["features"]) or any(
        f["properties"].get("facility", {}).get("bottleneck") for f in body["features"]
    )


def test_corridor_cli_errors(tmp_path: Path) -> None:
    bad = runner.invoke(app, ["corridor", "--scenario", "no-such-thing"])
    assert bad.exit_code == 2
    missing = runner.invoke(app, ["--db", str(tmp_path / "absent.db"), "corridor",
                                  "--scenario", "agreements"])
    assert missing.exit_code == 2
    assert not (tmp_path / "absent.db").exists()


def test_corridor_cli_knowledge_base_scenario(db_path: Path, db_url: str) -> None:
    text = "Armenia and Azerbaijan signed their peace treaty in a ceremony, officials said."
    with KnowledgeBase.open(db_url) as kb:
        fact = AgreementFact(doc_id="p1", parties=("ARM", "AZE"), date="2027-03-01",
                             evidence=text, instrument=Instrument.PEACE_AGREEMENT,
                             stage=Stage.SIGNED)
        kb.add_document(Document(doc_id="p1", text=text), [fact])
    args = ["--db", str(db_path), "corridor", "--from", "baku-alat", "--to", "turkey", "--json"]
    before = runner.invoke(app, [*args, "--year", "2030", "--as-of", "2027-01-01",
                                 "-s", "agreements"])
    after = runner.invoke(app, [*args, "--year", "2030", "-s", "agreements"])
    assert before.exit_code == 0 and after.exit_code == 0, before.output + after.output
    b, a = json.loads(before.stdout), json.loads(after.stdout)
    assert b["capacity_tonnes_per_year"] < a["capacity_tonnes_per_year"]
    assert a["conditions"][0]["stage"] == "signed"
    assert a["conditions"][0]["holds"] is True

"""The fact model follows ../shared/spec/facts.md: vocabularies, validation, JSON Lines."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from caspian.errors import FactFormatError
from caspian.facts import (
    AgreementFact,
    CommitmentFact,
    Instrument,
    MembershipFact,
    Stage,
    TradeFigureFact,
    fact_to_dict,
    parse_fact,
    parse_gold,
    read_facts,
    read_gold,
    write_facts,
)

AGREEMENT = {
    "doc_id": "d1",
    "type": "agreement",
    "parties": ["KAZ", "UZB"],
    "instrument": "strategic_partnership",
    "stage": "signed",
    "date": "2024-03",
    "title": None,
    "topics": ["trade", "energy"],
    "evidence": "Astana and Tashkent signed a strategic partnership treaty in March.",
}


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "facts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_facts_parse_agreement_typed() -> None:
    fact = parse_fact(AGREEMENT)
    assert isinstance(fact, AgreementFact)
    assert fact.instrument is Instrument.STRATEGIC_PARTNERSHIP
    assert fact.stage is Stage.SIGNED
    assert fact.parties == ("KAZ", "UZB")


def test_facts_each_type_parses() -> None:
    membership = parse_fact(
        {
            "doc_id": "d",
            "type": "membership",
            "parties": ["AZE"],
            "group": "BRICS",
            "change": "applied",
            "date": "2024-08",
            "evidence": "e",
        }
    )
    assert isinstance(membership, MembershipFact)
    commitment = parse_fact(
        {
            "doc_id": "d",
            "type": "commitment",
            "parties": ["AZE", "KAZ"],
            "metric": "trade_turnover",
            "target_value": 1e9,
            "target_unit": "USD",
            "factor": 2,
            "deadline": 2028,
            "subject": "trade",
            "date": "2025",
            "evidence": "e",
        }
    )
    assert isinstance(commitment, CommitmentFact) and commitment.deadline == "2028"
    figure = parse_fact(
        {
            "doc_id": "d",
            "type": "trade_figure",
            "parties": ["KAZ", "RUS"],
            "metric": "bilateral_trade",
            "value": 3e10,
            "unit": "USD",
            "year": 2024,
            "date": "2024",
            "evidence": "e",
        }
    )
    assert isinstance(figure, TradeFigureFact) and figure.year == "2024"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"type": "treaty"}, "type"),
        ({"stage": "almost_signed"}, "stage"),
        ({"instrument": "handshake"}, "instrument"),
        ({"parties": ["UZB", "KAZ"]}, "parties"),
        ({"parties": ["KAZ", "ZZZ"]}, "parties"),
        ({"parties": []}, "parties"),
        ({"date": "2025-13"}, "date"),
        ({"date": "March 2025"}, "date"),
        ({"topics": ["knitting"]}, "topics"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_facts_invalid_field_named(change: dict[str, object], field: str) -> None:
    with pytest.raises(FactFormatError) as info:
        parse_fact({**AGREEMENT, **change}, path="x.jsonl", line=7)
    assert info.value.field == field
    assert "x.jsonl" in str(info.value) and "line 7" in str(info.value)


def test_facts_read_reports_file_line_and_loads_nothing(tmp_path: Path) -> None:
    good = json.dumps(AGREEMENT)
    bad = json.dumps({**AGREEMENT, "stage": "nearly"})
    path = _write(tmp_path, [good, good, bad])
    with pytest.raises(FactFormatError) as info:
        read_facts(path)
    assert info.value.line == 3 and info.value.field == "stage"
    assert str(path) in str(info.value)


def test_facts_read_bad_json_named(tmp_path: Path) -> None:
    path = _write(tmp_path, [json.dumps(AGREEMENT), "{not json"])
    with pytest.raises(FactFormatError) as info:
        read_facts(path)
    assert info.value.line == 2
    assert "invalid JSON" in str(info.value)


def test_facts_jsonl_round_trip(tmp_path: Path) -> None:
    facts = [parse_fact(AGREEMENT), parse_fact({**AGREEMENT, "doc_id": "d2", "date": None})]
    buffer = io.StringIO()
    assert write_facts(facts, buffer) == 2
    path = tmp_path / "out.jsonl"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    assert read_facts(path) == facts


def test_facts_dict_keeps_spec_order_and_provenance() -> None:
    fact = parse_fact({**AGREEMENT, "evidence_start": 3, "evidence_end": 40, "rule": "r1"})
    data = fact_to_dict(fact)
    assert list(data)[:3] == ["doc_id", "type", "parties"]
    assert data["evidence_start"] == 3 and data["rule"] == "r1"
    assert "optional" not in data
    assert "evidence_start" not in fact_to_dict(fact, provenance=False)


def test_facts_gold_alternatives_kept_and_checked() -> None:
    gold = parse_gold({**AGREEMENT, "stage": ["upgraded", "signed"], "optional": True})
    assert gold.optional
    assert gold.accepted("stage") == (Stage.UPGRADED, Stage.SIGNED)
    assert gold.accepted("instrument") == (Instrument.STRATEGIC_PARTNERSHIP,)
    with pytest.raises(FactFormatError) as info:
        parse_gold({**AGREEMENT, "stage": ["signed", "sort_of"]})
    assert info.value.field == "stage"


def test_facts_dev_gold_files_load(dev_corpus: Path) -> None:
    paths = sorted(dev_corpus.glob("*.gold.jsonl"))
    assert paths
    total = sum(len(read_gold(path)) for path in paths)
    assert total > 50

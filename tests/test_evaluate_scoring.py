"""Scoring follows the spec: per-type match keys, one match per gold fact, optional facts,
strict and relaxed, date accuracy at the gold's precision."""

from __future__ import annotations

from typing import Any

from caspian.evaluate import EvalReport, date_agrees, facts_match, score_document
from caspian.facts import Fact, GoldFact, parse_fact, parse_gold

BASE: dict[str, Any] = {
    "doc_id": "d",
    "type": "agreement",
    "parties": ["ARM", "AZE"],
    "instrument": "peace_agreement",
    "stage": "initialed",
    "date": "2025-08-08",
    "evidence": "e",
}


def pred(**change: Any) -> Fact:
    return parse_fact({**BASE, **change})


def gold(**change: Any) -> GoldFact:
    return parse_gold({**BASE, **change})


def score(preds: list[Fact], golds: list[GoldFact]) -> EvalReport:
    report = EvalReport(documents=1)
    score_document("d", preds, golds, report)
    return report


def test_evaluate_agreement_strict_and_relaxed() -> None:
    wrong_instrument = pred(instrument="joint_declaration")
    assert not facts_match(wrong_instrument, gold())
    assert facts_match(wrong_instrument, gold(), relaxed=True)
    assert not facts_match(pred(stage="signed"), gold(), relaxed=True)
    assert not facts_match(pred(parties=["ARM", "AZE", "USA"]), gold())


def test_evaluate_alternatives_accepted() -> None:
    assert facts_match(pred(stage="signed"), gold(stage=["initialed", "signed"]))


def test_evaluate_each_gold_matches_once() -> None:
    report = score([pred(), pred()], [gold()])
    counts = report.per_type["agreement"]
    assert (counts.tp, counts.predicted, counts.gold) == (1, 2, 1)
    assert counts.strict[0] == 0.5 and counts.strict[1] == 1.0


def test_evaluate_matching_is_maximal_not_greedy() -> None:
    # the first prediction could match either gold fact; a greedy pairing that gives it
    # the first gold leaves the second prediction without a partner
    golds = [gold(stage=["initialed", "signed"]), gold(stage="initialed")]
    preds = [pred(stage="initialed"), pred(stage="signed")]
    assert score(preds, golds).per_type["agreement"].tp == 2


def test_evaluate_same_key_facts_pair_by_their_dates() -> None:
    # a deal signed in 2016 and again in 2023: each prediction pairs with the gold fact
    # of its own date, whatever order the two are listed in
    golds = [gold(stage="signed", date="2023-12-18"), gold(stage="signed", date="2016")]
    preds = [pred(stage="signed", date="2023-12-18"), pred(stage="signed", date="2016")]
    counts = score(preds, golds).per_type["agreement"]
    assert (counts.tp, counts.dated, counts.dates_right) == (2, 2, 2)


def test_evaluate_optional_neither_missed_nor_false_positive() -> None:
    report = score([pred()], [gold(optional=True)])
    counts = report.per_type["agreement"]
    assert (counts.tp, counts.predicted, counts.gold) == (0, 0, 0)
    report = score([], [gold(optional=True)])
    assert report.per_type["agreement"].gold == 0


def test_evaluate_required_matching_leaves_optional_partners_free() -> None:
    # a required gold fact that accepts two instruments could take either prediction;
    # the pairing must leave the one an optional gold fact accepts to that fact
    golds = [
        gold(instrument="memorandum_of_understanding"),
        gold(instrument=["cooperation_agreement", "memorandum_of_understanding"]),
        gold(instrument="memorandum_of_understanding", optional=True),
    ]
    preds = [
        pred(instrument="memorandum_of_understanding"),
        pred(instrument="cooperation_agreement"),
        pred(instrument="memorandum_of_understanding"),
    ]
    counts = score(preds, golds).per_type["agreement"]
    assert (counts.tp, counts.predicted, counts.gold) == (2, 2, 2)


def test_evaluate_missed_and_false_positive_listed() -> None:
    report = score([pred(stage="signed")], [gold()])
    kinds = sorted(miss.kind for miss in report.errors)
    assert kinds == ["false_positive", "missed"]


def test_evaluate_dates_to_gold_precision() -> None:
    assert date_agrees("2025-08-08", gold(date="2025-08"))
    assert not date_agrees("2025", gold(date="2025-08"))
    assert date_agrees(None, gold(date=None))
    assert date_agrees("2024-06-12", gold(date=["2024-06-11", "2024-06-12"]))
    report = score([pred(date="2025")], [gold(date="2025-08")])
    assert report.per_type["agreement"].date_accuracy == 0.0


def test_evaluate_other_types_match_keys() -> None:
    figure = {
        "doc_id": "d",
        "type": "trade_figure",
        "parties": ["CHN", "UZB"],
        "metric": "bilateral_trade",
        "value": 14e9,
        "unit": "USD",
        "year": "2023",
        "evidence": "e",
    }
    assert facts_match(parse_fact({**figure, "value": 14.5e9}), parse_gold(figure))
    assert not facts_match(parse_fact({**figure, "value": 15e9}), parse_gold(figure))
    project = {
        "doc_id": "d",
        "type": "project",
        "parties": ["GEO"],
        "host": "GEO",
        "name": "Anaklia deep sea port",
        "evidence": "e",
    }
    assert facts_match(parse_fact({**project, "name": "Anaklia port project"}), parse_gold(project))
    assert not facts_match(parse_fact({**project, "name": "Poti port"}), parse_gold(project))
    commitment = {
        "doc_id": "d",
        "type": "commitment",
        "parties": ["AZE", "KAZ"],
        "metric": "freight_volume",
        "deadline": "2030",
        "evidence": "e",
    }
    assert facts_match(parse_fact({**commitment, "deadline": "2030-12-31"}), parse_gold(commitment))
    assert not facts_match(parse_fact({**commitment, "deadline": "2029"}), parse_gold(commitment))
    membership = {
        "doc_id": "d",
        "type": "membership",
        "parties": ["AZE"],
        "group": "C5",
        "change": ["invited", "joined"],
        "evidence": "e",
    }
    assert facts_match(parse_fact({**membership, "change": "joined"}), parse_gold(membership))

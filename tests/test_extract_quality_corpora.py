"""The quality bar of the extractor on the gold corpora (scored by caspian.evaluate)."""

from __future__ import annotations

import shutil
from pathlib import Path

from caspian.evaluate import evaluate

FOUNDING = "caspian-year-in-review-2025"


def test_founding_document_strict_micro_f1(dev_corpus: Path, tmp_path: Path) -> None:
    for path in dev_corpus.glob(f"{FOUNDING}.*"):
        shutil.copy(path, tmp_path / path.name)
    report = evaluate(tmp_path)
    assert report.documents == 1
    assert report.overall.strict[2] >= 0.90


def test_dev_corpus_relaxed_micro_f1(dev_corpus: Path) -> None:
    report = evaluate(dev_corpus)
    assert report.overall.relaxed[2] >= 0.85


def test_sample_corpus_precision_first(sample_corpus: Path) -> None:
    report = evaluate(sample_corpus)
    precision, _recall, f1 = report.overall.strict
    assert precision >= 0.90
    assert f1 >= 0.80

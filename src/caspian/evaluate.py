"""Scoring extracted facts against gold annotations, by the rules of the fact spec.

Facts are compared per document and per type. A predicted fact matches a gold fact when
the type's key fields agree (see :func:`facts_match`); each gold fact matches at most one
prediction, and the pairing maximises the number of matches (bipartite matching, not
first-come). Optional gold facts are neither misses when unmatched nor false positives
when matched. Scores are micro-averaged per type and overall, strict and relaxed (the
relaxed agreement match ignores the instrument). Dates are scored apart: the share of
matched facts whose `date` agrees with the gold to the precision the gold gives.

Gold documents are found in a folder as `DOC.gold.jsonl` beside the document it
annotates: `DOC.txt` (with `DOC.meta.json`), `DOC.md`, `DOC.html`, `DOC.json`, or
`DOC.jsonl` holding several documents whose facts carry their own `doc_id`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from caspian.documents import Document
from caspian.errors import InputError
from caspian.facts import (
    AgreementFact,
    CommitmentFact,
    Fact,
    FactBase,
    FactType,
    GoldFact,
    MembershipFact,
    ProjectFact,
    TradeFigureFact,
    read_facts,
    read_gold,
)

GOLD_SUFFIX = ".gold.jsonl"
DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
TYPES: tuple[str, ...] = tuple(t.value for t in FactType)

#: Words too generic to identify a project by ("the X port project" and "X" share "X").
_GENERIC_NAME_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "for",
        "in",
        "on",
        "at",
        "to",
        "s",
        "first",
        "new",
        "second",
        "third",
        "project",
        "projects",
        "programme",
        "program",
        "plant",
        "power",
        "station",
        "port",
        "railway",
        "railroad",
        "line",
        "road",
        "highway",
        "corridor",
        "route",
        "pipeline",
        "deposit",
        "mine",
        "field",
        "terminal",
        "hub",
        "zone",
        "park",
        "facility",
        "complex",
        "bridge",
        "tunnel",
        "construction",
        "development",
        "initiative",
        "link",
        "international",
    ]
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

Extractor = Callable[[Document], Sequence[FactBase]]


@dataclass(frozen=True)
class GoldDocument:
    """One annotated document: its text and its gold facts."""

    document: Document
    gold: tuple[GoldFact, ...]
    gold_path: Path


@dataclass
class Counts:
    """Matches for one fact type (or all types): gold, predicted, true positives."""

    gold: int = 0
    predicted: int = 0
    tp: int = 0
    tp_relaxed: int = 0
    predicted_relaxed: int = 0
    gold_relaxed: int = 0
    dated: int = 0
    dates_right: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
        precision = tp / predicted if predicted else (1.0 if gold == 0 else 0.0)
        recall = tp / gold if gold else (1.0 if predicted == 0 else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def strict(self) -> tuple[float, float, float]:
        """Precision, recall, F1 under the strict match."""
        return self._prf(self.tp, self.predicted, self.gold)

    @property
    def relaxed(self) -> tuple[float, float, float]:
        """Precision, recall, F1 under the relaxed match."""
        return self._prf(self.tp_relaxed, self.predicted_relaxed, self.gold_relaxed)

    @property
    def date_accuracy(self) -> float | None:
        return self.dates_right / self.dated if self.dated else None


@dataclass(frozen=True)
class Miss:
    """A scoring error, for inspection: a false positive or a missed gold fact."""

    doc_id: str
    kind: str  # "false_positive" or "missed"
    fact: FactBase


@dataclass
class EvalReport:
    """Scores per type and overall, with the errors behind them."""

    per_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    per_document: dict[str, Counts] = field(default_factory=dict)
    errors: list[Miss] = field(default_factory=list)
    documents: int = 0

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.per_type.values():
            total.add(counts)
        return total

    def to_dict(self) -> dict[str, object]:
        def row(counts: Counts) -> dict[str, object]:
            p, r, f = counts.strict
            rp, rr, rf = counts.relaxed
            return {
                "gold": counts.gold,
                "predicted": counts.predicted,
                "true_positives": counts.tp,
                "precision": round(p, 4),
                "recall": round(r, 4),
                "f1": round(f, 4),
                "relaxed_precision": round(rp, 4),
                "relaxed_recall": round(rr, 4),
                "relaxed_f1": round(rf, 4),
                "date_accuracy": None
                if counts.date_accuracy is None
                else round(counts.date_accuracy, 4),
            }

        return {
            "documents": self.documents,
            "overall": row(self.overall),
            "per_type": {name: row(counts) for name, counts in self.per_type.items()},
        }


# --------------------------------------------------------------------------- matching


def _accepts(gold: GoldFact, name: str, value: object) -> bool:
    return value in gold.accepted(name)


def _year(value: str | None) -> str | None:
    return None if value is None else value[:4]


def _name_words(name: str) -> set[str]:
    words = {w.lower() for w in _WORD.findall(name)}
    return {w for w in words if w not in _GENERIC_NAME_WORDS and len(w) > 1}


def _names_share_main_word(predicted: str, gold_names: Iterable[object]) -> bool:
    mine = _name_words(predicted)
    return any(isinstance(name, str) and mine & _name_words(name) for name in gold_names)


def facts_match(predicted: FactBase, gold: GoldFact, *, relaxed: bool = False) -> bool:
    """Whether a prediction matches a gold fact, by the spec's rules for its type."""
    target = gold.fact
    if predicted.type != target.type:  # type: ignore[attr-defined]
        return False
    if isinstance(predicted, MembershipFact):
        return (
            predicted.parties == target.parties
            and _accepts(gold, "group", predicted.group)
            and _accepts(gold, "change", predicted.change)
        )
    if isinstance(predicted, ProjectFact):
        return _accepts(gold, "host", predicted.host) and _names_share_main_word(
            predicted.name, gold.accepted("name")
        )
    if set(predicted.parties) != set(target.parties):
        return False
    if isinstance(predicted, AgreementFact):
        if not _accepts(gold, "stage", predicted.stage):
            return False
        return relaxed or _accepts(gold, "instrument", predicted.instrument)
    if isinstance(predicted, CommitmentFact):
        years = {_year(d) for d in gold.accepted("deadline")}
        return _accepts(gold, "metric", predicted.metric) and _year(predicted.deadline) in years
    if isinstance(predicted, TradeFigureFact):
        if not (
            _accepts(gold, "metric", predicted.metric) and _accepts(gold, "year", predicted.year)
        ):
            return False
        return any(
            isinstance(value, int | float) and abs(predicted.value - value) <= 0.05 * abs(value)
            for value in gold.accepted("value")
        )
    return False


def date_agrees(predicted: str | None, gold: GoldFact) -> bool:
    """Whether a predicted date agrees with the gold's to the precision the gold gives."""
    for accepted in gold.accepted("date"):
        if accepted is None:
            if predicted is None:
                return True
        elif predicted is not None and predicted[: len(accepted)] == accepted:
            return True
    return False


def _max_matching(
    predictions: Sequence[FactBase],
    golds: Sequence[GoldFact],
    usable: Sequence[bool],
    relaxed: bool,
) -> dict[int, int]:
    """Maximum bipartite matching gold index -> prediction index (augmenting paths).

    Each gold fact tries first the predictions whose date agrees with it, so that two
    same-key gold facts of different dates (a deal signed in 2016 and again in 2023) are
    paired with the predictions of their own dates when the matching allows it.
    """

    def date_first(gold: GoldFact) -> list[int]:
        found = [
            p
            for p, fact in enumerate(predictions)
            if usable[p] and facts_match(fact, gold, relaxed=relaxed)
        ]
        return sorted(found, key=lambda p: not date_agrees(predictions[p].date, gold))

    candidates = [date_first(g) for g in golds]
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(g: int, seen: set[int]) -> bool:
        for p in candidates[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(golds)):
        augment(g, set())
    return {g: p for p, g in owner.items()}


def score_document(
    doc_id: str,
    predictions: Sequence[FactBase],
    golds: Sequence[GoldFact],
    report: EvalReport,
) -> None:
    """Score one document's predictions against its gold facts into `report`."""
    doc_counts = Counts()
    for type_name in TYPES:
        preds = [p for p in predictions if p.type == type_name]  # type: ignore[attr-defined]
        gold = [g for g in golds if g.fact.type == type_name]
        counts = Counts()
        for relaxed in (False, True):
            required = [g for g in gold if not g.optional]
            optional = [g for g in gold if g.optional]
            usable = [True] * len(preds)
            # one matching, required gold facts first (an augmenting path never unmatches
            # a gold fact, so the required ones matched are as many as can be): then
            # predictions that match an optional gold fact are not false positives, even
            # where another pairing of the required ones frees them
            both = _max_matching(preds, [*required, *optional], usable, relaxed)
            matched = {g: p for g, p in both.items() if g < len(required)}
            absorbed = {g - len(required): p for g, p in both.items() if g >= len(required)}
            predicted = len(preds) - len(absorbed)
            if relaxed:
                counts.tp_relaxed = len(matched)
                counts.predicted_relaxed = predicted
                counts.gold_relaxed = len(required)
                continue
            counts.tp, counts.predicted, counts.gold = len(matched), predicted, len(required)
            for g, p in matched.items():
                counts.dated += 1
                counts.dates_right += date_agrees(preds[p].date, required[g])
            taken = set(matched.values()) | set(absorbed.values())
            report.errors.extend(
                Miss(doc_id, "false_positive", fact)
                for i, fact in enumerate(preds)
                if i not in taken
            )
            report.errors.extend(
                Miss(doc_id, "missed", required[g].fact)
                for g in range(len(required))
                if g not in matched
            )
        report.per_type[type_name].add(counts)
        doc_counts.add(counts)
    report.per_document[doc_id] = doc_counts


# --------------------------------------------------------------------------- gold corpora


def _document_file(gold_path: Path) -> Path:
    stem = gold_path.name[: -len(GOLD_SUFFIX)]
    for suffix in DOCUMENT_SUFFIXES:
        candidate = gold_path.with_name(stem + suffix)
        if candidate.is_file():
            return candidate
    raise InputError(
        f"{gold_path}: no document beside it (looked for {stem}{{{','.join(DOCUMENT_SUFFIXES)}}})"
    )


def load_gold_corpus(gold_dir: str | Path) -> list[GoldDocument]:
    """Every annotated document under `gold_dir` (recursively), in a stable order."""
    from caspian.readers import read_path

    root = Path(gold_dir)
    if not root.is_dir():
        raise InputError(f"{root}: not a folder of gold documents")
    gold_paths = sorted(root.rglob("*" + GOLD_SUFFIX))
    if not gold_paths:
        raise InputError(f"{root}: no *{GOLD_SUFFIX} files found")
    corpus: list[GoldDocument] = []
    for gold_path in gold_paths:
        golds = read_gold(gold_path)
        documents = list(read_path(_document_file(gold_path)))
        by_doc: dict[str, list[GoldFact]] = defaultdict(list)
        for gold in golds:
            by_doc[gold.fact.doc_id].append(gold)
        known = {doc.doc_id for doc in documents}
        for doc_id in by_doc:
            if doc_id not in known:
                raise InputError(
                    f"{gold_path}: gold facts name doc_id '{doc_id}', which is not a "
                    f"document of {_document_file(gold_path).name} ({', '.join(sorted(known))})"
                )
        corpus.extend(
            GoldDocument(document=doc, gold=tuple(by_doc.get(doc.doc_id, ())), gold_path=gold_path)
            for doc in documents
        )
    return corpus


def evaluate_corpus(
    corpus: Sequence[GoldDocument],
    predictions: Mapping[str, Sequence[FactBase]],
) -> EvalReport:
    """Score predictions (by doc_id) against a loaded gold corpus."""
    report = EvalReport(documents=len(corpus))
    for item in corpus:
        doc_id = item.document.doc_id
        score_document(doc_id, predictions.get(doc_id, ()), item.gold, report)
    return report


def evaluate(
    gold_dir: str | Path,
    *,
    predictions: str | Path | None = None,
    extractor: Extractor | None = None,
) -> EvalReport:
    """Score extraction on the gold documents under `gold_dir`.

    With `predictions` (a JSON Lines file of facts) those are scored; otherwise the
    extractor (by default `caspian.extract.extract_facts`) is run on every document.
    Predictions for documents that have no gold file are ignored.
    """
    corpus = load_gold_corpus(gold_dir)
    by_doc: dict[str, list[FactBase]] = defaultdict(list)
    if predictions is not None:
        facts: list[Fact] = read_facts(predictions)
        for fact in facts:
            by_doc[fact.doc_id].append(fact)
    else:
        if extractor is None:
            from caspian.extract import extract_facts

            extractor = extract_facts
        for item in corpus:
            by_doc[item.document.doc_id].extend(extractor(item.document))
    return evaluate_corpus(corpus, by_doc)

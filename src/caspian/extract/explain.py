"""Why a fact was extracted: its evidence with the matched words marked, and its rule.

:func:`explain_document` runs the pipeline on one document and returns, per fact, a
:class:`Explanation`: the fact, its evidence, and the character ranges inside the
evidence that the rules matched (actor mentions and resolved references, instrument
nouns, stage and membership cue words, dates, amounts). :func:`render` turns an
explanation into a Rich renderable; the CLI prints it (the library never prints).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.console import Group
from rich.panel import Panel
from rich.text import Text
from spacy.tokens import Doc

from caspian.documents import Document
from caspian.extract.base import text_of
from caspian.extract.instruments import ACRONYM, HEAD
from caspian.facts import FactBase, fact_to_dict

_CUE_WORDS = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)?|initial(?:l)?(?:ed|ing)|ratif\w+|entry\s+into\s+force"
    r"|entered\s+into\s+force|came\s+into\s+force|conclud\w+|agreed\s+in\s+principle|upgrad\w+"
    r"|elevat\w+|raised|reaffirm\w*|strengthen\w*|establish\w*|negotiat\w+|talks|propos\w+"
    r"|suspend\w*|terminat\w+|withdr\w+|implement\w*|forg\w+|sealed|struck|announced|adopted"
    r"|invited|appl(?:ied|ication)|join\w*|member\w*|observer|admitted|accession|left|quit"
    r"|allow\w*|permit\w*|transit|transport)\b",
    re.I,
)

#: Styles per kind of matched words.
STYLES = {
    "actor": "bold cyan",
    "instrument": "bold magenta",
    "cue": "bold yellow",
    "date": "green",
    "amount": "green",
}


@dataclass(frozen=True)
class Explanation:
    """One fact with the matched ranges of its evidence (offsets into the evidence)."""

    fact: FactBase
    evidence: str
    marks: tuple[tuple[int, int, str], ...]  # (start, end, kind)


def _marks(doc_text: str, fact: FactBase, doc: Doc) -> tuple[tuple[int, int, str], ...]:
    start = fact.evidence_start or 0
    end = fact.evidence_end if fact.evidence_end is not None else start + len(fact.evidence)
    marks: list[tuple[int, int, str]] = []
    ext = doc._
    for mention in ext.actors or []:
        if (
            start <= mention.start
            and mention.end <= end
            and mention.actor_id
            in (*fact.parties, getattr(fact, "group", None), getattr(fact, "host", None))
        ):
            marks.append((mention.start - start, mention.end - start, "actor"))
    for pattern in (HEAD, ACRONYM):
        for match in pattern.finditer(doc_text, start, end):
            marks.append((match.start() - start, match.end() - start, "instrument"))
    for match in _CUE_WORDS.finditer(doc_text, start, end):
        marks.append((match.start() - start, match.end() - start, "cue"))
    for date in ext.dates or []:
        if start <= date.start and date.end <= end:
            marks.append((date.start - start, date.end - start, "date"))
    for quantity in ext.quantities or []:
        if start <= quantity.start and quantity.end <= end:
            marks.append((quantity.start - start, quantity.end - start, "amount"))
    return tuple(sorted(set(marks)))


def explain_document(document: Document) -> list[Explanation]:
    """Run the extractor on one document and explain each fact it states."""
    from caspian.extract import extract_doc

    doc = extract_doc(document)
    return [
        Explanation(fact=fact, evidence=fact.evidence, marks=_marks(text_of(doc), fact, doc))
        for fact in (doc._.facts or [])
    ]


def render(explanation: Explanation) -> Panel:
    """A Rich panel: the fact's fields, its evidence with marks, and its rule."""
    fact = explanation.fact
    fields = fact_to_dict(fact, provenance=False)
    fields.pop("evidence", None)
    fields.pop("doc_id", None)
    fact_type = fields.get("type", "fact")
    summary = Text(", ".join(f"{k}={v}" for k, v in fields.items() if v not in (None, [], ())))
    evidence = Text(explanation.evidence)
    for start, end, kind in explanation.marks:
        evidence.stylize(STYLES.get(kind, "bold"), start, end)
    where = Text(
        f"rule {fact.rule} · {fact.extractor} {fact.extractor_version} · "
        f"chars {fact.evidence_start}-{fact.evidence_end}",
        style="dim",
    )
    return Panel(
        Group(summary, evidence, where), title=f"{fact_type} · {fact.doc_id}", title_align="left"
    )


__all__ = ["STYLES", "Explanation", "explain_document", "render"]

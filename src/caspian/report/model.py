"""The typed content of a Year in Review: one dataclass per section, built by one
builder function each (:mod:`caspian.report.sections`), rendered by the templates.

A :class:`Sentence` of kind ``fact`` states something from the knowledge base and
carries the numbers of its notes; every :class:`Note` is one stored fact's evidence with
its document. Sentences of kind ``model`` report a model's answer (the corridor) and name
their data instead; ``summary`` sentences count what the cited sentences state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SentenceKind = Literal["fact", "model", "summary"]


@dataclass(frozen=True, slots=True)
class Source:
    """One piece of evidence: a stored fact's verbatim sentence and its document."""

    fact_id: int
    doc_id: str
    quote: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class Note:
    number: int
    source: Source


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    notes: tuple[int, ...] = ()
    kind: SentenceKind = "fact"


@dataclass(frozen=True, slots=True)
class Group:
    """A titled run of sentences (one state, one format, one process...)."""

    heading: str
    sentences: tuple[Sentence, ...]
    key: str = ""


@dataclass(frozen=True, slots=True)
class Figure:
    """One line of "the year in numbers"."""

    value: str
    label: str
    notes: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Chart:
    """A static chart: inline SVG markup (for HTML and PDF) and a caption."""

    key: str
    title: str
    svg: str
    caption: str


@dataclass(frozen=True, slots=True)
class NumbersSection:
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class PartnershipsSection:
    groups: tuple[Group, ...]


@dataclass(frozen=True, slots=True)
class MultilateralSection:
    groups: tuple[Group, ...]
    memberships: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class PeaceProcess:
    heading: str
    parties: tuple[str, ...]
    stage: str
    sentences: tuple[Sentence, ...]
    pending: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PeaceSection:
    processes: tuple[PeaceProcess, ...]


@dataclass(frozen=True, slots=True)
class ProjectItem:
    name: str
    host: str
    sector: str | None
    stage: str | None
    cost: str | None
    sentence: Sentence
    partners: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CorridorSummary:
    """The corridor model's answers for the year (model output, with its data's sources)."""

    sentences: tuple[Sentence, ...]
    scenarios: tuple[tuple[str, str], ...]  # (scenario, one-line answer)


@dataclass(frozen=True, slots=True)
class ConnectivitySection:
    arrangements: tuple[Sentence, ...]
    projects: tuple[ProjectItem, ...]
    corridor: CorridorSummary | None


@dataclass(frozen=True, slots=True)
class CommitmentItem:
    sentence: Sentence
    deadline: str | None
    status: str  # on_track | off_track | achieved | due | unknown
    status_text: str


@dataclass(frozen=True, slots=True)
class CommitmentsSection:
    items: tuple[CommitmentItem, ...]


@dataclass(frozen=True, slots=True)
class OutlookSection:
    due: tuple[Sentence, ...]
    pending: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class YearInReview:
    year: int
    region_id: str
    region_name: str
    region_source: str
    intro: tuple[Sentence, ...]
    numbers: NumbersSection
    partnerships: PartnershipsSection
    multilateral: MultilateralSection
    peace: PeaceSection
    connectivity: ConnectivitySection
    commitments: CommitmentsSection
    outlook: OutlookSection
    charts: dict[str, Chart]
    notes: tuple[Note, ...]
    documents: int
    generated: str
    warnings: tuple[str, ...] = field(default=())

    def sentences(self) -> list[Sentence]:
        """Every sentence of the review, in reading order."""
        out: list[Sentence] = list(self.intro)
        for group in self.partnerships.groups:
            out.extend(group.sentences)
        for group in self.multilateral.groups:
            out.extend(group.sentences)
        out.extend(self.multilateral.memberships)
        for process in self.peace.processes:
            out.extend(process.sentences)
        out.extend(self.connectivity.arrangements)
        out.extend(item.sentence for item in self.connectivity.projects)
        if self.connectivity.corridor is not None:
            out.extend(self.connectivity.corridor.sentences)
        out.extend(item.sentence for item in self.commitments.items)
        out.extend(self.outlook.due)
        out.extend(self.outlook.pending)
        return out

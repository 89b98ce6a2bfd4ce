"""What every extraction component shares: the Doc extensions and the fact helpers.

The pipeline (``caspian.extract.pipeline``) runs spaCy components over a blank English
pipeline. They talk to each other only through these ``Doc`` extensions::

    doc._.doc_id: str                   the document's id (set before the pipeline runs)
    doc._.published: date | None        publication date, for relative dates
    doc._.actors: list[ActorMention]    caspian.actors.v1, then caspian.references.v1
    doc._.dates: list[DateMention]      caspian.dates.v1
    doc._.quantities: list[Quantity]    caspian.quantities.v1
    doc._.facts: list[Fact]             every fact component appends; finalize sorts

The lists are sorted by start offset, so :func:`actors_in`, :func:`dates_in` and
:func:`quantities_in` find the mentions inside a character range by bisection.
:func:`make_fact` builds a fact with its provenance: the verbatim evidence, its
character offsets in ``doc.text`` and the component, version and rule that made it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from spacy.tokens import Doc, Span

from caspian.facts import FactBase

if TYPE_CHECKING:
    from caspian.extract.dates import DateMention
    from caspian.extract.mentions import ActorMention
    from caspian.extract.money import Quantity

F = TypeVar("F", bound=FactBase)

_EXTENSIONS: dict[str, Any] = {
    "doc_id": "",
    "published": None,
    "actors": None,
    "dates": None,
    "quantities": None,
    "facts": None,
}


def register_extensions() -> None:
    """Register the ``Doc`` extensions (idempotent). Lists default to None: use the
    accessors below, which read None as empty."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


class _Located(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


L = TypeVar("L", bound=_Located)


def _within(items: Sequence[L] | None, start: int, end: int) -> list[L]:
    """Items (sorted by start) lying wholly inside [start, end)."""
    if not items:
        return []
    lo = bisect_left(items, start, key=lambda item: item.start)
    found: list[L] = []
    for item in items[lo:]:
        if item.start >= end:
            break
        if item.end <= end:
            found.append(item)
    return found


def actors_in(doc: Doc, start: int, end: int) -> list[ActorMention]:
    """The actor mentions (names and resolved references) inside the character range."""
    return _within(doc._.actors, start, end)


def dates_in(doc: Doc, start: int, end: int) -> list[DateMention]:
    """The date mentions inside the character range."""
    return _within(doc._.dates, start, end)


def quantities_in(doc: Doc, start: int, end: int) -> list[Quantity]:
    """The quantities (money, volumes, ...) inside the character range."""
    return _within(doc._.quantities, start, end)


def text_of(doc: Doc) -> str:
    """The text of the doc, computed once (spaCy's ``doc.text`` joins every token anew on
    each access, which is costly inside rules)."""
    cached = doc.user_data.get("caspian.text")
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data["caspian.text"] = cached
    return cached


def add_facts(doc: Doc, facts: Sequence[FactBase]) -> None:
    """Append facts to ``doc._.facts``."""
    if not facts:
        return
    current = doc._.facts
    if current is None:
        doc._.facts = list(facts)
    else:
        current.extend(facts)


def make_fact(
    cls: type[F],
    doc: Doc,
    sent: Span,
    *,
    component: str,
    version: str,
    rule: str,
    **fields: Any,
) -> F:
    """Build a fact of type `cls` whose evidence is `sent` (verbatim, with its offsets).

    Fills ``doc_id``, ``evidence`` (the span's text without surrounding white space),
    ``evidence_start``/``evidence_end`` (its character offsets into ``doc.text``),
    ``extractor`` (the component name),
    ``extractor_version`` and ``rule``; sorts and de-duplicates ``parties``.
    Raises pydantic's ValidationError when a field is outside the vocabulary.
    """
    parties = fields.pop("parties", ())
    fields["parties"] = tuple(sorted(set(parties)))
    start, end = sent.start_char, sent.end_char
    text = text_of(doc)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return cls(
        doc_id=doc._.doc_id or "unknown",
        evidence=text[start:end],
        evidence_start=start,
        evidence_end=end,
        extractor=component,
        extractor_version=version,
        rule=rule,
        **fields,
    )


__all__ = [
    "actors_in",
    "add_facts",
    "dates_in",
    "make_fact",
    "quantities_in",
    "register_extensions",
    "text_of",
]

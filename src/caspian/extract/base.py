"""What every extraction component shares: the Doc class and extensions, and the fact helpers.

The pipeline (``caspian.extract.pipeline``) runs spaCy components over a blank English
pipeline. They talk to each other only through these ``Doc`` extensions::

    doc._.doc_id: str                   the document's id (set before the pipeline runs)
    doc._.published: date | None        publication date, for relative dates
    doc._.actors: list[ActorMention]    caspian.actors.v1, then caspian.references.v1
    doc._.dates: Sequence[DateMention]  caspian.dates.v1 (computed lazily, see below)
    doc._.quantities: Sequence[Quantity] caspian.quantities.v1 (computed lazily)
    doc._.facts: list[Fact]             every fact component appends; finalize sorts

The lists are sorted by start offset, so :func:`actors_in`, :func:`dates_in` and
:func:`quantities_in` find the mentions inside a character range by bisection.
:func:`make_fact` builds a fact with its provenance: the verbatim evidence, its
character offsets in ``doc.text`` and the component, version and rule that made it.

**Speed.** The rules work on character offsets only, so the pipeline's tokenizer
(:class:`ChunkTokenizer`) cuts the text at white space only, the way spaCy's own
tokenizer does before it splits off punctuation, and makes a :class:`CaspianDoc`: a
spaCy ``Doc`` whose ``text`` is the original string (kept, not re-joined from tokens on
each access) and whose ``sents`` are :class:`CaspianSpan` objects with the same cheap
``text``. Dates are found lazily, one sentence at a time, for the sentences some rule
asks about (:func:`dates_in`); reading ``doc._.dates`` yields them sentence by sentence
over the whole document. A date is looked for in its sentence and some context on either
side (:func:`caspian.extract.sentences.context_window`), so the patterns see what they
would see in the whole text; one written across a sentence boundary is a date of
neither sentence. Quantities are found over the whole text at the first request (their
finder only looks near digits and scale words).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, overload

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from caspian.facts import FactBase

if TYPE_CHECKING:
    from caspian.extract.dates import DateMention
    from caspian.extract.mentions import ActorMention
    from caspian.extract.money import Quantity

F = TypeVar("F", bound=FactBase)

#: user_data keys
TEXT_KEY = "caspian.text"
SENT_TOKENS_KEY = "caspian.sent_tokens"
_LAZY_KEY = "caspian.lazy.{}"
_SET_KEY = "caspian.set.{}"


def text_of(doc: Doc) -> str:
    """The text of the doc, computed once (spaCy's ``doc.text`` joins every token anew on
    each access; a :class:`CaspianDoc` keeps its string)."""
    cached = doc.user_data.get(TEXT_KEY)
    if not isinstance(cached, str):
        cached = Doc.text.__get__(doc)
        doc.user_data[TEXT_KEY] = cached
    return cached


class CaspianSpan(Span):
    """A spaCy ``Span`` whose ``text`` is a slice of the document's kept string."""

    @property
    def text(self) -> str:
        return text_of(self.doc)[self.start_char : self.end_char]


class CaspianDoc(Doc):
    """A spaCy ``Doc`` whose ``text`` and ``sents`` cost no per-token work."""

    @property
    def text(self) -> str:
        return text_of(self)

    @property
    def sents(self) -> Iterator[Span]:
        starts: list[int] | None = self.user_data.get(SENT_TOKENS_KEY)
        if starts is None:
            return super().sents
        ends = [*starts[1:], len(self)]
        return (CaspianSpan(self, start, end) for start, end in zip(starts, ends, strict=True))


_SPLIT = re.compile(r"(\s+)")


class ChunkTokenizer:
    """White space tokenizer: spaCy's splitting of a text into non-space runs and the
    white space between them (a single space after a token is its trailing space, any
    other white space is a token), without splitting off punctuation. Makes a
    :class:`CaspianDoc` that keeps the text."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        parts = _SPLIT.split(text)
        index = 0
        if parts[0] == "":
            if len(parts) > 1:  # leading white space is one token
                words.append(parts[1])
                spaces.append(False)
            index = 2
        count = len(parts)
        while index < count:
            word = parts[index]
            if not word:
                break
            words.append(word)
            if index + 1 >= count:
                spaces.append(False)
                break
            gap = parts[index + 1]
            if gap[0] == " ":
                spaces.append(True)
                if len(gap) > 1:
                    words.append(gap[1:])
                    spaces.append(False)
            else:
                spaces.append(False)
                words.append(gap)
                spaces.append(False)
            index += 2
        doc = CaspianDoc(self.vocab, words=words, spaces=spaces)
        doc.user_data[TEXT_KEY] = text
        return doc


_EXTENSIONS: dict[str, Any] = {
    "doc_id": "",
    "published": None,
    "actors": None,
    "facts": None,
}

T = TypeVar("T")


class LazyMentions(Sequence[T]):
    """The mentions of a whole doc, found sentence by sentence as they are read."""

    def __init__(self, doc: Doc, name: str) -> None:
        self._doc = doc
        self._name = name
        self._all: list[T] | None = None

    def _sentences(self) -> Iterator[list[T]]:
        for index in range(len(_bounds(self._doc))):
            yield _sentence_mentions(self._doc, self._name, index)

    def __iter__(self) -> Iterator[T]:
        if self._all is not None:
            return iter(self._all)
        return (item for found in self._sentences() for item in found)

    def __bool__(self) -> bool:
        return any(self._sentences())

    def _list(self) -> list[T]:
        if self._all is None:
            self._all = [item for found in self._sentences() for item in found]
        return self._all

    def __len__(self) -> int:
        return len(self._list())

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...
    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        return self._list()[index]

    def __repr__(self) -> str:
        return f"LazyMentions({self._name}, {self._list()!r})"


def _bounds(doc: Doc) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] | None = doc._.sentences
    if bounds is None:
        text = text_of(doc)
        bounds = [(0, len(text))] if text else []
    return bounds


def _finder(name: str) -> Callable[[Doc, int, int], list[Any]]:
    if name == "dates":
        from caspian.extract.dates import find_dates

        def dates(doc: Doc, start: int, end: int) -> list[Any]:
            return find_dates(text_of(doc), published=doc._.published, start=start, end=end)

        return dates
    from caspian.extract.money import find_quantities

    def quantities(doc: Doc, start: int, end: int) -> list[Any]:
        return find_quantities(text_of(doc), start=start, end=end)

    return quantities


def _sentence_mentions(doc: Doc, name: str, index: int) -> list[Any]:
    """The mentions of sentence `index` (computed once per doc and sentence)."""
    cache: dict[int, list[Any]] | None = doc.user_data.get(_LAZY_KEY.format(name))
    if cache is None:
        cache = doc.user_data[_LAZY_KEY.format(name)] = {}
    found = cache.get(index)
    if found is None:
        start, end = _bounds(doc)[index]
        found = cache[index] = _finder(name)(doc, start, end)
    return found


#: Found over the whole text at the first request rather than sentence by sentence:
#: amounts (their finder looks only near digits and scale words, and the fact components
#: ask about most sentences).
_WHOLE = frozenset({"quantities"})


def _whole(doc: Doc, name: str) -> list[Any]:
    key = _LAZY_KEY.format(name)
    found: list[Any] | None = doc.user_data.get(key)
    if found is None:
        text = text_of(doc)
        found = doc.user_data[key] = _finder(name)(doc, 0, len(text))
    return found


def _get(name: str) -> Callable[[Doc], Any]:
    def getter(doc: Doc) -> Any:
        explicit = doc.user_data.get(_SET_KEY.format(name))
        if explicit is not None:
            return explicit
        if name in _WHOLE:
            return _whole(doc, name)
        return LazyMentions(doc, name)

    return getter


def _set(name: str) -> Callable[[Doc, Any], None]:
    def setter(doc: Doc, value: Any) -> None:
        doc.user_data[_SET_KEY.format(name)] = value

    return setter


def register_extensions() -> None:
    """Register the ``Doc`` extensions (idempotent). Lists default to None: use the
    accessors below, which read None as empty. ``dates`` and ``quantities`` are computed
    on demand unless a list was assigned to them."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in ("dates", "quantities"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_get(name), setter=_set(name))
    if not Doc.has_extension("sentences"):
        Doc.set_extension("sentences", default=None)


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


def _lazy_within(doc: Doc, name: str, start: int, end: int) -> list[Any]:
    explicit = doc.user_data.get(_SET_KEY.format(name))
    if explicit is not None:
        return _within(explicit, start, end)
    if name in _WHOLE:
        return _within(_whole(doc, name), start, end)
    bounds = _bounds(doc)
    if not bounds or end <= start:
        return []
    first = max(0, bisect_right(bounds, (start, len(text_of(doc)) + 1)) - 1)
    found: list[Any] = []
    for index in range(first, len(bounds)):
        s_start, s_end = bounds[index]
        if s_start >= end:
            break
        if s_end <= start:
            continue
        found.extend(
            m for m in _sentence_mentions(doc, name, index) if start <= m.start and m.end <= end
        )
    return found


def actors_in(doc: Doc, start: int, end: int) -> list[ActorMention]:
    """The actor mentions (names and resolved references) inside the character range."""
    return _within(doc._.actors, start, end)


def dates_in(doc: Doc, start: int, end: int) -> list[DateMention]:
    """The date mentions inside the character range (found now for the sentences it
    overlaps, unless already found)."""
    return _lazy_within(doc, "dates", start, end)


def quantities_in(doc: Doc, start: int, end: int) -> list[Quantity]:
    """The quantities (money, volumes, ...) inside the character range."""
    return _lazy_within(doc, "quantities", start, end)


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
    "CaspianDoc",
    "CaspianSpan",
    "ChunkTokenizer",
    "LazyMentions",
    "actors_in",
    "add_facts",
    "dates_in",
    "make_fact",
    "quantities_in",
    "register_extensions",
    "text_of",
]

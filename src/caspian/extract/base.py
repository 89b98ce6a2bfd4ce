"""What every extraction component shares: the Doc class and extensions, and the fact helpers.

The pipeline (``caspian.extract.pipeline``) runs spaCy components over a blank English
pipeline. They talk to each other only through these ``Doc`` extensions::

    doc._.doc_id: str                   the document's id (set before the pipeline runs)
    doc._.published: date | None        publication date, for relative dates
    doc._.actors: list[ActorMention]    caspian.actors.v1, then caspian.references.v1
    doc._.dates: Sequence[DateMention]  caspian.dates.v1 (computed lazily, see below)
    doc._.quantities: Sequence[Quantity] caspian.quantities.v1 (computed lazily)
    doc._.facts: list[Fact]             every fact component appends; finalize sorts
    doc._.sentences: list[tuple[int, int]] caspian.sentences.v1: the sentence bounds

The lists are sorted by start offset, so :func:`actors_in`, :func:`dates_in` and
:func:`quantities_in` find the mentions inside a character range by bisection.
:func:`make_fact` builds a fact with its provenance: the verbatim evidence, its
character offsets in ``doc.text`` and the component, version and rule that made it.

**Speed.** The rules work on character offsets only, never on tokens, so the pipeline's
tokenizer (:class:`ChunkTokenizer`) makes one token per sentence: it cuts the text at
the sentence bounds of :func:`caspian.extract.sentences.sentence_bounds` (a chunk is a
sentence and the white space after it) and makes a :class:`CaspianDoc`: a spaCy ``Doc``
whose ``text`` is the original string (kept, not re-joined from tokens on each access)
and whose ``sents`` are :class:`CaspianSpan` objects with the same cheap ``text``. Its
sentences and their character offsets are exactly those of a Doc of white space tokens
(see :class:`ChunkTokenizer`); spaCy's cost per token (a lexeme and its string, made
anew in each memory zone) is paid once per sentence instead of once per word, and the
pipeline's vocabulary computes no lexical attributes (no rule reads them). The
extensions are getter/setter pairs over ``doc.user_data`` (see ``_EXT_KEY``), which the
helpers below read directly. Dates are found lazily, one sentence at a time, for the
sentences some rule asks about (:func:`dates_in`); reading ``doc._.dates`` yields them
sentence by sentence over the whole document. A date is looked for in its sentence and
some context on either side (:func:`caspian.extract.sentences.context_window`), so the
patterns see what they would see in the whole text; one written across a sentence
boundary is a date of neither sentence. Quantities are found over the whole text at the
first request (their finder only looks near digits and scale words).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, overload

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from caspian.extract.sentences import sentence_bounds
from caspian.facts import FactBase

if TYPE_CHECKING:
    from caspian.extract.dates import DateMention
    from caspian.extract.mentions import ActorMention
    from caspian.extract.money import Quantity

F = TypeVar("F", bound=FactBase)

#: user_data keys
TEXT_KEY = "caspian.text"
SENT_TOKENS_KEY = "caspian.sent_tokens"
BOUNDS_KEY = "caspian.bounds"  #: the sentence bounds a ChunkTokenizer cut the text at
_LAZY_KEY = "caspian.lazy.{}"
_SET_KEY = "caspian.set.{}"
_LAZY_KEYS = {name: _LAZY_KEY.format(name) for name in ("dates", "quantities")}
_SET_KEYS = {name: _SET_KEY.format(name) for name in ("dates", "quantities")}


def text_of(doc: Doc) -> str:
    """The text of the doc, computed once (spaCy's ``doc.text`` joins every token anew on
    each access; a :class:`CaspianDoc` keeps its string)."""
    cached = doc.user_data.get(TEXT_KEY)
    if type(cached) is not str:  # (speed: the one check of a call made very often)
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


_GAP = re.compile(r"\s")


def _next_token_start(text: str, position: int) -> int | None:
    """The first white space token start after `position`, a character inside a run of
    non-space characters: the run's white space if it is a token, else the next run
    (None past the end)."""
    gap = _GAP.search(text, position)
    if gap is None:
        return None
    run_end = gap.start()
    if text[run_end] != " ":
        return run_end  # "\n", "\t", ...: white space that is a token of its own
    # a space after a word is the word's trailing space: the token after it starts next
    return run_end + 1 if run_end + 1 < len(text) else None


def chunk_starts(text: str, bounds: Sequence[tuple[int, int]]) -> list[int]:
    """Where the chunks of `text` start: at 0 and at the start of each sentence of `bounds`
    (sorted), as white space tokens would place it: at the sentence's first character,
    or, where an over-long run of non-space characters was cut
    (:data:`caspian.extract.sentences.MAX_SENTENCE`), at the next white space token."""
    if not text:
        return []
    starts = [0]
    for first, _end in bounds:
        start: int | None = first
        if first > 0 and not text[first - 1].isspace():
            start = _next_token_start(text, first)
        if start is None:
            break
        if start > starts[-1]:
            starts.append(start)
    return starts


def _chunk_end(text: str, following: int) -> int:
    """The end of the chunk before a chunk start (or the end of the text) `following`: one
    character before it when that character is a single space after a non-space one (the
    trailing space of a white space token), else `following`."""
    if following >= 2 and text[following - 1] == " " and not text[following - 2].isspace():
        return following - 1
    return following


class ChunkTokenizer:
    """Sentence chunk tokenizer: one token per sentence.

    The rules read character offsets only, never tokens, so a Doc needs no more tokens
    than sentences (and spaCy's cost is per token: a lexeme, a string, a struct). The text
    is cut with :func:`caspian.extract.sentences.sentence_bounds` into chunks, each a
    sentence and the white space after it. The chunks are exactly the sentence spans
    that spaCy gives a Doc of white space tokens (spaCy's splitting before it splits off
    punctuation: runs of non-space characters, a single space after one being its
    trailing space and any other white space a token of its own) whose sentence starts
    are those of ``sentence_bounds``: a chunk ends where such a sentence span ends (one
    trailing space stays out of it), and the leading white space of a text is a chunk of
    its own. So ``doc.sents`` (set by ``caspian.sentences.v1`` from the bounds the
    tokenizer keeps in ``doc.user_data``) and their character offsets are the same as
    with white space tokens; a token is a sentence. ``doc.char_span`` with
    ``alignment_mode="expand"`` of a range inside a sentence gives the whole chunk (its
    sentence and the white space after it), and a strict one ``None``: the rules use
    character offsets and spans of whole sentences.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        bounds = sentence_bounds(text)
        starts = chunk_starts(text, bounds)
        words: list[str] = []
        spaces: list[bool] = []
        for index, start in enumerate(starts):
            following = starts[index + 1] if index + 1 < len(starts) else len(text)
            end = _chunk_end(text, following)
            words.append(text[start:end])
            spaces.append(end < following)
        doc = CaspianDoc(self.vocab, words=words, spaces=spaces)
        doc.user_data[TEXT_KEY] = text
        doc.user_data[BOUNDS_KEY] = bounds
        return doc


_EXTENSIONS: dict[str, Any] = {
    "doc_id": "",
    "published": None,
    "actors": None,
    "facts": None,
    "sentences": None,
}
#: user_data key of each extension above: they are getter/setter extensions over
#: ``doc.user_data``, so that the helpers below read them without building spaCy's
#: ``doc._`` object (a new one on each access) every time a rule asks about a range
_EXT_KEY = {name: f"caspian.ext.{name}" for name in _EXTENSIONS}


def _ext(doc: Doc, name: str) -> Any:
    """The value of extension `name` (what ``doc._.<name>`` reads)."""
    return doc.user_data.get(_EXT_KEY[name], _EXTENSIONS[name])


def get_ext(doc: Doc, name: str) -> Any:
    """``doc._.<name>`` for the extensions ``doc_id``, ``published``, ``actors``,
    ``facts`` and ``sentences``, without building spaCy's ``doc._`` object."""
    return _ext(doc, name)


def set_ext(doc: Doc, name: str, value: Any) -> None:
    """``doc._.<name> = value`` for the extensions of :func:`get_ext`."""
    doc.user_data[_EXT_KEY[name]] = value


def _stored_getter(name: str) -> Callable[[Doc], Any]:
    key, default = _EXT_KEY[name], _EXTENSIONS[name]

    def getter(doc: Doc) -> Any:
        return doc.user_data.get(key, default)

    return getter


def _stored_setter(name: str) -> Callable[[Doc, Any], None]:
    key = _EXT_KEY[name]

    def setter(doc: Doc, value: Any) -> None:
        doc.user_data[key] = value

    return setter


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
    bounds: list[tuple[int, int]] | None = _ext(doc, "sentences")
    if bounds is None:
        text = text_of(doc)
        bounds = [(0, len(text))] if text else []
    return bounds


def _finder(name: str) -> Callable[[Doc, int, int], list[Any]]:
    if name == "dates":
        from caspian.extract.dates import find_dates

        def dates(doc: Doc, start: int, end: int) -> list[Any]:
            return find_dates(text_of(doc), published=_ext(doc, "published"), start=start, end=end)

        return dates
    from caspian.extract.money import find_quantities

    def quantities(doc: Doc, start: int, end: int) -> list[Any]:
        return find_quantities(text_of(doc), start=start, end=end)

    return quantities


#: the finder of each kind of mention (made once)
_FINDERS: dict[str, Callable[[Doc, int, int], list[Any]]] = {}


def _cached_finder(name: str) -> Callable[[Doc, int, int], list[Any]]:
    finder = _FINDERS.get(name)
    if finder is None:
        finder = _FINDERS[name] = _finder(name)
    return finder


def _sentence_cache(doc: Doc, name: str) -> dict[int, list[Any]]:
    """The mentions found so far in the doc's sentences, by sentence index."""
    key = _LAZY_KEYS[name]
    cache: dict[int, list[Any]] | None = doc.user_data.get(key)
    if cache is None:
        cache = doc.user_data[key] = {}
    return cache


def _sentence_mentions(doc: Doc, name: str, index: int) -> list[Any]:
    """The mentions of sentence `index` (computed once per doc and sentence)."""
    cache = _sentence_cache(doc, name)
    found = cache.get(index)
    if found is None:
        start, end = _bounds(doc)[index]
        found = cache[index] = _cached_finder(name)(doc, start, end)
    return found


#: Found over the whole text at the first request rather than sentence by sentence:
#: amounts (their finder looks only near digits and scale words, and the fact components
#: ask about most sentences).
_WHOLE = frozenset({"quantities"})


def _whole(doc: Doc, name: str) -> list[Any]:
    key = _LAZY_KEYS[name]
    found: list[Any] | None = doc.user_data.get(key)
    if found is None:
        text = text_of(doc)
        found = doc.user_data[key] = _cached_finder(name)(doc, 0, len(text))
    return found


def _get(name: str) -> Callable[[Doc], Any]:
    def getter(doc: Doc) -> Any:
        explicit = doc.user_data.get(_SET_KEYS[name])
        if explicit is not None:
            return explicit
        if name in _WHOLE:
            return _whole(doc, name)
        return LazyMentions(doc, name)

    return getter


def _set(name: str) -> Callable[[Doc, Any], None]:
    def setter(doc: Doc, value: Any) -> None:
        doc.user_data[_SET_KEYS[name]] = value

    return setter


def register_extensions() -> None:
    """Register the ``Doc`` extensions (idempotent). Lists default to None: use the
    accessors below, which read None as empty. ``dates`` and ``quantities`` are computed
    on demand unless a list was assigned to them."""
    for name in _EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_stored_getter(name), setter=_stored_setter(name))
    for name in ("dates", "quantities"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_get(name), setter=_set(name))


register_extensions()


class _Located(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


L = TypeVar("L", bound=_Located)


#: the key of a located item (a C getter: bisection calls it at each step)
_START = attrgetter("start")


def _within(items: Sequence[L] | None, start: int, end: int) -> list[L]:
    """Items (sorted by start) lying wholly inside [start, end)."""
    if not items:
        return []
    lo = bisect_left(items, start, key=_START)
    found: list[L] = []
    for item in items[lo:]:
        if item.start >= end:
            break
        if item.end <= end:
            found.append(item)
    return found


def _lazy_within(doc: Doc, name: str, start: int, end: int) -> list[Any]:
    user_data = doc.user_data
    explicit = user_data.get(_SET_KEYS[name])
    if explicit is not None:
        return _within(explicit, start, end)
    if name in _WHOLE:
        return _within(_whole(doc, name), start, end)
    bounds = _bounds(doc)
    if not bounds or end <= start:
        return []
    # the last sentence starting at or before `start` (no sentence ends past sys.maxsize)
    first = max(0, bisect_right(bounds, (start, sys.maxsize)) - 1)
    cache = _sentence_cache(doc, name)
    found: list[Any] = []
    for index in range(first, len(bounds)):
        s_start, s_end = bounds[index]
        if s_start >= end:
            break
        if s_end <= start:
            continue
        mentions = cache.get(index)
        if mentions is None:
            mentions = cache[index] = _cached_finder(name)(doc, s_start, s_end)
        if mentions:  # most sentences have none
            found.extend([m for m in mentions if start <= m.start and m.end <= end])
    return found


def actors_in(doc: Doc, start: int, end: int) -> list[ActorMention]:
    """The actor mentions (names and resolved references) inside the character range."""
    return _within(_ext(doc, "actors"), start, end)


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
    current = _ext(doc, "facts")
    if current is None:
        doc.user_data[_EXT_KEY["facts"]] = list(facts)
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
        doc_id=_ext(doc, "doc_id") or "unknown",
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
    "get_ext",
    "make_fact",
    "quantities_in",
    "register_extensions",
    "set_ext",
    "text_of",
]

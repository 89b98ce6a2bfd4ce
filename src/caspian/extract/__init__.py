"""Text to facts: the public extraction API.

:func:`extract_facts` reads one :class:`~caspian.documents.Document`;
:func:`extract_many` streams many through the spaCy pipeline, a batch at a time (each
component over the whole batch in turn), holding only one batch at a time (each batch
inside spaCy's ``memory_zone``, so the strings of its tokens are freed after it and
memory stays flat however long the stream; the tokens are sentences, see
:class:`caspian.extract.base.ChunkTokenizer`). Both return facts in the format of the
spec (../shared/spec/facts.md) with provenance: evidence offsets, component, version,
rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import cast

from spacy.tokens import Doc

from caspian.documents import Document
from caspian.facts import Fact

#: Version of the extractor as a whole (each component also carries its own version).
EXTRACTOR_VERSION = "0.10.0"


def _make_doc(document: Document) -> Doc:
    from caspian.extract.pipeline import build_pipeline

    nlp = build_pipeline()
    doc = nlp.make_doc(document.text)  # a CaspianDoc: keeps its text (caspian.extract.base)
    doc._.doc_id = document.doc_id
    doc._.published = document.published
    return doc


def _facts_of(doc: Doc) -> list[Fact]:
    return cast(list[Fact], list(doc._.facts or []))


def extract_doc(document: Document) -> Doc:
    """Run the whole pipeline on one document and return the annotated spaCy Doc (made
    outside any memory zone, so that it stays valid: the strings of its tokens, one per
    sentence, stay in the pipeline's vocabulary; prefer :func:`extract_facts` or
    :func:`extract_many` for many documents)."""
    from caspian.extract.pipeline import build_pipeline

    return build_pipeline()(_make_doc(document))


def extract_facts(document: Document) -> list[Fact]:
    """The facts stated in one document, sorted by position.

    The Doc is made and read inside spaCy's ``memory_zone`` (the facts keep no reference
    to it), so the strings of its tokens are freed afterwards: calling this for each
    document of a long stream keeps memory flat, as :func:`extract_many` does."""
    from caspian.extract.pipeline import build_pipeline

    nlp = build_pipeline()
    with nlp.memory_zone():
        return _facts_of(nlp(_make_doc(document)))


def extract_many(
    docs: Iterable[Document], *, batch_size: int = 64
) -> Iterator[tuple[Document, list[Fact]]]:
    """Extract facts from a stream of documents, lazily, one batch in memory at a time.

    Each component of the pipeline reads the whole batch before the next one starts
    (what ``nlp.pipe`` would do one document at a time through every component): a
    component's compiled patterns and tables stay in the processor's caches over the
    batch instead of being pushed out by the other components' after every document.
    The components read and write each document's own annotations only, so the facts
    are those of running the pipeline on each document alone."""
    from caspian.extract.pipeline import build_pipeline

    nlp = build_pipeline()
    source = iter(docs)
    while batch := list(islice(source, batch_size)):
        # the strings of a batch's tokens are freed after it: memory stays flat
        with nlp.memory_zone():
            spacy_docs = [_make_doc(document) for document in batch]
            try:
                for _name, component in nlp.pipeline:
                    spacy_docs = [component(doc) for doc in spacy_docs]
                for document, doc in zip(batch, spacy_docs, strict=True):
                    yield document, _facts_of(doc)
            finally:
                # the annotations hold spans of their doc (reference cycles): a batch's
                # docs, old enough to have left the young generation of the garbage
                # collector, would wait for a full collection; freed now instead
                for doc in spacy_docs:
                    doc.user_data.clear()


__all__ = ["EXTRACTOR_VERSION", "extract_doc", "extract_facts", "extract_many"]

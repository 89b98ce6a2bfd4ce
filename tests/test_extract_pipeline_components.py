"""The spaCy pipeline: components in order, declared requirements, streaming, provenance."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

from spacy.language import Language

from caspian.documents import Document
from caspian.extract import EXTRACTOR_VERSION, extract_doc, extract_facts, extract_many
from caspian.extract.base import CaspianDoc
from caspian.extract.pipeline import build_pipeline, component_names, factory_name
from caspian.readers import read_paths

TEXT = (
    "ALMATY, 3 March 2025 - Kazakhstan and Kyrgyzstan signed a railway agreement on Monday.\n"
    "Separately, Kyrgyzstan was granted observer status in the OTS."
)


def test_components_run_in_the_agreed_order() -> None:
    names = component_names()
    order = [
        "caspian.sentences.v1",
        "caspian.actors.v1",
        "caspian.references.v1",
        "caspian.dates.v1",
        "caspian.quantities.v1",
        "caspian.agreements.v1",
        "caspian.memberships.v1",
    ]
    assert [n for n in names if n in order] == order
    assert names[-1] == "caspian.finalize.v1"
    assert build_pipeline().pipe_names == [
        n.removeprefix("caspian.").removesuffix(".v1") for n in names
    ]


def test_fact_components_declare_what_they_need_and_assign() -> None:
    meta = Language.get_factory_meta(factory_name("caspian.agreements.v1"))
    assert "doc._.actors" in meta.requires
    assert meta.assigns == ["doc._.facts"]


def test_blank_pipeline_without_statistical_model() -> None:
    nlp = build_pipeline()
    assert nlp.meta["lang"] == "en"
    assert not {"parser", "ner", "tagger", "tok2vec"} & set(nlp.pipe_names)


def test_every_fact_has_verbatim_evidence_and_provenance() -> None:
    facts = extract_facts(Document("d1", TEXT, date(2025, 3, 3)))
    assert {f.type for f in facts} >= {"agreement", "membership"}
    for fact in facts:
        assert fact.evidence_start is not None and fact.evidence_end is not None
        assert TEXT[fact.evidence_start : fact.evidence_end] == fact.evidence
        assert fact.extractor and fact.extractor.startswith("caspian.")
        assert fact.rule and fact.extractor_version
        assert fact.doc_id == "d1"


def test_sentences_are_set_and_kept_as_ranges() -> None:
    doc = extract_doc(Document("d1", TEXT, date(2025, 3, 3)))
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[-1] == "Separately, Kyrgyzstan was granted observer status in the OTS."
    assert [TEXT[a:b] for a, b in doc._.sentences] == sentences


def test_extract_many_streams_in_input_order_and_matches_single_extraction() -> None:
    docs = [Document(f"d{i}", TEXT, date(2025, 3, 3)) for i in range(5)]
    seen = []

    def source() -> object:
        for doc in docs:
            seen.append(doc.doc_id)
            yield doc

    stream = extract_many(source(), batch_size=2)  # type: ignore[arg-type]
    first_doc, first_facts = next(stream)
    assert len(seen) < len(docs)  # lazy: not the whole input read for the first result
    rest = list(stream)
    assert [d.doc_id for d, _ in [(first_doc, first_facts), *rest]] == [d.doc_id for d in docs]
    single = extract_facts(docs[3])
    assert [f.model_dump() for f in rest[2][1]] == [f.model_dump() for f in single]


def test_extract_many_by_batches_finds_what_each_document_alone_finds() -> None:
    """Each component reads a whole batch before the next component runs: the facts of
    every document are still those of extracting it alone, whatever its neighbours."""
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    documents = list(read_paths([corpus]).documents)[:12]
    assert len(documents) == 12
    alone = [[f.model_dump() for f in extract_facts(d)] for d in documents]
    assert any(alone)
    for batch_size in (1, 5, 64):
        batched = [
            [f.model_dump() for f in facts]
            for _, facts in extract_many(reversed(documents), batch_size=batch_size)
        ]
        assert batched == alone[::-1]


def test_extract_many_frees_each_batch_without_waiting_for_the_garbage_collector() -> None:
    """The docs of a batch hold spans of themselves in their annotations (reference
    cycles); extract_many breaks them, so no doc outlives its batch even while the cyclic
    garbage collector does not run."""
    documents = list(read_paths([Path(__file__).resolve().parent.parent / "corpus"]).documents)
    list(extract_many(documents[:2]))  # build the pipeline and its caches first
    gc.collect()
    gc.disable()
    try:
        facts = [f for _, found in extract_many(documents[:10], batch_size=4) for f in found]
        alive = [o for o in gc.get_objects() if isinstance(o, CaspianDoc)]
    finally:
        gc.enable()
    assert facts
    assert alive == []


def test_extractor_version_is_a_version_string() -> None:
    assert EXTRACTOR_VERSION.count(".") == 2

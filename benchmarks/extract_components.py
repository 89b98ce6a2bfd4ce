"""Where the extraction's time goes: CPU time per pipeline component over the generated stream.

Usage::

    .venv/bin/python benchmarks/extract_components.py [--words 200000] [--cpu 0]

The stream is the one of ``extract_speed.py`` (the dev corpus and ``corpus/``, repeated
and varied), generated before the timing starts. Each component of the pipeline is timed
separately (``time.process_time``) over every batch of documents, in the order of
``caspian.extract.extract_many`` (each component over the whole batch in turn), the
tokenizer (``nlp.make_doc``) included; a fresh ``spacy.blank("en")`` tokenizer is timed
over the same texts as the yardstick, batch by batch just before the pipeline reads each
batch (64 documents), so that a change of load on the machine affects both alike. Every
figure is also given in units of the yardstick's time per word, so the components'
budgets can be read against the aim (the whole extraction at no more than twice the
tokenizer's time per word). Fact building and de-duplication happen inside the
components that make the facts and in ``finalize``. The one-time setup (building the
pipeline, loading the registries, compiling the patterns: the first document that needs
them does it) is done on a short warm-up document before the timing and reported apart.
The pipeline's tokenizer cuts the text into sentences
(:class:`caspian.extract.base.ChunkTokenizer`): the sentence splitting is in
``tokenizer``, and ``sentences`` only marks the tokens as sentence starts.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import stream


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--cpu", type=int, default=0, help="the one CPU to run on")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})

    import spacy

    from caspian.documents import Document
    from caspian.extract import _make_doc
    from caspian.extract.pipeline import build_pipeline

    documents = [Document(d, t, p) for d, t, p in stream(args.words)]
    # one-time setup, not a cost per word: building the pipeline, loading the registries
    # and compiling the patterns (done by the first document that needs them)
    mark = time.process_time()
    nlp = build_pipeline()
    with nlp.memory_zone():
        nlp(_make_doc(Document("warm-up", documents[0].text[:2000], documents[0].published)))
    setup = time.process_time() - mark
    words = sum(len(document.text.split()) for document in documents)

    blank = spacy.blank("en")
    blank.max_length = 1 << 31
    yardstick = 0.0
    spent: dict[str, float] = {"tokenizer": 0.0}
    for name, _ in nlp.pipeline:
        spent[name] = 0.0
    facts = 0
    for index in range(0, len(documents), 64):
        batch = documents[index : index + 64]
        # the yardstick reads each batch just before the pipeline does: both see the
        # same load on the machine
        mark = time.process_time()
        for document in batch:
            blank.make_doc(document.text)
        yardstick += time.process_time() - mark
        # as extract_many runs them: each component over the whole batch in turn
        with nlp.memory_zone():
            mark = time.process_time()
            docs = [_make_doc(document) for document in batch]
            spent["tokenizer"] += time.process_time() - mark
            for name, component in nlp.pipeline:
                mark = time.process_time()
                docs = [component(doc) for doc in docs]
                spent[name] += time.process_time() - mark
            facts += sum(len(doc._.facts or []) for doc in docs)
            for doc in docs:  # as extract_many does: break the cycles of spans and docs
                doc.user_data.clear()

    total = sum(spent.values())
    per_word = yardstick / words
    print(f"{words:,} words, {len(documents):,} documents, {facts:,} facts")
    print(f"setup (pipeline, registries, patterns; once per process): {setup:.2f} s CPU")
    print(f"blank spaCy tokenizer: {words / yardstick:,.0f} words/s (= 1.00 unit per word)")
    print(f"full extraction: {words / total:,.0f} words/s, ratio {yardstick / total:.3f}")
    print()
    print("| component | share | words/s | units per word |")
    print("|---|---:|---:|---:|")
    for name, seconds in spent.items():
        speed = f"{words / seconds:,.0f}" if seconds else "-"
        print(f"| {name} | {seconds / total:.0%} | {speed} | {seconds / words / per_word:.2f} |")
    print(f"| all | 100% | {words / total:,.0f} | {total / words / per_word:.2f} |")


if __name__ == "__main__":
    main()

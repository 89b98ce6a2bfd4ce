"""Extraction speed beside spaCy's blank tokenizer, and peak memory as the corpus grows.

Usage::

    .venv/bin/python benchmarks/extract_speed.py [--words 1000000] [--runs 3] [--cpu 0]

The corpus is generated and streamed, never held: the documents of the shared dev
corpus and of the bundled sample corpus are repeated, each copy with its paragraphs in
a different (seeded) order and a copy number in its id, until the requested number of
words (white-space separated) has been produced. The process is pinned to one CPU.

Reported, as Markdown on stdout:

- words per second of ``spacy.blank("en")``'s tokenizer alone (``nlp.make_doc``) and of
  the full extraction (``caspian.extract.extract_many``) over the same stream, each the
  median of ``--runs`` runs in this process;
- peak resident memory (``ru_maxrss``) of a fresh child process that extracts a quarter
  of the corpus and of one that extracts all of it: equal figures mean memory does not
  grow with the corpus (documents are streamed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = (REPO.parent / "shared" / "corpus" / "dev", REPO / "corpus")


def _seed_documents() -> list[tuple[str, str, date | None]]:
    from caspian.readers import read_paths

    seeds: list[tuple[str, str, date | None]] = []
    for folder in SOURCES:
        if folder.is_dir():
            for document in read_paths([folder]).documents:
                seeds.append((document.doc_id, document.text, document.published))
    if not seeds:
        raise SystemExit("no seed documents found under " + ", ".join(map(str, SOURCES)))
    return seeds


def stream(words: int, *, seed: int = 7) -> Iterator[tuple[str, str, date | None]]:
    """(doc_id, text, published) of generated documents, `words` words in all."""
    seeds = _seed_documents()
    rng = random.Random(seed)
    produced = 0
    copy = 0
    while produced < words:
        copy += 1
        for doc_id, text, published in seeds:
            paragraphs = text.split("\n")
            head, body = paragraphs[:1], paragraphs[1:]
            rng.shuffle(body)
            shuffled = "\n".join(head + body)
            produced += len(shuffled.split())
            yield f"{doc_id}#{copy}", shuffled, published
            if produced >= words:
                return


def time_tokenizer(words: int) -> float:
    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = 1 << 31
    count = 0
    start = time.perf_counter()
    for _doc_id, text, _published in stream(words):
        nlp.make_doc(text)
        count += len(text.split())
    return count / (time.perf_counter() - start)


def time_extraction(words: int) -> tuple[float, int]:
    from caspian.documents import Document
    from caspian.extract import extract_many

    count = 0
    facts = 0
    documents = (Document(doc_id, text, published) for doc_id, text, published in stream(words))
    start = time.perf_counter()
    for document, found in extract_many(documents):
        count += len(document.text.split())
        facts += len(found)
    return count / (time.perf_counter() - start), facts


def _child(words: int) -> None:
    """Run in a fresh process: extract `words` words, print words/s and peak RSS (KiB)."""
    from caspian.extract.pipeline import build_pipeline

    build_pipeline()
    speed, facts = time_extraction(words)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"words": words, "speed": speed, "facts": facts, "peak_kib": peak}))


def peak_memory(words: int, cpu: int) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(words), "--cpu", str(cpu)],
        check=True,
        capture_output=True,
        text=True,
    )
    data: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def _machine() -> str:
    model = platform.processor() or "unknown CPU"
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    return f"{model}; {os.cpu_count()} CPUs visible; Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cpu", type=int, default=0, help="the one CPU to run on")
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    if args.child is not None:
        _child(args.child)
        return

    from spacy import about

    from caspian.extract import EXTRACTOR_VERSION
    from caspian.extract.pipeline import build_pipeline

    build_pipeline()  # load once, outside the timings
    time_extraction(20_000)  # warm up caches
    tokenizer = [time_tokenizer(args.words) for _ in range(args.runs)]
    extraction = [time_extraction(args.words) for _ in range(args.runs)]
    tok = statistics.median(tokenizer)
    full = statistics.median(speed for speed, _ in extraction)
    small = peak_memory(args.words // 4, args.cpu)
    large = peak_memory(args.words, args.cpu)

    print(f"- date: {date.today().isoformat()}; machine: {_machine()}; one core (CPU {args.cpu})")
    print(
        f"- spaCy {about.__version__}, extractor {EXTRACTOR_VERSION}; "
        f"{args.words:,} words per run, median of {args.runs} runs; "
        f"{extraction[0][1]:,} facts per run"
    )
    print()
    print("| measure | words/s |")
    print("|---|---:|")
    print(f"| blank spaCy tokenizer (`nlp.make_doc`) | {tok:,.0f} |")
    print(f"| full extraction (`extract_many`) | {full:,.0f} |")
    print(f"| ratio full / tokenizer | {full / tok:.2f} |")
    print()
    print("| corpus streamed | peak RSS (MiB) | words/s |")
    print("|---:|---:|---:|")
    for row in (small, large):
        print(
            f"| {int(row['words']):,} words | {row['peak_kib'] / 1024:.0f} | {row['speed']:,.0f} |"
        )


if __name__ == "__main__":
    main()

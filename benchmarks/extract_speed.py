"""Extraction speed beside spaCy's blank tokenizer, and peak memory as the corpus grows.

Usage::

    .venv/bin/python benchmarks/extract_speed.py [--words 1000000] [--runs 3] [--cpu 0]

The corpus is generated and streamed, never held: the documents of the shared dev
corpus and of the bundled sample corpus are repeated, each copy after the first varied
so that word forms keep coming that the tokenizer has not seen (spaCy's tokenizer caches
the analysis of every form it has seen, and a plainly repeated corpus would flatter it):
its paragraphs in a different (seeded) order, every number changed (same number of
digits; years stay years), half the capitalised words that are not actor names, months,
weekdays or a few title words replaced by generated names, 12% of the lower-case words
of six letters or more given a typo (two letters swapped), and in some lines two
neighbouring comma-separated clauses swapped. Each run regenerates the same stream
(same seed) until the requested number of words (white-space separated) is reached;
about 4% of the white-space separated forms are then new where they occur. The process
is pinned to one CPU, and speeds are in CPU time of the process (``time.process_time``,
generation excluded), since the machine's cores may be shared with other work.

Reported, as Markdown on stdout:

- words per second of ``spacy.blank("en")``'s tokenizer alone (``nlp.make_doc``) and of
  the full extraction (``caspian.extract.extract_many``) over the same stream, each the
  median of ``--runs`` runs in this process, alternating (tokenizer, extraction, ...);
  the tokenizer is a fresh ``spacy.blank("en")`` for each run, so its cache starts empty;
- peak memory of a fresh child process that extracts a quarter of the stream and of one
  that extracts all of it: resident set (``ru_maxrss``) and the Python heap's peak
  during extraction (``tracemalloc``, in a separate child since it slows Python down).
  Equal figures mean memory does not grow with the corpus (documents are streamed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
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


_NUMBER = re.compile(r"\d+")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{3,}\b", re.M)
_KEPT = (
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday President Prime Minister "
    "Foreign Ministry Agreement Treaty Memorandum Partnership Strategic Union Organization "
    "Organisation Council Cooperation Corridor Railway Pipeline Project"
)
_LOWER = re.compile(r"\b[a-z]{6,}\b")
_SYLLABLES = ("ka", "ri", "ton", "mel", "va", "dor", "sa", "len", "bri", "gos", "ur", "fen")


def _protected() -> frozenset[str]:
    """Words the extractor reads as names or cues: never replaced by generated names."""
    from caspian.actors import load_registry

    words: set[str] = set()
    registry = load_registry()
    for actor in registry.actors():
        for surface in (*actor.aliases, *actor.demonyms, *actor.capitals):
            words.update(surface.split())
    for holder in registry.office_holders():
        for surface in holder.aliases:
            words.update(surface.split())
    for agency in registry.agencies():
        for surface in agency.aliases:
            words.update(surface.split())
    words.update(_KEPT.split())
    return frozenset(words)


def _vary(text: str, rng: random.Random, protected: frozenset[str]) -> str:
    """The text with its numbers, some names and some clause orders changed."""

    def number(match: re.Match[str]) -> str:
        digits = match.group()
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return digits[:2] + f"{rng.randrange(100):02d}"  # a year stays a year
        first = str(rng.randrange(1, 10)) if len(digits) > 1 or digits != "0" else "0"
        return first + "".join(str(rng.randrange(10)) for _ in digits[1:])

    def name(match: re.Match[str]) -> str:
        word = match.group()
        if word in protected or rng.random() < 0.5:
            return word
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randrange(2, 4))).capitalize()

    def typo(match: re.Match[str]) -> str:
        word = match.group()
        if rng.random() >= 0.12:
            return word
        i = rng.randrange(1, len(word) - 2)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]

    text = _NUMBER.sub(number, text)
    text = _CAPITALISED.sub(name, text)
    text = _LOWER.sub(typo, text)
    lines = []
    for line in text.split("\n"):
        parts = line.split(", ")
        if len(parts) >= 3 and rng.random() < 0.3:
            i = rng.randrange(1, len(parts) - 1)
            parts[i], parts[i + 1] = parts[i + 1], parts[i]
        lines.append(", ".join(parts))
    return "\n".join(lines)


def stream(words: int, *, seed: int = 7) -> Iterator[tuple[str, str, date | None]]:
    """(doc_id, text, published) of generated documents, `words` words in all."""
    seeds = _seed_documents()
    protected = _protected()
    rng = random.Random(seed)
    produced = 0
    copy = 0
    while produced < words:
        copy += 1
        for doc_id, text, published in seeds:
            paragraphs = text.split("\n")
            head, body = paragraphs[:1], paragraphs[1:]
            rng.shuffle(body)
            varied = (
                "\n".join(head + body)
                if copy == 1
                else _vary("\n".join(head + body), rng, protected)
            )
            produced += len(varied.split())
            yield f"{doc_id}#{copy}", varied, published
            if produced >= words:
                return


def time_tokenizer(words: int) -> float:
    """Words per second of a fresh blank English tokenizer over the stream."""
    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = 1 << 31
    count = 0
    elapsed = 0.0
    for _doc_id, text, _published in stream(words):
        start = time.process_time()
        nlp.make_doc(text)
        elapsed += time.process_time() - start
        count += len(text.split())
    return count / elapsed


def time_extraction(words: int) -> tuple[float, int]:
    """Words per second of the full extraction over the stream, and the facts found.
    The stream is generated outside the timing, one document at a time."""
    from caspian.documents import Document
    from caspian.extract import extract_many

    count = 0
    facts = 0
    generation = 0.0

    def documents() -> Iterator[Document]:
        nonlocal count, generation
        mark = time.process_time()
        for doc_id, text, published in stream(words):
            count += len(text.split())
            document = Document(doc_id, text, published)
            generation += time.process_time() - mark  # generation is not extraction
            yield document
            mark = time.process_time()

    start = time.process_time()
    for _document, found in extract_many(documents()):
        facts += len(found)
    elapsed = time.process_time() - start - generation
    return count / elapsed, facts


def _child(words: int, *, heap: bool) -> None:
    """Run in a fresh process: extract `words` words, print words/s and peak memory."""
    import tracemalloc

    from caspian.extract.pipeline import build_pipeline

    build_pipeline()
    time_extraction(2_000)  # load the registry and compile the patterns first
    if heap:
        tracemalloc.start()
        tracemalloc.reset_peak()
    speed, facts = time_extraction(words)
    peak_heap = tracemalloc.get_traced_memory()[1] if heap else 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {"words": words, "speed": speed, "facts": facts, "peak_kib": peak, "heap": peak_heap}
        )
    )


def peak_memory(words: int, cpu: int, *, heap: bool) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", str(words), "--cpu", str(cpu)]
    result = subprocess.run(
        [*command, *(["--heap"] if heap else [])], check=True, capture_output=True, text=True
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
    parser.add_argument("--heap", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    if args.child is not None:
        _child(args.child, heap=args.heap)
        return

    from spacy import about

    from caspian.extract import EXTRACTOR_VERSION
    from caspian.extract.pipeline import build_pipeline

    build_pipeline()  # load once, outside the timings
    time_extraction(20_000)  # warm up caches
    tokenizer: list[float] = []
    extraction: list[tuple[float, int]] = []
    for _ in range(args.runs):  # alternate, so that both see the same machine load
        tokenizer.append(time_tokenizer(args.words))
        extraction.append(time_extraction(args.words))
    tok = statistics.median(tokenizer)
    full = statistics.median(speed for speed, _ in extraction)
    sizes = (args.words // 4, args.words)
    rss = [peak_memory(size, args.cpu, heap=False) for size in sizes]
    heap = [peak_memory(size, args.cpu, heap=True) for size in sizes]

    print(f"- date: {date.today().isoformat()}; machine: {_machine()}; one core (CPU {args.cpu})")
    print(
        f"- spaCy {about.__version__}, extractor {EXTRACTOR_VERSION}; "
        f"{args.words:,} words per run, median of {args.runs} runs; "
        f"{extraction[0][1]:,} facts per run"
    )
    print(f"- tokenizer runs: {', '.join(f'{v:,.0f}' for v in tokenizer)} words/s")
    print(f"- extraction runs: {', '.join(f'{v:,.0f}' for v, _ in extraction)} words/s")
    print()
    print("| measure | words/s |")
    print("|---|---:|")
    print(f"| blank spaCy tokenizer (`nlp.make_doc`) | {tok:,.0f} |")
    print(f"| full extraction (`extract_many`) | {full:,.0f} |")
    print(f"| ratio full / tokenizer | {full / tok:.2f} |")
    print()
    print("| corpus streamed | peak RSS (MiB) | peak Python heap (MiB) | words/s |")
    print("|---:|---:|---:|---:|")
    for row, traced in zip(rss, heap, strict=True):
        print(
            f"| {int(row['words']):,} words | {row['peak_kib'] / 1024:.0f} "
            f"| {traced['heap'] / 2**20:.1f} | {row['speed']:,.0f} |"
        )


if __name__ == "__main__":
    main()

"""Dump every fact the extraction finds, as JSON lines, to compare code versions.

Usage::

    .venv/bin/python benchmarks/facts_snapshot.py OUT.jsonl [--words 200000]
    cmp before.jsonl after.jsonl

Reads the shared dev corpus, ``corpus/``, ``eval/heldout``, ``eval/heldout2`` and
``--words`` words of the generated stream of ``extract_speed.py``, runs
``caspian.extract.extract_many`` over each and writes one line per document: its
source, id and facts (``model_dump`` in extraction order). Speed steps must leave the
file byte-identical. Only the output is written; nothing of the texts or gold is shown.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import REPO, stream


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--words", type=int, default=200_000)
    args = parser.parse_args()

    from caspian.documents import Document
    from caspian.extract import extract_many
    from caspian.readers import read_paths

    sources: list[tuple[str, list[Document]]] = []
    for folder in (
        REPO.parent / "shared" / "corpus" / "dev",
        REPO / "corpus",
        REPO / "eval" / "heldout",
        REPO / "eval" / "heldout2",
    ):
        sources.append((folder.name, list(read_paths([folder]).documents)))
    sources.append(("stream", [Document(d, t, p) for d, t, p in stream(args.words)]))
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for name, documents in sources:
            for index, (document, facts) in enumerate(extract_many(documents)):
                row = {
                    "source": name,
                    "index": index,
                    "doc_id": document.doc_id,
                    "facts": [fact.model_dump(mode="json") for fact in facts],
                }
                out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
                count += len(facts)
    print(f"{count} facts", file=sys.stderr)


if __name__ == "__main__":
    main()

"""An ingest killed mid-way leaves a consistent database: whole documents or nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from caspian.extract import extract_facts
from caspian.ingest import ingest_paths
from caspian.store import KnowledgeBase, fact_key

PARTNERS = ["Kazakhstan", "Uzbekistan", "Azerbaijan", "Georgia", "Turkmenistan", "Armenia"]


def write_corpus(folder: Path, count: int) -> None:
    folder.mkdir()
    for number in range(count):
        first = PARTNERS[number % len(PARTNERS)]
        second = PARTNERS[(number + 1) % len(PARTNERS)]
        text = (
            f"Bulletin {number}\n\nMay {number % 28 + 1}, 2024\n\n"
            f"{first} and {second} signed a memorandum of understanding on transport.\n"
            f"The two governments also agreed to cooperate on energy, officials said.\n"
            f"Trade between {first} and {second} reached ${number + 1} million in 2023.\n"
        )
        (folder / f"bulletin-{number:04d}.txt").write_text(text, encoding="utf-8")


def stored_documents(db_path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not created yet


def test_killed_ingest_leaves_whole_documents(tmp_path: Path, db_path: Path) -> None:
    corpus = tmp_path / "corpus"
    total = 1500
    write_corpus(corpus, total)
    script = (
        "import sys\n"
        "from caspian.ingest import ingest_paths\n"
        "from caspian.store import KnowledgeBase\n"
        "kb = KnowledgeBase.open(sys.argv[1])\n"
        "ingest_paths([sys.argv[2]], kb)\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script, f"sqlite:///{db_path}", str(corpus)],
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    deadline = time.monotonic() + 120
    try:
        while stored_documents(db_path) == 0 and process.poll() is None:
            assert time.monotonic() < deadline, "the ingest stored nothing in time"
            time.sleep(0.005)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the ingest ended before it was killed"

    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with KnowledgeBase.open(f"sqlite:///{db_path}") as kb:
        partial = kb.documents()
        assert 0 < len(partial) < total
        assert kb.counts()["facts"] > 0  # the documents carry facts: the check means something
        for stored in partial:
            expected = {fact_key(f) for f in extract_facts(stored.to_document())}
            assert {fact_key(s.fact) for s in kb.document_facts(stored.content_id)} == expected
        # running again completes the rest, storing nothing twice
        report = ingest_paths([corpus], kb)
        assert report.documents_present == len(partial)
        assert report.documents_new == total - len(partial)
        assert len({d.content_id for d in kb.documents()}) == total == kb.counts()["documents"]

"""Shared fixtures: real SQLite files in tmp_path, the bundled and the dev corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = REPO / "corpus"
DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Path of a fresh SQLite file (not yet created) in a temporary folder."""
    return tmp_path / "kb.sqlite"


@pytest.fixture
def db_url(db_path: Path) -> str:
    return f"sqlite:///{db_path}"


@pytest.fixture
def sample_corpus() -> Path:
    return SAMPLE_CORPUS


@pytest.fixture
def dev_corpus() -> Path:
    """The shared development corpus (beside the repository, as in CI)."""
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"the shared dev corpus is not at {DEV_CORPUS}")
    return DEV_CORPUS

"""News documents: the unit that is read, extracted and stored.

A :class:`Document` is what every reader returns and what the extractor and the store
take. Its id is a content hash unless the source gives one, so reading the same
article twice yields the same document.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


def content_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-256."""
    return "sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Document:
    """One news document.

    `doc_id` is the id facts refer to (the source's own id where it has one, e.g. the
    sidecar metadata of the dev corpus, else :func:`content_id` of the text).
    `published` is the publication date against which relative dates are resolved;
    None when unknown. `source_path` and `source_line` say where it was read from.
    """

    doc_id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    source_path: str | None = None
    source_line: int | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return content_id(self.text)

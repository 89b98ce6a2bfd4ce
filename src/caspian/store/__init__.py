"""The knowledge base: schema, migrations and the :class:`KnowledgeBase` (all SQL is here)."""

from __future__ import annotations

from caspian.store.kb import (
    ActorProfile,
    ActorRecord,
    KnowledgeBase,
    MembershipRecord,
    StoredDocument,
    StoredFact,
    fact_key,
)

__all__ = [
    "ActorProfile",
    "ActorRecord",
    "KnowledgeBase",
    "MembershipRecord",
    "StoredDocument",
    "StoredFact",
    "fact_key",
]

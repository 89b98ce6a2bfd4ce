"""The tables of the knowledge base (SQLAlchemy Core), shared by SQLite and PostgreSQL.

Only portable types are used (String, Text, Integer, Float, Date, DateTime, Boolean):
lists and mappings are kept as JSON text, so one schema serves both engines.

- ``documents``: one row per distinct text, keyed by its content hash (``content_id``);
  ``doc_id`` is the id facts refer to (the source's own id or the hash).
- ``facts``: one row per fact, the spec's queried fields as columns, the whole fact as
  JSON (``fact_json``) and its provenance (evidence offsets, extractor, version, rule).
  ``fact_key`` (a hash of the fact's spec fields) is unique per document, so the same
  fact from the same document is never stored twice.
- ``fact_parties``: one row per (fact, party), to find facts by party.
- ``actors`` and ``actor_memberships``: a copy of the actor registry, refreshed when the
  registry changes (``kb_meta`` keeps its fingerprint).

The migrations (``store/migrations/versions``) create exactly these tables; a test
compares the migrated database with this metadata.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

kb_meta = Table(
    "kb_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("content_id", String(64), primary_key=True),
    Column("doc_id", String(255), nullable=False, index=True),
    Column("title", Text, nullable=True),
    Column("url", Text, nullable=True),
    Column("published", Date, nullable=True),
    Column("source", Text, nullable=True),
    Column("source_path", Text, nullable=True),
    Column("meta_json", Text, nullable=False, default="{}"),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

facts = Table(
    "facts",
    metadata,
    Column("fact_id", Integer, primary_key=True, autoincrement=True),
    Column(
        "content_id",
        String(64),
        ForeignKey("documents.content_id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("doc_id", String(255), nullable=False),
    Column("fact_key", String(64), nullable=False),
    Column("type", String(32), nullable=False, index=True),
    Column("parties", Text, nullable=False),
    Column("date", String(10), nullable=True),
    # the fact's date, else its document's publication date: what --since/--until filter on
    Column("sort_date", String(10), nullable=True, index=True),
    Column("instrument", String(64), nullable=True),
    Column("stage", String(32), nullable=True),
    Column("group_id", String(32), nullable=True),
    Column("change", String(32), nullable=True),
    Column("metric", String(32), nullable=True),
    Column("optional", Boolean, nullable=False, default=False),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer, nullable=True),
    Column("evidence_end", Integer, nullable=True),
    Column("extractor", String(128), nullable=True),
    Column("extractor_version", String(64), nullable=True),
    Column("rule", String(128), nullable=True),
    Column("fact_json", Text, nullable=False),
    UniqueConstraint("content_id", "fact_key", name="uq_facts_content_id_fact_key"),
    CheckConstraint(
        "evidence_start IS NULL OR evidence_start >= 0", name="evidence_start_not_negative"
    ),
    CheckConstraint(
        "evidence_start IS NULL OR evidence_end IS NULL OR evidence_start <= evidence_end",
        name="evidence_span_ordered",
    ),
)

fact_parties = Table(
    "fact_parties",
    metadata,
    Column(
        "fact_id",
        Integer,
        ForeignKey("facts.fact_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("actor_id", String(32), primary_key=True),
    Index("ix_fact_parties_actor_id", "actor_id"),
)

actors = Table(
    "actors",
    metadata,
    Column("actor_id", String(32), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("aliases_json", Text, nullable=False),
    Column("demonyms_json", Text, nullable=False),
    Column("capitals_json", Text, nullable=False),
    Column("source", Text, nullable=False),
)

actor_memberships = Table(
    "actor_memberships",
    metadata,
    Column("membership_id", Integer, primary_key=True, autoincrement=True),
    Column("group_id", String(32), nullable=False, index=True),
    Column("member_id", String(32), nullable=False, index=True),
    Column("joined_on", Date, nullable=True),
    Column("left_on", Date, nullable=True),
    Column("role", String(32), nullable=False),
    Column("source", Text, nullable=False),
)

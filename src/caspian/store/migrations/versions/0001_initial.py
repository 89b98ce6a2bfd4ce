"""Initial schema: documents, facts (with evidence and provenance), fact parties, actors.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kb_meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_kb_meta"),
    )
    op.create_table(
        "documents",
        sa.Column("content_id", sa.String(64), nullable=False),
        sa.Column("doc_id", sa.String(255), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("source_path", sa.Text(), nullable=True),
        sa.Column("meta_json", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("content_id", name="pk_documents"),
    )
    op.create_index("ix_documents_doc_id", "documents", ["doc_id"])
    op.create_table(
        "facts",
        sa.Column("fact_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("content_id", sa.String(64), nullable=False),
        sa.Column("doc_id", sa.String(255), nullable=False),
        sa.Column("fact_key", sa.String(64), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("parties", sa.Text(), nullable=False),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("sort_date", sa.String(10), nullable=True),
        sa.Column("instrument", sa.String(64), nullable=True),
        sa.Column("stage", sa.String(32), nullable=True),
        sa.Column("group_id", sa.String(32), nullable=True),
        sa.Column("change", sa.String(32), nullable=True),
        sa.Column("metric", sa.String(32), nullable=True),
        sa.Column("optional", sa.Boolean(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=True),
        sa.Column("evidence_end", sa.Integer(), nullable=True),
        sa.Column("extractor", sa.String(128), nullable=True),
        sa.Column("extractor_version", sa.String(64), nullable=True),
        sa.Column("rule", sa.String(128), nullable=True),
        sa.Column("fact_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("fact_id", name="pk_facts"),
        sa.ForeignKeyConstraint(
            ["content_id"],
            ["documents.content_id"],
            name="fk_facts_content_id_documents",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("content_id", "fact_key", name="uq_facts_content_id_fact_key"),
        sa.CheckConstraint(
            "evidence_start IS NULL OR evidence_start >= 0",
            name="ck_facts_evidence_start_not_negative",
        ),
        sa.CheckConstraint(
            "evidence_start IS NULL OR evidence_end IS NULL OR evidence_start <= evidence_end",
            name="ck_facts_evidence_span_ordered",
        ),
    )
    op.create_index("ix_facts_content_id", "facts", ["content_id"])
    op.create_index("ix_facts_type", "facts", ["type"])
    op.create_index("ix_facts_sort_date", "facts", ["sort_date"])
    op.create_table(
        "fact_parties",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("fact_id", "actor_id", name="pk_fact_parties"),
        sa.ForeignKeyConstraint(
            ["fact_id"],
            ["facts.fact_id"],
            name="fk_fact_parties_fact_id_facts",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_fact_parties_actor_id", "fact_parties", ["actor_id"])
    op.create_table(
        "actors",
        sa.Column("actor_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("aliases_json", sa.Text(), nullable=False),
        sa.Column("demonyms_json", sa.Text(), nullable=False),
        sa.Column("capitals_json", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("actor_id", name="pk_actors"),
    )
    op.create_table(
        "actor_memberships",
        sa.Column("membership_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("group_id", sa.String(32), nullable=False),
        sa.Column("member_id", sa.String(32), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("membership_id", name="pk_actor_memberships"),
    )
    op.create_index("ix_actor_memberships_group_id", "actor_memberships", ["group_id"])
    op.create_index("ix_actor_memberships_member_id", "actor_memberships", ["member_id"])


def downgrade() -> None:
    op.drop_table("actor_memberships")
    op.drop_table("actors")
    op.drop_table("fact_parties")
    op.drop_table("facts")
    op.drop_table("documents")
    op.drop_table("kb_meta")

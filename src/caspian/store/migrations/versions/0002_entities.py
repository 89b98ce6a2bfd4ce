"""Consolidated entities: agreements with their lifecycle, links, memberships,
commitments, projects, trade figures and conflicts.

The tables are rebuilt from the facts by ``caspian consolidate``; upgrading an existing
knowledge base adds them empty and leaves every document and fact as it was.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _lists() -> list[sa.Column[str]]:
    """The supporting facts and documents of a row (JSON lists)."""
    return [
        sa.Column("fact_ids_json", sa.Text(), nullable=False),
        sa.Column("doc_ids_json", sa.Text(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "agreements",
        sa.Column("entity_id", sa.String(32), nullable=False),
        sa.Column("party_key", sa.Text(), nullable=False),
        sa.Column("instrument", sa.String(64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("titles_json", sa.Text(), nullable=False),
        sa.Column("topics_json", sa.Text(), nullable=False),
        sa.Column("replaces", sa.String(64), nullable=True),
        sa.Column("value_usd", sa.Float(), nullable=True),
        sa.Column("n_facts", sa.Integer(), nullable=False),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.Column("first_reported", sa.String(10), nullable=True),
        sa.Column("first_date", sa.String(10), nullable=True),
        sa.Column("stage_dates", sa.Text(), nullable=False),
        sa.Column("states", sa.Text(), nullable=False),
        sa.Column("exists_from", sa.String(10), nullable=True),
        sa.Column("doc_ids_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", name="pk_agreements"),
    )
    op.create_index("ix_agreements_party_key", "agreements", ["party_key"])
    op.create_index("ix_agreements_instrument", "agreements", ["instrument"])
    op.create_table(
        "entity_parties",
        sa.Column("actor_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("entity_id", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("actor_id", "kind", "entity_id", name="pk_entity_parties"),
    )
    op.create_table(
        "agreement_events",
        sa.Column("event_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity_id", sa.String(32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("party", sa.String(32), nullable=True),
        sa.Column("first_reported", sa.String(10), nullable=True),
        sa.Column("sort_date", sa.String(10), nullable=True),
        sa.Column("derived", sa.Boolean(), nullable=False),
        *_lists(),
        sa.PrimaryKeyConstraint("event_id", name="pk_agreement_events"),
    )
    op.create_index("ix_agreement_events_entity_id", "agreement_events", ["entity_id", "seq"])
    op.create_index("ix_agreement_events_sort_date", "agreement_events", ["sort_date"])
    op.create_table(
        "agreement_links",
        sa.Column("source_id", sa.String(32), nullable=False),
        sa.Column("target_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        *_lists(),
        sa.PrimaryKeyConstraint("source_id", "target_id", name="pk_agreement_links"),
    )
    op.create_index("ix_agreement_links_target_id", "agreement_links", ["target_id"])
    op.create_table(
        "membership_events",
        sa.Column("event_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("group_id", sa.String(32), nullable=False),
        sa.Column("member_id", sa.String(32), nullable=False),
        sa.Column("change", sa.String(32), nullable=False),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("first_reported", sa.String(10), nullable=True),
        sa.Column("sort_date", sa.String(10), nullable=True),
        *_lists(),
        sa.PrimaryKeyConstraint("event_id", name="pk_membership_events"),
    )
    op.create_index("ix_membership_events_group_id", "membership_events", ["group_id"])
    op.create_index("ix_membership_events_member_id", "membership_events", ["member_id"])
    op.create_index("ix_membership_events_sort_date", "membership_events", ["sort_date"])
    op.create_table(
        "commitments",
        sa.Column("entity_id", sa.String(32), nullable=False),
        sa.Column("party_key", sa.Text(), nullable=False),
        sa.Column("metric", sa.String(32), nullable=False),
        sa.Column("target_value", sa.Float(), nullable=True),
        sa.Column("target_unit", sa.String(32), nullable=True),
        sa.Column("factor", sa.Float(), nullable=True),
        sa.Column("deadline", sa.String(10), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("first_reported", sa.String(10), nullable=True),
        sa.Column("sort_date", sa.String(10), nullable=True),
        *_lists(),
        sa.PrimaryKeyConstraint("entity_id", name="pk_commitments"),
    )
    op.create_index("ix_commitments_party_key", "commitments", ["party_key"])
    op.create_index("ix_commitments_sort_date", "commitments", ["sort_date"])
    op.create_table(
        "projects",
        sa.Column("entity_id", sa.String(32), nullable=False),
        sa.Column("host", sa.String(32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("names_json", sa.Text(), nullable=False),
        sa.Column("party_key", sa.Text(), nullable=False),
        sa.Column("sector", sa.String(32), nullable=True),
        sa.Column("value_min_usd", sa.Float(), nullable=True),
        sa.Column("value_max_usd", sa.Float(), nullable=True),
        sa.Column("stage", sa.String(32), nullable=True),
        sa.Column("events_json", sa.Text(), nullable=False),
        sa.Column("first_reported", sa.String(10), nullable=True),
        *_lists(),
        sa.PrimaryKeyConstraint("entity_id", name="pk_projects"),
    )
    op.create_index("ix_projects_host", "projects", ["host"])
    op.create_table(
        "trade_figure_values",
        sa.Column("value_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity_id", sa.String(32), nullable=False),
        sa.Column("party_key", sa.Text(), nullable=False),
        sa.Column("metric", sa.String(32), nullable=False),
        sa.Column("year", sa.String(4), nullable=False),
        sa.Column("unit", sa.String(32), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(255), nullable=False),
        sa.Column("reported", sa.String(10), nullable=True),
        sa.PrimaryKeyConstraint("value_id", name="pk_trade_figure_values"),
    )
    op.create_index("ix_trade_figure_values_entity_id", "trade_figure_values", ["entity_id"])
    op.create_index("ix_trade_figure_values_party_key", "trade_figure_values", ["party_key"])
    op.create_table(
        "conflicts",
        sa.Column("conflict_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("entity_kind", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(32), nullable=False),
        sa.Column("stage", sa.String(32), nullable=True),
        sa.Column("party", sa.String(32), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("a_value", sa.Text(), nullable=False),
        sa.Column("a_fact_ids_json", sa.Text(), nullable=False),
        sa.Column("a_doc_ids_json", sa.Text(), nullable=False),
        sa.Column("b_value", sa.Text(), nullable=False),
        sa.Column("b_fact_ids_json", sa.Text(), nullable=False),
        sa.Column("b_doc_ids_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("conflict_id", name="pk_conflicts"),
    )
    op.create_index("ix_conflicts_entity_id", "conflicts", ["entity_id"])
    op.create_index("ix_conflicts_kind", "conflicts", ["kind"])


def downgrade() -> None:
    # the entities are gone: forget what they were built from (see caspian.consolidate)
    op.execute("DELETE FROM kb_meta WHERE key = 'entities_fingerprint'")
    for table in (
        "conflicts",
        "trade_figure_values",
        "projects",
        "commitments",
        "membership_events",
        "agreement_links",
        "agreement_events",
        "entity_parties",
        "agreements",
    ):
        op.drop_table(table)

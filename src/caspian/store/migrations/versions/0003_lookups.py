"""Lookup tables for fast listings: one party's agreements in date order, and every two
parties of each entity.

Both are derived from ``agreements`` and ``entity_parties``; upgrading fills them from
the entities already consolidated, so an upgraded knowledge base answers as before
without a new consolidation. Documents, facts and entities are left as they were.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LISTED = (
    "entity_id",
    "party_key",
    "instrument",
    "title",
    "n_sources",
    "first_reported",
    "stage_dates",
    "states",
)


def upgrade() -> None:
    op.create_table(
        "party_agreements",
        sa.Column("actor_id", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(32), nullable=False),
        sa.Column("first_date", sa.String(10), nullable=True),
        sa.Column("exists_from", sa.String(10), nullable=True),
        sa.Column("party_key", sa.Text(), nullable=False),
        sa.Column("instrument", sa.String(64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.Column("first_reported", sa.String(10), nullable=True),
        sa.Column("stage_dates", sa.Text(), nullable=False),
        sa.Column("states", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("actor_id", "entity_id", name="pk_party_agreements"),
    )
    op.create_index(
        "ix_party_agreements_actor_id",
        "party_agreements",
        ["actor_id", "first_date", "entity_id"],
    )
    op.create_table(
        "entity_pairs",
        sa.Column("actor_id", sa.String(32), nullable=False),
        sa.Column("other_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("entity_id", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint(
            "actor_id", "other_id", "kind", "entity_id", name="pk_entity_pairs"
        ),
    )
    # fill both from the entities already there (the same SQL consolidation runs)
    listed = ", ".join(f"a.{name}" for name in _LISTED)
    op.execute(
        "INSERT INTO party_agreements (actor_id, first_date, exists_from, "
        + ", ".join(_LISTED)
        + f") SELECT p.actor_id, a.first_date, a.exists_from, {listed} "
        "FROM entity_parties p JOIN agreements a ON a.entity_id = p.entity_id "
        "WHERE p.kind = 'agreement' ORDER BY p.actor_id, a.first_date, a.entity_id"
    )
    op.execute(
        "INSERT INTO entity_pairs (actor_id, other_id, kind, entity_id) "
        "SELECT p.actor_id, o.actor_id, p.kind, p.entity_id "
        "FROM entity_parties p JOIN entity_parties o ON o.entity_id = p.entity_id "
        "AND o.kind = p.kind AND o.actor_id > p.actor_id"
    )


def downgrade() -> None:
    op.drop_table("entity_pairs")
    op.drop_index("ix_party_agreements_actor_id", table_name="party_agreements")
    op.drop_table("party_agreements")

"""The closing plenum's themes and the key points placed in them.

Revision ID: 0008
Revises: 0007
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plenum_theme",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False, index=True),
        sa.Column("name", sa.String, nullable=False, server_default=""),
    )
    op.create_table(
        "plenum_placement",
        sa.Column("summary_id", sa.Integer, sa.ForeignKey("summary.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("point_index", sa.Integer, primary_key=True),
        sa.Column("theme_id", sa.Integer, sa.ForeignKey("plenum_theme.id", ondelete="CASCADE"), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("plenum_placement")
    op.drop_table("plenum_theme")

"""Referent summaries, their links, and per-conference settings.

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "summary",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("block_id", sa.Integer, sa.ForeignKey("block.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("group.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("version", sa.Integer, nullable=False, server_default="0"),
        sa.Column("delivered", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("delivered_at", sa.DateTime, nullable=True),
        sa.Column("updated_at", sa.DateTime, nullable=True),
        sa.Column("updated_from", sa.String, nullable=False, server_default=""),
        sa.Column("conflict_text", sa.Text, nullable=True),
        sa.Column("conflict_from", sa.String, nullable=False, server_default=""),
        sa.Column("conflict_at", sa.DateTime, nullable=True),
        sa.UniqueConstraint("block_id", "group_id", name="uq_summary_block_group"),
    )
    op.create_table(
        "referent_token",
        sa.Column("token", sa.String, primary_key=True),
        sa.Column("block_id", sa.Integer, sa.ForeignKey("block.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("group.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("value", sa.Text, nullable=False, server_default=""),
    )

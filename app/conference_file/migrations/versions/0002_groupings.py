"""Groupings: table plans per kvadrant, their tables and members.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "grouping",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kvadrant", sa.Integer, nullable=False, index=True),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("seed", sa.Integer, nullable=False, server_default="0"),
        sa.Column("target_size", sa.Integer, nullable=True),
        sa.Column("table_count", sa.Integer, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("is_current", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("used", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("history_note", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "group",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("grouping_id", sa.Integer, sa.ForeignKey("grouping.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("label", sa.String, nullable=False, server_default=""),
        sa.Column("locked", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("ordstyrer_id", sa.Integer, sa.ForeignKey("participant.id", ondelete="SET NULL"), nullable=True),
        sa.Column("referent_id", sa.Integer, sa.ForeignKey("participant.id", ondelete="SET NULL"), nullable=True),
    )
    op.create_table(
        "group_member",
        sa.Column("group_id", sa.Integer, sa.ForeignKey("group.id", ondelete="CASCADE"), primary_key=True),
        sa.Column(
            "participant_id", sa.Integer, sa.ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
        ),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked", sa.Boolean, nullable=False, server_default=sa.false()),
    )

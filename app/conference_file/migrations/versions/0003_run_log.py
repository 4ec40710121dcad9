"""The run log, fixed points in the programme, and the speaker slot length.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite allows it with a constant default): no table rebuild needed.
    op.add_column("block", sa.Column("fixed_time", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("block", sa.Column("slot_seconds", sa.Integer, nullable=False, server_default="300"))
    op.execute("UPDATE block SET fixed_time = 1 WHERE kind = 'lunsj'")
    op.create_table(
        "run_event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("block_id", sa.Integer, sa.ForeignKey("block.id", ondelete="SET NULL"), nullable=True),
        sa.Column("value", sa.Float, nullable=False, server_default="0"),
        sa.Column("at_wall", sa.DateTime, nullable=False),
        sa.Column("at_monotonic", sa.Float, nullable=False),
        sa.Column("boot_id", sa.String, nullable=False, server_default=""),
    )

"""Conference, programme blocks and participants.

Revision ID: 0001
Revises:
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conference",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String, nullable=False, server_default=""),
        sa.Column("date", sa.Date, nullable=True),
        sa.Column("venue", sa.String, nullable=False, server_default=""),
    )
    op.create_table(
        "block",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False, index=True),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("start", sa.Time, nullable=True),
        sa.Column("end", sa.Time, nullable=True),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("presenter", sa.String, nullable=False, server_default=""),
        sa.Column("task_text", sa.Text, nullable=False, server_default=""),
        sa.Column("summary_deadline", sa.Time, nullable=True),
        sa.Column("summary_deadline_note", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "participant",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("municipality", sa.String, nullable=False),
        sa.Column("match_key", sa.String, nullable=False),
        sa.Column("role", sa.String, nullable=False, server_default=""),
        sa.Column("kommunegruppe", sa.String, nullable=False, server_default=""),
        sa.Column("email", sa.String, nullable=False, server_default=""),
        sa.Column("present", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.UniqueConstraint("match_key", name="uq_participant_match_key"),
    )
    op.create_table(
        "advised_municipality",
        sa.Column(
            "participant_id",
            sa.Integer,
            sa.ForeignKey("participant.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("municipality", sa.String, primary_key=True),
    )

"""Every refused text of a referat kept: a list of conflicts per summary instead of one slot.

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The one waiting conflict of a file from before becomes the first of its list. It is read
    # before the summary table is rebuilt (rebuilding drops it, which would cascade to a new table).
    waiting = op.get_bind().execute(
        sa.text(
            "SELECT id, conflict_text, conflict_from, version, COALESCE(conflict_at, updated_at, CURRENT_TIMESTAMP) "
            "FROM summary WHERE conflict_text IS NOT NULL"
        )
    ).all()
    with op.batch_alter_table("summary") as batch:
        batch.drop_column("conflict_text")
        batch.drop_column("conflict_from")
        batch.drop_column("conflict_at")
    op.create_table(
        "summary_conflict",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("summary_id", sa.Integer, sa.ForeignKey("summary.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("source", sa.String, nullable=False, server_default=""),
        sa.Column("device", sa.String, nullable=False, server_default=""),
        sa.Column("base_version", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    for summary_id, text, source, version, at in waiting:
        op.get_bind().execute(
            sa.text(
                "INSERT INTO summary_conflict (summary_id, text, source, device, base_version, created_at) "
                "VALUES (:summary_id, :text, :source, '', :version, :at)"
            ),
            {"summary_id": summary_id, "text": text, "source": source, "version": version, "at": at},
        )


def downgrade() -> None:
    with op.batch_alter_table("summary") as batch:
        batch.add_column(sa.Column("conflict_text", sa.Text, nullable=True))
        batch.add_column(sa.Column("conflict_from", sa.String, nullable=False, server_default=""))
        batch.add_column(sa.Column("conflict_at", sa.DateTime, nullable=True))
    op.drop_table("summary_conflict")

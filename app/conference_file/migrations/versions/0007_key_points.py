"""Up to three key points (hovedpunkter) per referat, versioned with its text, and kept with a
refused text.

Revision ID: 0007
Revises: 0006
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("summary") as batch:
        batch.add_column(sa.Column("key_points", sa.Text, nullable=False, server_default="[]"))
    with op.batch_alter_table("summary_conflict") as batch:
        batch.add_column(sa.Column("key_points", sa.Text, nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("summary_conflict") as batch:
        batch.drop_column("key_points")
    with op.batch_alter_table("summary") as batch:
        batch.drop_column("key_points")

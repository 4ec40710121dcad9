"""Notes for every block: a summary (and a referent link) may belong to a block itself, with no
group (a talk, a plenum, the municipalities' presentations). At most one such note per block.

Making ``group_id`` nullable rebuilds the two tables (SQLite cannot alter a column in place);
the upgrade runs with foreign keys off, so rebuilding ``summary`` does not cascade into the
conflicts, plenum placements and evaluation cards that point at it.

Revision ID: 0009
Revises: 0008
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("summary") as batch:
        batch.alter_column("group_id", existing_type=sa.Integer, nullable=True)
    with op.batch_alter_table("referent_token") as batch:
        batch.alter_column("group_id", existing_type=sa.Integer, nullable=True)
    op.create_index(
        "uq_summary_block_note", "summary", ["block_id"], unique=True, sqlite_where=sa.text("group_id IS NULL")
    )


def downgrade() -> None:
    op.drop_index("uq_summary_block_note", table_name="summary")
    op.execute("DELETE FROM referent_token WHERE group_id IS NULL")
    op.execute("DELETE FROM summary WHERE group_id IS NULL")
    with op.batch_alter_table("referent_token") as batch:
        batch.alter_column("group_id", existing_type=sa.Integer, nullable=False)
    with op.batch_alter_table("summary") as batch:
        batch.alter_column("group_id", existing_type=sa.Integer, nullable=False)

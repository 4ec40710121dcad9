"""A series of conferences: each file's own id and the series it belongs to, the earlier
conferences it remembers (history), renamed or merged municipalities, and the day-by-day
presenters of a block.

Revision ID: 0010
Revises: 0009
"""
from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conference") as batch:
        batch.add_column(sa.Column("uid", sa.String, nullable=False, server_default=""))
        batch.add_column(sa.Column("series_uid", sa.String, nullable=False, server_default=""))
        batch.add_column(sa.Column("source_uid", sa.String, nullable=False, server_default=""))
    connection = op.get_bind()
    for (conference_id,) in connection.execute(sa.text("SELECT id FROM conference")).fetchall():
        uid = uuid.uuid4().hex
        connection.execute(sa.text("UPDATE conference SET uid = :uid, series_uid = :uid WHERE id = :id"), {"uid": uid, "id": conference_id})
    with op.batch_alter_table("block") as batch:
        batch.add_column(sa.Column("day_presenters", sa.Text, nullable=False, server_default="[]"))
    op.create_table(
        "history_file",
        sa.Column("uid", sa.String, primary_key=True),
        sa.Column("path", sa.String, nullable=False, server_default=""),
        sa.Column("title", sa.String, nullable=False, server_default=""),
        sa.Column("date", sa.Date, nullable=True),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "municipality_alias",
        sa.Column("old", sa.String, primary_key=True),
        sa.Column("new", sa.String, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("municipality_alias")
    op.drop_table("history_file")
    with op.batch_alter_table("block") as batch:
        batch.drop_column("day_presenters")
    with op.batch_alter_table("conference") as batch:
        batch.drop_column("source_uid")
        batch.drop_column("series_uid")
        batch.drop_column("uid")

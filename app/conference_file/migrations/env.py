"""Alembic environment: Kvadrant always passes an open connection in ``config.attributes``."""
from __future__ import annotations

from alembic import context

from app.conference_file.schema import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

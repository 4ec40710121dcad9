"""The conference file (``*.kvadrant``): opening and refusing files, the SQLAlchemy schema, its
Alembic migrations, per-conference settings, the conference's title/date/programme rows, and new
files made from a programme template.

Layer 1: imports only ``app.common``.
"""

"""Alembic revisions of the conference file, applied whenever a file is opened."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

HERE = Path(__file__).resolve().parent
VERSIONS = HERE / "versions"


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def upgrade(connection: Connection, target: str = "head") -> None:
    """Bring the schema on ``connection`` up to ``target`` (the newest revision), in its transaction."""
    from alembic import command

    command.upgrade(_config(connection), target)


def downgrade(connection: Connection, target: str) -> None:
    """Take the schema on ``connection`` back to ``target`` (to make a file of an older Kvadrant)."""
    from alembic import command

    command.downgrade(_config(connection), target)

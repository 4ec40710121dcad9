"""Per-conference settings kept in the file (they travel with it), as plain key/value text."""
from __future__ import annotations

from app.conference_file.schema import Setting
from app.conference_file.storage import ConferenceDb


def get_setting(db: ConferenceDb, key: str, default: str = "") -> str:
    with db.read() as session:
        row = session.get(Setting, key)
        return row.value if row is not None else default


def set_setting(db: ConferenceDb, key: str, value: str) -> None:
    with db.write() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value

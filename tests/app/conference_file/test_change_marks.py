"""The change marks: which tables a commit wrote, and another process's writes."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.conference_file.change_marks import written_table
from app.conference_file.settings import set_setting
from app.conference_file.storage import ConferenceDb
from app.roster.participants import add_participant


@pytest.mark.parametrize(
    ("statement", "table"),
    [
        ('INSERT INTO "group" (number) VALUES (?)', "group"),
        ("INSERT OR REPLACE INTO setting VALUES (?, ?)", "setting"),
        ("UPDATE participant SET present=? WHERE participant.id = ?", "participant"),
        ("  delete from summary_conflict WHERE id = ?", "summary_conflict"),
        ("SELECT * FROM participant", None),
        ("PRAGMA data_version", None),
        ("BEGIN IMMEDIATE", None),
    ],
)
def test_the_table_a_statement_writes(statement: str, table: str | None) -> None:
    assert written_table(statement) == table


def test_a_commit_marks_the_tables_it_wrote_and_nothing_else(blank_db: ConferenceDb) -> None:
    changes = blank_db.changes
    before = changes.mark()
    set_setting(blank_db, "referent_port", "8765")
    assert changes.changed_since(before)
    assert not changes.changed_since(before, ignoring=frozenset({"setting"}))
    add_participant(blank_db, name="Kari", municipality="Hamar", role="kulturskoleleder")
    assert changes.changed_since(before, ignoring=frozenset({"setting"}))
    after = changes.mark()
    assert not changes.changed_since(after)


def test_a_read_or_a_failed_write_marks_nothing(blank_db: ConferenceDb) -> None:
    before = blank_db.changes.mark()
    with blank_db.read():
        pass
    with pytest.raises(RuntimeError):
        with blank_db.write() as session:
            session.execute(text("UPDATE setting SET value = 'z'"))
            raise RuntimeError("rolled back")
    assert not blank_db.changes.changed_since(before)


def test_another_connection_writing_counts_as_every_table(blank_db: ConferenceDb, conference_path: Path) -> None:
    before = blank_db.changes.mark()
    other = ConferenceDb.open(conference_path)
    set_setting(other, "referent_port", "9000")
    other.close()
    blank_db.changes.mark(look=True)  # (otherwise it looks at most every 50 ms)
    assert blank_db.changes.changed_since(before, ignoring=frozenset({"setting"}))

"""The conference file: creation, reopening, and every kind of file that is not ours."""
from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.common.messages import KvadrantError
from app.roster.participants import add_participant, list_participants
from app.conference_file.storage import APPLICATION_ID, ConferenceDb, schema_version


def _bytes_and_mtime(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_new_file_is_marked_ours_and_uses_wal(conference_path: Path) -> None:
    ConferenceDb.create(conference_path).close()
    connection = sqlite3.connect(conference_path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # The mark is in the header itself, not only in a WAL that a crash could lose.
    assert int.from_bytes(conference_path.read_bytes()[68:72], "big") == APPLICATION_ID


def test_each_connection_syncs_fully(blank_db: ConferenceDb) -> None:
    with blank_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_create_refuses_an_existing_file(conference_path: Path) -> None:
    conference_path.write_bytes(b"precious")
    with pytest.raises(KvadrantError) as caught:
        ConferenceDb.create(conference_path)
    assert caught.value.message.code == "file_exists"
    assert conference_path.read_bytes() == b"precious"


def test_a_change_is_on_disk_when_the_call_returns(blank_db: ConferenceDb, conference_path: Path) -> None:
    add_participant(blank_db, name="Kari Nordmann", municipality="Gjøvik")
    # A second, independent connection sees it: it was committed, not merely held in a session.
    other = sqlite3.connect(conference_path)
    assert other.execute("SELECT name FROM participant").fetchall() == [("Kari Nordmann",)]


def test_reopen_keeps_everything(blank_db: ConferenceDb, conference_path: Path) -> None:
    add_participant(blank_db, name="Kari Nordmann", municipality="Gjøvik")
    blank_db.close()
    reopened = ConferenceDb.open(conference_path)
    assert [p.name for p in list_participants(reopened)] == ["Kari Nordmann"]
    reopened.close()


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "file_empty"),
        (b"Navn;Kommune\nKari;Gjovik\n", "file_not_sqlite"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "file_not_sqlite"),
        (b"SQLite format 3\x00" + bytes(10), "file_not_sqlite"),
    ],
    ids=["empty", "csv", "png", "truncated-sqlite"],
)
def test_not_our_file_is_refused_and_untouched(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "x.kvadrant"
    path.write_bytes(content)
    before = _bytes_and_mtime(path)
    with pytest.raises(KvadrantError) as caught:
        ConferenceDb.open(path)
    assert caught.value.message.code == code
    assert _bytes_and_mtime(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.kvadrant"]


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    before = _bytes_and_mtime(path)
    with pytest.raises(KvadrantError) as caught:
        ConferenceDb.open(path)
    assert caught.value.message.code == "file_foreign_sqlite"
    assert _bytes_and_mtime(path) == before


def _rewrite_versions(path: Path, *, user_version: int, revision: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {user_version}")
    connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


@pytest.mark.parametrize(
    ("user_version", "revision"), [(99, "0099"), (1, "0099"), (1, "a1b2c3")], ids=["both", "revision", "unknown-revision"]
)
def test_file_from_a_newer_version_is_refused_and_untouched(
    conference_path: Path, user_version: int, revision: str
) -> None:
    ConferenceDb.create(conference_path).close()
    _rewrite_versions(conference_path, user_version=user_version, revision=revision)
    before = _bytes_and_mtime(conference_path)
    with pytest.raises(KvadrantError) as caught:
        ConferenceDb.open(conference_path)
    assert caught.value.message.code == "file_newer_version"
    assert "newer version" in str(caught.value)
    assert _bytes_and_mtime(conference_path) == before


def test_read_only_file_is_refused_and_untouched(conference_path: Path) -> None:
    ConferenceDb.create(conference_path).close()
    conference_path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    before = _bytes_and_mtime(conference_path)
    try:
        with pytest.raises(KvadrantError) as caught:
            ConferenceDb.open(conference_path)
        assert caught.value.message.code == "file_read_only"
        assert _bytes_and_mtime(conference_path) == before
    finally:
        conference_path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(KvadrantError) as caught:
        ConferenceDb.open(tmp_path / "nope.kvadrant")
    assert caught.value.message.code == "file_not_found"
    with pytest.raises(KvadrantError) as caught:
        ConferenceDb.open(tmp_path)
    assert caught.value.message.code == "file_is_directory"


def _full_after(pages: int):
    """A connect hook that makes the disk 'full' once the file has ``pages`` pages."""

    def hook(connection: sqlite3.Connection) -> None:
        connection.execute(f"PRAGMA max_page_count = {pages}")

    return hook


def test_full_disk_on_write_says_so_and_keeps_what_was_saved(conference_path: Path) -> None:
    db = ConferenceDb.create(conference_path)
    add_participant(db, name="Kari Nordmann", municipality="Gjøvik")
    pages = sqlite3.connect(conference_path).execute("PRAGMA page_count").fetchone()[0]
    db.close()
    full = ConferenceDb.open(conference_path, connect_hook=_full_after(pages))
    with pytest.raises(KvadrantError) as caught:
        add_participant(full, name="L" * 20000, municipality="Hamar")
    assert caught.value.message.code == "file_disk_full"
    full.close()
    db = ConferenceDb.open(conference_path)
    assert [p.name for p in list_participants(db)] == ["Kari Nordmann"]
    assert sqlite3.connect(conference_path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_full_disk_when_creating_leaves_no_file(conference_path: Path) -> None:
    with pytest.raises(KvadrantError) as caught:
        ConferenceDb.create(conference_path, connect_hook=_full_after(2))
    assert caught.value.message.code == "file_disk_full"
    assert list(conference_path.parent.iterdir()) == []


def test_full_disk_from_the_operating_system(conference_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(*_args: object) -> None:
        raise OSError(28, os.strerror(28))

    monkeypatch.setattr("app.conference_file.storage.os.replace", no_space)
    with pytest.raises(KvadrantError) as caught:
        ConferenceDb.create(conference_path)
    assert caught.value.message.code == "file_disk_full"


def test_schema_version_is_alembics_head() -> None:
    from app.conference_file.migrations import head_revision

    assert schema_version() == int(head_revision())


def test_writers_on_several_threads_wait_for_each_other(blank_db: ConferenceDb) -> None:
    """Regression (found by the visible rehearsal): the laptop saving while the referent server's
    thread saved was refused as "in use by another program" instead of waiting its turn."""
    import threading

    from app.conference_file.conference import get_conference, set_conference

    errors: list[BaseException] = []

    def writer(k: int) -> None:
        try:
            for n in range(40):
                get_conference(blank_db)  # read, then write, in one go: the pattern that failed
                add_participant(blank_db, name=f"Skriver {k}-{n}", municipality="Hamar")
                set_conference(blank_db, title=f"T{k}{n}", date=None, venue="")
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(list_participants(blank_db)) == 160


def test_reads_inside_a_read_are_one_transaction(blank_db: ConferenceDb) -> None:
    from sqlalchemy import event

    from app.conference_file.conference import get_conference, list_blocks

    begins: list[object] = []
    count = begins.append
    event.listen(blank_db.engine, "begin", count)
    try:
        with blank_db.read() as outer:
            get_conference(blank_db)
            list_blocks(blank_db)
            with blank_db.read() as inner:
                assert inner is outer
        assert len(begins) == 1
        get_conference(blank_db)  # outside, a read is its own transaction again
        assert len(begins) == 2
    finally:
        event.remove(blank_db.engine, "begin", count)



def test_opening_a_file_twice_in_one_process_keeps_sqlites_locks(blank_db: ConferenceDb, conference_path: Path) -> None:
    """A second open (the CLI inside the app's process, a history file that is the open one) must
    not read the header with a handle of its own: closing it would drop this process's SQLite
    locks, and another process closing its last connection would then delete the WAL under ours."""
    add_participant(blank_db, name="Før", municipality="Os")
    second = ConferenceDb.open(conference_path)
    second.close()
    other = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1]); c.isolation_level = None\n"
        "c.execute(\"INSERT INTO setting (key, value) VALUES ('other', 'process')\"); c.close()\n"
    )
    subprocess.run([sys.executable, "-c", other, str(conference_path)], check=True, timeout=60)
    add_participant(blank_db, name="Etter", municipality="Os")
    connection = sqlite3.connect(conference_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    assert sorted(p.name for p in list_participants(blank_db)) == ["Etter", "Før"]

"""Opening, creating and writing the conference file (``*.kvadrant``: SQLite, WAL, synchronous=FULL).

Every check that can be made without SQLite touching the file is made first, so that a file
that is not ours (or is from a newer Kvadrant) is never modified, not even by WAL recovery.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import threading
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import URL, Connection, Engine, create_engine, event, exc, text
from sqlalchemy.orm import Session, sessionmaker

from app.common.clock import Clock, SystemClock
from app.common.messages import KvadrantError
from app.conference_file.change_marks import WRITTEN, ChangeMarks, written_table

#: ``PRAGMA application_id`` of every Kvadrant file: "KVDR".
APPLICATION_ID = 0x4B564452
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".kvadrant"

ConnectHook = Callable[[sqlite3.Connection], None]

#: The files this process has open, by (device, inode), with how many times. Their header was
#: checked when they were opened and is not read again with a file handle of our own: closing any
#: handle on a file drops every POSIX lock this process holds on it, SQLite's too, and another
#: process closing its last connection could then delete the WAL under ours ("disk I/O error").
_OPEN_HERE: dict[tuple[int, int], int] = {}
_OPEN_HERE_LOCK = threading.Lock()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


def schema_version() -> int:
    """The file format this version writes: the number of the newest Alembic revision.

    Read from the revision files' names (``0001_initial.py``), so that opening a file that is
    already up to date never pays for importing Alembic.
    """
    from app.conference_file.migrations import VERSIONS

    return max(int(p.name.split("_", 1)[0]) for p in VERSIONS.glob("[0-9]*_*.py"))


def check_header(path: Path) -> None:
    """Refuse, without opening it with SQLite, a path that is not a Kvadrant file."""
    if not path.exists():
        raise KvadrantError("file_not_found", path=str(path))
    if path.is_dir():
        raise KvadrantError("file_is_directory", path=str(path))
    with _OPEN_HERE_LOCK:
        if _identity(path) in _OPEN_HERE:
            return  # ours, checked when opened; reading it again would drop SQLite's locks
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise KvadrantError("file_io_error", path=str(path), detail=error.strerror or str(error)) from None
    if not header:
        raise KvadrantError("file_empty", path=str(path))
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise KvadrantError("file_not_sqlite", path=str(path))
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise KvadrantError("file_foreign_sqlite", path=str(path))


def is_read_only(path: Path) -> bool:
    """True where we may not write; checks the mode bits too, since root passes ``os.access``."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _error_for(error: BaseException, path: Path) -> KvadrantError:
    """Turn a database or OS error into the message a facilitator can act on."""
    orig = getattr(error, "orig", error)
    name = getattr(orig, "sqlite_errorname", "") or ""
    detail = str(orig)
    if isinstance(orig, OSError):
        if orig.errno == 28:
            return KvadrantError("file_disk_full", path=str(path))
        if orig.errno in (13, 30):
            return KvadrantError("file_read_only", path=str(path))
        return KvadrantError("file_io_error", path=str(path), detail=orig.strerror or detail)
    if name.startswith("SQLITE_FULL") or "disk is full" in detail:
        return KvadrantError("file_disk_full", path=str(path))
    if name.startswith("SQLITE_READONLY") or "readonly" in detail:
        return KvadrantError("file_read_only", path=str(path))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in detail:
        return KvadrantError("file_locked", path=str(path))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "not a database" in detail:
        return KvadrantError("file_corrupt", path=str(path), detail=detail)
    return KvadrantError("file_io_error", path=str(path), detail=detail)


@contextlib.contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Run a block and turn any database or OS failure into a :class:`KvadrantError`."""
    try:
        yield
    except (KvadrantError, exc.IntegrityError):
        raise  # already a message, or a constraint the caller turns into one
    except (exc.DBAPIError, sqlite3.Error, OSError) as error:
        raise _error_for(error, path) from None


def _make_engine(path: Path, *, connect_hook: ConnectHook | None = None) -> Engine:
    # A URL made from its parts: a "?" or "#" in a folder's name stays part of the path.
    engine = create_engine(URL.create("sqlite", database=str(path)), future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()
        if connect_hook is not None:
            connect_hook(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A write takes the write lock at once: a deferred transaction that reads and then
        # writes while another thread writes would be refused (SQLITE_BUSY) instead of waiting.
        immediate = connection.get_execution_options().get("immediate_transaction", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
        connection.info[WRITTEN] = set()

    @event.listens_for(engine, "after_cursor_execute")
    def _note_written(
        connection: Connection, _cursor: object, statement: str, _parameters: object, _context: object, _many: bool
    ) -> None:
        table = written_table(statement)
        if table is not None:
            connection.info.setdefault(WRITTEN, set()).add(table)

    return engine


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """Another conference file, opened read-only to read from and never written. The path goes as
    a URI (a folder named "Dag #2" or "100 %" is that folder); failing to open it is
    ``file_io_error``, failing to read it ``file_corrupt``."""
    path = path.expanduser().absolute()
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise KvadrantError("file_io_error", path=str(path), detail=str(error)) from None
    try:
        yield connection
    except sqlite3.Error as error:
        raise KvadrantError("file_corrupt", path=str(path), detail=str(error)) from None
    finally:
        connection.close()


def _pragma(engine: Engine, statement: str) -> None:
    """Run a PRAGMA outside any transaction (journal_mode cannot change inside one)."""
    connection = engine.raw_connection()
    try:
        connection.execute(f"PRAGMA {statement}")
    finally:
        connection.close()


class ConferenceDb:
    """One open conference file: its path, engine and short-lived sessions.

    Writes in this process take turns on one lock before SQLite's own (the GUI thread, the
    referent server's database thread and an export's thread), so none of them meets SQLite's
    busy timeout because another is mid-write. Reads nest: a ``read()`` inside another on the
    same thread joins it, so what a caller composes from several core reads is one transaction
    and one consistent snapshot.
    """

    def __init__(self, path: Path, engine: Engine, *, clock: Clock | None = None) -> None:
        self.path = path
        self.engine = engine
        #: The time every record of this file is stamped with (the app gives its own clock).
        self.clock: Clock = clock if clock is not None else SystemClock()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(engine.execution_options(immediate_transaction=True), expire_on_commit=False)
        self._write_turn = threading.RLock()
        #: Which tables changed since when: for caches of reads (the referent server's).
        self.changes = ChangeMarks(path)
        self._open_read = threading.local()
        self._identity = _identity(path)
        with _OPEN_HERE_LOCK:
            if self._identity is not None:
                _OPEN_HERE[self._identity] = _OPEN_HERE.get(self._identity, 0) + 1

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, connect_hook: ConnectHook | None = None) -> ConferenceDb:
        """Open an existing file, bringing its schema up to date; refuse anything else."""
        path = Path(path).expanduser().absolute()
        check_header(path)
        if is_read_only(path):
            raise KvadrantError("file_read_only", path=str(path))
        engine = _make_engine(path, connect_hook=connect_hook)
        try:
            with translated_errors(path):
                cls._check_version(engine, path)
                _pragma(engine, "journal_mode = WAL")
                cls._upgrade(engine, path)
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine)

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, connect_hook: ConnectHook | None = None) -> ConferenceDb:
        """Create a new, empty conference file; it appears at ``path`` only once it is whole."""
        path = Path(path).expanduser().absolute()
        if path.exists():
            raise KvadrantError("file_exists", path=str(path))
        if not path.parent.is_dir():
            raise KvadrantError("file_not_found", path=str(path.parent))
        partial = path.with_name(path.name + ".partial")
        with translated_errors(path):
            _remove_with_sidecars(partial)
            engine = _make_engine(partial, connect_hook=connect_hook)
            try:
                # The application id is written while still in rollback-journal mode, so that it
                # is in the file's header before anything lands in a WAL.
                _pragma(engine, f"application_id = {APPLICATION_ID}")
                cls._upgrade(engine, partial)
                _pragma(engine, "journal_mode = WAL")
                engine.dispose()
                os.replace(partial, path)
            except BaseException:
                engine.dispose()
                _remove_with_sidecars(partial)
                raise
        return cls.open(path, connect_hook=connect_hook)

    @staticmethod
    def _stored_version(engine: Engine) -> tuple[int, str | None]:
        with engine.connect() as connection:
            user_version = connection.exec_driver_sql("PRAGMA user_version").scalar_one()
            has_table = connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).first()
            revision = (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if has_table
                else None
            )
        return int(user_version), revision

    @classmethod
    def _check_version(cls, engine: Engine, path: Path) -> None:
        user_version, revision = cls._stored_version(engine)
        supported = schema_version()
        found = user_version
        if revision is not None:
            # A revision that is not one of our numbers can only come from a later Kvadrant.
            found = max(found, int(revision) if revision.isdigit() else supported + 1)
        if found > supported:
            raise KvadrantError("file_newer_version", path=str(path), found=found, supported=supported)

    @classmethod
    def _upgrade(cls, engine: Engine, path: Path) -> None:
        user_version, _revision = cls._stored_version(engine)
        supported = schema_version()
        if user_version == supported:
            return
        from app.conference_file.migrations import upgrade

        with engine.connect() as connection:
            # Foreign keys off while tables are rebuilt (SQLite's documented way to change a
            # column): dropping the old table would otherwise cascade into the rows that point
            # at it. The pragma only works outside a transaction, so before ``begin``.
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            try:
                with connection.begin():
                    upgrade(connection)
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise KvadrantError("file_corrupt", path=str(path), detail="foreign_key_check")
                    connection.exec_driver_sql(f"PRAGMA user_version = {supported}")
            finally:
                raw.execute("PRAGMA foreign_keys = ON")

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed. Inside another ``read()`` on
        this thread it is that one's session (one transaction for the whole composed read)."""
        outer: Session | None = getattr(self._open_read, "session", None)
        if outer is not None:
            yield outer
            return
        with translated_errors(self.path), self._sessions() as session:
            self._open_read.session = session
            try:
                yield session
            finally:
                self._open_read.session = None

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction when the block ends."""
        with self._write_turn:
            with translated_errors(self.path), self._writers() as session, session.begin():
                yield session
                session.flush()  # the statements the commit would send, so that their tables are noted
                connection = session.connection()
                written: set[str] = connection.info.pop(WRITTEN, set())
                # Another process's writes are noticed now, while SQLite's write lock is ours.
                self.changes.mark(look=True)
            if written:
                self.changes.committed(written)

    def close(self) -> None:
        self.changes.close()
        self.engine.dispose()
        with _OPEN_HERE_LOCK:
            if self._identity is not None and self._identity in _OPEN_HERE:
                _OPEN_HERE[self._identity] -= 1
                if not _OPEN_HERE[self._identity]:
                    del _OPEN_HERE[self._identity]
                self._identity = None

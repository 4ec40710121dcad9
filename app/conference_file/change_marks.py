"""Which tables of the file changed since a moment, so that a cache of reads knows when it is stale.

Every write transaction of this process notes the tables its statements wrote (INSERT, UPDATE,
DELETE); when it has committed, a counter (the *mark*) moves on and those tables remember it.
A write by another process (``kvadrant`` on the command line, a second app) is seen through
SQLite's ``PRAGMA data_version`` on a connection of its own, looked at before every write of this
process and otherwise at most every 50 ms, and counts as every table changed.

A reader takes :meth:`ChangeMarks.mark` *before* it reads, and later asks
:meth:`ChangeMarks.changed_since` with it: a commit that lands while it reads moves the mark on
afterwards, so a cache is told "stale" too often rather than too seldom. (One gap is left: another
process that commits in the microseconds between this process's commit and its look at
``data_version`` is taken for this process; the next write of either is seen.)
"""
from __future__ import annotations

import re
import sqlite3
import threading
import time
from pathlib import Path

#: The key under which a connection collects the tables written in its open transaction.
WRITTEN = "kvadrant_written_tables"
_DML = re.compile(r'^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)


def written_table(statement: str) -> str | None:
    """The table an INSERT, UPDATE or DELETE statement writes; None for anything else."""
    found = _DML.match(statement)
    return found.group(1).lower() if found else None


class ChangeMarks:
    """The change counter of one open file (thread-safe, and cheap to ask: another process's
    writes are looked for at most every ``look_every`` seconds, without holding the lock)."""

    def __init__(self, path: Path, *, look_every: float = 0.05) -> None:
        self._lock = threading.Lock()
        self._mark = 0
        self._tables: dict[str, int] = {}
        self._outside = 0  # the mark at which another process was last seen writing
        self._watch = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        self._watch_lock = threading.Lock()
        self._look_every = look_every
        self._looked = time.monotonic()
        self._seen = self._data_version()

    def _data_version(self) -> int:
        with self._watch_lock:
            return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def committed(self, tables: set[str]) -> None:
        """This process committed a transaction that wrote ``tables`` (called under the write turn)."""
        version = self._data_version()  # our own commit moved it: that is not another process
        with self._lock:
            self._mark += 1
            for table in tables:
                self._tables[table] = self._mark
            self._seen = version

    def mark(self, *, look: bool = False) -> int:
        """The current mark; another process's writes are looked for if it is time (or ``look``)."""
        now = time.monotonic()
        if look or now - self._looked >= self._look_every:
            self._looked = now
            version = self._data_version()
            with self._lock:
                if version != self._seen:
                    self._seen = version
                    self._mark += 1
                    self._outside = self._mark
        return self._mark

    def changed_since(self, mark: int, *, ignoring: frozenset[str] = frozenset()) -> bool:
        """Whether a table not in ``ignoring`` (or another process) wrote after ``mark``."""
        self.mark()
        with self._lock:
            if self._outside > mark:
                return True
            return any(at > mark for table, at in self._tables.items() if table not in ignoring)

    def close(self) -> None:
        with self._watch_lock:
            self._watch.close()

"""What the phones read, kept in memory between changes, so that a hall of polling pages costs the
server almost nothing and never waits for a save.

A phone's GET shows two kinds of thing. Its link, group, members, task and deadline change only
when the facilitator edits something; they are kept here and forgotten as soon as the file's
:class:`~app.conference_file.change_marks.ChangeMarks` say a table they come from was written
(or another process wrote the file). The summary changes with every save, so it is read fresh
each time: one indexed row, on a read-only connection of its own, in some tens of microseconds.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from typing import Any

from app.conference_file.conference import get_conference, list_blocks
from app.conference_file.storage import ConferenceDb
from app.groups.reading import seated_table
from app.referent.links import resolve_token
from app.referent.summaries import deadline_of, points_of

#: Tables whose writes leave a page's cached part as it is (the summary is read fresh).
NOT_CACHED = frozenset({"summary", "summary_conflict", "run_event", "setting"})

Key = tuple[int, int | None]  # (block id, group id; None: the block's own notes)


def page_of(db: ConferenceDb, block_id: int, group_id: int | None) -> dict[str, Any]:
    """Everything a phone's page shows except the summary, in one read (a block's own notes:
    no group, no members)."""
    with db.read():  # every read below joins this one transaction
        block = next(b for b in list_blocks(db) if b.id == block_id)
        table = None
        if block.kvadrant is not None and group_id is not None:
            table = seated_table(db, block.kvadrant, group_id)
        deadline = deadline_of(db, block)
        return {
            "kvadrant": block.kvadrant,
            "group": table.number if table else None,
            "label": table.label if table else "",
            "conference": get_conference(db).title,
            "block": block.title,
            "members": [
                {
                    "name": m.name,
                    "municipality": m.municipality,
                    "role": m.role,
                    "ordstyrer": table is not None and m.participant_id == table.ordstyrer_id,
                    "referent": table is not None and m.participant_id == table.referent_id,
                }
                for m in (table.present_members if table else ())
            ],
            "task": block.task_text,
            "deadline": deadline.isoformat(timespec="minutes") if deadline else None,
            "deadline_note": block.summary_deadline_note,
        }


class PhoneReads:
    """Links and pages from memory, the summary from the file; safe from the loop and threads.

    ``link``/``page`` answer from memory (None: not there, ask ``load_link``/``load_page`` on a
    thread). Only found links are kept: a guessed token costs a lookup every time, and the
    memory stays bounded by the real links.
    """

    def __init__(self, db: ConferenceDb) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._valid_from = -1
        self._links: dict[str, Key] = {}
        self._pages: dict[Key, dict[str, Any]] = {}
        self._summaries = sqlite3.connect(f"{db.path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        self._summaries_lock = threading.Lock()

    def close(self) -> None:
        with self._summaries_lock:
            self._summaries.close()

    # -- from memory ------------------------------------------------------------------------------
    def link(self, token: str) -> Key | None:
        self._forget_stale()
        with self._lock:
            return self._links.get(token)

    def page(self, key: Key) -> dict[str, Any] | None:
        self._forget_stale()
        with self._lock:
            return self._pages.get(key)

    # -- from the file (on a thread) ------------------------------------------------------------
    def load_link(self, token: str) -> Key | None:
        mark = self.db.changes.mark()
        found = resolve_token(self.db, token)
        if found is not None:
            self._keep(mark, self._links, token, found)
        return found

    def load_page(self, key: Key) -> dict[str, Any]:
        mark = self.db.changes.mark()
        page = page_of(self.db, *key)
        self._keep(mark, self._pages, key, page)
        return page

    def summary(self, key: Key) -> dict[str, Any]:
        """The summary's part of a page, read now (fast enough for the loop: one indexed row)."""
        with self._summaries_lock:
            row = self._summaries.execute(
                "SELECT text, version, delivered, delivered_at, key_points FROM summary WHERE block_id = ? AND group_id IS ?", key
            ).fetchone()
        if row is None:
            return {"text": "", "version": 0, "delivered": False, "delivered_at": None, "key_points": []}
        text, version, delivered, delivered_at, key_points = row
        at = dt.datetime.fromisoformat(delivered_at).isoformat(timespec="minutes") if delivered_at else None
        return {"text": text, "version": version, "delivered": bool(delivered), "delivered_at": at, "key_points": list(points_of(key_points))}

    # -- inside -----------------------------------------------------------------------------------
    def _forget_stale(self) -> None:
        mark = self.db.changes.mark()
        with self._lock:
            if self._valid_from >= 0 and not self.db.changes.changed_since(self._valid_from, ignoring=NOT_CACHED):
                return
            self._links.clear()
            self._pages.clear()
            self._valid_from = mark

    def _keep(self, mark: int, into: dict[Any, Any], key: Any, value: Any) -> None:
        """Keep what was read from ``mark`` on, unless the memory was cleared after that."""
        self._forget_stale()
        with self._lock:
            if mark >= self._valid_from:
                into[key] = value

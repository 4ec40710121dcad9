"""The earlier conferences a conference remembers: whose tables new plans avoid repeating.

Each file has an id of its own (``conference.uid``), so an earlier conference is remembered by
its id: a file moved to another folder is found again (the facilitator says where it went, and
the id confirms it is the same conference), and a copy that claims the id of another is refused.
Another file is only read, read-only, except a file of a Kvadrant from before ids: it is brought
up to date once, as opening it in the app would.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.common.messages import KvadrantError
from app.conference_file.schema import Conference, HistoryFile
from app.conference_file.storage import ConferenceDb, check_header, read_only, schema_version

#: The first schema revision where a file has an id of its own.
_IDS_SINCE = 10


@dataclass(frozen=True)
class Identity:
    """Who another conference file says it is."""

    path: Path
    uid: str
    series_uid: str
    source_uid: str
    title: str
    date: dt.date | None


@dataclass(frozen=True)
class HistoryEntry:
    uid: str
    path: str  # where it was last found
    title: str
    date: dt.date | None
    found: bool  # the file is there and is still this conference


def read_identity(path: str | Path, *, upgrade: bool = True) -> Identity:
    """The id, series, title and date of another conference file, read without changing it.

    A missing file, a folder, a file that is not ours or is from a newer Kvadrant raises its
    :class:`KvadrantError`; a file from before ids is brought up to date first (with ``upgrade``
    False it is refused as one that has no id yet).
    """
    path = Path(path).expanduser().absolute()
    check_header(path)
    with read_only(path) as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        row = None
        if _IDS_SINCE <= version <= schema_version():
            row = connection.execute(
                "SELECT uid, series_uid, source_uid, title, date FROM conference ORDER BY id LIMIT 1"
            ).fetchone()
    if version > schema_version():
        raise KvadrantError("file_newer_version", path=str(path), found=version, supported=schema_version())
    if version < _IDS_SINCE:
        if not upgrade:
            raise KvadrantError("history_no_id", path=str(path))
        ConferenceDb.open(path).close()  # brings it up to date; it gets its id
        return read_identity(path, upgrade=False)
    if row is None:
        raise KvadrantError("file_no_conference", path=str(path))
    uid, series_uid, source_uid, title, date = row
    return Identity(path, uid, series_uid, source_uid, title, dt.date.fromisoformat(date) if date else None)


def _own_uid(db: ConferenceDb) -> str:
    with db.read() as session:
        conference = session.scalars(select(Conference).order_by(Conference.id)).first()
        return conference.uid if conference is not None else ""


#: The id read from a file, by its path, size and time of change: a plan's figures look for the
#: remembered files each time the plan is shown.
_UIDS: dict[tuple[str, int, int], str] = {}


def _found(entry: HistoryFile) -> bool:
    """Whether the file at the entry's path is still that conference (never upgrades a file)."""
    try:
        stat = Path(entry.path).stat()
    except OSError:
        return False
    key = (entry.path, stat.st_mtime_ns, stat.st_size)
    if key not in _UIDS:
        try:
            _UIDS[key] = read_identity(entry.path, upgrade=False).uid
        except KvadrantError:
            return False
    return _UIDS[key] == entry.uid


def history(db: ConferenceDb) -> list[HistoryEntry]:
    """The remembered conferences, oldest first, each looked for where it was last found."""
    with db.read() as session:
        rows = list(session.scalars(select(HistoryFile)))
    rows.sort(key=lambda r: (r.date or dt.date.min, r.title, r.path))
    return [HistoryEntry(r.uid, r.path, r.title, r.date, _found(r)) for r in rows]


def add_history(db: ConferenceDb, path: str | Path) -> HistoryEntry:
    """Remember another conference (again: its place and title are brought up to date).

    Refused: the file itself or a copy of it (the same id), and a file claiming the id of a
    remembered conference that is still where it was (a copy of that one).
    """
    other = read_identity(path)
    if other.uid == _own_uid(db):
        raise KvadrantError("history_is_itself", path=str(other.path))
    with db.write() as session:
        row = session.get(HistoryFile, other.uid)
        if row is not None and Path(row.path) != other.path and _found(row):
            raise KvadrantError("history_same_id", path=str(other.path), other=row.path)
        if row is None:
            row = HistoryFile(uid=other.uid, added_at=db.clock.now())
            session.add(row)
        row.path, row.title, row.date = str(other.path), other.title, other.date
    return HistoryEntry(other.uid, str(other.path), other.title, other.date, True)


def relocate_history(db: ConferenceDb, uid: str, path: str | Path) -> HistoryEntry:
    """Where a remembered conference went: ``path`` must be that same conference (its id)."""
    with db.read() as session:
        row = session.get(HistoryFile, uid)
        title = row.title if row is not None else ""
    if row is None:
        raise KvadrantError("history_not_found", value=uid)
    other = read_identity(path)
    if other.uid != uid:
        raise KvadrantError("history_not_same", path=str(other.path), title=title)
    return add_history(db, other.path)


def remove_history(db: ConferenceDb, uid: str) -> None:
    with db.write() as session:
        row = session.get(HistoryFile, uid)
        if row is not None:
            session.delete(row)


def look_for_moved(entry: HistoryEntry, folders: list[Path]) -> Path | None:
    """A moved file found again in ``folders`` (its own, say): the ``*.kvadrant`` with its id."""
    for folder in folders:
        for candidate in sorted(folder.glob("*.kvadrant")) if folder.is_dir() else ():
            try:
                if read_identity(candidate, upgrade=False).uid == entry.uid:
                    return candidate
            except KvadrantError:
                continue
    return None


def history_paths(db: ConferenceDb) -> list[Path]:
    """The remembered conferences' files for a new plan; a missing or changed one is refused
    with its title, so that no plan is made from a wrong history without a word."""
    paths = []
    for entry in history(db):
        if not entry.found:
            raise KvadrantError("history_missing", title=entry.title or entry.path, path=entry.path)
        paths.append(Path(entry.path))
    return paths

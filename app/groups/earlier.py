"""Who sat with whom at the earlier conferences a conference remembers (its history), as ids of
this file's people: what a new plan avoids repeating and what the plan's figures count.

People are matched across files by name and municipality, a renamed or merged municipality
through the aliases the facilitator gave ("Førde" → "Sunnfjord"). Another file's tables are read
read-only, once per version of the file (its size and time of change), so that the figures can
count repeats each time a plan is shown.
"""
from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.common.messages import KvadrantError
from app.common.text import match_key
from app.conference_file.aliases import aliases, canonical
from app.conference_file.history import history
from app.conference_file.storage import ConferenceDb, check_header, read_only
from app.groups import table_plan as grouping

Rows = tuple[tuple[int, int, str, str], ...]  # (plan, table, name, municipality)

_CACHE: dict[tuple[str, int, int], Rows] = {}
_CACHE_LOCK = threading.Lock()


@dataclass(frozen=True)
class Earlier:
    """Partners by participant id from ``files`` earlier conferences."""

    partners: dict[int, set[int]]
    files: int


def _tables_in(path: Path) -> Rows:
    """Every table of the plans of ``path`` that were sat in (or are current), read-only."""
    check_header(path)
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    with _CACHE_LOCK:
        if key in _CACHE:
            return _CACHE[key]
    with read_only(path) as connection:
        has_groups = connection.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='group_member'").fetchone()
        rows: Rows = ()
        if has_groups:
            rows = tuple(connection.execute(
                'SELECT g.grouping_id, g.id, p.name, p.municipality FROM "group" g '
                "JOIN grouping gr ON gr.id = g.grouping_id "
                "JOIN group_member m ON m.group_id = g.id JOIN participant p ON p.id = m.participant_id "
                "WHERE gr.used = 1 OR gr.is_current = 1"
            ).fetchall())
    with _CACHE_LOCK:
        _CACHE[key] = rows
    return rows


def people_keys(people: Sequence[tuple[int, str, str]], mapping: Mapping[str, str]) -> dict[str, int]:
    """This file's people (id, name, municipality) by their key across files."""
    return {match_key(name, canonical(municipality, mapping)): pid for pid, name, municipality in people}


def partners_in_file(path: str | Path, keys: Mapping[str, int], mapping: Mapping[str, str] | None = None) -> dict[int, set[int]]:
    """Who sat with whom in another conference file, as ids of this one (``keys``: see
    :func:`people_keys`). A file that is not ours is refused like any other."""
    tables: dict[tuple[int, int], list[int]] = {}
    for plan, table, name, municipality in _tables_in(Path(path).expanduser().absolute()):
        here = keys.get(match_key(name, canonical(municipality, mapping or {})))
        if here is not None:
            tables.setdefault((plan, table), []).append(here)
    return grouping.history_partners([list(tables.values())])


def earlier(db: ConferenceDb, people: Sequence[tuple[int, str, str]], *, strict: bool) -> Earlier:
    """The partners at every remembered conference. ``strict`` (making a plan): a remembered
    file that is missing or is no longer that conference is refused by name; otherwise (the
    figures) it is left out."""
    mapping = aliases(db)
    keys = people_keys(people, mapping)
    merged: dict[int, set[int]] = {}
    files = 0
    for entry in history(db):
        if not entry.found:
            if strict:
                raise KvadrantError("history_missing", title=entry.title or entry.path, path=entry.path)
            continue
        files += 1
        for a, partners in partners_in_file(entry.path, keys, mapping).items():
            merged.setdefault(a, set()).update(partners)
    return Earlier(merged, files)

"""The days of a series side by side: which conferences belong together, and who came when.

A series is the chain of "made from" links; every file carries its series' id, so the recent
files group by it without opening one another. A day missing from the recent files is found
through the history of a later day. Who came is matched across the days by name and
municipality (through the newest day's aliases for renamed municipalities).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.common.messages import KvadrantError
from app.common.text import clean, match_key, norwegian_key
from app.conference_file.aliases import canonical
from app.conference_file.history import Identity, read_identity
from app.conference_file.storage import read_only


@dataclass(frozen=True)
class Series:
    uid: str
    days: tuple[Identity, ...]  # oldest first

    @property
    def title(self) -> str:
        return self.days[-1].title if self.days else ""


@dataclass(frozen=True)
class Attendee:
    name: str
    municipality: str
    days: tuple[bool, ...]  # present on each day of the series, in order

    @property
    def count(self) -> int:
        return sum(self.days)


def _history_of(path: Path) -> list[tuple[str, str]]:
    """(id, path) of the conferences a file remembers (none if it cannot be read)."""
    try:
        with read_only(path) as connection:
            return [(uid, where) for uid, where in connection.execute("SELECT uid, path FROM history_file")]
    except KvadrantError:
        return []


def _chain(day: Identity, known: dict[str, Identity]) -> list[Identity]:
    """The days a file was made from, through each one's history (a ring is refused)."""
    out, seen, current = [], {day.uid}, day
    while current.source_uid:
        if current.source_uid in seen:
            raise KvadrantError("series_loop", path=str(current.path))
        source = known.get(current.source_uid)
        if source is None:
            where = dict(_history_of(current.path)).get(current.source_uid)
            try:
                source = read_identity(where, upgrade=False) if where else None
            except KvadrantError:
                source = None
            if source is None or source.uid != current.source_uid:
                break  # the day before is not to be found: the series starts here as far as we know
        seen.add(source.uid)
        out.append(source)
        current = source
    return out


def series_of(paths: Iterable[str | Path]) -> list[Series]:
    """The recent files grouped by series, each with the days found, newest series first; a file
    that cannot be read is left out (the start page shows it on its own)."""
    known: dict[str, Identity] = {}
    for path in paths:
        try:
            identity = read_identity(path, upgrade=False)
        except KvadrantError:
            continue
        known.setdefault(identity.uid, identity)
    for identity in list(known.values()):
        for day in _chain(identity, known):
            known.setdefault(day.uid, day)
    grouped: dict[str, list[Identity]] = {}
    for identity in known.values():
        grouped.setdefault(identity.series_uid or identity.uid, []).append(identity)

    def order(day: Identity) -> tuple[dt.date, int]:
        """By date, and days of the same date in the order they were made from each other."""
        steps, current, seen = 0, day, {day.uid}
        while current.source_uid in known and current.source_uid not in seen:
            seen.add(current.source_uid)
            current = known[current.source_uid]
            steps += 1
        return day.date or dt.date.min, steps

    series = [Series(uid, tuple(sorted(days, key=order))) for uid, days in grouped.items()]
    return sorted(series, key=lambda s: max((d.date or dt.date.min) for d in s.days), reverse=True)


def _aliases_of(path: Path) -> dict[str, str]:
    """A file's renamed municipalities (old → new), read-only."""
    try:
        with read_only(path) as connection:
            return {old: new for old, new in connection.execute("SELECT old, new FROM municipality_alias")}
    except KvadrantError:
        return {}


def attendance(series: Series, mapping: dict[str, str] | None = None) -> list[Attendee]:
    """Everyone who came to a day of the series, with the days they were present, by name;
    renamed municipalities through ``mapping``, else the newest day's aliases."""
    if mapping is None:
        mapping = _aliases_of(series.days[-1].path) if series.days else {}
    found: dict[str, tuple[str, str, list[bool]]] = {}
    for index, day in enumerate(series.days):
        with read_only(day.path) as connection:
            rows = connection.execute("SELECT name, municipality FROM participant WHERE present = 1").fetchall()
        for name, municipality in rows:
            today = canonical(municipality, mapping or {})
            key = match_key(name, today)
            entry = found.setdefault(key, (clean(name), clean(today), [False] * len(series.days)))
            entry[2][index] = True
    people = [Attendee(name, municipality, tuple(days)) for name, municipality, days in found.values()]
    return sorted(people, key=lambda a: (norwegian_key(a.municipality), norwegian_key(a.name)))

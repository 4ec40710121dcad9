"""Rows as they were, to put back exactly, ids included: the one way undo works.

An edit is undone by restoring the rows it touched as a snapshot saw them before, and redone by
restoring the snapshot taken after. Because rows come back with their own ids, nothing that
refers to them (a later undo step, a group's ordstyrer, a summary's block) needs an alias table.

Each part of a snapshot is one table's rows matching a condition. An *exact* part also removes,
on restore, rows that match the condition but were not there (what an add created); a part
that is not exact only puts its rows back (rows a cascade emptied, such as a group's referent).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import ColumnElement, exc, inspect, select
from sqlalchemy.orm import Session

from app.common.messages import KvadrantError
from app.conference_file.schema import Base
from app.conference_file.storage import ConferenceDb


@dataclass(frozen=True)
class Part:
    """Which rows of one table a snapshot holds."""

    model: type[Base]
    where: ColumnElement[bool]
    exact: bool = True


@dataclass(frozen=True)
class RowSet:
    part: Part
    rows: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Snapshot:
    """Rows of several tables, parents before children (the order they are put back in)."""

    sets: tuple[RowSet, ...]

    @classmethod
    def empty(cls, *parts: Part) -> Snapshot:
        """The state before rows that did not exist yet: restoring it removes them."""
        return cls(tuple(RowSet(part, ()) for part in parts))


def _values(row: Base) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in inspect(type(row)).column_attrs}


def take(db: ConferenceDb, *parts: Part) -> Snapshot:
    """The rows of every part as they are now, in one transaction."""
    with db.read() as session:
        return Snapshot(tuple(RowSet(part, tuple(_rows_now(session, part))) for part in parts))


def _rows_now(session: Session, part: Part) -> list[dict[str, Any]]:
    return [_values(row) for row in session.scalars(select(part.model).where(part.where))]


def _same(rows: Iterable[dict[str, Any]], other: Iterable[dict[str, Any]]) -> bool:
    def key(row: dict[str, Any]) -> str:
        return repr(sorted(row.items()))

    return sorted(map(key, rows)) == sorted(map(key, other))


def restore(db: ConferenceDb, target: Snapshot, *, expected: Snapshot) -> None:
    """Put ``target``'s rows back in one transaction, if the rows are still as ``expected``
    (the state the edit left; for a redo, the state before it).

    Extra rows of exact parts go first (children before parents), then every row comes back
    with its id (parents first). If the rows changed in the meantime (an id SQLite gave to
    someone added since, a check-in from a phone) or a row cannot come back (its name is
    taken), :class:`KvadrantError` ``undo_conflict`` is raised and nothing is changed."""
    try:
        with db.write() as session:
            if not all(_same(_rows_now(session, s.part), s.rows) for s in expected.sets):
                raise KvadrantError("undo_conflict")
            for row_set in reversed(target.sets):
                part = row_set.part
                if not part.exact:
                    continue
                mapper = inspect(part.model)
                keys = [mapper.get_property_by_column(column).key for column in mapper.primary_key]
                kept = {tuple(row[key] for key in keys) for row in row_set.rows}
                for row in session.scalars(select(part.model).where(part.where)).all():
                    if tuple(getattr(row, key) for key in keys) not in kept:
                        session.delete(row)
                session.flush()
            for row_set in target.sets:
                for values in row_set.rows:
                    session.merge(row_set.part.model(**values))
                session.flush()
    except exc.IntegrityError:
        raise KvadrantError("undo_conflict") from None

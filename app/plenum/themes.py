"""Themes of the closing plenum: every group's key points as cards, placed in named themes by the
facilitator; what is not placed is unsorted. Every change is committed as it is made.

A key point is known by its summary and its place in that summary's list (0–2); a point the
referent has since taken away is simply not shown.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.messages import KvadrantError
from app.common.text import clean
from app.conference_file.ordering import in_order, move_to, renumber
from app.conference_file.schema import Block, Group, PlenumPlacement, PlenumTheme, Summary
from app.conference_file.storage import ConferenceDb
from app.referent.summaries import block_for_kvadrant, group_blocks, points_of

MAX_NAME = 80


@dataclass(frozen=True)
class KeyPoint:
    summary_id: int
    index: int
    kvadrant: int
    group: int  # the table's number
    text: str

    @property
    def key(self) -> tuple[int, int]:
        return self.summary_id, self.index

    def as_json(self) -> dict[str, Any]:
        return {"group": self.group, "text": self.text}


@dataclass(frozen=True)
class Theme:
    id: int
    name: str
    points: tuple[KeyPoint, ...]

    @property
    def groups(self) -> tuple[int, ...]:
        """The tables that raised it, in order."""
        return tuple(sorted({point.group for point in self.points}))

    @property
    def group_count(self) -> int:
        """How many groups raised it ("7 av 17 grupper"): bord 3 of 1. and of 4. kvadrant are two."""
        return len({(point.kvadrant, point.group) for point in self.points})

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "groups": list(self.groups), "points": [p.as_json() for p in self.points]}


@dataclass(frozen=True)
class Plenum:
    themes: tuple[Theme, ...]
    unsorted: tuple[KeyPoint, ...]
    #: How many groups wrote key points in this scope ("7 av 17 grupper").
    groups: int

    def as_json(self) -> dict[str, Any]:
        return {"themes": [theme.as_json() for theme in self.themes], "unsorted": [p.as_json() for p in self.unsorted]}


def key_points(db: ConferenceDb, kvadrant: int | None = None) -> list[KeyPoint]:
    """Every key point of the day's group blocks (or of one kvadrant's), by block and table."""
    blocks = [block_for_kvadrant(db, kvadrant)] if kvadrant is not None else group_blocks(db)
    wanted = {block.id: block.kvadrant for block in blocks if block is not None}
    found: list[KeyPoint] = []
    with db.read() as session:
        rows = session.execute(
            select(Summary.id, Summary.block_id, Summary.key_points, Group.number)
            .join(Group, Summary.group_id == Group.id)
            .join(Block, Summary.block_id == Block.id)
            .where(Summary.block_id.in_(wanted))
            .order_by(Block.position, Group.number)
        )
        for summary_id, block_id, raw, number in rows:
            for index, text in enumerate(points_of(raw)):
                if text.strip():
                    found.append(KeyPoint(summary_id, index, int(wanted[block_id] or 0), number, text.strip()))
    return found


def plenum(db: ConferenceDb, kvadrant: int | None = None) -> Plenum:
    """The themes with their key points, and the points not placed yet. With ``kvadrant``, only
    that block's points (and the themes that hold some of them)."""
    with db.read() as session:
        points = key_points(db, kvadrant)
        placed = {(p.summary_id, p.point_index): p.theme_id for p in session.scalars(select(PlenumPlacement))}
        rows = in_order(session, PlenumTheme)
    by_theme: dict[int, list[KeyPoint]] = {row.id: [] for row in rows}
    unsorted: list[KeyPoint] = []
    for point in points:
        theme_id = placed.get(point.key)
        (by_theme[theme_id] if theme_id in by_theme else unsorted).append(point)
    themes = tuple(Theme(row.id, row.name, tuple(by_theme[row.id])) for row in rows)
    if kvadrant is not None:
        themes = tuple(theme for theme in themes if theme.points)
    return Plenum(themes, tuple(unsorted), len({(p.kvadrant, p.group) for p in points}))


def _name(name: str) -> str:
    name = clean(name)
    if not name:
        raise KvadrantError("theme_no_name")
    return name[:MAX_NAME]


def _theme(session: Session, theme_id: int) -> PlenumTheme:
    theme = session.get(PlenumTheme, theme_id)
    if theme is None:
        raise KvadrantError("theme_not_found")
    return theme


def _place(session: Session, points: Iterable[tuple[int, int]], theme_id: int | None) -> None:
    for summary_id, index in points:
        placement = session.get(PlenumPlacement, (summary_id, index))
        if theme_id is None:
            if placement is not None:
                session.delete(placement)
        elif placement is None:
            if session.get(Summary, summary_id) is None:
                raise KvadrantError("key_point_not_found")
            session.add(PlenumPlacement(summary_id=summary_id, point_index=index, theme_id=theme_id))
        else:
            placement.theme_id = theme_id


def add_theme(db: ConferenceDb, name: str, points: Iterable[tuple[int, int]] = ()) -> int:
    """A new theme at the end, with ``points`` (summary id, index) moved into it; its id. Split a
    theme by making a new one from some of its points; accept a suggestion with its points."""
    with db.write() as session:
        theme = PlenumTheme(position=len(in_order(session, PlenumTheme)), name=_name(name))
        session.add(theme)
        session.flush()
        _place(session, points, theme.id)
        return theme.id


def rename_theme(db: ConferenceDb, theme_id: int, name: str) -> None:
    with db.write() as session:
        _theme(session, theme_id).name = _name(name)


def remove_theme(db: ConferenceDb, theme_id: int) -> None:
    """Remove a theme; its points go back to the unsorted ones."""
    with db.write() as session:
        session.delete(_theme(session, theme_id))
        session.flush()
        renumber(in_order(session, PlenumTheme))


def move_theme(db: ConferenceDb, theme_id: int, position: int) -> None:
    with db.write() as session:
        if move_to(in_order(session, PlenumTheme), theme_id, position) is None:
            raise KvadrantError("theme_not_found")


def merge_themes(db: ConferenceDb, source_id: int, target_id: int) -> None:
    """Move every point of ``source`` into ``target`` and remove ``source``."""
    if source_id == target_id:
        return
    with db.write() as session:
        _theme(session, target_id)
        source = _theme(session, source_id)
        for placement in session.scalars(select(PlenumPlacement).where(PlenumPlacement.theme_id == source_id)):
            placement.theme_id = target_id
        session.flush()  # the points moved before the theme goes (its delete cascades to them)
        session.delete(source)
        session.flush()
        renumber(in_order(session, PlenumTheme))


def place_points(db: ConferenceDb, points: Iterable[tuple[int, int]], theme_id: int | None) -> None:
    """Put key points (summary id, index) in a theme, or back among the unsorted (None)."""
    with db.write() as session:
        if theme_id is not None:
            _theme(session, theme_id)
        _place(session, points, theme_id)

"""Rows kept in an order by a ``position`` column (the programme's blocks, the questionnaire's
questions, the coding board's columns): read in that order, moved, numbered 0, 1, 2 … again."""
from __future__ import annotations

from typing import Any, Sequence, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

Row = TypeVar("Row", bound=Any)


def in_order(session: Session, model: type[Row]) -> list[Row]:
    """Every row of ``model`` by position (ties by id)."""
    return list(session.scalars(select(model).order_by(model.position, model.id)))


def renumber(rows: Sequence[Any]) -> None:
    for index, row in enumerate(rows):
        row.position = index


def move_to(rows: list[Row], row_id: int, position: int) -> Row | None:
    """Put the row with ``row_id`` at ``position`` (clamped) and number them all again; None (and
    nothing changed) when no row has that id."""
    moving = next((row for row in rows if row.id == row_id), None)
    if moving is None:
        return None
    rows.remove(moving)
    rows.insert(max(0, min(position, len(rows))), moving)
    renumber(rows)
    return moving

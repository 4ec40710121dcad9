"""The plenum board's key points as Qt models: one list model holds every point of the chosen
block with the theme it is placed in, and filtering proxies show the unsorted ones and each
theme's.

Drag and drop is a model feature: ``mimeData`` packs the points' keys (summary id, index) and
the theme they are dragged out of under our own mime type; a drop on a theme places them there,
a drop on the unsorted list takes them out of their theme. A drop goes through a
:class:`PointDrops` (the board's editor), so the points of one drag are one undo step.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.plenum.themes import KeyPoint
from ui.shell.card_board import DropProxy, json_mime, json_payload

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
Key = tuple[int, int]

#: Our own mime type: JSON {"points": [[summary id, index], ...], "from_theme": id or null}.
POINT_MIME_TYPE = "application/x-kvadrant-key-point"

#: The whole :class:`KeyPoint`.
POINT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The theme it is placed in (int), or None.
THEME_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Placed:
    point: KeyPoint
    theme_id: int | None


@dataclass(frozen=True)
class DraggedPoints:
    keys: tuple[Key, ...]
    from_theme: int | None


def encode_points(points: list[KeyPoint], *, from_theme: int | None) -> QMimeData:
    payload = {"points": [list(p.key) for p in points], "from_theme": from_theme}
    return json_mime(POINT_MIME_TYPE, payload, "\n".join(p.text for p in points))


def decode_points(data: QMimeData | None) -> DraggedPoints | None:
    """The points in ``data``; None for anything that is not ours or is damaged."""
    try:
        payload = json_payload(data, POINT_MIME_TYPE)
        if payload is None:
            return None
        keys = tuple((int(s), int(i)) for s, i in payload["points"])
        source = payload.get("from_theme")
        return DraggedPoints(keys, int(source) if source is not None else None) if keys else None
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


class PointDrops(Protocol):
    """What a drop asks for: the points placed in a theme (None: unsorted), one undo step; a
    refusal raises :class:`KvadrantError`."""

    def place(self, keys: tuple[Key, ...], theme_id: int | None) -> bool: ...


class PointListModel(QAbstractListModel):
    """Every key point of the board, in the board's order; refreshed one row at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Placed] = []

    def placed(self, row: int) -> Placed | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_points(self, rows: list[Placed]) -> None:
        """Show these points: a reset when points came, went or changed text, else only the
        rows whose theme changed are redrawn (and move between the lists)."""
        if [r.point for r in rows] != [r.point for r in self._rows]:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
            return
        old, self._rows = self._rows, list(rows)
        for row, (before, after) in enumerate(zip(old, rows)):
            if before != after:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        placed = self.placed(index.row()) if index.isValid() else None
        if placed is None:
            return None
        point = placed.point
        if role == Qt.ItemDataRole.DisplayRole:
            return point.text
        if role == POINT_ROLE:
            return point
        if role == THEME_ROLE:
            return placed.theme_id
        if role == Qt.ItemDataRole.ToolTipRole:
            # A tooltip that looks like markup is read as markup: escaped, it shows as typed.
            return f"<p style='white-space:pre-wrap'>{html.escape(point.text)}</p>"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{point.group}: {point.text}"
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled


class PointsProxy(DropProxy):
    """The points placed in one theme (``theme_id``), or the unsorted ones (None); a drop here
    places the dragged points in it."""

    MIME_TYPE = POINT_MIME_TYPE

    def __init__(self, source: PointListModel, drops: PointDrops, theme_id: int | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drops = drops
        self.theme_id = theme_id
        self.setDynamicSortFilter(True)
        self.setSourceModel(source)

    def points(self) -> list[KeyPoint]:
        return [self.index(row, 0).data(POINT_ROLE) for row in range(self.rowCount())]

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        source = self.sourceModel()
        placed = source.placed(source_row) if isinstance(source, PointListModel) else None
        return placed is not None and placed.theme_id == self.theme_id

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        points = [i.data(POINT_ROLE) for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        return encode_points([p for p in points if isinstance(p, KeyPoint)], from_theme=self.theme_id)

    def _decode(self, data: QMimeData | None) -> DraggedPoints | None:
        return decode_points(data)

    def _accepts(self, dragged: DraggedPoints) -> bool:
        return dragged.from_theme != self.theme_id

    def _drop(self, dragged: DraggedPoints) -> bool:
        return self._drops.place(dragged.keys, self.theme_id)

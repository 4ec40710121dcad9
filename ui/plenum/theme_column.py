"""A theme's column on the plenum board and the list of cards it shares with the unsorted list
(the column, its list and the grid are shared with the evaluation's board:
``ui/shell/card_board.py``).

A column shows a handle to drag the whole theme by (dropped on another theme, the two merge),
its name (typed over to rename it), how many points it holds and which tables raised them, a
menu (new theme of the chosen cards, merge with, move, remove) and its cards. Cards dropped
anywhere on it are placed there. What a column cannot do on its own it asks for by signal.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.plenum.themes import MAX_NAME, KeyPoint, Theme
from ui.plenum.point_model import POINT_ROLE, PointsProxy
from ui.shell.card_board import (
    BoardColumn,
    CardListView,
    button_text,
    json_mime,
    json_payload,
)
from ui.shell.style import make_quiet, scaled_font

#: A whole theme dragged by its handle: JSON {"theme": id}.
THEME_MIME_TYPE = "application/x-kvadrant-plenum-theme"
COLUMN_MIN_WIDTH = 250
COLUMN_MIN_HEIGHT = 230


def dragged_theme(data: QMimeData | None) -> int | None:
    try:
        payload = json_payload(data, THEME_MIME_TYPE)
        return None if payload is None else int(payload["theme"])
    except (ValueError, TypeError, KeyError):
        return None


class PointView(CardListView):
    """Cards that drag out (several at once) and take drops."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, several=True)

    def selected_points(self) -> list[KeyPoint]:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        points = [self.model().index(row, 0).data(POINT_ROLE) for row in rows]
        return [p for p in points if isinstance(p, KeyPoint)]


class DragHandle(QLabel):
    """The "⠿" a theme is dragged by."""

    def __init__(self, theme_id: int, parent: QWidget | None = None) -> None:
        super().__init__("⠿", parent)
        self.theme_id = theme_id
        self._pressed: QPoint | None = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None or (event.position().toPoint() - self._pressed).manhattanLength() < QApplication.startDragDistance():
            return
        self._pressed = None
        drag = QDrag(self)
        drag.setMimeData(json_mime(THEME_MIME_TYPE, {"theme": self.theme_id}))
        drag.exec(Qt.DropAction.MoveAction)


class ThemeColumn(BoardColumn):
    """One theme: handle, name, count, tables, menu and its cards."""

    merge_requested = Signal(int, int)  # source theme id, target theme id
    split_requested = Signal(int)  # theme id: a new theme of its chosen cards
    view: PointView

    def __init__(self, model: PointsProxy, parent: QWidget | None = None) -> None:
        assert model.theme_id is not None
        super().__init__(model, PointView(), column_id=model.theme_id, max_name=MAX_NAME, fonts=(1.15, 1.1), parent=parent)
        self.theme_id: int = model.theme_id
        self._others: list[Theme] = []
        self.setMinimumSize(COLUMN_MIN_WIDTH, COLUMN_MIN_HEIGHT)

        self.handle = DragHandle(self.theme_id)
        self.handle.setFont(scaled_font(self, 1.3, bold=True))
        make_quiet(self.handle)
        self.split_action = self.menu.addAction("")
        self.merge_menu = self.menu.addMenu("")
        self.menu.addSeparator()
        self._finish_menu()
        self.groups_label = QLabel()
        self.groups_label.setTextFormat(Qt.TextFormat.PlainText)
        make_quiet(self.groups_label)
        self._lay_out(self.handle, [self.groups_label], spacing=4, margins=(8, 6, 6, 6))

        self.split_action.triggered.connect(lambda: self.split_requested.emit(self.theme_id))
        self.menu.aboutToShow.connect(self._menu_showing)
        self._retranslate()

    def _retranslate(self) -> None:
        self.handle.setToolTip(self.tr("Dra temaet over et annet tema for å slå dem sammen"))
        self.menu_button.setToolTip(self.tr("Del, slå sammen, flytt eller fjern temaet"))
        self.split_action.setText(self.tr("Nytt tema av valgte kort"))
        self.merge_menu.setTitle(self.tr("Slå sammen med …"))
        self.left_action.setText(self.tr("Flytt til venstre"))
        self.right_action.setText(self.tr("Flytt til høyre"))
        self.remove_action.setText(self.tr("Fjern temaet (kortene blir usortert)"))
        self.view.empty_text = self.tr("Dra hovedpunkter hit")
        self.view.setToolTip(self.tr("Dra kort hit for å legge dem i temaet. Velg flere med Ctrl eller Shift."))

    # -- contents -----------------------------------------------------------------------------
    def show_theme(self, theme: Theme, *, others: list[Theme], first: bool, last: bool) -> None:
        """Show the theme as read now; what the facilitator is typing is left alone."""
        self._show_name(theme.name)
        self._others = others
        tip = self.tr("{name}: skriv for å gi temaet nytt navn").format(name=theme.name)
        self.name_edit.setToolTip(f"<p>{html.escape(tip)}</p>")
        self.count_label.setText(str(len(theme.points)))
        tables = ", ".join(str(n) for n in theme.groups)
        self.groups_label.setText(self.tr("Bord {tables}").format(tables=tables) if tables else "")
        self.left_action.setEnabled(not first)
        self.right_action.setEnabled(not last)

    def _menu_showing(self) -> None:
        self.split_action.setEnabled(bool(self.view.selected_points()))
        self.merge_menu.clear()
        for other in self._others:
            action = self.merge_menu.addAction(button_text(other.name))
            action.triggered.connect(lambda _=False, target=other.id: self.merge_requested.emit(self.theme_id, target))
        self.merge_menu.setEnabled(bool(self._others))

    # -- drops on the column: cards are placed here, a theme merges into this one ---------------
    def drop(self, data: QMimeData | None) -> bool:
        """Cards or a whole theme dropped on the column (what a drag-and-drop ends in)."""
        source = dragged_theme(data)
        if source is None:
            return super().drop(data)
        if source == self.theme_id:
            return False
        self.merge_requested.emit(source, self.theme_id)
        return True

    def _takes(self, data: QMimeData | None) -> bool:
        source = dragged_theme(data)
        return super()._takes(data) if source is None else source != self.theme_id

    def _merges(self, data: QMimeData | None) -> bool:
        return dragged_theme(data) is not None

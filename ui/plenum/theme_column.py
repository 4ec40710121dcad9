"""A theme's column on the plenum board, the list of cards it shares with the unsorted list,
and the grid that lays the columns out.

A column shows a handle to drag the whole theme by (dropped on another theme, the two merge),
its name (typed over to rename it), how many points it holds and which tables raised them, a
menu (new theme of the chosen cards, merge with, move, remove) and its cards. Cards dropped
anywhere on it are placed there. What a column cannot do on its own it asks for by signal.
"""
from __future__ import annotations

import html
import json

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.common.text import clean
from app.plenum.themes import MAX_NAME, KeyPoint, Theme
from ui.plenum.point_model import POINT_MIME_TYPE, POINT_ROLE, PointsProxy
from ui.shell.retranslating import Retranslating
from ui.shell.style import make_quiet, quiet_color, scaled_font

#: A whole theme dragged by its handle: JSON {"theme": id}.
THEME_MIME_TYPE = "application/x-kvadrant-plenum-theme"
COLUMN_MIN_WIDTH = 250
COLUMN_MIN_HEIGHT = 230
SPACING = 10
COLUMN_COLOR = QColor("#eceff3")
TARGET_COLOR = QColor("#d6e6f7")


def dragged_theme(data: QMimeData | None) -> int | None:
    if data is None or not data.hasFormat(THEME_MIME_TYPE):
        return None
    try:
        return int(json.loads(bytes(data.data(THEME_MIME_TYPE).data()).decode("utf-8"))["theme"])
    except (ValueError, TypeError, KeyError):
        return None


def button_text(text: str) -> str:
    """``text`` on a button or menu as typed: a lone ``&`` would otherwise mark a shortcut letter."""
    return text.replace("&", "&&")


class PointView(QListView):
    """Cards that drag out (several at once) and take drops; empty, it says how cards get there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)  # without it a narrower list keeps its cards' old heights
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty_text = ""

    def selected_points(self) -> list[KeyPoint]:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        points = [self.model().index(row, 0).data(POINT_ROLE) for row in rows]
        return [p for p in points if isinstance(p, KeyPoint)]

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(quiet_color(self.palette()))
            painter.drawText(self.viewport().rect().adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)


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
        data = QMimeData()
        data.setData(THEME_MIME_TYPE, json.dumps({"theme": self.theme_id}).encode("utf-8"))
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.exec(Qt.DropAction.MoveAction)


class ThemeColumn(Retranslating, QFrame):
    """One theme: handle, name, count, tables, menu and its cards."""

    rename_requested = Signal(int, str)  # theme id, new name
    merge_requested = Signal(int, int)  # source theme id, target theme id
    split_requested = Signal(int)  # theme id: a new theme of its chosen cards
    move_requested = Signal(int, int)  # theme id, steps (-1 left, 1 right)
    remove_requested = Signal(int)  # theme id

    def __init__(self, model: PointsProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert model.theme_id is not None
        self.model = model
        self.theme_id: int = model.theme_id
        self._name = ""
        self._others: list[Theme] = []
        self._target = False
        self.setAcceptDrops(True)
        self.setMinimumSize(COLUMN_MIN_WIDTH, COLUMN_MIN_HEIGHT)

        self.handle = DragHandle(self.theme_id)
        self.handle.setFont(scaled_font(self, 1.3, bold=True))
        make_quiet(self.handle)
        self.name_edit = QLineEdit()
        self.name_edit.setFrame(False)
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setFont(scaled_font(self, 1.15, bold=True))
        self.name_edit.setStyleSheet("QLineEdit { background: transparent; } QLineEdit:focus { background: white; }")
        self.count_label = QLabel()
        self.count_label.setFont(scaled_font(self, 1.1, bold=True))
        self.menu_button = QToolButton()
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.menu = QMenu(self)
        self.split_action = self.menu.addAction("")
        self.merge_menu = self.menu.addMenu("")
        self.menu.addSeparator()
        self.left_action = self.menu.addAction("")
        self.right_action = self.menu.addAction("")
        self.menu.addSeparator()
        self.remove_action = self.menu.addAction("")
        self.menu_button.setMenu(self.menu)
        self.groups_label = QLabel()
        self.groups_label.setTextFormat(Qt.TextFormat.PlainText)
        make_quiet(self.groups_label)

        self.view = PointView()
        self.view.setModel(model)
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Base, COLUMN_COLOR)
        self.view.setPalette(palette)

        header = QHBoxLayout()
        header.setSpacing(4)
        header.addWidget(self.handle)
        header.addWidget(self.name_edit, 1)
        header.addWidget(self.count_label)
        header.addWidget(self.menu_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.groups_label)
        layout.addWidget(self.view, 1)

        self.name_edit.editingFinished.connect(self._name_edited)
        self.split_action.triggered.connect(lambda: self.split_requested.emit(self.theme_id))
        self.left_action.triggered.connect(lambda: self.move_requested.emit(self.theme_id, -1))
        self.right_action.triggered.connect(lambda: self.move_requested.emit(self.theme_id, 1))
        self.remove_action.triggered.connect(lambda: self.remove_requested.emit(self.theme_id))
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
    @property
    def name(self) -> str:
        return self._name

    def show_theme(self, theme: Theme, *, others: list[Theme], first: bool, last: bool) -> None:
        """Show the theme as read now; what the facilitator is typing is left alone."""
        self._name = theme.name
        self._others = others
        if not self.name_edit.hasFocus():
            self.name_edit.setText(theme.name)
            self.name_edit.setCursorPosition(0)
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

    def edit_name(self) -> None:
        """Put the cursor in the name, all of it chosen (a new theme is named by typing)."""
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _name_edited(self) -> None:
        name = clean(self.name_edit.text())
        if name != self._name:
            self.rename_requested.emit(self.theme_id, name)

    def reset_name(self) -> None:
        self.name_edit.setText(self._name)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TARGET_COLOR if self._target else COLUMN_COLOR)
        painter.drawRoundedRect(self.rect(), 8, 8)

    # -- drops on the column: cards are placed here, a theme merges into this one ---------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._drag_over(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._drag_over(event)

    def dragLeaveEvent(self, event: object) -> None:
        self._set_target(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_target(False)
        if self.drop(event.mimeData()):
            event.acceptProposedAction()

    def drop(self, data: QMimeData | None) -> bool:
        """Cards or a whole theme dropped on the column (what a drag-and-drop ends in)."""
        if not self._takes(data):
            return False
        source = dragged_theme(data)
        if source is not None:
            self.merge_requested.emit(source, self.theme_id)
            return True
        assert data is not None
        return self.model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, QModelIndex())

    def _drag_over(self, event: QDragMoveEvent) -> None:
        takes = self._takes(event.mimeData())
        if takes:
            event.acceptProposedAction()
        self._set_target(takes and dragged_theme(event.mimeData()) is not None)

    def _set_target(self, target: bool) -> None:
        if target != self._target:
            self._target = target
            self.update()

    def _takes(self, data: QMimeData | None) -> bool:
        if data is None:
            return False
        source = dragged_theme(data)
        if source is not None:
            return source != self.theme_id
        return data.hasFormat(POINT_MIME_TYPE) and self.model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0, QModelIndex())


class ThemeGrid(QWidget):
    """The columns in balanced rows: all in one row when the width allows, else e.g. 3 + 3."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(SPACING)
        self.columns: list[ThemeColumn] = []
        self._shape = (0, 0)
        self._width = 0
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_quiet(self.empty_label)

    def set_columns(self, columns: list[ThemeColumn]) -> None:
        if columns != self.columns:
            self.columns = columns
            self._relayout(force=True)

    def set_available_width(self, width: int) -> None:
        self._width = width
        self._relayout()

    def _relayout(self, *, force: bool = False) -> None:
        count = max(1, len(self.columns))
        fits = max(1, (self._width + SPACING) // (COLUMN_MIN_WIDTH + SPACING))
        rows = -(-count // fits)
        per_row = -(-count // rows)
        if (per_row, len(self.columns)) == self._shape and not force:
            return
        self._shape = (per_row, len(self.columns))
        while self._layout.count():
            self._layout.takeAt(0)
        self.empty_label.setVisible(not self.columns)
        if not self.columns:
            self._layout.addWidget(self.empty_label, 0, 0)
        for k, column in enumerate(self.columns):
            self._layout.addWidget(column, k // per_row, k % per_row)
            column.show()
        for c in range(max(per_row, self._layout.columnCount())):
            self._layout.setColumnStretch(c, 1 if c < per_row else 0)
        for r in range(max(rows, self._layout.rowCount())):
            self._layout.setRowStretch(r, 1 if r < rows else 0)


class ThemeScrollArea(QScrollArea):
    """Scrolls the columns up and down when the window is low, and tells the grid its width."""

    def __init__(self, grid: ThemeGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.setWidget(grid)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.grid.set_available_width(self.width() - self.verticalScrollBar().sizeHint().width())

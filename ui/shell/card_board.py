"""What the boards of cards in columns share (the evaluation's coding board, the plenum's theme
board): a list of cards that drags and takes drops, a column with a name typed over to rename
it, a count, a menu and its cards, the grid that lays the columns out in balanced rows, how a
card's box is painted, and the proxy model a drop goes through.

Each board keeps what is its own: what a card holds and how its text is drawn, what a drag
carries, and what a column shows beside its name.
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from app.common.text import clean
from ui.shell.retranslating import Retranslating
from ui.shell.style import quiet_color, scaled_font

ModelIndex = QModelIndex | QPersistentModelIndex

SPACING = 10  # between columns
COLUMN_COLOR = QColor("#eceff3")
TARGET_COLOR = QColor("#d6e6f7")  # a column something will merge into when dropped
CHIP_BACKGROUND, CHIP_TEXT = QColor("#e3ecf7"), QColor("#1d4775")
CARD_BORDER = QColor("#c9ced6")


def button_text(text: str) -> str:
    """``text`` on a button or menu as typed: a lone ``&`` would otherwise mark a shortcut letter."""
    return text.replace("&", "&&")


# -- what a drag carries ----------------------------------------------------------------------
def json_mime(mime_type: str, payload: object, text: str | None = None) -> QMimeData:
    """``payload`` as JSON under our own ``mime_type``, and ``text`` (if any) for anything else."""
    data = QMimeData()
    data.setData(mime_type, json.dumps(payload).encode("utf-8"))
    if text is not None:
        data.setText(text)
    return data


def json_payload(data: QMimeData | None, mime_type: str) -> Any:
    """What :func:`json_mime` packed; None when ``data`` is not ours. Damaged JSON raises
    ValueError, like the reading of its fields does."""
    if data is None or not data.hasFormat(mime_type):
        return None
    return json.loads(bytes(data.data(mime_type).data()).decode("utf-8"))


class DropProxy(QSortFilterProxyModel):
    """A filtered view of a board's cards that takes drops of ``MIME_TYPE``; the subclass says
    what a drag carries (``_decode``), which it takes (``_accepts``) and what a drop does
    (``_drop``, one undo step or a :class:`KvadrantError`)."""

    MIME_TYPE = ""

    #: A drop the core refused; carries the :class:`KvadrantError`.
    edit_failed = Signal(object)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        # A card dropped onto another card lands in the list it is in.
        return super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [self.MIME_TYPE]

    def supportedDragActions(self) -> Qt.DropAction:
        # Copy: the drop's edit moves the card; a move would ask the view to remove the row too.
        return Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex) -> bool:
        dragged = self._decode(data)
        return dragged is not None and self._accepts(dragged)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex) -> bool:
        dragged = self._decode(data)
        if dragged is None or not self._accepts(dragged):
            return False
        try:
            return self._drop(dragged)
        except KvadrantError as error:
            self.edit_failed.emit(error)
            return False

    def _decode(self, data: QMimeData | None) -> Any:
        raise NotImplementedError

    def _accepts(self, dragged: Any) -> bool:
        raise NotImplementedError

    def _drop(self, dragged: Any) -> bool:
        raise NotImplementedError


# -- a card ---------------------------------------------------------------------------------
def card_width(option: QStyleOptionViewItem, *, margin: int, minimum: int) -> int:
    """A card's width: the list's visible width (not the item's, which lags a resize) less its margins."""
    view = option.widget
    width = view.viewport().width() if isinstance(view, QWidget) and hasattr(view, "viewport") else option.rect.width()
    return max(minimum, width - 2 * margin)


def paint_card_box(painter: QPainter, option: QStyleOptionViewItem, *, margin: int, tint: float) -> QRect:
    """The white rounded card (tinted by ``tint`` of the highlight and outlined when chosen);
    returns its box. The application's palette: a column's list is tinted, its own Base would be too."""
    palette = QApplication.palette()
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    fill = palette.color(QPalette.ColorRole.Base)
    if selected:
        keep = round(1 - tint, 6)  # 0.85, not 0.8500000000000001
        fill = QColor(
            round(fill.red() * keep + highlight.red() * tint),
            round(fill.green() * keep + highlight.green() * tint),
            round(fill.blue() * keep + highlight.blue() * tint),
        )
    box = option.rect.adjusted(margin, margin, -margin, -margin)
    painter.setPen(QPen(highlight, 2) if selected else QPen(CARD_BORDER, 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(box, 5, 5)
    return box


class CardListView(QListView):
    """Cards that drag out and take drops; empty, it says how cards get there (``empty_text``)."""

    def __init__(self, parent: QWidget | None = None, *, several: bool = False) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        mode = QAbstractItemView.SelectionMode.ExtendedSelection if several else QAbstractItemView.SelectionMode.SingleSelection
        self.setSelectionMode(mode)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)  # without it a narrower list keeps its cards' old heights
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty_text = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(quiet_color(self.palette()))
            painter.drawText(self.viewport().rect().adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)


# -- a column -------------------------------------------------------------------------------
class BoardColumn(Retranslating, QFrame):
    """A column: a lead widget, its name (typed over to rename it), a count and a menu over its
    cards; cards dropped anywhere on it go through its model. The subclass adds its own menu
    entries, then calls :meth:`_finish_menu` and :meth:`_lay_out`."""

    rename_requested = Signal(int, str)  # column id, new name
    move_requested = Signal(int, int)  # column id, steps (-1 left, 1 right)
    remove_requested = Signal(int)  # column id

    def __init__(
        self,
        model: DropProxy,
        view: CardListView,
        *,
        column_id: int,
        max_name: int,
        fonts: tuple[float, float],
        parent: QWidget | None = None,
    ) -> None:
        """``fonts``: the name's and the count's size, against the column's own."""
        super().__init__(parent)
        self.model = model
        self.column_id = column_id
        self._name = ""
        self._target = False
        self.setAcceptDrops(True)

        self.name_edit = QLineEdit()
        self.name_edit.setFrame(False)
        self.name_edit.setMaxLength(max_name)
        self.name_edit.setFont(scaled_font(self, fonts[0], bold=True))
        self.name_edit.setStyleSheet("QLineEdit { background: transparent; } QLineEdit:focus { background: white; }")
        self.count_label = QLabel()
        self.count_label.setFont(scaled_font(self, fonts[1], bold=True))
        self.menu_button = QToolButton()
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.menu = QMenu(self)

        self.view = view
        self.view.setModel(model)
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Base, COLUMN_COLOR)
        self.view.setPalette(palette)
        self.name_edit.editingFinished.connect(self._name_edited)

    def _finish_menu(self) -> None:
        """Move left, move right and remove, after the subclass's own entries."""
        self.left_action = self.menu.addAction("")
        self.right_action = self.menu.addAction("")
        self.menu.addSeparator()
        self.remove_action = self.menu.addAction("")
        self.menu_button.setMenu(self.menu)
        self.left_action.triggered.connect(lambda: self.move_requested.emit(self.column_id, -1))
        self.right_action.triggered.connect(lambda: self.move_requested.emit(self.column_id, 1))
        self.remove_action.triggered.connect(lambda: self.remove_requested.emit(self.column_id))

    def _lay_out(self, lead: QWidget, rows: list[QWidget | QLayout], *, spacing: int, margins: tuple[int, int, int, int]) -> None:
        """The header (lead, name, count, menu), then ``rows``, then the cards."""
        header = QHBoxLayout()
        header.setSpacing(spacing)
        header.addWidget(lead)
        header.addWidget(self.name_edit, 1)
        header.addWidget(self.count_label)
        header.addWidget(self.menu_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*margins)
        layout.setSpacing(spacing)
        layout.addLayout(header)
        for row in rows:
            if isinstance(row, QLayout):
                layout.addLayout(row)
            else:
                layout.addWidget(row)
        layout.addWidget(self.view, 1)

    # -- the name -------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self._name

    def edit_name(self) -> None:
        """Put the cursor in the name, all of it chosen (a new column is named by typing)."""
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _show_name(self, name: str) -> None:
        """The name as read now; what the facilitator is typing is left alone."""
        self._name = name
        if not self.name_edit.hasFocus():
            self.name_edit.setText(name)
            self.name_edit.setCursorPosition(0)

    def _name_edited(self) -> None:
        name = clean(self.name_edit.text())
        if name != self._name:
            self.rename_requested.emit(self.column_id, name)

    def reset_name(self) -> None:
        self.name_edit.setText(self._name)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TARGET_COLOR if self._target else COLUMN_COLOR)
        painter.drawRoundedRect(self.rect(), 8, 8)

    # -- drops on the whole column ------------------------------------------------------------
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
        """Cards dropped on the column (what a drag-and-drop ends in)."""
        return data is not None and self._takes(data) and self.model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, QModelIndex())

    def _takes(self, data: QMimeData | None) -> bool:
        return (
            data is not None
            and data.hasFormat(self.model.MIME_TYPE)
            and self.model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
        )

    def _merges(self, data: QMimeData | None) -> bool:
        """Whether ``data`` dropped here would merge into this column (it is then shown as a target)."""
        return False

    def _drag_over(self, event: QDragMoveEvent) -> None:
        takes = self._takes(event.mimeData())
        if takes:
            event.acceptProposedAction()
        self._set_target(takes and self._merges(event.mimeData()))

    def _set_target(self, target: bool) -> None:
        if target != self._target:
            self._target = target
            self.update()


# -- the columns ------------------------------------------------------------------------------
class ColumnGrid(QWidget):
    """The columns in balanced rows: all in one row when the width allows, else e.g. 3 + 3;
    ``empty`` (if given) stands in their place while there are none."""

    def __init__(self, *, min_width: int, empty: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(SPACING)
        self._min_width = min_width
        self._empty = empty
        self._columns: list[QWidget] = []
        self._per_row = 0
        self._width = 0

    @property
    def columns(self) -> list[Any]:
        return list(self._columns)

    def set_columns(self, columns: list[Any]) -> None:
        if columns != self._columns:
            self._columns = columns
            self._relayout(force=True)

    def set_available_width(self, width: int) -> None:
        self._width = width
        self._relayout()

    def per_row(self) -> int:
        count = max(1, len(self._columns))
        fits = max(1, (self._width + SPACING) // (self._min_width + SPACING))
        rows = -(-count // fits)
        return -(-count // rows)

    def _relayout(self, *, force: bool = False) -> None:
        per_row = self.per_row()
        if per_row == self._per_row and not force:
            return
        self._per_row = per_row
        while self._layout.count():
            self._layout.takeAt(0)
        if self._empty is not None:
            self._empty.setVisible(not self._columns)
            if not self._columns:
                self._layout.addWidget(self._empty, 0, 0)
        for k, column in enumerate(self._columns):
            self._layout.addWidget(column, k // per_row, k % per_row)
            column.show()
        for c in range(max(per_row, self._layout.columnCount())):
            self._layout.setColumnStretch(c, 1 if c < per_row else 0)
        rows = -(-len(self._columns) // per_row)
        for r in range(max(rows, self._layout.rowCount())):
            self._layout.setRowStretch(r, 1 if r < rows else 0)


class ColumnScrollArea(QScrollArea):
    """Scrolls the columns up and down when the window is low, and tells the grid its width."""

    def __init__(self, grid: ColumnGrid, parent: QWidget | None = None) -> None:
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

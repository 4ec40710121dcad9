"""A category's column on the coding board, and the grid that lays the columns out.

A column shows its key (the number that files the focused card in it), its name (typed over to
rename it), how many cards it holds, its one-line finding ("Funn:", saved a moment after typing
stops) and its cards; a card dropped anywhere on it is filed there. What a column cannot do on
its own (renaming, saving the finding, moving or removing itself) it asks for by signal.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from app.evaluation.coding import MAX_FINDING, MAX_NAME, Category
from ui.evaluation.card_delegate import CardDelegate
from ui.evaluation.card_model import CARD_ID_ROLE, CARD_MIME_TYPE, CategoryCardsModel
from ui.shell.retranslating import Retranslating
from ui.shell.style import make_quiet, quiet_color, scaled_font

#: How long the finding waits after the last key before it is saved.
FINDING_DELAY_MS = 600
COLUMN_MIN_WIDTH = 215
COLUMN_MIN_HEIGHT = 250
SPACING = 10
COLUMN_COLOR = QColor("#eceff3")


class CardView(QListView):
    """A list of cards that drags out and takes drops; what each key does the owner decides."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)  # without it a narrower list keeps its cards' old heights
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def current_card_id(self) -> int | None:
        value = self.currentIndex().data(CARD_ID_ROLE)
        return value if isinstance(value, int) else None


class ColumnCardView(CardView):
    """A column's cards; Delete takes the current one out of the column. Empty, it says how
    cards get there."""

    take_out_requested = Signal(int)  # card id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(quiet_color(self.palette()))
            painter.drawText(self.viewport().rect().adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        card_id = self.current_card_id()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and card_id is not None:
            self.take_out_requested.emit(card_id)
            event.accept()
            return
        super().keyPressEvent(event)


class CategoryColumn(Retranslating, QFrame):
    """One category: key, name, count, finding and its cards."""

    rename_requested = Signal(int, str)  # category id, new name
    finding_edited = Signal(int, str, str)  # category id, before, after
    move_requested = Signal(int, int)  # category id, steps (-1 left, 1 right)
    remove_requested = Signal(int)  # category id
    take_out_requested = Signal(int, int)  # card id, category id

    def __init__(self, model: CategoryCardsModel, delegate: CardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.category_id = model.category_id
        self._name = ""
        self._known_finding = ""  # the finding as last read or saved; a different one came from elsewhere
        self._number = 1
        self.setAcceptDrops(True)
        self.setMinimumSize(COLUMN_MIN_WIDTH, COLUMN_MIN_HEIGHT)

        self.key_label = QLabel()
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setFixedSize(QSize(26, 26))
        self.key_label.setStyleSheet("background: #2f5f8f; color: white; border-radius: 5px; font-weight: bold;")
        self.name_edit = QLineEdit()
        self.name_edit.setFrame(False)
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setFont(scaled_font(self, 1.1, bold=True))
        self.name_edit.setStyleSheet("QLineEdit { background: transparent; } QLineEdit:focus { background: white; }")
        self.count_label = QLabel()
        self.count_label.setFont(scaled_font(self, 1.05, bold=True))
        self.menu_button = QToolButton()
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.menu = QMenu(self)
        self.left_action = self.menu.addAction("")
        self.right_action = self.menu.addAction("")
        self.menu.addSeparator()
        self.remove_action = self.menu.addAction("")
        self.menu_button.setMenu(self.menu)

        self.finding_label = QLabel()
        make_quiet(self.finding_label)
        self.finding_edit = QLineEdit()
        self.finding_edit.setMaxLength(MAX_FINDING)
        self.finding_edit.setAcceptDrops(False)
        self._finding_timer = QTimer(self)
        self._finding_timer.setSingleShot(True)
        self._finding_timer.setInterval(FINDING_DELAY_MS)

        self.view = ColumnCardView()
        self.view.setModel(model)
        self.view.setItemDelegate(delegate)
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Base, COLUMN_COLOR)
        self.view.setPalette(palette)

        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.key_label)
        header.addWidget(self.name_edit, 1)
        header.addWidget(self.count_label)
        header.addWidget(self.menu_button)
        finding = QHBoxLayout()
        finding.setSpacing(6)
        finding.addWidget(self.finding_label)
        finding.addWidget(self.finding_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addLayout(finding)
        layout.addWidget(self.view, 1)

        self.name_edit.editingFinished.connect(self._name_edited)
        self.finding_edit.textEdited.connect(self._finding_timer.start)
        self.finding_edit.editingFinished.connect(self.save_finding)
        self._finding_timer.timeout.connect(self.save_finding)
        self.left_action.triggered.connect(lambda: self.move_requested.emit(self.category_id, -1))
        self.right_action.triggered.connect(lambda: self.move_requested.emit(self.category_id, 1))
        self.remove_action.triggered.connect(lambda: self.remove_requested.emit(self.category_id))
        self.view.take_out_requested.connect(lambda card_id: self.take_out_requested.emit(card_id, self.category_id))
        self._retranslate()

    def _retranslate(self) -> None:
        self.finding_label.setText(self.tr("Funn:"))
        self.finding_edit.setPlaceholderText(self.tr("Ett funn i én setning"))
        self.menu_button.setToolTip(self.tr("Flytt eller fjern kategorien"))
        self.left_action.setText(self.tr("Flytt til venstre"))
        self.right_action.setText(self.tr("Flytt til høyre"))
        self.remove_action.setText(self.tr("Fjern kategorien …"))
        self.view.setToolTip(self.tr("Dra et kort hit for å legge det i kategorien. Delete tar det ut igjen."))
        self._update_empty_text()

    # -- contents -----------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self._name

    def show_category(self, category: Category, *, number: int, count: int, last: bool) -> None:
        """Show the category as read now; what the facilitator is typing is left alone."""
        self._name = category.name
        if not self.name_edit.hasFocus():
            self.name_edit.setText(category.name)
            self.name_edit.setCursorPosition(0)
        tip = self.tr("{name}: skriv for å gi kategorien nytt navn").format(name=category.name)
        self.name_edit.setToolTip(f"<p>{html.escape(tip)}</p>")
        if category.finding != self._known_finding and not self._finding_timer.isActive():
            self._known_finding = category.finding
            self.finding_edit.setText(category.finding)
            self.finding_edit.setCursorPosition(0)
        # A tooltip that looks like markup is read as markup: escaped, it shows as typed.
        self.finding_edit.setToolTip(f"<p>{html.escape(category.finding)}</p>" if category.finding else "")
        self.key_label.setText(str(number) if number <= 9 else "")
        self.key_label.setVisible(number <= 9)
        self._number = number
        self._update_empty_text()
        self.count_label.setText(str(count))
        self.count_label.setToolTip(self.tr("%n kort", "", count))
        self.left_action.setEnabled(number > 1)
        self.right_action.setEnabled(not last)

    def _update_empty_text(self) -> None:
        if self._number <= 9:
            self.view.empty_text = self.tr("Dra kort hit, eller trykk {number} på et kort i listen").format(number=self._number)
        else:
            self.view.empty_text = self.tr("Dra kort hit")
        self.view.viewport().update()

    def edit_name(self) -> None:
        """Put the cursor in the name, all of it chosen (a new column is named by typing)."""
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _name_edited(self) -> None:
        name = clean(self.name_edit.text())
        if name != self._name:
            self.rename_requested.emit(self.category_id, name)

    def reset_name(self) -> None:
        self.name_edit.setText(self._name)

    def save_finding(self) -> None:
        """Save what is typed now (the pause after typing, leaving the field, or the file closing)."""
        self._finding_timer.stop()
        after = clean(self.finding_edit.text())[:MAX_FINDING]
        if after != self._known_finding:
            before, self._known_finding = self._known_finding, after
            self.finding_edited.emit(self.category_id, before, after)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(COLUMN_COLOR)
        painter.drawRoundedRect(self.rect(), 8, 8)

    # -- drops on the header and the finding --------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._takes(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._takes(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self._takes(event) and self.model.dropMimeData(event.mimeData(), Qt.DropAction.CopyAction, -1, 0, QModelIndex()):
            event.acceptProposedAction()

    def _takes(self, event: QDropEvent) -> bool:
        data = event.mimeData()
        return data is not None and data.hasFormat(CARD_MIME_TYPE) and self.model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0, QModelIndex())


class ColumnGrid(QWidget):
    """The columns in balanced rows: all in one row when the width allows, else e.g. 3 + 3."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(SPACING)
        self._columns: list[CategoryColumn] = []
        self._per_row = 0
        self._width = 0

    @property
    def columns(self) -> list[CategoryColumn]:
        return list(self._columns)

    def set_columns(self, columns: list[CategoryColumn]) -> None:
        if columns != self._columns:
            self._columns = columns
            self._relayout(force=True)

    def set_available_width(self, width: int) -> None:
        self._width = width
        self._relayout()

    def per_row(self) -> int:
        count = max(1, len(self._columns))
        fits = max(1, (self._width + SPACING) // (COLUMN_MIN_WIDTH + SPACING))
        rows = -(-count // fits)
        return -(-count // rows)

    def _relayout(self, *, force: bool = False) -> None:
        per_row = self.per_row()
        if per_row == self._per_row and not force:
            return
        self._per_row = per_row
        while self._layout.count():
            self._layout.takeAt(0)
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


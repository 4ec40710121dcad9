"""The Grupper section: the table plan of 1. or 4. kvadrant as cards side by side, with drag and
drop, locks, speaking order, ordstyrer and referent, check-in at the door, and printing.

Every change goes through the session (one undo command each, so Ctrl+Z works everywhere); the
session says what changed (``groups_changed``) and this view reads the current plan again and
hands each card its table, so only cards and rows that differ are redrawn.
"""
from __future__ import annotations

import html
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Callable, Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.groups.plans import DEFAULT_SIZE, GroupsChanged, MovedPerson, Plan, Table
from app.common.messages import KvadrantError, Message
from app.referent.qr import card_links
from app.common.roles import KULTURSKOLEEIER, KULTURSKOLELEDER, RESSURSLAERER, VEILEDER
from app.conference_file.storage import check_header
from ui.participants.checkin_panel import CheckInPanel
from ui.shell.conference_session import ConferenceSession
from ui.shell.dialog_buttons import accept_cancel_buttons
from ui.shell.formatting import format_time, role_name
from ui.groups.group_model import (
    MEMBER_ROLE,
    ORDSTYRER_ROLE,
    REFERENT_ROLE,
    ROLE_TAG_ROLE,
    SPEAKING_NUMBER_ROLE,
    GroupTableModel,
)
from ui.shell.i18n import ui_language
from ui.shell.messages import confirm, message_text, show_error, show_warning
from ui.shell.style import make_quiet, quiet_color, scaled_font
from ui.shell.changes import Changes

#: Dark orange: rule breaks and warnings, readable on white (contrast above 5:1).
WARNING_COLOR = QColor("#a23c00")
#: The calm yellow of the "who moved where" bar.
NOTICE_BACKGROUND = QColor("#fff6d5")
NOTICE_BORDER = QColor("#dcc167")
#: Role tags: (background, text).
ROLE_COLORS: dict[str, tuple[str, str]] = {
    KULTURSKOLEEIER: ("#dde9f7", "#1d4775"),
    KULTURSKOLELEDER: ("#dcefdf", "#21582c"),
    RESSURSLAERER: ("#f7e8d2", "#6e4209"),
    VEILEDER: ("#ebe2f4", "#55337a"),
}
OTHER_ROLE_COLORS = ("#e9e9e9", "#404040")
#: A card is never narrower than this; the grid fits as many columns as the width allows.
CARD_MIN_WIDTH = 250
CARD_SPACING = 12
#: What the spin box allows: people per table, or tables.
SPIN_RANGES = {"size": (2, 40), "tables": (1, 200)}
#: At most this many plan warnings above the grid; the rest in the tooltip.
MAX_WARNINGS_SHOWN = 3
#: At most this many check-ins in the "who moved where" bar.
MAX_NOTICES = 3


def lock_pixmap(locked: bool, color: QColor, size: int = 14) -> QPixmap:
    """A small padlock, closed or open, drawn so it needs no icon theme."""
    ratio = QApplication.instance().devicePixelRatio() if QApplication.instance() else 1.0  # type: ignore[attr-defined]
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, max(1.4, size / 9))
    painter.setPen(pen)
    body = QRectF(size * 0.18, size * 0.46, size * 0.64, size * 0.48)
    shackle = QPainterPath()
    left, right = size * 0.32, size * 0.68
    top = size * 0.08
    shackle.moveTo(left, body.top())
    shackle.lineTo(left, size * 0.3)
    shackle.arcTo(QRectF(left, top, right - left, (right - left)), 180, -180)
    if locked:
        shackle.lineTo(right, body.top())
    else:
        shackle.lineTo(right, size * 0.22)
    painter.drawPath(shackle)
    painter.setBrush(color)
    painter.drawRoundedRect(body, 1.5, 1.5)
    painter.end()
    return pixmap


def lock_icon(locked: bool, color: QColor) -> QIcon:
    return QIcon(lock_pixmap(locked, color, 16))


def plan_message_text(message: Message) -> str:
    """A rule break or plan warning in the interface's language; a role in it by its name.

    The core puts the stored role code ("kulturskoleeier") into ``table_role_count``; shown
    as is, English would read "3 kulturskoleeier (expected 1–2)".
    """
    role = message.params.get("role")
    if isinstance(role, str) and role:
        message = Message(message.code, {**message.params, "role": role_name(role).lower()})
    return message_text(message)


def _sizes(smallest: int, largest: int) -> str:
    return str(smallest) if smallest == largest else f"{smallest}–{largest}"


# -- one member row --------------------------------------------------------------------------
class MemberDelegate(QStyledItemDelegate):
    """A member on two lines: speaking number, name and role tag; municipality, O/R and lock."""

    PADDING = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(CARD_MIN_WIDTH - 30, metrics.height() * 2 + self.PADDING * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        member = index.data(MEMBER_ROLE)
        if member is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = text_color if selected else quiet_color(palette)
        if not member.present:
            text_color = quiet

        painter.save()
        rect = option.rect.adjusted(6, self.PADDING, -6, -self.PADDING)
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.86)
        small_metrics = QFontMetrics(small)

        # speaking number
        number_width = metrics.horizontalAdvance("00")
        painter.setFont(small)
        painter.setPen(quiet)
        painter.drawText(
            QRect(rect.left(), rect.top(), number_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(index.data(SPEAKING_NUMBER_ROLE) or ""),
        )
        left = rect.left() + number_width + 8

        # role tag, right on the first line
        tag = str(index.data(ROLE_TAG_ROLE) or "")
        tag_left = rect.right()
        if tag:
            background, foreground = ROLE_COLORS.get(member.role, OTHER_ROLE_COLORS)
            tag = small_metrics.elidedText(tag, Qt.TextElideMode.ElideRight, 90)
            tag_width = small_metrics.horizontalAdvance(tag) + 10
            tag_rect = QRect(rect.right() - tag_width + 1, rect.top() + 1, tag_width, line - 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(tag_rect, 4, 4)
            painter.setPen(QColor(foreground))
            painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)
            tag_left = tag_rect.left() - 6

        # name
        name_font = QFont(font)
        name_font.setStrikeOut(not member.present)
        painter.setFont(name_font)
        painter.setPen(text_color)
        name_rect = QRect(left, rect.top(), max(10, tag_left - left), line)
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(name_font).elidedText(member.name, Qt.TextElideMode.ElideRight, name_rect.width()),
        )

        # second line, right: lock, referent, ordstyrer
        second_top = rect.top() + line
        x = rect.right()
        if member.locked:
            pixmap = lock_pixmap(True, quiet if not selected else text_color, 13)
            x -= 13
            painter.drawPixmap(QPoint(x, second_top + (line - 13) // 2), pixmap)
            x -= 6
        for is_it, letter in ((index.data(REFERENT_ROLE), "R"), (index.data(ORDSTYRER_ROLE), "O")):
            if not is_it:
                continue
            badge = QRect(x - line + 2, second_top + 1, line - 2, line - 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.HighlightedText) if selected else QColor("#2f5f8f"))
            painter.drawEllipse(badge)
            bold = QFont(small)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight) if selected else QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, letter)
            x = badge.left() - 4

        # second line: municipality (and kommunegruppe when it differs)
        painter.setFont(small)
        painter.setPen(quiet)
        where = member.municipality
        if member.kommunegruppe and member.kommunegruppe.casefold() != member.municipality.casefold():
            where = f"{member.municipality} ({member.kommunegruppe})"
        where_rect = QRect(left, second_top, max(10, x - 4 - left), line)
        painter.drawText(
            where_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(where, Qt.TextElideMode.ElideRight, where_rect.width()),
        )
        painter.restore()


class MemberListView(QListView):
    """The members of one table: drag them out or within; Alt+Up/Down moves in the speaking order."""

    reorder_requested = Signal(int, int)  # participant id, steps

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setMouseTracking(True)
        self.setItemDelegate(MemberDelegate(self))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.empty_text = ""

    def row_height(self) -> int:
        return self.fontMetrics().height() * 2 + MemberDelegate.PADDING * 2 + 2

    def fit_height(self) -> None:
        """Tall enough for every member (the grid scrolls, not the card), and one row when empty."""
        rows = self.model().rowCount() if self.model() is not None else 0
        self.setFixedHeight(max(1, rows) * self.row_height() + 6)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            index = self.currentIndex()
            pid = index.data(MEMBER_ROLE).participant_id if index.isValid() and index.data(MEMBER_ROLE) else None
            if pid is not None:
                self.reorder_requested.emit(pid, -1 if event.key() == Qt.Key.Key_Up else 1)
                event.accept()
                return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(quiet_color(self.palette()))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)


# -- one table ---------------------------------------------------------------------------------
class TableCard(QFrame):
    """One table: its name and size, a lock for the whole table, its rule breaks, its members."""

    lock_toggled = Signal(object, bool)  # card, locked
    merge_requested = Signal(object)  # card
    member_menu_requested = Signal(object, object, object)  # card, QModelIndex, global QPoint
    card_menu_requested = Signal(object, object)  # card, global QPoint
    edit_failed = Signal(object)  # KvadrantError

    def __init__(self, session: ConferenceSession, table: Table, *, kvadrant: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableCard")
        self.kvadrant = kvadrant
        self.single = False
        self.model = GroupTableModel(session, table, kvadrant=kvadrant, parent=self)

        self.title_label = QLabel()
        title_font = scaled_font(self, 1.12, bold=True)
        self.title_label.setFont(title_font)
        self.size_label = QLabel()
        make_quiet(self.size_label)
        self.lock_button = QToolButton()
        self.lock_button.setCheckable(True)
        self.lock_button.setAutoRaise(True)
        self.lock_button.setIconSize(QSize(16, 16))
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.merge_button = QPushButton()
        self.merge_button.setVisible(False)
        self.view = MemberListView()
        self.view.setModel(self.model)

        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.title_label)
        header.addWidget(self.size_label, 1)
        header.addWidget(self.lock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.view)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.lock_button.clicked.connect(self._lock_clicked)
        self.merge_button.clicked.connect(self._merge_clicked)
        self.view.customContextMenuRequested.connect(self._view_menu)
        self.view.reorder_requested.connect(self._reorder)
        self.customContextMenuRequested.connect(self._card_menu)
        self.model.edit_failed.connect(self.edit_failed)
        self.model.modelReset.connect(self.view.fit_height)
        self._apply_style()
        self._retranslate()

    @property
    def table(self) -> Table:
        return self.model.table

    def title(self) -> str:
        table = self.table
        if self.kvadrant == 4:
            return table.label or self.tr("Gruppe {number}").format(number=table.number)
        return self.tr("Bord {number}").format(number=table.number)

    def short_name(self) -> str:
        """How undo texts and menus name this table: "bord 7", "Sunnfjord"."""
        table = self.table
        if self.kvadrant == 4:
            return table.label or self.tr("gruppe {number}").format(number=table.number)
        return self.tr("bord {number}").format(number=table.number)

    def set_table(self, table: Table, *, single: bool = False) -> None:
        self.model.set_table(table)
        self.single = single
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        table = self.table
        present = sum(1 for m in table.members if m.present)
        self.title_label.setText(self.title())
        people = self.tr("1 person") if present == 1 else self.tr("{n} personer").format(n=present)
        if self.kvadrant == 4:
            size = people  # the group is known by its name; its number is in the tooltip
            self.title_label.setToolTip(self.tr("Gruppe {number}").format(number=table.number))
        elif table.label:
            size = role_name(table.label) + " · " + people
        else:
            size = people
        self.size_label.setText(size)
        self.lock_button.setChecked(table.locked)
        self.lock_button.setIcon(lock_icon(table.locked, self._lock_color(table.locked)))
        if table.locked:
            self.lock_button.setToolTip(self.tr("Bordet er låst: alle her beholder plassen ved nytt forslag. Klikk for å låse opp."))
        else:
            self.lock_button.setToolTip(self.tr("Lås bordet: alle her beholder plassen ved nytt forslag og ved innsjekking."))
        self.lock_button.setAccessibleName(self.tr("Lås bordet"))
        problems = [plan_message_text(p) for p in table.problems]
        if self.single:
            problems.insert(0, self.tr("Bare én deltaker – slå sammen med en annen gruppe."))
        self.problems_label.setText(
            "".join(f"<div style='color:{WARNING_COLOR.name()}'>⚠ {html.escape(text)}</div>" for text in problems)
        )
        self.problems_label.setVisible(bool(problems))
        self.merge_button.setText(self.tr("Slå sammen med…"))
        self.merge_button.setVisible(self.single)
        self.view.empty_text = self.tr("Ingen her – dra noen hit")
        self.view.fit_height()
        self._apply_style()

    def _lock_color(self, locked: bool) -> QColor:
        return QColor("#2f5f8f") if locked else quiet_color(self.palette())

    def _apply_style(self) -> None:
        border = "#2f5f8f" if self.table.locked else ("#d08a4a" if self.single else "#cdd1d6")
        width = 2 if self.table.locked or self.single else 1
        self.setStyleSheet(
            f"QFrame#tableCard {{ background: palette(base); border: {width}px solid {border}; border-radius: 6px; }}"
        )

    def _lock_clicked(self, checked: bool) -> None:
        self.lock_button.setChecked(self.table.locked)  # the plan decides; it comes back refreshed
        self.lock_toggled.emit(self, checked)

    def _merge_clicked(self) -> None:
        self.merge_requested.emit(self)

    def _view_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            index = self.view.currentIndex()
            if index.isValid():
                pos = self.view.visualRect(index).center()
        if index.isValid():
            self.member_menu_requested.emit(self, index, self.view.viewport().mapToGlobal(pos))
        else:
            self.card_menu_requested.emit(self, self.view.viewport().mapToGlobal(pos))

    def _card_menu(self, pos: QPoint) -> None:
        self.card_menu_requested.emit(self, self.mapToGlobal(pos))

    def _reorder(self, participant_id: int, steps: int) -> None:
        self.model.move_within(participant_id, steps)
        row = self.model.row_of(participant_id)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def select(self, participant_id: int) -> None:
        row = self.model.row_of(participant_id)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))


class CardGrid(QWidget):
    """The cards in rows, as many columns as the width allows (4 at 1366 px, 6 at 1920 px)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 4, 8)
        self._layout.setSpacing(CARD_SPACING)
        self._cards: list[TableCard] = []
        self._columns = 0

    @property
    def cards(self) -> list[TableCard]:
        return list(self._cards)

    @property
    def columns(self) -> int:
        return self._columns

    def set_cards(self, cards: list[TableCard]) -> None:
        if cards == self._cards:
            return
        self._cards = list(cards)
        self._relayout()

    def set_available_width(self, width: int) -> None:
        columns = max(1, (width - 4 + CARD_SPACING) // (CARD_MIN_WIDTH + CARD_SPACING))
        if columns != self._columns:
            self._columns = columns
            self._relayout()

    def _relayout(self) -> None:
        while self._layout.count():
            self._layout.takeAt(0)
        columns = max(1, self._columns)
        for k, card in enumerate(self._cards):
            self._layout.addWidget(card, k // columns, k % columns, Qt.AlignmentFlag.AlignTop)
            card.show()
        for column in range(max(columns, self._layout.columnCount())):
            self._layout.setColumnStretch(column, 1 if column < columns else 0)
        rows = -(-len(self._cards) // columns)
        for row in range(self._layout.rowCount()):
            self._layout.setRowStretch(row, 0)
        self._layout.setRowStretch(rows, 1)


class CardScrollArea(QScrollArea):
    """Scrolls the card grid and tells it how wide it may be."""

    def __init__(self, grid: CardGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.setWidget(grid)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The scroll bar's width is always set aside, so its coming and going cannot change the columns.
        self.grid.set_available_width(self.width() - self.verticalScrollBar().sizeHint().width())


class NoticeBar(QFrame):
    """Who moved where at the latest check-ins; stays until the facilitator closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet(
            f"QFrame#noticeBar {{ background: {NOTICE_BACKGROUND.name()}; border: 1px solid {NOTICE_BORDER.name()};"
            " border-radius: 5px; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet("color: #2b2100;")
        font = scaled_font(self, 1.08)
        self.label.setFont(font)
        self.close_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._entries: list[str] = []
        self.close_button.clicked.connect(self.dismiss)
        self.setVisible(False)

    @property
    def entries(self) -> list[str]:
        return list(self._entries)

    def add(self, entry_html: str) -> None:
        """Put a check-in on top; older ones stay below it, quieter, until the bar is closed."""
        self._entries.insert(0, entry_html)
        del self._entries[MAX_NOTICES:]
        older = "".join(f"<div style='color:#6b5a1e; margin-top:4px'>{entry}</div>" for entry in self._entries[1:])
        self.label.setText(f"<div>{self._entries[0]}</div>{older}")
        self.setVisible(True)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """A wrapped rich-text label does not ask for its height in a layout; give it by hand."""
        margins = self.layout().contentsMargins()
        spacing = max(0, self.layout().spacing())
        width = self.width() - margins.left() - margins.right() - self.close_button.sizeHint().width() - spacing
        height = self.label.heightForWidth(width) if width > 50 else -1
        if height > 0:
            self.setFixedHeight(max(height + 4, self.close_button.sizeHint().height()) + margins.top() + margins.bottom())

    def dismiss(self) -> None:
        self._entries.clear()
        self.label.clear()
        self.setVisible(False)

    def plain_text(self) -> str:
        return self.label.text()


class MergeDialog(QDialog):
    """Choose the group a kommunegruppe of one should join."""

    def __init__(self, source: Table, tables: Iterable[Table], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Slå sammen grupper"))
        name = source.label or self.tr("gruppe {number}").format(number=source.number)
        self.text_label = QLabel(self.tr("Hvilken gruppe skal {name} sitte sammen med?").format(name=name))
        self.text_label.setWordWrap(True)
        self.list = QListWidget()
        for table in sorted(tables, key=lambda t: (t.label.casefold(), t.number)):
            if table.id == source.id or not table.members:
                continue
            count = sum(1 for m in table.members if m.present)
            item = QListWidgetItem(
                self.tr("{name} (gruppe {number}, {n} personer)").format(
                    name=table.label or self.tr("gruppe {number}").format(number=table.number),
                    number=table.number,
                    n=count,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, table.id)
            self.list.addItem(item)
        buttons, self.accept_button = accept_cancel_buttons(self, self.tr("Slå sammen"))
        self.accept_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.list.itemDoubleClicked.connect(self.accept)
        self.resize(420, 460)

    def _row_chosen(self, row: int) -> None:
        self.accept_button.setEnabled(row >= 0)

    def chosen_group_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


# -- the section ---------------------------------------------------------------------------------
class GroupsView(QWidget):
    """The Grupper section."""

    #: A short confirmation for the status bar ("Nytt forslag … Angre med Ctrl+Z.").
    status_message = Signal(str)

    def __init__(
        self,
        session: ConferenceSession,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._now = session.clock.now
        self._kvadrant = 1
        self._plan: Plan | None = None
        self._cards: dict[int, TableCard] = {}
        self._history_files: list[Path] = []
        self._spin_values = {"size": DEFAULT_SIZE, "tables": 18}

        # row 1: kvadrant and how to make the plan
        self.k1_button = QPushButton()
        self.k4_button = QPushButton()
        self.kvadrant_buttons = QButtonGroup(self)
        for number, button in ((1, self.k1_button), (4, self.k4_button)):
            button.setCheckable(True)
            self.kvadrant_buttons.addButton(button, number)
        self.k1_button.setChecked(True)
        self.size_mode_combo = QComboBox()
        self.size_spin = QSpinBox()
        self.size_spin.setRange(*SPIN_RANGES["size"])
        self.size_spin.setValue(DEFAULT_SIZE)
        self.size_spin.setMinimumWidth(64)
        self.by_role_check = QCheckBox()
        self.history_button = QPushButton()
        self.history_label = QLabel()
        make_quiet(self.history_label)
        self.history_clear_button = QToolButton()
        self.history_clear_button.setText("✕")
        self.history_clear_button.setAutoRaise(True)
        self.k4_hint = QLabel()
        make_quiet(self.k4_hint)
        self.make_button = QPushButton()
        make_font = scaled_font(self, 1.08, bold=True)
        self.make_button.setFont(make_font)
        self.make_button.setMinimumWidth(150)
        self.make_button.setMinimumHeight(32)

        # row 2: the figures, printing, the check-in panel
        self.figures_label = QLabel()
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        self.figures_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table_cards_action = QAction(self)
        self.find_table_action = QAction(self)
        #: The same two, named for the main window's Fil menu.
        self.print_cards_menu_action = QAction(self)
        self.print_find_menu_action = QAction(self)
        self.print_button = QPushButton()
        print_menu = QMenu(self)
        print_menu.addAction(self.table_cards_action)
        print_menu.addAction(self.find_table_action)
        self.print_button.setMenu(print_menu)
        self.checkin_button = QPushButton()
        self.checkin_button.setCheckable(True)

        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.notice_bar = NoticeBar()

        self.grid = CardGrid()
        self.scroll = CardScrollArea(self.grid)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_quiet(self.empty_label)
        empty_font = scaled_font(self, 1.15)
        self.empty_label.setFont(empty_font)
        self.plan_stack = QStackedWidget()
        self.plan_stack.addWidget(self.empty_label)
        self.plan_stack.addWidget(self.scroll)
        self.checkin_panel = CheckInPanel(session)
        self.checkin_panel.setMinimumWidth(250)
        self.checkin_panel.setVisible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.plan_stack)
        self.splitter.addWidget(self.checkin_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)

        kvadrants = QHBoxLayout()
        kvadrants.setSpacing(0)
        kvadrants.addWidget(self.k1_button)
        kvadrants.addWidget(self.k4_button)
        self.k1_options = QWidget()
        options = QHBoxLayout(self.k1_options)
        options.setContentsMargins(0, 0, 0, 0)
        options.setSpacing(6)
        options.addWidget(self.size_mode_combo)
        options.addWidget(self.size_spin)
        options.addSpacing(12)
        options.addWidget(self.by_role_check)
        options.addSpacing(12)
        options.addWidget(self.history_button)
        options.addWidget(self.history_label)
        options.addWidget(self.history_clear_button)
        row1 = QHBoxLayout()
        row1.setSpacing(8)
        row1.addLayout(kvadrants)
        row1.addSpacing(16)
        row1.addWidget(self.k1_options)
        row1.addWidget(self.k4_hint)
        row1.addStretch(1)
        row1.addWidget(self.make_button)
        row2 = QHBoxLayout()
        row2.setSpacing(8)
        row2.addWidget(self.figures_label, 1)
        row2.addWidget(self.print_button)
        row2.addWidget(self.checkin_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.notice_bar)
        layout.addWidget(self.splitter, 1)

        self.kvadrant_buttons.idClicked.connect(self.set_kvadrant)
        self.size_mode_combo.currentIndexChanged.connect(self._size_mode_chosen)
        self.size_spin.valueChanged.connect(self._spin_changed)
        self.history_button.clicked.connect(self.choose_history_files)
        self.history_clear_button.clicked.connect(self._clear_history)
        self.make_button.clicked.connect(self.make_groups)
        self.table_cards_action.triggered.connect(self.print_table_cards)
        self.find_table_action.triggered.connect(self.print_find_your_table)
        self.print_cards_menu_action.triggered.connect(self.print_table_cards)
        self.print_find_menu_action.triggered.connect(self.print_find_your_table)
        self.checkin_button.toggled.connect(self.show_checkin)
        self.checkin_panel.model.edit_failed.connect(self._show_edit_error, Qt.ConnectionType.QueuedConnection)
        session.changed.connect(self._changed)
        session.file_opened.connect(self._file_opened)
        session.file_closed.connect(self._file_closed)

        self._retranslate()
        self.refresh()

    # -- texts -----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.k1_button.setText(self.tr("1. kvadrant"))
        self.k4_button.setText(self.tr("4. kvadrant"))
        self.k1_button.setToolTip(self.tr("Møte med andres praksis: bord på tvers av kommuner"))
        self.k4_button.setToolTip(self.tr("Hver kommunegruppe sitter sammen"))
        mode = self.size_mode_combo.currentIndex()
        self.size_mode_combo.blockSignals(True)
        self.size_mode_combo.clear()
        self.size_mode_combo.addItem(self.tr("Bordstørrelse"), "size")
        self.size_mode_combo.addItem(self.tr("Antall bord"), "tables")
        self.size_mode_combo.setCurrentIndex(max(mode, 0))
        self.size_mode_combo.blockSignals(False)
        self.size_spin.setAccessibleName(self.size_mode_combo.currentText())
        self.by_role_check.setText(self.tr("Etter rolle"))
        self.by_role_check.setToolTip(self.tr("Eiere, ledere og ressurslærere ved hvert sitt bord; veiledere spres"))
        self.history_button.setText(self.tr("Unngå gjentak fra fil…"))
        self.history_button.setToolTip(
            self.tr("Velg tidligere konferansefiler, så sitter ikke de samme sammen igjen")
        )
        self.history_clear_button.setToolTip(self.tr("Ikke bruk filene"))
        self.k4_hint.setText(self.tr("Hver kommunegruppe sitter sammen; veiledere hos kommunene de veileder."))
        self.print_button.setText(self.tr("Skriv ut"))
        self.table_cards_action.setText(self.tr("Bordkort (PDF)…"))
        self.find_table_action.setText(self.tr("Finn ditt bord (PDF)…"))
        self.print_cards_menu_action.setText(self.tr("Skriv ut &bordkort…"))
        self.print_find_menu_action.setText(self.tr("Skriv ut «&Finn ditt bord»…"))
        self.checkin_button.setText(self.tr("Innsjekking"))
        self.checkin_button.setToolTip(self.tr("Vis listen for å sjekke inn dem som kommer"))
        self.notice_bar.close_button.setText(self.tr("Lukk"))
        self._update_history_label()
        self._update_controls()
        self._update_summary()
        self._update_empty_text()

    def _update_controls(self) -> None:
        k1 = self._kvadrant == 1
        self.k1_options.setVisible(k1)
        self.k4_hint.setVisible(not k1)
        self.make_button.setText(self.tr("Nytt forslag") if self._plan is not None else self.tr("Lag grupper"))
        self.make_button.setToolTip(
            self.tr("Lag et nytt forslag; låste personer og bord beholder plassene. Angre med Ctrl+Z.")
            if self._plan is not None
            else self.tr("Lag bordplan for kvadranten")
        )
        is_open = self._session.is_open
        self.make_button.setEnabled(is_open)
        has_plan = self._plan is not None and any(t.members for t in self._plan.tables)
        for action in (
            self.table_cards_action,
            self.find_table_action,
            self.print_cards_menu_action,
            self.print_find_menu_action,
        ):
            action.setEnabled(has_plan)
        self.print_button.setEnabled(has_plan)

    def _update_empty_text(self) -> None:
        if not self._session.is_open:
            self.empty_label.setText("")
        elif self._kvadrant == 1:
            self.empty_label.setText(
                self.tr("Ingen bordplan for 1. kvadrant ennå.\nVelg bordstørrelse og trykk «Lag grupper».")
            )
        else:
            self.empty_label.setText(
                self.tr("Ingen kommunegrupper for 4. kvadrant ennå.\nTrykk «Lag grupper».")
            )

    # -- reading the plan --------------------------------------------------------------------
    @property
    def kvadrant(self) -> int:
        return self._kvadrant

    @property
    def plan(self) -> Plan | None:
        return self._plan

    @property
    def cards(self) -> list[TableCard]:
        return self.grid.cards

    def card(self, number: int) -> TableCard | None:
        return next((c for c in self.grid.cards if c.table.number == number), None)

    def cards_of(self, participant_id: int) -> list[TableCard]:
        """The cards someone sits at: one, or several for a veileder in 4. kvadrant."""
        return [c for c in self.grid.cards if c.model.row_of(participant_id) is not None]

    def set_kvadrant(self, kvadrant: int) -> None:
        if kvadrant not in (1, 4):
            return
        self._kvadrant = kvadrant
        self.kvadrant_buttons.button(kvadrant).setChecked(True)
        self.checkin_panel.set_kvadrant(kvadrant)
        self.refresh()
        self._sync_spin_from_plan()
        self._update_empty_text()

    def refresh(self) -> None:
        """Read the current plan of the kvadrant shown and bring the cards in line with it."""
        plan: Plan | None = None
        if self._session.is_open:
            try:
                plan = self._session.plan(self._kvadrant)
            except KvadrantError as error:
                show_error(self, error)
        self._plan = plan
        self._update_cards()
        self._update_summary()
        self._update_controls()

    def _update_cards(self) -> None:
        plan = self._plan
        tables = list(plan.tables) if plan is not None else []
        if self._kvadrant == 4:
            tables = [t for t in tables if t.members]  # emptied by a merge
        singles = {
            int(w.params.get("number", -1)) for w in (plan.warnings if plan else ()) if w.code == "group_single"
        }
        old, fresh = self._cards, {}
        for table in tables:
            card = old.pop(table.id, None)
            if card is None or card.kvadrant != self._kvadrant:
                card = self._new_card(table)
            card.set_table(table, single=table.number in singles)
            fresh[table.id] = card
        for card in old.values():  # gone: deleted later, as a drag may still be running from it
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self._cards = fresh
        self.grid.set_cards([fresh[t.id] for t in tables])
        self.plan_stack.setCurrentWidget(self.scroll if tables else self.empty_label)

    def _new_card(self, table: Table) -> TableCard:
        card = TableCard(self._session, table, kvadrant=self._kvadrant, parent=self.grid)
        card.lock_toggled.connect(self._card_lock_toggled)
        card.merge_requested.connect(self.merge_with_dialog)
        card.member_menu_requested.connect(self._show_member_menu)
        card.card_menu_requested.connect(self._show_card_menu)
        card.edit_failed.connect(self._show_edit_error, Qt.ConnectionType.QueuedConnection)
        return card

    # -- the summary line and warnings -----------------------------------------------------
    def figures_text(self) -> str:
        """The plan's figures as plain text (the label shows the same with warnings coloured)."""
        return "".join(text for text, _warn in self._figure_parts())

    def _figure_parts(self) -> list[tuple[str, bool]]:
        plan = self._plan
        if plan is None:
            if not self._session.is_open:
                return []
            return [(self.tr("Ingen grupper ennå for {kvadrant}. kvadrant.").format(kvadrant=self._kvadrant), False)]
        separator = (" · ", False)
        if self._kvadrant == 4:
            shown = [t for t in plan.tables if t.members]
            sizes = [sum(1 for m in t.members if m.present) for t in shown] or [0]
            singles = sum(1 for w in plan.warnings if w.code == "group_single")
            parts = [
                (
                    self.tr("{n} kommunegrupper à {sizes}").format(n=len(shown), sizes=_sizes(min(sizes), max(sizes))),
                    False,
                )
            ]
            if singles:
                parts += [separator, (self.tr("{n} med bare én deltaker").format(n=singles), True)]
            return parts
        f = plan.figures
        return [
            (self.tr("{n} bord à {sizes}").format(n=f.tables, sizes=_sizes(f.smallest, f.largest)), False),
            separator,
            (
                self.tr("samme kommune ved bord: {pairs} (minimum {minimum})").format(
                    pairs=f.same_unit_pairs, minimum=f.same_unit_minimum
                ),
                f.same_unit_pairs > f.same_unit_minimum,
            ),
            separator,
            (self.tr("gjentatte par: {n}").format(n=f.repeat_pairs), f.repeat_pairs > 0),
            separator,
            (self.tr("roller utenfor: {n}").format(n=f.roles_outside), f.roles_outside > 0),
            separator,
            (
                self.tr("veiledere per bord: {range}").format(range=_sizes(f.veiledere_fewest, f.veiledere_most)),
                f.veiledere_most - f.veiledere_fewest > 1,
            ),
        ]

    def _update_summary(self) -> None:
        rich = "".join(
            f"<span style='color:{WARNING_COLOR.name()}'>{html.escape(text)}</span>" if warn else html.escape(text)
            for text, warn in self._figure_parts()
        )
        self.figures_label.setText(rich)
        warnings = [plan_message_text(w) for w in (self._plan.warnings if self._plan else ())]
        shown = warnings[:MAX_WARNINGS_SHOWN]
        lines = [f"⚠ {html.escape(text)}" for text in shown]
        if len(warnings) > len(shown):
            lines.append(html.escape(self.tr("… og {n} til").format(n=len(warnings) - len(shown))))
        self.warnings_label.setText(
            f"<div style='color:{WARNING_COLOR.name()}'>" + "<br>".join(lines) + "</div>" if lines else ""
        )
        self.warnings_label.setToolTip("\n".join(warnings) if len(warnings) > len(shown) else "")
        self.warnings_label.setVisible(bool(lines))

    # -- making a plan ---------------------------------------------------------------------------
    def _size_mode_chosen(self) -> None:
        mode = self.size_mode_combo.currentData() or "size"
        self.size_spin.blockSignals(True)
        self.size_spin.setRange(*SPIN_RANGES[mode])
        self.size_spin.setValue(self._spin_values[mode])
        self.size_spin.blockSignals(False)
        self.size_spin.setAccessibleName(self.size_mode_combo.currentText())

    def _spin_changed(self, value: int) -> None:
        self._spin_values[self.size_mode_combo.currentData() or "size"] = value

    def _sync_spin_from_plan(self) -> None:
        """Show how the current plan was made: by table size or by number of tables."""
        plan = self._plan
        if plan is None or plan.kvadrant != 1:
            return
        if plan.table_count:
            self._spin_values["tables"] = plan.table_count
            self.size_mode_combo.setCurrentIndex(1)
        elif plan.target_size:
            self._spin_values["size"] = plan.target_size
            self.size_mode_combo.setCurrentIndex(0)
        self._size_mode_chosen()

    def set_table_size(self, size: int) -> None:
        self.size_mode_combo.setCurrentIndex(0)
        self.size_spin.setValue(size)

    def set_table_count(self, count: int) -> None:
        self.size_mode_combo.setCurrentIndex(1)
        self.size_spin.setValue(count)

    def make_groups(self) -> None:
        """ "Lag grupper" / "Nytt forslag": a new plan; locked people and tables keep their seats."""
        if not self._session.is_open:
            return
        k = self._kvadrant
        size = tables = None
        by_role = False
        history: list[Path] = []
        if k == 1:
            if self.size_mode_combo.currentData() == "tables":
                tables = self.size_spin.value()
            else:
                size = self.size_spin.value()
            by_role = self.by_role_check.isChecked()
            history = list(self._history_files)
        replacing = self._plan is not None
        try:
            plan = self._session.make_plan(kvadrant=k, size=size, tables=tables, by_role=by_role, history_files=history)
        except KvadrantError as error:
            show_error(self, error, title=self.tr("Kunne ikke lage grupper"))
            return
        if k == 4:
            made = self.tr("{n} kommunegrupper").format(n=len([t for t in plan.tables if t.members]))
        else:
            made = self.tr("{n} bord").format(n=len(plan.tables))
        if replacing:
            text = self.tr("Nytt forslag for {kvadrant}. kvadrant: {made}. Angre med Ctrl+Z.")
        else:
            text = self.tr("Grupper for {kvadrant}. kvadrant: {made}. Angre med Ctrl+Z.")
        self.status_message.emit(text.format(kvadrant=k, made=made))

    # -- history files -----------------------------------------------------------------------
    @property
    def history_files(self) -> list[Path]:
        return list(self._history_files)

    def choose_history_files(self) -> None:
        folder = str(self._session.path.parent) if self._session.path else ""
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Unngå gjentak fra tidligere konferanser"),
            folder,
            QCoreApplication.translate("MainWindow", "Kvadrant-konferanser (*.kvadrant);;Alle filer (*)"),
        )
        if paths:
            self.set_history_files([Path(p) for p in paths])

    def set_history_files(self, paths: Iterable[Path]) -> bool:
        """Use these earlier conference files for history; a file that is not ours is refused."""
        chosen = [Path(p) for p in paths]
        for path in chosen:
            try:
                check_header(path)
            except KvadrantError as error:
                show_error(self, error, title=self.tr("Kan ikke bruke filen"))
                return False
        self._history_files = chosen
        self._update_history_label()
        return True

    def _clear_history(self) -> None:
        self._history_files = []
        self._update_history_label()

    def _update_history_label(self) -> None:
        files = self._history_files
        self.history_clear_button.setVisible(bool(files))
        self.history_label.setVisible(bool(files))
        if not files:
            self.history_label.clear()
            self.history_label.setToolTip("")
            return
        names = ", ".join(p.stem for p in files)
        text = self.tr("Unngår gjentak fra: {names}").format(names=names)
        self.history_label.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, 260))
        self.history_label.setToolTip("\n".join(str(p) for p in files))

    # -- editing ------------------------------------------------------------------------------
    # Each takes the group as well as the person: in 4. kvadrant a veileder sits in several groups.
    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except KvadrantError as error:
            self._show_edit_error(error)
            return False
        return True

    def card_for_group(self, group_id: int) -> TableCard | None:
        return self._cards.get(group_id)

    def _card_lock_toggled(self, card: TableCard, locked: bool) -> None:
        self.lock_table(card.table.id, locked)

    def lock_table(self, group_id: int, locked: bool) -> bool:
        card = self.card_for_group(group_id)
        name = card.short_name() if card else ""
        return self._run(
            partial(self._session.set_group_locked, kvadrant=self._kvadrant, group_id=group_id, locked=locked, name=name)
        )

    def lock_member(self, group_id: int, participant_id: int, locked: bool) -> bool:
        card = self.card_for_group(group_id)
        member = card.table.member(participant_id) if card else None
        if member is None:
            return False
        ok = self._run(
            partial(
                self._session.set_member_locked,
                kvadrant=self._kvadrant,
                group_id=group_id,
                participant_id=participant_id,
                locked=locked,
                name=member.name,
            )
        )
        self._select(group_id, participant_id)
        return ok

    def set_ordstyrer(self, group_id: int, participant_id: int, chosen: bool = True) -> bool:
        """Make someone the table's ordstyrer (a referent who becomes ordstyrer stops being referent)."""
        card = self.card_for_group(group_id)
        if card is None:
            return False
        table = card.table
        chair = participant_id if chosen else None
        referent = None if table.referent_id == participant_id and chosen else table.referent_id
        return self._set_chair_and_referent(table, chair, referent, participant_id)

    def set_referent(self, group_id: int, participant_id: int, chosen: bool = True) -> bool:
        card = self.card_for_group(group_id)
        if card is None:
            return False
        table = card.table
        referent = participant_id if chosen else None
        chair = None if table.ordstyrer_id == participant_id and chosen else table.ordstyrer_id
        return self._set_chair_and_referent(table, chair, referent, participant_id)

    def _set_chair_and_referent(self, table: Table, chair: int | None, referent: int | None, selected: int) -> bool:
        ok = self._run(
            partial(
                self._session.set_chair_and_referent,
                kvadrant=self._kvadrant,
                group_id=table.id,
                ordstyrer_id=chair,
                referent_id=referent,
            )
        )
        self._select(table.id, selected)
        return ok

    def move_to_table(self, from_group_id: int, participant_id: int, to_group_id: int) -> bool:
        """Seat someone at another table, last in its speaking order (the keyboard's drag and drop)."""
        if from_group_id == to_group_id:
            return False
        ok = self._run(
            partial(
                self._session.move_member,
                kvadrant=self._kvadrant,
                participant_id=participant_id,
                from_group_id=from_group_id,
                to_group_id=to_group_id,
            )
        )
        self._select(to_group_id, participant_id)
        return ok

    def move_in_order(self, group_id: int, participant_id: int, steps: int) -> bool:
        card = self.card_for_group(group_id)
        if card is None:
            return False
        ok = card.model.move_within(participant_id, steps)
        self._select(group_id, participant_id)
        return ok

    def set_present(self, participant_id: int, present: bool, *, name: str = "") -> bool:
        return self._run(partial(self._session.check_in, participant_id, present, name=name))

    def merge_groups(self, source_group_id: int, target_group_id: int) -> bool:
        source, target = self.card_for_group(source_group_id), self.card_for_group(target_group_id)
        if source is None or target is None or source is target:
            return False
        names = {"source": source.short_name(), "target": target.short_name()}
        ok = self._run(
            partial(
                self._session.merge_groups,
                kvadrant=self._kvadrant,
                source_group_id=source_group_id,
                target_group_id=target_group_id,
                text=self.tr("Slå sammen {source} med {target}").format(**names),
            )
        )
        if ok:
            self.status_message.emit(self.tr("{source} sitter nå sammen med {target}. Angre med Ctrl+Z.").format(**names))
        return ok

    def merge_with_dialog(self, card: TableCard) -> None:
        dialog = MergeDialog(card.table, [c.table for c in self.grid.cards], self)
        if dialog.exec() == QDialog.DialogCode.Accepted.value:
            target = dialog.chosen_group_id()
            if target is not None:
                self.merge_groups(card.table.id, target)

    def _select(self, group_id: int, participant_id: int) -> None:
        card = self.card_for_group(group_id)
        if card is not None:
            card.select(participant_id)

    def _show_edit_error(self, error: KvadrantError) -> None:
        show_error(self, error, title=self.tr("Endringen ble ikke lagret"))

    # -- menus -------------------------------------------------------------------------------
    # Actions are bound to their table and person when the menu is made (default arguments).
    def member_menu(self, card: TableCard, row: int) -> QMenu | None:
        """The menu of one member: lock, ordstyrer, referent, speaking order, move, presence."""
        member = card.model.member(row)
        if member is None:
            return None
        table = card.table
        gid, pid = table.id, member.participant_id
        menu = QMenu(self)
        lock = menu.addAction(self.tr("Lås opp plassen") if member.locked else self.tr("Lås plassen"))
        if table.locked:
            lock.setText(self.tr("Hele bordet er låst"))
            lock.setEnabled(False)
        lock.triggered.connect(lambda _c=False, g=gid, p=pid, to=not member.locked: self.lock_member(g, p, to))
        menu.addSeparator()
        chair = menu.addAction(self.tr("Ordstyrer"))
        chair.setCheckable(True)
        chair.setChecked(table.ordstyrer_id == pid)
        chair.triggered.connect(lambda checked=False, g=gid, p=pid: self.set_ordstyrer(g, p, checked))
        referent = menu.addAction(self.tr("Referent"))
        referent.setCheckable(True)
        referent.setChecked(table.referent_id == pid)
        referent.triggered.connect(lambda checked=False, g=gid, p=pid: self.set_referent(g, p, checked))
        menu.addSeparator()
        up = menu.addAction(self.tr("Flytt opp i talerekkefølgen"))
        up.setShortcut(QKeySequence("Alt+Up"))
        up.setEnabled(row > 0)
        up.triggered.connect(lambda _c=False, g=gid, p=pid: self.move_in_order(g, p, -1))
        down = menu.addAction(self.tr("Flytt ned i talerekkefølgen"))
        down.setShortcut(QKeySequence("Alt+Down"))
        down.setEnabled(row < card.model.rowCount() - 1)
        down.triggered.connect(lambda _c=False, g=gid, p=pid: self.move_in_order(g, p, 1))
        move = menu.addMenu(self.tr("Flytt til gruppe") if self._kvadrant == 4 else self.tr("Flytt til bord"))
        for other in self.grid.cards:
            if other is card:
                continue
            count = sum(1 for m in other.table.members if m.present)
            action = move.addAction(f"{other.title()} ({count})")
            action.triggered.connect(
                lambda _c=False, g=gid, p=pid, to=other.table.id: self.move_to_table(g, p, to)
            )
        menu.addSeparator()
        presence = menu.addAction(self.tr("Marker fraværende") if member.present else self.tr("Sjekk inn"))
        presence.triggered.connect(
            lambda _c=False, p=pid, to=not member.present, n=member.name: self.set_present(p, to, name=n)
        )
        if self._kvadrant == 4:
            menu.addSeparator()
            merge = menu.addAction(self.tr("Slå sammen med…"))
            merge.triggered.connect(lambda _c=False, c=card: self.merge_with_dialog(c))
        return menu

    def card_menu(self, card: TableCard) -> QMenu:
        menu = QMenu(self)
        table = card.table
        lock = menu.addAction(self.tr("Lås opp bordet") if table.locked else self.tr("Lås bordet"))
        lock.triggered.connect(lambda _c=False, g=table.id, to=not table.locked: self.lock_table(g, to))
        if self._kvadrant == 4:
            merge = menu.addAction(self.tr("Slå sammen med…"))
            merge.triggered.connect(lambda _c=False, c=card: self.merge_with_dialog(c))
        return menu

    def _show_member_menu(self, card: TableCard, index: QModelIndex, global_pos: QPoint) -> None:
        menu = self.member_menu(card, index.row())
        if menu is not None:
            menu.exec(global_pos)
            menu.deleteLater()

    def _show_card_menu(self, card: TableCard, global_pos: QPoint) -> None:
        menu = self.card_menu(card)
        menu.exec(global_pos)
        menu.deleteLater()

    # -- check-in ----------------------------------------------------------------------------
    def show_checkin(self, shown: bool = True) -> None:
        self.checkin_button.blockSignals(True)
        self.checkin_button.setChecked(shown)
        self.checkin_button.blockSignals(False)
        self.checkin_panel.setVisible(shown)
        if shown:
            width = max(self.splitter.width(), 800)
            self.splitter.setSizes([width - 310, 310])
            self.checkin_panel.focus_search()

    def _say_check_in(self, change: GroupsChanged) -> None:
        """Tell who came or left and who moved where, in the bar that stays until closed."""
        rows = {row.id: row for row in self._session.participants()}
        heads = []
        for pid in change.presence_changed:
            row = rows.get(pid)
            if row is None:
                continue
            if row.present:
                heads.append(self.tr("{name} er til stede.").format(name=row.name))
            else:
                heads.append(self.tr("{name} er meldt fraværende.").format(name=row.name))
        places = self._group_names(4) if any(m.kvadrant == 4 for m in change.moves) else {}
        parts = []
        for kvadrant in (1, 4):
            moves = [m for m in change.moves if m.kvadrant == kvadrant]
            if moves:
                said = "; ".join(self._describe_move(m, places) for m in moves)
                parts.append(self.tr("{kvadrant}. kvadrant: {moves}.").format(kvadrant=kvadrant, moves=said))
        if not parts and heads and (self._session.plan(1) or self._session.plan(4)):
            parts.append(self.tr("Ingen andre ble flyttet."))
        time = format_time(self._now().time())
        entry = f"<b>{html.escape(time)}</b>&nbsp; <b>{html.escape(' '.join(heads))}</b> " + html.escape(" ".join(parts))
        self.notice_bar.add(entry)
        self.status_message.emit(" ".join(heads + parts))

    def _group_names(self, kvadrant: int) -> dict[int, str]:
        plan = self._session.plan(kvadrant)
        return {t.number: t.label for t in plan.tables if t.label} if plan else {}

    def _describe_move(self, move: MovedPerson, labels: dict[int, str]) -> str:
        def place(number: int | None) -> str:
            if move.kvadrant == 4:
                return labels.get(number or 0) or self.tr("gruppe {number}").format(number=number)
            return self.tr("bord {number}").format(number=number)

        if move.from_table is None:
            return self.tr("{name} → {place}").format(name=move.name, place=place(move.to_table))
        if move.to_table is None:
            return self.tr("{name} tatt ut av {place}").format(name=move.name, place=place(move.from_table))
        return self.tr("{name} flyttet fra {old} til {new}").format(
            name=move.name, old=place(move.from_table), new=place(move.to_table)
        )

    def moves_text(self) -> str:
        """What the "who moved where" bar says now, as plain text."""
        document = QTextDocument()
        document.setHtml(self.notice_bar.plain_text())
        return document.toPlainText()

    # -- printing ----------------------------------------------------------------------------
    def printable_plan(self) -> Plan | None:
        """The plan to print: tables nobody sits at are left out."""
        plan = self._plan
        if plan is None:
            return None
        return replace(plan, tables=tuple(t for t in plan.tables if t.members))

    def print_table_cards(self) -> None:
        self._print("table_cards")

    def print_find_your_table(self) -> None:
        self._print("find_your_table")

    def _print(self, kind: str) -> None:
        plan = self.printable_plan()
        if plan is None or not self._session.is_open:
            return
        if kind == "table_cards":
            title = self.tr("Lagre bordkort")
            name = self.tr("Bordkort {kvadrant}. kvadrant.pdf").format(kvadrant=plan.kvadrant)
        else:
            title = self.tr("Lagre «Finn ditt bord»")
            name = self.tr("Finn ditt bord {kvadrant}. kvadrant.pdf").format(kvadrant=plan.kvadrant)
        folder = self._session.path.parent if self._session.path else Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(folder / name), self.tr("PDF-filer (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            from app.minutes import table_cards as table_cards_pdf
        except ImportError:
            show_warning(self, self.tr("Utskrift til PDF er ikke med i denne versjonen av Kvadrant."))
            return
        writer = table_cards_pdf.write_table_cards if kind == "table_cards" else table_cards_pdf.write_find_your_table
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # Once the referent server has been set up, each card carries its group's QR code.
            links = card_links(self._session.db, plan.kvadrant) if kind == "table_cards" else None
            extra = {"links": links} if links else {}
            written = Path(writer(plan, self._session.conference(), path, lang=ui_language(), **extra))
        except KvadrantError as error:
            QApplication.restoreOverrideCursor()
            show_error(self, error, title=self.tr("Kunne ikke lage PDF-en"))
            return
        QApplication.restoreOverrideCursor()
        self.status_message.emit(self.tr("Lagret {name}.").format(name=written.name))
        if confirm(
            self,
            title=title,
            text=self.tr("{name} er lagret.").format(name=written.name),
            informative_text=str(written.parent),
            confirm_text=self.tr("Åpne PDF-en"),
            cancel_text=self.tr("Lukk"),
        ):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    # -- reacting to the session ---------------------------------------------------------------
    def _groups_changed(self, change: GroupsChanged) -> None:
        if change.presence_changed and not change.new_plan:
            self._say_check_in(change)
        elif change.moves and not change.new_plan and len(change.moves) == 1:
            move = change.moves[0]
            where = self._describe_move(move, self._group_names(4) if move.kvadrant == 4 else {})
            self.status_message.emit(self.tr("{move}. Angre med Ctrl+Z.").format(move=where))
        if change.kvadrant in (None, self._kvadrant):
            self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.groups is not None:
            self._groups_changed(changes.groups)
        elif changes.participants is not None and self._session.is_open:
            self.refresh()

    def _file_opened(self, path: object) -> None:
        self._history_files = []
        self._update_history_label()
        self.notice_bar.dismiss()
        self.refresh()
        self._sync_spin_from_plan()
        self._update_empty_text()

    def _file_closed(self) -> None:
        self.notice_bar.dismiss()
        self.refresh()
        self._update_empty_text()

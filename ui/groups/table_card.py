"""One table of the plan as a card: its name and size, a lock for the whole table, its rule breaks,
and its members in speaking order in a list that drags to and from the other cards. Drag and drop
and the speaking order are its model's work (``GroupTableModel``); what needs the rest of the
plan (locking, the right-click menus, merging a group of one) it asks for by signal, so a card can
be made and tested on its own with a table and a session.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.groups.plans import Table
from ui.groups.group_model import MEMBER_ROLE, GroupTableModel
from ui.groups.member_delegate import MemberDelegate, lock_pixmap
from ui.groups.plan_warnings import WARNING_COLOR, plan_message_text
from ui.shell.conference_session import ConferenceSession
from ui.shell.formatting import role_name
from ui.shell.style import make_quiet, quiet_color, scaled_font
from ui.shell.retranslating import Retranslating


def lock_icon(locked: bool, color: QColor) -> QIcon:
    return QIcon(lock_pixmap(locked, color, 16))


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


class TableCard(Retranslating, QFrame):
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

    def _language_changed(self) -> None:
        self._retranslate()
        self.model.retranslate()

    def _retranslate(self) -> None:
        table = self.table
        present = len(table.present_members)
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


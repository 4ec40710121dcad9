"""The board: one row per group of the chosen block with its referat's status (in colour), last
save, words and delivery time, and above it "6 av 18 levert" and the time left to the deadline.
:class:`BoardModel` is updated one row at a time as saves arrive; :class:`BoardHeader` is repainted
from ``deadline - now()`` (the section's tick asks it to, once a second); :class:`BoardTable` is
the read-only table that shows the model, one selected row choosing the group in the editor.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from app.referent.summaries import LAPTOP, PHONE, Board, SummaryState
from ui.referater.referat_display import (
    STATUS_COLORS,
    WARNING_COLOR,
    group_name,
    status_text,
)
from ui.shell.formatting import format_time
from ui.shell.style import scaled_font

STATE_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


def format_left(seconds: float) -> str:
    """ "12:05" under an hour, "1 t 05 min" above; whole seconds, never negative."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return QCoreApplication.translate("Referater", "{hours} t {minutes:02d} min").format(hours=hours, minutes=minutes)
    return f"{minutes}:{secs:02d}"


class BoardModel(QAbstractTableModel):
    """One row per group of a block, in table order; updated one row at a time."""

    GROUP, STATUS, SAVED, WORDS, DELIVERED = range(5)
    COLUMNS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SummaryState] = []
        self._words: list[int] = []
        self._board: Board | None = None

    # -- content ---------------------------------------------------------------------------------
    @property
    def board(self) -> Board | None:
        return self._board

    @property
    def rows(self) -> list[SummaryState]:
        return list(self._rows)

    @property
    def kvadrant(self) -> int | None:
        return self._board.block.kvadrant if self._board is not None else None

    def set_board(self, value: Board | None) -> None:
        self.beginResetModel()
        self._board = value
        self._rows = list(value.rows) if value is not None else []
        self._words = [r.words for r in self._rows]
        self.endResetModel()

    def update_state(self, state: SummaryState) -> bool:
        """Put one group's new state in its row; False if the group is not on the board."""
        row = self.row_of(state.group_id) if state.group_id is not None else None
        if row is None or self._board is None or state.block_id != self._board.block.id:
            return False
        self._rows[row] = state
        self._words[row] = state.words
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))
        return True

    def row_of(self, group_id: int) -> int | None:
        return next((k for k, r in enumerate(self._rows) if r.group_id == group_id), None)

    def state(self, row: int) -> SummaryState | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def delivered(self) -> int:
        return sum(1 for r in self._rows if r.delivered)

    def counts(self) -> dict[str, int]:
        found = {"empty": 0, "writing": 0, "delivered": 0, "conflict": 0}
        for r in self._rows:
            found[r.status] += 1
        return found

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Gruppe") if self.kvadrant == 4 else self.tr("Bord"),
            self.tr("Status"),
            self.tr("Sist lagret"),
            self.tr("Ord"),
            self.tr("Levert"),
        )
        return names[section] if 0 <= section < len(names) else None

    def source_text(self, source: str) -> str:
        return {LAPTOP: self.tr("PC"), PHONE: self.tr("telefon")}.get(source, source)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        state = self._rows[index.row()]
        column = index.column()
        if role == STATE_ROLE:
            return state
        if role == STATUS_ROLE:
            return state.status
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.GROUP:
                return group_name(state, self.kvadrant)
            if column == self.STATUS:
                return status_text(state.status)
            if column == self.SAVED:
                if state.updated_at is None:
                    return "–"
                return f"{format_time(state.updated_at.time())} · {self.source_text(state.updated_from)}"
            if column == self.WORDS:
                return str(self._words[index.row()])
            if column == self.DELIVERED:
                return format_time(state.delivered_at.time()) if state.delivered and state.delivered_at else ""
            return None
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS:
            return QColor(STATUS_COLORS[state.status][0])
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QColor(STATUS_COLORS[state.status][1])
        if role == Qt.ItemDataRole.FontRole and column in (self.GROUP, self.STATUS):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.WORDS,):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class BoardHeader(QWidget):
    """ "9 av 17 levert" and the time left to the deadline, repainted from the clock."""

    def __init__(self, now: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._board: Board | None = None
        self._delivered = 0
        self.count_label = QLabel()
        font = scaled_font(self, 1.35, bold=True)
        self.count_label.setFont(font)
        self.deadline_label = QLabel()
        self.deadline_label.setFont(font)
        self.deadline_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count_label)
        layout.addStretch(1)
        layout.addWidget(self.deadline_label)

    def set_board(self, value: Board | None, delivered: int) -> None:
        self._board = value
        self._delivered = delivered
        self.refresh()

    def refresh(self) -> None:
        value = self._board
        if value is None:
            self.count_label.setText("")
            self.deadline_label.setText("")
            return
        total = len(value.rows)
        self.count_label.setText(self.tr("{delivered} av {total} levert").format(delivered=self._delivered, total=total))
        self.deadline_label.setStyleSheet("")
        if value.deadline is None:
            self.deadline_label.setText(self.tr("Ingen frist"))
            return
        time = format_time(value.deadline.time())
        left = value.seconds_left(self._now())
        assert left is not None
        if total and self._delivered == total:
            self.deadline_label.setText(self.tr("Frist kl. {time} · alle har levert").format(time=time))
        elif left > 0:
            self.deadline_label.setText(
                # Rounded up: "0:01" until the very deadline, never "0:00" while time is left.
                self.tr("Frist kl. {time} · {left} igjen").format(time=time, left=format_left(math.ceil(left)))
            )
        else:
            self.deadline_label.setText(
                self.tr("Frist kl. {time} · gikk ut for {left} siden").format(time=time, left=format_left(-left))
            )
            self.deadline_label.setStyleSheet(f"color: {WARNING_COLOR};")


class BoardTable(QTableView):
    """The board as a read-only table: whole rows selected, one at a time; the group column stretches."""

    def __init__(self, model: BoardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BoardModel.GROUP, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

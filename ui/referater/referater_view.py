"""The Referater section: who has delivered before the deadline, the referat of one group typed on
the laptop, and the phones' server with its QR codes.

- The board (:class:`BoardModel`) has one row per group of the chosen block: status with colour
  (empty / writing / delivered / conflict), last save, words, delivered time; above it
  "9 av 17 levert" and the time left, repainted once a second from ``deadline - now()``.
- The editor (:class:`SummaryEditor`) saves about a second after typing stops, with the version
  it started from. A failed save keeps the text in the editor (and in memory when another group
  is opened) and says so; the next edit or "Prøv igjen" tries again. A phone's save loads into the
  editor unless there is unsaved typing, which then becomes a conflict: both texts are shown side
  by side until a person chooses one or a merge.
- Every change arrives as the session's ``summaries_changed`` (phones' saves are passed on to it
  by the :class:`ReferentService`); the view reads only the group that changed.

All user text is shown as plain text (labels set to ``PlainText``, plain-text editors), so
``<script>`` and ``&`` are shown as typed and never interpreted.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.conference_file.conference import BlockRow
from app.groups.plans import Table
from app.common.messages import KvadrantError
from app.referent.summaries import (
    LAPTOP,
    PHONE,
    Board,
    SummariesChanged,
    SummaryState,
    board,
    group_blocks,
    plan_for,
)
from ui.shell.conference_session import ConferenceSession
from ui.shell.formatting import format_time, kind_name
from ui.shell.messages import confirm, message_text, show_error
from ui.referater.qr_image import QrWidget
from ui.referater.referent_service import ReferentService
from ui.shell.settings import Settings
from ui.shell.style import make_quiet, scaled_font
from ui.shell.changes import Changes

#: Autosave waits this long after the last keystroke.
AUTOSAVE_MS = 1000
#: Status colours (background, text): calm, readable on white, the same on the board and editor.
STATUS_COLORS: dict[str, tuple[str, str]] = {
    "empty": ("#ececec", "#4a4a4a"),
    "writing": ("#fff0c2", "#6b4e00"),
    "delivered": ("#d4efd8", "#1e5b27"),
    "conflict": ("#ffd8c9", "#a23c00"),
}
WARNING_COLOR = "#a23c00"
CONFLICT_BACKGROUND = "#fff3ec"
CONFLICT_BORDER = "#e0a27e"

STATE_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


def plain_label(text: str = "", *, wrap: bool = False) -> QLabel:
    """A label that shows user text exactly as typed (never as rich text)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def group_name(state_or_table: SummaryState | Table, kvadrant: int | None) -> str:
    """ "Bord 7" in 1. kvadrant, "Gruppe 20 · Sunnfjord" in 4. kvadrant."""
    number = state_or_table.group_number if isinstance(state_or_table, SummaryState) else state_or_table.number
    label = state_or_table.label
    if kvadrant == 4:
        name = QCoreApplication.translate("Referater", "Gruppe {number}").format(number=number)
        return f"{name} · {label}" if label else name
    return QCoreApplication.translate("Referater", "Bord {number}").format(number=number)


def status_text(status: str) -> str:
    """The status of a referat as the board and the editor say it."""
    names = {
        "empty": QT_TRANSLATE_NOOP("Referater", "Tomt"),
        "writing": QT_TRANSLATE_NOOP("Referater", "Skriver"),
        "delivered": QT_TRANSLATE_NOOP("Referater", "Levert"),
        "conflict": QT_TRANSLATE_NOOP("Referater", "To versjoner"),
    }
    return QCoreApplication.translate("Referater", names[status]) if status in names else status


def format_left(seconds: float) -> str:
    """ "12:05" under an hour, "1 t 05 min" above; whole seconds, never negative."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return QCoreApplication.translate("Referater", "{hours} t {minutes:02d} min").format(hours=hours, minutes=minutes)
    return f"{minutes}:{secs:02d}"


# -- the board ---------------------------------------------------------------------------------
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
        row = self.row_of(state.group_id)
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


# -- the conflict ------------------------------------------------------------------------------
class ConflictSide(QWidget):
    """One of the two texts: where it came from, when, and a button to choose it."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = plain_label()
        bold = QFont(self.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setReadOnly(True)
        self.text_edit.setMinimumHeight(70)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_edit, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)

    def set_side(self, *, title: str, text: str, button: str) -> None:
        self.title_label.setText(title)
        if self.text_edit.toPlainText() != text:
            self.text_edit.setPlainText(text)
        self.choose_button.setText(button)

    @property
    def text(self) -> str:
        return self.text_edit.toPlainText()

    def _choose(self) -> None:
        self.chosen.emit(self.text)


class ConflictPanel(QFrame):
    """Two versions of one referat side by side, until a person chooses one or a merge."""

    resolve_requested = Signal(str)
    merge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self.setStyleSheet(
            f"QFrame#conflictPanel {{ background: {CONFLICT_BACKGROUND}; border: 1px solid {CONFLICT_BORDER};"
            " border-radius: 6px; }"
        )
        self._state: SummaryState | None = None
        self.heading = QLabel()
        heading_font = scaled_font(self, 1.1, bold=True)
        self.heading.setFont(heading_font)
        self.heading.setStyleSheet(f"color: {WARNING_COLOR};")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.stored_side = ConflictSide()
        self.other_side = ConflictSide()
        self.merge_button = QPushButton()
        self.save_merge_button = QPushButton()
        self.stored_side.chosen.connect(self.resolve_requested)
        self.other_side.chosen.connect(self.resolve_requested)
        self.merge_button.clicked.connect(self.merge_requested)
        sides = QHBoxLayout()
        sides.addWidget(self.stored_side, 1)
        sides.addWidget(self.other_side, 1)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.explanation, 1)
        merge_row.addWidget(self.merge_button)
        merge_row.addWidget(self.save_merge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addLayout(sides, 1)
        layout.addLayout(merge_row)

    @property
    def state(self) -> SummaryState | None:
        return self._state

    def set_state(self, state: SummaryState) -> None:
        self._state = state
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _source(self, source: str) -> str:
        return self.tr("Denne PC-en") if source == LAPTOP else self.tr("Telefonen")

    def _button(self, source: str, same_source: bool) -> str:
        if same_source:
            return self.tr("Bruk denne")
        return self.tr("Behold min") if source == LAPTOP else self.tr("Bruk telefonens")

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("To versjoner av referatet – velg hvilken som skal gjelde"))
        self.explanation.setText(
            self.tr("Begge tekstene er lagret. Du kan også slå dem sammen i feltet under og lagre det.")
        )
        self.merge_button.setText(self.tr("Sett begge inn i feltet"))
        self.save_merge_button.setText(self.tr("Lagre sammenslått"))
        state = self._state
        if state is None or state.conflict_text is None:
            return
        same = state.updated_from == state.conflict_from
        stored_time = format_time(state.updated_at.time()) if state.updated_at else ""
        other_time = format_time(state.conflict_at.time()) if state.conflict_at else ""
        words = self.tr("{n} ord")
        self.stored_side.set_side(
            title=self.tr("{source} · lagret {time} · {words}").format(
                source=self._source(state.updated_from), time=stored_time, words=words.format(n=state.words)
            ),
            text=state.text,
            button=self._button(state.updated_from, same),
        )
        self.other_side.set_side(
            title=self.tr("{source} · skrevet {time} · {words}").format(
                source=self._source(state.conflict_from),
                time=other_time,
                words=words.format(n=len(state.conflict_text.split())),
            ),
            text=state.conflict_text,
            button=self._button(state.conflict_from, same),
        )


# -- the editor --------------------------------------------------------------------------------
class SummaryEditor(QWidget):
    """The referat of one group, typed on the laptop: autosave, delivery, and conflicts."""

    #: A save failed or succeeded again (for the window's status bar).
    status_message = Signal(str)

    def __init__(
        self,
        session: ConferenceSession,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._now = session.clock.now
        self._state: SummaryState | None = None
        self._table: Table | None = None
        self._kvadrant: int | None = None
        self._base_version = 0
        self._saved_text = ""
        self._saved_at: dt.datetime | None = None
        self._saved_from = ""
        self._failed: KvadrantError | None = None
        self._loading = False
        self._saving = False
        #: Typing that could not be saved, kept while another group is open: key -> (text, version).
        self._drafts: dict[tuple[int, int], tuple[str, int]] = {}

        self.title_label = plain_label()
        title_font = scaled_font(self, 1.35, bold=True)
        self.title_label.setFont(title_font)
        self.status_badge = QLabel()
        self.status_badge.setContentsMargins(8, 2, 8, 2)
        self.roles_label = plain_label(wrap=True)
        self.members_label = plain_label(wrap=True)
        make_quiet(self.members_label)
        self.conflict_panel = ConflictPanel()
        self.conflict_panel.hide()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(120)
        text_font = scaled_font(self.text_edit, 1.1)
        self.text_edit.setFont(text_font)
        self.save_label = plain_label(wrap=True)
        self.words_label = QLabel()
        make_quiet(self.words_label)
        self.retry_button = QPushButton()
        self.retry_button.hide()
        self.delivered_label = QLabel()
        self.deliver_button = QPushButton()
        self.reopen_button = QPushButton()

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save_now)

        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.status_badge)
        heading.addStretch(1)
        heading.addWidget(self.delivered_label)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_label, 1)
        save_row.addWidget(self.retry_button)
        save_row.addWidget(self.words_label)
        deliver_row = QHBoxLayout()
        deliver_row.addStretch(1)
        deliver_row.addWidget(self.reopen_button)
        deliver_row.addWidget(self.deliver_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.roles_label)
        layout.addWidget(self.members_label)
        layout.addWidget(self.conflict_panel, 3)
        layout.addWidget(self.text_edit, 4)
        layout.addLayout(save_row)
        layout.addLayout(deliver_row)

        self.text_edit.textChanged.connect(self._edited)
        self.retry_button.clicked.connect(self.save_now)
        self.deliver_button.clicked.connect(self.deliver)
        self.reopen_button.clicked.connect(self.reopen)
        self.conflict_panel.resolve_requested.connect(self.resolve)
        self.conflict_panel.merge_requested.connect(self._put_both_in_editor)
        self.conflict_panel.save_merge_button.clicked.connect(self._save_merge)
        self._retranslate()
        self.setEnabled(False)

    # -- what is open ----------------------------------------------------------------------------
    @property
    def key(self) -> tuple[int, int] | None:
        return (self._state.block_id, self._state.group_id) if self._state is not None else None

    @property
    def text(self) -> str:
        return self.text_edit.toPlainText()

    @property
    def is_dirty(self) -> bool:
        """Typing that is not in the file yet."""
        return self._state is not None and self.text != self._saved_text

    @property
    def in_conflict(self) -> bool:
        return self._state is not None and self._state.conflict_text is not None

    @property
    def failed(self) -> KvadrantError | None:
        return self._failed

    def open_group(self, state: SummaryState | None, table: Table | None, kvadrant: int | None) -> None:
        """Show ``state``'s referat; what was typed in the one open before is saved first."""
        if self._state is not None and state is not None and self.key == (state.block_id, state.group_id):
            self._table, self._kvadrant = table, kvadrant
            self._show_heading()
            return
        self.flush()
        self._state, self._table, self._kvadrant = state, table, kvadrant
        self._failed = None
        self.setEnabled(state is not None)
        if state is None:
            self._load_text("")
            self._saved_text = ""
            self._show_heading()
            self._show_save_state()
            self.conflict_panel.hide()
            return
        self._take_state(state, load_text=True)
        draft = self._drafts.get((state.block_id, state.group_id))
        if draft is not None and draft[0] != self._saved_text:
            # Typing a failed save left behind: back in the editor, and tried again now.
            self._load_text(draft[0])
            self._base_version = draft[1]
            self.save_now()

    def flush(self) -> bool:
        """Save typing not yet saved (before the group, the block or the file changes)."""
        if self._state is None or not self.is_dirty or self.in_conflict or not self._session.is_open:
            self.autosave_timer.stop()
            return True
        return self.save_now()

    def _take_state(self, state: SummaryState, *, load_text: bool, keep_cursor: bool = False) -> None:
        self._state = state
        self._base_version = state.version
        self._saved_text = state.text
        self._saved_at = state.updated_at
        self._saved_from = state.updated_from
        if load_text:
            self._load_text(state.text, keep_cursor=keep_cursor)
        self._show_heading()
        self._show_conflict()
        self._show_save_state()

    def _load_text(self, text: str, *, keep_cursor: bool = False) -> None:
        """Show ``text``; a live update of the same referat keeps the cursor and the scroll,
        anything else puts the cursor at the end, where the typing goes on."""
        if self.text_edit.toPlainText() == text:
            return
        position = self.text_edit.textCursor().position()
        scroll = self.text_edit.verticalScrollBar().value()
        self._loading = True
        try:
            self.text_edit.setPlainText(text)
        finally:
            self._loading = False
        cursor = self.text_edit.textCursor()
        if keep_cursor:  # positions count UTF-16 units (an emoji is two), so ask the document
            cursor.setPosition(min(position, self.text_edit.document().characterCount() - 1))
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.text_edit.setTextCursor(cursor)
        if keep_cursor:
            self.text_edit.verticalScrollBar().setValue(scroll)

    # -- typing and saving -----------------------------------------------------------------------
    def _edited(self) -> None:
        self._update_words()
        self._update_buttons()
        if self._loading or self._state is None:
            return
        if self.in_conflict:
            self._show_save_state()
            return
        self.autosave_timer.start()
        self._show_save_state()

    def save_now(self) -> bool:
        """Save the editor's text with the version it started from; False if it is not saved."""
        self.autosave_timer.stop()
        state = self._state
        if state is None or self.in_conflict or not self._session.is_open:
            return False
        if not self.is_dirty and self._failed is None:
            return True
        return self._write(self.text, delivered=None)

    def _write(self, text: str, *, delivered: bool | None) -> bool:
        state = self._state
        assert state is not None
        key = (state.block_id, state.group_id)
        self._saving = True
        try:
            result = self._session.save_summary(
                block_id=state.block_id,
                group_id=state.group_id,
                text=text,
                base_version=self._base_version,
                delivered=delivered,
            )
        except KvadrantError as error:
            self._failed = error
            self._drafts[key] = (text, self._base_version)
            self._show_save_state()
            self.status_message.emit(self.tr("Referatet er ikke lagret: {problem}").format(problem=message_text(error.message)))
            return False
        finally:
            self._saving = False
        self._failed = None
        self._drafts.pop(key, None)
        fresh = self._read_state()
        if result.ok and (fresh is None or fresh.version != result.version):
            # A phone saved right after us; its change is on its way and will load then.
            fresh = replace(
                self._state, text=text, version=result.version, delivered=result.delivered, updated_at=self._now()
            )
        if fresh is None:
            return result.ok
        # Keep what is in the editor (the person may have typed on since). On a conflict the
        # core kept our text beside the newer one, and the panel shows both.
        self._take_state(fresh, load_text=False)
        return result.ok

    def _read_state(self) -> SummaryState | None:
        if self._state is None or not self._session.is_open:
            return None
        try:
            found = board(self._session.db, self._state.block_id)
        except KvadrantError:
            return None
        return next((r for r in found.rows if r.group_id == self._state.group_id), None)

    def deliver(self) -> None:
        if self._state is not None and not self.in_conflict:
            self._write(self.text, delivered=True)

    def reopen(self) -> None:
        if self._state is not None and not self.in_conflict:
            self._write(self.text, delivered=False)

    # -- others' changes -------------------------------------------------------------------------
    def summary_changed(self, change: SummariesChanged, state: SummaryState | None) -> None:
        """A save somewhere (a phone, or this laptop) touched a referat; take it if it is ours."""
        if self._saving or state is None or self.key != (change.block_id, change.group_id):
            return
        if self.is_dirty and not self.in_conflict and state.version != self._base_version:
            # Unsaved typing here and a newer text there: save ours now, which keeps both.
            self.save_now()
            return
        # Typing here (or a merge being made) stays; else the editor shows the new text.
        self._take_state(state, load_text=not self.is_dirty, keep_cursor=True)

    def resolve(self, text: str) -> None:
        """Keep ``text`` (one of the two, or a merge) and clear the conflict."""
        state = self._state
        if state is None:
            return
        self._saving = True
        try:
            result = self._session.resolve_summary_conflict(
                block_id=state.block_id, group_id=state.group_id, text=text, base_version=state.version
            )
        except KvadrantError as error:
            show_error(self, error, title=self.tr("Kunne ikke lagre referatet"))
            return
        finally:
            self._saving = False
        fresh = self._read_state()
        if fresh is not None:
            self._take_state(fresh, load_text=fresh.conflict_text is None)
            if result.ok:
                self._load_text(fresh.text)

    def _put_both_in_editor(self) -> None:
        state = self._state
        if state is None or state.conflict_text is None:
            return
        # Through a cursor, so Ctrl+Z in the editor takes it back.
        cursor = self.text_edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(f"{state.text}\n\n{state.conflict_text}")
        self.text_edit.setTextCursor(cursor)
        self.text_edit.setFocus()

    def _save_merge(self) -> None:
        self.resolve(self.text)

    # -- showing ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.text_edit.setPlaceholderText(
            self.tr("Skriv gruppens referat her. Det lagres av seg selv mens du skriver.")
        )
        self.retry_button.setText(self.tr("Prøv igjen"))
        self.deliver_button.setText(self.tr("Levert"))
        self.deliver_button.setToolTip(self.tr("Merk referatet som levert"))
        self.reopen_button.setText(self.tr("Gjenåpne"))
        self.reopen_button.setToolTip(self.tr("Ta referatet tilbake, så gruppen kan skrive videre"))
        self._show_heading()
        self._show_save_state()
        self._update_words()

    def _show_heading(self) -> None:
        state, table = self._state, self._table
        if state is None:
            self.title_label.setText(self.tr("Velg en gruppe"))
            self.status_badge.hide()
            self.roles_label.setText("")
            self.members_label.setText("")
            self.delivered_label.setText("")
            self.deliver_button.setEnabled(False)
            self.reopen_button.setEnabled(False)
            return
        self.title_label.setText(group_name(state, self._kvadrant))
        background, foreground = STATUS_COLORS[state.status]
        self.status_badge.setText(status_text(state.status))
        self.status_badge.setStyleSheet(
            f"background: {background}; color: {foreground}; border-radius: 4px; font-weight: bold;"
        )
        self.status_badge.show()
        if table is not None:
            chair = table.member(table.ordstyrer_id)
            referent = table.member(table.referent_id)
            self.roles_label.setText(
                self.tr("Ordstyrer: {chair} · Referent: {referent}").format(
                    chair=chair.name if chair else "–", referent=referent.name if referent else "–"
                )
            )
            present = [m for m in table.members if m.present]
            self.members_label.setText(", ".join(f"{m.name} ({m.municipality})" for m in present))
        else:
            self.roles_label.setText("")
            self.members_label.setText("")
        if state.delivered and state.delivered_at is not None:
            self.delivered_label.setText(self.tr("Levert kl. {time}").format(time=format_time(state.delivered_at.time())))
        else:
            self.delivered_label.setText(self.tr("Ikke levert"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        """"Levert" once there is something to deliver; neither while two versions wait."""
        state = self._state
        open_conflict = state is None or state.conflict_text is not None
        self.deliver_button.setEnabled(not open_conflict and not state.delivered and bool(self.text.strip()))
        self.reopen_button.setEnabled(not open_conflict and state.delivered)

    def _show_conflict(self) -> None:
        state = self._state
        if state is not None and state.conflict_text is not None:
            self.conflict_panel.set_state(state)
            self.conflict_panel.show()
        else:
            self.conflict_panel.hide()

    def _show_save_state(self) -> None:
        self.retry_button.setVisible(self._failed is not None)
        if self._state is None:
            self.save_label.setText("")
            self.save_label.setStyleSheet("")
            return
        if self._failed is not None:
            self.save_label.setText(
                self.tr("Ikke lagret: {problem} Teksten står fortsatt her, og Kvadrant prøver igjen når du skriver videre.").format(
                    problem=message_text(self._failed.message)
                )
            )
            self.save_label.setStyleSheet(f"color: {WARNING_COLOR}; font-weight: bold;")
            return
        self.save_label.setStyleSheet("")
        if self.in_conflict:
            self.save_label.setText(self.tr("Velg en av tekstene over, eller lagre en sammenslått tekst."))
            self.save_label.setStyleSheet(f"color: {WARNING_COLOR};")
        elif self.is_dirty:
            self.save_label.setText(self.tr("Lagrer …"))
        elif self._saved_at is not None:
            time = format_time(self._saved_at.time())
            if self._saved_from == PHONE:
                self.save_label.setText(self.tr("Lagret {time} fra telefonen").format(time=time))
            else:
                self.save_label.setText(self.tr("Lagret {time}").format(time=time))
        else:
            self.save_label.setText(self.tr("Ingenting skrevet ennå"))

    def _update_words(self) -> None:
        self.words_label.setText(self.tr("{n} ord").format(n=len(self.text.split())))


# -- the server panel --------------------------------------------------------------------------
class ServerPanel(QFrame):
    """Start and stop the phones' server, its address and port, the Wi-Fi, the QR codes."""

    projector_requested = Signal()
    renew_requested = Signal()

    def __init__(self, service: ReferentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setObjectName("serverPanel")
        self.setStyleSheet("QFrame#serverPanel { border: 1px solid #cdd1d6; border-radius: 6px; }")
        self.toggle_button = QToolButton()
        self.toggle_button.setCheckable(True)
        self.toggle_button.setChecked(True)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle_button.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.summary_label = plain_label()
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_button = QPushButton()
        self.host_combo = QComboBox()
        self.host_combo.setEditable(True)
        self.host_combo.setMinimumContentsLength(15)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setGroupSeparatorShown(False)
        self.wifi_name_edit = QLineEdit()
        self.wifi_password_edit = QLineEdit()
        self.renew_button = QPushButton()
        self.projector_button = QPushButton()
        self.copy_button = QPushButton()
        self.qr_widget = QrWidget(minimum=92)
        self.qr_widget.setFixedSize(92, 92)
        self.qr_caption = plain_label()
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.host_label, self.port_label = QLabel(), QLabel()
        self.wifi_name_label, self.wifi_password_label = QLabel(), QLabel()
        self.host_label.setBuddy(self.host_combo)
        self.port_label.setBuddy(self.port_spin)
        self.wifi_name_label.setBuddy(self.wifi_name_edit)
        self.wifi_password_label.setBuddy(self.wifi_password_edit)
        self._link = ""

        top = QHBoxLayout()
        top.addWidget(self.toggle_button)
        top.addSpacing(8)
        top.addWidget(self.summary_label, 1)
        self.body = QWidget()
        self.host_combo.setMaximumWidth(200)
        self.port_spin.setMaximumWidth(90)
        fields = QHBoxLayout()
        fields.setSpacing(6)
        fields.addWidget(self.start_button)
        fields.addSpacing(10)
        fields.addWidget(self.host_label)
        fields.addWidget(self.host_combo)
        fields.addWidget(self.port_label)
        fields.addWidget(self.port_spin)
        fields.addSpacing(18)
        fields.addWidget(self.wifi_name_label)
        fields.addWidget(self.wifi_name_edit, 1)
        fields.addWidget(self.wifi_password_label)
        fields.addWidget(self.wifi_password_edit, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.projector_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.renew_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addLayout(fields)
        left.addLayout(buttons)
        left.addStretch(1)
        qr_column = QVBoxLayout()
        qr_column.setSpacing(0)
        qr_column.addWidget(self.qr_widget, 0, Qt.AlignmentFlag.AlignHCenter)
        qr_column.addWidget(self.qr_caption)
        body_layout = QHBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(left, 1)
        body_layout.addLayout(qr_column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.body)

        self.toggle_button.toggled.connect(self._toggled)
        self.start_button.clicked.connect(self._start_or_stop)
        self.renew_button.clicked.connect(self.renew_requested)
        self.projector_button.clicked.connect(self.projector_requested)
        self.copy_button.clicked.connect(self._copy)
        self.wifi_name_edit.editingFinished.connect(self._save_wifi)
        self.wifi_password_edit.editingFinished.connect(self._save_wifi)
        service.running_changed.connect(self._running_changed)
        service.failed.connect(self._failed)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.toggle_button.setText(self.tr("Telefoner og QR-koder"))
        self.host_label.setText(self.tr("&Adresse"))
        self.port_label.setText(self.tr("Po&rt"))
        self.wifi_name_label.setText(self.tr("&Wi-Fi"))
        self.wifi_password_label.setText(self.tr("Pass&ord"))
        self.wifi_name_edit.setPlaceholderText(self.tr("Nettverkets navn"))
        self.wifi_password_edit.setPlaceholderText(self.tr("Tomt for åpent nett"))
        self.renew_button.setText(self.tr("Nye lenker…"))
        self.renew_button.setToolTip(self.tr("Lag nye lenker for alle grupper; de gamle QR-kodene slutter å virke"))
        self.projector_button.setText(self.tr("Vis QR-koder på projektor"))
        self.copy_button.setText(self.tr("Kopier lenken"))
        self.host_combo.setToolTip(self.tr("Adressen telefonene når denne PC-en på (i lokalnettet)"))
        self.refresh()

    def load(self) -> None:
        """Fill the fields from the open file (address, port, Wi-Fi)."""
        if not self._service.session.is_open:
            return
        saved_host, port = self._service.saved_address()
        detected = self._service.detected_address()
        self.host_combo.clear()
        for host in dict.fromkeys((detected, saved_host)):
            self.host_combo.addItem(host)
        self.host_combo.setCurrentText(detected)
        self.port_spin.setValue(port)
        wifi = self._service.wifi()
        self.wifi_name_edit.setText(wifi.ssid)
        self.wifi_password_edit.setText(wifi.password)
        self.refresh()

    def set_link(self, link: str | None, caption: str) -> None:
        """The QR code beside the fields: the link of the group open in the editor."""
        self._link = link or ""
        self.qr_widget.set_data(self._link)
        self.qr_widget.setVisible(bool(self._link))
        self.qr_caption.setText(caption if self._link else "")
        self.copy_button.setEnabled(bool(self._link))

    def refresh(self) -> None:
        running = self._service.is_running
        self.start_button.setText(self.tr("Stopp server") if running else self.tr("Start server"))
        self.host_combo.setEnabled(not running)
        self.port_spin.setEnabled(not running)
        self.projector_button.setEnabled(running)
        if running:
            url = self._service.url or ""
            self.summary_label.setText(
                self.tr("Serveren kjører på {url} – telefonene må være på samme nett som denne PC-en.").format(url=url)
            )
        else:
            self.summary_label.setText(
                self.tr("Serveren er stoppet: referentene kan bare skrive her på PC-en. Start den for å vise QR-kodene.")
            )
        self.copy_button.setEnabled(bool(self._link))

    def _toggled(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.toggle_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _start_or_stop(self) -> None:
        if self._service.is_running:
            self._service.stop()
        else:
            self._save_wifi()
            self.start_button.setEnabled(False)
            task = self._service.start(host=self.host_combo.currentText(), port=self.port_spin.value())
            task.add_done_callback(self._start_done)

    def _start_done(self, _task: object) -> None:
        self.start_button.setEnabled(True)

    def _running_changed(self, running: bool) -> None:
        self.start_button.setEnabled(True)
        address = self._service.address
        if running and address is not None:
            self.host_combo.setCurrentText(address[0])
            self.port_spin.setValue(address[1])
        self.refresh()

    def _failed(self, error: KvadrantError) -> None:
        self.start_button.setEnabled(True)
        show_error(self, error, title=self.tr("Kunne ikke starte serveren"))

    def _save_wifi(self) -> None:
        if not self._service.session.is_open:
            return
        wifi = self._service.wifi()
        name, password = self.wifi_name_edit.text().strip(), self.wifi_password_edit.text()
        if (wifi.ssid, wifi.password) != (name, password):
            try:
                self._service.set_wifi(name, password)
            except KvadrantError as error:
                show_error(self, error)

    def _copy(self) -> None:
        if self._link:
            QGuiApplication.clipboard().setText(self._link)


# -- the section -------------------------------------------------------------------------------
class ReferaterView(QWidget):
    """The Referater section: server panel on top, the board left, the editor right."""

    status_message = Signal(str)

    def __init__(
        self,
        session: ConferenceSession,
        service: ReferentService,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._service = service
        self._now = session.clock.now
        self._settings = settings
        self._blocks: list[BlockRow] = []
        self._tables: dict[int, Table] = {}
        self.qr_window: QWidget | None = None

        self.server_panel = ServerPanel(service)
        self.block_label = QLabel()
        self.block_combo = QComboBox()
        self.header = BoardHeader(self._now)
        self.model = BoardModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BoardModel.GROUP, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.editor = SummaryEditor(session)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        make_quiet(self.empty_label)

        board_column = QWidget()
        board_layout = QVBoxLayout(board_column)
        board_layout.setContentsMargins(0, 0, 0, 0)
        chooser = QHBoxLayout()
        chooser.addWidget(self.block_label)
        chooser.addWidget(self.block_combo, 1)
        board_layout.addLayout(chooser)
        board_layout.addWidget(self.header)
        board_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(board_column)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.server_panel)
        layout.addWidget(self.pages, 1)

        self.tick_timer = QTimer(self)
        self.tick_timer.setSingleShot(True)
        self.tick_timer.timeout.connect(self.tick)

        self.block_combo.currentIndexChanged.connect(self._block_chosen)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.editor.status_message.connect(self.status_message)
        self.server_panel.renew_requested.connect(self.renew_links)
        self.server_panel.projector_requested.connect(self.show_qr_board)
        service.running_changed.connect(self._update_link)
        service.links_changed.connect(self._update_link)
        session.changed.connect(self._changed)
        session.file_opened.connect(self._file_opened)
        session.file_closing.connect(self._file_closing)
        session.file_closed.connect(self.reload)
        self._retranslate()
        if session.is_open:
            self._file_opened(session.path)

    # -- loading ---------------------------------------------------------------------------------
    @property
    def block(self) -> BlockRow | None:
        index = self.block_combo.currentIndex()
        return self._blocks[index] if 0 <= index < len(self._blocks) else None

    def reload(self, *_args: object) -> None:
        """Read the blocks and the chosen block's board again (keeps the chosen block and group)."""
        chosen = self.block.id if self.block is not None else None
        self._blocks = []
        if self._session.is_open:
            db = self._session.db
            self._blocks = [b for b in group_blocks(db) if (plan := plan_for(db, b)) is not None and plan.tables]
        self.block_combo.blockSignals(True)
        self.block_combo.clear()
        for block in self._blocks:
            self.block_combo.addItem(self._block_text(block), block.id)
        index = next((k for k, b in enumerate(self._blocks) if b.id == chosen), 0 if self._blocks else -1)
        self.block_combo.setCurrentIndex(index)
        self.block_combo.blockSignals(False)
        self._load_board()

    def _block_text(self, block: BlockRow) -> str:
        kind = kind_name(block.kind)
        if not block.title:
            return kind
        return block.title if kind.casefold() in block.title.casefold() else f"{kind} – {block.title}"

    def set_block(self, block_id: int) -> None:
        index = next((k for k, b in enumerate(self._blocks) if b.id == block_id), -1)
        if index >= 0:
            self.block_combo.setCurrentIndex(index)

    def _block_chosen(self, _index: int) -> None:
        self._load_board()

    def _load_board(self) -> None:
        block = self.block
        chosen = self.editor.key[1] if self.editor.key is not None else None
        if block is None or not self._session.is_open:
            self.editor.open_group(None, None, None)
            self._tables = {}
            self.model.set_board(None)
            self.header.set_board(None, 0)
            self.pages.setCurrentWidget(self.empty_label)
            self._update_link()
            return
        db = self._session.db
        plan = plan_for(db, block)
        self._tables = {t.id: t for t in plan.tables} if plan else {}
        try:
            value = board(db, block.id)
        except KvadrantError as error:
            show_error(self, error)
            return
        self.model.set_board(value)
        self.header.set_board(value, self.model.delivered)
        self.pages.setCurrentWidget(self.splitter)
        row = self.model.row_of(chosen) if chosen is not None else None
        self.select_row(row if row is not None else 0)
        self._schedule_tick()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self._row_chosen(self.model.index(row, 0))

    def select_group(self, group_id: int) -> None:
        row = self.model.row_of(group_id)
        if row is not None:
            self.select_row(row)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        state = self.model.state(current.row()) if current.isValid() else None
        table = self._tables.get(state.group_id) if state is not None else None
        self.editor.open_group(state, table, self.model.kvadrant)
        self._update_link()

    # -- reacting --------------------------------------------------------------------------------
    def _summary_changed(self, change: SummariesChanged) -> None:
        value = self.model.board
        if value is None or change.block_id != value.block.id or not self._session.is_open:
            return
        try:
            fresh = board(self._session.db, change.block_id)
        except KvadrantError:
            return
        state = next((r for r in fresh.rows if r.group_id == change.group_id), None)
        if state is None:
            return
        self.model.update_state(state)
        self.header.set_board(self.model.board, self.model.delivered)
        self.editor.summary_changed(change, state)

    def _changed(self, changes: Changes) -> None:
        if changes.summaries is not None:
            self._summary_changed(changes.summaries)
        # A new plan can add a block to the chooser; a check-in changes who sits where; names
        # and the programme are on the editor's heading.
        if changes.groups or changes.participants or changes.programme or changes.conference:
            self.reload()

    def _file_opened(self, _path: object) -> None:
        self.server_panel.load()
        self.reload()

    def _file_closing(self) -> None:
        self.editor.flush()
        if self.qr_window is not None:
            self.qr_window.close()
            self.qr_window = None

    # -- the clock -------------------------------------------------------------------------------
    def tick(self) -> None:
        """Repaint the time left; the next tick comes at the next whole second."""
        self.header.refresh()
        self._schedule_tick()

    def _schedule_tick(self) -> None:
        if self.model.board is None or self.model.board.deadline is None:
            self.tick_timer.stop()
            return
        now = self._now()
        self.tick_timer.start(max(50, 1000 - now.microsecond // 1000 + 5))

    # -- links and QR codes ----------------------------------------------------------------------
    def _update_link(self, *_args: object) -> None:
        state = self.editor._state
        if state is None or not self._session.is_open:
            self.server_panel.set_link(None, "")
            return
        try:
            link = self._service.link_url(state.block_id, state.group_id)
        except KvadrantError:
            link = None
        self.server_panel.set_link(link, group_name(state, self.model.kvadrant))

    def renew_links(self) -> None:
        if not self._session.is_open:
            return
        if not confirm(
            self,
            title=self.tr("Nye lenker"),
            text=self.tr("Lage nye lenker for alle grupper?"),
            informative_text=self.tr(
                "De gamle lenkene og QR-kodene slutter å virke, også på utskrevne bordkort. "
                "Det som allerede er skrevet, er trygt. Vis de nye kodene på projektoren eller skriv ut bordkortene på nytt."
            ),
            confirm_text=self.tr("Lag nye lenker"),
        ):
            return
        try:
            self._service.renew_links()
        except KvadrantError as error:
            show_error(self, error)
            return
        self.status_message.emit(self.tr("Nye lenker er laget; de gamle virker ikke lenger."))
        self._update_link()

    def show_qr_board(self) -> None:
        from ui.referater.qr_board import QrBoardWindow, show_on_projector

        block = self.block
        if block is None or not self._service.is_running:
            return
        if self.qr_window is not None:
            self.qr_window.close()
        window = QrBoardWindow(self._service, block_id=block.id)
        self.qr_window = window
        show_on_projector(window, preferred=self._settings.projector_screen if self._settings is not None else "")

    # -- language --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.block_label.setText(self.tr("Blokk:"))
        self.empty_label.setText(
            self.tr("Ingen grupper ennå. Lag gruppene for 1. eller 4. kvadrant under Grupper, så kommer referatene her.")
        )
        for k, block in enumerate(self._blocks):
            self.block_combo.setItemText(k, self._block_text(block))
        self.model.retranslate()
        self.header.refresh()

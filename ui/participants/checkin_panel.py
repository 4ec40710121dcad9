"""The check-in list beside the table plan: search a name, tick them in (or out), and the session
fits the current plans around it (``ConferenceSession.check_in``), saying who moved where.

The list shows each person's table in the kvadrant the groups view is showing, so the facilitator
at the door can also answer "where do I sit?".
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.groups.plans import GroupsChanged
from app.common.messages import KvadrantError
from app.roster.participants import ParticipantRow
from ui.shell.conference_session import ConferenceSession
from ui.shell.formatting import role_name
from ui.participants.participant_model import (
    PARTICIPANT_ID_ROLE,
    ROW_ROLE,
    SORT_ROLE,
    ModelIndex,
    ParticipantFilterProxy,
    Presence,
    is_checked,
)
from ui.shell.style import make_quiet, quiet_color, scaled_font
from ui.shell.changes import Changes
from ui.shell.retranslating import Retranslating


class CheckInModel(QAbstractListModel):
    """Everyone, one row each, with a present checkbox and their table; ticking checks them in.

    Speaks the participant model's roles (``ROW_ROLE``, ``SORT_ROLE``) so the participant
    filter proxy sorts and searches it the Norwegian way.
    """

    #: A check-in the core refused; carries the :class:`KvadrantError`.
    edit_failed = Signal(object)

    def __init__(self, session: ConferenceSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: list[ParticipantRow] = []
        self._tables: dict[int, str] = {}
        self.kvadrant = 1
        session.changed.connect(self._changed)
        session.file_opened.connect(self.reload)
        session.file_closed.connect(self.reload)
        self.reload()

    @property
    def rows(self) -> tuple[ParticipantRow, ...]:
        return tuple(self._rows)

    def row_of(self, participant_id: int) -> int | None:
        return next((k for k, r in enumerate(self._rows) if r.id == participant_id), None)

    def set_kvadrant(self, kvadrant: int) -> None:
        if kvadrant != self.kvadrant:
            self.kvadrant = kvadrant
            self._reload_tables()

    def reload(self, *args: object) -> None:
        self.beginResetModel()
        self._rows = self._session.participants() if self._session.is_open else []
        self._tables = self._read_tables()
        self.endResetModel()

    def _read_tables(self) -> dict[int, str]:
        if not self._session.is_open:
            return {}
        try:
            plan = self._session.plan(self.kvadrant)
        except KvadrantError:
            return {}
        if plan is None:
            return {}
        seats: dict[int, list[str]] = {}
        for table in plan.tables:
            if self.kvadrant == 4:
                where = table.label or self.tr("gruppe {number}").format(number=table.number)
            else:
                where = self.tr("bord {number}").format(number=table.number)
            for member in table.members:
                seats.setdefault(member.participant_id, []).append(where)
        # A veileder in 4. kvadrant sits with several kommunegrupper: "Asker +4".
        return {pid: places[0] if len(places) == 1 else f"{places[0]} +{len(places) - 1}" for pid, places in seats.items()}

    def _reload_tables(self) -> None:
        self._tables = self._read_tables()
        self._all_changed()

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def _changed(self, changes: Changes) -> None:
        if changes.participants is not None:
            self._participants_changed()
        if changes.groups is not None:
            self._groups_changed(changes.groups)

    def _participants_changed(self) -> None:
        if not self._session.is_open:
            return
        fresh = self._session.participants()
        if [r.id for r in fresh] != [r.id for r in self._rows]:
            self.beginResetModel()
            self._rows = fresh
            self.endResetModel()
            return
        for row, (old, new) in enumerate(zip(self._rows, fresh)):
            if old != new:
                self._rows[row] = new
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def _groups_changed(self, change: GroupsChanged) -> None:
        if self._session.is_open and change.kvadrant in (None, self.kvadrant):
            self._reload_tables()

    def retranslate(self) -> None:
        self._reload_tables()

    # -- QAbstractListModel -------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            seat = self._tables.get(row.id)
            second = f"{row.municipality} · {seat}" if seat else row.municipality
            return f"{row.name}\n{second}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            state = self.tr("til stede") if row.present else self.tr("fraværende")
            parts = [row.name, row.municipality, role_name(row.role), state]
            return " · ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ForegroundRole and not row.present:
            return quiet_color(QGuiApplication.palette())
        if role == Qt.ItemDataRole.FontRole and not row.present:
            font = QFont(QGuiApplication.font())
            font.setItalic(True)
            return font
        if role == SORT_ROLE:
            return row.name
        if role == ROW_ROLE:
            return row
        if role == PARTICIPANT_ID_ROLE:
            return row.id
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        present = is_checked(value)
        if present == row.present:
            return True
        try:
            self._session.check_in(row.id, present, name=row.name)
        except KvadrantError as error:
            self.edit_failed.emit(error)
            return False
        return True


class CheckInPanel(Retranslating, QWidget):
    """Search, a present/absent filter, and the list to tick people in at the door."""

    def __init__(self, session: ConferenceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = CheckInModel(session, self)
        self.proxy = ParticipantFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)

        self.title_label = QLabel()
        font = scaled_font(self, 1.1, bold=True)
        self.title_label.setFont(font)
        self.counts_label = QLabel()
        make_quiet(self.counts_label)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.presence_combo = QComboBox()
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(1)
        self.list.setAlternatingRowColors(True)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        make_quiet(self.hint_label)

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.counts_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.presence_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint_label)

        self.search_edit.textChanged.connect(self.proxy.set_search_text)
        self.search_edit.returnPressed.connect(self.check_in_the_only_match)
        self.presence_combo.currentIndexChanged.connect(self._presence_chosen)
        self.model.modelReset.connect(self._update_counts)
        self.model.dataChanged.connect(self._update_counts)
        self._retranslate()

    def _language_changed(self) -> None:
        self._retranslate()
        self.model.retranslate()

    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("Innsjekking"))
        self.search_edit.setPlaceholderText(self.tr("Søk navn, kommune …"))
        self.hint_label.setText(self.tr("Kryss av for dem som kommer. Enter sjekker inn når bare én passer søket."))
        chosen = self.presence_combo.currentIndex()
        self.presence_combo.blockSignals(True)
        self.presence_combo.clear()
        self.presence_combo.addItem(self.tr("Alle"), Presence.ALL)
        self.presence_combo.addItem(self.tr("Til stede"), Presence.PRESENT)
        self.presence_combo.addItem(self.tr("Fraværende"), Presence.ABSENT)
        self.presence_combo.setCurrentIndex(max(chosen, 0))
        self.presence_combo.blockSignals(False)
        self._update_counts()

    def set_kvadrant(self, kvadrant: int) -> None:
        self.model.set_kvadrant(kvadrant)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _presence_chosen(self) -> None:
        self.proxy.set_presence(self.presence_combo.currentData() or Presence.ALL)

    def _update_counts(self, *args: object) -> None:
        rows = self.model.rows
        present = sum(1 for r in rows if r.present)
        self.counts_label.setText(self.tr("{present} av {total} til stede").format(present=present, total=len(rows)))

    def check_in_the_only_match(self) -> None:
        """Enter in the search box: if exactly one person matches and is absent, check them in."""
        if self.proxy.rowCount() != 1:
            return
        index = self.proxy.index(0, 0)
        if index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked:
            return
        self.proxy.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        self.search_edit.selectAll()

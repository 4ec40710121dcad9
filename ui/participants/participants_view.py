"""The Deltakere section: the participant table with search, filters, inline editing, adding,
removing and checking people in, and a line of counts."""
from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from ui.shell.conference_session import ConferenceSession
from ui.shell.formatting import KNOWN_ROLES, role_name
from ui.shell.messages import confirm, show_error
from ui.participants.participant_delegates import MunicipalityDelegate, RoleDelegate
from ui.participants.participant_dialog import AddParticipantDialog
from ui.participants.participant_model import (
    OTHER_ROLES,
    PARTICIPANT_ID_ROLE,
    Column,
    NorwegianCollator,
    ParticipantFilterProxy,
    ParticipantTableModel,
    Presence,
    participant_counts,
)
from ui.shell.changes import Changes
from ui.shell.retranslating import Retranslating

_COLUMN_WIDTHS = {
    Column.PRESENT: 80,
    Column.NAME: 220,
    Column.MUNICIPALITY: 160,
    Column.ROLE: 160,
    Column.KOMMUNEGRUPPE: 150,
}


class ParticipantsView(Retranslating, QWidget):
    """Everything about who is at the conference, for the facilitator at the door and after."""

    #: A short confirmation for the status bar ("3 markert til stede").
    status_message = Signal(str)

    def __init__(self, session: ConferenceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = ParticipantTableModel(session, self)
        self.proxy = ParticipantFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(280)
        self.presence_combo = QComboBox()
        self.role_combo = QComboBox()
        self.presence_label = QLabel()
        self.presence_label.setBuddy(self.presence_combo)
        self.role_label = QLabel()
        self.role_label.setBuddy(self.role_combo)
        self.add_button = QPushButton()

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in _COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(Column.PRESENT, QHeaderView.ResizeMode.Fixed)
        self.table.setItemDelegateForColumn(Column.ROLE, RoleDelegate(self.table))
        self.table.setItemDelegateForColumn(Column.MUNICIPALITY, MunicipalityDelegate(self.municipalities, self.table))

        self.counts_label = QLabel()
        self.counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.present_button = QPushButton()
        self.absent_button = QPushButton()
        self.remove_button = QPushButton()

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search_edit, 1)
        filters.addSpacing(12)
        filters.addWidget(self.presence_label)
        filters.addWidget(self.presence_combo)
        filters.addSpacing(12)
        filters.addWidget(self.role_label)
        filters.addWidget(self.role_combo)
        filters.addSpacing(24)
        filters.addWidget(self.add_button)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.counts_label, 1)
        actions.addWidget(self.present_button)
        actions.addWidget(self.absent_button)
        actions.addSpacing(12)
        actions.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.search_edit.textChanged.connect(self.proxy.set_search_text)
        self.presence_combo.currentIndexChanged.connect(self._presence_chosen)
        self.role_combo.currentIndexChanged.connect(self._role_chosen)
        self.add_button.clicked.connect(self.add_participant)
        self.present_button.clicked.connect(self.mark_present)
        self.absent_button.clicked.connect(self.mark_absent)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.edit_failed.connect(self._show_edit_error, Qt.ConnectionType.QueuedConnection)
        self.model.modelReset.connect(self._update_counts)
        self.proxy.rowsInserted.connect(self._update_counts)
        self.proxy.rowsRemoved.connect(self._update_counts)
        self.proxy.layoutChanged.connect(self._update_counts)
        self.proxy.modelReset.connect(self._update_counts)
        session.changed.connect(self._changed)
        session.file_opened.connect(self._update_buttons)
        session.file_closed.connect(self._update_buttons)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)

        self._retranslate()
        self._update_buttons()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- texts ---------------------------------------------------------------------------------
    def _language_changed(self) -> None:
        self._retranslate()
        self.model.retranslate()

    def _retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Søk i navn, kommune, rolle, e-post …"))
        self.presence_label.setText(self.tr("&Vis:"))
        self.role_label.setText(self.tr("R&olle:"))
        self.add_button.setText(self.tr("Legg til deltaker…"))
        self.present_button.setText(self.tr("Marker til stede"))
        self.absent_button.setText(self.tr("Marker fraværende"))
        self.remove_button.setText(self.tr("Fjern…"))
        self._fill_combo(
            self.presence_combo,
            [
                (self.tr("Alle"), Presence.ALL),
                (self.tr("Til stede"), Presence.PRESENT),
                (self.tr("Fraværende"), Presence.ABSENT),
            ],
        )
        roles = [(self.tr("Alle roller"), None)]
        roles += [(role_name(role), role) for role in KNOWN_ROLES]
        roles.append((self.tr("Andre roller"), OTHER_ROLES))
        self._fill_combo(self.role_combo, roles)
        self._update_counts()

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        """Set a combo's items, keeping what was chosen (used again after a language switch)."""
        chosen = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(chosen, 0))
        combo.blockSignals(False)

    # -- filters -------------------------------------------------------------------------------
    def _presence_chosen(self) -> None:
        self.proxy.set_presence(self.presence_combo.currentData() or Presence.ALL)
        self._update_counts()

    def _role_chosen(self) -> None:
        self.proxy.set_role(self.role_combo.currentData())
        self._update_counts()

    # -- counts and buttons ------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if changes.participants is not None:
            self._update_counts()
            self._update_buttons()

    def counts_text(self) -> str:
        counts = participant_counts(self.model.rows)
        n = counts["participants"]
        parts = [
            self.tr("1 deltaker") if n == 1 else self.tr("{n} deltakere").format(n=n),
            self.tr("{n} til stede").format(n=counts["present"]),
            self.tr("1 kommune") if counts["municipalities"] == 1
            else self.tr("{n} kommuner").format(n=counts["municipalities"]),
            self.tr("1 veileder") if counts["veiledere"] == 1
            else self.tr("{n} veiledere").format(n=counts["veiledere"]),
        ]
        if self.proxy.is_filtering:
            parts.append(self.tr("{n} vises").format(n=self.proxy.rowCount()))
        return " · ".join(parts)

    def _update_counts(self) -> None:
        self.counts_label.setText(self.counts_text())

    def _update_buttons(self, *args: object) -> None:
        has_selection = bool(self.selected_ids())
        for button in (self.present_button, self.absent_button, self.remove_button):
            button.setEnabled(has_selection)
        self.add_button.setEnabled(self._session.is_open)

    # -- selection -------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(index.data(PARTICIPANT_ID_ROLE)) for index in rows if index.data(PARTICIPANT_ID_ROLE) is not None]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first: QModelIndex | None = None
        for participant_id in ids:
            row = self.model.row_of(participant_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, Column.NAME))
            if not index.isValid():
                continue
            selection.select(
                index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    def municipalities(self) -> list[str]:
        collator = NorwegianCollator()
        return sorted({row.municipality for row in self.model.rows}, key=cmp_to_key(collator.compare))

    # -- actions -------------------------------------------------------------------------------
    def add_participant(self) -> None:
        if not self._session.is_open:
            return
        dialog = AddParticipantDialog(self._session, municipalities=self.municipalities(), parent=self)
        if dialog.exec() and dialog.added_id is not None:
            self.search_edit.clear()
            self.select_ids([dialog.added_id])
            self.status_message.emit(self.tr("Deltakeren er lagt til."))

    def mark_present(self) -> None:
        self._set_present(True)

    def mark_absent(self) -> None:
        self._set_present(False)

    def _set_present(self, present: bool) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            self._session.set_present(ids, present)
        except KvadrantError as error:  # e.g. a full or read-only disk
            self._show_edit_error(error)
            return
        self.select_ids(ids)
        if present:
            self.status_message.emit(self.tr("{n} markert til stede.").format(n=len(ids)))
        else:
            self.status_message.emit(self.tr("{n} markert fraværende.").format(n=len(ids)))

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rows = [self.model.row_of(i) for i in ids]
        names = [p.name for p in (self.model.participant(r) for r in rows if r is not None) if p is not None]
        if len(ids) == 1:
            text = self.tr("Fjerne {name} fra konferansen?").format(name=names[0] if names else "")
            button = self.tr("Fjern deltakeren")
        else:
            text = self.tr("Fjerne {n} deltakere fra konferansen?").format(n=len(ids))
            button = self.tr("Fjern {n} deltakere").format(n=len(ids))
        shown = ", ".join(names[:8]) + (" …" if len(names) > 8 else "")
        details = "" if len(ids) == 1 else shown + "\n\n"
        details += self.tr("Du kan angre med Ctrl+Z.")
        if not confirm(
            self, title=self.tr("Fjern deltakere"), text=text, informative_text=details, confirm_text=button
        ):
            return
        try:
            self._session.remove_participants(ids)
        except KvadrantError as error:
            self._show_edit_error(error)
            return
        self.status_message.emit(
            self.tr("1 deltaker fjernet.") if len(ids) == 1 else self.tr("{n} deltakere fjernet.").format(n=len(ids))
        )

    def _show_edit_error(self, error: KvadrantError) -> None:
        show_error(self, error, title=self.tr("Endringen ble ikke lagret"))

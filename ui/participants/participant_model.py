"""The participant table: a model over the file's participants, and a proxy that sorts the
Norwegian way (Æ, Ø, Å after Z) and filters by search text, presence and role.

The model reads through the session and writes through it: an edit in a cell is committed to
the file at once, and a refusal from the core (an empty name, a duplicate) is reported through
``edit_failed`` while the cell keeps its old value.
"""
from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from app.common.messages import KvadrantError
from app.roster.participants import ParticipantRow, ParticipantsChanged
from app.common.roles import VEILEDER
from app.common.text import norwegian_key, search_fold
from ui.shell.conference_session import ConferenceSession
from ui.shell.formatting import KNOWN_ROLES, role_name
from ui.shell.style import quiet_color
from ui.shell.changes import Changes

ModelIndex = QModelIndex | QPersistentModelIndex

#: The participant's id (int).
PARTICIPANT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The whole :class:`ParticipantRow`.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
#: What the column sorts by: text, or 0/1 for presence.
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


class Column(enum.IntEnum):
    PRESENT = 0
    NAME = 1
    MUNICIPALITY = 2
    ROLE = 3
    KOMMUNEGRUPPE = 4
    EMAIL = 5


#: The participant field each editable text column shows.
FIELDS: dict[Column, str] = {
    Column.NAME: "name",
    Column.MUNICIPALITY: "municipality",
    Column.ROLE: "role",
    Column.KOMMUNEGRUPPE: "kommunegruppe",
    Column.EMAIL: "email",
}


class ParticipantTableModel(QAbstractTableModel):
    """One row per participant, in the order they were added; sorting is the proxy's job."""

    #: An edit the core refused; carries the :class:`KvadrantError`.
    edit_failed = Signal(object)

    def __init__(self, session: ConferenceSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: list[ParticipantRow] = []
        self._index_of: dict[int, int] = {}
        session.changed.connect(self._changed)
        session.file_opened.connect(self.reload)
        session.file_closed.connect(self.reload)
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.participants is not None:
            self.apply_change(changes.participants)

    # -- contents -----------------------------------------------------------------------------
    @property
    def rows(self) -> tuple[ParticipantRow, ...]:
        return tuple(self._rows)

    def participant(self, row: int) -> ParticipantRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, participant_id: int) -> int | None:
        return self._index_of.get(participant_id)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._session.participants() if self._session.is_open else []
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._index_of = {row.id: i for i, row in enumerate(self._rows)}

    def apply_change(self, change: ParticipantsChanged) -> None:
        """Bring the rows in line with the file after ``change``, touching only the rows that differ.

        The list is read again in one query (a conference has about a hundred people) and
        compared by id, so the model cannot drift from the file even if the change is partial.
        """
        if not (change.added or change.updated or change.removed) or not self._session.is_open:
            return
        fresh = self._session.participants()
        fresh_by_id = {row.id: row for row in fresh}
        for row_number in sorted((i for i, r in enumerate(self._rows) if r.id not in fresh_by_id), reverse=True):
            self.beginRemoveRows(QModelIndex(), row_number, row_number)
            del self._rows[row_number]
            self.endRemoveRows()
        self._reindex()
        last_column = self.columnCount() - 1
        for row_number, old in enumerate(self._rows):
            new = fresh_by_id[old.id]
            if new != old:
                self._rows[row_number] = new
                self.dataChanged.emit(self.index(row_number, 0), self.index(row_number, last_column))
        added = [row for row in fresh if row.id not in self._index_of]
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self._reindex()
            self.endInsertRows()

    def retranslate(self) -> None:
        """Headers and role names are in the interface language; show them again after a switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.ROLE),
                self.index(len(self._rows) - 1, Column.ROLE),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )

    # -- QAbstractTableModel --------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.PRESENT:
            return self.tr("Kryss av for dem som har kommet")
        return None

    def _header(self, column: Column) -> str:
        if column == Column.PRESENT:
            return self.tr("Til stede")
        if column == Column.NAME:
            return self.tr("Navn")
        if column == Column.MUNICIPALITY:
            return self.tr("Kommune")
        if column == Column.ROLE:
            return self.tr("Rolle")
        if column == Column.KOMMUNEGRUPPE:
            return self.tr("Kommunegruppe")
        return self.tr("E-post")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(Column):
            return None
        participant = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.PRESENT:
                return None
            if column == Column.ROLE:
                return role_name(participant.role)
            return getattr(participant, FIELDS[column])
        if role == Qt.ItemDataRole.EditRole:
            if column == Column.PRESENT:
                return participant.present
            return getattr(participant, FIELDS[column])
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.PRESENT:
            return Qt.CheckState.Checked if participant.present else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            if column == Column.PRESENT:
                return int(participant.present)
            return role_name(participant.role) if column == Column.ROLE else getattr(participant, FIELDS[column])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(participant, column)
        if role == Qt.ItemDataRole.ForegroundRole and not participant.present:
            return quiet_color(QGuiApplication.palette())
        if role == PARTICIPANT_ID_ROLE:
            return participant.id
        if role == ROW_ROLE:
            return participant
        return None

    def _tooltip(self, participant: ParticipantRow, column: Column) -> str | None:
        if column == Column.PRESENT:
            return self.tr("Til stede") if participant.present else self.tr("Fraværende")
        if column in (Column.NAME, Column.ROLE) and participant.advises:
            return self.tr("Veileder for: {municipalities}").format(municipalities=", ".join(participant.advises))
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.PRESENT:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        participant = self.participant(index.row()) if index.isValid() else None
        if participant is None:
            return False
        column = Column(index.column())
        try:
            if column == Column.PRESENT and role in (Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.EditRole):
                present = is_checked(value)
                if present != participant.present:
                    self._session.set_present([participant.id], present)
                return True
            if column in FIELDS and role == Qt.ItemDataRole.EditRole:
                field = FIELDS[column]
                text = "" if value is None else str(value)
                if " ".join(text.split()) == getattr(participant, field):
                    return True
                self._session.update_participant(participant.id, **{field: text})
                return True
        except KvadrantError as error:
            self.edit_failed.emit(error)
        return False


def is_checked(value: Any) -> bool:
    """A check box's value as Qt hands it to setData (a CheckState, a bool or an int)."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    if isinstance(value, bool):
        return value
    try:
        return int(value) == Qt.CheckState.Checked.value
    except (TypeError, ValueError):
        return False


# -- sorting and filtering ----------------------------------------------------------------------
class Presence(enum.Enum):
    ALL = "all"
    PRESENT = "present"
    ABSENT = "absent"


#: Role filter value for "any role not one of the four".
OTHER_ROLES = "*other*"


class NorwegianCollator:
    """Compares text in Norwegian order; Qt's collator if the platform sorts Æ Ø Å right."""

    def __init__(self) -> None:
        self._qt = QCollator(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
        self._qt.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._qt.setNumericMode(True)
        words = ["Alta", "Zeta", "Ærø", "Ørsta", "Ås"]
        self._use_qt = sorted(words, key=self._qt.sortKey) == words

    def compare(self, left: str, right: str) -> int:
        if self._use_qt:
            return self._qt.compare(left, right)
        a, b = norwegian_key(left), norwegian_key(right)
        return (a > b) - (a < b)


class ParticipantFilterProxy(QSortFilterProxyModel):
    """Sorts in Norwegian order and shows the rows that match the search, presence and role."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._collator = NorwegianCollator()
        self._terms: list[str] = []
        self._presence = Presence.ALL
        self._role: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def is_filtering(self) -> bool:
        return bool(self._terms) or self._presence != Presence.ALL or self._role is not None

    def set_search_text(self, text: str) -> None:
        terms = search_fold(text).split()
        if terms != self._terms:
            self._change_filter(lambda: setattr(self, "_terms", terms))

    def set_presence(self, presence: Presence) -> None:
        if presence != self._presence:
            self._change_filter(lambda: setattr(self, "_presence", presence))

    def set_role(self, role: str | None) -> None:
        """Show only this role (a stored role code, or ``OTHER_ROLES``); None shows all."""
        if role != self._role:
            self._change_filter(lambda: setattr(self, "_role", role))

    def _change_filter(self, change: Any) -> None:
        self.beginFilterChange()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        participant = model.data(model.index(source_row, 0, source_parent), ROW_ROLE) if model else None
        if not isinstance(participant, ParticipantRow):
            return False
        if self._presence == Presence.PRESENT and not participant.present:
            return False
        if self._presence == Presence.ABSENT and participant.present:
            return False
        if self._role is not None:
            if self._role == OTHER_ROLES:
                if participant.role in KNOWN_ROLES:
                    return False
            elif participant.role != self._role:
                return False
        if self._terms:
            haystack = search_fold(
                " ".join(
                    (
                        participant.name,
                        participant.municipality,
                        participant.role,
                        role_name(participant.role),
                        participant.kommunegruppe,
                        participant.email,
                        *participant.advises,
                    )
                )
            )
            return all(term in haystack for term in self._terms)
        return True

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            order = self._collator.compare(a, b)
            if order == 0:  # a stable, useful tie-break: by name
                order = self._collator.compare(
                    str(left.siblingAtColumn(Column.NAME).data(SORT_ROLE) or ""),
                    str(right.siblingAtColumn(Column.NAME).data(SORT_ROLE) or ""),
                )
            return order < 0
        if a is None or b is None:
            return a is None and b is not None
        return a < b


def participant_counts(rows: tuple[ParticipantRow, ...] | list[ParticipantRow]) -> dict[str, int]:
    """The figures of the counts line: people, present, municipalities and veiledere."""
    return {
        "participants": len(rows),
        "present": sum(1 for r in rows if r.present),
        "municipalities": len({search_fold(r.municipality) for r in rows if r.municipality}),
        "veiledere": sum(1 for r in rows if r.role == VEILEDER),
    }

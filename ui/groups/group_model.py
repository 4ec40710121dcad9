"""One table of a plan as a Qt list model: its members in speaking order, with drag and drop of
people between tables and within a table (to change the speaking order).

Drag and drop is a model feature: ``mimeData`` packs the participant and the group they come
from under our own mime type, and ``dropMimeData`` on the receiving table asks the session to
move them (one undo command). The session then says what changed (``groups_changed``) and the
groups view hands every table's model its fresh :class:`Table` (``set_table``), which touches
only the rows that differ.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication

from app.groups.plans import Member, Table
from app.common.messages import KvadrantError
from app.common.roles import KULTURSKOLEEIER, KULTURSKOLELEDER, RESSURSLAERER, VEILEDER
from ui.shell.conference_session import ConferenceSession
from ui.shell.formatting import role_name
from ui.shell.style import quiet_color

ModelIndex = QModelIndex | QPersistentModelIndex

#: Our own mime type: a JSON list of {"participant_id", "group_id", "kvadrant"}.
MEMBER_MIME_TYPE = "application/x-kvadrant-member"

#: The whole :class:`Member`.
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
#: The participant's id (int).
PARTICIPANT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: True for the table's ordstyrer (chair).
ORDSTYRER_ROLE = Qt.ItemDataRole.UserRole + 3
#: True for the table's referent (note-taker).
REFERENT_ROLE = Qt.ItemDataRole.UserRole + 4
#: The place in the speaking order, from 1.
SPEAKING_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 5
#: The short role tag shown on the row ("leder"), in the interface language.
ROLE_TAG_ROLE = Qt.ItemDataRole.UserRole + 6

_ROLE_TAGS: dict[str, str] = {
    KULTURSKOLEEIER: QT_TRANSLATE_NOOP("GroupRoles", "eier"),
    KULTURSKOLELEDER: QT_TRANSLATE_NOOP("GroupRoles", "leder"),
    RESSURSLAERER: QT_TRANSLATE_NOOP("GroupRoles", "lærer"),
    VEILEDER: QT_TRANSLATE_NOOP("GroupRoles", "veileder"),
}


def role_tag(role: str) -> str:
    """A role as a short tag for a table card: "leder"; an unknown role as written."""
    source = _ROLE_TAGS.get(role)
    return QCoreApplication.translate("GroupRoles", source) if source else role


@dataclass(frozen=True)
class DraggedMember:
    """Who is being dragged, and from which group of which kvadrant."""

    participant_id: int
    group_id: int
    kvadrant: int


def encode_members(members: list[DraggedMember], names: list[str] | None = None) -> QMimeData:
    data = QMimeData()
    payload = [{"participant_id": m.participant_id, "group_id": m.group_id, "kvadrant": m.kvadrant} for m in members]
    data.setData(MEMBER_MIME_TYPE, json.dumps(payload).encode("utf-8"))
    if names:
        data.setText("\n".join(names))
    return data


def decode_members(data: QMimeData | None) -> list[DraggedMember]:
    """The members in ``data``; an empty list for anything that is not ours or is damaged."""
    if data is None or not data.hasFormat(MEMBER_MIME_TYPE):
        return []
    try:
        payload = json.loads(bytes(data.data(MEMBER_MIME_TYPE).data()).decode("utf-8"))
        return [DraggedMember(int(p["participant_id"]), int(p["group_id"]), int(p["kvadrant"])) for p in payload]
    except (ValueError, TypeError, KeyError):
        return []


class GroupTableModel(QAbstractListModel):
    """The members of one table, in speaking order; a drop here moves someone to this table."""

    #: A move the core refused; carries the :class:`KvadrantError`.
    edit_failed = Signal(object)

    def __init__(self, session: ConferenceSession, table: Table, *, kvadrant: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._table = table
        self.kvadrant = kvadrant

    # -- contents -----------------------------------------------------------------------------
    @property
    def table(self) -> Table:
        return self._table

    def member(self, row: int) -> Member | None:
        members = self._table.members
        return members[row] if 0 <= row < len(members) else None

    def row_of(self, participant_id: int) -> int | None:
        return next((k for k, m in enumerate(self._table.members) if m.participant_id == participant_id), None)

    def participant_ids(self) -> list[int]:
        return [m.participant_id for m in self._table.members]

    def set_table(self, table: Table) -> None:
        """Show ``table`` (the same group, read again): only rows that differ are redrawn."""
        old = self._table
        if [m.participant_id for m in old.members] != [m.participant_id for m in table.members]:
            self.beginResetModel()
            self._table = table
            self.endResetModel()
            return
        self._table = table
        for row, (before, after) in enumerate(zip(old.members, table.members)):
            pid = after.participant_id
            if (
                before != after
                or (old.ordstyrer_id == pid) != (table.ordstyrer_id == pid)
                or (old.referent_id == pid) != (table.referent_id == pid)
            ):
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def retranslate(self) -> None:
        """Role tags and tooltips are in the interface language; show them again after a switch."""
        if self._table.members:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._table.members) - 1, 0))

    # -- QAbstractListModel -------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._table.members)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        member = self.member(index.row()) if index.isValid() and index.column() == 0 else None
        if member is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return member.name
        if role == MEMBER_ROLE:
            return member
        if role == PARTICIPANT_ID_ROLE:
            return member.participant_id
        if role == ORDSTYRER_ROLE:
            return self._table.ordstyrer_id == member.participant_id
        if role == REFERENT_ROLE:
            return self._table.referent_id == member.participant_id
        if role == SPEAKING_NUMBER_ROLE:
            return index.row() + 1
        if role == ROLE_TAG_ROLE:
            return role_tag(member.role)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(member)
        if role == Qt.ItemDataRole.ForegroundRole and not member.present:
            return quiet_color(QGuiApplication.palette())
        if role == Qt.ItemDataRole.FontRole and not member.present:
            font = QFont(QGuiApplication.font())
            font.setStrikeOut(True)
            return font
        return None

    def _describe(self, member: Member) -> str:
        parts = [f"{member.name}, {member.municipality}"]
        if member.role:
            parts.append(role_name(member.role))
        if member.kommunegruppe and member.kommunegruppe != member.municipality:
            parts.append(self.tr("kommunegruppe {name}").format(name=member.kommunegruppe))
        if self._table.ordstyrer_id == member.participant_id:
            parts.append(self.tr("ordstyrer"))
        if self._table.referent_id == member.participant_id:
            parts.append(self.tr("referent"))
        if member.locked:
            parts.append(self.tr("låst til bordet"))
        if not member.present:
            parts.append(self.tr("fraværende"))
        return " · ".join(parts)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows or on the empty part of the list, never "on" a person.
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # -- drag and drop ------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [MEMBER_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid()})
        members = [m for m in (self.member(r) for r in rows) if m is not None]
        return encode_members(
            [DraggedMember(m.participant_id, self._table.id, self.kvadrant) for m in members],
            [m.name for m in members],
        )

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        dragged = decode_members(data)
        return (
            action == Qt.DropAction.MoveAction
            and len(dragged) == 1
            and dragged[0].kvadrant == self.kvadrant
        )

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex) -> bool:
        """Move the dragged person here, before ``row`` (or onto ``parent``'s place; or last)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        dragged = decode_members(data)[0]
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        try:
            if dragged.group_id == self._table.id:
                return self._reorder(dragged.participant_id, row)
            self._session.move_member(
                kvadrant=self.kvadrant,
                participant_id=dragged.participant_id,
                from_group_id=dragged.group_id,
                to_group_id=self._table.id,
                position=min(row, self.rowCount()),
            )
        except KvadrantError as error:
            self.edit_failed.emit(error)
            return False
        return True

    def _reorder(self, participant_id: int, row: int) -> bool:
        ids = self.participant_ids()
        if participant_id not in ids:
            return False
        old = ids.index(participant_id)
        if row > old:
            row -= 1  # the person's own place closes up first
        order = [pid for pid in ids if pid != participant_id]
        order.insert(max(0, min(row, len(order))), participant_id)
        if order != ids:
            self._session.set_speaking_order(kvadrant=self.kvadrant, group_id=self._table.id, participant_ids=order)
        return True

    def move_within(self, participant_id: int, steps: int) -> bool:
        """Move someone up (negative) or down the speaking order; the keyboard way to reorder."""
        old = self.row_of(participant_id)
        if old is None:
            return False
        new = max(0, min(self.rowCount() - 1, old + steps))
        if new == old:
            return False
        try:
            return self._reorder(participant_id, new + 1 if new > old else new)
        except KvadrantError as error:
            self.edit_failed.emit(error)
            return False

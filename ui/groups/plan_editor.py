"""The hand edits of a plan and the right-click menus that offer them: lock a seat or a table,
choose ordstyrer and referent, move someone in the speaking order or to another table, check
someone in or out, merge a kommunegruppe of one into another group. Each edit is one call to the
session (one undo command, so Ctrl+Z works everywhere) and names the group as well as the person,
since in 4. kvadrant a veileder sits in several groups; the editor reads the tables from the card
grid and redraws nothing, as the session says what changed and the section refreshes. Its texts
stay in the ``GroupsView`` translation context, where the English translation has them.
"""
from __future__ import annotations

from functools import partial
from typing import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from app.common.messages import KvadrantError
from ui.groups.card_grid import CardGrid
from ui.groups.merge_dialog import MergeDialog
from ui.groups.table_card import TableCard
from ui.shell.conference_session import ConferenceSession
from ui.shell.messages import show_error


class PlanEditor(QObject):
    """Changes to the plan shown in a card grid, asked for by the cards, their menus or the section."""

    #: A short confirmation for the status bar ("Vardø sitter nå sammen med Tromsø. …").
    status_message = Signal(str)

    def __init__(self, session: ConferenceSession, grid: CardGrid, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._grid = grid
        self._widget = parent  # dialogs and menus open over it

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except KvadrantError as error:
            self.show_edit_error(error)
            return False
        return True

    def card_lock_toggled(self, card: TableCard, locked: bool) -> None:
        self.lock_table(card.table.id, locked)

    def lock_table(self, group_id: int, locked: bool) -> bool:
        card = self._grid.card_for_group(group_id)
        name = card.short_name() if card else ""
        return self._run(
            partial(
                self._session.set_group_locked, kvadrant=self._grid.kvadrant, group_id=group_id, locked=locked, name=name
            )
        )

    def lock_member(self, group_id: int, participant_id: int, locked: bool) -> bool:
        card = self._grid.card_for_group(group_id)
        member = card.table.member(participant_id) if card else None
        if member is None:
            return False
        ok = self._run(
            partial(
                self._session.set_member_locked,
                kvadrant=self._grid.kvadrant,
                group_id=group_id,
                participant_id=participant_id,
                locked=locked,
                name=member.name,
            )
        )
        self._select(group_id, participant_id)
        return ok

    def set_ordstyrer(self, group_id: int, participant_id: int, chosen: bool = True) -> bool:
        """Make someone the table's ordstyrer, or nobody (the core stops a referent who becomes
        ordstyrer from being referent too)."""
        return self._set_role(group_id, participant_id, ordstyrer_id=participant_id if chosen else None)

    def set_referent(self, group_id: int, participant_id: int, chosen: bool = True) -> bool:
        """Make someone the table's referent, or nobody (likewise for an ordstyrer)."""
        return self._set_role(group_id, participant_id, referent_id=participant_id if chosen else None)

    def _set_role(self, group_id: int, selected: int, **role: int | None) -> bool:
        if self._grid.card_for_group(group_id) is None:
            return False
        ok = self._run(
            partial(self._session.set_chair_and_referent, kvadrant=self._grid.kvadrant, group_id=group_id, **role)
        )
        self._select(group_id, selected)
        return ok

    def move_to_table(self, from_group_id: int, participant_id: int, to_group_id: int) -> bool:
        """Seat someone at another table, last in its speaking order (the keyboard's drag and drop)."""
        if from_group_id == to_group_id:
            return False
        ok = self._run(
            partial(
                self._session.move_member,
                kvadrant=self._grid.kvadrant,
                participant_id=participant_id,
                from_group_id=from_group_id,
                to_group_id=to_group_id,
            )
        )
        self._select(to_group_id, participant_id)
        return ok

    def move_in_order(self, group_id: int, participant_id: int, steps: int) -> bool:
        card = self._grid.card_for_group(group_id)
        if card is None:
            return False
        ok = card.model.move_within(participant_id, steps)
        self._select(group_id, participant_id)
        return ok

    def set_present(self, participant_id: int, present: bool, *, name: str = "") -> bool:
        return self._run(partial(self._session.check_in, participant_id, present, name=name))

    def merge_groups(self, source_group_id: int, target_group_id: int) -> bool:
        source, target = self._grid.card_for_group(source_group_id), self._grid.card_for_group(target_group_id)
        if source is None or target is None or source is target:
            return False
        names = {"source": source.short_name(), "target": target.short_name()}
        ok = self._run(
            partial(
                self._session.merge_groups,
                kvadrant=self._grid.kvadrant,
                source_group_id=source_group_id,
                target_group_id=target_group_id,
                text=QCoreApplication.translate("GroupsView", "Slå sammen {source} med {target}").format(**names),
            )
        )
        if ok:
            said = QCoreApplication.translate("GroupsView", "{source} sitter nå sammen med {target}. Angre med Ctrl+Z.")
            self.status_message.emit(said.format(**names))
        return ok

    def merge_with_dialog(self, card: TableCard) -> None:
        dialog = MergeDialog(card.table, [c.table for c in self._grid.cards], self._widget)
        if dialog.exec() == QDialog.DialogCode.Accepted.value:
            target = dialog.chosen_group_id()
            if target is not None:
                self.merge_groups(card.table.id, target)

    def _select(self, group_id: int, participant_id: int) -> None:
        card = self._grid.card_for_group(group_id)
        if card is not None:
            card.select(participant_id)

    def show_edit_error(self, error: KvadrantError) -> None:
        show_error(self._widget, error, title=QCoreApplication.translate("GroupsView", "Endringen ble ikke lagret"))

    # -- menus -------------------------------------------------------------------------------
    # Actions are bound to their table and person when the menu is made (default arguments).
    def member_menu(self, card: TableCard, row: int) -> QMenu | None:
        """The menu of one member: lock, ordstyrer, referent, speaking order, move, presence."""
        member = card.model.member(row)
        if member is None:
            return None
        table = card.table
        gid, pid = table.id, member.participant_id
        menu = QMenu(self._widget)
        lock = menu.addAction(
            QCoreApplication.translate("GroupsView", "Lås opp plassen")
            if member.locked
            else QCoreApplication.translate("GroupsView", "Lås plassen")
        )
        if table.locked:
            lock.setText(QCoreApplication.translate("GroupsView", "Hele bordet er låst"))
            lock.setEnabled(False)
        lock.triggered.connect(lambda _c=False, g=gid, p=pid, to=not member.locked: self.lock_member(g, p, to))
        menu.addSeparator()
        chair = menu.addAction(QCoreApplication.translate("GroupsView", "Ordstyrer"))
        chair.setCheckable(True)
        chair.setChecked(table.ordstyrer_id == pid)
        chair.triggered.connect(lambda checked=False, g=gid, p=pid: self.set_ordstyrer(g, p, checked))
        referent = menu.addAction(QCoreApplication.translate("GroupsView", "Referent"))
        referent.setCheckable(True)
        referent.setChecked(table.referent_id == pid)
        referent.triggered.connect(lambda checked=False, g=gid, p=pid: self.set_referent(g, p, checked))
        menu.addSeparator()
        up = menu.addAction(QCoreApplication.translate("GroupsView", "Flytt opp i talerekkefølgen"))
        up.setShortcut(QKeySequence("Alt+Up"))
        up.setEnabled(row > 0)
        up.triggered.connect(lambda _c=False, g=gid, p=pid: self.move_in_order(g, p, -1))
        down = menu.addAction(QCoreApplication.translate("GroupsView", "Flytt ned i talerekkefølgen"))
        down.setShortcut(QKeySequence("Alt+Down"))
        down.setEnabled(row < card.model.rowCount() - 1)
        down.triggered.connect(lambda _c=False, g=gid, p=pid: self.move_in_order(g, p, 1))
        move = menu.addMenu(
            QCoreApplication.translate("GroupsView", "Flytt til gruppe")
            if self._grid.kvadrant == 4
            else QCoreApplication.translate("GroupsView", "Flytt til bord")
        )
        for other in self._grid.cards:
            if other is card:
                continue
            count = len(other.table.present_members)
            action = move.addAction(f"{other.title()} ({count})")
            action.triggered.connect(
                lambda _c=False, g=gid, p=pid, to=other.table.id: self.move_to_table(g, p, to)
            )
        menu.addSeparator()
        presence = menu.addAction(
            QCoreApplication.translate("GroupsView", "Marker fraværende")
            if member.present
            else QCoreApplication.translate("GroupsView", "Sjekk inn")
        )
        presence.triggered.connect(
            lambda _c=False, p=pid, to=not member.present, n=member.name: self.set_present(p, to, name=n)
        )
        if self._grid.kvadrant == 4:
            menu.addSeparator()
            merge = menu.addAction(QCoreApplication.translate("GroupsView", "Slå sammen med…"))
            merge.triggered.connect(lambda _c=False, c=card: self.merge_with_dialog(c))
        return menu

    def card_menu(self, card: TableCard) -> QMenu:
        menu = QMenu(self._widget)
        table = card.table
        lock = menu.addAction(
            QCoreApplication.translate("GroupsView", "Lås opp bordet")
            if table.locked
            else QCoreApplication.translate("GroupsView", "Lås bordet")
        )
        lock.triggered.connect(lambda _c=False, g=table.id, to=not table.locked: self.lock_table(g, to))
        if self._grid.kvadrant == 4:
            merge = menu.addAction(QCoreApplication.translate("GroupsView", "Slå sammen med…"))
            merge.triggered.connect(lambda _c=False, c=card: self.merge_with_dialog(c))
        return menu

    def show_member_menu(self, card: TableCard, index: QModelIndex, global_pos: QPoint) -> None:
        menu = self.member_menu(card, index.row())
        if menu is not None:
            menu.exec(global_pos)
            menu.deleteLater()

    def show_card_menu(self, card: TableCard, global_pos: QPoint) -> None:
        menu = self.card_menu(card)
        menu.exec(global_pos)
        menu.deleteLater()


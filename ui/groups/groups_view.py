"""The Grupper section: the table plan of 1. or 4. kvadrant as cards side by side, put together from
this package's widgets (the plan controls, the figures panel, the print button, the notice bar,
the card grid, the check-in panel) and the plan editor; every change goes through the session
(one undo command each, so Ctrl+Z works everywhere), the session says what changed, and this view
reads the current plan again and hands each part its share, so only what differs is redrawn.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from app.common.messages import KvadrantError
from app.groups.plans import GroupsChanged, MovedPerson, Plan, Table
from ui.groups.card_grid import CardGrid, CardScrollArea
from ui.groups.figures_panel import FiguresPanel
from ui.groups.history_dialog import HistoryDialog
from ui.groups.notice_bar import NoticeBar
from ui.groups.plan_controls import PlanControls, PlanOptions
from ui.groups.plan_editor import PlanEditor
from ui.groups.print_button import PrintButton
from ui.groups.table_card import TableCard
from ui.participants.checkin_panel import CheckInPanel
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession
from ui.shell.formatting import format_time
from ui.shell.messages import show_error
from ui.shell.style import make_quiet, scaled_font
from ui.shell.retranslating import Retranslating


class GroupsView(Retranslating, QWidget):
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

        # row 1: kvadrant and how to make the plan; row 2: the figures, then printing and check-in
        self.controls = PlanControls(session)
        self.figures = FiguresPanel()
        self.print_button = PrintButton(session)
        self.checkin_button = QPushButton()
        self.checkin_button.setCheckable(True)
        self.earlier_button = QPushButton()
        self.figures.add_to_line(self.earlier_button)
        self.figures.add_to_line(self.print_button)
        self.figures.add_to_line(self.checkin_button)
        self.notice_bar = NoticeBar()

        self.grid = CardGrid(self._new_card)
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
        self.editor = PlanEditor(session, self.grid, parent=self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.controls)
        layout.addWidget(self.figures)
        layout.addWidget(self.notice_bar)
        layout.addWidget(self.splitter, 1)

        # The parts of the rows that the main window and the tests reach through the section.
        self.make_button = self.controls.make_button
        self.k4_button = self.controls.k4_button
        self.k1_options = self.controls.k1_options
        self.warnings_label = self.figures.warnings_label
        self.table_cards_action = self.print_button.table_cards_action
        self.find_table_action = self.print_button.find_table_action
        self.print_cards_menu_action = self.print_button.print_cards_menu_action
        self.print_find_menu_action = self.print_button.print_find_menu_action

        self.controls.kvadrant_chosen.connect(self.set_kvadrant)
        self.controls.make_requested.connect(self.make_groups)
        self.print_button.status_message.connect(self.status_message)
        self.editor.status_message.connect(self.status_message)
        self.checkin_button.toggled.connect(self.show_checkin)
        self.earlier_button.clicked.connect(self.open_history)
        self.checkin_panel.model.edit_failed.connect(self.editor.show_edit_error, Qt.ConnectionType.QueuedConnection)
        session.changed.connect(self._changed)
        session.file_opened.connect(self._file_opened)
        session.file_closed.connect(self._file_closed)

        self._retranslate()
        self.refresh()

    # -- texts -----------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.checkin_button.setText(self.tr("Innsjekking"))
        self.checkin_button.setToolTip(self.tr("Vis listen for å sjekke inn dem som kommer"))
        self.earlier_button.setText(self.tr("Tidligere konferanser…"))
        self.earlier_button.setToolTip(
            self.tr("Konferansene i serien som nye bordplaner unngår gjentak fra, og kommuner med nytt navn")
        )
        self.notice_bar.close_button.setText(self.tr("Lukk"))
        self.notice_bar.undo_button.setText(self.tr("Angre"))
        self._update_empty_text()

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

    def card_for_group(self, group_id: int) -> TableCard | None:
        return self.grid.card_for_group(group_id)

    def cards_of(self, participant_id: int) -> list[TableCard]:
        """The cards someone sits at: one, or several for a veileder in 4. kvadrant."""
        return [c for c in self.grid.cards if c.model.row_of(participant_id) is not None]

    def figures_text(self) -> str:
        return self.figures.figures_text()

    def set_kvadrant(self, kvadrant: int) -> None:
        if kvadrant not in (1, 4):
            return
        self._kvadrant = kvadrant
        self.checkin_panel.set_kvadrant(kvadrant)
        self.refresh()
        self.controls.sync_to_plan(self._plan)
        self._update_empty_text()

    def refresh(self) -> None:
        """Read the current plan of the kvadrant shown and hand it to the cards and the rows above."""
        plan: Plan | None = None
        if self._session.is_open:
            try:
                plan = self._session.plan(self._kvadrant)
            except KvadrantError as error:
                show_error(self, error)
        self._plan = plan
        self._update_cards()
        self.figures.show_plan(plan, kvadrant=self._kvadrant, is_open=self._session.is_open)
        self.controls.show_plan(plan, kvadrant=self._kvadrant)
        self.print_button.set_plan(plan)
        self.earlier_button.setVisible(self._kvadrant == 1)
        self.earlier_button.setEnabled(self._session.is_open)

    def _update_cards(self) -> None:
        plan = self._plan
        tables = list(plan.tables) if plan is not None else []
        if self._kvadrant == 4:
            tables = [t for t in tables if t.members]  # emptied by a merge
        singles = {
            int(w.params.get("number", -1)) for w in (plan.warnings if plan else ()) if w.code == "group_single"
        }
        self.grid.show_tables(tables, kvadrant=self._kvadrant, singles=singles)
        self.plan_stack.setCurrentWidget(self.scroll if tables else self.empty_label)

    def _new_card(self, table: Table, kvadrant: int) -> TableCard:
        card = TableCard(self._session, table, kvadrant=kvadrant, parent=self.grid)
        card.lock_toggled.connect(self.editor.card_lock_toggled)
        card.merge_requested.connect(self.editor.merge_with_dialog)
        card.member_menu_requested.connect(self.editor.show_member_menu)
        card.card_menu_requested.connect(self.editor.show_card_menu)
        card.edit_failed.connect(self.editor.show_edit_error, Qt.ConnectionType.QueuedConnection)
        return card

    # -- making a plan ---------------------------------------------------------------------------
    def set_table_count(self, count: int) -> None:
        self.controls.set_table_count(count)

    def make_groups(self) -> None:
        """ "Lag grupper" / "Nytt forslag": a new plan; locked people and tables keep their seats."""
        if not self._session.is_open:
            return
        k = self._kvadrant
        options = self.controls.plan_options() if k == 1 else PlanOptions()
        replacing = self._plan is not None
        try:
            plan = self._session.make_plan(
                kvadrant=k,
                size=options.size,
                tables=options.tables,
                by_role=options.by_role,
            )
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

    def open_history(self) -> None:
        """ "Tidligere konferanser…": the history and the renamed municipalities, changed at once."""
        if self._session.is_open:
            dialog = HistoryDialog(self._session, parent=self)
            dialog.exec()
            dialog.deleteLater()

    # -- editing: the plan editor's, reached through the section ---------------------------------
    def lock_member(self, group_id: int, participant_id: int, locked: bool) -> bool:
        return self.editor.lock_member(group_id, participant_id, locked)

    def move_in_order(self, group_id: int, participant_id: int, steps: int) -> bool:
        return self.editor.move_in_order(group_id, participant_id, steps)

    def set_present(self, participant_id: int, present: bool, *, name: str = "") -> bool:
        return self.editor.set_present(participant_id, present, name=name)

    def member_menu(self, card: TableCard, row: int) -> QMenu | None:
        return self.editor.member_menu(card, row)

    # -- printing: the print button's, reached through the section -------------------------------
    def print_table_cards(self) -> None:
        self.print_button.print_table_cards()

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
        time = format_time(self._now().time())
        seated = self._session.plan(1)
        heads = []
        for pid in change.presence_changed:
            row = rows.get(pid)
            if row is None:
                continue
            if row.present:
                head = self.tr("{name} ({municipality}) sjekket inn {time}").format(
                    name=row.name, municipality=row.municipality, time=time
                )
                table = seated.table_of(pid) if seated is not None else None
                heads.append(head + (f" → {self.tr('bord {number}').format(number=table.number)}." if table else "."))
            else:
                heads.append(self.tr("{name} meldt fraværende {time}.").format(name=row.name, time=time))
        arrived = {rows[pid].name for pid in change.presence_changed if pid in rows and rows[pid].present}
        places = self._group_names(4) if any(m.kvadrant == 4 for m in change.moves) else {}
        parts = []
        for kvadrant in (1, 4):
            # The table a newcomer got in 1. kvadrant is said in their own line already.
            moves = [m for m in change.moves if m.kvadrant == kvadrant and not (kvadrant == 1 and m.from_table is None and m.name in arrived)]
            if moves:
                said = "; ".join(self._describe_move(m, places) for m in moves)
                parts.append(self.tr("{kvadrant}. kvadrant: {moves}.").format(kvadrant=kvadrant, moves=said))
        if not parts and heads and (self._session.plan(1) or self._session.plan(4)):
            parts.append(self.tr("Ingen andre ble flyttet."))
        entry = f"<b>{html.escape(' '.join(heads))}</b> " + html.escape(" ".join(parts))
        stack = self._session.undo_stack
        done_at = stack.index() + 1  # the session pushes the check-in's undo step right after saying it

        def undo() -> None:
            if stack.index() == done_at:  # only while it is still the last thing done
                stack.undo()

        self.notice_bar.add(entry, undo=undo)
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
        return self.notice_bar.plain_text()

    # -- reacting to the session ---------------------------------------------------------------
    def _groups_changed(self, change: GroupsChanged) -> None:
        has_plan = self._session.plan(1) is not None or self._session.plan(4) is not None
        if change.presence_changed and not change.new_plan and has_plan:
            # A check-in fitted into a plan: say who came and who moved (with no plan, the
            # Deltakere list already shows the tick and there are no tables to speak of).
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
        self.notice_bar.dismiss()
        self.refresh()
        self.controls.sync_to_plan(self._plan)
        self._update_empty_text()

    def _file_closed(self) -> None:
        self.notice_bar.dismiss()
        self.refresh()
        self._update_empty_text()

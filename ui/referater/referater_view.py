"""The Referater section: who has delivered before the deadline, the referat of one group typed on
the laptop, and the phones' server with its QR codes. :class:`ReferaterView` only composes and
connects the section's widgets: the server panel on top (``server_panel.py``), the block chooser
and the board on the left (``board.py``), the summary editor with its conflict view on the right
(``summary_editor.py``, ``conflict_view.py``). Every change arrives as the session's ``changed``
(phones' saves are passed on to it by the :class:`ReferentService`); the view reads only the group
that changed and hands it to the board and the editor, and repaints the time left once a second.
All user text is shown as plain text, so ``<script>`` and ``&`` are shown as typed.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from app.conference_file.conference import BlockRow
from app.groups.plans import Table
from app.conference_file.conference import list_blocks
from app.referent.block_notes import block_note, takes_notes
from app.referent.summaries import SummariesChanged, board, plan_for
from ui.referater.board import BoardHeader, BoardModel, BoardTable
from ui.referater.referat_display import group_name
from ui.referater.referent_service import ReferentService
from ui.referater.server_panel import ServerPanel
from ui.referater.summary_editor import SummaryEditor
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession
from ui.shell.formatting import kind_name
from ui.shell.messages import confirm, show_error
from ui.shell.settings import Settings
from ui.shell.style import make_quiet
from ui.shell.retranslating import Retranslating


class ReferaterView(Retranslating, QWidget):
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
        self.table = BoardTable(self.model)
        self.editor = SummaryEditor(session)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        make_quiet(self.empty_label)

        self.board_column = board_column = QWidget()
        board_layout = QVBoxLayout(board_column)
        board_layout.setContentsMargins(0, 0, 0, 0)
        chooser = QHBoxLayout()
        chooser.addWidget(self.block_label)
        chooser.addWidget(self.block_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.server_panel)
        layout.addLayout(chooser)
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
        layout.addWidget(self.pages, 1)

        self.tick_timer = QTimer(self)
        self.tick_timer.setSingleShot(True)
        self.tick_timer.timeout.connect(self.tick)

        self.block_combo.currentIndexChanged.connect(self._block_chosen)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.editor.status_message.connect(self.status_message)
        self.server_panel.renew_requested.connect(self.renew_links)
        self.server_panel.projector_requested.connect(self.show_qr_board)
        self.server_panel.hall_projector_requested.connect(self.show_hall_board)
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
            self._blocks = [
                b for b in list_blocks(db)
                if takes_notes(b) or (b.is_group_block and (plan := plan_for(db, b)) is not None and plan.tables)
            ]
        self.block_combo.blockSignals(True)
        self.block_combo.clear()
        for block in self._blocks:
            self.block_combo.addItem(self._block_text(block), block.id)
        # The block chosen before; else the first group block (notes are chosen when wanted).
        index = next((k for k, b in enumerate(self._blocks) if b.id == chosen), -1)
        if index < 0:
            index = next((k for k, b in enumerate(self._blocks) if b.is_group_block), -1)
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
        self.board_column.setVisible(block.is_group_block)
        if not block.is_group_block:  # a talk or a plenum: its own notes, no groups
            self._tables = {}
            self.model.set_board(None)
            self.pages.setCurrentWidget(self.splitter)
            self.editor.open_group(block_note(db, block.id), None, None)
            self._update_link()
            return
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
        table = self._tables.get(state.group_id) if state is not None and state.group_id is not None else None
        self.editor.open_group(state, table, self.model.kvadrant)
        self._update_link()

    # -- reacting --------------------------------------------------------------------------------
    def _summary_changed(self, change: SummariesChanged) -> None:
        if change.group_id is None:
            if self.block is not None and self.block.id == change.block_id and self._session.is_open:
                self.editor.summary_changed(change, block_note(self._session.db, change.block_id))
            return
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
        state = self.editor.summary
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

    def show_hall_board(self) -> None:
        """The participants' code, big on the projector, for the arrival."""
        from ui.referater.qr_board import QrBoardWindow, show_on_projector

        if not self._service.is_running:
            return
        if self.qr_window is not None:
            self.qr_window.close()
        self.qr_window = QrBoardWindow(self._service, block_id=None)
        show_on_projector(self.qr_window, preferred=self._settings.projector_screen if self._settings is not None else "")

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
    def _retranslate(self) -> None:
        self.block_label.setText(self.tr("Blokk:"))
        self.empty_label.setText(
            self.tr(
                "Ingen grupper ennå. Lag gruppene for 1. eller 4. kvadrant under Grupper, så kommer referatene her. "
                "Notater fra innlegg og plenum skriver du ved å velge posten i Blokk-listen."
            )
        )
        for k, block in enumerate(self._blocks):
            self.block_combo.setItemText(k, self._block_text(block))
        self.model.retranslate()
        self.header.refresh()

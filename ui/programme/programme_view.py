"""The Program section: the control panel that runs the day on top, and the programme below —
planned, expected (after the day was shifted) and actual times per block, the running block
highlighted — with the block's details beside it and the editing buttons above it.

Every edit goes through the session (undo on the shared stack); every run action
through the :class:`RunController`, which this section owns together with the projector.
"""
from __future__ import annotations

import enum
import html
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.conference_file.conference import BlockRow
from app.common.messages import KvadrantError
from app.run.day_runner import BlockTiming, DayView, Phase
from app.conference_file.schema import BlockKind
from ui.programme.block_dialog import BlockDialog, BlockRefused
from ui.shell.conference_session import ConferenceSession
from ui.programme.control_panel import ControlPanel
from ui.shell.formatting import format_time, format_time_range, kind_name
from ui.shell.messages import confirm, show_error, show_warning
from ui.projector.projector_window import ProjectorDisplay
from ui.programme.run_controller import Player, RunController
from ui.projector.screens import ScreenInfo, current_screens
from ui.shell.settings import Settings
from ui.shell.style import quiet_color
from ui.shell.changes import Changes

ModelIndex = QModelIndex | QPersistentModelIndex

#: The block's id (int).
BLOCK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The whole :class:`BlockRow`.
BLOCK_ROLE = Qt.ItemDataRole.UserRole + 2

CURRENT_BACKGROUND = QColor("#fff1c4")


class ProgrammeColumn(enum.IntEnum):
    TIME = 0  # planned
    TITLE = 1
    KIND = 2
    PRESENTER = 3
    EXPECTED = 4
    ACTUAL = 5


#: The order the columns are shown in (times together on the left).
VISUAL_ORDER = (
    ProgrammeColumn.TIME,
    ProgrammeColumn.EXPECTED,
    ProgrammeColumn.ACTUAL,
    ProgrammeColumn.TITLE,
    ProgrammeColumn.KIND,
    ProgrammeColumn.PRESENTER,
)


def _range(start: Any, end: Any) -> str:
    return f"{format_time(start.time()) if start else ''}–{format_time(end.time()) if end else ''}"


class ProgrammeModel(QAbstractTableModel):
    """The blocks in running order with their times; reloaded when the programme changes."""

    def __init__(self, session: ConferenceSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._blocks: list[BlockRow] = []
        self._timings: dict[int, BlockTiming] = {}
        self._current: int | None = None
        session.changed.connect(self._changed)
        session.file_opened.connect(self.reload)
        session.file_closed.connect(self.reload)
        self.reload()

    @property
    def blocks(self) -> tuple[BlockRow, ...]:
        return tuple(self._blocks)

    def row_of(self, block_id: int | None) -> int:
        return next((k for k, b in enumerate(self._blocks) if b.id == block_id), -1)

    def _changed(self, changes: Changes) -> None:
        if changes.programme:
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._blocks = self._session.blocks() if self._session.is_open else []
        if not self._session.is_open:
            self._timings, self._current = {}, None
        self.endResetModel()

    def set_run(self, view: DayView) -> None:
        """Take the times and the running block from the day; repaint only rows that changed."""
        timings = {t.block.id: t for t in view.timings}
        current = view.block.id if view.phase is Phase.RUNNING and view.block is not None else None
        changed = [
            k
            for k, block in enumerate(self._blocks)
            if _times(timings.get(block.id)) != _times(self._timings.get(block.id))
            or (block.id == current) != (block.id == self._current)
        ]
        self._timings, self._current = timings, current
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(ProgrammeColumn) - 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ProgrammeColumn) - 1)
        if self._blocks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._blocks) - 1, len(ProgrammeColumn) - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._blocks)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ProgrammeColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ProgrammeColumn.TIME: self.tr("Planlagt"),
            ProgrammeColumn.EXPECTED: self.tr("Forventet"),
            ProgrammeColumn.ACTUAL: self.tr("Faktisk"),
            ProgrammeColumn.TITLE: self.tr("Tittel"),
            ProgrammeColumn.KIND: self.tr("Type"),
            ProgrammeColumn.PRESENTER: self.tr("Innleder"),
        }.get(section)

    def _expected(self, block: BlockRow) -> str:
        timing = self._timings.get(block.id)
        if timing is None or timing.expected_start is None:
            return ""
        text = _range(timing.expected_start, timing.expected_end)
        if block.fixed_time:
            fixed = self.tr("fast")
            return f"{text} ({fixed})"
        return text

    def _actual(self, block: BlockRow) -> str:
        timing = self._timings.get(block.id)
        if timing is None or timing.actual_start is None:
            return ""
        if timing.actual_end is None:
            running = self.tr("går")
            return f"{format_time(timing.actual_start.time())}– ({running})"
        return _range(timing.actual_start, timing.actual_end)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._blocks):
            return None
        block = self._blocks[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == ProgrammeColumn.TIME:
                return format_time_range(block.start, block.end)
            if column == ProgrammeColumn.EXPECTED:
                return self._expected(block)
            if column == ProgrammeColumn.ACTUAL:
                return self._actual(block)
            if column == ProgrammeColumn.TITLE:
                return block.title
            if column == ProgrammeColumn.KIND:
                return kind_name(block.kind)
            if column == ProgrammeColumn.PRESENTER:
                return block.presenter
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if block.kind in (BlockKind.PAUSE, BlockKind.LUNSJ):
                font.setItalic(True)
            if block.id == self._current:
                font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and block.id == self._current:
            return QBrush(CURRENT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if block.id == self._current:
                return QBrush(QColor("#000000"))
            timing = self._timings.get(block.id)
            if column == ProgrammeColumn.EXPECTED and timing is not None and (
                (timing.expected_start, timing.expected_end) == (timing.planned_start, timing.planned_end)
            ):
                return QBrush(quiet_color(QPalette()))
            return None
        if role == BLOCK_ID_ROLE:
            return block.id
        if role == BLOCK_ROLE:
            return block
        return None


def _times(timing: BlockTiming | None) -> tuple:
    if timing is None:
        return ()
    return (timing.expected_start, timing.expected_end, timing.actual_start, timing.actual_end)


class ProgrammeView(QWidget):
    def __init__(
        self,
        session: ConferenceSession,
        *,
        settings: Settings | None = None,
        chime: Player | None = None,
        screens: Callable[[], list[ScreenInfo]] = current_screens,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = RunController(session, chime=chime, parent=self)
        self.projector = ProjectorDisplay(self.controller, settings=settings, screens=screens, parent=self)
        self.model = ProgrammeModel(session, self)
        self.panel = ControlPanel(self.controller, self.projector)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in ProgrammeColumn:
            mode = QHeaderView.ResizeMode.Stretch if column == ProgrammeColumn.TITLE else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        for visual, column in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(column), visual)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(False)
        self.detail.setFrameShape(QTextBrowser.Shape.StyledPanel)

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.start_here_button = QPushButton()
        tools = QHBoxLayout()
        tools.setSpacing(6)
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button, self.down_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.start_here_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([820, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.panel)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)

        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.doubleClicked.connect(self.edit_block)
        self.model.modelReset.connect(self._after_reset)
        self.add_button.clicked.connect(self.add_block)
        self.edit_button.clicked.connect(self.edit_block)
        self.remove_button.clicked.connect(self.remove_block)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.start_here_button.clicked.connect(self.start_selected)
        self.controller.view_changed.connect(self._view_changed)
        self.controller.failed.connect(self._run_failed)
        self._selected_id: int | None = None
        self._retranslate()
        self._after_reset()
        if self.controller.view is not None:
            self._view_changed(self.controller.view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.retranslate()
            self.projector.retranslate()
            self._show_current()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.add_button.setText(self.tr("Ny blokk…"))
        self.edit_button.setText(self.tr("Rediger…"))
        self.remove_button.setText(self.tr("Fjern"))
        self.up_button.setText(self.tr("Flytt opp"))
        self.down_button.setText(self.tr("Flytt ned"))
        self.start_here_button.setText(self.tr("Start valgt blokk"))
        self.start_here_button.setToolTip(self.tr("Hopp til den valgte blokken og start den nå"))

    def close_projector(self) -> None:
        self.projector.close()

    # -- selection ------------------------------------------------------------------------------
    def _after_reset(self) -> None:
        row = self.model.row_of(self._selected_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._show_current()

    def current_block(self) -> BlockRow | None:
        index = self.table.currentIndex()
        block = index.data(BLOCK_ROLE) if index.isValid() else None
        return block if isinstance(block, BlockRow) else None

    def select_block(self, block_id: int) -> None:
        row = self.model.row_of(block_id)
        if row >= 0:
            self.table.selectRow(row)

    def _show_current(self, *args: object) -> None:
        block = self.current_block()
        self._selected_id = block.id if block else None
        self.detail.setHtml(self.block_html(block) if block else self._empty_html())
        has = block is not None
        for button in (self.edit_button, self.remove_button, self.start_here_button):
            button.setEnabled(has)
        row = self.table.currentIndex().row() if has else -1
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and 0 <= row < self.model.rowCount() - 1)
        self.add_button.setEnabled(self.session.is_open)
        self.start_here_button.setEnabled(has and block is not None and block.start is not None)

    def _view_changed(self, view: DayView) -> None:
        self.model.set_run(view)

    def _run_failed(self, error: KvadrantError) -> None:
        show_error(self, error, title=self.tr("Kunne ikke lagre"))

    def _empty_html(self) -> str:
        if self.model.rowCount():
            return ""
        return "<p style='color:#666'>{}</p>".format(html.escape(self.tr("Programmet er tomt.")))

    def block_html(self, block: BlockRow) -> str:
        """The block as a small, readable page."""

        def paragraphs(text: str) -> str:
            return "".join(f"<p>{html.escape(part).replace(chr(10), '<br>')}</p>" for part in text.split("\n\n"))

        parts = [f"<h2 style='margin-bottom:4px'>{html.escape(block.title)}</h2>"]
        meta = [format_time_range(block.start, block.end), kind_name(block.kind)]
        if block.fixed_time:
            meta.append(self.tr("fast tidspunkt"))
        parts.append("<p style='color:#555'>{}</p>".format(html.escape(" · ".join(m for m in meta if m))))
        if block.presenter:
            parts.append(
                "<p><b>{}</b> {}</p>".format(html.escape(self.tr("Innleder:")), html.escape(block.presenter))
            )
        if block.day_presenters:
            parts.append("<p><b>{}</b> {}</p>".format(
                html.escape(self.tr("Presentasjon dag for dag:")), html.escape(", ".join(block.day_presenters))
            ))
        if block.is_group_block:
            slot = self.tr("Taletid: {minutes} min per person").format(minutes=f"{block.slot_seconds / 60:g}")
            parts.append(f"<p>{html.escape(slot)}</p>")
        if block.description:
            parts.append(paragraphs(block.description))
        if block.task_text:
            parts.append("<h3>{}</h3>".format(html.escape(self.tr("Oppgave"))))
            parts.append(paragraphs(block.task_text))
        if block.summary_deadline or block.summary_deadline_note:
            parts.append("<h3>{}</h3>".format(html.escape(self.tr("Referat"))))
            if block.summary_deadline:
                deadline = self.tr("Frist for referat: {time}").format(time=format_time(block.summary_deadline))
                parts.append(f"<p><b>{html.escape(deadline)}</b></p>")
            if block.summary_deadline_note:
                parts.append(paragraphs(block.summary_deadline_note))
        return "\n".join(parts)

    # -- editing --------------------------------------------------------------------------------
    def add_block(self) -> None:
        if not self.session.is_open:
            return
        selected = self.current_block()
        position = selected.position + 1 if selected is not None else None
        added: list[int] = []

        def submit(values: dict[str, Any]) -> None:
            added.append(self.session.add_block(position=position, **values))

        if BlockDialog(submit, parent=self).exec() and added:
            self.select_block(added[0])

    def edit_block(self, *args: object) -> None:
        block = self.current_block()
        if block is None:
            return

        def submit(values: dict[str, Any]) -> None:
            if values["start"] is None or values["end"] is None:
                # The day's log refers to blocks that ran by their place in the timed programme.
                if block.id == self.controller.running_block_id():
                    raise BlockRefused(self.tr("«{title}» går nå og må ha både start og slutt.").format(title=block.title))
                if block.id in self.controller.started_block_ids():
                    raise BlockRefused(
                        self.tr("«{title}» har gått i dag og må beholde start og slutt.").format(title=block.title)
                    )
            self.session.update_block(block.id, **values)

        BlockDialog(submit, block=block, parent=self).exec()
        self.select_block(block.id)

    def remove_block(self) -> None:
        block = self.current_block()
        if block is None:
            return
        if block.id == self.controller.running_block_id():
            show_warning(
                self,
                self.tr("«{title}» går nå. Avslutt blokken før du fjerner den.").format(title=block.title),
                title=self.tr("Kan ikke fjerne blokken"),
            )
            return
        if not confirm(
            self,
            title=self.tr("Fjern blokk"),
            text=self.tr("Fjerne «{title}» fra programmet?").format(title=block.title),
            informative_text=self.tr("Du kan angre med Ctrl+Z."),
            confirm_text=self.tr("Fjern"),
        ):
            return
        row = self.table.currentIndex().row()
        try:
            self.session.remove_block(block.id)
        except KvadrantError as error:
            show_error(self, error)
            return
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def _move(self, step: int) -> None:
        block = self.current_block()
        if block is None:
            return
        try:
            self.session.move_block(block.id, block.position + step)
        except KvadrantError as error:
            show_error(self, error)
            return
        self.select_block(block.id)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def start_selected(self) -> None:
        block = self.current_block()
        if block is None or block.start is None:
            return
        self.controller.start(block.id)

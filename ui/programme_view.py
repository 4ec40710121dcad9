"""The Program section (read-only for now): the day's blocks in a table and the chosen block's
description, task and summary deadline beside it."""
from __future__ import annotations

import enum
import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.conference import BlockRow
from app.schema import BlockKind
from ui.conference_session import ConferenceSession
from ui.style import make_quiet
from ui.formatting import format_time, format_time_range, kind_name

ModelIndex = QModelIndex | QPersistentModelIndex

#: The block's id (int).
BLOCK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The whole :class:`BlockRow`.
BLOCK_ROLE = Qt.ItemDataRole.UserRole + 2


class ProgrammeColumn(enum.IntEnum):
    TIME = 0
    TITLE = 1
    KIND = 2
    PRESENTER = 3


class ProgrammeModel(QAbstractTableModel):
    """The blocks in running order; reloaded when the programme changes."""

    def __init__(self, session: ConferenceSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._blocks: list[BlockRow] = []
        session.programme_changed.connect(self.reload)
        session.file_opened.connect(self.reload)
        session.file_closed.connect(self.reload)
        self.reload()

    @property
    def blocks(self) -> tuple[BlockRow, ...]:
        return tuple(self._blocks)

    def reload(self) -> None:
        self.beginResetModel()
        self._blocks = self._session.blocks() if self._session.is_open else []
        self.endResetModel()

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
        if section == ProgrammeColumn.TIME:
            return self.tr("Tid")
        if section == ProgrammeColumn.TITLE:
            return self.tr("Tittel")
        if section == ProgrammeColumn.KIND:
            return self.tr("Type")
        if section == ProgrammeColumn.PRESENTER:
            return self.tr("Innleder")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._blocks):
            return None
        block = self._blocks[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == ProgrammeColumn.TIME:
                return format_time_range(block.start, block.end)
            if column == ProgrammeColumn.TITLE:
                return block.title
            if column == ProgrammeColumn.KIND:
                return kind_name(block.kind)
            if column == ProgrammeColumn.PRESENTER:
                return block.presenter
            return None
        if role == Qt.ItemDataRole.FontRole and block.kind in (BlockKind.PAUSE, BlockKind.LUNSJ):
            font = QFont()
            font.setItalic(True)
            return font
        if role == BLOCK_ID_ROLE:
            return block.id
        if role == BLOCK_ROLE:
            return block
        return None


class ProgrammeView(QWidget):
    def __init__(self, session: ConferenceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProgrammeModel(session, self)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(ProgrammeColumn.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProgrammeColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ProgrammeColumn.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProgrammeColumn.PRESENTER, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(False)
        self.detail.setFrameShape(QTextBrowser.Shape.StyledPanel)
        self.read_only_note = QLabel()
        make_quiet(self.read_only_note)
        self.read_only_note.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 420])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.read_only_note)

        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.model.modelReset.connect(self._after_reset)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.retranslate()
            self._show_current()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.read_only_note.setText(self.tr("Programmet kan ikke redigeres her ennå."))

    def _after_reset(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_current()

    def current_block(self) -> BlockRow | None:
        index = self.table.currentIndex()
        block = index.data(BLOCK_ROLE) if index.isValid() else None
        return block if isinstance(block, BlockRow) else None

    def _show_current(self, *args: object) -> None:
        block = self.current_block()
        self.detail.setHtml(self.block_html(block) if block else self._empty_html())

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
        parts.append("<p style='color:#555'>{}</p>".format(html.escape(" · ".join(m for m in meta if m))))
        if block.presenter:
            parts.append(
                "<p><b>{}</b> {}</p>".format(html.escape(self.tr("Innleder:")), html.escape(block.presenter))
            )
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

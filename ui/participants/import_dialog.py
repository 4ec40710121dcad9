"""The "Importer deltakerliste" dialog: read a CSV/XLSX roster, let the facilitator say which
column is which, preview what would be added and updated, and write only on Importer.

Nothing touches the conference file until the Importer button is pressed; a file that is not a
roster shows the core's message (which names the expected columns) inside the dialog.
"""
from __future__ import annotations

import enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from app.roster.importer import (
    Field,
    ImportResult,
    ParsedRoster,
    RawTable,
    RosterEntry,
    guess_mapping,
    missing_fields,
    parse_roster,
    preview_statuses,
    read_table,
)
from app.common.text import clean
from ui.shell.conference_session import ConferenceSession
from ui.shell.dialog_buttons import accept_cancel_buttons
from ui.shell.formatting import role_name
from ui.shell.messages import message_text, show_error
from ui.shell.style import make_quiet

ModelIndex = QModelIndex | QPersistentModelIndex

#: The fields in the order the column pickers offer them, with their labels.
FIELD_LABELS: dict[Field, str] = {
    Field.NAME: QT_TRANSLATE_NOOP("ImportFields", "Navn"),
    Field.FIRST_NAME: QT_TRANSLATE_NOOP("ImportFields", "Fornavn"),
    Field.LAST_NAME: QT_TRANSLATE_NOOP("ImportFields", "Etternavn"),
    Field.MUNICIPALITY: QT_TRANSLATE_NOOP("ImportFields", "Kommune"),
    Field.ROLE: QT_TRANSLATE_NOOP("ImportFields", "Rolle"),
    Field.KOMMUNEGRUPPE: QT_TRANSLATE_NOOP("ImportFields", "Kommunegruppe"),
    Field.EMAIL: QT_TRANSLATE_NOOP("ImportFields", "E-post"),
    Field.ADVISES: QT_TRANSLATE_NOOP("ImportFields", "Veileder for"),
}

ROSTER_FILTER = QT_TRANSLATE_NOOP("ImportDialog", "Deltakerlister (*.csv *.xlsx *.xlsm *.txt);;Alle filer (*)")


def field_label(field: Field) -> str:
    return QCoreApplication.translate("ImportFields", FIELD_LABELS[field])


def choose_roster_file(parent: QWidget | None, folder: str = "") -> Path | None:
    """Ask for a roster file; None if the facilitator cancels."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Velg deltakerliste"),
        folder,
        QCoreApplication.translate("ImportDialog", ROSTER_FILTER),
    )
    return Path(path) if path else None


class PreviewColumn(enum.IntEnum):
    STATUS = 0
    LINE = 1
    NAME = 2
    MUNICIPALITY = 3
    ROLE = 4
    KOMMUNEGRUPPE = 5
    EMAIL = 6
    ADVISES = 7


class ImportPreviewModel(QAbstractTableModel):
    """The entries an import would write, each with "Ny" or "Oppdateres"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[RosterEntry] = []
        self._statuses: list[str] = []

    def set_entries(self, entries: tuple[RosterEntry, ...], statuses: list[str]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._statuses = list(statuses)
        self.endResetModel()

    def status(self, row: int) -> str:
        return self._statuses[row] if 0 <= row < len(self._statuses) else ""

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(PreviewColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            PreviewColumn.STATUS: self.tr("Status"),
            PreviewColumn.LINE: self.tr("Linje"),
            PreviewColumn.NAME: self.tr("Navn"),
            PreviewColumn.MUNICIPALITY: self.tr("Kommune"),
            PreviewColumn.ROLE: self.tr("Rolle"),
            PreviewColumn.KOMMUNEGRUPPE: self.tr("Kommunegruppe"),
            PreviewColumn.EMAIL: self.tr("E-post"),
            PreviewColumn.ADVISES: self.tr("Veileder for"),
        }
        return headers.get(PreviewColumn(section)) if 0 <= section < len(PreviewColumn) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PreviewColumn.STATUS:
                return self.tr("Ny") if self.status(index.row()) == "new" else self.tr("Oppdateres")
            if column == PreviewColumn.LINE:
                return entry.line
            if column == PreviewColumn.NAME:
                return entry.name
            if column == PreviewColumn.MUNICIPALITY:
                return entry.municipality
            if column == PreviewColumn.ROLE:
                return role_name(entry.role)
            if column == PreviewColumn.KOMMUNEGRUPPE:
                return entry.kommunegruppe
            if column == PreviewColumn.EMAIL:
                return entry.email
            if column == PreviewColumn.ADVISES:
                return ", ".join(entry.advises)
            return None
        if role == Qt.ItemDataRole.FontRole and column == PreviewColumn.STATUS and self.status(index.row()) == "new":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == PreviewColumn.ADVISES and entry.advises:
            return ", ".join(entry.advises)
        return None


class ImportDialog(QDialog):
    """Preview a roster before it is written; Importer writes it in one transaction."""

    def __init__(
        self, session: ConferenceSession, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.table: RawTable | None = None
        self.mapping: dict[Field, int] = {}
        self.parsed: ParsedRoster | None = None
        self.import_result: ImportResult | None = None
        self.column_combos: list[QComboBox] = []

        self.setWindowTitle(self.tr("Importer deltakerliste"))
        self.resize(1280, 680)

        # the file
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Velg fil…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.error_label.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #e0a040; border-radius: 4px; padding: 10px; }"
        )
        self.error_label.hide()

        # the columns
        self.columns_box = QGroupBox(self.tr("Kolonner i filen"))
        self.header_info = QLabel()
        self.header_info.setWordWrap(True)
        self.columns_scroll = QScrollArea()
        self.columns_scroll.setWidgetResizable(True)
        self.columns_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.columns_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.columns_grid = QGridLayout()
        columns_layout = QVBoxLayout(self.columns_box)
        columns_layout.addWidget(self.header_info)
        columns_layout.addWidget(self.columns_scroll, 1)

        # the preview
        self.preview_box = QGroupBox(self.tr("Forhåndsvisning"))
        self.preview_model = ImportPreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.setWordWrap(False)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.preview_view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        self.warnings_label = QLabel()
        self.warnings_list = QListWidget()
        self.warnings_list.setWordWrap(True)
        self.warnings_list.setMaximumHeight(130)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.preview_view, 1)
        preview_layout.addWidget(self.warnings_label)
        preview_layout.addWidget(self.warnings_list)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.columns_box)
        splitter.addWidget(self.preview_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([360, 920])
        self.splitter = splitter

        # summary and buttons
        self.summary_label = QLabel()
        summary_font = QFont(self.font())
        summary_font.setBold(True)
        self.summary_label.setFont(summary_font)
        self.requirement_label = QLabel()
        self.requirement_label.setWordWrap(True)
        make_quiet(self.requirement_label)
        buttons, self.import_button = accept_cancel_buttons(self, self.tr("Importer"))
        bottom = QHBoxLayout()
        summary_column = QVBoxLayout()
        summary_column.addWidget(self.summary_label)
        summary_column.addWidget(self.requirement_label)
        bottom.addLayout(summary_column, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(file_row)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.choose_button.clicked.connect(self.choose_file)
        if path is not None:
            self.load(path)
        else:
            self._show_nothing()

    # -- the file --------------------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = str(self.table.path.parent) if self.table else ""
        path = choose_roster_file(self, folder)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read ``path`` and show its columns and preview; a bad file shows its message here."""
        self.file_label.setText(self.tr("Fil: {path}").format(path=path))
        try:
            table = read_table(path)
        except KvadrantError as error:
            self.table, self.parsed = None, None
            self.error_label.setText(message_text(error.message))
            self.error_label.show()
            self._show_nothing()
            return
        self.error_label.hide()
        self.table = table
        self.mapping = guess_mapping(table.headers)
        self._build_column_pickers()
        self.columns_box.setEnabled(True)
        self.preview_box.setEnabled(True)
        self.refresh_preview()

    def _show_nothing(self) -> None:
        if self.table is None and not self.error_label.isVisible():
            self.file_label.setText(self.tr("Ingen fil valgt."))
        self.mapping = {}
        self._build_column_pickers()
        self.preview_model.set_entries((), [])
        self.warnings_list.clear()
        self.warnings_list.hide()
        self.warnings_label.setText("")
        self.summary_label.setText("")
        self.requirement_label.setText("")
        self.header_info.setText("")
        self.columns_box.setEnabled(False)
        self.preview_box.setEnabled(False)
        self.import_button.setEnabled(False)

    # -- the column pickers -----------------------------------------------------------------------
    def _build_column_pickers(self) -> None:
        holder = QWidget()  # a fresh grid each time; setWidget() deletes the old one
        self.columns_grid = QGridLayout(holder)
        self.columns_grid.setHorizontalSpacing(16)
        self.columns_grid.setVerticalSpacing(8)
        self.columns_scroll.setWidget(holder)
        self.column_combos = []
        if self.table is None:
            return
        self.header_info.setText(
            self.tr("Overskriftene står på linje {line}. Velg hva hver kolonne inneholder.").format(
                line=self.table.header_line
            )
        )
        bold = QFont(self.font())
        bold.setBold(True)
        for text, column in ((self.tr("Kolonne i filen"), 0), (self.tr("Inneholder"), 1)):
            label = QLabel(text)
            label.setFont(bold)
            self.columns_grid.addWidget(label, 0, column)
        field_of = {index: field for field, index in self.mapping.items()}
        metrics = self.fontMetrics()
        for index, header in enumerate(self.table.headers):
            title = QLabel(metrics.elidedText(header or self.tr("(uten overskrift)"), Qt.TextElideMode.ElideRight, 170))
            title.setToolTip(header)
            sample = self._example(index)
            example = QLabel(metrics.elidedText(sample, Qt.TextElideMode.ElideRight, 170) if sample else "")
            make_quiet(example)
            example.setToolTip(sample)
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(title)
            cell.addWidget(example)
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem(self.tr("Ignorer"), None)
            for field in FIELD_LABELS:
                combo.addItem(field_label(field), field)
            chosen = field_of.get(index)
            combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else 0)
            combo.currentIndexChanged.connect(
                lambda _i, column=index, picker=combo: self.set_column_field(column, picker.currentData())
            )
            self.columns_grid.addLayout(cell, index + 1, 0)
            self.columns_grid.addWidget(combo, index + 1, 1, Qt.AlignmentFlag.AlignVCenter)
            self.column_combos.append(combo)
        self.columns_grid.setRowStretch(len(self.table.headers) + 1, 1)
        self.columns_grid.setColumnStretch(0, 1)

    def _example(self, column: int) -> str:
        """The first non-empty value in a column, to help say what it is."""
        if self.table is None:
            return ""
        for _line, cells in self.table.rows[:20]:
            if column < len(cells) and clean(cells[column]):
                return clean(cells[column])
        return ""

    def set_column_field(self, column: int, field: Field | None) -> None:
        """Say that ``column`` holds ``field`` (None: ignore it); a field is in one column only."""
        for other_field, other_column in list(self.mapping.items()):
            if other_column == column or (field is not None and other_field == field):
                del self.mapping[other_field]
                if other_column != column and 0 <= other_column < len(self.column_combos):
                    combo = self.column_combos[other_column]
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        if field is not None:
            self.mapping[field] = column
        if 0 <= column < len(self.column_combos):
            combo = self.column_combos[column]
            wanted = combo.findData(field) if field is not None else 0
            if combo.currentIndex() != wanted:
                combo.blockSignals(True)
                combo.setCurrentIndex(wanted)
                combo.blockSignals(False)
        self.refresh_preview()

    # -- the preview -------------------------------------------------------------------------------
    def missing_text(self, missing: list[Field]) -> str:
        names = []
        for field in missing:
            if field == Field.NAME:
                names.append(self.tr("Navn (eller Fornavn og Etternavn)"))
            else:
                names.append(field_label(field))
        joined = names[0] if len(names) == 1 else self.tr("{first} og {last}").format(
            first=", ".join(names[:-1]), last=names[-1]
        )
        return self.tr("Velg hvilken kolonne som er {fields} for å kunne importere.").format(fields=joined)

    def refresh_preview(self) -> None:
        if self.table is None:
            return
        missing = missing_fields(self.mapping)
        parsed: ParsedRoster | None = None
        if not missing:
            try:
                parsed = parse_roster(self.table, self.mapping)
            except KvadrantError as error:
                self.requirement_label.setText(message_text(error.message))
        self.parsed = parsed
        if parsed is None:
            self.preview_model.set_entries((), [])
            self.warnings_list.clear()
            self.warnings_list.hide()
            self.warnings_label.setText("")
            self.summary_label.setText(self.tr("Ingenting å importere ennå."))
            if missing:
                self.requirement_label.setText(self.missing_text(missing))
            self.requirement_label.setStyleSheet("QLabel { color: #9a4a00; font-weight: bold; }")
            self.import_button.setEnabled(False)
            return
        statuses = preview_statuses(self._session.db, parsed)
        self.preview_model.set_entries(parsed.entries, statuses)
        self._fit_preview_columns()
        self.warnings_list.clear()
        for warning in parsed.warnings:
            self.warnings_list.addItem(message_text(warning))
        count = len(parsed.warnings)
        self.warnings_label.setText(
            self.tr("Ingen merknader.") if count == 0 else self.tr("Merknader ({n}):").format(n=count)
        )
        self.warnings_list.setVisible(count > 0)
        new = statuses.count("new")
        updated = statuses.count("update")
        self.summary_label.setText(
            self.tr("{new} nye · {updated} oppdateres · {skipped} hoppes over").format(
                new=new, updated=updated, skipped=parsed.skipped
            )
        )
        self.requirement_label.setText(
            self.tr("Ingenting skrives før du trykker Importer. Oppmøte endres ikke for dem som finnes fra før.")
        )
        self.requirement_label.setStyleSheet("")
        self.import_button.setEnabled(bool(parsed.entries))

    def _fit_preview_columns(self) -> None:
        """Columns as wide as their contents (within reason); E-post and Veileder for take the rest."""
        for column in PreviewColumn:
            if column == PreviewColumn.ADVISES:
                continue
            self.preview_view.resizeColumnToContents(column)
            width = min(self.preview_view.columnWidth(column), 240)
            self.preview_view.setColumnWidth(column, width + 8)

    def summary_text(self) -> str:
        return self.summary_label.text()

    # -- importing --------------------------------------------------------------------------------
    def accept(self) -> None:
        if self.parsed is None or not self.import_button.isEnabled():
            return
        try:
            self.import_result = self._session.apply_roster(self.parsed)
        except KvadrantError as error:
            show_error(self, error, title=self.tr("Importen ble ikke lagret"))
            return
        super().accept()

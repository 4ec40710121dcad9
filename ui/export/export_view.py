"""The Eksport section: choose formats (the minutes' and the evaluation's), export in the
background with a progress bar, open the folder.

The writing runs on a worker thread (the window never freezes); progress and the result come
back to the GUI thread through queued signals. No widget is touched from the worker.
"""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from typing import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.evaluation.questionnaire import questions
from app.minutes.exports import FORMATS, export_minutes
from app.common.messages import KvadrantError
from ui.export.front_matter_form import FrontMatterForm
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession
from ui.shell.i18n import ui_language
from ui.shell.messages import show_error
from ui.shell.style import make_quiet, scaled_font
from ui.shell.background import Background
from ui.shell.retranslating import Retranslating


#: The evaluation's report and its every response, exported beside the minutes.
EVALUATION_FORMATS = ("evaluation-pdf", "evaluation-xlsx")


def _safe_name(title: str) -> str:
    """A file name from the conference title that every operating system accepts."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .") or "Kvadrant"
    return re.sub(r"\s+", " ", name)[:80]


class ExportView(Retranslating, QWidget):
    """Formats to export, where to, and the progress of the export."""

    exported = Signal(object)  # list[Path]

    def __init__(self, session: ConferenceSession, parent: QWidget | None = None, *, executor: ThreadPoolExecutor | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._work = Background(self, executor=executor, name="kvadrant-export")
        self._work.progress.connect(self._on_progress)
        self._work.finished.connect(self._on_finished)
        self._work.failed.connect(self._on_failed)
        self._written: list[Path] = []
        self._busy = False

        self.title_label = QLabel()
        title_font = scaled_font(self, 1.3, bold=True)
        self.title_label.setFont(title_font)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        make_quiet(self.intro_label)

        self.format_boxes: dict[str, QCheckBox] = {fmt: QCheckBox() for fmt in FORMATS}
        self.format_boxes["pdf"].setChecked(True)
        formats = QVBoxLayout()
        evaluation = QVBoxLayout()
        for fmt, box in self.format_boxes.items():
            (evaluation if fmt in EVALUATION_FORMATS else formats).addWidget(box)
            box.toggled.connect(self._update_button)

        self.language_combo = QComboBox()
        self.language_combo.addItem("Norsk bokmål", "nb")
        self.language_combo.addItem("English", "en")
        self.folder_edit = QLineEdit()
        self.folder_edit.textChanged.connect(self._update_button)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)

        self.form = QFormLayout()
        self.formats_label = QLabel()
        self.language_label = QLabel()
        self.folder_label = QLabel()
        self.evaluation_label = QLabel()
        self.form.addRow(self.formats_label, formats)
        gap = QWidget()
        gap.setFixedHeight(4)
        self.form.addRow(gap)
        self.form.addRow(self.evaluation_label, evaluation)
        self.form.addRow(self.language_label, self.language_combo)
        self.form.addRow(self.folder_label, folder_row)

        self.export_button = QPushButton()
        self.export_button.setMinimumHeight(40)
        self.export_button.clicked.connect(self.start_export)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.files_list = QListWidget()
        self.files_list.itemDoubleClicked.connect(self._open_item)
        self.open_folder_button = QPushButton()
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self.open_folder)

        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)

        column = QVBoxLayout()
        column.addWidget(self.title_label)
        column.addWidget(self.intro_label)
        column.addSpacing(10)
        column.addLayout(self.form)
        column.addSpacing(10)
        column.addLayout(buttons)
        column.addWidget(self.progress)
        column.addWidget(self.status_label)
        column.addWidget(self.files_list, 1)
        holder = QWidget()
        holder.setMaximumWidth(760)
        holder.setLayout(column)
        self.front_form = FrontMatterForm(session)
        self.front_form.setMaximumWidth(560)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(28)
        layout.addWidget(holder, 3, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.front_form, 2)

        session.file_opened.connect(self._file_opened)
        session.changed.connect(self._changed)
        self._retranslate()
        self._update_evaluation_boxes()

    # -- text -----------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("Eksporter referat og evaluering"))
        self.intro_label.setText(
            self.tr(
                "Programmet slik det ble gjennomført, gruppene og alle referater. "
                "Notatene per kommunegruppe er oppgavearket for 4. kvadrant, som sendes veileder. "
                "Evalueringsrapporten har resultatene per spørsmål og funnet og sitatene per kategori."
            )
        )
        labels = {
            "pdf": self.tr("PDF – referat fra konferansen"),
            "docx": self.tr("Word (DOCX) – til videre redigering"),
            "xlsx": self.tr("Excel (XLSX) – program, grupper, referater og deltakere"),
            "kommune-pdf": self.tr("Notat per kommunegruppe (PDF, én fil per gruppe)"),
            "veileder-pdf": self.tr("Samlet per veileder (PDF: oversikt og arkene til gruppene de veileder)"),
            "evaluation-pdf": self.tr("PDF – evalueringsrapport med resultater, funn og sitater"),
            "evaluation-xlsx": self.tr("Excel (XLSX) – alle svar og de kodede kortene"),
        }
        for fmt, box in self.format_boxes.items():
            box.setText(labels[fmt])
        self.formats_label.setText(self.tr("Referat:"))
        self.evaluation_label.setText(self.tr("Evaluering:"))
        self.language_label.setText(self.tr("Språk:"))
        self.folder_label.setText(self.tr("Mappe:"))
        self.browse_button.setText(self.tr("Velg…"))
        self.export_button.setText(self.tr("Eksporter"))
        self.open_folder_button.setText(self.tr("Åpne mappe"))

    # -- choices --------------------------------------------------------------------------------
    def _file_opened(self, path: Path) -> None:
        if not self.folder_edit.text():
            documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            self.folder_edit.setText(str(Path(documents or Path(path).parent) / "Kvadrant"))
        self.language_combo.setCurrentIndex(1 if ui_language() == "en" else 0)
        self._update_evaluation_boxes()

    def _changed(self, changes: Changes) -> None:
        if changes.evaluation:
            self._update_evaluation_boxes()

    def _update_evaluation_boxes(self) -> None:
        """The evaluation's formats can be chosen once the conference has a questionnaire, so that
        "every format" never stops the minutes for want of one."""
        has_questions = self.session.is_open and bool(questions(self.session.db))
        for fmt in EVALUATION_FORMATS:
            box = self.format_boxes[fmt]
            box.setEnabled(has_questions)
            box.setToolTip("" if has_questions else self.tr("Konferansen har ikke noe spørreskjema ennå (se Evaluering)."))
        self._update_button()

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Velg mappe for eksporten"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def chosen_formats(self) -> list[str]:
        return [fmt for fmt, box in self.format_boxes.items() if box.isChecked() and box.isEnabled()]

    def _update_button(self) -> None:
        self.export_button.setEnabled(not self._busy and bool(self.chosen_formats()) and bool(self.folder_edit.text().strip()))

    def targets(self, folder: Path, stamp: str) -> list[tuple[str, Path]]:
        """Where each chosen format goes: files named after the conference, kommune notes in a folder."""
        base = _safe_name(self.session.conference().title if self.session.is_open else "Kvadrant")
        names = {
            "pdf": f"{base} – referat {stamp}.pdf",
            "docx": f"{base} – referat {stamp}.docx",
            "xlsx": f"{base} – referat {stamp}.xlsx",
            "kommune-pdf": f"{base} – kommunegrupper {stamp}",
            "veileder-pdf": f"{base} – veiledere {stamp}",
            "evaluation-pdf": f"{base} – evaluering {stamp}.pdf",
            "evaluation-xlsx": f"{base} – evaluering {stamp}.xlsx",
        }
        return [(fmt, folder / names[fmt]) for fmt in self.chosen_formats()]

    # -- exporting ------------------------------------------------------------------------------
    def start_export(self) -> None:
        if not self.session.is_open:
            return
        self.front_form.flush()  # main impressions typed a moment ago go in too
        folder = Path(self.folder_edit.text().strip()).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            show_error(self, KvadrantError("file_io_error", path=str(folder), detail=error.strerror or str(error)))
            return
        jobs = self.targets(folder, self.session.clock.now().strftime("%Y-%m-%d %H.%M"))
        lang = self.language_combo.currentData()
        db = self.session.db
        self._folder = folder
        self.files_list.clear()
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._busy = True
        self.status_label.setText(self.tr("Eksporterer …"))
        self.open_folder_button.setEnabled(False)
        self._update_button()

        def work(progress: Callable[[float], None]) -> list[Path]:
            written: list[Path] = []
            for k, (fmt, target) in enumerate(jobs):
                def step(fraction: float, k: int = k) -> None:
                    progress((k + max(0.0, min(1.0, fraction))) / len(jobs))

                written.extend(export_minutes(db, fmt, target, lang=lang, progress=step))
                progress((k + 1) / len(jobs))
            return written

        self._work.run(work)

    def _on_progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 1000))

    def _on_finished(self, written: list[Path]) -> None:
        self._written = written
        self._busy = False
        self.progress.setVisible(False)
        for path in written:
            item = QListWidgetItem(path.name)  # the folder is said above; full path in the tooltip
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.files_list.addItem(item)
        self.status_label.setText(self.tr("Ferdig: {count} filer i {folder}").format(count=len(written), folder=self._folder))
        self.open_folder_button.setEnabled(True)
        self._update_button()
        self.exported.emit(written)

    def _on_failed(self, error: Exception) -> None:
        self._busy = False
        self.progress.setVisible(False)
        self.status_label.setText(self.tr("Eksporten stoppet."))
        self._update_button()
        if isinstance(error, KvadrantError):
            show_error(self, error)
        else:
            show_error(self, KvadrantError("file_io_error", path=str(getattr(self, "_folder", "")), detail=str(error)))

    def _open_item(self, item: QListWidgetItem) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole)))

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    def shutdown(self) -> None:
        """Let a running export finish (called when the window closes)."""
        self._work.shutdown()

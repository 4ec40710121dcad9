"""The "Ny konferanse" dialog: title, date, venue, programme template and where to save."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from app.conference_file.storage import SUFFIX
from ui.shell.conference_dialog import DateField
from ui.shell.dialog_buttons import accept_cancel_buttons
from ui.shell.messages import show_error
from ui.shell.style import make_quiet

#: Creates the file: (path, title=, date=, venue=, template=) -> None; raises KvadrantError.
CreateConference = Callable[..., None]


def with_suffix(path: Path) -> Path:
    """``path`` ending in ``.kvadrant`` (added if the facilitator left it out)."""
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def file_name_for(title: str) -> str:
    """A file name from a title: "Dialogkonferanse 2" -> "Dialogkonferanse 2.kvadrant"."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
    name = " ".join(name.split()).strip(" .")
    return (name or "Konferanse") + SUFFIX


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


class NewConferenceDialog(QDialog):
    def __init__(
        self,
        create: CreateConference,
        *,
        today: dt.date,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._create = create
        self._folder = folder or default_folder()
        self._path_chosen = False
        self.created_path: Path | None = None
        self.setWindowTitle(self.tr("Ny konferanse"))
        self.setMinimumWidth(640)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("f.eks. Dialogkonferanse 3"))
        self.date_field = DateField(today, today=today, allow_none=False)
        self.venue_edit = QLineEdit()
        self.venue_edit.setPlaceholderText(self.tr("f.eks. Park Inn, Gardermoen"))
        self.template_combo = QComboBox()
        self.template_combo.addItem(self.tr("Gardermoen 2020 (fire kvadranter, pauser og lunsj)"), "gardermoen-2020")
        self.template_combo.addItem(self.tr("Tomt program"), "blank")
        self.path_edit = QLineEdit(str(self._folder / file_name_for("")))
        self.browse_button = QPushButton(self.tr("Velg…"))
        path_row = QHBoxLayout()
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Tittel:"), self.title_edit)
        form.addRow(self.tr("&Dato:"), self.date_field)
        form.addRow(self.tr("&Sted:"), self.venue_edit)
        form.addRow(self.tr("&Program:"), self.template_combo)
        path_label = QLabel(self.tr("&Lagres i:"))
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, path_row)

        note = QLabel(self.tr("Alt lagres fortløpende i denne filen. Programmet kan endres senere."))
        make_quiet(note)
        note.setWordWrap(True)

        buttons, self.create_button = accept_cancel_buttons(self, self.tr("Opprett"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addWidget(buttons)

        self.title_edit.textChanged.connect(self._title_changed)
        self.path_edit.textEdited.connect(self._path_edited)
        self.path_edit.textChanged.connect(self._update_button)
        self.browse_button.clicked.connect(self.browse)
        self._update_button()

    def _title_changed(self, title: str) -> None:
        if not self._path_chosen:
            current = Path(self.path_edit.text()).parent if self.path_edit.text() else self._folder
            self.path_edit.setText(str(current / file_name_for(title)))
        self._update_button()

    def _path_edited(self) -> None:
        self._path_chosen = True

    def _update_button(self) -> None:
        self.create_button.setEnabled(bool(self.title_edit.text().strip() and self.path_edit.text().strip()))

    def browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Lagre konferansen som"),
            self.path_edit.text(),
            self.tr("Kvadrant-konferanser (*.kvadrant)"),
        )
        if path:
            self._path_chosen = True
            self.path_edit.setText(str(with_suffix(Path(path))))

    def chosen_path(self) -> Path:
        return with_suffix(Path(self.path_edit.text().strip()).expanduser())

    def accept(self) -> None:
        path = self.chosen_path()
        try:
            self._create(
                path,
                title=self.title_edit.text().strip(),
                date=self.date_field.date(),
                venue=self.venue_edit.text().strip(),
                template=str(self.template_combo.currentData()),
            )
        except KvadrantError as error:
            show_error(self, error, title=self.tr("Kunne ikke opprette konferansen"))
            return
        self.created_path = path
        super().accept()

"""The "Ny konferanse" dialog: title, date, venue, programme template and where to save."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from ui.shell.conference_dialog import DateField
from ui.shell.dialog_buttons import accept_cancel_buttons
from ui.shell.messages import show_error
from ui.shell.save_path_field import SavePathField, file_name_for
from ui.shell.style import make_quiet

#: Creates the file: (path, title=, date=, venue=, template=) -> None; raises KvadrantError.
CreateConference = Callable[..., None]


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
        self.path_field = SavePathField(self._folder / file_name_for(""), caption=self.tr("Lagre konferansen som"))
        self.path_edit, self.browse_button = self.path_field.edit, self.path_field.browse_button

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Tittel:"), self.title_edit)
        form.addRow(self.tr("&Dato:"), self.date_field)
        form.addRow(self.tr("&Sted:"), self.venue_edit)
        form.addRow(self.tr("&Program:"), self.template_combo)
        path_label = QLabel(self.tr("&Lagres i:"))
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, self.path_field)

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
        self.path_field.changed.connect(self._update_button)
        self._update_button()

    def _title_changed(self, title: str) -> None:
        current = Path(self.path_field.text()).parent if self.path_field.text() else self._folder
        self.path_field.suggest(current / file_name_for(title))
        self._update_button()

    def _update_button(self) -> None:
        self.create_button.setEnabled(bool(self.title_edit.text().strip() and self.path_field.text()))

    def chosen_path(self) -> Path:
        return self.path_field.path()

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

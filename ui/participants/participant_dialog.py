"""The "Legg til deltaker" dialog: a few fields, written to the file when the facilitator presses
Legg til; a refusal from the core (a duplicate, an empty name) keeps the dialog open."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from ui.shell.conference_session import ConferenceSession
from ui.shell.dialog_buttons import accept_cancel_buttons
from ui.shell.messages import show_error
from ui.participants.participant_delegates import fill_role_combo, role_from_combo
from ui.shell.style import make_quiet


class AddParticipantDialog(QDialog):
    def __init__(self, session: ConferenceSession, *, municipalities: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.added_id: int | None = None
        self.setWindowTitle(self.tr("Legg til deltaker"))
        self.setMinimumWidth(440)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Fornavn og etternavn"))
        self.municipality_edit = QLineEdit()
        completer = QCompleter(municipalities, self.municipality_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.municipality_edit.setCompleter(completer)
        self.role_combo = QComboBox()
        self.role_combo.setEditable(True)
        self.role_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fill_role_combo(self.role_combo)
        self.role_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.group_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("navn@kommune.no"))
        self.present_check = QCheckBox(self.tr("Til stede nå"))
        self.present_check.setChecked(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Navn:"), self.name_edit)
        form.addRow(self.tr("&Kommune:"), self.municipality_edit)
        form.addRow(self.tr("&Rolle:"), self.role_combo)
        form.addRow(self.tr("Kommune&gruppe:"), self.group_edit)
        form.addRow(self.tr("&E-post:"), self.email_edit)
        form.addRow("", self.present_check)

        hint = QLabel(self.tr("Navn og kommune må fylles ut."))
        make_quiet(hint)

        buttons, self.add_button = accept_cancel_buttons(self, self.tr("Legg til"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(buttons)

        self.name_edit.textChanged.connect(self._update_button)
        self.municipality_edit.textChanged.connect(self._update_button)
        self._update_button()

    def _update_button(self) -> None:
        self.add_button.setEnabled(bool(self.name_edit.text().strip() and self.municipality_edit.text().strip()))

    def accept(self) -> None:
        try:
            change = self._session.add_participant(
                name=self.name_edit.text(),
                municipality=self.municipality_edit.text(),
                role=role_from_combo(self.role_combo),
                kommunegruppe=self.group_edit.text(),
                email=self.email_edit.text(),
                present=self.present_check.isChecked(),
            )
        except KvadrantError as error:
            show_error(self, error, title=self.tr("Kunne ikke legge til deltakeren"))
            return
        self.added_id = change.added[0] if change.added else None
        super().accept()

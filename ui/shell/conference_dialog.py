"""The "Konferanse…" dialog: the conference's title, date and venue, and the date field it
shares with the new-conference dialog."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.conference_file.conference import ConferenceInfo
from app.common.messages import KvadrantError
from ui.shell.conference_session import ConferenceSession
from ui.shell.dialog_buttons import accept_cancel_buttons
from ui.shell.i18n import ui_language
from ui.shell.messages import show_error


class DateField(QWidget):
    """A date with a calendar popup, and a box for "no date yet"."""

    def __init__(self, date: dt.date | None, *, today: dt.date, allow_none: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today  # what the calendar shows while there is no date
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy" if ui_language() == "en" else "d. MMMM yyyy")
        self.date_edit.setMinimumWidth(200)
        self.none_check = QCheckBox(self.tr("Ikke bestemt ennå"))
        self.none_check.setVisible(allow_none)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit)
        layout.addSpacing(12)
        layout.addWidget(self.none_check)
        layout.addStretch(1)
        self.none_check.toggled.connect(self.date_edit.setDisabled)
        self.set_date(date)

    def set_date(self, date: dt.date | None) -> None:
        shown = date or self._today
        self.date_edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.none_check.setChecked(date is None and self.none_check.isVisibleTo(self))

    def date(self) -> dt.date | None:
        if self.none_check.isChecked():
            return None
        value = self.date_edit.date()
        return dt.date(value.year(), value.month(), value.day())


class ConferenceDialog(QDialog):
    """Edit title, date and venue; written to the file when the facilitator presses Lagre."""

    def __init__(self, session: ConferenceSession, info: ConferenceInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Konferanse"))
        self.setMinimumWidth(520)
        self.title_edit = QLineEdit(info.title)
        self.date_field = DateField(info.date, today=session.clock.now().date(), allow_none=True)
        self.venue_edit = QLineEdit(info.venue)
        self.venue_edit.setPlaceholderText(self.tr("f.eks. Park Inn, Gardermoen"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Tittel:"), self.title_edit)
        form.addRow(self.tr("&Dato:"), self.date_field)
        form.addRow(self.tr("&Sted:"), self.venue_edit)

        buttons, self.save_button = accept_cancel_buttons(self, self.tr("Lagre"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        try:
            self._session.set_conference(
                title=self.title_edit.text(), date=self.date_field.date(), venue=self.venue_edit.text()
            )
        except KvadrantError as error:
            show_error(self, error, title=self.tr("Kunne ikke lagre"))
            return
        super().accept()

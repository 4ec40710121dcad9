"""What the organiser writes for the minutes: who made the conference and who the minutes go to
(the cover), the "Hovedinntrykk" page, and the date the kommunegrupper's deadline counts from.

Each field is saved to the conference file as it is left (the main impressions after a short
pause in the typing), so nothing written here is lost if the laptop dies before the export.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.common.messages import KvadrantError
from app.conference_file.conference import list_blocks
from app.minutes.front_matter import FrontMatter, front_matter, kommune_deadline, set_front_matter
from ui.shell.conference_session import ConferenceSession
from ui.shell.formatting import format_date
from ui.shell.messages import show_error
from ui.shell.retranslating import Retranslating
from ui.shell.style import make_quiet, scaled_font

# A date field at this value is "not set" (QDateEdit has no empty state).
_UNSET = QDate(2000, 1, 1)
_SAVE_AFTER_MS = 800


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(_UNSET)
    edit.setDisplayFormat("d.M.yyyy")
    return edit


class FrontMatterForm(Retranslating, QWidget):
    """The organiser's fields for the minutes, saved as they are written."""

    def __init__(self, session: ConferenceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False
        self.title_label = QLabel()
        self.title_label.setFont(scaled_font(self, 1.1, bold=True))
        self.organiser_edit = QLineEdit()
        self.recipients_edit = QLineEdit()
        self.opening_edit = QPlainTextEdit()
        self.opening_edit.setMinimumHeight(140)
        self.meeting_edit = _date_edit()
        self.deadline_edit = _date_edit()
        self.deadline_hint = QLabel()
        self.deadline_hint.setWordWrap(True)
        make_quiet(self.deadline_hint)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(_SAVE_AFTER_MS)
        self.save_timer.timeout.connect(self._save_opening)

        self.form = QFormLayout()
        self.organiser_label, self.recipients_label, self.opening_label = QLabel(), QLabel(), QLabel()
        self.meeting_label, self.deadline_label = QLabel(), QLabel()
        self.form.addRow(self.organiser_label, self.organiser_edit)
        self.form.addRow(self.recipients_label, self.recipients_edit)
        self.form.addRow(self.opening_label, self.opening_edit)
        self.form.addRow(self.meeting_label, self.meeting_edit)
        self.form.addRow(self.deadline_label, self.deadline_edit)
        self.form.addRow("", self.deadline_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(self.form)
        layout.addStretch(1)

        self.organiser_edit.editingFinished.connect(lambda: self._save(organiser=self.organiser_edit.text().strip()))
        self.recipients_edit.editingFinished.connect(lambda: self._save(recipients=self.recipients_edit.text().strip()))
        self.opening_edit.textChanged.connect(self._opening_typed)
        self.meeting_edit.dateChanged.connect(lambda _d: self._save(guidance_meeting=self._date(self.meeting_edit)))
        self.deadline_edit.dateChanged.connect(lambda _d: self._save(kommune_deadline=self._date(self.deadline_edit)))
        session.file_opened.connect(self.load)
        session.file_closing.connect(self.flush)
        self._retranslate()  # loads the fields too

    @staticmethod
    def _date(edit: QDateEdit) -> dt.date | None:
        value = edit.date()
        return None if value <= _UNSET else dt.date(value.year(), value.month(), value.day())

    @staticmethod
    def _show_date(edit: QDateEdit, value: dt.date | None) -> None:
        edit.setDate(QDate(value.year, value.month, value.day) if value is not None else _UNSET)

    def load(self, *_args: object) -> None:
        """Show what the open file holds (empty fields with no file)."""
        self._loading = True
        try:
            value = front_matter(self.session.db) if self.session.is_open else FrontMatter()
            self.organiser_edit.setText(value.organiser)
            self.recipients_edit.setText(value.recipients)
            if self.opening_edit.toPlainText() != value.opening:
                self.opening_edit.setPlainText(value.opening)
            self._show_date(self.meeting_edit, value.guidance_meeting)
            self._show_date(self.deadline_edit, value.kommune_deadline)
        finally:
            self._loading = False
        self.setEnabled(self.session.is_open)
        self._show_deadline(value)

    def _opening_typed(self) -> None:
        if not self._loading:
            self.save_timer.start()

    def _save_opening(self) -> None:
        self._save(opening=self.opening_edit.toPlainText())

    def flush(self) -> None:
        """Save the main impressions now if typing is waiting (before the file closes)."""
        if self.save_timer.isActive():
            self.save_timer.stop()
            self._save_opening()

    def _save(self, **changes: str | dt.date | None) -> None:
        if self._loading or not self.session.is_open:
            return
        try:
            value = set_front_matter(self.session.db, **changes)
        except KvadrantError as error:
            show_error(self, error)
            return
        self._show_deadline(value)

    def _show_deadline(self, value: FrontMatter) -> None:
        """The kommunegrupper's deadline as the minutes will print it (counted or entered)."""
        block = None
        if self.session.is_open:
            block = next((b for b in list_blocks(self.session.db) if b.kvadrant == 4), None)
        date = kommune_deadline(value, block.summary_deadline_note) if block is not None else None
        if date is None:
            self.deadline_hint.setText(self.tr("Kommunenotatets frist er ikke satt: skriv inn datoen for veiledningsmøtet eller fristen."))
        else:
            self.deadline_hint.setText(self.tr("Kommunenotatets frist i arkene: {date}").format(date=format_date(date)))

    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("Til referatet"))
        self.organiser_label.setText(self.tr("Arrangør:"))
        self.recipients_label.setText(self.tr("Sendes til:"))
        self.opening_label.setText(self.tr("Hovedinntrykk:"))
        self.opening_edit.setPlaceholderText(self.tr("Arrangørens hovedinntrykk fra dagen, først i referatet."))
        self.meeting_label.setText(self.tr("Veiledningsmøtet:"))
        self.meeting_edit.setToolTip(self.tr("Møtet fristen for kommunenotatet regnes fra («senest 14 dager før …»)."))
        self.deadline_label.setText(self.tr("Frist kommunenotat:"))
        for edit in (self.meeting_edit, self.deadline_edit):
            edit.setSpecialValueText(self.tr("ikke satt"))
        self.load()

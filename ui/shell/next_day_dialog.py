""""Ny konferanse fra denne…": the next day of a series, made from the open conference.

The dialog only asks (where, which date, the roster or not); the making happens after the open
file is closed, so what the facilitator was typing a moment ago is saved and goes along.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from app.series.next_day import new_from
from ui.shell.conference_dialog import DateField
from ui.shell.conference_session import ConferenceSession
from ui.shell.dialog_buttons import accept_cancel_buttons
from ui.shell.messages import show_error
from ui.shell.save_path_field import SavePathField, file_name_for
from ui.shell.style import make_quiet


class NextDayDialog(QDialog):
    def __init__(self, *, source: Path, title: str, date: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._title = title
        self.setWindowTitle(self.tr("Ny konferanse fra denne"))
        self.setMinimumWidth(640)

        self.date_field = DateField(date, today=date, allow_none=False)
        self.path_field = SavePathField(self._default_path(date), caption=self.tr("Lagre den nye konferansen som"))
        self.path_edit, self.browse_button = self.path_field.edit, self.path_field.browse_button
        self.roster_check = QCheckBox(self.tr("Ta med deltakerlisten"))
        self.roster_check.setChecked(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Dato:"), self.date_field)
        path_label = QLabel(self.tr("&Lagres i:"))
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, self.path_field)
        form.addRow("", self.roster_check)

        note = QLabel(
            self.tr(
                "Programmet, oppgavetekstene og innstillingene blir med. Gruppeinndelinger, referater og "
                "evaluering blir ikke med. «{name}» blir en tidligere konferanse i den nye, så nye "
                "grupper unngår å sette sammen dem som har møttes før."
            ).format(name=source.name)
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        make_quiet(note)

        buttons, self.create_button = accept_cancel_buttons(self, self.tr("Opprett og åpne"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addWidget(buttons)

        self.date_field.date_edit.dateChanged.connect(self._date_changed)
        self.path_field.changed.connect(self._update_button)
        self._update_button()

    def _default_path(self, date: dt.date) -> Path:
        """ "<title> <date>.kvadrant" beside the file it is made from."""
        return self._source.parent / file_name_for(f"{self._title} {date.isoformat()}")

    def _date_changed(self) -> None:
        date = self.date_field.date()
        if date is not None:
            self.path_field.suggest(self._default_path(date))

    def _update_button(self) -> None:
        self.create_button.setEnabled(bool(self.path_field.text()))

    def chosen_path(self) -> Path:
        return self.path_field.path().absolute()

    def date(self) -> dt.date | None:
        return self.date_field.date()

    def roster(self) -> bool:
        return self.roster_check.isChecked()

    def accept(self) -> None:
        """Refuse a path that cannot be made here, while the open file is still open."""
        path = self.chosen_path()
        if path.exists():
            show_error(self, KvadrantError("file_exists", path=str(path)), title=self.tr("Velg et annet filnavn"))
            return
        if not path.parent.is_dir():
            show_error(self, KvadrantError("file_not_found", path=str(path.parent)), title=self.tr("Velg en annen mappe"))
            return
        super().accept()


def make_next_day(parent: QWidget, session: ConferenceSession, open_file: Callable[[Path], bool]) -> Path | None:
    """Ask, close the open file (its pending typing saved), make the next day from it and open
    that; the new file's path, or None (cancelled, or an error shown and the old file open again)."""
    source = session.path
    if source is None:
        return None
    try:
        info = session.conference()
    except KvadrantError as error:
        show_error(parent, error)
        return None
    start = info.date or session.clock.now().date()
    dialog = NextDayDialog(source=source, title=info.title, date=start + dt.timedelta(days=1), parent=parent)
    if not dialog.exec():
        return None
    target = dialog.chosen_path()
    session.close()
    try:
        new_from(source, target, date=dialog.date(), roster=dialog.roster()).close()
    except KvadrantError as error:
        show_error(parent, error, title=QCoreApplication.translate("NextDayDialog", "Kunne ikke lage den nye konferansen"))
        open_file(source)
        return None
    return target if open_file(target) else None

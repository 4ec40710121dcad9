"""Small pieces of the main window: the conference header and the friendly placeholder pages
of the sections later versions fill in (Grupper, Referater, Eksport)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.conference_file.conference import ConferenceInfo
from ui.shell.formatting import format_date
from ui.shell.style import make_quiet, scaled_font
from ui.shell.retranslating import Retranslating


class ConferenceHeader(Retranslating, QWidget):
    """Title, date and venue of the open conference, with a button to change them."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._info: ConferenceInfo | None = None
        self.title_label = QLabel()
        font = scaled_font(self, 1.6, bold=True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = QLabel()
        details_font = scaled_font(self, 1.1)
        self.details_label.setFont(details_font)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton()

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title_label)
        text.addWidget(self.details_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(text, 1)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.edit_button.clicked.connect(self.edit_requested)
        self._retranslate()

    def _retranslate(self) -> None:
        self.edit_button.setText(self.tr("Konferanse…"))
        self.edit_button.setToolTip(self.tr("Endre tittel, dato og sted"))
        self.set_info(self._info)

    def set_info(self, info: ConferenceInfo | None) -> None:
        self._info = info
        if info is None:
            self.title_label.setText("")
            self.details_label.setText("")
            return
        self.title_label.setText(info.title or self.tr("(uten tittel)"))
        details = [part for part in (format_date(info.date), info.venue) if part]
        self.details_label.setText(" · ".join(details) or self.tr("Dato og sted er ikke satt"))


class PlaceholderPage(Retranslating, QWidget):
    """A calm page saying what a section will hold, until a later version fills it."""

    def __init__(self, context: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._title, self._text = context, title, text
        self.title_label = QLabel()
        font = scaled_font(self, 1.4, bold=True)
        self.title_label.setFont(font)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        make_quiet(self.text_label)
        column = QWidget()
        column.setFixedWidth(560)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.title_label)
        column_layout.addSpacing(8)
        column_layout.addWidget(self.text_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        self._retranslate()

    def _retranslate(self) -> None:
        self.title_label.setText(QCoreApplication.translate(self._context, self._title))
        self.text_label.setText(QCoreApplication.translate(self._context, self._text))

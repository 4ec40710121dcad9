"""The Evaluering section: a band that says whether the phones can answer ("Åpen på telefonene
siden 15.45" or "Stengt", with the button that turns it) and how many have answered, above three
tabs: the questionnaire, the live results, and the coding board.

Phones' responses are not announced on the session (they come from the server's thread), so
the band asks the file's change marks once a second while it is shown: a counter, not a read.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from app.conference_file.schema import Base
from app.evaluation.questionnaire import is_open, opened_at
from app.evaluation.results import results
from ui.evaluation import question_edits
from ui.evaluation.coding_board import CodingBoard
from ui.evaluation.questionnaire_editor import QuestionnaireEditor
from ui.evaluation.results_panel import ResultsPanel
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession
from ui.shell.formatting import format_time
from ui.shell.messages import show_error
from ui.shell.retranslating import Retranslating
from ui.shell.settings import Settings
from ui.shell.style import make_quiet, scaled_font

OPEN_COLOR, CLOSED_COLOR = "#1d7a3a", "#4b5563"
#: Tables the band does not read from: a write to these alone leaves it as it is.
NOT_BAND = frozenset(
    name for name in Base.metadata.tables if not name.startswith("eval_") and name not in ("participant", "setting")
)


class EvaluationView(Retranslating, QWidget):
    status_message = Signal(str)

    def __init__(self, session: ConferenceSession, parent: QWidget | None = None, *, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._mark = -1
        self._open = False

        self.state_label = QLabel()
        self.state_label.setFont(scaled_font(self, 1.45, bold=True))
        self.responses_label = QLabel()
        self.responses_label.setFont(scaled_font(self, 1.15))
        self.hint_label = QLabel()
        make_quiet(self.hint_label)
        self.toggle_button = QPushButton()
        self.toggle_button.setFont(scaled_font(self, 1.15, bold=True))
        self.toggle_button.setMinimumSize(240, 44)
        self.toggle_button.clicked.connect(self.toggle_open)
        first_line = QHBoxLayout()
        first_line.setSpacing(24)
        first_line.addWidget(self.state_label)
        first_line.addWidget(self.responses_label, 0, Qt.AlignmentFlag.AlignBaseline)
        first_line.addStretch(1)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addLayout(first_line)
        words.addWidget(self.hint_label)
        self.band = QFrame()
        self.band.setObjectName("evaluationBand")
        band_layout = QHBoxLayout(self.band)
        band_layout.setContentsMargins(16, 8, 12, 8)
        band_layout.addLayout(words, 1)
        band_layout.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.editor = QuestionnaireEditor(session)
        self.results_panel = ResultsPanel(session, settings=settings)
        self.coding_board = CodingBoard(session)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setFont(scaled_font(self, 1.1))
        self.tabs.addTab(self.editor, "")
        self.tabs.addTab(self.results_panel, "")
        self.tabs.addTab(self.coding_board, "")
        self.editor.status_message.connect(self.status_message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.band)
        layout.addSpacing(6)
        layout.addWidget(self.tabs, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._look_for_phones)
        self._timer.start()
        session.changed.connect(self._changed)
        session.file_opened.connect(self.refresh)
        session.file_closed.connect(self.refresh)
        self._retranslate()

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Spørreskjema"))
        self.tabs.setTabText(1, self.tr("Resultater"))
        self.tabs.setTabText(2, self.tr("Koding"))
        self.refresh()

    # -- the band ---------------------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if changes.evaluation or changes.participants is not None or changes.groups is not None:
            self.refresh()

    def _look_for_phones(self) -> None:
        db = self.session.db if self.session.is_open else None
        if self.isVisible() and db is not None and db.changes.changed_since(self._mark, ignoring=NOT_BAND):
            self.refresh()

    def refresh(self) -> None:
        """Say the state and the count as the file has them now."""
        if not self.session.is_open:
            self._mark = -1
            self._open = False
            self._set_band(open_=False, state="", responses="", hint="")
            return
        db = self.session.db
        self._mark = db.changes.mark()
        with db.read():
            self._open = is_open(db)
            since = opened_at(db)
            now = results(db)
        if self._open:
            state = (
                self.tr("● Åpen på telefonene siden {time}").format(time=format_time(since.time()))
                if since is not None
                else self.tr("● Åpen på telefonene")
            )
            hint = self.tr("Deltakerne svarer på deltakersiden de allerede har åpen.")
        else:
            state = self.tr("Stengt")
            hint = (
                self.tr("Telefonene ser ikke spørreskjemaet før det åpnes.")
                if now.questions
                else self.tr("Lag spørreskjemaet først, så kan det åpnes på telefonene.")
            )
        if now.present:
            responses = self.tr("{n} av {present} har svart").format(n=now.responses, present=now.present)
        else:
            responses = self.tr("{n} har svart").format(n=now.responses)
        self._set_band(open_=self._open, state=state, responses=responses, hint=hint)

    def _set_band(self, *, open_: bool, state: str, responses: str, hint: str) -> None:
        self.state_label.setText(state)
        self.state_label.setStyleSheet(f"color: {OPEN_COLOR if open_ else CLOSED_COLOR};")
        self.responses_label.setText(responses)
        self.hint_label.setText(hint)
        self.toggle_button.setText(self.tr("Steng evalueringen") if open_ else self.tr("Åpne evalueringen"))
        self.toggle_button.setEnabled(self.session.is_open)
        background = "#e6f4ea" if open_ else "palette(alternate-base)"
        self.band.setStyleSheet(f"#evaluationBand {{ background: {background}; border-radius: 8px; }}")

    def toggle_open(self) -> None:
        """Open the questionnaire on the phones, or close it; refused while it has no questions."""
        if not self.session.is_open:
            return
        opening = not self._open
        try:
            question_edits.set_open(self.session, opening)
        except KvadrantError as error:
            show_error(self, error, title=self.tr("Kunne ikke åpne evalueringen"))
            return
        self.status_message.emit(
            self.tr("Evalueringen er åpen på telefonene.") if opening else self.tr("Evalueringen er stengt.")
        )

    def shutdown(self) -> None:
        """The app is closing: a paper form being written finishes, the results window goes."""
        self.editor.shutdown()
        self.results_panel.close_window()

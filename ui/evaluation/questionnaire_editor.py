"""The Spørreskjema tab: the questions in order with their kind and answer count, edited through
the question dialog, reordered with buttons, Ctrl+↑/↓ or by dragging, every edit an undo step;
a calm empty state that starts from the template; and the paper form, printed and typed in.
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from app.evaluation.gathered import gather_evaluation
from app.evaluation.questionnaire import (
    Question,
    QuestionDraft,
    answer_count,
    questions,
)
from ui.evaluation import question_edits
from ui.evaluation.paper_entry import (
    PaperEntryDialog,
    paper_count_text,
    paper_responses,
)
from ui.evaluation.question_dialog import QuestionDialog
from ui.evaluation.question_list import (
    COUNT_ROLE,
    QUESTION_ROLE,
    QuestionDelegate,
    QuestionListModel,
)
from ui.shell.background import Background
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession
from ui.shell.i18n import ui_language
from ui.shell.messages import confirm, show_error
from ui.shell.retranslating import Retranslating
from ui.shell.style import make_quiet, scaled_font


def _file_name(title: str) -> str:
    """A file name from the conference title that every operating system accepts."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .") or "Kvadrant"
    return re.sub(r"\s+", " ", name)[:80]


class QuestionnaireEditor(Retranslating, QWidget):
    """The questionnaire: an empty state, or the list with its buttons."""

    status_message = Signal(str)
    #: The paper form was written (its path), before it is opened for printing.
    paper_written = Signal(object)

    def __init__(self, session: ConferenceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = QuestionListModel(session, self)
        self.model.edit_failed.connect(self._failed)
        self._paper = Background(self, name="kvadrant-paper")
        self._paper.finished.connect(self._paper_done)
        self._paper.failed.connect(self._paper_failed)

        # the empty state
        self.empty_title = QLabel()
        self.empty_title.setFont(scaled_font(self, 1.4, bold=True))
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        make_quiet(self.empty_text)
        self.template_button = QPushButton()
        self.template_button.setDefault(True)
        self.template_button.setMinimumHeight(40)
        self.template_button.clicked.connect(self.create_from_template)
        self.empty_new_button = QPushButton()
        self.empty_new_button.setMinimumHeight(40)
        self.empty_new_button.clicked.connect(self.add_question)
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch(1)
        empty_buttons.addWidget(self.template_button)
        empty_buttons.addWidget(self.empty_new_button)
        empty_buttons.addStretch(1)
        column = QWidget()
        column.setFixedWidth(600)
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(self.empty_title)
        column_layout.addSpacing(8)
        column_layout.addWidget(self.empty_text)
        column_layout.addSpacing(16)
        column_layout.addLayout(empty_buttons)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(column)
        centre.addStretch(1)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(2)
        empty_layout.addLayout(centre)
        empty_layout.addStretch(3)

        # the list
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(QuestionDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list_view.setDropIndicatorShown(True)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.doubleClicked.connect(self.edit_question)
        self.list_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.add_question)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_question)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button = QPushButton()
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button = QPushButton()
        self.down_button.clicked.connect(lambda: self.move_question(1))
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_paper)
        self.paper_button = QPushButton()
        self.paper_button.clicked.connect(self.enter_paper)
        self.paper_label = QLabel()
        self.paper_label.setWordWrap(True)
        make_quiet(self.paper_label)
        buttons = QVBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addSpacing(24)
        self.paper_heading = QLabel()
        self.paper_heading.setFont(scaled_font(self, 1.0, bold=True))
        buttons.addWidget(self.paper_heading)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.paper_button)
        buttons.addWidget(self.paper_label)
        buttons.addStretch(1)
        button_column = QWidget()
        button_column.setFixedWidth(220)
        button_column.setLayout(buttons)
        list_page = QWidget()
        list_layout = QHBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list_view, 1)
        list_layout.addWidget(button_column)

        self.pages = QStackedWidget()
        self.pages.addWidget(empty_page)
        self.pages.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.pages)

        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_question),
            (QKeySequence("Ctrl+Up"), lambda: self.move_question(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_question(1)),
            (QKeySequence(Qt.Key.Key_Return), self.edit_question),
        ):
            shortcut = QShortcut(keys, self.list_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        session.changed.connect(self._changed)
        session.file_opened.connect(self.refresh)
        session.file_closed.connect(self.refresh)
        self._retranslate()
        self.refresh()

    def _retranslate(self) -> None:
        self.empty_title.setText(self.tr("Ingen spørsmål ennå"))
        self.empty_text.setText(
            self.tr(
                "Malen for dialogkonferanse har tolv spørsmål: utbyttet av hver kvadrant og av "
                "organiseringen på en skala fra 1 til 6, rolle og hva som var mest nyttig som flervalg, "
                "og hva som bør beholdes og endres som åpne spørsmål. Alt kan endres etterpå."
            )
        )
        self.template_button.setText(self.tr("Lag fra malen for dialogkonferanse"))
        self.empty_new_button.setText(self.tr("Nytt spørsmål…"))
        self.new_button.setText(self.tr("Nytt spørsmål…"))
        self.edit_button.setText(self.tr("Endre…"))
        self.remove_button.setText(self.tr("Fjern…"))
        self.up_button.setText(self.tr("Flytt opp"))
        self.down_button.setText(self.tr("Flytt ned"))
        self.up_button.setToolTip(self.tr("Ctrl+↑, eller dra spørsmålet"))
        self.down_button.setToolTip(self.tr("Ctrl+↓, eller dra spørsmålet"))
        self.paper_heading.setText(self.tr("Uten telefon"))
        self.print_button.setText(self.tr("Skriv ut papirskjema…"))
        self.paper_button.setText(self.tr("Legg inn papirsvar…"))
        self._update_paper_label()

    # -- reading ----------------------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if changes.evaluation:
            self.refresh()

    def refresh(self) -> None:
        """Read the questions again, keeping the selected one selected."""
        chosen = self.current()
        self.model.reload()
        self.pages.setCurrentIndex(1 if self.model.rowCount() else 0)
        if chosen is not None:
            self.select(chosen.id)
        self._update_buttons()
        self._update_paper_label()

    def _update_paper_label(self) -> None:
        if not self.session.is_open:
            self.paper_label.setText("")
            return
        self.paper_label.setText(paper_count_text(len(paper_responses(self.session.db))))

    def current(self) -> Question | None:
        question = self.list_view.currentIndex().data(QUESTION_ROLE)
        return question if isinstance(question, Question) and self.list_view.selectionModel().hasSelection() else None

    def select(self, question_id: int) -> None:
        row = self.model.row_of(question_id)
        if row >= 0:
            self.list_view.setCurrentIndex(self.model.index(row))

    def _update_buttons(self, *args: object) -> None:
        chosen = self.current()
        row = self.model.row_of(chosen.id) if chosen is not None else -1
        self.edit_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def _failed(self, error: KvadrantError) -> None:
        show_error(self, error)

    # -- editing ------------------------------------------------------------------------------------
    def create_from_template(self) -> None:
        try:
            count = question_edits.create_questionnaire(self.session)
        except KvadrantError as error:
            show_error(self, error)
            return
        self.status_message.emit(self.tr("Spørreskjemaet er laget fra malen: {n} spørsmål.").format(n=count))

    def add_question(self) -> None:
        chosen = self.current()
        position = self.model.row_of(chosen.id) + 1 if chosen is not None else None
        added: list[Question] = []

        def submit(draft: QuestionDraft) -> None:
            added.append(question_edits.add_question(self.session, draft, position=position))

        if QuestionDialog(submit, parent=self).exec() and added:
            self.select(added[0].id)

    def edit_question(self, *args: object) -> None:
        chosen = self.current()
        if chosen is None:
            return
        question_id = chosen.id
        answers = int(self.model.index(self.model.row_of(question_id)).data(COUNT_ROLE) or 0)

        def submit(draft: QuestionDraft) -> None:
            question_edits.edit_question(self.session, question_id, draft)

        QuestionDialog(submit, question=chosen, answers=answers, parent=self).exec()

    def remove_question(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        try:
            answers = answer_count(self.session.db, chosen.id)
            if answers and not confirm(
                self,
                title=self.tr("Fjerne spørsmålet?"),
                text=self.tr("<p>«{text}» har {n} svar.</p>").format(text=html.escape(chosen.text), n=answers),
                informative_text=self.tr(
                    "Svarene og kortene deres på kodetavlen fjernes sammen med spørsmålet. "
                    "Angre (Ctrl+Z) henter dem tilbake."
                ),
                confirm_text=self.tr("Fjern spørsmålet og svarene"),
            ):
                return
            row = self.model.row_of(chosen.id)
            question_edits.remove_question(self.session, chosen.id)
        except KvadrantError as error:
            show_error(self, error)
            return
        if self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self.status_message.emit(self.tr("Spørsmålet er fjernet. Ctrl+Z angrer."))

    def move_question(self, steps: int) -> None:
        chosen = self.current()
        if chosen is None:
            return
        row = self.model.row_of(chosen.id) + steps
        if not 0 <= row < self.model.rowCount():
            return
        try:
            question_edits.move_question(self.session, chosen.id, row)
        except KvadrantError as error:
            show_error(self, error)
            return
        self.select(chosen.id)

    # -- paper ----------------------------------------------------------------------------------------
    def print_paper(self) -> None:
        """Save the paper form as a PDF (off the GUI thread), then open it for printing."""
        if not self.session.is_open:
            return
        if not questions(self.session.db):
            show_error(self, KvadrantError("evaluation_empty"))
            return
        folder = self.session.path.parent if self.session.path else Path.home()
        title = _file_name(self.session.conference().title)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Lagre papirskjemaet"),
            str(folder / self.tr("{title} – evaluering på papir.pdf").format(title=title)),
            self.tr("PDF (*.pdf)"),
        )
        if not chosen:
            return
        target = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        db, lang = self.session.db, ui_language()
        self.print_button.setEnabled(False)

        def work(progress: Any) -> Path:
            from app.minutes.evaluation_paper import write_paper_questionnaire

            return write_paper_questionnaire(gather_evaluation(db), target, lang=lang)

        self._paper.run(work)

    def _paper_done(self, path: Path) -> None:
        self.print_button.setEnabled(True)
        self.status_message.emit(self.tr("Papirskjemaet er lagret: {path}").format(path=path))
        self.paper_written.emit(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _paper_failed(self, error: Exception) -> None:
        self.print_button.setEnabled(True)
        if not isinstance(error, KvadrantError):
            error = KvadrantError("file_io_error", path="", detail=str(error))
        show_error(self, error, title=self.tr("Kunne ikke lage papirskjemaet"))

    def enter_paper(self) -> None:
        if not self.session.is_open:
            return
        if not questions(self.session.db):
            show_error(self, KvadrantError("evaluation_empty"))
            return
        PaperEntryDialog(self.session, parent=self).exec()

    def shutdown(self) -> None:
        """Let a paper form being written finish (the window is closing)."""
        self._paper.shutdown()

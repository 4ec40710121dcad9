"""Typing paper forms in: the questionnaire as a form (a scale as six buttons 1–6, choices as
radio buttons or boxes, open questions as text), each saved form a response of its own, and the
forms typed in so far in a list, to correct or remove one.

Paper forms are not undo steps: the list is where a form is corrected or removed (removing asks
first, since its cards on the coding board go with it).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from app.conference_file.schema import QuestionKind
from app.conference_file.storage import ConferenceDb
from app.evaluation.questionnaire import SCALE, Question, questions
from app.evaluation.responses import (
    PAPER,
    Answer,
    AnswerError,
    Response,
    add_paper_response,
    remove_response,
    replace_answers,
    responses,
)
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession
from ui.shell.messages import confirm, show_error, show_warning
from ui.shell.style import make_quiet, scaled_font


def paper_responses(db: ConferenceDb) -> list[Response]:
    return [response for response in responses(db) if response.source == PAPER]


def paper_count_text(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("PaperEntry", "Ingen papirskjemaer er lagt inn.")
    if count == 1:
        return QCoreApplication.translate("PaperEntry", "1 papirskjema er lagt inn.")
    return QCoreApplication.translate("PaperEntry", "{n} papirskjemaer er lagt inn.").format(n=count)


#: A grade button: plain until chosen, then filled, so the chosen grade is seen at a glance.
SCALE_BUTTON = (
    "QPushButton { background: white; color: #1f2430; border: 1px solid #9aa3ad; border-radius: 6px; }"
    "QPushButton:hover { border-color: #1f5fbf; }"
    "QPushButton:checked { background: #1f5fbf; color: white; border-color: #1f5fbf; }"
)


class AnswerField(QFrame):
    """One question of the form: its text and the input its kind takes; every input can be
    left blank (a checked button clicked again is unchecked)."""

    def __init__(self, number: int, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        heading = QLabel(f"{number}. {question.text}")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setFont(scaled_font(self, 1.05, bold=True))
        layout.addWidget(heading)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.text_edit: QPlainTextEdit | None = None
        if question.kind is QuestionKind.SCALE:
            layout.addLayout(self._scale_row())
        elif question.kind is QuestionKind.CHOICE:
            for choice in question.choices:
                button: QAbstractButton = QCheckBox(choice) if question.multiple else QRadioButton(choice)
                button.setAutoExclusive(False)
                self.group.addButton(button)
                layout.addWidget(button)
            if question.multiple:
                hint = QLabel(self.tr("Flere kan velges"))
                make_quiet(hint)
                layout.addWidget(hint)
        else:
            self.text_edit = QPlainTextEdit()
            self.text_edit.setTabChangesFocus(True)
            self.text_edit.setFixedHeight(self.fontMetrics().height() * 4 + 14)
            layout.addWidget(self.text_edit)
        self.group.buttonToggled.connect(self._toggled)

    def _scale_row(self) -> QHBoxLayout:
        """Six buttons between the scale's end words; the ends take the same room on every
        question, so the buttons line up down the form as they do on paper."""
        row = QHBoxLayout()
        low = QLabel(self.question.low_label)
        low.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        high = QLabel(self.question.high_label)
        for label in (low, high):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFixedWidth(130)
            make_quiet(label)
        row.addWidget(low)
        row.addSpacing(6)
        for grade in SCALE:
            button = QPushButton(str(grade))
            button.setCheckable(True)
            button.setFixedSize(52, 40)
            button.setFont(scaled_font(self, 1.15, bold=True))
            button.setStyleSheet(SCALE_BUTTON)
            self.group.addButton(button, grade)
            row.addWidget(button)
        row.addSpacing(6)
        row.addWidget(high)
        row.addStretch(1)
        return row

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        """A scale and a one-choice question keep at most one button checked."""
        if not checked or (self.question.kind is QuestionKind.CHOICE and self.question.multiple):
            return
        for other in self.group.buttons():
            if other is not button and other.isChecked():
                other.setChecked(False)

    def take_focus(self) -> None:
        first = self.text_edit if self.text_edit is not None else self.group.buttons()[0]
        first.setFocus()

    def value(self) -> Any:
        """The answer as the core takes it; None when left blank."""
        if self.text_edit is not None:
            return self.text_edit.toPlainText().strip() or None
        checked = [button for button in self.group.buttons() if button.isChecked()]
        if self.question.kind is QuestionKind.SCALE:
            return self.group.id(checked[0]) if checked else None
        return [button.text() for button in checked] or None

    def set_value(self, value: Answer | None) -> None:
        if self.text_edit is not None:
            self.text_edit.setPlainText(value if isinstance(value, str) else "")
            return
        chosen = {value} if isinstance(value, int) else set(value) if isinstance(value, tuple) else set()
        for button in self.group.buttons():
            mark = self.group.id(button) if self.question.kind is QuestionKind.SCALE else button.text()
            button.setChecked(mark in chosen)


class PaperEntryDialog(QDialog):
    """The forms typed in so far on the left; the form to type (or correct) on the right."""

    def __init__(self, session: ConferenceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Legg inn papirsvar"))
        self.resize(1040, 700)
        self._editing: int | None = None  # the response being corrected; None: a new form
        self._loaded: dict[str, Any] = {}  # the answers as last loaded or saved

        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.count_label.setFont(scaled_font(self, 1.05, bold=True))
        self.forms_list = QListWidget()
        # Selection, not the current item: focus entering the list makes its first row current,
        # and that must not load a form over what is being typed.
        self.forms_list.itemSelectionChanged.connect(self._form_chosen)
        self.new_button = QPushButton(self.tr("Nytt skjema"))
        self.new_button.clicked.connect(self._new_form_asked)
        self.remove_button = QPushButton(self.tr("Fjern skjemaet…"))
        self.remove_button.clicked.connect(self.remove_form)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.addWidget(self.count_label)
        left.addWidget(self.forms_list, 1)
        left.addLayout(left_buttons)
        left_holder = QWidget()
        left_holder.setFixedWidth(280)
        left_holder.setLayout(left)

        self.form_title = QLabel()
        self.form_title.setFont(scaled_font(self, 1.3, bold=True))
        self.fields: list[AnswerField] = []
        form = QWidget()
        form_layout = QVBoxLayout(form)
        for number, question in enumerate(questions(session.db), start=1):
            field = AnswerField(number, question)
            self.fields.append(field)
            form_layout.addWidget(field)
        form_layout.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidget(form)
        self.form_scroll.setWidgetResizable(True)
        self.clear_button = QPushButton(self.tr("Tøm skjemaet"))
        self.clear_button.clicked.connect(self.clear_form)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(36)
        self.save_button.clicked.connect(self.save_form)
        self.close_button = QPushButton(self.tr("Lukk"))
        self.close_button.clicked.connect(self.reject)
        self.saved_label = QLabel()
        make_quiet(self.saved_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        right = QVBoxLayout()
        right.addWidget(self.form_title)
        right.addWidget(self.form_scroll, 1)
        right.addLayout(bottom)

        layout = QHBoxLayout(self)
        layout.addWidget(left_holder)
        layout.addLayout(right, 1)
        save_keys = QShortcut(QKeySequence("Ctrl+Return"), self)
        save_keys.activated.connect(self.save_form)
        self._load_list()
        self.new_form()

    # -- the list of typed-in forms ---------------------------------------------------------------
    def _load_list(self) -> None:
        forms = paper_responses(self.session.db)
        self.count_label.setText(paper_count_text(len(forms)))
        self.forms_list.blockSignals(True)
        self.forms_list.clear()
        for number, response in enumerate(forms, start=1):
            item = QListWidgetItem(self.tr("Skjema {number} · {n} svar").format(number=number, n=len(response.answers)))
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setData(Qt.ItemDataRole.UserRole + 1, response)
            self.forms_list.addItem(item)
        self.forms_list.blockSignals(False)

    def _chosen(self) -> tuple[int, Response] | None:
        """The number and response of the form chosen in the list."""
        items = self.forms_list.selectedItems()
        response = items[0].data(Qt.ItemDataRole.UserRole + 1) if items else None
        return (int(items[0].data(Qt.ItemDataRole.UserRole)), response) if isinstance(response, Response) else None

    def _form_chosen(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            self.new_form()
            return
        number, response = chosen
        self._editing = response.id
        for field in self.fields:
            field.set_value(response.answers.get(field.question.id))
        self._loaded = self.answers()
        self.form_title.setText(self.tr("Retter skjema {number}").format(number=number))
        self.save_button.setText(self.tr("Lagre rettelsen"))
        self.remove_button.setEnabled(True)
        self.saved_label.setText("")

    def new_form(self) -> None:
        """An empty form for the next paper."""
        self._editing = None
        self.forms_list.blockSignals(True)
        self.forms_list.clearSelection()
        self.forms_list.blockSignals(False)
        self.remove_button.setEnabled(False)
        self.clear_form()
        self._loaded = {}
        self.form_title.setText(self.tr("Nytt skjema"))
        self.save_button.setText(self.tr("Lagre skjemaet"))

    def clear_form(self) -> None:
        """Blank every answer and go back to the first question, ready for the next paper."""
        for field in self.fields:
            field.set_value(None)
        self.form_scroll.verticalScrollBar().setValue(0)
        if self.fields:
            self.fields[0].take_focus()

    def _new_form_asked(self) -> None:
        if self._may_leave():
            self.new_form()

    def _may_leave(self) -> bool:
        """True if nothing typed would be lost, or the facilitator lets it go."""
        if self.answers() == self._loaded:
            return True
        return confirm(
            self,
            title=self.tr("Skjemaet er ikke lagret"),
            text=self.tr("Det du har fylt inn i skjemaet, er ikke lagret."),
            confirm_text=self.tr("Forkast det"),
            cancel_text=self.tr("Fortsett å fylle inn"),
        )

    def reject(self) -> None:
        if self._may_leave():
            super().reject()

    # -- writing ------------------------------------------------------------------------------------
    def answers(self) -> dict[str, Any]:
        """The form's answers that are not blank, keyed as the core takes them."""
        return {str(field.question.id): value for field in self.fields if (value := field.value()) is not None}

    def save_form(self) -> None:
        answers = self.answers()
        title = self.tr("Kunne ikke lagre skjemaet")
        if not answers:
            show_warning(self, self.tr("Skjemaet er tomt. Fyll inn minst ett svar."), title=title)
            return
        try:
            if self._editing is None:
                saved = add_paper_response(self.session.db, answers).response_id
            else:
                replace_answers(self.session.db, self._editing, answers)
                saved = self._editing
        except AnswerError as error:
            show_error(self, KvadrantError("answers_invalid", detail=str(error)), title=title)
            return
        except KvadrantError as error:
            show_error(self, error, title=title)
            return
        corrected = self._editing is not None
        self.session.announce(Changes(evaluation=True))
        self._load_list()
        number = next(k for k, r in enumerate(paper_responses(self.session.db), start=1) if r.id == saved)
        self.new_form()
        message = self.tr("Skjema {number} er rettet.") if corrected else self.tr("Skjema {number} er lagret.")
        self.saved_label.setText(message.format(number=number))

    def remove_form(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        number, response = chosen
        if not confirm(
            self,
            title=self.tr("Fjerne skjemaet?"),
            text=self.tr("Skjema {number} og svarene på det fjernes.").format(number=number),
            informative_text=self.tr("Kortene fra skjemaets åpne svar forsvinner fra kodetavlen. Dette kan ikke angres."),
            confirm_text=self.tr("Fjern skjemaet"),
        ):
            return
        try:
            remove_response(self.session.db, response.id)
        except KvadrantError as error:
            show_error(self, error)
            return
        self.session.announce(Changes(evaluation=True))
        self._load_list()
        self.new_form()
        self.saved_label.setText(self.tr("Skjemaet er fjernet."))

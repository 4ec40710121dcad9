"""The question dialog: a question's kind, its text, and by kind its choices (one per line) or the
words at the ends of the 1–6 scale. What the core refuses (no text, fewer than two choices) is
said in plain words and keeps the dialog open with what was typed."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from app.conference_file.schema import QuestionKind
from app.evaluation.questionnaire import Question, QuestionDraft
from ui.shell.dialog_buttons import accept_cancel_buttons
from ui.shell.messages import show_error
from ui.shell.style import make_quiet

#: Writes the question; raises KvadrantError when the core refuses it.
Submit = Callable[[QuestionDraft], None]


def kind_label(kind: QuestionKind) -> str:
    """The kind as the facilitator reads it in the list and the dialog."""
    names = {
        QuestionKind.SCALE: QCoreApplication.translate("QuestionDialog", "Skala 1–6"),
        QuestionKind.CHOICE: QCoreApplication.translate("QuestionDialog", "Flervalg"),
        QuestionKind.OPEN: QCoreApplication.translate("QuestionDialog", "Åpent"),
    }
    return names[kind]


class QuestionDialog(QDialog):
    """A new question, or an existing one; its kind is fixed once it has answers."""

    def __init__(
        self, submit: Submit, *, question: Question | None = None, answers: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Nytt spørsmål") if question is None else self.tr("Endre spørsmål"))
        self.setMinimumWidth(620)

        self.kind_combo = QComboBox()
        for kind in QuestionKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.kind_hint = QLabel()
        make_quiet(self.kind_hint)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        self.text_edit.setPlaceholderText(self.tr("Spørsmålet slik deltakerne ser det på telefonen"))
        self.choices_edit = QPlainTextEdit()
        self.choices_edit.setTabChangesFocus(True)
        self.choices_edit.setFixedHeight(self.fontMetrics().height() * 6 + 14)
        self.choices_edit.setPlaceholderText(self.tr("Ett svaralternativ per linje"))
        self.multiple_check = QCheckBox(self.tr("Flere kan velges"))
        self.low_edit = QLineEdit()
        self.low_edit.setPlaceholderText(self.tr("f.eks. «Svært lite»"))
        self.high_edit = QLineEdit()
        self.high_edit.setPlaceholderText(self.tr("f.eks. «Svært stort»"))
        self.open_hint = QLabel(self.tr("Deltakerne skriver svaret med egne ord. Svarene kan kodes i fanen Koding."))
        make_quiet(self.open_hint)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("T&ype:"), self.kind_combo)
        form.addRow("", self.kind_hint)
        form.addRow(self.tr("&Spørsmål:"), self.text_edit)
        form.addRow(self.tr("Svar&alternativer:"), self.choices_edit)
        form.addRow("", self.multiple_check)
        form.addRow(self.tr("&1 betyr:"), self.low_edit)
        form.addRow(self.tr("&6 betyr:"), self.high_edit)
        form.addRow("", self.open_hint)
        self.form = form

        buttons, self.save_button = accept_cancel_buttons(
            self, self.tr("Legg til") if question is None else self.tr("Lagre")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(buttons)

        self._fill(question, answers)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.text_edit.textChanged.connect(self._update_button)
        self._kind_changed()
        self._update_button()

    def _fill(self, question: Question | None, answers: int) -> None:
        self.kind_hint.setVisible(answers > 0)
        if question is None:
            self.low_edit.setText(self.tr("Svært lite"))
            self.high_edit.setText(self.tr("Svært stort"))
            return
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(question.kind.value)))
        if answers:
            self.kind_combo.setEnabled(False)
            self.kind_hint.setText(
                self.tr("Spørsmålet har {n} svar, så typen kan ikke endres.").format(n=answers)
            )
        self.text_edit.setPlainText(question.text)
        self.choices_edit.setPlainText("\n".join(question.choices))
        self.multiple_check.setChecked(question.multiple)
        self.low_edit.setText(question.low_label)
        self.high_edit.setText(question.high_label)

    def kind(self) -> QuestionKind:
        return QuestionKind(self.kind_combo.currentData())

    def _kind_changed(self, *args: object) -> None:
        kind = self.kind()
        fields: tuple[tuple[QWidget, bool], ...] = (
            (self.choices_edit, kind is QuestionKind.CHOICE),
            (self.multiple_check, kind is QuestionKind.CHOICE),
            (self.low_edit, kind is QuestionKind.SCALE),
            (self.high_edit, kind is QuestionKind.SCALE),
        )
        for field, shown in fields:
            self.form.setRowVisible(field, shown)
        self.form.setRowVisible(self.open_hint, kind is QuestionKind.OPEN)
        self.adjustSize()

    def _update_button(self) -> None:
        self.save_button.setEnabled(bool(self.text_edit.toPlainText().strip()))

    def draft(self) -> QuestionDraft:
        """What was typed, as the core takes it (it cleans and checks it)."""
        return QuestionDraft(
            kind=self.kind(),
            text=self.text_edit.toPlainText(),
            choices=tuple(self.choices_edit.toPlainText().splitlines()),
            multiple=self.multiple_check.isChecked(),
            low_label=self.low_edit.text(),
            high_label=self.high_edit.text(),
        )

    def accept(self) -> None:
        try:
            self._submit(self.draft())
        except KvadrantError as error:
            show_error(self, error, title=self.tr("Kunne ikke lagre spørsmålet"))
            return
        super().accept()

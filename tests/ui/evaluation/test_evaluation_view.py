"""The Evaluering section: the questionnaire's empty state and template, its edits as undo steps
(removing a question with answers and undoing it brings the answers back), opening and closing
on the phones, paper forms typed in, and the evaluation's exports."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.common.clock import FakeClock
from app.conference_file.schema import QuestionKind
from app.evaluation.coding import board, ensure_categories, file_card, set_quote
from app.evaluation.questionnaire import add_question, is_open, questions
from app.evaluation.responses import add_paper_response, responses
from app.evaluation.results import results
from app.evaluation.template import create_from_template
from ui.evaluation.evaluation_view import EvaluationView
from ui.evaluation.paper_entry import PaperEntryDialog
from ui.evaluation.question_dialog import QuestionDialog
from ui.evaluation.question_edits import create_questionnaire
from ui.evaluation.questionnaire_editor import QuestionnaireEditor
from ui.export.export_view import ExportView
from ui.shell.conference_session import ConferenceSession

MARKUP = "Hva med <b>&amp;</b> & 🎻?"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2020, 1, 28, 15, 45, 10))


@pytest.fixture
def fresh(qapp, demo_file: Path, clock: FakeClock) -> Iterator[ConferenceSession]:  # type: ignore[no-untyped-def]
    session = ConferenceSession(clock=clock)
    session.open(demo_file)
    yield session
    session.close()


@pytest.fixture
def editor(qtbot, fresh: ConferenceSession) -> QuestionnaireEditor:  # type: ignore[no-untyped-def]
    widget = QuestionnaireEditor(fresh)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def view(qtbot, fresh: ConferenceSession) -> Iterator[EvaluationView]:  # type: ignore[no-untyped-def]
    widget = EvaluationView(fresh)
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def texts(session: ConferenceSession) -> list[str]:
    return [question.text for question in questions(session.db)]


def answer_dialog(monkeypatch: pytest.MonkeyPatch, **typed: object) -> None:
    """The question dialog, when shown, is filled in with ``typed`` and accepted."""

    def fake_exec(dialog: QuestionDialog) -> int:
        if "kind" in typed:
            dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(typed["kind"]))
        if "text" in typed:
            dialog.text_edit.setPlainText(str(typed["text"]))
        if "choices" in typed:
            dialog.choices_edit.setPlainText(str(typed["choices"]))
        dialog.multiple_check.setChecked(bool(typed.get("multiple", dialog.multiple_check.isChecked())))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(QuestionDialog, "exec", fake_exec)


# -- the questionnaire ------------------------------------------------------------------------------
def test_the_empty_state_makes_the_template_in_one_undo_step(editor: QuestionnaireEditor, fresh: ConferenceSession) -> None:
    assert editor.pages.currentIndex() == 0 and editor.template_button.isVisibleTo(editor)
    editor.template_button.click()
    assert len(questions(fresh.db)) == 12
    assert editor.pages.currentIndex() == 1 and editor.model.rowCount() == 12
    shown = [editor.model.index(row).data() for row in range(12)]
    assert shown[0].startswith("1. Skala 1–6: ") and shown[7].startswith("8. Flervalg: ") and shown[11].startswith("12. Åpent: ")
    fresh.undo_stack.undo()
    assert questions(fresh.db) == [] and editor.pages.currentIndex() == 0
    fresh.undo_stack.redo()
    assert len(questions(fresh.db)) == 12


def test_add_edit_and_move_are_undo_steps(editor: QuestionnaireEditor, fresh: ConferenceSession, monkeypatch: pytest.MonkeyPatch) -> None:
    answer_dialog(monkeypatch, kind="open", text="Hva bør vi beholde?")
    editor.new_button.click()
    answer_dialog(monkeypatch, kind="choice", text="Hvilken rolle har du?", choices="Eier\nLeder\n\nLeder\n", multiple=True)
    editor.new_button.click()  # after the selected (first) question
    assert texts(fresh) == ["Hva bør vi beholde?", "Hvilken rolle har du?"]
    added = questions(fresh.db)[1]
    assert added.kind is QuestionKind.CHOICE and added.choices == ("Eier", "Leder") and added.multiple

    editor.select(added.id)
    answer_dialog(monkeypatch, text=MARKUP)
    editor.edit_button.click()
    assert texts(fresh)[1] == MARKUP  # stored as typed, never read as markup
    assert "«Hva med <b>&amp;</b>" in fresh.undo_stack.undoText()

    editor.select(added.id)
    editor.up_button.click()
    assert texts(fresh) == [MARKUP, "Hva bør vi beholde?"]
    assert editor.current() is not None and editor.current().id == added.id
    for expected in (["Hva bør vi beholde?", MARKUP], ["Hva bør vi beholde?", "Hvilken rolle har du?"], ["Hva bør vi beholde?"], []):
        fresh.undo_stack.undo()
        assert texts(fresh) == expected


def test_dragging_a_question_moves_it(editor: QuestionnaireEditor, fresh: ConferenceSession) -> None:
    create_from_template(fresh.db, "dialogkonferanse")
    editor.refresh()
    first = questions(fresh.db)[0]
    data = editor.model.mimeData([editor.model.index(0)])
    assert editor.model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, editor.model.index(-1))
    assert [q.id for q in questions(fresh.db)].index(first.id) == 2
    fresh.undo_stack.undo()
    assert questions(fresh.db)[0].id == first.id


def test_the_dialog_refuses_what_the_core_refuses(qtbot, fresh: ConferenceSession, message_boxes) -> None:  # type: ignore[no-untyped-def]
    dialog = QuestionDialog(lambda draft: add_question(fresh.db, draft))
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("choice"))
    dialog.text_edit.setPlainText("Bare ett valg?")
    dialog.choices_edit.setPlainText("Ja")
    dialog.accept()
    assert message_boxes.texts == ["Et flervalgsspørsmål trenger 2 til 20 ulike svaralternativer."]
    assert dialog.result() == 0 and questions(fresh.db) == []


def test_removing_a_question_with_answers_asks_and_undo_brings_the_answers_back(
    editor: QuestionnaireEditor, fresh: ConferenceSession, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    create_from_template(fresh.db, "dialogkonferanse")
    editor.refresh()
    open_question = questions(fresh.db)[-1]
    add_paper_response(fresh.db, {str(open_question.id): "Flere pauser"})
    ensure_categories(fresh.db)
    card = board(fresh.db).cards[0]
    category = board(fresh.db).categories[2]
    file_card(fresh.db, card.id, category.id)
    set_quote(fresh.db, card.id, True)
    card = board(fresh.db).cards[0]
    editor.refresh()
    editor.select(open_question.id)

    message_boxes.answer = QMessageBox.StandardButton.Cancel
    editor.remove_button.click()
    assert len(questions(fresh.db)) == 12 and "har 1 svar" in message_boxes.texts[-1]

    message_boxes.answer = QMessageBox.StandardButton.Yes
    editor.remove_button.click()
    assert len(questions(fresh.db)) == 11
    assert all(open_question.id not in r.answers for r in responses(fresh.db))

    assert board(fresh.db).cards == ()

    fresh.undo_stack.undo()  # the question, its answer, its card and how it was coded
    assert questions(fresh.db)[-1] == open_question
    assert results(fresh.db).questions[-1].answers == ("Flere pauser",)
    assert board(fresh.db).in_category(category.id) == [card] and card.quote
    fresh.undo_stack.redo()
    assert len(questions(fresh.db)) == 11


def test_a_question_without_answers_goes_without_asking(editor: QuestionnaireEditor, fresh: ConferenceSession, message_boxes) -> None:  # type: ignore[no-untyped-def]
    create_from_template(fresh.db, "dialogkonferanse")
    editor.refresh()
    editor.list_view.setCurrentIndex(editor.model.index(0))
    editor.remove_button.click()
    assert len(questions(fresh.db)) == 11 and message_boxes.shown == []


# -- opening and closing --------------------------------------------------------------------------------
def test_opening_is_refused_without_questions(view: EvaluationView, fresh: ConferenceSession, message_boxes) -> None:  # type: ignore[no-untyped-def]
    assert view.state_label.text() == "Stengt" and view.toggle_button.text() == "Åpne evalueringen"
    view.toggle_button.click()
    assert not is_open(fresh.db)
    assert message_boxes.texts == ["Spørreskjemaet har ingen spørsmål ennå; lag det først (for eksempel fra malen)."]


def test_open_and_close_say_the_state_in_words(view: EvaluationView, fresh: ConferenceSession) -> None:
    view.editor.template_button.click()
    view.toggle_button.click()
    assert is_open(fresh.db)
    assert view.state_label.text() == "● Åpen på telefonene siden 15.45"
    assert view.toggle_button.text() == "Steng evalueringen"
    present = results(fresh.db).present
    assert view.responses_label.text() == f"0 av {present} har svart"
    view.toggle_button.click()
    assert not is_open(fresh.db) and view.state_label.text() == "Stengt"


def test_a_phone_response_is_counted_without_an_announcement(qtbot, view: EvaluationView, fresh: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    view.editor.template_button.click()
    view.show()
    add_paper_response(fresh.db, {str(questions(fresh.db)[0].id): 5})  # not announced, as a phone's
    qtbot.waitUntil(lambda: view.responses_label.text().startswith("1 av "), timeout=3000)


# -- paper ---------------------------------------------------------------------------------------------
def test_a_paper_form_typed_in_arrives_in_the_results(qtbot, fresh: ConferenceSession, message_boxes) -> None:  # type: ignore[no-untyped-def]
    create_from_template(fresh.db, "dialogkonferanse")
    dialog = PaperEntryDialog(fresh)
    qtbot.addWidget(dialog)
    scale, role, useful, open_ = dialog.fields[0], dialog.fields[7], dialog.fields[8], dialog.fields[-1]
    scale.group.button(5).click()
    scale.group.button(4).click()  # one grade at most
    role.group.buttons()[1].click()
    role.group.buttons()[2].click()  # one choice at most
    useful.group.buttons()[0].click()
    useful.group.buttons()[3].click()  # several may be chosen
    assert open_.text_edit is not None
    open_.text_edit.setPlainText(MARKUP)
    dialog.save_button.click()

    now = results(fresh.db)
    assert now.responses == 1
    assert now.questions[0].counts["4"] == 1 and now.questions[0].counts["5"] == 0
    assert now.questions[7].counts["Ressurslærer"] == 1 and sum(now.questions[7].counts.values()) == 1
    assert sum(now.questions[8].counts.values()) == 2
    assert now.questions[-1].answers == (MARKUP,)
    assert dialog.count_label.text() == "1 papirskjema er lagt inn."
    assert dialog.saved_label.text() == "Skjema 1 er lagret."
    assert scale.value() is None  # the form is empty again for the next paper

    dialog.forms_list.setCurrentRow(0)
    assert scale.value() == 4 and open_.text_edit.toPlainText() == MARKUP
    scale.group.button(4).click()  # taken back: blank
    dialog.save_button.click()
    assert results(fresh.db).questions[0].count == 0 and results(fresh.db).responses == 1

    dialog.save_button.click()  # an empty form is refused
    assert message_boxes.texts == ["Skjemaet er tomt. Fyll inn minst ett svar."]

    dialog.forms_list.setCurrentRow(0)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    dialog.remove_button.click()
    assert results(fresh.db).responses == 0 and dialog.forms_list.count() == 0


def test_the_paper_form_is_written_and_opened(
    qtbot, editor: QuestionnaireEditor, fresh: ConferenceSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    editor.template_button.click()
    target = tmp_path / "papir"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    with qtbot.waitSignal(editor.paper_written, timeout=20_000) as written:
        editor.print_button.click()
    assert written.args[0] == tmp_path / "papir.pdf"
    assert (tmp_path / "papir.pdf").read_bytes().startswith(b"%PDF")
    assert opened == [str(tmp_path / "papir.pdf")]
    editor.shutdown()


def test_paper_needs_questions(editor: QuestionnaireEditor, message_boxes) -> None:  # type: ignore[no-untyped-def]
    editor.enter_paper()
    editor.print_paper()
    assert len(message_boxes.shown) == 2 and "ingen spørsmål" in message_boxes.texts[0]


# -- the exports ---------------------------------------------------------------------------------------
@pytest.fixture
def export_view(qtbot, fresh: ConferenceSession, tmp_path: Path) -> Iterator[ExportView]:  # type: ignore[no-untyped-def]
    widget = ExportView(fresh)
    qtbot.addWidget(widget)
    widget.folder_edit.setText(str(tmp_path / "ut"))
    yield widget
    widget.shutdown()


def test_the_evaluation_exports_write_their_files(qtbot, export_view: ExportView, fresh: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    create_questionnaire(fresh)
    asked = questions(fresh.db)
    add_paper_response(fresh.db, {str(asked[0].id): 6, str(asked[-1].id): MARKUP})
    export_view.format_boxes["pdf"].setChecked(False)
    export_view.format_boxes["evaluation-pdf"].setChecked(True)
    export_view.format_boxes["evaluation-xlsx"].setChecked(True)
    with qtbot.waitSignal(export_view.exported, timeout=60_000) as done:
        export_view.export_button.click()
    written = done.args[0]
    assert [path.suffix for path in written] == [".pdf", ".xlsx"]
    assert all("evaluering" in path.name and path.stat().st_size > 1000 for path in written)


def test_the_evaluation_exports_wait_for_a_questionnaire(qtbot, export_view: ExportView, fresh: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    """Without a questionnaire its formats cannot be chosen, and "every format" still exports the
    minutes; once there is one (made in the Evaluering section) they can."""
    for box in export_view.format_boxes.values():
        box.setChecked(True)
    assert not export_view.format_boxes["evaluation-pdf"].isEnabled()
    assert "evaluation-pdf" not in export_view.chosen_formats() and "pdf" in export_view.chosen_formats()
    with qtbot.waitSignal(export_view.exported, timeout=120_000) as done:
        export_view.export_button.click()
    assert done.args[0] and not any("evaluering" in path.name for path in done.args[0])
    create_questionnaire(fresh)
    assert export_view.format_boxes["evaluation-pdf"].isEnabled()
    assert {"evaluation-pdf", "evaluation-xlsx"} <= set(export_view.chosen_formats())


def test_the_section_sits_between_plenum_and_eksport(window) -> None:  # type: ignore[no-untyped-def]
    from ui.shell.main_window import SECTIONS

    keys = [key for key, _name in SECTIONS]
    assert keys.index("minutes") + 1 == keys.index("plenum") == keys.index("evaluation") - 1 == keys.index("export") - 2
    assert isinstance(window.section_widgets["evaluation"], EvaluationView)

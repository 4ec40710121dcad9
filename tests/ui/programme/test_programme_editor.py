"""Editing the programme: the block dialog, reordering, removing, and undo for all of it."""
from __future__ import annotations

import datetime as dt
from typing import Callable

import pytest
from PySide6.QtWidgets import QDialog

from app.common.clock import FakeClock
from app.conference_file.schema import BlockKind
from tests.ui.run_day_support import at
from ui.programme.block_dialog import BadTime, BlockDialog, parse_time
from ui.shell.conference_session import ConferenceSession
from ui.programme.programme_view import ProgrammeColumn, ProgrammeView


@pytest.fixture
def view(qtbot, session: ConferenceSession) -> ProgrammeView:  # type: ignore[no-untyped-def]
    session.clock = FakeClock(at("08:00"))
    view = ProgrammeView(session)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def answer_dialog(monkeypatch: pytest.MonkeyPatch, *fills: Callable[[BlockDialog], None]) -> list[BlockDialog]:
    """Each time the dialog opens, the next fill types into it and presses the button; the
    dialog's own accept() decides whether it closes."""
    opened: list[BlockDialog] = []
    queue = list(fills)

    def fake_exec(dialog: BlockDialog) -> int:
        opened.append(dialog)
        while queue:
            queue.pop(0)(dialog)
            dialog.save_button.click()
            if dialog.result() == QDialog.DialogCode.Accepted:
                return 1
            if not queue or getattr(queue[0], "new_dialog", False):
                return 0
        return 0

    monkeypatch.setattr(BlockDialog, "exec", fake_exec)
    return opened


def titles(view: ProgrammeView) -> list[str]:
    return [b.title for b in view.model.blocks]


def test_parse_time() -> None:
    assert parse_time("10.30") == dt.time(10, 30)
    assert parse_time(" 9:05 ") == dt.time(9, 5)
    assert parse_time("1030") == dt.time(10, 30)
    assert parse_time("14") == dt.time(14, 0)
    assert parse_time("") is None
    for bad in ("25.00", "10.61", "halv elleve", "10.3"):
        with pytest.raises(BadTime):
            parse_time(bad)


def test_add_a_block_after_the_selected_one(view: ProgrammeView, monkeypatch: pytest.MonkeyPatch) -> None:
    view.table.selectRow(1)  # Velkommen

    def fill(dialog: BlockDialog) -> None:
        dialog.title_edit.setText("  Kulturinnslag ")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(BlockKind.ANNET.value))
        dialog.start_edit.setText("10.25")
        dialog.end_edit.setText("10:30")
        dialog.presenter_edit.setText("Elever fra kulturskolen")
        dialog.task_edit.setPlainText("Lytt.\n\nSnakk sammen etterpå.")

    answer_dialog(monkeypatch, fill)
    view.add_button.click()
    assert titles(view)[2] == "Kulturinnslag"
    added = view.current_block()
    assert added is not None and added.title == "Kulturinnslag"
    assert (added.start, added.end, added.kind) == (dt.time(10, 25), dt.time(10, 30), BlockKind.ANNET)
    assert added.task_text == "Lytt.\n\nSnakk sammen etterpå."
    assert view.model.index(2, ProgrammeColumn.TIME).data() == "10.25–10.30"
    view.session.undo_stack.undo()
    assert "Kulturinnslag" not in titles(view)
    view.session.undo_stack.redo()
    assert titles(view)[2] == "Kulturinnslag"


def test_a_bad_time_is_explained_and_the_dialog_stays(view: ProgrammeView, monkeypatch: pytest.MonkeyPatch, message_boxes) -> None:  # type: ignore[no-untyped-def]
    view.table.selectRow(1)
    before = view.current_block()

    def typo(dialog: BlockDialog) -> None:
        dialog.start_edit.setText("10.75")

    def backwards(dialog: BlockDialog) -> None:
        dialog.start_edit.setText("10.30")
        dialog.end_edit.setText("10.00")

    def fixed(dialog: BlockDialog) -> None:
        dialog.end_edit.setText("10.40")
        dialog.fixed_check.setChecked(True)
        dialog.slot_spin.setValue(4)

    opened = answer_dialog(monkeypatch, typo, backwards, fixed)
    view.edit_button.click()
    assert message_boxes.texts == [
        "«10.75» er ikke et klokkeslett. Skriv for eksempel 10.30.",
        "Slutt (10.00) må være etter start (10.30).",
    ]
    assert len(opened) == 1  # the same dialog all along, with what was typed
    block = view.current_block()
    assert block.id == before.id and (block.start, block.end) == (dt.time(10, 30), dt.time(10, 40))
    assert block.fixed_time and block.slot_seconds == 240
    assert view.session.undo_stack.undoText() == "Endre «Velkommen»"
    view.session.undo_stack.undo()
    block = view.current_block()
    assert (block.start, block.end, block.fixed_time) == (dt.time(10), dt.time(10, 30), False)


def test_an_empty_title_cannot_be_saved(view: ProgrammeView) -> None:
    dialog = BlockDialog(lambda values: None, parent=view)
    assert not dialog.save_button.isEnabled()
    dialog.title_edit.setText("Kaffe")
    assert dialog.save_button.isEnabled()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(BlockKind.LUNSJ.value))
    assert dialog.fixed_check.isChecked() and not dialog.slot_spin.isEnabled()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(BlockKind.KVADRANT1.value))
    assert dialog.slot_spin.isEnabled()


def test_reorder_with_undo(view: ProgrammeView) -> None:
    original = titles(view)
    view.table.selectRow(3)  # Lunsj
    view.up_button.click()
    assert titles(view)[2] == "Lunsj" and view.current_block().title == "Lunsj"
    view.down_button.click()
    view.down_button.click()
    assert titles(view)[4] == "Lunsj"
    view.session.undo_stack.undo()
    view.session.undo_stack.undo()
    view.session.undo_stack.undo()
    assert titles(view) == original
    view.table.selectRow(0)
    assert not view.up_button.isEnabled()


def test_remove_asks_first_and_comes_back_on_undo(view: ProgrammeView, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    original = titles(view)
    view.table.selectRow(5)  # Pause
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    view.remove_button.click()
    assert titles(view) == original and message_boxes.texts == ["Fjerne «Pause» fra programmet?"]
    message_boxes.answer = QMessageBox.StandardButton.Yes
    view.remove_button.click()
    assert len(titles(view)) == len(original) - 1
    removed_then_back = view.session.undo_stack.undoText()
    assert removed_then_back == "Fjern «Pause»"
    view.session.undo_stack.undo()
    assert titles(view) == original
    # Redo removes the block that came back (it has a new id).
    view.session.undo_stack.redo()
    assert len(titles(view)) == len(original) - 1
    view.session.undo_stack.undo()
    view.table.selectRow(5)
    view.up_button.click()  # and later edits of it still find it
    assert titles(view)[4] == "Pause"


def test_the_running_block_is_not_removed(view: ProgrammeView, message_boxes) -> None:  # type: ignore[no-untyped-def]
    view.table.selectRow(0)
    view.controller.start(view.current_block().id)
    view.remove_button.click()
    assert message_boxes.texts == ["«Ankomst og kaffe» går nå. Avslutt blokken før du fjerner den."]
    assert titles(view)[0] == "Ankomst og kaffe"


def test_edits_move_the_run_times(view: ProgrammeView, monkeypatch: pytest.MonkeyPatch) -> None:
    view.table.selectRow(0)

    def later(dialog: BlockDialog) -> None:
        dialog.start_edit.setText("09.45")

    answer_dialog(monkeypatch, later)
    view.edit_button.click()
    timing = view.controller.view.timings[0]
    assert timing.planned_start == at("09:45")
    assert view.model.index(0, ProgrammeColumn.EXPECTED).data() == "09.45–10.00"


def test_a_block_that_ran_keeps_its_times(view: ProgrammeView, monkeypatch: pytest.MonkeyPatch, message_boxes) -> None:  # type: ignore[no-untyped-def]
    view.controller.next()
    view.controller.next()  # Ankomst og kaffe ran, Velkommen runs

    def no_times(dialog: BlockDialog) -> None:
        dialog.start_edit.setText("")
        dialog.end_edit.setText("")

    for row, text in ((0, "«Ankomst og kaffe» har gått i dag og må beholde start og slutt."),
                      (1, "«Velkommen» går nå og må ha både start og slutt.")):
        answer_dialog(monkeypatch, no_times)
        view.table.selectRow(row)
        view.edit_button.click()
        assert message_boxes.texts[-1] == text
    assert view.model.blocks[0].start == dt.time(9, 30)
    assert view.controller.view.block.title == "Velkommen"

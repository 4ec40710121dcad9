"""The block's day-by-day presenters (issue 17): one programme run on several days, with the
presenting municipality of 3. kvadrant written once in the block dialog."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from app.common.clock import FakeClock
from app.conference_file.conference import BlockRow
from app.conference_file.schema import BlockKind
from tests.ui.run_day_support import at
from ui.programme.block_dialog import BlockDialog
from ui.programme.programme_view import ProgrammeView
from ui.shell.conference_session import ConferenceSession

SHOTS = Path("/tmp/shots/seriesbench")


@pytest.fixture
def view(qtbot, session: ConferenceSession) -> ProgrammeView:
    session.clock = FakeClock(at("08:00"))
    view = ProgrammeView(session)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def select_kind(view: ProgrammeView, kind: BlockKind) -> BlockRow:
    block = next(b for b in view.model.blocks if b.kind is kind)
    view.select_block(block.id)
    return block


def answer(monkeypatch: pytest.MonkeyPatch, fill: Callable[[BlockDialog], None]) -> list[BlockDialog]:
    """The dialog, when it opens, gets ``fill`` typed into it and its save button pressed."""
    opened: list[BlockDialog] = []

    def fake_exec(dialog: BlockDialog) -> int:
        opened.append(dialog)
        fill(dialog)
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(BlockDialog, "exec", fake_exec)
    return opened


def test_typing_saves_the_days_and_undo_restores_them(view: ProgrammeView, monkeypatch: pytest.MonkeyPatch) -> None:
    block = select_kind(view, BlockKind.KVADRANT3)
    assert block.day_presenters == ("Porsanger", "Ålesund", "Gjøvik")  # from the Gardermoen programme
    answer(monkeypatch, lambda d: d.day_presenters_edit.setText(" Porsanger ,, Ålesund , Gjøvik, Førde & <Sunnfjord> 🎻,"))
    view.edit_button.click()
    saved = view.session.blocks()
    changed = next(b for b in saved if b.id == block.id)
    assert changed.day_presenters == ("Porsanger", "Ålesund", "Gjøvik", "Førde & <Sunnfjord> 🎻")
    assert changed.presenter == "Porsanger"
    assert view.session.undo_stack.undoText() == f"Endre «{block.title}»"
    assert "Førde &amp; &lt;Sunnfjord&gt; 🎻" in view.block_html(changed)
    view.session.undo_stack.undo()
    assert next(b for b in view.session.blocks() if b.id == block.id).day_presenters == block.day_presenters
    view.session.undo_stack.redo()
    assert next(b for b in view.session.blocks() if b.id == block.id).day_presenters == changed.day_presenters


def test_the_dialog_shows_the_saved_days_and_an_untouched_field_changes_nothing(
    view: ProgrammeView, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_kind(view, BlockKind.KVADRANT3)
    depth = view.session.undo_stack.count()
    opened = answer(monkeypatch, lambda d: None)
    view.edit_button.click()
    assert opened[0].day_presenters_edit.text() == "Porsanger, Ålesund, Gjøvik"
    assert view.session.undo_stack.count() == depth  # nothing changed, nothing to undo


def test_clearing_the_field_removes_the_days(view: ProgrammeView, monkeypatch: pytest.MonkeyPatch) -> None:
    block = select_kind(view, BlockKind.KVADRANT3)
    answer(monkeypatch, lambda d: d.day_presenters_edit.clear())
    view.edit_button.click()
    assert next(b for b in view.session.blocks() if b.id == block.id).day_presenters == ()
    assert "dag for dag" not in view.block_html(next(b for b in view.session.blocks() if b.id == block.id))
    view.session.undo_stack.undo()
    assert next(b for b in view.session.blocks() if b.id == block.id).day_presenters == block.day_presenters


def test_a_new_block_without_presenter_starts_on_its_first_day(view: ProgrammeView, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: BlockDialog) -> None:
        dialog.title_edit.setText("Eksempler fra praksis")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(BlockKind.KVADRANT3.value))
        dialog.start_edit.setText("16.00")
        dialog.end_edit.setText("16.30")
        dialog.day_presenters_edit.setText("Alta, Bodø")

    answer(monkeypatch, fill)
    view.add_button.click()
    added = view.current_block()
    assert added is not None and added.title == "Eksempler fra praksis"
    assert (added.presenter, added.day_presenters) == ("Alta", ("Alta", "Bodø"))


def test_screenshot_of_the_dialog_for_3_kvadrant(qtbot, session: ConferenceSession) -> None:
    block = next(b for b in session.blocks() if b.kind is BlockKind.KVADRANT3)
    dialog = BlockDialog(lambda values: None, block=block)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.day_presenters_edit.text() == "Porsanger, Ålesund, Gjøvik"
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "block_dialog_3_kvadrant.png"))


def test_screenshot_of_the_block_details(view: ProgrammeView) -> None:
    select_kind(view, BlockKind.KVADRANT3)
    assert "Porsanger, Ålesund, Gjøvik" in view.detail.toPlainText()
    view.resize(1366, 700)
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "programme_3_kvadrant.png"))

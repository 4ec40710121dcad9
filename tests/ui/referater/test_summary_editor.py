"""The summary editor on its own (no board, no section): it opens a referat, saves after typing
stops, takes a phone's save, and turns typing over a newer version into a conflict, doing what
its :class:`SummaryDraft` says. The section's tests (test_referater.py) run it inside the view."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.referent.editing import DraftState
from app.referent.summaries import (
    LAPTOP,
    PHONE,
    SummariesChanged,
    SummaryState,
    block_for_kvadrant,
    board,
    get_summary,
    save_summary,
)
from ui.referater.summary_editor import AUTOSAVE_MS, SummaryEditor
from ui.shell.conference_session import ConferenceSession


@pytest.fixture
def editor(qtbot, session: ConferenceSession) -> SummaryEditor:  # type: ignore[no-untyped-def]
    session.make_plan(kvadrant=1, size=6, seed=7)
    editor = SummaryEditor(session)
    qtbot.addWidget(editor)
    editor.resize(700, 600)
    editor.show()
    return editor


def first(session: ConferenceSession) -> SummaryState:
    block = block_for_kvadrant(session.db, 1)
    assert block is not None
    return board(session.db, block.id).rows[0]


def phone_save(editor: SummaryEditor, session: ConferenceSession, state: SummaryState, text: str, *, base: int) -> None:
    save_summary(session.db, block_id=state.block_id, group_id=state.group_id, text=text, base_version=base, source=PHONE)
    editor.summary_changed(
        SummariesChanged(state.block_id, state.group_id, PHONE), get_summary(session.db, state.block_id, state.group_id)
    )


def test_nothing_open_asks_for_a_group(editor: SummaryEditor) -> None:
    assert not editor.isEnabled() and editor.title_label.text() == "Velg en gruppe"
    assert editor.draft.state is DraftState.CLOSED and editor.save_now() is False and editor.flush()


def test_it_opens_saves_after_a_pause_and_delivers(qtbot, editor: SummaryEditor, session) -> None:  # type: ignore[no-untyped-def]
    state = first(session)
    editor.open_group(state, None, 1)
    assert editor.isEnabled() and editor.title_label.text() == "Bord 1"
    assert editor.save_label.text() == "Ingenting skrevet ennå" and not editor.deliver_button.isEnabled()
    qtbot.keyClicks(editor.text_edit, "Vi var enige")
    assert editor.draft.state is DraftState.TYPING and editor.save_label.text() == "Lagrer …"
    assert editor.autosave_timer.isActive() and editor.autosave_timer.interval() == AUTOSAVE_MS
    qtbot.waitUntil(lambda: get_summary(session.db, state.block_id, state.group_id).text == "Vi var enige", timeout=3000)
    assert editor.draft.state is DraftState.CLEAN and editor.save_label.text().startswith("Lagret ")
    qtbot.mouseClick(editor.deliver_button, Qt.MouseButton.LeftButton)
    assert get_summary(session.db, state.block_id, state.group_id).delivered
    assert editor.draft.state is DraftState.DELIVERED and editor.reopen_button.isEnabled()


def test_a_phone_save_loads_and_typing_over_it_becomes_a_conflict(qtbot, editor: SummaryEditor, session) -> None:  # type: ignore[no-untyped-def]
    state = first(session)
    editor.open_group(state, None, 1)
    phone_save(editor, session, state, "Fra telefonen", base=0)
    assert editor.text == "Fra telefonen" and editor.save_label.text().endswith("fra telefonen")
    editor.text_edit.moveCursor(QTextCursor.MoveOperation.End)  # a live update keeps the cursor where it was
    qtbot.keyClicks(editor.text_edit, " og PC-en")
    phone_save(editor, session, state, "Telefonen igjen", base=1)
    stored = get_summary(session.db, state.block_id, state.group_id)
    assert stored.text == "Telefonen igjen"
    assert [(c.text, c.source) for c in stored.conflicts] == [("Fra telefonen og PC-en", LAPTOP)]
    assert editor.draft.state is DraftState.CONFLICT and editor.conflict_panel.isVisible()
    assert editor.text == "Fra telefonen og PC-en" and not editor.autosave_timer.isActive()
    qtbot.mouseClick(editor.conflict_panel.merge_button, Qt.MouseButton.LeftButton)
    assert editor.text == "Telefonen igjen\n\nFra telefonen og PC-en"
    qtbot.mouseClick(editor.conflict_panel.save_merge_button, Qt.MouseButton.LeftButton)
    stored = get_summary(session.db, state.block_id, state.group_id)
    assert (stored.text, stored.conflicts) == ("Telefonen igjen\n\nFra telefonen og PC-en", ())
    assert editor.draft.state is DraftState.CLEAN and not editor.conflict_panel.isVisible()

"""The key points (hovedpunkter) in the laptop's summary editor: three lines under the text, saved
with it through the session (the same autosave, the same version), loaded when a phone saves, with
undo in the line, and both versions' points in the conflict view, the chosen or merged ones kept.

Screenshots of the section at 1366×768 go to ``screenshots/referater-key-points*.png``.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.common.clock import FakeClock
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
from ui.referater.summary_editor import SummaryEditor
from ui.shell.conference_session import ConferenceSession
from ui.shell.main_window import MainWindow
from ui.shell.settings import Settings

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
NASTY = "<b>Kultur</b> & skole 🎻"
TEXT = (
    "Gruppa snakket om hvordan kulturskolen kan bli et ressurssenter for grunnskolen. Flere hadde gode "
    "erfaringer med felles planleggingsdager, men tiden strekker ikke til."
)
POINTS = (
    ("Felles planleggingsdag hver høst", NASTY, "Ressurslærer i hver kommune"),
    ("Kulturskolen som ressurssenter", "Mer tid til samarbeid"),
)


@pytest.fixture
def editor(qtbot, session: ConferenceSession) -> SummaryEditor:  # type: ignore[no-untyped-def]
    session.make_plan(kvadrant=1, size=6, seed=7)
    editor = SummaryEditor(session)
    qtbot.addWidget(editor)
    editor.resize(700, 640)
    editor.show()
    return editor


def first(session: ConferenceSession) -> SummaryState:
    block = block_for_kvadrant(session.db, 1)
    assert block is not None
    return board(session.db, block.id).rows[0]


def read(session: ConferenceSession, state: SummaryState) -> SummaryState:
    return get_summary(session.db, state.block_id, state.group_id)


def phone_save(
    editor: SummaryEditor, session: ConferenceSession, state: SummaryState, text: str, points: tuple[str, ...], *, base: int
) -> None:
    save_summary(
        session.db, block_id=state.block_id, group_id=state.group_id, text=text, base_version=base, source=PHONE,
        key_points=points,
    )
    editor.summary_changed(SummariesChanged(state.block_id, state.group_id, PHONE), read(session, state))


def test_the_lines_are_labelled_and_limited(editor: SummaryEditor, session: ConferenceSession) -> None:
    editor.open_group(first(session), None, 1)
    assert editor.points_label.text() == "Tre hovedpunkter fra gruppa"
    assert [e.placeholderText() for e in editor.point_edits] == ["Hovedpunkt 1", "Hovedpunkt 2", "Hovedpunkt 3"]
    assert all(e.maxLength() == 200 and e.isVisible() for e in editor.point_edits)


def test_a_point_is_saved_with_the_text_in_one_version(qtbot, editor: SummaryEditor, session) -> None:  # type: ignore[no-untyped-def]
    state = first(session)
    editor.open_group(state, None, 1)
    qtbot.keyClicks(editor.text_edit, "Vi var enige")
    qtbot.keyClicks(editor.point_edits[0], "  Felles plan")
    editor.point_edits[2].insert(NASTY)  # typed (QtTest types ASCII only); the empty line between is left out
    assert editor.save_label.text() == "Lagrer …"
    qtbot.waitUntil(lambda: read(session, state).version == 1, timeout=3000)
    stored = read(session, state)
    assert (stored.text, stored.key_points, stored.updated_from) == ("Vi var enige", ("Felles plan", NASTY), LAPTOP)
    assert editor.draft.state is DraftState.CLEAN and not editor.is_dirty

    # A point changed alone: saved after the same pause, as the next version.
    editor.point_edits[0].setFocus()
    editor.point_edits[0].end(False)
    qtbot.keyClicks(editor.point_edits[0], " for autumn")
    assert editor.is_dirty and editor.save_label.text() == "Lagrer …"
    qtbot.waitUntil(lambda: read(session, state).version == 2, timeout=3000)
    assert read(session, state).key_points == ("Felles plan for autumn", NASTY)
    assert read(session, state).text == "Vi var enige" and read(session, state).conflicts == ()
    assert editor.save_label.text().startswith("Lagret ")


def test_undo_and_redo_in_a_line_are_saved_too(qtbot, editor: SummaryEditor, session) -> None:  # type: ignore[no-untyped-def]
    state = first(session)
    editor.open_group(state, None, 1)
    line = editor.point_edits[1]
    qtbot.keyClicks(line, "First")
    assert editor.save_now() and read(session, state).key_points == ("First",)
    qtbot.keyClicks(line, " and second")
    assert editor.save_now() and read(session, state).key_points == ("First and second",)

    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the line's typing, undone
    assert line.text() == "" and editor.autosave_timer.isActive()
    qtbot.waitUntil(lambda: read(session, state).key_points == (), timeout=3000)
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert line.text() == "First and second"
    qtbot.waitUntil(lambda: read(session, state).key_points == ("First and second",), timeout=3000)
    assert read(session, state).version == 4


def test_a_phone_save_loads_its_points_and_a_pasted_line_break_is_a_space(qtbot, editor: SummaryEditor, session) -> None:  # type: ignore[no-untyped-def]
    state = first(session)
    editor.open_group(state, None, 1)
    phone_save(editor, session, state, "Fra telefonen", ("Ett", "To"), base=0)
    assert [e.text() for e in editor.point_edits] == ["Ett", "To", ""]
    assert not editor.is_dirty and not editor.autosave_timer.isActive()  # loaded, not typed

    editor.point_edits[2].setText("linje\nto")  # as a paste of two lines would
    assert editor.key_points == ("Ett", "To", "linje to")
    assert editor.save_now() and read(session, state).key_points == ("Ett", "To", "linje to")


def test_points_typed_over_a_phone_save_become_a_conflict_and_the_choice_keeps_its_points(
    qtbot, editor: SummaryEditor, session  # type: ignore[no-untyped-def]
) -> None:
    state = first(session)
    editor.open_group(state, None, 1)
    phone_save(editor, session, state, "Felles tekst", ("Telefonens punkt",), base=0)
    qtbot.keyClicks(editor.point_edits[1], "PC-ens punkt")  # typed, not saved yet ...
    phone_save(editor, session, state, "Felles tekst", ("Telefonen igjen", "Nytt fra telefonen"), base=1)  # ... when the phone saves

    stored = read(session, state)
    assert stored.key_points == ("Telefonen igjen", "Nytt fra telefonen")  # nothing overwritten
    assert [(c.key_points, c.source) for c in stored.conflicts] == [(("Telefonens punkt", "PC-ens punkt"), LAPTOP)]
    panel = editor.conflict_panel
    assert editor.draft.state is DraftState.CONFLICT and panel.isVisible()
    assert panel.stored_side.points_label.text() == "1. Telefonen igjen\n2. Nytt fra telefonen"
    assert panel.other_side.points_label.text() == "1. Telefonens punkt\n2. PC-ens punkt"
    assert panel.other_side.points_label.textFormat() == Qt.TextFormat.PlainText

    qtbot.mouseClick(panel.other_side.choose_button, Qt.MouseButton.LeftButton)  # "Behold min"
    stored = read(session, state)
    assert (stored.key_points, stored.conflicts) == (("Telefonens punkt", "PC-ens punkt"), ())
    assert [e.text() for e in editor.point_edits] == ["Telefonens punkt", "PC-ens punkt", ""]
    assert editor.draft.state is DraftState.CLEAN and not panel.isVisible()


def test_a_merge_takes_both_versions_points_and_saves_the_edited_ones(
    qtbot, editor: SummaryEditor, session  # type: ignore[no-untyped-def]
) -> None:
    state = first(session)
    editor.open_group(state, None, 1)
    qtbot.keyClicks(editor.text_edit, "PC")
    qtbot.keyClicks(editor.point_edits[0], "Felles")
    assert editor.save_now()
    qtbot.keyClicks(editor.point_edits[1], "Fra PC-en")
    phone_save(editor, session, state, "Telefon", ("Felles", "Fra telefonen", NASTY), base=1)
    panel = editor.conflict_panel
    assert panel.isVisible()

    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert [e.text() for e in editor.point_edits] == ["Felles", "Fra telefonen", NASTY]
    assert not editor.autosave_timer.isActive()  # nothing is saved while two versions wait
    qtbot.keyClick(editor.point_edits[2], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.point_edits[2].text() == ""  # the merge is undone line by line
    editor.point_edits[2].setFocus()
    qtbot.keyClicks(editor.point_edits[2], "Fra PC-en")

    qtbot.mouseClick(panel.save_merge_button, Qt.MouseButton.LeftButton)
    stored = read(session, state)
    assert (stored.key_points, stored.conflicts) == (("Felles", "Fra telefonen", "Fra PC-en"), ())
    assert stored.version == 3


def test_screenshots_of_the_section_with_key_points(qtbot, settings: Settings, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(settings=settings, clock=FakeClock(dt.datetime(2020, 1, 28, 11, 21)))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_file(demo_file)
    session = window.session
    session.make_plan(kvadrant=1, size=6, seed=7)
    rows = board(session.db, first(session).block_id).rows
    for row, points in zip(rows[2:], POINTS):
        save_summary(
            session.db, block_id=row.block_id, group_id=row.group_id, text=TEXT, base_version=0, source=PHONE,
            key_points=points,
        )
    # Table 4: the laptop's points refused beside the phone's newer ones.
    save_summary(
        session.db, block_id=rows[3].block_id, group_id=rows[3].group_id, text=TEXT, base_version=0, source=LAPTOP,
        key_points=("Rammetimene må sees i sammenheng", "Samarbeid med grunnskolen"),
    )
    window.show_section("minutes")
    view = window.referater_view
    view.reload()
    view.select_row(2)  # not the one open at the start: the writes above were not announced
    assert [e.text() for e in view.editor.point_edits] == list(POINTS[0])
    shot(window, "referater-key-points")
    view.select_row(3)
    assert view.editor.in_conflict and view.editor.conflict_panel.other_side.points_label.isVisible()
    shot(window, "referater-key-points-conflict")


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(SHOTS / f"{name}.png"))

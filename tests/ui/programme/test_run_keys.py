"""The day's keys: Space, →, ←, B and what clickers send (PageDown, PageUp, period), on the main
window and on the projector — and never while the facilitator types."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton

from app.common.clock import FakeClock
from app.run.day_runner import Phase
from app.conference_file.schema import BlockKind
from tests.ui.run_day_support import (  # noqa: F401 - fixtures
    advance_to,
    chime,
    clock,
    day_file,
    day_template,
    day_window,
    view_of,
)
from ui.shell.main_window import MainWindow
from ui.participants.participant_model import Column

Key = Qt.Key


def events(window: MainWindow) -> int:
    """How many control actions are in the file's run log."""
    from sqlalchemy import func, select

    from app.conference_file.schema import RunEvent

    with window.session.db.read() as session:
        return session.scalar(select(func.count()).select_from(RunEvent)) or 0


def test_keys_run_the_day(qtbot, day_window: MainWindow, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = day_window
    table = window.programme_view.table
    table.setFocus()
    advance_to(clock, "09:30")
    qtbot.keyClick(table, Key.Key_Space)
    assert view_of(window).block.title == "Ankomst og kaffe" and not view_of(window).paused
    qtbot.keyClick(table, Key.Key_Space)
    assert view_of(window).paused
    qtbot.keyClick(table, Key.Key_Space)
    assert not view_of(window).paused
    qtbot.keyClick(table, Key.Key_Right)
    assert view_of(window).block.title == "Velkommen"
    qtbot.keyClick(table, Key.Key_Left)
    assert view_of(window).block.title == "Ankomst og kaffe"
    qtbot.keyClick(table, Key.Key_B)
    assert view_of(window).blank
    qtbot.keyClick(table, Key.Key_B)
    assert not view_of(window).blank


def test_a_clicker_works_the_same(qtbot, day_window: MainWindow, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = day_window
    table = window.programme_view.table
    table.setFocus()
    qtbot.keyClick(table, Key.Key_PageDown)
    assert view_of(window).block.title == "Ankomst og kaffe"
    qtbot.keyClick(table, Key.Key_PageDown)
    assert view_of(window).block.title == "Velkommen"
    qtbot.keyClick(table, Key.Key_PageUp)
    assert view_of(window).block.title == "Ankomst og kaffe"
    qtbot.keyClick(table, Key.Key_Period)
    assert view_of(window).blank
    qtbot.keyClick(table, Key.Key_Period)
    assert not view_of(window).blank


def test_space_never_presses_the_focused_button(qtbot, day_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A button with focus must not be "pressed" by Space: Space starts and pauses the day."""
    window = day_window
    button = QPushButton("Farlig", window.programme_view)
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    button.show()
    button.setFocus()
    qtbot.keyClick(button, Key.Key_Space)
    assert pressed == [] and view_of(window).phase is Phase.RUNNING


def test_keys_on_the_projector_window(qtbot, day_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = day_window
    display = window.programme_view.projector
    display.show()
    projector = display.window
    projector.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is projector, timeout=2000)
    qtbot.keyClick(projector, Key.Key_Space)
    assert view_of(window).block.title == "Ankomst og kaffe"
    qtbot.keyClick(projector, Key.Key_PageDown)
    assert view_of(window).block.title == "Velkommen"
    qtbot.keyClick(projector, Key.Key_B)
    assert view_of(window).blank
    qtbot.keyClick(projector, Key.Key_Period)
    assert not view_of(window).blank
    qtbot.keyClick(projector, Key.Key_Left)
    assert view_of(window).block.title == "Ankomst og kaffe"
    display.hide()


ALL_KEYS = (Key.Key_Space, Key.Key_Right, Key.Key_Left, Key.Key_B, Key.Key_PageDown, Key.Key_PageUp, Key.Key_Period)


def test_keys_do_nothing_while_typing_in_a_line_edit(qtbot, day_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = day_window
    window.show_section("participants")
    search = window.participants_view.search_edit
    search.setFocus()
    before = events(window)
    for key in ALL_KEYS:
        qtbot.keyClick(search, key)
    qtbot.keyClicks(search, "Bodø. b")
    assert events(window) == before
    assert view_of(window).phase is Phase.BEFORE_START and not view_of(window).blank
    assert " " in search.text() and "b" in search.text() and "." in search.text()


def test_keys_do_nothing_while_typing_in_a_text_edit(qtbot, day_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = day_window
    edit = QPlainTextEdit(window.programme_view)
    edit.show()
    edit.setFocus()
    before = events(window)
    for key in ALL_KEYS:
        qtbot.keyClick(edit, key)
    qtbot.keyClicks(edit, "b. b")
    assert events(window) == before
    assert "b. b" in edit.toPlainText() and edit.toPlainText().count("b") == 3  # every key reached the text


def test_keys_do_nothing_in_a_spin_box(qtbot, day_window: MainWindow, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = day_window
    controller = window.programme_view.controller
    controller.start(next(b.id for b in controller.runner.blocks if b.kind is BlockKind.KVADRANT1))
    panel = window.programme_view.panel
    assert panel.rotation_row.isVisibleTo(panel)
    spin = panel.slot_spin
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=1000)
    before = events(window)
    for key in ALL_KEYS:
        qtbot.keyClick(spin, key)
    assert events(window) == before and view_of(window).rotation is None


def test_keys_do_nothing_in_a_table_editor(qtbot, day_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = day_window
    window.show_section("participants")
    view = window.participants_view
    index = view.table.model().index(0, Column.MUNICIPALITY)
    before = events(window)
    for key in ALL_KEYS:
        # PageUp/PageDown end the edit the way they do in any table; so each key gets a new one.
        view.table.setCurrentIndex(index)
        view.table.edit(index)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and editor is not view.search_edit
        qtbot.keyClick(editor, key)
        assert events(window) == before, key
    assert not view_of(window).blank


def test_keys_sleep_without_a_file(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    assert not any(s.isEnabled() for s in window.run_keys.shortcuts)

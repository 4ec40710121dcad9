"""Taletid after a group block on the fake clock: the fairness sentence, who was skipped, and
every table's speakers, reached from the control panel's button."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.common.clock import FakeClock
from app.groups.plans import current_plan
from tests.ui.run_day_support import (  # noqa: F401 - fixtures
    CountingChime,
    advance_to,
    at,
    chime,
    clock,
    day_file,
    day_template,
    day_window,
)
from ui.programme.speaking_view import count_word, number_list
from ui.shell.main_window import MainWindow

SHOTS = Path("/tmp/shots/speaking")


def test_words_and_table_lists() -> None:
    assert [count_word(n) for n in (1, 2, 6, 11)] == ["én", "to", "seks", "11"]
    assert number_list([4]) == "4"
    assert number_list([2, 3]) == "2 og 3"
    assert number_list([1, *range(5, 19)]) == "1 og 5–18"
    assert number_list([1, 2, 3, 7, 9]) == "1–3, 7 og 9"


def run_the_rotation(window: MainWindow, clock: FakeClock, *, skips: tuple[int, ...]) -> None:
    """1. kvadrant at 10.30 with slots of 5:00: taler 2 paused 40 s, extra time added, the
    slots in ``skips`` skipped after 20 s, the block ended 20 s before taler 6 was done."""
    controller = window.programme_view.controller
    advance_to(clock, "10:30")
    block = next(b for b in controller.runner.blocks if b.kvadrant == 1)
    controller.start(block.id)
    clock.advance(60)
    controller.start_rotation(300)
    for slot in range(1, 7):
        if slot in skips:
            clock.advance(20)
            controller.skip_slot()
            continue
        if slot == 2:
            clock.advance(100)
            controller.toggle_rotation_pause()
            clock.advance(40)
            controller.toggle_rotation_pause()
            clock.advance(200)
        elif slot == 4:
            clock.advance(150)
            controller.add_minutes(5)
            clock.advance(150)
        elif slot == 6:
            clock.advance(280)
        else:
            clock.advance(300)
    controller.end_block()


def test_taletid_after_the_block(day_window: MainWindow, clock: FakeClock) -> None:
    window = day_window
    panel = window.programme_view.panel
    assert not panel.speaking_button.isEnabled()  # no rotation has run yet
    run_the_rotation(window, clock, skips=(3,))
    assert panel.speaking_button.isEnabled() and panel.speaking_button.text() == "Taletid…"

    dialog = panel.show_speaking()
    assert dialog.isVisible()
    assert dialog.headline_label.text() == "Alle fikk 5:00 ± 0:20"
    assert dialog.figures_label.text() == "Snitt 4:57 · kortest 4:40 · lengst 5:00 · 87 taletider"
    assert dialog.skips_label.text() == "Taler 3 hoppet over etter 0:20\nVed alle bord: én hoppet over"
    assert dialog.pauses_label.text() == "Taletiden sto i pause 0:40 (taler 2); pausen er ikke regnet med"
    assert dialog.running_label.isHidden()
    assert dialog.title_label.text().startswith("1. kvadrant")

    grid = dialog.grid
    assert (grid.rowCount(), grid.columnCount()) == (18, 6)
    assert grid.verticalHeaderItem(3).text() == "Bord 4"
    assert grid.horizontalHeaderItem(2).text() == "Taler 3\nhoppet over (0:20)"
    assert grid.horizontalHeaderItem(5).text() == "Taler 6\n4:40 – avbrutt"
    four = current_plan(window.session.db, 1).table(4).present_members
    assert grid.item(3, 0).text() == f"{four[0].name}\n5:00"
    assert grid.item(3, 2).text() == f"{four[2].name}\nhoppet over (0:20)"
    assert grid.item(3, 5).text() == "åpen diskusjon"  # table 4 has five people

    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.resize(1366, 768)
    assert dialog.grab().save(str(SHOTS / "taletid_1366x768.png"))
    dialog.close()


def test_two_skips_are_told_per_table_and_the_view_follows_the_day(day_window: MainWindow, clock: FakeClock) -> None:
    window = day_window
    panel = window.programme_view.panel
    controller = window.programme_view.controller
    advance_to(clock, "10:30")
    block = next(b for b in controller.runner.blocks if b.kvadrant == 1)
    controller.start(block.id)
    controller.start_rotation(300)
    dialog = panel.show_speaking()
    assert dialog.headline_label.text() == "Ingen har talt ferdig ennå"
    assert dialog.running_label.text() == "Blokken pågår: tallene gjelder til nå."
    assert dialog.grid.item(0, 0).text().endswith("\ntaler nå")

    clock.advance(300 * 2 + 20)
    controller.refresh()  # the tick: taler 3 speaks now
    assert dialog.headline_label.text() == "Alle fikk 5:00"
    controller.skip_slot()
    clock.advance(600)
    controller.skip_slot()  # taler 6: only the tables with six people had one
    controller.end_block()
    assert dialog.skips_label.text().splitlines() == [
        "Taler 3 hoppet over etter 0:20",
        "Taler 6 hoppet over etter 0:00",
        "Bord 2–4: én hoppet over",
        "Bord 1 og 5–18: to hoppet over",
    ]
    assert dialog.running_label.isHidden()
    dialog.close()


def test_a_title_shows_as_typed_and_the_clicker_still_works(qtbot, day_window: MainWindow, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window = day_window
    controller = window.programme_view.controller
    block = next(b for b in controller.runner.blocks if b.kvadrant == 1)
    title = "Bord <b>1</b> & 2 🎤"
    window.session.update_block(block.id, title=title)
    advance_to(clock, "10:30")
    controller.start(block.id)
    controller.start_rotation(300)
    clock.advance(310)
    dialog = window.programme_view.panel.show_speaking()
    assert dialog.title_label.text() == title
    assert dialog.title_label.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClick(dialog, Qt.Key.Key_Space)  # the presenter's pause, with Taletid in front
    assert controller.view is not None and controller.view.paused
    dialog.close()

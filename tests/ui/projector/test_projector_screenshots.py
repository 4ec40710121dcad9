"""Screenshots of the projector in every state, at 1920×1080 and at 1024×768, and of the control
panel, saved to ``screenshots/projector-*.png`` for a person to look at as the back row would.

Besides making the images, each one is held to the projector's rules: no text under 4 % of the
height, nothing outside the screen, and (blank) nothing but black.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.common.clock import FakeClock
from app.conference_file.schema import BlockKind
from tests.ui.run_day_support import (  # noqa: F401 - fixtures
    advance_to,
    chime,
    clock,
    day_file,
    day_template,
    day_window,
    render,
    view_of,
)
from ui.shell.main_window import MainWindow
from ui.projector.projector_painter import MIN_TEXT, inside

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
SIZES = ((1920, 1080), (1024, 768))


def shoot(window: MainWindow, state: str, sizes: tuple[tuple[int, int], ...] = SIZES) -> list[str]:
    SHOTS.mkdir(exist_ok=True)
    projector = window.programme_view.projector.window
    window.programme_view.controller.refresh()
    texts: list[str] = []
    for width, height in sizes:
        image = render(projector, width, height)
        drawn = projector.painter.drawn
        assert all(d.pixel_size >= MIN_TEXT * height - 0.5 for d in drawn), (state, width)
        assert inside(drawn, width, height), (state, width)
        assert image.save(str(SHOTS / f"projector-{state}-{width}x{height}.png"))
        texts += projector.painter.texts()
    return texts


def test_every_state_of_the_projector(day_window: MainWindow, clock: FakeClock) -> None:
    window = day_window
    controller = window.programme_view.controller
    assert "Vi starter kl. 09.30" in shoot(window, "01-before-start")

    advance_to(clock, "09:30")
    controller.next()
    advance_to(clock, "09:41:18")
    assert "18:42" in shoot(window, "02-running")
    advance_to(clock, "09:56:51")
    assert "3:09" in shoot(window, "03-last-5-minutes")
    advance_to(clock, "10:03:07")
    assert "+3:07" in shoot(window, "04-overtime")
    controller.next()
    advance_to(clock, "10:12:40")
    controller.toggle_pause()
    assert "PAUSE" in shoot(window, "05-paused")
    controller.toggle_pause()
    advance_to(clock, "10:32")
    controller.end_block()
    texts = shoot(window, "06-find-your-table")
    assert "Finn ditt bord" in texts
    for size in SIZES:  # on to the first page with the task, which comes later on the smaller screen
        projector = window.programme_view.projector.window
        for _ in range(12):
            render(projector, *size)
            if "Oppgave" in projector.painter.texts():
                break
            clock.advance(12)
            controller.refresh()
        assert "Oppgave" in shoot(window, "07-find-your-table-task", (size,))

    advance_to(clock, "10:34")
    controller.next()
    controller.start_rotation()
    advance_to(clock, "10:47:18")
    assert "Taler 3 av 6" in shoot(window, "08-rotation")
    advance_to(clock, "10:59:10")
    texts = shoot(window, "09-rotation-open-tables")
    assert "Taler 6 av 6" in texts and any("åpen diskusjon" in t for t in texts)
    controller.toggle_rotation_pause()
    assert "PAUSE" in shoot(window, "10-rotation-paused")
    controller.toggle_rotation_pause()

    advance_to(clock, "11:31")
    controller.next()
    assert view_of(window).block.kind is BlockKind.LUNSJ
    advance_to(clock, "11:48:20")
    assert "Vi starter igjen kl. 12.31" in shoot(window, "11-lunch")
    controller.end_block()
    assert "Neste" in shoot(window, "12-between")
    controller.toggle_blank()
    assert shoot(window, "13-blank") == []
    controller.toggle_blank()

    for _ in range(8):
        controller.next()
    advance_to(clock, "16:05")
    controller.refresh()
    assert "Takk for i dag!" in shoot(window, "14-finished")


@pytest.mark.parametrize("state", ["rotation", "overtime"])
def test_the_control_panel(day_window: MainWindow, clock: FakeClock, state: str) -> None:
    window = day_window
    controller = window.programme_view.controller
    advance_to(clock, "09:30")
    controller.next()
    advance_to(clock, "10:02")
    controller.next()
    advance_to(clock, "10:37")
    controller.next()
    if state == "rotation":
        clock.advance(90)
        controller.start_rotation()
        clock.advance(11 * 60 + 20)
    else:
        advance_to(clock, "11:39:30")
    controller.refresh()
    window.programme_view.table.selectRow(2)
    window.programme_view.projector.show()
    QApplication.processEvents()
    SHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SHOTS / f"projector-control-panel-{state}.png"))
    window.programme_view.projector.hide()

"""The projector: which screen it goes on (and again when screens come and go), full screen or a
normal window, and what the painter promises about text."""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from app.common.clock import FakeClock
from app.conference_file.conference import BlockRow
from app.run.day_runner import DayView, Phase, RotationView
from app.conference_file.schema import BlockKind
from tests.ui.run_day_support import CountingChime, at, day_file, day_template  # noqa: F401 - fixtures
from ui.shell.conference_session import ConferenceSession
from ui.projector.projector_painter import MIN_TEXT, ProjectorPainter, ProjectorScene, inside, open_tables_text, rotation_text
from ui.projector.projector_window import ProjectorDisplay
from ui.programme.run_controller import RunController
from ui.projector.screens import ScreenInfo, ScreenWatcher, choose_screen
from ui.shell.settings import Settings

LAPTOP = ScreenInfo(1, "eDP-1", 0, 0, 1920, 1200, primary=True)
PROJECTOR = ScreenInfo(2, "HDMI-1", 1920, 0, 1920, 1080, primary=False)
MONITOR = ScreenInfo(3, "DP-2", 3840, 0, 2560, 1440, primary=False)


def test_the_first_screen_that_is_not_the_primary() -> None:
    assert choose_screen([LAPTOP, PROJECTOR, MONITOR]) == PROJECTOR
    assert choose_screen([PROJECTOR, LAPTOP]) == PROJECTOR


def test_the_setting_is_honoured_while_that_screen_is_there() -> None:
    assert choose_screen([LAPTOP, PROJECTOR, MONITOR], "DP-2") == MONITOR
    assert choose_screen([LAPTOP, PROJECTOR, MONITOR], "eDP-1") == LAPTOP  # asked for: so be it
    assert choose_screen([LAPTOP, PROJECTOR], "DP-2") == PROJECTOR  # gone: automatic again


def test_one_screen_means_a_normal_window() -> None:
    assert choose_screen([LAPTOP]) is None
    assert choose_screen([LAPTOP], "eDP-1") is None
    assert choose_screen([]) is None


def test_screens_added_and_removed_are_followed_once_settled(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    connected = [LAPTOP]
    watcher = ScreenWatcher(preferred=lambda: "", screens=lambda: list(connected), debounce_ms=50)
    assert watcher.chosen is None
    seen: list[ScreenInfo | None] = []
    watcher.screen_changed.connect(seen.append)
    app = QGuiApplication.instance()
    screen = QGuiApplication.primaryScreen()
    connected.append(PROJECTOR)
    for _ in range(3):  # plugging in sends a burst
        app.screenAdded.emit(screen)
    qtbot.waitUntil(lambda: seen == [PROJECTOR], timeout=2000)
    connected.remove(PROJECTOR)
    app.screenRemoved.emit(screen)
    qtbot.waitUntil(lambda: seen == [PROJECTOR, None], timeout=2000)
    # The primary changes: the laptop's screen is now the projector's choice's opposite.
    connected[:] = [dataclasses.replace(LAPTOP, primary=False), dataclasses.replace(PROJECTOR, primary=True)]
    app.primaryScreenChanged.emit(screen)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=2000)
    assert seen[-1].name == "eDP-1"


@pytest.fixture
def day_session(qapp, day_file: Path):  # type: ignore[no-untyped-def]
    session = ConferenceSession()
    session.open(day_file)
    yield session
    session.close()


def test_a_single_screen_gives_a_normal_window(qtbot, day_session: ConferenceSession, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    day_session.clock = FakeClock(at("09:20"))
    controller = RunController(day_session, chime=CountingChime())
    display = ProjectorDisplay(controller, settings=settings)  # offscreen: one screen
    qtbot.addWidget(display.window)
    display.show()
    window = display.window
    assert window.isVisible() and not window.isFullScreen()
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert display.placement_text() == "Eget vindu (bare én skjerm)"
    display.hide()
    assert not window.isVisible()


def test_full_screen_frameless_on_top_on_the_projector(qtbot, day_session: ConferenceSession, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    """Plays at two screens: the offscreen screen is the "projector", a laptop screen beside it."""
    real = QGuiApplication.primaryScreen()
    geometry = real.geometry()
    projector = ScreenInfo(2, real.name(), geometry.x(), geometry.y(), geometry.width(), geometry.height(), False)
    connected = [LAPTOP]
    day_session.clock = FakeClock(at("09:20"))
    controller = RunController(day_session, chime=CountingChime())
    display = ProjectorDisplay(controller, settings=settings, screens=lambda: list(connected), debounce_ms=20)
    qtbot.addWidget(display.window)
    display.show()
    window = display.window
    assert not window.isFullScreen()
    connected.append(projector)  # the projector is plugged in while the window shows
    display.watcher.screens_changed()
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.screen() is real and window.geometry() == geometry
    assert display.placement_text().startswith("Fullskjerm på skjerm 2")
    connected.remove(projector)  # and pulled out again
    display.watcher.screens_changed()
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    display.close()


def test_the_screen_setting_is_kept_and_used(qtbot, day_session: ConferenceSession, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    day_session.clock = FakeClock(at("09:20"))
    controller = RunController(day_session, chime=CountingChime())
    screens = [LAPTOP, PROJECTOR, MONITOR]
    display = ProjectorDisplay(controller, settings=settings, screens=lambda: list(screens))
    qtbot.addWidget(display.window)
    assert display.chosen == PROJECTOR
    display.set_preferred_screen("DP-2")
    assert settings.projector_screen == "DP-2" and display.chosen == MONITOR
    again = ProjectorDisplay(controller, settings=settings, screens=lambda: list(screens))
    qtbot.addWidget(again.window)
    assert again.chosen == MONITOR  # remembered on this laptop
    display.screen_menu.aboutToShow.emit()
    labels = [a.text() for a in display.screen_menu.actions() if a.text()]
    assert labels[0].startswith("Automatisk") and any("DP-2" in label for label in labels)
    checked = [a.text() for a in display.screen_menu.actions() if a.isChecked()]
    assert len(checked) == 1 and "DP-2" in checked[0]
    next(a for a in display.screen_menu.actions() if a.text().startswith("Automatisk")).trigger()
    assert settings.projector_screen == "" and display.chosen == PROJECTOR


# -- the painter ----------------------------------------------------------------------------


def block(title: str, kind: BlockKind = BlockKind.PLENUM, **values: object) -> BlockRow:
    return BlockRow(id=1, position=0, title=title, kind=kind, start=dt.time(10), end=dt.time(11), description="",
                    presenter=str(values.get("presenter", "")), task_text=str(values.get("task_text", "")),
                    summary_deadline=None, summary_deadline_note="")


def running(title: str, remaining: float = 1234, **changes: object) -> DayView:
    values = dict(phase=Phase.RUNNING, now=dt.datetime(2020, 1, 28, 10, 15), blank=False, block=block(title),
                  remaining=remaining, paused=False, next_block=None, next_start=None, until_next=None,
                  rotation=None, late_minutes=0, timings=())
    values.update(changes)
    return DayView(**values)  # type: ignore[arg-type]


def paint(view: DayView, width: int = 1920, height: int = 1080) -> ProjectorPainter:
    painter = ProjectorPainter()
    image = QImage(width, height, QImage.Format.Format_RGB32)
    qp = QPainter(image)
    painter.paint(qp, width, height, ProjectorScene(view=view, conference_title="Dialogkonferanse 2"))
    qp.end()
    return painter


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768), (800, 600), (1280, 1024)])
def test_a_very_long_title_takes_two_lines_at_most(qapp, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    title = "Lærende møter i utviklingsarbeidet: " + " ".join(["kulturskoleutvikling"] * 12)
    painter = paint(running(title), *size)
    lines = [d for d in painter.drawn if d.text.split()[0] in ("Lærende",) or "kulturskoleutvikling" in d.text]
    assert 1 <= len(lines) <= 2 and lines[-1].text.endswith("…")
    assert min(d.pixel_size for d in painter.drawn) >= MIN_TEXT * size[1] - 0.5
    assert inside(painter.drawn, *size)


def test_the_countdown_is_a_third_of_the_height(qapp) -> None:  # type: ignore[no-untyped-def]
    painter = paint(running("Velkommen", remaining=754))
    countdown = next(d for d in painter.drawn if d.text == "12:34")
    from PySide6.QtGui import QFont, QFontMetricsF

    from ui.projector.projector_painter import load_fonts

    font = QFont(load_fonts())
    font.setBold(True)
    font.setPixelSize(countdown.pixel_size)
    ink = QFontMetricsF(font).tightBoundingRect("0123456789").height()
    assert ink == pytest.approx(1080 / 3, rel=0.03)


def test_open_discussion_is_named_by_table() -> None:
    rotation = RotationView(speaker=6, speakers=6, slot_seconds=300, slot_remaining=222, paused=False,
                            table_sizes=(6, 5, 6, 5, 6))
    assert rotation_text(rotation) == "Taler 6 av 6 · 3:42"
    assert open_tables_text(rotation) == "Bord 2 og 4: åpen diskusjon"
    many = dataclasses.replace(rotation, table_sizes=(5,) * 12 + (6,))
    assert open_tables_text(many) == "Bord med 5 eller færre: åpen diskusjon"
    done = dataclasses.replace(rotation, speaker=7)
    assert rotation_text(done) == "Åpen diskusjon" and open_tables_text(done) == ""


def test_the_projector_speaks_english_when_the_interface_does(qapp, languages) -> None:  # type: ignore[no-untyped-def]
    rotation = RotationView(speaker=3, speakers=6, slot_seconds=300, slot_remaining=222, paused=False, table_sizes=(6,))
    assert languages.set_language("en")
    painter = paint(running("1. kvadrant", rotation=rotation))
    assert "Speaker 3 of 6" in painter.texts() and rotation_text(rotation) == "Speaker 3 of 6 · 3:42"
    assert any(t.startswith("10:15") for t in painter.texts())  # the time of day, the English way


def test_the_projector_goes_when_the_file_closes(qtbot, day_session: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    day_session.clock = FakeClock(at("09:20"))
    controller = RunController(day_session, chime=CountingChime())
    display = ProjectorDisplay(controller)
    qtbot.addWidget(display.window)
    display.show()
    day_session.close()
    assert not display.window.isVisible()

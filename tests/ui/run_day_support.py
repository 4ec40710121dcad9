"""Shared pieces for the tests that run the Gardermoen day in the UI: a demo file with the tables
of 1. kvadrant made, a fake clock on the conference's date, a chime that only counts, and a
main window on all of it."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.common.clock import FakeClock
from app.groups.plans import make_plan
from app.run.day_runner import DayView
from app.conference_file.storage import ConferenceDb
from ui.shell.main_window import MainWindow
from ui.projector.projector_window import ProjectorWindow
from ui.shell.settings import Settings

DAY = dt.date(2020, 1, 28)


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time.fromisoformat(hhmm))


def advance_to(clock: FakeClock, hhmm: str) -> None:
    clock.advance((at(hhmm) - clock.now()).total_seconds())


class CountingChime:
    """Stands in for the speaker; counts the chimes asked for."""

    def __init__(self) -> None:
        self.plays = 0

    def play(self) -> None:
        self.plays += 1


@pytest.fixture(scope="session")
def day_template(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """The demo conference with the tables of 1. kvadrant made (the same every run)."""
    path = tmp_path_factory.mktemp("day") / "dag.kvadrant"
    shutil.copyfile(demo_template, path)
    db = ConferenceDb.open(path)
    make_plan(db, kvadrant=1, seed=1)
    db.close()
    return path


@pytest.fixture
def day_file(tmp_path: Path, day_template: Path) -> Path:
    path = tmp_path / "dag.kvadrant"
    shutil.copyfile(day_template, path)
    return path


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(at("09:20"))


@pytest.fixture
def chime() -> CountingChime:
    return CountingChime()


@pytest.fixture
def day_window(qtbot, settings: Settings, day_file: Path, clock: FakeClock, chime: CountingChime) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window on the day's file, Program section showing, on the fake clock."""
    window = MainWindow(settings=settings, clock=clock)
    qtbot.addWidget(window)
    window.programme_view.controller.chime = chime
    window.resize(1366, 768)
    window.show()
    assert window.open_file(day_file)
    window.show_section("programme")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    yield window
    window.programme_view.close_projector()
    window.session.close()


def render(projector: ProjectorWindow, width: int = 1920, height: int = 1080) -> QImage:
    """The projector painted at ``width``×``height`` (offscreen, through its own paintEvent)."""
    projector.resize(width, height)
    image = projector.grab().toImage()
    assert (image.width(), image.height()) == (width, height)
    return image


def view_of(window: MainWindow) -> DayView:
    view = window.programme_view.controller.view
    assert view is not None
    return view

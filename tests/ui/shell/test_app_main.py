"""run_app: what it opens first, the asyncio loop it runs on, and the excepthook it installs."""
from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.shell.app_main import run_app
from ui.shell.main_window import MainWindow
from ui.shell.settings import Settings


def run_and_look(settings: Settings, path: Path | None) -> dict:
    """Run the app, and once it is up, note what the window shows, then close it."""
    seen: dict = {}

    def look_then_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[-1]
        seen["title"] = window.windowTitle()
        seen["start_page"] = window.pages.currentWidget() is window.start_page
        seen["hook_installed"] = sys.excepthook is not sys.__excepthook__
        seen["loop_running"] = asyncio.get_event_loop().is_running()
        window.close()

    QTimer.singleShot(50, look_then_close)
    guard = QTimer()  # should the look fail, close anyway rather than hang the test run
    guard.setSingleShot(True)
    guard.timeout.connect(QApplication.closeAllWindows)
    guard.start(15000)
    try:
        seen["exit_code"] = run_app(path, settings=settings)
    finally:
        guard.stop()
    return seen


def test_opens_the_given_file(qapp, settings: Settings, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    hook = sys.excepthook
    seen = run_and_look(settings, demo_file)
    assert seen["exit_code"] == 0
    assert seen["title"] == "Kvadrant – Dialogkonferanse 2 – demo.kvadrant"
    assert seen["hook_installed"] and seen["loop_running"]
    assert sys.excepthook is hook
    assert settings.last_file == demo_file


def test_opens_the_last_file_if_it_still_opens(qapp, settings: Settings, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    settings.add_recent_file(demo_file)
    assert run_and_look(settings, None)["title"].endswith("demo.kvadrant")


def test_a_last_file_that_no_longer_opens_gives_the_start_page_quietly(
    qapp, settings: Settings, tmp_path: Path, message_boxes  # type: ignore[no-untyped-def]
) -> None:
    broken = tmp_path / "borte.kvadrant"
    broken.write_bytes(b"not a database at all" * 10)
    settings.last_file = broken
    seen = run_and_look(settings, None)
    assert seen["start_page"]
    assert message_boxes.shown == []


def test_a_bad_file_on_the_command_line_is_explained_then_the_start_page(
    qapp, settings: Settings, tmp_path: Path, message_boxes  # type: ignore[no-untyped-def]
) -> None:
    empty = tmp_path / "tom.kvadrant"
    empty.write_bytes(b"")
    seen = run_and_look(settings, empty)
    assert seen["start_page"]
    assert len(message_boxes.shown) == 1
    assert "er tom" in message_boxes.texts[0]
    assert empty.read_bytes() == b""

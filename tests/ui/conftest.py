"""Fixtures for the UI tests: Qt offscreen, a temporary demo conference, temporary settings,
and a record of the message boxes that would have been shown."""
from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported

import shutil  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Iterator  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402

from app.roster.demo import create_demo  # noqa: E402
from ui.shell.conference_session import ConferenceSession  # noqa: E402
from ui.shell.i18n import LanguageInstaller  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402
from ui.shell.settings import Settings  # noqa: E402


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo conference, made once; tests get their own copy."""
    path = tmp_path_factory.mktemp("template") / "demo.kvadrant"
    create_demo(path).close()
    return path


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "demo.kvadrant"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "kvadrant.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def session(qapp: QApplication, demo_file: Path) -> Iterator[ConferenceSession]:
    session = ConferenceSession()
    session.open(demo_file)
    yield session
    session.close()


@dataclass
class MessageBoxes:
    """What ``QMessageBox.exec`` was asked to show, and the answer it gives."""

    shown: list[dict] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok

    @property
    def texts(self) -> list[str]:
        return [box["text"] for box in self.shown]


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    record = MessageBoxes()

    def fake_exec(box: QMessageBox) -> int:
        record.shown.append(
            {
                "icon": box.icon(),
                "title": box.windowTitle(),
                "text": box.text(),
                "informative": box.informativeText(),
                "details": box.detailedText(),
                "buttons": [b.text() for b in box.buttons()],
            }
        )
        return record.answer.value

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return record


@pytest.fixture(autouse=True)
def no_file_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file dialog would wait for a person forever; fail instead."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a test opened a file dialog")

    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse)


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageInstaller]:
    """The application's translator; put back to bokmål after the test."""
    installer = LanguageInstaller(qapp)
    yield installer
    installer.set_language("nb")


@pytest.fixture
def window(qtbot, settings: Settings, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(settings=settings, demo_path=lambda: tmp_path / "ny-demo.kvadrant")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    yield window
    window.session.close()

"""Opening a file that is not a usable conference: a clear message in a dialog, never a
traceback, the start page (or the file already open) stays, and the file is not touched."""
from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path
from typing import Callable

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.shell.main_window import MainWindow


def foreign_sqlite(folder: Path, demo: Path) -> Path:
    path = folder / "annen.kvadrant"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.execute("INSERT INTO t VALUES (1)")
    connection.commit()
    connection.close()
    return path


def not_sqlite(folder: Path, demo: Path) -> Path:
    path = folder / "notat.kvadrant"
    path.write_text("Dette er bare tekst, ikke en database.\n" * 10, encoding="utf-8")
    return path


def empty(folder: Path, demo: Path) -> Path:
    path = folder / "tom.kvadrant"
    path.write_bytes(b"")
    return path


def newer_version(folder: Path, demo: Path) -> Path:
    path = folder / "fremtid.kvadrant"
    shutil.copyfile(demo, path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 999")
    connection.commit()
    connection.close()
    return path


def read_only(folder: Path, demo: Path) -> Path:
    path = folder / "lesbar.kvadrant"
    shutil.copyfile(demo, path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return path


def a_folder(folder: Path, demo: Path) -> Path:
    path = folder / "mappe.kvadrant"
    path.mkdir()
    return path


def corrupt(folder: Path, demo: Path) -> Path:
    path = folder / "skadet.kvadrant"
    data = bytearray(demo.read_bytes())
    data[100:4096] = os.urandom(3996)
    path.write_bytes(bytes(data))
    return path


def missing(folder: Path, demo: Path) -> Path:
    return folder / "finnes-ikke.kvadrant"


CASES: list[tuple[Callable[[Path, Path], Path], str]] = [
    (missing, "Finner ikke filen"),
    (foreign_sqlite, "er en SQLite-database, men ikke en Kvadrant-konferansefil"),
    (not_sqlite, "er ikke en Kvadrant-konferansefil"),
    (empty, "er tom og er ikke en Kvadrant-konferansefil"),
    (newer_version, "nyere versjon av Kvadrant"),
    (read_only, "er skrivebeskyttet"),
    (a_folder, "er en mappe"),
    (corrupt, "skadet"),
]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: (p.read_bytes() if p.is_file() else b"<dir>") for p in folder.iterdir()}


@pytest.mark.parametrize(("make", "expected"), CASES, ids=[make.__name__ for make, _ in CASES])
def test_a_bad_file_is_explained_and_left_alone(
    window: MainWindow, message_boxes, demo_file: Path, tmp_path: Path, make, expected: str  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "filer"
    folder.mkdir()
    path = make(folder, demo_file)
    before = snapshot(folder)

    assert window.open_file(path) is False

    assert len(message_boxes.shown) == 1
    box = message_boxes.shown[0]
    assert box["icon"] == QMessageBox.Icon.Warning
    assert expected in box["text"]
    assert "Traceback" not in box["text"] + box["details"]
    assert window.pages.currentWidget() is window.start_page
    assert not window.session.is_open
    assert snapshot(folder) == before
    assert path not in window.settings.recent_files()


def test_the_open_file_stays_open_when_another_fails(window: MainWindow, message_boxes, demo_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_file(demo_file)
    assert not window.open_file(empty(tmp_path, demo_file))
    assert window.session.path == demo_file
    assert window.pages.currentWidget() is window.conference_page


def test_the_english_message_when_the_interface_is_english(
    window: MainWindow, message_boxes, tmp_path: Path, demo_file: Path, languages  # type: ignore[no-untyped-def]
) -> None:
    languages.set_language("en")
    window.open_file(empty(tmp_path, demo_file))
    assert "is empty and is not a Kvadrant conference file" in message_boxes.texts[0]

"""Per-laptop settings: declared once, read back typed, recent files kept tidy."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ui.shell.settings import ALL_OPTIONS, LANGUAGE, MAX_RECENT_FILES, RECENT_FILES, Settings


def test_every_option_has_a_unique_key_and_a_title() -> None:
    keys = [option.key for option in ALL_OPTIONS]
    assert len(keys) == len(set(keys))
    assert all(option.title for option in ALL_OPTIONS)


def test_defaults(settings: Settings) -> None:
    assert settings.language == "nb"
    assert settings.recent_files() == []
    assert settings.last_file is None
    assert settings.window_geometry.isEmpty()


def test_values_survive_a_new_settings_object(tmp_path: Path, settings: Settings) -> None:
    conference = tmp_path / "a.kvadrant"
    conference.write_bytes(b"x")
    settings.language = "en"
    settings.add_recent_file(conference)
    settings.window_geometry = QByteArray(b"\x01\x02")
    settings.sync()
    again = Settings(QSettings(str(tmp_path / "kvadrant.ini"), QSettings.Format.IniFormat))
    assert again.language == "en"
    assert again.recent_files() == [conference]
    assert again.last_file == conference
    assert bytes(again.window_geometry.data()) == b"\x01\x02"


def test_unknown_language_falls_back_to_bokmal(settings: Settings) -> None:
    settings.set_value(LANGUAGE, "klingon")
    assert settings.language == "nb"


def test_recent_files_most_recent_first_without_duplicates_and_at_most_eight(
    tmp_path: Path, settings: Settings
) -> None:
    files = []
    for number in range(MAX_RECENT_FILES + 3):
        path = tmp_path / f"k{number}.kvadrant"
        path.write_bytes(b"x")
        files.append(path)
        settings.add_recent_file(path)
    settings.add_recent_file(files[5])
    recent = settings.recent_files()
    assert len(recent) == MAX_RECENT_FILES
    assert recent[0] == files[5]
    assert recent[1] == files[-1]
    assert len(set(recent)) == len(recent)


def test_missing_files_are_pruned_when_shown(tmp_path: Path, settings: Settings) -> None:
    kept, gone = tmp_path / "kept.kvadrant", tmp_path / "gone.kvadrant"
    kept.write_bytes(b"x")
    gone.write_bytes(b"x")
    settings.add_recent_file(kept)
    settings.add_recent_file(gone)
    gone.unlink()
    assert settings.recent_files() == [kept]
    assert settings.value(RECENT_FILES) == [str(kept)]


def test_a_single_recent_file_in_an_ini_file_reads_back_as_a_list(tmp_path: Path) -> None:
    ini = tmp_path / "hand.ini"
    only = tmp_path / "only.kvadrant"
    only.write_bytes(b"x")
    ini.write_text(f"[files]\nrecent={only}\n", encoding="utf-8")
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    assert settings.recent_files() == [only]

"""Per-laptop preferences, each declared once with its key, default, type and title.

Per-conference facts live in the conference file; only what belongs to this laptop (language,
recent files, window geometry) is kept here. :class:`Settings` wraps a ``QSettings`` that the
caller passes in, so tests can point it at an INI file in a temporary folder.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings

from ui.shell.i18n import DEFAULT_LANGUAGE, LANGUAGES

MAX_RECENT_FILES = 8


@dataclass(frozen=True)
class Option:
    """One setting: where it is stored, what it is when unset, its type and a translatable title."""

    key: str
    default: Any
    type: type
    title: str

    def translated_title(self) -> str:
        return QCoreApplication.translate("Settings", self.title)


LANGUAGE = Option("interface/language", DEFAULT_LANGUAGE, str, QT_TRANSLATE_NOOP("Settings", "Språk"))
RECENT_FILES = Option("files/recent", (), list, QT_TRANSLATE_NOOP("Settings", "Nylige filer"))
LAST_FILE = Option("files/last", "", str, QT_TRANSLATE_NOOP("Settings", "Sist åpnede fil"))
WINDOW_GEOMETRY = Option("window/geometry", b"", QByteArray, QT_TRANSLATE_NOOP("Settings", "Vindusplassering"))
WINDOW_SECTION = Option("window/section", "participants", str, QT_TRANSLATE_NOOP("Settings", "Sist viste del"))
#: The screen the projector window fills, by name; "" chooses the first screen that is not the primary.
PROJECTOR_SCREEN = Option("projector/screen", "", str, QT_TRANSLATE_NOOP("Settings", "Projektorskjerm"))

ALL_OPTIONS: tuple[Option, ...] = (LANGUAGE, RECENT_FILES, LAST_FILE, WINDOW_GEOMETRY, WINDOW_SECTION, PROJECTOR_SCREEN)


def _coerce(option: Option, raw: object) -> Any:
    """A stored value as the option's type; anything unreadable gives the default."""
    if raw is None:
        raw = option.default
    if option.type is list:
        if isinstance(raw, str):  # INI files store a one-item list as a plain string
            return [raw] if raw else []
        if isinstance(raw, (list, tuple)):
            return [str(item) for item in raw if item]
        return list(option.default)
    if option.type is QByteArray:
        if isinstance(raw, QByteArray):
            return raw
        if isinstance(raw, (bytes, bytearray)):
            return QByteArray(bytes(raw))
        return QByteArray()
    if option.type is str:
        return str(raw)
    try:
        return option.type(raw)
    except (TypeError, ValueError):
        return option.default


class Settings:
    """Typed access to the declared options in one ``QSettings`` store."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    @classmethod
    def for_this_laptop(cls) -> Settings:
        """The user's settings (an INI file in the platform's config folder, named after the app)."""
        return cls(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Kvadrant", "Kvadrant"))

    def value(self, option: Option) -> Any:
        return _coerce(option, self.store.value(option.key))

    def set_value(self, option: Option, value: Any) -> None:
        if option.type is list:
            value = [str(item) for item in value]
        self.store.setValue(option.key, value)

    def sync(self) -> None:
        self.store.sync()

    # -- language -------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = self.value(LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self.set_value(LANGUAGE, value if value in LANGUAGES else DEFAULT_LANGUAGE)

    # -- files ----------------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        """Most recent first; files that no longer exist are dropped (and forgotten)."""
        stored = [Path(p) for p in self.value(RECENT_FILES)]
        present = [p for p in stored if p.is_file()]
        if len(present) != len(stored):
            self.set_value(RECENT_FILES, [str(p) for p in present])
        return present

    def add_recent_file(self, path: Path) -> None:
        path = Path(path).absolute()
        others = [p for p in self.value(RECENT_FILES) if Path(p) != path]
        self.set_value(RECENT_FILES, [str(path), *others][:MAX_RECENT_FILES])
        self.set_value(LAST_FILE, str(path))

    def remove_recent_file(self, path: Path) -> None:
        path = Path(path).absolute()
        self.set_value(RECENT_FILES, [p for p in self.value(RECENT_FILES) if Path(p) != path])
        if self.last_file == path:
            self.set_value(LAST_FILE, "")

    def clear_recent_files(self) -> None:
        self.set_value(RECENT_FILES, [])

    @property
    def last_file(self) -> Path | None:
        value = self.value(LAST_FILE)
        return Path(value) if value else None

    @last_file.setter
    def last_file(self, path: Path | None) -> None:
        self.set_value(LAST_FILE, str(path) if path else "")

    # -- window ---------------------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray:
        return self.value(WINDOW_GEOMETRY)

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self.set_value(WINDOW_GEOMETRY, value)

    @property
    def window_section(self) -> str:
        return self.value(WINDOW_SECTION)

    @window_section.setter
    def window_section(self, value: str) -> None:
        self.set_value(WINDOW_SECTION, value)

    # -- projector ------------------------------------------------------------------------
    @property
    def projector_screen(self) -> str:
        """The chosen projector screen's name; "" for automatic."""
        return self.value(PROJECTOR_SCREEN)

    @projector_screen.setter
    def projector_screen(self, name: str) -> None:
        self.set_value(PROJECTOR_SCREEN, name)

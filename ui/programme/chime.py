"""The chime at each change of speaker: Qt Multimedia's ``QSoundEffect`` on ``chime.wav``.

A hotel hall's laptop may have no sound card, no PulseAudio, or (in a stripped install) no
Qt Multimedia at all. The chime is a help, never a requirement: wherever it cannot sound it is
silent, without an error and without log noise. The effect is made on the first chime, not at
start-up, so opening a file does not wait for the audio system.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Any, Iterator

from PySide6.QtCore import QLoggingCategory, QObject, QtMsgType, QUrl, qInstallMessageHandler

from app.common.paths import resource

#: Qt Multimedia says a lot about missing libraries (pipewire, VA-API) and FFmpeg; none of it
#: concerns the facilitator.
_QUIET_RULES = "qt.multimedia*=false\nqt.multimedia.*=false"
#: What the PulseAudio backend says when no sound server runs (logged in Qt's default category).
_NOISE = ("PulseAudioService", "QSoundEffect")


@contextmanager
def _without_audio_noise() -> Iterator[None]:
    """Swallow the audio backend's complaints for the duration; pass every other message on."""

    def handler(mode: QtMsgType, context: Any, message: str) -> None:
        if message.startswith(_NOISE):
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            category = getattr(context, "category", "") or ""
            prefix = f"{category}: " if category and category != "default" else ""
            print(f"{prefix}{message}", file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


class Chime(QObject):
    """Plays the chime if it can; ``play()`` never raises."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effect: Any = None
        self._unavailable = False
        #: How many times a chime was asked for (sounded or not); for the control panel and tests.
        self.requests = 0

    @property
    def available(self) -> bool:
        return self._effect is not None

    def play(self) -> None:
        self.requests += 1
        try:
            effect = self._ensure_effect()
            if effect is not None:
                with _without_audio_noise():
                    effect.play()
        except Exception:  # noqa: BLE001 - a chime must never take the day down
            self._unavailable = True
            self._effect = None

    def _ensure_effect(self) -> Any:
        if self._effect is not None or self._unavailable:
            return self._effect
        QLoggingCategory.setFilterRules(_QUIET_RULES)
        try:
            with _without_audio_noise():
                from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

                if not QMediaDevices.audioOutputs():
                    self._unavailable = True
                    return None
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(resource("sounds", "chime.wav"))))
                effect.setVolume(0.9)
        except (ImportError, OSError, RuntimeError):
            self._unavailable = True
            return None
        self._effect = effect
        return effect

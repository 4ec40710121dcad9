"""Widgets whose texts follow the interface's language as it is switched."""
from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixed in before a Qt widget class (``class X(Retranslating, QWidget)``): the widget's
    ``_language_changed`` (by default its ``_retranslate``) runs whenever the language changes."""

    def _retranslate(self) -> None:
        raise NotImplementedError

    def _language_changed(self) -> None:
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._language_changed()
        super().changeEvent(event)  # type: ignore[misc]

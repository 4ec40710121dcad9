"""Widgets whose texts follow the interface's language as it is switched."""
from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixed in before a Qt widget class (``class X(Retranslating, QWidget)``): the widget's
    ``_retranslate`` runs again whenever the language changes."""

    def _retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)  # type: ignore[misc]

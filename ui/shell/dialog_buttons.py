"""The accept/cancel row every Kvadrant dialog ends with, in our own words.

Qt's own button texts would stay English: PySide6-Essentials ships no Norwegian Qt translations.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def accept_cancel_buttons(dialog: QDialog, accept_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """A button box wired to ``dialog``; returns it and its accept button (to enable or disable)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    accept_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    accept_button.setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("DialogButtons", "Avbryt")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept_button

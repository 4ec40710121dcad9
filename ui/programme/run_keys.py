"""The day's keys, the same on the laptop's window and on the projector's: Space start/pause,
→ next, ← back, B blank — and what presentation clickers send for them: PageDown, PageUp, B or
period.

They are window shortcuts, so they win over a focused button (Space must never "press" the
button that happens to have focus) but not over a dialog. While the facilitator types — in a
line edit, a text edit, a spin box or a table's editor — they do nothing: text fields claim
Space, letters, the period and the arrows for themselves, and a key they do not claim (PageUp,
PageDown) is handed back to them.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.programme.run_controller import RunController

Key = Qt.Key

#: key -> name of the controller's action.
RUN_KEYS: dict[Key, str] = {
    Key.Key_Space: "toggle_pause",
    Key.Key_Right: "next",
    Key.Key_PageDown: "next",
    Key.Key_Left: "back",
    Key.Key_PageUp: "back",
    Key.Key_B: "toggle_blank",
    Key.Key_Period: "toggle_blank",
}


def is_typing(widget: QWidget | None) -> bool:
    """True while ``widget`` (the focus widget) takes typed text."""
    while widget is not None:
        if isinstance(widget, QLineEdit):
            return not widget.isReadOnly()
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            return not widget.isReadOnly()
        if isinstance(widget, (QAbstractSpinBox, QKeySequenceEdit)):
            return True
        if isinstance(widget, QComboBox):
            return widget.isEditable()
        if widget.isWindow():
            return False
        widget = widget.parentWidget()
    return False


class RunKeys(QObject):
    """The day's shortcuts on one window, enabled while a conference file is open."""

    def __init__(self, window: QWidget, controller: RunController) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self.shortcuts: list[QShortcut] = []
        self._by_key: dict[Key, QShortcut] = {}
        for key, action in RUN_KEYS.items():
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setAutoRepeat(False)  # a held key or a bouncing clicker acts once
            shortcut.activated.connect(self._make_handler(key, action))
            self.shortcuts.append(shortcut)
            self._by_key[key] = shortcut
        controller.active_changed.connect(self._set_enabled)
        self._set_enabled(controller.is_active)

    def _make_handler(self, key: Key, action: str) -> Callable[[], None]:
        def handle() -> None:
            self.press(key, action)

        return handle

    def press(self, key: Key, action: str) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is self._window and is_typing(focus):
            # Typing: give the key back to the text field (it did not claim it itself). The
            # shortcut is off meanwhile, or Qt would hand the key straight back to it.
            shortcut = self._by_key[key]
            shortcut.setEnabled(False)
            try:
                QApplication.sendEvent(focus, QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))
            finally:
                shortcut.setEnabled(True)
            return
        getattr(self._controller, action)()

    def _set_enabled(self, active: bool) -> None:
        for shortcut in self.shortcuts:
            shortcut.setEnabled(active)


def install_run_keys(window: QWidget, controller: RunController) -> RunKeys:
    return RunKeys(window, controller)

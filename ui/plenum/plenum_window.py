"""The plenum on the projector: a window that paints what the laptop's plenum panel chooses,
full screen on the projector's screen, and the presenter keys that step through it.

The window and the laptop's preview are ``ui.projector.scene_window``'s, as the evaluation's
results are: full screen on the projector's screen, raised over the day's when shown, hidden
with Esc.

While it is shown, → / PageDown and ← / PageUp (what presentation clickers send) step through
the themes and their pages, on the projector window and on the laptop's window alike: the keys
are taken before the day's run keys (which would move the programme on), except while the
facilitator types in a text field or a dialog is open.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.plenum.plenum_painter import PlenumPainter, PlenumScene
from ui.programme.run_keys import is_typing
from ui.projector.scene_window import ScenePicture, SceneWindow
from ui.projector.screens import ScreenInfo, current_screens

#: key -> steps (1 next, -1 back).
PRESENTER_KEYS: dict[Qt.Key, int] = {
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_PageDown: 1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_PageUp: -1,
}


class PlenumPicture(ScenePicture[PlenumScene, PlenumPainter]):
    """The plenum as the hall sees it; with ``aspect``, letterboxed as the laptop's preview."""

    def __init__(self, scene: Callable[[], PlenumScene], *, aspect: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(scene, PlenumPainter(), aspect=aspect, parent=parent)


class PresenterKeys(QObject):
    """Installed on the application while the plenum is on the projector: the presenter keys
    in ``windows`` (the laptop's and the projector's) call ``step``."""

    def __init__(self, step: Callable[[int], None], windows: Callable[[], tuple[QWidget, ...]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._step = step
        self._windows = windows

    def _ours(self, watched: QObject, event: QEvent) -> int | None:
        if not isinstance(event, QKeyEvent) or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        steps = PRESENTER_KEYS.get(Qt.Key(event.key()))
        if steps is None or QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return None
        # The widget the key is for (Qt hands it to the window's handle first: then the focus).
        target = watched if isinstance(watched, QWidget) else QApplication.focusWidget()
        window = target.window() if target is not None else QApplication.activeWindow()
        if window is None or window not in self._windows() or is_typing(target):
            return None
        return steps

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._ours(watched, event) is not None:
            event.accept()  # the key comes as a key press, not as the day's shortcut
            return True
        if event.type() == QEvent.Type.KeyPress:
            steps = self._ours(watched, event)
            if steps is not None:
                if not (isinstance(event, QKeyEvent) and event.isAutoRepeat()):  # a held key or a bouncing clicker acts once
                    self._step(steps)
                return True
        return False


class PlenumWindow(SceneWindow[PlenumScene, PlenumPainter]):
    """The plenum, full screen on the projector (a normal window with only one screen); the
    presenter keys step through it while it is shown."""

    def __init__(
        self,
        scene: Callable[[], PlenumScene],
        *,
        step: Callable[[int], None],
        laptop: Callable[[], QWidget],
        preferred_screen: Callable[[], str],
        screens: Callable[[], list[ScreenInfo]] = current_screens,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(scene, PlenumPainter(), preferred_screen=preferred_screen, screens=screens, parent=parent)
        self.keys = PresenterKeys(step, lambda: (self, laptop().window()), self)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kvadrant – plenum"))

    def show_on_projector(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.keys)
            app.installEventFilter(self.keys)
        super().show_on_projector()

    def _hidden(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.keys)
        super()._hidden()

"""The plenum on the projector: a window that paints what the laptop's plenum panel chooses,
full screen on the projector's screen, and the presenter keys that step through it.

The screen is chosen and the window put in place as for the day's projector window
(``ui.projector.screens`` and :func:`~ui.projector.projector_window.show_on`), as the
evaluation's results window does; it is raised over the day's when shown. Esc hides it.

While it is shown, → / PageDown and ← / PageUp (what presentation clickers send) step through
the themes and their pages, on the projector window and on the laptop's window alike: the keys
are taken before the day's run keys (which would move the programme on), except while the
facilitator types in a text field or a dialog is open.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.plenum.plenum_painter import PlenumPainter, PlenumScene
from ui.programme.run_keys import is_typing
from ui.projector.projector_painter import BACKGROUND
from ui.projector.projector_window import show_on
from ui.projector.screens import ScreenInfo, ScreenWatcher, current_screens, qscreen_for

#: key -> steps (1 next, -1 back).
PRESENTER_KEYS: dict[Qt.Key, int] = {
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_PageDown: 1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_PageUp: -1,
}


class PlenumPicture(QWidget):
    """Paints the scene ``scene()`` gives; with ``aspect`` (width / height) into the largest
    rectangle of that shape, as the projector would show it."""

    def __init__(self, scene: Callable[[], PlenumScene], *, aspect: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = scene
        self.aspect = aspect
        self.painter = PlenumPainter()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def content_rect(self) -> QRectF:
        width, height = float(self.width()), float(self.height())
        if self.aspect is None or height <= 0:
            return QRectF(0, 0, width, height)
        w = min(width, height * self.aspect)
        h = w / self.aspect
        return QRectF((width - w) / 2, (height - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), BACKGROUND if self.aspect is None else self.palette().window().color())
            self.painter.paint(painter, self.content_rect(), self._scene())
        finally:
            painter.end()


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


class PlenumWindow(PlenumPicture):
    """The plenum, full screen on the projector (a normal window with only one screen)."""

    #: Shown (True) or hidden (False): by the panel's buttons, Esc, or closing the window.
    visible_changed = Signal(bool)

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
        super().__init__(scene, parent=parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setMinimumSize(QSize(320, 180))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.watcher = ScreenWatcher(preferred=preferred_screen, screens=screens, parent=self)
        self.watcher.screen_changed.connect(self._screen_changed)
        self.keys = PresenterKeys(step, lambda: (self, laptop().window()), self)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kvadrant – plenum"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.update()
        super().changeEvent(event)

    def show_on_projector(self) -> None:
        self.watcher.rechoose()
        show_on(self, qscreen_for(self.watcher.chosen))
        self.raise_()
        self.update()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.keys)
            app.installEventFilter(self.keys)
        self.visible_changed.emit(True)

    def hide_from_projector(self) -> None:
        if self.isVisible():
            self.hide()
            self._hidden()

    def _hidden(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.keys)
        self.visible_changed.emit(False)

    def _screen_changed(self, chosen: ScreenInfo | None) -> None:
        if self.isVisible():
            show_on(self, qscreen_for(chosen))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Q):
            self.hide_from_projector()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self._hidden()

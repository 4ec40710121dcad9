"""The live results on the projector: a window that paints what the laptop's results panel
chooses, full screen on the projector's screen.

The screen is chosen as for the day's projector window (``ui.projector.screens``: the one set in
the settings, else the first that is not the laptop's own; a normal window with one screen) and
put in place by the same :func:`~ui.projector.projector_window.show_on`, so both windows behave
alike; the results window is raised over the day's when shown. Esc hides it again.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ui.evaluation.results_painter import ResultsPainter, ResultsScene
from ui.projector.projector_painter import BACKGROUND
from ui.projector.projector_window import show_on
from ui.projector.screens import ScreenInfo, ScreenWatcher, current_screens, qscreen_for

#: Repaint this often while answers scroll (their place comes from the clock, not from the ticks).
FRAME_MS = 40


class ResultsView(QWidget):
    """Paints the scene ``scene()`` gives; with ``aspect`` (width / height) into the largest
    rectangle of that shape, as the projector would show it. Runs its own frame timer only
    while open answers scroll."""

    def __init__(self, scene: Callable[[], ResultsScene], *, aspect: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = scene
        self.aspect = aspect
        self.painter = ResultsPainter()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._frames = QTimer(self)
        self._frames.setInterval(FRAME_MS)
        self._frames.timeout.connect(self.update)

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
        if self.painter.scrolling and not self._frames.isActive():
            self._frames.start()
        elif not self.painter.scrolling and self._frames.isActive():
            self._frames.stop()

    def hideEvent(self, event: QHideEvent) -> None:
        self._frames.stop()
        super().hideEvent(event)


class ResultsWindow(ResultsView):
    """The results, full screen on the projector (a normal window with only one screen)."""

    #: Shown (True) or hidden (False): by the panel's buttons, Esc, or closing the window.
    visible_changed = Signal(bool)

    def __init__(
        self,
        scene: Callable[[], ResultsScene],
        *,
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
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kvadrant – resultater"))

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
        self.visible_changed.emit(True)

    def hide_from_projector(self) -> None:
        if self.isVisible():
            self.hide()
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
        self.visible_changed.emit(False)

"""A scene on the projector beside the day's: the picture a section paints for the hall (the
evaluation's results, the plenum's themes) and the window that puts it full screen.

The section gives a callable for what is on view now and a painter that draws it into a
rectangle. :class:`ScenePicture` paints it letterboxed to the projector's shape as the laptop's
preview, or filling the widget; :class:`SceneWindow` is that picture full screen on the
projector's screen, chosen and put in place as the day's projector window is
(``ui.projector.screens`` and :func:`~ui.projector.projector_window.show_on`), raised over the
day's when shown, and hidden again with Esc.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ui.projector.projector_painter import BACKGROUND
from ui.projector.projector_window import show_on
from ui.projector.screens import ScreenInfo, ScreenWatcher, current_screens, qscreen_for

#: Repaint this often while the picture moves (where it is comes from the clock, not the ticks).
FRAME_MS = 40
#: The preview's shape when no projector is connected.
DEFAULT_ASPECT = 16 / 9

S = TypeVar("S")
S_contra = TypeVar("S_contra", contravariant=True)


class ScenePainter(Protocol[S_contra]):
    """Draws a scene into a rectangle; ``scrolling`` says whether its last picture moves."""

    scrolling: bool

    def paint(self, painter: QPainter, rect: QRectF, scene: S_contra) -> None: ...


P = TypeVar("P", bound="ScenePainter[Any]")


def aspect_of(chosen: ScreenInfo | None) -> float:
    """The shape (width / height) of the chosen projector screen, 16:9 without one."""
    return chosen.width / chosen.height if chosen is not None and chosen.height else DEFAULT_ASPECT


class ScenePicture(QWidget, Generic[S, P]):
    """Paints the scene ``scene()`` gives; with ``aspect`` (width / height) into the largest
    rectangle of that shape, as the projector would show it. Runs its own frame timer only
    while the painter's picture moves."""

    def __init__(self, scene: Callable[[], S], painter: P, *, aspect: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = scene
        self.aspect = aspect
        self.painter = painter
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


class SceneWindow(ScenePicture[S, P]):
    """The picture full screen on the projector (a normal window with only one screen). Each
    section's window sets its own title in ``_retranslate`` (its own ``tr`` context)."""

    #: Shown (True) or hidden (False): by the panel's buttons, Esc, or closing the window.
    visible_changed = Signal(bool)

    def __init__(
        self,
        scene: Callable[[], S],
        painter: P,
        *,
        preferred_screen: Callable[[], str],
        screens: Callable[[], list[ScreenInfo]] = current_screens,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(scene, painter, parent=parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setMinimumSize(QSize(320, 180))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.watcher = ScreenWatcher(preferred=preferred_screen, screens=screens, parent=self)
        self.watcher.screen_changed.connect(self._screen_changed)
        self._retranslate()

    def _retranslate(self) -> None:
        raise NotImplementedError  # each window's title, in its own translation context

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
            self._hidden()

    def _hidden(self) -> None:
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

"""Which screen the projector window goes on (after OpenLP's ``core/display/screens.py``).

Screens are plain data (:class:`ScreenInfo`), so the choice is a pure function a test can call
without real monitors: the screen the facilitator chose in the settings if it is connected,
else the first screen that is not the primary one (the laptop's own), else none — with only
one screen the projector is a normal window beside the control panel, never a full-screen
cover over it. :class:`ScreenWatcher` re-makes the choice when screens are added or removed or
the primary changes, debounced (~350 ms): plugging in a projector sends several of those
signals in a burst, and the window should move once.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen

#: How long to wait for a burst of screen changes to settle before choosing again.
DEBOUNCE_MS = 350


@dataclass(frozen=True)
class ScreenInfo:
    """One connected screen, as plain data."""

    number: int
    name: str
    x: int
    y: int
    width: int
    height: int
    primary: bool

    @property
    def size_text(self) -> str:
        return f"{self.width}×{self.height}"


def choose_screen(screens: Sequence[ScreenInfo], preferred: str = "") -> ScreenInfo | None:
    """The screen the projector window fills, or None for a normal window.

    ``preferred`` is the name the facilitator chose in the settings ("" = automatic). With a
    single screen the answer is always None: full screen there would hide the control panel.
    """
    if len(screens) < 2:
        return None
    if preferred:
        chosen = next((s for s in screens if s.name == preferred), None)
        if chosen is not None:
            return chosen
    return next((s for s in screens if not s.primary), None)


def screen_infos(screens: Sequence[QScreen], primary: QScreen | None) -> list[ScreenInfo]:
    """Qt's screens as data, in Qt's order (number 1 first)."""
    infos = []
    for number, screen in enumerate(screens, start=1):
        geometry = screen.geometry()
        infos.append(
            ScreenInfo(
                number=number,
                name=screen.name() or f"{number}",
                x=geometry.x(),
                y=geometry.y(),
                width=geometry.width(),
                height=geometry.height(),
                primary=screen is primary or (primary is not None and screen == primary),
            )
        )
    return infos


def current_screens() -> list[ScreenInfo]:
    return screen_infos(QGuiApplication.screens(), QGuiApplication.primaryScreen())


def qscreen_for(info: ScreenInfo | None) -> QScreen | None:
    """The connected QScreen an info describes (by name, then by position), if still there."""
    if info is None:
        return None
    screens = QGuiApplication.screens()
    by_name = [s for s in screens if s.name() == info.name]
    if len(by_name) == 1:
        return by_name[0]
    return next((s for s in screens if s.geometry().topLeft().x() == info.x and s.geometry().topLeft().y() == info.y), None)


class ScreenWatcher(QObject):
    """Chooses the projector's screen now and again whenever the set of screens changes.

    ``screens`` lists the connected screens and ``preferred`` reads the setting; both are
    passed in so tests can play at plugging projectors in and out.
    """

    #: The projector's screen changed: a ScreenInfo, or None for a normal window.
    screen_changed = Signal(object)

    def __init__(
        self,
        *,
        preferred: Callable[[], str],
        screens: Callable[[], list[ScreenInfo]] = current_screens,
        debounce_ms: int = DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._preferred = preferred
        self._screens = screens
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.rechoose)
        self.chosen: ScreenInfo | None = choose_screen(screens(), preferred())
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self.screens_changed)
            app.screenRemoved.connect(self.screens_changed)
            app.primaryScreenChanged.connect(self.screens_changed)

    def screens(self) -> list[ScreenInfo]:
        return self._screens()

    def screens_changed(self, *args: object) -> None:
        """A screen came, went or became primary: choose again once things settle."""
        self._debounce.start()

    def rechoose(self) -> None:
        """Choose now (after the debounce, or at once when the setting changes)."""
        self._debounce.stop()
        chosen = choose_screen(self._screens(), self._preferred())
        if chosen != self.chosen:
            self.chosen = chosen
            self.screen_changed.emit(chosen)

"""The projector: a window that paints the day for the hall, and where that window goes.

:class:`ProjectorWindow` paints each :class:`DayView` the controller announces (see
``projector_painter``). :class:`ProjectorDisplay` owns it: shows and hides it, puts it full
screen on the projector's screen (the first non-primary one, or the one chosen in the
settings) and moves it when screens come and go — and, with only the laptop's own screen, keeps
it a normal window the facilitator can resize beside the control panel. Like OpenLP's display
window it is frameless and stays on top when full screen; the platform's quirks for that sit in
:func:`show_on` alone.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QMenu, QWidget

from app.run.day_runner import DayView
from ui.projector.projector_painter import ProjectorPainter, ProjectorScene
from ui.programme.run_controller import RunController
from ui.programme.run_keys import RunKeys
from ui.projector.screens import ScreenInfo, ScreenWatcher, current_screens, qscreen_for
from ui.shell.settings import Settings

#: The size of the projector as a normal window (one screen only), 16:9.
NORMAL_SIZE = QSize(960, 540)


def show_on(window: QWidget, screen: QScreen | None) -> None:
    """Full screen, frameless and on top on ``screen``; a normal window when it is None.

    Changing window flags hides a widget, so it is shown again afterwards. On X11 the window
    manager picks the screen of a full-screen window from where the window is, so it is moved
    there first.
    """
    if screen is None:
        if window.isFullScreen():
            window.showNormal()
        window.setWindowFlags(Qt.WindowType.Window)
        window.unsetCursor()
        if window.width() < 200 or window.height() < 120 or window.property("was_full_screen"):
            window.resize(NORMAL_SIZE)
        window.setProperty("was_full_screen", False)
        window.showNormal()
        return
    window.setWindowFlags(
        Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
    )
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.setCursor(Qt.CursorShape.BlankCursor)
    window.setProperty("was_full_screen", True)
    window.showFullScreen()


class ProjectorWindow(QWidget):
    """Paints the day; repaints only when the controller says something shown changed."""

    #: The facilitator closed the (normal) window.
    closed = Signal()

    def __init__(self, controller: RunController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._controller = controller
        self.painter = ProjectorPainter()
        self._view: DayView | None = controller.view
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 180)
        self.resize(NORMAL_SIZE)
        controller.view_changed.connect(self.show_view)
        controller.content_changed.connect(self.update)
        controller.active_changed.connect(self._active_changed)
        self.keys = RunKeys(self, controller)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.update()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kvadrant – projektor"))

    def show_view(self, view: DayView) -> None:
        self._view = view
        if self.isVisible():
            self.update()

    def _active_changed(self, active: bool) -> None:
        if not active:
            self._view = None
            self.update()

    def scene(self) -> ProjectorScene:
        view = self._view
        seats = self._controller.seats(view.block) if view is not None and view.shows_find_your_table else ()
        return ProjectorScene(view=view, conference_title=self._controller.conference_title, seats=seats)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.painter.paint(painter, self.width(), self.height(), self.scene())
        finally:
            painter.end()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()


class ProjectorDisplay(QObject):
    """Shows the projector window on the right screen and keeps it there."""

    #: The window was shown (True) or hidden (False).
    visible_changed = Signal(bool)
    #: Where the window is (or would be) changed: full screen on a screen, or a normal window.
    placement_changed = Signal()

    def __init__(
        self,
        controller: RunController,
        *,
        settings: Settings | None = None,
        screens: Callable[[], list[ScreenInfo]] = current_screens,
        debounce_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._preferred_name = ""
        self.window = ProjectorWindow(controller)
        self.window.closed.connect(self._window_closed)
        controller.active_changed.connect(self._active_changed)
        extra = {} if debounce_ms is None else {"debounce_ms": debounce_ms}
        self.watcher = ScreenWatcher(preferred=self.preferred_screen, screens=screens, parent=self, **extra)
        self.watcher.screen_changed.connect(self._screen_changed)
        self.screen_menu = QMenu()
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self._retranslate()

    # -- the setting -----------------------------------------------------------------------
    def preferred_screen(self) -> str:
        return self._settings.projector_screen if self._settings is not None else self._preferred_name

    def set_preferred_screen(self, name: str) -> None:
        """Choose the projector's screen by name ("" = automatic) and move the window there."""
        if self._settings is not None:
            self._settings.projector_screen = name
        else:
            self._preferred_name = name
        self.watcher.rechoose()
        self.placement_changed.emit()

    @property
    def chosen(self) -> ScreenInfo | None:
        return self.watcher.chosen

    # -- showing ---------------------------------------------------------------------------
    @property
    def is_shown(self) -> bool:
        return self.window.isVisible()

    def show(self) -> None:
        show_on(self.window, qscreen_for(self.watcher.chosen))
        self.window.update()
        self.visible_changed.emit(True)

    def hide(self) -> None:
        self.window.hide()
        self.visible_changed.emit(False)

    def toggle(self) -> None:
        self.hide() if self.is_shown else self.show()

    def close(self) -> None:
        """The app is closing: the window goes, without saying it was closed by hand."""
        self.window.blockSignals(True)
        self.window.close()
        self.window.blockSignals(False)

    def _active_changed(self, active: bool) -> None:
        if not active and self.is_shown:
            self.hide()  # the file closed: nothing to show the hall

    def _window_closed(self) -> None:
        self.visible_changed.emit(False)

    def _screen_changed(self, chosen: ScreenInfo | None) -> None:
        if self.window.isVisible():
            show_on(self.window, qscreen_for(chosen))
        self.placement_changed.emit()

    def placement_text(self) -> str:
        chosen = self.watcher.chosen
        if chosen is None:
            return self.tr("Eget vindu (bare én skjerm)")
        return self.tr("Fullskjerm på skjerm {number}: {name} ({size})").format(
            number=chosen.number, name=chosen.name, size=chosen.size_text
        )

    # -- the settings menu -----------------------------------------------------------------
    def _retranslate(self) -> None:
        self.screen_menu.setTitle(self.tr("&Projektorskjerm"))

    def retranslate(self) -> None:
        self._retranslate()
        self.placement_changed.emit()

    def _fill_screen_menu(self) -> None:
        menu = self.screen_menu
        menu.clear()
        group = QActionGroup(menu)
        group.setExclusive(True)
        preferred = self.preferred_screen()
        screens = self.watcher.screens()
        automatic = QAction(self.tr("Automatisk (første skjerm som ikke er hovedskjermen)"), menu)
        automatic.setCheckable(True)
        automatic.setChecked(not preferred or all(s.name != preferred for s in screens))
        automatic.triggered.connect(self._choose_automatic)
        group.addAction(automatic)
        menu.addAction(automatic)
        menu.addSeparator()
        for screen in screens:
            label = self.tr("Skjerm {number}: {name} ({size})").format(
                number=screen.number, name=screen.name, size=screen.size_text
            )
            if screen.primary:
                label += " – " + self.tr("hovedskjerm")
            action = QAction(label, menu)
            action.setCheckable(True)
            action.setChecked(screen.name == preferred)
            action.triggered.connect(self._chooser(screen.name))
            group.addAction(action)
            menu.addAction(action)
        if len(screens) < 2:
            note = menu.addAction(self.tr("Bare én skjerm: projektoren vises som vanlig vindu"))
            note.setEnabled(False)

    def _choose_automatic(self) -> None:
        self.set_preferred_screen("")

    def _chooser(self, name: str) -> Callable[[], None]:
        def choose() -> None:
            self.set_preferred_screen(name)

        return choose

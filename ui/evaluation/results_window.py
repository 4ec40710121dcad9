"""The live results on the projector: a window that paints what the laptop's results panel
chooses, full screen on the projector's screen (``ui.projector.scene_window``, as the plenum's
themes are); the laptop's preview paints the same. Open answers scroll, so the picture runs its
frame timer while they do.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.evaluation.results_painter import ResultsPainter, ResultsScene
from ui.projector.scene_window import ScenePicture, SceneWindow
from ui.projector.screens import ScreenInfo, current_screens


class ResultsView(ScenePicture[ResultsScene, ResultsPainter]):
    """The results as the hall sees them; with ``aspect``, letterboxed as the laptop's preview."""

    def __init__(self, scene: Callable[[], ResultsScene], *, aspect: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(scene, ResultsPainter(), aspect=aspect, parent=parent)


class ResultsWindow(SceneWindow[ResultsScene, ResultsPainter]):
    """The results, full screen on the projector (a normal window with only one screen)."""

    def __init__(
        self,
        scene: Callable[[], ResultsScene],
        *,
        preferred_screen: Callable[[], str],
        screens: Callable[[], list[ScreenInfo]] = current_screens,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(scene, ResultsPainter(), preferred_screen=preferred_screen, screens=screens, parent=parent)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kvadrant – resultater"))

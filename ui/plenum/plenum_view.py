"""The Plenum section: the board that sorts the groups' key points into themes, and under it the
strip that runs the plenum on the projector — a preview of what the hall sees, the overview and
the step buttons (the same steps as the presenter keys), and "Vis på projektor" / "Skjul".

What the hall sees is the board's plenum of the chosen block with one theme (by id, so it stays
on view while cards move) or the overview, and a page of that theme; stepping goes overview →
each theme page by page, and back.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.plenum.plenum_painter import REFERENCE, PlenumScene, page_count
from ui.plenum.plenum_window import PlenumPicture, PlenumWindow
from ui.plenum.theme_board import ThemeBoard
from ui.projector.scene_window import aspect_of
from ui.projector.screens import ScreenInfo
from ui.shell.conference_session import ConferenceSession
from ui.shell.retranslating import Retranslating
from ui.shell.settings import Settings
from ui.shell.style import scaled_font

PREVIEW_HEIGHT = 126


class PlenumView(Retranslating, QWidget):
    status_message = Signal(str)

    def __init__(self, session: ConferenceSession, parent: QWidget | None = None, *, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        #: The theme on view (None: the overview) and its page.
        self.theme_id: int | None = None
        self.page = 0

        self.board = ThemeBoard(session)
        self.projector_window = PlenumWindow(self.scene, step=self.step, laptop=lambda: self, preferred_screen=self._preferred_screen, parent=self)
        self.preview = PlenumPicture(self.scene, aspect=aspect_of(self.projector_window.watcher.chosen))
        self.preview.setFixedSize(round(PREVIEW_HEIGHT * 16 / 9), PREVIEW_HEIGHT)
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self, 1.1, bold=True))
        self.showing_label = QLabel()
        self.showing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.showing_label.setWordWrap(True)
        self.overview_button = QPushButton()
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.show_button = QPushButton()
        self.show_button.setFont(scaled_font(self, 1.0, bold=True))
        self.hide_button = QPushButton()

        steps = QHBoxLayout()
        steps.addWidget(self.overview_button)
        steps.addWidget(self.back_button)
        steps.addWidget(self.next_button)
        steps.addSpacing(16)
        steps.addWidget(self.show_button)
        steps.addWidget(self.hide_button)
        steps.addStretch(1)
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.heading)
        words.addWidget(self.showing_label)
        words.addStretch(1)
        words.addLayout(steps)
        strip = QHBoxLayout()
        strip.setContentsMargins(0, 6, 0, 0)
        strip.addWidget(self.preview)
        strip.addSpacing(8)
        strip.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.board, 1)
        layout.addLayout(strip)

        self.overview_button.clicked.connect(self.show_overview)
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.show_button.clicked.connect(self.projector_window.show_on_projector)
        self.hide_button.clicked.connect(self.projector_window.hide_from_projector)
        self.projector_window.visible_changed.connect(self._update)
        self.projector_window.watcher.screen_changed.connect(self._screen_changed)
        self.board.plenum_changed.connect(self._update)
        self.board.status_message.connect(self.status_message)
        session.file_closed.connect(self.projector_window.hide_from_projector)
        self._retranslate()

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Vis i salen"))
        self.overview_button.setText(self.tr("Oversikt"))
        self.back_button.setText(self.tr("◀ Forrige"))
        self.next_button.setText(self.tr("Neste ▶"))
        self.back_button.setToolTip(self.tr("Forrige tema eller side (←, PageUp)"))
        self.next_button.setToolTip(self.tr("Neste tema eller side (→, PageDown)"))
        self.show_button.setText(self.tr("Vis på projektor"))
        self.hide_button.setText(self.tr("Skjul"))
        self.show_button.setToolTip(self.tr("Vis temaene i fullskjerm på projektoren; → og ← blar mens de vises"))
        self._update()

    # -- what the hall sees -------------------------------------------------------------------
    def scene(self) -> PlenumScene:
        return PlenumScene(self.board.plenum if self._session.is_open else None, self.theme_id, self.page)

    def _pages(self) -> int:
        """The theme's pages at the projector's size (as the window paints them)."""
        chosen = self.projector_window.watcher.chosen
        if self.projector_window.isVisible():
            size = (self.projector_window.width(), self.projector_window.height())
        elif chosen is not None:
            size = (chosen.width, chosen.height)
        else:
            size = REFERENCE
        return page_count(self.board.plenum, self.theme_id, *size)

    def show_theme(self, theme_id: int | None, page: int = 0) -> None:
        self.theme_id, self.page = theme_id, page
        self._update()

    def show_overview(self) -> None:
        self.show_theme(None)

    def step(self, steps: int) -> None:
        """On by a page, or to the next theme (the overview comes before the first); back the same way."""
        ids = [t.id for t in self.board.plenum.themes]
        at = ids.index(self.theme_id) if self.theme_id in ids else -1
        if steps > 0:
            if at >= 0 and self.page + 1 < self._pages():
                self.show_theme(self.theme_id, self.page + 1)
            elif at + 1 < len(ids):
                self.show_theme(ids[at + 1])
        elif at >= 0 and self.page > 0:
            self.show_theme(self.theme_id, min(self.page, self._pages()) - 1)
        elif at > 0:
            self.theme_id = ids[at - 1]  # the theme before, on its last page (counted for it)
            self.show_theme(self.theme_id, self._pages() - 1)
        elif at == 0:
            self.show_overview()

    def _update(self, *_args: object) -> None:
        themes = self.board.plenum.themes
        ids = [t.id for t in themes]
        if self.theme_id not in ids:
            self.theme_id, self.page = None, 0
        if self.theme_id is None:
            text = self.tr("Oversikt: alle temaene og hvor mange grupper som tok dem opp")
        else:
            pages = self._pages()
            self.page = min(self.page, pages - 1)
            theme = themes[ids.index(self.theme_id)]
            text = self.tr("Tema {number} av {total}: {name}").format(number=ids.index(self.theme_id) + 1, total=len(ids), name=theme.name)
            if pages > 1:
                text += " · " + self.tr("side {page} av {pages}").format(page=self.page + 1, pages=pages)
        self.showing_label.setText(text)
        at = ids.index(self.theme_id) if self.theme_id in ids else -1
        self.back_button.setEnabled(at >= 0)
        self.next_button.setEnabled(at + 1 < len(ids) or (at >= 0 and self.page + 1 < self._pages()))
        self.overview_button.setEnabled(at >= 0)
        self.show_button.setEnabled(self._session.is_open)
        self.hide_button.setEnabled(self.projector_window.isVisible())
        self.preview.update()
        if self.projector_window.isVisible():
            self.projector_window.update()

    # -- the projector ------------------------------------------------------------------------
    def _preferred_screen(self) -> str:
        return self._settings.projector_screen if self._settings is not None else ""

    def _screen_changed(self, chosen: ScreenInfo | None) -> None:
        self.preview.aspect = aspect_of(chosen)
        self._update()

    def shutdown(self) -> None:
        """The app is closing: the projector window goes too."""
        self.projector_window.close()

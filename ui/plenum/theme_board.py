"""The plenum board (issue 15): every key point of the chosen block (or the whole day) as a card
with its table's number; the unsorted ones on the left, the themes as columns on the right.
Cards are dragged into a theme or back; a theme is made ("+ Nytt tema", of the chosen cards if
any), renamed, merged (its handle dropped on another, or "Slå sammen med …"), split (chosen cards
→ "Nytt tema av valgte kort") and removed. Suggested themes from the words the unsorted cards
share are shown as proposals and applied only when accepted.

The board reads the plenum again when the session says the plenum or a summary changed (new key
points come from the phones); the models redraw only what differs. Every edit is one undo step
(``plenum_commands``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from app.plenum.suggested import SuggestedTheme, suggest_themes
from app.plenum.themes import Plenum, Theme, plenum
from ui.plenum.plenum_commands import PlenumEditor
from ui.plenum.point_delegate import PointDelegate
from ui.plenum.point_model import Placed, PointListModel, PointsProxy
from ui.plenum.theme_column import COLUMN_MIN_WIDTH, PointView, ThemeColumn
from ui.shell.card_board import ColumnGrid, ColumnScrollArea, button_text
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession
from ui.shell.messages import show_error
from ui.shell.retranslating import Retranslating
from ui.shell.style import make_quiet, scaled_font

NOTICE_MS = 8000
MAX_SHOWN_SUGGESTIONS = 4
EMPTY = Plenum((), (), 0)


class ThemeBoard(Retranslating, QWidget):
    """The plenum board of the open conference."""

    #: A short confirmation for the status bar ("Nytt tema «Tid». Angre med Ctrl+Z.").
    status_message = Signal(str)
    #: The plenum of the chosen block was read again (the projector shows it).
    plenum_changed = Signal()

    def __init__(self, session: ConferenceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.editor = PlenumEditor(session, self._theme_name)
        #: The chosen block's plenum, as the projector shows it (themes without points left out).
        self.plenum = EMPTY
        #: Every theme, with the chosen block's points (a theme just made is empty, yet shown).
        self.themes: tuple[Theme, ...] = ()
        self.suggestions: list[SuggestedTheme] = []
        self._columns: dict[int, ThemeColumn] = {}

        self.scope_label = QLabel()
        self.scope_combo = QComboBox()
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label = QLabel()
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        make_quiet(self.notice_label)
        self.add_button = QPushButton()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice_label.clear)

        self.suggestion_label = QLabel()
        make_quiet(self.suggestion_label)
        self.suggestion_row = QHBoxLayout()
        self.suggestion_row.setSpacing(8)
        self.suggestion_buttons: list[QPushButton] = []

        self.points_model = PointListModel(self)
        self.delegate = PointDelegate(self)
        self.unsorted_model = PointsProxy(self.points_model, self.editor, None, self)
        self.unsorted_title = QLabel()
        self.unsorted_title.setFont(scaled_font(self, 1.15, bold=True))
        self.unsorted_count = QLabel()
        self.unsorted_count.setFont(scaled_font(self, 1.1, bold=True))
        self.unsorted_view = PointView()
        self.unsorted_view.setModel(self.unsorted_model)
        self.unsorted_view.setItemDelegate(self.delegate)
        self.no_themes_label = QLabel()
        self.no_themes_label.setWordWrap(True)
        self.no_themes_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_quiet(self.no_themes_label)
        self.grid = ColumnGrid(min_width=COLUMN_MIN_WIDTH, empty=self.no_themes_label)
        self.themes_area = ColumnScrollArea(self.grid)

        top = QHBoxLayout()
        top.addWidget(self.scope_label)
        top.addWidget(self.scope_combo)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addWidget(self.notice_label, 1)
        top.addWidget(self.add_button)
        suggestions = QHBoxLayout()
        suggestions.addWidget(self.suggestion_label)
        suggestions.addLayout(self.suggestion_row)
        suggestions.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        left_title = QHBoxLayout()
        left_title.addWidget(self.unsorted_title)
        left_title.addStretch(1)
        left_title.addWidget(self.unsorted_count)
        left_layout.addLayout(left_title)
        left_layout.addWidget(self.unsorted_view, 1)
        left.setMinimumWidth(300)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.themes_area)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(suggestions)
        layout.addWidget(self.splitter, 1)

        self.scope_combo.activated.connect(self.refresh)
        self.add_button.clicked.connect(self.add_theme)
        self.unsorted_model.edit_failed.connect(self._show_error, Qt.ConnectionType.QueuedConnection)
        self.unsorted_view.customContextMenuRequested.connect(partial(self._card_menu, self.unsorted_view, None))
        self.unsorted_view.selectionModel().selectionChanged.connect(self._update_add_button)
        session.changed.connect(self._changed)
        session.file_opened.connect(self.refresh)
        session.file_closed.connect(self.refresh)
        self._retranslate()

    def _retranslate(self) -> None:
        self.scope_label.setText(self.tr("Blokk:"))
        chosen = self.scope_combo.currentIndex()
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("Hele dagen"), None)
        self.scope_combo.addItem(self.tr("1. kvadrant"), 1)
        self.scope_combo.addItem(self.tr("4. kvadrant"), 4)
        self.scope_combo.setCurrentIndex(max(0, chosen))
        self.unsorted_title.setText(self.tr("Ikke sortert"))
        self.unsorted_view.empty_text = self.tr("Alle hovedpunktene er sortert.")
        self.unsorted_view.setToolTip(self.tr("Dra kort til et tema. Velg flere med Ctrl eller Shift."))
        self.no_themes_label.setText(
            self.tr("Ingen temaer ennå. Bruk et forslag, eller lag et tema med «+ Nytt tema» og dra hovedpunktene dit.")
        )
        self.refresh()

    # -- reading ------------------------------------------------------------------------------
    @property
    def kvadrant(self) -> int | None:
        value = self.scope_combo.currentData()
        return value if isinstance(value, int) else None

    def set_kvadrant(self, kvadrant: int | None) -> None:
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(kvadrant)))
        self.refresh()

    def column(self, theme_id: int) -> ThemeColumn | None:
        return self._columns.get(theme_id)

    @property
    def columns(self) -> list[ThemeColumn]:
        return self.grid.columns

    def _theme_name(self, theme_id: int) -> str:
        return next((t.name for t in self.themes if t.id == theme_id), "")

    def _changed(self, changes: Changes) -> None:
        if changes.plenum or changes.summaries is not None:
            self.refresh()

    def refresh(self) -> None:
        """Read the plenum again; only the cards and columns that differ are redrawn."""
        scope, every = EMPTY, EMPTY
        if self._session.is_open:
            try:
                scope = plenum(self._session.db, self.kvadrant)
                every = scope if self.kvadrant is None else plenum(self._session.db)
            except KvadrantError as error:
                show_error(self, error)
        in_scope = {t.id: t for t in scope.themes}
        self.plenum = scope
        self.themes = tuple(in_scope.get(t.id, replace(t, points=())) for t in every.themes)
        rows = [Placed(p, t.id) for t in self.themes for p in t.points] + [Placed(p, None) for p in scope.unsorted]
        rows.sort(key=lambda r: (r.point.kvadrant, r.point.group, r.point.summary_id, r.point.index))
        self.points_model.set_points(rows)
        self._sync_columns()
        self.suggestions = suggest_themes(scope)
        self._show_suggestions()
        total = len(rows)
        self.count_label.setText(self.tr("{points} hovedpunkter fra {groups} grupper").format(points=total, groups=scope.groups))
        self.unsorted_count.setText(str(len(scope.unsorted)))
        self._update_add_button()
        self.plenum_changed.emit()

    def _sync_columns(self) -> None:
        for theme_id in set(self._columns) - {t.id for t in self.themes}:
            gone = self._columns.pop(theme_id)
            gone.hide()  # deleted later, as a drag may still be running from it
            gone.setParent(None)
            gone.deleteLater()
        for k, theme in enumerate(self.themes):
            column = self._columns.get(theme.id) or self._new_column(theme.id)
            others = [t for t in self.themes if t.id != theme.id]
            column.show_theme(theme, others=others, first=k == 0, last=k == len(self.themes) - 1)
        self.grid.set_columns([self._columns[t.id] for t in self.themes])

    def _new_column(self, theme_id: int) -> ThemeColumn:
        model = PointsProxy(self.points_model, self.editor, theme_id)
        column = ThemeColumn(model, parent=self.grid)
        model.setParent(column)
        column.view.setItemDelegate(self.delegate)
        model.edit_failed.connect(self._show_error, Qt.ConnectionType.QueuedConnection)
        column.rename_requested.connect(self.rename_theme)
        column.merge_requested.connect(self.merge_themes)
        column.split_requested.connect(self.split_theme)
        column.move_requested.connect(self._move_theme)
        column.remove_requested.connect(self.remove_theme)
        column.view.customContextMenuRequested.connect(partial(self._card_menu, column.view, theme_id))
        self._columns[theme_id] = column
        return column

    # -- suggestions --------------------------------------------------------------------------
    def _show_suggestions(self) -> None:
        """ "Forslag: [Tid (5 punkter) · Bruk] …": a button per suggestion; none applied until clicked."""
        for button in self.suggestion_buttons:
            self.suggestion_row.removeWidget(button)
            button.hide()  # deleted later: its own click may be what is running now
            button.deleteLater()
        self.suggestion_buttons = []
        for suggestion in self.suggestions[:MAX_SHOWN_SUGGESTIONS]:
            text = self.tr("{name} ({count} punkter) · Bruk").format(name=suggestion.name, count=len(suggestion.points))
            button = QPushButton(button_text(text), self)
            lines = "\n".join(f"{p.group}: {p.text}" for p in suggestion.points)
            button.setToolTip(self.tr("Lag temaet «{name}» av disse hovedpunktene:").format(name=suggestion.name) + "\n" + lines)
            button.clicked.connect(partial(self.accept_suggestion, suggestion))
            self.suggestion_row.addWidget(button)
            self.suggestion_buttons.append(button)
        if self.suggestion_buttons:
            self.suggestion_label.setText(self.tr("Forslag:"))
        else:
            self.suggestion_label.setText(self.tr("Ingen forslag: ingen usorterte hovedpunkter deler et ord."))

    def accept_suggestion(self, suggestion: SuggestedTheme) -> None:
        self._attempt(lambda: self.editor.add_theme(suggestion.name, [p.key for p in suggestion.points]))
        self._notice(self.tr("Nytt tema «{name}». Angre med Ctrl+Z.").format(name=suggestion.name))

    # -- edits --------------------------------------------------------------------------------
    def _update_add_button(self) -> None:
        chosen = len(self.unsorted_view.selected_points())
        self.add_button.setText(self.tr("+ Nytt tema av valgte ({count})").format(count=chosen) if chosen else self.tr("+ Nytt tema"))
        self.add_button.setEnabled(self._session.is_open)

    def add_theme(self) -> int | None:
        """A new theme of the chosen unsorted cards (or empty), with its name ready to type over."""
        keys = [p.key for p in self.unsorted_view.selected_points()]
        return self._new_theme(keys)

    def split_theme(self, theme_id: int) -> int | None:
        """A new theme of the cards chosen in a theme's column."""
        column = self._columns.get(theme_id)
        keys = [p.key for p in column.view.selected_points()] if column is not None else []
        return self._new_theme(keys) if keys else None

    def _new_theme(self, keys: list[tuple[int, int]]) -> int | None:
        made: list[int] = []
        self._attempt(lambda: made.append(self.editor.add_theme(self.tr("Nytt tema"), keys)))
        column = self._columns.get(made[0]) if made else None
        if column is not None:
            self.themes_area.ensureWidgetVisible(column)
            column.edit_name()
        return made[0] if made else None

    def rename_theme(self, theme_id: int, name: str) -> None:
        if not self._attempt(lambda: self.editor.rename_theme(theme_id, name)):
            column = self._columns.get(theme_id)
            if column is not None:
                column.reset_name()

    def merge_themes(self, source_id: int, target_id: int) -> None:
        source, target = self._theme_name(source_id), self._theme_name(target_id)
        if self._attempt(lambda: self.editor.merge_themes(source_id, target_id)):
            self._notice(self.tr("«{source}» er slått sammen med «{target}». Angre med Ctrl+Z.").format(source=source, target=target))

    def _move_theme(self, theme_id: int, steps: int) -> None:
        position = next((k for k, t in enumerate(self.themes) if t.id == theme_id), 0) + steps
        self._attempt(lambda: self.editor.move_theme(theme_id, max(0, position)))

    def remove_theme(self, theme_id: int) -> None:
        name = self._theme_name(theme_id)
        if self._attempt(lambda: self.editor.remove_theme(theme_id)):
            self._notice(self.tr("Temaet «{name}» er fjernet; kortene er usortert igjen. Angre med Ctrl+Z.").format(name=name))

    def place(self, keys: tuple[tuple[int, int], ...], theme_id: int | None) -> None:
        self._attempt(lambda: self.editor.place(keys, theme_id))

    def _card_menu(self, view: PointView, theme_id: int | None, pos: QPoint) -> None:
        """Right click on cards: put them in a theme, take them out, or make a theme of them."""
        if not view.indexAt(pos).isValid():
            return
        keys = tuple(p.key for p in view.selected_points())
        menu = QMenu(self)
        into = menu.addMenu(self.tr("Legg i tema"))
        for theme in self.themes:
            if theme.id != theme_id:
                into.addAction(button_text(theme.name), partial(self.place, keys, theme.id))
        into.setEnabled(not into.isEmpty())
        if theme_id is not None:
            menu.addAction(self.tr("Ta ut av temaet"), partial(self.place, keys, None))
        menu.addAction(self.tr("Nytt tema av valgte kort"), partial(self._new_theme, list(keys)))
        self.run_menu(menu, view.viewport().mapToGlobal(pos))

    def run_menu(self, menu: QMenu, at: QPoint) -> None:
        """Show the menu until a choice is made (a test replaces this to choose)."""
        menu.exec(at)

    def _attempt(self, edit: Callable[[], object]) -> bool:
        try:
            edit()
        except KvadrantError as error:
            show_error(self, error)
            return False
        return True

    def _notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self._notice_timer.start()
        self.status_message.emit(text)

    def _show_error(self, error: KvadrantError) -> None:
        show_error(self, error)

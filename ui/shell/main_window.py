"""The main window: a header with the conference, a list of sections on the left, and the
section on the right; the start page when no conference is open."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.common.clock import Clock
from app.common.messages import KvadrantError
from ui.shell.conference_dialog import ConferenceDialog
from ui.shell.conference_session import ConferenceSession
from ui.evaluation.evaluation_view import EvaluationView
from ui.export.export_view import ExportView
from ui.shell.formatting import format_time
from ui.groups.groups_view import GroupsView
from ui.shell.i18n import LANGUAGES, LanguageInstaller
from ui.participants.import_dialog import ImportDialog, choose_roster_file
from ui.shell.messages import show_error
from ui.shell.new_conference_dialog import NewConferenceDialog
from ui.shell.next_day_dialog import make_next_day
from ui.participants.participants_view import ParticipantsView
from ui.plenum.plenum_view import PlenumView
from ui.programme.programme_view import ProgrammeView
from ui.referater.referater_view import ReferaterView
from ui.referater.referent_service import ReferentService
from ui.programme.run_keys import install_run_keys
from ui.shell.section_pages import ConferenceHeader, PlaceholderPage
from ui.shell.settings import Settings
from ui.shell.start_page import StartPage
from ui.shell.style import scaled_font
from ui.shell.changes import Changes
from ui.shell.retranslating import Retranslating

#: The sections in the navigation list: key and bokmål name.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("programme", QT_TRANSLATE_NOOP("MainWindow", "Program")),
    ("participants", QT_TRANSLATE_NOOP("MainWindow", "Deltakere")),
    ("groups", QT_TRANSLATE_NOOP("MainWindow", "Grupper")),
    ("minutes", QT_TRANSLATE_NOOP("MainWindow", "Referater")),
    ("plenum", QT_TRANSLATE_NOOP("MainWindow", "Plenum")),
    ("evaluation", QT_TRANSLATE_NOOP("MainWindow", "Evaluering")),
    ("export", QT_TRANSLATE_NOOP("MainWindow", "Eksport")),
)

_PLACEHOLDERS: dict[str, tuple[str, str]] = {}

FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Kvadrant-konferanser (*.kvadrant);;Alle filer (*)")


def _lower_first(text: str) -> str:
    """ "Legg til Kari Nordmann" -> "legg til Kari Nordmann" (names keep their capitals)."""
    return text[:1].lower() + text[1:]


class MainWindow(Retranslating, QMainWindow):
    def __init__(
        self,
        *,
        settings: Settings,
        session: ConferenceSession | None = None,
        languages: LanguageInstaller | None = None,
        demo_path: Callable[[], Path] | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = session if session is not None else ConferenceSession(self, clock=clock)
        self._languages = languages
        self._demo_path = demo_path
        self.setMinimumSize(QSize(1000, 620))

        # pages
        self.start_page = StartPage()
        self.header = ConferenceHeader()
        self.nav = QListWidget()
        self.sections = QStackedWidget()
        self.programme_view = ProgrammeView(self.session, settings=settings)
        self.participants_view = ParticipantsView(self.session)
        self.groups_view = GroupsView(self.session)
        self.referent_service = ReferentService(self.session, self)
        self.referater_view = ReferaterView(self.session, self.referent_service, settings=settings)
        self.plenum_view = PlenumView(self.session, settings=settings)
        self.evaluation_view = EvaluationView(self.session, settings=settings)
        self.export_view = ExportView(self.session)
        self.section_widgets: dict[str, QWidget] = {
            "programme": self.programme_view,
            "participants": self.participants_view,
            "groups": self.groups_view,
            "export": self.export_view,
        }
        self.section_widgets["minutes"] = self.referater_view
        self.section_widgets["plenum"] = self.plenum_view
        self.section_widgets["evaluation"] = self.evaluation_view
        for key, (title, text) in _PLACEHOLDERS.items():
            self.section_widgets[key] = PlaceholderPage("Placeholders", title, text)
        for key, _name in SECTIONS:
            self.sections.addWidget(self.section_widgets[key])
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        nav_font = scaled_font(self, 1.15)
        self.nav.setFont(nav_font)
        self.nav.setFixedWidth(190)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setStyleSheet(
            "QListWidget { background: palette(window); outline: 0; }"
            "QListWidget::item { padding: 9px 14px; border-radius: 5px; margin: 1px 6px; }"
            "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        )

        conference_page = QWidget()
        header_frame = QFrame()
        header_frame.setFrameShape(QFrame.Shape.NoFrame)
        header_layout = QVBoxLayout(header_frame)
        header_layout.setContentsMargins(20, 14, 20, 12)
        header_layout.addWidget(self.header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        nav_column = QVBoxLayout()
        nav_column.setContentsMargins(0, 12, 0, 12)
        nav_column.addWidget(self.nav)
        body.addLayout(nav_column)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        body.addWidget(separator)
        section_holder = QVBoxLayout()
        section_holder.setContentsMargins(16, 14, 16, 10)
        section_holder.addWidget(self.sections)
        body.addLayout(section_holder, 1)
        page_layout = QVBoxLayout(conference_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(header_frame)
        page_layout.addWidget(line)
        page_layout.addLayout(body, 1)
        self.conference_page = conference_page

        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(conference_page)
        self.setCentralWidget(self.pages)

        # status bar
        self.saved_label = QLabel()
        self.saved_label.setContentsMargins(0, 0, 12, 0)
        self.path_label = QLabel()
        self.path_label.setContentsMargins(0, 0, 6, 0)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.path_label)

        self._create_actions()
        self._create_menus()

        # wiring
        self.nav.currentRowChanged.connect(self.sections.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._section_shown)
        self.header.edit_requested.connect(self.edit_conference)
        self.start_page.new_requested.connect(self.new_conference)
        self.start_page.open_requested.connect(self.open_dialog)
        self.start_page.demo_requested.connect(self.open_demo)
        self.start_page.recent_chosen.connect(self.open_file)
        self.participants_view.status_message.connect(self.show_status)
        self.groups_view.status_message.connect(self.show_status)
        self.referater_view.status_message.connect(self.show_status)
        self.plenum_view.status_message.connect(self.show_status)
        self.evaluation_view.status_message.connect(self.show_status)
        self.session.file_opened.connect(self._file_opened)
        self.session.file_closed.connect(self._file_closed)
        self.session.changed.connect(self._changed)
        self.session.saved.connect(self._saved)
        self.session.undo_failed.connect(self._undo_failed)
        self.run_keys = install_run_keys(self, self.programme_view.controller)

        self._retranslate()
        self.restore_window()
        self._show_start_page()

    # -- actions and menus --------------------------------------------------------------------
    def _create_actions(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_conference)
        self.next_day_action = QAction(self)
        self.next_day_action.triggered.connect(self.next_day)
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_dialog)
        self.demo_action = QAction(self)
        self.demo_action.triggered.connect(self.open_demo)
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_roster)
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close_file)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        stack = self.session.undo_stack
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.redo_action.triggered.connect(stack.redo)
        stack.undoTextChanged.connect(self._update_undo_texts)
        stack.redoTextChanged.connect(self._update_undo_texts)
        stack.canUndoChanged.connect(self._update_undo_texts)
        stack.canRedoChanged.connect(self._update_undo_texts)
        self.conference_action = QAction(self)
        self.conference_action.triggered.connect(self.edit_conference)

        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)  # a language's own name is not translated
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == self.settings.language)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_group.triggered.connect(self._language_chosen)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.next_day_action)
        self.file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.groups_view.print_cards_menu_action)
        self.file_menu.addAction(self.groups_view.print_find_menu_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.conference_action)

        self.settings_menu = bar.addMenu("")
        self.language_menu = QMenu(self)
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.settings_menu.addMenu(self.language_menu)
        self.settings_menu.addMenu(self.programme_view.projector.screen_menu)

    def _retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Fil"))
        self.new_action.setText(self.tr("&Ny konferanse…"))
        self.next_day_action.setText(self.tr("Ny konferanse f&ra denne…"))
        self.open_action.setText(self.tr("&Åpne…"))
        self.recent_menu.setTitle(self.tr("Nylige &filer"))
        self.demo_action.setText(self.tr("Åpne &demo"))
        self.import_action.setText(self.tr("&Importer deltakerliste…"))
        self.close_action.setText(self.tr("&Lukk"))
        self.quit_action.setText(self.tr("&Avslutt"))
        self.edit_menu.setTitle(self.tr("&Rediger"))
        self.conference_action.setText(self.tr("&Konferanse…"))
        self.settings_menu.setTitle(self.tr("&Innstillinger"))
        self.language_menu.setTitle(self.tr("&Språk"))
        for row, (_key, name) in enumerate(SECTIONS):
            self.nav.item(row).setText(QCoreApplication.translate("MainWindow", name))
        self._update_undo_texts()
        self._update_title()
        self._update_actions()
        if self.session.is_open:
            self._refresh_conference()
            self.path_label.setText(str(self.session.path))
        self.start_page.set_recent_files(self.settings.recent_files())

    def _update_undo_texts(self, *args: object) -> None:
        stack = self.session.undo_stack
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            self.tr("&Angre {what}").format(what=_lower_first(undo_text)) if undo_text else self.tr("&Angre")
        )
        self.redo_action.setText(
            self.tr("&Gjør om {what}").format(what=_lower_first(redo_text)) if redo_text else self.tr("&Gjør om")
        )
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    def _update_actions(self) -> None:
        is_open = self.session.is_open
        for action in (self.import_action, self.close_action, self.conference_action, self.next_day_action):
            action.setEnabled(is_open)

    def _update_title(self) -> None:
        if not self.session.is_open:
            self.setWindowTitle(self.tr("Kvadrant"))
            return
        try:
            title = self.session.conference().title
        except KvadrantError:
            title = ""
        parts = ["Kvadrant", title or self.tr("(uten tittel)"), self.session.path.name if self.session.path else ""]
        self.setWindowTitle(" – ".join(p for p in parts if p))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.settings.recent_files()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number}  {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, chosen=path: self.open_file(chosen))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("Ingen nylige filer"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Tøm listen"))
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self.start_page.set_recent_files([])

    # -- files ---------------------------------------------------------------------------------
    def open_file(self, path: Path, *, quiet: bool = False) -> bool:
        """Open a conference file; a bad file is explained in a dialog (or, if quiet, only in
        the status bar) and leaves the current state as it was."""
        try:
            self.session.open(Path(path))
        except KvadrantError as error:
            if quiet:
                self.show_status(self.tr("Kunne ikke åpne {name}.").format(name=Path(path).name))
            else:
                show_error(self, error, title=self.tr("Kunne ikke åpne filen"))
            return False
        return True

    def open_dialog(self) -> None:
        folder = str(self.session.path.parent) if self.session.path else ""
        if not folder and self.settings.recent_files():
            folder = str(self.settings.recent_files()[0].parent)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Åpne konferanse"),
            folder,
            QCoreApplication.translate("MainWindow", FILE_FILTER),
        )
        if path:
            self.open_file(Path(path))

    def new_conference(self) -> None:
        dialog = NewConferenceDialog(self.session.create, today=self.session.clock.now().date(), parent=self)
        if dialog.exec():
            self.show_status(self.tr("Konferansen er opprettet."))

    def next_day(self) -> None:
        if make_next_day(self, self.session, self.open_file):
            self.show_status(self.tr("Den nye konferansen er laget og åpnet."))

    def open_demo(self) -> None:
        try:
            self.session.create_demo(self._demo_path() if self._demo_path else None)
        except KvadrantError as error:
            show_error(self, error, title=self.tr("Kunne ikke lage demokonferansen"))
            return
        self.show_status(self.tr("Demokonferansen er laget som en ny fil; endringer her rører ikke noe annet."))

    def import_roster(self, path: Path | None = None) -> None:
        if not self.session.is_open:
            return
        if path is None:
            path = choose_roster_file(self, str(self.session.path.parent) if self.session.path else "")
            if path is None:
                return
        dialog = ImportDialog(self.session, Path(path), self)
        if dialog.exec() and dialog.import_result is not None:
            result = dialog.import_result
            self.show_section("participants")
            self.show_status(
                self.tr("Importert: {new} nye, {updated} oppdatert.").format(
                    new=result.imported, updated=result.updated
                )
            )

    def close_file(self) -> None:
        self.session.close()
        self.settings.last_file = None

    def edit_conference(self) -> None:
        if not self.session.is_open:
            return
        try:
            info = self.session.conference()
        except KvadrantError as error:
            show_error(self, error)
            return
        ConferenceDialog(self.session, info, self).exec()

    # -- reacting to the session ----------------------------------------------------------------
    def _file_opened(self, path: Path) -> None:
        self.settings.add_recent_file(path)
        self.pages.setCurrentWidget(self.conference_page)
        self.path_label.setText(str(path))
        self.saved_label.setText("")
        self._refresh_conference()
        self._update_actions()
        self.show_section(self.settings.window_section)

    def _file_closed(self) -> None:
        self._show_start_page()

    def _show_start_page(self) -> None:
        if self.session.is_open:
            return
        self.header.set_info(None)
        self.path_label.setText("")
        self.saved_label.setText("")
        self.start_page.set_recent_files(self.settings.recent_files())
        self.pages.setCurrentWidget(self.start_page)
        self._update_title()
        self._update_actions()

    def _changed(self, changes: Changes) -> None:
        if changes.conference:
            self._refresh_conference()

    def _refresh_conference(self) -> None:
        if not self.session.is_open:
            return
        try:
            self.header.set_info(self.session.conference())
        except KvadrantError as error:
            self.header.set_info(None)
            show_error(self, error)
        self._update_title()

    def _saved(self, when: dt.datetime) -> None:
        self.saved_label.setText(self.tr("✓ Lagret kl. {time}").format(time=format_time(when.time())))

    def _undo_failed(self, error: KvadrantError) -> None:
        show_error(self, error, title=self.tr("Kunne ikke angre"))

    def _language_chosen(self, action: QAction) -> None:
        code = str(action.data())
        self.settings.language = code
        if self._languages is not None:
            self._languages.set_language(code)

    # -- sections and window -------------------------------------------------------------------
    def show_section(self, key: str) -> None:
        keys = [k for k, _name in SECTIONS]
        self.nav.setCurrentRow(keys.index(key) if key in keys else keys.index("participants"))

    def current_section(self) -> str:
        row = self.nav.currentRow()
        return SECTIONS[row][0] if 0 <= row < len(SECTIONS) else ""

    def _section_shown(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            self.settings.window_section = SECTIONS[row][0]

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def restore_window(self) -> None:
        geometry = self.settings.window_geometry
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        self.programme_view.close_projector()
        self.export_view.shutdown()
        self.evaluation_view.shutdown()
        self.plenum_view.shutdown()
        self.session.close()
        super().closeEvent(event)

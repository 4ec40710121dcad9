"""Grupper → "Tidligere konferanser…": the earlier conferences whose tables new plans avoid
repeating, and the municipalities renamed or merged since ("Førde" → "Sunnfjord"), so people are
matched across the series. Both live in the conference file; changing them is not undone with
Ctrl+Z (nothing in the plan moves), but it is announced, so the plan's repeat figures are counted
again at once.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from app.conference_file.aliases import aliases, remove_alias, set_alias
from app.conference_file.history import (
    HistoryEntry,
    add_history,
    history,
    look_for_moved,
    relocate_history,
    remove_history,
)
from app.groups.plans import GroupsChanged
from ui.groups.plan_warnings import WARNING_COLOR
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession
from ui.shell.formatting import format_date
from ui.shell.messages import confirm, show_error
from ui.shell.style import make_quiet

#: The columns of the list of earlier conferences.
TITLE, DATE, STATUS, PATH = range(4)


class HistoryDialog(QDialog):
    """The conference's history and municipality aliases, each change written at once."""

    def __init__(self, session: ConferenceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._entries: list[HistoryEntry] = []
        self.setWindowTitle(self.tr("Tidligere konferanser"))

        intro = QLabel(
            self.tr(
                "Nye bordplaner for 1. kvadrant unngår at de som har sittet sammen på disse konferansene, "
                "sitter sammen igjen. Folk kjennes igjen på navn og kommune."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Konferanse"), self.tr("Dato"), self.tr("Status"), self.tr("Fil")])
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        for column in (DATE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setColumnWidth(TITLE, 300)
        self.empty_label = QLabel(self.tr("Ingen tidligere konferanser ennå. Trykk «Legg til…» for å velge en fil."))
        self.empty_label.setWordWrap(True)
        make_quiet(self.empty_label)
        self.add_button = QPushButton(self.tr("Legg til…"))
        self.add_button.setToolTip(self.tr("Velg en tidligere konferansefil (*.kvadrant)"))
        self.find_button = QPushButton(self.tr("Finn igjen…"))
        self.find_button.setToolTip(self.tr("Si hvor en flyttet fil ligger nå"))
        self.remove_button = QPushButton(self.tr("Fjern"))
        self.remove_button.setToolTip(self.tr("Ikke bruk denne konferansen mer"))
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.add_button)
        history_buttons.addWidget(self.find_button)
        history_buttons.addWidget(self.remove_button)
        history_buttons.addStretch(1)
        history_box = QGroupBox(self.tr("Konferanser i serien"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(intro)
        history_layout.addWidget(self.list, 1)
        history_layout.addWidget(self.empty_label)
        history_layout.addLayout(history_buttons)

        aliases_intro = QLabel(
            self.tr("Kommuner som er slått sammen eller har fått nytt navn siden en tidligere konferanse.")
        )
        aliases_intro.setWordWrap(True)
        self.alias_list = QListWidget()
        self.alias_list.setMaximumHeight(110)
        self.old_edit = QLineEdit()
        self.old_edit.setPlaceholderText(self.tr("Gammelt navn, f.eks. Førde"))
        self.new_edit = QLineEdit()
        self.new_edit.setPlaceholderText(self.tr("Nytt navn, f.eks. Sunnfjord"))
        self.alias_add_button = QPushButton(self.tr("Legg til"))
        self.alias_remove_button = QPushButton(self.tr("Fjern"))
        alias_row = QHBoxLayout()
        alias_row.addWidget(self.old_edit, 1)
        alias_row.addWidget(QLabel("→"))
        alias_row.addWidget(self.new_edit, 1)
        alias_row.addWidget(self.alias_add_button)
        alias_row.addSpacing(12)
        alias_row.addWidget(self.alias_remove_button)
        aliases_box = QGroupBox(self.tr("Kommuner med nytt navn"))
        aliases_layout = QVBoxLayout(aliases_box)
        aliases_layout.addWidget(aliases_intro)
        aliases_layout.addWidget(self.alias_list)
        aliases_layout.addLayout(alias_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(history_box, 1)
        layout.addWidget(aliases_box)
        layout.addWidget(buttons)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a name field adds the alias, nothing else
        self.add_button.clicked.connect(self.add_file)
        self.find_button.clicked.connect(self.find_again)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(self._double_clicked)
        self.alias_add_button.clicked.connect(self.add_alias)
        self.new_edit.returnPressed.connect(self.add_alias)
        self.old_edit.textChanged.connect(self._update_buttons)
        self.new_edit.textChanged.connect(self._update_buttons)
        self.alias_list.currentItemChanged.connect(self._update_buttons)
        self.alias_remove_button.clicked.connect(self.remove_selected_alias)
        self.resize(860, 600)
        self.refresh()

    # -- showing ---------------------------------------------------------------------------------
    @property
    def entries(self) -> list[HistoryEntry]:
        return list(self._entries)

    def refresh(self) -> None:
        """Read the history and the aliases again, keeping the selected rows where they still are."""
        chosen = self.selected_entry()
        self._entries = history(self._session.db)
        self.list.clear()
        for entry in self._entries:
            item = QTreeWidgetItem(
                [entry.title, format_date(entry.date), self._status_text(entry), entry.path]
            )
            item.setToolTip(PATH, entry.path)
            item.setToolTip(TITLE, entry.title)
            if not entry.found:
                item.setForeground(STATUS, QBrush(WARNING_COLOR))
                item.setToolTip(STATUS, self.tr("Sist funnet her: {path}").format(path=entry.path))
            self.list.addTopLevelItem(item)
            if chosen is not None and entry.uid == chosen.uid:
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(self._entries))
        self.empty_label.setVisible(not self._entries)
        chosen_alias = self.selected_alias()
        self.alias_list.clear()
        for old, new in aliases(self._session.db).items():
            alias = QListWidgetItem(f"{old} → {new}")
            alias.setData(Qt.ItemDataRole.UserRole, old)
            self.alias_list.addItem(alias)
            if old == chosen_alias:
                self.alias_list.setCurrentItem(alias)
        self._update_buttons()

    def _status_text(self, entry: HistoryEntry) -> str:
        return self.tr("Funnet") if entry.found else "⚠ " + self.tr("Finner ikke filen")

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.find_button.setEnabled(entry is not None and not entry.found)
        self.remove_button.setEnabled(entry is not None)
        self.alias_add_button.setEnabled(bool(self.old_edit.text().strip() and self.new_edit.text().strip()))
        self.alias_remove_button.setEnabled(self.selected_alias() is not None)

    def selected_entry(self) -> HistoryEntry | None:
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def select(self, uid: str) -> None:
        row = next((i for i, e in enumerate(self._entries) if e.uid == uid), -1)
        item = self.list.topLevelItem(row) if row >= 0 else None
        if item is not None:
            self.list.setCurrentItem(item)

    def selected_alias(self) -> str | None:
        item = self.alias_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _changed(self) -> None:
        """Show the change here, and let the plan's figures count the repeats again."""
        self.refresh()
        self._session.announce(Changes(groups=GroupsChanged(kvadrant=None)))

    # -- the earlier conferences -----------------------------------------------------------------
    def _folder(self) -> str:
        path = self._session.path
        return str(path.parent) if path is not None else ""

    def _ask_for_file(self, title: str, folder: str) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self, title, folder, self.tr("Kvadrant-konferanser (*.kvadrant);;Alle filer (*)")
        )
        return Path(path) if path else None

    def add_file(self) -> None:
        path = self._ask_for_file(self.tr("Legg til en tidligere konferanse"), self._folder())
        if path is None:
            return
        try:
            entry = add_history(self._session.db, path)
        except KvadrantError as error:
            show_error(self, error, title=self.tr("Kan ikke bruke filen"))
            return
        self._changed()
        self.select(entry.uid)

    def remove_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if not confirm(
            self,
            title=self.tr("Fjern tidligere konferanse"),
            text=self.tr("Ta «{title}» ut av de tidligere konferansene?").format(title=entry.title or entry.path),
            informative_text=self.tr("Nye bordplaner tar da ikke hensyn til hvem som satt sammen der. Filen slettes ikke."),
            confirm_text=self.tr("Fjern"),
        ):
            return
        remove_history(self._session.db, entry.uid)
        self._changed()

    def _double_clicked(self, item: QTreeWidgetItem) -> None:
        entry = self.selected_entry()
        if entry is not None and not entry.found:
            self.find_again()

    def find_again(self) -> None:
        """A moved file: look in this conference's folder and where it was; else ask where it is."""
        entry = self.selected_entry()
        if entry is None or entry.found:
            return
        old_folder = Path(entry.path).parent
        folders = [old_folder]
        if self._session.path is not None:
            folders.insert(0, self._session.path.parent)
        found = look_for_moved(entry, folders)
        if found is None:
            start = str(old_folder) if old_folder.is_dir() else self._folder()
            found = self._ask_for_file(
                self.tr("Hvor ligger «{title}» nå?").format(title=entry.title or entry.path), start
            )
            if found is None:
                return
        try:
            relocate_history(self._session.db, entry.uid, found)
        except KvadrantError as error:
            show_error(self, error, title=self.tr("Kan ikke bruke filen"))
            return
        self._changed()

    # -- municipalities renamed ------------------------------------------------------------------
    def add_alias(self) -> None:
        old, new = self.old_edit.text(), self.new_edit.text()
        try:
            set_alias(self._session.db, old, new)
        except KvadrantError as error:
            show_error(self, error, title=self.tr("Kommuner med nytt navn"))
            return
        self.old_edit.clear()
        self.new_edit.clear()
        self.old_edit.setFocus()
        self._changed()

    def remove_selected_alias(self) -> None:
        old = self.selected_alias()
        if old is None:
            return
        remove_alias(self._session.db, old)
        self._changed()

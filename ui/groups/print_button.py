"""The "Skriv ut" button of the Grupper section and the two PDFs it writes from the plan shown:
table cards ("bordkort", one per table, with its group's QR code once the referent server is set
up) and the "Finn ditt bord" list for the door, saved where the facilitator chooses and then
offered to open. The same two actions, named for a menu, are what the main window puts in its Fil
menu. Its texts stay in the ``GroupsView`` translation context, where the English translation has
them.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QPushButton, QWidget

from app.common.messages import KvadrantError
from app.groups.plans import Plan
from app.arrival.hall_link import door_link
from app.referent.qr import card_links
from ui.shell.conference_session import ConferenceSession
from ui.shell.i18n import ui_language
from ui.shell.messages import confirm, show_error
from ui.shell.background import Background
from ui.shell.retranslating import Retranslating


class PrintButton(Retranslating, QPushButton):
    """The "Skriv ut" button with its menu: table cards or "Finn ditt bord", as PDF, of the plan it was handed."""

    #: "Lagret Bordkort 1. kvadrant.pdf." for the status bar.
    status_message = Signal(str)

    def __init__(self, session: ConferenceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._plan: Plan | None = None
        #: The PDFs are laid out off the GUI thread (a hundred cards take a moment).
        self._work = Background(self, name="kvadrant-print")
        self._work.finished.connect(self._written)
        self._work.failed.connect(self._failed)
        self._title = ""
        self.table_cards_action = QAction(self)
        self.find_table_action = QAction(self)
        #: The same two, named for the main window's Fil menu.
        self.print_cards_menu_action = QAction(self)
        self.print_find_menu_action = QAction(self)
        menu = QMenu(self)
        menu.addAction(self.table_cards_action)
        menu.addAction(self.find_table_action)
        self.setMenu(menu)
        self.table_cards_action.triggered.connect(self.print_table_cards)
        self.find_table_action.triggered.connect(self.print_find_your_table)
        self.print_cards_menu_action.triggered.connect(self.print_table_cards)
        self.print_find_menu_action.triggered.connect(self.print_find_your_table)
        self._retranslate()
        self.set_plan(None)

    def _retranslate(self) -> None:
        self.setText(QCoreApplication.translate("GroupsView", "Skriv ut"))
        self.table_cards_action.setText(QCoreApplication.translate("GroupsView", "Bordkort (PDF)…"))
        self.find_table_action.setText(QCoreApplication.translate("GroupsView", "Finn ditt bord (PDF)…"))
        self.print_cards_menu_action.setText(QCoreApplication.translate("GroupsView", "Skriv ut &bordkort…"))
        self.print_find_menu_action.setText(QCoreApplication.translate("GroupsView", "Skriv ut «&Finn ditt bord»…"))

    def set_plan(self, plan: Plan | None) -> None:
        """The plan to print from; with nobody seated there is nothing to print."""
        self._plan = plan
        has_plan = plan is not None and any(t.members for t in plan.tables)
        for action in (
            self.table_cards_action,
            self.find_table_action,
            self.print_cards_menu_action,
            self.print_find_menu_action,
        ):
            action.setEnabled(has_plan)
        self.setEnabled(has_plan)

    def printable_plan(self) -> Plan | None:
        """The plan to print: tables nobody sits at are left out."""
        plan = self._plan
        if plan is None:
            return None
        return replace(plan, tables=tuple(t for t in plan.tables if t.members))

    def print_table_cards(self) -> None:
        self._print("table_cards")

    def print_find_your_table(self) -> None:
        self._print("find_your_table")

    def _print(self, kind: str) -> None:
        plan = self.printable_plan()
        if plan is None or not self._session.is_open:
            return
        if kind == "table_cards":
            title = QCoreApplication.translate("GroupsView", "Lagre bordkort")
            name = QCoreApplication.translate("GroupsView", "Bordkort {kvadrant}. kvadrant.pdf")
        else:
            title = QCoreApplication.translate("GroupsView", "Lagre «Finn ditt bord»")
            name = QCoreApplication.translate("GroupsView", "Finn ditt bord {kvadrant}. kvadrant.pdf")
        folder = self._session.path.parent if self._session.path else Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            title,
            str(folder / name.format(kvadrant=plan.kvadrant)),
            QCoreApplication.translate("GroupsView", "PDF-filer (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        # Imported here, not at the top: reportlab takes a fifth of a second to load, kept off startup.
        from app.minutes import table_cards as table_cards_pdf

        writer = table_cards_pdf.write_table_cards if kind == "table_cards" else table_cards_pdf.write_find_your_table
        # Once the referent server has been set up, each card carries its group's QR code.
        extra: dict[str, object] = {}
        if kind == "table_cards":
            links = card_links(self._session.db, plan.kvadrant)
            extra = {"links": links} if links else {}
        elif (hall := door_link(self._session.db)) is not None:
            extra = {"hall_link": hall}  # the list by the door carries the participants' code
        conference, lang = self._session.conference(), ui_language()
        self._title = title
        self.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._work.run(lambda _progress: Path(writer(plan, conference, path, lang=lang, **extra)))

    def _failed(self, error: Exception) -> None:
        QApplication.restoreOverrideCursor()
        self.set_plan(self._plan)
        if not isinstance(error, KvadrantError):
            error = KvadrantError("file_io_error", path="", detail=str(error))
        show_error(self, error, title=QCoreApplication.translate("GroupsView", "Kunne ikke lage PDF-en"))

    def _written(self, written: Path) -> None:
        QApplication.restoreOverrideCursor()
        self.set_plan(self._plan)
        title = self._title
        self.status_message.emit(QCoreApplication.translate("GroupsView", "Lagret {name}.").format(name=written.name))
        if confirm(
            self,
            title=title,
            text=QCoreApplication.translate("GroupsView", "{name} er lagret.").format(name=written.name),
            informative_text=str(written.parent),
            confirm_text=QCoreApplication.translate("GroupsView", "Åpne PDF-en"),
            cancel_text=QCoreApplication.translate("GroupsView", "Lukk"),
        ):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

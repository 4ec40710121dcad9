"""The main window: start page, opening, the header, sections, recent files and language."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.conference_file.conference import get_conference
from app.roster.participants import list_participants
from app.conference_file.storage import ConferenceDb
from app.common.clock import FakeClock
from ui.shell.conference_dialog import ConferenceDialog
from ui.shell.conference_session import ConferenceSession
from ui.shell.main_window import MainWindow
from ui.shell.new_conference_dialog import NewConferenceDialog
from ui.shell.save_path_field import file_name_for, with_suffix
from ui.participants.participant_model import Column
from ui.shell.settings import Settings


def test_starts_on_the_start_page(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.start_page
    assert window.windowTitle() == "Kvadrant"
    assert not window.import_action.isEnabled()


def test_opening_shows_the_conference(window: MainWindow, demo_file: Path, settings: Settings) -> None:
    assert window.open_file(demo_file)
    assert window.pages.currentWidget() is window.conference_page
    assert window.windowTitle() == "Kvadrant – Dialogkonferanse 2 – demo.kvadrant"
    assert window.header.title_label.text() == "Dialogkonferanse 2"
    assert window.header.details_label.text() == "28. januar 2020 · Park Inn by Radisson Oslo Airport, Gardermoen"
    assert window.path_label.text() == str(demo_file)
    assert settings.recent_files() == [demo_file]
    assert settings.last_file == demo_file
    assert window.participants_view.model.rowCount() == 105
    assert window.programme_view.model.rowCount() == 11


def test_the_six_sections(window: MainWindow, demo_file: Path) -> None:
    window.open_file(demo_file)
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == ["Program", "Deltakere", "Grupper", "Referater", "Plenum", "Evaluering", "Eksport"]
    window.show_section("groups")
    assert window.sections.currentWidget() is window.section_widgets["groups"]
    assert window.settings.window_section == "groups"
    window.show_section("participants")
    assert window.sections.currentWidget() is window.participants_view


def test_closing_returns_to_the_start_page_with_the_file_in_recent(window: MainWindow, demo_file: Path, settings: Settings) -> None:
    window.open_file(demo_file)
    window.close_action.trigger()
    assert window.pages.currentWidget() is window.start_page
    assert not window.session.is_open
    assert settings.last_file is None
    assert window.start_page.recent_list.count() == 1
    window._fill_recent_menu()
    entries = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert entries[0].endswith("demo.kvadrant")
    window.recent_menu.actions()[0].trigger()
    assert window.session.path == demo_file


def test_double_click_on_a_recent_file_opens_it(window: MainWindow, demo_file: Path) -> None:
    window.open_file(demo_file)
    window.close_file()
    item = window.start_page.recent_list.item(0)
    window.start_page.recent_list.itemActivated.emit(item)
    assert window.session.path == demo_file


def test_editing_the_conference_updates_header_title_and_file(window: MainWindow, demo_file: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.open_file(demo_file)
    dialog = ConferenceDialog(window.session, window.session.conference(), window)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Dialogkonferanse 3")
    dialog.venue_edit.setText("Scandic Hamar")
    dialog.date_field.set_date(dt.date(2025, 3, 4))
    dialog.accept()
    assert window.header.title_label.text() == "Dialogkonferanse 3"
    assert window.header.details_label.text() == "4. mars 2025 · Scandic Hamar"
    assert window.windowTitle() == "Kvadrant – Dialogkonferanse 3 – demo.kvadrant"
    db = ConferenceDb.open(demo_file)
    try:
        assert get_conference(db).title == "Dialogkonferanse 3"
    finally:
        db.close()


def test_saved_feedback_in_the_status_bar(qtbot, settings: Settings, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(settings=settings, clock=FakeClock(dt.datetime(2020, 1, 28, 10, 32)))
    qtbot.addWidget(window)
    window.open_file(demo_file)
    assert window.saved_label.text() == ""
    view = window.participants_view
    view.model.setData(view.model.index(0, Column.EMAIL), "ny@example.no")
    assert window.saved_label.text() == "✓ Lagret kl. 10.32"
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Angre endre e-post"
    window.undo_action.trigger()
    assert view.model.rows[0].email != "ny@example.no"


def test_open_demo_makes_a_fresh_file(window: MainWindow, tmp_path: Path) -> None:
    window.demo_action.trigger()
    assert window.session.path == tmp_path / "ny-demo.kvadrant"
    assert window.participants_view.model.rowCount() == 105


def test_new_conference_dialog_creates_the_file(qtbot, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    session = ConferenceSession()
    dialog = NewConferenceDialog(session.create, today=dt.date(2026, 12, 6), folder=tmp_path)
    qtbot.addWidget(dialog)
    assert not dialog.create_button.isEnabled()
    dialog.title_edit.setText("Dialogkonferanse 3")
    assert dialog.path_edit.text() == str(tmp_path / "Dialogkonferanse 3.kvadrant")
    dialog.path_edit.setText(str(tmp_path / "innlandet"))
    dialog.date_field.set_date(dt.date(2025, 3, 4))
    dialog.venue_edit.setText("Hamar")
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("blank"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session.path == tmp_path / "innlandet.kvadrant"
    info = session.conference()
    assert (info.title, info.date, info.venue) == ("Dialogkonferanse 3", dt.date(2025, 3, 4), "Hamar")
    assert session.blocks() == []
    assert list_participants(session.db) == []
    session.close()


def test_new_conference_over_an_existing_file_is_refused(qtbot, tmp_path: Path, message_boxes, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    session = ConferenceSession()
    before = demo_file.read_bytes()
    dialog = NewConferenceDialog(session.create, today=dt.date(2026, 12, 6), folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("X")
    dialog.path_edit.setText(str(demo_file))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "finnes allerede" in message_boxes.texts[0]
    assert demo_file.read_bytes() == before
    assert not session.is_open


def test_file_names() -> None:
    assert with_suffix(Path("/a/b")) == Path("/a/b.kvadrant")
    assert with_suffix(Path("/a/b.KVADRANT")) == Path("/a/b.KVADRANT")
    assert with_suffix(Path("/a/b.v2")) == Path("/a/b.v2.kvadrant")
    assert file_name_for('Dialog: "3"/2025') == "Dialog 3 2025.kvadrant"
    assert file_name_for("") == "Konferanse.kvadrant"


def test_import_from_the_menu_goes_to_participants(window: MainWindow, demo_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.participants import import_dialog

    window.open_file(demo_file)
    window.show_section("programme")
    monkeypatch.setattr(import_dialog.ImportDialog, "exec", lambda self: (self.accept(), self.result())[1])
    roster = Path(__file__).resolve().parents[3] / "resources" / "demo" / "roster.csv"
    window.import_roster(roster)
    assert window.current_section() == "participants"
    assert "105 oppdatert" in window.statusBar().currentMessage()


def test_switching_language_retranslates_at_once(window: MainWindow, demo_file: Path, languages, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window._languages = languages
    window.open_file(demo_file)
    window.language_actions["en"].trigger()
    assert settings.language == "en"
    assert window.file_menu.title() == "&File"
    assert window.nav.item(1).text() == "Participants"
    assert window.header.details_label.text().startswith("28 January 2020")
    model = window.participants_view.model
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Name"
    assert window.participants_view.add_button.text() == "Add participant…"
    assert window.participants_view.counts_label.text().startswith("105 participants")
    window.language_actions["nb"].trigger()
    assert window.file_menu.title() == "&Fil"
    assert window.nav.item(1).text() == "Deltakere"


def test_english_from_the_start(qtbot, settings: Settings, languages) -> None:  # type: ignore[no-untyped-def]
    assert languages.set_language("en")
    window = MainWindow(settings=settings, languages=languages)
    qtbot.addWidget(window)
    assert window.file_menu.title() == "&File"
    assert window.start_page.new_button.text() == "New conference…"


def test_a_failed_undo_is_explained(window: MainWindow, demo_file: Path, message_boxes) -> None:  # type: ignore[no-untyped-def]
    window.open_file(demo_file)
    session = window.session
    session.add_participant(name="Kari Nordmann", municipality="Gjøvik")
    kari = next(p for p in session.participants() if p.name == "Kari Nordmann")
    session.remove_participants([kari.id])
    # someone with the same name and municipality arrives before the removal is undone
    from app.roster.participants import add_participant

    add_participant(session.db, name="Kari Nordmann", municipality="Gjøvik")
    session.undo_stack.undo()
    assert message_boxes.shown and message_boxes.shown[0]["icon"] == QMessageBox.Icon.Warning
    assert message_boxes.texts[0].startswith("Kan ikke angres: noe som er lagt til siden, står i veien")


def test_closing_the_window_closes_the_file_and_keeps_it_as_last(window: MainWindow, demo_file: Path, settings: Settings) -> None:
    window.show()
    window.open_file(demo_file)
    window.close()
    assert not window.session.is_open
    assert settings.last_file == demo_file
    assert not settings.window_geometry.isEmpty()

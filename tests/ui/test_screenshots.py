"""Screenshots of the key windows, saved to ``screenshots/`` (git-ignored) for a person to look at.

Rendered offscreen at a laptop's 1366×768. The assertions only check that each image was made;
the looking is done by a person.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.roster_import import Field
from ui.conference_dialog import ConferenceDialog
from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.new_conference_dialog import NewConferenceDialog
from ui.participant_dialog import AddParticipantDialog
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "screenshots"
DEMO_ROSTER = ROOT / "resources" / "demo" / "roster.csv"
MESSY = (
    "Påmeldingsliste dialogkonferanse Gardermoen;;;;\n"
    ";;;;\n"
    "Hvem;Hvor;Jobb;Kontakt;Notat\n"
    "Kari Nordmann;Hamar;rektor;kari@hamar.kommune.no;vegetar\n"
    "Ola Hansen;Ålesund;lærer;ola(at)alesund.no;\n"
    "Per Olsen;;eier;per@x.no;\n"
    "Æsa Berg;Tromsø;Veileder;aesa@krr.no;\n"
    "Lise Dahl;Bodø;Kultursjef;lise@bodo.no;kommer kl. 11\n"
)


def save(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def shown(window: MainWindow, demo_file: Path, tmp_path: Path) -> MainWindow:
    window.show()
    window.open_file(demo_file)
    return window


def test_start_page(qtbot, settings: Settings, tmp_path: Path, demo_template: Path) -> None:  # type: ignore[no-untyped-def]
    for name in ("Dialogkonferanse Innlandet 2025", "Gardermoen januar 2020", "Øvingsrunde"):
        path = tmp_path / "Konferanser" / f"{name}.kvadrant"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(demo_template.read_bytes())
        settings.add_recent_file(path)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert save(window, "01-start-page").stat().st_size > 0


def test_participants(shown: MainWindow) -> None:
    shown.show_section("participants")
    view = shown.participants_view
    absent = [p.id for p in view.model.rows[:4]]
    shown.session.set_present(absent, False)
    view.select_ids(absent[:2])
    assert save(shown, "02-participants").stat().st_size > 0
    view.search_edit.setText("hamar")
    assert save(shown, "03-participants-search").stat().st_size > 0


def test_programme(shown: MainWindow) -> None:
    shown.show_section("programme")
    shown.programme_view.table.selectRow(2)
    assert save(shown, "04-programme").stat().st_size > 0
    shown.programme_view.table.selectRow(10)
    assert save(shown, "05-programme-after-conference").stat().st_size > 0


def test_placeholder(shown: MainWindow) -> None:
    shown.show_section("groups")
    assert save(shown, "06-groups-placeholder").stat().st_size > 0


def test_import_preview(qtbot, shown: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(shown.session, DEMO_ROSTER, shown)
    qtbot.addWidget(dialog)
    dialog.show()
    assert save(dialog, "07-import-demo-roster").stat().st_size > 0

    messy = tmp_path / "påmeldte.csv"
    messy.write_text(MESSY, encoding="utf-8")
    dialog.load(messy)
    assert save(dialog, "08-import-messy-unmapped").stat().st_size > 0
    dialog.set_column_field(0, Field.NAME)
    dialog.set_column_field(1, Field.MUNICIPALITY)
    dialog.set_column_field(2, Field.ROLE)
    dialog.set_column_field(3, Field.EMAIL)
    assert save(dialog, "09-import-messy-mapped").stat().st_size > 0

    bad = tmp_path / "bilde.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    dialog.load(bad)
    assert save(dialog, "10-import-not-a-roster").stat().st_size > 0


def test_dialogs(qtbot, shown: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    new = NewConferenceDialog(shown.session.create, folder=tmp_path, parent=shown)
    qtbot.addWidget(new)
    new.title_edit.setText("Dialogkonferanse Innlandet")
    new.date_field.set_date(dt.date(2025, 3, 4))
    new.venue_edit.setText("Scandic Hamar")
    new.show()
    assert save(new, "11-new-conference").stat().st_size > 0

    edit = ConferenceDialog(shown.session, shown.session.conference(), shown)
    qtbot.addWidget(edit)
    edit.show()
    assert save(edit, "12-conference").stat().st_size > 0

    add = AddParticipantDialog(shown.session, municipalities=["Hamar"], parent=shown)
    qtbot.addWidget(add)
    add.show()
    assert save(add, "13-add-participant").stat().st_size > 0


def test_english(qtbot, shown: MainWindow, languages) -> None:  # type: ignore[no-untyped-def]
    shown._languages = languages
    shown.language_actions["en"].trigger()
    shown.show_section("participants")
    assert save(shown, "14-english-participants").stat().st_size > 0
    shown.show_section("programme")
    shown.programme_view.table.selectRow(2)
    assert save(shown, "15-english-programme").stat().st_size > 0
    shown.close_file()
    assert save(shown, "16-english-start-page").stat().st_size > 0

"""Screenshots of the key windows, saved to ``screenshots/`` (git-ignored) for a person to look at.

Rendered offscreen at a laptop's 1366×768. The assertions only check that each image was made;
the looking is done by a person.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.roster.importer import Field
from ui.shell.conference_dialog import ConferenceDialog
from ui.participants.import_dialog import ImportDialog
from ui.shell.main_window import MainWindow
from ui.shell.new_conference_dialog import NewConferenceDialog
from ui.participants.participant_dialog import AddParticipantDialog
from ui.shell.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
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
    shown.show_section("minutes")  # Grupper is no longer a placeholder (see 17-21)
    assert save(shown, "06-minutes-placeholder").stat().st_size > 0


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
    new = NewConferenceDialog(shown.session.create, today=dt.date(2026, 12, 6), folder=tmp_path, parent=shown)
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


def _groups(shown: MainWindow, *, kvadrant: int = 1):  # type: ignore[no-untyped-def]
    shown.show_section("groups")
    view = shown.groups_view
    view.set_kvadrant(kvadrant)
    shown.session.make_plan(kvadrant=kvadrant, size=6 if kvadrant == 1 else None, seed=7)
    return view


def _a_rule_break(shown: MainWindow, view) -> None:  # type: ignore[no-untyped-def]
    """Seat someone where their municipality already sits, so a card shows "2 fra …"."""
    for source in view.cards[3:]:
        for target in view.cards[3:]:
            here = {m.unit for m in target.table.members}
            person = next((m for m in source.table.members if source is not target and m.unit in here), None)
            if person is not None:
                shown.session.move_member(
                    kvadrant=1, participant_id=person.participant_id, from_group_id=source.table.id, to_group_id=target.table.id
                )
                return


def test_groups_kvadrant_1(shown: MainWindow) -> None:
    view = _groups(shown)
    first = view.cards[0].table
    shown.session.set_member_locked(
        kvadrant=1, group_id=first.id, participant_id=first.members[1].participant_id, locked=True
    )
    shown.session.set_group_locked(kvadrant=1, group_id=view.cards[2].table.id, locked=True)
    absent = view.cards[1].table.members[2]
    shown.session.set_present([absent.participant_id], False)
    _a_rule_break(shown, view)
    view.cards[0].view.setCurrentIndex(view.cards[0].model.index(3, 0))
    assert save(shown, "17-groups-kvadrant-1").stat().st_size > 0
    shown.resize(1920, 1080)
    assert save(shown, "18-groups-kvadrant-1-1920").stat().st_size > 0


def test_groups_check_in(shown: MainWindow) -> None:
    session = shown.session
    late = [p for p in session.participants() if p.municipality in ("Gjøvik", "Hamar")][:3]
    session.set_present([p.id for p in late], False)
    view = _groups(shown)
    session.make_plan(kvadrant=4, seed=7)
    view.show_checkin(True)
    for person in late:
        session.check_in(person.id, True, name=person.name)
    no_show = view.cards[6].table.members[2]
    session.check_in(no_show.participant_id, False, name=no_show.name)
    view.checkin_panel.search_edit.setText(late[-1].name.split()[0])
    assert save(shown, "19-groups-check-in").stat().st_size > 0


def test_groups_kvadrant_4(shown: MainWindow) -> None:
    shown.session.add_participant(name="Solveig Alene", municipality="Vardø", role="kulturskoleleder")
    view = _groups(shown, kvadrant=4)
    alone = next(c for c in view.cards if c.single)
    QApplication.processEvents()
    view.scroll.ensureWidgetVisible(alone, 0, 40)
    assert save(shown, "20-groups-kvadrant-4").stat().st_size > 0


def test_groups_english(qtbot, shown: MainWindow, languages) -> None:  # type: ignore[no-untyped-def]
    shown._languages = languages
    shown.language_actions["en"].trigger()
    session = shown.session
    late = session.participants()[20]
    session.set_present([late.id], False)
    view = _groups(shown)
    view.show_checkin(True)
    session.check_in(late.id, True, name=late.name)
    _a_rule_break(shown, view)
    assert save(shown, "21-english-groups").stat().st_size > 0

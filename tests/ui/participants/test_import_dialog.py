"""The roster import dialog: preview first, map unknown columns by hand, write only on Importer."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from app.roster.participants import list_participants
from app.roster.importer import Field
from app.conference_file.storage import ConferenceDb
from app.conference_file.templates import create_conference
from ui.shell.conference_session import ConferenceSession
from ui.participants.import_dialog import ImportDialog, PreviewColumn

DEMO_ROSTER = Path(__file__).resolve().parents[3] / "resources" / "demo" / "roster.csv"

MESSY = (
    "Påmeldingsliste dialogkonferanse;;;;\n"
    ";;;;\n"
    "Hvem;Hvor;Jobb;Kontakt;Notat\n"
    "Kari Nordmann;Hamar;rektor;kari@hamar.kommune.no;vegetar\n"
    "Ola Hansen;Ålesund;lærer;ola(at)alesund.no;\n"
    "Per Olsen;;eier;per@x.no;\n"
    "Æsa Berg;Tromsø;Veileder;aesa@krr.no;\n"
)


@pytest.fixture
def messy_roster(tmp_path: Path) -> Path:
    path = tmp_path / "påmeldte.csv"
    path.write_text(MESSY, encoding="utf-8")
    return path


@pytest.fixture
def blank_session(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    create_conference(tmp_path / "tom.kvadrant", title="Tom", template="blank").close()
    session = ConferenceSession()
    session.open(tmp_path / "tom.kvadrant")
    yield session
    session.close()


def names_in(path: Path) -> set[str]:
    db = ConferenceDb.open(path)
    try:
        return {p.name for p in list_participants(db)}
    finally:
        db.close()


def make_dialog(qtbot, session: ConferenceSession, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    return dialog


def test_preview_of_the_demo_roster_into_an_empty_conference(qtbot, blank_session: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, blank_session, DEMO_ROSTER)
    assert dialog.summary_text() == "105 nye · 0 oppdateres · 0 hoppes over"
    assert dialog.preview_model.rowCount() == 105
    assert dialog.preview_model.index(0, PreviewColumn.STATUS).data() == "Ny"
    assert dialog.import_button.isEnabled()
    assert [c.currentText() for c in dialog.column_combos] == [
        "Navn", "Kommune", "Rolle", "Kommunegruppe", "E-post", "Veileder for"
    ]
    assert names_in(blank_session.path) == set()  # the preview wrote nothing


def test_preview_against_the_demo_says_update(qtbot, session: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, session, DEMO_ROSTER)
    assert dialog.summary_text() == "0 nye · 105 oppdateres · 0 hoppes over"
    assert dialog.preview_model.index(0, PreviewColumn.STATUS).data() == "Oppdateres"


def test_unknown_headers_are_mapped_by_hand(qtbot, blank_session: ConferenceSession, messy_roster: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, blank_session, messy_roster)
    assert "linje 3" in dialog.header_info.text()
    assert all(c.currentText() == "Ignorer" for c in dialog.column_combos)
    assert not dialog.import_button.isEnabled()
    assert "Navn" in dialog.requirement_label.text() and "Kommune" in dialog.requirement_label.text()

    name_combo = dialog.column_combos[0]
    name_combo.setCurrentIndex(name_combo.findData(Field.NAME))
    assert not dialog.import_button.isEnabled()
    assert "Kommune" in dialog.requirement_label.text()
    assert "Navn" not in dialog.requirement_label.text()

    place_combo = dialog.column_combos[1]
    place_combo.setCurrentIndex(place_combo.findData(Field.MUNICIPALITY))
    assert dialog.import_button.isEnabled()
    assert dialog.summary_text() == "3 nye · 0 oppdateres · 1 hoppes over"
    assert any("Per Olsen" in dialog.warnings_list.item(i).text() for i in range(dialog.warnings_list.count()))

    # choosing Kommune for another column moves it there
    dialog.set_column_field(2, Field.MUNICIPALITY)
    assert dialog.column_combos[1].currentText() == "Ignorer"
    assert dialog.mapping == {Field.NAME: 0, Field.MUNICIPALITY: 2}
    dialog.set_column_field(1, Field.MUNICIPALITY)
    dialog.set_column_field(2, Field.ROLE)
    dialog.set_column_field(3, Field.EMAIL)

    assert names_in(blank_session.path) == set()
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.import_result is not None and dialog.import_result.imported == 3
    assert names_in(blank_session.path) == {"Kari Nordmann", "Ola Hansen", "Æsa Berg"}


def test_import_writes_and_announces_the_change(qtbot, blank_session: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, blank_session, DEMO_ROSTER)
    with qtbot.waitSignal(blank_session.changed) as changed:
        dialog.accept()
    assert len(changed.args[0].participants.added) == 105
    assert dialog.import_result is not None and dialog.import_result.imported == 105
    assert len(names_in(blank_session.path)) == 105


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "er tom"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "er ikke en deltakerliste"),
        ("Navn;Kommune\n\n".encode(), "ingen deltakere under overskriftene"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "gamle Excel-formatet"),
    ],
    ids=["empty", "binary", "headers-only", "old-xls"],
)
def test_a_file_that_is_not_a_roster_shows_the_message_and_writes_nothing(
    qtbot, session: ConferenceSession, tmp_path: Path, content: bytes, expected: str  # type: ignore[no-untyped-def]
) -> None:
    bad = tmp_path / "liste.csv"
    bad.write_bytes(content)
    before = names_in(session.path)
    dialog = make_dialog(qtbot, session, bad)
    dialog.show()
    assert dialog.error_label.isVisible()
    assert expected in dialog.error_label.text()
    assert "Forventet kolonner" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()
    dialog.accept()  # pressing Enter does nothing
    assert names_in(session.path) == before

"""The Deltakere section as a facilitator uses it: add, remove (after a confirmation), check in."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.common.messages import KvadrantError
from app.roster.participants import list_participants
from app.conference_file.storage import ConferenceDb
from ui.shell.conference_session import ConferenceSession
from ui.participants.participant_dialog import AddParticipantDialog
from ui.participants.participant_model import Column
from ui.participants.participants_view import ParticipantsView


def stored_names(path: Path) -> dict[str, bool]:
    db = ConferenceDb.open(path)
    try:
        return {p.name: p.present for p in list_participants(db)}
    finally:
        db.close()


def make_view(qtbot, session: ConferenceSession) -> ParticipantsView:  # type: ignore[no-untyped-def]
    view = ParticipantsView(session)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    return view


def select_names(view: ParticipantsView, *names: str) -> None:
    ids = [p.id for p in view.model.rows if p.name in names]
    view.select_ids(ids)


def test_counts_line(qtbot, session: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, session)
    assert view.counts_label.text() == "105 deltakere · 105 til stede · 32 kommuner · 4 veiledere"
    view.search_edit.setText("Hamar")
    assert view.counts_label.text().endswith("vises")


def test_add_participant_through_the_dialog(qtbot, session: ConferenceSession, demo_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, session)

    def fill_and_accept(dialog: AddParticipantDialog) -> int:
        assert not dialog.add_button.isEnabled()
        dialog.name_edit.setText("Kari Nordmann")
        dialog.municipality_edit.setText("Gjøvik")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("ressurslærer"))
        dialog.email_edit.setText("kari@gjovik.kommune.no")
        assert dialog.add_button.isEnabled()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AddParticipantDialog, "exec", fill_and_accept)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert "Kari Nordmann" in stored_names(demo_file)
    assert view.model.rowCount() == 106
    assert [view.model.participant(view.model.row_of(i)).name for i in view.selected_ids()] == ["Kari Nordmann"]
    assert view.counts_label.text().startswith("106 deltakere")


def test_adding_a_duplicate_keeps_the_dialog_open_with_a_message(qtbot, session: ConferenceSession, message_boxes) -> None:  # type: ignore[no-untyped-def]
    dialog = AddParticipantDialog(session, municipalities=[])
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Gro Nielsen")
    dialog.municipality_edit.setText("hamar")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert message_boxes.texts == ["Gro Nielsen (Hamar) finnes allerede."]


def test_remove_asks_first_and_says_how_many(qtbot, session: ConferenceSession, demo_file: Path, message_boxes) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, session)
    select_names(view, "Gro Nielsen", "Halvard Lunde", "Hilde Solberg")
    assert view.remove_button.isEnabled()

    message_boxes.answer = QMessageBox.StandardButton.Cancel
    view.remove_button.click()
    assert "Gro Nielsen" in stored_names(demo_file)
    assert "3 deltakere" in message_boxes.shown[0]["text"]
    assert "Fjern 3 deltakere" in message_boxes.shown[0]["buttons"]

    message_boxes.answer = QMessageBox.StandardButton.Yes
    view.remove_button.click()
    names = stored_names(demo_file)
    assert not {"Gro Nielsen", "Halvard Lunde", "Hilde Solberg"} & names.keys()
    assert view.model.rowCount() == 102

    session.undo_stack.undo()
    assert {"Gro Nielsen", "Halvard Lunde", "Hilde Solberg"} <= stored_names(demo_file).keys()
    assert view.model.rowCount() == 105


def test_mark_absent_and_present(qtbot, session: ConferenceSession, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, session)
    select_names(view, "Gro Nielsen", "Halvard Lunde")
    view.absent_button.click()
    names = stored_names(demo_file)
    assert (names["Gro Nielsen"], names["Halvard Lunde"]) == (False, False)
    assert "103 til stede" in view.counts_label.text()
    assert sorted(view.selected_ids()) == sorted(p.id for p in view.model.rows if p.name in ("Gro Nielsen", "Halvard Lunde"))

    view.presence_combo.setCurrentIndex(2)  # Fraværende
    assert view.proxy.rowCount() == 2
    view.present_button.click()
    assert stored_names(demo_file)["Gro Nielsen"] is True
    assert view.proxy.rowCount() == 0


def test_clicking_the_checkbox_toggles_presence(qtbot, session: ConferenceSession, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, session)
    view.search_edit.setText("Gro Nielsen")
    index = view.proxy.index(0, Column.PRESENT)
    assert view.proxy.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert stored_names(demo_file)["Gro Nielsen"] is False


def test_a_refused_inline_edit_shows_a_message(qtbot, session: ConferenceSession, message_boxes) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, session)
    view.search_edit.setText("Gro Nielsen")
    index = view.proxy.index(0, Column.MUNICIPALITY)
    assert not view.proxy.setData(index, "")
    qtbot.waitUntil(lambda: bool(message_boxes.shown))
    assert message_boxes.texts == ["Kommune må fylles ut."]
    assert view.proxy.index(0, Column.MUNICIPALITY).data() == "Hamar"


def test_a_full_disk_during_a_write_is_explained(qtbot, session: ConferenceSession, message_boxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, session)

    def disk_full(*args: object, **kwargs: object) -> None:
        raise KvadrantError("file_disk_full", path=str(session.path))

    monkeypatch.setattr("app.groups.plans.set_presence", disk_full)
    select_names(view, "Gro Nielsen")
    view.absent_button.click()
    assert len(message_boxes.shown) == 1
    assert message_boxes.shown[0]["text"].startswith("Disken er full")
    assert message_boxes.shown[0]["icon"] == QMessageBox.Icon.Warning


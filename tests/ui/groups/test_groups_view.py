"""The Grupper section as the facilitator uses it: making a plan, locking, undo and redo with the
window's shortcuts, check-in at the door, kommunegrupper, the figures line, printing and errors."""
from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ui.shell.conference_session import ConferenceSession
from ui.groups.groups_view import GroupsView
from ui.groups.merge_dialog import MergeDialog
from ui.shell.main_window import MainWindow
from ui.participants.participant_model import PARTICIPANT_ID_ROLE


@pytest.fixture
def view(qtbot, session: ConferenceSession) -> GroupsView:  # type: ignore[no-untyped-def]
    view = GroupsView(session)
    qtbot.addWidget(view)
    view.resize(1140, 620)
    return view


@pytest.fixture
def groups_window(window: MainWindow, demo_file: Path) -> MainWindow:
    window.open_file(demo_file)
    window.show_section("groups")
    return window


def statuses(view: GroupsView) -> list[str]:
    said: list[str] = []
    view.status_message.connect(said.append)
    return said


def test_one_click_makes_a_plan(view: GroupsView) -> None:
    said = statuses(view)
    assert view.make_button.text() == "Lag grupper"
    assert view.plan_stack.currentWidget() is view.empty_label
    view.make_button.click()
    assert view.plan is not None and view.plan.kvadrant == 1
    assert len(view.cards) == 18
    assert [c.title() for c in view.cards[:3]] == ["Bord 1", "Bord 2", "Bord 3"]
    assert view.make_button.text() == "Nytt forslag"
    assert view.plan_stack.currentWidget() is view.scroll
    assert said == ["Grupper for 1. kvadrant: 18 bord. Angre med Ctrl+Z."]
    view.make_button.click()
    assert said[-1] == "Nytt forslag for 1. kvadrant: 18 bord. Angre med Ctrl+Z."


def test_the_figures_line(view: GroupsView) -> None:
    assert view.figures_text() == "Ingen grupper ennå for 1. kvadrant."
    view.make_groups()
    f = view.plan.figures  # type: ignore[union-attr]
    assert (f.tables, f.smallest, f.largest) == (18, 5, 6)
    assert view.figures_text() == (
        f"18 bord à 5–6 · samme kommune ved bord: {f.same_unit_pairs} (minimum {f.same_unit_minimum})"
        f" · gjentatte par: {f.repeat_pairs} · roller utenfor: {f.roles_outside}"
        f" · veiledere per bord: {f.veiledere_fewest}–{f.veiledere_most}"
    )


def test_table_count_instead_of_size(view: GroupsView) -> None:
    view.set_table_count(10)
    view.make_groups()
    assert len(view.cards) == 10
    assert view.figures_text().startswith("10 bord à 10–11")


def test_locked_people_and_tables_keep_their_seats_on_a_new_proposal(qtbot, view: GroupsView) -> None:  # type: ignore[no-untyped-def]
    view.make_groups()
    person = view.cards[4].table.members[3]
    assert view.lock_member(view.cards[4].table.id, person.participant_id, True)
    assert view.cards[4].model.member(3).locked  # type: ignore[union-attr]
    locked_card = view.cards[7]
    qtbot.mouseClick(locked_card.lock_button, Qt.MouseButton.LeftButton)
    assert view.cards[7].table.locked and view.cards[7].lock_button.isChecked()
    seated = sorted(m.participant_id for m in view.cards[7].table.members)
    for _ in range(3):
        view.make_button.click()
        assert view.plan.table_of(person.participant_id).number == 5  # type: ignore[union-attr]
        # Everyone at the locked table stays there (the plan may seat one more to even the sizes).
        assert set(seated) <= {m.participant_id for m in view.card(8).table.members}  # type: ignore[union-attr]
        assert view.card(8).table.locked  # type: ignore[union-attr]


def test_undo_and_redo_a_move_with_the_window_shortcuts(qtbot, groups_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = groups_window.groups_view
    view.make_groups()
    source, target = view.cards[0], view.cards[5]
    person = source.table.members[1]
    data = source.model.mimeData([source.model.index(1, 0)])
    assert target.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert view.card(6).model.row_of(person.participant_id) == 0  # type: ignore[union-attr]
    assert groups_window.undo_action.text() == f"&Angre flytt {person.name} til bord 6"

    groups_window.undo_action.trigger()  # Ctrl+Z
    assert view.card(1).model.row_of(person.participant_id) == 1  # type: ignore[union-attr]
    assert view.card(6).model.row_of(person.participant_id) is None  # type: ignore[union-attr]
    assert groups_window.redo_action.shortcuts()[0].toString() == "Ctrl+Shift+Z"
    groups_window.redo_action.trigger()
    assert view.card(6).model.row_of(person.participant_id) == 0  # type: ignore[union-attr]


def test_undo_and_redo_a_new_plan(groups_window: MainWindow) -> None:
    view = groups_window.groups_view
    view.make_groups()
    first = view.plan.grouping_id  # type: ignore[union-attr]
    view.make_groups()
    second = view.plan.grouping_id  # type: ignore[union-attr]
    assert second != first
    groups_window.undo_action.trigger()
    assert view.plan.grouping_id == first  # type: ignore[union-attr]
    groups_window.undo_action.trigger()
    assert view.plan is None and view.make_button.text() == "Lag grupper"
    groups_window.redo_action.trigger()
    groups_window.redo_action.trigger()
    assert view.plan.grouping_id == second  # type: ignore[union-attr]


def test_a_late_arrival_is_checked_in_and_the_moves_are_said(session: ConferenceSession, view: GroupsView) -> None:
    late = [p for p in session.participants()][:3]
    session.set_present([p.id for p in late], False)
    view.make_groups()
    assert view.notice_bar.isHidden()
    view.show_checkin(True)
    panel = view.checkin_panel
    panel.search_edit.setText(late[0].name)
    assert panel.proxy.rowCount() == 1
    index = panel.proxy.index(0, 0)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert panel.proxy.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    assert not view.notice_bar.isHidden()
    text = view.moves_text()
    table = view.plan.table_of(late[0].id)  # type: ignore[union-attr]
    said = f"{late[0].name} ({late[0].municipality}) sjekket inn "
    assert said in text and f"→ bord {table.number}." in text  # type: ignore[union-attr]
    assert f"1. kvadrant: {late[0].name} →" not in text  # said once, not twice
    assert panel.proxy.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert f"bord {table.number}" in panel.proxy.index(0, 0).data()  # type: ignore[union-attr]
    assert panel.counts_label.text() == "103 av 105 til stede"

    # Enter in the search box checks in the only match; the bar keeps both, newest first.
    panel.search_edit.setText(late[1].name)
    panel.search_edit.returnPressed.emit()
    assert len(view.notice_bar.entries) == 2 and late[1].name in view.notice_bar.entries[0]
    # "Angre" takes the newest check-in back, and only while it is the last thing done.
    assert not view.notice_bar.undo_button.isHidden()
    view.notice_bar.undo_button.click()
    assert not next(p for p in session.participants() if p.id == late[1].id).present
    assert next(p for p in session.participants() if p.id == late[0].id).present
    assert view.notice_bar.undo_button.isHidden()
    view.notice_bar.close_button.click()
    assert view.notice_bar.isHidden() and view.notice_bar.entries == []


def test_a_no_show_is_taken_off_their_table(session: ConferenceSession, view: GroupsView) -> None:
    view.make_groups()
    card = view.cards[2]
    gone = card.table.members[0]
    menu = view.member_menu(card, 0)
    absent = next(a for a in menu.actions() if a.text() == "Marker fraværende")  # type: ignore[union-attr]
    absent.trigger()
    assert f"{gone.name} meldt fraværende " in view.moves_text()
    assert f"{gone.name} tatt ut av bord 3" in view.moves_text()
    assert view.plan.table_of(gone.participant_id) is None  # type: ignore[union-attr]


def test_check_in_keeps_the_participants_section_right(groups_window: MainWindow) -> None:
    view = groups_window.groups_view
    view.make_groups()
    participants = groups_window.participants_view
    row = participants.model.rows[0]
    view.set_present(row.id, False, name=row.name)
    assert participants.model.rows[0].present is False
    assert "104 til stede" in participants.counts_text()


def test_context_menu_sets_ordstyrer_and_referent_and_moves(view: GroupsView) -> None:
    view.make_groups()
    card = view.cards[0]
    last = len(card.table.members) - 1
    person = card.table.members[last]
    menu = view.member_menu(card, last)
    texts = [a.text() for a in menu.actions()]  # type: ignore[union-attr]
    assert texts[:2] == ["Lås plassen", ""]
    chair = next(a for a in menu.actions() if a.text() == "Ordstyrer")  # type: ignore[union-attr]
    chair.trigger()
    assert view.cards[0].table.ordstyrer_id == person.participant_id
    menu = view.member_menu(view.cards[0], last)
    referent = next(a for a in menu.actions() if a.text() == "Referent")  # type: ignore[union-attr]
    referent.trigger()
    table = view.cards[0].table
    assert table.referent_id == person.participant_id and table.ordstyrer_id is None

    menu = view.member_menu(view.cards[0], last)
    move = next(a.menu() for a in menu.actions() if a.text() == "Flytt til bord")  # type: ignore[union-attr]
    next(a for a in move.actions() if a.text().startswith("Bord 4 ")).trigger()
    assert view.card(4).model.row_of(person.participant_id) == view.card(4).model.rowCount() - 1  # type: ignore[union-attr]
    assert view.card(1).table.referent_id is None  # type: ignore[union-attr]


def test_speaking_order_by_keyboard(view: GroupsView) -> None:
    view.make_groups()
    card = view.cards[1]
    ids = card.model.participant_ids()
    assert view.move_in_order(card.table.id, ids[0], 1)
    assert view.card(2).model.participant_ids() == [ids[1], ids[0], *ids[2:]]  # type: ignore[union-attr]


def test_kvadrant_4_flags_a_group_of_one_and_merges_it(
    monkeypatch: pytest.MonkeyPatch, session: ConferenceSession, view: GroupsView
) -> None:
    session.add_participant(name="Solveig Alene", municipality="Vardø", role="kulturskoleleder")
    view.k4_button.click()
    assert view.kvadrant == 4 and view.k1_options.isHidden()
    view.make_groups()
    titles = [c.title() for c in view.cards]
    assert "Sunnfjord" in titles and "Vardø" in titles
    alone = next(c for c in view.cards if c.title() == "Vardø")
    assert alone.single and not alone.merge_button.isHidden()
    assert "Bare én deltaker" in alone.problems_label.text()
    assert not next(c for c in view.cards if c.title() == "Tromsø").single
    assert "1 med bare én deltaker" in view.figures_text()
    assert "Gruppe" in view.warnings_label.text() and "Vardø" in view.warnings_label.text()

    def choose_tromso(dialog: MergeDialog) -> int:
        row = next(i for i in range(dialog.list.count()) if dialog.list.item(i).text().startswith("Tromsø"))
        dialog.list.setCurrentRow(row)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(MergeDialog, "exec", choose_tromso)
    solveig = alone.table.members[0].participant_id
    alone.merge_button.click()
    # One group now, named after both (a kommunegruppe of several municipalities).
    assert "Vardø" not in [c.title() for c in view.cards]
    tromso = next(c for c in view.cards if c.title() == "Tromsø + Vardø")
    assert tromso.model.row_of(solveig) is not None
    assert "med bare én" not in view.figures_text()

    session.undo_stack.undo()
    assert next(c for c in view.cards if c.title() == "Vardø").model.row_of(solveig) == 0


def test_a_veileder_in_several_groups_is_edited_where_clicked(view: GroupsView) -> None:
    view.set_kvadrant(4)
    view.make_groups()
    veileder = next(m for c in view.cards for m in c.table.members if m.role == "veileder")
    cards = view.cards_of(veileder.participant_id)
    assert len(cards) > 1
    second = cards[1]
    assert view.lock_member(second.table.id, veileder.participant_id, True)
    assert view.card_for_group(second.table.id).table.member(veileder.participant_id).locked  # type: ignore[union-attr]
    assert not view.card_for_group(cards[0].table.id).table.member(veileder.participant_id).locked  # type: ignore[union-attr]


def test_switching_kvadrant_keeps_each_plan(view: GroupsView) -> None:
    view.make_groups()
    view.set_kvadrant(4)
    assert view.plan is None and view.make_button.text() == "Lag grupper"
    view.make_groups()
    view.set_kvadrant(1)
    assert view.plan is not None and view.plan.kvadrant == 1 and len(view.cards) == 18


def test_printing_table_cards_writes_the_current_plan(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, view: GroupsView, message_boxes  # type: ignore[no-untyped-def]
) -> None:
    """Only the save dialog and the PDF viewer are stood in for; the real PDF is written."""
    assert not view.table_cards_action.isEnabled()
    view.make_groups()
    assert view.table_cards_action.isEnabled() and view.print_cards_menu_action.isEnabled()
    asked: list[str] = []

    def save_as(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "kort"), filters

    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    message_boxes.answer = QMessageBox.StandardButton.Yes
    said = statuses(view)
    view.table_cards_action.trigger()
    qtbot.waitUntil(lambda: bool(said))  # laid out off the GUI thread

    assert Path(asked[0]).name == "Bordkort 1. kvadrant.pdf"
    written = tmp_path / "kort.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    pages = [page.extract_text() for page in pypdf.PdfReader(str(written)).pages]
    assert len(pages) == 18  # one card per table
    assert view.plan.tables[0].members[0].name in pages[0]  # type: ignore[union-attr]
    assert said == ["Lagret kort.pdf."]
    assert message_boxes.shown[-1]["text"] == "kort.pdf er lagret."
    assert opened == [str(written)]


def test_printing_find_your_table_and_not_opening_it(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, view: GroupsView, message_boxes  # type: ignore[no-untyped-def]
) -> None:
    view.set_kvadrant(4)
    view.make_groups()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "finn.pdf"), ""))
    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    view.find_table_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.shown))
    written = tmp_path / "finn.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(written)).pages)
    assert "Dialogkonferanse 2 · 4. kvadrant" in text
    assert view.plan.tables[0].members[0].name in text  # type: ignore[union-attr]
    assert opened == []


def test_a_pdf_that_cannot_be_written_is_explained(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, view: GroupsView, message_boxes  # type: ignore[no-untyped-def]
) -> None:
    missing = tmp_path / "borte" / "kort.pdf"  # a folder that is not there
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(missing), ""))
    view.make_groups()
    view.print_table_cards()
    qtbot.waitUntil(lambda: bool(message_boxes.shown))
    assert message_boxes.shown[-1]["title"] == "Kunne ikke lage PDF-en"
    assert message_boxes.texts[-1].startswith(f"Kunne ikke lese eller skrive {missing}")
    assert "Traceback" not in message_boxes.shown[-1]["details"]
    assert not missing.parent.exists()


def test_too_many_tables_is_explained_not_raised(view: GroupsView, message_boxes) -> None:
    view.set_table_count(200)
    view.make_groups()
    assert message_boxes.shown[0]["title"] == "Kunne ikke lage grupper"
    assert message_boxes.texts == ["200 bord er flere enn de 105 deltakerne som er til stede."]
    assert view.plan is None


def test_nobody_present_is_explained(session: ConferenceSession, view: GroupsView, message_boxes) -> None:
    session.set_present([p.id for p in session.participants()], False)
    view.make_groups()
    assert message_boxes.texts == [
        "Ingen deltakere er til stede; importer eller sjekk inn deltakere først."
    ]


def test_a_missing_earlier_conference_stops_the_plan_with_its_name(
    tmp_path: Path, session: ConferenceSession, view: GroupsView, message_boxes
) -> None:
    from app.conference_file.history import add_history
    from app.roster.demo import create_demo

    earlier = tmp_path / "Dialogkonferanse 1.kvadrant"
    create_demo(earlier).close()
    add_history(session.db, earlier)
    earlier.rename(tmp_path / "flyttet.kvadrant")
    view.make_groups()
    assert view.plan is None
    assert "Tidligere konferanser" in message_boxes.texts[-1] and "Dialogkonferanse" in message_boxes.texts[-1]


def test_the_checkin_list_searches_and_filters(session: ConferenceSession, view: GroupsView) -> None:
    view.show_checkin(True)
    panel = view.checkin_panel
    assert not panel.isHidden() and view.checkin_button.isChecked()
    first = session.participants()[0]
    session.set_present([first.id], False)
    panel.presence_combo.setCurrentIndex(2)  # Fraværende
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data(PARTICIPANT_ID_ROLE) == first.id
    panel.presence_combo.setCurrentIndex(0)
    panel.search_edit.setText("hamar")
    found = {panel.proxy.index(r, 0).data().split("\n")[1] for r in range(panel.proxy.rowCount())}
    assert found == {"Hamar", "Norsk kulturskoleråd"}  # the veileder for Hamar too
    view.checkin_button.click()
    assert panel.isHidden()


def test_english(view: GroupsView, languages) -> None:  # type: ignore[no-untyped-def]
    view.make_groups()
    languages.set_language("en")
    assert view.make_button.text() == "New proposal"
    assert view.cards[0].title() == "Table 1"
    assert view.figures_text().startswith("18 tables of 5–6 · same municipality at a table:")


def test_a_drop_on_a_card_lands_where_it_was_dropped(qtbot, view: GroupsView) -> None:  # type: ignore[no-untyped-def]
    """The card's list view hands a drop to its model with the row under the mouse."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    view.show()
    view.make_groups()
    source, target = view.cards[0], view.cards[1]
    person = source.table.members[0]
    qtbot.waitUntil(lambda: target.view.visualRect(target.model.index(2, 0)).height() > 0)
    rect = target.view.visualRect(target.model.index(2, 0))
    data = source.model.mimeData([source.model.index(0, 0)])
    event = QDropEvent(
        QPointF(rect.center().x(), rect.top() + 3),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setDropAction(Qt.DropAction.MoveAction)
    target.view.dropEvent(event)
    assert view.card(2).model.row_of(person.participant_id) == 2  # type: ignore[union-attr]
    assert view.card(1).model.row_of(person.participant_id) is None  # type: ignore[union-attr]

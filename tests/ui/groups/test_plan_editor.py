"""The plan editor on its own, over a card grid: each hand edit reaches the file through the session,
the right-click menus offer what fits the person and the kvadrant, and a refused edit is explained."""
from __future__ import annotations

from typing import Callable

import pytest
from PySide6.QtWidgets import QDialog, QMenu

from app.groups.plans import Plan
from ui.groups.card_grid import CardGrid
from ui.groups.merge_dialog import MergeDialog
from ui.groups.plan_editor import PlanEditor
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession

Show = Callable[[Plan | None], None]


@pytest.fixture
def editor(session: ConferenceSession, grid: CardGrid, show: Show) -> PlanEditor:
    """An editor over a grid that is handed the plan again after each change, as the section does."""

    def refresh(changes: Changes) -> None:
        plan = session.plan(grid.kvadrant)
        if plan is not None:
            show(plan)

    session.changed.connect(refresh)
    return PlanEditor(session, grid, parent=grid)


@pytest.fixture
def k1(grid: CardGrid, k1_plan: Plan, show: Show) -> CardGrid:
    show(k1_plan)
    return grid


def texts(menu: QMenu | None) -> list[str]:
    assert menu is not None
    return [action.text() for action in menu.actions()]


def test_ordstyrer_and_referent_are_two_people(session: ConferenceSession, editor: PlanEditor, k1: CardGrid) -> None:
    table = k1.cards[0].table
    pid = table.members[2].participant_id
    assert editor.set_referent(table.id, pid)
    assert editor.set_ordstyrer(table.id, pid)
    stored = session.plan(1).table(table.number)  # type: ignore[union-attr]
    assert stored.ordstyrer_id == pid and stored.referent_id is None  # type: ignore[union-attr]
    assert k1.cards[0].view.currentIndex().row() == 2  # the person stays selected


def test_locking_a_seat_and_a_table(session: ConferenceSession, editor: PlanEditor, k1: CardGrid) -> None:
    card = k1.cards[1]
    pid = card.table.members[0].participant_id
    assert editor.lock_member(card.table.id, pid, True)
    assert session.undo_stack.undoText() == f"Lås {card.table.member(pid).name}"  # type: ignore[union-attr]
    editor.card_lock_toggled(card, True)
    assert k1.cards[1].table.locked and k1.cards[1].table.member(pid).locked  # type: ignore[union-attr]


def test_moving_to_another_table_and_in_the_speaking_order(editor: PlanEditor, k1: CardGrid) -> None:
    source, target = k1.cards[0], k1.cards[3]
    ids = source.model.participant_ids()
    assert not editor.move_to_table(source.table.id, ids[0], source.table.id)
    assert editor.move_to_table(source.table.id, ids[0], target.table.id)
    assert target.model.participant_ids()[-1] == ids[0] and source.model.row_of(ids[0]) is None
    assert editor.move_in_order(source.table.id, ids[2], -1)
    assert source.model.participant_ids()[:2] == [ids[2], ids[1]]


def test_the_member_menu_in_1_kvadrant(editor: PlanEditor, k1: CardGrid) -> None:
    card = k1.cards[0]
    menu = editor.member_menu(card, 0)
    assert texts(menu) == [
        "Lås plassen", "", "Ordstyrer", "Referent", "",
        "Flytt opp i talerekkefølgen", "Flytt ned i talerekkefølgen", "Flytt til bord", "", "Marker fraværende",
    ]  # fmt: skip
    up = next(a for a in menu.actions() if a.text() == "Flytt opp i talerekkefølgen")  # type: ignore[union-attr]
    assert not up.isEnabled()  # already first
    move = next(a.menu() for a in menu.actions() if a.text() == "Flytt til bord")  # type: ignore[union-attr]
    assert len(move.actions()) == 17 and move.actions()[0].text() == "Bord 2 (6)"
    assert editor.member_menu(card, 99) is None
    assert texts(editor.card_menu(card)) == ["Lås bordet"]


def test_a_kommunegruppe_of_one_is_merged_from_its_menu(
    monkeypatch: pytest.MonkeyPatch, editor: PlanEditor, grid: CardGrid, k4_plan: Plan, show: Show, qtbot  # type: ignore[no-untyped-def]
) -> None:
    show(k4_plan)
    alone = next(card for card in grid.cards if card.single)
    assert texts(editor.card_menu(alone)) == ["Lås bordet", "Slå sammen med…"]
    assert texts(editor.member_menu(alone, 0))[-1] == "Slå sammen med…"

    def choose_tromso(dialog: MergeDialog) -> int:
        row = next(i for i in range(dialog.list.count()) if dialog.list.item(i).text().startswith("Tromsø"))
        dialog.list.setCurrentRow(row)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(MergeDialog, "exec", choose_tromso)
    solveig = alone.table.members[0].participant_id
    tromso = next(card for card in grid.cards if card.title() == "Tromsø").table.id
    with qtbot.waitSignal(editor.status_message) as said:
        editor.merge_with_dialog(alone)
    assert said.args == ["Vardø sitter nå sammen med Tromsø. Angre med Ctrl+Z."]
    assert grid.card_for_group(tromso).model.row_of(solveig) is not None  # type: ignore[union-attr]


def test_a_refused_edit_is_explained(editor: PlanEditor, k1: CardGrid, message_boxes) -> None:  # type: ignore[no-untyped-def]
    card = k1.cards[0]
    assert not editor.move_to_table(card.table.id, card.table.members[0].participant_id, 999_999)
    assert message_boxes.shown[-1]["title"] == "Endringen ble ikke lagret"
    assert message_boxes.texts[-1] == "Gruppen finnes ikke lenger."

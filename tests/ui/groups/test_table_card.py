"""One table card on its own: what it shows for a table (title, size, lock, rule breaks, members
drawn two lines each), a kommunegruppe of one, and what it asks of the section by signal."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from app.common.messages import Message
from app.groups.plans import Plan, Table
from ui.groups.table_card import TableCard
from ui.shell.conference_session import ConferenceSession


def make_card(qtbot, session: ConferenceSession, table: Table, *, kvadrant: int = 1) -> TableCard:  # type: ignore[no-untyped-def]
    card = TableCard(session, table, kvadrant=kvadrant)
    qtbot.addWidget(card)
    card.resize(260, 420)
    return card


def test_a_card_shows_its_table(qtbot, session: ConferenceSession, k1_plan: Plan) -> None:  # type: ignore[no-untyped-def]
    table = k1_plan.tables[0]
    card = make_card(qtbot, session, table)
    assert (card.title(), card.short_name()) == ("Bord 1", "bord 1")
    assert card.title_label.text() == "Bord 1"
    assert card.size_label.text() == "6 personer"
    assert card.model.participant_ids() == [m.participant_id for m in table.members]
    assert not card.lock_button.isChecked()
    assert card.lock_button.toolTip().startswith("Lås bordet: alle her beholder plassen")
    assert card.problems_label.isHidden() and card.merge_button.isHidden()
    # Tall enough for everyone: the grid scrolls, not the card.
    assert card.view.height() == 6 * card.view.row_height() + 6


def test_a_locked_table_with_a_rule_break(qtbot, session: ConferenceSession, k1_plan: Plan) -> None:  # type: ignore[no-untyped-def]
    table = replace(k1_plan.tables[1], locked=True, problems=(Message("table_same_unit", {"count": 2, "unit": "Gjøvik"}),))
    card = make_card(qtbot, session, table)
    assert card.lock_button.isChecked()
    assert card.lock_button.toolTip().startswith("Bordet er låst")
    assert not card.problems_label.isHidden() and "⚠ 2 fra Gjøvik" in card.problems_label.text()
    assert "#2f5f8f" in card.styleSheet()  # the locked card's blue border


def test_an_empty_table_invites_a_drop(qtbot, session: ConferenceSession, k1_plan: Plan) -> None:  # type: ignore[no-untyped-def]
    card = make_card(qtbot, session, replace(k1_plan.tables[2], members=()))
    assert card.size_label.text() == "0 personer"
    assert card.view.empty_text == "Ingen her – dra noen hit"
    assert card.view.height() == card.view.row_height() + 6  # one row's room to drop on


def test_a_kommunegruppe_of_one(qtbot, session: ConferenceSession, k4_plan: Plan) -> None:  # type: ignore[no-untyped-def]
    alone = next(t for t in k4_plan.tables if t.label == "Vardø")
    card = make_card(qtbot, session, alone, kvadrant=4)
    card.set_table(alone, single=True)
    assert card.title() == "Vardø" and card.title_label.toolTip() == f"Gruppe {alone.number}"
    assert card.size_label.text() == "1 person"
    assert "Bare én deltaker – slå sammen med en annen gruppe." in card.problems_label.text()
    assert not card.merge_button.isHidden() and card.merge_button.text() == "Slå sammen med…"
    with qtbot.waitSignal(card.merge_requested) as merge:
        card.merge_button.click()
    assert merge.args == [card]


def test_the_lock_button_asks_and_leaves_the_answer_to_the_plan(qtbot, session: ConferenceSession, k1_plan: Plan) -> None:  # type: ignore[no-untyped-def]
    card = make_card(qtbot, session, k1_plan.tables[0])
    with qtbot.waitSignal(card.lock_toggled) as lock:
        qtbot.mouseClick(card.lock_button, Qt.MouseButton.LeftButton)
    assert lock.args == [card, True]
    assert not card.lock_button.isChecked()  # until the plan comes back locked


def test_a_right_click_on_a_member_or_beside_them(qtbot, session: ConferenceSession, k1_plan: Plan) -> None:  # type: ignore[no-untyped-def]
    card = make_card(qtbot, session, k1_plan.tables[0])
    card.show()
    on_second_row = card.view.visualRect(card.model.index(1, 0)).center()
    with qtbot.waitSignal(card.member_menu_requested) as member:
        card.view.customContextMenuRequested.emit(on_second_row)
    assert member.args[0] is card and member.args[1].row() == 1
    with qtbot.waitSignal(card.card_menu_requested) as whole:
        card.customContextMenuRequested.emit(QPoint(4, 4))
    assert whole.args[0] is card


def test_alt_down_moves_someone_down_the_speaking_order(qtbot, session: ConferenceSession, k1_plan: Plan) -> None:  # type: ignore[no-untyped-def]
    table = k1_plan.tables[0]
    card = make_card(qtbot, session, table)
    first, second = table.members[0].participant_id, table.members[1].participant_id
    card.select(first)
    qtbot.keyClick(card.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    stored = session.plan(1).table(1)  # type: ignore[union-attr]
    assert [m.participant_id for m in stored.members[:2]] == [second, first]  # type: ignore[union-attr]


def test_the_rows_show_ordstyrer_and_referent(qtbot, session: ConferenceSession, k1_plan: Plan) -> None:  # type: ignore[no-untyped-def]
    """The delegate draws the O and R badges in the card's blue; an unmarked card has none."""
    table = k1_plan.tables[0]
    badge = QColor("#2f5f8f").rgb()

    def blue_pixels(shown: Table) -> int:
        card = make_card(qtbot, session, shown)
        image = card.grab().toImage()
        return sum(image.pixel(x, y) == badge for x in range(image.width()) for y in range(image.height()))

    assert table.ordstyrer_id is not None and table.referent_id is not None  # the plan chose them
    assert blue_pixels(table) > 20
    assert blue_pixels(replace(table, ordstyrer_id=None, referent_id=None)) == 0

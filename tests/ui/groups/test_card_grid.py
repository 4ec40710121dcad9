"""The card grid on its own: as many columns as the width allows, one card per table kept from one
plan to the next (so a refresh redraws only what changed), and cards of gone tables taken away."""
from __future__ import annotations

from typing import Callable

from app.groups.plans import Plan
from ui.groups.card_grid import CARD_MIN_WIDTH, CARD_SPACING, CardGrid, CardScrollArea
from ui.groups.table_card import TableCard
from ui.shell.conference_session import ConferenceSession

Show = Callable[[Plan | None], None]


def position(grid: CardGrid, k: int) -> tuple[int, int]:
    layout = grid.layout()
    row, column, _rows, _columns = layout.getItemPosition(layout.indexOf(grid.cards[k]))  # type: ignore[union-attr]
    return row, column


def test_the_columns_follow_the_width(grid: CardGrid, k1_plan: Plan, show: Show) -> None:
    show(k1_plan)
    assert len(grid.cards) == 18 and grid.kvadrant == 1
    for width, columns in ((200, 1), (4 * (CARD_MIN_WIDTH + CARD_SPACING), 4), (1600, 6)):
        grid.set_available_width(width)
        assert grid.columns == columns
    assert position(grid, 0) == (0, 0) and position(grid, 5) == (0, 5) and position(grid, 6) == (1, 0)


def test_the_scroll_area_sets_the_scroll_bar_aside(qtbot, session: ConferenceSession, k1_plan: Plan) -> None:  # type: ignore[no-untyped-def]
    grid = CardGrid(lambda table, kvadrant: TableCard(session, table, kvadrant=kvadrant))
    scroll = CardScrollArea(grid)  # owns the grid from here on
    qtbot.addWidget(scroll)
    grid.show_tables(k1_plan.tables, kvadrant=1)
    scroll.resize(1140, 600)
    scroll.show()
    qtbot.waitUntil(lambda: grid.columns > 0)
    free = 1140 - scroll.verticalScrollBar().sizeHint().width()
    assert grid.columns == (free - 4 + CARD_SPACING) // (CARD_MIN_WIDTH + CARD_SPACING) == 4


def test_a_new_plan_keeps_the_cards_and_hands_them_their_tables(
    session: ConferenceSession, grid: CardGrid, k1_plan: Plan, show: Show
) -> None:
    show(k1_plan)
    before = grid.cards
    first = k1_plan.tables[0]
    session.set_group_locked(kvadrant=1, group_id=first.id, locked=True)
    show(session.plan(1))
    assert grid.cards == before  # the same card objects
    assert grid.card_for_group(first.id) is before[0] and before[0].table.locked


def test_cards_of_gone_tables_are_taken_away(qtbot, grid: CardGrid, k1_plan: Plan) -> None:  # type: ignore[no-untyped-def]
    grid.show_tables(k1_plan.tables, kvadrant=1)
    gone = grid.cards[10:]
    grid.show_tables(k1_plan.tables[:10], kvadrant=1)
    assert len(grid.cards) == 10
    assert all(card.parent() is None and card.isHidden() for card in gone)
    assert grid.card_for_group(k1_plan.tables[12].id) is None


def test_the_other_kvadrant_gets_its_own_cards(grid: CardGrid, k1_plan: Plan, k4_plan: Plan, show: Show) -> None:
    show(k1_plan)
    show(k4_plan)
    assert grid.kvadrant == 4 and {card.kvadrant for card in grid.cards} == {4}
    singles = [card.title() for card in grid.cards if card.single]
    assert singles == ["Vardø"]

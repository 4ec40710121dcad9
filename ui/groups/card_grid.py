"""The tables of a plan side by side: a grid of table cards in as many columns as the width
allows, in a scroll area that tells it how wide it may be. The grid keeps one card per table from
one refresh to the next, so a card whose table did not change keeps its selection and is not
rebuilt, and a card whose table is gone is deleted only later, as a drag may still be running from
it; how a card is made and wired is the section's business, so the section hands it a factory.
"""
from __future__ import annotations

from typing import Callable, Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget

from app.groups.plans import Table
from ui.groups.member_delegate import ROW_MIN_WIDTH
from ui.groups.table_card import TableCard

#: A card is never narrower than this (its rows and its margins); the grid fits as many columns
#: as the width allows.
CARD_MIN_WIDTH = ROW_MIN_WIDTH + 30
CARD_SPACING = 12


class CardGrid(QWidget):
    """The cards in rows, as many columns as the width allows (4 at 1366 px, 6 at 1920 px)."""

    def __init__(self, make_card: Callable[[Table, int], TableCard], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_card = make_card
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 4, 8)
        self._layout.setSpacing(CARD_SPACING)
        self._cards: list[TableCard] = []
        self._by_group: dict[int, TableCard] = {}
        self._kvadrant = 1
        self._columns = 0

    @property
    def cards(self) -> list[TableCard]:
        return list(self._cards)

    @property
    def kvadrant(self) -> int:
        """The kvadrant whose tables are shown."""
        return self._kvadrant

    @property
    def columns(self) -> int:
        return self._columns

    def card_for_group(self, group_id: int) -> TableCard | None:
        return self._by_group.get(group_id)

    def show_tables(self, tables: Sequence[Table], *, kvadrant: int, singles: Collection[int] = ()) -> None:
        """One card per table, in this order; ``singles`` are the numbers of groups of one."""
        old, fresh = self._by_group, {}
        for table in tables:
            card = old.pop(table.id, None)
            if card is None or card.kvadrant != kvadrant:
                card = self._make_card(table, kvadrant)
            card.set_table(table, single=table.number in singles)
            fresh[table.id] = card
        for card in old.values():  # gone: deleted later, as a drag may still be running from it
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self._by_group = fresh
        self._kvadrant = kvadrant
        cards = [fresh[t.id] for t in tables]
        if cards != self._cards:
            self._cards = cards
            self._relayout()

    def set_available_width(self, width: int) -> None:
        columns = max(1, (width - 4 + CARD_SPACING) // (CARD_MIN_WIDTH + CARD_SPACING))
        if columns != self._columns:
            self._columns = columns
            self._relayout()

    def _relayout(self) -> None:
        while self._layout.count():
            self._layout.takeAt(0)
        columns = max(1, self._columns)
        for k, card in enumerate(self._cards):
            self._layout.addWidget(card, k // columns, k % columns, Qt.AlignmentFlag.AlignTop)
            card.show()
        for column in range(max(columns, self._layout.columnCount())):
            self._layout.setColumnStretch(column, 1 if column < columns else 0)
        rows = -(-len(self._cards) // columns)
        for row in range(self._layout.rowCount()):
            self._layout.setRowStretch(row, 0)
        self._layout.setRowStretch(rows, 1)


class CardScrollArea(QScrollArea):
    """Scrolls the card grid and tells it how wide it may be."""

    def __init__(self, grid: CardGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.setWidget(grid)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The scroll bar's width is always set aside, so its coming and going cannot change the columns.
        self.grid.set_available_width(self.width() - self.verticalScrollBar().sizeHint().width())

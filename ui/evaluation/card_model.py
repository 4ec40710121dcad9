"""The coding board's cards as Qt models: one list model holds every card of the board, and
filtering proxies show the parts of it the board's lists need (the card list with its filter and
search, and one column per category).

Drag and drop is a model feature: ``mimeData`` packs the card's id (and the category it is
dragged out of, for a column) under our own mime type; a drop on a column files the card there
(moved out of the column it came from), a drop on the card list takes it out of its column. The
drops go through a :class:`CardDrops` (the board's editor), so each is one undo step.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.evaluation.coding import Card, Category
from ui.shell.card_board import DropProxy, json_mime, json_payload

ModelIndex = QModelIndex | QPersistentModelIndex

#: Our own mime type: JSON {"cards": [id, ...], "from_category": id or null}.
CARD_MIME_TYPE = "application/x-kvadrant-card"

#: The whole :class:`Card`.
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
#: The card's id (int).
CARD_ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: The categories the card is filed in, in board order: [(key number, name), ...].
FILED_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class DraggedCards:
    card_ids: tuple[int, ...]
    from_category: int | None


def encode_cards(card_ids: list[int], *, from_category: int | None, texts: list[str]) -> QMimeData:
    return json_mime(CARD_MIME_TYPE, {"cards": card_ids, "from_category": from_category}, "\n\n".join(texts))


def decode_cards(data: QMimeData | None) -> DraggedCards | None:
    """The cards in ``data``; None for anything that is not ours or is damaged."""
    try:
        payload = json_payload(data, CARD_MIME_TYPE)
        if payload is None:
            return None
        ids = tuple(int(i) for i in payload["cards"])
        source = payload.get("from_category")
        return DraggedCards(ids, int(source) if source is not None else None) if ids else None
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


class CardDrops(Protocol):
    """What a drop asks for; each call is one undo step, or a :class:`KvadrantError`."""

    def file_into(self, card_id: int, category_id: int, *, out_of: int | None = None) -> bool: ...

    def take_out(self, card_id: int, category_id: int) -> bool: ...


class CardListModel(QAbstractListModel):
    """Every card of the board, in the board's order; refreshed one row at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: list[Card] = []
        self._rows: dict[int, int] = {}
        self._numbers: dict[int, tuple[int, str]] = {}  # category id -> (key number, name)

    # -- contents -----------------------------------------------------------------------------
    def card(self, row: int) -> Card | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, card_id: int) -> int | None:
        return self._rows.get(card_id)

    def set_board(self, cards: tuple[Card, ...], categories: tuple[Category, ...]) -> None:
        """Show these cards: only the rows that differ are redrawn (a reset when cards came or
        went, or a text changed)."""
        numbers = {c.id: (k + 1, c.name) for k, c in enumerate(categories)}
        renamed = numbers != self._numbers
        self._numbers = numbers
        if [(c.id, c.text) for c in cards] != [(c.id, c.text) for c in self._cards]:  # a new text needs a new height
            self.beginResetModel()
            self._cards = list(cards)
            self._rows = {c.id: k for k, c in enumerate(cards)}
            self.endResetModel()
            return
        old, self._cards = self._cards, list(cards)
        for row, (before, after) in enumerate(zip(old, cards)):
            if renamed or before != after:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def filed_in(self, card: Card) -> list[tuple[int, str]]:
        return sorted(self._numbers[c] for c in card.categories if c in self._numbers)

    # -- QAbstractListModel -------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return card.text
        if role == CARD_ROLE:
            return card
        if role == CARD_ID_ROLE:
            return card.id
        if role == FILED_ROLE:
            return self.filed_in(card)
        if role == Qt.ItemDataRole.ToolTipRole:
            # A tooltip is read as rich text when it looks like it: escape, so it shows as typed.
            return f"<p style='white-space:pre-wrap'>{html.escape(card.text)}</p><p><i>{html.escape(card.origin)}</i></p>"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.text} ({card.origin})"
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        cards = [c for c in (self.card(i.row()) for i in indexes if i.isValid()) if c is not None]
        return encode_cards([c.id for c in cards], from_category=None, texts=[c.text for c in cards])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class _DropProxy(DropProxy):
    """A filtered view of the cards that takes drops through ``drops``, card by card."""

    MIME_TYPE = CARD_MIME_TYPE

    def __init__(self, source: CardListModel, drops: CardDrops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drops = drops
        self.setDynamicSortFilter(True)
        self.setSourceModel(source)

    def cards(self) -> CardListModel:
        source = self.sourceModel()
        assert isinstance(source, CardListModel)
        return source

    def card(self, row: int) -> Card | None:
        source = self.mapToSource(self.index(row, 0))
        return self.cards().card(source.row()) if source.isValid() else None

    def row_of(self, card_id: int) -> int | None:
        source_row = self.cards().row_of(card_id)
        if source_row is None:
            return None
        index = self.mapFromSource(self.cards().index(source_row, 0))
        return index.row() if index.isValid() else None

    def _decode(self, data: QMimeData | None) -> DraggedCards | None:
        return decode_cards(data)

    def _drop(self, dragged: DraggedCards) -> bool:
        dropped = [self._drop_card(card_id, dragged.from_category) for card_id in dragged.card_ids]  # every card, no short cut
        return any(dropped)

    def _drop_card(self, card_id: int, from_category: int | None) -> bool:
        raise NotImplementedError


class Filter(Enum):
    ALL = "all"
    UNCODED = "uncoded"
    QUOTES = "quotes"
    CATEGORY = "category"


class CardFilterModel(_DropProxy):
    """The card list: all cards, the uncoded ones, the quotes or one category's, narrowed by a
    search; a card dropped here from a column is taken out of that column."""

    def __init__(self, source: CardListModel, drops: CardDrops, parent: QObject | None = None) -> None:
        super().__init__(source, drops, parent)
        self._filter = Filter.UNCODED
        self._category: int | None = None
        self._search = ""

    @property
    def filter(self) -> Filter:
        return self._filter

    @property
    def category(self) -> int | None:
        return self._category

    def set_filter(self, kind: Filter, category_id: int | None = None) -> None:
        if (kind, category_id) != (self._filter, self._category):
            self.beginFilterChange()
            self._filter, self._category = kind, category_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._search:
            self.beginFilterChange()
            self._search = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def shows(self, card: Card) -> bool:
        if self._filter is Filter.UNCODED and card.categories:
            return False
        if self._filter is Filter.QUOTES and not card.quote:
            return False
        if self._filter is Filter.CATEGORY and self._category not in card.categories:
            return False
        return not self._search or self._search in card.text.casefold() or self._search in card.origin.casefold()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        card = self.cards().card(source_row)
        return card is not None and self.shows(card)

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        return self.cards().mimeData([self.mapToSource(i) for i in indexes])

    def _accepts(self, dragged: DraggedCards) -> bool:
        return dragged.from_category is not None

    def _drop_card(self, card_id: int, from_category: int | None) -> bool:
        return from_category is not None and self._drops.take_out(card_id, from_category)


class CategoryCardsModel(_DropProxy):
    """One column: the cards filed in one category; a card dropped here is filed in it."""

    def __init__(self, source: CardListModel, drops: CardDrops, category_id: int, parent: QObject | None = None) -> None:
        super().__init__(source, drops, parent)
        self.category_id = category_id

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        card = self.cards().card(source_row)
        return card is not None and self.category_id in card.categories

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        cards = [c for c in (self.card(i.row()) for i in indexes if i.isValid()) if c is not None]
        return encode_cards([c.id for c in cards], from_category=self.category_id, texts=[c.text for c in cards])

    def _accepts(self, dragged: DraggedCards) -> bool:
        return dragged.from_category != self.category_id

    def _drop_card(self, card_id: int, from_category: int | None) -> bool:
        return self._drops.file_into(card_id, self.category_id, out_of=from_category)

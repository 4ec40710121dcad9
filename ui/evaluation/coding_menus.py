"""The right-click menus of a card on the coding board: mark it as a quote, file it in or take it
out of a category, and take a group summary's card off the board. Each choice is one undo step
through the board's :class:`CodingEditor`; a refusal is shown, never raised."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QListView, QMenu, QWidget

from app.common.messages import KvadrantError
from app.evaluation.coding import Board, Card
from ui.evaluation.card_model import CARD_ROLE
from ui.evaluation.coding_commands import CodingEditor
from ui.shell.card_board import button_text
from ui.shell.messages import show_error


class CardMenus(QObject):
    """Menus for the cards of the list and of the columns of one board."""

    def __init__(self, editor: CodingEditor, board: Callable[[], Board], parent: QWidget) -> None:
        super().__init__(parent)
        self._editor = editor
        self._board = board
        self._parent = parent

    def show_for_list(self, view: QListView, pos: QPoint) -> None:
        card = view.indexAt(pos).data(CARD_ROLE)
        if not isinstance(card, Card):
            return
        menu = QMenu(self._parent)
        self._add_quote(menu, card)
        into = menu.addMenu(self.tr("Legg i kategori"))
        for number, category in enumerate(self._board().categories, start=1):
            action = into.addAction(button_text(f"{number} {category.name}"))
            action.setCheckable(True)
            action.setChecked(category.id in card.categories)
            action.triggered.connect(partial(self._toggle_filed, card, category.id))
        if card.from_summary:
            menu.addSeparator()
            menu.addAction(self.tr("Fjern kortet fra tavla"), partial(self._attempt, partial(self._editor.remove_summary_card, card.id)))
        self.run(menu, view.viewport().mapToGlobal(pos))

    def show_for_column(self, view: QListView, category_id: int, pos: QPoint) -> None:
        card = view.indexAt(pos).data(CARD_ROLE)
        name = next((c.name for c in self._board().categories if c.id == category_id), None)
        if not isinstance(card, Card) or name is None:
            return
        menu = QMenu(self._parent)
        self._add_quote(menu, card)
        take_out = partial(self._editor.take_out, card.id, category_id)
        menu.addAction(button_text(self.tr("Ta ut av «{name}»").format(name=name)), partial(self._attempt, take_out))
        self.run(menu, view.viewport().mapToGlobal(pos))

    def run(self, menu: QMenu, at: QPoint) -> None:
        """Show the menu until a choice is made (a test replaces this to choose)."""
        menu.exec(at)

    def _add_quote(self, menu: QMenu, card: Card) -> None:
        text = self.tr("Fjern sitatmerket") if card.quote else self.tr("Merk som sitat")
        menu.addAction(text, partial(self._attempt, partial(self._editor.set_quote, card.id, not card.quote)))

    def _toggle_filed(self, card: Card, category_id: int, _checked: bool = False) -> None:
        if category_id in card.categories:
            self._attempt(partial(self._editor.take_out, card.id, category_id))
        else:
            self._attempt(partial(self._editor.file_into, card.id, category_id))

    def _attempt(self, action: Callable[[], object]) -> None:
        try:
            action()
        except KvadrantError as error:
            show_error(self._parent, error)

"""A category's column on the coding board (the column, its list and the grid are shared with
the plenum's board: ``ui/shell/card_board.py``).

A column shows its key (the number that files the focused card in it), its name (typed over to
rename it), how many cards it holds, its one-line finding ("Funn:", saved a moment after typing
stops) and its cards; a card dropped anywhere on it is filed there. What a column cannot do on
its own (renaming, saving the finding, moving or removing itself) it asks for by signal.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.common.text import clean
from app.evaluation.coding import MAX_FINDING, MAX_NAME, Category
from ui.evaluation.card_delegate import CardDelegate
from ui.evaluation.card_model import CARD_ID_ROLE, CategoryCardsModel
from ui.shell.card_board import BoardColumn, CardListView
from ui.shell.style import make_quiet

#: How long the finding waits after the last key before it is saved.
FINDING_DELAY_MS = 600
COLUMN_MIN_WIDTH = 215
COLUMN_MIN_HEIGHT = 250


class CardView(CardListView):
    """A list of cards, one chosen at a time; what each key does the owner decides."""

    def current_card_id(self) -> int | None:
        value = self.currentIndex().data(CARD_ID_ROLE)
        return value if isinstance(value, int) else None


class ColumnCardView(CardView):
    """A column's cards; Delete takes the current one out of the column."""

    take_out_requested = Signal(int)  # card id

    def keyPressEvent(self, event: QKeyEvent) -> None:
        card_id = self.current_card_id()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and card_id is not None:
            self.take_out_requested.emit(card_id)
            event.accept()
            return
        super().keyPressEvent(event)


class CategoryColumn(BoardColumn):
    """One category: key, name, count, finding and its cards."""

    finding_edited = Signal(int, str, str)  # category id, before, after
    take_out_requested = Signal(int, int)  # card id, category id
    view: ColumnCardView

    def __init__(self, model: CategoryCardsModel, delegate: CardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(model, ColumnCardView(), column_id=model.category_id, max_name=MAX_NAME, fonts=(1.1, 1.05), parent=parent)
        self.category_id = model.category_id
        self._known_finding = ""  # the finding as last read or saved; a different one came from elsewhere
        self._number = 1
        self.setMinimumSize(COLUMN_MIN_WIDTH, COLUMN_MIN_HEIGHT)

        self.key_label = QLabel()
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setFixedSize(QSize(26, 26))
        self.key_label.setStyleSheet("background: #2f5f8f; color: white; border-radius: 5px; font-weight: bold;")
        self._finish_menu()

        self.finding_label = QLabel()
        make_quiet(self.finding_label)
        self.finding_edit = QLineEdit()
        self.finding_edit.setMaxLength(MAX_FINDING)
        self.finding_edit.setAcceptDrops(False)
        self._finding_timer = QTimer(self)
        self._finding_timer.setSingleShot(True)
        self._finding_timer.setInterval(FINDING_DELAY_MS)
        self.view.setItemDelegate(delegate)

        finding = QHBoxLayout()
        finding.setSpacing(6)
        finding.addWidget(self.finding_label)
        finding.addWidget(self.finding_edit, 1)
        self._lay_out(self.key_label, [finding], spacing=6, margins=(8, 8, 6, 6))

        self.finding_edit.textEdited.connect(self._finding_timer.start)
        self.finding_edit.editingFinished.connect(self.save_finding)
        self._finding_timer.timeout.connect(self.save_finding)
        self.view.take_out_requested.connect(lambda card_id: self.take_out_requested.emit(card_id, self.category_id))
        self._retranslate()

    def _retranslate(self) -> None:
        self.finding_label.setText(self.tr("Funn:"))
        self.finding_edit.setPlaceholderText(self.tr("Ett funn i én setning"))
        self.menu_button.setToolTip(self.tr("Flytt eller fjern kategorien"))
        self.left_action.setText(self.tr("Flytt til venstre"))
        self.right_action.setText(self.tr("Flytt til høyre"))
        self.remove_action.setText(self.tr("Fjern kategorien …"))
        self.view.setToolTip(self.tr("Dra et kort hit for å legge det i kategorien. Delete tar det ut igjen."))
        self._update_empty_text()

    # -- contents -----------------------------------------------------------------------------
    def show_category(self, category: Category, *, number: int, count: int, last: bool) -> None:
        """Show the category as read now; what the facilitator is typing is left alone."""
        self._show_name(category.name)
        tip = self.tr("{name}: skriv for å gi kategorien nytt navn").format(name=category.name)
        self.name_edit.setToolTip(f"<p>{html.escape(tip)}</p>")
        if category.finding != self._known_finding and not self._finding_timer.isActive():
            self._known_finding = category.finding
            self.finding_edit.setText(category.finding)
            self.finding_edit.setCursorPosition(0)
        # A tooltip that looks like markup is read as markup: escaped, it shows as typed.
        self.finding_edit.setToolTip(f"<p>{html.escape(category.finding)}</p>" if category.finding else "")
        self.key_label.setText(str(number) if number <= 9 else "")
        self.key_label.setVisible(number <= 9)
        self._number = number
        self._update_empty_text()
        self.count_label.setText(str(count))
        self.count_label.setToolTip(self.tr("%n kort", "", count))
        self.left_action.setEnabled(number > 1)
        self.right_action.setEnabled(not last)

    def _update_empty_text(self) -> None:
        if self._number <= 9:
            self.view.empty_text = self.tr("Dra kort hit, eller trykk {number} på et kort i listen").format(number=self._number)
        else:
            self.view.empty_text = self.tr("Dra kort hit")
        self.view.viewport().update()

    def save_finding(self) -> None:
        """Save what is typed now (the pause after typing, leaving the field, or the file closing)."""
        self._finding_timer.stop()
        after = clean(self.finding_edit.text())[:MAX_FINDING]
        if after != self._known_finding:
            before, self._known_finding = self._known_finding, after
            self.finding_edited.emit(self.category_id, before, after)

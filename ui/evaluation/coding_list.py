"""The card list on the left of the coding board: which cards to show (the uncoded ones, all,
the quotes, one category's; narrowed by a search), the cards, and under them the suggestions for
the focused card and the keys that code it.

Keys on the list: 1–9 files the focused card in that category and moves on to the next uncoded
card (Ctrl with the number: files it and stays), Q marks it as a quote, Enter takes the first
suggestion. The list only says which key was pressed; the board does the edit.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.evaluation.coding import Category
from app.evaluation.suggestions import Suggestion
from ui.evaluation.card_model import CardFilterModel, Filter
from ui.evaluation.coding_column import CardView
from ui.shell.card_board import button_text
from ui.shell.retranslating import Retranslating
from ui.shell.style import make_quiet, scaled_font

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
MAX_SHOWN_SUGGESTIONS = 3


class ElidedLabel(QLabel):
    """One line of plain text that ends in "…" when it does not fit, rather than widening its row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(f"<p>{html.escape(text)}</p>" if text else "")
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


class CardListView(CardView):
    """The card list: number keys, Q and Enter code the focused card."""

    file_key = Signal(int, bool)  # category number (1–9), stay on the card
    quote_key = Signal()
    accept_key = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if self.currentIndex().isValid():
            number = _DIGITS.get(Qt.Key(event.key()))
            if number is not None and (plain or modifiers == Qt.KeyboardModifier.ControlModifier):
                self.file_key.emit(number, not plain)
                event.accept()
                return
            if plain and event.key() == Qt.Key.Key_Q:
                self.quote_key.emit()
                event.accept()
                return
            if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept_key.emit()
                event.accept()
                return
        super().keyPressEvent(event)


class CardListPanel(Retranslating, QWidget):
    """The filter, the search, the card list and the suggestion row under it."""

    filter_chosen = Signal()
    suggestion_chosen = Signal(int)  # category id
    quote_toggled = Signal()

    def __init__(self, model: CardFilterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._categories: tuple[Category, ...] = ()
        self.title_label = QLabel()
        self.title_label.setFont(scaled_font(self, 1.15, bold=True))
        self.count_label = QLabel()
        make_quiet(self.count_label)
        self.filter_combo = QComboBox()
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.view = CardListView()
        self.view.setModel(model)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_quiet(self.empty_label)
        self.empty_label.hide()

        self.suggestion_label = QLabel()
        self.suggestion_label.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion_label.setWordWrap(True)
        self.suggestion_button = QPushButton()
        self.suggestion_button.hide()
        self.other_suggestions = ElidedLabel()
        make_quiet(self.other_suggestions)
        self.quote_button = QPushButton()
        self.quote_button.setCheckable(True)
        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.PlainText)
        make_quiet(self.help_label)

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addWidget(self.count_label, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_combo)
        filters.addWidget(self.search_edit, 1)
        suggestions = QHBoxLayout()
        suggestions.setSpacing(6)
        suggestions.addWidget(self.suggestion_label)
        suggestions.addWidget(self.suggestion_button)
        suggestions.addWidget(self.other_suggestions, 1)
        keys = QHBoxLayout()
        keys.addWidget(self.quote_button, 0, Qt.AlignmentFlag.AlignTop)
        keys.addWidget(self.help_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(suggestions)
        layout.addLayout(keys)

        self.filter_combo.activated.connect(self._filter_activated)
        self.search_edit.textChanged.connect(model.set_search)
        self.quote_button.clicked.connect(self.quote_toggled)
        self.suggestion_button.clicked.connect(self._suggestion_clicked)
        self._suggestions: list[Suggestion] = []
        self._first_text = ""
        self._retranslate()

    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("Kort"))
        self.search_edit.setPlaceholderText(self.tr("Søk i kortene"))
        self.quote_button.setToolTip(self.tr("Merk kortet som et sitat til rapporten (Q)"))
        self.help_label.setText(self.tr("1–9: legg i kategorien og gå videre · Q: sitat · Enter: ta forslaget · Ctrl+Z: angre"))
        self.help_label.setToolTip(
            self.tr("Et tall legger kortet i kategorien med det nummeret og går videre til neste kort som ikke er kodet. Samme tall en gang til tar kortet ut igjen. Ctrl+tall legger kortet i kategorien og blir stående, så du kan legge det i flere.")
        )
        self.set_categories(self._categories)

    # -- the filter ---------------------------------------------------------------------------
    def set_categories(self, categories: tuple[Category, ...]) -> None:
        """The filter's choices: the fixed ones and one per category; the choice is kept."""
        self._categories = categories
        combo = self.filter_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Ikke kodet"), (Filter.UNCODED, None))
        combo.addItem(self.tr("Alle kort"), (Filter.ALL, None))
        combo.addItem(self.tr("Sitater"), (Filter.QUOTES, None))
        for k, category in enumerate(categories, start=1):
            combo.addItem(f"{k} {category.name}", (Filter.CATEGORY, category.id))
        wanted = (self.model.filter, self.model.category)
        index = next((i for i in range(combo.count()) if combo.itemData(i) == wanted), 0)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        if index == 0 and wanted != (Filter.UNCODED, None):
            self.model.set_filter(Filter.UNCODED)  # its category is gone
            self.filter_chosen.emit()

    def choose_filter(self, kind: Filter, category_id: int | None = None) -> None:
        index = next((i for i in range(self.filter_combo.count()) if self.filter_combo.itemData(i) == (kind, category_id)), 0)
        self.filter_combo.setCurrentIndex(index)
        self._filter_activated(index)

    def _filter_activated(self, index: int) -> None:
        kind, category_id = self.filter_combo.itemData(index) or (Filter.UNCODED, None)
        self.model.set_filter(kind, category_id)
        self.filter_chosen.emit()

    # -- figures, the empty list and the suggestion row ---------------------------------------
    def show_counts(self, *, shown: int, uncoded: int, total: int) -> None:
        self.count_label.setText(self.tr("{uncoded} av {total} ikke kodet · {shown} vises").format(uncoded=uncoded, total=total, shown=shown))
        if total == 0:
            self.empty_label.setText(
                self.tr("Ingen kort ennå. Hvert svar på et åpent spørsmål i evalueringen blir et kort her; du kan også legge til gruppereferatene.")
            )
        elif shown == 0 and self.model.filter is Filter.UNCODED and not self.search_edit.text().strip():
            self.empty_label.setText(self.tr("Alle kortene er kodet."))
        else:
            self.empty_label.setText(self.tr("Ingen kort passer med det du har valgt."))
        self.view.setVisible(shown > 0)
        self.empty_label.setVisible(shown == 0)

    def show_card(self, *, has_card: bool, quote: bool) -> None:
        """The quote button follows the focused card."""
        self.quote_button.setEnabled(has_card)
        self.quote_button.setChecked(has_card and quote)
        self.quote_button.setText(self.tr("★ Sitat") if has_card and quote else self.tr("☆ Sitat"))
        if not has_card:
            self.show_suggestions([], ())

    def show_suggestions(self, suggestions: list[Suggestion], categories: tuple[Category, ...]) -> None:
        """"Forslag: [2 Forankring (forankring, eier)] også 5 Erfaringer (tid)": the first on a
        button (Enter takes it), the others after it (their number keys take them)."""
        numbers = {c.id: (k, c.name) for k, c in enumerate(categories, start=1)}
        self._suggestions = [s for s in suggestions if s.category_id in numbers][:MAX_SHOWN_SUGGESTIONS]
        if not self.quote_button.isEnabled():
            self.suggestion_label.setText("")
        elif self._suggestions:
            self.suggestion_label.setText(self.tr("Forslag:"))
        else:
            self.suggestion_label.setText(self.tr("Ingen forslag for dette kortet."))
        texts = []
        for suggestion in self._suggestions:
            number, name = numbers[suggestion.category_id]
            words = ", ".join(suggestion.words)
            texts.append(f"{number} {name} ({words})" if words else f"{number} {name}")
        self._first_text = texts[0] if texts else ""
        self._fit_first()
        self.suggestion_button.setVisible(bool(texts))
        self.suggestion_button.setToolTip(self.tr("Enter legger kortet her"))
        others = " · ".join(texts[1:])
        self.other_suggestions.set_full_text(self.tr("også {others}").format(others=others) if others else "")

    def _fit_first(self) -> None:
        """The first suggestion in full when there is room, else shortened (the others give way first)."""
        room = self.width() - self.suggestion_label.sizeHint().width() - 60
        text = self.suggestion_button.fontMetrics().elidedText(self._first_text, Qt.TextElideMode.ElideRight, max(120, room))
        self.suggestion_button.setText(button_text(text))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_first()

    def suggestion_text(self) -> str:
        """The suggestions as shown ("Forslag: 2 Forankring (forankring, eier) · også 5 Erfaringer (tid)")."""
        if self.suggestion_button.isHidden():
            return self.suggestion_label.text()
        others = self.other_suggestions.full_text()
        first = f"{self.suggestion_label.text()} {self._first_text}"
        return f"{first} · {others}" if others else first

    def first_suggestion(self) -> int | None:
        return self._suggestions[0].category_id if self._suggestions else None

    def _suggestion_clicked(self) -> None:
        if self._suggestions:
            self.suggestion_chosen.emit(self._suggestions[0].category_id)

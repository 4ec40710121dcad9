"""The coding board (issue 14, seed 004's Trello board on the laptop): the cards on the left, the
categories as columns on the right. A card is filed by dragging it onto a column or, faster, by
its category's number key, which moves on to the next uncoded card, so 380 answers take minutes.

The board reads ``coding.board(db)`` again whenever the session says the evaluation changed and
hands the models only what differs (a card's row, a column's header), so filing a card does not
rebuild the board. Every edit is one undo step (``coding_commands``); the suggestions for the
focused card come from ``Suggester`` over the board as it is now.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from app.evaluation import coding
from app.evaluation.coding import Board, Card
from app.evaluation.suggestions import Suggester
from ui.evaluation.card_delegate import CardDelegate
from ui.evaluation.card_model import (
    CARD_ROLE,
    CardFilterModel,
    CardListModel,
    CategoryCardsModel,
)
from ui.evaluation.coding_column import COLUMN_MIN_WIDTH, CategoryColumn
from ui.evaluation.coding_commands import CodingEditor, FileCardCommand
from ui.evaluation.coding_list import CardListPanel
from ui.evaluation.coding_menus import CardMenus
from ui.shell.card_board import ColumnGrid, ColumnScrollArea
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession
from ui.shell.messages import confirm, show_error
from ui.shell.retranslating import Retranslating
from ui.shell.style import make_quiet

NOTICE_MS = 8000
SUGGEST_DELAY_MS = 30
_EMPTY = Board((), ())


class CodingBoard(Retranslating, QWidget):
    """The coding board of the open conference."""

    #: A short confirmation for the status bar ("Lagt i «Forankring». Angre med Ctrl+Z.").
    status_message = Signal(str)

    def __init__(self, session: ConferenceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.editor = CodingEditor(session, self._category_name)
        self.menus = CardMenus(self.editor, lambda: self._board, self)
        self._board = _EMPTY
        self._suggester: Suggester | None = None
        self._ensured: Path | None = None
        self._stack_index = session.undo_stack.index()
        self._columns: dict[int, CategoryColumn] = {}

        self.cards_model = CardListModel(self)
        self.list_model = CardFilterModel(self.cards_model, self.editor, self)
        self.list_delegate = CardDelegate(max_lines=6, details=True, parent=self)
        self.column_delegate = CardDelegate(max_lines=4, details=False, parent=self)
        self.panel = CardListPanel(self.list_model)
        self.panel.view.setItemDelegate(self.list_delegate)
        self.panel.setMinimumWidth(300)
        self.grid = ColumnGrid(min_width=COLUMN_MIN_WIDTH)
        self.columns_area = ColumnScrollArea(self.grid)

        self.notice_label = QLabel()
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        make_quiet(self.notice_label)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self.add_category_button = QPushButton()
        self.summaries_button = QPushButton()
        self.summaries_menu = QMenu(self)
        self.by_paragraph_action = self.summaries_menu.addAction("")
        self.whole_action = self.summaries_menu.addAction("")
        self.summaries_button.setMenu(self.summaries_menu)

        tools = QHBoxLayout()
        tools.addWidget(self.notice_label, 1)
        tools.addWidget(self.add_category_button)
        tools.addWidget(self.summaries_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.columns_area, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        view = self.panel.view
        view.selectionModel().currentChanged.connect(self._current_changed)
        view.file_key.connect(self._file_key)
        view.quote_key.connect(self.toggle_quote)
        view.accept_key.connect(self.accept_suggestion)
        view.customContextMenuRequested.connect(partial(self.menus.show_for_list, view))
        self.panel.filter_chosen.connect(self._filter_chosen)
        self.panel.search_edit.textChanged.connect(self._filter_chosen)
        self.panel.suggestion_chosen.connect(self._suggestion_chosen)
        self.panel.quote_toggled.connect(self.toggle_quote)
        self.list_delegate.quote_clicked.connect(self.toggle_quote)
        self.column_delegate.quote_clicked.connect(self.toggle_quote)
        self.list_model.edit_failed.connect(self._show_error, Qt.ConnectionType.QueuedConnection)
        self.add_category_button.clicked.connect(self.add_category)
        self.by_paragraph_action.triggered.connect(lambda: self.add_summary_cards(by_paragraph=True))
        self.whole_action.triggered.connect(lambda: self.add_summary_cards(by_paragraph=False))
        self._notice_timer.timeout.connect(self.notice_label.clear)
        self._suggest_timer.timeout.connect(self.update_suggestions_now)
        session.changed.connect(self._changed)
        session.file_opened.connect(self._file_opened)
        session.file_closed.connect(self.refresh)
        session.file_closing.connect(self._save_findings)
        session.undo_stack.indexChanged.connect(self._undo_index_changed)
        self._retranslate()
        self.refresh()

    def _retranslate(self) -> None:
        self.add_category_button.setText(self.tr("+ Ny kategori"))
        self.summaries_button.setText(self.tr("Legg til gruppereferatene"))
        self.summaries_button.setToolTip(self.tr("Gruppenes referater blir kort på tavla, som svarene"))
        self.by_paragraph_action.setText(self.tr("Ett kort per avsnitt"))
        self.whole_action.setText(self.tr("Ett kort per referat"))
        self._update_counts()
        self._update_suggestions()

    # -- reading the board --------------------------------------------------------------------
    @property
    def board(self) -> Board:
        return self._board

    @property
    def columns(self) -> list[CategoryColumn]:
        return self.grid.columns

    def column(self, category_id: int) -> CategoryColumn | None:
        return self._columns.get(category_id)

    def _category_name(self, category_id: int) -> str:
        return next((c.name for c in self._board.categories if c.id == category_id), "")

    def refresh(self) -> None:
        """Read the board again; only the cards and columns that differ are redrawn."""
        board = _EMPTY
        if self._session.is_open:
            try:
                board = coding.board(self._session.db)
            except KvadrantError as error:
                show_error(self, error)
        current = self.current_card()
        categories_before = [(c.id, c.name) for c in self._board.categories]
        self._board, self._suggester = board, None
        self.cards_model.set_board(board.cards, board.categories)
        self._sync_columns(board)
        if [(c.id, c.name) for c in board.categories] != categories_before:
            self.panel.set_categories(board.categories)
        if not self.panel.view.currentIndex().isValid() and not (current and self.select_card(current.id)):
            self._select_row(0)
        self._update_counts()
        self._update_suggestions()

    def _sync_columns(self, board: Board) -> None:
        counts = {c.id: 0 for c in board.categories}
        for card in board.cards:
            for category_id in card.categories:
                counts[category_id] = counts.get(category_id, 0) + 1
        for category_id in set(self._columns) - set(counts):
            gone = self._columns.pop(category_id)
            gone.hide()  # deleted later, as a drag may still be running from it
            gone.setParent(None)
            gone.deleteLater()
        last = len(board.categories)
        for number, category in enumerate(board.categories, start=1):
            column = self._columns.get(category.id) or self._new_column(category.id)
            column.show_category(category, number=number, count=counts[category.id], last=number == last)
        self.grid.set_columns([self._columns[c.id] for c in board.categories])

    def _new_column(self, category_id: int) -> CategoryColumn:
        model = CategoryCardsModel(self.cards_model, self.editor, category_id)
        column = CategoryColumn(model, self.column_delegate, parent=self.grid)
        model.setParent(column)
        model.edit_failed.connect(self._show_error, Qt.ConnectionType.QueuedConnection)
        column.rename_requested.connect(self._rename_category)
        column.finding_edited.connect(self._save_finding)
        column.move_requested.connect(self._move_category)
        column.remove_requested.connect(self._remove_category)
        column.take_out_requested.connect(self._take_out)
        column.view.customContextMenuRequested.connect(partial(self.menus.show_for_column, column.view, category_id))
        self._columns[category_id] = column
        return column

    def _update_counts(self) -> None:
        cards = self._board.cards
        self.panel.show_counts(shown=self.list_model.rowCount(), uncoded=sum(1 for c in cards if not c.categories), total=len(cards))

    def _update_suggestions(self) -> None:
        """The quote button now; the suggestions a moment later, after the board is drawn (they
        read every card's words, the slowest part of filing a card)."""
        card = self.current_card()
        self.panel.show_card(has_card=card is not None, quote=card is not None and card.quote)
        if card is not None:
            self._suggest_timer.start()

    def update_suggestions_now(self) -> None:
        self._suggest_timer.stop()
        card = self.current_card()
        if card is None:
            return
        if self._suggester is None:
            self._suggester = Suggester(self._board)
        self.panel.show_suggestions(self._suggester.suggest(card), self._board.categories)

    # -- the focused card ---------------------------------------------------------------------
    def current_card(self) -> Card | None:
        card = self.panel.view.currentIndex().data(CARD_ROLE)
        return card if isinstance(card, Card) else None

    def select_card(self, card_id: int) -> bool:
        """Focus the card in the list, if the filter shows it."""
        row = self.list_model.row_of(card_id)
        return row is not None and self._select_row(row)

    def _select_row(self, row: int) -> bool:
        index = self.list_model.index(row, 0)
        if not index.isValid():
            return False
        self.panel.view.setCurrentIndex(index)
        self.panel.view.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_suggestions()

    def _filter_chosen(self) -> None:
        if not self.panel.view.currentIndex().isValid():
            self._select_row(0)
        self._update_counts()
        self._update_suggestions()

    def _next_uncoded(self, card_id: int) -> int | None:
        """The uncoded card after this one in the list (from the top again past the end)."""
        rows = self.list_model.rowCount()
        start = self.list_model.row_of(card_id)
        start = -1 if start is None else start
        for step in range(1, rows + 1):
            card = self.list_model.card((start + step) % rows)
            if card is not None and card.id != card_id and not card.categories:
                return card.id
        return None

    # -- coding keys --------------------------------------------------------------------------
    def _file_key(self, number: int, stay: bool) -> None:
        categories = self._board.categories
        if number > len(categories):
            self._notice(self.tr("Det finnes ingen kategori {number}.").format(number=number))
            return
        self.file_current(categories[number - 1].id, stay=stay)

    def file_current(self, category_id: int, *, stay: bool = False) -> None:
        """File the focused card in the category (or take it out, if it is there already); after
        filing, the focus moves on to the next uncoded card unless ``stay``."""
        card = self.current_card()
        if card is None:
            return
        name = self._category_name(category_id)
        filing = category_id not in card.categories
        target = self._next_uncoded(card.id) if filing and not stay else None
        try:
            if filing:
                self.editor.file_into(card.id, category_id)
            else:
                self.editor.take_out(card.id, category_id)
        except KvadrantError as error:
            show_error(self, error)
            return
        if not ((target is not None and self.select_card(target)) or self.select_card(card.id)):
            self._select_row(0)
        if filing:
            self._notice(self.tr("Lagt i «{name}». Angre med Ctrl+Z.").format(name=name))
        else:
            self._notice(self.tr("Tatt ut av «{name}».").format(name=name))

    def accept_suggestion(self) -> None:
        self.update_suggestions_now()  # for this card, even if Enter came before they were shown
        category_id = self.panel.first_suggestion()
        if category_id is None:
            self._notice(self.tr("Ingen forslag for dette kortet: bruk et tall."))
            return
        self.file_current(category_id)

    def _suggestion_chosen(self, category_id: int) -> None:
        self.file_current(category_id)
        self.panel.view.setFocus()

    def toggle_quote(self, card_id: int | None = None) -> None:
        card = self.current_card() if card_id is None else next((c for c in self._board.cards if c.id == card_id), None)
        if card is None:
            return
        try:
            self.editor.set_quote(card.id, not card.quote)
        except KvadrantError as error:
            show_error(self, error)

    def _take_out(self, card_id: int, category_id: int) -> None:
        try:
            self.editor.take_out(card_id, category_id)
        except KvadrantError as error:
            show_error(self, error)

    # -- columns ------------------------------------------------------------------------------
    def add_category(self) -> None:
        """A new column at the end, its name ready to be typed over."""
        try:
            category_id = self.editor.add_category(self.tr("Ny kategori"))
        except KvadrantError as error:
            show_error(self, error)
            return
        column = self._columns.get(category_id)
        if column is not None:
            self.columns_area.ensureWidgetVisible(column)
            column.edit_name()

    def _rename_category(self, category_id: int, name: str) -> None:
        try:
            self.editor.rename_category(category_id, name)
        except KvadrantError as error:
            show_error(self, error)
            column = self._columns.get(category_id)
            if column is not None:
                column.reset_name()

    def _save_finding(self, category_id: int, before: str, after: str) -> None:
        try:
            self.editor.set_finding(category_id, before, after)
        except KvadrantError as error:
            show_error(self, error)

    def _save_findings(self) -> None:
        for column in self._columns.values():
            column.save_finding()

    def _move_category(self, category_id: int, steps: int) -> None:
        ids = [c.id for c in self._board.categories]
        if category_id in ids:
            try:
                self.editor.move_category(category_id, ids.index(category_id) + steps)
            except KvadrantError as error:
                show_error(self, error)

    def _remove_category(self, category_id: int) -> None:
        column = self._columns.get(category_id)
        count = len(self._board.in_category(category_id))
        if column is None:
            return
        if count and not confirm(
            self,
            title=self.tr("Fjerne kategorien?"),
            text=self.tr("Fjerne «{name}»?").format(name=column.name),
            informative_text=self.tr("%n kort ligger i kategorien. De blir liggende på tavla, i sine andre kategorier eller som ikke kodet. Du kan angre med Ctrl+Z.", "", count),
            confirm_text=self.tr("Fjern kategorien"),
        ):
            return
        try:
            self.editor.remove_category(category_id)
        except KvadrantError as error:
            show_error(self, error)

    def add_summary_cards(self, *, by_paragraph: bool) -> None:
        try:
            added = self.editor.add_summary_cards(by_paragraph=by_paragraph)
        except KvadrantError as error:
            show_error(self, error)
            return
        if added:
            self._notice(self.tr("La til %n kort fra gruppereferatene.", "", added))
        else:
            self._notice(self.tr("Ingen nye gruppereferater å legge til."))

    # -- the session --------------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if changes.evaluation:
            self.refresh()

    def _file_opened(self, path: Path) -> None:
        self._ensured = None
        if self.isVisible():
            self._ensure_categories()
        self.refresh()

    def _ensure_categories(self) -> None:
        """Seed 004's six columns, the first time the board of a file is shown."""
        if not self._session.is_open or self._ensured == self._session.path:
            return
        self._ensured = self._session.path
        try:
            if not coding.board(self._session.db).categories:
                coding.ensure_categories(self._session.db)
                self._session.announce(Changes(evaluation=True))
        except KvadrantError as error:
            show_error(self, error)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            width = max(self.width(), 800)
            panel = max(340, min(560, int(width * 0.34)))
            self.splitter.setSizes([panel, width - panel])
        self._ensure_categories()
        self.refresh()  # phones' answers are not announced: read them when the board is shown
        self.panel.view.setFocus()  # the number keys work at once

    def _undo_index_changed(self, index: int) -> None:
        """After undoing a filing, focus that card again: the one to code over."""
        undone = index < self._stack_index
        self._stack_index = index
        if not undone:
            return
        try:
            command = self._session.undo_stack.command(index)
        except RuntimeError:  # the stack itself is going (the app is closing)
            return
        if isinstance(command, FileCardCommand):
            self.select_card(command.card_id)

    def _notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self._notice_timer.start()
        self.status_message.emit(text)

    def _show_error(self, error: KvadrantError) -> None:
        show_error(self, error)

"""The laptop's side of the live results: what the hall sees (the overview, or one question), a
preview of it, and the buttons that put it on the projector and take it off.

Phones' responses are not announced on the session's ``changed`` signal (they arrive on the
server's thread), so while the results are on view a timer asks the file's change marks twice a
second whether an evaluation table (or the people present) changed since the last read, and
only then reads the results again, on a worker thread: asking costs a microsecond, the read
(~75 ms with 380 responses) would stutter the scrolling cards. A change made on this laptop
(``changes.evaluation``, check-ins) is read at once.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.conference_file.schema import Base, QuestionKind
from app.conference_file.storage import ConferenceDb
from app.evaluation.results import Results, results
from ui.evaluation.results_painter import (
    ResultsScene,
    Showing,
    answers_text,
    responded_text,
)
from ui.evaluation.results_window import ResultsView, ResultsWindow
from ui.projector.scene_window import aspect_of
from ui.projector.screens import ScreenInfo
from ui.shell.background import Background
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession
from ui.shell.retranslating import Retranslating
from ui.shell.settings import Settings

#: How often the file's change marks are asked while the results are on view.
POLL_MS = 500
#: Every table but those the results are read from: a write to these alone changes nothing shown.
NOT_RESULTS = frozenset(name for name in Base.metadata.tables if not name.startswith("eval_") and name != "participant")


class ResultsPanel(Retranslating, QWidget):
    """Choose what the hall sees, preview it, and show or hide it on the projector."""

    def __init__(self, session: ConferenceSession, parent: QWidget | None = None, *, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self.results: Results | None = None
        self.showing = Showing()
        self._shown_since = session.clock.monotonic()
        self._mark = -1  # the change mark of the last read; -1: read again
        self._listed: tuple[tuple[int, str, str], ...] | None = None

        self.heading = QLabel()
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.list_widget = QListWidget()
        self.list_widget.setWordWrap(False)
        self.list_widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_widget.setSpacing(3)
        self.list_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        big = QFont(bold)
        big.setPointSizeF(max(bold.pointSizeF(), 9.0) * 1.4)
        self.count_label.setFont(big)
        self.show_button = QPushButton()
        self.hide_button = QPushButton()
        self.projector_window = ResultsWindow(self.scene, preferred_screen=self._preferred_screen, parent=self)
        self.preview = ResultsView(self.scene, aspect=aspect_of(self.projector_window.watcher.chosen))
        self.preview.setMinimumSize(320, 200)

        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.list_widget, 1)
        left.addWidget(self.count_label)
        left.addLayout(buttons)
        side = QWidget()
        side.setLayout(left)
        side.setMinimumWidth(340)
        side.setMaximumWidth(460)
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addWidget(self.preview, 1)

        self.list_widget.currentItemChanged.connect(self._chosen)
        self.show_button.clicked.connect(self.projector_window.show_on_projector)
        self.hide_button.clicked.connect(self.projector_window.hide_from_projector)
        self.projector_window.visible_changed.connect(self._window_shown)
        self.projector_window.watcher.screen_changed.connect(self._screen_changed)
        session.changed.connect(self._changed)
        session.file_opened.connect(self._file_opened)
        session.file_closed.connect(self._file_closed)
        self._reader = Background(self, name="kvadrant-results")
        self._reader.finished.connect(self._read_in_background)
        self._reader.failed.connect(self._read_failed)
        self._reading = False
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._poll)
        self._poll_timer.start()
        self._retranslate()
        self.refresh()

    # -- what is shown ---------------------------------------------------------------------------
    def scene(self) -> ResultsScene:
        elapsed = max(0.0, self._session.clock.monotonic() - self._shown_since)
        return ResultsScene(self.results, self.showing, elapsed)

    def show_question(self, question_id: int | None) -> None:
        """Put one question on view (None: the overview), as choosing it in the list does."""
        for row in range(self.list_widget.count()):
            if self.list_widget.item(row).data(Qt.ItemDataRole.UserRole) == question_id:
                self.list_widget.setCurrentRow(row)
                return

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        question_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if question_id != self.showing.question_id:
            self.showing = Showing(question_id)
            self._shown_since = self._session.clock.monotonic()
            self._repaint()

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the results again and show them (the list, the count, the preview, the projector)."""
        if not self._session.is_open:
            self._show(None, -1)
            return
        db = self._session.db
        mark = db.changes.mark()
        self._show(results(db), mark)

    def _show(self, found: Results | None, mark: int) -> None:
        self.results = found
        self._mark = mark
        self._fill_list()
        self.count_label.setText(responded_text(self.results) if self.results is not None else "")
        self._update_buttons()
        self._repaint()

    def _watched(self) -> bool:
        return self.isVisible() or self.projector_window.isVisible()

    def _stale(self) -> bool:
        return self._session.is_open and (
            self._mark < 0 or self._session.db.changes.changed_since(self._mark, ignoring=NOT_RESULTS)
        )

    def _poll(self) -> None:
        if self._reading or not (self._watched() and self._stale()):
            return
        db = self._session.db
        self._reading = True

        def read(_progress: object) -> tuple[ConferenceDb, int, Results]:
            mark = db.changes.mark()
            return db, mark, results(db)

        self._reader.run(read)

    def _read_in_background(self, read: tuple[ConferenceDb, int, Results]) -> None:
        self._reading = False
        db, mark, found = read
        if not self._session.is_open or self._session.db is not db or mark < self._mark:
            return  # another file by now, or a newer read was made meanwhile
        self._show(found, mark)

    def _read_failed(self, _error: object) -> None:
        self._reading = False  # the file closed while it read: nothing to show; the next poll tries again

    def _changed(self, changes: Changes) -> None:
        if changes.evaluation or changes.participants is not None:
            if self._watched():
                self.refresh()
            else:
                self._mark = -1

    def _file_opened(self, _path: object) -> None:
        self.showing = Showing()
        self._shown_since = self._session.clock.monotonic()
        self._listed = None
        self.refresh()

    def _file_closed(self) -> None:
        self.projector_window.hide_from_projector()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale():
            self.refresh()

    # -- the list --------------------------------------------------------------------------------
    def _fill_list(self) -> None:
        """Rebuild the list when the questions changed; otherwise only its counts move on."""
        found = self.results.questions if self.results is not None else ()
        listed = tuple((r.question.id, r.question.kind.value, r.question.text) for r in found)
        if listed != self._listed:
            self._listed = listed
            self.list_widget.blockSignals(True)
            self.list_widget.clear()
            if self.results is not None:
                overview = QListWidgetItem()
                overview.setData(Qt.ItemDataRole.UserRole, None)
                self.list_widget.addItem(overview)
                for result in found:
                    item = QListWidgetItem()
                    item.setData(Qt.ItemDataRole.UserRole, result.question.id)
                    item.setToolTip(result.question.text)
                    self.list_widget.addItem(item)
            ids = [r.question.id for r in found]
            if self.showing.question_id not in ids:
                self.showing = Showing()
            row = ids.index(self.showing.question_id) + 1 if self.showing.question_id in ids else 0
            self.list_widget.setCurrentRow(row if self.list_widget.count() else -1)
            self.list_widget.blockSignals(False)
        self._item_texts()

    def _item_texts(self) -> None:
        if self.results is None or not self.list_widget.count():
            return
        kinds = {
            QuestionKind.SCALE: self.tr("Skala 1–6"),
            QuestionKind.CHOICE: self.tr("Valg"),
            QuestionKind.OPEN: self.tr("Åpne svar"),
        }
        self.list_widget.item(0).setText(self.tr("Oversikt") + "\n" + self.tr("Snitt på alle skalaspørsmål"))
        for number, result in enumerate(self.results.questions, start=1):
            first = f"{number}. {' '.join(result.question.text.split())}"
            second = f"{kinds[result.question.kind]} · {answers_text(result.count)}"
            self.list_widget.item(number).setText(f"{first}\n{second}")

    # -- the projector ---------------------------------------------------------------------------
    def _preferred_screen(self) -> str:
        return self._settings.projector_screen if self._settings is not None else ""

    def _screen_changed(self, chosen: ScreenInfo | None) -> None:
        self.preview.aspect = aspect_of(chosen)
        self.preview.update()

    def _window_shown(self, _shown: bool) -> None:
        self._update_buttons()
        if self._stale():
            self.refresh()

    def _update_buttons(self) -> None:
        self.show_button.setEnabled(self._session.is_open)
        self.hide_button.setEnabled(self.projector_window.isVisible())

    def _repaint(self) -> None:
        self.preview.update()
        if self.projector_window.isVisible():
            self.projector_window.update()

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Vis i salen"))
        self.show_button.setText(self.tr("Vis på projektor"))
        self.hide_button.setText(self.tr("Skjul fra projektor"))
        self.show_button.setToolTip(self.tr("Vis resultatene i fullskjerm på projektoren"))
        self._item_texts()
        if self.results is not None:
            self.count_label.setText(responded_text(self.results))
        self._repaint()

    def close_window(self) -> None:
        """The app is closing: the projector window goes too."""
        self._poll_timer.stop()
        self._reader.shutdown()
        self.projector_window.close()

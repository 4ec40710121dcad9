"""The summary editor: a group's referat (or a talk's notes) typed on the laptop, with its heading,
the group's three key points under the text, the save line, "Prøv igjen", "Levert", "Gjenåpne",
and the conflict view above the text when two versions wait. It saves about a second after typing
stops, with the version it started from. The rules (when to save, what a failed save keeps, what a
phone's newer version does to unsaved typing, what a resolve leaves) are
:class:`app.referent.editing.SummaryDraft`'s; this widget tells it what happened, writes through
the session, and shows the result (the key points in the same write as the text)."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from app.groups.plans import Table
from app.referent.block_notes import stored_state
from app.referent.editing import DraftState, Reaction, SaveRequest, SummaryDraft
from app.referent.summaries import MAX_KEY_POINT, MAX_KEY_POINTS, PHONE, SummariesChanged, SummaryState
from ui.referater.conflict_view import ConflictPanel
from ui.referater.referat_display import (
    STATUS_COLORS,
    WARNING_COLOR,
    group_name,
    plain_label,
    status_text,
)
from ui.shell.conference_session import ConferenceSession
from ui.shell.formatting import format_time
from ui.shell.messages import message_text, show_error
from ui.shell.style import make_quiet, scaled_font
from ui.shell.retranslating import Retranslating

#: Autosave waits this long after the last keystroke.
AUTOSAVE_MS = 1000


class SummaryEditor(Retranslating, QWidget):
    """The referat of one group, typed on the laptop: autosave, delivery, and conflicts."""

    #: A save failed or succeeded again (for the window's status bar).
    status_message = Signal(str)

    def __init__(
        self,
        session: ConferenceSession,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._now = session.clock.now
        self.draft = SummaryDraft()
        self._table: Table | None = None
        self._kvadrant: int | None = None
        self._loading = False

        self.title_label = plain_label()
        title_font = scaled_font(self, 1.35, bold=True)
        self.title_label.setFont(title_font)
        self.status_badge = QLabel()
        self.status_badge.setContentsMargins(8, 2, 8, 2)
        self.roles_label = plain_label(wrap=True)
        self.members_label = plain_label(wrap=True)
        make_quiet(self.members_label)
        self.conflict_panel = ConflictPanel()
        self.conflict_panel.hide()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(120)
        # Its height is what is left (at least the minimum): it asks for no more, so that on a short
        # screen the editor scrolls only as far as it must.
        self.text_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        text_font = scaled_font(self.text_edit, 1.1)
        self.text_edit.setFont(text_font)
        self.points_label = QLabel()
        self.points_label.setFont(scaled_font(self, 1.0, bold=True))
        self.point_edits = [QLineEdit() for _ in range(MAX_KEY_POINTS)]
        for edit in self.point_edits:
            edit.setMaxLength(MAX_KEY_POINT)
            edit.setClearButtonEnabled(True)
            edit.setFont(text_font)
        self.save_label = plain_label(wrap=True)
        self.words_label = QLabel()
        make_quiet(self.words_label)
        self.retry_button = QPushButton()
        self.retry_button.hide()
        self.delivered_label = QLabel()
        self.deliver_button = QPushButton()
        self.reopen_button = QPushButton()

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save_now)

        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.status_badge)
        heading.addStretch(1)
        heading.addWidget(self.delivered_label)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_label, 1)
        save_row.addWidget(self.retry_button)
        save_row.addWidget(self.words_label)
        deliver_row = QHBoxLayout()
        deliver_row.addStretch(1)
        deliver_row.addWidget(self.reopen_button)
        deliver_row.addWidget(self.deliver_button)
        # In a scroll area: on a short screen (1366×768, two versions and the key points) the editor
        # scrolls rather than squeezing its parts over each other.
        content = QWidget()
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.roles_label)
        layout.addWidget(self.members_label)
        layout.addWidget(self.conflict_panel, 3)
        layout.addWidget(self.text_edit, 4)
        layout.addSpacing(4)
        layout.addWidget(self.points_label)
        for edit in self.point_edits:
            layout.addWidget(edit)
        layout.addLayout(save_row)
        layout.addLayout(deliver_row)

        self.text_edit.textChanged.connect(self._edited)
        for edit in self.point_edits:
            edit.textChanged.connect(self._points_edited)
            edit.returnPressed.connect(self.save_now)
        self.retry_button.clicked.connect(self.save_now)
        self.deliver_button.clicked.connect(self.deliver)
        self.reopen_button.clicked.connect(self.reopen)
        self.conflict_panel.resolve_requested.connect(self.resolve)
        self.conflict_panel.merge_requested.connect(self._put_both_in_editor)
        self.conflict_panel.save_merge_button.clicked.connect(self._save_merge)
        self._retranslate()
        self.setEnabled(False)

    # -- what is open ----------------------------------------------------------------------------
    @property
    def summary(self) -> SummaryState | None:
        """The referat open in the editor, as last read from the file."""
        return self.draft.stored

    @property
    def key(self) -> tuple[int, int | None] | None:
        return self.draft.key

    @property
    def text(self) -> str:
        return self.text_edit.toPlainText()

    @property
    def key_points(self) -> tuple[str, ...]:
        """The key points as they are saved: the lines filled in, trimmed, in order (a pasted line
        break becomes a space: a key point is one line)."""
        return tuple(point for edit in self.point_edits if (point := " ".join(edit.text().splitlines()).strip()))

    @property
    def is_dirty(self) -> bool:
        """Typing (text or key points) that is not in the file yet."""
        return self.draft.is_dirty or self._points_dirty

    @property
    def _points_dirty(self) -> bool:
        stored = self.draft.stored
        return stored is not None and self.key_points != stored.key_points

    @property
    def _points_unsaved(self) -> bool:
        """Key points to save (the draft rules on the text; the points follow the same rules)."""
        return self._points_dirty and not self.draft.in_conflict

    @property
    def in_conflict(self) -> bool:
        return self.draft.in_conflict

    @property
    def failed(self) -> KvadrantError | None:
        return self.draft.failed

    def open_group(self, state: SummaryState | None, table: Table | None, kvadrant: int | None) -> None:
        """Show ``state``'s referat; what was typed in the one open before is saved first."""
        if self.draft.shows(state):
            self._table, self._kvadrant = table, kvadrant
            self._show_heading()
            return
        self.flush()
        self._table, self._kvadrant = table, kvadrant
        self.setEnabled(state is not None)
        for widget in (self.points_label, *self.point_edits):  # a talk's notes have no key points
            widget.setVisible(state is None or state.group_id is not None)
        self._apply(self.draft.open(state))

    def flush(self) -> bool:
        """Save typing not yet saved (before the group, the block or the file changes)."""
        if not (self.draft.has_unsaved_typing or self._points_unsaved) or not self._session.is_open:
            self.autosave_timer.stop()
            return True
        return self.save_now()

    def _apply(self, reaction: Reaction, *, keep_points: bool = False) -> None:
        """Do what the draft says after an event: load text (and key points, unless typed ones are
        to stay), show it all, save at once, or wait."""
        if reaction.load is not None:
            self._load_text(reaction.load, keep_cursor=reaction.keep_cursor)
            if not keep_points:
                stored = self.draft.stored
                self._load_points(stored.key_points if stored is not None else ())
        self._show_heading()
        self._show_conflict()
        self._show_save_state()
        if reaction.save_now:
            self.save_now()
        elif reaction.autosave:
            self.autosave_timer.start()

    def _load_text(self, text: str, *, keep_cursor: bool = False) -> None:
        """Show ``text``; a live update of the same referat keeps the cursor and the scroll,
        anything else puts the cursor at the end, where the typing goes on."""
        if self.text_edit.toPlainText() == text:
            return
        position = self.text_edit.textCursor().position()
        scroll = self.text_edit.verticalScrollBar().value()
        self._loading = True
        try:
            self.text_edit.setPlainText(text)
        finally:
            self._loading = False
        cursor = self.text_edit.textCursor()
        if keep_cursor:  # positions count UTF-16 units (an emoji is two), so ask the document
            cursor.setPosition(min(position, self.text_edit.document().characterCount() - 1))
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.text_edit.setTextCursor(cursor)
        if keep_cursor:
            self.text_edit.verticalScrollBar().setValue(scroll)

    def _load_points(self, points: tuple[str, ...]) -> None:
        """Show ``points`` (loaded, not typed: no save follows)."""
        if self.key_points == points:
            return
        self._loading = True
        try:
            for index, edit in enumerate(self.point_edits):
                edit.setText(points[index] if index < len(points) else "")
        finally:
            self._loading = False

    # -- typing and saving -----------------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading:  # put there by the editor itself, not typed
            self.draft.shown(self.text)
            reaction = Reaction()
        else:
            reaction = self.draft.typed(self.text)
        self._update_words()
        self._update_buttons()
        if self._loading or self.draft.stored is None:
            return
        self._show_save_state()
        if reaction.autosave:
            self.autosave_timer.start()

    def _points_edited(self) -> None:
        if self._loading or self.draft.stored is None:
            return
        self._show_save_state()
        if not self.draft.in_conflict:
            self.autosave_timer.start()

    def save_now(self) -> bool:
        """Save the editor's text and key points with the version they started from; False if
        they are not saved."""
        self.autosave_timer.stop()
        if not self._session.is_open:
            return False
        request = self.draft.begin_save()
        stored = self.draft.stored
        if request is None and stored is not None and self._points_unsaved:
            # The draft knows the text only: key points changed alone are saved as that text again
            # with the delivery as it stands, which the core versions and conflict-checks the same.
            request = self.draft.begin_save(delivered=stored.delivered)
        if request is None:
            return self.draft.is_saved and not self._points_dirty
        return self._write(request)

    def _write(self, request: SaveRequest) -> bool:
        try:
            result = self._session.save_summary(
                block_id=request.block_id,
                group_id=request.group_id,
                text=request.text,
                base_version=request.base_version,
                delivered=request.delivered,
                key_points=self.key_points,
            )
        except KvadrantError as error:
            self.draft.save_failed(error)
            self._show_save_state()
            self.status_message.emit(self.tr("Referatet er ikke lagret: {problem}").format(problem=message_text(error.message)))
            return False
        except BaseException:
            self.draft.abandon_save()
            raise
        # Keep what is in the editor (the person may have typed on since). On a conflict the
        # core kept our text beside the newer one, and the panel shows both.
        self._apply(self.draft.saved(result, self._read_state(), now=self._now()))
        return result.ok

    def _read_state(self) -> SummaryState | None:
        key = self.draft.key
        if key is None or not self._session.is_open:
            return None
        try:
            return stored_state(self._session.db, *key)
        except KvadrantError:
            return None

    def deliver(self) -> None:
        request = self.draft.begin_save(delivered=True)
        if request is not None:
            self._write(request)

    def reopen(self) -> None:
        request = self.draft.begin_save(delivered=False)
        if request is not None:
            self._write(request)

    # -- others' changes -------------------------------------------------------------------------
    def summary_changed(self, change: SummariesChanged, state: SummaryState | None) -> None:
        """A save somewhere (a phone, or this laptop) touched a referat; take it if it is ours."""
        if state is None or self.key != (change.block_id, change.group_id):
            return
        typed_points = self._points_unsaved and not self.draft.is_saving
        if typed_points and not self.draft.is_dirty and state.version != self.draft.base_version:
            # Key points typed over an older version: saved now, so that the file keeps both.
            self.save_now()
            return
        reaction = self.draft.remote_changed(state)
        if reaction is not None:
            self._apply(reaction, keep_points=typed_points)

    def resolve(self, text: str, points: list[str]) -> None:
        """Keep ``text`` and ``points`` (one of the two versions, or a merge) and settle the
        conflict shown."""
        request = self.draft.begin_resolve(text)
        if request is None or request.resolves is None:
            return
        try:
            result = self._session.resolve_summary_conflict(
                block_id=request.block_id,
                group_id=request.group_id,
                conflict_id=request.resolves,
                text=request.text,
                base_version=request.base_version,
                key_points=tuple(points),
            )
        except KvadrantError as error:
            self.draft.save_failed(error)
            show_error(self, error, title=self.tr("Kunne ikke lagre referatet"))
            return
        except BaseException:
            self.draft.abandon_save()
            raise
        self._apply(self.draft.resolved(result, self._read_state()))

    def _put_both_in_editor(self) -> None:
        both = self.draft.both_texts()
        if both is None:
            return
        # Through a cursor, so Ctrl+Z in the editor takes it back.
        cursor = self.text_edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(both)
        self.text_edit.setTextCursor(cursor)
        # Both versions' key points, each once (the stored ones first), as many as there are lines.
        stored = self.draft.stored
        if stored is not None and stored.conflict is not None:
            points = list(dict.fromkeys(stored.key_points + stored.conflict.key_points))
            for index, edit in enumerate(self.point_edits):
                edit.selectAll()  # typed over, not set, so Ctrl+Z in the line takes it back
                edit.insert(points[index] if index < len(points) else "")
        self.text_edit.setFocus()

    def _save_merge(self) -> None:
        self.resolve(self.text, list(self.key_points))

    # -- showing ---------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.text_edit.setPlaceholderText(
            self.tr("Skriv gruppens referat her. Det lagres av seg selv mens du skriver.")
        )
        self.points_label.setText(self.tr("Tre hovedpunkter fra gruppa"))
        placeholders = (self.tr("Hovedpunkt 1"), self.tr("Hovedpunkt 2"), self.tr("Hovedpunkt 3"))
        for edit, placeholder in zip(self.point_edits, placeholders):
            edit.setPlaceholderText(placeholder)
        self.retry_button.setText(self.tr("Prøv igjen"))
        self.deliver_button.setText(self.tr("Levert"))
        self.deliver_button.setToolTip(self.tr("Merk referatet som levert"))
        self.reopen_button.setText(self.tr("Gjenåpne"))
        self.reopen_button.setToolTip(self.tr("Ta referatet tilbake, så gruppen kan skrive videre"))
        self._show_heading()
        self._show_save_state()
        self._update_words()

    def _show_heading(self) -> None:
        state, table = self.draft.stored, self._table
        if state is None:
            self.title_label.setText(self.tr("Velg en gruppe"))
            self.status_badge.hide()
            self.roles_label.setText("")
            self.members_label.setText("")
            self.delivered_label.setText("")
            self.deliver_button.setEnabled(False)
            self.reopen_button.setEnabled(False)
            return
        self.title_label.setText(group_name(state, self._kvadrant))
        background, foreground = STATUS_COLORS[state.status]
        self.status_badge.setText(status_text(state.status))
        self.status_badge.setStyleSheet(
            f"background: {background}; color: {foreground}; border-radius: 4px; font-weight: bold;"
        )
        self.status_badge.show()
        if table is not None:
            chair = table.member(table.ordstyrer_id)
            referent = table.member(table.referent_id)
            self.roles_label.setText(
                self.tr("Ordstyrer: {chair} · Referent: {referent}").format(
                    chair=chair.name if chair else "–", referent=referent.name if referent else "–"
                )
            )
            present = table.present_members
            self.members_label.setText(", ".join(f"{m.name} ({m.municipality})" for m in present))
            self._fit_members()
        else:
            self.roles_label.setText("")
            self.members_label.setText("")
        if state.delivered and state.delivered_at is not None:
            self.delivered_label.setText(self.tr("Levert kl. {time}").format(time=format_time(state.delivered_at.time())))
        else:
            self.delivered_label.setText(self.tr("Ikke levert"))
        self._update_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_members()

    def _fit_members(self) -> None:
        """The wrapped list of who is there keeps all its lines when the editor is short (a layout
        counts a wrapped label as one line, and would squeeze the conflict view instead)."""
        label = self.members_label
        label.setMinimumHeight(label.heightForWidth(self._scroll.viewport().width()) if label.text() else 0)

    def _update_buttons(self) -> None:
        """"Levert" once there is something to deliver; neither while two versions wait."""
        self.deliver_button.setEnabled(self.draft.can_deliver)
        self.reopen_button.setEnabled(self.draft.can_reopen)

    def _show_conflict(self) -> None:
        state = self.draft.stored
        if state is not None and state.conflicts:
            self.conflict_panel.set_state(state)
            self.conflict_panel.show()
        else:
            self.conflict_panel.hide()

    def _show_save_state(self) -> None:
        draft = self.draft
        phase = draft.state
        self.retry_button.setVisible(draft.failed is not None)
        if phase is DraftState.CLOSED:
            self.save_label.setText("")
            self.save_label.setStyleSheet("")
            return
        if draft.failed is not None:
            self.save_label.setText(
                self.tr("Ikke lagret: {problem} Teksten står fortsatt her, og Kvadrant prøver igjen når du skriver videre.").format(
                    problem=message_text(draft.failed.message)
                )
            )
            self.save_label.setStyleSheet(f"color: {WARNING_COLOR}; font-weight: bold;")
            return
        self.save_label.setStyleSheet("")
        stored = draft.stored
        assert stored is not None
        if phase is DraftState.CONFLICT:
            self.save_label.setText(self.tr("Velg en av tekstene over, eller lagre en sammenslått tekst."))
            self.save_label.setStyleSheet(f"color: {WARNING_COLOR};")
        elif phase in (DraftState.TYPING, DraftState.SAVING) or self._points_dirty:
            self.save_label.setText(self.tr("Lagrer …"))
        elif stored.updated_at is not None:
            time = format_time(stored.updated_at.time())
            if stored.updated_from == PHONE:
                self.save_label.setText(self.tr("Lagret {time} fra telefonen").format(time=time))
            else:
                self.save_label.setText(self.tr("Lagret {time}").format(time=time))
        else:
            self.save_label.setText(self.tr("Ingenting skrevet ennå"))

    def _update_words(self) -> None:
        self.words_label.setText(self.tr("{n} ord").format(n=len(self.text.split())))

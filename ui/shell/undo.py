"""The one undo mechanism: an edit done by the core is pushed as a command that can put the rows
it touched back as they were before it (undo) and after it (redo), ids included.

Whoever pushes supplies the two "put back" steps (for participants and the programme
:func:`app.conference_file.row_snapshots.restore`; for table plans the groups' own snapshots,
which also keep ids) and the :class:`Changes` to announce. A step the core refuses (the rows were
changed since) is reported through ``session.undo_failed`` and the command becomes obsolete.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtGui import QUndoCommand

from app.common.messages import KvadrantError
from ui.shell.changes import Changes

if TYPE_CHECKING:
    from ui.shell.conference_session import ConferenceSession

#: Puts some rows back and says what changed.
PutBack = Callable[[], Changes]


class RestoreCommand(QUndoCommand):
    """An edit already carried out when it is pushed; undo and redo put its rows back."""

    def __init__(self, session: ConferenceSession, text: str, *, undo: PutBack, redo: PutBack) -> None:
        super().__init__(text)
        self._session = session
        self._undo, self._redo = undo, redo
        self._pushed = True

    def redo(self) -> None:
        if self._pushed:  # QUndoStack.push calls redo; the edit is already done
            self._pushed = False
            return
        self._put_back(self._redo)

    def undo(self) -> None:
        self._put_back(self._undo)

    def _put_back(self, step: PutBack) -> None:
        session = self._session
        if not session.is_open:
            self.setObsolete(True)
            return
        try:
            changes = step()
        except KvadrantError as error:
            self.setObsolete(True)
            session.undo_failed.emit(error)
            return
        session.announce(changes)

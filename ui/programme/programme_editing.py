"""Editing the programme with undo: add, change, move and remove blocks.

Each edit is done by the core at once (a refusal, a :class:`KvadrantError`, reaches the caller
who shows it) and then pushed on the session's shared ``QUndoStack`` with the block's values
before and after, so Ctrl+Z works here as everywhere. A removed block that comes back on undo
gets a new id; later commands find it through the aliases kept here.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand

from app.run import programme as programme_core
from app.common.messages import KvadrantError
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession


class ProgrammeEditor(QObject):
    """The programme's undoable edits for one session."""

    def __init__(self, session: ConferenceSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._aliases: dict[int, int] = {}
        session.file_opened.connect(self._forget)
        session.file_closed.connect(self._forget)

    def _forget(self, *args: object) -> None:
        self._aliases.clear()

    def resolve(self, block_id: int) -> int:
        seen: set[int] = set()
        while block_id in self._aliases and block_id not in seen:
            seen.add(block_id)
            block_id = self._aliases[block_id]
        return block_id

    def alias(self, old_id: int, new_id: int) -> None:
        if old_id != new_id:
            self._aliases[old_id] = new_id

    # -- edits -------------------------------------------------------------------------------
    def add_block(self, *, position: int | None = None, **values: Any) -> int:
        """Add a block; returns its id."""
        change = programme_core.add_block(self.session.db, position=position, **values)
        block_id = change.block_ids[0]
        added = programme_core.get_block(self.session.db, block_id)
        self.session.announce(Changes(programme=True))
        text = self.tr("Legg til «{title}»").format(title=added.title)
        self.session.undo_stack.push(_AddBlockCommand(self, block_id, added.position, programme_core.block_values(added), text))
        return block_id

    def update_block(self, block_id: int, **values: Any) -> None:
        block_id = self.resolve(block_id)
        before = programme_core.block_values(programme_core.get_block(self.session.db, block_id))
        programme_core.update_block(self.session.db, block_id, **values)
        after = programme_core.block_values(programme_core.get_block(self.session.db, block_id))
        if after == before:
            return
        self.session.announce(Changes(programme=True))
        text = self.tr("Endre «{title}»").format(title=after["title"])
        self.session.undo_stack.push(_UpdateBlockCommand(self, block_id, before, after, text))

    def move_block(self, block_id: int, position: int) -> None:
        block_id = self.resolve(block_id)
        block = programme_core.get_block(self.session.db, block_id)
        programme_core.move_block(self.session.db, block_id, position)
        moved = programme_core.get_block(self.session.db, block_id)
        if moved.position == block.position:
            return
        self.session.announce(Changes(programme=True))
        text = self.tr("Flytt «{title}»").format(title=block.title)
        self.session.undo_stack.push(_MoveBlockCommand(self, block_id, block.position, moved.position, text))

    def remove_block(self, block_id: int) -> None:
        block_id = self.resolve(block_id)
        block = programme_core.get_block(self.session.db, block_id)
        programme_core.remove_block(self.session.db, block_id)
        self.session.announce(Changes(programme=True))
        text = self.tr("Fjern «{title}»").format(title=block.title)
        self.session.undo_stack.push(
            _RemoveBlockCommand(self, block_id, block.position, programme_core.block_values(block), text)
        )


class _ProgrammeCommand(QUndoCommand):
    """An edit already carried out when pushed; undo and redo report a refusal, never raise."""

    def __init__(self, editor: ProgrammeEditor, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self._done = True

    def _run(self, action: Callable[[], None]) -> None:
        session = self.editor.session
        if not session.is_open:
            self.setObsolete(True)
            return
        try:
            action()
        except KvadrantError as error:
            self.setObsolete(True)
            session.undo_failed.emit(error)
            return
        session.announce(Changes(programme=True))

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.revert)

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    @property
    def db(self):  # type: ignore[no-untyped-def]
        return self.editor.session.db


class _AddBlockCommand(_ProgrammeCommand):
    def __init__(self, editor: ProgrammeEditor, block_id: int, position: int, values: dict, text: str) -> None:
        super().__init__(editor, text)
        self.block_id, self.position, self.values = block_id, position, values

    def do(self) -> None:
        change = programme_core.add_block(self.db, position=self.position, **self.values)
        self.editor.alias(self.editor.resolve(self.block_id), change.block_ids[0])

    def revert(self) -> None:
        programme_core.remove_block(self.db, self.editor.resolve(self.block_id))


class _UpdateBlockCommand(_ProgrammeCommand):
    def __init__(self, editor: ProgrammeEditor, block_id: int, before: dict, after: dict, text: str) -> None:
        super().__init__(editor, text)
        self.block_id, self.before, self.after = block_id, before, after

    def do(self) -> None:
        programme_core.update_block(self.db, self.editor.resolve(self.block_id), **self.after)

    def revert(self) -> None:
        programme_core.update_block(self.db, self.editor.resolve(self.block_id), **self.before)


class _MoveBlockCommand(_ProgrammeCommand):
    def __init__(self, editor: ProgrammeEditor, block_id: int, origin: int, target: int, text: str) -> None:
        super().__init__(editor, text)
        self.block_id, self.origin, self.target = block_id, origin, target

    def do(self) -> None:
        programme_core.move_block(self.db, self.editor.resolve(self.block_id), self.target)

    def revert(self) -> None:
        programme_core.move_block(self.db, self.editor.resolve(self.block_id), self.origin)


class _RemoveBlockCommand(_ProgrammeCommand):
    def __init__(self, editor: ProgrammeEditor, block_id: int, position: int, values: dict, text: str) -> None:
        super().__init__(editor, text)
        self.block_id, self.position, self.values = block_id, position, values

    def do(self) -> None:
        programme_core.remove_block(self.db, self.editor.resolve(self.block_id))

    def revert(self) -> None:
        change = programme_core.add_block(self.db, position=self.position, **self.values)
        self.editor.alias(self.editor.resolve(self.block_id), change.block_ids[0])

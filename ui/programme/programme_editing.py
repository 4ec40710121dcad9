"""Editing the programme with undo: add, change, move and remove blocks.

Each edit is done by the core at once (a refusal, a :class:`KvadrantError`, reaches the caller
who shows it) and then pushed on the session's shared ``QUndoStack`` as the programme's rows
before and after (``ui.shell.undo``), so Ctrl+Z works here as everywhere and a removed block
comes back with its own id.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject

from app.conference_file.row_snapshots import Part, take
from app.conference_file.schema import Block
from app.run import programme as programme_core
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession

#: Every block: adding, moving or removing one renumbers the others' positions.
_BLOCKS = Part(Block, Block.id.is_not(None))


class ProgrammeEditor(QObject):
    """The programme's undoable edits for one session."""

    def __init__(self, session: ConferenceSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def _edit(self, edit: Callable[[], str | None]) -> None:
        """Run ``edit`` (which returns the undo text, or None when nothing changed) and push it."""
        before = take(self.session.db, _BLOCKS)
        text = edit()
        if text is None:
            return
        after = take(self.session.db, _BLOCKS)
        self.session.push_rows(text, before=before, after=after, changes=Changes(programme=True))

    # -- edits -------------------------------------------------------------------------------
    def add_block(self, *, position: int | None = None, **values: Any) -> int:
        """Add a block; returns its id."""
        added: list[int] = []

        def edit() -> str:
            added.extend(programme_core.add_block(self.session.db, position=position, **values).block_ids)
            title = programme_core.get_block(self.session.db, added[0]).title
            return self.tr("Legg til «{title}»").format(title=title)

        self._edit(edit)
        return added[0]

    def update_block(self, block_id: int, **values: Any) -> None:
        def edit() -> str | None:
            db = self.session.db
            before = programme_core.block_values(programme_core.get_block(db, block_id))
            programme_core.update_block(db, block_id, **values)
            after = programme_core.block_values(programme_core.get_block(db, block_id))
            return None if after == before else self.tr("Endre «{title}»").format(title=after["title"])

        self._edit(edit)

    def move_block(self, block_id: int, position: int) -> None:
        def edit() -> str | None:
            db = self.session.db
            block = programme_core.get_block(db, block_id)
            programme_core.move_block(db, block_id, position)
            if programme_core.get_block(db, block_id).position == block.position:
                return None
            return self.tr("Flytt «{title}»").format(title=block.title)

        self._edit(edit)

    def remove_block(self, block_id: int) -> None:
        def edit() -> str:
            block = programme_core.get_block(self.session.db, block_id)
            programme_core.remove_block(self.session.db, block_id)
            return self.tr("Fjern «{title}»").format(title=block.title)

        self._edit(edit)

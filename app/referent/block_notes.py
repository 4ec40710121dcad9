"""Notes for the blocks without groups: a talk, a plenum, the municipalities' presentations.

A block's notes are a summary of the block's own (``group_id`` None): saved with versions,
delivered and never overwritten silently, exactly as a group's referat (see
:mod:`app.referent.summaries`), written on the laptop or, through an optional link, on a phone.
"""
from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from app.conference_file.conference import BlockRow, list_blocks
from app.conference_file.schema import Block, BlockKind, Summary
from app.conference_file.storage import ConferenceDb
from app.referent.summaries import SummaryState, board, summary_state, waiting_conflicts

#: Breaks have nothing to write up.
_WITHOUT_NOTES = frozenset({BlockKind.PAUSE, BlockKind.LUNSJ})


def takes_notes(block: BlockRow) -> bool:
    """Whether a block has notes of its own: every block but the group blocks and the breaks."""
    return not block.is_group_block and block.kind not in _WITHOUT_NOTES


def note_blocks(db: ConferenceDb) -> list[BlockRow]:
    """The blocks that take notes, in programme order."""
    return [b for b in list_blocks(db) if takes_notes(b)]


def _named(state: SummaryState, title: str) -> SummaryState:
    """A note is named by its block: its ``label`` is the block's title."""
    return replace(state, label=title)


def block_notes(db: ConferenceDb) -> dict[int, SummaryState]:
    """Every block's own notes that were ever saved, by block id, in one read."""
    with db.read() as session:
        rows = list(session.scalars(select(Summary).where(Summary.group_id.is_(None))))
        waiting = waiting_conflicts(session, [row.id for row in rows])
        titles = {block_id: title for block_id, title in session.execute(select(Block.id, Block.title))}
        return {
            row.block_id: _named(summary_state(row.block_id, None, row, waiting.get(row.id, ())), titles.get(row.block_id, ""))
            for row in rows
        }


def block_note(db: ConferenceDb, block_id: int) -> SummaryState:
    """One block's notes (empty, version 0, before the first save), named by the block's title."""
    found = block_notes(db).get(block_id)
    if found is not None:
        return found
    title = next((b.title for b in list_blocks(db) if b.id == block_id), "")
    return _named(summary_state(block_id, None, None), title)


def stored_state(db: ConferenceDb, block_id: int, group_id: int | None) -> SummaryState | None:
    """What the file holds for a group's referat, or with ``group_id`` None for a block's notes
    (None: the group is not on the block's board)."""
    if group_id is None:
        return block_note(db, block_id)
    return next((row for row in board(db, block_id).rows if row.group_id == group_id), None)

"""Editing the programme: add, change, reorder and remove blocks, each committed at once."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.conference_file.conference import BlockRow, block_row
from app.common.messages import KvadrantError
from app.conference_file.ordering import in_order, move_to
from app.conference_file.schema import Block, BlockKind
from app.conference_file.storage import ConferenceDb
from app.common.text import clean

#: Fields a block can be given; texts are kept as typed (only trimmed), times are dt.time or None.
BLOCK_FIELDS = (
    "title",
    "kind",
    "start",
    "end",
    "description",
    "presenter",
    "task_text",
    "summary_deadline",
    "summary_deadline_note",
    "fixed_time",
    "slot_seconds",
    "day_presenters",
)


@dataclass(frozen=True)
class ProgrammeChanged:
    block_ids: tuple[int, ...]
    reordered: bool = False


def _checked(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(BLOCK_FIELDS)
    if unknown:
        raise TypeError(f"not a block field: {sorted(unknown)}")
    out = dict(values)
    if "title" in out:
        out["title"] = clean(out["title"])
        if not out["title"]:
            raise KvadrantError("block_title_required")
    if "kind" in out:
        try:
            out["kind"] = BlockKind(out["kind"])
        except ValueError:
            raise KvadrantError("block_bad_kind", value=out["kind"]) from None
    for key in ("description", "task_text", "summary_deadline_note"):
        if key in out:
            out[key] = str(out[key]).strip()
    if "presenter" in out:
        out["presenter"] = clean(out["presenter"])
    if "day_presenters" in out:  # a sequence of names, stored as a JSON list
        names = [clean(str(name)) for name in out["day_presenters"]]
        out["day_presenters"] = json.dumps([name for name in names if name], ensure_ascii=False)
    if "slot_seconds" in out:
        seconds = int(out["slot_seconds"])
        if not 30 <= seconds <= 3600:
            raise KvadrantError("block_bad_slot", value=seconds)
        out["slot_seconds"] = seconds
    for key in ("start", "end", "summary_deadline"):
        if key in out and out[key] is not None and not isinstance(out[key], dt.time):
            raise TypeError(f"{key} must be a datetime.time or None")
    return out


def _check_times(block: Block) -> None:
    if (block.start is None) != (block.end is None):
        raise KvadrantError("block_time_half")
    if block.start is not None and block.end is not None and block.end <= block.start:
        raise KvadrantError("block_end_before_start", start=block.start.strftime("%H.%M"), end=block.end.strftime("%H.%M"))


def add_block(db: ConferenceDb, *, position: int | None = None, **values: Any) -> ProgrammeChanged:
    """Insert a block at ``position`` (default: after the last)."""
    values = _checked({"kind": BlockKind.PLENUM, **values})
    if "title" not in values:
        raise KvadrantError("block_title_required")
    with db.write() as session:
        blocks = list(session.scalars(select(Block).order_by(Block.position, Block.id)))
        position = len(blocks) if position is None else max(0, min(position, len(blocks)))
        block = Block(position=position, **values)
        _check_times(block)
        blocks.insert(position, block)
        session.add(block)
        for k, b in enumerate(blocks):
            b.position = k
        session.flush()
        return ProgrammeChanged(block_ids=(block.id,), reordered=True)


def update_block(db: ConferenceDb, block_id: int, **values: Any) -> ProgrammeChanged:
    values = _checked(values)
    with db.write() as session:
        block = session.get(Block, block_id)
        if block is None:
            raise KvadrantError("block_not_found")
        for key, value in values.items():
            setattr(block, key, value)
        _check_times(block)
        return ProgrammeChanged(block_ids=(block_id,))


def move_block(db: ConferenceDb, block_id: int, position: int) -> ProgrammeChanged:
    """Put a block at ``position`` in the running order (times are not changed)."""
    with db.write() as session:
        blocks = in_order(session, Block)
        if move_to(blocks, block_id, position) is None:
            raise KvadrantError("block_not_found")
        return ProgrammeChanged(block_ids=tuple(b.id for b in blocks), reordered=True)


def remove_block(db: ConferenceDb, block_id: int) -> ProgrammeChanged:
    with db.write() as session:
        block = session.get(Block, block_id)
        if block is None:
            raise KvadrantError("block_not_found")
        session.delete(block)
        session.flush()
        for k, b in enumerate(session.scalars(select(Block).order_by(Block.position, Block.id))):
            b.position = k
        return ProgrammeChanged(block_ids=(block_id,), reordered=True)


def get_block(db: ConferenceDb, block_id: int) -> BlockRow:
    with db.read() as session:
        block = session.get(Block, block_id)
        if block is None:
            raise KvadrantError("block_not_found")
        return block_row(block)


def block_values(block: BlockRow) -> dict[str, Any]:
    """A block's editable values, e.g. to put it back on undo."""
    return {key: getattr(block, key) for key in BLOCK_FIELDS}

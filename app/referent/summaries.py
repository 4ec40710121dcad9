"""Referent summaries (referater): saved with versions, delivered, and never overwritten silently.

Every save names the version it started from. If someone else saved in between, the save is
refused and its text kept beside the current one as a conflict, to be resolved by a person.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.conference_file.conference import BlockRow, get_conference, list_blocks
from app.groups.plans import Plan, Table, current_plan
from app.common.messages import KvadrantError
from app.conference_file.schema import Group, Summary
from app.conference_file.storage import ConferenceDb

LAPTOP = "laptop"
PHONE = "phone"


@dataclass(frozen=True)
class SummaryState:
    block_id: int
    group_id: int
    group_number: int
    label: str
    text: str
    version: int
    delivered: bool
    delivered_at: dt.datetime | None
    updated_at: dt.datetime | None
    updated_from: str
    conflict_text: str | None
    conflict_from: str
    conflict_at: dt.datetime | None

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def status(self) -> str:
        """empty / writing / delivered, or conflict while one waits to be resolved."""
        if self.conflict_text is not None:
            return "conflict"
        if self.delivered:
            return "delivered"
        return "writing" if self.text.strip() else "empty"


@dataclass(frozen=True)
class SaveResult:
    """``ok`` False means refused (a conflict, or a stale delivery or reopening): ``text``,
    ``version`` and ``delivered`` are the current ones."""

    ok: bool
    version: int
    text: str
    delivered: bool


@dataclass(frozen=True)
class SummariesChanged:
    block_id: int
    group_id: int
    source: str


@dataclass(frozen=True)
class Board:
    """Who has delivered, for one group block."""

    block: BlockRow
    rows: tuple[SummaryState, ...]
    deadline: dt.datetime | None

    @property
    def delivered(self) -> int:
        return sum(1 for r in self.rows if r.delivered)

    def seconds_left(self, now: dt.datetime) -> float | None:
        return (self.deadline - now).total_seconds() if self.deadline else None


def group_blocks(db: ConferenceDb) -> list[BlockRow]:
    """The blocks where groups write a referat: 1. and 4. kvadrant, in programme order."""
    return [b for b in list_blocks(db) if b.kvadrant is not None]


def block_for_kvadrant(db: ConferenceDb, kvadrant: int) -> BlockRow | None:
    return next((b for b in group_blocks(db) if b.kvadrant == kvadrant), None)


def _block(db: ConferenceDb, block_id: int) -> BlockRow:
    block = next((b for b in group_blocks(db) if b.id == block_id), None)
    if block is None:
        raise KvadrantError("block_not_found")
    return block


def plan_for(db: ConferenceDb, block: BlockRow) -> Plan | None:
    return current_plan(db, block.kvadrant) if block.kvadrant is not None else None


def deadline_of(db: ConferenceDb, block: BlockRow) -> dt.datetime | None:
    if block.summary_deadline is None:
        return None
    date = get_conference(db).date
    # A conference without a date has no day to put the deadline on.
    return dt.datetime.combine(date, block.summary_deadline) if date else None


def _state(block_id: int, table: Table, summary: Summary | None) -> SummaryState:
    if summary is None:
        return SummaryState(block_id, table.id, table.number, table.label, "", 0, False, None, None, "", None, "", None)
    return SummaryState(
        block_id=block_id,
        group_id=table.id,
        group_number=table.number,
        label=table.label,
        text=summary.text,
        version=summary.version,
        delivered=summary.delivered,
        delivered_at=summary.delivered_at,
        updated_at=summary.updated_at,
        updated_from=summary.updated_from,
        conflict_text=summary.conflict_text,
        conflict_from=summary.conflict_from,
        conflict_at=summary.conflict_at,
    )


def board(db: ConferenceDb, block_id: int) -> Board:
    """Every group of the block's current plan with its summary's state."""
    block = _block(db, block_id)
    plan = plan_for(db, block)
    tables = plan.tables if plan else ()
    with db.read() as session:
        found = {s.group_id: s for s in session.scalars(select(Summary).where(Summary.block_id == block_id))}
        rows = tuple(_state(block_id, t, found.get(t.id)) for t in tables)
    return Board(block=block, rows=rows, deadline=deadline_of(db, block))


def get_summary(db: ConferenceDb, block_id: int, group_id: int) -> SummaryState:
    plan = plan_for(db, _block(db, block_id))
    table = next((t for t in plan.tables if t.id == group_id), None) if plan else None
    if table is None:
        raise KvadrantError("group_not_found")
    return summary_of(db, block_id, table)


def summary_of(db: ConferenceDb, block_id: int, table: Table) -> SummaryState:
    """The summary of one group whose table the caller already has (no second plan read)."""
    with db.read() as session:
        found = session.scalars(select(Summary).where(Summary.block_id == block_id, Summary.group_id == table.id)).first()
        return _state(block_id, table, found)


def _summary(session: Session, block_id: int, group_id: int) -> Summary:
    summary = session.scalars(
        select(Summary).where(Summary.block_id == block_id, Summary.group_id == group_id)
    ).first()
    if summary is None:
        if session.get(Group, group_id) is None:
            raise KvadrantError("group_not_found")
        summary = Summary(block_id=block_id, group_id=group_id, text="", version=0, delivered=False)
        session.add(summary)
        session.flush()
    return summary


def save_summary(
    db: ConferenceDb,
    *,
    block_id: int,
    group_id: int,
    text: str,
    base_version: int,
    source: str,
    delivered: bool | None = None,
    resolved: bool = False,
) -> SaveResult:
    """Save ``text`` if ``base_version`` is still current; else keep it as the conflict.

    The text is stored exactly as given. Saving what is already stored changes nothing.
    ``delivered`` True marks the referat delivered, False reopens it. ``resolved`` says this text
    is a person's choice between the two of a conflict, which then is cleared.

    ``delivered`` is versioned like the text. From a stale ``base_version``:

    - a different text is refused and kept as the conflict (whatever ``delivered`` says);
    - the same text with a ``delivered`` that would change the stored one (deliver or reopen) is
      refused and nothing changes: there is no text to keep beside the stored one, so no conflict
      is recorded; the caller gets the current state (``ok`` False) to show before asking again;
    - the same text with ``delivered`` None or equal to the stored one is a retry whose answer was
      lost: not a conflict, nothing changes (``resolved`` still clears a conflict).
    """
    now = db.clock.now
    with db.write() as session:
        summary = _summary(session, block_id, group_id)
        same_text = text == summary.text
        stale = base_version != summary.version
        changes_delivery = delivered is not None and delivered != summary.delivered
        if stale and not same_text:
            summary.conflict_text = text
            summary.conflict_from = source
            summary.conflict_at = now()
            return SaveResult(False, summary.version, summary.text, summary.delivered)
        if stale and changes_delivery:
            # A delivery or reopening decided on an older state (the laptop reopened, another
            # phone delivered): refused, so that the person sees the state before deciding again.
            return SaveResult(False, summary.version, summary.text, summary.delivered)
        if not same_text or changes_delivery:
            summary.text = text
            summary.version += 1
            summary.updated_at = now()
            summary.updated_from = source
            if changes_delivery:
                summary.delivered = bool(delivered)
                summary.delivered_at = now() if delivered else None
        if resolved:
            summary.conflict_text, summary.conflict_from, summary.conflict_at = None, "", None
        return SaveResult(True, summary.version, summary.text, summary.delivered)


def resolve_conflict(
    db: ConferenceDb,
    *,
    block_id: int,
    group_id: int,
    text: str,
    base_version: int,
) -> SaveResult:
    """Store the text a person chose (or merged) from the two on the laptop, clearing the conflict."""
    return save_summary(
        db, block_id=block_id, group_id=group_id, text=text, base_version=base_version, source=LAPTOP, resolved=True
    )

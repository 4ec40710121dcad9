"""Referent summaries (referater): saved with versions, delivered, and never overwritten silently.

Every save names the version it started from. If someone else saved in between, the save is
refused and its text kept beside the current one as a conflict. Each refused text is a conflict
of its own, kept until a person resolves that one: resolving one never deletes another.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.conference_file.conference import BlockRow, get_conference, list_blocks
from app.groups.plans import Plan, Table, current_plan
from app.common.messages import KvadrantError
from app.conference_file.schema import Block, Group, Summary, SummaryConflict
from app.conference_file.storage import ConferenceDb

LAPTOP = "laptop"
PHONE = "phone"
MAX_KEY_POINTS = 3
MAX_KEY_POINT = 200  # characters of one key point


def points_of(raw: str | None) -> tuple[str, ...]:
    """A stored JSON list of key points as a tuple (a damaged value reads as none)."""
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return ()
    return tuple(str(point) for point in value) if isinstance(value, list) else ()


def _points_json(points: tuple[str, ...]) -> str:
    return json.dumps(list(points), ensure_ascii=False)


@dataclass(frozen=True)
class Conflict:
    """A refused text waiting for a person: from ``source`` (laptop/phone) and ``device`` (which
    phone page), at ``at``, typed over ``base_version``."""

    id: int
    text: str
    source: str
    device: str
    at: dt.datetime
    base_version: int
    key_points: tuple[str, ...] = ()


@dataclass(frozen=True)
class SummaryState:
    block_id: int
    group_id: int | None  # None: the block's own notes (see app.referent.block_notes)
    group_number: int
    label: str
    text: str
    version: int
    delivered: bool
    delivered_at: dt.datetime | None
    updated_at: dt.datetime | None
    updated_from: str
    conflicts: tuple[Conflict, ...] = ()  # oldest first
    key_points: tuple[str, ...] = ()

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def conflict(self) -> Conflict | None:
        """The oldest refused text still waiting, the one a person resolves next."""
        return self.conflicts[0] if self.conflicts else None

    @property
    def status(self) -> str:
        """empty / writing / delivered, or conflict while a refused text waits to be resolved."""
        if self.conflicts:
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
    key_points: tuple[str, ...] = ()


@dataclass(frozen=True)
class SummariesChanged:
    block_id: int
    group_id: int | None
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


def summary_state(block_id: int, table: Table | None, summary: Summary | None, conflicts: tuple[Conflict, ...] = ()) -> SummaryState:
    """A group's summary (``table``), or with ``table`` None the block's own notes."""
    group_id, number, label = (table.id, table.number, table.label) if table is not None else (None, 0, "")
    if summary is None:
        return SummaryState(block_id, group_id, number, label, "", 0, False, None, None, "")
    return SummaryState(
        block_id=block_id,
        group_id=group_id,
        group_number=number,
        label=label,
        text=summary.text,
        version=summary.version,
        delivered=summary.delivered,
        delivered_at=summary.delivered_at,
        updated_at=summary.updated_at,
        updated_from=summary.updated_from,
        conflicts=conflicts,
        key_points=points_of(summary.key_points),
    )


def waiting_conflicts(session: Session, summary_ids: list[int]) -> dict[int, tuple[Conflict, ...]]:
    """The waiting conflicts of these summaries, oldest first, in one query."""
    found: dict[int, list[Conflict]] = {}
    if summary_ids:
        rows = session.scalars(
            select(SummaryConflict).where(SummaryConflict.summary_id.in_(summary_ids)).order_by(SummaryConflict.id)
        )
        for row in rows:
            found.setdefault(row.summary_id, []).append(
                Conflict(row.id, row.text, row.source, row.device, row.created_at, row.base_version, points_of(row.key_points))
            )
    return {key: tuple(value) for key, value in found.items()}


def board(db: ConferenceDb, block_id: int) -> Board:
    """Every group of the block's current plan with its summary's state."""
    block = _block(db, block_id)
    plan = plan_for(db, block)
    tables = plan.tables if plan else ()
    with db.read() as session:
        found = {s.group_id: s for s in session.scalars(select(Summary).where(Summary.block_id == block_id))}
        waiting = waiting_conflicts(session, [s.id for s in found.values()])
        rows = tuple(
            summary_state(block_id, t, s, waiting.get(s.id, ()) if s else ()) for t in tables for s in [found.get(t.id)]
        )
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
        waiting = waiting_conflicts(session, [found.id]) if found is not None else {}
        return summary_state(block_id, table, found, waiting.get(found.id, ()) if found is not None else ())


def _summary(session: Session, block_id: int, group_id: int | None) -> Summary:
    which = Summary.group_id.is_(None) if group_id is None else Summary.group_id == group_id
    summary = session.scalars(select(Summary).where(Summary.block_id == block_id, which)).first()
    if summary is None:
        if group_id is None and session.get(Block, block_id) is None:
            raise KvadrantError("block_not_found")
        if group_id is not None and session.get(Group, group_id) is None:
            raise KvadrantError("group_not_found")
        summary = Summary(block_id=block_id, group_id=group_id, text="", version=0, delivered=False)
        session.add(summary)
        session.flush()
    return summary


def save_summary(
    db: ConferenceDb,
    *,
    block_id: int,
    group_id: int | None,
    text: str,
    base_version: int,
    source: str,
    device: str = "",
    delivered: bool | None = None,
    resolved: bool = False,
    resolves: tuple[int, ...] = (),
    key_points: tuple[str, ...] | None = None,
) -> SaveResult:
    """Save ``text`` if ``base_version`` is still current; else keep it as a conflict.

    ``group_id`` None saves the block's own notes (a talk's, a plenum's) the same way.

    ``key_points`` (up to three lines; None keeps the stored ones) are part of what is saved: a
    change of key points alone is a new version, and from a stale version it is refused and kept
    with the text like any other change.

    The text is stored exactly as given. Saving what is already stored changes nothing.
    ``delivered`` True marks the referat delivered, False reopens it. A person who chose between
    texts names the conflicts the choice settles: ``resolves`` by id (the laptop's conflict view),
    or ``resolved`` for every one this ``source`` and ``device`` sent (a phone that was shown its
    own refused text beside the stored one). Other conflicts stay.

    ``delivered`` is versioned like the text. From a stale ``base_version``:

    - a different text is refused and kept as a conflict (whatever ``delivered`` says); the same
      text refused again from the same device is not kept twice. If the save was a choice, the
      conflicts it settles give way to it: the person's choice is the one kept;
    - the same text with a ``delivered`` that would change the stored one (deliver or reopen) is
      refused and nothing changes: there is no text to keep beside the stored one, so no conflict
      is recorded; the caller gets the current state (``ok`` False) to show before asking again;
    - the same text with ``delivered`` None or equal to the stored one is a retry whose answer was
      lost: not a conflict, nothing changes (a choice still settles its conflicts).
    """
    now = db.clock.now
    with db.write() as session:
        summary = _summary(session, block_id, group_id)
        stored_points = points_of(summary.key_points)
        points = stored_points if key_points is None else tuple(key_points)
        same_text = text == summary.text and points == stored_points
        stale = base_version != summary.version
        changes_delivery = delivered is not None and delivered != summary.delivered
        settled = _settled(session, summary.id, source, device, resolved, resolves)
        if stale and not same_text:
            for conflict in settled:
                session.delete(conflict)
            waiting = session.scalars(
                select(SummaryConflict).where(
                    SummaryConflict.summary_id == summary.id,
                    SummaryConflict.source == source,
                    SummaryConflict.device == device,
                    SummaryConflict.text == text,
                    SummaryConflict.key_points == _points_json(points),
                )
            ).first()
            if waiting is None or waiting in settled:
                session.add(
                    SummaryConflict(
                        summary_id=summary.id, text=text, source=source, device=device,
                        base_version=base_version, created_at=now(), key_points=_points_json(points),
                    )
                )
            return SaveResult(False, summary.version, summary.text, summary.delivered, stored_points)
        if stale and changes_delivery:
            # A delivery or reopening decided on an older state (the laptop reopened, another
            # phone delivered): refused, so that the person sees the state before deciding again.
            return SaveResult(False, summary.version, summary.text, summary.delivered, stored_points)
        if not same_text or changes_delivery:
            summary.text = text
            summary.key_points = _points_json(points)
            summary.version += 1
            summary.updated_at = now()
            summary.updated_from = source
            if changes_delivery:
                summary.delivered = bool(delivered)
                summary.delivered_at = now() if delivered else None
        for conflict in settled:
            session.delete(conflict)
        return SaveResult(True, summary.version, summary.text, summary.delivered, points)


def _settled(
    session: Session, summary_id: int, source: str, device: str, resolved: bool, resolves: tuple[int, ...]
) -> list[SummaryConflict]:
    """The conflicts of this summary that a save settles: by id, or all from this sender."""
    if not resolved and not resolves:
        return []
    mine = (SummaryConflict.source == source) & (SummaryConflict.device == device)
    chosen = SummaryConflict.id.in_(resolves)
    which = (mine | chosen) if resolved else chosen
    return list(session.scalars(select(SummaryConflict).where(SummaryConflict.summary_id == summary_id, which)))


def resolve_conflict(
    db: ConferenceDb,
    *,
    block_id: int,
    group_id: int | None,
    conflict_id: int,
    text: str,
    base_version: int,
    key_points: tuple[str, ...] | None = None,
) -> SaveResult:
    """Store the text (and key points) a person chose or merged on the laptop between the stored
    version and one refused version, settling that conflict only."""
    return save_summary(
        db, block_id=block_id, group_id=group_id, text=text, base_version=base_version, source=LAPTOP,
        resolves=(conflict_id,), key_points=key_points,
    )


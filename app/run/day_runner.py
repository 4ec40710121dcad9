"""Running the day: the programme's countdown, the speaker rotation, and the run log behind them.

Every control action is appended to the run log in the conference file with its wall time and
monotonic time; the state is the replay of that log. So a restart (even after SIGKILL) shows the
same block and slot with the right time left, and a countdown is always a difference of
timestamps — it cannot drift, however irregular the repaints.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Sequence

from sqlalchemy import delete, select

from app.common.clock import Clock
from app.conference_file.conference import BlockRow, get_conference, list_blocks
from app.groups.plans import current_plan, mark_used
from app.conference_file.schema import BlockKind, RunEvent, RunEventKind
from app.conference_file.storage import ConferenceDb
from app.run.rotation_marks import RotationMark

DEFAULT_SLOT_SECONDS = 300
WARNING_SECONDS = 300


class Phase(str, Enum):
    BEFORE_START = "before_start"  # nothing has run yet
    RUNNING = "running"  # a block is on (possibly paused or in overtime)
    BETWEEN = "between"  # a block ended, the next has not started
    FINISHED = "finished"  # the last block of the day has ended


@dataclass
class _Timer:
    """Elapsed time that can pause: elapsed = at_anchor + (t - anchor) while running."""

    at_anchor: float = 0.0
    anchor: float = 0.0
    running: bool = True

    def elapsed(self, t: float) -> float:
        return self.at_anchor + (t - self.anchor if self.running else 0.0)

    def settle(self, t: float) -> None:
        self.at_anchor = self.elapsed(t)
        self.anchor = t


@dataclass
class _BlockRun:
    block_id: int
    started_wall: dt.datetime
    timer: _Timer
    paused: bool = False
    added: float = 0.0
    rotation: _Rotation | None = None


@dataclass
class _Rotation:
    slot_seconds: float
    timer: _Timer
    paused: bool = False
    marks: list[RotationMark] = field(default_factory=list)


@dataclass
class _Shift:
    after_position: int
    seconds: float
    include_fixed: bool = False


@dataclass
class _State:
    current: _BlockRun | None = None
    ended: dict[int, _BlockRun] = field(default_factory=dict)
    actual: dict[int, tuple[dt.datetime, dt.datetime | None]] = field(default_factory=dict)
    done_order: list[int] = field(default_factory=list)
    shifts: list[_Shift] = field(default_factory=list)
    blank: bool = False


@dataclass(frozen=True)
class BlockTiming:
    """A block's times: as planned, as now expected (after shifts), and as it really ran."""

    block: BlockRow
    planned_start: dt.datetime | None
    planned_end: dt.datetime | None
    expected_start: dt.datetime | None
    expected_end: dt.datetime | None
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None


@dataclass(frozen=True)
class RotationView:
    speaker: int  # 1-based; past the largest table everyone is in open discussion
    speakers: int  # the largest table's size
    slot_seconds: float
    slot_remaining: float
    paused: bool
    table_sizes: tuple[int, ...]

    @property
    def open_discussion(self) -> bool:
        return self.speaker > self.speakers

    def tables_in_open_discussion(self) -> tuple[int, ...]:
        """Table numbers (1-based) whose last speaker is done."""
        return tuple(k + 1 for k, size in enumerate(self.table_sizes) if self.speaker > size)


@dataclass(frozen=True)
class DayView:
    """What the projector and the control panel show, at one moment."""

    phase: Phase
    now: dt.datetime
    blank: bool
    block: BlockRow | None  # the running block, else the next one
    remaining: float | None  # seconds left in the running block; negative in overtime
    paused: bool
    next_block: BlockRow | None
    next_start: dt.datetime | None
    until_next: float | None  # seconds until the next block is expected to start
    rotation: RotationView | None
    late_minutes: int  # how late the day runs against the plan (negative: early)
    timings: tuple[BlockTiming, ...]

    @property
    def warning(self) -> bool:
        return self.remaining is not None and 0 < self.remaining <= WARNING_SECONDS

    @property
    def overtime(self) -> bool:
        return self.remaining is not None and self.remaining <= 0 and self.phase is Phase.RUNNING

    @property
    def shows_find_your_table(self) -> bool:
        """Before a group block, and in it until the rotation starts, the hall needs its tables."""
        return (
            self.block is not None
            and self.block.is_group_block
            and self.rotation is None
            and self.phase in (Phase.BEFORE_START, Phase.BETWEEN, Phase.RUNNING)
        )


@dataclass(frozen=True)
class RunChanged:
    """What a control action changed (one signal carries it to the views)."""

    kind: RunEventKind
    block_id: int | None


def clock_face(seconds: float) -> str:
    """A countdown as shown: "12:34" (ceiling, so it reads 0:00 exactly at the end), "1:02:03"
    past an hour; overtime counts up as "+3:07"."""
    if seconds > 0:
        whole = math.ceil(seconds - 1e-9)
        sign = ""
    else:
        whole = math.floor(-seconds + 1e-9)
        sign = "+" if whole > 0 else ""
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"


def next_whole_second(remaining: float) -> float:
    """Seconds until the countdown's shown value next changes (for aligning repaints)."""
    fraction = remaining - math.floor(remaining)
    return fraction if fraction > 1e-6 else 1.0


class DayRunner:
    """Replays the run log and takes the facilitator's control actions, each committed at once."""

    def __init__(self, db: ConferenceDb, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self._state = _State()
        self._blocks: list[BlockRow] = []
        self._table_sizes: dict[int, tuple[int, ...]] = {}
        self.reload()

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the programme and replay the whole run log from the file."""
        self._load_blocks()
        self._date = get_conference(self.db).date or self.clock.now().date()
        self._table_sizes.clear()
        self._state = _State()
        with self.db.read() as session:
            events = list(session.scalars(select(RunEvent).order_by(RunEvent.id)))
        for event in events:
            self._apply(event.kind, event.block_id, event.value, self._local_time(event), event.at_wall)

    def reload_programme(self) -> None:
        """The programme was edited: take the new times, keep the run state."""
        self._load_blocks()

    def _load_blocks(self) -> None:
        """The day's running order is the timed blocks; every block stays known by id, since a
        running block may lose its times or be removed by an edit."""
        every = list_blocks(self.db)
        self._all_blocks = {b.id: b for b in every}
        self._blocks = [b for b in every if b.start is not None and b.end is not None]

    def _local_time(self, event: RunEvent) -> float:
        """The event's time on this process's monotonic clock."""
        if event.boot_id == self.clock.boot_id():
            return event.at_monotonic
        return self.clock.monotonic() - (self.clock.now() - event.at_wall).total_seconds()

    # -- replay -------------------------------------------------------------------------------
    def _apply(self, kind: RunEventKind, block_id: int | None, value: float, t: float, wall: dt.datetime) -> None:
        state = self._state
        current = state.current
        before = current.rotation.timer.elapsed(t) if current is not None and current.rotation else 0.0
        if current is not None:
            current.timer.settle(t)
            if current.rotation is not None:
                current.rotation.timer.settle(t)
        if kind is RunEventKind.BLOCK_START and block_id is not None:
            if current is not None:
                self._end(t, wall)
            state.current = _BlockRun(block_id, wall, _Timer(0.0, t, True))
            state.actual[block_id] = (wall, None)
        elif kind is RunEventKind.BLOCK_END and current is not None:
            self._end(t, wall)
        elif kind is RunEventKind.PAUSE and current is not None:
            current.paused = True
        elif kind is RunEventKind.RESUME and current is not None:
            current.paused = False
        elif kind is RunEventKind.ADD_TIME and current is not None:
            current.added += value
        elif kind is RunEventKind.BACK:
            self._back(t)
        elif kind in (RunEventKind.SHIFT_DAY, RunEventKind.SHIFT_DAY_ALL):
            state.shifts.append(_Shift(self._shift_anchor(block_id), value, kind is RunEventKind.SHIFT_DAY_ALL))
        elif kind is RunEventKind.ROTATION_START and current is not None:
            current.rotation = _Rotation(value or DEFAULT_SLOT_SECONDS, _Timer(0.0, t, True))
        elif kind is RunEventKind.ROTATION_PAUSE and current is not None and current.rotation:
            current.rotation.paused = True
        elif kind is RunEventKind.ROTATION_RESUME and current is not None and current.rotation:
            current.rotation.paused = False
        elif kind is RunEventKind.ROTATION_SKIP and current is not None and current.rotation:
            rotation = current.rotation
            slot = math.floor(rotation.timer.at_anchor / rotation.slot_seconds + 1e-9)
            rotation.timer.at_anchor = (slot + 1) * rotation.slot_seconds
        elif kind is RunEventKind.ROTATION_SLOT and current is not None and current.rotation and value > 0:
            rotation = current.rotation
            slot = math.floor(rotation.timer.at_anchor / rotation.slot_seconds + 1e-9)
            rotation.slot_seconds = value
            rotation.timer.at_anchor = slot * value
        elif kind is RunEventKind.BLANK:
            state.blank = bool(value)
        self._sync_running()
        if current is not None and (turns := current.rotation) is not None:
            before = 0.0 if kind is RunEventKind.ROTATION_START else before
            paused = (turns.paused or current.paused) and state.current is current
            turns.marks.append(RotationMark(kind, t, before, turns.timer.at_anchor, turns.slot_seconds, paused))

    def _sync_running(self) -> None:
        current = self._state.current
        if current is None:
            return
        current.timer.running = not current.paused
        if current.rotation is not None:
            current.rotation.timer.running = not (current.paused or current.rotation.paused)

    def _end(self, t: float, wall: dt.datetime) -> None:
        state = self._state
        current = state.current
        assert current is not None
        start, _ = state.actual.get(current.block_id, (current.started_wall, None))
        state.actual[current.block_id] = (start, wall)
        current.timer.running = False
        if current.rotation is not None:
            current.rotation.timer.running = False
        state.ended[current.block_id] = current
        state.done_order.append(current.block_id)
        state.current = None

    def _back(self, t: float) -> None:
        """Undo a "next": the running block is as if never started, and the previous one runs on."""
        state = self._state
        if state.current is not None:
            state.actual.pop(state.current.block_id, None)
            state.current = None
        if not state.done_order:
            return
        previous = state.ended.pop(state.done_order.pop())
        previous.timer.anchor = t
        if previous.rotation is not None:
            previous.rotation.timer.anchor = t
        previous.paused = False
        start, _ = state.actual[previous.block_id]
        state.actual[previous.block_id] = (start, None)
        state.current = previous

    def _shift_anchor(self, block_id: int | None) -> int:
        block = next((b for b in self._blocks if b.id == block_id), None)
        return block.position if block is not None else -1

    # -- actions ------------------------------------------------------------------------------
    def _record(self, kind: RunEventKind, *, block_id: int | None = None, value: float = 0.0) -> RunChanged:
        t, wall = self.clock.monotonic(), self.clock.now()
        stored_id = block_id if block_id in self._all_blocks else None  # a block removed meanwhile
        with self.db.write() as session:
            session.add(
                RunEvent(
                    kind=kind, block_id=stored_id, value=value, at_wall=wall, at_monotonic=t, boot_id=self.clock.boot_id()
                )
            )
        self._apply(kind, block_id, value, t, wall)
        return RunChanged(kind, block_id)

    @property
    def blocks(self) -> Sequence[BlockRow]:
        return self._blocks

    def _next_block(self) -> BlockRow | None:
        state = self._state
        if state.current is not None:
            position = self._block(state.current.block_id).position
        elif state.done_order:
            position = self._block(state.done_order[-1]).position
        else:
            position = -1
        return next((b for b in self._blocks if b.position > position), None)

    def _block(self, block_id: int) -> BlockRow:
        block = self._all_blocks.get(block_id)
        if block is None:  # removed while it ran: keep a placeholder so the day goes on
            block = BlockRow(block_id, -1, "", BlockKind.ANNET, None, None, "", "", "", None, "")
        return block

    def start(self, block_id: int | None = None) -> RunChanged | None:
        """Start ``block_id`` (default: the next block); a running block ends first."""
        block = self._block(block_id) if block_id is not None else self._next_block()
        if block is None:
            return None
        if self._state.current is not None:
            self._record(RunEventKind.BLOCK_END, block_id=self._state.current.block_id)
        if block.kvadrant is not None:
            mark_used(self.db, block.kvadrant)  # the tables are really sat in: history from now on
        return self._record(RunEventKind.BLOCK_START, block_id=block.id)

    def next(self) -> RunChanged | None:
        """→: end the running block and start the next (or start the first)."""
        if self._state.current is None:
            return self.start()
        if self._next_block() is None:
            return self.end_block()
        return self.start()

    def back(self) -> RunChanged:
        """←: the last "next" was a mistake: the previous block runs again."""
        return self._record(RunEventKind.BACK)

    def toggle_pause(self) -> RunChanged | None:
        """Space: start if nothing runs, else pause or resume."""
        current = self._state.current
        if current is None:
            return self.start()
        kind = RunEventKind.RESUME if current.paused else RunEventKind.PAUSE
        return self._record(kind, block_id=current.block_id)

    def add_minutes(self, minutes: float) -> RunChanged | None:
        current = self._state.current
        if current is None:
            return None
        return self._record(RunEventKind.ADD_TIME, block_id=current.block_id, value=minutes * 60)

    def end_block(self) -> RunChanged | None:
        current = self._state.current
        if current is None:
            return None
        return self._record(RunEventKind.BLOCK_END, block_id=current.block_id)

    def shift_day(self, minutes: float, *, include_fixed: bool = False) -> RunChanged:
        """Move the rest of the day (after the running or last block); fixed points such as lunch
        absorb it, unless ``include_fixed`` moves them too."""
        state = self._state
        anchor = state.current.block_id if state.current else (state.done_order[-1] if state.done_order else None)
        kind = RunEventKind.SHIFT_DAY_ALL if include_fixed else RunEventKind.SHIFT_DAY
        return self._record(kind, block_id=anchor, value=minutes * 60)

    def reset(self) -> None:
        """Forget how the day ran (after a rehearsal): the run log is emptied."""
        with self.db.write() as session:
            session.execute(delete(RunEvent))
        self._state = _State()

    def start_rotation(self, slot_seconds: float | None = None) -> RunChanged | None:
        current = self._state.current
        if current is None:
            return None
        seconds = slot_seconds or self._block(current.block_id).slot_seconds or DEFAULT_SLOT_SECONDS
        return self._record(RunEventKind.ROTATION_START, block_id=current.block_id, value=seconds)

    def toggle_rotation_pause(self) -> RunChanged | None:
        current = self._state.current
        if current is None or current.rotation is None:
            return None
        kind = RunEventKind.ROTATION_RESUME if current.rotation.paused else RunEventKind.ROTATION_PAUSE
        return self._record(kind, block_id=current.block_id)

    def skip_slot(self) -> RunChanged | None:
        current = self._state.current
        if current is None or current.rotation is None:
            return None
        return self._record(RunEventKind.ROTATION_SKIP, block_id=current.block_id)

    def set_slot_seconds(self, seconds: float) -> RunChanged | None:
        current = self._state.current
        if current is None or current.rotation is None or seconds <= 0:
            return None
        return self._record(RunEventKind.ROTATION_SLOT, block_id=current.block_id, value=seconds)

    def toggle_blank(self) -> RunChanged:
        return self._record(RunEventKind.BLANK, value=0.0 if self._state.blank else 1.0)

    # -- what is shown ------------------------------------------------------------------------
    def _at(self, time_of_day: dt.time | None) -> dt.datetime | None:
        return dt.datetime.combine(self._date, time_of_day) if time_of_day is not None else None

    def timings(self) -> list[BlockTiming]:
        """Every block's planned, expected (after shifts) and actual times."""
        expected: dict[int, list[dt.datetime | None]] = {
            b.id: [self._at(b.start), self._at(b.end)] for b in self._blocks
        }
        for shift in self._state.shifts:
            carry = dt.timedelta(seconds=shift.seconds)
            previous_end: dt.datetime | None = None
            for block in self._blocks:
                start, end = expected[block.id]
                if block.position > shift.after_position and carry and start and end:
                    if block.fixed_time and not shift.include_fixed:
                        # A fixed point (lunch) keeps its end and absorbs the delay: it starts when
                        # the block before it ends, and nothing after it moves.
                        if previous_end is not None and previous_end > start:
                            start = min(previous_end, end)
                        carry = dt.timedelta(0)
                    else:
                        start, end = start + carry, end + carry
                    expected[block.id] = [start, end]
                previous_end = end
        return [
            BlockTiming(
                block=b,
                planned_start=self._at(b.start),
                planned_end=self._at(b.end),
                expected_start=expected[b.id][0],
                expected_end=expected[b.id][1],
                actual_start=self._state.actual.get(b.id, (None, None))[0],
                actual_end=self._state.actual.get(b.id, (None, None))[1],
            )
            for b in self._blocks
        ]

    def view(self) -> DayView:
        """The state of the day now, for the projector and the control panel."""
        t, now = self.clock.monotonic(), self.clock.now()
        state = self._state
        timings = self.timings()
        by_id = {timing.block.id: timing for timing in timings}
        current = state.current
        next_block = self._next_block()
        next_start = by_id[next_block.id].expected_start if next_block else None
        until_next = (next_start - now).total_seconds() if next_start else None
        if current is not None:
            block = self._block(current.block_id)
            timing = by_id.get(block.id)
            planned_end = timing.planned_end if timing else None
            planned_start = timing.planned_start if timing else None
            planned = (planned_end - planned_start).total_seconds() if planned_end and planned_start else 0.0
            remaining = planned + current.added - current.timer.elapsed(t)
            projected_end = now + dt.timedelta(seconds=max(remaining, 0.0))
            late = (projected_end - planned_end).total_seconds() if planned_end else 0.0
            return DayView(
                phase=Phase.RUNNING,
                now=now,
                blank=state.blank,
                block=block,
                remaining=remaining,
                paused=current.paused,
                next_block=next_block,
                next_start=next_start,
                until_next=until_next,
                rotation=self._rotation_view(block, current, t),
                late_minutes=round(late / 60),
                timings=tuple(timings),
            )
        phase = Phase.BEFORE_START if not state.done_order else (Phase.FINISHED if next_block is None else Phase.BETWEEN)
        late = 0.0
        next_planned = by_id[next_block.id].planned_start if next_block is not None else None
        if next_planned is not None and state.done_order:
            late = (now - next_planned).total_seconds()
        return DayView(
            phase=phase,
            now=now,
            blank=state.blank,
            block=next_block,
            remaining=None,
            paused=False,
            next_block=next_block,
            next_start=next_start,
            until_next=until_next,
            rotation=None,
            late_minutes=max(0, round(late / 60)),
            timings=tuple(timings),
        )

    def _rotation_view(self, block: BlockRow, current: _BlockRun, t: float) -> RotationView | None:
        rotation = current.rotation
        if rotation is None:
            return None
        sizes = self._sizes_for(block)
        elapsed = rotation.timer.elapsed(t)
        slot = math.floor(elapsed / rotation.slot_seconds + 1e-9)
        return RotationView(
            speaker=slot + 1,
            speakers=max(sizes) if sizes else 0,
            slot_seconds=rotation.slot_seconds,
            slot_remaining=(slot + 1) * rotation.slot_seconds - elapsed,
            paused=rotation.paused or current.paused,
            table_sizes=sizes,
        )

    def _sizes_for(self, block: BlockRow) -> tuple[int, ...]:
        if block.kvadrant is None:
            return ()
        if block.kvadrant not in self._table_sizes:
            plan = current_plan(self.db, block.kvadrant)
            self._table_sizes[block.kvadrant] = (
                tuple(len(t.present_members) for t in plan.tables) if plan else ()
            )
        return self._table_sizes[block.kvadrant]

    def rotation_marks(self, block_id: int) -> tuple[RotationMark, ...]:
        """How ``block_id``'s rotation ran in the block's latest run: a mark per action, the last for now."""
        state, t = self._state, self.clock.monotonic()
        run = state.current if state.current and state.current.block_id == block_id else state.ended.get(block_id)
        rotation = run.rotation if run is not None else None
        return (*rotation.marks, rotation.marks[-1].until(t, rotation.timer.elapsed(t))) if rotation else ()

    def groups_changed(self) -> None:
        """The tables changed: the rotation counts speakers afresh."""
        self._table_sizes.clear()


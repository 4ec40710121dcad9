"""Speaking time in a group block: who spoke at each table, for how long, and who was skipped.

All tables speak in parallel: slot k is the k-th person in every table's speaking order, and a
table with fewer people has open discussion for the rest. A slot's time is read from the marks
the day runner's replay leaves (``rotation_marks``), so it is the time the countdown showed,
pauses excluded. The figures are plain numbers; the sentences ("Alle fikk 5:00 ± 0:20") are
built by the control panel and the minutes in their own language.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from app.common.clock import Clock
from app.common.messages import KvadrantError
from app.conference_file.conference import BlockRow, list_blocks
from app.conference_file.schema import RunEventKind
from app.conference_file.storage import ConferenceDb
from app.groups.plans import Plan, current_plan
from app.run.day_runner import DayRunner, Phase
from app.run.rotation_marks import RotationMark

_EPSILON = 1e-9


class SlotState(str, Enum):
    """How a speaker's turn went."""

    DONE = "done"  # ran until its time was up
    SKIPPED = "skipped"  # "Hopp over taler" ended it (``seconds`` says how far it got)
    CUT = "cut"  # the block ended during it
    SPEAKING = "speaking"  # it runs now
    NOT_REACHED = "not_reached"  # the rotation never got to it

    @property
    def counts_for_fairness(self) -> bool:
        """A turn that is over and was not skipped: what "alle fikk …" is about."""
        return self in (SlotState.DONE, SlotState.CUT)


@dataclass(frozen=True)
class Slot:
    """One speaker slot of the rotation, the same at every table that has its k-th person."""

    number: int  # 1-based: the k-th person of each table's speaking order
    planned: float  # the slot length in force when it ended (seconds)
    seconds: float  # the time it ran, pauses excluded
    paused: float  # how long the rotation stood paused during it (seconds)
    state: SlotState


@dataclass(frozen=True)
class Speaker:
    """One person's turn at one table."""

    name: str
    municipality: str
    slot: int  # their place in the speaking order (1-based) = the slot they spoke in
    seconds: float
    state: SlotState


@dataclass(frozen=True)
class TableSpeaking:
    """One table: its present people in speaking order, and the open discussion after them."""

    number: int
    label: str
    speakers: tuple[Speaker, ...]
    open_seconds: float  # rotation time after its last speaker, while larger tables still spoke

    @property
    def skipped(self) -> tuple[Speaker, ...]:
        return tuple(s for s in self.speakers if s.state is SlotState.SKIPPED)


@dataclass(frozen=True)
class Fairness:
    """How evenly the time went, over every person whose turn is over and was not skipped."""

    speakers: int  # how many turns the figures are over
    planned: float | None  # the slot length most of them had (seconds)
    mean: float | None  # the mean time they got
    spread: float | None  # the largest difference between a turn and its planned slot
    shortest: float | None
    longest: float | None
    skipped_slots: tuple[int, ...]  # slot numbers ended by "Hopp over taler"
    skips_by_table: tuple[tuple[int, int], ...]  # (table number, people skipped there), tables with any


@dataclass(frozen=True)
class BlockSpeaking:
    """Speaking time of one group block, as the run log has it now."""

    block_id: int
    title: str
    kvadrant: int | None
    rotated: bool  # the rotation was started in the block's latest run
    running: bool  # the block runs now (its figures may still change)
    slots: tuple[Slot, ...]  # the speaker slots reached (or skipped), in order
    open_seconds: float  # rotation time after the largest table's last speaker
    tables: tuple[TableSpeaking, ...]
    fairness: Fairness = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fairness", _fairness(self.slots, self.tables))

    def as_json(self) -> dict[str, Any]:
        """The figures as JSON-ready values (seconds rounded to tenths)."""
        fair = self.fairness
        return {
            "block": {"id": self.block_id, "title": self.title, "kvadrant": self.kvadrant},
            "rotated": self.rotated,
            "running": self.running,
            "slots": [
                {"number": s.number, "planned": _r(s.planned), "seconds": _r(s.seconds), "paused": _r(s.paused),
                 "state": s.state.value}
                for s in self.slots
            ],
            "open_seconds": _r(self.open_seconds),
            "tables": [
                {
                    "number": t.number,
                    "label": t.label,
                    "open_seconds": _r(t.open_seconds),
                    "speakers": [
                        {"name": p.name, "municipality": p.municipality, "slot": p.slot, "seconds": _r(p.seconds),
                         "state": p.state.value}
                        for p in t.speakers
                    ],
                }
                for t in self.tables
            ],
            "fairness": {
                "speakers": fair.speakers,
                "planned": _r(fair.planned),
                "mean": _r(fair.mean),
                "spread": _r(fair.spread),
                "shortest": _r(fair.shortest),
                "longest": _r(fair.longest),
                "skipped_slots": list(fair.skipped_slots),
                "skips_by_table": [{"table": n, "skipped": k} for n, k in fair.skips_by_table],
            },
        }


def duration_text(seconds: float) -> str:
    """A duration as "m:ss" (whole seconds, rounded): 299.6 → "5:00", 20 → "0:20"."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def speaking_times(db: ConferenceDb, block_id: int, clock: Clock) -> BlockSpeaking:
    """Speaking time of the block ``block_id`` from the run log (a block with no rotation gives
    ``rotated`` False and no slots). An unknown block is a :class:`KvadrantError`."""
    block = next((b for b in list_blocks(db) if b.id == block_id), None)
    if block is None:
        raise KvadrantError("block_not_found")
    runner = DayRunner(db, clock)
    return _block_speaking(runner, block, _plan_for(db, block, {}))


def day_speaking(db: ConferenceDb, clock: Clock) -> tuple[BlockSpeaking, ...]:
    """Every group block whose rotation ran, in programme order (one replay of the log)."""
    runner = DayRunner(db, clock)
    plans: dict[int, Plan | None] = {}
    found = []
    for block in list_blocks(db):
        if block.is_group_block and runner.rotation_marks(block.id):
            found.append(_block_speaking(runner, block, _plan_for(db, block, plans)))
    return tuple(found)


# -- reading the marks ---------------------------------------------------------------------------
@dataclass
class _Tally:
    planned: float
    seconds: float = 0.0
    paused: float = 0.0
    skipped: bool = False


def _slot_of(elapsed: float, slot_seconds: float) -> int:
    """The 0-based slot a running time falls in (the runner's own rounding)."""
    return math.floor(elapsed / slot_seconds + _EPSILON)


def _tally(marks: tuple[RotationMark, ...]) -> dict[int, _Tally]:
    """Each slot's running time, paused time and skip, from one mark to the next."""
    tallies: dict[int, _Tally] = {}

    def slot(index: int, planned: float) -> _Tally:
        tally = tallies.setdefault(index, _Tally(planned))
        tally.planned = planned
        return tally

    for mark, following in zip(marks, marks[1:]):
        length = mark.slot_seconds
        if mark.kind is RunEventKind.ROTATION_SKIP:
            slot(_slot_of(mark.before, length), length).skipped = True
        if mark.paused:
            slot(_slot_of(mark.after, length), length).paused += following.t - mark.t
        elapsed, index = mark.after, _slot_of(mark.after, length)
        while elapsed < following.before - _EPSILON:
            upto = min(following.before, (index + 1) * length)
            slot(index, length).seconds += upto - elapsed
            elapsed, index = upto, index + 1
    return tallies


def _slots(marks: tuple[RotationMark, ...], running: bool, speaker_slots: int | None) -> tuple[list[Slot], float]:
    """The speaker slots reached, and the rotation's time after the last of them."""
    if not marks:
        return [], 0.0
    tallies = _tally(marks)
    now = marks[-1]
    current = _slot_of(now.after, now.slot_seconds)
    if running:
        tallies.setdefault(current, _Tally(now.slot_seconds))
    count = speaker_slots if speaker_slots is not None else max(tallies, default=-1) + 1
    slots = []
    for index in range(count):
        tally = tallies.get(index)
        if tally is None or not (tally.seconds > _EPSILON or tally.skipped or (running and index == current)):
            continue
        if tally.skipped:
            state = SlotState.SKIPPED
        elif index == current:
            state = SlotState.SPEAKING if running else SlotState.CUT
        else:
            state = SlotState.DONE
        slots.append(Slot(index + 1, tally.planned, tally.seconds, tally.paused, state))
    open_seconds = sum(t.seconds for i, t in tallies.items() if i >= count)
    return slots, open_seconds


def _plan_for(db: ConferenceDb, block: BlockRow, plans: dict[int, Plan | None]) -> Plan | None:
    kvadrant = block.kvadrant
    if kvadrant is None:
        return None
    if kvadrant not in plans:
        plans[kvadrant] = current_plan(db, kvadrant)
    return plans[kvadrant]


def _block_speaking(runner: DayRunner, block: BlockRow, plan: Plan | None) -> BlockSpeaking:
    marks = runner.rotation_marks(block.id)
    view = runner.view()
    running = view.phase is Phase.RUNNING and view.block is not None and view.block.id == block.id
    tables = sorted(plan.tables, key=lambda t: t.number) if plan is not None else []
    sizes = [len(t.present_members) for t in tables]
    slots, open_seconds = _slots(marks, running, max(sizes) if sizes else None)
    by_number = {s.number: s for s in slots}
    not_reached = Slot(0, 0.0, 0.0, 0.0, SlotState.NOT_REACHED)
    speaking_tables = []
    for table, size in zip(tables, sizes):
        turns = ((k, m, by_number.get(k, not_reached)) for k, m in enumerate(table.present_members, start=1))
        speakers = tuple(Speaker(m.name, m.municipality, k, slot.seconds, slot.state) for k, m, slot in turns)
        open_here = sum(s.seconds for s in slots if s.number > size) + open_seconds
        speaking_tables.append(TableSpeaking(table.number, table.label, speakers, open_here))
    return BlockSpeaking(
        block_id=block.id,
        title=block.title,
        kvadrant=block.kvadrant,
        rotated=bool(marks),
        running=running,
        slots=tuple(slots),
        open_seconds=open_seconds,
        tables=tuple(speaking_tables),
    )


def _fairness(slots: tuple[Slot, ...], tables: tuple[TableSpeaking, ...]) -> Fairness:
    planned_of = {s.number: s.planned for s in slots}
    if tables:
        turns = [(p.seconds, planned_of[p.slot]) for t in tables for p in t.speakers if p.state.counts_for_fairness]
    else:
        turns = [(s.seconds, s.planned) for s in slots if s.state.counts_for_fairness]
    skips = tuple((t.number, len(t.skipped)) for t in tables if t.skipped)
    skipped_slots = tuple(s.number for s in slots if s.state is SlotState.SKIPPED)
    if not turns:
        return Fairness(0, None, None, None, None, None, skipped_slots, skips)
    seconds = [s for s, _ in turns]
    lengths = Counter(planned for _, planned in turns)
    return Fairness(
        speakers=len(turns),
        planned=max(lengths, key=lambda length: (lengths[length], length)),
        mean=sum(seconds) / len(seconds),
        spread=max(abs(s - planned) for s, planned in turns),
        shortest=min(seconds),
        longest=max(seconds),
        skipped_slots=skipped_slots,
        skips_by_table=skips,
    )


def _r(value: float | None) -> float | None:
    return round(value, 1) if value is not None else None

"""The minutes of a conference, gathered once from the file for every export format.

PDF, Word, Excel and the per-kommunegruppe notes all render this one value, so they hold the
same content.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Callable

from app.conference_file.conference import BlockRow, ConferenceInfo, get_conference, list_blocks
from app.evaluation.gathered import Evaluation, gather_evaluation
from app.groups.plans import Member, Plan, Table, current_plan
from app.roster.participants import ParticipantRow, list_participants
from app.common.roles import VEILEDER
from app.run.day_runner import BlockTiming, DayRunner
from app.run.speaking_time import BlockSpeaking, day_speaking
from app.conference_file.storage import ConferenceDb
from app.plenum.themes import KeyPoint, Plenum, plenum
from app.referent.summaries import SummaryState, board, deadline_of, group_blocks
from app.common.text import clean
from app.minutes.delivery import Delivery, deadline_moment, delivery
from app.minutes.front_matter import FrontMatter, front_matter, kommune_deadline
from app.minutes.people import Person, advisers, by_municipality
from app.referent.block_notes import block_notes


@dataclass(frozen=True)
class MinutesGroup:
    number: int
    label: str
    members: tuple[Member, ...]  # present ones, in speaking order
    ordstyrer: str | None
    referent: str | None
    summary: SummaryState | None

    @property
    def veiledere(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.role == VEILEDER)

    @property
    def text(self) -> str:
        return self.summary.text if self.summary else ""

    @property
    def key_points(self) -> tuple[str, ...]:
        """The referent's key points (hovedpunkter), blank ones left out."""
        points = self.summary.key_points if self.summary else ()
        return tuple(p.strip() for p in points if p.strip())


@dataclass(frozen=True)
class MinutesBlock:
    block: BlockRow
    timing: BlockTiming | None  # None for work after the conference
    groups: tuple[MinutesGroup, ...]  # empty for blocks without groups
    deadline: dt.datetime | None  # the summaries' deadline on the conference day
    #: The block's own notes (a talk, a plenum), when any were written.
    notes: SummaryState | None = None
    #: A deadline after the day, as a date (the kommunegrupper's note; see app.minutes.front_matter).
    deadline_date: dt.date | None = None

    @property
    def due(self) -> dt.datetime | None:
        """The last moment a referat counts as delivered on time (None: no deadline)."""
        return deadline_moment(self.deadline, self.deadline_date)

    @property
    def deliveries(self) -> tuple[Delivery, ...]:
        """Each group's referat against the deadline, for the delivery overview."""
        due = self.due
        return tuple(
            delivery(self.block.id, g.number, g.label, g.referent, g.summary, due) for g in self.groups
        )

    @property
    def notes_text(self) -> str:
        return self.notes.text.strip() if self.notes is not None else ""

    @property
    def overrun_minutes(self) -> int | None:
        """How many minutes the block ran past its planned length (negative: shorter)."""
        t = self.timing
        if t is None or not (t.actual_start and t.actual_end and t.planned_start and t.planned_end):
            return None
        actual = (t.actual_end - t.actual_start).total_seconds()
        planned = (t.planned_end - t.planned_start).total_seconds()
        return round((actual - planned) / 60)


@dataclass(frozen=True)
class Minutes:
    conference: ConferenceInfo
    participants: tuple[ParticipantRow, ...]
    blocks: tuple[MinutesBlock, ...]
    generated_at: dt.datetime
    #: The evaluation, when its questionnaire has responses (the PDF gives it a short chapter).
    evaluation: Evaluation | None = None
    #: The closing plenum's themes and unsorted key points of the whole day, when any group wrote
    #: key points (the "Hovedfunn" chapter); themes without points are left out.
    plenum: Plenum | None = None
    #: Speaking time of every group block whose speaker rotation ran, in programme order.
    speaking: tuple[BlockSpeaking, ...] = ()
    #: The organiser's settings for the minutes: cover lines, "Hovedinntrykk", the kommune deadline.
    front: FrontMatter = FrontMatter()
    #: Where each participant sat: 1. kvadrant group number, 4. kvadrant group name, by participant id.
    tables: Mapping[int, int] = field(default_factory=dict)
    kommunegrupper: Mapping[int, str] = field(default_factory=dict)

    @property
    def plenum_kvadranter(self) -> tuple[int, ...]:
        """The kvadranter the key points come from (two or more: a group number needs its kvadrant)."""
        if self.plenum is None:
            return ()
        points = [p for t in self.plenum.themes for p in t.points] + list(self.plenum.unsorted)
        return tuple(sorted({p.kvadrant for p in points}))

    @property
    def present(self) -> tuple[ParticipantRow, ...]:
        return tuple(p for p in self.participants if p.present)

    @property
    def municipalities(self) -> int:
        return len({p.municipality.casefold() for p in self.present if p.role != VEILEDER})

    def people_by_municipality(self) -> list[tuple[str, list[Person]]]:
        """The appendix: everyone but the advisers, by municipality, each list by surname."""
        return by_municipality(self.participants, self.tables, self.kommunegrupper)

    def advisers(self) -> list[Person]:
        """The national council's advisers, a section of the appendix of their own."""
        return advisers(self.participants, self.tables, self.kommunegrupper)

    @property
    def group_blocks(self) -> tuple[MinutesBlock, ...]:
        return tuple(b for b in self.blocks if b.groups)

    def role_counts(self) -> Counter[str]:
        return Counter(p.role for p in self.present)


def gather_minutes(db: ConferenceDb) -> Minutes:
    """Everything the minutes say, as one value (the day as run, on the file's clock)."""
    timings = {t.block.id: t for t in DayRunner(db, db.clock).timings()}
    blocks = []
    with_groups = {b.id for b in group_blocks(db)}
    notes = block_notes(db)
    front = front_matter(db)
    plans = {kvadrant: current_plan(db, kvadrant) for kvadrant in (1, 4)}  # read once for groups and seats
    for block in list_blocks(db):
        groups: tuple[MinutesGroup, ...] = ()
        if block.id in with_groups and block.kvadrant is not None:
            groups = _groups(db, block, plans.get(block.kvadrant))
        after = block.kvadrant == 4 and block.summary_deadline is None
        blocks.append(MinutesBlock(
            block, timings.get(block.id), groups, deadline_of(db, block), notes.get(block.id),
            kommune_deadline(front, block.summary_deadline_note) if after else None,
        ))
    evaluation = gather_evaluation(db)
    tables, kommunegrupper = _seats(plans.get(1), plans.get(4))
    return Minutes(
        front=front,
        tables=tables,
        kommunegrupper=kommunegrupper,
        plenum=_plenum(db),
        speaking=tuple(b for b in day_speaking(db, db.clock) if b.rotated),
        conference=get_conference(db),
        participants=tuple(list_participants(db)),
        blocks=tuple(blocks),
        generated_at=db.clock.now(),
        evaluation=evaluation if evaluation.has_responses else None,
    )


def _seats(first: Plan | None, fourth: Plan | None) -> tuple[dict[int, int], dict[int, str]]:
    """Each participant's 1. kvadrant group number and 4. kvadrant group name (current plans)."""
    tables: dict[int, int] = {}
    kommunegrupper: dict[int, str] = {}
    for table in first.tables if first else ():
        tables.update((m.participant_id, table.number) for m in table.members)
    for table in fourth.tables if fourth else ():
        name = clean(table.label) or str(table.number)
        kommunegrupper.update((m.participant_id, name) for m in table.members)
    return tables, kommunegrupper


def _plenum(db: ConferenceDb) -> Plenum | None:
    day = plenum(db)
    themes = tuple(theme for theme in day.themes if theme.points)
    if not themes and not day.unsorted:
        return None
    return Plenum(themes, day.unsorted, day.groups)


def groups_of(points: tuple[KeyPoint, ...]) -> tuple[tuple[int, int], ...]:
    """The (kvadrant, group) pairs that raised ``points``, in order, each once."""
    return tuple(sorted({(p.kvadrant, p.group) for p in points}))


def _name(table: Table, participant_id: int | None) -> str | None:
    member = table.member(participant_id)
    return member.name if member is not None and member.present else None


def _groups(db: ConferenceDb, block: BlockRow, plan: Plan | None) -> tuple[MinutesGroup, ...]:
    if plan is None:
        return ()
    summaries = {row.group_id: row for row in board(db, block.id).rows}
    return tuple(
        MinutesGroup(
            number=t.number,
            label=t.label,
            members=t.present_members,
            ordstyrer=_name(t, t.ordstyrer_id),
            referent=_name(t, t.referent_id),
            summary=summaries.get(t.id),
        )
        for t in plan.tables
    )


class Progress:
    """Passes an export's progress on as a growing fraction, at most about a hundred times."""

    def __init__(self, progress: Callable[[float], None] | None) -> None:
        self._progress = progress
        self._last = -1.0

    def __call__(self, fraction: float) -> None:
        if self._progress is None:
            return
        fraction = min(1.0, max(0.0, fraction))
        if fraction >= 1.0 or fraction - self._last >= 0.01:
            self._last = fraction
            self._progress(fraction)

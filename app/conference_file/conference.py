"""The conference itself (title, date, venue) and its programme blocks, as plain values."""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.common.messages import KvadrantError
from app.conference_file.schema import Block, BlockKind, Conference
from app.conference_file.storage import ConferenceDb
from app.common.text import clean

#: How the kinds of block are written, by language: the one table for the screens and the minutes.
KIND_NAMES: dict[str, dict[BlockKind, str]] = {
    "nb": {
        BlockKind.PLENUM: "Plenum", BlockKind.KVADRANT1: "1. kvadrant", BlockKind.KVADRANT2: "2. kvadrant",
        BlockKind.KVADRANT3: "3. kvadrant", BlockKind.KVADRANT4: "4. kvadrant", BlockKind.PAUSE: "Pause",
        BlockKind.LUNSJ: "Lunsj", BlockKind.ANNET: "Annet",
    },
    "en": {
        BlockKind.PLENUM: "Plenary", BlockKind.KVADRANT1: "Quadrant 1", BlockKind.KVADRANT2: "Quadrant 2",
        BlockKind.KVADRANT3: "Quadrant 3", BlockKind.KVADRANT4: "Quadrant 4", BlockKind.PAUSE: "Break",
        BlockKind.LUNSJ: "Lunch", BlockKind.ANNET: "Other",
    },
}


def kind_name(kind: BlockKind, lang: str) -> str:
    """A block's kind as written in ``lang`` ("nb" or "en")."""
    return KIND_NAMES.get(lang, KIND_NAMES["nb"])[kind]


@dataclass(frozen=True)
class ConferenceInfo:
    title: str
    date: dt.date | None
    venue: str
    uid: str = ""  # the file's own id
    series_uid: str = ""  # the series it belongs to (the first conference's id)
    source_uid: str = ""  # the conference it was made from ("" for a first one)


@dataclass(frozen=True)
class BlockRow:
    """A programme block; ``start`` and ``end`` are None for work after the conference."""

    id: int
    position: int
    title: str
    kind: BlockKind
    start: dt.time | None
    end: dt.time | None
    description: str
    presenter: str
    task_text: str
    summary_deadline: dt.time | None
    summary_deadline_note: str
    fixed_time: bool = False
    slot_seconds: int = 300
    #: When one programme runs on several days: each day's presenter, in order (3. kvadrant).
    day_presenters: tuple[str, ...] = ()

    @property
    def is_group_block(self) -> bool:
        return self.kind in (BlockKind.KVADRANT1, BlockKind.KVADRANT4)

    @property
    def kvadrant(self) -> int | None:
        """The kvadrant whose groups sit in this block (1 or 4), if it is a group block."""
        return {BlockKind.KVADRANT1: 1, BlockKind.KVADRANT4: 4}.get(self.kind)


def get_conference(db: ConferenceDb) -> ConferenceInfo:
    with db.read() as session:
        conference = session.scalars(select(Conference).order_by(Conference.id)).first()
        if conference is None:
            raise KvadrantError("file_no_conference", path=str(db.path))
        return ConferenceInfo(
            title=conference.title, date=conference.date, venue=conference.venue,
            uid=conference.uid, series_uid=conference.series_uid, source_uid=conference.source_uid,
        )


def set_conference(db: ConferenceDb, *, title: str, date: dt.date | None, venue: str) -> None:
    """Store the conference's title, date and venue (there is one conference per file)."""
    with db.write() as session:
        conference = session.scalars(select(Conference).order_by(Conference.id)).first()
        if conference is None:
            uid = uuid.uuid4().hex  # a new conference starts a series of its own
            conference = Conference(uid=uid, series_uid=uid, source_uid="")
            session.add(conference)
        conference.title = clean(title)
        conference.date = date
        conference.venue = clean(venue)


def block_row(block: Block) -> BlockRow:
    return BlockRow(
        id=block.id,
        position=block.position,
        title=block.title,
        kind=block.kind,
        start=block.start,
        end=block.end,
        description=block.description,
        presenter=block.presenter,
        task_text=block.task_text,
        summary_deadline=block.summary_deadline,
        summary_deadline_note=block.summary_deadline_note,
        fixed_time=block.fixed_time,
        slot_seconds=block.slot_seconds,
        day_presenters=day_presenters_of(block.day_presenters),
    )


def day_presenters_of(raw: str | None) -> tuple[str, ...]:
    """A stored JSON list of day presenters as a tuple (a damaged value reads as none)."""
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return ()
    return tuple(clean(str(v)) for v in value if clean(str(v))) if isinstance(value, list) else ()


def list_blocks(db: ConferenceDb) -> list[BlockRow]:
    """The programme in running order."""
    with db.read() as session:
        return [block_row(b) for b in session.scalars(select(Block).order_by(Block.position, Block.id))]

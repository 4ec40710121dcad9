"""The conference file's tables, as SQLAlchemy 2.0 typed ORM classes.

Changes to these classes need an Alembic revision in ``app/conference_file/migrations/versions``.
"""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Enum, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class BlockKind(str, enum.Enum):
    """What kind of programme block; the four learning rooms are 1.–4. kvadrant."""

    PLENUM = "plenum"
    KVADRANT1 = "kvadrant1"
    KVADRANT2 = "kvadrant2"
    KVADRANT3 = "kvadrant3"
    KVADRANT4 = "kvadrant4"
    PAUSE = "pause"
    LUNSJ = "lunsj"
    ANNET = "annet"


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class Conference(Base):
    __tablename__ = "conference"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String, default="")
    date: Mapped[dt.date | None]
    venue: Mapped[str] = mapped_column(String, default="")
    #: This file's own id (a copy of the file has the same one: see app.conference_file.history).
    uid: Mapped[str] = mapped_column(String, default="")
    #: The series it belongs to: the id of the first conference of the chain of "made from" links.
    series_uid: Mapped[str] = mapped_column(String, default="")
    #: The conference it was made from ("" for a first one).
    source_uid: Mapped[str] = mapped_column(String, default="")


class HistoryFile(Base):
    """An earlier conference whose tables new plans avoid repeating, by its id; ``path`` is where
    it was last found, ``title`` and ``date`` what it said then (shown when it is missing)."""

    __tablename__ = "history_file"

    uid: Mapped[str] = mapped_column(String, primary_key=True)
    path: Mapped[str] = mapped_column(String, default="")
    title: Mapped[str] = mapped_column(String, default="")
    date: Mapped[dt.date | None]
    added_at: Mapped[dt.datetime]


class MunicipalityAlias(Base):
    """A municipality renamed or merged since an earlier conference ("Førde" → "Sunnfjord"), so a
    person matches across files."""

    __tablename__ = "municipality_alias"

    old: Mapped[str] = mapped_column(String, primary_key=True)
    new: Mapped[str] = mapped_column(String)


class Block(Base):
    __tablename__ = "block"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String)
    kind: Mapped[BlockKind] = mapped_column(_enum(BlockKind))
    start: Mapped[dt.time | None]
    end: Mapped[dt.time | None]
    description: Mapped[str] = mapped_column(Text, default="")
    presenter: Mapped[str] = mapped_column(String, default="")
    task_text: Mapped[str] = mapped_column(Text, default="")
    summary_deadline: Mapped[dt.time | None]
    summary_deadline_note: Mapped[str] = mapped_column(Text, default="")
    #: A fixed point (lunch): shifting the rest of the day does not move it; it absorbs the delay.
    fixed_time: Mapped[bool] = mapped_column(default=False)
    #: Speaker slot length in group blocks.
    slot_seconds: Mapped[int] = mapped_column(Integer, default=300)
    #: The presenter of each day when one programme runs on several days (3. kvadrant's
    #: "Dag 1 – Porsanger, Dag 2 – Ålesund, Dag 3 – Gjøvik"), as a JSON list.
    day_presenters: Mapped[str] = mapped_column(Text, default="[]")


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("match_key", name="uq_participant_match_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String)
    municipality: Mapped[str] = mapped_column(String)
    #: casefolded "name|municipality": the identity used by re-imports and across files.
    match_key: Mapped[str] = mapped_column(String)
    role: Mapped[str] = mapped_column(String, default="")
    kommunegruppe: Mapped[str] = mapped_column(String, default="")
    email: Mapped[str] = mapped_column(String, default="")
    present: Mapped[bool] = mapped_column(default=True)

    advises: Mapped[list[AdvisedMunicipality]] = relationship(
        back_populates="veileder", cascade="all, delete-orphan", order_by="AdvisedMunicipality.municipality"
    )


class AdvisedMunicipality(Base):
    """A municipality a veileder advises, where that is known."""

    __tablename__ = "advised_municipality"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    municipality: Mapped[str] = mapped_column(String, primary_key=True)

    veileder: Mapped[Participant] = relationship(back_populates="advises")


class GroupingMode(str, enum.Enum):
    MIXED = "mixed"
    BY_ROLE = "by_role"
    KOMMUNE = "kommune"


class Grouping(Base):
    """A table plan for one kvadrant. One is current per kvadrant; used ones stay as history."""

    __tablename__ = "grouping"

    id: Mapped[int] = mapped_column(primary_key=True)
    kvadrant: Mapped[int] = mapped_column(Integer, index=True)
    mode: Mapped[GroupingMode] = mapped_column(_enum(GroupingMode))
    seed: Mapped[int] = mapped_column(Integer, default=0)
    target_size: Mapped[int | None]
    table_count: Mapped[int | None]
    created_at: Mapped[dt.datetime]
    is_current: Mapped[bool] = mapped_column(default=True)
    #: Set once the plan was really sat in (its block ran, or it was printed): then it is history.
    used: Mapped[bool] = mapped_column(default=False)
    history_note: Mapped[str] = mapped_column(Text, default="")

    groups: Mapped[list[Group]] = relationship(
        back_populates="grouping", cascade="all, delete-orphan", order_by="Group.number"
    )


class Group(Base):
    """One table (mixed groups) or one kommunegruppe."""

    __tablename__ = "group"

    id: Mapped[int] = mapped_column(primary_key=True)
    grouping_id: Mapped[int] = mapped_column(ForeignKey("grouping.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String, default="")
    locked: Mapped[bool] = mapped_column(default=False)
    ordstyrer_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    referent_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))

    grouping: Mapped[Grouping] = relationship(back_populates="groups")
    members: Mapped[list[GroupMember]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="GroupMember.position"
    )


class GroupMember(Base):
    """A participant at a table; ``position`` is the speaking order round the table."""

    __tablename__ = "group_member"

    group_id: Mapped[int] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"), primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    locked: Mapped[bool] = mapped_column(default=False)

    group: Mapped[Group] = relationship(back_populates="members")


class RunEventKind(str, enum.Enum):
    """A control action on the day, as the facilitator took it."""

    BLOCK_START = "block_start"
    BLOCK_END = "block_end"
    PAUSE = "pause"
    RESUME = "resume"
    ADD_TIME = "add_time"
    BACK = "back"
    SHIFT_DAY = "shift_day"
    SHIFT_DAY_ALL = "shift_day_all"  # fixed points move too
    ROTATION_START = "rotation_start"
    ROTATION_PAUSE = "rotation_pause"
    ROTATION_RESUME = "rotation_resume"
    ROTATION_SKIP = "rotation_skip"
    ROTATION_SLOT = "rotation_slot"
    BLANK = "blank"


class RunEvent(Base):
    """The run log: every control action with the wall time and monotonic time it was taken.

    The monotonic time counts only within one boot of the laptop (``boot_id``); after a reboot
    the wall time is used instead.
    """

    __tablename__ = "run_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[RunEventKind] = mapped_column(_enum(RunEventKind))
    block_id: Mapped[int | None] = mapped_column(ForeignKey("block.id", ondelete="SET NULL"))
    value: Mapped[float] = mapped_column(default=0.0)
    at_wall: Mapped[dt.datetime]
    at_monotonic: Mapped[float]
    boot_id: Mapped[str] = mapped_column(String, default="")


class Summary(Base):
    """A group's referat for a block. ``version`` counts saves; a save from a stale version is
    refused and its text kept as a :class:`SummaryConflict`, so nothing is overwritten silently."""

    __tablename__ = "summary"
    __table_args__ = (
        UniqueConstraint("block_id", "group_id", name="uq_summary_block_group"),
        # One note of a block's own (no group): a talk's, a plenum's.
        Index("uq_summary_block_note", "block_id", unique=True, sqlite_where=text("group_id IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    block_id: Mapped[int] = mapped_column(ForeignKey("block.id", ondelete="CASCADE"), index=True)
    #: None: the block's own notes (a talk, a plenum), not a group's referat.
    group_id: Mapped[int | None] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=0)
    delivered: Mapped[bool] = mapped_column(default=False)
    delivered_at: Mapped[dt.datetime | None]
    updated_at: Mapped[dt.datetime | None]
    updated_from: Mapped[str] = mapped_column(String, default="")
    #: Up to three key points (hovedpunkter), one line each, as a JSON list: versioned with the text.
    key_points: Mapped[str] = mapped_column(Text, default="[]")


class SummaryConflict(Base):
    """One refused text of a referat, kept until a person resolves that one: who sent it
    (``source`` laptop/phone, ``device`` the phone page's id), when, and the version it started from."""

    __tablename__ = "summary_conflict"

    id: Mapped[int] = mapped_column(primary_key=True)
    summary_id: Mapped[int] = mapped_column(ForeignKey("summary.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String, default="")
    device: Mapped[str] = mapped_column(String, default="")
    base_version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime]
    key_points: Mapped[str] = mapped_column(Text, default="[]")


class ReferentToken(Base):
    """The unguessable link of one group's referent page."""

    __tablename__ = "referent_token"

    token: Mapped[str] = mapped_column(String, primary_key=True)
    block_id: Mapped[int] = mapped_column(ForeignKey("block.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"), index=True)  # None: the block's notes
    created_at: Mapped[dt.datetime]


class Setting(Base):
    """Per-conference settings that travel with the file (e.g. the referent server's port)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class QuestionKind(str, enum.Enum):
    """The three kinds of question seed 004's questionnaire had."""

    SCALE = "scale"  # graded 1 (worst) to 6 (best)
    CHOICE = "choice"  # one or more of listed choices (pre-coded)
    OPEN = "open"  # free text


class EvalQuestion(Base):
    """One question of the conference's evaluation questionnaire, in ``position`` order."""

    __tablename__ = "eval_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[QuestionKind] = mapped_column(_enum(QuestionKind))
    text: Mapped[str] = mapped_column(Text, default="")
    #: The listed choices of a choice question, as a JSON list of strings.
    choices: Mapped[str] = mapped_column(Text, default="[]")
    #: A choice question that takes more than one choice.
    multiple: Mapped[bool] = mapped_column(default=False)
    low_label: Mapped[str] = mapped_column(String, default="")
    high_label: Mapped[str] = mapped_column(String, default="")


class EvalResponse(Base):
    """One respondent's answers. Anonymous: ``respondent`` is a keyed hash of the phone's random
    id (so a second send replaces the first), never a participant's name or id; no time is kept."""

    __tablename__ = "eval_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    respondent: Mapped[str] = mapped_column(String, unique=True)
    source: Mapped[str] = mapped_column(String, default="phone")  # phone or paper


class EvalAnswer(Base):
    """A response's answer to one question: ``value`` is JSON (a number, a list of choices, a text)."""

    __tablename__ = "eval_answer"
    __table_args__ = (UniqueConstraint("response_id", "question_id", name="uq_eval_answer"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("eval_response.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("eval_question.id", ondelete="CASCADE"), index=True)
    value: Mapped[str] = mapped_column(Text, default="null")


class EvalCategory(Base):
    """A column of the coding board (seed 004's six to start with) and its one-line finding."""

    __tablename__ = "eval_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, index=True)
    name: Mapped[str] = mapped_column(String)
    finding: Mapped[str] = mapped_column(Text, default="")


class EvalCard(Base):
    """A card on the coding board: an open answer (kept in step with it) or a group summary's
    paragraph (its text as it was when added)."""

    __tablename__ = "eval_card"

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int | None] = mapped_column(ForeignKey("eval_answer.id", ondelete="CASCADE"), unique=True)
    summary_id: Mapped[int | None] = mapped_column(ForeignKey("summary.id", ondelete="CASCADE"), index=True)
    paragraph: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    #: Where it came from, as shown on the card ("Hva bør vi endre?", "1. kvadrant, bord 3").
    origin: Mapped[str] = mapped_column(String, default="")
    quote: Mapped[bool] = mapped_column(default=False)


class EvalCoding(Base):
    """A card filed in a category (a card may be in several)."""

    __tablename__ = "eval_coding"

    card_id: Mapped[int] = mapped_column(ForeignKey("eval_card.id", ondelete="CASCADE"), primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("eval_category.id", ondelete="CASCADE"), primary_key=True, index=True)


class PlenumTheme(Base):
    """A theme of the closing plenum: a name, and the groups' key points placed in it."""

    __tablename__ = "plenum_theme"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, index=True)
    name: Mapped[str] = mapped_column(String, default="")


class PlenumPlacement(Base):
    """One key point (a summary's ``point_index``-th) placed in a theme."""

    __tablename__ = "plenum_placement"

    summary_id: Mapped[int] = mapped_column(ForeignKey("summary.id", ondelete="CASCADE"), primary_key=True)
    point_index: Mapped[int] = mapped_column(Integer, primary_key=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("plenum_theme.id", ondelete="CASCADE"), index=True)

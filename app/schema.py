"""The conference file's tables, as SQLAlchemy 2.0 typed ORM classes.

Changes to these classes need an Alembic revision in ``app/migrations/versions``.
"""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Enum, ForeignKey, Integer, String, Text, UniqueConstraint
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

"""Participants: reading, adding, editing, removing and checking in, committed as they happen."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from app.common.messages import KvadrantError
from app.common.roles import normalize_role
from app.conference_file.schema import AdvisedMunicipality, Participant
from app.conference_file.storage import ConferenceDb
from app.common.text import clean, fold, match_key

#: Presence is not among them: it changes only through ``app.groups.presence.set_presence``,
#: which fits the table plans around it.
EDITABLE_FIELDS = ("name", "municipality", "role", "kommunegruppe", "email", "advises")


@dataclass(frozen=True)
class ParticipantRow:
    """A participant as the UI and CLI see it: a plain value, detached from any session."""

    id: int
    name: str
    municipality: str
    role: str
    kommunegruppe: str
    email: str
    present: bool
    advises: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "municipality": self.municipality,
            "role": self.role,
            "kommunegruppe": self.kommunegruppe,
            "email": self.email,
            "present": self.present,
        }


@dataclass(frozen=True)
class ParticipantsChanged:
    """What an operation changed, so each view refreshes only what it shows."""

    added: tuple[int, ...] = ()
    updated: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()
    warnings: tuple = field(default=())


def to_row(participant: Participant) -> ParticipantRow:
    return ParticipantRow(
        id=participant.id,
        name=participant.name,
        municipality=participant.municipality,
        role=participant.role,
        kommunegruppe=participant.kommunegruppe,
        email=participant.email,
        present=participant.present,
        advises=tuple(a.municipality for a in participant.advises),
    )


def list_participants(db: ConferenceDb) -> list[ParticipantRow]:
    """Everyone in the file, in the order they were added."""
    with db.read() as session:
        query = select(Participant).options(selectinload(Participant.advises)).order_by(Participant.id)
        return [to_row(p) for p in session.scalars(query)]


def canonical_municipality(session: Session, municipality: str) -> str:
    """The spelling already used in the file for this municipality, or the given one cleaned."""
    wanted = fold(municipality)
    for existing in session.scalars(select(Participant.municipality).distinct()):
        if fold(existing) == wanted:
            return existing
    return clean(municipality)


def _set_advises(participant: Participant, municipalities: Iterable[str]) -> None:
    seen: dict[str, str] = {}
    for name in municipalities:
        if clean(name) and fold(name) not in seen:
            seen[fold(name)] = clean(name)
    participant.advises = [AdvisedMunicipality(municipality=m) for m in seen.values()]


def _validated(name: str, municipality: str) -> tuple[str, str]:
    name, municipality = clean(name), clean(municipality)
    if not name:
        raise KvadrantError("participant_name_required")
    if not municipality:
        raise KvadrantError("participant_municipality_required")
    return name, municipality


def add_participant(
    db: ConferenceDb,
    *,
    name: str,
    municipality: str,
    role: str = "",
    kommunegruppe: str = "",
    email: str = "",
    present: bool = True,
    advises: Iterable[str] = (),
) -> ParticipantsChanged:
    name, municipality = _validated(name, municipality)
    try:
        with db.write() as session:
            municipality = canonical_municipality(session, municipality)
            participant = Participant(
                name=name,
                municipality=municipality,
                match_key=match_key(name, municipality),
                role=normalize_role(role).role,
                kommunegruppe=clean(kommunegruppe),
                email=clean(email),
                present=present,
            )
            _set_advises(participant, advises)
            session.add(participant)
            session.flush()
            new_id = participant.id
    except IntegrityError:
        raise KvadrantError("participant_exists", name=name, municipality=municipality) from None
    return ParticipantsChanged(added=(new_id,))


def update_participant(db: ConferenceDb, participant_id: int, **changes: object) -> ParticipantsChanged:
    """Change some fields of one participant; unknown field names are a programming error."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    try:
        with db.write() as session:
            participant = session.get(Participant, participant_id)
            if participant is None:
                raise KvadrantError("participant_not_found")
            name, municipality = _validated(
                str(changes.get("name", participant.name)),
                str(changes.get("municipality", participant.municipality)),
            )
            if "municipality" in changes and fold(municipality) != fold(participant.municipality):
                municipality = canonical_municipality(session, municipality)
            elif "municipality" not in changes:
                municipality = participant.municipality
            participant.name = name
            participant.municipality = municipality
            participant.match_key = match_key(name, municipality)
            if "role" in changes:
                participant.role = normalize_role(str(changes["role"])).role
            for key in ("kommunegruppe", "email"):
                if key in changes:
                    setattr(participant, key, clean(changes[key]))
            if "advises" in changes:
                _set_advises(participant, changes["advises"])  # type: ignore[arg-type]
            session.flush()
    except IntegrityError:
        raise KvadrantError("participant_exists", name=name, municipality=municipality) from None
    return ParticipantsChanged(updated=(participant_id,))


def remove_participants(db: ConferenceDb, participant_ids: Iterable[int]) -> ParticipantsChanged:
    ids = tuple(participant_ids)
    with db.write() as session:
        for participant in session.scalars(select(Participant).where(Participant.id.in_(ids))):
            session.delete(participant)
    return ParticipantsChanged(removed=ids)

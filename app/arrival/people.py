"""What a participant's phone may know: names found by a few letters, and one person's card (their
tables, whether they are checked in, the programme now and next).

Only names, municipalities and tables leave the laptop (what the projector shows anyway): never an
e-mail, a role note or a summary.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.common.clock import Clock
from app.common.messages import KvadrantError
from app.common.text import norwegian_key, search_fold
from app.conference_file.schema import Participant
from app.conference_file.storage import ConferenceDb
from app.groups.reading import seats_of
from app.run.day_runner import DayRunner, Phase

MAX_HITS = 20
#: "Ase" finds "Åse" as a last resort: the Norwegian letters written without their marks.
_PLAIN_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})


@dataclass(frozen=True)
class Hit:
    id: int
    name: str
    municipality: str

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "municipality": self.municipality}


def _rank(needle: str, name: str) -> int | None:
    """0: the name starts with it, 1: a later word does, 2: it is inside; +3 for the same on the
    names written without æ, ø, å's own marks (the fallback); None: no match."""
    for offset, fold in ((0, lambda s: s), (3, lambda s: s.translate(_PLAIN_LETTERS))):
        hay, wanted = fold(name), fold(needle)
        if hay.startswith(wanted):
            return offset
        if any(word.startswith(wanted) for word in hay.split()[1:]):
            return offset + 1
        if wanted in hay:
            return offset + 2
    return None


def find_people(db: ConferenceDb, query: str, *, limit: int = MAX_HITS) -> list[Hit]:
    """Everyone whose name matches ``query`` (case and accents ignored, æ ø å as letters), best first,
    then in Norwegian alphabetical order; the municipality tells two Kari Hansens apart."""
    needle = search_fold(query).strip()
    if not needle:
        return []
    with db.read() as session:
        rows = session.execute(select(Participant.id, Participant.name, Participant.municipality)).all()
    ranked = []
    for pid, name, municipality in rows:
        rank = _rank(needle, search_fold(name))
        if rank is not None:
            ranked.append((rank, norwegian_key(name), norwegian_key(municipality), Hit(pid, name, municipality)))
    ranked.sort(key=lambda item: item[:3])
    return [item[3] for item in ranked[:limit]]


def tables_of(db: ConferenceDb, participant_id: int) -> list[dict[str, Any]]:
    """The person's table in each kvadrant's current plan (none while absent or unplanned)."""
    return [{"kvadrant": s.kvadrant, "group": s.number, "label": s.label} for s in seats_of(db, participant_id)]


def _minutes(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="minutes") if moment is not None else None


def now_and_next(db: ConferenceDb, clock: Clock) -> dict[str, Any]:
    """What is on now (with when it is expected to end) and next (with when it is expected to
    start), as the day runs (the run log in the file), and the whole programme."""
    view = DayRunner(db, clock).view()
    now = None
    if view.phase is Phase.RUNNING and view.block is not None:
        ends = view.now + dt.timedelta(seconds=max(view.remaining or 0.0, 0.0))
        now = {"title": view.block.title, "ends_at": _minutes(ends)}
    upcoming = {"title": view.next_block.title, "starts_at": _minutes(view.next_start)} if view.next_block else None
    programme = [
        {
            "title": t.block.title,
            "kvadrant": t.block.kvadrant,
            "starts_at": _minutes(t.actual_start or t.expected_start),
            "ends_at": _minutes(t.actual_end or t.expected_end),
            "done": t.actual_end is not None,
        }
        for t in view.timings
    ]
    return {"now": now, "next": upcoming, "programme": programme}


def person_card(db: ConferenceDb, participant_id: int, clock: Clock) -> dict[str, Any]:
    """One person as their phone shows them; ``participant_not_found`` for an unknown id."""
    with db.read() as session:
        person = session.get(Participant, participant_id)
        if person is None:
            raise KvadrantError("participant_not_found")
        card: dict[str, Any] = {
            "id": person.id,
            "name": person.name,
            "municipality": person.municipality,
            "present": person.present,
            "tables": tables_of(db, participant_id),
        }
        card.update(now_and_next(db, clock))
    return card

"""The participants' appendix: each municipality's people, with where they sat, as Norwegian
lists are sorted (by surname), and the national council's advisers in a section of their own."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.common.roles import VEILEDER
from app.common.text import clean, norwegian_key
from app.roster.participants import ParticipantRow


@dataclass(frozen=True)
class Person:
    participant: ParticipantRow
    table: int | None  # the 1. kvadrant group they sat in
    kommunegruppe: str  # the 4. kvadrant group's label (or number), "" if none


def surname_key(name: str) -> tuple[str, str]:
    """"Kari Nordmann" sorts as "Nordmann, Kari"; a name written "Nordmann, Kari" as it stands."""
    text = clean(name)
    if "," in text:
        surname, _, given = text.partition(",")
    else:
        given, _, surname = text.rpartition(" ")
    return norwegian_key(surname.strip()), norwegian_key(given.strip())


def _person(p: ParticipantRow, tables: Mapping[int, int], kommunegrupper: Mapping[int, str]) -> Person:
    return Person(p, tables.get(p.id), kommunegrupper.get(p.id, ""))


def by_municipality(
    participants: Sequence[ParticipantRow], tables: Mapping[int, int], kommunegrupper: Mapping[int, str]
) -> list[tuple[str, list[Person]]]:
    """Everyone but the advisers, by municipality (Norwegian order), each list by surname."""
    found: dict[str, list[Person]] = {}
    people = sorted((p for p in participants if p.role != VEILEDER), key=lambda p: (norwegian_key(p.municipality), surname_key(p.name)))
    for p in people:
        found.setdefault(clean(p.municipality), []).append(_person(p, tables, kommunegrupper))
    return list(found.items())


def advisers(
    participants: Sequence[ParticipantRow], tables: Mapping[int, int], kommunegrupper: Mapping[int, str]
) -> list[Person]:
    """The national council's advisers (veiledere), by surname."""
    chosen = sorted((p for p in participants if p.role == VEILEDER), key=lambda p: surname_key(p.name))
    return [_person(p, tables, kommunegrupper) for p in chosen]

"""Reading table plans back from the conference file, as plain values the views and prints use.
A plan (``Grouping``) belongs to a kvadrant: 1 (mixed tables across municipalities, or "by role")
or 4 (kommunegrupper); one per kvadrant is current. :func:`current_plan` gives it as a
:class:`Plan` of :class:`Table` s of :class:`Member` s in speaking order, with the figures that
say how good it is (:class:`PlanFigures`), the rule breaks per table ("2 fra Gjøvik") and the
warnings for the whole plan (someone present without a seat, a kommunegruppe of one);
:func:`find_your_table` lists everyone present alphabetically with their tables. The few session
helpers the writing modules share (the current plan, who sat with whom) live here too.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace
from typing import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.groups import table_plan as grouping
from app.groups.earlier import Earlier, earlier
from app.common.messages import KvadrantError, Message
from app.common.roles import VEILEDER
from app.conference_file.schema import Group, Grouping, GroupingMode, GroupMember, Participant
from app.conference_file.storage import ConferenceDb
from app.common.text import fold, norwegian_key

KVADRANTS = (1, 4)


@dataclass(frozen=True)
class Member:
    participant_id: int
    name: str
    municipality: str
    role: str
    kommunegruppe: str
    present: bool
    locked: bool

    @property
    def unit(self) -> str:
        return self.kommunegruppe or self.municipality

    def as_json(self) -> dict[str, str]:
        return {"name": self.name, "municipality": self.municipality, "role": self.role, "kommunegruppe": self.kommunegruppe}


@dataclass(frozen=True)
class Table:
    """One group: members in speaking order, and the rule breaks that concern it."""

    id: int
    number: int
    label: str
    locked: bool
    members: tuple[Member, ...]
    ordstyrer_id: int | None
    referent_id: int | None
    problems: tuple[Message, ...] = ()

    def member(self, participant_id: int | None) -> Member | None:
        return next((m for m in self.members if m.participant_id == participant_id), None)

    @property
    def present_members(self) -> tuple[Member, ...]:
        """Who is at the table today (an absent person keeps their seat in the plan)."""
        return tuple(m for m in self.members if m.present)


@dataclass(frozen=True)
class PlanFigures:
    """How good a plan is, against what the rules allow."""

    tables: int
    smallest: int
    largest: int
    same_unit_pairs: int
    same_unit_minimum: int
    roles_outside: int
    veiledere_fewest: int
    veiledere_most: int
    repeat_pairs: int  # pairs who sat together before, here or at an earlier conference
    #: How many earlier conferences (the history) the repeats were counted against.
    earlier_conferences: int = 0


@dataclass(frozen=True)
class Plan:
    grouping_id: int
    kvadrant: int
    mode: GroupingMode
    seed: int
    target_size: int | None
    table_count: int | None
    tables: tuple[Table, ...]
    figures: PlanFigures
    warnings: tuple[Message, ...] = ()

    def table(self, number: int) -> Table | None:
        return next((t for t in self.tables if t.number == number), None)

    def table_of(self, participant_id: int) -> Table | None:
        return next((t for t in self.tables if t.member(participant_id) is not None), None)

    def as_json(self) -> dict[str, object]:
        return {
            "kvadrant": self.kvadrant,
            "groups": [
                {"number": t.number, "members": [m.as_json() for m in t.members]} for t in self.tables
            ],
            "warnings": [w.text("en") for w in self.warnings],
        }


@dataclass(frozen=True)
class SeatListing:
    name: str
    municipality: str
    tables: tuple[int, ...]  # a veileder may visit several kommunegrupper


# --- helpers shared with the writing modules -------------------------------------------------


def _check_kvadrant(kvadrant: int) -> None:
    if kvadrant not in KVADRANTS:
        raise KvadrantError("groups_bad_kvadrant", value=kvadrant)


def _current(session: Session, kvadrant: int) -> Grouping | None:
    query = (
        select(Grouping)
        .where(Grouping.kvadrant == kvadrant, Grouping.is_current.is_(True))
        .options(selectinload(Grouping.groups).selectinload(Group.members))
        .order_by(Grouping.id.desc())
    )
    return session.scalars(query).first()


def _person(p: Participant) -> grouping.Person:
    return grouping.Person(
        id=p.id,
        unit=fold(p.kommunegruppe or p.municipality),
        role=p.role,
        is_veileder=p.role == VEILEDER,
        municipality=p.municipality,
    )


def _history_in_file(session: Session, *, exclude: int | None = None) -> dict[int, set[int]]:
    """Who sat with whom in the plans of this file that were used."""
    used = session.scalars(
        select(Grouping).where(Grouping.used.is_(True)).options(selectinload(Grouping.groups).selectinload(Group.members))
    )
    plans = [[[m.participant_id for m in g.members] for g in plan.groups] for plan in used if plan.id != exclude]
    return grouping.history_partners(plans)


# --- reading ---------------------------------------------------------------------------------


def current_plan(db: ConferenceDb, kvadrant: int) -> Plan | None:
    """The current plan for ``kvadrant``, with its figures and rule breaks; None if none yet."""
    _check_kvadrant(kvadrant)
    with db.read() as session:
        current = _current(session, kvadrant)
        if current is None:
            return None
        return _view(session, current, _earlier(db, session, current))


def _earlier(db: ConferenceDb, session: Session, plan: Grouping) -> Earlier | None:
    """The remembered conferences' partners, for a mixed plan's figures (missing files left out)."""
    if plan.mode is GroupingMode.KOMMUNE:
        return None
    people = [(p.id, p.name, p.municipality) for p in session.scalars(select(Participant))]
    return earlier(db, people, strict=False)


def seated_table(db: ConferenceDb, kvadrant: int, group_id: int) -> Table | None:
    """One table of the current plan as seated, without the plan's figures and rule checks: what a
    phone shows, read in a fraction of the time the whole plan takes. None if the group is not in
    the kvadrant's current plan."""
    with db.read() as session:
        group = session.get(Group, group_id, options=[selectinload(Group.members), selectinload(Group.grouping)])
        if group is None or group.grouping.kvadrant != kvadrant or not group.grouping.is_current:
            return None
        ids = [m.participant_id for m in group.members]
        return _table(group, {p.id: p for p in session.scalars(select(Participant).where(Participant.id.in_(ids)))})


@dataclass(frozen=True)
class Seat:
    """Where one person sits in a kvadrant's current plan."""

    kvadrant: int
    number: int
    label: str


def seats_of(db: ConferenceDb, participant_id: int) -> list[Seat]:
    """The person's table in each kvadrant's current plan, in one query (no plan view, no rule
    checks): what their phone shows."""
    query = (
        select(Grouping.kvadrant, Group.number, Group.label)
        .join(Group, Group.grouping_id == Grouping.id)
        .join(GroupMember, GroupMember.group_id == Group.id)
        .where(GroupMember.participant_id == participant_id, Grouping.is_current.is_(True))
        .order_by(Grouping.kvadrant)
    )
    with db.read() as session:
        return [Seat(kvadrant, number, label) for kvadrant, number, label in session.execute(query)]


def _table(group: Group, participants: Mapping[int, Participant]) -> Table:
    members = tuple(
        Member(
            participant_id=m.participant_id,
            name=participants[m.participant_id].name,
            municipality=participants[m.participant_id].municipality,
            role=participants[m.participant_id].role,
            kommunegruppe=participants[m.participant_id].kommunegruppe,
            present=participants[m.participant_id].present,
            locked=m.locked or group.locked,
        )
        for m in group.members
        if m.participant_id in participants
    )
    return Table(group.id, group.number, group.label, group.locked, members, group.ordstyrer_id, group.referent_id)


def _view(session: Session, plan: Grouping, before: Earlier | None = None) -> Plan:
    """The plan as shown: its tables, and its figures and rule breaks against this file's used
    plans and ``before``, the earlier conferences' tables."""
    participants = {p.id: p for p in session.scalars(select(Participant))}
    history = _history_in_file(session, exclude=plan.id)
    if before is not None:
        for a, partners in before.partners.items():
            history.setdefault(a, set()).update(partners)
    tables = [_table(group, participants) for group in plan.groups]
    figures, problems = _assess(tables, participants, history, mixed=plan.mode is not GroupingMode.KOMMUNE)
    if before is not None:
        figures = replace(figures, earlier_conferences=before.files)
    tables = [
        Table(t.id, t.number, t.label, t.locked, t.members, t.ordstyrer_id, t.referent_id, tuple(problems.get(t.number, ())))
        for t in tables
    ]
    warnings = _plan_warnings(plan, tables, participants)
    return Plan(
        grouping_id=plan.id,
        kvadrant=plan.kvadrant,
        mode=plan.mode,
        seed=plan.seed,
        target_size=plan.target_size,
        table_count=plan.table_count,
        tables=tuple(tables),
        figures=figures,
        warnings=tuple(warnings),
    )


def _assess(
    tables: Sequence[Table],
    participants: Mapping[int, Participant],
    history: Mapping[int, set[int]],
    *,
    mixed: bool,
) -> tuple[PlanFigures, dict[int, list[Message]]]:
    """The plan's figures, and per table the rules it breaks ("2 fra Gjøvik")."""
    problems: dict[int, list[Message]] = {}
    seated = [[m for m in t.members if m.present and (mixed or m.role != VEILEDER)] for t in tables]
    count = max(1, len(tables))
    sizes = [len(members) for members in seated] or [0]
    units = Counter(m.unit.casefold() for members in seated for m in members)
    roles = Counter(m.role for members in seated for m in members if m.role)
    same_unit = sum(math.comb(c, 2) for members in seated for c in Counter(m.unit.casefold() for m in members).values())
    minimum = sum(grouping.min_unit_pairs(size, count) for size in units.values()) if mixed else same_unit
    roles_outside = 0
    repeats = 0
    veileder_counts = []
    for table, members in zip(tables, seated):
        found: list[Message] = []
        if mixed:
            by_unit = Counter(m.unit.casefold() for m in members)
            for unit, c in by_unit.items():
                if c > 1 and c > -(-units[unit] // count):
                    name = next(m.unit for m in members if m.unit.casefold() == unit)
                    found.append(Message("table_same_unit", {"count": c, "unit": name}))
            by_role = Counter(m.role for m in members if m.role)
            for role, total in roles.items():
                low, high = total // count, -(-total // count)
                c = by_role.get(role, 0)
                if not low <= c <= high:
                    roles_outside += 1
                    if role != VEILEDER:
                        found.append(Message("table_role_count", {"count": c, "role": role, "low": low, "high": high}))
            veileder_counts.append(by_role.get(VEILEDER, 0))
            for a_index, a in enumerate(members):
                for b in members[a_index + 1 :]:
                    if b.participant_id in history.get(a.participant_id, ()):
                        repeats += 1
                        found.append(Message("table_repeat_pair", {"a": a.name, "b": b.name}))
        absent = [m.name for m in table.members if not m.present]
        if absent:
            found.append(Message("table_absent", {"names": ", ".join(absent)}))
        if found:
            problems[table.number] = found
    if mixed and veileder_counts and max(veileder_counts) - min(veileder_counts) > 1:
        for table, c in zip(tables, veileder_counts):
            if c > 1:
                problems.setdefault(table.number, []).append(Message("table_veiledere", {"count": c}))
    figures = PlanFigures(
        tables=len(tables),
        smallest=min(sizes),
        largest=max(sizes),
        same_unit_pairs=same_unit,
        same_unit_minimum=minimum,
        roles_outside=roles_outside,
        veiledere_fewest=min(veileder_counts) if veileder_counts else 0,
        veiledere_most=max(veileder_counts) if veileder_counts else 0,
        repeat_pairs=repeats,
    )
    return figures, problems


def _plan_warnings(plan: Grouping, tables: Sequence[Table], participants: Mapping[int, Participant]) -> list[Message]:
    warnings: list[Message] = []
    seated = {m.participant_id for t in tables for m in t.members}
    for p in sorted(participants.values(), key=lambda p: norwegian_key(p.name)):
        if p.present and p.id not in seated:
            warnings.append(Message("plan_unseated", {"name": p.name, "municipality": p.municipality}))
    if plan.mode is GroupingMode.KOMMUNE:
        for t in tables:
            people = [m for m in t.members if m.role != VEILEDER]
            if len(people) == 1:
                warnings.append(Message("group_single", {"number": t.number, "unit": t.label or people[0].unit}))
    sizes = [len(t.present_members) for t in tables]
    if plan.mode is GroupingMode.MIXED and sizes and max(sizes) - min(sizes) > 1:
        warnings.append(Message("plan_uneven", {"smallest": min(sizes), "largest": max(sizes)}))
    return warnings


def find_your_table(plan: Plan) -> list[SeatListing]:
    """"Finn ditt bord": everyone present once, alphabetically (Norwegian), with their tables."""
    found: dict[int, tuple[Member, list[int]]] = {}
    for table in plan.tables:
        for member in table.members:
            if member.present:
                found.setdefault(member.participant_id, (member, []))[1].append(table.number)
    rows = [SeatListing(m.name, m.municipality, tuple(sorted(set(numbers)))) for m, numbers in found.values()]
    return sorted(rows, key=lambda r: (norwegian_key(r.name), norwegian_key(r.municipality), r.tables))

"""Groups in the conference file: making plans, editing them live, and reading them back.

A plan (``Grouping``) belongs to a kvadrant: 1 (mixed tables across municipalities, or "by role")
or 4 (kommunegrupper). One plan per kvadrant is current. A new proposal keeps the one it replaces
(so undo can bring it back) but only plans that were *used* (sat in) count as history.
"""
from __future__ import annotations

import datetime as dt
import math
import random
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from app.groups import table_plan as grouping
from app.common.messages import KvadrantError, Message
from app.common.roles import KULTURSKOLEEIER, KULTURSKOLELEDER, RESSURSLAERER, VEILEDER
from app.conference_file.schema import Group, Grouping, GroupingMode, GroupMember, Participant
from app.conference_file.storage import ConferenceDb, check_header
from app.common.text import fold, match_key, norwegian_key

KVADRANTS = (1, 4)
DEFAULT_SIZE = 6
BY_ROLE_ROLES = (KULTURSKOLEEIER, KULTURSKOLELEDER, RESSURSLAERER)
#: Replaced, never-used proposals kept for undo; older ones are pruned.
KEEP_PROPOSALS = 20


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
    repeat_pairs: int


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
class MovedPerson:
    """Who a live change moved where, in which kvadrant's plan (table numbers; None = no seat)."""

    name: str
    from_table: int | None
    to_table: int | None
    kvadrant: int = 1


@dataclass(frozen=True)
class GroupsChanged:
    """What a groups operation changed, so views refresh only that."""

    kvadrant: int | None  # None: every kvadrant's plan may have changed
    moves: tuple[MovedPerson, ...] = ()
    presence_changed: tuple[int, ...] = ()
    new_plan: bool = False


@dataclass(frozen=True)
class PlanState:
    """Everything an undo needs to put a kvadrant's groups back as they were."""

    kvadrant: int
    grouping_id: int | None
    groups: tuple[tuple[int, bool, int | None, int | None, tuple[tuple[int, bool], ...]], ...]
    present: tuple[tuple[int, bool], ...] = field(default=())


# --- reading ---------------------------------------------------------------------------------


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


def current_plan(db: ConferenceDb, kvadrant: int) -> Plan | None:
    """The current plan for ``kvadrant``, with its figures and rule breaks; None if none yet."""
    _check_kvadrant(kvadrant)
    with db.read() as session:
        current = _current(session, kvadrant)
        if current is None:
            return None
        return _view(session, current)


def _view(session: Session, plan: Grouping) -> Plan:
    participants = {p.id: p for p in session.scalars(select(Participant))}
    history = _history_in_file(session, exclude=plan.id)
    tables: list[Table] = []
    for group in plan.groups:
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
        tables.append(
            Table(group.id, group.number, group.label, group.locked, members, group.ordstyrer_id, group.referent_id)
        )
    figures, problems = _assess(tables, participants, history, mixed=plan.mode is not GroupingMode.KOMMUNE)
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
    sizes = [len([m for m in t.members if m.present]) for t in tables]
    if plan.mode is GroupingMode.MIXED and sizes and max(sizes) - min(sizes) > 1:
        warnings.append(Message("plan_uneven", {"smallest": min(sizes), "largest": max(sizes)}))
    return warnings


# --- history ---------------------------------------------------------------------------------


def _history_in_file(session: Session, *, exclude: int | None = None) -> dict[int, set[int]]:
    """Who sat with whom in the plans of this file that were used."""
    used = session.scalars(
        select(Grouping).where(Grouping.used.is_(True)).options(selectinload(Grouping.groups).selectinload(Group.members))
    )
    plans = [[[m.participant_id for m in g.members] for g in plan.groups] for plan in used if plan.id != exclude]
    return grouping.history_partners(plans)


def history_from_file(path: str | Path, participants: Mapping[str, int]) -> dict[int, set[int]]:
    """Who sat with whom in another conference file (e.g. Dialogkonferanse 1), as ids of this one.

    People are matched by name and municipality. The other file is only read (SQLite read-only
    mode), and refused like any file that is not ours.
    """
    path = Path(path).expanduser().absolute()
    check_header(path)
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise KvadrantError("file_io_error", path=str(path), detail=str(error)) from None
    try:
        has_groups = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='group_member'"
        ).fetchone()
        if not has_groups:
            return {}
        rows = connection.execute(
            'SELECT g.grouping_id, g.id, p.name, p.municipality FROM "group" g '
            "JOIN grouping gr ON gr.id = g.grouping_id "
            "JOIN group_member m ON m.group_id = g.id JOIN participant p ON p.id = m.participant_id "
            "WHERE gr.used = 1 OR gr.is_current = 1"
        ).fetchall()
    except sqlite3.Error as error:
        raise KvadrantError("file_corrupt", path=str(path), detail=str(error)) from None
    finally:
        connection.close()
    tables: dict[tuple[int, int], list[int]] = {}
    for grouping_id, group_id, name, municipality in rows:
        here = participants.get(match_key(name, municipality))
        if here is not None:
            tables.setdefault((grouping_id, group_id), []).append(here)
    return grouping.history_partners([list(tables.values())])


def _merge(*histories: Mapping[int, set[int]]) -> dict[int, set[int]]:
    merged: dict[int, set[int]] = {}
    for history in histories:
        for a, partners in history.items():
            merged.setdefault(a, set()).update(partners)
    return merged


# --- making plans ----------------------------------------------------------------------------


def make_plan(
    db: ConferenceDb,
    *,
    kvadrant: int,
    size: int | None = None,
    tables: int | None = None,
    by_role: bool = False,
    seed: int | None = None,
    history_files: Sequence[str | Path] = (),
    keep_locked: bool = True,
    now: Callable[[], dt.datetime] = dt.datetime.now,
) -> Plan:
    """Make and store a new plan for ``kvadrant`` (the current one is kept for undo).

    Kvadrant 1: mixed tables (or by role). Kvadrant 4: one group per kommunegruppe. Locked
    people and tables of the current plan keep their seats when ``keep_locked``.
    """
    _check_kvadrant(kvadrant)
    if size is not None and tables is not None:
        raise KvadrantError("groups_size_and_tables")
    if size is not None and size < 1:
        raise KvadrantError("groups_bad_size", value=size)
    if tables is not None and tables < 1:
        raise KvadrantError("groups_bad_tables", value=tables)
    if seed is None:
        seed = random.SystemRandom().randrange(1, 1_000_000)
    with db.write() as session:
        participants = list(session.scalars(select(Participant).options(selectinload(Participant.advises))))
        present = [p for p in participants if p.present]
        if not present:
            raise KvadrantError("groups_no_participants")
        people = [_person(p) for p in present]
        previous = _current(session, kvadrant)
        fixed = _locked_seats(previous) if keep_locked and previous is not None else {}
        fixed = {pid: t for pid, t in fixed.items() if any(p.id == pid for p in present)}
        if kvadrant == 4:
            mode = GroupingMode.KOMMUNE
            advises = {p.id: [a.municipality for a in p.advises] for p in present if p.role == VEILEDER}
            labelled = grouping.plan_kommunegrupper(people, advises=advises, seed=seed)
            display = {fold(p.kommunegruppe or p.municipality): (p.kommunegruppe or p.municipality) for p in present}
            labelled = [(display.get(unit, unit), members) for unit, members in labelled]
        else:
            keys = {p.match_key: p.id for p in participants}
            history = _merge(_history_in_file(session), *(history_from_file(f, keys) for f in history_files))
            non_veiledere = sum(1 for p in people if not p.is_veileder)
            count = tables if tables is not None else grouping.table_count(len(people), size=size or DEFAULT_SIZE)
            if count > (non_veiledere if by_role else len(people)):
                raise KvadrantError("groups_too_many_tables", tables=count, people=len(people))
            if by_role:
                mode = GroupingMode.BY_ROLE
                labelled = grouping.plan_by_role(
                    people,
                    roles=BY_ROLE_ROLES,
                    size=(size or DEFAULT_SIZE) if tables is None else None,
                    tables=tables,
                    seed=seed,
                    history=history,
                )
            else:
                mode = GroupingMode.MIXED
                plan = grouping.plan_tables(people, tables=count, seed=seed, history=history, fixed=fixed)
                labelled = [("", members) for members in plan]
        if previous is not None:
            previous.is_current = False
        new = Grouping(
            kvadrant=kvadrant,
            mode=mode,
            seed=seed,
            target_size=size if tables is None and kvadrant == 1 else None,
            table_count=tables if kvadrant == 1 else None,
            created_at=now(),
            is_current=True,
            history_note=", ".join(str(f) for f in history_files),
        )
        session.add(new)
        by_id = {p.id: p for p in people}
        locked_ids = set(fixed)
        locked_tables = _locked_table_numbers(previous) if keep_locked and previous is not None else set()
        for number, (label, member_ids) in enumerate(labelled, start=1):
            members = [by_id[m] for m in member_ids]
            order = grouping.speaking_order(members, seed=seed + number)
            chair, referent = grouping.suggest_chair_and_referent(members)
            group = Group(number=number, label=label, locked=(number - 1) in locked_tables, ordstyrer_id=chair, referent_id=referent)
            group.members = [
                GroupMember(participant_id=pid, position=k, locked=pid in locked_ids) for k, pid in enumerate(order)
            ]
            new.groups.append(group)
        session.flush()
        _prune_proposals(session, kvadrant, keep=new.id)
        return _view(session, new)


def _locked_seats(plan: Grouping) -> dict[int, int]:
    """Participant id -> table index for locked people and everyone at a locked table."""
    return {
        m.participant_id: g.number - 1 for g in plan.groups for m in g.members if m.locked or g.locked
    }


def _locked_table_numbers(plan: Grouping) -> set[int]:
    return {g.number - 1 for g in plan.groups if g.locked}


def _prune_proposals(session: Session, kvadrant: int, *, keep: int) -> None:
    old = session.scalars(
        select(Grouping.id)
        .where(Grouping.kvadrant == kvadrant, Grouping.is_current.is_(False), Grouping.used.is_(False), Grouping.id != keep)
        .order_by(Grouping.id.desc())
        .offset(KEEP_PROPOSALS)
    ).all()
    if old:
        session.execute(delete(Grouping).where(Grouping.id.in_(old)))


def mark_used(db: ConferenceDb, kvadrant: int) -> None:
    """The current plan was sat in: from now on its pairs count as history."""
    with db.write() as session:
        current = _current(session, kvadrant)
        if current is not None:
            current.used = True


# --- editing ---------------------------------------------------------------------------------


def _group(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise KvadrantError("group_not_found")
    return group


def _renumber(group: Group) -> None:
    for k, member in enumerate(sorted(group.members, key=lambda m: m.position)):
        member.position = k


def move_member(db: ConferenceDb, *, participant_id: int, from_group_id: int, to_group_id: int, position: int | None = None) -> GroupsChanged:
    """Move someone to another table (drag and drop), at ``position`` in its speaking order."""
    with db.write() as session:
        source, target = _group(session, from_group_id), _group(session, to_group_id)
        member = next((m for m in source.members if m.participant_id == participant_id), None)
        if member is None:
            raise KvadrantError("group_not_found")
        if source.id == target.id:
            ordered = [m for m in sorted(source.members, key=lambda m: m.position) if m is not member]
            ordered.insert(len(ordered) if position is None else min(position, len(ordered)), member)
            for k, m in enumerate(ordered):
                m.position = k
            return GroupsChanged(kvadrant=source.grouping.kvadrant)
        source.members.remove(member)
        for role in ("ordstyrer_id", "referent_id"):
            if getattr(source, role) == participant_id:
                setattr(source, role, None)
        _renumber(source)
        participant = session.get(Participant, participant_id)
        name = participant.name if participant else ""
        if not any(m.participant_id == participant_id for m in target.members):
            ordered = sorted(target.members, key=lambda m: m.position)
            new = GroupMember(participant_id=participant_id, locked=member.locked)
            ordered.insert(len(ordered) if position is None else min(position, len(ordered)), new)
            target.members.append(new)
            for k, m in enumerate(ordered):
                m.position = k
        session.flush()
        kvadrant = source.grouping.kvadrant
        return GroupsChanged(kvadrant=kvadrant, moves=(MovedPerson(name, source.number, target.number, kvadrant),))


def set_speaking_order(db: ConferenceDb, group_id: int, participant_ids: Sequence[int]) -> GroupsChanged:
    with db.write() as session:
        group = _group(session, group_id)
        rank = {pid: k for k, pid in enumerate(participant_ids)}
        for member in group.members:
            member.position = rank.get(member.participant_id, len(rank) + member.position)
        _renumber(group)
        return GroupsChanged(kvadrant=group.grouping.kvadrant)


def set_chair_and_referent(db: ConferenceDb, group_id: int, *, ordstyrer_id: int | None, referent_id: int | None) -> GroupsChanged:
    with db.write() as session:
        group = _group(session, group_id)
        members = {m.participant_id for m in group.members}
        for pid in (ordstyrer_id, referent_id):
            if pid is not None and pid not in members:
                raise KvadrantError("group_role_not_member")
        group.ordstyrer_id, group.referent_id = ordstyrer_id, referent_id
        return GroupsChanged(kvadrant=group.grouping.kvadrant)


def set_member_locked(db: ConferenceDb, group_id: int, participant_id: int, locked: bool) -> GroupsChanged:
    with db.write() as session:
        group = _group(session, group_id)
        for member in group.members:
            if member.participant_id == participant_id:
                member.locked = locked
        return GroupsChanged(kvadrant=group.grouping.kvadrant)


def set_group_locked(db: ConferenceDb, group_id: int, locked: bool) -> GroupsChanged:
    with db.write() as session:
        group = _group(session, group_id)
        group.locked = locked
        return GroupsChanged(kvadrant=group.grouping.kvadrant)


def merge_groups(db: ConferenceDb, *, source_group_id: int, target_group_id: int) -> GroupsChanged:
    """Move everyone of one group into another (a kommunegruppe of one joins a neighbour)."""
    with db.write() as session:
        source, target = _group(session, source_group_id), _group(session, target_group_id)
        if source.id == target.id:
            return GroupsChanged(kvadrant=source.grouping.kvadrant)
        have = {m.participant_id for m in target.members}
        start = len(target.members)
        for k, member in enumerate(sorted(source.members, key=lambda m: m.position)):
            if member.participant_id not in have:
                target.members.append(GroupMember(participant_id=member.participant_id, position=start + k, locked=member.locked))
        if source.label and target.label and source.label not in target.label:
            target.label = f"{target.label} + {source.label}"
        plan = source.grouping
        session.delete(source)
        session.flush()
        for number, group in enumerate(sorted(plan.groups, key=lambda g: g.number), start=1):
            group.number = number
        _renumber(target)
        return GroupsChanged(kvadrant=plan.kvadrant)


# --- live changes: check-in ----------------------------------------------------------------


def set_presence(
    db: ConferenceDb, participant_id: int, present: bool, *, fix_groups: bool = True
) -> GroupsChanged:
    """Check someone in or out, and fit the current plans around it without a reshuffle.

    Kvadrant 1: a late arrival joins the best table under the rules, moving at most one other
    person; a no-show whose table is left too small is fixed by moving at most two people.
    Kvadrant 4: they join or leave their kommunegruppe. Returns who moved where.
    """
    moves: list[MovedPerson] = []
    with db.write() as session:
        participant = session.get(Participant, participant_id)
        if participant is None:
            raise KvadrantError("participant_not_found")
        if participant.present == present:
            return GroupsChanged(kvadrant=None)
        participant.present = present
        session.flush()
        if fix_groups:
            for kvadrant in KVADRANTS:
                plan = _current(session, kvadrant)
                if plan is not None:
                    moves.extend(
                        MovedPerson(m.name, m.from_table, m.to_table, kvadrant)
                        for m in _fit_presence(session, plan, participant, present)
                    )
    return GroupsChanged(kvadrant=None, moves=tuple(moves), presence_changed=(participant_id,))


def _fit_presence(session: Session, plan: Grouping, participant: Participant, present: bool) -> list[MovedPerson]:
    names = {p.id: p for p in session.scalars(select(Participant))}
    groups = sorted(plan.groups, key=lambda g: g.number)
    if plan.mode is GroupingMode.KOMMUNE:
        return _fit_kommunegruppe(session, plan, groups, participant, present)
    seated = [[m.participant_id for m in sorted(g.members, key=lambda m: m.position)] for g in groups]
    everyone = {pid for members in seated for pid in members}
    if present and participant.id in everyone:
        return []
    if not present and participant.id not in everyone:
        return []
    people_ids = {pid for pid in everyone if names[pid].present} | ({participant.id} if present else set())
    if not present:
        people_ids.add(participant.id)
    people = [_person(names[pid]) for pid in people_ids]
    locked = {m.participant_id for g in groups for m in g.members if m.locked or g.locked}
    history = _history_in_file(session, exclude=plan.id)
    present_seated = [[pid for pid in members if pid in people_ids] for members in seated]
    if present:
        _, raw_moves = grouping.place_late_arrival(present_seated, people, participant.id, history=history, locked=locked)
    else:
        _, raw_moves = grouping.fix_no_show(present_seated, people, participant.id, history=history, locked=locked)
        group = next(g for g in groups if any(m.participant_id == participant.id for m in g.members))
        _drop_member(group, participant.id)
    result = [] if present else [MovedPerson(participant.name, group.number, None)]
    for move in raw_moves:
        target = groups[move.to_table]
        if move.from_table is not None:
            _drop_member(groups[move.from_table], move.person)
        target.members.append(GroupMember(participant_id=move.person, position=len(target.members)))
        _renumber(target)
        result.append(
            MovedPerson(names[move.person].name, None if move.from_table is None else groups[move.from_table].number, target.number)
        )
    session.flush()
    return result


def _drop_member(group: Group, participant_id: int) -> None:
    member = next(m for m in group.members if m.participant_id == participant_id)
    group.members.remove(member)
    for role in ("ordstyrer_id", "referent_id"):
        if getattr(group, role) == participant_id:
            setattr(group, role, None)
    _renumber(group)


def _fit_kommunegruppe(
    session: Session, plan: Grouping, groups: Sequence[Group], participant: Participant, present: bool
) -> list[MovedPerson]:
    at = [g for g in groups if any(m.participant_id == participant.id for m in g.members)]
    if not present:
        for group in at:
            _drop_member(group, participant.id)
        session.flush()
        return [MovedPerson(participant.name, g.number, None) for g in at]
    if at:
        return []
    unit = fold(participant.kommunegruppe or participant.municipality)
    names = {p.id: p for p in session.scalars(select(Participant))}
    for group in groups:
        if any(fold(names[m.participant_id].kommunegruppe or names[m.participant_id].municipality) == unit for m in group.members if m.participant_id in names and names[m.participant_id].role != VEILEDER):
            group.members.append(GroupMember(participant_id=participant.id, position=len(group.members)))
            session.flush()
            return [MovedPerson(participant.name, None, group.number)]
    number = max((g.number for g in groups), default=0) + 1
    group = Group(number=number, label=participant.kommunegruppe or participant.municipality)
    group.members = [GroupMember(participant_id=participant.id, position=0)]
    plan.groups.append(group)
    session.flush()
    return [MovedPerson(participant.name, None, number)]


# --- undo ------------------------------------------------------------------------------------


def snapshot(db: ConferenceDb, kvadrant: int) -> PlanState:
    """The kvadrant's current plan and everyone's presence, to put back on undo."""
    with db.read() as session:
        current = _current(session, kvadrant)
        present = tuple(session.execute(select(Participant.id, Participant.present)).tuples())
        if current is None:
            return PlanState(kvadrant, None, (), present)
        groups = tuple(
            (
                g.id,
                g.locked,
                g.ordstyrer_id,
                g.referent_id,
                tuple((m.participant_id, m.locked) for m in sorted(g.members, key=lambda m: m.position)),
            )
            for g in current.groups
        )
        return PlanState(kvadrant, current.id, groups, present)


def restore(db: ConferenceDb, state: PlanState) -> GroupsChanged:
    """Put a kvadrant's plan (and presence) back as ``snapshot`` saw it."""
    with db.write() as session:
        for pid, was_present in state.present:
            participant = session.get(Participant, pid)
            if participant is not None:
                participant.present = was_present
        plans = session.scalars(select(Grouping).where(Grouping.kvadrant == state.kvadrant))
        for plan in plans:
            plan.is_current = plan.id == state.grouping_id
        if state.grouping_id is not None:
            plan = session.get(Grouping, state.grouping_id)
            if plan is None:
                raise KvadrantError("group_not_found")
            keep = {g[0] for g in state.groups}
            for group in list(plan.groups):
                if group.id not in keep:
                    plan.groups.remove(group)
            session.flush()
            for group_id, locked, chair, referent, members in state.groups:
                group = session.get(Group, group_id)
                if group is None:
                    continue
                group.locked, group.ordstyrer_id, group.referent_id = locked, chair, referent
                group.members.clear()
                session.flush()
                group.members.extend(
                    GroupMember(participant_id=pid, position=k, locked=member_locked)
                    for k, (pid, member_locked) in enumerate(members)
                    if session.get(Participant, pid) is not None
                )
        return GroupsChanged(kvadrant=state.kvadrant, new_plan=True)


# --- lists -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SeatListing:
    name: str
    municipality: str
    tables: tuple[int, ...]  # a veileder may visit several kommunegrupper


def find_your_table(plan: Plan) -> list[SeatListing]:
    """"Finn ditt bord": everyone present once, alphabetically (Norwegian), with their tables."""
    found: dict[int, tuple[Member, list[int]]] = {}
    for table in plan.tables:
        for member in table.members:
            if member.present:
                found.setdefault(member.participant_id, (member, []))[1].append(table.number)
    rows = [SeatListing(m.name, m.municipality, tuple(sorted(set(numbers)))) for m, numbers in found.values()]
    return sorted(rows, key=lambda r: (norwegian_key(r.name), norwegian_key(r.municipality), r.tables))

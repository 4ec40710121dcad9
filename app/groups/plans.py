"""Making table plans and storing them in the conference file, and the one import for the service:
:func:`make_plan` makes a new proposal for a kvadrant with the algorithm in ``table_plan`` (mixed
tables or "by role" for kvadrant 1, one group per kommunegruppe for kvadrant 4), keeping locked
people and tables where they sat and avoiding pairs who sat together before, in this file's used
plans or at the earlier conferences in its history (``app.groups.earlier``). The plan it replaces is kept
so undo can bring it back, but only plans that were *used* (:func:`mark_used`) count as history.
Reading, editing, check-in and undo live in ``reading``, ``editing``, ``presence`` and
``snapshots``; the names the rest of the code uses are importable from here too (``__all__``).
"""
from __future__ import annotations

import random
from pathlib import Path
from typing import Mapping, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from app.groups import table_plan as grouping
from app.common.messages import KvadrantError
from app.common.roles import KULTURSKOLEEIER, KULTURSKOLELEDER, RESSURSLAERER, VEILEDER
from app.conference_file.schema import Group, Grouping, GroupingMode, GroupMember, Participant
from app.conference_file.storage import ConferenceDb
from app.common.text import fold
from app.groups.editing import (
    GroupsChanged,
    MovedPerson,
    merge_groups,
    move_member,
    set_chair_and_referent,
    set_group_locked,
    set_member_locked,
    set_speaking_order,
)
from app.groups.earlier import earlier
from app.groups.presence import set_presence
from app.conference_file.history import add_history
from app.groups.reading import (
    KVADRANTS,
    Member,
    Plan,
    PlanFigures,
    SeatListing,
    Table,
    _check_kvadrant,
    _current,
    _history_in_file,
    _person,
    _view,
    current_plan,
    find_your_table,
)
from app.groups.snapshots import PlanState, restore, snapshot

__all__ = [
    "BY_ROLE_ROLES",
    "DEFAULT_SIZE",
    "KEEP_PROPOSALS",
    "KVADRANTS",
    "GroupsChanged",
    "Member",
    "MovedPerson",
    "Plan",
    "PlanFigures",
    "PlanState",
    "SeatListing",
    "Table",
    "current_plan",
    "find_your_table",
    "make_plan",
    "mark_used",
    "merge_groups",
    "move_member",
    "restore",
    "set_chair_and_referent",
    "set_group_locked",
    "set_member_locked",
    "set_presence",
    "set_speaking_order",
    "snapshot",
]

DEFAULT_SIZE = 6
BY_ROLE_ROLES = (KULTURSKOLEEIER, KULTURSKOLELEDER, RESSURSLAERER)
#: Replaced, never-used proposals kept for undo; older ones are pruned.
KEEP_PROPOSALS = 20


# --- history ---------------------------------------------------------------------------------


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
) -> Plan:
    """Make and store a new plan for ``kvadrant`` (the current one is kept for undo).

    Kvadrant 1: mixed tables (or by role), avoiding pairs who sat together in this file's used
    plans and at the conferences in its history (``history_files`` are added to it first).
    Kvadrant 4: one group per kommunegruppe. Locked people and tables of the current plan keep
    their seats when ``keep_locked``.
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
    before: dict[int, set[int]] = {}
    remembered = None
    if kvadrant != 4:
        for path in history_files:  # named for this plan: remembered from now on
            add_history(db, path)
        with db.read() as session:
            everyone = [(p.id, p.name, p.municipality) for p in session.scalars(select(Participant))]
        remembered = earlier(db, everyone, strict=True)
        before = remembered.partners
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
            history = _merge(_history_in_file(session), before)
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
            created_at=db.clock.now(),
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
        return _view(session, new, remembered if kvadrant != 4 else None)


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

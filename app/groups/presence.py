"""Checking people in and out, with the current table plans fitted around them: the one presence operation.
:func:`set_presence` flips the presence of one or several participants in one transaction and
repairs each kvadrant's current plan without a reshuffle: in kvadrant 1 a late arrival gets the
best seat under the rules (moving at most one other person) and a no-show leaves their table
(at most two people move to even the tables); in kvadrant 4 they join or leave their
kommunegruppe, which is made if they are its first. The returned :class:`GroupsChanged` says who
moved where and whose presence changed; someone whose presence does not change is not moved.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.groups import table_plan as grouping
from app.common.messages import KvadrantError
from app.common.roles import VEILEDER
from app.conference_file.schema import Group, Grouping, GroupingMode, GroupMember, Participant
from app.conference_file.storage import ConferenceDb
from app.common.text import fold
from app.groups.editing import GroupsChanged, MovedPerson, _drop_member, _renumber
from app.groups.reading import KVADRANTS, _current, _history_in_file, _person


def plans_in_use(db: ConferenceDb) -> tuple[int, ...]:
    """The kvadrants whose current plan is being (or was) sat in: its block has started."""
    query = select(Grouping.kvadrant).where(Grouping.is_current.is_(True), Grouping.used.is_(True))
    with db.read() as session:
        return tuple(sorted(set(session.scalars(query))))


def set_presence(
    db: ConferenceDb,
    participant_ids: Iterable[int] | int,
    present: bool,
    *,
    fix_groups: bool = True,
    kvadrants: Iterable[int] = KVADRANTS,
) -> GroupsChanged:
    """Check one or several people in (``present``) or out, and fit the current plans around it.

    Everything is one transaction, done as if the people were checked in one after another in
    the given order. Someone already so is skipped: checking in twice moves nobody twice. An
    unknown id raises ``participant_not_found`` and nothing is written. ``fix_groups=False`` only
    flips the flags and leaves the plans as they are; ``kvadrants`` says which plans are fitted.
    """
    ids = list(dict.fromkeys([participant_ids] if isinstance(participant_ids, int) else participant_ids))
    fitted = tuple(kvadrants)
    moves: list[MovedPerson] = []
    changed: list[int] = []
    with db.write() as session:
        people = {p.id: p for p in session.scalars(select(Participant).where(Participant.id.in_(ids)))}
        if len(people) != len(ids):
            raise KvadrantError("participant_not_found")
        for participant in (people[pid] for pid in ids):
            if participant.present == present:
                continue
            participant.present = present
            changed.append(participant.id)
            session.flush()
            if fix_groups:
                for kvadrant in fitted:
                    plan = _current(session, kvadrant)
                    if plan is not None:
                        moves.extend(
                            MovedPerson(m.name, m.from_table, m.to_table, kvadrant)
                            for m in _fit_presence(session, plan, participant, present)
                        )
    return GroupsChanged(kvadrant=None, moves=tuple(moves), presence_changed=tuple(changed))


def _fit_presence(session: Session, plan: Grouping, participant: Participant, present: bool) -> list[MovedPerson]:
    names = {p.id: p for p in session.scalars(select(Participant))}
    groups = sorted(plan.groups, key=lambda g: g.number)
    if plan.mode is GroupingMode.KOMMUNE:
        return _fit_kommunegruppe(session, plan, groups, participant, present, names)
    seated = [[m.participant_id for m in sorted(g.members, key=lambda m: m.position)] for g in groups]
    everyone = {pid for members in seated for pid in members}
    if present and participant.id in everyone:
        return []
    if not present and participant.id not in everyone:
        return []
    people_ids = {pid for pid in everyone if names[pid].present} | {participant.id}
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


def _fit_kommunegruppe(
    session: Session,
    plan: Grouping,
    groups: Sequence[Group],
    participant: Participant,
    present: bool,
    names: dict[int, Participant],
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

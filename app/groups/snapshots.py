"""Undo for table plans: a :class:`PlanState` is everything needed to put a kvadrant's plan back.
:func:`snapshot` records which plan of a kvadrant is current, each of its groups (id, number,
label, lock, ordstyrer, referent and members in speaking order, with their locks) and everyone's
presence; :func:`restore` puts all of that back in one transaction. Groups deleted since the
snapshot (a merge) are made again with their old ids, so any groups operation is undone by
restoring the state before it and redone by restoring the state after it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from app.common.messages import KvadrantError
from app.conference_file.schema import Group, Grouping, GroupMember, Participant
from app.conference_file.storage import ConferenceDb
from app.groups.editing import GroupsChanged
from app.groups.reading import _current


@dataclass(frozen=True)
class GroupState:
    """One group as :func:`snapshot` saw it; ``members`` are (participant id, locked) in order."""

    id: int
    number: int
    label: str
    locked: bool
    ordstyrer_id: int | None
    referent_id: int | None
    members: tuple[tuple[int, bool], ...]


@dataclass(frozen=True)
class PlanState:
    """Everything an undo needs to put a kvadrant's groups back as they were."""

    kvadrant: int
    grouping_id: int | None
    groups: tuple[GroupState, ...]
    present: tuple[tuple[int, bool], ...] = field(default=())


def snapshot(db: ConferenceDb, kvadrant: int) -> PlanState:
    """The kvadrant's current plan and everyone's presence, to put back on undo."""
    with db.read() as session:
        current = _current(session, kvadrant)
        present = tuple(session.execute(select(Participant.id, Participant.present)).tuples())
        if current is None:
            return PlanState(kvadrant, None, (), present)
        groups = tuple(
            GroupState(
                id=g.id,
                number=g.number,
                label=g.label,
                locked=g.locked,
                ordstyrer_id=g.ordstyrer_id,
                referent_id=g.referent_id,
                members=tuple((m.participant_id, m.locked) for m in sorted(g.members, key=lambda m: m.position)),
            )
            for g in current.groups
        )
        return PlanState(kvadrant, current.id, groups, present)


def restore(db: ConferenceDb, state: PlanState) -> GroupsChanged:
    """Put a kvadrant's plan (and presence) back as ``snapshot`` saw it.

    Groups made since are removed and groups deleted since are made again with their old ids.
    Should a group of another plan have taken such an id since (SQLite gives a deleted highest
    id out again), the group comes back under a new id, and the other plan is left alone.
    People removed from the file since stay removed, and lose their seats and roles.
    """
    with db.write() as session:
        for pid, was_present in state.present:
            participant = session.get(Participant, pid)
            if participant is not None:
                participant.present = was_present
        for other in session.scalars(select(Grouping).where(Grouping.kvadrant == state.kvadrant)):
            other.is_current = other.id == state.grouping_id
        if state.grouping_id is not None:
            plan = session.get(Grouping, state.grouping_id)
            if plan is None:
                raise KvadrantError("group_not_found")
            keep = {g.id for g in state.groups}
            for made_since in [g for g in plan.groups if g.id not in keep]:
                plan.groups.remove(made_since)
            session.flush()
            people = set(session.scalars(select(Participant.id)))
            for saved in state.groups:
                found = session.get(Group, saved.id)
                group = found if found is not None and found.grouping_id == plan.id else None
                if group is None:
                    group = Group(id=saved.id) if found is None else Group()
                    plan.groups.append(group)
                group.number, group.label, group.locked = saved.number, saved.label, saved.locked
                group.ordstyrer_id = saved.ordstyrer_id if saved.ordstyrer_id in people else None
                group.referent_id = saved.referent_id if saved.referent_id in people else None
                group.members.clear()
                session.flush()
                group.members.extend(
                    GroupMember(participant_id=pid, position=k, locked=member_locked)
                    for k, (pid, member_locked) in enumerate(m for m in saved.members if m[0] in people)
                )
        return GroupsChanged(kvadrant=state.kvadrant, new_plan=True)

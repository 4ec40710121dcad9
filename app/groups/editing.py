"""Editing a stored table plan by hand, one transaction per operation, each saying what changed.
The facilitator drags someone to another table or along the speaking order (:func:`move_member`,
:func:`set_speaking_order`), names a table's ordstyrer and referent (one person never holds both:
:func:`set_chair_and_referent`), locks people or whole tables so a new proposal keeps them
(:func:`set_member_locked`, :func:`set_group_locked`) and seats a kommunegruppe of one with a
neighbour (:func:`merge_groups`). Every operation returns a :class:`GroupsChanged` (with the
:class:`MovedPerson` s it moved) so views refresh only what changed; undo is
``app.groups.snapshots``. The small group helpers check-in shares are here too.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Final, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.messages import KvadrantError
from app.conference_file.schema import Group, GroupMember, Participant
from app.conference_file.storage import ConferenceDb


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


class Keep(enum.Enum):
    """The type of :data:`KEEP`."""

    KEEP = "keep"


#: "Leave this role as it is" for :func:`set_chair_and_referent`.
KEEP: Final = Keep.KEEP


# --- helpers ---------------------------------------------------------------------------------


def _group(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise KvadrantError("group_not_found")
    return group


def _renumber(group: Group) -> None:
    for k, member in enumerate(sorted(group.members, key=lambda m: m.position)):
        member.position = k


def _drop_member(group: Group, participant_id: int) -> None:
    """Take someone off a table, with the roles they held there."""
    member = next(m for m in group.members if m.participant_id == participant_id)
    group.members.remove(member)
    for role in ("ordstyrer_id", "referent_id"):
        if getattr(group, role) == participant_id:
            setattr(group, role, None)
    _renumber(group)


# --- editing ---------------------------------------------------------------------------------


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
        _drop_member(source, participant_id)
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


def set_chair_and_referent(
    db: ConferenceDb,
    group_id: int,
    *,
    ordstyrer_id: int | None | Keep = KEEP,
    referent_id: int | None | Keep = KEEP,
) -> GroupsChanged:
    """Name a table's ordstyrer and referent: a member's id, None for nobody, :data:`KEEP` as is.

    One person cannot hold both roles, and the role named here wins: naming the table's referent
    as ordstyrer (with ``referent_id`` left to :data:`KEEP`) clears the referent, and the other way
    round. Naming the same person for both raises ``group_role_twice``; someone who does not sit
    at the table, ``group_role_not_member``. Nothing is written when it raises.
    """
    with db.write() as session:
        group = _group(session, group_id)
        if ordstyrer_id is not None and ordstyrer_id is not KEEP and ordstyrer_id == referent_id:
            raise KvadrantError("group_role_twice")
        members = {m.participant_id for m in group.members}
        for pid in (ordstyrer_id, referent_id):
            if pid is not None and pid is not KEEP and pid not in members:
                raise KvadrantError("group_role_not_member")
        chair = group.ordstyrer_id if ordstyrer_id is KEEP else ordstyrer_id
        referent = group.referent_id if referent_id is KEEP else referent_id
        if chair is not None and chair == referent:  # only one role was named: it wins
            if ordstyrer_id is KEEP:
                chair = None
            else:
                referent = None
        group.ordstyrer_id, group.referent_id = chair, referent
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
    """Seat everyone of one group last at another (a kommunegruppe of one joins a neighbour).

    One transaction: the source group is deleted and the groups after it are renumbered; the
    target's label becomes "Target + Source". A merge of a group into itself changes nothing.
    The moves say who went from which group to which (numbers after the renumbering); undo
    with ``snapshots.restore``, which brings the deleted group back.
    """
    with db.write() as session:
        source, target = _group(session, source_group_id), _group(session, target_group_id)
        if source.id == target.id:
            return GroupsChanged(kvadrant=source.grouping.kvadrant)
        have = {m.participant_id for m in target.members}
        start = len(target.members)
        ordered = sorted(source.members, key=lambda m: m.position)
        moving = [m.participant_id for m in ordered]
        for k, member in enumerate(ordered):
            if member.participant_id not in have:
                target.members.append(GroupMember(participant_id=member.participant_id, position=start + k, locked=member.locked))
        if source.label and target.label and source.label not in target.label:
            target.label = f"{target.label} + {source.label}"
        plan, from_number = source.grouping, source.number
        plan.groups.remove(source)  # deleted as an orphan, and gone from the list renumbered below
        session.flush()
        for number, group in enumerate(sorted(plan.groups, key=lambda g: g.number), start=1):
            group.number = number
        _renumber(target)
        query = select(Participant.id, Participant.name).where(Participant.id.in_(moving))
        names = {pid: name for pid, name in session.execute(query)}
        moves = tuple(MovedPerson(names.get(pid, ""), from_number, target.number, plan.kvadrant) for pid in moving)
        return GroupsChanged(kvadrant=plan.kvadrant, moves=moves)

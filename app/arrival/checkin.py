"""Checking oneself in from the phone ("Jeg er her").

Before a kvadrant's plan is sat in, checking in only marks the person present (the facilitator
makes or remakes the plan with everyone there). Once it is in use, someone who was absent gets a
seat from the late-arrival repair, which moves at most one other person. Checking in twice moves
nobody twice; the facilitator can turn self check-in off.
"""
from __future__ import annotations

from typing import Any

from app.arrival.hall_link import self_checkin_allowed
from app.arrival.people import tables_of
from app.common.messages import KvadrantError
from app.conference_file.storage import ConferenceDb
from app.groups.editing import GroupsChanged
from app.groups.presence import plans_in_use, set_presence


def check_in(db: ConferenceDb, participant_id: int) -> GroupsChanged:
    """Mark the person present, fitting only the plans in use; ``self_checkin_off`` if turned off."""
    if not self_checkin_allowed(db):
        raise KvadrantError("self_checkin_off")
    return set_presence(db, participant_id, True, kvadrants=plans_in_use(db))


def checked_in(db: ConferenceDb, participant_id: int, change: GroupsChanged) -> dict[str, Any]:
    """The answer to the phone: present, the person's tables now, and who was moved for them."""
    return {
        "present": True,
        "tables": tables_of(db, participant_id),
        "moved": [
            {"name": m.name, "from": m.from_table, "to": m.to_table, "kvadrant": m.kvadrant} for m in change.moves
        ],
    }

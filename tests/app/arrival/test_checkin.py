"""Checking oneself in: only marked present before a plan is in use, seated by the late-arrival
repair after; twice is once; off means off."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from app.arrival.checkin import check_in, checked_in
from app.arrival.hall_link import set_self_checkin
from app.common.messages import KvadrantError
from app.conference_file.storage import ConferenceDb
from app.groups.plans import current_plan, make_plan, mark_used
from app.groups.presence import set_presence
from app.roster.demo import create_demo
from app.roster.participants import list_participants


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[ConferenceDb]:
    db = create_demo(tmp_path / "inn.kvadrant")
    make_plan(db, kvadrant=1, seed=1)
    yield db
    db.close()


def late_one(db: ConferenceDb) -> int:
    """Someone in the plan who turns out absent (the plan is repaired without them)."""
    plan = current_plan(db, 1)
    assert plan is not None
    pid = plan.tables[0].members[1].participant_id
    set_presence(db, pid, False)
    return pid


def present(db: ConferenceDb, pid: int) -> bool:
    return next(p.present for p in list_participants(db) if p.id == pid)


def test_before_the_plan_is_used_checking_in_only_marks_present(demo: ConferenceDb) -> None:
    pid = late_one(demo)
    before = current_plan(demo, 1)
    change = check_in(demo, pid)
    assert present(demo, pid) and change.moves == () and change.presence_changed == (pid,)
    assert current_plan(demo, 1).tables == before.tables  # type: ignore[union-attr]
    assert checked_in(demo, pid, change)["tables"] == []


def test_after_the_plan_is_used_the_late_arrival_gets_a_seat_moving_at_most_one(demo: ConferenceDb) -> None:
    pid = late_one(demo)
    mark_used(demo, 1)
    change = check_in(demo, pid)
    answer = checked_in(demo, pid, change)
    assert present(demo, pid) and len(answer["tables"]) == 1 and answer["tables"][0]["kvadrant"] == 1
    others = [m for m in answer["moved"] if m["from"] is not None]
    assert len(others) <= 1
    again = check_in(demo, pid)  # a second tap, or a retry whose answer was lost
    assert again.moves == () and again.presence_changed == ()
    assert checked_in(demo, pid, again)["tables"] == answer["tables"]


def test_self_checkin_turned_off_and_unknown_people(demo: ConferenceDb) -> None:
    pid = late_one(demo)
    set_self_checkin(demo, False)
    with pytest.raises(KvadrantError) as off:
        check_in(demo, pid)
    assert off.value.message.code == "self_checkin_off" and not present(demo, pid)
    set_self_checkin(demo, True)
    with pytest.raises(KvadrantError) as unknown:
        check_in(demo, 99_999)
    assert unknown.value.message.code == "participant_not_found"

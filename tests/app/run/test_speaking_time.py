"""Speaking time read from the run log of a fake-clock day: a skip, a pause of 40 s, extra time."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.common.clock import FakeClock
from app.common.messages import KvadrantError
from app.conference_file.conference import list_blocks
from app.conference_file.schema import BlockKind
from app.conference_file.storage import ConferenceDb
from app.groups.plans import current_plan, make_plan
from app.roster.demo import create_demo
from app.run.day_runner import DayRunner
from app.run.speaking_time import SlotState, day_speaking, duration_text, speaking_times

DAY = dt.date(2020, 1, 28)


@pytest.fixture
def demo(tmp_path: Path):
    db = create_demo(tmp_path / "dag.kvadrant")
    make_plan(db, kvadrant=1, seed=1)  # 18 tables: 2, 3 and 4 have five people, the rest six
    yield db
    db.close()


def kvadrant1(db: ConferenceDb) -> int:
    return next(b.id for b in list_blocks(db) if b.kind is BlockKind.KVADRANT1)


def test_duration_text() -> None:
    assert duration_text(300) == "5:00"
    assert duration_text(299.6) == "5:00"
    assert duration_text(20) == "0:20"
    assert duration_text(0) == "0:00"
    assert duration_text(3725) == "62:05"


def test_a_kvadrant_block_with_a_skip_a_pause_and_extra_time(demo: ConferenceDb) -> None:
    clock = FakeClock(dt.datetime.combine(DAY, dt.time(10, 30)))
    run = DayRunner(demo, clock)
    block_id = kvadrant1(demo)
    run.start(block_id)
    clock.advance(60)  # finding the tables
    run.start_rotation()  # the block's 5:00
    clock.advance(300)  # taler 1
    clock.advance(60)  # taler 2 …
    run.toggle_rotation_pause()
    clock.advance(40)  # … stands still for 40 s …
    run.toggle_rotation_pause()
    clock.advance(240)  # … and gets the rest of the five minutes
    clock.advance(20)
    run.skip_slot()  # taler 3 is skipped after 20 s
    clock.advance(100)
    run.add_minutes(5)  # the block gets longer; the rotation does not change
    clock.advance(200)  # taler 4
    clock.advance(300)  # taler 5
    clock.advance(280)  # taler 6 is cut short by the end of the block
    run.end_block()
    clock.advance(600)  # later on: nothing changes

    speaking = speaking_times(demo, block_id, clock)
    assert speaking.rotated and not speaking.running and speaking.kvadrant == 1
    assert [(s.number, s.seconds, s.paused, s.state) for s in speaking.slots] == [
        (1, 300, 0, SlotState.DONE),
        (2, 300, 40, SlotState.DONE),
        (3, 20, 0, SlotState.SKIPPED),
        (4, 300, 0, SlotState.DONE),
        (5, 300, 0, SlotState.DONE),
        (6, 280, 0, SlotState.CUT),
    ]
    assert all(s.planned == 300 for s in speaking.slots)
    assert speaking.open_seconds == 0

    plan = current_plan(demo, 1)
    assert [t.number for t in speaking.tables] == list(range(1, 19))
    four = speaking.tables[3]
    assert [p.name for p in four.speakers] == [m.name for m in plan.table(4).present_members]
    assert [(p.slot, p.seconds, p.state) for p in four.speakers] == [
        (1, 300, SlotState.DONE),
        (2, 300, SlotState.DONE),
        (3, 20, SlotState.SKIPPED),
        (4, 300, SlotState.DONE),
        (5, 300, SlotState.DONE),
    ]
    assert four.open_seconds == 280  # five people: open discussion while the others' sixth spoke
    assert [p.name for p in four.skipped] == [plan.table(4).present_members[2].name]
    assert speaking.tables[0].speakers[5].seconds == 280 and speaking.tables[0].open_seconds == 0

    fair = speaking.fairness
    assert fair.speakers == 15 * 5 + 3 * 4  # every turn that is over and was not skipped
    assert fair.planned == 300
    assert fair.mean == pytest.approx((15 * (4 * 300 + 280) + 3 * 4 * 300) / 87)
    assert fair.spread == pytest.approx(20)
    assert (fair.shortest, fair.longest) == (280, 300)
    assert fair.skipped_slots == (3,)
    assert fair.skips_by_table == tuple((n, 1) for n in range(1, 19))

    data = speaking.as_json()
    assert json.loads(json.dumps(data)) == data
    assert data["fairness"]["spread"] == 20.0 and data["slots"][2]["state"] == "skipped"
    assert data["tables"][3]["speakers"][2] == {
        "name": four.speakers[2].name, "municipality": four.speakers[2].municipality,
        "slot": 3, "seconds": 20.0, "state": "skipped",
    }
    assert [b.block_id for b in day_speaking(demo, clock)] == [block_id]


def test_a_running_block_paused_whole_with_a_new_slot_length_and_a_reboot(demo: ConferenceDb) -> None:
    clock = FakeClock(dt.datetime.combine(DAY, dt.time(10, 30)))
    run = DayRunner(demo, clock)
    block_id = kvadrant1(demo)
    run.start(block_id)
    run.start_rotation(240)
    clock.advance(100)
    run.toggle_pause()  # Space: the whole block stands still, the rotation with it
    clock.advance(30)
    run.toggle_pause()
    clock.advance(140)  # taler 1: 4:00 of speaking, 0:30 paused
    clock.advance(60)
    run.set_slot_seconds(300)  # taler 2 starts again on a slot of 5:00
    clock.advance(300)
    clock.advance(3 * 300)  # taler 3–5
    run.skip_slot()  # taler 6 skipped at once: only the tables with six had one
    clock.advance(45)  # open discussion everywhere; then a reboot of the laptop
    clock.reboot(monotonic=10.0)

    speaking = speaking_times(demo, block_id, clock)
    assert speaking.running
    assert [(s.number, s.planned, s.seconds, s.paused, s.state) for s in speaking.slots] == [
        (1, 240, 240, 30, SlotState.DONE),
        (2, 300, 360, 0, SlotState.DONE),
        (3, 300, 300, 0, SlotState.DONE),
        (4, 300, 300, 0, SlotState.DONE),
        (5, 300, 300, 0, SlotState.DONE),
        (6, 300, 0, 0, SlotState.SKIPPED),
    ]
    assert speaking.open_seconds == pytest.approx(45)
    fair = speaking.fairness
    assert fair.skipped_slots == (6,)
    assert [n for n, _ in fair.skips_by_table] == [n for n in range(1, 19) if n not in (2, 3, 4)]
    assert fair.spread == pytest.approx(60) and fair.planned == 300


def test_the_slot_now_speaking_is_not_yet_counted(demo: ConferenceDb) -> None:
    clock = FakeClock(dt.datetime.combine(DAY, dt.time(10, 30)))
    run = DayRunner(demo, clock)
    block_id = kvadrant1(demo)
    run.start(block_id)
    assert not speaking_times(demo, block_id, clock).rotated
    run.start_rotation()
    clock.advance(420)
    speaking = speaking_times(demo, block_id, clock)
    assert [(s.number, s.seconds, s.state) for s in speaking.slots] == [
        (1, 300, SlotState.DONE), (2, 120, SlotState.SPEAKING)
    ]
    assert speaking.tables[0].speakers[2].state is SlotState.NOT_REACHED
    assert speaking.fairness.speakers == 18 and speaking.fairness.spread == 0


def test_a_block_without_a_rotation_and_an_unknown_block(demo: ConferenceDb) -> None:
    clock = FakeClock(dt.datetime.combine(DAY, dt.time(10, 30)))
    plenum = next(b.id for b in list_blocks(demo) if b.kind is BlockKind.PLENUM)
    speaking = speaking_times(demo, plenum, clock)
    assert not speaking.rotated and speaking.slots == () and speaking.tables == ()
    assert speaking.fairness.speakers == 0 and speaking.fairness.mean is None
    assert speaking.as_json()["fairness"]["mean"] is None
    assert day_speaking(demo, clock) == ()
    with pytest.raises(KvadrantError):
        speaking_times(demo, 9999, clock)

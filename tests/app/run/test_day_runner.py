"""Running the Gardermoen day on a fake clock, and resuming after a kill."""
from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.common.clock import FakeClock, SystemClock
from app.groups.plans import make_plan
from app.run.day_runner import DayRunner, Phase, clock_face, next_whole_second
from app.conference_file.schema import BlockKind
from app.conference_file.storage import ConferenceDb
from app.roster.demo import create_demo

ROOT = Path(__file__).resolve().parents[3]
DAY = dt.date(2020, 1, 28)


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time.fromisoformat(hhmm))


@pytest.fixture
def demo(tmp_path: Path):
    db = create_demo(tmp_path / "dag.kvadrant")
    make_plan(db, kvadrant=1, seed=1)
    yield db
    db.close()


def advance_to(clock: FakeClock, hhmm: str) -> None:
    clock.advance((at(hhmm) - clock.now()).total_seconds())


def test_clock_face() -> None:
    assert clock_face(300) == "5:00"
    assert clock_face(299.2) == "5:00"
    assert clock_face(0.4) == "0:01"
    assert clock_face(0) == "0:00"
    assert clock_face(-0.5) == "0:00"
    assert clock_face(-187) == "+3:07"
    assert clock_face(3723) == "1:02:03"
    assert next_whole_second(12.25) == pytest.approx(0.25)
    assert next_whole_second(12.0) == 1.0


def test_the_whole_gardermoen_day(demo: ConferenceDb) -> None:
    clock = FakeClock(at("09:20"))
    run = DayRunner(demo, clock)
    view = run.view()
    assert view.phase is Phase.BEFORE_START
    assert view.block.title == "Ankomst og kaffe" and view.until_next == 600

    advance_to(clock, "09:30")
    run.next()
    assert run.view().remaining == 1800 and run.view().block.title == "Ankomst og kaffe"

    # The first block runs over by a minute and a half.
    advance_to(clock, "10:01:30")
    view = run.view()
    assert view.overtime and clock_face(view.remaining) == "+1:30"
    run.next()
    view = run.view()
    assert view.block.title == "Velkommen" and view.remaining == 1800 and view.late_minutes == 2

    # A pause of five minutes stops the countdown.
    clock.advance(600)
    run.toggle_pause()
    clock.advance(300)
    assert run.view().paused and run.view().remaining == 1200
    run.toggle_pause()
    clock.advance(60)
    assert run.view().remaining == 1140

    # 1. kvadrant: the hall needs Finn ditt bord until the rotation starts.
    advance_to(clock, "10:37")
    run.next()
    view = run.view()
    assert view.block.kind is BlockKind.KVADRANT1 and view.shows_find_your_table
    assert view.remaining == 3600 and view.late_minutes == 7
    clock.advance(120)
    run.start_rotation()
    view = run.view()
    assert not view.shows_find_your_table
    assert (view.rotation.speaker, view.rotation.speakers, view.rotation.slot_remaining) == (1, 6, 300)
    clock.advance(7 * 60)
    assert (run.view().rotation.speaker, run.view().rotation.slot_remaining) == (2, 180)
    run.skip_slot()
    assert (run.view().rotation.speaker, run.view().rotation.slot_remaining) == (3, 300)
    run.toggle_rotation_pause()
    clock.advance(90)
    assert run.view().rotation.slot_remaining == 300 and run.view().rotation.paused
    run.toggle_rotation_pause()
    clock.advance(100)
    run.set_slot_seconds(240)
    assert (run.view().rotation.speaker, run.view().rotation.slot_remaining) == (3, 240)
    clock.advance(4 * 240)
    view = run.view()
    assert view.rotation.speaker == 7 and view.rotation.open_discussion
    assert set(view.rotation.tables_in_open_discussion()) == set(range(1, 19))
    run.add_minutes(5)

    advance_to(clock, "11:40")
    run.next()
    assert run.view().block.kind is BlockKind.LUNSJ
    advance_to(clock, "12:30")
    run.next()

    # 2. kvadrant runs over: the rest of the day moves 10 minutes later.
    advance_to(clock, "14:05")
    view = run.view()
    assert view.overtime and view.late_minutes == 5
    run.shift_day(10)
    timings = {t.block.title: t for t in run.view().timings}
    pause = next(t for t in run.view().timings if t.block.kind is BlockKind.PAUSE)
    assert pause.expected_start == at("14:10") and pause.planned_start == at("14:00")
    assert timings["Oppsummering og avslutning"].expected_end == at("16:10")
    assert timings["Lunsj"].expected_start == at("11:30")  # before the shift: untouched

    for hhmm in ("14:10", "14:25", "15:00", "15:10", "15:55"):
        advance_to(clock, hhmm)
        run.next()
    advance_to(clock, "16:10")
    run.next()
    view = run.view()
    assert view.phase is Phase.FINISHED
    actual = {t.block.title: (t.actual_start, t.actual_end) for t in view.timings}
    assert actual["Velkommen"] == (at("10:01:30"), at("10:37"))
    assert actual["Oppsummering og avslutning"] == (at("15:55"), at("16:10"))


def test_back_undoes_a_next(demo: ConferenceDb) -> None:
    clock = FakeClock(at("09:30"))
    run = DayRunner(demo, clock)
    run.next()
    clock.advance(600)
    run.next()
    clock.advance(30)
    run.back()
    view = run.view()
    assert view.block.title == "Ankomst og kaffe"
    assert view.remaining == 1800 - 600  # the half minute on the wrong block did not count
    assert run.view().timings[1].actual_start is None


def test_state_survives_a_reopen_and_a_reboot(demo: ConferenceDb, tmp_path: Path) -> None:
    clock = FakeClock(at("10:29"))
    run = DayRunner(demo, clock)
    advance_to(clock, "10:30")
    run.start(next(b.id for b in run.blocks if b.kind is BlockKind.KVADRANT1))
    clock.advance(60)
    run.start_rotation()
    clock.advance(400)
    before = run.view()
    again = DayRunner(demo, clock)
    assert again.view() == before
    clock.reboot()
    clock.advance(30)
    rebooted = DayRunner(demo, clock).view()
    assert rebooted.rotation.speaker == 2
    assert rebooted.rotation.slot_remaining == pytest.approx(200 - 30)
    assert rebooted.remaining == pytest.approx(before.remaining - 30)


def test_no_drift_over_a_seven_hour_day(demo: ConferenceDb) -> None:
    """Irregular repaints over seven hours: the shown countdown is always the true one."""
    clock = FakeClock(at("09:00"))
    run = DayRunner(demo, clock)
    run.next()
    run.add_minutes(7 * 60)
    start = clock.monotonic()
    total = 1800 + 7 * 3600
    steps = [0.37, 1.0, 0.999, 1.61, 0.05]
    k = 0
    while clock.monotonic() - start < 7 * 3600:
        clock.advance(steps[k % len(steps)])
        k += 1
        true_left = total - (clock.monotonic() - start)
        assert run.view().remaining == pytest.approx(true_left, abs=1e-6)
    assert k > 20000


def test_shift_keeps_lunch_fixed(demo: ConferenceDb) -> None:
    clock = FakeClock(at("10:30"))
    run = DayRunner(demo, clock)
    run.start(next(b.id for b in run.blocks if b.kind is BlockKind.KVADRANT1))
    run.shift_day(10)
    timings = {t.block.title: t for t in run.view().timings}
    assert timings["Lunsj"].expected_start == at("11:30") and timings["Lunsj"].expected_end == at("12:30")
    assert timings["2. kvadrant / læringsrom: Teori, begreper og modeller"].expected_start == at("12:30")


KILLED = textwrap.dedent(
    """
    import sys, time
    from app.common.clock import SystemClock
    from app.run.day_runner import DayRunner
    from app.conference_file.schema import BlockKind
    from app.conference_file.storage import ConferenceDb
    db = ConferenceDb.open(sys.argv[1])
    run = DayRunner(db, SystemClock())
    run.start(next(b.id for b in run.blocks if b.kind is BlockKind.KVADRANT1))
    run.start_rotation(slot_seconds=2.0)
    print("rotating", flush=True)
    time.sleep(60)
    """
)


def test_kill_in_a_speaker_slot_and_resume(demo: ConferenceDb) -> None:
    path = demo.path
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED, str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert child.stdout.readline().strip() == "rotating"
    started = time.monotonic()
    time.sleep(3.3)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    view = DayRunner(ConferenceDb.open(path), SystemClock()).view()
    elapsed = time.monotonic() - started
    assert view.block.kind is BlockKind.KVADRANT1
    assert view.rotation.speaker == int(elapsed // 2) + 1
    assert view.rotation.slot_remaining == pytest.approx(2 - elapsed % 2, abs=0.3)
    assert view.remaining == pytest.approx(3600 - elapsed, abs=0.3)


def test_shift_can_move_fixed_points_too(demo: ConferenceDb) -> None:
    clock = FakeClock(at("10:30"))
    run = DayRunner(demo, clock)
    run.start(next(b.id for b in run.blocks if b.kind is BlockKind.KVADRANT1))
    run.shift_day(10, include_fixed=True)
    timings = {t.block.title: t for t in run.view().timings}
    assert (timings["Lunsj"].expected_start, timings["Lunsj"].expected_end) == (at("11:40"), at("12:40"))
    assert DayRunner(demo, clock).view().timings == run.view().timings  # replayed the same


def test_reset_forgets_a_rehearsal(demo: ConferenceDb) -> None:
    clock = FakeClock(at("09:30"))
    run = DayRunner(demo, clock)
    run.next()
    clock.advance(60)
    run.reset()
    assert run.view().phase is Phase.BEFORE_START
    assert DayRunner(demo, clock).view().phase is Phase.BEFORE_START


def test_a_running_block_that_loses_its_times_or_is_removed_does_not_break_the_day(demo: ConferenceDb) -> None:
    from app.run.programme import remove_block, update_block

    clock = FakeClock(at("10:30"))
    run = DayRunner(demo, clock)
    block = next(b for b in run.blocks if b.kind is BlockKind.KVADRANT1)
    run.start(block.id)
    update_block(demo, block.id, start=None, end=None)
    run.reload_programme()
    assert run.view().phase is Phase.RUNNING
    remove_block(demo, block.id)
    run.reload_programme()
    assert run.view().phase is Phase.RUNNING  # still on until the facilitator moves on
    DayRunner(demo, clock).view()  # its log entries lost their block: replayed without it
    run.next()
    assert run.view().block is not None

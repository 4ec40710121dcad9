"""The run controller: a tick aligned to what is shown, the chime on each change of speaker, and
the day following the file through edits, groups and reopening."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from app.common.clock import FakeClock
from app.common.messages import KvadrantError
from app.run.day_runner import DayView, Phase, RotationView
from app.conference_file.schema import BlockKind
from tests.ui.run_day_support import CountingChime, advance_to, at, day_file, day_template  # noqa: F401 - fixtures
from ui.programme.chime import Chime
from app.groups.plans import GroupsChanged
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession
from ui.programme.run_controller import TICK_MARGIN_MS, RunController, tick_delay


@pytest.fixture
def day_session(qapp, day_file: Path):  # type: ignore[no-untyped-def]
    session = ConferenceSession()
    session.open(day_file)
    yield session
    session.close()


def make(session: ConferenceSession, clock: FakeClock, chime: object | None = None) -> RunController:
    session.clock = clock
    return RunController(session, chime=chime)  # type: ignore[arg-type]


def kvadrant1(controller: RunController) -> int:
    assert controller.runner is not None
    return next(b.id for b in controller.runner.blocks if b.kind is BlockKind.KVADRANT1)


def fake_view(**changes: object) -> DayView:
    base = dict(
        phase=Phase.RUNNING, now=dt.datetime(2020, 1, 28, 10, 0, 0, 400_000), blank=False, block=None,
        remaining=100.25, paused=False, next_block=None, next_start=None, until_next=None, rotation=None,
        late_minutes=0, timings=(),
    )
    base.update(changes)
    return DayView(**base)  # type: ignore[arg-type]


def test_the_tick_waits_for_the_next_shown_second() -> None:
    assert tick_delay(fake_view()) == pytest.approx(0.25)
    # The speaker slot's second comes sooner.
    rotation = RotationView(speaker=2, speakers=6, slot_seconds=300, slot_remaining=12.1, paused=False, table_sizes=(6,))
    assert tick_delay(fake_view(rotation=rotation)) == pytest.approx(0.1)
    # Paused: nothing counts; only the time of day (minutes) changes.
    assert tick_delay(fake_view(paused=True)) == pytest.approx(59.6)
    # Before the start: the wall clock's seconds (the panel counts down to the start).
    assert tick_delay(fake_view(phase=Phase.BEFORE_START, remaining=None, until_next=300.7)) == pytest.approx(0.7)
    # Overtime counts up: "+1:39" turns into "+1:40" when 0.4 s more have passed.
    assert tick_delay(fake_view(remaining=-99.6)) == pytest.approx(0.4)


def test_the_timer_is_armed_for_that_moment(day_session: ConferenceSession) -> None:
    clock = FakeClock(at("09:30"))
    controller = make(day_session, clock, CountingChime())
    controller.next()
    clock.advance(0.3)
    controller.refresh()
    assert controller._timer.isSingleShot()
    assert controller._timer.interval() == 700 + TICK_MARGIN_MS


def test_a_chime_at_each_change_of_speaker(day_session: ConferenceSession, monkeypatch: pytest.MonkeyPatch) -> None:
    plays: list[int] = []
    monkeypatch.setattr(Chime, "play", lambda self: plays.append(1))
    clock = FakeClock(at("10:30"))
    controller = make(day_session, clock)  # the real Chime, made on the first change
    controller.start(kvadrant1(controller))
    assert plays == []
    controller.start_rotation(60)
    assert len(plays) == 1  # first speaker: go
    for speaker in range(2, 7):
        clock.advance(30)
        controller.refresh()
        assert len(plays) == speaker - 1  # mid-slot: nothing new
        clock.advance(30)
        controller.refresh()
        assert controller.view.rotation.speaker == speaker
        assert len(plays) == speaker
    clock.advance(60)
    controller.refresh()
    assert controller.view.rotation.open_discussion and len(plays) == 7  # the last speaker is done
    clock.advance(180)
    controller.refresh()
    assert len(plays) == 7  # open discussion: quiet
    assert isinstance(controller.chime, Chime)


def test_skipping_chimes_and_reopening_does_not(day_session: ConferenceSession, day_file: Path) -> None:
    clock = FakeClock(at("10:30"))
    chime = CountingChime()
    controller = make(day_session, clock, chime)
    controller.start(kvadrant1(controller))
    controller.start_rotation()
    controller.skip_slot()
    assert chime.plays == 2 and controller.view.rotation.speaker == 2
    clock.advance(100)
    day_session.close()
    day_session.open(day_file)  # as after a restart: the same slot, no chime
    assert controller.view.rotation.speaker == 2 and controller.view.rotation.slot_remaining == 200
    assert chime.plays == 2


def test_the_chime_is_silent_without_sound(qapp, capfd: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    chime = Chime()
    chime.play()
    chime.play()
    assert chime.requests == 2
    out, err = capfd.readouterr()
    assert "PulseAudio" not in err and "QSoundEffect" not in err and "qt.multimedia" not in err


def test_the_chime_is_silent_without_qt_multimedia(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import fails
    chime = Chime()
    chime.play()
    assert not chime.available and chime.requests == 1


def test_programme_edits_and_groups_reach_the_run(day_session: ConferenceSession) -> None:
    from app.run import programme

    clock = FakeClock(at("09:30"))
    controller = make(day_session, clock, CountingChime())
    controller.next()
    clock.advance(60)
    controller.next()
    first = controller.view.timings[0].block
    # A block that has run is removed: the day replays without it.
    programme.remove_block(day_session.db, first.id)
    day_session.announce(Changes(programme=True))
    assert controller.view.block.title == "Velkommen"
    assert all(t.block.id != first.id for t in controller.view.timings)
    # The tables change: Finn ditt bord is read again.
    block = next(b for b in controller.runner.blocks if b.kind is BlockKind.KVADRANT1)
    assert len(controller.seats(block)) > 90
    changed: list[bool] = []
    controller.content_changed.connect(lambda: changed.append(True))
    day_session.changed.emit(Changes(groups=GroupsChanged(kvadrant=None)))
    assert changed and controller._seats == {}


def test_a_refused_action_is_reported(day_session: ConferenceSession, monkeypatch: pytest.MonkeyPatch) -> None:
    controller = make(day_session, FakeClock(at("09:30")), CountingChime())
    errors: list[KvadrantError] = []
    controller.failed.connect(errors.append)

    def full(*args: object) -> None:
        raise KvadrantError("file_disk_full", path="dag.kvadrant")

    monkeypatch.setattr(controller.runner, "next", full)
    assert controller.next() is None
    assert len(errors) == 1 and controller.view.phase is Phase.BEFORE_START


def test_closing_the_file_stops_the_day(day_session: ConferenceSession) -> None:
    controller = make(day_session, FakeClock(at("09:30")), CountingChime())
    active: list[bool] = []
    controller.active_changed.connect(active.append)
    day_session.close()
    assert active == [False] and controller.view is None and not controller._timer.isActive()
    assert controller.next() is None

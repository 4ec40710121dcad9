"""The projector's timing: what a repaint costs, whether the countdown drifts, and how soon after
a whole second the hall sees it. Offscreen; prints figures, asserts nothing.

1. Repaint cost at 1920×1080: median and max of many synchronous ``repaint()`` calls (and of
   ``grab()``) of the projector window, in each kind of state. Target: a few milliseconds.
2. Drift after a simulated 7-hour day on a FakeClock with irregular ticks: the countdown the
   projector paints is compared with the true time left at every tick. Target: 0 s.
3. A real run on the system clock with the real tick timer: for every whole second of the
   countdown, the delay until the repaint that shows it. Target: under 50 ms.

    python bench/bench_projector.py [--seconds 60] [--repaints 300]
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.common.clock import FakeClock, SystemClock  # noqa: E402
from app.groups.plans import make_plan  # noqa: E402
from app.run.day_runner import clock_face  # noqa: E402
from app.conference_file.schema import BlockKind  # noqa: E402
from app.roster.demo import create_demo  # noqa: E402
from ui.shell.conference_session import ConferenceSession  # noqa: E402
from ui.projector.projector_window import ProjectorWindow  # noqa: E402
from ui.programme.run_controller import RunController  # noqa: E402

DAY = dt.datetime(2020, 1, 28, 9, 0)


class Quiet:
    def play(self) -> None:
        pass


class RecordingClock(SystemClock):
    """The system clock, remembering the monotonic time of the last reading."""

    last = 0.0

    def monotonic(self) -> float:
        self.last = time.monotonic()
        return self.last


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def demo_file(folder: Path, name: str) -> Path:
    """A fresh demo file (each part its own: the run log would carry over)."""
    path = folder / f"{name}.kvadrant"
    db = create_demo(path)
    make_plan(db, kvadrant=1, seed=1)
    db.close()
    return path


def repaint_cost(path: Path, repaints: int) -> None:
    print(f"1. Repaint cost at 1920×1080 ({repaints} repaints per state)")
    session = ConferenceSession()
    session.open(path)
    clock = FakeClock(DAY.replace(hour=9, minute=30))
    session.clock = clock
    controller = RunController(session, chime=Quiet())
    window = ProjectorWindow(controller)
    window.resize(1920, 1080)
    window.show()
    QApplication.processEvents()
    runner = controller.runner
    assert runner is not None
    group = next(b.id for b in runner.blocks if b.kind is BlockKind.KVADRANT1)
    lunch = next(b.id for b in runner.blocks if b.kind is BlockKind.LUNSJ)

    def running() -> None:
        controller.next()
        clock.advance(754.3)

    def warning() -> None:
        clock.advance(1800 - 754.3 - 200)

    def overtime() -> None:
        clock.advance(500)

    def find_your_table() -> None:
        controller.end_block()
        controller.start(group)

    def rotation() -> None:
        controller.start_rotation()
        clock.advance(650)

    def lunch_break() -> None:
        controller.start(lunch)
        clock.advance(120)

    for name, step in (("running", running), ("last 5 minutes", warning), ("overtime", overtime),
                       ("Finn ditt bord", find_your_table), ("rotation", rotation), ("lunch", lunch_break)):
        step()
        controller.refresh()
        times, grabs = [], []
        for k in range(repaints):
            if k % 10 == 0:
                clock.advance(1.0)
                controller.refresh()
            start = time.perf_counter()
            window.repaint()
            times.append(time.perf_counter() - start)
        for _ in range(max(10, repaints // 10)):
            start = time.perf_counter()
            window.grab()
            grabs.append(time.perf_counter() - start)
        print(f"   {name:16} repaint median {ms(statistics.median(times))}, max {ms(max(times))};"
              f"  grab median {ms(statistics.median(grabs))}")
    window.close()
    session.close()


def drift(path: Path) -> None:
    print("2. Drift over a simulated 7-hour day (FakeClock, irregular ticks)")
    session = ConferenceSession()
    session.open(path)
    clock = FakeClock(DAY)
    session.clock = clock
    controller = RunController(session, chime=Quiet())
    window = ProjectorWindow(controller)
    window.resize(1920, 1080)
    controller.next()
    controller.add_minutes(7 * 60 - 30)  # the first block lasts the whole 7 hours
    start = clock.monotonic()
    total = 7 * 3600.0
    rng = random.Random(7)
    ticks = wrong = 0
    worst = 0.0
    painted_every = 97
    while clock.monotonic() - start < total - 2:
        clock.advance(rng.choice((0.001, 0.37, 0.999, 1.0, 1.002, 1.61, 2.4, 0.05)) * rng.uniform(0.9, 1.1))
        view = controller.refresh()
        assert view is not None and view.remaining is not None
        ticks += 1
        true_left = total - (clock.monotonic() - start)
        shown = clock_face(view.remaining)
        if shown != clock_face(true_left):
            wrong += 1
        worst = max(worst, abs(view.remaining - true_left))
        if ticks % painted_every == 0:  # the painter shows the same text
            window.grab()
            assert shown in window.painter.texts()
    print(f"   {ticks} ticks over 7 h: shown countdown wrong {wrong} times; largest error {worst:.6f} s "
          f"(= {math.floor(worst)} s drift)")
    window.close()
    session.close()


def real_run(path: Path, seconds: float) -> None:
    print(f"3. A real run of {seconds:g} s (SystemClock, the real tick timer, a shown window)")
    session = ConferenceSession()
    session.open(path)
    clock = RecordingClock()
    session.clock = clock
    controller = RunController(session, chime=Quiet())
    window = ProjectorWindow(controller)
    window.resize(1920, 1080)
    window.show()
    computed: dict[int, tuple[float, float]] = {}  # id(view) -> (monotonic when computed, remaining)
    first_paint: dict[int, float] = {}  # shown value (whole seconds) -> delay after it became true
    controller.view_changed.connect(lambda view: computed.__setitem__(id(view), (clock.last, view.remaining)))
    paint = window.painter.paint

    def timed_paint(painter, width, height, scene):  # type: ignore[no-untyped-def]
        paint(painter, width, height, scene)
        painted = time.monotonic()
        entry = computed.get(id(scene.view))
        if entry is None or entry[1] is None:
            return
        at, remaining = entry
        shown = math.ceil(remaining - 1e-9)
        became_true = at - (shown - remaining)  # when the remaining time crossed ``shown``
        first_paint.setdefault(shown, painted - became_true)

    window.painter.paint = timed_paint  # type: ignore[method-assign]
    controller.next()
    app = QApplication.instance()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    values = sorted(first_paint)
    # The first value was shown because the block started, not because a second passed.
    delays = [first_paint[v] for v in values[:-1]]
    expected = values[-1] - values[0] + 1
    missed = expected - len(values)
    print(f"   {len(delays)} whole seconds shown; missed {missed};"
          f" delay median {ms(statistics.median(delays))}, max {ms(max(delays))}")
    window.close()
    session.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the real run (default 60)")
    parser.add_argument("--repaints", type=int, default=300, help="repaints per state (default 300)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        repaint_cost(demo_file(Path(folder), "repaint"), args.repaints)
        drift(demo_file(Path(folder), "drift"))
        real_run(demo_file(Path(folder), "real"), args.seconds)
    del app


if __name__ == "__main__":
    main()

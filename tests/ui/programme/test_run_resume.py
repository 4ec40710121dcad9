"""The real app as a process, killed with SIGKILL in the middle of a speaker slot and started
again: it shows the same block and slot, with the right time left.

The rotation is started from the test (through the core, on the same file, as the app would
have); the first app then skips a speaker itself — as the facilitator would with "Hopp over
taler" — and is killed mid-slot. Each app prints what it shows whenever its view changes.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import IO

import pytest

from app.common.clock import SystemClock
from app.run.day_runner import DayRunner
from app.conference_file.schema import BlockKind
from app.conference_file.storage import ConferenceDb
from tests.ui.run_day_support import day_file, day_template  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[3]
SLOT = 4.0

APP = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from ui.shell.main_window import MainWindow
    from ui.shell.settings import Settings
    window = MainWindow(settings=Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
    controller = window.programme_view.controller

    def report(view):
        r = view.rotation
        print(json.dumps({
            "t": time.monotonic(), "block": view.block.title if view.block else None,
            "kind": view.block.kind.value if view.block else None, "phase": view.phase.value,
            "remaining": view.remaining, "speaker": r.speaker if r else None,
            "slot_remaining": r.slot_remaining if r else None,
        }), flush=True)

    controller.view_changed.connect(report)
    window.show()
    window.open_file(Path(sys.argv[1]))
    window.show_section("programme")
    def skip():
        print("SKIP", flush=True)  # the next view printed is the one after the skip
        window.programme_view.panel.skip_button.click()

    if "skip" in sys.argv[3:]:
        QTimer.singleShot(200, skip)
    app.exec()
    """
)


def launch(path: Path, tmp_path: Path, *extra: str) -> subprocess.Popen[str]:
    env = {
        "PYTHONPATH": str(ROOT),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.Popen(
        [sys.executable, "-c", APP, str(path), str(tmp_path / "kvadrant.ini"), *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def read_report(stream: IO[str], *, deadline: float, after: str = "") -> dict:
    """The next view the app printed (after the line ``after``, if given)."""
    waiting = bool(after)
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            break
        if waiting:
            waiting = line.strip() != after
        elif line.startswith("{"):
            return json.loads(line)
    raise AssertionError("the app said nothing in time")


def test_sigkill_in_a_speaker_slot_and_start_again(day_file: Path, tmp_path: Path) -> None:
    db = ConferenceDb.open(day_file)
    runner = DayRunner(db, SystemClock())
    runner.start(next(b.id for b in runner.blocks if b.kind is BlockKind.KVADRANT1))
    runner.start_rotation(slot_seconds=SLOT)
    started = time.monotonic()
    db.close()

    first = launch(day_file, tmp_path, "skip")
    try:
        assert first.stdout is not None
        deadline = time.monotonic() + 30
        report = read_report(first.stdout, deadline=deadline)
        assert report["kind"] == "kvadrant1" and report["speaker"] is not None
        report = read_report(first.stdout, deadline=deadline, after="SKIP")
        # A fresh slot (the first view after the skip may come a tick later on a loaded machine).
        assert SLOT - 0.5 < report["slot_remaining"] <= SLOT
        skipped_at = report["t"]
        speaker_after_skip = report["speaker"]
        elapsed = skipped_at - started
        assert speaker_after_skip in {int((elapsed - 0.05) // SLOT) + 2, int((elapsed + 0.05) // SLOT) + 2}
        time.sleep(SLOT * 1.4)  # into the next slot, mid-way
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    killed = time.monotonic()

    second = launch(day_file, tmp_path)
    try:
        assert second.stdout is not None
        shown = read_report(second.stdout, deadline=time.monotonic() + 30)
    finally:
        second.send_signal(signal.SIGKILL)
        second.wait(timeout=30)

    assert shown["t"] > killed  # really the second process
    since_skip = shown["t"] - skipped_at
    assert shown["kind"] == "kvadrant1" and shown["phase"] == "running"
    assert shown["speaker"] == speaker_after_skip + int(since_skip // SLOT)
    assert shown["slot_remaining"] == pytest.approx(SLOT - since_skip % SLOT, abs=0.25)
    assert shown["remaining"] == pytest.approx(3600 - (shown["t"] - started), abs=0.25)

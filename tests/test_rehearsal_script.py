"""The visible rehearsal (scripts/rehearsal.py) runs the Gardermoen day in the real app, offscreen
and fast, and ends cleanly: exit 0, blocks run, every referat of 1. kvadrant delivered from the
simulated phones, the offline phones caught up, the conflict with the laptop seen and merged."""
from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_rehearsal_runs_the_day_and_ends_cleanly(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "rehearsal.py"), "--offscreen", "--speed", "1000", "--seconds", "40",
         "--keep", str(tmp_path / "kept")],
        check=False,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=100,
    )
    output = done.stdout
    assert done.returncode == 0, output + done.stderr
    assert "Traceback" not in done.stderr, done.stderr

    figures = dict(re.findall(r"(\w+)=(\d+)", re.search(r"^summary: .*$", output, re.MULTILINE).group(0)))
    assert int(figures["blocks_run"]) >= 4  # at least through 1. kvadrant into lunch
    assert "1. kvadrant / læringsrom" in output and "Ankomst og kaffe" in output
    assert int(figures["phone_saves"]) > 100
    assert int(figures["summaries_delivered"]) == 18
    assert "Referater 1. kvadrant: 18 of 18 delivered" in output
    assert "caught up after losing the network: 2" in output
    assert re.search(r"conflicts with the laptop: [1-9]", output)  # «To versjoner» was shown, then merged
    assert output.count("meldt fraværende") == 3 and output.count("sjekket inn") == 2  # check-in

    # The conference file is where --keep said, closed and whole.
    kept = list((tmp_path / "kept").glob("*.kvadrant"))
    assert len(kept) == 1
    assert not Path(f"{kept[0]}-journal").exists()

    if "The day is over" in output:  # the whole day fitted in the time given: every format exported
        assert int(figures["blocks_run"]) == 10
        assert int(figures["files_exported"]) >= 4
        folder = Path(re.search(r"^Exported \d+ files .* into (.+):$", output, re.MULTILINE).group(1))
        for suffix in (".pdf", ".docx", ".xlsx"):
            assert [f for f in folder.glob(f"*{suffix}") if f.stat().st_size > 0], suffix
        assert len([d for d in folder.iterdir() if d.is_dir() and any(d.glob("*.pdf"))]) == 2  # kommune notes, veileder bundles


def test_the_rehearsal_stopped_while_phones_write_still_ends_cleanly(tmp_path: Path) -> None:
    """--seconds stops it mid-day (phones mid-request): still exit 0, the file closed and readable."""
    from app.common.clock import FakeClock
    from app.run.day_runner import DayRunner
    from app.conference_file.storage import ConferenceDb

    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "rehearsal.py"), "--offscreen", "--speed", "600", "--seconds", "12",
         "--keep", str(tmp_path)],
        check=False,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Stopped after 12 s" in done.stdout
    assert re.search(r"^summary: blocks_run=[2-9]", done.stdout, re.MULTILINE), done.stdout
    (path,) = tmp_path.glob("*.kvadrant")
    db = ConferenceDb.open(path)
    try:
        ran = [t for t in DayRunner(db, FakeClock(dt.datetime(2020, 1, 28, 12))).timings() if t.actual_start]
        assert [t.block.title for t in ran][:2] == ["Ankomst og kaffe", "Velkommen"]
    finally:
        db.close()

"""Killing the process at any moment loses nothing that was reported as saved."""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from app.roster.participants import list_participants
from app.conference_file.storage import ConferenceDb
from app.conference_file.templates import create_conference

ROOT = Path(__file__).resolve().parents[3]

WRITER = textwrap.dedent(
    """
    import sys
    from app.roster.participants import add_participant
    from app.conference_file.storage import ConferenceDb
    db = ConferenceDb.open(sys.argv[1])
    n = 0
    while True:
        add_participant(db, name=f"Deltaker {sys.argv[2]}-{n}", municipality=f"Kommune {n % 40}")
        print(n, flush=True)  # only now is it "shown as saved"
        n += 1
    """
)


def test_sigkill_while_writing_keeps_every_saved_change(tmp_path: Path) -> None:
    path = tmp_path / "crash.kvadrant"
    create_conference(path, template="gardermoen-2020").close()
    for round_ in range(3):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(round_)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        )
        assert child.stdout is not None
        saved = [int(child.stdout.readline()) for _ in range(20 + 15 * round_)]
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        db = ConferenceDb.open(path)
        names = {p.name for p in list_participants(db)}
        db.close()
        assert {f"Deltaker {round_}-{n}" for n in saved} <= names
        assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"

"""The app under rehearsal: the real main window on the accelerated clock, and the rehearsal's state.

:class:`Harness` makes the window (with a temporary INI, so the person's own settings are not
touched), says what happens, counts what went wrong, and retries a write on the laptop when the
conference file is busy because the referent server is writing at the same instant.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .clock import SimClock
from .day import START, at, hm
from .phone import Phone

if TYPE_CHECKING:
    import aiohttp

    from app.roster.participants import ParticipantRow
    from ui.shell.main_window import MainWindow


@dataclass
class Counts:
    moved: list[str] = field(default_factory=list)
    no_shows: list[str] = field(default_factory=list)
    late: list[str] = field(default_factory=list)
    exported: list[Path] = field(default_factory=list)


class Harness:
    """The real app under rehearsal (main window, session, run controller, projector) on the
    accelerated clock, with what the rehearsal keeps: its phones, counts, errors and the busy
    file's retries. The facilitator's actions are built on it (:mod:`.facilitator`)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.speed = float(args.speed)
        self.clock = SimClock(at(START), self.speed)
        self.work = Path(tempfile.mkdtemp(prefix="kvadrant-rehearsal-"))
        folder = Path(args.keep).expanduser() if args.keep else self.work
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        self.path = folder / (f"generalprove-{stamp}.kvadrant" if args.keep else "generalprove.kvadrant")
        self.shots = Path(args.screenshots).expanduser() if args.screenshots else None
        self.errors: list[str] = []
        self.busy: list[str] = []  # laptop writes refused because the file was busy, then retried
        self.counts = Counts()
        self.phones: list[Phone] = []
        self.phone_tasks: list[asyncio.Task[None]] = []
        self.http: aiohttp.ClientSession | None = None
        self.base_url = ""
        self.rotation_start: dt.datetime | None = None
        self.checkin: list[tuple[str, bool]] = []  # (name, comes) at the door, set at 10.21
        self.conflict_group_id: int | None = None
        self.laptop_conflicts = 0  # «To versjoner» made by the laptop's save (a phone's crossed it)
        self.stopped_early = False
        self.closed_by_person = False
        self.closing = False
        self.stop = asyncio.Event()
        self._last_refresh = 0.0
        self.window = self._make_window()

    def _make_window(self) -> MainWindow:
        from PySide6.QtCore import QSettings

        from ui.shell.conference_session import ConferenceSession
        from ui.shell.main_window import MainWindow
        from ui.shell.settings import Settings

        settings = Settings(QSettings(str(self.work / "kvadrant.ini"), QSettings.Format.IniFormat))
        session = ConferenceSession(clock=self.clock.fake)
        window = MainWindow(settings=settings, session=session, clock=self.clock.fake)
        session.setParent(window)
        window.resize(1280, 760)
        controller = window.programme_view.controller
        controller.failed.connect(lambda error: self.problem(error, "a run action failed"))
        window.referent_service.failed.connect(lambda error: self.error(f"the referent server: {error}"))
        session.file_closed.connect(self._file_closed)
        return window

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.window.session

    @property
    def controller(self):  # type: ignore[no-untyped-def]
        return self.window.programme_view.controller

    @property
    def projector(self):  # type: ignore[no-untyped-def]
        return self.window.programme_view.projector

    def say(self, text: str) -> None:
        print(f"  {hm(self.clock.now())}  {text}", flush=True)

    def error(self, text: str) -> None:
        self.errors.append(text)
        print(f"rehearsal: {text}", file=sys.stderr, flush=True)

    def is_busy(self, error: object) -> bool:
        """The file was busy: the laptop wrote at the instant the referent server's worker did."""
        message = getattr(error, "message", None)
        return getattr(message, "code", "") == "file_locked"

    def problem(self, error: object, what: str) -> None:
        if not self.is_busy(error):  # busy is counted where the action is tried again
            self.error(f"{what}: {error}")

    async def again_if_busy(self, what: str, attempt: Callable[[], bool]) -> None:
        """Write on the laptop; if the file was busy, try again as the facilitator would click again.

        While phones save, a write on the laptop can be refused at once with "the file is in use
        by another program" (SQLite's SQLITE_BUSY: the app's writes begin deferred, so two writers
        that both read first are not made to wait). Each one is counted and shown in the summary.
        """
        for _ in range(10):
            if attempt():
                return
            self.busy.append(f"{hm(self.clock.now())} {what}")
            await asyncio.sleep(0.05)
        self.error(f"{what}: refused ten times (the file was busy)")

    def _tick(self) -> None:
        # The controller wakes itself for each shown second of *real* time; at 60× the projector
        # would count in whole minutes. Ten repaints a second keep it readable.
        real = time.monotonic()
        if real - self._last_refresh >= 0.1:
            self._last_refresh = real
            self.controller.refresh()

    def people(self) -> list[ParticipantRow]:
        return self.session.participants()

    def person(self, name: str) -> ParticipantRow:
        return next(p for p in self.people() if p.name == name)

    def _file_closed(self) -> None:
        if not self.closing:  # the person closed the window: the rehearsal stops there
            self.closed_by_person = True
            self.stop.set()

"""Time as a value the core is given: a monotonic clock for elapsed time, the wall clock for the
time of day. Countdowns are computed from timestamps, never by counting ticks.
"""
from __future__ import annotations

import datetime as dt
import time
import uuid
from pathlib import Path
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (valid within one boot)."""

    def now(self) -> dt.datetime:
        """The local wall-clock time, naive (the conference's time zone is the laptop's)."""

    def boot_id(self) -> str:
        """Names the boot the monotonic clock belongs to; after a reboot it differs."""


def _read_boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        # Elsewhere, the monotonic clock is assumed to count within this process only.
        return f"process-{uuid.uuid4()}"


class SystemClock:
    def __init__(self) -> None:
        self._boot_id = _read_boot_id()

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> dt.datetime:
        return dt.datetime.now()

    def boot_id(self) -> str:
        return self._boot_id


class FakeClock:
    """A clock tests (and the visible rehearsal) move by hand."""

    def __init__(self, start: dt.datetime, *, monotonic: float = 1000.0, boot_id: str = "fake-boot") -> None:
        self._wall = start
        self._monotonic = monotonic
        self._boot_id = boot_id

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> dt.datetime:
        return self._wall

    def boot_id(self) -> str:
        return self._boot_id

    def advance(self, seconds: float) -> None:
        self._monotonic += seconds
        self._wall += dt.timedelta(seconds=seconds)

    def reboot(self, *, monotonic: float = 5.0) -> None:
        """The laptop restarted: the monotonic clock starts again from near zero."""
        self._monotonic = monotonic
        self._boot_id = f"{self._boot_id}+"


def freeze_startup_objects() -> None:
    """Keep what start-up made (modules, Qt wrappers, the window) out of Python's full garbage
    collections: without it a full sweep stopped every thread, the server's and the projector's,
    for up to 200 ms under a hall of phones (measured with ``bench/bench_participants.py``)."""
    import gc

    gc.collect()
    gc.freeze()

"""The rehearsal's accelerated clock: simulated time that runs ``speed`` times faster than real time.

The app reads its time from the clock's :class:`app.common.clock.FakeClock`; the parts of the
rehearsal wait on it for their simulated moments.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import heapq
import itertools
import time
import uuid
from collections.abc import Callable


class SimClock:
    """The rehearsal's clock: a :class:`FakeClock` that a ticker on the loop moves ``speed`` times
    faster than real time. ``until`` wakes a coroutine at exactly its simulated moment, so the
    run log says 10.00, not 10.00 and a few seconds.

    A slow moment of the GUI (a plan being made) does not make the day jump: one tick moves the
    clock at most ``MAX_STEP`` real seconds' worth.
    """

    TICK = 0.02
    MAX_STEP = 0.25

    def __init__(self, start: dt.datetime, speed: float) -> None:
        from app.common.clock import FakeClock

        # Its own boot id: the run log's monotonic times belong to this clock only, so the kept
        # file opened later in the app is replayed by its wall times.
        self.fake = FakeClock(start, boot_id=f"rehearsal-{uuid.uuid4()}")
        self.speed = speed
        self._waiters: list[tuple[dt.datetime, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def now(self) -> dt.datetime:
        return self.fake.now()

    async def until(self, when: dt.datetime) -> None:
        if when <= self.now():
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (when, next(self._order), future))
        await future

    async def sleep(self, minutes: float) -> None:
        await self.until(self.now() + dt.timedelta(minutes=minutes))

    def _advance_to(self, when: dt.datetime) -> None:
        seconds = (when - self.now()).total_seconds()
        if seconds > 0:
            self.fake.advance(seconds)

    async def run(self, on_tick: Callable[[], None]) -> None:
        last = time.monotonic()
        while True:
            await asyncio.sleep(self.TICK)
            real = time.monotonic()
            target = self.now() + dt.timedelta(seconds=min(real - last, self.MAX_STEP) * self.speed)
            last = real
            while self._waiters and self._waiters[0][0] <= target:
                when, _order, future = heapq.heappop(self._waiters)
                self._advance_to(when)
                if not future.done():
                    future.set_result(None)
                    await asyncio.sleep(0)  # the woken coroutine acts at its moment
            self._advance_to(target)
            on_tick()

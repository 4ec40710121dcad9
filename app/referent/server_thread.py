"""The referent server on an asyncio loop of its own, in a thread of its own.

Inside the app the server does not share Qt's loop: measured with 200 phones (1000 reads and 200
saves a second) and the projector repainting, qasync's loop put 300 ms on the slowest answers,
where a plain asyncio loop in a thread keeps them under 15 ms; and a busy hall then never holds up
a click on the laptop. The app is told of a phone's save through ``on_change``, called on the
server's thread (the Qt side turns it into a queued signal).
"""
from __future__ import annotations

import asyncio
import threading

from app.referent.server import ReferentServer

START_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0


class ServerThread:
    """Runs one :class:`ReferentServer` until :meth:`stop`; :meth:`start` returns once it listens."""

    def __init__(self, server: ReferentServer) -> None:
        self.server = server
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="kvadrant-server", daemon=True)
        self._started = False

    @property
    def port(self) -> int | None:
        return self.server.port

    def start(self, host: str, port: int) -> None:
        """Listen on ``host``:``port``; raises the OSError of a port in use (the thread is then gone)."""
        self._thread.start()
        self._started = True
        try:
            asyncio.run_coroutine_threadsafe(self.server.start(host, port), self._loop).result(START_TIMEOUT)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Let the database worker finish what it has, close every socket, end the thread."""
        self.server.close()
        if self._started and self._thread.is_alive():
            try:
                asyncio.run_coroutine_threadsafe(self.server.stop(), self._loop).result(STOP_TIMEOUT)
            finally:
                self._loop.call_soon_threadsafe(self._loop.stop)
                self._thread.join(STOP_TIMEOUT)
        if not self._thread.is_alive() and not self._loop.is_closed():
            self._loop.close()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()

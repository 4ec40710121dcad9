"""The referent server inside the app: the core's aiohttp server on an asyncio loop in a thread of
its own (:class:`~app.referent.server_thread.ServerThread`: Qt's loop under qasync was too slow
for a full hall), started and stopped from the Referater section, and stopped when the file closes.

A phone's save arrives from the core as ``on_change`` on the server's thread; the service emits
it as the Qt signal ``summary_changed``, which Qt queues to the GUI thread, where it is passed on
as the session's change, the one signal every view listens to for referater.

What is kept where: the port and address in the conference file (``set_server_address``), so a
link printed on a table card stays right for that conference; the venue's Wi-Fi name and password
in the conference file too (``app.referent.qr.set_wifi``): they belong to the venue, not to the laptop,
and a co-facilitator who opens the file on another laptop shows the same Wi-Fi code.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import errno
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.arrival.api import ParticipantApi
from app.arrival.hall_link import hall_token, hall_url, self_checkin_allowed, set_self_checkin
from app.groups.editing import GroupsChanged

from app.referent import links as referent_links
from app.common.messages import KvadrantError
from app.referent.qr import WifiInfo, get_wifi, set_wifi
from app.referent.links import (
    Link,
    base_url,
    ensure_links,
    lan_address,
    server_address,
    set_server_address,
)
from app.referent.server import ReferentServer
from app.referent.server_thread import ServerThread
from app.conference_file.storage import ConferenceDb
from app.referent.summaries import SummariesChanged
from ui.shell.conference_session import ConferenceSession
from ui.shell.changes import Changes

ServerFactory = Callable[..., ReferentServer]


def listen_error(host: str, port: int, error: OSError) -> KvadrantError:
    """The core's "cannot listen" message, with the reason in words a person knows."""
    detail = error.strerror or str(error)
    if error.errno == errno.EADDRINUSE:
        detail = f"{detail} (port {port})"
    return KvadrantError("server_cannot_listen", host=host, port=port, detail=detail)


class ReferentService(QObject):
    """Owns at most one running :class:`ReferentServer` for the session's open file."""

    #: A phone saved a referat; carries the core's SummariesChanged.
    summary_changed = Signal(object)
    #: The server started (True) or stopped (False).
    running_changed = Signal(bool)
    #: Starting failed; carries a KvadrantError to show.
    failed = Signal(object)
    #: The links were made anew ("Nye lenker") or the groups behind them changed.
    links_changed = Signal()
    #: Someone checked themselves in on their phone: (participant id, GroupsChanged), on the GUI thread.
    checked_in = Signal(int, object)
    #: From the server's thread: a phone's check-in to carry out here (participant id, Future).
    _check_in_requested = Signal(int, object)

    def __init__(
        self,
        session: ConferenceSession,
        parent: QObject | None = None,
        *,
        server_factory: ServerFactory = ReferentServer,
        detect_address: Callable[[], str] = lan_address,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._server_factory = server_factory
        self._detect_address = detect_address
        self._server: ServerThread | None = None
        self._db: ConferenceDb | None = None
        self._address: tuple[str, int] | None = None
        self._tasks: set[asyncio.Task] = set()
        self._links: list[Link] | None = None
        self._pending: set[concurrent.futures.Future[GroupsChanged]] = set()
        self.summary_changed.connect(self._pass_on)
        self._check_in_requested.connect(self._check_in_here)
        session.file_closing.connect(self.shutdown)
        session.file_opened.connect(self._forget_links)
        session.changed.connect(self._changed)

    # -- state ----------------------------------------------------------------------------------
    @property
    def session(self) -> ConferenceSession:
        return self._session

    @property
    def is_running(self) -> bool:
        return self._server is not None and self._address is not None

    @property
    def address(self) -> tuple[str, int] | None:
        """(host, port) while the server runs."""
        return self._address if self._server is not None else None

    @property
    def url(self) -> str | None:
        """The server's base address while it runs, e.g. ``http://192.168.1.20:8765``."""
        return base_url(*self._address) if self._address is not None and self._server is not None else None

    def saved_address(self) -> tuple[str, int]:
        """The host and port kept in the file, or this laptop's address and the default port."""
        return server_address(self._session.db)

    def detected_address(self) -> str:
        return self._detect_address()

    # -- starting and stopping --------------------------------------------------------------------
    def start(self, *, host: str | None = None, port: int | None = None) -> asyncio.Task[bool]:
        """Start (or restart) the server on the running loop; the task's result says if it runs."""
        return self._spawn(self.start_async(host=host, port=port))

    def stop(self) -> asyncio.Task[None]:
        return self._spawn(self.stop_async())

    async def start_async(self, *, host: str | None = None, port: int | None = None) -> bool:
        """Listen on ``host``:``port`` (default: the file's port, this laptop's address)."""
        if not self._session.is_open:
            return False
        db = self._session.db
        saved_host, saved_port = server_address(db)
        host = (host or "").strip() or saved_host or self._detect_address()
        port = saved_port if port is None else port
        if not 1 <= int(port) <= 65535:
            self.failed.emit(KvadrantError("server_bad_port", value=port))
            return False
        await self.stop_async()
        core = self._server_factory(db, on_change=self._on_change)
        ParticipantApi(core, check_in_hook=self._check_in_from_server)
        server = ServerThread(core)
        try:
            server.start(host, port)
        except OSError as error:
            self.failed.emit(listen_error(host, port, error))
            return False
        if self._session.is_open is False or self._session.db is not db:
            # The file was closed (or another opened) while we waited for the socket.
            server.stop()
            return False
        self._server, self._db, self._address = server, db, (host, port)
        try:
            set_server_address(db, host, port)
            self._links = ensure_links(db)
        except KvadrantError as error:
            self.failed.emit(error)
        self.running_changed.emit(True)
        return True

    async def stop_async(self) -> None:
        server, self._server, self._address, self._db = self._server, None, None, None
        if server is None:
            return
        self._drop_pending()
        server.stop()  # lets the database worker finish what it has, then closes the sockets
        self.running_changed.emit(False)

    def shutdown(self) -> None:
        """Stop now: the file is closing (or the app quitting). The database worker is drained
        and the sockets closed before this returns, so nothing a phone sent is half written."""
        server, self._server, self._address, self._db = self._server, None, None, None
        self._links = None
        if server is None:
            return
        self._drop_pending()
        server.stop()
        self.running_changed.emit(False)

    def _spawn(self, coroutine) -> asyncio.Task:  # type: ignore[no-untyped-def]
        task = asyncio.get_event_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _on_change(self, change: SummariesChanged) -> None:
        self.summary_changed.emit(change)

    # -- phones checking in ---------------------------------------------------------------------
    async def _check_in_from_server(self, participant_id: int) -> GroupsChanged:
        """(On the server's loop) have the GUI thread check the person in, as one undo step."""
        future: concurrent.futures.Future[GroupsChanged] = concurrent.futures.Future()
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)
        self._check_in_requested.emit(participant_id, future)
        return await asyncio.wrap_future(future)

    def _check_in_here(self, participant_id: int, future: concurrent.futures.Future[GroupsChanged]) -> None:
        if not future.set_running_or_notify_cancel():
            return  # the server stopped meanwhile
        try:
            change = self._session.check_in_from_phone(participant_id)
        except BaseException as error:  # noqa: BLE001 - the phone gets its answer (404/409), the app goes on
            future.set_exception(error)
            if not isinstance(error, KvadrantError):
                raise
            return
        future.set_result(change)
        if change.presence_changed:
            self.checked_in.emit(participant_id, change)

    def _drop_pending(self) -> None:
        """Check-ins still on their way to the GUI thread are answered "gone" (the server stops)."""
        for future in list(self._pending):
            future.cancel()

    def self_checkin_allowed(self) -> bool:
        return self_checkin_allowed(self._session.db)

    def set_self_checkin(self, allowed: bool) -> None:
        """Turn "Jeg er her" on the participants' phones on or off (kept in the file)."""
        set_self_checkin(self._session.db, allowed)

    def participant_url(self) -> str | None:
        """The hall's participant link on the running server, or None while it is stopped."""
        url = self.url
        return hall_url(url, hall_token(self._session.db)) if url is not None else None

    # -- links ----------------------------------------------------------------------------------
    def links(self) -> list[Link]:
        """One link per group of every group block (made once and then kept in the file)."""
        if self._links is None:
            self._links = ensure_links(self._session.db)
        return self._links

    def link_url(self, block_id: int, group_id: int | None) -> str | None:
        """The group's link on the running server, or None while it is stopped. A block's own
        notes (``group_id`` None) get their link when it is first asked for."""
        url = self.url
        if url is None:
            return None
        if group_id is None:
            return referent_links.note_link(self._session.db, block_id).url(url)
        link = next((l for l in self.links() if l.block_id == block_id and l.group_id == group_id), None)
        return link.url(url) if link is not None else None

    def renew_links(self) -> list[Link]:
        """"Nye lenker": every old link (and printed QR code) stops working."""
        self._links = referent_links.renew_links(self._session.db)
        self.links_changed.emit()
        return self._links

    def _forget_links(self, *_args: object) -> None:
        self._links = None

    def _pass_on(self, change: SummariesChanged) -> None:
        """A phone saved: the session tells every view, as for a save on the laptop."""
        self._session.announce(Changes(summaries=change), saved_here=False)

    def _changed(self, changes: Changes) -> None:
        change = changes.groups
        if change is not None and (change.new_plan or change.kvadrant is None):
            self._links = None
            self.links_changed.emit()

    # -- the venue's Wi-Fi ----------------------------------------------------------------------
    def wifi(self) -> WifiInfo:
        return get_wifi(self._session.db)

    def set_wifi(self, ssid: str, password: str) -> None:
        set_wifi(self._session.db, ssid, password)

"""The referent server's connection-level limits: slow clients, too many connections, open files.

aiohttp answers requests; these classes sit one level below it (the protocol per connection):

- a cap on open connections per client address (an IPv6 address counts by its /64) and in total:
  past it a new connection is closed at once, the open ones go on;
- a watchdog per connection: the request line and headers must arrive within ``header_timeout``
  of their first byte (or of the connection's opening), and an idle keep-alive connection is
  closed after ``keepalive_timeout``;
- aiohttp's own error answers (a malformed request line, headers too long) are short JSON with the
  security headers, and are logged as one line without the request's text or a traceback.
"""
from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Mapping

from aiohttp import web
from aiohttp.web_protocol import RequestHandler
from aiohttp.web_request import BaseRequest
from aiohttp.web_server import Server

log = logging.getLogger("kvadrant.server")

SERVER_NAME = "Kvadrant"
#: Files the app keeps besides the sockets (the conference file, its WAL, Qt, fonts, the log …):
#: under 100 measured with the projector and the server under attack; a quarter of a large limit.
_FILES_KEPT_FOR_THE_APP = 96


def client_key(address: str | None) -> str:
    """The unit limits count by: the IP address, or its /64 network for IPv6 (one phone's prefix)."""
    if not address:
        return "?"
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


def raise_open_files_limit(connections: int) -> int:
    """Raise the soft open-files limit towards what ``connections`` sockets need (never above the
    hard limit, never lowering it) and return how many connections fit well under it."""
    try:
        import resource
    except ImportError:  # Windows: no such limit for sockets
        return connections
    wanted = 2 * connections + 256
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if soft != resource.RLIM_INFINITY and soft < wanted:
            target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
            if target > soft:
                resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
                soft = target
    except (ValueError, OSError):
        return connections
    if soft == resource.RLIM_INFINITY:
        return connections
    # One socket per connection; what is left after the app's own files is the room. At macOS's
    # 256 (soft and hard) that is 160 connections, so 32 from one address leave 128 for the phones.
    kept = max(_FILES_KEPT_FOR_THE_APP, soft // 4)
    return max(8, min(connections, soft - kept))


@dataclass
class ConnectionGuard:
    """Counts open connections per client and in total; logs refusals at most once per client per 10 s."""

    header_timeout: float = 10.0
    keepalive_timeout: float = 15.0
    per_client: int = 32
    total: int = 512
    open: dict[str, int] = field(default_factory=dict)
    count: int = 0
    _logged: dict[str, float] = field(default_factory=dict)

    def admit(self, key: str) -> bool:
        if self.count >= self.total or self.open.get(key, 0) >= self.per_client:
            now = time.monotonic()
            if now - self._logged.get(key, -1e9) >= 10.0:
                if len(self._logged) > 1000:
                    self._logged.clear()
                self._logged[key] = now
                log.warning("refused a connection from %s: too many open connections", key)
            return False
        self.open[key] = self.open.get(key, 0) + 1
        self.count += 1
        return True

    def release(self, key: str) -> None:
        left = self.open.get(key, 0) - 1
        if left > 0:
            self.open[key] = left
        else:
            self.open.pop(key, None)
        self.count = max(0, self.count - 1)


def mark(response: web.StreamResponse, why: str) -> None:
    """Note why a request was refused, for the log line (kept on the response object, not sent)."""
    setattr(response, "kvadrant_why", why)


def why_of(response: web.StreamResponse) -> str:
    return str(getattr(response, "kvadrant_why", "-"))


def error_response(status: int, reason: str, headers: Mapping[str, str]) -> web.Response:
    response = web.Response(
        text=json.dumps({"error": reason}), status=status, content_type="application/json", headers=headers
    )
    mark(response, reason)
    return response


class GuardedRequestHandler(RequestHandler):
    """aiohttp's protocol for one connection, with the cap, the watchdog and quiet error answers."""

    def __init__(self, manager: Server, *, guard: ConnectionGuard, headers: Mapping[str, str], **kwargs: Any) -> None:
        super().__init__(manager, **kwargs)
        self._guard = guard
        self._extra_headers = dict(headers)
        self._client: str | None = None
        self._refused = False
        self._busy = False  # between complete headers and the end of the answer
        self._deadline: asyncio.TimerHandle | None = None
        self._armed_for: str | None = None

    # -- the cap ------------------------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        peer = transport.get_extra_info("peername")
        key = client_key(peer[0] if isinstance(peer, tuple) and peer else None)
        if not self._guard.admit(key):
            self._refused = True
            transport.close()
            return
        self._client = key
        super().connection_made(transport)
        self._arm(self._guard.header_timeout, "no request in time")

    def connection_lost(self, exc: BaseException | None) -> None:
        if self._refused:
            return
        self._disarm()
        if self._client is not None:
            self._guard.release(self._client)
            self._client = None
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._refused or not data:  # (aiohttp calls with b"" when it resumes reading: no news)
            return
        if not self._busy:
            if self._armed_for in (None, "idle"):
                self._arm(self._guard.header_timeout, "headers too slow")
            else:  # the first request's deadline still counts from the connection's opening
                self._armed_for = "headers too slow"
        super().data_received(data)

    # -- the watchdog -------------------------------------------------------------------------
    def _arm(self, seconds: float, why: str) -> None:
        self._disarm()
        self._armed_for = why
        self._deadline = self._loop.call_later(seconds, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        self._armed_for = None

    def _expire(self) -> None:
        why = self._armed_for
        self._deadline = None
        self._armed_for = None
        if self._busy or self.transport is None:
            return
        if why != "idle":
            log.info("closed a connection from %s: %s", self._client, why)
        self.force_close()

    def headers_complete(self) -> None:
        self._busy = True
        self._disarm()

    async def finish_response(
        self, request: BaseRequest, resp: web.StreamResponse, start_time: float | None
    ) -> tuple[web.StreamResponse, bool]:
        try:
            return await super().finish_response(request, resp, start_time)
        finally:
            self._busy = False
            if self.transport is not None:
                self._arm(self._guard.keepalive_timeout, "idle")

    # -- aiohttp's own answers and logs ---------------------------------------------------------
    def handle_error(
        self, request: BaseRequest, status: int = 500, exc: BaseException | None = None, message: str | None = None
    ) -> web.StreamResponse:
        reason = "bad request" if status < 500 else "internal error"
        detail = f" ({type(exc).__name__})" if exc is not None else ""
        log.info("refused %d from %s: %s%s", status, self._client, reason, detail)
        if request.writer.output_size > 0:
            raise ConnectionError("the answer was already under way")
        response = error_response(status, reason, {**self._extra_headers, "Server": SERVER_NAME})
        response.force_close()
        return response

    def log_exception(self, *args: Any, **kw: Any) -> None:
        error = kw.get("exc_info")
        name = type(error).__name__ if isinstance(error, BaseException) else "error"
        log.warning("connection from %s failed: %s", self._client, name)

    def log_debug(self, *args: Any, **kw: Any) -> None:
        return None


class GuardedServer(Server):
    """aiohttp's low-level server, making :class:`GuardedRequestHandler` protocols."""

    def __init__(self, *args: Any, guard: ConnectionGuard, headers: Mapping[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.guard = guard
        self.extra_headers = headers
        inner = self.request_factory

        def request_factory(message: Any, payload: Any, protocol: RequestHandler, writer: Any, task: Any) -> BaseRequest:
            if isinstance(protocol, GuardedRequestHandler):
                protocol.headers_complete()
            return inner(message, payload, protocol, writer, task)

        self.request_factory = request_factory

    def __call__(self) -> RequestHandler:
        return GuardedRequestHandler(self, loop=self._loop, guard=self.guard, headers=self.extra_headers, **self._kwargs)


class GuardedAppRunner(web.AppRunner):
    """An AppRunner whose server is a :class:`GuardedServer`."""

    def __init__(self, app: web.Application, *, guard: ConnectionGuard, headers: Mapping[str, str], **kwargs: Any) -> None:
        super().__init__(app, **kwargs)
        self._guard = guard
        self._extra_headers = headers

    async def _make_server(self) -> Server:
        plain = await super()._make_server()
        return GuardedServer(
            plain.request_handler,
            request_factory=plain.request_factory,
            handler_cancellation=plain.handler_cancellation,
            loop=plain._loop,
            guard=self._guard,
            headers=self._extra_headers,
            **plain._kwargs,
        )

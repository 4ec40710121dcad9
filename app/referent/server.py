"""The referent server: the phone page and its JSON API, on aiohttp (asyncio: the app runs it on a
loop in a thread of its own, :mod:`app.referent.server_thread`; the CLI's ``serve`` on the main one).

Only these requests are answered: the page of a valid link, its assets (script, style sheet and
service worker), and the API of a valid link. Every unknown token gets the same 404. Database work runs on one worker
thread, so saves stay in order and the loop (and the projector it drives) never waits on a disk.

Every refusal is a short JSON answer with the security headers, logged as one line (logger
"kvadrant.server") without the token, the text or a traceback. Connection-level limits (slow
clients, connection caps, aiohttp's own parser errors) live in :mod:`app.referent.server_limits`.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import json
import logging
import re
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Callable

from aiohttp import web

from app.common.paths import resource
from app.conference_file.storage import ConferenceDb
from app.referent.phone_reads import PhoneReads
from app.referent.server_limits import SERVER_NAME, ConnectionGuard, GuardedAppRunner, client_key, mark, raise_open_files_limit, why_of
from app.referent.summaries import MAX_KEY_POINT, MAX_KEY_POINTS, PHONE, SummariesChanged, save_summary

log = logging.getLogger("kvadrant.server")

MAX_BODY = 256 * 1024
ASSETS = {"app.js": "application/javascript", "style.css": "text/css", "sw.js": "application/javascript"}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
NOT_FOUND = {"error": "not found"}
MAX_DEPTH = 20  # JSON nesting a PUT body may have (it needs 1)
MAX_KEYS = 10_000  # buckets a RateLimiter keeps
_JSON_TYPES = {"application/json"}
_METHODS = {"GET", "HEAD", "PUT", "POST", "DELETE", "PATCH", "OPTIONS"}


@dataclass
class _Bucket:
    tokens: float
    stamp: float
    blocked_until: float = 0.0


@dataclass
class RateLimiter:
    """Token buckets: per client for link lookups (guessing links), per link for the rest.

    With ``penalty`` a key that runs dry is refused outright for that many seconds (no refill).
    """

    rate: float = 5.0
    burst: float = 30.0
    penalty: float = 0.0
    buckets: dict[str, _Bucket] = field(default_factory=dict)

    def allow(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        bucket = self.buckets.get(key)
        if bucket is None:
            if len(self.buckets) >= MAX_KEYS:
                self._prune(now)
            bucket = self.buckets[key] = _Bucket(self.burst, now)
        if now < bucket.blocked_until:
            return False
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.rate)
        bucket.stamp = now
        if bucket.tokens < 1:
            if self.penalty > 0:
                bucket.blocked_until = bucket.stamp = now + self.penalty
            return False
        bucket.tokens -= 1
        return True

    def blocked(self, key: str, now: float | None = None) -> bool:
        """Whether ``key`` is serving a penalty (without spending anything)."""
        bucket = self.buckets.get(key)
        return bucket is not None and (time.monotonic() if now is None else now) < bucket.blocked_until

    def _prune(self, now: float) -> None:
        """Forget full, unblocked buckets; if that is not enough, the oldest half."""
        for key in [k for k, b in self.buckets.items() if b.blocked_until <= now and b.tokens + (now - b.stamp) * self.rate >= self.burst]:
            del self.buckets[key]
        if len(self.buckets) >= MAX_KEYS:
            for key in sorted(self.buckets, key=lambda k: self.buckets[k].stamp)[: len(self.buckets) // 2]:
                del self.buckets[key]


def json_answer(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A short JSON answer with the security headers; a refusal is marked with its reason for the log."""
    response = web.Response(
        text=json.dumps(data, ensure_ascii=False),
        status=status,
        content_type="application/json",
        headers={**SECURITY_HEADERS, **(headers or {})},
    )
    if status >= 400 and isinstance(data, dict):
        mark(response, str(data.get("error", "conflict")))
    return response


async def _add_headers(request: web.Request, response: web.StreamResponse) -> None:
    """Every answer: the security headers, and a Server header that names no library or version."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    response.headers["Server"] = SERVER_NAME


class ReferentServer:
    """The aiohttp application around one conference file."""

    def __init__(
        self,
        db: ConferenceDb,
        *,
        on_change: Callable[[SummariesChanged], None] | None = None,
        limiter: RateLimiter | None = None,
        guess_limiter: RateLimiter | None = None,
        header_timeout: float = 10.0,
        body_timeout: float = 20.0,
        keepalive_timeout: float = 15.0,
        max_connections_per_client: int = 32,
        max_connections: int = 512,
    ) -> None:
        self.db = db
        self.on_change = on_change
        self.limiter = limiter or RateLimiter(rate=5.0, burst=30.0)
        # Every wrong link a client asks for spends from its guess bucket.
        # A client that has run dry (12 wrong links) gets 429 for every link, valid ones too, for a minute.
        self.guess_limiter = guess_limiter or RateLimiter(rate=0.2, burst=12.0, penalty=60.0)
        self.body_timeout = body_timeout
        self.max_connections = max_connections
        self.guard = ConnectionGuard(
            header_timeout=header_timeout,
            keepalive_timeout=keepalive_timeout,
            per_client=max_connections_per_client,
            total=max_connections,
        )
        self.port: int | None = None
        #: Saves in order on one thread. Reads come from memory (:class:`PhoneReads`); what is not
        #: there yet is read on threads of their own, so a room of polling phones never queues a save.
        self.reads = PhoneReads(db)
        self.executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="kvadrant-db")
        self.readers = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="kvadrant-read")
        self.app = web.Application(client_max_size=MAX_BODY, middlewares=[self._errors])
        self.app.on_response_prepare.append(_add_headers)
        self.app.router.add_get("/r/{token}", self.page)
        self.app.router.add_get("/r/{token}/{asset}", self.asset)
        self.app.router.add_get("/api/r/{token}", self.read)
        self.app.router.add_put("/api/r/{token}", self.write)
        self._runner: web.AppRunner | None = None

    # -- running ------------------------------------------------------------------------------
    async def start(self, host: str, port: int) -> None:
        self.guard.total = raise_open_files_limit(self.max_connections)
        self._runner = GuardedAppRunner(
            self.app,
            guard=self.guard,
            headers=SECURITY_HEADERS,
            access_log=None,
            keepalive_timeout=self.guard.keepalive_timeout,
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, reuse_address=True)
        await site.start()
        self.port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def close(self) -> None:
        self.executor.shutdown(wait=True)
        self.readers.shutdown(wait=True)
        self.reads.close()

    async def in_write_turn(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, lambda: function(*args, **kwargs))

    async def in_read_thread(self, function: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.readers, lambda: function(*args))

    # -- guards -------------------------------------------------------------------------------
    @web.middleware
    async def _errors(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        """Every failure is a short JSON answer: never a traceback, never a directory listing.

        Each refusal is logged as one line: status, method, client and a short reason; never the
        path (it holds the token), the body or a traceback."""
        response: web.StreamResponse
        try:
            response = await handler(request)
        except web.HTTPRequestEntityTooLarge:
            response = _too_large()
        except web.HTTPException as error:
            if error.status == 404:
                response = json_answer(NOT_FOUND, 404)
            else:
                allow = {"Allow": error.headers["Allow"]} if "Allow" in error.headers else None
                response = json_answer({"error": (error.reason or "refused").lower()}, error.status, allow)
        except ConnectionError:  # the phone went away mid-request (Wi-Fi lost): nobody to answer
            response = json_answer({"error": "client went away"}, 400)
        except Exception as error:  # noqa: BLE001 - a phone must get an answer, and the app must go on
            log.warning("internal error (%s)", type(error).__name__)
            response = json_answer({"error": "internal error"}, 500)
        if response.status >= 400:
            method = request.method if request.method in _METHODS else "other"
            log.info("refused %d %s from %s: %s", response.status, method, client_key(request.remote), why_of(response))
        return response

    async def _link(self, request: web.Request) -> tuple[int, int] | web.Response:
        if self.guess_limiter.blocked(client_key(request.remote)):  # refused before any lookup
            return json_answer({"error": "too many requests"}, 429)
        token = request.match_info["token"]
        found = self.reads.link(token) or await self.in_read_thread(self.reads.load_link, token)
        return self.admit(request, found, limit_key=token)

    def admit(self, request: web.Request, found: Any, *, limit_key: str) -> Any:
        """``found`` (what a link's token stands for, None if nothing) or the refusal to send.

        Only wrong links spend from the client's guess bucket; a client that guessed too much is
        refused for every link for a while, also a valid one whose lookup was under way while its
        other guesses used up the bucket (so parallel guesses gain nothing). ``limit_key`` is the
        bucket of the per-link limit (a referent's link; a client on the one participant link).
        """
        client = client_key(request.remote)
        if found is None:
            if self.guess_limiter.blocked(client) or not self.guess_limiter.allow(client):
                return json_answer({"error": "too many requests"}, 429)
            return json_answer(NOT_FOUND, 404)
        if self.guess_limiter.blocked(client) or not self.limiter.allow(limit_key):
            return json_answer({"error": "too many requests"}, 429)
        return found

    # -- handlers -----------------------------------------------------------------------------
    async def page(self, request: web.Request) -> web.StreamResponse:
        found = await self._link(request)
        if isinstance(found, web.Response):
            if found.status != 404:
                return found
            gone = _resource_text("gone.html")
            response = web.Response(status=404, text=gone, content_type="text/html", charset="utf-8", headers=SECURITY_HEADERS)
            mark(response, "not found")
            return response
        # The page's assets live under its own (already checked) token: /r/TOKEN/app.js.
        token = urllib.parse.quote(request.match_info["token"], safe="")
        html = _resource_text("index.html").replace("__TOKEN__", token)
        return web.Response(text=html, content_type="text/html", charset="utf-8", headers=SECURITY_HEADERS)

    async def asset(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["asset"]
        found = await self._link(request)
        if isinstance(found, web.Response) or name not in ASSETS:
            response = web.Response(status=found.status if isinstance(found, web.Response) else 404, text="Not found", headers=SECURITY_HEADERS)
            mark(response, "not found")
            return response
        headers = dict(SECURITY_HEADERS)
        if name == "sw.js":
            # The worker lives at /r/TOKEN/sw.js and looks after the page /r/TOKEN, one level up.
            headers["Service-Worker-Allowed"] = f"/r/{urllib.parse.quote(request.match_info['token'], safe='')}"
        return web.Response(text=_resource_text(name), content_type=ASSETS[name], charset="utf-8", headers=headers)

    async def json_body(self, request: web.Request) -> Any:
        """The JSON a PUT or POST carries, or the refusal to send (400, 408, 413): UTF-8 JSON
        only, within the size and time limits, not nested past 20, no lone surrogates."""
        if request.content_type not in _JSON_TYPES:
            return json_answer({"error": "Content-Type must be application/json"}, 400)
        if (request.charset or "utf-8").lower() not in ("utf-8", "utf8"):
            return json_answer({"error": "the body must be UTF-8"}, 400)
        if request.content_length is not None and request.content_length > MAX_BODY:
            return _too_large()
        try:
            async with asyncio.timeout(self.body_timeout):
                raw = await request.read()
        except TimeoutError:
            response = json_answer({"error": "body too slow"}, 408)
            response.force_close()
            return response
        body, problem = _parse(raw)
        return json_answer({"error": problem}, 400) if problem else body

    async def read(self, request: web.Request) -> web.Response:
        found = await self._link(request)
        if isinstance(found, web.Response):
            return found
        page = self.reads.page(found) or await self.in_read_thread(self.reads.load_page, found)
        return json_answer({**page, **self.reads.summary(found)})

    async def write(self, request: web.Request) -> web.Response:
        found = await self._link(request)
        if isinstance(found, web.Response):
            return found
        body = await self.json_body(request)
        if isinstance(body, web.Response):
            return body
        problem = _invalid(body)
        if problem:
            return json_answer({"error": problem}, 400)
        block_id, group_id = found
        result = await self.in_write_turn(
            save_summary,
            self.db,
            block_id=block_id,
            group_id=group_id,
            text=body["text"],
            base_version=body["base_version"],
            source=PHONE,
            device=body.get("device", ""),
            delivered=body.get("delivered"),
            resolved=body.get("resolved", False),
            key_points=tuple(body["key_points"]) if "key_points" in body else None,
        )
        if self.on_change is not None:
            self.on_change(SummariesChanged(block_id, group_id, PHONE))
        if not result.ok:
            return json_answer({"text": result.text, "version": result.version, "delivered": result.delivered, "key_points": list(result.key_points)}, 409)
        return json_answer({"version": result.version, "delivered": result.delivered, "key_points": list(result.key_points)})


@functools.cache
def _resource_text(name: str) -> str:
    """The phone page's files, read once (they do not change while the app runs)."""
    return resource("referent", name).read_text(encoding="utf-8")


def _too_large() -> web.Response:
    response = json_answer({"error": "too large", "limit": MAX_BODY}, 413)
    response.force_close()  # do not read the rest of a body nobody wants
    return response


_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_EMPTY_PAIR = re.compile(r"\[\]|\{\}")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DEVICE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _too_deep(text: str, limit: int = MAX_DEPTH) -> bool:
    """Whether JSON ``text`` nests deeper than ``limit`` (or its brackets do not match), without
    recursion: strings are cut out, then each round removes the innermost empty pairs."""
    if text.count("[") + text.count("{") <= limit:
        return False
    outside = "".join(text.replace("\\\\", "").replace('\\"', "").split('"')[::2])
    brackets = _NOT_BRACKETS.sub("", outside)
    for _ in range(limit):
        if not brackets:
            return False
        brackets = _EMPTY_PAIR.sub("", brackets)
    return bool(brackets)


def _has_lone_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _parse(raw: bytes) -> tuple[Any, str | None]:
    """The JSON in a PUT body, or why there is none to take (never an exception)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None, "malformed JSON"
    if _too_deep(text):
        return None, "malformed or too deeply nested JSON"
    try:
        body = json.loads(text)
    except (ValueError, RecursionError):
        return None, "malformed JSON"
    # A surrogate can only come from a \u escape (UTF-8 has none): lone ones cannot be stored.
    if "\\u" in text and _has_lone_surrogate(body):
        return None, "a string holds a lone surrogate"
    return body, None


def _invalid(body: Any) -> str | None:
    """Why a PUT body is not {"text": str, "base_version": int, "delivered"?: bool, "resolved"?: bool,
    "device"?: str, "key_points"?: [str, ...]} (the device: the phone page's own short id, so that
    its refused texts are its own; at most three key points of one line each)."""
    if not isinstance(body, dict):
        return "the body must be a JSON object"
    if not isinstance(body.get("text"), str):
        return '"text" must be a string'
    if "\x00" in body["text"]:
        return '"text" must not hold NUL characters'
    version = body.get("base_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        return '"base_version" must be a whole number'
    for flag in ("delivered", "resolved"):
        if flag in body and not isinstance(body[flag], bool):
            return f'"{flag}" must be true or false'
    if "device" in body and not (isinstance(body["device"], str) and _DEVICE.fullmatch(body["device"])):
        return '"device" must be up to 64 letters, digits, "-" or "_"'
    points = body.get("key_points", [])
    if not (isinstance(points, list) and len(points) <= MAX_KEY_POINTS and all(isinstance(p, str) for p in points)):
        return f'"key_points" must be a list of at most {MAX_KEY_POINTS} texts'
    if any(len(p) > MAX_KEY_POINT or "\x00" in p or "\n" in p for p in points):
        return f'each key point must be one line of at most {MAX_KEY_POINT} characters'
    return None

"""The referent server: the phone page and its JSON API, on aiohttp (asyncio; Qt runs it on the
qasync loop, the CLI's ``serve`` on a plain one).

Only four kinds of request are answered: the page of a valid link, its three assets, and the
API of a valid link. Every unknown token gets the same 404. Database work runs on one worker
thread, so saves stay in order and the loop (and the projector it drives) never waits on a disk.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import json
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Callable

from aiohttp import web

from app.conference_file.conference import get_conference
from app.common.paths import resource
from app.referent.links import resolve_token
from app.conference_file.storage import ConferenceDb
from app.referent.summaries import PHONE, SummariesChanged, deadline_of, get_summary, plan_for, save_summary, group_blocks

MAX_BODY = 256 * 1024
ASSETS = {"app.js": "application/javascript", "style.css": "text/css"}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
NOT_FOUND = {"error": "not found"}


@dataclass
class _Bucket:
    tokens: float
    stamp: float


@dataclass
class RateLimiter:
    """Token buckets: per client for requests that find nothing (guessing links), per link for the rest."""

    rate: float = 5.0
    burst: float = 30.0
    buckets: dict[str, _Bucket] = field(default_factory=dict)

    def allow(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        bucket = self.buckets.get(key)
        if bucket is None:
            if len(self.buckets) > 10_000:
                self.buckets.clear()
            bucket = self.buckets[key] = _Bucket(self.burst, now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.rate)
        bucket.stamp = now
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True


def _json(data: Any, status: int = 200) -> web.Response:
    return web.Response(
        text=json.dumps(data, ensure_ascii=False), status=status, content_type="application/json", headers=SECURITY_HEADERS
    )


class ReferentServer:
    """The aiohttp application around one conference file."""

    def __init__(
        self,
        db: ConferenceDb,
        *,
        on_change: Callable[[SummariesChanged], None] | None = None,
        limiter: RateLimiter | None = None,
        guess_limiter: RateLimiter | None = None,
    ) -> None:
        self.db = db
        self.on_change = on_change
        self.limiter = limiter or RateLimiter(rate=5.0, burst=30.0)
        self.guess_limiter = guess_limiter or RateLimiter(rate=1.0, burst=20.0)
        self.executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="kvadrant-db")
        self.app = web.Application(client_max_size=MAX_BODY, middlewares=[self._errors])
        self.app.router.add_get("/r/{token}", self.page)
        self.app.router.add_get("/r/{token}/{asset}", self.asset)
        self.app.router.add_get("/api/r/{token}", self.read)
        self.app.router.add_put("/api/r/{token}", self.write)
        self._runner: web.AppRunner | None = None

    # -- running ------------------------------------------------------------------------------
    async def start(self, host: str, port: int) -> None:
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, reuse_address=True)
        await site.start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def close(self) -> None:
        self.executor.shutdown(wait=True)

    async def _db(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, lambda: function(*args, **kwargs))

    # -- guards -------------------------------------------------------------------------------
    @web.middleware
    async def _errors(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        """Every failure is a short JSON answer: never a traceback, never a directory listing."""
        try:
            return await handler(request)
        except web.HTTPRequestEntityTooLarge:
            return _json({"error": "too large", "limit": MAX_BODY}, 413)
        except web.HTTPException as error:
            if error.status == 404:
                return _json(NOT_FOUND, 404)
            return _json({"error": error.reason}, error.status)
        except Exception:  # noqa: BLE001 - a phone must get an answer, and the app must go on
            return _json({"error": "internal error"}, 500)

    async def _link(self, request: web.Request) -> tuple[int, int] | web.Response:
        client = request.remote or "?"
        token = request.match_info["token"]
        found = await self._db(resolve_token, self.db, token)
        if found is None:
            if not self.guess_limiter.allow(client):
                return _json({"error": "too many requests"}, 429)
            return _json(NOT_FOUND, 404)
        if not self.limiter.allow(token):
            return _json({"error": "too many requests"}, 429)
        return found

    # -- handlers -----------------------------------------------------------------------------
    async def page(self, request: web.Request) -> web.StreamResponse:
        found = await self._link(request)
        if isinstance(found, web.Response):
            if found.status != 404:
                return found
            gone = resource("referent", "gone.html").read_text(encoding="utf-8")
            return web.Response(status=404, text=gone, content_type="text/html", charset="utf-8", headers=SECURITY_HEADERS)
        # The page's assets live under its own (already checked) token: /r/TOKEN/app.js.
        token = urllib.parse.quote(request.match_info["token"], safe="")
        html = resource("referent", "index.html").read_text(encoding="utf-8").replace("__TOKEN__", token)
        return web.Response(text=html, content_type="text/html", charset="utf-8", headers=SECURITY_HEADERS)

    async def asset(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["asset"]
        found = await self._link(request)
        if isinstance(found, web.Response) or name not in ASSETS:
            return web.Response(status=404, text="Not found", headers=SECURITY_HEADERS)
        body = resource("referent", name).read_text(encoding="utf-8")
        return web.Response(text=body, content_type=ASSETS[name], charset="utf-8", headers=SECURITY_HEADERS)

    async def read(self, request: web.Request) -> web.Response:
        found = await self._link(request)
        if isinstance(found, web.Response):
            return found
        return _json(await self._db(self._describe, *found))

    def _describe(self, block_id: int, group_id: int) -> dict[str, Any]:
        with self.db.read():  # every read below joins this one transaction
            return self._description(block_id, group_id)

    def _description(self, block_id: int, group_id: int) -> dict[str, Any]:
        block = next(b for b in group_blocks(self.db) if b.id == block_id)
        plan = plan_for(self.db, block)
        table = next((t for t in plan.tables if t.id == group_id), None) if plan else None
        summary = get_summary(self.db, block_id, group_id) if table else None
        deadline = deadline_of(self.db, block)
        return {
            "kvadrant": block.kvadrant,
            "group": table.number if table else None,
            "label": table.label if table else "",
            "conference": get_conference(self.db).title,
            "block": block.title,
            "members": [
                {
                    "name": m.name,
                    "municipality": m.municipality,
                    "role": m.role,
                    "ordstyrer": table is not None and m.participant_id == table.ordstyrer_id,
                    "referent": table is not None and m.participant_id == table.referent_id,
                }
                for m in (table.present_members if table else ())
            ],
            "task": block.task_text,
            "deadline": deadline.isoformat(timespec="minutes") if deadline else None,
            "deadline_note": block.summary_deadline_note,
            "text": summary.text if summary else "",
            "version": summary.version if summary else 0,
            "delivered": summary.delivered if summary else False,
            "delivered_at": summary.delivered_at.isoformat(timespec="minutes") if summary and summary.delivered_at else None,
        }

    async def write(self, request: web.Request) -> web.Response:
        found = await self._link(request)
        if isinstance(found, web.Response):
            return found
        try:
            body = await request.json(loads=json.loads)
        except web.HTTPRequestEntityTooLarge:
            raise
        except (ValueError, UnicodeDecodeError):
            return _json({"error": "malformed JSON"}, 400)
        problem = _invalid(body)
        if problem:
            return _json({"error": problem}, 400)
        block_id, group_id = found
        result = await self._db(
            save_summary,
            self.db,
            block_id=block_id,
            group_id=group_id,
            text=body["text"],
            base_version=body["base_version"],
            source=PHONE,
            delivered=body.get("delivered"),
            resolved=body.get("resolved", False),
        )
        if self.on_change is not None:
            self.on_change(SummariesChanged(block_id, group_id, PHONE))
        if not result.ok:
            return _json({"text": result.text, "version": result.version, "delivered": result.delivered}, 409)
        return _json({"version": result.version, "delivered": result.delivered})


def _invalid(body: Any) -> str | None:
    """Why a PUT body is not {"text": str, "base_version": int, "delivered"?: bool, "resolved"?: bool}."""
    if not isinstance(body, dict):
        return "the body must be a JSON object"
    if not isinstance(body.get("text"), str):
        return '"text" must be a string'
    version = body.get("base_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        return '"base_version" must be a whole number'
    for flag in ("delivered", "resolved"):
        if flag in body and not isinstance(body[flag], bool):
            return f'"{flag}" must be true or false'
    return None

"""What the phone pages' browser tests share: Debian's Chromium through Playwright for Python, the
real server on a loop of its own (stopping it is losing the network), and a phone.

Without Chromium or Playwright the tests are skipped, unless ``KVADRANT_REQUIRE_BROWSER=1`` says
they must run (CI), in which case they fail. Playwright is imported only by the test modules,
after :func:`require_browser`.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import socket
import threading
import urllib.error
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from app.arrival.api import ParticipantApi
from app.arrival.hall_link import hall_token, hall_url
from app.conference_file.storage import ConferenceDb
from app.referent.links import Link, base_url
from app.referent.server import ReferentServer

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, ConsoleMessage, Dialog, Page, Playwright

CHROMIUM = os.environ.get("KVADRANT_CHROMIUM", "/usr/bin/chromium")
REQUIRED = os.environ.get("KVADRANT_REQUIRE_BROWSER") == "1"
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "screenshots"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is not installed (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install playwright)"
    return None


def require_browser() -> None:
    """At a test module's top: skip it without a browser (fail instead when CI requires one)."""
    missing = _missing()
    if missing:
        if REQUIRED:
            raise RuntimeError(missing)
        pytest.skip(missing, allow_module_level=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LiveServer:
    """The real server (and with ``participants`` the participant routes) on its own asyncio
    loop; stopping it is losing the network."""

    def __init__(self, db: ConferenceDb, *, participants: bool = False) -> None:
        self.db = db
        self.port = free_port()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="live-server", daemon=True)
        self.thread.start()
        self.server = ReferentServer(db)
        if participants:
            ParticipantApi(self.server)  # routes are added before the server starts
        self.running = False

    def _run(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=20)

    def start(self) -> None:
        self._run(self.server.start("127.0.0.1", self.port))
        self.running = True

    def stop(self) -> None:
        self._run(self.server.stop())
        self.running = False

    def close(self) -> None:
        if self.running:
            self.stop()
        self.server.close()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        self.loop.close()

    def base(self) -> str:
        return base_url("127.0.0.1", self.port)

    def url(self, link: Link | None = None) -> str:
        """A referent's page, or without ``link`` the participants' hall page."""
        return link.url(self.base()) if link is not None else hall_url(self.base(), hall_token(self.db))

    def put(self, link: Link, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """A save from somewhere else (another phone, a script), through the HTTP API."""
        request = urllib.request.Request(
            f"{self.base()}/api/r/{link.token}",
            data=json.dumps(body).encode(),
            method="PUT",
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())


class Phone:
    """A phone with Chromium; closing and opening again is the browser restarting (the profile,
    and with it localStorage, stays). Page errors, dialogs and CSP refusals are kept as problems."""

    def __init__(
        self, playwright: Playwright, profile: Path, *, width: int, height: int, clock: dt.datetime | None
    ) -> None:
        self.playwright = playwright
        self.profile = profile
        self.viewport = {"width": width, "height": height}
        self.clock = clock
        self.context: BrowserContext | None = None
        self.problems: list[str] = []

    def open(self, url: str, *, clock: dt.datetime | None | str = "default") -> Page:
        if self.context is None:
            self.context = self.playwright.chromium.launch_persistent_context(
                str(self.profile),
                executable_path=CHROMIUM,
                headless=True,
                args=ARGS,
                viewport=self.viewport,  # type: ignore[arg-type]
                device_scale_factor=1,
                is_mobile=True,
                has_touch=True,
                locale="nb-NO",
            )
        page = self.context.pages[0] if self.context.pages else self.context.new_page()
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        page.on("console", self._console)
        page.on("dialog", self._dialog)
        fixed = self.clock if clock == "default" else clock
        if isinstance(fixed, dt.datetime):
            page.clock.set_fixed_time(fixed)
        page.goto(url)
        if "__TOKEN__" in page.content():
            pytest.fail("the server must put the link's token in place of __TOKEN__ in index.html")
        return page

    def open_with_route(self, url: str, handler: Any, *, clock: dt.datetime | None | str = "default") -> Page:
        """Open ``url`` with the API's requests going through ``handler`` from the first one."""
        page = self.open("about:blank", clock=clock)
        page.route("**/api/**", handler)
        page.goto(url)
        return page

    def _dialog(self, dialog: Dialog) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def _console(self, message: ConsoleMessage) -> None:
        text = message.text
        if "Content Security Policy" in text or "Refused to" in text:
            self.problems.append(f"CSP: {text}")

    def restart(self) -> None:
        """Quit the browser (the draft must survive in its profile)."""
        if self.context is not None:
            self.context.close()
            self.context = None

    def close(self) -> None:
        self.restart()


def shot(page: Page, name: str, *, full_page: bool = False) -> None:
    """A screenshot in ``screenshots/`` for a person to look at."""
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def no_horizontal_scroll(page: Page) -> None:
    width = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], f"the page scrolls sideways: {width}"



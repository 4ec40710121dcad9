#!/usr/bin/env python3
"""The Gardermoen 2020 day, run visibly in the real app on an accelerated clock, for a person to watch.

    python scripts/rehearsal.py                 # 60×: the 6½-hour day in about 7 minutes
    python scripts/rehearsal.py --speed 120     # twice as fast
    python scripts/rehearsal.py --offscreen --speed 600 --seconds 25   # a quick check (CI)

What happens, in the real main window (with the real session, run controller, projector window,
Referater section and referent server on the app's own qasync loop):

- 09.10 a new conference from the template "Gardermoen 2020"; a roster of 110 people is imported
  (semicolon CSV, Windows-1252, a title row: as Norwegian Excel saves it); two of them are not
  here yet; the tables of 1. kvadrant are made; the referent server starts; the projector shows.
- 09.30 the blocks run one after another, each started by the facilitator (→) a little late.
- 10.21 check-in in Grupper: three no-shows and two late arrivals; the bar says who moved where.
- 10.30 1. kvadrant: "Finn ditt bord" on the projector (in slow motion, so its pages can be read),
  then the speaker rotation with a chime at each change (if this laptop has sound).
- 10.33 every table's referent writes on a (simulated) phone, saving over HTTP to the app's server:
  the Referater board fills up. Two phones lose the network for six minutes and then catch up;
  at 11.00 the facilitator adds a line to table 8's referat on the laptop while its referent types
  on, so the board shows "To versjoner" until the facilitator merges the two at 11.08. Every group
  delivers before the deadline at 11.30.
- Lunch (the facilitator reads referater), the rest of the day (2. kvadrant gets five more
  minutes), the day ends at 16.02; the kommunegrupper of 4. kvadrant are made, and the minutes
  are exported in every format into a temporary folder that is printed.

The main window shows the section that matters: Program during plenum, Grupper at check-in,
Referater while phones write, Eksport at the end. It ends cleanly (phones stopped, server stopped,
file closed) and prints what ran. The person's own settings are not touched (a temporary INI).

Options: --speed N (default 60), --offscreen (QT_QPA_PLATFORM=offscreen, for CI), --seconds S (stop
after S real seconds), --keep FOLDER (the conference file goes there, not in the temporary folder),
--screenshots FOLDER (PNG of the main window and the projector after each step and every ten
simulated minutes).
"""
from __future__ import annotations

import argparse
import asyncio
import csv
import datetime as dt
import heapq
import inspect
import itertools
import os
import random
import re
import socket
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    import aiohttp

    from app.roster.participants import ParticipantRow
    from app.referent.links import Link
    from ui.shell.main_window import MainWindow

DAY = dt.date(2020, 1, 28)
TEMPLATE = "gardermoen-2020"
START = "09:10"

#: People who registered after the demo roster was printed (about 110 in all, as at Gardermoen).
LATE_REGISTRATIONS = (
    ("Ingvild Sætre", "Tromsø", "ressurslærer", ""),
    ("Magnus Fjeld", "Lillehammer", "kulturskoleleder", ""),
    ("Sigrid Brekke", "Naustdal", "ressurslærer", "Sunnfjord"),
    ("Eirik Vik", "Stord", "ressurslærer", ""),
    ("Tone Lien", "Voss", "kulturskoleeier", ""),
)
#: The two still travelling when the tables are made (the flights from the north are late).
LATE_FROM = ("Narvik", "Vadsø")

#: What the referents write about each speaker, about the open discussion, and to sum up.
IDEAS = (
    "fortalte om kulturskoletimen i samarbeid med grunnskolen",
    "deler erfaringer med fordypningstilbud for de mest motiverte elevene",
    "har fått til et fast samarbeid med barnehagene",
    "beskrev hvordan rammeplanen er blitt lokal læreplan",
    "jobber med inkludering gjennom åpne grupper uten venteliste",
    "har prøvd ut teamundervisning på tvers av fag",
    "peker på at rekruttering av lærere er den største utfordringen",
    "har laget en felles utviklingsplan med skoleeier",
    "har gode erfaringer med korps og kulturskole under samme tak",
    "forteller at kulturskolen nå er med i kommunens planstrategi",
    "har innført elevsamtaler for alle elever",
    "bruker digitale verktøy i samspillsundervisningen",
    "har etablert et nettverk for ressurslærere i regionen",
    "beskrev hvordan de når barn fra familier med lav inntekt",
    "har flyttet undervisningen ut til skolene på dagtid",
    "savner tid til felles planlegging i kollegiet",
    "har fått politisk vedtak om lavere elevavgift",
    "har startet visuell kunst og scenekunst som nye fag",
    "har gode erfaringer med prosjektuker på ungdomsskolen",
    "vil gjøre kulturskolen til et lokalt ressurssenter",
)
TALK = (
    "Samtale: Flere kjente seg igjen i utfordringen med lokaler.",
    "Samtale: Hvordan kan ressurslærerne dele mer på tvers av kommunene?",
    "Samtale: Skoleeier må være tydeligere i utviklingsarbeidet.",
    "Samtale: Hvordan henger fordypning og breddetilbud sammen?",
    "Samtale: Vi vil gjerne besøke hverandre og se praksis.",
    "Samtale: Samarbeidet med grunnskolen krever avtaler på ledernivå.",
)
WRAP_UP = (
    "Oppsummert: samarbeid med skolen og en tydelig skoleeier går igjen.",
    "Oppsummert: vi tar med oss ideen om åpne grupper og nettverk for ressurslærere.",
    "Oppsummert: lokal læreplan og elevsamtaler er gode neste steg.",
)
LAPTOP_ADDITION = "Tillegg fra ordstyrer (skrevet på PC-en): Gruppa ønsker en felles oversikt over gode eksempler."


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time.fromisoformat(hhmm))


def hm(moment: dt.datetime | dt.time | None) -> str:
    """10.30, as the app writes the time of day."""
    return moment.strftime("%H.%M") if moment is not None else "–"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_roster(path: Path) -> None:
    """The demo roster and the late registrations, as Norwegian Excel saves a CSV: semicolons,
    Windows-1252, a title row above the header."""
    with (ROOT / "resources" / "demo" / "roster.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    width = len(header)
    for name, municipality, role, group in LATE_REGISTRATIONS:
        email = f"{name.lower().replace(' ', '.')}@example.no".replace("æ", "ae").replace("ø", "o").replace("å", "a")
        rows.append([name, municipality, role, group, email, ""][:width])
    with path.open("w", encoding="cp1252", newline="") as handle:
        handle.write("Påmeldte – Dialogkonferanse 2, Gardermoen 28. januar 2020\r\n")
        csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows(rows)


# -- the accelerated clock ------------------------------------------------------------------------
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


# -- a referent's phone -----------------------------------------------------------------------------
class Phone:
    """A referent's phone on the venue Wi-Fi, speaking the referent API as the phone page does:
    keeps the text itself, saves when the referent pauses typing, keeps typing while the network
    is gone and catches up when it is back. A 409 (someone saved in between) shows both texts on
    the phone; see :meth:`_settle_conflict`."""

    def __init__(self, rehearsal: Rehearsal, link: Link, base: str) -> None:
        self.rehearsal = rehearsal
        self.link = link
        self.page = link.url(base)
        self.api = self.page.replace("/r/", "/api/r/")
        self.text = ""
        self.saved = ""
        self.version = 0
        self.online = True
        self.missed = False  # a save is waiting to be sent again
        self.offline_before = False  # ... because the network was gone
        #: At a 409: the version the server had, our text, and when; both texts are on the phone.
        self.conflict: tuple[int, str, dt.datetime] | None = None
        self.resolving = False  # the next save is the referent's merge of the two
        self.delivered = False
        self.saves = 0
        self.caught_up = 0
        self.conflicts = 0
        self.refused = 0

    @property
    def group(self) -> int:
        return self.link.group

    async def _call(self, method: str, body: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
        async with self.rehearsal.http.request(method, self.api, json=body) as response:
            return response.status, await response.json()

    async def open(self) -> list[dict[str, Any]]:
        """The referent scans the table card's QR code: the page, then the group and its text."""
        async with self.rehearsal.http.get(self.page) as response:
            await response.read()
        status, data = await self._call("GET")
        if status != 200:
            raise RuntimeError(f"phone of group {self.group}: GET answered {status}")
        self.text = self.saved = data["text"]
        self.version = data["version"]
        return list(data["members"])

    async def sync(self, *, delivered: bool | None = None) -> None:
        import aiohttp

        if not self.online:
            self.missed = self.offline_before = True
            return
        try:
            if self.conflict is not None and not await self._settle_conflict():
                return
            if self.text == self.saved and delivered is None:
                return
            body: dict[str, Any] = {"text": self.text, "base_version": self.version}
            if self.resolving:
                body["resolved"] = True
            if delivered is not None:
                body["delivered"] = delivered
            status, data = await self._call("PUT", body)
        except (TimeoutError, aiohttp.ClientError):
            self.missed = True  # no answer: the text stays here, and goes at the next try
            return
        if status == 200:
            self.version, self.saved, self.delivered = data["version"], body["text"], data["delivered"]
            self.saves += 1
            self.resolving = False
            if self.missed and self.offline_before:
                self.caught_up += 1
                self.rehearsal.say(f"the phone of table {self.group} is back on the network and caught up")
            self.missed = self.offline_before = False
        elif status == 409:
            self.conflict = (data["version"], body["text"], self.rehearsal.clock.now())
            self.conflicts += 1
            self.rehearsal.say(f"table {self.group}'s phone and the laptop saved different texts: «To versjoner»")
        else:  # 429 (too fast), 500 (the file was busy): the text stays here and goes at the next try
            self.missed = True
            self.refused += 1

    async def _settle_conflict(self) -> bool:
        """While both texts are shown on the phone, the referent leaves the choice to the
        facilitator (the laptop shows «To versjoner»): once the laptop has saved a merge, go on
        from it. After ten minutes without one, the referent merges on the phone: the stored text,
        then what they wrote that was refused, then what they typed since."""
        assert self.conflict is not None
        status, data = await self._call("GET")
        version, ours, since = self.conflict
        if status != 200:
            return False
        typed_since = self.text[len(ours):] if self.text.startswith(ours) else ""
        if data["version"] != version:
            merged = data["text"]
            if merged.startswith(ours):  # the sentence being typed is finished where it was
                self.text = ours + typed_since + merged[len(ours):]
            else:
                self.text = merged + typed_since
            self.saved, self.version, self.conflict = merged, data["version"], None
            return True
        if self.rehearsal.clock.now() - since < dt.timedelta(minutes=10):
            return False
        refused = ours[len(self.saved):] if ours.startswith(self.saved) else "\n" + ours
        self.text = data["text"] + refused + typed_since
        self.saved, self.version, self.conflict, self.resolving = data["text"], data["version"], None, True
        self.rehearsal.say(f"the referent of table {self.group} merged the two texts on the phone")
        return True

    async def wait_until(self, when: dt.datetime) -> None:
        """Wait, trying every simulated minute to send what could not be sent."""
        clock = self.rehearsal.clock
        while clock.now() < when:
            await clock.until(min(when, clock.now() + dt.timedelta(minutes=1)))
            if self.online and (self.missed or self.conflict is not None):
                await self.sync()

    async def run(self, rotation_start: dt.datetime, slot_minutes: float, deliver_at: dt.datetime, seed: int) -> None:
        rng = random.Random(seed)
        members = await self.open()
        typing: list[tuple[dt.datetime, str]] = []  # (when, what is typed then)

        def line(when: dt.datetime, text: str) -> None:
            """A line typed in two goes, each saved when the referent pauses."""
            words = text.split(" ")
            half = max(1, len(words) // 2)
            typing.append((when, "\n" + " ".join(words[:half])))
            typing.append((when + dt.timedelta(minutes=rng.uniform(0.4, 1.2)), " " + " ".join(words[half:])))

        for k, (member, idea) in enumerate(zip(members, rng.sample(IDEAS, len(members))), start=1):
            when = rotation_start + dt.timedelta(minutes=(k - 1) * slot_minutes + rng.uniform(1.5, 3.2))
            line(when, f"{member['name']} ({member['municipality']}) {idea}.")
        open_talk = rotation_start + dt.timedelta(minutes=len(members) * slot_minutes)
        for j, talk in enumerate(rng.sample(TALK, 3)):
            line(open_talk + dt.timedelta(minutes=1 + 5 * j + rng.uniform(0, 1.5)), talk)
        line(deliver_at - dt.timedelta(minutes=2.5), rng.choice(WRAP_UP))
        for when, typed in sorted(typing):
            await self.wait_until(when)
            self.text = (self.text + typed).lstrip("\n")
            await self.sync()
        await self.wait_until(deliver_at)
        while not self.delivered:
            await self.sync(delivered=True)
            if not self.delivered:
                await self.rehearsal.clock.sleep(1)


# -- the scenario ---------------------------------------------------------------------------------
@dataclass
class Step:
    when: str  # "10:25" or "10:25:20"
    what: str  # printed as it happens ("" for a silent step)
    action: Callable[[], Any]  # may return an awaitable (waited for) or a text (printed instead of what)
    section: str | None = None  # the main window's section to show first


@dataclass
class Counts:
    moved: list[str] = field(default_factory=list)
    no_shows: list[str] = field(default_factory=list)
    late: list[str] = field(default_factory=list)
    exported: list[Path] = field(default_factory=list)


class Rehearsal:
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

    # -- the app ----------------------------------------------------------------------------------
    def _make_window(self) -> MainWindow:
        from PySide6.QtCore import QSettings

        from ui.shell.conference_session import ConferenceSession
        from ui.shell.main_window import MainWindow
        from ui.shell.settings import Settings

        settings = Settings(QSettings(str(self.work / "kvadrant.ini"), QSettings.Format.IniFormat))
        now = self.clock.now
        session = ConferenceSession(now=now)
        window = MainWindow(settings=settings, session=session, clock=self.clock.fake, now=now)
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

    # -- the day, step by step --------------------------------------------------------------------
    def scenario(self) -> list[Step]:
        steps = [
            Step("09:10", "a new conference from the template «Gardermoen 2020»", self.create_conference, "programme"),
            Step("09:11", "the roster is imported", self.import_roster, "participants"),
            Step("09:13", "two are still travelling (flights from the north are late)", self.not_here_yet),
            Step("09:14", "the tables of 1. kvadrant are made", self.make_tables, "groups"),
            Step("09:18", "the referent server starts; the projector window shows", self.start_server),
            Step("09:30", "→", self.next_block, "programme"),
            Step("10:00", "→", self.next_block),
            Step("10:21", "check-in at the door (Grupper → Innsjekking)", self.open_checkin, "groups"),
        ]
        for k in range(5):  # three no-shows, then two late arrivals
            steps.append(Step(f"10:{22 + k}", "", lambda k=k: self.search(k)))
            steps.append(Step(f"10:{22 + k}:20", "", lambda k=k: self.tick(k)))
        steps += [
            Step("10:27", "", self.close_checkin),
            Step("10:30", "→ (Finn ditt bord on the projector, in slow motion)", self.start_kvadrant1, "programme"),
            Step("10:31:30", "", self.normal_speed),
            Step("10:32", "the speaker rotation starts: 5 minutes each, a chime at each change", self.start_rotation),
            Step("10:33", "the referents open their links on their phones and start writing", self.start_phones),
            Step("10:45", "Referater: the board fills up as the phones save", self.watch_referater, "minutes"),
            Step("10:48", "the phones of two tables lose the network", lambda: self.set_online(False)),
            Step("10:54", "their network is back", lambda: self.set_online(True)),
            Step("11:00", "the facilitator adds a line to table 8's referat on the laptop", self.laptop_edit, "minutes"),
            Step("11:08", "the facilitator puts both versions in the field …", self.merge_begin, "minutes"),
            Step("11:08:40", "… tidies the merge and saves it", self.merge_save),
            Step("11:16", "", self.watch_referater),
            Step("11:31", "→", self.next_block, "programme"),
            Step("11:40", "over lunch the facilitator reads the referater", lambda: self.read_referat(2), "minutes"),
            Step("11:44", "", lambda: self.read_referat(3)),
            Step("11:48", "", lambda: self.read_referat(11)),
            Step("11:52", "", lambda: self.read_referat(7)),
            Step("12:28", "", lambda: None, "programme"),
            Step("12:32", "→", self.next_block),
            Step("13:55", "2. kvadrant gets five more minutes", lambda: self.more_time(5)),
            Step("14:03", "→", self.next_block),
            Step("14:16", "→", self.next_block),
            Step("14:52", "→", self.next_block),
            Step("15:01", "→", self.next_block),
            Step("15:47", "→", self.next_block),
            Step("16:02", "→ the day is over", self.next_block),
            Step("16:03", "the kommunegrupper of 4. kvadrant are made", self.make_kommunegrupper, "groups"),
            Step("16:06", "the minutes are exported in every format", self.export, "export"),
        ]
        return steps

    async def play(self) -> None:
        for step in self.scenario():
            await self.clock.until(at(step.when))
            if step.section:
                self.window.show_section(step.section)
            result = step.action()
            if inspect.isawaitable(result):
                result = await result
            what = result if isinstance(result, str) else step.what  # an action may say what it did
            if what:
                self.say(self._describe(what))
                self.snap_step(what)
        if not self.args.offscreen:
            await asyncio.sleep(4)  # a last look at the Eksport section

    def _describe(self, what: str) -> str:
        if not what.startswith("→"):
            return what
        view = self.controller.view
        if view is not None and view.block is not None and view.phase.value == "running":
            return f"→ {view.block.title}{what[1:]}"
        return what

    # -- setting up -------------------------------------------------------------------------------
    def create_conference(self) -> None:
        from app.conference_file.templates import create_conference

        create_conference(self.path, template=TEMPLATE).close()
        if not self.window.open_file(self.path):
            raise RuntimeError(f"could not open {self.path}")

    def import_roster(self) -> None:
        from app.roster.importer import guess_mapping, parse_roster, read_table

        roster = self.work / "påmeldte.csv"
        write_roster(roster)
        table = read_table(roster)
        result = self.session.apply_roster(parse_roster(table, guess_mapping(table.headers)))
        self.window.show_status(f"Importert: {result.imported} nye, {result.updated} oppdatert.")
        self.say(f"imported {result.imported} people from {roster.name} (semicolons, Windows-1252, a title row)")

    def not_here_yet(self) -> None:
        people = self.people()
        late = [next(p for p in people if p.municipality == town and p.role != "veileder") for town in LATE_FROM]
        self.counts.late = [p.name for p in late]
        self.session.set_present([p.id for p in late], False)

    def make_tables(self) -> None:
        self.window.groups_view.set_kvadrant(1)
        plan = self.session.make_plan(kvadrant=1, size=6, seed=2020)
        sizes = sorted({len(t.members) for t in plan.tables})
        self.say(f"{len(plan.tables)} tables of {'–'.join(map(str, sizes))} for {sum(len(t.members) for t in plan.tables)} people present")
        self.window.show_status(f"Grupper for 1. kvadrant: {len(plan.tables)} bord.")

    async def start_server(self) -> None:
        import aiohttp
        from PySide6.QtGui import QGuiApplication

        from app.referent.links import base_url

        port = free_port()
        if not await self.window.referent_service.start(host="127.0.0.1", port=port):
            raise RuntimeError("the referent server did not start")
        self.base_url = base_url("127.0.0.1", port)
        self.http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        self.say(f"referent server at {self.base_url}")
        self.projector.show()
        if not self.projector.window.isFullScreen():  # one screen: a normal window, out of the way
            screen = QGuiApplication.primaryScreen().availableGeometry()
            window = self.projector.window
            window.move(screen.right() - window.width() - 10, screen.bottom() - window.height() - 40)
        self.window.activateWindow()

    # -- check-in ---------------------------------------------------------------------------------
    def open_checkin(self) -> None:
        plan = self.session.plan(1)
        no_shows = [t.members[1].name for t in plan.tables[:3]]
        self.counts.no_shows = no_shows
        self.checkin = [(name, False) for name in no_shows] + [(name, True) for name in self.counts.late]
        self.window.groups_view.show_checkin(True)

    def search(self, k: int) -> None:
        """The facilitator types the name in the check-in list's search box …"""
        self.window.groups_view.checkin_panel.search_edit.setText(self.checkin[k][0])

    def tick(self, k: int) -> str:
        """… and ticks them in (or out): the tables are fitted around it, the bar says who moved."""
        from PySide6.QtCore import Qt

        from ui.participants.participant_model import PARTICIPANT_ID_ROLE

        name, present = self.checkin[k]
        panel = self.window.groups_view.checkin_panel
        pid = self.person(name).id
        for row in range(panel.proxy.rowCount()):
            index = panel.proxy.index(row, 0)
            if index.data(PARTICIPANT_ID_ROLE) == pid:
                state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
                panel.proxy.setData(index, state, Qt.ItemDataRole.CheckStateRole)
                break
        else:
            self.error(f"check-in: {name} is not in the list")
        said = self.window.groups_view.moves_text().strip().splitlines()
        if said:  # the bar says the newest on top: who came or went, and who moved where
            self.counts.moved.append(said[0].strip())
        return f"{name} arrives late" if present else f"{name} has not come (a no-show)"

    def close_checkin(self) -> None:
        self.window.groups_view.checkin_panel.search_edit.clear()

    # -- running the day --------------------------------------------------------------------------
    async def next_block(self) -> None:
        await self.again_if_busy("→", lambda: self.controller.next() is not None)
        view = self.controller.view
        if view is not None and view.phase.value == "running" and view.block is not None:
            self.window.programme_view.select_block(view.block.id)  # its details beside the programme

    def start_kvadrant1(self) -> Awaitable[None]:
        self.clock.speed = max(1.0, self.speed / 10)
        return self.next_block()

    def normal_speed(self) -> None:
        self.clock.speed = self.speed

    async def start_rotation(self) -> None:
        await self.again_if_busy("start the rotation", lambda: self.controller.start_rotation() is not None)
        self.rotation_start = self.clock.now()

    def more_time(self, minutes: int) -> Awaitable[None]:
        return self.again_if_busy(f"+{minutes} min", lambda: self.controller.add_minutes(minutes) is not None)

    # -- the phones -------------------------------------------------------------------------------
    def kvadrant1_links(self) -> list[Link]:
        return [link for link in self.window.referent_service.links() if link.kvadrant == 1]

    def start_phones(self) -> None:
        from app.referent.summaries import block_for_kvadrant

        block = block_for_kvadrant(self.session.db, 1)
        assert block is not None and self.rotation_start is not None
        slot = (block.slot_seconds or 300) / 60
        links = self.kvadrant1_links()
        deliveries = random.Random(28).sample(range(17 * 60, 28 * 60, 10), len(links))
        for k, link in enumerate(links):
            phone = Phone(self, link, self.base_url)
            deliver_at = at("11:00") + dt.timedelta(seconds=deliveries[k])
            task = asyncio.get_running_loop().create_task(phone.run(self.rotation_start, slot, deliver_at, seed=k))
            task.add_done_callback(self._phone_done)
            self.phones.append(phone)
            self.phone_tasks.append(task)
        eighth = next(link for link in links if link.group == 8)
        self.conflict_group_id = eighth.group_id
        self.say(f"{len(links)} phones write to {self.base_url}/r/…")

    def _phone_done(self, task: asyncio.Task[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            error = task.exception()
            self.error("a phone failed: " + "".join(traceback.format_exception(error)).strip())

    def quiet_phones(self) -> list[Phone]:
        return [p for p in self.phones if p.group in (4, 12)]

    def set_online(self, online: bool) -> None:
        for phone in self.quiet_phones():
            phone.online = online
            if online and phone.missed:  # the page retries at once when the network is back
                self.phone_tasks.append(asyncio.get_running_loop().create_task(phone.sync()))

    # -- the Referater section --------------------------------------------------------------------
    def watch_referater(self) -> None:
        from app.referent.summaries import block_for_kvadrant

        view = self.window.referater_view
        block = block_for_kvadrant(self.session.db, 1)
        if block is not None:
            view.set_block(block.id)
        view.select_row(0)

    def read_referat(self, row: int) -> None:
        self.window.referater_view.select_row(row)

    def laptop_edit(self) -> Awaitable[None]:
        from PySide6.QtGui import QTextCursor

        view = self.window.referater_view
        assert self.conflict_group_id is not None
        view.select_group(self.conflict_group_id)
        editor = view.editor
        cursor = editor.text_edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(("\n" if editor.text else "") + LAPTOP_ADDITION)
        editor.text_edit.setTextCursor(cursor)
        # A phone's save that crosses the laptop's makes «To versjoner» at once (the laptop's text
        # is then the second version); otherwise the phone's next save does.
        return self.again_if_busy("save table 8's referat on the laptop", lambda: editor.save_now() or self._crossed())

    def _crossed(self) -> bool:
        if not self.window.referater_view.editor.in_conflict:
            return False
        self.laptop_conflicts += 1
        self.say("a save from table 8's phone crossed the laptop's: «To versjoner»")
        return True

    def merge_begin(self) -> None:
        view = self.window.referater_view
        assert self.conflict_group_id is not None
        view.select_group(self.conflict_group_id)
        if not view.editor.in_conflict:
            self.say("(table 8 shows no conflict: the phone has not saved since the laptop did)")
            return
        view.editor.conflict_panel.merge_button.click()

    async def merge_save(self) -> None:
        from PySide6.QtGui import QTextCursor

        view = self.window.referater_view
        editor = view.editor
        row = view.model.row_of(self.conflict_group_id) if self.conflict_group_id is not None else None
        state = view.model.state(row) if row is not None else None
        if state is None or state.conflict_text is None:
            return
        # The person keeps the phone's text and adds the laptop's line once (not both whole texts).
        from app.referent.summaries import PHONE

        phone = state.conflict_text if state.conflict_from == PHONE else state.text
        merged = phone.rstrip() + ("" if LAPTOP_ADDITION in phone else "\n" + LAPTOP_ADDITION)
        cursor = editor.text_edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(merged)
        editor.text_edit.setTextCursor(cursor)

        def save() -> bool:
            editor.conflict_panel.save_merge_button.click()
            return not editor.in_conflict

        await self.again_if_busy("save the merge of table 8", save)

    # -- the end of the day -----------------------------------------------------------------------
    def make_kommunegrupper(self) -> None:
        self.window.groups_view.set_kvadrant(4)
        plan = self.session.make_plan(kvadrant=4, seed=1)
        groups = [t for t in plan.tables if t.members]
        self.say(f"{len(groups)} kommunegrupper, each with its veileder")

    async def export(self) -> None:
        from PySide6.QtCore import QTimer

        view = self.window.export_view
        out = self.work / "eksport"
        view.folder_edit.setText(str(out))
        for box in view.format_boxes.values():
            box.setChecked(True)
        done: asyncio.Future[list[Path]] = asyncio.get_running_loop().create_future()

        def finished(paths: list[Path]) -> None:
            if not done.done():
                done.set_result(list(paths))

        view.exported.connect(finished)
        QTimer.singleShot(0, view.export_button.click)  # as the facilitator clicks "Eksporter"
        try:
            self.counts.exported = await asyncio.wait_for(done, timeout=300)
        finally:
            view.exported.disconnect(finished)
        self.say(f"{len(self.counts.exported)} files written to {out}")

    # -- screenshots ------------------------------------------------------------------------------
    def snap_step(self, what: str) -> None:
        if self.shots is None:
            return
        slug = re.sub(r"[^a-z0-9]+", "-", what.lower().replace("→", "next")).strip("-")[:40] or "step"
        self.snap(f"rehearsal-{self.clock.now():%H%M}-{slug}.png")

    def snap(self, name: str) -> None:
        """The main window and, beside it, the projector, in one PNG."""
        from PySide6.QtCore import QCoreApplication, QPoint
        from PySide6.QtGui import QColor, QImage, QPainter

        if self.shots is None or not self.session.is_open:
            return
        QCoreApplication.sendPostedEvents()  # layouts and repaints asked for by the step
        self.controller.refresh()
        self.shots.mkdir(parents=True, exist_ok=True)
        main = self.window.grab()
        parts = [main]
        if self.projector.is_shown:
            parts.append(self.projector.window.grab())
        gap = 16
        width = sum(p.width() for p in parts) + gap * (len(parts) + 1)
        height = max(p.height() for p in parts) + 2 * gap
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("#8a8f98"))
        painter = QPainter(image)
        x = gap
        for part in parts:
            painter.drawPixmap(QPoint(x, gap), part)
            x += part.width() + gap
        painter.end()
        image.save(str(self.shots / name))

    async def snap_every(self, minutes: float) -> None:
        while True:
            await self.clock.sleep(minutes)
            self.snap(f"rehearsal-{self.clock.now():%H%M}.png")

    # -- running it -------------------------------------------------------------------------------
    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        print(f"Kvadrant rehearsal: the Gardermoen 2020 day at {self.speed:g}× (from {hm(at(START))}, simulated)")
        print(f"  working folder: {self.work}")
        self.window.show()
        helpers = [loop.create_task(self.clock.run(self._tick))]
        if self.shots is not None:
            helpers.append(loop.create_task(self.snap_every(10)))
        if self.args.seconds:
            loop.call_later(self.args.seconds, self.stop.set)
        scenario = loop.create_task(self.play())
        stopper = loop.create_task(self.stop.wait())
        await asyncio.wait({scenario, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if not scenario.done():
            self.stopped_early = True
            scenario.cancel()
        try:
            await scenario
        except asyncio.CancelledError:
            pass
        except Exception:  # noqa: BLE001 - reported, then the app is closed cleanly all the same
            self.error("the scenario failed:\n" + traceback.format_exc().strip())
        # The end: phones put away, the server stopped, the window (and with it the file) closed.
        self.closing = True
        for task in [*self.phone_tasks, *helpers, stopper]:
            task.cancel()
        await asyncio.gather(*self.phone_tasks, *helpers, stopper, return_exceptions=True)
        if self.http is not None:
            await self.http.close()
        await self.window.referent_service.stop_async()
        self.window.close()  # closes the projector, waits for the export worker, closes the file
        if self.session.is_open:
            self.error("the conference file is still open")
        print(self.summary())
        return 1 if self.errors else 0

    def _file_closed(self) -> None:
        if not self.closing:  # the person closed the window: the rehearsal stops there
            self.closed_by_person = True
            self.stop.set()

    def summary(self) -> str:
        """What ran, read back from the conference file after it was closed."""
        from app.groups.plans import current_plan
        from app.run.day_runner import DayRunner
        from app.conference_file.storage import ConferenceDb
        from app.referent.summaries import block_for_kvadrant, board

        lines = []
        now = hm(self.clock.now())
        if self.closed_by_person:
            lines.append(f"Stopped: the window was closed, at {now} (simulated).")
        elif self.stopped_early:
            lines.append(f"Stopped after {self.args.seconds:g} s, at {now} (simulated).")
        else:
            lines.append(f"The day is over ({now}, simulated).")
        if not self.path.exists():
            lines.append("summary: blocks_run=0 summaries_delivered=0 phone_saves=0 files_exported=0")
            return "\n".join(lines)
        db = ConferenceDb.open(self.path)
        try:
            timings = [t for t in DayRunner(db, self.clock.fake).timings() if t.actual_start is not None]
            block = block_for_kvadrant(db, 1)
            result = board(db, block.id) if block is not None and current_plan(db, 1) is not None else None
        finally:
            db.close()
        lines.append(f"Blocks run: {len(timings)}")
        for t in timings:
            planned = f"{hm(t.planned_start)}–{hm(t.planned_end)}"
            actual = f"{hm(t.actual_start)}–{hm(t.actual_end) if t.actual_end else '(running)'}"
            lines.append(f"  {actual:<20} {t.block.title}  (planned {planned})")
        if self.counts.moved:
            lines.append("Check-in (who came or went, and who moved where):")
            for moved in self.counts.moved:
                lines.append(f"  {moved}")
        chime = self.controller.chime
        sound = "with sound" if getattr(chime, "available", False) else "no sound on this machine"
        lines.append(f"Speaker rotation in 1. kvadrant: {getattr(chime, 'requests', 0)} chimes ({sound})")
        delivered = 0
        if result is not None:
            delivered = result.delivered
            statuses: dict[str, int] = {}
            for row in result.rows:
                statuses[row.status] = statuses.get(row.status, 0) + 1
            lines.append(
                f"Referater 1. kvadrant: {delivered} of {len(result.rows)} delivered "
                f"({', '.join(f'{n} {s}' for s, n in sorted(statuses.items()))})"
            )
        saves = sum(p.saves for p in self.phones)
        lines.append(
            f"Phones: {len(self.phones)}, summaries saved {saves} times over HTTP; "
            f"caught up after losing the network: {sum(p.caught_up for p in self.phones)}; "
            f"conflicts with the laptop: {sum(p.conflicts for p in self.phones) + self.laptop_conflicts}; "
            f"refused by the server and sent again: {sum(p.refused for p in self.phones)}"
        )
        if self.busy:
            lines.append(
                f"The file was busy {len(self.busy)} time(s) when the laptop wrote while the referent server did "
                f"(tried again): {'; '.join(self.busy)}"
            )
        if self.counts.exported:
            out = self.work / "eksport"
            lines.append(f"Exported {len(self.counts.exported)} files (pdf, docx, xlsx, kommune-pdf) into {out}:")
            folders: dict[Path, int] = {}
            for path in self.counts.exported:
                if path.parent == out:
                    lines.append(f"  {path.name}")
                else:
                    folders[path.parent] = folders.get(path.parent, 0) + 1
            lines.extend(f"  {folder.name}/ ({n} files, one per kommunegruppe)" for folder, n in folders.items())
        lines.append(f"Conference file: {self.path}")
        if self.shots is not None:
            lines.append(f"Screenshots: {self.shots}")
        lines.append(
            f"summary: blocks_run={len(timings)} summaries_delivered={delivered} phone_saves={saves} "
            f"files_exported={len(self.counts.exported)}"
        )
        return "\n".join(lines)


# -- starting -------------------------------------------------------------------------------------
def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Run the Gardermoen 2020 day visibly in the app, on an accelerated clock.")
    parser.add_argument("--speed", type=float, default=60.0, help="simulated seconds per real second (default 60)")
    parser.add_argument("--offscreen", action="store_true", help="no windows on screen (QT_QPA_PLATFORM=offscreen), for CI")
    parser.add_argument("--seconds", type=float, default=0.0, help="stop after this many real seconds")
    parser.add_argument("--keep", metavar="FOLDER", help="write the conference file here instead of a temporary folder")
    parser.add_argument("--screenshots", metavar="FOLDER", help="save PNGs of the main window and the projector here")
    args = parser.parse_args(argv)
    if args.speed <= 0:
        parser.error("--speed must be more than 0")
    if args.seconds < 0:
        parser.error("--seconds must not be negative")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        print("rehearsal: no display to show the app on; use --offscreen", file=sys.stderr)
        return 2

    import qasync
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Kvadrant")
    app.setApplicationName("Kvadrant")
    app.setQuitOnLastWindowClosed(False)  # closing the window stops the rehearsal, which then ends cleanly
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    rehearsal = Rehearsal(args)

    def excepthook(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        rehearsal.error("".join(traceback.format_exception(kind, error, tb)).strip())

    def loop_exception(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            excepthook(type(error), error, error.__traceback__)
        else:
            rehearsal.error(str(context.get("message")))

    sys.excepthook = excepthook
    loop.set_exception_handler(loop_exception)
    if args.offscreen:
        # Nobody can click a dialog offscreen; the scenario never asks one, so one is a failure.
        from app.common.messages import KvadrantError
        from ui.shell.messages import message_text

        busy = message_text(KvadrantError("file_locked", path=str(rehearsal.path)).message)

        def no_dialog(box: QMessageBox) -> int:
            if box.text() != busy:  # a busy file is counted and tried again by the scenario
                rehearsal.error(f"a dialog would have shown: {box.text()} {box.informativeText()}".strip())
            return int(QMessageBox.StandardButton.Ok.value)

        QMessageBox.exec = no_dialog  # type: ignore[method-assign]

    with loop:
        code = loop.run_until_complete(rehearsal.run())
    asyncio.set_event_loop(None)
    return code


if __name__ == "__main__":
    sys.exit(main())

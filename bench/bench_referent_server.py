"""200 simulated phones on loopback saving (100 a second in all by default: each every 2 s) for
60 s, against the referent server running as in the app (its own loop and thread) while Qt's loop
repaints the projector every second.

Run: python bench/bench_referent_server.py [--seconds 60] [--phones 200] [--saves-per-second 100]
[--reads-per-second 0]. The issue's hall: --saves-per-second 200 --reads-per-second 1000.
With --reads-per-second the phones also read their summary (GET) at that rate in all, as open
pages poll. Prints p50/p99 latency of saves and reads, saves lost or out of order (checked in the
file afterwards), the server process's memory, and the projector's repaint delays. Target: p99
under 50 ms.

Two processes: the server process is the app (Qt offscreen + qasync, a projector window, the
server on its thread); the phones run in this process on a plain asyncio loop with aiohttp.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SERVER = r"""
import asyncio, json, os, statistics, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget
import qasync
from app.common.clock import SystemClock, freeze_startup_objects
from app.conference_file.storage import ConferenceDb
from app.groups.plans import current_plan, find_your_table
from app.referent.server import RateLimiter, ReferentServer
from app.referent.server_thread import ServerThread
from app.run.day_runner import DayRunner
from ui.projector.projector_painter import ProjectorPainter, ProjectorScene

# argv: file, port, and a mode: "participants" for the participants' bench (their API, and "Finn ditt
# bord" on the projector instead of the speaker rotation), "evaluation" for the evaluation's (their
# API, and the live results on the projector).
mode = sys.argv[3] if len(sys.argv) > 3 else "referents"
participants = mode in ("participants", "evaluation")
app = QApplication([])
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
db = ConferenceDb.open(sys.argv[1])
clock = SystemClock()
runner = DayRunner(db, clock)
runner.start(next(b.id for b in runner.blocks if b.kvadrant == 1))
if mode == "referents":
    runner.start_rotation()

class Projector(QWidget):  # the projector's own painter, on Qt's loop in the server's process
    painter = ProjectorPainter()
    def paintEvent(self, event):
        view = runner.view()
        # As the app after a check-in: the plan read again on the GUI thread for "Finn ditt bord".
        plan = current_plan(db, 1) if view.shows_find_your_table else None
        seats = tuple(find_your_table(plan)) if plan is not None else ()
        p = QPainter(self)
        self.painter.paint(p, self.width(), self.height(), ProjectorScene(view=view, conference_title="Benchmark", seats=seats))
        p.end()

class ResultsProjector(QWidget):  # the evaluation's live results, read again when the file changed
    def __init__(self):
        from PySide6.QtCore import QRectF
        from app.evaluation.questionnaire import questions
        from app.evaluation.results import results
        from ui.evaluation.results_painter import ResultsPainter, ResultsScene, Showing
        super().__init__()
        self.rect_of, self.read, self.scene = QRectF, results, ResultsScene
        self.painter = ResultsPainter()
        self.shown, self.mark = results(db), db.changes.mark()
        # The heaviest view: the open answers of the last question as cards, scrolling.
        self.showing, self.started = Showing(questions(db)[-1].id), clock.monotonic()
    def paintEvent(self, event):
        if db.changes.changed_since(self.mark):
            self.mark = db.changes.mark()
            self.shown = self.read(db)
        p = QPainter(self)
        self.painter.paint(p, self.rect_of(self.rect()), self.scene(self.shown, self.showing, clock.monotonic() - self.started))
        p.end()

projector = ResultsProjector() if mode == "evaluation" else Projector()
projector.resize(1920, 1080)
projector.show()
delays = []

def repaint():
    now = time.monotonic()
    projector.repaint()
    delays.append(time.monotonic() - now)
    QTimer.singleShot(max(1, int((1.0 - (time.time() % 1.0)) * 1000)), repaint)

async def main():
    # As in the app: the server on a loop in its own thread, the projector on Qt's (qasync).
    # Every simulated phone comes from 127.0.0.1: allow them the connections (and requests: the
    # participant link is limited per client) a room of phones has.
    limiter = RateLimiter(rate=1000, burst=1000) if participants else RateLimiter(rate=20, burst=60)
    core = ReferentServer(db, limiter=limiter, max_connections_per_client=1000, max_connections=2000)
    if participants:
        from app.arrival.api import ParticipantApi
        ParticipantApi(core)  # before the server starts; check-ins in the server's write turn
    server = ServerThread(core)
    server.start("127.0.0.1", int(sys.argv[2]))
    freeze_startup_objects()  # as the app does once started
    repaint()
    print("ready", flush=True)
    await loop.run_in_executor(None, sys.stdin.readline)
    rss = int(next(l for l in open("/proc/self/status") if l.startswith("VmRSS")).split()[1])
    ordered = sorted(delays)
    print(json.dumps({
        "rss_kib": rss,
        "repaints": len(delays),
        "repaint_p50_ms": statistics.median(ordered) * 1000 if ordered else 0,
        "repaint_max_ms": ordered[-1] * 1000 if ordered else 0,
    }), flush=True)
    server.stop()

with loop:
    loop.run_until_complete(main())
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class AppServer:
    """The SERVER script in its own process on ``port`` (``mode``: referents, participants or
    evaluation), ready once started; :meth:`stop` returns its figures (memory, repaints)."""

    def __init__(self, path: Path, port: int, mode: str = "referents") -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(path), str(port), mode],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "ready"

    def stop(self) -> dict:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        figures = json.loads(self.process.stdout.readline())
        self.process.wait(timeout=30)
        return dict(figures)


def build(folder: Path, phones: int) -> Path:
    from app.groups.plans import make_plan
    from app.roster.importer import import_roster
    from app.conference_file.templates import create_conference

    roster = folder / "roster.csv"
    roster.write_text(
        "Navn;Kommune;Rolle\n" + "\n".join(f"Person {k};Kommune {k // 2};Ressurslærer" for k in range(2 * phones)),
        encoding="utf-8",
    )
    path = folder / "bench.kvadrant"
    db = create_conference(path, template="gardermoen-2020")
    import_roster(db, roster)
    make_plan(db, kvadrant=1, tables=phones, seed=1)
    db.close()
    return path


async def phone(session, url: str, seconds: float, every: float, offset: float, latencies: list, results: dict, group: int) -> None:
    text, version, sent = "", 0, 0
    await asyncio.sleep(offset)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        text += f" ord{sent}"
        started = time.perf_counter()
        async with session.put(url, json={"text": text, "base_version": version}) as response:
            body = await response.json()
        latencies.append(time.perf_counter() - started)
        if response.status != 200:
            results.setdefault("errors", []).append(response.status)
            break
        version = body["version"]
        sent += 1
        await asyncio.sleep(max(0.0, every - (time.perf_counter() - started)))
    results[group] = {"text": text, "version": version, "sent": sent}


async def reader(session, url: str, seconds: float, every: float, offset: float, latencies: list, results: dict) -> None:
    """An open page polling its summary every ``every`` seconds."""
    await asyncio.sleep(offset)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        started = time.perf_counter()
        async with session.get(url) as response:
            await response.read()
        latencies.append(time.perf_counter() - started)
        if response.status != 200:
            results.setdefault("read_errors", []).append(response.status)
        await asyncio.sleep(max(0.0, every - (time.perf_counter() - started)))


async def phones_main(
    urls: dict[int, str], seconds: float, saves_per_second: float, reads_per_second: float
) -> tuple[list[float], list[float], dict]:
    import aiohttp

    latencies: list[float] = []
    reads: list[float] = []
    results: dict = {}
    every = len(urls) / reads_per_second if reads_per_second > 0 else 0.0
    save_every = len(urls) / saves_per_second
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        # Every phone opens its page first (as the referents do over the minutes before the block);
        # the load of all 200 at once is timed apart from the steady state.
        started = time.perf_counter()
        for url in urls.values():
            async with session.get(url) as response:
                await response.read()
        results["first_open_s"] = time.perf_counter() - started
        await asyncio.gather(
            *(
                phone(session, url, seconds, save_every, save_every * k / len(urls), latencies, results, group)
                for k, (group, url) in enumerate(urls.items())
            ),
            *(
                reader(session, url, seconds, every, every * k / len(urls), reads, results)
                for k, url in enumerate(urls.values())
                if every
            ),
        )
    return latencies, reads, results


def check_saves(db, links: dict, results: dict) -> tuple[int, int]:
    """(lost, out of order): each phone's last acknowledged text and its count of saves, in the file."""
    from app.referent.summaries import get_summary

    lost = out_of_order = 0
    for group, link in links.items():
        stored = get_summary(db, link.block_id, link.group_id)
        mine = results.get(group)
        if mine is None or stored.text != mine["text"]:
            lost += 1
        if mine is not None and stored.version != mine["sent"]:
            out_of_order += 1
    return lost, out_of_order


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--phones", type=int, default=200)
    parser.add_argument("--saves-per-second", type=float, default=100.0)
    parser.add_argument("--reads-per-second", type=float, default=0.0)
    args = parser.parse_args()

    from app.referent.links import base_url, ensure_links
    from app.conference_file.storage import ConferenceDb

    with tempfile.TemporaryDirectory() as tmp:
        path = build(Path(tmp), args.phones)
        port = free_port()
        db = ConferenceDb.open(path)
        links = {link.group: link for link in ensure_links(db) if link.kvadrant == 1}
        db.close()
        server = AppServer(path, port)
        base = base_url("127.0.0.1", port)
        urls = {group: link.url(base).replace("/r/", "/api/r/") for group, link in links.items()}
        latencies, reads, results = asyncio.run(phones_main(urls, args.seconds, args.saves_per_second, args.reads_per_second))
        stats = server.stop()

        db = ConferenceDb.open(path)
        lost, out_of_order = check_saves(db, links, results)
        db.close()

    latencies.sort()
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000
    print(
        f"{args.phones} phones saving {args.saves_per_second:.0f}/s in all for {args.seconds:.0f} s: "
        f"{len(latencies)} saves ({len(latencies) / args.seconds:.0f}/s)"
    )
    print(f"save latency: p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {latencies[-1] * 1000:.1f} ms (target p99 < 50 ms)")
    print(f"errors: {len(results.get('errors', []))}; lost saves: {lost}; out of order: {out_of_order} (checked in the file)")
    if reads:
        reads.sort()
        print(
            f"reads: {len(reads) / args.seconds:.0f}/s of {args.reads_per_second:.0f}/s asked; p50 "
            f"{statistics.median(reads) * 1000:.1f} ms, p99 {reads[int(len(reads) * 0.99) - 1] * 1000:.1f} ms; "
            f"errors {len(results.get('read_errors', []))}"
        )
    print(f"first open of all {len(urls)} pages, one after another: {results['first_open_s'] * 1000:.0f} ms")
    print(f"server process memory (RSS): {stats['rss_kib'] / 1024:.0f} MiB")
    print(f"projector repaints meanwhile (Qt loop of the same process): {stats['repaints']}, slowest {stats['repaint_max_ms']:.1f} ms")


if __name__ == "__main__":
    main()

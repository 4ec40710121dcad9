"""Kill drill at room scale: 50 phones saving over HTTP while the server process is SIGKILLed at
40 random moments. Target: 0 acknowledged saves lost, the file's integrity check "ok" after every
kill, and 0 conflicts (409).

Run: python bench/bench_kill_drill.py [--kills 40] [--phones 50] [--min-alive 0.5] [--max-alive 2.0]
                                      [--every 0] [--seed 2020]

Each round starts the referent server in a process of its own, as the app runs it (the server on a
loop in its own thread, ServerThread), with limits generous enough for a room of phones that all
come from 127.0.0.1. Once it answers, the phones (asyncio + aiohttp in this process) each keep
appending a piece ("æ", " <&> ", "🎻", " ord", ...) to their group's text and PUT it with the
version they last got back, as fast as answers come (or every --every seconds). A save counts as
acknowledged only when it came back 200 with its new version: that is what the referent was shown
as saved. After a random --min-alive..--max-alive seconds the server is SIGKILLed mid-stream;
connection errors after the kill are expected and are not failures.

After each kill: PRAGMA integrity_check must say "ok"; then, in the file, for every phone's last
acknowledged save (this round or an earlier one) the stored version must be at least the
acknowledged one, the same version must hold the identical text, and a later version must still
start with the acknowledged text (each phone only ever appends to its own group's text). The
phones then start the next round from what the file holds, so a save whose answer the kill cut
off never turns into a conflict, and the texts keep growing across the kills.

Prints: kills, acknowledged saves, checks made, lost (must be 0), integrity failures, 409s, other
errors, and the time it took.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The same conference file as the server benchmark: N tables in 1. kvadrant.
from bench.bench_referent_server import build

PIECES = ["æ", "ø", "å", " <&> ", "🎻", " ord", " \"sitat\"", "\n"]

SERVER = r"""
import sys
from app.referent.server import RateLimiter, ReferentServer
from app.referent.server_thread import ServerThread
from app.conference_file.storage import ConferenceDb

db = ConferenceDb.open(sys.argv[1])
# As in the app: the server on a loop in its own thread. Every simulated phone comes from
# 127.0.0.1 and saves as fast as answers come: allow them that.
server = ServerThread(ReferentServer(
    db,
    limiter=RateLimiter(rate=1000, burst=1000),
    max_connections_per_client=1000,
    max_connections=2000,
))
server.start("127.0.0.1", int(sys.argv[2]))
print("ready", flush=True)
sys.stdin.readline()  # never comes: the drill ends this process with SIGKILL
"""


@dataclass
class Phone:
    group: int
    token: str
    block_id: int
    group_id: int
    text: str = ""  # what it edits from: the last text the server took (or the file holds)
    version: int = 0
    acked: tuple[int, str] | None = None  # (version, text) of the last save that came back 200


@dataclass
class Counts:
    acknowledged: int = 0
    conflicts: int = 0  # 409
    other_status: dict[int, int] = field(default_factory=dict)
    errors_before_kill: int = 0
    errors_after_kill: int = 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _phone(session, url: str, phone: Phone, rng: random.Random, every: float, killed: asyncio.Event, counts: Counts) -> None:
    import aiohttp

    while not killed.is_set():
        started = time.monotonic()
        text = phone.text + rng.choice(PIECES)
        try:
            async with session.put(url, json={"text": text, "base_version": phone.version}) as response:
                body = await response.json()
                status = response.status
        except (TimeoutError, aiohttp.ClientError, ConnectionError, ValueError):
            if killed.is_set():
                counts.errors_after_kill += 1  # expected: the server is gone
                return
            counts.errors_before_kill += 1
            await asyncio.sleep(0.05)
            continue
        if status == 200:
            phone.text, phone.version = text, body["version"]
            phone.acked = (phone.version, phone.text)
            counts.acknowledged += 1
        elif status == 409:
            counts.conflicts += 1
            phone.text, phone.version = body["text"], body["version"]  # go on from what the server holds
        else:
            counts.other_status[status] = counts.other_status.get(status, 0) + 1
            await asyncio.sleep(0.05)
        if every > 0:
            await asyncio.sleep(max(0.0, every - (time.monotonic() - started)))


async def _wait_until_it_answers(session, url: str, seconds: float = 20.0) -> None:
    import aiohttp

    deadline = time.monotonic() + seconds
    while True:
        try:
            async with session.get(url) as response:
                await response.read()
                if response.status == 200:
                    return
        except (aiohttp.ClientError, ConnectionError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not answer")
        await asyncio.sleep(0.05)


async def _round(path: Path, phones: list[Phone], alive: float, every: float, rng: random.Random, counts: Counts, log) -> float:
    """One server life: start it, let the phones save, SIGKILL it after ``alive`` seconds.
    Returns the seconds the phones were saving."""
    import aiohttp

    port = _free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", SERVER, str(path), str(port),
        cwd=ROOT,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=log,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    killed = asyncio.Event()

    def kill() -> None:
        # Only once: Popen.send_signal polls first, and a poll of the dead child would reap it
        # under asyncio's own child watcher.
        if not killed.is_set():
            killed.set()
            process.send_signal(signal.SIGKILL)

    try:
        line = await asyncio.wait_for(process.stdout.readline(), 30)
        if line.strip() != b"ready":
            raise RuntimeError(f"the server did not start (said {line!r}); see its log")
        base = f"http://127.0.0.1:{port}/api/r/"
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=timeout) as session:
            await _wait_until_it_answers(session, base + phones[0].token)
            started = time.monotonic()
            asyncio.get_running_loop().call_later(alive, kill)
            await asyncio.gather(*(_phone(session, base + p.token, p, rng, every, killed, counts) for p in phones))
            saving = time.monotonic() - started
    finally:
        kill()
        await process.wait()
    return saving


def _check(path: Path, phones: list[Phone], tally: dict) -> None:
    """After a kill: the file is whole, and every phone's last acknowledged save is in it.
    Then every phone goes on from what the file holds."""
    from app.conference_file.storage import ConferenceDb
    from app.referent.summaries import get_summary

    connection = sqlite3.connect(path)
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()
    if verdict != "ok":
        tally["integrity_failures"] += 1
        tally["evidence"].append(f"integrity_check: {verdict}")
    db = ConferenceDb.open(path)
    try:
        for phone in phones:
            state = get_summary(db, phone.block_id, phone.group_id)
            if phone.acked is not None:
                version, text = phone.acked
                tally["checks"] += 1
                if state.version < version:
                    bad = f"older version {state.version} < acknowledged {version}"
                elif state.version == version and state.text != text:
                    bad = f"version {version} holds another text"
                elif not state.text.startswith(text):
                    bad = f"version {state.version} does not start with the text acknowledged as {version}"
                else:
                    bad = None
                    if state.version > version:
                        tally["landed_unacknowledged"] += 1  # saved, but the kill cut its answer off
                if bad:
                    tally["lost"] += 1
                    tally["evidence"].append(f"group {phone.group}: {bad} (stored {state.text[-40:]!r}, acknowledged {text[-40:]!r})")
            phone.text, phone.version = state.text, state.version
    finally:
        db.close()


async def drill(args: argparse.Namespace, folder: Path, log) -> None:
    from app.conference_file.storage import ConferenceDb
    from app.referent.links import ensure_links

    rng = random.Random(args.seed)
    counts = Counts()
    tally = {"checks": 0, "lost": 0, "integrity_failures": 0, "landed_unacknowledged": 0, "evidence": []}
    saving = 0.0
    started = time.monotonic()
    path = build(folder, args.phones)
    db = ConferenceDb.open(path)
    links = sorted((l for l in ensure_links(db) if l.kvadrant == 1), key=lambda l: l.group)
    db.close()
    if len(links) < args.phones:
        raise SystemExit(f"only {len(links)} links in 1. kvadrant, {args.phones} asked")
    phones = [Phone(l.group, l.token, l.block_id, l.group_id) for l in links[: args.phones]]
    built = time.monotonic() - started
    for _ in range(args.kills):
        alive = rng.uniform(args.min_alive, args.max_alive)
        saving += await _round(path, phones, alive, args.every, rng, counts, log)
        _check(path, phones, tally)
    final_lengths = [len(p.text) for p in phones]
    took = time.monotonic() - started

    print(f"{args.phones} phones saving over HTTP, server SIGKILLed at {args.kills} random moments "
          f"({args.min_alive:g}-{args.max_alive:g} s after it answered)")
    print(f"kills: {args.kills}")
    print(f"acknowledged saves: {counts.acknowledged} ({counts.acknowledged / saving:.0f}/s while the server was up)")
    print(f"checks made (a phone's last acknowledged save, after a kill): {tally['checks']}")
    print(f"lost: {tally['lost']} (target 0)")
    print(f"integrity failures: {tally['integrity_failures']} (target 0)")
    print(f"409s: {counts.conflicts} (target 0)")
    others = ", ".join(f"{n}x {s}" for s, n in sorted(counts.other_status.items())) or "none"
    print(f"other answers: {others}; connection errors before a kill: {counts.errors_before_kill}, "
          f"after (expected): {counts.errors_after_kill}")
    print(f"saves that landed but whose answer the kill cut off: {tally['landed_unacknowledged']}")
    print(f"texts at the end: {min(final_lengths)}-{max(final_lengths)} characters")
    print(f"time: {took:.1f} s (building the file {built:.1f} s, phones saving {saving:.1f} s)")
    for line in tally["evidence"][:20]:
        print(f"  {line}")
    failed = tally["lost"] or tally["integrity_failures"] or counts.conflicts
    if failed or counts.other_status or counts.errors_before_kill:
        _print_log(log)
    if failed:
        raise SystemExit(1)


def _print_log(log) -> None:
    log.flush()
    log.seek(0)
    lines = log.read().decode("utf-8", "replace").strip().splitlines()
    if lines:
        print("server log (last lines):")
        for line in lines[-20:]:
            print(f"  {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--phones", type=int, default=50)
    parser.add_argument("--min-alive", type=float, default=0.5, help="shortest server life after it answered (s)")
    parser.add_argument("--max-alive", type=float, default=2.0, help="longest server life after it answered (s)")
    parser.add_argument("--every", type=float, default=0.0, help="seconds between a phone's saves (0: as fast as answers come)")
    parser.add_argument("--seed", type=int, default=2020)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, open(Path(tmp) / "server.log", "w+b") as log:
        try:
            asyncio.run(drill(args, Path(tmp), log))
        except RuntimeError:
            _print_log(log)  # the server did not start or did not answer: say why
            raise


if __name__ == "__main__":
    main()

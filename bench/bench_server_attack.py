"""The attack drill "slow connections at the open-files limit": 300 slow-header sockets plus 50 slow
bodies against the referent server, with its open-files limit at 256 (macOS's default), while 50
honest phones open their page and save every 2 s.

Run: python bench/bench_server_attack.py [--seconds 30] [--phones 50] [--slow-headers 300] [--slow-bodies 50]
Prints what became of the attack sockets (refused at once past the connection caps, closed by the
header or body timeout, answered, still open at the end: as seen from the client side, and the
server's own count of admitted and refused connections), the honest saves done and failed, p50/p99/max
save latency, saves lost (checked in the file afterwards) and the server's open files at the end
against its limit. Target: every honest phone still saves, 0 lost, p99 under 200 ms.

Two processes: the server process sets its open-files limit (soft and hard) to 256 before anything
else and runs the server as in the app (its own loop and thread, :class:`ServerThread`), with a
per-link limiter generous enough for the phones. The attackers (all from 127.0.0.1) and the phones
(each from its own loopback address, 127.0.0.2 and on: on Linux all of 127/8 is loopback) run in
this process on one asyncio loop. Linux only (/proc, 127/8).
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_referent_server import build  # noqa: E402 - a file with one table per phone

OPEN_FILES = 256
ATTACKER = "127.0.0.1"
CLIENT_TIMEOUT = 5.0  # an honest request without an answer by then is a failure
AT_ONCE = 0.5  # a connection closed this soon after it opened, without an answer, was refused by a cap

SERVER = r"""
import resource
resource.setrlimit(resource.RLIMIT_NOFILE, (%(limit)d, %(limit)d if %(hard_too)r else resource.getrlimit(resource.RLIMIT_NOFILE)[1]))  # before anything else
import collections, json, logging, os, sys, threading, time
from app.conference_file.storage import ConferenceDb
from app.referent.server import RateLimiter, ReferentServer
from app.referent.server_thread import ServerThread

counts = collections.Counter()

class Count(logging.Handler):  # what the server logged, by kind (never printed line by line)
    def emit(self, record):
        message = record.getMessage()
        if record.name == "asyncio":
            counts["asyncio: " + message.split("\n")[0][:60]] += 1
        elif ": " in message:
            head, why = message.rsplit(": ", 1)
            counts[head.split(" from ")[0] + ": " + why] += 1
        else:
            counts[message[:60]] += 1

for name in ("kvadrant.server", "asyncio"):
    logger = logging.getLogger(name)
    logger.setLevel(logging.INFO)
    logger.addHandler(Count())
    logger.propagate = False

def open_fds():
    return len(os.listdir("/proc/self/fd"))

db = ConferenceDb.open(sys.argv[1])
referent = ReferentServer(db, limiter=RateLimiter(rate=20, burst=60))
guard = referent.guard
admitted = collections.Counter()
refused = collections.Counter()
plain_admit = guard.admit

def admit(key):  # counted for the report only; the guard decides as always
    ok = plain_admit(key)
    (admitted if ok else refused)["attacker" if key == %(attacker)r else "phones"] += 1
    return ok

guard.admit = admit
peak = {"fds": 0, "connections": 0}
done = threading.Event()

def sample():
    while not done.wait(0.1):
        peak["fds"] = max(peak["fds"], open_fds())
        peak["connections"] = max(peak["connections"], guard.count)

fds_before = open_fds()
server = ServerThread(referent)
server.start("127.0.0.1", int(sys.argv[2]))
threading.Thread(target=sample, daemon=True).start()
print("ready", flush=True)
sys.stdin.readline()
done.set()
rss = int(next(l for l in open("/proc/self/status") if l.startswith("VmRSS")).split()[1])
print(json.dumps({
    "rss_kib": rss, "fds_before": fds_before, "fds_end": open_fds(), "fds_peak": peak["fds"],
    "limit": resource.getrlimit(resource.RLIMIT_NOFILE), "guard_total": guard.total, "guard_per_client": guard.per_client,
    "connections_end": guard.count, "connections_peak": peak["connections"],
    "admitted": admitted, "refused": refused, "log": counts,
}), flush=True)
server.stop()
"""


# -- the attackers ------------------------------------------------------------------------------
class Attack:
    """What became of one kind of attack socket, as seen from the client side."""

    def __init__(self) -> None:
        self.opened = 0
        self.connect_failed = collections.Counter()
        self.at_once: list[float] = []  # closed without an answer within AT_ONCE of opening
        self.silent: list[float] = []  # closed later without an answer: lifetimes
        self.answered: dict[str, list[float]] = collections.defaultdict(list)  # status: time to the answer
        self.answered_closed: list[float] = []  # lifetimes of those the server closed after answering
        self.open_at_end = 0
        self.connects: list[float] = []  # how long each connect took (over 1 s: a SYN dropped, the accept queue full)

    def closed_by_server(self) -> int:
        return len(self.at_once) + len(self.silent) + len(self.answered_closed)


async def attacker(host: str, port: int, first: bytes, dribble: bytes, per_tick: int, end: float, stats: Attack, pause: float) -> None:
    """One attack socket, reconnecting when closed: sends ``first`` at once, then ``per_tick``
    bytes of ``dribble`` (cycled) a second; reads whatever the server answers."""
    k = 0
    while time.monotonic() < end:
        connecting = time.monotonic()
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), CLIENT_TIMEOUT)
        except (TimeoutError, OSError) as error:
            stats.connect_failed[type(error).__name__] += 1
            await asyncio.sleep(pause)
            continue
        opened = time.monotonic()
        stats.connects.append(opened - connecting)
        stats.opened += 1
        status: str | None = None
        answered_at = 0.0
        sending = True
        outcome = "open"
        try:
            writer.write(first)
            while True:
                left = end - time.monotonic()
                if left <= 0:
                    break
                try:
                    data = await asyncio.wait_for(reader.read(65536), min(1.0, left))
                except TimeoutError:
                    if sending:
                        writer.write(bytes(dribble[(k + j) % len(dribble)] for j in range(per_tick)))
                        k += per_tick
                        await writer.drain()
                    continue
                if not data:
                    outcome = "closed"
                    break
                if status is None:
                    line = data.split(b"\r\n", 1)[0].split()
                    status = line[1].decode("ascii", "replace") if len(line) > 1 else "?"
                    answered_at = time.monotonic() - opened
                    sending = False
        except (ConnectionError, OSError):
            outcome = "closed"
        finally:
            writer.close()
        lifetime = time.monotonic() - opened
        if outcome == "open":
            stats.open_at_end += 1
            if status is not None:
                stats.answered[status].append(answered_at)
            return
        if status is not None:
            stats.answered[status].append(answered_at)
            stats.answered_closed.append(lifetime)
        elif lifetime < AT_ONCE:
            stats.at_once.append(lifetime)
        else:
            stats.silent.append(lifetime)
        await asyncio.sleep(pause)


# -- the honest phones --------------------------------------------------------------------------
async def phone(k: int, url: str, seconds: float, offset: float, latencies: list, failures: collections.Counter, results: dict, group: int) -> None:
    """One phone from 127.0.0.(k+2): opens its page data once (retrying), then saves its growing text every 2 s."""
    import aiohttp

    connector = aiohttp.TCPConnector(local_addr=(f"127.0.0.{k + 2}", 0), limit=1)
    timeout = aiohttp.ClientTimeout(total=CLIENT_TIMEOUT)
    mine = results[group] = {"acked": "", "version": 0, "sent": 0, "saves": 0, "unacked": None, "opened": False}
    trace = aiohttp.TraceConfig()  # how long each new connection took to open

    async def connecting(session, context, params) -> None:
        context.started = time.perf_counter()

    async def connected(session, context, params) -> None:
        results.setdefault("connects", []).append(time.perf_counter() - context.started)

    trace.on_connection_create_start.append(connecting)
    trace.on_connection_create_end.append(connected)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout, trace_configs=[trace]) as session:
        await asyncio.sleep(offset)
        end = time.monotonic() + seconds
        while not mine["opened"] and time.monotonic() < end:
            started = time.perf_counter()
            try:
                async with session.get(url) as response:
                    body = await response.json(content_type=None)
                if response.status == 200:
                    mine["opened"] = True
                    mine["acked"], mine["version"] = body["text"], body["version"]
                    results.setdefault("opens", []).append(time.perf_counter() - started)
                    break
                failures[f"open: HTTP {response.status}"] += 1
            except Exception as error:  # noqa: BLE001 - every failure is counted, by kind
                failures[f"open: {type(error).__name__}"] += 1
            await asyncio.sleep(max(0.0, 2.0 - (time.perf_counter() - started)))
        text = mine["acked"]
        while mine["opened"] and time.monotonic() < end:
            text += f" ord{mine['sent']}"
            mine["sent"] += 1
            started = time.perf_counter()
            try:
                async with session.put(url, json={"text": text, "base_version": mine["version"]}) as response:
                    body = await response.json(content_type=None)
                elapsed = time.perf_counter() - started
                if response.status == 200:
                    latencies.append(elapsed)
                    mine["acked"], mine["version"], mine["unacked"] = text, body["version"], None
                    mine["saves"] += 1
                elif response.status == 409 and body.get("text") == mine["unacked"]:
                    # an earlier save landed without its answer reaching us: go on from it
                    failures["save: HTTP 409 after an unanswered save"] += 1
                    mine["version"] = body["version"]
                    mine["unacked"] = text
                else:
                    failures[f"save: HTTP {response.status}"] += 1
                    mine["unacked"] = text
            except Exception as error:  # noqa: BLE001
                failures[f"save: {type(error).__name__}"] += 1
                mine["unacked"] = text
            await asyncio.sleep(max(0.0, 2.0 - (time.perf_counter() - started)))


async def drill(args: argparse.Namespace, port: int, urls: dict[int, str], attack_tokens: list[str]) -> tuple:
    headers, bodies = Attack(), Attack()
    latencies: list[float] = []
    failures: collections.Counter = collections.Counter()
    results: dict = {}
    ramp = 3.0  # the attack takes its seats before the phones come
    end = time.monotonic() + ramp + args.seconds + 2.0
    tasks = []
    for k in range(args.slow_headers):
        tasks.append(attacker(ATTACKER, port, b"GET /api/r/", b"abcdefghijklmnopqrstuvwxyz0123456789", 1, end, headers, args.reconnect_delay))
    for k in range(args.slow_bodies):
        token = attack_tokens[k % len(attack_tokens)] if k % 2 == 0 else f"no-such-link-{k:04d}"
        head = (
            f"PUT /api/r/{token} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: 100000\r\n\r\n"
        ).encode()
        tasks.append(attacker(ATTACKER, port, head + b'{"text": "', b"slow ", 3, end, bodies, args.reconnect_delay))
    attack = [asyncio.ensure_future(t) for t in tasks]
    await asyncio.sleep(ramp)
    started = time.monotonic()
    await asyncio.gather(
        *(
            phone(k, url, args.seconds, 2.0 * k / len(urls), latencies, failures, results, group)
            for k, (group, url) in enumerate(urls.items())
        )
    )
    honest_s = time.monotonic() - started
    await asyncio.gather(*attack)
    return headers, bodies, latencies, failures, results, honest_s


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[max(0, min(len(values) - 1, int(len(values) * q + 0.5) - 1))]


def describe(name: str, stats: Attack) -> list[str]:
    def span(values: list[float]) -> str:
        return f"{statistics.median(values):.1f} s (min {min(values):.1f}, max {max(values):.1f})" if values else "-"

    lines = [f"{name}: {stats.opened} opened, {stats.closed_by_server()} closed by the server, {stats.open_at_end} still open at the end"]
    lines.append(f"  refused at once (closed < {AT_ONCE:.1f} s after opening, no answer: the connection caps): {len(stats.at_once)}")
    lines.append(f"  closed later without an answer (the header watchdog): {len(stats.silent)}, after {span(stats.silent)}")
    for status, times in sorted(stats.answered.items()):
        lines.append(f"  answered HTTP {status}: {len(times)}, after {span(times)}")
    if stats.answered_closed:
        lines.append(f"    of those closed by the server afterwards: {len(stats.answered_closed)}, connection lived {span(stats.answered_closed)}")
    slow = sum(1 for c in stats.connects if c >= 1.0)
    if stats.connects:
        lines.append(f"  connect time: p50 {statistics.median(stats.connects) * 1000:.1f} ms, max {max(stats.connects) * 1000:.0f} ms; {slow} took over 1 s (SYN retried)")
    if stats.connect_failed:
        lines.append(f"  connects that failed: {dict(stats.connect_failed)}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--phones", type=int, default=50)
    parser.add_argument("--slow-headers", type=int, default=300)
    parser.add_argument("--slow-bodies", type=int, default=50)
    parser.add_argument("--open-files", type=int, default=OPEN_FILES, help="the server process's open-files limit (soft and hard)")
    parser.add_argument("--soft-only", action="store_true", help="set only the soft limit (the server may then raise it, as it can on macOS)")
    parser.add_argument("--reconnect-delay", type=float, default=1.0, help="an attacker's pause before it reconnects")
    args = parser.parse_args()
    if not 1 <= args.phones <= 250:
        parser.error("--phones: 1 to 250 (one loopback address each, 127.0.0.2 and on)")

    # This process holds every attack socket and every phone's: as many files as the hard limit allows.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    needed = args.slow_headers + args.slow_bodies + args.phones + 100
    if hard == resource.RLIM_INFINITY or hard > soft:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard if hard != resource.RLIM_INFINITY else max(soft, 65536), hard))
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    if soft != resource.RLIM_INFINITY and soft < needed:
        sys.exit(f"this process may open {soft} files, the drill needs about {needed}")

    from app.conference_file.storage import ConferenceDb
    from app.referent.links import base_url, ensure_links
    from app.referent.summaries import get_summary

    spare = 5  # groups whose links the slow-body attackers hold (scanned from a table card)
    with tempfile.TemporaryDirectory() as tmp:
        path = build(Path(tmp), args.phones + spare)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        db = ConferenceDb.open(path)
        every = sorted((link for link in ensure_links(db) if link.kvadrant == 1), key=lambda link: link.group)
        db.close()
        links = {link.group: link for link in every[: args.phones]}
        attack_tokens = [link.token for link in every[args.phones :]]
        server = subprocess.Popen(
            [sys.executable, "-c", SERVER % {"limit": args.open_files, "hard_too": not args.soft_only, "attacker": ATTACKER}, str(path), str(port)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert server.stdout.readline().strip() == "ready"
        base = base_url("127.0.0.1", port)
        urls = {group: link.url(base).replace("/r/", "/api/r/") for group, link in links.items()}
        headers, bodies, latencies, failures, results, honest_s = asyncio.run(drill(args, port, urls, attack_tokens))
        server.stdin.write("\n")
        server.stdin.flush()
        stats = json.loads(server.stdout.readline())
        server.wait(timeout=30)

        db = ConferenceDb.open(path)
        lost = never_opened = never_saved = 0
        for group, link in links.items():
            stored = get_summary(db, link.block_id, link.group_id).text
            mine = results[group]
            never_opened += not mine["opened"]
            never_saved += mine["saves"] == 0
            # texts only grow: what the phone was told is stored must be in the file (or a later save of its)
            if not (stored == mine["acked"] or (mine["unacked"] is not None and stored == mine["unacked"] and stored.startswith(mine["acked"]))):
                lost += 1
        db.close()

    print(
        f"open-files limit of the server process: set to {args.open_files} ({'soft only' if args.soft_only else 'soft and hard'}), "
        f"{stats['limit'][0]} once listening (hard {stats['limit'][1]}); its connection caps: "
        f"{stats['guard_total']} in all, {stats['guard_per_client']} per address"
    )
    print(f"attack from {ATTACKER}, for {args.seconds + 5:.0f} s (3 s before the phones, 2 s after), reconnecting {args.reconnect_delay:.1f} s after a close:")
    for line in describe(f"{args.slow_headers} slow-header sockets (b'GET /api/r/', then a byte a second)", headers):
        print("  " + line)
    for line in describe(f"{args.slow_bodies} slow-body sockets (PUT, Content-Length 100000, 3 bytes a second; half with a valid link)", bodies):
        print("  " + line)
    print(
        f"server's own count: attacker connections admitted {stats['admitted'].get('attacker', 0)}, refused "
        f"{stats['refused'].get('attacker', 0)}; phones' admitted {stats['admitted'].get('phones', 0)}, refused {stats['refused'].get('phones', 0)}"
    )
    print(f"{args.phones} honest phones (127.0.0.2-127.0.0.{args.phones + 1}), a save every 2 s each for {args.seconds:.0f} s ({honest_s:.0f} s with the first open):")
    opens = results.get("opens", [])
    print(f"  page data opened: {len(opens)} of {args.phones}" + (f", slowest {max(opens) * 1000:.0f} ms" if opens else ""))
    connects = results.get("connects", [])
    if connects:
        print(
            f"  connections opened: {len(connects)}; connect time p50 {statistics.median(connects) * 1000:.1f} ms, "
            f"max {max(connects) * 1000:.0f} ms; {sum(1 for c in connects if c >= 1.0)} took over 1 s"
        )
    attempts = sum(r["sent"] for g, r in results.items() if isinstance(g, int))
    print(f"  saves done: {len(latencies)} of {attempts} tried; failures: {sum(failures.values())}" + (f" {dict(failures)}" if failures else ""))
    print(f"  phones that never opened their page: {never_opened}; that never saved: {never_saved}")
    if latencies:
        print(
            f"  save latency: p50 {statistics.median(latencies) * 1000:.1f} ms, p99 {pct(latencies, 0.99) * 1000:.1f} ms, "
            f"max {max(latencies) * 1000:.1f} ms (target p99 < 200 ms; failures not included)"
        )
    else:
        print("  save latency: no save was answered")
    print(f"  lost saves: {lost} (checked in the file)")
    print(
        f"server open files: {stats['fds_before']} before listening, {stats['fds_peak']} at the most, {stats['fds_end']} at the end "
        f"(limit {stats['limit'][0]}); connections held: {stats['connections_peak']} at the most, {stats['connections_end']} at the end"
    )
    print(f"server process memory (RSS): {stats['rss_kib'] / 1024:.0f} MiB")
    if stats["log"]:
        print("server log, by kind: " + "; ".join(f"{kind} x{n}" for kind, n in sorted(stats["log"].items(), key=lambda kv: -kv[1])))
    ok = not failures and lost == 0 and latencies and pct(latencies, 0.99) < 0.2 and never_saved == 0
    print("drill: " + ("passed" if ok else "FAILED"))


if __name__ == "__main__":
    main()

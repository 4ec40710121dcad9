"""150 participants' phones search for their name, pick themselves and check in over 2 minutes,
while 17 referents save every 2 s and the projector repaints every second in the same process.

Run: python bench/bench_participants.py [--seconds 120] [--phones 150] [--referents 17].
A quick run: --seconds 30. Prints p50/p99/max latency of each kind of request (search, card,
check-in, referent save), the errors, the check-ins found in the file afterwards, referent saves
lost, the server process's memory and the projector's slowest repaint. Target: p99 under 50 ms.

The conference: ``phones + 20`` people with Norwegian names (æ, ø, å) from different
municipalities; the 1. kvadrant plan of ``referents`` tables is made while the arriving ``phones``
are still absent, and is in use (its block runs), so every check-in goes through the late-arrival
repair (the slow path: a seat under the rules, at most one other person moved). A person who was
seated before being marked absent would only have their flag flipped.

Each phone arrives at a random moment in the first ``seconds`` (seeded, so bursts happen), types
the first three letters of its name as three searches 300 ms apart (a debounced search box),
picks itself by id from the hits (else searches its full name), opens its card, checks in, then
refreshes its card every 20 s until the end. Each referent saves a growing text every 2 s
(``phone`` of bench_referent_server.py).

Two processes as in bench_referent_server.py: the server process is the app (Qt offscreen +
qasync, a projector window showing "Finn ditt bord", the server on its own loop and thread with
the participant API); the phones run here on a plain asyncio loop with aiohttp. All phones come
from 127.0.0.1, so the server is given room for that many connections from one address and a
per-client limit of 1000 requests a second (on a real venue each phone has its own address).
"""
from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_referent_server import AppServer, check_saves, free_port, phone as referent_phone

KINDS = ("search", "card", "checkin", "referent save")
REFRESH_EVERY = 20.0
TYPING_PAUSE = 0.3
PRESENT_AT_START = 20

FIRST_NAMES = (
    "Åse", "Åsmund", "Ærlend", "Øystein", "Øyvind", "Ørjan", "Ingrid", "Kari", "Kåre", "Bjørn",
    "Sølvi", "Tor", "Torbjørn", "Tone", "Siri", "Sigrid", "Solveig", "Astrid", "Håkon", "Hanne",
    "Marit", "Mari", "Maria", "Martin", "Magnus", "Jørgen", "Jon", "Jonas", "Johanne", "Anne",
    "Anne Grete", "Ann-Kristin", "Kristin", "Knut", "Lars", "Liv", "Nils", "Ola", "Per", "Pål",
    "Ragnhild", "Rune", "Stian", "Synnøve", "Terje", "Trond", "Vegard", "Gunnhild", "Geir", "Eli",
)
LAST_NAMES = (
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Berg", "Haugen", "Hagen", "Bakken", "Sæther", "Løken", "Strøm", "Dahl",
    "Lie", "Moen", "Ødegård", "Aasen", "Åsheim", "Brække", "Kvåle", "Myrvold", "Sørensen",
    "Holmøy", "Grønli", "Fjæreide", "Solberg", "Thorsen", "Rønning", "Vik", "Østby", "Næss",
)
MUNICIPALITIES = (
    "Bærum", "Ålesund", "Bodø", "Tromsø", "Sør-Varanger", "Os", "Våler", "Hå", "Ørsta", "Lærdal",
    "Skiptvet", "Gjøvik", "Fræna", "Nord-Aurdal", "Sauda", "Porsgrunn", "Kautokeino", "Løten",
    "Åmot", "Frøya", "Rørvik", "Sandnes", "Stjørdal", "Vågå", "Tønsberg", "Lødingen",
)
ROLES = ("Ressurslærer", "Ressurslærer", "Kulturskoleleder", "Kulturskoleeier", "Ressurslærer", "Veileder")


def roster_people(count: int, seed: int = 1) -> list[tuple[str, str, str]]:
    """``count`` different people: (name, municipality, role)."""
    rng = random.Random(seed)
    names = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]
    if count > len(names):
        raise SystemExit(f"at most {len(names)} people")
    return [(name, rng.choice(MUNICIPALITIES), rng.choice(ROLES)) for name in rng.sample(names, count)]


def build(folder: Path, phones: int, tables: int) -> tuple[Path, dict[int, str]]:
    """The conference file, and the arriving people (id → name), absent until they check in."""
    from app.arrival.hall_link import hall_token
    from app.conference_file.templates import create_conference
    from app.groups.plans import make_plan, mark_used
    from app.groups.presence import set_presence
    from app.referent.links import ensure_links
    from app.roster.importer import import_roster
    from app.roster.participants import list_participants

    roster = folder / "roster.csv"
    people = roster_people(phones + max(PRESENT_AT_START, tables))
    roster.write_text("Navn;Kommune;Rolle\n" + "\n".join(";".join(p) for p in people) + "\n", encoding="utf-8")
    path = folder / "bench.kvadrant"
    db = create_conference(path, template="gardermoen-2020")
    import_roster(db, roster)
    rows = list_participants(db)
    assert len(rows) == len(people), (len(rows), len(people))
    arriving = {row.id: row.name for row in random.Random(2).sample(rows, phones)}
    # Absent before the plan is made: the plan seats only those here, so each check-in is a late
    # arrival the repair seats (someone still seated would only have their flag flipped).
    set_presence(db, list(arriving), False, fix_groups=False)
    make_plan(db, kvadrant=1, tables=tables, seed=1)
    mark_used(db, 1)  # the plan is sat in (the block runs): check-ins fit it
    hall_token(db)
    ensure_links(db)
    db.close()
    return path, arriving


def record(kind: str, started: float, status: int | None, stats: dict) -> None:
    stats["latency"][kind].append(time.perf_counter() - started)
    if status is None or not 200 <= status < 300:
        stats["errors"].append((kind, status))


async def request(session, method: str, url: str, kind: str, stats: dict, **kwargs) -> dict | None:
    """One timed request; its JSON, or None (counted as an error) on a non-2xx or an exception."""
    started = time.perf_counter()
    try:
        async with session.request(method, url, **kwargs) as response:
            body = await response.json()
            status = response.status
    except Exception as error:  # noqa: BLE001 - counted, the phone goes on
        stats["latency"][kind].append(time.perf_counter() - started)
        stats["errors"].append((kind, type(error).__name__))
        return None
    record(kind, started, status, stats)
    return body if 200 <= status < 300 else None


async def participant(session, api: str, pid: int, name: str, arrive: float, end: float, stats: dict, typed: str) -> None:
    await asyncio.sleep(max(0.0, arrive - time.monotonic()))
    hits: list = []
    for n in range(1, 4):  # a debounced search box: one search per letter typed
        await asyncio.sleep(TYPING_PAUSE)
        found = await request(session, "GET", f"{api}/people", "search", stats, params={"q": typed[:n]})
        hits = found["people"] if found else []
    if not any(hit["id"] == pid for hit in hits):  # not among the first hits: the whole name
        stats["full_name_searches"] += 1
        await asyncio.sleep(TYPING_PAUSE)
        found = await request(session, "GET", f"{api}/people", "search", stats, params={"q": name})
        if not found or not any(hit["id"] == pid for hit in found["people"]):
            stats["not_found"].append(name)
            return
    await request(session, "GET", f"{api}/people/{pid}", "card", stats)
    answer = await request(session, "POST", f"{api}/people/{pid}/checkin", "checkin", stats)
    if answer is not None:
        stats["checked_in"].add(pid)
        stats["moved"] += sum(1 for m in answer["moved"] if m["from"] is not None)  # not the arrival
        if answer["present"] and any(t["kvadrant"] == 1 for t in answer["tables"]):
            stats["seated"] += 1
    while time.monotonic() + REFRESH_EVERY < end:  # the open page refreshes the card
        await asyncio.sleep(REFRESH_EVERY)
        await request(session, "GET", f"{api}/people/{pid}", "card", stats)


async def referent(session, url: str, seconds: float, offset: float, stats: dict, results: dict, group: int) -> None:
    try:
        await referent_phone(session, url, seconds, 2.0, offset, stats["latency"]["referent save"], results, group)
    except Exception as error:  # noqa: BLE001 - counted; its text then counts as lost
        stats["errors"].append(("referent save", type(error).__name__))
    stats["errors"].extend(("referent save", status) for status in results.pop("errors", []))


async def clients(api: str, referent_urls: dict[int, str], arriving: dict[int, str], seconds: float) -> tuple[dict, dict]:
    import aiohttp

    stats: dict = {
        "latency": {kind: [] for kind in KINDS},
        "errors": [],
        "checked_in": set(),
        "not_found": [],
        "full_name_searches": 0,
        "seated": 0,
        "moved": 0,
    }
    results: dict = {}
    rng = random.Random(3)
    start = time.monotonic()
    end = start + seconds
    # Arrivals at random in the window (bursts and lulls, as people come in), the last one a few
    # seconds before its end so that it can finish; some type in lower case.
    window = max(1.0, seconds - 3.0)
    typed = {pid: (name if rng.random() < 0.5 else name.lower()) for pid, name in arriving.items()}
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(
            *(
                referent(session, url, seconds, 2.0 * k / len(referent_urls), stats, results, group)
                for k, (group, url) in enumerate(referent_urls.items())
            ),
            *(
                participant(session, api, pid, name, start + rng.uniform(0, window), end, stats, typed[pid])
                for pid, name in arriving.items()
            ),
        )
    stats["wall_s"] = time.monotonic() - start
    return stats, results


def percentile(ordered: list[float], share: float) -> float:
    return ordered[max(0, int(len(ordered) * share) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--phones", type=int, default=150)
    parser.add_argument("--referents", type=int, default=17)
    args = parser.parse_args()

    from app.arrival.hall_link import hall_token
    from app.conference_file.storage import ConferenceDb
    from app.referent.links import base_url, ensure_links
    from app.roster.participants import list_participants

    with tempfile.TemporaryDirectory() as tmp:
        path, arriving = build(Path(tmp), args.phones, args.referents)
        port = free_port()
        db = ConferenceDb.open(path)
        links = {link.group: link for link in ensure_links(db) if link.kvadrant == 1}
        token = hall_token(db)
        db.close()
        server = AppServer(path, port, "participants")
        base = base_url("127.0.0.1", port)
        referent_urls = {group: link.url(base).replace("/r/", "/api/r/") for group, link in links.items()}
        api = f"{base}/api/p/{token}"
        stats, results = asyncio.run(clients(api, referent_urls, arriving, args.seconds))
        server_stats = server.stop()

        db = ConferenceDb.open(path)
        present = {row.id for row in list_participants(db) if row.present}
        in_file = len(present & set(arriving))
        lost, out_of_order = check_saves(db, links, results)
        db.close()

    print(
        f"{args.phones} phones arriving over {args.seconds:.0f} s (search, pick, card, check-in, card every "
        f"{REFRESH_EVERY:.0f} s), {len(links)} referents saving every 2 s; took {stats['wall_s']:.1f} s"
    )
    worst = 0.0
    for kind in KINDS:
        ordered = sorted(stats["latency"][kind])
        if not ordered:
            print(f"{kind:>14}: none")
            continue
        p99 = percentile(ordered, 0.99)
        worst = max(worst, p99)
        print(
            f"{kind:>14}: {len(ordered):5d}, p50 {statistics.median(ordered) * 1000:6.1f} ms, "
            f"p99 {p99 * 1000:6.1f} ms, max {ordered[-1] * 1000:6.1f} ms"
        )
    print(f"target p99 < 50 ms: {'met' if worst < 0.050 else 'MISSED'} (worst p99 {worst * 1000:.1f} ms)")
    errors: dict = {}
    for kind, status in stats["errors"]:
        errors[(kind, status)] = errors.get((kind, status), 0) + 1
    print(f"errors: {len(stats['errors'])}" + (" (" + ", ".join(f"{k} {s}: {n}" for (k, s), n in errors.items()) + ")" if errors else ""))
    print(
        f"check-ins answered: {len(stats['checked_in'])}/{args.phones}, seated at a 1. kvadrant table: "
        f"{stats['seated']}, others moved for them: {stats['moved']}; "
        f"picked from the 3-letter hits: {args.phones - stats['full_name_searches']}, by full name: "
        f"{stats['full_name_searches']}, not found: {len(stats['not_found'])}"
    )
    print(f"check-ins in the file: {in_file}/{args.phones} present")
    print(f"referent saves lost: {lost} of {len(links)} texts; out of order: {out_of_order} (checked in the file)")
    print(f"server process memory (RSS): {server_stats['rss_kib'] / 1024:.0f} MiB")
    print(
        f"projector repaints meanwhile (Finn ditt bord, Qt loop of the same process): {server_stats['repaints']}, "
        f"p50 {server_stats['repaint_p50_ms']:.1f} ms, slowest {server_stats['repaint_max_ms']:.1f} ms"
    )
    print("all phones from 127.0.0.1 here, given 1000 connections and 1000 requests/s; on a real venue each phone has its own address")


if __name__ == "__main__":
    main()

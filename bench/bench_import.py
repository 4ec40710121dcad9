"""Roster import speed: a 1000-row messy roster (semicolon, Windows-1252) into a fresh file.

The facilitator imports while people are arriving, so the target is well under half a second.
Run from the repository root: ``python bench/bench_import.py``. Prints figures; asserts nothing.
"""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.roster.importer import apply_roster, guess_mapping, parse_roster, read_table  # noqa: E402
from app.conference_file.storage import ConferenceDb  # noqa: E402

ROWS = 1000
RUNS = 5
ROLES = ["Rektor", "Kulturskolerektor", "Skoleeier", "eier", "Kommunalsjef (eier)", "ressurslaerer",
         "RESSURSLÆRER", "Lærer (ressurslærer)", "Kulturskolelærer", "Daglig leder", "Ordfører", "Rådmann",
         "Kultursjef", "Teacher", "Principal", "Konsulent", ""]
MUNICIPALITIES = ["Førde", "Naustdal", "Gaular", "Jølster", "Hamar", "Gjøvik", "Ålesund", "Tønsberg",
                  "Bærum", "Tromsø", "Lillestrøm", "Vadsø"]
FIRST = ["Kari", "Ola", "Åse", "Bjørn", "Ørjan", "Hilde", "Terje", "Siv", "Ståle", "Mona"]
LAST = ["Nordmann", "Østby", "Ødegård", "Aasen", "Sæther", "Hansen", "Berg", "Lunde", "Nygård"]


def make_roster(path: Path, rows: int = ROWS) -> None:
    rng = random.Random(1)
    lines = ["sep=;", "Deltakerliste;;;;;", "Fullt navn;Kommune;Rolle;Kommunegruppe;E-post;Allergier;Veileder for"]
    for i in range(rows):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        place = rng.choice(MUNICIPALITIES)
        place = rng.choice([place, place.upper(), f" {place.lower()} "])
        group = "Sunnfjord" if place.strip().casefold() in ("førde", "naustdal", "gaular", "jølster") else ""
        role = rng.choice(ROLES)
        advises = '"Hamar, Gjøvik; Førde"' if i % 50 == 0 else ""
        if advises:
            role = "Veileder"
        email = f"p{i}@example.no" if i % 17 else "mangler"
        lines.append(f"{name};{place};{role};{group};{email};{'nøtter' if i % 9 == 0 else ''};{advises}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        roster = Path(tmp) / "deltakere.csv"
        make_roster(roster)
        totals, phases = [], []
        for run in range(RUNS):
            db = ConferenceDb.create(Path(tmp) / f"bench{run}.kvadrant")
            start = time.perf_counter()
            table = read_table(roster)
            read_done = time.perf_counter()
            parsed = parse_roster(table, guess_mapping(table.headers))
            parse_done = time.perf_counter()
            result = apply_roster(db, parsed)
            end = time.perf_counter()
            db.close()
            totals.append(end - start)
            phases.append((read_done - start, parse_done - read_done, end - parse_done))
        median = statistics.median(totals)
        read_s, parse_s, apply_s = (statistics.median(p[i] for p in phases) for i in range(3))
        print(f"rows: {ROWS}; imported {result.imported}, skipped {result.skipped}, warnings {len(result.warnings)}")
        print(f"read {read_s * 1000:.1f} ms, parse {parse_s * 1000:.1f} ms, apply {apply_s * 1000:.1f} ms")
        print(f"read+parse+apply: median {median * 1000:.1f} ms of {RUNS} runs "
              f"({ROWS / median:,.0f} rows/s; target < 500 ms)")


if __name__ == "__main__":
    main()

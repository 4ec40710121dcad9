"""A series of conferences: what the history buys a 1. kvadrant plan, and what it costs in time.

Run: python bench/bench_series.py      (prints figures per day; asserts nothing)

Six conferences of 100 people from the same 50 municipalities (2 each), every one made from the
previous one as the app's "Ny konferanse fra denne" does (``new_from``), with 20 of the 100 people
replaced each time (one in each of 20 municipalities, a different 20 each day). Each day's
1. kvadrant plan is made with ``make_plan`` (day k remembers the k-1 days before it) and marked
used. The baseline is the same day's plan made from a copy of the file with its history removed,
its repeats counted against the same earlier days: the difference is what the history buys.
Target (issue 17): the fewest repeat pairs, still at optimum on the rules (same-unit pairs at
their minimum, no role outside its range).
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import tempfile
import time
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.conference_file.history import history, remove_history  # noqa: E402
from app.conference_file.storage import ConferenceDb  # noqa: E402
from app.conference_file.templates import create_conference  # noqa: E402
from app.groups.earlier import earlier  # noqa: E402
from app.groups.plans import Plan, make_plan, mark_used  # noqa: E402
from app.roster.participants import add_participant, list_participants, remove_participants  # noqa: E402
from app.series.next_day import new_from  # noqa: E402

DAYS = 6
MUNICIPALITIES = 50
TURNOVER = 20
SIZE = 6
FIRST_DAY = dt.date(2020, 1, 27)
#: Each municipality sends a leader (or owner) and a resource teacher; a newcomer takes the role
#: of the person they replace.
ROLES = ("kulturskoleleder", "ressurslærer")


def municipality(m: int) -> str:
    return f"Kommune {m:02d}"


def copy_file(source: Path, target: Path) -> None:
    """A copy of an open conference file, WAL included (SQLite's own backup)."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def pairs(plan: Plan) -> set[frozenset[int]]:
    return {
        frozenset((a.participant_id, b.participant_id))
        for table in plan.tables
        for k, a in enumerate(table.members)
        for b in table.members[k + 1 :]
    }


def met_before(partners: Mapping[int, set[int]], present: set[int]) -> set[frozenset[int]]:
    """Pairs of people here today who sat together at an earlier conference."""
    return {frozenset((a, b)) for a, others in partners.items() if a in present for b in others if b in present and a != b}


def first_day(path: Path, counter: list[int]) -> ConferenceDb:
    db = create_conference(path, template="gardermoen-2020", title="Dialogkonferanse, dag 1", date=FIRST_DAY)
    for m in range(MUNICIPALITIES):
        for role in ROLES:
            add_participant(db, name=f"Deltaker {counter[0]} Nordmann", municipality=municipality(m),
                            role=role if m % 2 else ("kulturskoleeier" if role == "kulturskoleleder" else role))
            counter[0] += 1
    return db


def turnover(db: ConferenceDb, day: int, counter: list[int]) -> None:
    """Replace 20 people: one in each of 20 municipalities, a different 20 (and slot) each day."""
    people = list_participants(db)
    leaving, coming = [], []
    for k in range(TURNOVER):
        m = municipality((day * TURNOVER + k) % MUNICIPALITIES)
        here = sorted((p for p in people if p.municipality == m), key=lambda p: p.id)
        person = here[(day + k) % len(here)]
        leaving.append(person.id)
        coming.append((m, person.role))
    remove_participants(db, leaving)
    for m, role in coming:
        add_participant(db, name=f"Deltaker {counter[0]} Nordmann", municipality=m, role=role)
        counter[0] += 1


def baseline(folder: Path, day: int, path: Path, seed: int) -> tuple[Plan, float]:
    """The same day's plan from a copy of the file that remembers nothing."""
    copy = folder / f"dag{day}-uten-historikk.kvadrant"
    copy_file(path, copy)
    db = ConferenceDb.open(copy)
    try:
        for entry in history(db):
            remove_history(db, entry.uid)
        start = time.perf_counter()
        plan = make_plan(db, kvadrant=1, size=SIZE, seed=seed)
        return plan, time.perf_counter() - start
    finally:
        db.close()


def main() -> None:
    counter = [0]
    print(f"{DAYS} conferences of {MUNICIPALITIES * len(ROLES)} people from {MUNICIPALITIES} municipalities "
          f"({len(ROLES)} each), {TURNOVER} people replaced each day; 1. kvadrant, target size {SIZE}")
    print("day  earlier  tables  met before  repeats  baseline  same-unit (min)  roles outside  "
          "time       baseline time")
    totals = [0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        previous: Path | None = None
        for day in range(1, DAYS + 1):
            path = folder / f"dag{day}.kvadrant"
            if previous is None:
                db = first_day(path, counter)
            else:
                db = new_from(previous, path, date=FIRST_DAY + dt.timedelta(days=day - 1))
                turnover(db, day, counter)
            try:
                seed = 100 + day
                base, base_time = baseline(folder, day, path, seed)
                start = time.perf_counter()
                plan = make_plan(db, kvadrant=1, size=SIZE, seed=seed)
                elapsed = time.perf_counter() - start
                mark_used(db, 1)
                here = {p.id for p in list_participants(db) if p.present}
                before = earlier(db, [(p.id, p.name, p.municipality) for p in list_participants(db)], strict=False)
                possible = met_before(before.partners, here)
                base_repeats = len(pairs(base) & possible)  # the copy has the same people and ids
            finally:
                db.close()
            f = plan.figures
            totals[0] += f.repeat_pairs
            totals[1] += base_repeats
            print(
                f"{day:>3}  {f.earlier_conferences:>7}  {f.tables:>6}  {len(possible):>10}  {f.repeat_pairs:>7}  "
                f"{base_repeats:>8}  {f.same_unit_pairs:>9} ({f.same_unit_minimum})  {f.roles_outside:>13}  "
                f"{elapsed * 1000:>6.0f} ms  {base_time * 1000:>6.0f} ms"
            )
            previous = path
    print(f"repeat pairs over days 2-{DAYS}: {totals[0]} with the history, {totals[1]} without it")


if __name__ == "__main__":
    main()

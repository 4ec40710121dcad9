"""Table plans on generated rosters: time per plan and how close every rule is to its optimum.

Run: python bench/bench_grouping.py            (prints figures; asserts nothing)

Rosters: units (municipalities) of 1–5 people with a few larger, about 10 % of the
municipalities joined in kommunegrupper, a few veiledere. Roles: an owner and a leader per
unit, the rest resource teachers.
"""
from __future__ import annotations

import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.groups.table_plan import (  # noqa: E402
    Person,
    fix_no_show,
    history_partners,
    min_unit_pairs,
    place_late_arrival,
    plan_cost,
    plan_tables,
    table_count,
)

ROLES = ("kulturskoleeier", "kulturskoleleder")


def roster(n: int, seed: int) -> list[Person]:
    rng = random.Random(seed)
    people: list[Person] = []
    veiledere = max(2, n // 25)
    municipality = 0
    while len(people) < n - veiledere:
        size = rng.choice((1, 2, 3, 3, 4, 4, 5, 5)) if rng.random() > 0.05 else rng.randint(6, 12)
        name = f"Kommune {municipality}"
        unit = f"Gruppe {municipality // 4}" if rng.random() < 0.10 else name
        for k in range(min(size, n - veiledere - len(people))):
            role = ROLES[k] if k < len(ROLES) else "ressurslærer"
            people.append(Person(len(people), unit, role, False, name))
        municipality += 1
    for _ in range(veiledere):
        people.append(Person(len(people), "Norsk kulturskoleråd", "veileder", True, "Norsk kulturskoleråd"))
    return people


def quality(groups: list[list[int]], people: list[Person], history=None) -> dict[str, object]:
    by_id = {p.id: p for p in people}
    tables = len(groups)
    sizes = [len(g) for g in groups]
    unit_pairs, _vei, _role, repeats = plan_cost(groups, people, history)
    minimum = sum(min_unit_pairs(s, tables) for s in Counter(p.unit for p in people).values())
    totals = Counter(p.role for p in people)
    outside = 0
    for members in groups:
        here = Counter(by_id[i].role for i in members)
        outside += sum(1 for r, t in totals.items() if not t // tables <= here.get(r, 0) <= -(-t // tables))
    veiledere = [sum(by_id[i].is_veileder for i in g) for g in groups]
    return {
        "spread": max(sizes) - min(sizes),
        "unit_pairs": unit_pairs,
        "unit_min": minimum,
        "roles_outside": outside,
        "veiledere": f"{min(veiledere)}-{max(veiledere)}",
        "repeats": repeats,
    }


def bench_sizes() -> None:
    print("size  tables  median time   spread  same-unit pairs (min)  roles outside  veiledere/table")
    for n in (100, 300, 1000, 3000):
        people = roster(n, seed=n)
        tables = table_count(n, size=6)
        times, result = [], None
        for seed in range(5):
            start = time.perf_counter()
            result = plan_tables(people, tables=tables, seed=seed)
            times.append(time.perf_counter() - start)
        q = quality(result, people)
        print(
            f"{n:>4}  {tables:>6}  {statistics.median(times) * 1000:>8.1f} ms   {q['spread']:>6}  "
            f"{q['unit_pairs']:>8} ({q['unit_min']})          {q['roles_outside']:>6}         {q['veiledere']}"
        )


def bench_history(rounds: int = 10, rosters: int = 5) -> None:
    print(f"\n100 people, {rounds} successive plans, each avoiding all earlier ones (repeat pairs per plan):")
    streaks = []
    for r in range(rosters):
        people = roster(100, seed=1000 + r)
        tables = table_count(100, size=6)
        plans: list[list[list[int]]] = []
        repeats = []
        start = time.perf_counter()
        for k in range(rounds):
            history = history_partners(plans)
            plan = plan_tables(people, tables=tables, seed=k, history=history)
            repeats.append(plan_cost(plan, people, history)[3])
            plans.append(plan)
        elapsed = time.perf_counter() - start
        streak = next((k for k, x in enumerate(repeats) if x), rounds)
        streaks.append(streak)
        print(f"  roster {r}: {repeats}  zero-repeat plans in a row: {streak}  ({elapsed:.1f} s)")
    print(f"  fewest zero-repeat plans in a row over {rosters} rosters: {min(streaks)} (target >= 8)")


def bench_live(trials: int = 200) -> None:
    people = roster(100, seed=7)
    tables = table_count(100, size=6)
    rng = random.Random(7)
    most_late = most_absent = 0
    spread_ok = True
    for trial in range(trials):
        arrival = rng.choice(people)
        others = [p for p in people if p.id != arrival.id]
        plan = plan_tables(others, tables=tables, seed=trial)
        seated, moves = place_late_arrival(plan, people, arrival.id)
        most_late = max(most_late, len(moves))
        sizes = [len(g) for g in seated]
        spread_ok &= max(sizes) - min(sizes) <= 1
        absent = rng.choice(people)
        after, moves = fix_no_show(seated, people, absent.id)
        most_absent = max(most_absent, len(moves))
        sizes = [len(g) for g in after]
        spread_ok &= max(sizes) - min(sizes) <= 1
    print(
        f"\nlive changes over {trials} trials: late arrival moved at most {most_late} people "
        f"(incl. the arrival), no-show moved at most {most_absent}; sizes within one: {spread_ok} (target: <= 3 moves)"
    )


if __name__ == "__main__":
    bench_sizes()
    bench_live()
    bench_history()

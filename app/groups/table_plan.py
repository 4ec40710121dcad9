"""Table plans for mixed-municipality groups: the rules of 1. kvadrant, in order of importance.

1. Everyone given is at exactly one table.
2. Table sizes differ by at most one.
3. No two people of one unit (kommunegruppe, else municipality) at a table; where a unit has more
   people than there are tables, its people are spread as evenly as possible, which gives the
   fewest same-unit pairs.
4. Veiledere spread: no table gets a second while another has none.
5. Every role spread evenly (each table between floor and ceiling of its share).
6. History: pairs who sat together before meet again as rarely as possible.

Every rule above is "the fewest same-category pairs at a table" for its category, so the plan
is scored by a tuple of pair counts compared lexicographically. The plan is built so that rules
2, 4 and 5 hold by construction (people are dealt round the tables sorted by role), then people of
the same role trade places, which keeps rules 2, 4 and 5, until rule 3 is at its minimum and the
repeat pairs are as few as a bounded search finds. Only where trades of the same role cannot reach
the unit minimum are other trades tried, since rule 3 outranks rules 4 and 5.

This module is pure: integers in, integers out, a seeded ``random.Random``; no database.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from app.common.text import fold, norwegian_key

#: Cost components, most important first.
UNIT, VEILEDER, ROLE, REPEAT = range(4)


@dataclass(frozen=True)
class Person:
    """What the planner needs of a participant."""

    id: int
    unit: str
    role: str
    is_veileder: bool = False
    municipality: str = ""


def min_unit_pairs(unit_size: int, tables: int) -> int:
    """The fewest same-unit pairs for a unit of ``unit_size`` people over ``tables`` tables."""
    q, r = divmod(unit_size, tables)
    return (tables - r) * math.comb(q, 2) + r * math.comb(q + 1, 2)


def table_count(people: int, *, size: int | None = None, tables: int | None = None) -> int:
    """Tables for a target size (none larger than it) or a given number of tables."""
    if tables is not None:
        return tables
    return max(1, math.ceil(people / (size or 6)))


class _Plan:
    """A mutable assignment with the counts that make a trade's cost change O(table size)."""

    def __init__(self, people: Sequence[Person], tables: int, history: Mapping[int, set[int]]) -> None:
        self.people = people
        self.n = len(people)
        self.tables = tables
        index = {p.id: i for i, p in enumerate(people)}
        self.unit = _codes([p.unit for p in people])
        self.role = _codes([p.role for p in people])
        self.vei = [1 if p.is_veileder else 0 for p in people]
        self.partners: list[set[int]] = [set() for _ in people]
        for i, p in enumerate(people):
            for other in history.get(p.id, ()):
                j = index.get(other)
                if j is not None and j != i:
                    self.partners[i].add(j)
        self.table_of = [-1] * self.n
        self.members: list[list[int]] = [[] for _ in range(tables)]
        self.unit_count: list[dict[int, int]] = [{} for _ in range(tables)]
        self.role_count: list[dict[int, int]] = [{} for _ in range(tables)]
        self.vei_count = [0] * tables
        self.locked: set[int] = set()
        #: partners_at[i][t]: how many of i's earlier partners sit at table t (only with history).
        self.partners_at = [[0] * tables for _ in people] if any(self.partners) else None

    def place(self, i: int, t: int) -> None:
        self.table_of[i] = t
        self.members[t].append(i)
        _bump(self.unit_count[t], self.unit[i], 1)
        _bump(self.role_count[t], self.role[i], 1)
        self.vei_count[t] += self.vei[i]
        if self.partners_at is not None:
            for j in self.partners[i]:
                self.partners_at[j][t] += 1

    def remove(self, i: int) -> None:
        t = self.table_of[i]
        self.members[t].remove(i)
        _bump(self.unit_count[t], self.unit[i], -1)
        _bump(self.role_count[t], self.role[i], -1)
        self.vei_count[t] -= self.vei[i]
        self.table_of[i] = -1
        if self.partners_at is not None:
            for j in self.partners[i]:
                self.partners_at[j][t] -= 1

    def repeats_at(self, i: int, t: int, without: int = -1) -> int:
        """How many of i's earlier partners sit at table ``t``, not counting ``without``."""
        if self.partners_at is None:
            return 0
        count = self.partners_at[i][t]
        if without >= 0 and self.table_of[without] == t and without in self.partners[i]:
            count -= 1
        return count

    def swap_delta(self, i: int, j: int) -> tuple[int, int, int, int]:
        """Cost change of trading places between ``i`` and ``j`` (at different tables)."""
        a, b = self.table_of[i], self.table_of[j]
        du = dv = dr = 0
        ui, uj = self.unit[i], self.unit[j]
        if ui != uj:
            du = (self.unit_count[b].get(ui, 0) - self.unit_count[a][ui] + 1) + (
                self.unit_count[a].get(uj, 0) - self.unit_count[b][uj] + 1
            )
        ri, rj = self.role[i], self.role[j]
        if ri != rj:
            dr = (self.role_count[b].get(ri, 0) - self.role_count[a][ri] + 1) + (
                self.role_count[a].get(rj, 0) - self.role_count[b][rj] + 1
            )
        if self.vei[i] != self.vei[j]:
            src, dst = (a, b) if self.vei[i] else (b, a)
            dv = self.vei_count[dst] - self.vei_count[src] + 1
        dp = (
            self.repeats_at(i, b, without=j)
            - self.repeats_at(i, a)
            + self.repeats_at(j, a, without=i)
            - self.repeats_at(j, b)
        )
        return (du, dv, dr, dp)

    def join_delta(self, i: int, b: int) -> tuple[int, int, int, int]:
        """Cost change of seating ``i``, not seated yet, at table ``b``."""
        return (
            self.unit_count[b].get(self.unit[i], 0),
            self.vei_count[b] if self.vei[i] else 0,
            self.role_count[b].get(self.role[i], 0),
            self.repeats_at(i, b),
        )

    def leave_delta(self, i: int) -> tuple[int, int, int, int]:
        """Cost change of ``i`` leaving their table."""
        a = self.table_of[i]
        return (
            1 - self.unit_count[a][self.unit[i]],
            (1 - self.vei_count[a]) if self.vei[i] else 0,
            1 - self.role_count[a][self.role[i]],
            -self.repeats_at(i, a),
        )

    def swap(self, i: int, j: int) -> None:
        a, b = self.table_of[i], self.table_of[j]
        self.remove(i)
        self.remove(j)
        self.place(i, b)
        self.place(j, a)

    def move(self, i: int, b: int) -> None:
        self.remove(i)
        self.place(i, b)

    def cost(self) -> tuple[int, int, int, int]:
        unit = sum(math.comb(c, 2) for counts in self.unit_count for c in counts.values())
        role = sum(math.comb(c, 2) for counts in self.role_count for c in counts.values())
        vei = sum(math.comb(c, 2) for c in self.vei_count)
        rep = sum(self.repeats_at(i, self.table_of[i]) for i in range(self.n)) // 2
        return (unit, vei, role, rep)

    def groups(self) -> list[list[int]]:
        return [[self.people[i].id for i in members] for members in self.members]


def _codes(values: Sequence[str]) -> list[int]:
    codes: dict[str, int] = {}
    return [codes.setdefault(v, len(codes)) for v in values]


def _bump(counts: dict[int, int], key: int, by: int) -> None:
    value = counts.get(key, 0) + by
    if value:
        counts[key] = value
    else:
        counts.pop(key, None)


def _negative(delta: tuple[int, int, int, int]) -> bool:
    return delta < (0, 0, 0, 0)


def _role_slots(plan: _Plan, rng: random.Random) -> list[dict[int, int]]:
    """How many seats of each role every table has, dealt so that rules 2, 4 and 5 hold.

    People sorted by role (veiledere first, then the largest roles) and dealt round the tables:
    each role is a consecutive run of the deal, so every table gets the floor or ceiling of its
    share of every role, and the table sizes differ by at most one.
    """
    by_role: dict[int, int] = {}
    vei_role: set[int] = set()
    for i in range(plan.n):
        by_role[plan.role[i]] = by_role.get(plan.role[i], 0) + 1
        if plan.vei[i]:
            vei_role.add(plan.role[i])
    roles = sorted(by_role, key=lambda r: (r not in vei_role, -by_role[r], r))
    slots: list[dict[int, int]] = [{} for _ in range(plan.tables)]
    position = rng.randrange(plan.tables)
    for role in roles:
        for _ in range(by_role[role]):
            _bump(slots[position % plan.tables], role, 1)
            position += 1
    return slots


class _FreeTables:
    """Tables that still have a free seat of one role, with O(1) removal."""

    def __init__(self, tables: Iterable[int]) -> None:
        self.items = list(tables)
        self.index = {t: k for k, t in enumerate(self.items)}

    def discard(self, t: int) -> None:
        k = self.index.pop(t, None)
        if k is None:
            return
        last = self.items.pop()
        if last != t:
            self.items[k] = last
            self.index[last] = k


def _fill(plan: _Plan, rng: random.Random, slots: list[dict[int, int]], ceiling: list[int]) -> None:
    """Seat people, largest units first, each at a seat of their role where their unit fits."""
    free: dict[int, _FreeTables] = {}
    for role in {r for counts in slots for r in counts}:
        free[role] = _FreeTables(t for t in range(plan.tables) if slots[t].get(role, 0) > 0)
    units: dict[int, list[int]] = {}
    for i in range(plan.n):
        if plan.table_of[i] < 0:
            units.setdefault(plan.unit[i], []).append(i)
    order = list(units.values())
    rng.shuffle(order)
    order.sort(key=len, reverse=True)
    scan_all = plan.tables <= 64 or any(plan.partners)
    for members in order:
        members.sort(key=lambda i: len(free[plan.role[i]].items))  # scarcest role first
        for i in members:
            tables = free[plan.role[i]].items
            u, cap = plan.unit[i], ceiling[i]
            if scan_all or len(members) > plan.tables:
                candidates = tables
            else:
                candidates = [tables[rng.randrange(len(tables))] for _ in range(min(24, len(tables)))]
            best_t, best_key = -1, None
            for t in candidates:
                key = (plan.unit_count[t].get(u, 0) >= cap, plan.unit_count[t].get(u, 0), plan.repeats_at(i, t), rng.random())
                if best_key is None or key < best_key:
                    best_t, best_key = t, key
            if best_key is not None and best_key[0] and candidates is not tables:
                for t in tables:  # the sample found no good seat: look at every one
                    key = (plan.unit_count[t].get(u, 0) >= cap, plan.unit_count[t].get(u, 0), plan.repeats_at(i, t), 0.0)
                    if key < best_key:
                        best_t, best_key = t, key
            plan.place(i, best_t)
            _bump(slots[best_t], plan.role[i], -1)
            if not slots[best_t].get(plan.role[i]):
                free[plan.role[i]].discard(best_t)


def _unit_floor(plan: _Plan, u: int) -> int:
    """The fewest people of unit ``u`` at any table."""
    return min(plan.unit_count[t].get(u, 0) for t in range(plan.tables))


def _repair_units(plan: _Plan, rng: random.Random, *, same_role_only: bool) -> None:
    """Trade (or, between tables one apart in size, move) people of a unit that is spread
    unevenly (some table has two more of it than another) to where their unit is thinnest.

    A unit's same-unit pairs are at their minimum exactly when its counts differ by at most one.
    """
    tables = list(range(plan.tables))
    for _ in range(4):
        crowded_units = {u for counts in plan.unit_count for u, c in counts.items() if c > 1}
        floors = {u: _unit_floor(plan, u) for u in crowded_units}
        misplaced = [
            i
            for i in range(plan.n)
            if i not in plan.locked
            and plan.unit[i] in floors
            and plan.unit_count[plan.table_of[i]][plan.unit[i]] >= floors[plan.unit[i]] + 2
        ]
        if not misplaced:
            return
        rng.shuffle(misplaced)
        for i in misplaced:
            a, u = plan.table_of[i], plan.unit[i]
            rng.shuffle(tables)
            for b in tables:
                if b == a or plan.unit_count[b].get(u, 0) > plan.unit_count[a][u] - 2:
                    continue
                if not same_role_only and len(plan.members[a]) == len(plan.members[b]) + 1:
                    if _negative(_add(plan.leave_delta(i), plan.join_delta(i, b))):
                        plan.move(i, b)
                        break
                found = next(
                    (
                        j
                        for j in plan.members[b]
                        if j not in plan.locked
                        and (not same_role_only or plan.role[j] == plan.role[i])
                        and _negative(plan.swap_delta(i, j))
                    ),
                    -1,
                )
                if found >= 0:
                    plan.swap(i, found)
                    break


def _operations(plan: _Plan, i: int) -> list[tuple[tuple[int, int, int, int], str, int]]:
    """Every trade or move of ``i`` that keeps the sizes within one: (cost change, kind, target)."""
    a = plan.table_of[i]
    found = []
    for b in range(plan.tables):
        if b == a:
            continue
        if len(plan.members[a]) == len(plan.members[b]) + 1:
            found.append((_add(plan.leave_delta(i), plan.join_delta(i, b)), "move", b))
        for j in plan.members[b]:
            if j not in plan.locked:
                found.append((plan.swap_delta(i, j), "swap", j))
    return found


def _do(plan: _Plan, i: int, kind: str, target: int) -> tuple[str, int, int]:
    """Carry out an operation; returns what undoes it."""
    a = plan.table_of[i]
    if kind == "move":
        plan.move(i, target)
        return ("move", i, a)
    plan.swap(i, target)
    return ("swap", i, target)


def _undo(plan: _Plan, record: tuple[str, int, int]) -> None:
    kind, i, other = record
    plan.move(i, other) if kind == "move" else plan.swap(i, other)


def _repair_roles(plan: _Plan, rng: random.Random) -> None:
    """Where fixing units cost a role its even spread, win it back without giving up anything
    more important: first by single trades or moves, then (on rosters up to a few hundred) by a
    neutral step followed by an improving one, since roles can lock each other in place."""
    totals: dict[int, int] = {}
    for r in plan.role:
        totals[r] = totals.get(r, 0) + 1
    ceiling = {r: -(-c // plan.tables) for r, c in totals.items()}
    vei_ceiling = -(-sum(plan.vei) // plan.tables)
    zero = (0, 0, 0, 0)

    def crowded() -> list[int]:
        return [
            i
            for i in range(plan.n)
            if i not in plan.locked
            and (
                plan.role_count[plan.table_of[i]][plan.role[i]] > ceiling[plan.role[i]]
                or (plan.vei[i] and plan.vei_count[plan.table_of[i]] > vei_ceiling)
            )
        ]

    for _ in range(6):
        people = crowded()
        if not people:
            return
        rng.shuffle(people)
        improved = False
        for i in people:
            best = min(_operations(plan, i), default=None)
            if best is not None and best[0] < zero:
                _do(plan, i, best[1], best[2])
                improved = True
        if improved or plan.n > 400:
            continue
        for i in people:
            for delta, kind, target in _operations(plan, i):
                if delta[:3] != (0, 0, 0):
                    continue
                record = _do(plan, i, kind, target)
                touched = {plan.table_of[i], record[2] if kind == "move" else plan.table_of[target]}
                follow = min(
                    (op + (k,) for k in range(plan.n) if plan.table_of[k] in touched and k not in plan.locked for op in _operations(plan, k)),
                    default=None,
                )
                if follow is not None and _add(delta, follow[0]) < zero:
                    _do(plan, follow[3], follow[1], follow[2])
                    improved = True
                    break
                _undo(plan, record)
            if improved:
                break
        if not improved:
            return


def _reduce_repeats(plan: _Plan, rng: random.Random, *, iterations: int, stagnation: int = 300) -> None:
    """Tabu search on repeat pairs by trades that keep rules 1–5 at their optimum.

    Each step takes the best trade of someone in a repeat pair (steepest descent, even when it is
    no better, so the search walks along plateaus); a traded pair may not trade back for a few
    steps unless that gives the best plan yet. After a long stagnation a few neutral trades shake
    the plan. The best plan seen is kept. (After Dotú and Van Hentenryck's local search for the
    social golfer problem.)
    """
    movable = [i for i in range(plan.n) if i not in plan.locked]
    # On big rosters, look at a sample of trade partners per step: history matters most at
    # ~100 people, and a full scan would cost n² per step.
    sample = len(movable) > 400
    repeats = plan.cost()[REPEAT]
    best_repeats, best_tables = repeats, list(plan.table_of)
    tabu_until: dict[tuple[int, int], int] = {}
    last_improvement = 0
    for step in range(iterations):
        if repeats == 0:
            break
        conflicted = [i for i in movable if plan.repeats_at(i, plan.table_of[i])]
        partners = rng.sample(movable, 400) if sample else movable
        best: tuple[tuple[int, float], int, int, int] | None = None
        for i in conflicted:
            a = plan.table_of[i]
            for j in partners:
                if plan.table_of[j] == a:
                    continue
                delta = plan.swap_delta(i, j)
                if delta[:3] > (0, 0, 0):
                    continue
                pair = (i, j) if i < j else (j, i)
                if tabu_until.get(pair, -1) > step and repeats + delta[3] >= best_repeats:
                    continue
                key = (delta[3] if delta[:3] == (0, 0, 0) else -plan.n, rng.random())
                if best is None or key < best[0]:
                    best = (key, i, j, delta[3])
        if best is None:
            break
        _, i, j, change = best
        tabu_until[(i, j) if i < j else (j, i)] = step + rng.randint(5, 15)
        plan.swap(i, j)
        repeats += change
        if repeats < best_repeats:
            best_repeats, best_tables, last_improvement = repeats, list(plan.table_of), step
        elif step - last_improvement > stagnation:
            for _ in range(5):
                i, j = rng.sample(movable, 2)
                if plan.table_of[i] != plan.table_of[j] and plan.swap_delta(i, j)[:3] == (0, 0, 0):
                    plan.swap(i, j)
            repeats, last_improvement = plan.cost()[REPEAT], step
    if repeats > best_repeats:
        for i in range(plan.n):
            plan.remove(i)
        for i, t in enumerate(best_tables):
            plan.place(i, t)


def _add(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3])


def _unit_ceilings(plan: _Plan) -> list[int]:
    sizes: dict[int, int] = {}
    for u in plan.unit:
        sizes[u] = sizes.get(u, 0) + 1
    return [-(-sizes[plan.unit[i]] // plan.tables) for i in range(plan.n)]


def _seat_fixed(plan: _Plan, fixed: Mapping[int, int], slots: list[dict[int, int]]) -> None:
    """Seat the locked people first, each taking a seat of their role at their table if any."""
    index = {p.id: i for i, p in enumerate(plan.people)}
    for pid, t in fixed.items():
        i = index.get(pid)
        if i is None or not 0 <= t < plan.tables:
            continue
        plan.place(i, t)
        plan.locked.add(i)
        role = plan.role[i]
        if slots[t].get(role, 0) > 0:
            _bump(slots[t], role, -1)
            continue
        # No seat of that role left here: turn another of this table's seats into one, and give
        # the role's seat back somewhere else, so the sizes stay as dealt.
        other = next((r for r, c in sorted(slots[t].items(), key=lambda rc: -rc[1]) if c > 0), None)
        if other is None:
            continue  # more locked people than seats at this table: the sizes give way
        _bump(slots[t], other, -1)
        donor = next((u for u in range(plan.tables) if slots[u].get(role, 0) > 0), None)
        if donor is not None:
            _bump(slots[donor], role, -1)
            _bump(slots[donor], other, 1)


#: Small rosters may be built again from fresh draws when a role is left unevenly spread.
RESTARTS = 6


def _build(
    people: Sequence[Person], tables: int, rng: random.Random, history: Mapping[int, set[int]], fixed: Mapping[int, int]
) -> _Plan:
    plan = _Plan(people, tables, history)
    slots = _role_slots(plan, rng)
    if fixed:
        _seat_fixed(plan, fixed, slots)
    _fill(plan, rng, slots, _unit_ceilings(plan))
    _repair_units(plan, rng, same_role_only=True)
    _repair_units(plan, rng, same_role_only=False)
    _repair_roles(plan, rng)
    return plan


def _roles_uneven(plan: _Plan) -> int:
    totals: dict[int, int] = {}
    for r in plan.role:
        totals[r] = totals.get(r, 0) + 1
    return sum(
        1
        for counts in plan.role_count
        for r, total in totals.items()
        if not total // plan.tables <= counts.get(r, 0) <= -(-total // plan.tables)
    )


def plan_tables(
    people: Sequence[Person],
    *,
    tables: int,
    seed: int = 0,
    history: Mapping[int, set[int]] | None = None,
    fixed: Mapping[int, int] | None = None,
) -> list[list[int]]:
    """Person ids per table, following the rules above; ``fixed`` seats person id -> table."""
    rng = random.Random(seed)
    history, fixed = history or {}, fixed or {}
    plan = _build(people, tables, rng, history, fixed)
    if len(people) <= 400:
        for _ in range(RESTARTS):
            if not _roles_uneven(plan):
                break
            other = _build(people, tables, rng, history, fixed)
            if (other.cost()[:3], _roles_uneven(other)) < (plan.cost()[:3], _roles_uneven(plan)):
                plan = other
    if history:
        _reduce_repeats(plan, rng, iterations=1500)
    return plan.groups()


def split_tables(pools: Mapping[str, int], *, size: int | None = None, tables: int | None = None) -> dict[str, int]:
    """Tables per pool (role) in "by role" mode: by target size, or a total shared out fairly."""
    if tables is None:
        return {name: table_count(count, size=size) for name, count in pools.items() if count}
    names = [name for name, count in pools.items() if count]
    total = sum(pools[name] for name in names)
    shares = {name: max(1, math.floor(tables * pools[name] / total)) for name in names}
    by_remainder = sorted(names, key=lambda name: -(tables * pools[name] / total - shares[name]))
    k = 0
    while sum(shares.values()) < tables:
        shares[by_remainder[k % len(names)]] += 1
        k += 1
    while sum(shares.values()) > tables:
        name = max((n for n in names if shares[n] > 1), key=lambda n: shares[n] / pools[n])
        shares[name] -= 1
    return {name: min(shares[name], pools[name]) for name in names}


def plan_by_role(
    people: Sequence[Person],
    *,
    roles: Sequence[str],
    size: int | None = None,
    tables: int | None = None,
    seed: int = 0,
    history: Mapping[int, set[int]] | None = None,
) -> list[tuple[str, list[int]]]:
    """(role, person ids) per table: each of ``roles`` at tables of its own (seed 004, 1.4.3).

    Other roles sit with the largest pool; veiledere are spread over all tables, one per table
    before any table gets a second.
    """
    pools: dict[str, list[Person]] = {role: [] for role in roles}
    veiledere = [p for p in people if p.is_veileder]
    for person in people:
        if not person.is_veileder:
            pools.setdefault(person.role if person.role in pools else "", []).append(person)
    others = pools.pop("", [])
    if others:
        largest = max(pools, key=lambda role: len(pools[role]))
        pools[largest].extend(others)
    counts = split_tables({role: len(members) for role, members in pools.items()}, size=size, tables=tables)
    result: list[tuple[str, list[int]]] = []
    for k, (role, count) in enumerate(counts.items()):
        groups = plan_tables(pools[role], tables=count, seed=seed * 31 + k, history=history)
        result.extend((role, members) for members in groups)
    rng = random.Random(seed)
    rank = {g: rng.random() for g in range(len(result))}
    veileder_count = [0] * len(result)
    for veileder in veiledere:
        target = min(rank, key=lambda g: (veileder_count[g], len(result[g][1]), rank[g]))
        result[target][1].append(veileder.id)
        veileder_count[target] += 1
    return result


def plan_kommunegrupper(
    people: Sequence[Person], *, advises: Mapping[int, Iterable[str]] | None = None, seed: int = 0
) -> list[tuple[str, list[int]]]:
    """(unit, person ids) per kommunegruppe, units in alphabetical order.

    A veileder joins every group of a municipality they advise, where that is known; veiledere
    whose municipalities are not known are spread over the groups that have no veileder yet.
    """
    advises = advises or {}
    groups: dict[str, list[int]] = {}
    unit_of_municipality: dict[str, str] = {}
    for person in people:
        if not person.is_veileder:
            groups.setdefault(person.unit, []).append(person.id)
            unit_of_municipality[fold(person.municipality)] = person.unit
    unplaced: list[Person] = []
    for person in people:
        if not person.is_veileder:
            continue
        units = {unit_of_municipality[fold(m)] for m in advises.get(person.id, ()) if fold(m) in unit_of_municipality}
        for unit in sorted(units):
            groups[unit].append(person.id)
        if not units:
            unplaced.append(person)
    vei_ids = {p.id for p in people if p.is_veileder}
    without = [unit for unit in sorted(groups) if not any(m in vei_ids for m in groups[unit])]
    if unplaced and without:
        rng = random.Random(seed)
        rng.shuffle(unplaced)
        for k, unit in enumerate(without):
            groups[unit].append(unplaced[k % len(unplaced)].id)
    return [(unit, groups[unit]) for unit in sorted(groups, key=norwegian_key)]


#: Speaking order within a table: owners open, then leaders, then teachers; veiledere last.
SPEAKING_ROLE_ORDER = ("kulturskoleeier", "kulturskoleleder", "ressurslærer")


def speaking_order(members: Sequence[Person], *, seed: int = 0) -> list[int]:
    """Person ids in speaking order round the table: by role, shuffled within a role."""
    rng = random.Random(seed)
    keyed = [(p, rng.random()) for p in members]

    def key(item: tuple[Person, float]) -> tuple[int, float]:
        person, tie = item
        if person.is_veileder:
            return (len(SPEAKING_ROLE_ORDER) + 1, tie)
        rank = SPEAKING_ROLE_ORDER.index(person.role) if person.role in SPEAKING_ROLE_ORDER else len(SPEAKING_ROLE_ORDER)
        return (rank, tie)

    return [p.id for p, _ in sorted(keyed, key=key)]


def suggest_chair_and_referent(members: Sequence[Person]) -> tuple[int | None, int | None]:
    """An ordstyrer (a leader, else an owner, else anyone) and a referent (a teacher, else anyone
    else); never a veileder, who is a guest at the table."""
    candidates = [p for p in members if not p.is_veileder] or list(members)

    def first(roles: Sequence[str], exclude: int | None) -> int | None:
        for role in roles:
            for person in candidates:
                if person.role == role and person.id != exclude:
                    return person.id
        return next((p.id for p in candidates if p.id != exclude), None)

    chair = first(("kulturskoleleder", "kulturskoleeier"), None)
    referent = first(("ressurslærer", "kulturskoleleder", "kulturskoleeier"), chair)
    return chair, referent


@dataclass(frozen=True)
class Move:
    """One person moved by a live change; ``from_table`` is None for a late arrival."""

    person: int
    from_table: int | None
    to_table: int


def _plan_from(groups: Sequence[Sequence[int]], people: Sequence[Person], history: Mapping[int, set[int]]) -> tuple[_Plan, dict[int, int]]:
    plan = _Plan(people, len(groups), history)
    index = {p.id: i for i, p in enumerate(people)}
    for t, members in enumerate(groups):
        for pid in members:
            if pid in index:
                plan.place(index[pid], t)
    return plan, index


def place_late_arrival(
    groups: Sequence[Sequence[int]],
    people: Sequence[Person],
    arrival: int,
    *,
    history: Mapping[int, set[int]] | None = None,
    locked: Iterable[int] = (),
) -> tuple[list[list[int]], list[Move]]:
    """Seat a late arrival at the best table under the rules, moving at most one other person.

    ``people`` includes the arrival. Sizes stay within one of each other; among the plans that
    keep them so, the one with the lowest cost wins, and fewer moves win a tie.
    """
    seated = [[m for m in members if m != arrival] for members in groups]
    plan, index = _plan_from(seated, people, history or {})
    i = index[arrival]
    sizes = [len(m) for m in plan.members]
    smallest = min(sizes)
    locked_idx = {index[p] for p in locked if p in index}
    best: tuple[tuple[int, int, int, int], int, list[Move]] | None = None
    for a in range(plan.tables):
        delta = plan.join_delta(i, a)
        if sizes[a] == smallest:
            option = (delta, 0, [Move(arrival, None, a)])
            best = option if best is None or option[:2] < best[:2] else best
        plan.place(i, a)
        for y in list(plan.members[a]):
            if y == i or y in locked_idx:
                continue
            leave = plan.leave_delta(y)
            for b in range(plan.tables):
                if b == a or sizes[b] != smallest:
                    continue
                total = _add(_add(delta, leave), plan.join_delta(y, b))
                option = (total, 1, [Move(arrival, None, a), Move(plan.people[y].id, a, b)])
                if best is None or option[:2] < best[:2]:
                    best = option
        plan.remove(i)
    assert best is not None
    return _apply_moves(seated, best[2]), best[2]


def fix_no_show(
    groups: Sequence[Sequence[int]],
    people: Sequence[Person],
    absent: int,
    *,
    history: Mapping[int, set[int]] | None = None,
    locked: Iterable[int] = (),
) -> tuple[list[list[int]], list[Move]]:
    """Take a no-show out; if their table is left too small, move at most two people to fix it."""
    remaining = [[m for m in members if m != absent] for members in groups]
    plan, index = _plan_from(remaining, [p for p in people if p.id != absent], history or {})
    sizes = [len(m) for m in plan.members]
    if max(sizes) - min(sizes) <= 1:
        return remaining, []
    small = min(range(plan.tables), key=lambda t: sizes[t])
    largest = max(sizes)
    locked_idx = {index[p] for p in locked if p in index}
    movable = [i for i in range(plan.n) if i not in locked_idx]
    best: tuple[tuple[int, int, int, int], int, list[Move]] | None = None
    for y in movable:
        b = plan.table_of[y]
        if b == small:
            continue
        leave = plan.leave_delta(y)
        if sizes[b] == largest:
            plan.remove(y)
            option = (_add(leave, plan.join_delta(y, small)), 1, [Move(plan.people[y].id, b, small)])
            plan.place(y, b)
            if best is None or option[:2] < best[:2]:
                best = option
        # Two moves: y from b to the small table, and w from a full table c into b.
        plan.remove(y)
        step = _add(leave, plan.join_delta(y, small))
        plan.place(y, small)
        for w in movable:
            c = plan.table_of[w]
            if w == y or c in (b, small) or sizes[c] != largest:
                continue
            leave_w = plan.leave_delta(w)
            plan.remove(w)
            total = _add(_add(step, leave_w), plan.join_delta(w, b))
            plan.place(w, c)
            option = (total, 2, [Move(plan.people[y].id, b, small), Move(plan.people[w].id, c, b)])
            if best is None or option[:2] < best[:2]:
                best = option
        plan.remove(y)
        plan.place(y, b)
    if best is None:
        return remaining, []
    return _apply_moves(remaining, best[2]), best[2]


def _apply_moves(groups: Sequence[Sequence[int]], moves: Sequence[Move]) -> list[list[int]]:
    result = [list(members) for members in groups]
    for move in moves:
        if move.from_table is not None:
            result[move.from_table].remove(move.person)
        result[move.to_table].append(move.person)
    return result


def plan_cost(
    groups: Sequence[Sequence[int]], people: Sequence[Person], history: Mapping[int, set[int]] | None = None
) -> tuple[int, int, int, int]:
    """The (unit, veileder, role, repeat) pair counts of a finished plan."""
    return _plan_from(groups, people, history or {})[0].cost()


def history_partners(groupings: Iterable[Sequence[Sequence[int]]]) -> dict[int, set[int]]:
    """Who has sat with whom, from earlier plans (lists of tables of person ids)."""
    partners: dict[int, set[int]] = {}
    for groups in groupings:
        for members in groups:
            for a in members:
                partners.setdefault(a, set()).update(b for b in members if b != a)
    return partners

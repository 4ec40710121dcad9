"""The table planner's first seating, before any repair: seats of each role are dealt round the
tables so that table sizes (rule 2), veiledere (rule 4) and roles (rule 5) are spread evenly by
construction; locked people take their seats first; then everyone else is seated, largest units
first, at a free seat of their role where their unit is thinnest. This is the only step that
decides the table sizes and the role mix per table, so it is kept apart from the repairs and the
repeat search, which only trade places within what it dealt.
"""
from __future__ import annotations

import random
from typing import Iterable, Mapping

from app.groups.table_seating import Seating, bump


def seat_everyone(plan: Seating, rng: random.Random, fixed: Mapping[int, int]) -> None:
    """Seat everyone in an empty ``plan``; ``fixed`` seats person id -> table, locked there."""
    slots = _role_slots(plan, rng)
    if fixed:
        _seat_fixed(plan, fixed, slots)
    _fill(plan, rng, slots, _unit_ceilings(plan))


def _role_slots(plan: Seating, rng: random.Random) -> list[dict[int, int]]:
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
            bump(slots[position % plan.tables], role, 1)
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


def _fill(plan: Seating, rng: random.Random, slots: list[dict[int, int]], ceiling: list[int]) -> None:
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
            bump(slots[best_t], plan.role[i], -1)
            if not slots[best_t].get(plan.role[i]):
                free[plan.role[i]].discard(best_t)


def _unit_ceilings(plan: Seating) -> list[int]:
    sizes: dict[int, int] = {}
    for u in plan.unit:
        sizes[u] = sizes.get(u, 0) + 1
    return [-(-sizes[plan.unit[i]] // plan.tables) for i in range(plan.n)]


def _seat_fixed(plan: Seating, fixed: Mapping[int, int], slots: list[dict[int, int]]) -> None:
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
            bump(slots[t], role, -1)
            continue
        # No seat of that role left here: turn another of this table's seats into one, and give
        # the role's seat back somewhere else, so the sizes stay as dealt.
        other = next((r for r, c in sorted(slots[t].items(), key=lambda rc: -rc[1]) if c > 0), None)
        if other is None:
            continue  # more locked people than seats at this table: the sizes give way
        bump(slots[t], other, -1)
        donor = next((u for u in range(plan.tables) if slots[u].get(role, 0) > 0), None)
        if donor is not None:
            bump(slots[donor], role, -1)
            bump(slots[donor], other, 1)

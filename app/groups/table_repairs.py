"""The table planner's repairs after the first seating: ``repair_units`` trades (or moves) people
of a unit spread unevenly over the tables until every unit has the fewest same-unit pairs it can
have (rule 3), first only between people of one role, so the dealt role mix stays, then with
anyone; ``repair_roles`` then wins back an even spread of veiledere and roles (rules 4 and 5)
that those trades gave up, without losing anything more important. Both only ever take steps whose
cost change is negative in the (unit, veileder, role, repeat) order; they are kept together
because they share the search over trades and moves that keep the table sizes within one.
"""
from __future__ import annotations

import random

from app.groups.table_seating import Seating, add_costs


def _unit_floor(plan: Seating, u: int) -> int:
    """The fewest people of unit ``u`` at any table."""
    return min(plan.unit_count[t].get(u, 0) for t in range(plan.tables))


def _negative(delta: tuple[int, int, int, int]) -> bool:
    return delta < (0, 0, 0, 0)


def repair_units(plan: Seating, rng: random.Random, *, same_role_only: bool) -> None:
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
                    if _negative(add_costs(plan.leave_delta(i), plan.join_delta(i, b))):
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


def _operations(plan: Seating, i: int) -> list[tuple[tuple[int, int, int, int], str, int]]:
    """Every trade or move of ``i`` that keeps the sizes within one: (cost change, kind, target)."""
    a = plan.table_of[i]
    found = []
    for b in range(plan.tables):
        if b == a:
            continue
        if len(plan.members[a]) == len(plan.members[b]) + 1:
            found.append((add_costs(plan.leave_delta(i), plan.join_delta(i, b)), "move", b))
        for j in plan.members[b]:
            if j not in plan.locked:
                found.append((plan.swap_delta(i, j), "swap", j))
    return found


def _do(plan: Seating, i: int, kind: str, target: int) -> tuple[str, int, int]:
    """Carry out an operation; returns what undoes it."""
    a = plan.table_of[i]
    if kind == "move":
        plan.move(i, target)
        return ("move", i, a)
    plan.swap(i, target)
    return ("swap", i, target)


def _undo(plan: Seating, record: tuple[str, int, int]) -> None:
    kind, i, other = record
    plan.move(i, other) if kind == "move" else plan.swap(i, other)


def repair_roles(plan: Seating, rng: random.Random) -> None:
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
                if follow is not None and add_costs(delta, follow[0]) < zero:
                    _do(plan, follow[3], follow[1], follow[2])
                    improved = True
                    break
                _undo(plan, record)
            if improved:
                break
        if not improved:
            return

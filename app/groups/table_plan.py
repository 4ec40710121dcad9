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

This module holds what the rest of the app calls: a whole plan (``plan_tables``, by role,
kommunegrupper), the speaking order and the suggested ordstyrer and referent of a table, live
changes (late arrival, no-show) and the cost of a finished plan. The steps of a plan are in
modules of their own: the working state and its incremental scoring in ``table_seating``, the
first seating in ``table_dealing``, the unit and role repairs in ``table_repairs``, the tabu search
on repeat pairs in ``table_repeats``.

All of it is pure: integers in, integers out, a seeded ``random.Random``; no database.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from app.common.text import fold, norwegian_key
from app.groups.table_dealing import seat_everyone
from app.groups.table_repairs import repair_roles, repair_units
from app.groups.table_repeats import reduce_repeats
from app.groups.table_seating import Person, Seating, add_costs


def min_unit_pairs(unit_size: int, tables: int) -> int:
    """The fewest same-unit pairs for a unit of ``unit_size`` people over ``tables`` tables."""
    q, r = divmod(unit_size, tables)
    return (tables - r) * math.comb(q, 2) + r * math.comb(q + 1, 2)


def table_count(people: int, *, size: int | None = None, tables: int | None = None) -> int:
    """Tables for a target size (none larger than it) or a given number of tables."""
    if tables is not None:
        return tables
    return max(1, math.ceil(people / (size or 6)))


#: Small rosters may be built again from fresh draws when a role is left unevenly spread.
RESTARTS = 6


def _build(
    people: Sequence[Person], tables: int, rng: random.Random, history: Mapping[int, set[int]], fixed: Mapping[int, int]
) -> Seating:
    plan = Seating(people, tables, history)
    seat_everyone(plan, rng, fixed)
    repair_units(plan, rng, same_role_only=True)
    repair_units(plan, rng, same_role_only=False)
    repair_roles(plan, rng)
    return plan


def _roles_uneven(plan: Seating) -> int:
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
        reduce_repeats(plan, rng, iterations=1500)
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


def _plan_from(groups: Sequence[Sequence[int]], people: Sequence[Person], history: Mapping[int, set[int]]) -> tuple[Seating, dict[int, int]]:
    plan = Seating(people, len(groups), history)
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
                total = add_costs(add_costs(delta, leave), plan.join_delta(y, b))
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
            option = (add_costs(leave, plan.join_delta(y, small)), 1, [Move(plan.people[y].id, b, small)])
            plan.place(y, b)
            if best is None or option[:2] < best[:2]:
                best = option
        # Two moves: y from b to the small table, and w from a full table c into b.
        plan.remove(y)
        step = add_costs(leave, plan.join_delta(y, small))
        plan.place(y, small)
        for w in movable:
            c = plan.table_of[w]
            if w == y or c in (b, small) or sizes[c] != largest:
                continue
            leave_w = plan.leave_delta(w)
            plan.remove(w)
            total = add_costs(add_costs(step, leave_w), plan.join_delta(w, b))
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

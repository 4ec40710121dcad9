"""The table planner's working state and its scoring: ``Person`` (what the planner needs of a
participant), the order of the cost components, and ``Seating``, a mutable assignment of people
to tables that keeps per-table counts of units, roles, veiledere and earlier partners, so that the
cost change of a trade, a move, a join or a leave is found in O(table size) without rescoring the
whole plan. Every step of the planner (dealing, repairs, the repeat search, live changes) works on
a ``Seating``, which is why it sits in a module of its own. Pure: no database, no Qt.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping, Sequence

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


class Seating:
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
        bump(self.unit_count[t], self.unit[i], 1)
        bump(self.role_count[t], self.role[i], 1)
        self.vei_count[t] += self.vei[i]
        if self.partners_at is not None:
            for j in self.partners[i]:
                self.partners_at[j][t] += 1

    def remove(self, i: int) -> None:
        t = self.table_of[i]
        self.members[t].remove(i)
        bump(self.unit_count[t], self.unit[i], -1)
        bump(self.role_count[t], self.role[i], -1)
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


def bump(counts: dict[int, int], key: int, by: int) -> None:
    """Add ``by`` to ``counts[key]``, dropping the key when it reaches zero."""
    value = counts.get(key, 0) + by
    if value:
        counts[key] = value
    else:
        counts.pop(key, None)


def add_costs(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """Two cost changes, component by component."""
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3])

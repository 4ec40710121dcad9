"""The table-plan rules, checked on many generated rosters (rules in app/groups/table_plan.py)."""
from __future__ import annotations

import itertools
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.groups.table_plan import (
    Person,
    fix_no_show,
    history_partners,
    min_unit_pairs,
    place_late_arrival,
    plan_by_role,
    plan_cost,
    plan_kommunegrupper,
    plan_tables,
    speaking_order,
    split_tables,
    suggest_chair_and_referent,
    table_count,
)

ROLES = ("kulturskoleeier", "kulturskoleleder", "ressurslærer")


@st.composite
def rosters(draw: st.DrawFn, max_units: int = 40) -> list[Person]:
    sizes = draw(st.lists(st.integers(1, 9), min_size=1, max_size=max_units))
    people: list[Person] = []
    for u, size in enumerate(sizes):
        for k in range(size):
            role = ROLES[k] if k < 2 else draw(st.sampled_from(ROLES))
            people.append(Person(len(people), f"u{u}", role, False, f"m{u}"))
    for _ in range(draw(st.integers(0, 6))):
        people.append(Person(len(people), "nkr", "veileder", True, "Norsk kulturskoleråd"))
    return people


def check_rules_1_to_4(groups: list[list[int]], people: list[Person]) -> None:
    ids = sorted(i for g in groups for i in g)
    assert ids == sorted(p.id for p in people)  # rule 1
    sizes = [len(g) for g in groups]
    assert max(sizes) - min(sizes) <= 1  # rule 2
    tables = len(groups)
    by_id = {p.id: p for p in people}
    unit_pairs = sum(
        1 for g in groups for a, b in itertools.combinations(g, 2) if by_id[a].unit == by_id[b].unit
    )
    minimum = sum(min_unit_pairs(s, tables) for s in Counter(p.unit for p in people).values())
    assert unit_pairs == minimum  # rule 3
    veiledere = [sum(by_id[i].is_veileder for i in g) for g in groups]
    assert max(veiledere) - min(veiledere) <= 1  # rule 4


def roles_outside(groups: list[list[int]], people: list[Person]) -> int:
    by_id = {p.id: p for p in people}
    totals = Counter(p.role for p in people)
    tables = len(groups)
    return sum(
        1
        for g in groups
        for role, total in totals.items()
        if not total // tables <= Counter(by_id[i].role for i in g).get(role, 0) <= -(-total // tables)
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=rosters(), data=st.data())
def test_mixed_tables_keep_rules_1_to_4(people: list[Person], data: st.DataObject) -> None:
    tables = data.draw(st.integers(1, len(people)))
    groups = plan_tables(people, tables=tables, seed=data.draw(st.integers(0, 10**6)))
    assert len(groups) == tables
    check_rules_1_to_4(groups, people)


@settings(max_examples=100, deadline=None)
@given(people=rosters(), seed=st.integers(0, 10**6))
def test_roles_are_spread_at_the_default_size(people: list[Person], seed: int) -> None:
    """Rule 5 where rules 1–4 allow it: with units no larger than the table count, always."""
    tables = table_count(len(people), size=6)
    if max(Counter(p.unit for p in people if not p.is_veileder).values(), default=0) > tables:
        return
    groups = plan_tables(people, tables=tables, seed=seed)
    check_rules_1_to_4(groups, people)
    assert roles_outside(groups, people) == 0


def test_same_seed_same_plan_and_another_seed_another() -> None:
    people = [Person(i, f"u{i // 3}", ROLES[i % 3]) for i in range(60)]
    assert plan_tables(people, tables=10, seed=4) == plan_tables(people, tables=10, seed=4)
    assert plan_tables(people, tables=10, seed=4) != plan_tables(people, tables=10, seed=5)


def test_history_is_avoided_over_several_rounds() -> None:
    people = [Person(i, f"u{i // 4}", ROLES[i % 3]) for i in range(96)] + [
        Person(96 + k, "nkr", "veileder", True) for k in range(4)
    ]
    plans: list[list[list[int]]] = []
    for round_ in range(6):
        history = history_partners(plans)
        groups = plan_tables(people, tables=17, seed=round_, history=history)
        check_rules_1_to_4(groups, people)
        assert plan_cost(groups, people, history)[3] == 0
        plans.append(groups)


def test_fixed_people_keep_their_table() -> None:
    people = [Person(i, f"u{i // 3}", ROLES[i % 3]) for i in range(40)]
    fixed = {0: 3, 1: 5, 7: 5}
    groups = plan_tables(people, tables=7, seed=1, fixed=fixed)
    for pid, table in fixed.items():
        assert pid in groups[table]
    check_rules_1_to_4(groups, people)


@settings(max_examples=60, deadline=None)
@given(people=rosters(max_units=25), seed=st.integers(0, 10**6), data=st.data())
def test_late_arrival_moves_at_most_one_other(people: list[Person], seed: int, data: st.DataObject) -> None:
    if len(people) < 3:
        return
    arrival = data.draw(st.sampled_from(people))
    others = [p for p in people if p.id != arrival.id]
    groups = plan_tables(others, tables=max(1, len(others) // 6), seed=seed)
    after, moves = place_late_arrival(groups, people, arrival.id)
    assert moves[0].person == arrival.id and moves[0].from_table is None
    assert len(moves) <= 2
    assert sorted(i for g in after for i in g) == sorted(p.id for p in people)
    sizes = [len(g) for g in after]
    assert max(sizes) - min(sizes) <= 1


@settings(max_examples=60, deadline=None)
@given(people=rosters(max_units=25), seed=st.integers(0, 10**6), data=st.data())
def test_no_show_moves_at_most_two(people: list[Person], seed: int, data: st.DataObject) -> None:
    if len(people) < 4:
        return
    absent = data.draw(st.sampled_from(people))
    groups = plan_tables(people, tables=max(1, len(people) // 6), seed=seed)
    after, moves = fix_no_show(groups, people, absent.id)
    assert len(moves) <= 2
    assert sorted(i for g in after for i in g) == sorted(p.id for p in people if p.id != absent.id)
    sizes = [len(g) for g in after]
    assert max(sizes) - min(sizes) <= 1


def test_locked_people_are_not_moved_by_live_changes() -> None:
    people = [Person(i, f"u{i // 3}", ROLES[i % 3]) for i in range(37)]
    groups = plan_tables(people[:-1], tables=6, seed=2)
    locked = set(groups[0]) | set(groups[1])
    _, moves = place_late_arrival(groups, people, 36, locked=locked)
    assert not any(m.person in locked for m in moves[1:])


def test_by_role_gives_each_role_its_own_tables() -> None:
    people = [Person(i, f"u{i // 3}", ROLES[i % 3], False, f"m{i // 3}") for i in range(90)]
    people += [Person(90 + k, "nkr", "veileder", True) for k in range(3)]
    groups = plan_by_role(people, roles=ROLES, size=6, seed=1)
    by_id = {p.id: p for p in people}
    for role, members in groups:
        assert {by_id[m].role for m in members} - {"veileder"} == {role}
        assert len({by_id[m].unit for m in members if not by_id[m].is_veileder}) == len(
            [m for m in members if not by_id[m].is_veileder]
        )
    assert sum(1 for _, members in groups for m in members if by_id[m].is_veileder) == 3
    assert sorted(m for _, g in groups for m in g) == list(range(93))


def test_split_tables_shares_a_total_fairly() -> None:
    assert split_tables({"a": 30, "b": 30, "c": 40}, tables=10) == {"a": 3, "b": 3, "c": 4}
    assert sum(split_tables({"a": 2, "b": 50}, tables=5).values()) == 5
    assert split_tables({"a": 13, "b": 7}, size=6) == {"a": 3, "b": 2}


def test_kommunegrupper_one_group_per_unit_with_their_veileder() -> None:
    people = [
        Person(1, "hamar", "kulturskoleeier", False, "Hamar"),
        Person(2, "hamar", "ressurslærer", False, "Hamar"),
        Person(3, "sunnfjord", "kulturskoleleder", False, "Førde"),
        Person(4, "sunnfjord", "ressurslærer", False, "Jølster"),
        Person(5, "voss", "ressurslærer", False, "Voss"),
        Person(10, "nkr", "veileder", True, "Norsk kulturskoleråd"),
        Person(11, "nkr", "veileder", True, "Norsk kulturskoleråd"),
    ]
    groups = dict(plan_kommunegrupper(people, advises={10: ["Førde", "hamar"]}))
    assert groups["sunnfjord"] == [3, 4, 10]
    assert groups["hamar"] == [1, 2, 10]
    assert groups["voss"] == [5, 11]  # the veileder whose municipalities are not known is spread


def test_speaking_order_and_suggestions() -> None:
    members = [
        Person(1, "a", "ressurslærer"),
        Person(2, "b", "veileder", True),
        Person(3, "c", "kulturskoleeier"),
        Person(4, "d", "kulturskoleleder"),
    ]
    order = speaking_order(members, seed=1)
    assert order[0] == 3 and order[-1] == 2
    assert suggest_chair_and_referent(members) == (4, 1)
    assert suggest_chair_and_referent([Person(7, "x", "veileder", True)]) == (7, None)


@pytest.mark.parametrize("n", [1, 2, 5])
def test_tiny_rosters(n: int) -> None:
    people = [Person(i, "same", ROLES[i % 3]) for i in range(n)]
    groups = plan_tables(people, tables=1, seed=0)
    assert groups == [sorted(groups[0])] or sorted(groups[0]) == list(range(n))

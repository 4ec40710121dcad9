"""Check-in in the core: ``set_presence`` flips presence for one or several people in one
transaction and fits both kvadrants' plans around them."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.common.messages import KvadrantError
from app.conference_file.storage import ConferenceDb
from app.groups.plans import Plan, current_plan, make_plan
from app.groups.presence import set_presence
from app.roster.demo import create_demo
from app.roster.participants import ParticipantRow, list_participants


def _ids(plan: Plan | None) -> list[list[int]]:
    assert plan is not None
    return [[m.participant_id for m in t.members] for t in plan.tables]


def _present(db: ConferenceDb, pid: int) -> bool:
    return next(p.present for p in list_participants(db) if p.id == pid)


def _late(db: ConferenceDb, count: int) -> list[ParticipantRow]:
    """``count`` people marked absent before both plans are made, so they have no seat."""
    late = list_participants(db)[10 : 10 + 7 * count : 7]
    set_presence(db, [p.id for p in late], False, fix_groups=False)
    make_plan(db, kvadrant=1, seed=5)
    make_plan(db, kvadrant=4, seed=5)
    return late


def test_a_late_arrival_ticked_present_gets_a_seat_in_both_kvadrants(demo: ConferenceDb) -> None:
    (late,) = _late(demo, 1)
    assert current_plan(demo, 1).table_of(late.id) is None  # type: ignore[union-attr]
    change = set_presence(demo, late.id, True)
    assert change.kvadrant is None and change.presence_changed == (late.id,)
    assert {(m.kvadrant, m.from_table) for m in change.moves if m.name == late.name} == {(1, None), (4, None)}
    assert current_plan(demo, 1).table_of(late.id) is not None  # type: ignore[union-attr]
    assert current_plan(demo, 4).table_of(late.id) is not None  # type: ignore[union-attr]
    assert _present(demo, late.id)


def test_a_no_show_ticked_absent_leaves_their_table(demo: ConferenceDb) -> None:
    make_plan(demo, kvadrant=1, seed=5)
    plan = make_plan(demo, kvadrant=4, seed=5)
    person = plan.tables[3].members[0]
    table1 = current_plan(demo, 1).table_of(person.participant_id)  # type: ignore[union-attr]
    change = set_presence(demo, person.participant_id, False)
    gone = [(m.kvadrant, m.from_table, m.to_table) for m in change.moves if m.name == person.name]
    assert sorted(gone) == [(1, table1.number, None), (4, 4, None)]  # type: ignore[union-attr]
    assert current_plan(demo, 1).table_of(person.participant_id) is None  # type: ignore[union-attr]
    assert current_plan(demo, 4).table_of(person.participant_id) is None  # type: ignore[union-attr]
    after = current_plan(demo, 1)
    assert after.figures.largest - after.figures.smallest <= 1  # type: ignore[union-attr]


def test_several_at_once_in_one_change(demo: ConferenceDb) -> None:
    late = _late(demo, 3)
    ids = [p.id for p in late]
    change = set_presence(demo, ids, True)
    assert change.presence_changed == tuple(ids)
    for person in late:
        assert {m.kvadrant for m in change.moves if m.name == person.name and m.from_table is None} == {1, 4}
        assert current_plan(demo, 1).table_of(person.id) is not None  # type: ignore[union-attr]
        assert current_plan(demo, 4).table_of(person.id) is not None  # type: ignore[union-attr]
    plan = current_plan(demo, 1)
    assert plan.figures.largest - plan.figures.smallest <= 1  # type: ignore[union-attr]


def test_several_at_once_is_the_same_as_one_after_another(tmp_path: Path) -> None:
    together, apart = (create_demo(tmp_path / f"{name}.kvadrant") for name in ("together", "apart"))
    try:
        ids = [p.id for p in _late(together, 3)]
        assert ids == [p.id for p in _late(apart, 3)]
        moves = set_presence(together, ids, True).moves
        assert moves == tuple(m for pid in ids for m in set_presence(apart, pid, True).moves)
        for kvadrant in (1, 4):
            assert _ids(current_plan(together, kvadrant)) == _ids(current_plan(apart, kvadrant))
    finally:
        together.close()
        apart.close()


def test_the_same_call_twice_moves_nobody_the_second_time(demo: ConferenceDb) -> None:
    late = _late(demo, 2)
    ids = [p.id for p in late]
    assert set_presence(demo, ids, True).moves
    plans = [_ids(current_plan(demo, k)) for k in (1, 4)]
    again = set_presence(demo, ids, True)
    assert again.moves == () and again.presence_changed == ()
    assert [_ids(current_plan(demo, k)) for k in (1, 4)] == plans
    assert set_presence(demo, [ids[0], ids[0]], False).presence_changed == (ids[0],)  # a repeated id counts once


def test_only_those_whose_presence_changes_are_moved(demo: ConferenceDb) -> None:
    (late,) = _late(demo, 1)
    here = current_plan(demo, 1).tables[0].members[0]  # type: ignore[union-attr]
    change = set_presence(demo, [here.participant_id, late.id], True)
    assert change.presence_changed == (late.id,)
    assert here.name not in {m.name for m in change.moves if m.from_table is None}


def test_an_unknown_id_writes_nothing(demo: ConferenceDb) -> None:
    (late,) = _late(demo, 1)
    plans = [_ids(current_plan(demo, k)) for k in (1, 4)]
    with pytest.raises(KvadrantError) as caught:
        set_presence(demo, [late.id, 999_999], True)
    assert caught.value.message.code == "participant_not_found"
    assert not _present(demo, late.id)
    assert [_ids(current_plan(demo, k)) for k in (1, 4)] == plans


def test_without_fixing_the_groups_only_the_flags_change(demo: ConferenceDb) -> None:
    make_plan(demo, kvadrant=1, seed=5)
    person = current_plan(demo, 1).tables[0].members[0]  # type: ignore[union-attr]
    change = set_presence(demo, person.participant_id, False, fix_groups=False)
    assert change.moves == () and change.presence_changed == (person.participant_id,)
    assert current_plan(demo, 1).table_of(person.participant_id) is not None  # type: ignore[union-attr]
    assert not _present(demo, person.participant_id)


def test_no_plan_yet_only_presence_changes(demo: ConferenceDb) -> None:
    person = list_participants(demo)[0]
    change = set_presence(demo, person.id, False)
    assert change.moves == () and change.presence_changed == (person.id,)
    assert set_presence(demo, [], True).presence_changed == ()

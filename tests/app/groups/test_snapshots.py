"""Undo in the core: ``restore`` puts back a plan exactly, even groups a merge deleted."""
from __future__ import annotations

from sqlalchemy import select

from app.conference_file.schema import Group
from app.conference_file.storage import ConferenceDb
from app.groups.editing import merge_groups, set_chair_and_referent, set_group_locked, set_member_locked
from app.groups.plans import Plan, current_plan, make_plan
from app.groups.presence import set_presence
from app.groups.snapshots import restore, snapshot
from app.roster.participants import add_participant


def _exact(plan: Plan | None) -> list[tuple]:
    """Everything about a plan's groups that undo must give back."""
    assert plan is not None
    return [
        (t.id, t.number, t.label, t.locked, t.ordstyrer_id, t.referent_id, [(m.participant_id, m.locked) for m in t.members])
        for t in plan.tables
    ]


def test_a_merge_is_undone_and_redone_exactly(demo: ConferenceDb) -> None:
    add_participant(demo, name="Eli Einsam", municipality="Utsira", role="kulturskoleleder")
    plan = make_plan(demo, kvadrant=4, seed=1)
    source = next(t for t in plan.tables if t.label == "Utsira")
    target = plan.tables[2]
    # the deleted group carries everything restore must make again
    set_member_locked(demo, source.id, source.members[0].participant_id, True)
    set_group_locked(demo, source.id, True)
    set_chair_and_referent(demo, source.id, ordstyrer_id=source.members[0].participant_id, referent_id=None)
    before_plan = current_plan(demo, 4)
    before = snapshot(demo, 4)

    merge_groups(demo, source_group_id=source.id, target_group_id=target.id)
    merged = current_plan(demo, 4)
    after = snapshot(demo, 4)
    assert source.id not in {t.id for t in merged.tables}  # type: ignore[union-attr]

    change = restore(demo, before)
    assert change.kvadrant == 4 and change.new_plan
    assert _exact(current_plan(demo, 4)) == _exact(before_plan)
    assert current_plan(demo, 4) == before_plan
    restore(demo, after)
    assert _exact(current_plan(demo, 4)) == _exact(merged)
    restore(demo, before)
    assert _exact(current_plan(demo, 4)) == _exact(before_plan)


def test_a_merge_in_the_middle_is_undone_with_the_old_numbers(demo: ConferenceDb) -> None:
    plan = make_plan(demo, kvadrant=4, seed=2)
    before = snapshot(demo, 4)
    merge_groups(demo, source_group_id=plan.tables[1].id, target_group_id=plan.tables[-1].id)
    restore(demo, before)
    assert _exact(current_plan(demo, 4)) == _exact(plan)


def test_a_group_whose_id_was_given_out_again_comes_back_under_a_new_one(demo: ConferenceDb) -> None:
    """SQLite gives the highest id out again once it is deleted: the other plan keeps its group."""
    plan = make_plan(demo, kvadrant=4, seed=1)
    last = plan.tables[-1]
    before4, before1 = snapshot(demo, 4), snapshot(demo, 1)
    merge_groups(demo, source_group_id=last.id, target_group_id=plan.tables[0].id)
    tables = make_plan(demo, kvadrant=1, seed=1)
    after1 = snapshot(demo, 1)
    assert tables.tables[0].id == last.id  # the id was given out again
    restore(demo, before1)  # undo the new tables ...
    restore(demo, before4)  # ... and the merge
    back = current_plan(demo, 4)
    assert [row[1:] for row in _exact(back)] == [row[1:] for row in _exact(plan)]
    assert [t.id for t in back.tables][:-1] == [t.id for t in plan.tables][:-1]  # type: ignore[union-attr]
    with demo.read() as session:
        squatter = session.get(Group, last.id)
        assert squatter is not None and squatter.grouping_id == tables.grouping_id
        assert [m.participant_id for m in squatter.members] == [m.participant_id for m in tables.tables[0].members]
    restore(demo, after1)  # redo the new tables: the kept proposal is whole
    assert _exact(current_plan(demo, 1)) == _exact(tables)


def test_restore_removes_groups_made_since(demo: ConferenceDb) -> None:
    make_plan(demo, kvadrant=4, seed=1)
    with demo.read() as session:
        groups_before = len(session.scalars(select(Group)).all())
    before = snapshot(demo, 4)
    late = add_participant(demo, name="Siv Sist", municipality="Røst", role="kulturskoleleder", present=False).added[0]
    set_presence(demo, late, True)  # the first from Røst: a kommunegruppe of her own
    assert current_plan(demo, 4).tables[-1].label == "Røst"  # type: ignore[union-attr]
    restore(demo, before)
    with demo.read() as session:
        assert len(session.scalars(select(Group)).all()) == groups_before
    assert "Røst" not in {t.label for t in current_plan(demo, 4).tables}  # type: ignore[union-attr]

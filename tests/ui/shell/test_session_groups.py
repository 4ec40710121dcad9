"""The session's groups operations: one undo command each, one ``changed`` saying what changed,
and check-in keeping the Deltakere section right (the same ``Changes`` carries the presence)."""
from __future__ import annotations

from app.groups.plans import GroupsChanged
from app.roster.participants import ParticipantsChanged
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession


def test_a_new_plan_is_undone_and_redone(qtbot, session: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    assert session.plan(1) is None
    with qtbot.waitSignal(session.changed) as blocker:
        first = session.make_plan(kvadrant=1, size=6, seed=1)
    change = blocker.args[0].groups
    assert isinstance(change, GroupsChanged) and change.kvadrant == 1 and change.new_plan
    second = session.make_plan(kvadrant=1, size=6, seed=2)
    assert session.undo_stack.undoText() == "Nye grupper for 1. kvadrant"

    session.undo_stack.undo()
    assert session.plan(1).grouping_id == first.grouping_id  # type: ignore[union-attr]
    session.undo_stack.undo()
    assert session.plan(1) is None
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert session.plan(1).grouping_id == second.grouping_id  # type: ignore[union-attr]


def test_a_move_is_undone_and_redone(session: ConferenceSession) -> None:
    plan = session.make_plan(kvadrant=1, size=6, seed=3)
    source, target = plan.tables[0], plan.tables[1]
    person = source.members[0]
    change = session.move_member(
        kvadrant=1, participant_id=person.participant_id, from_group_id=source.id, to_group_id=target.id
    )
    assert change.moves[0].to_table == target.number
    assert session.plan(1).table_of(person.participant_id).id == target.id  # type: ignore[union-attr]
    session.undo_stack.undo()
    after_undo = session.plan(1)
    assert after_undo.table_of(person.participant_id).id == source.id  # type: ignore[union-attr]
    assert [m.participant_id for m in after_undo.tables[0].members] == [m.participant_id for m in source.members]  # type: ignore[union-attr]
    session.undo_stack.redo()
    assert session.plan(1).table_of(person.participant_id).id == target.id  # type: ignore[union-attr]


def test_check_in_fits_the_plans_and_tells_the_participants_section(qtbot, session: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    late = session.participants()[10]
    session.set_present([late.id], False)
    session.make_plan(kvadrant=1, size=6, seed=4)
    session.make_plan(kvadrant=4, seed=4)
    assert session.plan(1).table_of(late.id) is None  # type: ignore[union-attr]

    told: list[Changes] = []
    session.changed.connect(told.append)
    change = session.check_in(late.id, True, name=late.name)
    assert change.presence_changed == (late.id,)
    assert {m.kvadrant for m in change.moves if m.name == late.name} == {1, 4}
    assert [(c.groups, c.participants) for c in told] == [(change, ParticipantsChanged(updated=(late.id,)))]
    assert session.plan(1).table_of(late.id) is not None  # type: ignore[union-attr]
    assert session.undo_stack.undoText() == f"Sjekk inn {late.name}"

    session.undo_stack.undo()  # both plans and the presence come back
    assert not next(p for p in session.participants() if p.id == late.id).present
    assert session.plan(1).table_of(late.id) is None  # type: ignore[union-attr]
    assert session.plan(4).table_of(late.id) is None  # type: ignore[union-attr]
    session.undo_stack.redo()
    assert next(p for p in session.participants() if p.id == late.id).present
    assert session.plan(1).table_of(late.id) is not None  # type: ignore[union-attr]


def test_a_merge_is_undone_without_losing_anyone(session: ConferenceSession) -> None:
    session.add_participant(name="Solveig Alene", municipality="Vardø", role="kulturskoleleder")
    plan = session.make_plan(kvadrant=4, seed=5)
    single = next(t for t in plan.tables if t.label == "Vardø")
    target = next(t for t in plan.tables if t.label == "Tromsø")
    alone = single.members[0].participant_id
    session.merge_groups(kvadrant=4, source_group_id=single.id, target_group_id=target.id)
    merged = session.plan(4)
    assert merged.table_of(alone).id == target.id  # type: ignore[union-attr]
    assert not any(w.code == "group_single" for w in merged.warnings)  # type: ignore[union-attr]
    session.undo_stack.undo()
    back = session.plan(4)
    assert back.table_of(alone).id == single.id  # type: ignore[union-attr]
    assert not any(w.code == "plan_unseated" for w in back.warnings)  # type: ignore[union-attr]


def test_locks_and_chair_and_referent_are_undoable(session: ConferenceSession) -> None:
    plan = session.make_plan(kvadrant=1, size=6, seed=6)
    table = plan.tables[0]
    person = table.members[4]
    session.set_member_locked(kvadrant=1, group_id=table.id, participant_id=person.participant_id, locked=True, name=person.name)
    assert session.undo_stack.undoText() == f"Lås {person.name}"
    session.set_group_locked(kvadrant=1, group_id=table.id, locked=True, name="bord 1")
    session.set_chair_and_referent(kvadrant=1, group_id=table.id, ordstyrer_id=person.participant_id, referent_id=None)
    now = session.plan(1).tables[0]  # type: ignore[union-attr]
    assert now.locked and now.ordstyrer_id == person.participant_id and now.referent_id is None
    for _ in range(3):
        session.undo_stack.undo()
    then = session.plan(1).tables[0]  # type: ignore[union-attr]
    assert not then.locked and not then.member(person.participant_id).locked  # type: ignore[union-attr]
    assert (then.ordstyrer_id, then.referent_id) == (table.ordstyrer_id, table.referent_id)

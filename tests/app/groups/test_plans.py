"""Groups in the conference file: plans per kvadrant, editing, check-in, history and undo.

Finer tests of editing, check-in and undo are in ``test_editing``, ``test_presence`` and
``test_snapshots``; the ``demo`` fixture is in ``conftest``."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.groups import plans as groups
from app.groups.plans import make_plan, current_plan
from app.common.messages import KvadrantError
from app.roster.participants import add_participant, list_participants
from app.roster.importer import import_roster
from app.conference_file.storage import ConferenceDb
from app.conference_file.templates import create_conference

ROOT = Path(__file__).resolve().parents[3]


def _ids(plan: groups.Plan) -> list[list[int]]:
    return [[m.participant_id for m in t.members] for t in plan.tables]


def test_mixed_plan_is_stored_with_figures_at_their_optimum(demo: ConferenceDb) -> None:
    plan = make_plan(demo, kvadrant=1, seed=3)
    assert plan.figures.tables == 18  # 105 people, at most 6 a table
    assert (plan.figures.smallest, plan.figures.largest) == (5, 6)
    assert plan.figures.same_unit_pairs == plan.figures.same_unit_minimum == 0
    assert plan.figures.roles_outside == 0 and plan.figures.repeat_pairs == 0
    assert (plan.figures.veiledere_fewest, plan.figures.veiledere_most) == (0, 1)
    assert all(not t.problems for t in plan.tables)
    assert current_plan(demo, 1) == plan
    everyone = sorted(pid for members in _ids(plan) for pid in members)
    assert everyone == sorted(p.id for p in list_participants(demo))


def test_every_table_has_a_chair_and_referent_who_sit_there(demo: ConferenceDb) -> None:
    plan = make_plan(demo, kvadrant=1, seed=3)
    for table in plan.tables:
        assert table.member(table.ordstyrer_id) is not None
        assert table.member(table.referent_id) is not None
        assert table.ordstyrer_id != table.referent_id


def test_same_seed_same_plan_new_seed_new_plan(demo: ConferenceDb) -> None:
    first = _ids(make_plan(demo, kvadrant=1, seed=11))
    assert _ids(make_plan(demo, kvadrant=1, seed=11)) == first
    assert _ids(make_plan(demo, kvadrant=1, seed=12)) != first


def test_size_and_tables(demo: ConferenceDb) -> None:
    assert make_plan(demo, kvadrant=1, size=4, seed=1).figures.tables == 27
    plan = make_plan(demo, kvadrant=1, tables=10, seed=1)
    assert plan.figures.tables == 10 and (plan.figures.smallest, plan.figures.largest) == (10, 11)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"size": 0}, "groups_bad_size"),
        ({"tables": 0}, "groups_bad_tables"),
        ({"tables": 500}, "groups_too_many_tables"),
        ({"size": 4, "tables": 3}, "groups_size_and_tables"),
        ({"kvadrant": 2}, "groups_bad_kvadrant"),
    ],
)
def test_impossible_requests(demo: ConferenceDb, kwargs: dict, code: str) -> None:
    with pytest.raises(KvadrantError) as caught:
        make_plan(demo, **{"kvadrant": 1, **kwargs})
    assert caught.value.message.code == code
    assert current_plan(demo, 1) is None


def test_no_participants(blank_db: ConferenceDb) -> None:
    with pytest.raises(KvadrantError) as caught:
        make_plan(blank_db, kvadrant=1)
    assert caught.value.message.code == "groups_no_participants"


def test_absent_people_get_no_seat(demo: ConferenceDb) -> None:
    people = list_participants(demo)
    for p in people[:5]:
        groups.set_presence(demo, p.id, False)
    plan = make_plan(demo, kvadrant=1, seed=2)
    seated = {pid for members in _ids(plan) for pid in members}
    assert not seated & {p.id for p in people[:5]}
    assert len(seated) == len(people) - 5


def test_by_role(demo: ConferenceDb) -> None:
    plan = make_plan(demo, kvadrant=1, by_role=True, seed=2)
    assert plan.mode.value == "by_role"
    for table in plan.tables:
        roles = {m.role for m in table.members} - {"veileder"}
        assert len(roles) == 1 and table.label in roles


def test_kommunegrupper(demo: ConferenceDb) -> None:
    plan = make_plan(demo, kvadrant=4, seed=1)
    labels = [t.label for t in plan.tables]
    assert "Sunnfjord" in labels and "Gjøvik" in labels
    sunnfjord = plan.tables[labels.index("Sunnfjord")]
    assert {m.municipality for m in sunnfjord.members if m.role != "veileder"} == {"Førde", "Naustdal", "Gaular", "Jølster"}
    assert [m.role for m in sunnfjord.members].count("veileder") == 1  # the demo says who advises Sunnfjord
    assert current_plan(demo, 1) is None  # kvadrant 4 is a plan of its own


def test_a_kommunegruppe_of_one_is_flagged_and_can_be_merged(demo: ConferenceDb) -> None:
    add_participant(demo, name="Eli Einsam", municipality="Utsira", role="kulturskoleleder")
    plan = make_plan(demo, kvadrant=4, seed=1)
    assert any(w.code == "group_single" for w in plan.warnings)
    single = next(t for t in plan.tables if t.label == "Utsira")
    groups.merge_groups(demo, source_group_id=single.id, target_group_id=plan.tables[0].id)
    merged = current_plan(demo, 4)
    assert not any(w.code == "group_single" for w in merged.warnings)
    assert len(merged.tables) == len(plan.tables) - 1
    assert [t.number for t in merged.tables] == list(range(1, len(merged.tables) + 1))


def test_move_and_reorder(demo: ConferenceDb) -> None:
    plan = make_plan(demo, kvadrant=1, seed=3)
    a, b = plan.tables[0], plan.tables[1]
    person = a.members[0]
    change = groups.move_member(demo, participant_id=person.participant_id, from_group_id=a.id, to_group_id=b.id, position=0)
    assert change.moves[0].to_table == b.number
    after = current_plan(demo, 1)
    assert after.tables[1].members[0].participant_id == person.participant_id
    order = [m.participant_id for m in after.tables[1].members][::-1]
    groups.set_speaking_order(demo, b.id, order)
    assert [m.participant_id for m in current_plan(demo, 1).tables[1].members] == order


def test_rule_breaks_are_shown_on_their_table(demo: ConferenceDb) -> None:
    plan = make_plan(demo, kvadrant=1, seed=3)
    target = plan.tables[0]
    someone = next(m for m in target.members if m.role != "veileder")
    colleague = next(
        m for t in plan.tables[1:] for m in t.members if m.unit == someone.unit
    )  # every demo municipality has three or more people, so one sits elsewhere
    source = plan.table_of(colleague.participant_id)
    groups.move_member(demo, participant_id=colleague.participant_id, from_group_id=source.id, to_group_id=target.id)
    after = current_plan(demo, 1)
    assert f"2 fra {someone.unit}" in [p.text("nb") for p in after.table(target.number).problems]
    assert after.figures.same_unit_pairs == 1


def test_locked_people_keep_their_seats_in_a_new_proposal(demo: ConferenceDb) -> None:
    plan = make_plan(demo, kvadrant=1, seed=3)
    table = plan.tables[4]
    person = table.members[2]
    groups.set_member_locked(demo, table.id, person.participant_id, True)
    groups.set_group_locked(demo, plan.tables[7].id, True)
    kept = [m.participant_id for m in plan.tables[7].members]
    new = make_plan(demo, kvadrant=1, seed=99)
    assert new.table(5).member(person.participant_id) is not None
    assert set(kept) <= {m.participant_id for m in new.table(8).members}
    assert new.table(8).locked


def test_late_arrival_and_no_show_say_who_moved(demo: ConferenceDb) -> None:
    people = list_participants(demo)
    late = people[10]
    groups.set_presence(demo, late.id, False, fix_groups=False)
    make_plan(demo, kvadrant=1, seed=5)
    change = groups.set_presence(demo, late.id, True)
    moved = [m for m in change.moves if m.kvadrant == 1]
    assert moved[0].name == late.name and moved[0].from_table is None
    assert len(moved) <= 2
    plan = current_plan(demo, 1)
    assert plan.table_of(late.id) is not None
    assert plan.figures.largest - plan.figures.smallest <= 1

    change = groups.set_presence(demo, late.id, False)
    moved = [m for m in change.moves if m.kvadrant == 1]
    assert moved[0].name == late.name and moved[0].to_table is None
    assert len(moved) <= 3
    plan = current_plan(demo, 1)
    assert plan.table_of(late.id) is None
    assert plan.figures.largest - plan.figures.smallest <= 1


def test_undo_puts_back_plan_and_presence(demo: ConferenceDb) -> None:
    first = make_plan(demo, kvadrant=1, seed=5)
    before = groups.snapshot(demo, 1)
    person = first.tables[0].members[0]
    groups.set_presence(demo, person.participant_id, False)
    make_plan(demo, kvadrant=1, seed=6)
    groups.restore(demo, before)
    again = current_plan(demo, 1)
    assert _ids(again) == _ids(first)
    assert next(p for p in list_participants(demo) if p.id == person.participant_id).present


def test_history_from_an_earlier_conference_file(tmp_path: Path) -> None:
    roster = ROOT / "resources" / "demo" / "roster.csv"
    earlier = create_conference(tmp_path / "dk1.kvadrant", title="Dialogkonferanse 1", template="blank")
    import_roster(earlier, roster)
    first = make_plan(earlier, kvadrant=1, seed=1)
    earlier.close()
    later = create_conference(tmp_path / "dk2.kvadrant", title="Dialogkonferanse 2", template="blank")
    import_roster(later, roster)
    plan = make_plan(later, kvadrant=1, seed=1, history_files=[tmp_path / "dk1.kvadrant"])
    names_before = {frozenset(m.name for m in t.members) for t in first.tables}
    for table in plan.tables:
        names = [m.name for m in table.members]
        for a in names:
            for b in names:
                assert a == b or not any({a, b} <= s for s in names_before)
    later.close()


def test_history_file_that_is_not_ours_is_refused(demo: ConferenceDb, tmp_path: Path) -> None:
    other = tmp_path / "other.kvadrant"
    other.write_bytes(b"not a conference")
    with pytest.raises(KvadrantError) as caught:
        make_plan(demo, kvadrant=1, history_files=[other])
    assert caught.value.message.code == "file_not_sqlite"
    assert other.read_bytes() == b"not a conference"


def test_used_plans_are_history_in_the_same_file(demo: ConferenceDb) -> None:
    first = make_plan(demo, kvadrant=1, seed=1)
    groups.mark_used(demo, 1)
    second = make_plan(demo, kvadrant=1, seed=2)
    assert second.figures.repeat_pairs == 0
    pairs_first = {frozenset((a.participant_id, b.participant_id)) for t in first.tables for a in t.members for b in t.members if a != b}
    pairs_second = {frozenset((a.participant_id, b.participant_id)) for t in second.tables for a in t.members for b in t.members if a != b}
    assert not pairs_first & pairs_second


def test_find_your_table_is_alphabetical_norwegian(demo: ConferenceDb) -> None:
    plan = make_plan(demo, kvadrant=1, seed=1)
    rows = groups.find_your_table(plan)
    assert len(rows) == 105
    names = [r.name for r in rows]
    assert names.index("Aksel Paulsen") < names.index("Øyvind Gundersen")
    zs = [n for n in names if n[0] in "ZÆØÅ"]
    assert zs == sorted(zs, key=lambda n: "ZÆØÅ".index(n[0]))
    assert all(len(r.tables) == 1 for r in rows)
    four = groups.find_your_table(make_plan(demo, kvadrant=4, seed=1))
    assert len(four) == 105  # each veileder once, with every group they visit
    assert max(len(r.tables) for r in four) > 1


def test_old_file_is_upgraded_with_groups(tmp_path: Path) -> None:
    """A file made before groups existed (schema revision 0001) opens and gets the new tables."""
    from sqlalchemy import create_engine

    from app.conference_file.migrations import upgrade
    from app.conference_file.storage import APPLICATION_ID

    path = tmp_path / "old.kvadrant"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        upgrade(connection, "0001")
        connection.exec_driver_sql("PRAGMA user_version = 1")
        connection.exec_driver_sql(
            "INSERT INTO participant (name, municipality, match_key, role, kommunegruppe, email, present) "
            "VALUES ('Kari', 'Hamar', 'kari|hamar', 'kulturskoleleder', '', '', 1)"
        )
    engine.dispose()
    db = ConferenceDb.open(path)
    assert [p.name for p in list_participants(db)] == ["Kari"]
    assert make_plan(db, kvadrant=1).figures.tables == 1
    db.close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] >= 3


def test_the_service_keeps_every_name_it_always_had() -> None:
    """``app.groups.plans`` stays the one import for the rest of the code: each name is the real one."""
    from app.groups import editing, presence, reading, snapshots

    for name in groups.__all__:
        value = getattr(groups, name)
        homes = [m for m in (editing, presence, reading, snapshots) if getattr(m, name, None) is value]
        assert homes or name in vars(groups), name
    assert groups.set_presence is presence.set_presence and groups.restore is snapshots.restore

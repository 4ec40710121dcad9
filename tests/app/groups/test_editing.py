"""Editing a plan in the core: ordstyrer and referent (one person never holds both), and merging
groups in one transaction."""
from __future__ import annotations

import pytest

from app.common.messages import KvadrantError, Message
from app.conference_file.storage import ConferenceDb
from app.groups.editing import merge_groups, set_chair_and_referent
from app.groups.plans import Table, current_plan, make_plan
from app.roster.participants import add_participant


def _table(db: ConferenceDb, group_id: int, kvadrant: int = 1) -> Table:
    plan = current_plan(db, kvadrant)
    assert plan is not None
    return next(t for t in plan.tables if t.id == group_id)


def _roles(db: ConferenceDb, group_id: int) -> tuple[int | None, int | None]:
    table = _table(db, group_id)
    return table.ordstyrer_id, table.referent_id


@pytest.fixture
def table(demo: ConferenceDb) -> Table:
    table = make_plan(demo, kvadrant=1, seed=3).tables[0]
    assert None not in (table.ordstyrer_id, table.referent_id) and table.ordstyrer_id != table.referent_id
    return table


def test_the_referent_named_ordstyrer_stops_being_referent(demo: ConferenceDb, table: Table) -> None:
    change = set_chair_and_referent(demo, table.id, ordstyrer_id=table.referent_id)
    assert change.kvadrant == 1
    assert _roles(demo, table.id) == (table.referent_id, None)


def test_the_ordstyrer_named_referent_stops_being_ordstyrer(demo: ConferenceDb, table: Table) -> None:
    set_chair_and_referent(demo, table.id, referent_id=table.ordstyrer_id)
    assert _roles(demo, table.id) == (None, table.ordstyrer_id)


def test_a_role_left_out_is_kept_and_none_clears_one(demo: ConferenceDb, table: Table) -> None:
    other = next(m.participant_id for m in table.members if m.participant_id not in (table.ordstyrer_id, table.referent_id))
    set_chair_and_referent(demo, table.id, ordstyrer_id=other)
    assert _roles(demo, table.id) == (other, table.referent_id)
    set_chair_and_referent(demo, table.id, referent_id=None)
    assert _roles(demo, table.id) == (other, None)
    set_chair_and_referent(demo, table.id)
    assert _roles(demo, table.id) == (other, None)


def test_both_roles_named_at_once(demo: ConferenceDb, table: Table) -> None:
    set_chair_and_referent(demo, table.id, ordstyrer_id=table.referent_id, referent_id=table.ordstyrer_id)
    assert _roles(demo, table.id) == (table.referent_id, table.ordstyrer_id)
    set_chair_and_referent(demo, table.id, ordstyrer_id=None, referent_id=None)
    assert _roles(demo, table.id) == (None, None)


@pytest.mark.parametrize("who", ["ordstyrer", "referent", "someone"])
def test_the_same_person_for_both_roles_is_refused_and_nothing_written(demo: ConferenceDb, table: Table, who: str) -> None:
    pid = {"ordstyrer": table.ordstyrer_id, "referent": table.referent_id, "someone": table.members[-1].participant_id}[who]
    with pytest.raises(KvadrantError) as caught:
        set_chair_and_referent(demo, table.id, ordstyrer_id=pid, referent_id=pid)
    assert caught.value.message.code == "group_role_twice"
    assert _roles(demo, table.id) == (table.ordstyrer_id, table.referent_id)
    assert Message("group_role_twice").text("nb") == "Samme person kan ikke være både ordstyrer og referent."
    assert Message("group_role_twice").text("en") == "The same person cannot be both chair and note-taker."


def test_roles_go_only_to_people_at_the_table(demo: ConferenceDb, table: Table) -> None:
    plan = current_plan(demo, 1)
    assert plan is not None
    stranger = plan.tables[1].members[0].participant_id
    for kwargs in ({"ordstyrer_id": stranger}, {"referent_id": stranger}):
        with pytest.raises(KvadrantError) as caught:
            set_chair_and_referent(demo, table.id, **kwargs)
        assert caught.value.message.code == "group_role_not_member"
    assert _roles(demo, table.id) == (table.ordstyrer_id, table.referent_id)
    with pytest.raises(KvadrantError) as caught:
        set_chair_and_referent(demo, 999_999, ordstyrer_id=None)
    assert caught.value.message.code == "group_not_found"


def test_one_role_named_does_what_the_groups_view_menu_did(demo: ConferenceDb, table: Table) -> None:
    """The menu's Ordstyrer/Referent ticks computed both roles in the view; the core now does it.

    ``ui/groups/groups_view.py`` (``set_ordstyrer``/``set_referent``): ticking someone gives them
    the role and takes the other role from them; unticking clears the role.
    """
    people = [m.participant_id for m in table.members[:3]]
    steps = [(role, pid, chosen) for pid in people for role in ("ordstyrer", "referent") for chosen in (True, False, True)]
    for role, pid, chosen in steps:
        chair, referent = _roles(demo, table.id)
        if role == "ordstyrer":
            expected = (pid if chosen else None, None if referent == pid and chosen else referent)
            set_chair_and_referent(demo, table.id, ordstyrer_id=pid if chosen else None)
        else:
            expected = (None if chair == pid and chosen else chair, pid if chosen else None)
            set_chair_and_referent(demo, table.id, referent_id=pid if chosen else None)
        assert _roles(demo, table.id) == expected, (role, pid, chosen)


def test_a_merge_is_one_change_that_says_who_moved(demo: ConferenceDb) -> None:
    add_participant(demo, name="Eli Einsam", municipality="Utsira", role="kulturskoleleder")
    plan = make_plan(demo, kvadrant=4, seed=1)
    single = next(t for t in plan.tables if t.label == "Utsira")
    target = plan.tables[0]
    change = merge_groups(demo, source_group_id=single.id, target_group_id=target.id)
    assert change.kvadrant == 4
    assert [(m.name, m.from_table, m.to_table, m.kvadrant) for m in change.moves] == [("Eli Einsam", single.number, 1, 4)]
    merged = _table(demo, target.id, 4)
    assert [m.participant_id for m in merged.members] == [
        *(m.participant_id for m in target.members),
        single.members[0].participant_id,
    ]
    assert merged.label == f"{target.label} + Utsira"


def test_a_merge_renumbers_the_groups_after_the_one_that_went(demo: ConferenceDb) -> None:
    plan = make_plan(demo, kvadrant=4, seed=1)
    source, target = plan.tables[2], plan.tables[5]
    change = merge_groups(demo, source_group_id=source.id, target_group_id=target.id)
    after = current_plan(demo, 4)
    assert after is not None
    assert [t.number for t in after.tables] == list(range(1, len(plan.tables)))
    assert [t.id for t in after.tables] == [t.id for t in plan.tables if t.id != source.id]
    assert {m.to_table for m in change.moves} == {after.tables[4].number} == {5}
    assert {m.from_table for m in change.moves} == {3}


def test_a_merge_into_itself_changes_nothing(demo: ConferenceDb) -> None:
    plan = make_plan(demo, kvadrant=4, seed=1)
    change = merge_groups(demo, source_group_id=plan.tables[0].id, target_group_id=plan.tables[0].id)
    assert change.kvadrant == 4 and change.moves == ()
    assert current_plan(demo, 4) == plan


def test_a_merge_with_a_group_that_is_gone_is_refused(demo: ConferenceDb) -> None:
    plan = make_plan(demo, kvadrant=4, seed=1)
    with pytest.raises(KvadrantError) as caught:
        merge_groups(demo, source_group_id=plan.tables[0].id, target_group_id=999_999)
    assert caught.value.message.code == "group_not_found"
    assert current_plan(demo, 4) == plan

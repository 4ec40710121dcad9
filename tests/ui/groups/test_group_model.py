"""The per-table model, tested without a widget: rows, data, and drag and drop as a model feature
(``mimeData`` on one table, ``dropMimeData`` on another), checked against the file itself."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from app.groups import plans as groups
from app.groups.plans import Plan
from app.common.messages import KvadrantError
from app.conference_file.storage import ConferenceDb
from ui.shell.conference_session import ConferenceSession
from ui.groups.group_model import (
    MEMBER_MIME_TYPE,
    MEMBER_ROLE,
    ORDSTYRER_ROLE,
    PARTICIPANT_ID_ROLE,
    REFERENT_ROLE,
    ROLE_TAG_ROLE,
    SPEAKING_NUMBER_ROLE,
    DraggedMember,
    GroupTableModel,
    decode_members,
    encode_members,
)


def stored_plan(path: Path, kvadrant: int = 1) -> Plan:
    """The current plan as a fresh connection to the file sees it."""
    db = ConferenceDb.open(path)
    try:
        plan = groups.current_plan(db, kvadrant)
        assert plan is not None
        return plan
    finally:
        db.close()


@pytest.fixture
def plan(session: ConferenceSession) -> Plan:
    return session.make_plan(kvadrant=1, size=6, seed=11)


def models(session: ConferenceSession, plan: Plan) -> list[GroupTableModel]:
    return [GroupTableModel(session, table, kvadrant=1) for table in plan.tables]


def refresh(session: ConferenceSession, tables: list[GroupTableModel]) -> None:
    """What the groups view does on ``groups_changed``: hand each model its table again."""
    fresh = session.plan(1)
    assert fresh is not None
    by_id = {t.id: t for t in fresh.tables}
    for model in tables:
        model.set_table(by_id[model.table.id])


def test_rows_and_data(session: ConferenceSession, plan: Plan) -> None:
    table = plan.tables[0]
    model = GroupTableModel(session, table, kvadrant=1)
    assert model.rowCount() == len(table.members)
    assert model.rowCount(model.index(0, 0)) == 0
    first = table.members[0]
    index = model.index(0, 0)
    assert model.data(index) == first.name
    assert model.data(index, MEMBER_ROLE) == first
    assert model.data(index, PARTICIPANT_ID_ROLE) == first.participant_id
    assert model.data(index, SPEAKING_NUMBER_ROLE) == 1
    assert model.data(index, ROLE_TAG_ROLE) in {"eier", "leder", "lærer", "veileder"}
    assert first.municipality in model.data(index, Qt.ItemDataRole.ToolTipRole)
    chair_row = model.row_of(table.ordstyrer_id)
    referent_row = model.row_of(table.referent_id)
    assert chair_row is not None and referent_row is not None
    assert model.data(model.index(chair_row, 0), ORDSTYRER_ROLE) is True
    assert model.data(model.index(referent_row, 0), REFERENT_ROLE) is True
    assert "ordstyrer" in model.data(model.index(chair_row, 0), Qt.ItemDataRole.ToolTipRole)


def test_invalid_indexes_give_none(session: ConferenceSession, plan: Plan) -> None:
    model = GroupTableModel(session, plan.tables[0], kvadrant=1)
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(99, 0)) is None
    assert model.member(-1) is None


def test_people_drag_and_the_list_takes_drops_between_them(session: ConferenceSession, plan: Plan) -> None:
    model = GroupTableModel(session, plan.tables[0], kvadrant=1)
    item = model.flags(model.index(0, 0))
    assert item & Qt.ItemFlag.ItemIsDragEnabled
    assert not item & Qt.ItemFlag.ItemIsDropEnabled  # never "onto" a person
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert model.mimeTypes() == [MEMBER_MIME_TYPE]
    assert model.supportedDropActions() == Qt.DropAction.MoveAction


def test_mime_data_carries_the_person_and_the_group(session: ConferenceSession, plan: Plan) -> None:
    table = plan.tables[2]
    model = GroupTableModel(session, table, kvadrant=1)
    data = model.mimeData([model.index(1, 0)])
    assert data.hasFormat(MEMBER_MIME_TYPE)
    assert decode_members(data) == [DraggedMember(table.members[1].participant_id, table.id, 1)]
    assert data.text() == table.members[1].name


def test_junk_is_not_a_member() -> None:
    junk = QMimeData()
    junk.setData(MEMBER_MIME_TYPE, b"not json")
    assert decode_members(junk) == []
    plain = QMimeData()
    plain.setText("Kari Nordmann")
    assert decode_members(plain) == []
    assert decode_members(None) == []


def test_dropping_on_another_table_moves_the_person(session: ConferenceSession, plan: Plan, demo_file: Path) -> None:
    tables = models(session, plan)
    source, target = tables[0], tables[3]
    person = source.table.members[2]
    data = source.mimeData([source.index(2, 0)])
    assert target.canDropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert target.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    refresh(session, tables)

    file_plan = stored_plan(demo_file)
    assert file_plan.table_of(person.participant_id).number == target.table.number
    moved_to = file_plan.table(target.table.number)
    assert moved_to is not None and moved_to.members[1].participant_id == person.participant_id
    assert target.data(target.index(1, 0)) == person.name
    assert source.row_of(person.participant_id) is None
    assert session.undo_stack.undoText() == f"Flytt {person.name} til bord {target.table.number}"


def test_dropping_on_the_empty_part_of_a_list_seats_them_last(session: ConferenceSession, plan: Plan) -> None:
    tables = models(session, plan)
    source, target = tables[1], tables[4]
    person = source.table.members[0]
    data = source.mimeData([source.index(0, 0)])
    assert target.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    refresh(session, tables)
    assert target.row_of(person.participant_id) == target.rowCount() - 1


def test_dropping_within_a_table_changes_the_speaking_order(
    session: ConferenceSession, plan: Plan, demo_file: Path
) -> None:
    tables = models(session, plan)
    model = tables[0]
    before = model.participant_ids()
    data = model.mimeData([model.index(0, 0)])
    # Drop the first person between the third and the fourth.
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    refresh(session, tables)
    expected = before[1:3] + [before[0]] + before[3:]
    assert model.participant_ids() == expected
    assert model.data(model.index(2, 0), SPEAKING_NUMBER_ROLE) == 3
    assert [m.participant_id for m in stored_plan(demo_file).tables[0].members] == expected
    assert session.undo_stack.undoText() == "Endre talerekkefølge"


def test_dropping_someone_on_their_own_place_changes_nothing(session: ConferenceSession, plan: Plan) -> None:
    model = GroupTableModel(session, plan.tables[0], kvadrant=1)
    count = session.undo_stack.count()
    data = model.mimeData([model.index(2, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert session.undo_stack.count() == count


def test_no_drops_from_the_other_kvadrant_or_as_a_copy(session: ConferenceSession, plan: Plan) -> None:
    model = GroupTableModel(session, plan.tables[0], kvadrant=1)
    other = plan.tables[1]
    from_four = encode_members([DraggedMember(other.members[0].participant_id, other.id, 4)])
    assert not model.canDropMimeData(from_four, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(from_four, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    same = encode_members([DraggedMember(other.members[0].participant_id, other.id, 1)])
    assert not model.canDropMimeData(same, Qt.DropAction.CopyAction, 0, 0, QModelIndex())


def test_a_refused_drop_is_reported_not_raised(qtbot, session: ConferenceSession, plan: Plan) -> None:  # type: ignore[no-untyped-def]
    model = GroupTableModel(session, plan.tables[0], kvadrant=1)
    stale = encode_members([DraggedMember(plan.tables[1].members[0].participant_id, 999_999, 1)])
    with qtbot.waitSignal(model.edit_failed) as blocker:
        assert not model.dropMimeData(stale, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert isinstance(blocker.args[0], KvadrantError)


def test_a_changed_row_is_redrawn_without_a_reset(qtbot, session: ConferenceSession, plan: Plan) -> None:  # type: ignore[no-untyped-def]
    table = plan.tables[0]
    model = GroupTableModel(session, table, kvadrant=1)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    person = table.members[3]
    session.set_member_locked(kvadrant=1, group_id=table.id, participant_id=person.participant_id, locked=True)
    fresh = session.plan(1).table(table.number)  # type: ignore[union-attr]
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_table(fresh)
    assert blocker.args[0].row() == 3 and blocker.args[1].row() == 3
    assert resets == []
    assert model.data(model.index(3, 0), MEMBER_ROLE).locked


def test_keyboard_reorder_moves_one_step(session: ConferenceSession, plan: Plan) -> None:
    tables = models(session, plan)
    model = tables[0]
    before = model.participant_ids()
    assert model.move_within(before[2], -1)
    refresh(session, tables)
    assert model.participant_ids() == [before[0], before[2], before[1], *before[3:]]
    assert model.move_within(before[2], 1)
    refresh(session, tables)
    assert model.participant_ids() == before
    assert not model.move_within(before[0], -1)  # already first

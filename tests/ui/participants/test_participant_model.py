"""The participant model and its proxy, tested without a widget (as Spyder does)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from app.roster.participants import list_participants
from app.conference_file.storage import ConferenceDb
from ui.shell.conference_session import ConferenceSession
from ui.participants.participant_model import (
    OTHER_ROLES,
    PARTICIPANT_ID_ROLE,
    ROW_ROLE,
    Column,
    ParticipantFilterProxy,
    ParticipantTableModel,
    Presence,
    participant_counts,
)


def stored(path: Path):  # type: ignore[no-untyped-def]
    """The participants as a fresh connection to the file sees them."""
    db = ConferenceDb.open(path)
    try:
        return {p.id: p for p in list_participants(db)}
    finally:
        db.close()


def row_of(model: ParticipantTableModel, name: str) -> int:
    return next(i for i, p in enumerate(model.rows) if p.name == name)


def test_rows_and_columns(session: ConferenceSession) -> None:
    model = ParticipantTableModel(session)
    assert model.rowCount() == 105
    assert model.columnCount() == len(Column)
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Navn"
    assert model.headerData(Column.PRESENT, Qt.Orientation.Horizontal) == "Til stede"


def test_data_shows_roles_by_name_and_presence_as_a_checkbox(session: ConferenceSession) -> None:
    model = ParticipantTableModel(session)
    row = row_of(model, "Espen Kristoffersen")
    assert model.data(model.index(row, Column.NAME)) == "Espen Kristoffersen"
    assert model.data(model.index(row, Column.MUNICIPALITY)) == "Hamar"
    assert model.data(model.index(row, Column.ROLE)) == "Kulturskoleeier"
    assert model.data(model.index(row, Column.ROLE), Qt.ItemDataRole.EditRole) == "kulturskoleeier"
    assert model.data(model.index(row, Column.PRESENT), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(model.index(row, Column.PRESENT)) is None
    assert isinstance(model.data(model.index(row, 0), PARTICIPANT_ID_ROLE), int)
    assert model.flags(model.index(row, Column.PRESENT)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.flags(model.index(row, Column.NAME)) & Qt.ItemFlag.ItemIsEditable


def test_invalid_indexes_give_none_and_never_raise(session: ConferenceSession) -> None:
    model = ParticipantTableModel(session)
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(999, 0)) is None
    assert model.headerData(99, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.setData(QModelIndex(), "x") is False


def test_set_data_commits_to_the_file_at_once(session: ConferenceSession, demo_file: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantTableModel(session)
    row = row_of(model, "Gro Nielsen")
    pid = model.rows[row].id
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(model.index(row, Column.EMAIL), "gro@hamar.kommune.no")
    assert stored(demo_file)[pid].email == "gro@hamar.kommune.no"
    assert model.data(model.index(row, Column.EMAIL)) == "gro@hamar.kommune.no"

    assert model.setData(model.index(row, Column.ROLE), "veileder")
    assert model.setData(model.index(row, Column.PRESENT), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    person = stored(demo_file)[pid]
    assert (person.role, person.present) == ("veileder", False)


def test_a_refused_edit_reports_and_keeps_the_old_value(session: ConferenceSession, demo_file: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantTableModel(session)
    row = row_of(model, "Gro Nielsen")
    with qtbot.waitSignal(model.edit_failed) as failed:
        assert model.setData(model.index(row, Column.NAME), "   ") is False
    assert failed.args[0].message.code == "participant_name_required"
    assert model.data(model.index(row, Column.NAME)) == "Gro Nielsen"

    # the same name and municipality as someone else
    with qtbot.waitSignal(model.edit_failed) as failed:
        assert model.setData(model.index(row, Column.NAME), "Espen Kristoffersen") is False
    assert failed.args[0].message.code == "participant_exists"
    assert stored(demo_file)[model.rows[row].id].name == "Gro Nielsen"


def test_changes_touch_only_the_rows_they_name(session: ConferenceSession, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantTableModel(session)
    resets: list[bool] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda top, bottom, roles=(): changed.append(top.row()))

    with qtbot.waitSignal(model.rowsInserted):
        session.add_participant(name="Åse Ås", municipality="Ås")
    assert model.rowCount() == 106
    target = row_of(model, "Gro Nielsen")
    session.set_present([model.rows[target].id], False)
    assert changed == [target]
    with qtbot.waitSignal(model.rowsRemoved):
        session.remove_participants([model.rows[-1].id])
    assert model.rowCount() == 105
    assert resets == []


def test_undo_and_redo_of_an_edit_an_add_and_a_removal(session: ConferenceSession, demo_file: Path) -> None:
    model = ParticipantTableModel(session)
    row = row_of(model, "Gro Nielsen")
    pid = model.rows[row].id
    model.setData(model.index(row, Column.MUNICIPALITY), "Gjøvik")
    session.undo_stack.undo()
    assert stored(demo_file)[pid].municipality == "Hamar"
    session.undo_stack.redo()
    assert stored(demo_file)[pid].municipality == "Gjøvik"

    session.add_participant(name="Ny Person", municipality="Bodø")
    assert any(p.name == "Ny Person" for p in stored(demo_file).values())
    session.undo_stack.undo()
    assert not any(p.name == "Ny Person" for p in stored(demo_file).values())
    session.undo_stack.redo()
    assert any(p.name == "Ny Person" for p in stored(demo_file).values())

    session.remove_participants([pid])
    assert pid not in stored(demo_file)
    session.undo_stack.undo()
    back = [p for p in stored(demo_file).values() if p.name == "Gro Nielsen"]
    assert len(back) == 1 and back[0].municipality == "Gjøvik"
    # the re-created person is still the one earlier commands mean
    session.undo_stack.undo()  # undo the add
    session.undo_stack.undo()  # undo the municipality edit, on the re-created row
    back = [p for p in stored(demo_file).values() if p.name == "Gro Nielsen"]
    assert back[0].municipality == "Hamar"
    assert model.rowCount() == len(stored(demo_file))


def test_sorting_puts_ae_oe_aa_after_z(session: ConferenceSession) -> None:
    for name in ("Zahra Zeta", "Ærlig Æsir", "Øystein Ørn", "Åse Åsen", "Adam Alta"):
        session.add_participant(name=name, municipality="Testby")
    model = ParticipantTableModel(session)
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search_text("Testby")
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]
    assert names == ["Adam Alta", "Zahra Zeta", "Ærlig Æsir", "Øystein Ørn", "Åse Åsen"]
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, Column.NAME).data() == "Åse Åsen"


def test_filter_by_text_presence_and_role(session: ConferenceSession) -> None:
    model = ParticipantTableModel(session)
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 105 and not proxy.is_filtering

    proxy.set_search_text("hamar")
    hamar = proxy.rowCount()
    assert 0 < hamar < 105
    assert all(proxy.index(r, Column.MUNICIPALITY).data() == "Hamar" or "hamar" in str(
        proxy.index(r, 0).data(ROW_ROLE)).lower() for r in range(hamar))
    proxy.set_search_text("gro hamar")  # every word must match
    assert [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())] == ["Gro Nielsen"]
    proxy.set_search_text("")

    proxy.set_role("veileder")
    assert proxy.rowCount() == 4
    proxy.set_role(OTHER_ROLES)
    assert proxy.rowCount() == 0
    proxy.set_role(None)

    first = model.rows[0]
    session.set_present([first.id], False)
    proxy.set_presence(Presence.ABSENT)
    assert [proxy.index(r, 0).data(PARTICIPANT_ID_ROLE) for r in range(proxy.rowCount())] == [first.id]
    proxy.set_presence(Presence.PRESENT)
    assert proxy.rowCount() == 104


def test_counts(session: ConferenceSession) -> None:
    counts = participant_counts(ParticipantTableModel(session).rows)
    assert counts == {"participants": 105, "present": 105, "municipalities": 32, "veiledere": 4}

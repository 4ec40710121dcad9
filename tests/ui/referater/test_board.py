"""The board's header and table on their own: "x av y levert" and the time left, from the clock
it is given, and a table that selects whole rows, one at a time."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QAbstractItemView

from app.referent.summaries import PHONE, block_for_kvadrant, board, save_summary
from ui.referater.board import BoardHeader, BoardModel, BoardTable
from ui.referater.referat_display import WARNING_COLOR
from ui.shell.conference_session import ConferenceSession

#: Kvadrant 1's deadline in the demo is 11.30 on 28 January 2020.
DEADLINE = dt.datetime(2020, 1, 28, 11, 30)


def planned_board(session: ConferenceSession):  # type: ignore[no-untyped-def]
    session.make_plan(kvadrant=1, size=6, seed=7)
    block = block_for_kvadrant(session.db, 1)
    assert block is not None
    return board(session.db, block.id)


def test_the_header_counts_and_counts_down(qtbot, session: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    value = planned_board(session)
    now = [DEADLINE - dt.timedelta(minutes=12, seconds=5)]
    header = BoardHeader(lambda: now[0])
    qtbot.addWidget(header)
    header.set_board(value, 2)
    assert header.count_label.text() == "2 av 18 levert"
    assert header.deadline_label.text() == "Frist kl. 11.30 · 12:05 igjen"
    now[0] = DEADLINE + dt.timedelta(minutes=1, seconds=30)
    header.refresh()
    assert header.deadline_label.text() == "Frist kl. 11.30 · gikk ut for 1:30 siden"
    assert WARNING_COLOR in header.deadline_label.styleSheet()
    header.set_board(value, 18)
    assert header.deadline_label.text() == "Frist kl. 11.30 · alle har levert"
    assert header.deadline_label.styleSheet() == ""
    header.set_board(replace(value, deadline=None), 0)
    assert header.deadline_label.text() == "Ingen frist"
    header.set_board(None, 0)
    assert header.count_label.text() == header.deadline_label.text() == ""


def test_the_table_selects_one_whole_row(qtbot, session: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    value = planned_board(session)
    save_summary(session.db, block_id=value.block.id, group_id=value.rows[1].group_id, text="Hei", base_version=0, source=PHONE)
    model = BoardModel()
    model.set_board(board(session.db, value.block.id))
    table = BoardTable(model)
    qtbot.addWidget(table)
    assert table.model() is model
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    table.selectRow(1)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]
    assert model.index(1, BoardModel.STATUS).data() == "Skriver"

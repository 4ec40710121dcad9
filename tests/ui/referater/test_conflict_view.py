"""The conflict view on its own: both texts side by side with where and when each was written,
the buttons that choose one, and the merge buttons; user text shown exactly as typed."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt

from app.referent.summaries import LAPTOP, PHONE, Conflict, SummaryState
from ui.referater.conflict_view import ConflictPanel

NASTY = "<b>fet</b> & 🎻"


def conflict(*, stored_from: str, other_from: str) -> SummaryState:
    return SummaryState(
        block_id=1, group_id=2, group_number=2, label="", text="Telefonens tekst her", version=3,
        delivered=False, delivered_at=None, updated_at=dt.datetime(2020, 1, 28, 11, 19), updated_from=stored_from,
        conflicts=(Conflict(5, NASTY, other_from, "", dt.datetime(2020, 1, 28, 11, 20), 2),),
    )


def test_both_texts_side_by_side_and_choosing_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ConflictPanel()
    qtbot.addWidget(panel)
    panel.set_state(conflict(stored_from=PHONE, other_from=LAPTOP))
    assert panel.heading.text().startswith("To versjoner av referatet")
    assert panel.stored_side.title_label.text() == "Telefonen · lagret 11.19 · 3 ord"
    assert panel.other_side.title_label.text() == "Denne PC-en · skrevet 11.20 · 3 ord"
    assert panel.stored_side.choose_button.text() == "Bruk telefonens"
    assert panel.other_side.choose_button.text() == "Behold min"
    assert panel.other_side.text == NASTY
    assert panel.other_side.title_label.textFormat() == Qt.TextFormat.PlainText
    with qtbot.waitSignal(panel.resolve_requested) as chosen:
        qtbot.mouseClick(panel.other_side.choose_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [NASTY, []]
    with qtbot.waitSignal(panel.merge_requested):
        qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)


def test_two_phones_each_say_bruk_denne(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ConflictPanel()
    qtbot.addWidget(panel)
    panel.set_state(conflict(stored_from=PHONE, other_from=PHONE))
    assert [panel.stored_side.choose_button.text(), panel.other_side.choose_button.text()] == ["Bruk denne"] * 2
    assert panel.other_side.title_label.text().startswith("Telefonen · skrevet")


def test_more_refused_texts_wait_in_turn_and_the_heading_says_how_many(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ConflictPanel()
    qtbot.addWidget(panel)
    state = conflict(stored_from=PHONE, other_from=LAPTOP)
    later = Conflict(6, "Fra en annen telefon", PHONE, "b2", dt.datetime(2020, 1, 28, 11, 22), 2)
    panel.set_state(replace(state, conflicts=state.conflicts + (later,)))
    assert panel.heading.text().endswith("(2 venter)")
    assert panel.other_side.text == NASTY  # the oldest first

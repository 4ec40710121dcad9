"""The print button on its own: enabled only when someone is seated, empty tables left out, and
"Finn ditt bord" written as a real PDF where the facilitator chose."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.groups.plans import Plan
from ui.groups.print_button import PrintButton
from ui.shell.conference_session import ConferenceSession


@pytest.fixture
def button(qtbot, session: ConferenceSession) -> PrintButton:  # type: ignore[no-untyped-def]
    button = PrintButton(session)
    qtbot.addWidget(button)
    return button


def test_nothing_to_print_without_people_at_the_tables(button: PrintButton, k1_plan: Plan) -> None:
    assert not button.isEnabled() and not button.print_cards_menu_action.isEnabled()
    button.set_plan(replace(k1_plan, tables=tuple(replace(t, members=()) for t in k1_plan.tables)))
    assert not button.isEnabled()
    button.set_plan(k1_plan)
    assert button.isEnabled() and button.find_table_action.isEnabled()
    assert [a.text() for a in button.menu().actions()] == ["Bordkort (PDF)…", "Finn ditt bord (PDF)…"]  # type: ignore[union-attr]


def test_empty_tables_are_left_out(button: PrintButton, k1_plan: Plan) -> None:
    button.set_plan(replace(k1_plan, tables=(*k1_plan.tables, replace(k1_plan.tables[0], id=0, number=19, members=()))))
    assert button.printable_plan().tables == k1_plan.tables  # type: ignore[union-attr]


def test_find_your_table_is_written_where_chosen(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, button: PrintButton, k1_plan: Plan, message_boxes  # type: ignore[no-untyped-def]
) -> None:
    suggested: list[str] = []

    def save_as(parent: object, title: str, name: str, filters: str) -> tuple[str, str]:
        suggested.append(name)
        return str(tmp_path / "dør"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    message_boxes.answer = QMessageBox.StandardButton.Cancel  # do not open it
    button.set_plan(k1_plan)
    with qtbot.waitSignal(button.status_message) as said:
        button.find_table_action.trigger()
    assert Path(suggested[0]).name == "Finn ditt bord 1. kvadrant.pdf"
    assert (tmp_path / "dør.pdf").read_bytes().startswith(b"%PDF")
    assert said.args == ["Lagret dør.pdf."]

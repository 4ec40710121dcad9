"""The merge dialog on its own: the other groups with people in them, by name, and the one chosen."""
from __future__ import annotations

from dataclasses import replace

from app.groups.plans import Plan
from ui.groups.merge_dialog import MergeDialog


def test_the_dialog_offers_the_other_groups_by_name(qtbot, k4_plan: Plan) -> None:  # type: ignore[no-untyped-def]
    alone = next(t for t in k4_plan.tables if t.label == "Vardø")
    emptied = replace(next(t for t in k4_plan.tables if t.label == "Hamar"), members=())
    others = [emptied if t.label == "Hamar" else t for t in k4_plan.tables]
    dialog = MergeDialog(alone, others)
    qtbot.addWidget(dialog)
    assert dialog.text_label.text() == "Hvilken gruppe skal Vardø sitte sammen med?"
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(names) == len(k4_plan.tables) - 2  # not Vardø itself, not the emptied Hamar
    assert names == sorted(names, key=str.casefold) and names[0].startswith("Asker (gruppe 1, ")
    assert not dialog.accept_button.isEnabled() and dialog.chosen_group_id() is None
    dialog.list.setCurrentRow(0)
    assert dialog.accept_button.isEnabled() and dialog.chosen_group_id() == k4_plan.tables[0].id

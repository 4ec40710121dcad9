"""The figures panel on its own: the figures line of a 1. and a 4. kvadrant plan, what breaks a rule
in the warning colour, and at most three of the plan's warnings with the rest in the tooltip."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QPushButton

from app.common.messages import Message
from app.groups.plans import Plan
from ui.groups.figures_panel import FiguresPanel
from ui.groups.plan_warnings import WARNING_COLOR


@pytest.fixture
def panel(qtbot) -> FiguresPanel:  # type: ignore[no-untyped-def]
    panel = FiguresPanel()
    qtbot.addWidget(panel)
    return panel


def test_nothing_is_said_without_a_file_and_the_lack_of_a_plan_with_one(panel: FiguresPanel) -> None:
    assert panel.figures_text() == "" and panel.warnings_label.isHidden()
    panel.show_plan(None, kvadrant=4, is_open=True)
    assert panel.figures_text() == "Ingen grupper ennå for 4. kvadrant."


def test_the_figures_of_a_1_kvadrant_plan(panel: FiguresPanel, k1_plan: Plan) -> None:
    panel.show_plan(k1_plan, kvadrant=1, is_open=True)
    assert panel.figures_text() == (
        "18 bord à 5–6 · samme kommune ved bord: 0 (minimum 0) · gjentatte par: 0 · roller utenfor: 0"
        " · veiledere per bord: 0–1"
    )
    assert WARNING_COLOR.name() not in panel.figures_label.text()
    worse = replace(k1_plan, figures=replace(k1_plan.figures, repeat_pairs=2))
    panel.show_plan(worse, kvadrant=1, is_open=True)
    assert f"<span style='color:{WARNING_COLOR.name()}'>gjentatte par: 2</span>" in panel.figures_label.text()


def test_the_figures_of_the_kommunegrupper_and_a_group_of_one(panel: FiguresPanel, k4_plan: Plan) -> None:
    panel.show_plan(k4_plan, kvadrant=4, is_open=True)
    groups = len(k4_plan.tables)
    assert panel.figures_text().startswith(f"{groups} kommunegrupper à 1–")
    assert panel.figures_text().endswith(" · 1 med bare én deltaker")
    assert not panel.warnings_label.isHidden()
    assert "Vardø" in panel.warnings_label.text() and panel.warnings_label.toolTip() == ""


def test_three_warnings_are_shown_and_the_rest_counted(panel: FiguresPanel, k1_plan: Plan) -> None:
    warnings = tuple(Message("group_single", {"number": n, "unit": f"Kommune {n}"}) for n in range(1, 6))
    panel.show_plan(replace(k1_plan, warnings=warnings), kvadrant=1, is_open=True)
    text = panel.warnings_label.text()
    assert text.count("⚠") == 3 and "… og 2 til" in text
    assert panel.warnings_label.toolTip().count("\n") == 4  # all five


def test_buttons_sit_at_the_end_of_the_figures_line(panel: FiguresPanel) -> None:
    button = QPushButton("Skriv ut")
    panel.add_to_line(button)
    line = panel.layout().itemAt(0).layout()  # type: ignore[union-attr]
    assert (line.indexOf(panel.figures_label), line.indexOf(button)) == (0, 1)
    assert panel.layout().indexOf(panel.warnings_label) == 1  # type: ignore[union-attr]  # under the line

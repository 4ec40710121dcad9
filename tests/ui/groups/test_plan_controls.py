"""The plan controls on their own: what "Lag grupper" will ask for, one remembered value for each of
table size and table count, the options of the kvadrant shown, and earlier files checked."""
from __future__ import annotations


import pytest

from app.groups.plans import DEFAULT_SIZE, Plan
from ui.groups.plan_controls import PlanControls, PlanOptions
from ui.shell.conference_session import ConferenceSession


@pytest.fixture
def controls(qtbot, session: ConferenceSession) -> PlanControls:  # type: ignore[no-untyped-def]
    controls = PlanControls(session)
    qtbot.addWidget(controls)
    return controls


def test_the_options_for_1_kvadrant(controls: PlanControls) -> None:
    assert controls.plan_options() == PlanOptions(size=DEFAULT_SIZE)
    controls.set_table_count(12)
    controls.by_role_check.setChecked(True)
    assert controls.plan_options() == PlanOptions(tables=12, by_role=True)
    assert controls.size_spin.accessibleName() == "Antall bord"
    controls.size_mode_combo.setCurrentIndex(0)  # back to size: its own value comes back
    assert controls.plan_options() == PlanOptions(size=DEFAULT_SIZE, by_role=True)
    assert controls.size_spin.maximum() == 40


def test_the_kvadrant_shown_and_whether_it_has_a_plan(qtbot, controls: PlanControls, k1_plan: Plan) -> None:  # type: ignore[no-untyped-def]
    controls.show_plan(None, kvadrant=1)
    assert controls.make_button.text() == "Lag grupper" and controls.make_button.isEnabled()
    assert controls.k4_hint.isHidden() and not controls.k1_options.isHidden()
    controls.show_plan(k1_plan, kvadrant=1)
    assert controls.make_button.text() == "Nytt forslag"
    assert "Angre med Ctrl+Z" in controls.make_button.toolTip()
    controls.show_plan(None, kvadrant=4)
    assert controls.k4_button.isChecked() and controls.k1_options.isHidden() and not controls.k4_hint.isHidden()
    with qtbot.waitSignal(controls.kvadrant_chosen) as chosen:
        controls.k1_button.click()
    assert chosen.args == [1]
    with qtbot.waitSignal(controls.make_requested):
        controls.make_button.click()


def test_nothing_to_make_without_a_file(session: ConferenceSession, controls: PlanControls) -> None:
    session.close()
    controls.show_plan(None, kvadrant=1)
    assert not controls.make_button.isEnabled()


def test_a_plan_made_by_table_count_shows_it(session: ConferenceSession, controls: PlanControls) -> None:
    controls.sync_to_plan(session.make_plan(kvadrant=1, tables=9, seed=3))
    assert controls.size_mode_combo.currentData() == "tables" and controls.size_spin.value() == 9
    controls.sync_to_plan(session.make_plan(kvadrant=4, seed=3))  # 4. kvadrant has no size
    assert controls.plan_options() == PlanOptions(tables=9)

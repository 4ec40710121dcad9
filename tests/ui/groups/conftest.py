"""Fixtures for the Grupper section's widgets tested alone: a plan of the demo conference for each
kvadrant (4. kvadrant with a kommunegruppe of one), and a card grid that makes plain cards and is
handed a plan the way the section hands it one."""
from __future__ import annotations

from typing import Callable

import pytest

from app.groups.plans import Plan
from ui.groups.card_grid import CardGrid
from ui.groups.table_card import TableCard
from ui.shell.conference_session import ConferenceSession


@pytest.fixture
def k1_plan(session: ConferenceSession) -> Plan:
    """18 tables of 5–6 for the 105 present."""
    return session.make_plan(kvadrant=1, size=6, seed=11)


@pytest.fixture
def k4_plan(session: ConferenceSession) -> Plan:
    """The kommunegrupper, Vardø with only Solveig Alene in it."""
    session.add_participant(name="Solveig Alene", municipality="Vardø", role="kulturskoleleder")
    return session.make_plan(kvadrant=4, seed=11)


@pytest.fixture
def grid(qtbot, session: ConferenceSession) -> CardGrid:  # type: ignore[no-untyped-def]
    grid = CardGrid(lambda table, kvadrant: TableCard(session, table, kvadrant=kvadrant))
    qtbot.addWidget(grid)
    return grid


@pytest.fixture
def show(grid: CardGrid) -> Callable[[Plan | None], None]:
    """What the section does when the plan changes: hand the grid the tables of the plan."""

    def show_plan(plan: Plan | None) -> None:
        assert plan is not None
        singles = {int(w.params["number"]) for w in plan.warnings if w.code == "group_single"}
        grid.show_tables(plan.tables, kvadrant=plan.kvadrant, singles=singles)

    return show_plan

"""Reading plans: one seated table for a phone is the plan's own table, read without the plan's figures."""
from __future__ import annotations

import pytest

from app.common.messages import KvadrantError
from app.conference_file.storage import ConferenceDb
from app.groups.plans import current_plan, make_plan
from app.groups.reading import seated_table
from app.referent.summaries import block_for_kvadrant, get_summary


@pytest.mark.parametrize("kvadrant", [1, 4])
def test_a_seated_table_is_the_plans_table_without_its_rule_checks(demo: ConferenceDb, kvadrant: int) -> None:
    make_plan(demo, kvadrant=kvadrant, seed=3)
    plan = current_plan(demo, kvadrant)
    assert plan is not None
    expected = plan.tables[2]
    seated = seated_table(demo, kvadrant, expected.id)
    assert seated is not None
    assert seated.members == expected.members and len(seated.members) > 2
    assert (seated.number, seated.label, seated.ordstyrer_id, seated.referent_id) == (
        expected.number, expected.label, expected.ordstyrer_id, expected.referent_id
    )
    assert seated.problems == ()


def test_a_group_outside_the_current_plan_is_not_seated(demo: ConferenceDb) -> None:
    old = make_plan(demo, kvadrant=1, seed=1).tables[0].id
    make_plan(demo, kvadrant=1, seed=2)
    k4 = make_plan(demo, kvadrant=4, seed=2).tables[0].id
    assert seated_table(demo, 1, old) is None  # an earlier proposal
    assert seated_table(demo, 1, k4) is None  # another kvadrant's group
    assert seated_table(demo, 1, 999_999) is None


def test_the_summary_of_a_group_not_in_the_plan_is_a_clear_refusal(demo: ConferenceDb) -> None:
    make_plan(demo, kvadrant=1, seed=1)
    block = block_for_kvadrant(demo, 1)
    with pytest.raises(KvadrantError):
        get_summary(demo, block.id, 999_999)

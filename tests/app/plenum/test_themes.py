"""The plenum's themes: key points of every group as cards, placed, merged, split, suggested;
and ``kvadrant plenum --json`` as the README says."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pytest

from app.common.messages import KvadrantError
from app.conference_file.storage import ConferenceDb
from app.groups.plans import current_plan, make_plan
from app.plenum.suggested import suggest_themes
from app.plenum.themes import add_theme, key_points, merge_themes, move_theme, place_points, plenum, remove_theme, rename_theme
from app.referent.summaries import PHONE, block_for_kvadrant, save_summary
from app.roster.demo import create_demo
from tests.app.cli.test_cli import cli

POINTS = {
    1: ("Mer tid til samtale i gruppene", "Forankring hos eier", "<Rektor> & 🎻"),
    2: ("For lite tid", "Forankringen i planverket"),
    3: ("Tid til refleksjon", "", "Eier må delta"),
}


@pytest.fixture
def day(tmp_path: Path) -> Iterator[ConferenceDb]:
    db = create_demo(tmp_path / "plenum.kvadrant")
    make_plan(db, kvadrant=1, seed=1)
    block = block_for_kvadrant(db, 1)
    plan = current_plan(db, 1)
    assert block is not None and plan is not None
    for table in plan.tables[:3]:
        save_summary(db, block_id=block.id, group_id=table.id, text="Referat", base_version=0, source=PHONE, key_points=POINTS[table.number])
    yield db
    db.close()


def test_points_themes_merge_and_split(day: ConferenceDb) -> None:
    points = key_points(day)
    assert [(p.group, p.text) for p in points] == [(1, "Mer tid til samtale i gruppene"), (1, "Forankring hos eier"), (1, "<Rektor> & 🎻"), (2, "For lite tid"), (2, "Forankringen i planverket"), (3, "Tid til refleksjon"), (3, "Eier må delta")]
    time = add_theme(day, " Tid ", [points[0].key, points[3].key])
    owner = add_theme(day, "Eierskap", [points[1].key, points[6].key])
    now = plenum(day)
    assert [(t.name, t.groups) for t in now.themes] == [("Tid", (1, 2)), ("Eierskap", (1, 3))] and now.groups == 3
    assert len(now.unsorted) == 3
    split = add_theme(day, "Forankring", [points[1].key])  # split out of Eierskap
    place_points(day, [points[4].key], split)
    merge_themes(day, owner, split)
    rename_theme(day, split, "Forankring og eierskap")
    move_theme(day, split, 0)
    now = plenum(day)
    assert [(t.name, len(t.points)) for t in now.themes] == [("Forankring og eierskap", 3), ("Tid", 2)]
    place_points(day, [points[0].key], None)
    remove_theme(day, time)
    assert [t.name for t in plenum(day).themes] == ["Forankring og eierskap"] and len(plenum(day).unsorted) == 4
    with pytest.raises(KvadrantError):
        add_theme(day, "   ")
    with pytest.raises(KvadrantError):
        place_points(day, [points[0].key], 9999)
    assert plenum(day, 4).themes == () and plenum(day, 4).unsorted == ()


def test_suggested_themes_share_a_word_and_are_only_proposals(day: ConferenceDb) -> None:
    suggested = suggest_themes(plenum(day))
    names = [s.name for s in suggested]
    assert names[0] == "Tid" and {p.group for p in suggested[0].points} == {1, 2, 3}
    assert "Forankring" in names and plenum(day).themes == ()  # nothing applied
    first = suggested[0]
    add_theme(day, first.name, [p.key for p in first.points])
    assert [t.name for t in plenum(day).themes] == ["Tid"]
    assert all("tid" not in p.text.lower().split() for p in plenum(day).unsorted)


def test_the_plenum_command(day: ConferenceDb) -> None:
    points = key_points(day)
    add_theme(day, "Tid", [points[0].key, points[3].key])
    code, out, err = cli("plenum", str(day.path), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["themes"] == [{"name": "Tid", "groups": [1, 2], "points": [{"group": 1, "text": "Mer tid til samtale i gruppene"}, {"group": 2, "text": "For lite tid"}]}]
    assert {"group": 1, "text": "<Rektor> & 🎻"} in data["unsorted"] and len(data["unsorted"]) == 5
    code, out, _err = cli("plenum", str(day.path), "--kvadrant", "4", "--json")
    assert code == 0 and json.loads(out) == {"themes": [], "unsorted": []}
    assert cli("plenum", str(day.path), "--kvadrant", "2", "--json")[0] == 2

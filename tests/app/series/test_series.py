"""A series of conferences: the next day made from this one, the stored history (add, remove, a
moved file found by its id, copies refused), renamed municipalities, and repeats across a series."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.common.messages import KvadrantError
from app.conference_file.aliases import aliases, canonical, remove_alias, set_alias
from app.conference_file.conference import get_conference, list_blocks
from app.conference_file.history import add_history, history, look_for_moved, read_identity, relocate_history, remove_history
from app.conference_file.schema import BlockKind
from app.conference_file.settings import get_setting, set_setting
from app.conference_file.storage import ConferenceDb
from app.groups.earlier import earlier
from app.groups.plans import Plan, make_plan, mark_used
from app.groups.presence import set_presence
from app.referent.summaries import save_summary
from app.referent.links import ensure_links
from app.roster.demo import create_demo
from app.roster.participants import list_participants, update_participant
from app.series.days import attendance, series_of
from app.series.next_day import new_from, next_presenter


def _day_one(tmp_path: Path) -> Path:
    path = tmp_path / "dk1.kvadrant"
    db = create_demo(path)
    make_plan(db, kvadrant=1, seed=1)
    mark_used(db, 1)
    link = ensure_links(db)[0]
    save_summary(db, block_id=link.block_id, group_id=link.group_id, text="Dag 1", base_version=0, source="phone")
    set_setting(db, "wifi_ssid", "Gardermoen-gjest")
    set_setting(db, "minutes.opening", "Bare for dag 1")
    db.close()
    return path


def test_the_next_day_has_the_programme_roster_and_history_but_nothing_of_the_day(tmp_path: Path) -> None:
    first = _day_one(tmp_path)
    new = new_from(first, tmp_path / "dk1-dag2.kvadrant", date=dt.date(2020, 1, 29))
    try:
        old_db = ConferenceDb.open(first)
        old_info, new_info = get_conference(old_db), get_conference(new)
        assert new_info.title == old_info.title and new_info.date == dt.date(2020, 1, 29)
        assert new_info.uid != old_info.uid and new_info.series_uid == old_info.series_uid == old_info.uid
        assert new_info.source_uid == old_info.uid
        assert [b.title for b in list_blocks(new)] == [b.title for b in list_blocks(old_db)]
        assert [b.task_text for b in list_blocks(new)] == [b.task_text for b in list_blocks(old_db)]
        assert len(list_participants(new)) == len(list_participants(old_db)) == 105
        third = next(b for b in list_blocks(new) if b.kind == BlockKind.KVADRANT3)
        assert third.presenter == "Ålesund" and third.day_presenters == ("Porsanger", "Ålesund", "Gjøvik")
        assert get_setting(new, "wifi_ssid") == "Gardermoen-gjest" and get_setting(new, "minutes.opening") == ""
        assert [(e.title, e.found) for e in history(new)] == [(old_info.title, True)]
        with new.read() as session:
            for table in ("grouping", "summary", "run_event", "referent_token", "eval_response"):
                assert session.connection().exec_driver_sql(f'SELECT COUNT(*) FROM "{table}"').scalar() == 0, table
        old_db.close()
    finally:
        new.close()
    bare = new_from(first, tmp_path / "uten.kvadrant", roster=False)
    assert list_participants(bare) == [] and get_conference(bare).date == dt.date(2020, 1, 28)
    bare.close()


def test_a_day_is_never_made_over_an_existing_file_or_from_a_bad_one(tmp_path: Path) -> None:
    first = _day_one(tmp_path)
    with pytest.raises(KvadrantError) as exists:
        new_from(first, first)
    assert exists.value.message.code == "file_exists"
    bad = tmp_path / "bad.kvadrant"
    bad.write_bytes(b"not ours")
    with pytest.raises(KvadrantError):
        new_from(bad, tmp_path / "ny.kvadrant")
    assert not (tmp_path / "ny.kvadrant").exists() and bad.read_bytes() == b"not ours"


def test_next_presenter_walks_the_days() -> None:
    days = ["Porsanger", "Ålesund", "Gjøvik"]
    assert [next_presenter(p, days) for p in ("Porsanger", "ålesund", "Gjøvik", "Ukjent")] == ["Ålesund", "Gjøvik", "Gjøvik", "Porsanger"]
    assert next_presenter("Irgens", []) == "Irgens"


def test_the_stored_history_add_remove_and_refusals(tmp_path: Path) -> None:
    first = _day_one(tmp_path)
    second = new_from(first, tmp_path / "dk2.kvadrant")
    try:
        with pytest.raises(KvadrantError) as itself:
            add_history(second, second.path)
        assert itself.value.message.code == "history_is_itself"
        copy = tmp_path / "kopi.kvadrant"
        shutil.copy(first, copy)
        with pytest.raises(KvadrantError) as same:
            add_history(second, copy)
        assert same.value.message.code == "history_same_id"
        for bad, code in ((tmp_path / "mangler.kvadrant", "file_not_found"), (tmp_path, "file_is_directory")):
            with pytest.raises(KvadrantError) as caught:
                add_history(second, bad)
            assert caught.value.message.code == code
        newer = tmp_path / "nyere.kvadrant"
        create_demo(newer).close()
        connection = sqlite3.connect(newer)
        connection.execute("PRAGMA user_version = 999")
        connection.commit()
        connection.close()
        with pytest.raises(KvadrantError) as future:
            add_history(second, newer)
        assert future.value.message.code == "file_newer_version"
        uid = history(second)[0].uid
        remove_history(second, uid)
        assert history(second) == []
    finally:
        second.close()


def test_a_moved_file_is_found_again_by_its_id_and_a_missing_one_stops_the_plan(tmp_path: Path) -> None:
    first = _day_one(tmp_path)
    second = new_from(first, tmp_path / "dk2.kvadrant")
    try:
        moved = tmp_path / "arkiv"
        moved.mkdir()
        shutil.move(first, moved / "dk1.kvadrant")
        (entry,) = history(second)
        assert not entry.found
        with pytest.raises(KvadrantError) as missing:
            make_plan(second, kvadrant=1, seed=2)
        assert missing.value.message.code == "history_missing"
        found = look_for_moved(entry, [tmp_path, moved])
        assert found == moved / "dk1.kvadrant"
        other = tmp_path / "annen.kvadrant"
        create_demo(other).close()
        with pytest.raises(KvadrantError) as wrong:
            relocate_history(second, entry.uid, other)
        assert wrong.value.message.code == "history_not_same"
        relocate_history(second, entry.uid, found)
        assert [(e.path, e.found) for e in history(second)] == [(str(found), True)]
        plan = make_plan(second, kvadrant=1, seed=2)
        assert plan.figures.earlier_conferences == 1
    finally:
        second.close()


def test_a_renamed_municipality_still_matches(tmp_path: Path) -> None:
    first = _day_one(tmp_path)
    second = new_from(first, tmp_path / "dk2.kvadrant")
    try:
        førde = [p for p in list_participants(second) if p.municipality == "Førde"]
        assert førde
        for p in førde:
            update_participant(second, p.id, municipality="Sunnfjord")
        without = make_plan(second, kvadrant=1, seed=5).figures.earlier_conferences
        assert without == 1
        set_alias(second, "førde", "Sunnfjord")
        assert aliases(second) == {"førde": "Sunnfjord"} and canonical("FØRDE", aliases(second)) == "Sunnfjord"
        with pytest.raises(KvadrantError):
            set_alias(second, "Sunnfjord", "sunnfjord")
        people = [(p.id, p.name, p.municipality) for p in list_participants(second)]
        with_alias = earlier(second, people, strict=True).partners
        remove_alias(second, "Førde")
        without_alias = earlier(second, people, strict=True).partners
        ids = {p.id for p in førde}
        assert any(with_alias.get(i) for i in ids) and not any(without_alias.get(i) for i in ids)
    finally:
        second.close()


def test_repeats_fall_with_the_history_across_a_series(tmp_path: Path) -> None:
    """Three days of the same 105 people: with the history, each new plan has (far) fewer pairs
    who met before than a plan made blind to it, and the figures say against how many days."""
    path = _day_one(tmp_path)
    for day in (2, 3):
        db = new_from(path, tmp_path / f"dag{day}.kvadrant")
        plan = make_plan(db, kvadrant=1, seed=day)
        assert plan.figures.earlier_conferences == day - 1
        assert plan.figures.same_unit_pairs == plan.figures.same_unit_minimum
        people = [(p.id, p.name, p.municipality) for p in list_participants(db)]
        met = earlier(db, people, strict=True).partners  # who met at the earlier days
        mark_used(db, 1)
        db.close()
        blind_path = shutil.copy(tmp_path / f"dag{day}.kvadrant", tmp_path / f"blind{day}.kvadrant")
        blind_db = ConferenceDb.open(blind_path)
        for entry in history(blind_db):  # the same day made blind to the history
            remove_history(blind_db, entry.uid)
        blind = make_plan(blind_db, kvadrant=1, seed=day)
        blind_db.close()
        assert _repeats(plan, met) == plan.figures.repeat_pairs == 0
        assert _repeats(blind, met) > 0  # what a plan blind to the history would have repeated
        path = tmp_path / f"dag{day}.kvadrant"


def _repeats(plan: Plan, met: dict[int, set[int]]) -> int:
    return sum(
        1 for table in plan.tables for k, a in enumerate(table.members) for b in table.members[k + 1 :]
        if b.participant_id in met.get(a.participant_id, ())
    )


def test_series_group_days_and_attendance(tmp_path: Path) -> None:
    first = _day_one(tmp_path)
    second = new_from(first, tmp_path / "dag2.kvadrant", date=dt.date(2020, 1, 29))
    absent = list_participants(second)[0]
    set_presence(second, absent.id, False)
    second.close()
    lone = tmp_path / "annen.kvadrant"
    create_demo(lone).close()
    found = series_of([tmp_path / "dag2.kvadrant", lone])  # day 1 is found through day 2's history
    by_size = sorted(found, key=lambda s: len(s.days))
    assert [len(s.days) for s in by_size] == [1, 2]
    series = by_size[1]
    assert [d.date for d in series.days] == [dt.date(2020, 1, 28), dt.date(2020, 1, 29)]
    people = {(a.name, a.municipality): a.days for a in attendance(series)}
    assert people[(absent.name, absent.municipality)] == (True, False)
    assert sum(1 for days in people.values() if days == (True, True)) == 104
    assert read_identity(first).uid == series.uid


def test_attendance_follows_the_newest_days_renamed_municipalities(tmp_path: Path) -> None:
    first = _day_one(tmp_path)
    second = new_from(first, tmp_path / "dag2.kvadrant")
    førde = [p for p in list_participants(second) if p.municipality == "Førde"]
    for p in førde:
        update_participant(second, p.id, municipality="Sunnfjord")
    set_alias(second, "Førde", "Sunnfjord")
    second.close()
    (series,) = series_of([tmp_path / "dag2.kvadrant"])
    people = {(a.name, a.municipality): a.days for a in attendance(series)}
    assert all(people[(p.name, "Sunnfjord")] == (True, True) for p in førde)


def test_a_folder_named_with_hash_and_percent_is_that_folder(tmp_path: Path) -> None:
    """Other files are opened read-only as URIs: "Dag #2" and "100 %" are part of the path."""
    folder = tmp_path / "Dag #2 – 100 % ?"
    folder.mkdir()
    first = _day_one(folder)
    second = new_from(first, folder / "dag2.kvadrant")
    try:
        (entry,) = history(second)
        assert entry.found and read_identity(first).title == get_conference(second).title
        assert make_plan(second, kvadrant=1, seed=3).figures.earlier_conferences == 1
    finally:
        second.close()
    (series,) = series_of([folder / "dag2.kvadrant"])
    assert len(series.days) == 2 and len(attendance(series)) == 105

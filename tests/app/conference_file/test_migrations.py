"""Files of an older Kvadrant open in this one with nothing lost."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from app.conference_file.migrations import downgrade
from app.conference_file.storage import ConferenceDb
from app.evaluation.questionnaire import questions
from app.evaluation.template import create_from_template
from app.groups.plans import make_plan
from app.referent.links import Link, ensure_links
from app.referent.summaries import LAPTOP, PHONE, get_summary, save_summary
from app.roster.demo import create_demo


def _saved_demo(tmp_path: Path) -> tuple[Path, Link]:
    """The demo with a 1. kvadrant plan and one saved referat, closed."""
    path = tmp_path / "gammel.kvadrant"
    db = create_demo(path)
    make_plan(db, kvadrant=1, seed=1)
    link = ensure_links(db)[0]
    save_summary(db, block_id=link.block_id, group_id=link.group_id, text="Lagret", base_version=0, source=PHONE)
    db.close()
    return path, link


def _as_revision(path: Path, revision: str, *statements: tuple[str, tuple[str, ...]]) -> None:
    """Rewrite ``path`` as the Kvadrant of schema ``revision`` left it (then run ``statements``)."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        downgrade(connection, revision)
        for statement, parameters in statements:
            connection.exec_driver_sql(statement, parameters)
        connection.exec_driver_sql(f"PRAGMA user_version = {int(revision)}")
    engine.dispose()


def _as_revision_0004(path: Path, conflict: tuple[str, str, str] | None) -> None:
    """Schema 4: one conflict slot per summary."""
    update = [("UPDATE summary SET conflict_text = ?, conflict_from = ?, conflict_at = ?", conflict)] if conflict else []
    _as_revision(path, "0004", *update)


def test_a_waiting_conflict_of_schema_4_becomes_the_first_of_its_list(tmp_path: Path) -> None:
    path, link = _saved_demo(tmp_path)
    _as_revision_0004(path, ("Avvist fra PC-en", LAPTOP, "2020-01-28 11:20:00.000000"))
    assert "conflict_text" in {row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(summary)")}

    db = ConferenceDb.open(path)
    state = get_summary(db, link.block_id, link.group_id)
    db.close()
    assert state.text == "Lagret" and state.version == 1
    assert [(c.text, c.source, c.device, c.at, c.base_version) for c in state.conflicts] == [
        ("Avvist fra PC-en", LAPTOP, "", dt.datetime(2020, 1, 28, 11, 20), 1)
    ]


def test_schema_4_without_conflicts_opens_with_none(tmp_path: Path) -> None:
    path, link = _saved_demo(tmp_path)
    _as_revision_0004(path, None)
    db = ConferenceDb.open(path)
    assert get_summary(db, link.block_id, link.group_id).conflicts == ()
    db.close()


def test_a_file_of_schema_5_gains_the_evaluation_and_keeps_its_summaries(tmp_path: Path) -> None:
    path, link = _saved_demo(tmp_path)
    _as_revision(path, "0005")
    tables = {row[0] for row in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert not any(name.startswith("eval_") for name in tables)

    db = ConferenceDb.open(path)
    try:
        assert get_summary(db, link.block_id, link.group_id).text == "Lagret"
        assert questions(db) == []
        create_from_template(db, "dialogkonferanse")
        assert len(questions(db)) == 12
    finally:
        db.close()


def test_a_file_of_schema_6_gains_key_points_and_plenum_themes(tmp_path: Path) -> None:
    path, link = _saved_demo(tmp_path)
    _as_revision(path, "0006")
    db = ConferenceDb.open(path)
    try:
        state = get_summary(db, link.block_id, link.group_id)
        assert (state.text, state.version, state.key_points) == ("Lagret", 1, ())
        saved = save_summary(db, block_id=link.block_id, group_id=link.group_id, text="Lagret", base_version=1, source=PHONE, key_points=("Ett",))
        assert saved.ok and saved.version == 2
    finally:
        db.close()


def test_a_file_of_schema_8_gains_block_notes_and_loses_nothing_that_points_at_a_summary(tmp_path: Path) -> None:
    """Schema 9 rebuilds the summary table: its conflicts, plenum placements and evaluation cards
    must not be cascaded away."""
    from app.evaluation.coding import add_summary_cards, board as coding_board
    from app.plenum.themes import add_theme, plenum
    from app.referent.block_notes import block_note, note_blocks

    path, link = _saved_demo(tmp_path)
    db = ConferenceDb.open(path)
    where = {"block_id": link.block_id, "group_id": link.group_id}
    save_summary(db, **where, text="Lagret", base_version=1, source=PHONE, key_points=("Tid",))
    save_summary(db, **where, text="Avvist", base_version=1, source=LAPTOP)
    with db.read() as session:
        from app.conference_file.schema import Summary

        summary_id = session.query(Summary.id).scalar()
    add_theme(db, "Tid", [(summary_id, 0)])
    assert add_summary_cards(db) >= 1
    cards = len(coding_board(db).cards)
    db.close()
    _as_revision(path, "0008")

    db = ConferenceDb.open(path)
    try:
        state = get_summary(db, link.block_id, link.group_id)
        assert state.text == "Lagret" and [c.text for c in state.conflicts] == ["Avvist"]
        assert [len(t.points) for t in plenum(db).themes] == [1]
        assert len(coding_board(db).cards) == cards
        talk = note_blocks(db)[0].id
        assert save_summary(db, block_id=talk, group_id=None, text="Notat", base_version=0, source=LAPTOP).ok
        assert block_note(db, talk).text == "Notat"
    finally:
        db.close()


def test_a_file_of_schema_9_gets_an_id_of_its_own_and_starts_a_series(tmp_path: Path) -> None:
    from app.conference_file.conference import get_conference, list_blocks
    from app.conference_file.history import history

    path, link = _saved_demo(tmp_path)
    copy = tmp_path / "kopi.kvadrant"
    _as_revision(path, "0009")
    import shutil

    shutil.copy(path, copy)
    ids = []
    for file in (path, copy):
        db = ConferenceDb.open(file)
        try:
            info = get_conference(db)
            assert len(info.uid) == 32 and info.series_uid == info.uid and info.source_uid == ""
            assert all(b.day_presenters == () for b in list_blocks(db)) and history(db) == []
            assert get_summary(db, link.block_id, link.group_id).text == "Lagret"
            ids.append(info.uid)
        finally:
            db.close()
    assert ids[0] != ids[1]  # two old copies become two conferences, each with its own id

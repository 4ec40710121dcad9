"""Responses: checked against each question's kind, anonymous, replaced by a second send."""
from __future__ import annotations

import sqlite3

import pytest

from app.common.messages import KvadrantError
from app.conference_file.storage import ConferenceDb
from app.evaluation.coding import board, ensure_categories, file_card
from app.evaluation.questionnaire import set_open
from app.evaluation.responses import AnswerError, add_paper_response, remove_response, replace_answers, responses, submit_response
from app.roster.participants import list_participants
from tests.app.evaluation.conftest import by_kind


def test_answers_outside_the_kind_or_range_are_refused(evaluation_db: ConferenceDb) -> None:
    scale, choice, several, text = by_kind(evaluation_db, "scale")[0], *by_kind(evaluation_db, "choice"), by_kind(evaluation_db, "open")[0]
    bad = [
        {str(scale.id): 0},
        {str(scale.id): 7},
        {str(scale.id): 4.5},
        {str(scale.id): True},
        {str(scale.id): "5"},
        {str(choice.id): "Kulturskoleleder"},
        {str(choice.id): ["Rektor"]},
        {str(choice.id): ["Kulturskoleleder", "Veileder"]},  # takes one
        {str(several.id): [several.choices[0], several.choices[0]]},
        {str(text.id): 5},
        {str(text.id): "x\x00y"},
        {str(text.id): "x" * 4001},
        {"9999": 3},
        {str(text.id): "   "},  # all blank
        {},
        [],
    ]
    for answers in bad:
        with pytest.raises(AnswerError):
            submit_response(evaluation_db, "respondent-1", answers)
    for respondent in ("short", "has space in it", "x" * 65, 17, None):
        with pytest.raises(AnswerError):
            submit_response(evaluation_db, respondent, {str(scale.id): 3})  # type: ignore[arg-type]
    assert responses(evaluation_db) == []


def test_a_second_send_replaces_the_first_and_keeps_the_coding(evaluation_db: ConferenceDb) -> None:
    scale, text = by_kind(evaluation_db, "scale")[0], by_kind(evaluation_db, "open")[0]
    first = submit_response(evaluation_db, "phone-1234abcd", {str(scale.id): 2, str(text.id): "Mer tid til grupper"})
    assert not first.replaced
    card = board(evaluation_db).cards[0]

    ensure_categories(evaluation_db)
    file_card(evaluation_db, card.id, board(evaluation_db).categories[2].id)
    second = submit_response(evaluation_db, "phone-1234abcd", {str(scale.id): 5, str(text.id): "Mer tid til gruppene"})
    assert second.replaced and second.response_id == first.response_id
    (only,) = responses(evaluation_db)
    assert only.answers == {scale.id: 5, text.id: "Mer tid til gruppene"}
    (kept,) = board(evaluation_db).cards
    assert kept.id == card.id and kept.text == "Mer tid til gruppene" and kept.categories
    submit_response(evaluation_db, "phone-1234abcd", {str(scale.id): 6})  # the open answer taken back
    assert board(evaluation_db).cards == ()


def test_nothing_that_names_a_participant_is_stored(evaluation_db: ConferenceDb) -> None:
    """Anonymity: no participant id, name or time is reachable from an answer, not even when
    the phone's respondent id is the participant's own id (the file keeps a keyed hash)."""
    text = by_kind(evaluation_db, "open")[0]
    person = list_participants(evaluation_db)[0]
    submit_response(evaluation_db, f"participant-{person.id:04d}", {str(text.id): "Bra dag"})
    connection = sqlite3.connect(evaluation_db.path)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 'eval_%'")]
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            assert not any("participant" in c or c.endswith("_at") or c in ("participant_id", "created", "time") for c in columns), (table, columns)
            foreign = {row[2] for row in connection.execute(f"PRAGMA foreign_key_list({table})")}
            assert "participant" not in foreign, table
            dump = " ".join(str(v) for row in connection.execute(f"SELECT * FROM {table}") for v in row)
            assert f"participant-{person.id:04d}" not in dump and person.name not in dump
    finally:
        connection.close()


def test_closed_refuses_phones_but_takes_paper(evaluation_db: ConferenceDb) -> None:
    scale = by_kind(evaluation_db, "scale")[0]
    set_open(evaluation_db, False)
    with pytest.raises(KvadrantError) as refused:
        submit_response(evaluation_db, "phone-1234abcd", {str(scale.id): 3})
    assert refused.value.message.code == "evaluation_closed"
    paper = add_paper_response(evaluation_db, {str(scale.id): 3})
    replace_answers(evaluation_db, paper.response_id, {str(scale.id): 4})
    (typed,) = responses(evaluation_db)
    assert typed.source == "paper" and typed.answers == {scale.id: 4}
    remove_response(evaluation_db, paper.response_id)
    assert responses(evaluation_db) == []
    with pytest.raises(KvadrantError):
        remove_response(evaluation_db, paper.response_id)


def test_text_is_kept_as_typed(evaluation_db: ConferenceDb) -> None:
    text = by_kind(evaluation_db, "open")[0]
    typed = "<b>Fett</b> & «sitat» 🎻👍🏽 \u200d æøå"
    submit_response(evaluation_db, "phone-aaaa1111", {str(text.id): typed})
    assert responses(evaluation_db)[0].answers[text.id] == typed.strip()
    assert board(evaluation_db).cards[0].text == typed.strip()

"""Making the questionnaire: the template, the three kinds checked, order, open and closed."""
from __future__ import annotations

import datetime as dt

import pytest

from app.common.clock import FakeClock
from app.common.messages import KvadrantError
from app.conference_file.schema import QuestionKind
from app.conference_file.storage import ConferenceDb
from app.evaluation.questionnaire import (
    QuestionDraft,
    add_question,
    answer_count,
    edit_question,
    is_open,
    opened_at,
    move_question,
    questions,
    remove_question,
    set_open,
)
from app.evaluation.responses import submit_response
from app.evaluation.template import create_from_template
from tests.app.evaluation.conftest import by_kind


def test_template_follows_seed_004s_kinds(evaluation_db: ConferenceDb) -> None:
    asked = questions(evaluation_db)
    assert len(asked) == 12
    assert [q.position for q in asked] == list(range(12))
    kinds = [q.kind for q in asked]
    assert kinds.count(QuestionKind.SCALE) == 7 and kinds.count(QuestionKind.CHOICE) == 2 and kinds.count(QuestionKind.OPEN) == 3
    assert all(q.low_label and q.high_label for q in asked if q.kind is QuestionKind.SCALE)
    assert any("4. kvadrant" in q.text for q in asked)
    with pytest.raises(KvadrantError) as refused:
        create_from_template(evaluation_db, "dialogkonferanse")
    assert refused.value.message.code == "evaluation_exists"
    with pytest.raises(KvadrantError):
        create_from_template(evaluation_db, "nope")


def test_drafts_are_cleaned_and_checked(blank_db: ConferenceDb) -> None:
    question = add_question(blank_db, QuestionDraft(QuestionKind.CHOICE, "  Hva  passet? ", choices=("Ja", " ja ", "", "Nei"), low_label="x"))
    assert question.text == "Hva passet?" and question.choices == ("Ja", "Nei") and question.low_label == ""
    for bad in (
        QuestionDraft(QuestionKind.OPEN, "   "),
        QuestionDraft(QuestionKind.CHOICE, "Én?", choices=("Bare én",)),
        QuestionDraft(QuestionKind.SCALE, "x" * 501),
    ):
        with pytest.raises(KvadrantError):
            add_question(blank_db, bad)
    assert len(questions(blank_db)) == 1


def test_order_edit_and_remove(evaluation_db: ConferenceDb) -> None:
    asked = questions(evaluation_db)
    move_question(evaluation_db, asked[-1].id, 0)
    assert questions(evaluation_db)[0].id == asked[-1].id
    first = add_question(evaluation_db, QuestionDraft(QuestionKind.OPEN, "Først?"), position=0)
    assert [q.id for q in questions(evaluation_db)][:2] == [first.id, asked[-1].id]
    remove_question(evaluation_db, first.id)
    assert [q.position for q in questions(evaluation_db)] == list(range(12))


def test_kind_cannot_change_once_answered(evaluation_db: ConferenceDb) -> None:
    scale = by_kind(evaluation_db, "scale")[0]
    submit_response(evaluation_db, "phone-aaaaaaaa", {str(scale.id): 4})
    assert answer_count(evaluation_db, scale.id) == 1
    edit_question(evaluation_db, scale.id, QuestionDraft(QuestionKind.SCALE, "Nytt ord?", low_label="lite", high_label="mye"))
    with pytest.raises(KvadrantError) as refused:
        edit_question(evaluation_db, scale.id, QuestionDraft(QuestionKind.OPEN, "Nytt ord?"))
    assert refused.value.message.code == "question_kind_answered"


def test_open_needs_questions(blank_db: ConferenceDb) -> None:
    with pytest.raises(KvadrantError) as refused:
        set_open(blank_db, True)
    assert refused.value.message.code == "evaluation_empty"
    assert not is_open(blank_db)
    add_question(blank_db, QuestionDraft(QuestionKind.OPEN, "Noe å si?"))
    set_open(blank_db, True)
    assert is_open(blank_db)
    set_open(blank_db, False)
    assert not is_open(blank_db) and opened_at(blank_db) is None
    blank_db.clock = FakeClock(dt.datetime(2020, 1, 28, 15, 45))
    set_open(blank_db, True)
    assert opened_at(blank_db) == dt.datetime(2020, 1, 28, 15, 45)
    remove_question(blank_db, questions(blank_db)[0].id)  # the last one: closed with it
    assert not is_open(blank_db)

"""The questionnaire's edits as undo steps on the session's one stack.

Each edit is done by the core, then pushed with snapshots of the rows it touched (ids included),
as the programme and the participants are. Removing a question takes its answers, their cards
and how the cards were coded with it; undo puts all of them back, or is refused (and said) if
those rows changed since. Adding a question snapshots its (still empty) answers too, so undo
cannot silently delete answers that phones sent to it meanwhile.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from app.conference_file import row_snapshots
from app.conference_file.row_snapshots import Part
from app.conference_file.schema import EvalAnswer, EvalCard, EvalCoding, EvalQuestion
from app.evaluation import questionnaire
from app.evaluation.questionnaire import Question, QuestionDraft
from app.evaluation.template import create_from_template
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession

#: Every question row: adding, moving or removing one renumbers the others.
_QUESTIONS = Part(EvalQuestion, EvalQuestion.id.is_not(None))


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _answers_of(question_ids: list[int]) -> Part:
    return Part(EvalAnswer, EvalAnswer.question_id.in_(question_ids))


def _edit(session: ConferenceSession, parts: tuple[Part, ...], edit: Callable[[], str | None]) -> None:
    """Run ``edit`` (it returns the undo text, or None when nothing changed) and push its undo."""
    before = row_snapshots.take(session.db, *parts)
    text = edit()
    if text is not None:
        after = row_snapshots.take(session.db, *parts)
        session.push_rows(text, before=before, after=after, changes=Changes(evaluation=True))


def _question_ids(session: ConferenceSession) -> set[int]:
    return {question.id for question in questionnaire.questions(session.db)}


def create_questionnaire(session: ConferenceSession) -> int:
    """The template's questions, as one undo step; returns how many."""
    made: list[int] = []

    def edit() -> str:
        made.append(create_from_template(session.db, "dialogkonferanse"))
        return QCoreApplication.translate("QuestionEdits", "Lag spørreskjema fra malen")

    _edit_adding(session, edit)
    return made[0]


def add_question(session: ConferenceSession, draft: QuestionDraft, *, position: int | None = None) -> Question:
    added: list[Question] = []

    def edit() -> str:
        added.append(questionnaire.add_question(session.db, draft, position=position))
        return QCoreApplication.translate("QuestionEdits", "Legg til spørsmål «{text}»").format(text=_short(added[0].text))

    _edit_adding(session, edit)
    return added[0]


def _edit_adding(session: ConferenceSession, edit: Callable[[], str]) -> None:
    """An edit that adds questions: their (empty) answers are in the snapshots as well."""
    old = _question_ids(session)
    before = row_snapshots.take(session.db, _QUESTIONS)
    text = edit()
    new = sorted(_question_ids(session) - old)
    after = row_snapshots.take(session.db, _QUESTIONS, _answers_of(new))
    before = row_snapshots.Snapshot((*before.sets, row_snapshots.RowSet(_answers_of(new), ())))
    session.push_rows(text, before=before, after=after, changes=Changes(evaluation=True))


def edit_question(session: ConferenceSession, question_id: int, draft: QuestionDraft) -> None:
    def edit() -> str | None:
        old = next((q for q in questionnaire.questions(session.db) if q.id == question_id), None)
        new = questionnaire.edit_question(session.db, question_id, draft)
        if old is not None and new == old:
            return None
        return QCoreApplication.translate("QuestionEdits", "Endre spørsmål «{text}»").format(text=_short(new.text))

    _edit(session, (Part(EvalQuestion, EvalQuestion.id == question_id),), edit)


def move_question(session: ConferenceSession, question_id: int, position: int) -> None:
    def edit() -> str | None:
        before = [q.id for q in questionnaire.questions(session.db)]
        questionnaire.move_question(session.db, question_id, position)
        asked = questionnaire.questions(session.db)
        if [q.id for q in asked] == before:
            return None
        moved = next(q for q in asked if q.id == question_id)
        return QCoreApplication.translate("QuestionEdits", "Flytt spørsmål «{text}»").format(text=_short(moved.text))

    _edit(session, (_QUESTIONS,), edit)


def remove_question(session: ConferenceSession, question_id: int) -> None:
    """Remove a question with its answers; undo brings the answers and their coding back."""
    with session.db.read() as db_session:
        answer_ids = list(db_session.scalars(select(EvalAnswer.id).where(EvalAnswer.question_id == question_id)))
        card_ids = list(db_session.scalars(select(EvalCard.id).where(EvalCard.answer_id.in_(answer_ids))))
    parts = (
        _QUESTIONS,
        _answers_of([question_id]),
        Part(EvalCard, EvalCard.id.in_(card_ids)),
        Part(EvalCoding, EvalCoding.card_id.in_(card_ids)),
    )

    def edit() -> str:
        asked = {q.id: q for q in questionnaire.questions(session.db)}
        questionnaire.remove_question(session.db, question_id)
        text = asked[question_id].text if question_id in asked else ""
        return QCoreApplication.translate("QuestionEdits", "Fjern spørsmål «{text}»").format(text=_short(text))

    _edit(session, parts, edit)


def set_open(session: ConferenceSession, open_: bool) -> None:
    """Open or close the questionnaire on the phones (not an undo step: the button turns it back)."""
    questionnaire.set_open(session.db, open_)
    session.announce(Changes(evaluation=True))

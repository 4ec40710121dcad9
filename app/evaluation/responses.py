"""Anonymous responses: checked against the questions, stored under a keyed hash of the phone's
random id (a second send from the same phone replaces the first), and typed in from paper.

Nothing that names a participant is stored with a response: not their id, not their name, not
the time it came (which could be matched against the check-in list).
"""
from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.common.messages import KvadrantError
from app.conference_file.ordering import in_order
from app.conference_file.schema import EvalAnswer, EvalCard, EvalQuestion, EvalResponse, QuestionKind, Setting
from app.conference_file.storage import ConferenceDb
from app.evaluation.questionnaire import OPEN_KEY, SCALE, Question, question_of

KEY_SETTING = "evaluation.key"
PHONE, PAPER = "phone", "paper"
MAX_ANSWER = 4000  # characters of one open answer
RESPONDENT = re.compile(r"[A-Za-z0-9_-]{8,64}")

#: A checked answer: a grade 1–6, a tuple of choices, or a text.
Answer = int | tuple[str, ...] | str


class AnswerError(ValueError):
    """Why answers cannot be stored, in English for the API's 400 (the UI checks its own form)."""


@dataclass(frozen=True)
class Response:
    id: int
    source: str
    answers: dict[int, Answer]


@dataclass(frozen=True)
class Submitted:
    response_id: int
    replaced: bool


def check_answer(question: Question, value: Any) -> Answer | None:
    """``value`` as an answer to ``question`` (None: left blank), or AnswerError."""
    where = f"answer to question {question.id}"
    if question.kind is QuestionKind.SCALE:
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value not in SCALE:
            raise AnswerError(f"{where} must be a whole number from 1 to 6")
        return value
    if question.kind is QuestionKind.CHOICE:
        if value is None or value == []:
            return None
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise AnswerError(f"{where} must be a list of its choices")
        if any(item not in question.choices for item in value) or len(set(value)) != len(value):
            raise AnswerError(f"{where} holds a choice the question does not list")
        if len(value) > 1 and not question.multiple:
            raise AnswerError(f"{where} takes one choice")
        return tuple(sorted(value, key=question.choices.index))
    if value is None:
        return None
    if not isinstance(value, str):
        raise AnswerError(f"{where} must be a text")
    if "\x00" in value or len(value) > MAX_ANSWER:
        raise AnswerError(f"{where} must be up to {MAX_ANSWER} characters, without NUL")
    return value.strip() or None


def check_answers(questions: list[Question], answers: Any) -> dict[int, Answer]:
    """The answers of a body (``{"<question id>": value}``) that are not blank, or AnswerError."""
    if not isinstance(answers, dict):
        raise AnswerError('"answers" must be an object of question id: answer')
    by_id = {str(question.id): question for question in questions}
    checked: dict[int, Answer] = {}
    for key, value in answers.items():
        question = by_id.get(key)
        if question is None:
            raise AnswerError(f"no question has the id {key[:20]!r}")
        answer = check_answer(question, value)
        if answer is not None:
            checked[question.id] = answer
    if not checked:
        raise AnswerError("the answers are all blank")
    return checked


def _key(session: Any) -> bytes:
    """The file's own key for respondent hashes, made on the first response."""
    row = session.get(Setting, KEY_SETTING)
    if row is None:
        row = Setting(key=KEY_SETTING, value=secrets.token_hex(32))
        session.add(row)
    return bytes.fromhex(row.value)


def _hashed(session: Any, respondent: str) -> str:
    return hmac.new(_key(session), respondent.encode("ascii"), hashlib.sha256).hexdigest()[:32]


def submit_response(db: ConferenceDb, respondent: str, answers: Any, *, source: str = PHONE) -> Submitted:
    """Store a respondent's answers; the same respondent again replaces its earlier answers.

    A phone's response is refused while the questionnaire is closed (``evaluation_closed``);
    paper responses are typed in whenever. Raises AnswerError for answers that do not fit.
    """
    if not isinstance(respondent, str) or not RESPONDENT.fullmatch(respondent):
        raise AnswerError('"respondent" must be 8 to 64 letters, digits, "-" or "_"')
    with db.write() as session:
        if source == PHONE:
            state = session.get(Setting, OPEN_KEY)
            if state is None or state.value != "1":
                raise KvadrantError("evaluation_closed")
        asked = [question_of(q) for q in in_order(session, EvalQuestion)]
        checked = check_answers(asked, answers)
        hashed = _hashed(session, respondent)
        response = session.scalar(select(EvalResponse).where(EvalResponse.respondent == hashed))
        replaced = response is not None
        if response is None:
            response = EvalResponse(respondent=hashed, source=source)
            session.add(response)
            session.flush()
        _store_answers(session, response.id, {q.id: q for q in asked}, checked)
        return Submitted(response.id, replaced)


def _store_answers(session: Any, response_id: int, asked: dict[int, Question], checked: dict[int, Answer]) -> None:
    """Put ``checked`` in place of the response's answers; an open answer's card follows its text
    (keeping how it was coded), and goes with it when the answer goes."""
    old = {a.question_id: a for a in session.scalars(select(EvalAnswer).where(EvalAnswer.response_id == response_id))}
    for question_id, answer in old.items():
        if question_id not in checked:
            session.delete(answer)
    session.flush()
    for question_id, value in checked.items():
        answer = old.get(question_id)
        if answer is None:
            answer = EvalAnswer(response_id=response_id, question_id=question_id)
            session.add(answer)
        answer.value = json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
        question = asked[question_id]
        if question.kind is QuestionKind.OPEN:
            session.flush()
            card = session.scalar(select(EvalCard).where(EvalCard.answer_id == answer.id))
            if card is None:
                card = EvalCard(answer_id=answer.id)
                session.add(card)
            card.text = str(value)
            card.origin = question.text


def add_paper_response(db: ConferenceDb, answers: dict[str, Any]) -> Submitted:
    """A paper form typed in on the laptop: a response of its own, open or closed questionnaire."""
    return submit_response(db, "paper-" + secrets.token_hex(12), answers, source=PAPER)


def replace_answers(db: ConferenceDb, response_id: int, answers: dict[str, Any]) -> None:
    """Correct a typed-in paper response."""
    with db.write() as session:
        if session.get(EvalResponse, response_id) is None:
            raise KvadrantError("response_not_found")
        asked = [question_of(q) for q in in_order(session, EvalQuestion)]
        _store_answers(session, response_id, {q.id: q for q in asked}, check_answers(asked, answers))


def remove_response(db: ConferenceDb, response_id: int) -> None:
    with db.write() as session:
        response = session.get(EvalResponse, response_id)
        if response is None:
            raise KvadrantError("response_not_found")
        session.delete(response)


def _value(raw: str) -> Answer:
    value = json.loads(raw)
    return tuple(value) if isinstance(value, list) else value


def responses(db: ConferenceDb) -> list[Response]:
    """Every response with its answers, in the order they first came."""
    with db.read() as session:
        rows = list(session.scalars(select(EvalResponse).order_by(EvalResponse.id)))
        answers: dict[int, dict[int, Answer]] = {row.id: {} for row in rows}
        for answer in session.scalars(select(EvalAnswer)):
            answers[answer.response_id][answer.question_id] = _value(answer.value)
        return [Response(row.id, row.source, answers[row.id]) for row in rows]

"""The results as they come in: per question its count and, by kind, the grades 1–6 with their
mean, the count of each choice, or the open answers; counted against the people present."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from app.conference_file.schema import EvalResponse, Participant, QuestionKind
from app.conference_file.storage import ConferenceDb
from app.evaluation.questionnaire import SCALE, Question, questions
from app.evaluation.responses import responses


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    count: int
    #: Grade or choice → how many gave it (every grade 1–6, every listed choice, also at 0).
    counts: dict[str, int] = field(default_factory=dict)
    mean: float | None = None
    answers: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.question.id,
            "kind": self.question.kind.value,
            "text": self.question.text,
            "count": self.count,
        }
        if self.question.kind is QuestionKind.SCALE:
            data["mean"] = None if self.mean is None else round(self.mean, 2)
        if self.question.kind is not QuestionKind.OPEN:
            data["counts"] = dict(self.counts)
        else:
            data["answers"] = list(self.answers)
        return data


@dataclass(frozen=True)
class Results:
    responses: int
    present: int
    questions: tuple[QuestionResult, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "responses": self.responses,
            "present": self.present,
            "questions": [result.as_json() for result in self.questions],
        }


def _result(question: Question, values: list[Any]) -> QuestionResult:
    if question.kind is QuestionKind.SCALE:
        grades = Counter(values)
        counts = {str(grade): grades.get(grade, 0) for grade in SCALE}
        mean = sum(values) / len(values) if values else None
        return QuestionResult(question, len(values), counts, mean)
    if question.kind is QuestionKind.CHOICE:
        chosen = Counter(choice for value in values for choice in value)
        return QuestionResult(question, len(values), {choice: chosen.get(choice, 0) for choice in question.choices})
    return QuestionResult(question, len(values), answers=tuple(values))


def results(db: ConferenceDb) -> Results:
    """The results now, in one consistent read."""
    with db.read() as session:
        asked = questions(db)
        given = responses(db)
        present = int(session.scalar(select(func.count()).select_from(Participant).where(Participant.present)) or 0)
        count = int(session.scalar(select(func.count()).select_from(EvalResponse)) or 0)
    per_question: dict[int, list[Any]] = {question.id: [] for question in asked}
    for response in given:
        for question_id, value in response.answers.items():
            if question_id in per_question:
                per_question[question_id].append(value)
    return Results(count, present, tuple(_result(q, per_question[q.id]) for q in asked))

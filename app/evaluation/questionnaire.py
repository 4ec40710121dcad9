"""The conference's questionnaire: questions of three kinds, in order, opened and closed by the
facilitator. Every change is committed as it is made."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select

from app.common.messages import KvadrantError
from app.common.text import clean
from app.conference_file.ordering import in_order, move_to, renumber
from app.conference_file.schema import EvalAnswer, EvalQuestion, QuestionKind, Setting
from app.conference_file.settings import get_setting
from app.conference_file.storage import ConferenceDb

OPEN_KEY = "evaluation.open"
OPENED_AT_KEY = "evaluation.opened_at"
SCALE = range(1, 7)
MAX_TEXT = 500  # a question's text
MAX_CHOICES = 20


@dataclass(frozen=True)
class Question:
    """A question as the page, the board and the report see it: a plain value."""

    id: int
    kind: QuestionKind
    text: str
    choices: tuple[str, ...] = ()
    multiple: bool = False
    low_label: str = ""
    high_label: str = ""
    position: int = 0

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "kind": self.kind.value, "text": self.text}
        if self.kind is QuestionKind.CHOICE:
            data["choices"] = list(self.choices)
            data["multiple"] = self.multiple
        if self.kind is QuestionKind.SCALE:
            data["low_label"] = self.low_label
            data["high_label"] = self.high_label
        return data


@dataclass(frozen=True)
class QuestionDraft:
    """What the facilitator types for a question, before it is checked and stored."""

    kind: QuestionKind
    text: str
    choices: tuple[str, ...] = field(default=())
    multiple: bool = False
    low_label: str = ""
    high_label: str = ""


def question_of(question: EvalQuestion) -> Question:
    return Question(
        id=question.id,
        kind=QuestionKind(question.kind),
        text=question.text,
        choices=tuple(json.loads(question.choices or "[]")),
        multiple=question.multiple,
        low_label=question.low_label,
        high_label=question.high_label,
        position=question.position,
    )


def questions(db: ConferenceDb) -> list[Question]:
    with db.read() as session:
        return [question_of(q) for q in in_order(session, EvalQuestion)]


def is_open(db: ConferenceDb) -> bool:
    return get_setting(db, OPEN_KEY) == "1"


def opened_at(db: ConferenceDb) -> dt.datetime | None:
    """When the questionnaire was opened (None while it is closed)."""
    with db.read():
        if not is_open(db):
            return None
        try:
            return dt.datetime.fromisoformat(get_setting(db, OPENED_AT_KEY))
        except ValueError:
            return None


def set_open(db: ConferenceDb, open_: bool) -> None:
    """Open the questionnaire on the phones (refused while it has no questions), or close it;
    the time it was opened is kept with it ("Åpen på telefonene siden 15.45")."""
    with db.write() as session:
        if open_ and session.scalar(select(EvalQuestion.id).limit(1)) is None:
            raise KvadrantError("evaluation_empty")
        for key, value in ((OPEN_KEY, "1" if open_ else "0"), (OPENED_AT_KEY, db.clock.now().isoformat(timespec="minutes") if open_ else "")):
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value


def checked(draft: QuestionDraft) -> QuestionDraft:
    """The draft cleaned (spaces, empty and repeated choices), or the reason it cannot be stored."""
    text = clean(draft.text)
    if not text:
        raise KvadrantError("question_no_text")
    if len(text) > MAX_TEXT:
        raise KvadrantError("question_too_long", limit=MAX_TEXT)
    choices: tuple[str, ...] = ()
    if draft.kind is QuestionKind.CHOICE:
        seen: dict[str, str] = {}
        for choice in map(clean, draft.choices):
            if choice and choice.casefold() not in seen:
                seen[choice.casefold()] = choice[:MAX_TEXT]
        choices = tuple(seen.values())
        if not 2 <= len(choices) <= MAX_CHOICES:
            raise KvadrantError("question_choices", limit=MAX_CHOICES)
    scale = draft.kind is QuestionKind.SCALE
    return replace(
        draft,
        text=text,
        choices=choices,
        multiple=draft.multiple and draft.kind is QuestionKind.CHOICE,
        low_label=clean(draft.low_label)[:80] if scale else "",
        high_label=clean(draft.high_label)[:80] if scale else "",
    )


def _store(question: EvalQuestion, draft: QuestionDraft) -> None:
    question.kind = draft.kind
    question.text = draft.text
    question.choices = json.dumps(list(draft.choices), ensure_ascii=False)
    question.multiple = draft.multiple
    question.low_label = draft.low_label
    question.high_label = draft.high_label


def add_question(db: ConferenceDb, draft: QuestionDraft, *, position: int | None = None) -> Question:
    """Add a question at ``position`` (0-based; default last)."""
    return add_questions(db, [draft], position=position)[0]


def add_questions(db: ConferenceDb, drafts: list[QuestionDraft], *, position: int | None = None) -> list[Question]:
    """Add questions together (one commit) at ``position`` (0-based; default last)."""
    drafts = [checked(draft) for draft in drafts]
    with db.write() as session:
        rows = in_order(session, EvalQuestion)
        at = len(rows) if position is None else max(0, min(position, len(rows)))
        added = []
        for draft in drafts:
            question = EvalQuestion(position=at)
            _store(question, draft)
            session.add(question)
            added.append(question)
        rows[at:at] = added
        renumber(rows)
        session.flush()
        return [question_of(question) for question in added]


def edit_question(db: ConferenceDb, question_id: int, draft: QuestionDraft) -> Question:
    """Change a question. Its kind cannot change once it has answers (they would not fit)."""
    draft = checked(draft)
    with db.write() as session:
        question = session.get(EvalQuestion, question_id)
        if question is None:
            raise KvadrantError("question_not_found")
        if QuestionKind(question.kind) is not draft.kind and _answer_count(session, question_id):
            raise KvadrantError("question_kind_answered")
        _store(question, draft)
        return question_of(question)


def _answer_count(session: Any, question_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(EvalAnswer).where(EvalAnswer.question_id == question_id)) or 0)


def answer_count(db: ConferenceDb, question_id: int) -> int:
    """How many responses answered this question (the UI asks before removing it)."""
    with db.read() as session:
        return _answer_count(session, question_id)


def remove_question(db: ConferenceDb, question_id: int) -> None:
    """Remove a question with its answers (and their cards on the board). Removing the last one
    closes the questionnaire: the phones are not left with an open one that asks nothing."""
    with db.write() as session:
        question = session.get(EvalQuestion, question_id)
        if question is None:
            raise KvadrantError("question_not_found")
        session.delete(question)
        session.flush()
        rows = in_order(session, EvalQuestion)
        renumber(rows)
        state = session.get(Setting, OPEN_KEY)
        if not rows and state is not None:
            state.value = "0"


def move_question(db: ConferenceDb, question_id: int, position: int) -> None:
    """Move a question to ``position`` (0-based) in the order."""
    with db.write() as session:
        if move_to(in_order(session, EvalQuestion), question_id, position) is None:
            raise KvadrantError("question_not_found")

"""Everything the evaluation report shows, read in one consistent snapshot: the conference, the
results per question, every response, and the coding board."""
from __future__ import annotations

from dataclasses import dataclass

from app.conference_file.conference import ConferenceInfo, get_conference
from app.conference_file.storage import ConferenceDb
from app.evaluation.coding import Board, Card, Category, board
from app.evaluation.questionnaire import Question, questions
from app.evaluation.responses import Response, responses
from app.evaluation.results import Results, results


@dataclass(frozen=True)
class Evaluation:
    conference: ConferenceInfo
    questions: tuple[Question, ...]
    results: Results
    responses: tuple[Response, ...]
    board: Board

    @property
    def has_responses(self) -> bool:
        return self.results.responses > 0

    def coded(self, category: Category) -> list[Card]:
        return self.board.in_category(category.id)

    def quotes(self, category: Category) -> list[Card]:
        return [card for card in self.coded(category) if card.quote]


def gather_evaluation(db: ConferenceDb) -> Evaluation:
    with db.read():
        return Evaluation(
            conference=get_conference(db),
            questions=tuple(questions(db)),
            results=results(db),
            responses=tuple(responses(db)),
            board=board(db),
        )

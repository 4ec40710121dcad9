"""The evaluation as an Excel workbook, for the organiser's own analysis.

"Svar": every response as a row (its source, then a column per question: the grade as a number,
the choices joined with "; ", the text as typed); "Kort": every card on the coding board with
where it came from, its categories and whether it is a quote; "Spørsmål": per question its kind,
count, mean and how the answers spread; "Kategorier": each category's finding and counts.

The sheets are written the way the minutes workbook writes them (:mod:`app.minutes.excel_sheet`):
text stays text (a value starting with ``=``, ``+``, ``-`` or ``@`` is never a formula), a bold
frozen header row with a filter, an open answer taller than a row continues in the rows below (the
response's number and source repeated), and the file is put in place atomically.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from app.common.text import clean
from app.conference_file.schema import QuestionKind
from app.evaluation.gathered import Evaluation
from app.evaluation.responses import PAPER, Answer
from app.minutes.evaluation_charts import GRADES
from app.minutes.evaluation_wording import eval_words, kind_label
from app.minutes.excel_sheet import Column, Sheet
from app.minutes.gathered import Progress
from app.minutes.pdf_support import save_document
from app.minutes.wording import export_text

#: How wide a question's column is in "Svar" (its heading wraps to fit).
_ANSWER_WIDTH = {QuestionKind.SCALE: 14, QuestionKind.CHOICE: 28, QuestionKind.OPEN: 50}


def write_evaluation_xlsx(
    evaluation: Evaluation,
    output: Path,
    *,
    lang: str = "nb",
    progress: Callable[[float], None] | None = None,
) -> Path:
    """Write the workbook at ``output`` (atomically) and return where it is."""
    return save_document(output, lambda report: _build(evaluation, lang, report), progress=progress, made_at=0.8)


def _cell(value: Answer | None) -> object:
    if value is None:
        return None
    if isinstance(value, tuple):
        return "; ".join(value)
    return value


def _build(evaluation: Evaluation, lang: str, report: Progress) -> Workbook:
    w = eval_words(lang)
    workbook = Workbook()
    workbook.remove(workbook.active)
    title = clean(evaluation.conference.title)
    workbook.properties.title = export_text(f"{title} \u2013 {w['evaluation']}" if title else w["evaluation"])
    workbook.properties.creator = "Kvadrant"
    workbook.properties.language = {"en": "en-GB"}.get(lang, "nb-NO")
    total = max(1, len(evaluation.responses) + len(evaluation.board.cards))
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if done % 20 == 0:
            report(0.8 * done / total)

    # Svar: a row per response, a column per question.
    questions = evaluation.questions
    columns = [Column(w["response_no"], "int"), Column(w["source"])]
    columns += [Column(f"{n}. {q.text}", "int" if q.kind is QuestionKind.SCALE else "wrap", _ANSWER_WIDTH[q.kind], repeat=False)
                for n, q in enumerate(questions, 1)]
    answers = Sheet(workbook, w["sheet_responses"], columns)
    for number, response in enumerate(evaluation.responses, 1):
        source = w["paper"] if response.source == PAPER else w["phone"]
        answers.add([number, source, *(_cell(response.answers.get(q.id)) for q in questions)])
        step()
    answers.finish()

    # Kort: every card with its categories.
    names = {category.id: category.name for category in evaluation.board.categories}
    order = {category.id: category.position for category in evaluation.board.categories}
    cards = Sheet(workbook, w["sheet_cards"], [
        Column(w["card_no"], "int"), Column(w["text"], "wrap", 70), Column(w["origin"], "wrap", 36),
        Column(w["card_kind"]), Column(w["sheet_categories"], "wrap", 30), Column(w["quote"]),
    ])
    for card in evaluation.board.cards:
        filed = "; ".join(names[c] for c in sorted(card.categories, key=lambda c: order.get(c, 0)) if c in names)
        kind = w["card_summary"] if card.from_summary else w["card_answer"]
        cards.add([card.id, card.text, card.origin, kind, filed, w["yes"] if card.quote else w["no"]])
        step()
    cards.finish()

    # Spørsmål: per question kind, count, mean, the grades 1–6 and the spread as text.
    summary = Sheet(workbook, w["sheet_questions"], [
        Column(w["number"], "int"), Column(w["question"], "wrap", 60), Column(w["kind"]), Column(w["answered"], "int", repeat=False),
        Column(w["mean"], "decimal", repeat=False), *(Column(grade, "int", 6, repeat=False) for grade in GRADES),
        Column(w["spread"], "wrap", 50, repeat=False),
    ])
    for number, result in enumerate(evaluation.results.questions, 1):
        question = result.question
        grades: list[object] = [None] * 6
        spread = ""
        mean = round(result.mean, 2) if result.mean is not None else None
        if question.kind is QuestionKind.SCALE:
            grades = [result.counts.get(grade, 0) for grade in GRADES]
        elif question.kind is QuestionKind.CHOICE:
            spread = "\n".join(f"{choice}: {result.counts.get(choice, 0)}" for choice in question.choices)
        summary.add([number, question.text, kind_label(question, lang), result.count, mean, *grades, spread])
    summary.finish()

    # Kategorier: finding, coded cards and quotes per category.
    categories = Sheet(workbook, w["sheet_categories"], [
        Column(w["category"]), Column(w["finding"], "wrap", 70), Column(w["cards"], "int", repeat=False), Column(w["quotes"], "int", repeat=False),
    ])
    for category in evaluation.board.categories:
        categories.add([category.name, category.finding, len(evaluation.coded(category)), len(evaluation.quotes(category))])
    categories.finish()
    workbook.active = 0
    return workbook

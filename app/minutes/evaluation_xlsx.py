"""The evaluation as an Excel workbook, for the organiser's own analysis.

"Svar": every response as a row (its source, then a column per question: the grade as a number,
the choices joined with "; ", the text as typed); "Kort": every card on the coding board with
where it came from, its categories and whether it is a quote; "Spørsmål": per question its kind,
count, mean and how the answers spread; "Kategorier": each category's finding and counts.

The sheets are written the way the minutes workbook writes them (:mod:`app.minutes.excel`): text
stays text (a value starting with ``=``, ``+``, ``-`` or ``@`` is never a formula), a bold frozen
header row with a filter, and the file is put in place atomically.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from app.common.text import clean
from app.conference_file.schema import QuestionKind
from app.evaluation.gathered import Evaluation
from app.evaluation.responses import PAPER, Answer
from app.minutes.evaluation_charts import GRADES
from app.minutes.evaluation_wording import eval_words, kind_label
from app.minutes.excel import _Column, _Sheet
from app.minutes.gathered import Progress
from app.minutes.pdf_support import save_document
from app.minutes.wording import export_text

#: How wide a question's column is in "Svar" (its heading wraps to fit).
_ANSWER_WIDTH = {QuestionKind.SCALE: 14, QuestionKind.CHOICE: 28, QuestionKind.OPEN: 50}
_HEAD_WRAP = Alignment(vertical="top", wrap_text=True)


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
    columns = [_Column(w["response_no"], "int"), _Column(w["source"])]
    columns += [_Column(f"{n}. {q.text}", "int" if q.kind is QuestionKind.SCALE else "wrap", _ANSWER_WIDTH[q.kind])
                for n, q in enumerate(questions, 1)]
    answers = _Sheet(workbook, w["sheet_responses"], columns, "")
    for number, response in enumerate(evaluation.responses, 1):
        source = w["paper"] if response.source == PAPER else w["phone"]
        answers.add([number, source, *(_cell(response.answers.get(q.id)) for q in questions)])
        step()
    _finish(answers, {k + 3: _ANSWER_WIDTH[q.kind] for k, q in enumerate(questions)}, head_lines=4)

    # Kort: every card with its categories.
    names = {category.id: category.name for category in evaluation.board.categories}
    order = {category.id: category.position for category in evaluation.board.categories}
    cards = _Sheet(workbook, w["sheet_cards"], [
        _Column(w["card_no"], "int"), _Column(w["text"], "wrap", 70), _Column(w["origin"], "wrap", 36),
        _Column(w["card_kind"]), _Column(w["sheet_categories"], "wrap", 30), _Column(w["quote"]),
    ], "")
    for card in evaluation.board.cards:
        filed = "; ".join(names[c] for c in sorted(card.categories, key=lambda c: order.get(c, 0)) if c in names)
        kind = w["card_summary"] if card.from_summary else w["card_answer"]
        cards.add([card.id, card.text, card.origin, kind, filed, w["yes"] if card.quote else w["no"]])
        step()
    _finish(cards, {})

    # Spørsmål: per question kind, count, mean, the grades 1–6 and the spread as text.
    summary = _Sheet(workbook, w["sheet_questions"], [
        _Column(w["number"], "int"), _Column(w["question"], "wrap", 60), _Column(w["kind"]), _Column(w["answered"], "int"),
        _Column(w["mean"]), *(_Column(grade, "int", 6) for grade in GRADES), _Column(w["spread"], "wrap", 50),
    ], "")
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
        if mean is not None:
            summary.ws.cell(row=summary.row, column=5).number_format = "0.00"
    _finish(summary, {})

    # Kategorier: finding, coded cards and quotes per category.
    categories = _Sheet(workbook, w["sheet_categories"], [
        _Column(w["category"]), _Column(w["finding"], "wrap", 70), _Column(w["cards"], "int"), _Column(w["quotes"], "int"),
    ], "")
    for category in evaluation.board.categories:
        categories.add([category.name, category.finding, len(evaluation.coded(category)), len(evaluation.quotes(category))])
    _finish(categories, {})
    workbook.active = 0
    return workbook


def _finish(sheet: _Sheet, widths: dict[int, float], *, head_lines: int = 1) -> None:
    """Finish the sheet; ``widths`` (by column number) replace the widths long headings would
    give, and those headings wrap instead."""
    sheet.finish()
    for column, width in widths.items():
        sheet.ws.column_dimensions[get_column_letter(column)].width = width
        sheet.ws.cell(row=1, column=column).alignment = _HEAD_WRAP
    if head_lines > 1:
        sheet.ws.row_dimensions[1].height = 15.0 * head_lines

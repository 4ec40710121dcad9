"""The questionnaire on paper, for those without a phone: the same questions, numbered as the
report numbers them, to be typed in on the laptop afterwards.

A4 in the minutes' look: a heading that says the answers are anonymous, then each question kept
whole on a page: six numbered boxes with the end labels for a scale question, a box per choice
(with "velg én" or "velg én eller flere") for a choice question, writing lines for an open one.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from app.common.messages import KvadrantError
from app.common.text import clean
from app.conference_file.schema import QuestionKind
from app.evaluation.gathered import Evaluation
from app.evaluation.questionnaire import Question
from app.minutes.evaluation_charts import eval_styles
from app.minutes.evaluation_wording import eval_words
from app.minutes.pdf_layout import (
    ACCENT,
    ACCENT_LIGHT,
    CONTENT_WIDTH,
    GREY,
    INK,
    Styles,
    _table_style,
    a4_document,
    page_templates,
)
from app.minutes.pdf_page_numbers import _numbered_canvas, _PageNumbers
from app.minutes.pdf_fonts import draw_text
from app.minutes.pdf_support import (
    FONT,
    FONT_BOLD,
    drawable,
    markup,
    register_fonts,
    wrap_to_fit,
    write_atomically,
)
from app.minutes.wording import long_date

BOX = 10 * mm  # a scale box: big enough for a firm cross
TICK = 4.6 * mm  # a choice's box
LINE_GAP = 9 * mm  # between writing lines
OPEN_LINES = 6
WRITING_LINE = HexColor("#9AA5B1")  # darker than the tables' rules: it must survive a copier


class _ScaleBoxes(Flowable):
    """Six numbered boxes in a row, the low end's label under 1 and the high end's under 6."""

    def __init__(self, low: str, high: str) -> None:
        super().__init__()
        self.low, self.high = clean(low), clean(high)
        self.step = 24 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        room = self.step * 2.6
        self.low_lines, self.low_size = wrap_to_fit(self.low, FONT, 9.5, room, min_size=8, max_lines=2)
        self.high_lines, self.high_size = wrap_to_fit(self.high, FONT, 9.5, room, min_size=8, max_lines=2)
        lines = max(len(self.low_lines), len(self.high_lines)) if (self.low or self.high) else 0
        self.height = 14 + BOX + 6 + lines * 12
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        left = 6.0
        top = self.height
        canv.saveState()
        for grade in range(6):
            x = left + grade * self.step
            canv.setFillColor(INK)
            canv.setFont(FONT_BOLD, 11)
            canv.drawCentredString(x + BOX / 2, top - 11, str(grade + 1))
            canv.setStrokeColor(INK)
            canv.setLineWidth(1)
            canv.setFillColor("#FFFFFF")
            canv.rect(x, top - 14 - BOX, BOX, BOX, stroke=1, fill=1)
        canv.setFillColor(GREY)
        y = top - 14 - BOX - 6 - 9
        for line in self.low_lines if self.low else []:
            draw_text(canv, left, y, line, FONT, self.low_size)
            y -= 12
        y = top - 14 - BOX - 6 - 9
        right = left + 5 * self.step + BOX
        for line in self.high_lines if self.high else []:
            draw_text(canv, right, y, line, FONT, self.high_size, anchor="right")
            y -= 12
        canv.restoreState()


class _Tick(Flowable):
    """An empty box to tick."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return TICK, TICK

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, TICK, TICK, stroke=1, fill=0)


class _WritingLines(Flowable):
    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.count * LINE_GAP + 2
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(WRITING_LINE)
        self.canv.setLineWidth(0.8)
        for k in range(self.count):
            y = self.height - (k + 1) * LINE_GAP
            self.canv.line(0, y, self.width, y)


def _choices(question: Question, s: Styles) -> Table:
    rows = [[_Tick(), Paragraph(markup(choice), s["body"])] for choice in question.choices]
    table = Table(rows, colWidths=[TICK + 4 * mm, CONTENT_WIDTH - TICK - 10 * mm], hAlign="LEFT")
    table.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (0, -1), 6),
    ]))
    return table


def _question(question: Question, number: int, lang: str, s: Styles) -> Flowable:
    w = eval_words(lang)
    text = f"{number}. {markup(question.text)}"
    hint = ""
    if question.kind is QuestionKind.SCALE:
        hint = w["paper_scale"]
    elif question.kind is QuestionKind.CHOICE:
        hint = w["choose_many"] if question.multiple else w["choose_one"]
        text += f' <font name="{FONT}" color="#5A5F66" size="10">({markup(hint)})</font>'
        hint = ""
    parts: list[Flowable] = [Paragraph(text, s["paper_q"])]
    if hint:
        parts.append(Paragraph(markup(hint), s["small"]))
    parts.append(Spacer(0, 5))
    if question.kind is QuestionKind.SCALE:
        parts.append(_ScaleBoxes(question.low_label, question.high_label))
    elif question.kind is QuestionKind.CHOICE:
        parts.append(_choices(question, s))
    else:
        parts.append(_WritingLines(OPEN_LINES))
    return KeepTogether([*parts, Spacer(0, 9 * mm)])


def _intro(evaluation: Evaluation, lang: str, s: Styles) -> list[Flowable]:
    w = eval_words(lang)
    conference = evaluation.conference
    title = clean(conference.title)
    when = " · ".join(p for p in (long_date(conference.date, lang), clean(conference.venue)) if p)
    out: list[Flowable] = [Paragraph(markup(w["evaluation"].upper()), s["kicker"])]
    if title:
        out.append(Paragraph(markup(title), s["h1"]))
    if when:
        out.append(Paragraph(markup(when), s["meta"]))
    box = Table([[[Paragraph(markup(w["paper_intro"]), s["finding"]), Paragraph(markup(w["paper_how"]), s["body"])]]],
                colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    box.setStyle(_table_style([
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT), ("LINEBEFORE", (0, 0), (0, 0), 2.5, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
    ]))
    return [*out, Spacer(0, 8), box, Spacer(0, 6 * mm)]


def write_paper_questionnaire(evaluation: Evaluation, output: Path, *, lang: str = "nb") -> Path:
    """The questionnaire as a printable A4 PDF at ``output`` (written atomically); refused
    (``evaluation_empty``) while there are no questions."""
    if not evaluation.questions:
        raise KvadrantError("evaluation_empty")
    register_fonts()
    w = eval_words(lang)
    s = eval_styles()
    s["paper_q"] = ParagraphStyle("paper_q", parent=s["body"], fontName=FONT_BOLD, fontSize=12, leading=16, textColor=INK)
    s["kicker"] = ParagraphStyle("kicker", parent=s["body"], fontName=FONT_BOLD, fontSize=10, leading=13, textColor=ACCENT)
    story = _intro(evaluation, lang, s)
    story += [_question(question, number, lang, s) for number, question in enumerate(evaluation.questions, 1)]
    story.append(Paragraph(markup(w["paper_thanks"]), s["finding"]))
    title = clean(evaluation.conference.title)
    header = " · ".join(p for p in (title, w["evaluation"]) if p)

    def build(temp: str) -> None:
        doc: BaseDocTemplate = a4_document(temp, title=drawable(header), subject=drawable(w["paper_intro"]), lang=lang)
        doc.addPageTemplates(page_templates(None))
        doc.build(story, canvasmaker=_numbered_canvas(lang, _PageNumbers(), header_title=drawable(header), skip_first=False))

    return write_atomically(output, build)

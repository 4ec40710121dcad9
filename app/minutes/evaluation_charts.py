"""The evaluation's charts and compact tables, drawn with reportlab graphics (vector, not images).

A scale question gets a bar per grade 1–6 with its count and share, the question's end labels
under the first and last bar, and its mean marked on the bars and written large beside them; a
choice question gets a horizontal bar per choice. The compact tables (means as small gauges,
choice counts, categories with their findings) serve the report's overview and the minutes'
short evaluation chapter alike. User text is drawn through :func:`app.minutes.pdf_fonts.text_shapes`
(strings in a drawing are not markup, emoji need their font) and goes into Paragraphs through
:func:`markup`.
"""
from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from app.common.text import clean
from app.conference_file.schema import QuestionKind
from app.evaluation.gathered import Evaluation
from app.evaluation.results import QuestionResult
from app.minutes.evaluation_wording import decimal, eval_words, percent, turnout_line
from app.minutes.pdf_layout import (
    ACCENT,
    ACCENT_LIGHT,
    CONTENT_WIDTH,
    GREY,
    INK,
    RULE,
    ZEBRA,
    Styles,
    _styles,
    _table_style,
)
from app.minutes.pdf_page_numbers import _Heading
from app.minutes.pdf_support import (
    FONT,
    FONT_BOLD,
    fit_text,
    markup,
    wrap_to_fit,
)
from app.minutes.pdf_fonts import text_shapes

#: The mean's colour: warm, so it stands apart from the blue bars.
MEAN = HexColor("#B5562B")
GRADES = tuple(str(grade) for grade in range(1, 7))
#: The tallest a choice chart may be: 20 choices (the most a question takes) still fit a page.
_CHOICE_CHART_MAX = 600.0
_MIN_LABEL = 7.0


def eval_styles() -> Styles:
    """The minutes' styles, and the few the evaluation adds (a quote, a finding, bold numbers)."""
    s = _styles()
    body = s["body"]
    s["cell_bold_right"] = ParagraphStyle("cell_bold_right", parent=s["cell_bold"], alignment=TA_RIGHT)
    s["question"] = ParagraphStyle("question", parent=body, fontName=FONT_BOLD, fontSize=11.5, leading=15, textColor=ACCENT, spaceBefore=10)
    s["finding"] = ParagraphStyle("finding", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=14.5)
    s["quote"] = ParagraphStyle("quote", parent=body, fontSize=10, leading=14, textColor=INK)
    s["origin"] = ParagraphStyle("origin", parent=body, fontSize=8.5, leading=11, textColor=GREY, spaceBefore=1)
    s["answer"] = ParagraphStyle("answer", parent=body, fontSize=9.5, leading=13, spaceBefore=4)
    return s


def _bar_labels(values: list[int], whole: int, lang: str) -> list[str]:
    return [f"{n} ({percent(n, whole, lang)})" for n in values]


def scale_chart(result: QuestionResult, lang: str, width: float) -> Drawing:
    """Bars 1–6 with count and share, the end labels under 1 and 6, the mean marked and beside."""
    w = eval_words(lang)
    values = [result.counts.get(grade, 0) for grade in GRADES]
    side = 110.0
    plot_x, plot_h = 6.0, 82.0
    plot_w = width - side - plot_x - 14
    # The end labels, each in half the plot's width under its end of the scale, in one or two lines.
    ends = [
        wrap_to_fit(clean(text), FONT, 9, plot_w / 2 - 8, min_size=7.5, max_lines=2) if text else ([], 9.0)
        for text in (result.question.low_label, result.question.high_label)
    ]
    end_lines = max(1, *(len(lines) for lines, _ in ends))
    plot_y = 40.0 + 10 * (end_lines - 1)
    drawing = Drawing(width, plot_y + plot_h + 34)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = plot_x, plot_y, plot_w, plot_h
    chart.data = [values]
    chart.barSpacing = 0
    chart.groupSpacing = plot_w / 6 * 0.28
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, max(values))
    chart.valueAxis.visible = 0
    chart.categoryAxis.categoryNames = list(GRADES)
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.visibleTicks = 0
    chart.categoryAxis.labels.fontName = FONT_BOLD
    chart.categoryAxis.labels.fontSize = 11
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.dy = -4
    chart.barLabelArray = [_bar_labels(values, result.count, lang)]
    chart.barLabelFormat = "values"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8.5
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 7
    chart.barLabels.boxFillColor = white  # the mean's line passes behind the labels
    if result.mean is not None:
        # Drawn first: the bars and their labels cover it, the marker above them says where it is.
        x = plot_x + (result.mean - 0.5) / 6 * plot_w
        top = plot_y + plot_h + 18
        drawing.add(Line(x, plot_y, x, top, strokeColor=MEAN, strokeWidth=1.4, strokeDashArray=[3, 2]))
        drawing.add(Polygon([x - 4, top + 6, x + 4, top + 6, x, top], fillColor=MEAN, strokeColor=None))
        drawing.add(String(x + 6, top + 1, w["mean_of"].format(mean=decimal(result.mean, lang)),
                           fontName=FONT_BOLD, fontSize=8.5, fillColor=MEAN))
    drawing.add(chart)
    for (lines, size), x, at_right in zip(ends, (plot_x, plot_x + plot_w), (False, True)):
        for k, line in enumerate(lines):
            y = plot_y - 30 - k * size * 1.2
            drawing.add(text_shapes(x, y, line, FONT, size, fill=GREY, anchor="right" if at_right else "left"))
    left = width - side + 6
    drawing.add(Rect(left - 6, plot_y - 6, side, plot_h + 12, fillColor=ACCENT_LIGHT, strokeColor=None))
    drawing.add(Rect(left - 6, plot_y - 6, 2.5, plot_h + 12, fillColor=MEAN, strokeColor=None))
    centre = left - 6 + side / 2
    big = decimal(result.mean, lang) if result.mean is not None else "–"
    drawing.add(String(centre, plot_y + plot_h - 34, big, fontName=FONT_BOLD, fontSize=28, fillColor=MEAN, textAnchor="middle"))
    drawing.add(String(centre, plot_y + plot_h - 50, w["mean"].lower(), fontName=FONT, fontSize=9.5, fillColor=GREY, textAnchor="middle"))
    drawing.add(String(centre, plot_y + 8, w["n_answers"].format(n=result.count), fontName=FONT_BOLD, fontSize=10, fillColor=INK, textAnchor="middle"))
    return drawing


def _clipped(text: str, size: float, width: float, max_lines: int) -> tuple[list[str], float]:
    """``text`` in at most ``max_lines`` lines, shrunk to no less than 7 pt and cut short with an
    ellipsis past that (a choice's name beside its bar must stay readable)."""
    lines, fitted = wrap_to_fit(text, FONT, size, width, min_size=_MIN_LABEL, max_lines=max_lines)
    if fitted >= _MIN_LABEL:
        return lines, fitted
    lines, fitted = wrap_to_fit(text, FONT, _MIN_LABEL, width, min_size=_MIN_LABEL, max_lines=len(text))
    if len(lines) > max_lines:
        last, _ = fit_text(" ".join(lines[max_lines - 1 :]), FONT, fitted, width, min_size=fitted)
        lines = [*lines[: max_lines - 1], last]
    return lines, fitted


def choice_chart(result: QuestionResult, lang: str, width: float) -> Drawing:
    """A horizontal bar per choice, in the question's order (first on top), count and share."""
    choices = list(result.question.choices)
    values = [result.counts.get(choice, 0) for choice in choices]
    label_w = width * 0.4
    size = 9.0
    # Names wrap to up to three lines, fewer when the chart would not fit on a page otherwise.
    for max_lines in (3, 2, 1):
        wrapped = [_clipped(clean(choice), size, label_w - 8, max_lines) for choice in choices]
        lines = max(len(lines) for lines, _ in wrapped)
        slot = max(20.0, lines * size * 1.2 + 7)
        if slot * len(choices) <= _CHOICE_CHART_MAX:
            break
    height = slot * len(choices)
    drawing = Drawing(width, height + 4)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 2
    chart.width, chart.height = width - label_w - 72, height
    chart.data = [values]
    chart.barSpacing = 0
    chart.groupSpacing = slot * 0.3
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, max(values))
    chart.valueAxis.visible = 0
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.visibleTicks = 0
    chart.categoryAxis.visibleLabels = 0
    chart.barLabelArray = [_bar_labels(values, result.count, lang)]
    chart.barLabelFormat = "values"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = 8
    drawing.add(chart)
    # The choices' names, drawn here so each can wrap to lines of its own, centred on its bar.
    for index, (text_lines, text_size) in enumerate(wrapped):
        centre = 2 + height - (index + 0.5) * slot
        leading = text_size * 1.2
        y = centre + (len(text_lines) - 1) * leading / 2 - text_size * 0.35
        for line in text_lines:
            drawing.add(text_shapes(label_w - 8, y, line, FONT, text_size, fill=INK, anchor="right"))
            y -= leading
    return drawing


def gauge(mean: float | None, width: float, height: float = 9) -> Drawing:
    """A small gauge of six cells filled up to ``mean`` (for a table row)."""
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=ZEBRA, strokeColor=RULE, strokeWidth=0.4))
    if mean is not None:
        drawing.add(Rect(0, 0, width * mean / 6, height, fillColor=ACCENT, strokeColor=None))
    for grade in range(1, 6):
        x = width * grade / 6
        drawing.add(Line(x, 0, x, height, strokeColor=white, strokeWidth=0.8))
    return drawing


def share_bar(part: int, whole: int, width: float, height: float = 9) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=ZEBRA, strokeColor=RULE, strokeWidth=0.4))
    if whole:
        drawing.add(Rect(0, 0, width * part / whole, height, fillColor=ACCENT, strokeColor=None))
    return drawing


def _compact(rows: list[list[Any]], widths: list[float], *, right_from: int) -> Table:
    """A table in the minutes' style: a dark header row, zebra rows, numbers on the right."""
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("ALIGN", (right_from, 0), (-1, -1), "RIGHT"),
    ]
    for r in range(2, len(rows), 2):
        commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    table.setStyle(_table_style(commands))
    return table


def numbered(evaluation: Evaluation) -> dict[int, int]:
    """Each question's number (1, 2, ...) as on the paper form, by question id."""
    return {question.id: index for index, question in enumerate(evaluation.questions, 1)}


def means_table(evaluation: Evaluation, lang: str, s: Styles, width: float) -> Table | None:
    """Every scale question in one table: number, text, answers, mean and a gauge."""
    w = eval_words(lang)
    number = numbered(evaluation)
    scales = [r for r in evaluation.results.questions if r.question.kind is QuestionKind.SCALE]
    if not scales:
        return None
    bar = 34 * 2.835
    widths = [30.0, width - 30 - 52 - 44 - bar - 10, 52.0, 44.0, bar + 10]
    rows: list[list[Any]] = [[
        Paragraph(markup(w["number"]), s["head"]), Paragraph(markup(w["question"]), s["head"]),
        Paragraph(markup(w["answered"]), s["head_right"]), Paragraph(markup(w["mean"]), s["head_right"]), "",
    ]]
    for result in scales:
        rows.append([
            Paragraph(f"{number[result.question.id]}.", s["cell"]),
            Paragraph(markup(result.question.text), s["cell"]),
            Paragraph(str(result.count), s["cell_right"]),
            Paragraph(decimal(result.mean, lang) if result.mean is not None else "–", s["cell_bold_right"]),
            gauge(result.mean, bar),
        ])
    return _compact(rows, widths, right_from=2)


def choice_table(result: QuestionResult, lang: str, s: Styles, width: float) -> Table:
    """One choice question's counts: choice, count, share and a bar."""
    w = eval_words(lang)
    bar = 34 * 2.835
    widths = [width - 52 - 48 - bar - 10, 52.0, 48.0, bar + 10]
    rows: list[list[Any]] = [[
        Paragraph(markup(result.question.text), s["head"]), Paragraph(markup(w["answered"]), s["head_right"]), "", "",
    ]]
    for choice in result.question.choices:
        n = result.counts.get(choice, 0)
        rows.append([
            Paragraph(markup(choice), s["cell"]),
            Paragraph(str(n), s["cell_right"]),
            Paragraph(percent(n, result.count, lang), s["cell_right"]),
            share_bar(n, result.count, bar),
        ])
    table = _compact(rows, widths, right_from=1)
    table.setStyle(_table_style([("SPAN", (0, 0), (0, 0))]))
    return table


def categories_table(evaluation: Evaluation, lang: str, s: Styles, width: float) -> Table | None:
    """Every category in board order with its count of coded cards and its finding."""
    w = eval_words(lang)
    if not evaluation.board.categories:
        return None
    widths = [width * 0.3, 40.0, width * 0.7 - 40]
    rows: list[list[Flowable | str]] = [[
        Paragraph(markup(w["category"]), s["head"]), Paragraph(markup(w["cards"]), s["head_right"]),
        Paragraph(markup(w["finding"]), s["head"]),
    ]]
    for category in evaluation.board.categories:
        finding = Paragraph(markup(category.finding), s["cell"]) if category.finding else Paragraph(markup("–"), s["cell_grey"])
        rows.append([
            Paragraph(markup(category.name), s["cell_bold"]),
            Paragraph(str(len(evaluation.coded(category))), s["cell_right"]),
            finding,
        ])
    table = _compact(rows, widths, right_from=1)
    table.setStyle(_table_style([("ALIGN", (2, 0), (2, -1), "LEFT"), ("VALIGN", (0, 1), (-1, -1), "TOP")]))
    return table


def minutes_chapter(evaluation: Evaluation, lang: str) -> list[Flowable]:
    """The minutes' short evaluation chapter: turnout, the means, the findings, the choices."""
    w = eval_words(lang)
    s = eval_styles()
    out: list[Flowable] = [
        _Heading(markup(w["evaluation"]), s["h1"], key="evaluation", outline=w["evaluation"], level=0, section=w["evaluation"]),
        Paragraph(markup(turnout_line(evaluation, lang)), s["meta"]),
    ]
    means = means_table(evaluation, lang, s, CONTENT_WIDTH)
    if means is not None:
        out += [Paragraph(markup(w["overview"]), s["label"]), Spacer(0, 2), means]
    label = Paragraph(markup(w["categories"]), s["label"])
    categories = categories_table(evaluation, lang, s, CONTENT_WIDTH)
    if categories is not None and any(card.categories for card in evaluation.board.cards):
        out.append(KeepTogether([label, Spacer(0, 2), categories]))
    else:
        out += [label, Paragraph(markup(w["not_coded"]), s["missing"])]
    for result in evaluation.results.questions:
        if result.question.kind is QuestionKind.CHOICE and result.count:
            out += [Spacer(0, 10), KeepTogether([choice_table(result, lang, s, CONTENT_WIDTH)])]
    return out

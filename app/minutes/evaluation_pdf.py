"""The evaluation report as a PDF, after seed 004's chapter 2.

A title page (the conference on a dark band, the turnout in tiles, the questions with how many
answered each), the results (the means of the graded questions side by side, then a chart per
scale and choice question), the findings per category in the board's order (its finding, how many
cards were coded, its marked quotes set as quotes) and an appendix of the open answers nobody has
coded yet. A4, the minutes' fonts, styles and running header, "Side n av m".
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from app.common.text import clean
from app.conference_file.schema import QuestionKind
from app.evaluation.coding import Card
from app.evaluation.gathered import Evaluation
from app.evaluation.results import QuestionResult
from app.minutes.evaluation_charts import (
    categories_table,
    choice_chart,
    eval_styles,
    means_table,
    numbered,
    scale_chart,
)
from app.minutes.evaluation_wording import (
    coded_count,
    decimal,
    eval_words,
    kind_label,
    percent,
    quotes_count,
    turnout_line,
)
from app.minutes.pdf import progress_reporter
from app.minutes.pdf_layout import (
    ACCENT,
    ACCENT_LIGHT,
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Styles,
    _table_style,
    a4_document,
    page_templates,
)
from app.minutes.pdf_page_numbers import _Heading, _numbered_canvas, _PageNumbers
from app.minutes.pdf_fonts import draw_text
from app.minutes.pdf_support import (
    FONT,
    FONT_BOLD,
    drawable,
    fit_text,
    markup,
    register_fonts,
    text_flowables,
    wrap_to_fit,
    write_atomically,
)
from app.minutes.wording import long_date

BAND = 72 * mm
_COLUMN = (CONTENT_WIDTH - 8 * mm) / 2  # a column of the appendix pages


def report_title(evaluation: Evaluation, lang: str) -> str:
    return clean(evaluation.conference.title) or eval_words(lang)["report"]


def _subtitle(evaluation: Evaluation, lang: str) -> str:
    conference = evaluation.conference
    return " · ".join(part for part in (long_date(conference.date, lang), clean(conference.venue)) if part)


def _draw_band(canv: Canvas, evaluation: Evaluation, lang: str) -> None:
    """The title page's dark band: what this is, the conference, when and where."""
    w = eval_words(lang)
    canv.saveState()
    canv.setFillColor(ACCENT)
    canv.rect(0, PAGE_HEIGHT - BAND, PAGE_WIDTH, BAND, stroke=0, fill=1)
    y = PAGE_HEIGHT - 24 * mm
    canv.setFillColor(HexColor("#B9C8DA"))
    canv.setFont(FONT_BOLD, 12)
    canv.drawString(MARGIN_X, y, w["report"].upper())
    lines, size = wrap_to_fit(clean(report_title(evaluation, lang)), FONT_BOLD, 28, CONTENT_WIDTH, min_size=16, max_lines=2)
    canv.setFillColor(white)
    y -= 12 + size
    for line in lines:
        draw_text(canv, MARGIN_X, y, line, FONT_BOLD, size)
        y -= size * 1.18
    sub = _subtitle(evaluation, lang)
    if sub:
        text, sub_size = fit_text(clean(sub), FONT, 13, CONTENT_WIDTH, min_size=8)
        canv.setFillColor(HexColor("#DCE5F0"))
        draw_text(canv, MARGIN_X, PAGE_HEIGHT - BAND + 12 * mm, text, FONT, sub_size)
    canv.restoreState()


def _templates(evaluation: Evaluation, lang: str) -> list[PageTemplate]:
    top = PAGE_HEIGHT - BAND - 10 * mm
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, top - MARGIN_BOTTOM, 0, 0, 0, 0, id="title")

    def band(canv: Canvas, _doc: BaseDocTemplate) -> None:
        _draw_band(canv, evaluation, lang)

    return [PageTemplate(id="title", frames=[frame], onPage=band, autoNextPageTemplate="body"), *page_templates(None)]


def _tiles(evaluation: Evaluation, lang: str, s: Styles) -> Table:
    """The turnout in four tiles: responses, present, response rate, open answers coded."""
    w = eval_words(lang)
    results = evaluation.results
    answers = [card for card in evaluation.board.cards if not card.from_summary]
    coded = sum(1 for card in answers if card.categories)
    figures = [
        (str(results.responses), w["tile_responses"]),
        (str(results.present) if results.present else "–", w["tile_present"]),
        (percent(results.responses, results.present, lang) if results.present else "–", w["tile_rate"]),
        (f"{coded}/{len(answers)}", w["tile_cards"]),
    ]
    big = ParagraphStyle("tile", parent=s["body"], fontName=FONT_BOLD, fontSize=20, leading=24, textColor=ACCENT)
    gap = 4 * mm
    cell = (CONTENT_WIDTH - 3 * gap) / 4
    row: list[Any] = []
    widths: list[float] = []
    for k, (value, label) in enumerate(figures):
        if k:
            row.append("")
            widths.append(gap)
        row.append([Paragraph(markup(value), big), Paragraph(markup(label), s["meta"])])
        widths.append(cell)
    table = Table([row], colWidths=widths, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]
    for col in range(0, len(row), 2):
        commands += [("BACKGROUND", (col, 0), (col, 0), ACCENT_LIGHT), ("LINEBEFORE", (col, 0), (col, 0), 2.5, ACCENT),
                     ("LEFTPADDING", (col, 0), (col, 0), 9)]
    table.setStyle(_table_style(commands))
    return table


def _questions_table(evaluation: Evaluation, lang: str, s: Styles) -> Table:
    w = eval_words(lang)
    rows: list[list[Flowable | str]] = [[
        Paragraph(markup(w["number"]), s["head"]), Paragraph(markup(w["question"]), s["head"]),
        Paragraph(markup(w["kind"]), s["head"]), Paragraph(markup(w["answered"]), s["head_right"]),
    ]]
    for index, result in enumerate(evaluation.results.questions, 1):
        rows.append([
            Paragraph(f"{index}.", s["cell"]), Paragraph(markup(result.question.text), s["cell"]),
            Paragraph(markup(kind_label(result.question, lang)), s["cell_grey"]), Paragraph(str(result.count), s["cell_right"]),
        ])
    table = Table(rows, colWidths=[30, CONTENT_WIDTH - 30 - 92 - 52, 92, 52], repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), HexColor("#F4F6F9")) for r in range(2, len(rows), 2)]
    table.setStyle(_table_style(commands))
    return table


def _title_page(evaluation: Evaluation, lang: str, s: Styles) -> list[Flowable]:
    w = eval_words(lang)
    out: list[Flowable] = [_tiles(evaluation, lang, s), Spacer(0, 8), Paragraph(markup(turnout_line(evaluation, lang)), s["meta"])]
    if any(q.kind is QuestionKind.SCALE for q in evaluation.questions):
        out.append(Paragraph(markup(w["page_note"]), s["meta"]))
    out += [
        Spacer(0, 10),
        _Heading(markup(w["questions"]), s["h2"], key="questions", outline=w["questions"], level=0, section=w["questions"]),
        Spacer(0, 3),
        _questions_table(evaluation, lang, s),
    ]
    return out


def _result_story(result: QuestionResult, number: int, evaluation: Evaluation, lang: str, s: Styles) -> list[Flowable]:
    w = eval_words(lang)
    question = result.question
    head: list[Flowable] = [Paragraph(f"{number}. {markup(question.text)}", s["question"])]
    meta = [w["n_answers"].format(n=result.count), kind_label(question, lang)]
    if result.mean is not None:
        meta.insert(1, w["mean_of"].format(mean=decimal(result.mean, lang)))
    head.append(Paragraph(markup(" · ".join(meta)), s["meta"]))
    if not result.count:
        return [KeepTogether([*head, Paragraph(markup(w["no_answers"]), s["missing"])])]
    if question.kind is QuestionKind.SCALE:
        return [KeepTogether([*head, Spacer(0, 6), scale_chart(result, lang, CONTENT_WIDTH)])]
    if question.kind is QuestionKind.CHOICE:
        body: list[Flowable] = [Spacer(0, 6), choice_chart(result, lang, CONTENT_WIDTH)]
        if question.multiple:
            body.append(Paragraph(markup(w["multiple_note"]), s["small"]))
        return [KeepTogether([*head, *body])]
    cards = [card for card in evaluation.board.cards if not card.from_summary and card.origin == question.text]
    coded = sum(1 for card in cards if card.categories)
    key = "open_note_coded" if coded == len(cards) else "open_note" if coded else "open_note_none"
    note = w[key].format(heading=w["categories"])
    return [KeepTogether([*head, Paragraph(markup(note), s["small"])])]


def _results(evaluation: Evaluation, lang: str, s: Styles) -> list[Flowable]:
    w = eval_words(lang)
    out: list[Flowable] = [_Heading(markup(w["results"]), s["h1"], key="results", outline=w["results"], level=0, section=w["results"])]
    table = means_table(evaluation, lang, s, CONTENT_WIDTH)
    if table is not None:
        out += [Paragraph(markup(w["overview"]), s["label"]), Spacer(0, 2), table, Spacer(0, 8)]
    number = numbered(evaluation)
    for result in evaluation.results.questions:
        out += _result_story(result, number[result.question.id], evaluation, lang, s)
    return out


def _quote(card: Card, s: Styles) -> list[Flowable]:
    style = ParagraphStyle("quote-in", parent=s["quote"], leftIndent=16, rightIndent=16, spaceBefore=7)
    origin = ParagraphStyle("origin-in", parent=s["origin"], leftIndent=16, rightIndent=16)
    text = "«" + card.text.strip() + "»"
    return [*text_flowables(text, style, CONTENT_WIDTH - 32), Paragraph(markup(card.origin), origin)]


def _categories(evaluation: Evaluation, lang: str, s: Styles) -> list[Flowable]:
    w = eval_words(lang)
    out: list[Flowable] = [_Heading(markup(w["categories"]), s["h1"], key="categories", outline=w["categories"], level=0, section=w["categories"])]
    if not any(card.categories for card in evaluation.board.cards):
        out.append(Paragraph(markup(w["not_coded"]), s["missing"]))
    table = categories_table(evaluation, lang, s, CONTENT_WIDTH)
    if table is not None:
        out += [Spacer(0, 4), table]
    for index, category in enumerate(evaluation.board.categories, 1):
        coded = evaluation.coded(category)
        quotes = evaluation.quotes(category)
        title = f"{w['category_n'].format(n=index)}: {clean(category.name)}"
        head: list[Flowable] = [
            Spacer(0, 14),
            _Heading(markup(title), s["h2"], key=f"cat{category.id}", outline=clean(category.name), level=1),
            Paragraph(markup(f"{coded_count(len(coded), lang)} · {quotes_count(len(quotes), lang)}"), s["meta"]),
            Spacer(0, 4),
            _finding_box(category.finding, lang, s),
        ]
        if quotes:
            out.append(KeepTogether([*head, Paragraph(markup(w["quotes"]), s["label"]), *_quote(quotes[0], s)]))
            for card in quotes[1:]:
                out += _quote(card, s)
        else:
            out.append(KeepTogether(head))
    return out


def _finding_box(finding: str, lang: str, s: Styles) -> Table:
    w = eval_words(lang)
    if finding:
        text = Paragraph(f"{markup(w['finding'].upper())}: {markup(finding)}", s["finding"])
    else:
        text = Paragraph(markup(w["no_finding"]), s["missing"])
    box = Table([[text]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    box.setStyle(_table_style([
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT), ("LINEBEFORE", (0, 0), (0, 0), 2.5, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return box


def _appendix(evaluation: Evaluation, lang: str, s: Styles) -> list[Flowable]:
    """The open answers not coded, by the question they answer, in two columns."""
    w = eval_words(lang)
    uncoded = [card for card in evaluation.board.uncoded if not card.from_summary]
    summaries = sum(1 for card in evaluation.board.uncoded if card.from_summary)
    if not uncoded and not summaries:
        return []
    out: list[Flowable] = [
        NextPageTemplate("appendix"),
        PageBreak(),
        _Heading(markup(w["appendix"]), s["h1"], key="appendix", outline=w["appendix"], level=0, section=w["appendix_short"]),
    ]
    if summaries:
        out.append(Paragraph(markup(w["summary_cards_uncoded"].format(n=summaries)), s["meta"]))
    out.append(FrameBreak())
    by_origin: dict[str, list[Card]] = {}
    for card in uncoded:
        by_origin.setdefault(card.origin, []).append(card)
    order = {question.text: index for index, question in enumerate(evaluation.questions)}
    answer = ParagraphStyle("answer-col", parent=s["answer"], leftIndent=9, firstLineIndent=-9)
    rest = ParagraphStyle("answer-rest", parent=s["answer"], leftIndent=9, spaceBefore=2)
    number = {question.text: index for index, question in enumerate(evaluation.questions, 1)}
    for origin in sorted(by_origin, key=lambda o: order.get(o, len(order))):
        cards = by_origin[origin]
        prefix = f"{number[origin]}. " if origin in number else ""
        heading = Paragraph(prefix + markup(origin), ParagraphStyle("origin-head", parent=s["question"], fontSize=10, leading=13, spaceBefore=6))
        count = Paragraph(markup(w["n_answers"].format(n=len(cards))), s["small"])
        first = True
        for card in cards:
            flowables = text_flowables("– " + card.text.strip(), rest, _COLUMN - 9, first_style=answer)
            if first:
                out.append(KeepTogether([heading, count, *flowables[:1]]))
                out += flowables[1:]
                first = False
            else:
                out += flowables
    return out


def _story(evaluation: Evaluation, lang: str, s: Styles) -> list[Flowable]:
    story = _title_page(evaluation, lang, s)
    story += [PageBreak(), *_results(evaluation, lang, s)]
    # The findings open a page of their own, unless there is nothing coded to tell yet.
    coded = any(card.categories for card in evaluation.board.cards)
    story += [PageBreak() if coded else Spacer(0, 18), *_categories(evaluation, lang, s)]
    story += _appendix(evaluation, lang, s)
    return story


def write_evaluation_pdf(
    evaluation: Evaluation,
    output: Path,
    *,
    lang: str = "nb",
    progress: Callable[[float], None] | None = None,
) -> Path:
    """The evaluation report as an A4 PDF at ``output`` (written atomically); returns its path.

    ``progress`` is called now and then with 0..1; an unwritable ``output`` raises
    :class:`app.common.messages.KvadrantError` ``file_io_error``.
    """
    register_fonts()
    if progress is not None:
        progress(0.0)
    w = eval_words(lang)
    story = _story(evaluation, lang, eval_styles())
    if progress is not None:
        progress(0.05)
    title = report_title(evaluation, lang)
    header = " · ".join(part for part in (title, w["evaluation"], long_date(evaluation.conference.date, lang)) if part)
    registry = _PageNumbers()

    def build(temp: str) -> None:
        doc = a4_document(temp, title=drawable(f"{w['report']} – {title}"), subject=drawable(_subtitle(evaluation, lang)), lang=lang)
        doc.addPageTemplates(_templates(evaluation, lang))
        doc.setProgressCallBack(progress_reporter(progress, 0.05, 0.97))
        doc.build(story, canvasmaker=_numbered_canvas(lang, registry, header_title=drawable(header), skip_first=True))

    result = write_atomically(output, build)
    if progress is not None:
        progress(1.0)
    return result

"""The minutes (referat) of a conference as a PDF that reads like a proper report.

Cover (title, date, venue, who came), contents with page numbers, the key findings of the closing
plenum (its themes with their key points and groups, when groups wrote key points), the programme
as planned and as run, then for every group block its task and each group (members, ordstyrer and referent, the
summary), a short evaluation chapter when the questionnaire has responses, and an appendix of
participants by municipality. A4, embedded DejaVu Sans, a running header and "Side n av m" on
every page but the cover.

Everything is laid out in one pass: the page numbers in the contents are PDF forms that are
filled in when the page of each heading is known, and the page total is written when the last
page is done. Text users typed goes through :func:`app.minutes.pdf_support.markup` (emoji and other
characters the font lacks become one placeholder; ``<``, ``&`` and ``>`` print as typed).

This module puts the document together; its parts are made in ``pdf_layout`` (the page, colours
and styles), ``pdf_page_numbers`` (headings, header and footer), ``pdf_cover`` (cover and
contents), ``pdf_plenum``, ``pdf_programme``, ``pdf_groups`` and ``pdf_appendix``.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, NextPageTemplate, PageBreak, Spacer

from app.minutes.evaluation_charts import minutes_chapter
from app.minutes.gathered import Minutes, Progress
from app.minutes.pdf_appendix import appendix_story
from app.minutes.pdf_cover import contents_story, draw_cover, report_title
from app.minutes.pdf_delivery import delivery_story
from app.minutes.pdf_notes import notes_story, opening_story
from app.minutes.pdf_groups import block_story
from app.minutes.pdf_layout import Styles, _styles, a4_document, page_templates
from app.minutes.pdf_page_numbers import _numbered_canvas, _PageNumbers
from app.minutes.pdf_plenum import plenum_story
from app.minutes.pdf_programme import _cover_line, programme_story
from app.minutes.pdf_support import drawable, register_fonts, write_atomically
from app.minutes.wording import long_date, words


def _story(minutes: Minutes, lang: str, s: Styles) -> list[Flowable]:
    """Everything after the cover: contents, the organiser's main impressions and the key findings
    (when written), the programme, the delivery overview, each block as the day went (a group
    block with its groups, a talk or plenum with its notes), the evaluation (when it has
    responses), the appendix."""
    story: list[Flowable] = [PageBreak()]
    story += contents_story(minutes, lang, s)
    for part in (opening_story(minutes, lang, s), plenum_story(minutes, lang, s)):
        if part:
            story += [PageBreak(), *part]
    story += [PageBreak()]
    story += programme_story(minutes, lang, s)
    delivery = delivery_story(minutes, lang, s)
    if delivery:
        story += [PageBreak(), *delivery]
    after_groups = True  # notes of blocks in a row share pages; a group block starts its own
    for block in minutes.blocks:
        if block.groups:
            story += [PageBreak(), *block_story(minutes, block, lang, s)]
            after_groups = True
        elif block.notes_text:
            story += [PageBreak()] if after_groups else [Spacer(0, 14)]
            story += notes_story(minutes, block, lang, s)
            after_groups = False
    if minutes.evaluation is not None:
        story += [PageBreak()]
        story += minutes_chapter(minutes.evaluation, lang)
    story += [NextPageTemplate("appendix"), PageBreak()]
    story += appendix_story(minutes, lang, s)
    return story


def progress_reporter(progress: Callable[[float], None] | None, low: float, high: float) -> Callable[[str, int], None]:
    """A reportlab progress callback that reports ``low``..``high`` as the story is laid out."""
    throttled = Progress(progress)
    total = [1]

    def report(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            total[0] = max(1, value)
        elif kind == "PROGRESS":
            throttled(low + (high - low) * min(1.0, value / total[0]))

    return report


def write_minutes_pdf(
    minutes: Minutes,
    path: str | Path,
    *,
    lang: str = "nb",
    progress: Callable[[float], None] | None = None,
) -> Path:
    """The minutes as an A4 PDF at ``path`` (written atomically); returns its absolute path.

    ``progress`` is called now and then with 0..1. An unwritable ``path`` raises
    :class:`app.common.messages.KvadrantError` ``file_io_error``.
    """
    register_fonts()
    if progress is not None:
        progress(0.0)
    title = report_title(minutes, lang)
    registry = _PageNumbers()
    story = _story(minutes, lang, _styles())
    if progress is not None:
        progress(0.05)
    w = words(lang)
    header = f"{title} · {w['minutes']}"
    date = long_date(minutes.conference.date, lang)
    if date:
        header += f" · {date}"

    def build(temp: str) -> None:
        doc = a4_document(
            temp, title=f"{w['minutes']} – {drawable(title)}", subject=drawable(_cover_line(minutes, lang)), lang=lang
        )

        def cover(canv: Canvas, _doc: BaseDocTemplate) -> None:
            draw_cover(canv, minutes, lang)

        doc.addPageTemplates(page_templates(cover))
        doc.setProgressCallBack(progress_reporter(progress, 0.05, 0.97))
        canvas = _numbered_canvas(lang, registry, header_title=header, skip_first=True)
        doc.build(story, canvasmaker=canvas)

    result = write_atomically(path, build)
    if progress is not None:
        progress(1.0)
    return result


"""Printed table cards ("bordkort") and the "Finn ditt bord" wall list, as PDF.

A table card is one A4 page standing on a table, read from a few metres: the table number very
big, the kommunegruppe's name for a kvadrant-4 group, then the people present in speaking order,
with who chairs (ordstyrer) and who takes notes (referent). "Finn ditt bord" is the list pinned
on the wall by the door: everyone present, alphabetically (æ, ø, å last), with their table number.

Only people marked present are printed. Text is bokmål unless ``lang="en"``.

This module writes the two files; a card is drawn in ``table_card_layout``, the list's pieces are
in ``finn_ditt_bord``, and what both share (wording, page, ink) is in ``table_print``.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.common.text import clean
from app.conference_file.conference import ConferenceInfo
from app.groups.plans import Plan, find_your_table
from app.minutes.finn_ditt_bord import (
    _FOOTER_HEIGHT,
    _HEADER_HEIGHT,
    _Entry,
    _Letter,
    _letter,
    _Message,
    _numbered_canvas,
)
from app.minutes.pdf_fonts import draw_text
from app.minutes.pdf_support import FONT, fit_text, register_fonts, wrap_to_fit, write_atomically
from app.minutes.table_card_layout import _draw_card, _draw_empty, _draw_qr
from app.referent.qr import qr_matrix
from app.minutes.table_print import GREY, INK, MARGIN, PAGE_HEIGHT, PAGE_WIDTH, _date, _kvadrant, _line, _strings

# Re-exported: the card's QR code size and the height of its roles box, which callers measure by.
from app.minutes.table_card_layout import _FOOTER_SIZE as _FOOTER_SIZE, QR_SIZE as QR_SIZE


def write_table_cards(
    plan: Plan,
    conference: ConferenceInfo,
    path: str | Path,
    *,
    lang: str = "nb",
    links: Mapping[int, str] | None = None,
) -> Path:
    """One A4 card per table of ``plan`` at ``path``; returns the file's absolute path.

    ``links`` (table number -> the referent's link) puts a QR code of the link on each card
    that has one, for the referent to open the summary page on their phone.
    """
    register_fonts()
    s = _strings(lang)
    tables = sorted(plan.tables, key=lambda t: t.number)

    def build(temp: str) -> None:
        canvas = Canvas(temp, pagesize=A4, pageCompression=1, initialFontName=FONT, initialFontSize=12)
        canvas.setTitle(f"{s['table_cards']} · {_kvadrant(plan, lang)} · {_line(conference.title)}")
        canvas.setCreator("Kvadrant")
        if not tables:
            _draw_empty(canvas, s["table_cards"], s["no_tables"])
            canvas.showPage()
        for table in tables:
            _draw_card(canvas, plan, table, conference, lang, (links or {}).get(table.number))
            canvas.showPage()
        canvas.save()

    return write_atomically(path, build)


#: The participants' code in the header of the list by the door (about 22 mm).
_HALL_QR = 62.0


def write_find_your_table(
    plan: Plan, conference: ConferenceInfo, path: str | Path, *, lang: str = "nb", hall_link: str | None = None
) -> Path:
    """"Finn ditt bord" at ``path``: everyone present A–Å with their table, in two columns.
    ``hall_link`` (the participants' page) puts its QR code in each page's header: the list by
    the door is also where a phone finds its table."""
    regular, bold = register_fonts()
    s = _strings(lang)
    heading = s["find_your_table"]
    subtitle = " · ".join(
        part for part in (clean(conference.title), _kvadrant(plan, lang), _date(conference.date, lang)) if part
    )
    width = PAGE_WIDTH - 2 * MARGIN
    gutter = 8 * mm
    column = (width - gutter) / 2
    frame_bottom = MARGIN + _FOOTER_HEIGHT
    frame_height = PAGE_HEIGHT - MARGIN - _HEADER_HEIGHT - frame_bottom
    frames = [
        Frame(MARGIN + i * (column + gutter), frame_bottom, column, frame_height, 0, 0, 0, 0, id=f"col{i}")
        for i in range(2)
    ]

    code = qr_matrix(hall_link) if hall_link else None
    hint_width = 42 * mm
    room = width - (_HALL_QR + hint_width + 8 * mm if code is not None else 0)
    hint, hint_size = wrap_to_fit(s["scan_for_table"], regular, 10, hint_width, min_size=8, max_lines=3)

    def page_header(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN
        if code is not None:
            # The participants' code at the right, with three short lines saying what it is for.
            _draw_qr(canvas, code, PAGE_WIDTH - MARGIN - _HALL_QR, top - _HALL_QR - 1, _HALL_QR)
            canvas.setFillColor(GREY)
            right = PAGE_WIDTH - MARGIN - _HALL_QR - 3 * mm
            for k, line in enumerate(hint):
                draw_text(canvas, right, top - 20 - k * hint_size * 1.25, line, regular, hint_size, anchor="right")
        text, size = fit_text(heading, bold, 40, room, min_size=24)
        canvas.setFillColor(INK)
        draw_text(canvas, MARGIN, top - 32, text, bold, size)
        sub, sub_size = fit_text(subtitle, regular, 15, room, min_size=9)
        canvas.setFillColor(GREY)
        draw_text(canvas, MARGIN, top - 54, sub, regular, sub_size)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, top - 64, PAGE_WIDTH - MARGIN, top - 64)
        canvas.restoreState()

    story: list[Flowable] = []
    letter = None
    seats = find_your_table(plan)
    for index, seat in enumerate(seats):
        first = _letter(seat.name)
        if first != letter:
            story.append(_Letter(first))
            letter = first
        story.append(_Entry(seat, shaded=index % 2 == 1))
    if not seats:
        story.append(_Message(s["nobody"]))

    def build(temp: str) -> None:
        doc = BaseDocTemplate(
            temp,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=f"{heading} · {_kvadrant(plan, lang)} · {_line(conference.title)}",
            creator="Kvadrant",
            pageCompression=1,
            initialFontName=regular,
            initialFontSize=12,
        )
        doc.addPageTemplates([PageTemplate(id="list", frames=frames, onPage=page_header)])
        doc.build(story, canvasmaker=_numbered_canvas(s["page"]))

    return write_atomically(path, build)

"""The look of the minutes PDF and the kommune sheets: the A4 page and its frames, colours, styles.

Both documents are set on the same page (margins, the body frame, and the two-column pages of the
appendix), in the same dark-blue palette and the same paragraph and table styles, so a kommune
sheet reads like a page taken out of the minutes. The running header and the page numbers are in
:mod:`app.minutes.pdf_page_numbers`.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, TableStyle

from app.minutes.pdf_support import FONT, FONT_BOLD, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = HexColor("#1A1A1A")
GREY = HexColor("#5A5F66")
RULE = HexColor("#C9D2DC")
ACCENT = HexColor("#1F3A5F")  # the dark blue of headings and the cover
ACCENT_LIGHT = HexColor("#E8EEF5")
ZEBRA = HexColor("#F4F6F9")
OVERRUN = HexColor("#9C2F2F")
EARLY = HexColor("#2F6B3A")

BODY_SIZE = 10.5
BODY_LEADING = 14.6
SMALL_SIZE = 9.0

#: The paragraph styles by name ("body", "h1", "cell", ...), as :func:`_styles` makes them.
Styles = dict[str, ParagraphStyle]


def _styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_LEADING, textColor=INK,
        allowOrphans=0, allowWidows=0, splitLongWords=1,
    )

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "para": style("para", spaceBefore=5),
        "h1": style("h1", fontName=FONT_BOLD, fontSize=17, leading=21.5, textColor=ACCENT, spaceAfter=4),
        "h2": style("h2", fontName=FONT_BOLD, fontSize=12.5, leading=16, textColor=ACCENT, spaceBefore=0, spaceAfter=2),
        "meta": style("meta", fontSize=9.5, leading=13, textColor=GREY),
        "label": style("label", fontName=FONT_BOLD, fontSize=9.5, leading=13, textColor=ACCENT, spaceBefore=8, spaceAfter=1),
        "cell": style("cell", fontSize=9.5, leading=12.2),
        "cell_bold": style("cell_bold", fontName=FONT_BOLD, fontSize=9.5, leading=12.2),
        "cell_grey": style("cell_grey", fontSize=8.5, leading=11, textColor=GREY),
        "cell_right": style("cell_right", fontSize=9.5, leading=12.2, alignment=TA_RIGHT),
        "head": style("head", fontName=FONT_BOLD, fontSize=8.5, leading=11, textColor=white),
        "head_right": style("head_right", fontName=FONT_BOLD, fontSize=8.5, leading=11, textColor=white, alignment=TA_RIGHT),
        "task": style("task", fontSize=10, leading=14),
        "missing": style("missing", textColor=GREY, spaceBefore=3),
        "small": style("small", fontSize=SMALL_SIZE, leading=12, textColor=GREY),
    }


def _hex(colour: Color) -> str:
    return "#" + colour.hexval()[2:]


def _table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain-text cells (the empty ones) use the embedded font too."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def list_style(rows: int, *, side: float = 5, top: float = 2.2, bottom: float = 2.6) -> TableStyle:
    """A list's table: a dark header row, rows striped, a rule under the last (members, the
    delivery overview, the appendix)."""
    return _table_style([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ("LEFTPADDING", (0, 0), (-1, -1), side),
        ("RIGHTPADDING", (0, 0), (-1, -1), side),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        *(("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, rows, 2)),
    ])


def a4_document(path: str, *, title: str, subject: str, lang: str) -> BaseDocTemplate:
    """An A4 document with the minutes' margins, body font and metadata (texts already drawable)."""
    return BaseDocTemplate(
        path,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="Kvadrant",
        subject=subject,
        creator="Kvadrant",
        pageCompression=1,
        initialFontName=FONT,
        initialFontSize=BODY_SIZE,
        lang="nb-NO" if lang != "en" else "en",
        displayDocTitle=1,
    )


def page_templates(draw_cover: Callable[[Canvas, BaseDocTemplate], None] | None) -> list[PageTemplate]:
    body = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, CONTENT_HEIGHT, 0, 0, 0, 0, id="body")
    heading_height = 19 * mm
    gutter = 8 * mm
    column = (CONTENT_WIDTH - gutter) / 2
    top_frame = Frame(MARGIN_X, PAGE_HEIGHT - MARGIN_TOP - heading_height, CONTENT_WIDTH, heading_height, 0, 0, 0, 0, id="atop")
    first_cols = [
        Frame(MARGIN_X + i * (column + gutter), MARGIN_BOTTOM, column, CONTENT_HEIGHT - heading_height, 0, 0, 0, 0, id=f"a1c{i}")
        for i in range(2)
    ]
    cols = [
        Frame(MARGIN_X + i * (column + gutter), MARGIN_BOTTOM, column, CONTENT_HEIGHT, 0, 0, 0, 0, id=f"ac{i}")
        for i in range(2)
    ]
    templates = [
        PageTemplate(id="body", frames=[body]),
        PageTemplate(id="appendix", frames=[top_frame, *first_cols], autoNextPageTemplate="appendix_more"),
        PageTemplate(id="appendix_more", frames=cols),
    ]
    if draw_cover is not None:
        cover = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, CONTENT_HEIGHT, 0, 0, 0, 0, id="cover")
        templates.insert(0, PageTemplate(id="cover", frames=[cover], onPage=draw_cover, autoNextPageTemplate="body"))
    return templates

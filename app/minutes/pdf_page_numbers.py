"""Page numbers in the minutes PDF: headings that mark their page, contents lines that show it,
and the canvas that writes the running header and "Side n av m".

Everything is laid out in one pass. A heading records the page it lands on (and is a link target
and an outline entry); a line of the contents draws a PDF form for its page number; the canvas
fills those forms in, and the page total in each footer, when the document is saved. The kommune
sheets use the same canvas for their header and footer.
"""
from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from app.common.text import clean
from app.minutes.pdf_fonts import draw_text
from app.minutes.pdf_layout import CONTENT_WIDTH, GREY, INK, MARGIN_TOP, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH, RULE
from app.minutes.pdf_support import FONT, FONT_BOLD, fit_text, text_width, wrap_to_fit
from app.minutes.wording import words


class _PageNumbers:
    """Where each heading landed, filled in while the pages are drawn."""

    def __init__(self) -> None:
        self.pages: dict[str, int] = {}
        self.wanted: set[str] = set()

    @staticmethod
    def form(key: str) -> str:
        return f"kvpage_{key}"


#: A heading whose top is this close to the top of the text counts as starting the page.
_PAGE_TOP = PAGE_HEIGHT - MARGIN_TOP - 24


def set_section(canv: Canvas, section: str, *, top: float = 0.0) -> None:
    """What the running header names from here on: the section of the page where the text at its
    top belongs (a group whose summary runs on from the page before), so a heading sets this
    page's header only when it starts the page, and every later page's otherwise."""
    canv._kv_section = section
    _, y = canv.absolutePosition(0, top)
    if y >= _PAGE_TOP or not getattr(canv, "_kv_page_section", ""):
        canv._kv_page_section = section


def _mark(canv: Canvas, *, key: str, outline: str, level: int, section: str | None, top: float) -> None:
    """Mark a heading's place: a link target, an outline entry, its page for the contents and the
    running header's section."""
    canv.bookmarkHorizontal(key, 0, top)
    canv.addOutlineEntry(outline, key, level=level, closed=level > 0)
    registry: _PageNumbers | None = getattr(canv, "_kv_pages", None)
    if registry is not None:
        registry.pages.setdefault(key, canv.getPageNumber())
    if section is not None:
        set_section(canv, section, top=top)


class _Heading(Paragraph):
    """A heading that marks its place: a link target, an outline entry, its page for the contents."""

    def __init__(self, text: str, style: ParagraphStyle, *, key: str, outline: str, level: int, section: str | None = None) -> None:
        super().__init__(text, style)
        self.key = key
        self.outline = outline
        self.level = level
        self.section = section

    def draw(self) -> None:
        _mark(self.canv, key=self.key, outline=self.outline, level=self.level, section=self.section, top=self.height + 6)
        super().draw()


class _Anchor(Flowable):
    """An invisible heading mark (for things whose visible heading is drawn elsewhere)."""

    def __init__(self, *, key: str, outline: str, level: int, section: str | None = None) -> None:
        super().__init__()
        self.key, self.outline, self.level, self.section = key, outline, level, section
        self.keepWithNext = True

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        _mark(self.canv, key=self.key, outline=self.outline, level=self.level, section=self.section, top=12)


class _TocEntry(Flowable):
    """One line of the contents: the text on the left, its page number on the right, a link."""

    def __init__(self, text: str, key: str, *, bold: bool, size: float, indent: float = 0.0, leader: bool = True) -> None:
        super().__init__()
        self.text = clean(text)
        self.key = key
        self.bold = bold
        self.size = size
        self.indent = indent
        self.leader = leader

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        font = FONT_BOLD if self.bold else FONT
        self.width = availWidth
        number_room = text_width("0000", font, self.size)
        room = availWidth - self.indent - number_room - self.size
        self.lines, self.fsize = wrap_to_fit(self.text, font, self.size, room, min_size=self.size, max_lines=3)
        self.line_height = self.fsize * 1.32
        self.height = len(self.lines) * self.line_height + self.size * 0.35
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        font = FONT_BOLD if self.bold else FONT
        registry: _PageNumbers | None = getattr(canv, "_kv_pages", None)
        canv.saveState()
        canv.setFillColor(INK)
        canv.setFont(font, self.fsize)
        y = self.height - self.size * 0.2 - self.fsize
        for line in self.lines:
            draw_text(canv, self.indent, y, line, font, self.fsize)
            last_y = y
            y -= self.line_height
        if self.leader:
            start = self.indent + text_width(self.lines[-1], font, self.fsize) + 4
            end = self.width - text_width("000", font, self.size) - 6
            if end > start:
                canv.setStrokeColor(RULE)
                canv.setLineWidth(0.6)
                canv.setDash(0.6, 2.4)
                canv.line(start, last_y + 1, end, last_y + 1)
                canv.setDash()
        canv.translate(self.width, last_y)
        if registry is not None:
            registry.wanted.add(self.key)
            canv.doForm(_PageNumbers.form(self.key))
        canv.restoreState()
        canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


def _numbered_canvas(lang: str, registry: _PageNumbers, *, header_title: str, skip_first: bool) -> type[Canvas]:
    """A canvas that puts the running header and "Side n av m" on each page (but the cover).

    The page total and the contents' page numbers are PDF forms, used as the pages are written
    and filled in when the document is saved; pages are never held back, so links and bookmarks
    point at the right page.
    """
    w = words(lang)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._kv_pages = registry
            self._kv_section = ""
            self._kv_page_section = ""  # the header of this page: see set_section
            self._kv_footers: list[int] = []

        def showPage(self) -> None:
            if not (skip_first and self._pageNumber == 1):
                self._decorate()
            super().showPage()
            self._kv_page_section = self._kv_section

        def save(self) -> None:
            total = self._pageNumber - 1  # showPage has moved on to a page that never comes
            for number in self._kv_footers:
                self.beginForm(f"kvfoot_{number}", lowerx=-200, lowery=-5, upperx=200, uppery=15)
                self.setFont(FONT, 9)
                self.setFillColor(GREY)
                self.drawCentredString(0, 0, f"{w['page']} {number} {w['of']} {total}")
                self.endForm()
            for key in sorted(registry.wanted):
                page = registry.pages.get(key)
                self.beginForm(_PageNumbers.form(key), lowerx=-60, lowery=-4, upperx=2, uppery=16)
                self.setFillColor(INK)
                self.setFont(FONT, 10)
                self.drawRightString(0, 0, str(page) if page is not None else w["unknown_page"])
                self.endForm()
            super().save()

        def _decorate(self) -> None:
            self.saveState()
            top = PAGE_HEIGHT - 13 * mm
            self.setFont(FONT, 8.5)
            self.setFillColor(GREY)
            right, _ = fit_text(clean(self._kv_page_section), FONT, 8.5, CONTENT_WIDTH * 0.55, min_size=8.5)
            right_width = text_width(right, FONT, 8.5)
            left, size = fit_text(header_title, FONT, 8.5, CONTENT_WIDTH - right_width - 12, min_size=7)
            self.setFont(FONT, size)
            draw_text(self, MARGIN_X, top, left, FONT, size)
            self.setFont(FONT, 8.5)
            draw_text(self, PAGE_WIDTH - MARGIN_X, top, right, FONT, 8.5, anchor="right")
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN_X, top - 4, PAGE_WIDTH - MARGIN_X, top - 4)
            self.translate(PAGE_WIDTH / 2, 12 * mm)
            self.doForm(f"kvfoot_{self._pageNumber}")
            self._kv_footers.append(self._pageNumber)
            self.restoreState()

    return NumberedCanvas

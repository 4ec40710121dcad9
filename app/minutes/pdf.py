"""The minutes (referat) of a conference as a PDF that reads like a proper report.

Cover (title, date, venue, who came), contents with page numbers, the programme as planned and as
run, then for every group block its task and each group (members, ordstyrer and referent, the
summary), and an appendix of participants by municipality. A4, embedded DejaVu Sans, a running
header and "Side n av m" on every page but the cover.

Everything is laid out in one pass: the page numbers in the contents are PDF forms that are
filled in when the page of each heading is known, and the page total is written when the last
page is done. Text users typed goes through :func:`app.minutes.pdf_support.markup` (emoji and other
characters the font lacks become one placeholder; ``<``, ``&`` and ``>`` print as typed).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
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
    TableStyle,
)

from app.groups.plans import Member
from app.minutes.gathered import Minutes, MinutesBlock, MinutesGroup
from app.minutes.wording import hhmm, kind_name, long_date, role_name, words
from app.minutes.pdf_support import (
    FONT,
    FONT_BOLD,
    drawable,
    fit_text,
    markup,
    register_fonts,
    text_width,
    wrap_to_fit,
    write_atomically,
)
from app.common.roles import VEILEDER
from app.conference_file.schema import BlockKind
from app.common.text import clean

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

#: A paragraph longer than this many words is cut, at line ends, into pieces that each fit on a
#: page: reportlab re-wraps the rest of a paragraph on every page it splits, which is slow (and
#: quadratic) for a 20 000-word summary typed without a blank line.
_LONG_PARAGRAPH_WORDS = 600
_LINES_PER_PIECE = 40


def _styles() -> dict[str, ParagraphStyle]:
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


# --- user text -------------------------------------------------------------------------------


def _one_line(text: str) -> str:
    """A name or a title: one line, escaped for a Paragraph."""
    return markup(clean(text))


def _paragraphs(text: str) -> list[list[str]]:
    """``text`` as paragraphs (split on blank lines), each a list of its lines, as typed."""
    text = drawable(text).replace("\t", "    ")
    out = []
    for chunk in re.split(r"\n[ \t\u00a0]*\n", text.strip("\n")):
        lines = [line.rstrip() for line in chunk.split("\n")]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        if lines:
            out.append(lines)
    return out


def text_flowables(text: str, style: ParagraphStyle, width: float, *, first_style: ParagraphStyle | None = None) -> list[Flowable]:
    """A user's text as Paragraphs that keep its paragraphs and line breaks and flow across pages.

    Blank lines separate paragraphs (``style``'s space before each, ``first_style`` for the first);
    a single line break stays a line break. A very long paragraph is cut, at line ends, into
    pieces that look the same but split across pages quickly.
    """
    out: list[Flowable] = []
    tight = ParagraphStyle(style.name + "-line", parent=style, spaceBefore=0, spaceAfter=0)
    for index, lines in enumerate(_paragraphs(text)):
        st = first_style if (index == 0 and first_style is not None) else style
        escaped = [_escape_line(line) for line in lines]
        if sum(line.count(" ") + 1 for line in escaped) <= _LONG_PARAGRAPH_WORDS:
            out.append(Paragraph("<br/>".join(e if e.strip() else "\u00a0" for e in escaped), st))
            continue
        for k, line in enumerate(escaped):
            out.extend(_long_line(line, st if k == 0 else tight, tight, width))
    return out


def _escape_line(line: str) -> str:
    # Leading spaces (an indented line) are kept as no-break spaces, the rest as typed.
    stripped = line.lstrip(" ")
    indent = len(line) - len(stripped)
    return "\u00a0" * indent + escape(stripped) if indent else escape(stripped)


def _long_line(escaped: str, style: ParagraphStyle, rest_style: ParagraphStyle, width: float) -> list[Flowable]:
    """One line of text as Paragraphs: one if short, else pieces of whole lines."""
    if not escaped.strip():
        return [Paragraph("\u00a0", style)]
    tokens = [t for t in escaped.split(" ") if t]  # no-break spaces stay inside a word
    if len(tokens) <= _LONG_PARAGRAPH_WORDS:
        return [Paragraph(escaped, style)]
    whole = Paragraph(escaped, style)
    whole.wrap(width, 1e9)
    bl = getattr(whole, "blPara", None)
    counts: list[int] = []
    if bl is not None:
        counts = [len(line[1]) if bl.kind == 0 else getattr(line, "wordCount", 0) for line in bl.lines]
    pieces: list[Flowable] = []
    at = 0
    if counts and sum(counts) == len(tokens) and all(counts):
        for start in range(0, len(counts), _LINES_PER_PIECE):
            n = sum(counts[start : start + _LINES_PER_PIECE])
            text = " ".join(tokens[at : at + n])
            pieces.append(Paragraph(text, style if start == 0 else rest_style))
            at += n
        return pieces
    # A word longer than a line was split across lines: cut at words (a line may end short there).
    step = _LONG_PARAGRAPH_WORDS // 2
    for start in range(0, len(tokens), step):
        text = " ".join(tokens[start : start + step])
        pieces.append(Paragraph(text, style if start == 0 else rest_style))
    return pieces


# --- page numbers in the contents ------------------------------------------------------------


class _PageNumbers:
    """Where each heading landed, filled in while the pages are drawn."""

    def __init__(self) -> None:
        self.pages: dict[str, int] = {}
        self.wanted: set[str] = set()

    @staticmethod
    def form(key: str) -> str:
        return f"kvpage_{key}"


class _Heading(Paragraph):
    """A heading that marks its place: a link target, an outline entry, its page for the contents."""

    def __init__(self, text: str, style: ParagraphStyle, *, key: str, outline: str, level: int, section: str | None = None) -> None:
        super().__init__(text, style)
        self.key = key
        self.outline = outline
        self.level = level
        self.section = section

    def draw(self) -> None:
        canv = self.canv
        canv.bookmarkHorizontal(self.key, 0, self.height + 6)
        canv.addOutlineEntry(self.outline, self.key, level=self.level, closed=self.level > 0)
        registry: _PageNumbers | None = getattr(canv, "_kv_pages", None)
        if registry is not None:
            registry.pages.setdefault(self.key, canv.getPageNumber())
        if self.section is not None:
            canv._kv_section = self.section  # type: ignore[attr-defined]
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
        canv = self.canv
        canv.bookmarkHorizontal(self.key, 0, 12)
        canv.addOutlineEntry(self.outline, self.key, level=self.level, closed=self.level > 0)
        registry: _PageNumbers | None = getattr(canv, "_kv_pages", None)
        if registry is not None:
            registry.pages.setdefault(self.key, canv.getPageNumber())
        if self.section is not None:
            canv._kv_section = self.section  # type: ignore[attr-defined]


class _TocEntry(Flowable):
    """One line of the contents: the text on the left, its page number on the right, a link."""

    def __init__(self, text: str, key: str, *, bold: bool, size: float, indent: float = 0.0, leader: bool = True) -> None:
        super().__init__()
        self.text = drawable(clean(text))
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
            canv.drawString(self.indent, y, line)
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
            self._kv_footers: list[int] = []

        def showPage(self) -> None:
            if not (skip_first and self._pageNumber == 1):
                self._decorate()
            super().showPage()

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
            right = drawable(clean(self._kv_section))
            right_width = text_width(right, FONT, 8.5)
            left, size = fit_text(header_title, FONT, 8.5, CONTENT_WIDTH - right_width - 12, min_size=7)
            self.setFont(FONT, size)
            self.drawString(MARGIN_X, top, left)
            self.setFont(FONT, 8.5)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, top, right)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN_X, top - 4, PAGE_WIDTH - MARGIN_X, top - 4)
            self.translate(PAGE_WIDTH / 2, 12 * mm)
            self.doForm(f"kvfoot_{self._pageNumber}")
            self._kv_footers.append(self._pageNumber)
            self.restoreState()

    return NumberedCanvas


# --- pieces ----------------------------------------------------------------------------------


def _span(start: dt.datetime | dt.time | None, end: dt.datetime | dt.time | None) -> str:
    if start is None and end is None:
        return ""
    return f"{hhmm(start)}–{hhmm(end)}"


def _hex(colour: Color) -> str:
    return "#" + colour.hexval()[2:]


def _minus(value: int) -> str:
    return f"+{value}" if value > 0 else ("\u2212" + str(-value) if value < 0 else "0")


def _overrun_text(block: MinutesBlock, lang: str) -> tuple[str, Color]:
    value = block.overrun_minutes
    if value is None:
        return "", INK
    colour = OVERRUN if value > 0 else (EARLY if value < 0 else GREY)
    return f"{_minus(value)} {words(lang)['minutes_short']}", colour


def _anything_ran(minutes: Minutes) -> bool:
    return any(b.timing is not None and b.timing.actual_start is not None for b in minutes.blocks)


def _actual_text(block: MinutesBlock, lang: str, ran: bool) -> str:
    w = words(lang)
    t = block.timing
    if block.block.start is None and block.block.end is None:
        return "—"
    if t is None or t.actual_start is None:
        return w["not_run"] if ran else ""
    if t.actual_end is None:
        return f"{hhmm(t.actual_start)}– ({w['running']})"
    return _span(t.actual_start, t.actual_end)


def _planned_text(block: MinutesBlock, lang: str) -> str:
    b = block.block
    if b.start is None and b.end is None:
        return words(lang)["after_conference"]
    return _span(b.start, b.end)


def _section_name(block: MinutesBlock, lang: str) -> str:
    return kind_name(block.block.kind, lang)


def _group_title(group: MinutesGroup, lang: str) -> str:
    w = words(lang)
    label = clean(group.label)
    return f"{w['group']} {group.number}" + (f" – {label}" if label else "")


def _members_table(members: Sequence[Member], styles: dict[str, ParagraphStyle], lang: str, width: float) -> Table:
    w = words(lang)
    rows: list[list[Any]] = [[
        Paragraph("#", styles["head_right"]),
        Paragraph(w["name"], styles["head"]),
        Paragraph(w["municipality"], styles["head"]),
        Paragraph(w["role"], styles["head"]),
    ]]
    for position, m in enumerate(members, start=1):
        rows.append([
            Paragraph(str(position), styles["cell_right"]),
            Paragraph(_one_line(m.name), styles["cell_bold" if m.role == VEILEDER else "cell"]),
            Paragraph(_one_line(m.municipality), styles["cell"]),
            Paragraph(markup(role_name(m.role, lang)), styles["cell"]),
        ])
    number = 9 * mm
    rest = width - number
    table = Table(rows, colWidths=[number, rest * 0.42, rest * 0.33, rest * 0.25], repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
    ]
    for r in range(2, len(rows), 2):
        commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    table.setStyle(_table_style(commands))
    return table


def _table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain-text cells (the empty ones) use the embedded font too."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


class _NeedSpace(Flowable):
    """Go to the next page unless the flowables after it, plus a few lines, fit on this one.

    Put before a group so its heading, members and the start of its summary stay together, while
    a long summary after them still flows across pages (a KeepTogether around a long summary would
    move it all to a new page and leave this one nearly empty)."""

    def __init__(self, flowables: Sequence[Flowable], extra: float) -> None:
        super().__init__()
        self.flowables = flowables
        self.extra = extra

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        needed = self.extra
        for f in self.flowables:
            _, h = f.wrap(availWidth, CONTENT_HEIGHT)
            needed += h + f.getSpaceBefore() + f.getSpaceAfter()
        needed = min(needed, CONTENT_HEIGHT * 0.8)
        if availHeight < needed:
            frame = self._doctemplateAttr("frame")
            if frame is not None:
                frame.add_generated_content(FrameBreak)
        return 0, 0

    def draw(self) -> None:
        pass


class _Rule(Flowable):
    def __init__(self, *, colour: Color = RULE, thickness: float = 0.8, space_before: float = 10, space_after: float = 8) -> None:
        super().__init__()
        self.colour, self.thickness = colour, thickness
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        frame = self._doctemplateAttr("frame")
        self.hidden = bool(frame is not None and getattr(frame, "_atTop", False))
        return (availWidth, 0) if self.hidden else (availWidth, self.thickness)

    def getSpaceBefore(self) -> float:
        return 0 if getattr(self, "hidden", False) else self.spaceBefore

    def getSpaceAfter(self) -> float:
        return 0 if getattr(self, "hidden", False) else self.spaceAfter

    def draw(self) -> None:
        if self.hidden:
            return
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)


def _boxed(flowables: list[Flowable], width: float, *, fill: Color = ACCENT_LIGHT, bar: Color = ACCENT) -> Table:
    """Flowables in a tinted box with a bar on the left; rows split across pages."""
    rows = [[f] for f in flowables] or [[Spacer(0, 0)]]
    table = Table(rows, colWidths=[width], hAlign="LEFT", splitInRow=1)
    gaps = [("TOPPADDING", (0, r), (0, r), f.getSpaceBefore()) for r, f in enumerate(flowables) if r and f.getSpaceBefore()]
    table.setStyle(_table_style([
        ("BACKGROUND", (0, 0), (-1, -1), fill),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, bar),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        *gaps,
    ]))
    return table


# --- the document ----------------------------------------------------------------------------


class _Builder:
    def __init__(self, minutes: Minutes, lang: str) -> None:
        self.m = minutes
        self.lang = lang
        self.w = words(lang)
        self.s = _styles()
        self.registry = _PageNumbers()
        self.title = clean(minutes.conference.title) or self.w["minutes"]

    # contents entries: (groups have labels, text, key, [(group text, group key)])
    def contents(self) -> list[tuple[int, str, str, list[tuple[str, str]]]]:
        w = self.w
        entries: list[tuple[int, str, str, list[tuple[str, str]]]] = [(0, w["programme_planned_run"], "programme", [])]
        for block in self.m.group_blocks:
            groups = [(self._toc_group(g), self._group_key(block, g)) for g in block.groups]
            title = clean(block.block.title) or _section_name(block, self.lang)
            entries.append((1 if any(clean(g.label) for g in block.groups) else 0, title, self._block_key(block), groups))
        entries.append((0, self.w["participants_by_municipality"], "appendix", []))
        return entries

    def _toc_group(self, group: MinutesGroup) -> str:
        label = clean(group.label)
        return f"{group.number}. {label}" if label else f"{self.w['group']} {group.number}"

    @staticmethod
    def _block_key(block: MinutesBlock) -> str:
        return f"b{block.block.id}"

    @staticmethod
    def _group_key(block: MinutesBlock, group: MinutesGroup) -> str:
        return f"b{block.block.id}g{group.number}"

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [PageBreak()]
        story += self.contents_story()
        story += [PageBreak()]
        story += self.programme_story()
        for block in self.m.group_blocks:
            story += [PageBreak()]
            story += self.block_story(block)
        story += [NextPageTemplate("appendix"), PageBreak()]
        story += self.appendix_story()
        return story

    # -- contents
    def contents_story(self) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [
            _Anchor(key="contents", outline=self.w["contents"], level=0, section=self.w["contents"]),
            Paragraph(markup(self.w["contents"]), s["h1"]),
            Spacer(0, 6),
        ]
        for labelled, text, key, groups in self.contents():
            out.append(_TocEntry(text, key, bold=True, size=11))
            if groups:
                out.append(self._toc_grid(groups, labelled=bool(labelled)))
                out.append(Spacer(0, 6))
        return out

    def _toc_grid(self, groups: list[tuple[str, str]], *, labelled: bool) -> Table:
        columns = 3 if labelled else 4
        cells = [_TocEntry(text, key, bold=False, size=9.5, leader=False) for text, key in groups]
        rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        if rows and len(rows[-1]) < columns:
            rows[-1] += [""] * (columns - len(rows[-1]))
        indent = 8 * mm
        gap = 6 * mm
        col = (CONTENT_WIDTH - indent - gap * (columns - 1)) / columns
        widths: list[float] = []
        for c in range(columns):
            widths.append(col + (gap if c < columns - 1 else 0))
        table = Table(rows, colWidths=widths, hAlign="RIGHT")
        table.setStyle(_table_style([
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-2, -1), gap),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return table

    # -- programme
    def programme_story(self) -> list[Flowable]:
        s, w, lang = self.s, self.w, self.lang
        ran = _anything_ran(self.m)
        heading = w["programme_planned_run"] if ran else w["programme"]
        out: list[Flowable] = [
            _Heading(markup(heading), s["h1"], key="programme", outline=heading, level=0, section=w["programme"]),
        ]
        out.append(Paragraph(markup(self._cover_line()), s["meta"]))
        out.append(Spacer(0, 8))
        head = [Paragraph(markup(w["planned"]), s["head"]), Paragraph(markup(w["what"]), s["head"])]
        if ran:
            head += [Paragraph(markup(w["actual"]), s["head"]), Paragraph(markup(w["overrun"]), s["head_right"])]
        rows: list[list[Any]] = [head]
        commands: list[tuple[Any, ...]] = []
        for index, block in enumerate(self.m.blocks, start=1):
            b = block.block
            what: list[Flowable] = [Paragraph(_one_line(b.title), s["cell_bold"])]
            kind = kind_name(b.kind, lang)
            details = [] if kind.casefold() in (clean(b.title).casefold(), kind_name(BlockKind.ANNET, lang).casefold()) else [kind]
            if clean(b.presenter):
                details.append(f"{w['presenter']}: {clean(b.presenter)}")
            if details:
                what.append(Paragraph(markup(" · ".join(details)), s["cell_grey"]))
            if b.description.strip():
                desc = "<br/>".join(_escape_line(line.strip()) for line in drawable(b.description).split("\n") if line.strip())
                what.append(Paragraph(desc, s["cell_grey"]))
            row: list[Any] = [Paragraph(markup(_planned_text(block, lang)), s["cell"]), what]
            if ran:
                actual = _actual_text(block, lang, ran)
                row.append(Paragraph(markup(actual), s["cell_grey" if actual in (w["not_run"], "—") else "cell"]))
                text, colour = _overrun_text(block, lang)
                row.append(Paragraph(f'<font color="{_hex(colour)}">{markup(text)}</font>', s["cell_right"]))
            rows.append(row)
            if index % 2 == 0:
                commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
        if ran:
            # The last column as wide as its heading or "+120 min", whichever is wider.
            last = max(text_width(w["overrun"], FONT_BOLD, 8.5), text_width("+120 min", FONT, 9.5)) + 14
            widths = [27 * mm, CONTENT_WIDTH - 27 * mm - 30 * mm - last, 30 * mm, last]
        else:
            widths = [30 * mm, CONTENT_WIDTH - 30 * mm]
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(_table_style([
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            *commands,
        ]))
        out.append(table)
        day = self._day_line()
        if day:
            out.append(Spacer(0, 8))
            out.append(Paragraph(markup(day), s["meta"]))
        return out

    def _cover_line(self) -> str:
        c = self.m.conference
        parts = [long_date(c.date, self.lang), clean(c.venue)]
        return " · ".join(p for p in parts if p)

    def _day_line(self) -> str:
        timings = [b.timing for b in self.m.blocks if b.timing is not None]
        starts = [t.actual_start for t in timings if t.actual_start]
        ends = [t.actual_end for t in timings if t.actual_end]
        planned_starts = [t.planned_start for t in timings if t.planned_start]
        planned_ends = [t.planned_end for t in timings if t.planned_end]
        if not (starts and ends and planned_starts and planned_ends):
            return ""
        last = max((t for t in timings if t.planned_end), key=lambda t: t.planned_end)  # type: ignore[arg-type,return-value]
        if last.actual_end is None:
            return ""  # the day is not over (or its last block never ran)
        return self.w["day_ran"].format(
            start=hhmm(min(starts)), end=hhmm(max(ends)),
            planned_start=hhmm(min(planned_starts)), planned_end=hhmm(max(planned_ends)),
        )

    # -- group blocks
    def block_story(self, block: MinutesBlock) -> list[Flowable]:
        s, w, lang = self.s, self.w, self.lang
        b = block.block
        title = clean(b.title) or _section_name(block, lang)
        out: list[Flowable] = [
            _Heading(_one_line(title), s["h1"], key=self._block_key(block), outline=title, level=0, section=_section_name(block, lang)),
        ]
        meta = [f"{w['planned']}: {_planned_text(block, lang)}"]
        actual = _actual_text(block, lang, _anything_ran(self.m))
        if actual and actual != "—":
            over, _ = _overrun_text(block, lang)
            meta.append(f"{w['actual']}: {actual}" + (f" ({over})" if over else ""))
        delivered = sum(1 for g in block.groups if g.summary is not None and g.summary.delivered)
        meta.append(f"{len(block.groups)} {w['groups'].lower()}")
        meta.append(f"{w['summaries_delivered']}: {delivered}/{len(block.groups)}")
        out.append(Paragraph(markup(" · ".join(meta)), s["meta"]))
        if b.description.strip():
            out += text_flowables(b.description, ParagraphStyle("desc", parent=s["body"], spaceBefore=4), CONTENT_WIDTH)
        inner = CONTENT_WIDTH - 20
        task: list[Flowable] = []
        if b.task_text.strip():
            task.append(Paragraph(markup(w["task"]), ParagraphStyle("tl", parent=s["label"], spaceBefore=0)))
            task += text_flowables(b.task_text, ParagraphStyle("tp", parent=s["task"], spaceBefore=4), inner,
                                   first_style=s["task"])
        deadline = self._deadline_text(block)
        if deadline:
            task.append(Paragraph(markup(w["deadline"]), s["label"]))
            task.append(Paragraph(markup(deadline), s["task"]))
        if task:
            out.append(Spacer(0, 8))
            out.append(_boxed(task, CONTENT_WIDTH))
        out.append(Spacer(0, 6))
        for group in block.groups:
            out += self.group_story(block, group)
        return out

    def _when(self, moment: dt.datetime) -> str:
        """A time on the conference day; with the date on another day."""
        if moment.date() == self.m.conference.date:
            return hhmm(moment)
        return f"{long_date(moment, self.lang)} {self.w['clock']} {hhmm(moment)}"

    def _deadline_text(self, block: MinutesBlock) -> str:
        b = block.block
        parts = []
        if b.summary_deadline is not None:
            parts.append(f"{self.w['clock']} {hhmm(b.summary_deadline)}")
        note = clean(b.summary_deadline_note)
        if note:
            parts.append(note)
        return " – ".join(parts)

    def group_story(self, block: MinutesBlock, group: MinutesGroup) -> list[Flowable]:
        s, w, lang = self.s, self.w, self.lang
        title = _group_title(group, lang)
        heading = _Heading(_one_line(title), s["h2"], key=self._group_key(block, group), outline=title, level=1)
        roles = []
        roles.append(f"<b>{markup(w['ordstyrer'])}:</b> {_one_line(group.ordstyrer) if group.ordstyrer else '–'}")
        roles.append(f"<b>{markup(w['referent'])}:</b> {_one_line(group.referent) if group.referent else '–'}")
        veiledere = group.veiledere
        if veiledere and block.block.kvadrant == 4:
            names = ", ".join(_one_line(v.name) for v in veiledere)
            roles.append(f"<b>{markup(w['veileder'])}:</b> {names}")
        roles_para = Paragraph(" &nbsp;·&nbsp; ".join(roles), ParagraphStyle("roles", parent=s["meta"], textColor=INK, spaceAfter=4))
        members = _members_table(group.members, s, lang, CONTENT_WIDTH)
        summary = group.summary
        status = ""
        if summary is not None and summary.text.strip():
            if summary.delivered:
                when = summary.delivered_at or summary.updated_at
                status = w["delivered"] + (f" {self._when(when)}" if when else "")
            else:
                status = w["draft"]
        label_text = f"{markup(w['summary'])}" + (f' <font name="{FONT}" color="#5A5F66" size="8.5">· {markup(status)}</font>' if status else "")
        label = Paragraph(label_text, s["label"])
        head: list[Flowable] = [heading, roles_para, members, label]
        body: list[Flowable] = []
        extra = 0.0
        if summary is not None and summary.text.strip():
            body = text_flowables(summary.text, s["para"], CONTENT_WIDTH, first_style=s["body"])
            extra = BODY_LEADING * 2 + 4  # the summary's first two lines stay with its heading
        else:
            head.append(Paragraph(markup(w["no_summary"]), s["missing"]))
        rule = _Rule(space_before=14, space_after=8)
        return [_NeedSpace([rule, *head], extra), rule, KeepTogether(head), *body]

    # -- appendix
    def appendix_story(self) -> list[Flowable]:
        s, w, lang = self.s, self.w, self.lang
        out: list[Flowable] = [
            _Heading(markup(w["participants_by_municipality"]), s["h1"], key="appendix",
                     outline=w["participants_by_municipality"], level=0, section=w["participants"]),
        ]
        present = len(self.m.present)
        out.append(Paragraph(markup(f"{w['participants']}: {present} · {w['municipalities']}: {self.m.municipalities}"), s["meta"]))
        out.append(FrameBreak())
        column = self._appendix_column_width()
        for municipality, people in self.m.by_municipality():
            rows: list[list[Any]] = [[Paragraph(f"{_one_line(municipality) or '–'} <font size='8' color='#DDE6F0'>({len(people)})</font>", s["head"]), ""]]
            for p in people:
                name = _one_line(p.name)
                if not p.present:
                    name += f' <font color="#5A5F66" size="8">({markup(w["absent"])})</font>'
                rows.append([Paragraph(name, s["cell"]), Paragraph(markup(role_name(p.role, lang)), s["cell_grey"])])
            table = Table(rows, colWidths=[column * 0.6, column * 0.4], repeatRows=1, hAlign="LEFT")
            commands: list[tuple[Any, ...]] = [
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
            ]
            for r in range(2, len(rows), 2):
                commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
            table.setStyle(_table_style(commands))
            table.spaceAfter = 8
            out.append(KeepTogether([table]) if len(rows) <= 14 else table)
        return out

    @staticmethod
    def _appendix_column_width() -> float:
        return (CONTENT_WIDTH - 8 * mm) / 2

    # -- cover
    def draw_cover(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        w, lang, m = self.w, self.lang, self.m
        canv.saveState()
        band = 92 * mm
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE_HEIGHT - band, PAGE_WIDTH, band, stroke=0, fill=1)
        left = MARGIN_X
        width = CONTENT_WIDTH
        y = PAGE_HEIGHT - 30 * mm
        canv.setFillColor(HexColor("#B9C8DA"))
        canv.setFont(FONT_BOLD, 12)
        canv.drawString(left, y, w["minutes"].upper())
        lines, size = wrap_to_fit(drawable(self.title), FONT_BOLD, 30, width, min_size=18, max_lines=3)
        canv.setFillColor(white)
        canv.setFont(FONT_BOLD, size)
        y -= 14 + size
        for line in lines:
            canv.drawString(left, y, line)
            y -= size * 1.18
        sub = self._cover_line()
        if sub:
            text, sub_size = fit_text(drawable(sub), FONT, 13, width, min_size=8)
            canv.setFillColor(HexColor("#DCE5F0"))
            canv.setFont(FONT, sub_size)
            canv.drawString(left, PAGE_HEIGHT - band + 14 * mm, text)

        # Key figures.
        figures = [
            (str(len(m.present)), w["participants"]),
            (str(m.municipalities), w["municipalities"]),
        ]
        for block in m.group_blocks:
            delivered = sum(1 for g in block.groups if g.summary is not None and g.summary.delivered)
            name = w["kommunegrupper"] if block.block.kvadrant == 4 else f"{w['groups']}, {kind_name(block.block.kind, lang)}"
            figures.append((str(len(block.groups)), name))
            figures.append((f"{delivered}/{len(block.groups)}", f"{w['summaries_delivered']}, {kind_name(block.block.kind, lang)}"))
        top = PAGE_HEIGHT - band - 16 * mm
        columns = 2
        cell_w = (width - 8 * mm) / columns
        cell_h = 21 * mm
        for i, (value, label) in enumerate(figures):
            col, row = i % columns, i // columns
            x = left + col * (cell_w + 8 * mm)
            yy = top - row * (cell_h + 5 * mm)
            canv.setFillColor(ACCENT_LIGHT)
            canv.roundRect(x, yy - cell_h, cell_w, cell_h, 3, stroke=0, fill=1)
            canv.setFillColor(ACCENT)
            canv.rect(x, yy - cell_h, 2.5, cell_h, stroke=0, fill=1)
            canv.setFont(FONT_BOLD, 22)
            canv.drawString(x + 9, yy - 10 * mm, value)
            text, lsize = fit_text(drawable(label), FONT, 10, cell_w - 18, min_size=7)
            canv.setFillColor(GREY)
            canv.setFont(FONT, lsize)
            canv.drawString(x + 9, yy - 16.5 * mm, text)
        rows = (len(figures) + columns - 1) // columns
        y = top - rows * (cell_h + 5 * mm) - 6 * mm

        # Who came, by role.
        counts = m.role_counts()
        if counts:
            canv.setFillColor(ACCENT)
            canv.setFont(FONT_BOLD, 10.5)
            canv.drawString(left, y, w["participants_by_role"])
            y -= 16
            canv.setFont(FONT, 10.5)
            for role, count in sorted(counts.items(), key=lambda kv: (-kv[1], role_name(kv[0], lang))):
                if y < 40 * mm:
                    break
                name, _ = fit_text(drawable(role_name(role, lang) or "–"), FONT, 10.5, width - 30 * mm, min_size=8)
                canv.setFillColor(INK)
                canv.drawString(left, y, name)
                canv.drawRightString(left + 70 * mm, y, str(count))
                y -= 15

        made = w["made_with"].format(when=f"{long_date(m.generated_at, lang)} {w['clock']} {hhmm(m.generated_at)}")
        canv.setFillColor(GREY)
        canv.setFont(FONT, 8.5)
        canv.drawString(left, 16 * mm, drawable(made))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(left, 21 * mm, PAGE_WIDTH - MARGIN_X, 21 * mm)
        canv.restoreState()


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


def progress_reporter(progress: Callable[[float], None] | None, low: float, high: float) -> Callable[[str, int], None]:
    """A reportlab progress callback that reports ``low``..``high`` as the story is laid out."""
    state = {"total": 1, "last": -1.0}

    def report(kind: str, value: int) -> None:
        if progress is None:
            return
        if kind == "SIZE_EST":
            state["total"] = max(1, value)
            return
        if kind != "PROGRESS":
            return
        fraction = low + (high - low) * min(1.0, value / state["total"])
        if fraction - state["last"] >= 0.01:
            state["last"] = fraction
            progress(fraction)

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
    builder = _Builder(minutes, lang)
    story = builder.story()
    if progress is not None:
        progress(0.05)
    w = words(lang)
    header = f"{builder.title} · {w['minutes']}"
    date = long_date(minutes.conference.date, lang)
    if date:
        header += f" · {date}"

    def build(temp: str) -> None:
        doc = BaseDocTemplate(
            temp,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{w['minutes']} – {drawable(builder.title)}",
            author="Kvadrant",
            subject=drawable(builder._cover_line()),
            creator="Kvadrant",
            pageCompression=1,
            initialFontName=FONT,
            initialFontSize=BODY_SIZE,
            lang="nb-NO" if lang != "en" else "en",
            displayDocTitle=1,
        )
        doc.addPageTemplates(page_templates(builder.draw_cover))
        doc.setProgressCallBack(progress_reporter(progress, 0.05, 0.97))
        canvas = _numbered_canvas(lang, builder.registry, header_title=drawable(header), skip_first=True)
        doc.build(story, canvasmaker=canvas)

    result = write_atomically(path, build)
    if progress is not None:
        progress(1.0)
    return result


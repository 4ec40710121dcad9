"""Painting the day for the hall: one :class:`DayView` onto one rectangle, with QPainter.

Read from 25 metres: white on near-black, a countdown whose digits are a third of the screen
high, at most two lines of title, and no text smaller than 4 % of the height. Every size is a
fraction of the height, so 1920×1080 and 1024×768 (and a resized window) get the same picture;
wide texts shrink to the width, and what still does not fit is elided, never clipped.

Painting is direct (no labels, no layouts) so a repaint takes a few milliseconds. Every text
drawn is recorded in :attr:`ProjectorPainter.drawn`, which is what tests read instead of
pixels.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPen

from app.groups.plans import SeatListing
from app.run.day_runner import DayView, Phase, RotationView, clock_face
from app.conference_file.schema import BlockKind
from app.common.paths import resource
from ui.shell.formatting import format_time, kind_name

#: Finn ditt bord turns a page this often (seconds of the wall clock).
PAGE_SECONDS = 12
#: The smallest text allowed, as a fraction of the screen height.
MIN_TEXT = 0.04

BACKGROUND = QColor("#0b0b0d")
OVERTIME_BACKGROUND = QColor("#260808")
CALM_BACKGROUND = QColor("#0a1724")
BLANK = QColor("#000000")
TEXT = QColor("#ffffff")
SECONDARY = QColor("#c3c8d0")
WARNING = QColor("#ffb326")
OVERTIME = QColor("#ff6b5e")
PAUSED = QColor("#9aa0aa")
CALM = QColor("#a9d4ff")
ACCENT = QColor("#8fd6ff")
RULE = QColor("#2c3038")

_FAMILY = "DejaVu Sans"
_fonts_loaded = False


def load_fonts() -> str:
    """Register the bundled DejaVu Sans (tabular digits, clear at a distance) once."""
    global _fonts_loaded, _FAMILY
    if not _fonts_loaded:
        _fonts_loaded = True
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                _FAMILY = families[0]
    return _FAMILY


@dataclass(frozen=True)
class ProjectorScene:
    """What the projector shows: the day, and what the day view does not carry itself."""

    view: DayView | None
    conference_title: str = ""
    seats: tuple[SeatListing, ...] = ()


@dataclass(frozen=True)
class DrawnText:
    """One line of text as painted: where (its ascent-to-descent box), how big, which colour."""

    text: str
    rect: QRectF
    pixel_size: int
    color: str


# -- texts (shared with the control panel) ------------------------------------------------------
def speaker_text(rotation: RotationView) -> str:
    if rotation.open_discussion:
        return QCoreApplication.translate("Projector", "Åpen diskusjon")
    return QCoreApplication.translate("Projector", "Taler {speaker} av {speakers}").format(speaker=rotation.speaker, speakers=rotation.speakers)


def rotation_text(rotation: RotationView) -> str:
    """ "Taler 3 av 7 · 3:42" — the line the hall follows in a group block."""
    if rotation.open_discussion:
        return speaker_text(rotation)
    return f"{speaker_text(rotation)} · {clock_face(rotation.slot_remaining)}"


def open_tables_text(rotation: RotationView, *, limit: int = 8) -> str:
    """Which tables have had their last speaker; "" when none (or all: then it is the headline)."""
    tables = rotation.tables_in_open_discussion()
    if not tables or rotation.open_discussion:
        return ""
    if len(tables) > limit:
        smallest = rotation.speaker - 1
        return QCoreApplication.translate("Projector", "Bord med {n} eller færre: åpen diskusjon").format(n=smallest)
    numbers = [str(n) for n in tables]
    listed = numbers[0] if len(numbers) == 1 else QCoreApplication.translate("Projector", "{first} og {last}").format(
        first=", ".join(numbers[:-1]), last=numbers[-1]
    )
    return QCoreApplication.translate("Projector", "Bord {tables}: åpen diskusjon").format(tables=listed)


def _clock(moment: dt.datetime | None) -> str:
    return format_time(moment.time()) if moment is not None else ""


def _end_of(view: DayView) -> dt.datetime | None:
    """When the running block ends if nothing changes (the minute the countdown reaches 0:00)."""
    if view.remaining is None:
        return None
    end = view.now + dt.timedelta(seconds=max(0.0, view.remaining))
    if end.second or end.microsecond:
        end = end.replace(second=0, microsecond=0) + dt.timedelta(minutes=1)
    return end


def _overdue(view: DayView) -> bool:
    """The next block should have started already (the day runs late): "straks", not a past time."""
    return view.until_next is not None and view.until_next <= 0


def _is_break(kind: BlockKind) -> bool:
    return kind in (BlockKind.PAUSE, BlockKind.LUNSJ)


# -- the canvas --------------------------------------------------------------------------------
class _Canvas:
    """Text placed by fractions of the height; records everything it draws."""

    def __init__(self, painter: QPainter, width: int, height: int, drawn: list[DrawnText]) -> None:
        self.p = painter
        self.w = width
        self.h = height
        self.drawn = drawn
        self.margin = max(0.04 * width, 0.035 * height)

    def font(self, fraction: float, *, bold: bool = False) -> QFont:
        font = QFont(_FAMILY)
        font.setPixelSize(max(1, round(fraction * self.h)))
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    def y(self, fraction: float) -> float:
        return fraction * self.h

    def fit(self, text: str, *, fraction: float, smallest: float, width: float, bold: bool = False) -> QFont:
        """The largest font from ``fraction`` down to ``smallest`` in which ``text`` fits ``width``."""
        font = self.font(fraction, bold=bold)
        advance = QFontMetricsF(font).horizontalAdvance(text)
        if advance > width:
            scaled = fraction * width / advance * 0.995
            font = self.font(max(smallest, scaled), bold=bold)
        return font

    def line(
        self,
        text: str,
        *,
        fraction: float,
        band: tuple[float, float],
        color: QColor,
        bold: bool = False,
        align: str = "center",
        smallest: float | None = None,
        left: float | None = None,
        right: float | None = None,
        font: QFont | None = None,
    ) -> QRectF:
        """One line, centred on its cap height in ``band`` (fractions of the height)."""
        x0 = self.margin if left is None else left
        x1 = self.w - self.margin if right is None else right
        width = x1 - x0
        if font is None:
            font = self.fit(text, fraction=fraction, smallest=smallest or fraction, width=width, bold=bold)
        metrics = QFontMetricsF(font)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        advance = metrics.horizontalAdvance(text)
        x = x0 if align == "left" else (x1 - advance if align == "right" else x0 + (width - advance) / 2)
        baseline = (self.y(band[0]) + self.y(band[1])) / 2 + metrics.capHeight() / 2
        return self.text_at(text, font, color, x, baseline)

    def text_at(self, text: str, font: QFont, color: QColor, x: float, baseline: float) -> QRectF:
        if not text:
            return QRectF()
        metrics = QFontMetricsF(font)
        self.p.setFont(font)
        self.p.setPen(color)
        self.p.drawText(QPointF(x, baseline), text)
        rect = QRectF(x, baseline - metrics.ascent(), metrics.horizontalAdvance(text), metrics.ascent() + metrics.descent())
        self.drawn.append(DrawnText(text, rect, font.pixelSize(), color.name()))
        return rect

    def wrap(self, text: str, font: QFont, width: float) -> list[str]:
        """Words into lines no wider than ``width`` (a word too long for a line is elided)."""
        metrics = QFontMetricsF(font)
        lines: list[str] = []
        for paragraph in text.split("\n"):
            words = paragraph.split()
            if not words:
                lines.append("")
                continue
            current = ""
            for word in words:
                candidate = f"{current} {word}" if current else word
                if metrics.horizontalAdvance(candidate) <= width or not current:
                    current = candidate
                else:
                    lines.append(current)
                    current = word
            lines.append(current)
        return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]

    def title(
        self,
        text: str,
        *,
        fraction: float,
        smallest: float,
        band: tuple[float, float],
        color: QColor = TEXT,
        bold: bool = True,
        max_lines: int = 2,
    ) -> None:
        """A title in at most ``max_lines`` lines: shrunk to fit, then elided; centred in its band."""
        width = self.w - 2 * self.margin
        size = fraction
        while True:
            font = self.font(size, bold=bold)
            lines = self.wrap(" ".join(text.split()), font, width)
            if len(lines) <= max_lines or size <= smallest:
                break
            size = max(smallest, size - 0.004)
        if len(lines) > max_lines:
            metrics = QFontMetricsF(font)
            rest = " ".join(lines[max_lines - 1 :])
            lines = lines[: max_lines - 1] + [metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
        metrics = QFontMetricsF(font)
        line_height = metrics.height() * 1.05
        total = line_height * (len(lines) - 1) + metrics.capHeight()
        top = (self.y(band[0]) + self.y(band[1]) - total) / 2 + metrics.capHeight()
        for k, line in enumerate(lines):
            advance = metrics.horizontalAdvance(line)
            self.text_at(line, font, color, (self.w - advance) / 2, top + k * line_height)

    def countdown(self, text: str, *, band: tuple[float, float], height: float, color: QColor) -> QRectF:
        """Big digits whose ink is ``height`` (fraction) tall, or as tall as the width allows."""
        reference = self.font(1.0, bold=True)
        ink = QFontMetricsF(reference).tightBoundingRect("0123456789").height() / self.h
        size = height / ink
        font = self.font(size, bold=True)
        width = self.w - 2 * self.margin
        advance = QFontMetricsF(font).horizontalAdvance(text)
        if advance > width:
            font = self.font(size * width / advance * 0.995, bold=True)
        metrics = QFontMetricsF(font)
        digits = metrics.tightBoundingRect("0123456789").height()
        baseline = (self.y(band[0]) + self.y(band[1])) / 2 + digits / 2
        advance = metrics.horizontalAdvance(text)
        return self.text_at(text, font, color, (self.w - advance) / 2, baseline)

    def pill(self, text: str, *, fraction: float, band: tuple[float, float], fill: QColor, color: QColor) -> None:
        font = self.font(fraction, bold=True)
        metrics = QFontMetricsF(font)
        pad = metrics.height() * 0.6
        width = metrics.horizontalAdvance(text) + 2 * pad
        height = metrics.height() * 1.2
        centre = (self.y(band[0]) + self.y(band[1])) / 2
        box = QRectF((self.w - width) / 2, centre - height / 2, width, height)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(fill)
        self.p.drawRoundedRect(box, height / 2, height / 2)
        self.line(text, fraction=fraction, band=band, color=color, bold=True, font=font)


# -- Finn ditt bord pages ------------------------------------------------------------------------
@dataclass(frozen=True)
class _Page:
    kind: str  # "names" or "task"
    rows: tuple[tuple[str, str], ...] = ()  # (name, tables) per row, column after column
    lines: tuple[str, ...] = ()
    columns: int = 1
    rows_per_column: int = 1
    column_width: float = 0.0
    number_width: float = 0.0


ROW_TEXT = 0.043
ROW_SPACING = 1.24
TASK_TEXT = 0.043
TASK_SPACING = 1.08
HEADER_BAND = (0.025, 0.125)
SUB_BAND = (0.125, 0.19)
GRID_TOP = 0.215
GRID_BOTTOM = 0.895
FOOTER_BAND = (0.905, 0.975)


def _seat_rows(seats: Sequence[SeatListing]) -> list[tuple[str, str]]:
    names = [s.name for s in seats]
    twice = {n for n in names if names.count(n) > 1}
    return [
        (f"{s.name} ({s.municipality})" if s.name in twice and s.municipality else s.name, ", ".join(map(str, s.tables)))
        for s in seats
    ]


class ProjectorPainter:
    """Paints scenes; keeps the page layout of Finn ditt bord between repaints."""

    def __init__(self) -> None:
        load_fonts()
        self.drawn: list[DrawnText] = []
        self._pages_key: tuple | None = None
        self._pages: list[_Page] = []
        #: Which page of Finn ditt bord was painted last, and of how many.
        self.page: tuple[int, int] = (0, 0)
        self._pages_since: tuple[int, dt.datetime] | None = None

    # -- entry ---------------------------------------------------------------------------------
    def paint(self, painter: QPainter, width: int, height: int, scene: ProjectorScene) -> None:
        self.drawn = []
        view = scene.view
        if view is not None and view.blank:
            painter.fillRect(0, 0, width, height, BLANK)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        canvas = _Canvas(painter, width, height, self.drawn)
        if view is None:
            painter.fillRect(0, 0, width, height, BACKGROUND)
            canvas.line(QCoreApplication.translate("Projector", "Ingen konferanse er åpen"), fraction=0.05, band=(0.45, 0.55), color=SECONDARY)
            return
        if view.shows_find_your_table and scene.seats:
            self._find_your_table(canvas, view, scene)
            return
        self._pages_since = None
        if view.phase is Phase.BEFORE_START:
            self._before_start(canvas, view, scene)
        elif view.phase is Phase.FINISHED:
            self._finished(canvas, view, scene)
        elif view.phase is Phase.BETWEEN:
            self._between(canvas, view)
        elif view.block is not None and _is_break(view.block.kind):
            self._break(canvas, view)
        elif view.rotation is not None:
            self._rotation(canvas, view, view.rotation)
        else:
            self._running(canvas, view)

    def texts(self) -> list[str]:
        return [d.text for d in self.drawn]

    # -- pieces ----------------------------------------------------------------------------------
    def _top_line(self, c: _Canvas, view: DayView, left: str = "", left_color: QColor = SECONDARY) -> None:
        band = (0.03, 0.10)
        clock = c.line(_clock(view.now), fraction=0.06, band=band, color=TEXT, bold=True, align="right")
        if left:
            c.line(left, fraction=0.05, smallest=MIN_TEXT, band=band, color=left_color, align="left",
                   right=clock.left() - c.margin * 0.5)

    def _next_line(self, c: _Canvas, view: DayView, *, label: str | None = None) -> None:
        block = view.next_block
        if block is None or (view.phase is not Phase.RUNNING):
            return
        end = _end_of(view)
        # A start time already overtaken by the running block would only confuse.
        when = _clock(view.next_start) if view.next_start and (end is None or view.next_start >= end) else ""
        label = label or QCoreApplication.translate("Projector", "Neste:")
        text = f"{label} {when} {block.title}" if when else f"{label} {block.title}"
        c.line(text, fraction=0.055, smallest=MIN_TEXT, band=(0.885, 0.965), color=SECONDARY)

    def _status_colour(self, view: DayView) -> QColor:
        if view.paused:
            return PAUSED
        if view.overtime:
            return OVERTIME
        if view.warning:
            return WARNING
        return TEXT

    # -- states ----------------------------------------------------------------------------------
    def _background(self, c: _Canvas, colour: QColor) -> None:
        c.p.fillRect(0, 0, c.w, c.h, colour)

    def _before_start(self, c: _Canvas, view: DayView, scene: ProjectorScene) -> None:
        self._background(c, BACKGROUND)
        title = scene.conference_title or QCoreApplication.translate("Projector", "Velkommen")
        c.title(title, fraction=0.08, smallest=0.06, band=(0.11, 0.33))
        c.countdown(_clock(view.now), band=(0.36, 0.70), height=0.24, color=TEXT)
        if view.next_start is not None:
            if _overdue(view):
                starts = QCoreApplication.translate("Projector", "Vi starter straks")
            else:
                starts = QCoreApplication.translate("Projector", "Vi starter kl. {time}").format(time=_clock(view.next_start))
            c.line(starts, fraction=0.075, smallest=0.05, band=(0.73, 0.84), color=ACCENT, bold=True)
        if view.block is not None:
            c.line(QCoreApplication.translate("Projector", "Først: {title}").format(title=view.block.title), fraction=0.05, smallest=MIN_TEXT,
                   band=(0.885, 0.965), color=SECONDARY)

    def _finished(self, c: _Canvas, view: DayView, scene: ProjectorScene) -> None:
        self._background(c, BACKGROUND)
        self._top_line(c, view)
        c.line(QCoreApplication.translate("Projector", "Takk for i dag!"), fraction=0.13, smallest=0.08, band=(0.30, 0.50), color=TEXT, bold=True)
        if scene.conference_title:
            c.title(scene.conference_title, fraction=0.06, smallest=0.045, band=(0.54, 0.70), color=SECONDARY, bold=False)

    def _between(self, c: _Canvas, view: DayView) -> None:
        self._background(c, BACKGROUND)
        self._top_line(c, view)
        block = view.block
        if block is None:
            return
        c.line(QCoreApplication.translate("Projector", "Neste"), fraction=0.06, band=(0.13, 0.21), color=SECONDARY)
        c.title(block.title, fraction=0.085, smallest=0.06, band=(0.22, 0.46))
        if view.next_start is not None:
            when = QCoreApplication.translate("Projector", "Straks") if _overdue(view) else QCoreApplication.translate("Projector", "kl. {time}").format(time=_clock(view.next_start))
            c.line(when, fraction=0.16, smallest=0.10,
                   band=(0.50, 0.72), color=ACCENT, bold=True)
        if block.presenter:
            c.line(block.presenter, fraction=0.055, smallest=MIN_TEXT, band=(0.76, 0.84), color=SECONDARY)

    def _running(self, c: _Canvas, view: DayView) -> None:
        block = view.block
        assert block is not None and view.remaining is not None
        self._background(c, OVERTIME_BACKGROUND if view.overtime and not view.paused else BACKGROUND)
        context = kind_name(block.kind)
        if block.presenter:
            context = f"{context} · {block.presenter}"
        self._top_line(c, view, context)
        c.title(block.title, fraction=0.075, smallest=0.055, band=(0.115, 0.335))
        colour = self._status_colour(view)
        c.countdown(clock_face(view.remaining), band=(0.36, 0.74), height=1 / 3, color=colour)
        band = (0.755, 0.855)
        if view.paused:
            c.pill(QCoreApplication.translate("Projector", "PAUSE"), fraction=0.06, band=band, fill=QColor("#e9ebef"), color=QColor("#111318"))
        elif view.overtime:
            c.line(QCoreApplication.translate("Projector", "på overtid"), fraction=0.07, band=band, color=OVERTIME, bold=True)
        else:
            end = QCoreApplication.translate("Projector", "slutter kl. {time}").format(time=_clock(_end_of(view)))
            c.line(end, fraction=0.06, band=band, color=WARNING if view.warning else SECONDARY, bold=view.warning)
        self._next_line(c, view)

    def _rotation(self, c: _Canvas, view: DayView, rotation: RotationView) -> None:
        block = view.block
        assert block is not None and view.remaining is not None
        self._background(c, BACKGROUND)
        if view.overtime:
            left, left_colour = QCoreApplication.translate("Projector", "{kind} · {time} på overtid"), OVERTIME
        else:
            left, left_colour = QCoreApplication.translate("Projector", "{kind} · {time} igjen"), WARNING if view.warning else SECONDARY
        self._top_line(c, view, left.format(kind=kind_name(block.kind), time=clock_face(view.remaining)), left_colour)
        c.title(block.title, fraction=0.058, smallest=0.045, band=(0.12, 0.265))
        paused = rotation.paused
        if rotation.open_discussion:
            headline = speaker_text(rotation)
            big = clock_face(view.remaining)
            colour = PAUSED if paused else self._status_colour(view)
        else:
            headline = speaker_text(rotation)
            big = clock_face(rotation.slot_remaining)
            colour = PAUSED if paused else TEXT
        c.line(headline, fraction=0.10, smallest=0.07, band=(0.29, 0.40), color=ACCENT, bold=True)
        c.countdown(big, band=(0.42, 0.76), height=0.30, color=colour)
        band = (0.765, 0.855)
        if paused:
            c.pill(QCoreApplication.translate("Projector", "PAUSE"), fraction=0.06, band=band, fill=QColor("#e9ebef"), color=QColor("#111318"))
        else:
            tables = open_tables_text(rotation)
            if tables:
                c.line(tables, fraction=0.055, smallest=MIN_TEXT, band=band, color=SECONDARY)
        self._next_line(c, view)

    def _break(self, c: _Canvas, view: DayView) -> None:
        block = view.block
        assert block is not None and view.remaining is not None
        self._background(c, CALM_BACKGROUND)
        kind = kind_name(block.kind)
        self._top_line(c, view, "" if kind.casefold() == block.title.strip().casefold() else kind)
        c.title(block.title, fraction=0.13, smallest=0.08, band=(0.13, 0.33), max_lines=1)
        back = _clock(_end_of(view))
        if not view.overtime:
            c.line(QCoreApplication.translate("Projector", "Vi starter igjen kl. {time}").format(time=back), fraction=0.075, smallest=0.05,
                   band=(0.36, 0.46), color=TEXT)
        colour = PAUSED if view.paused else OVERTIME if view.overtime else WARNING if view.warning else CALM
        c.countdown(clock_face(view.remaining), band=(0.50, 0.80), height=0.22, color=colour)
        if view.paused:
            c.pill(QCoreApplication.translate("Projector", "PAUSE"), fraction=0.05, band=(0.815, 0.875), fill=QColor("#e9ebef"), color=QColor("#111318"))
        self._next_line(c, view, label=QCoreApplication.translate("Projector", "Deretter:"))

    # -- Finn ditt bord -----------------------------------------------------------------------
    def _find_your_table(self, c: _Canvas, view: DayView, scene: ProjectorScene) -> None:
        block = view.block
        assert block is not None
        self._background(c, BACKGROUND)
        pages = self._layout_pages(c, scene.seats, block.task_text)
        if self._pages_since is None or self._pages_since[0] != block.id or self._pages_since[1] > view.now:
            # The list starts from its first page (A…) whenever it comes up for a block.
            self._pages_since = (block.id, view.now.replace(microsecond=0))
        shown_for = (view.now - self._pages_since[1]).total_seconds()
        index = int(shown_for // PAGE_SECONDS) % len(pages)
        self.page = (index, len(pages))
        page = pages[index]
        clock = c.line(_clock(view.now), fraction=0.06, band=HEADER_BAND, color=TEXT, bold=True, align="right")
        heading = QCoreApplication.translate("Projector", "Finn ditt bord") if page.kind == "names" else QCoreApplication.translate("Projector", "Oppgave")
        c.line(heading, fraction=0.075, smallest=0.05, band=HEADER_BAND, color=TEXT, bold=True, align="left",
               right=clock.left() - c.margin)
        if view.phase is Phase.RUNNING and view.remaining is not None:
            sub = QCoreApplication.translate("Projector", "{kind} · {time} igjen").format(kind=kind_name(block.kind), time=clock_face(view.remaining))
        elif view.next_start is not None and _overdue(view):
            sub = QCoreApplication.translate("Projector", "{kind} starter straks").format(kind=kind_name(block.kind))
        elif view.next_start is not None:
            sub = QCoreApplication.translate("Projector", "{kind} starter kl. {time}").format(kind=kind_name(block.kind), time=_clock(view.next_start))
        else:
            sub = kind_name(block.kind)
        c.line(sub, fraction=0.05, smallest=MIN_TEXT, band=SUB_BAND, color=ACCENT, align="left")
        c.p.fillRect(QRectF(c.margin, c.y(0.2), c.w - 2 * c.margin, max(1.0, c.h * 0.003)), RULE)
        if page.kind == "names":
            self._names_page(c, page)
            footer = QCoreApplication.translate("Projector", "Sortert på fornavn")
        else:
            self._task_page(c, page)
            footer = block.title
        c.line(QCoreApplication.translate("Projector", "Side {page} av {pages}").format(page=index + 1, pages=len(pages)), fraction=MIN_TEXT + 0.002,
               band=FOOTER_BAND, color=SECONDARY, align="right")
        c.line(footer, fraction=MIN_TEXT + 0.002, band=FOOTER_BAND, color=SECONDARY, align="left",
               right=c.w * 0.62)

    def _layout_pages(self, c: _Canvas, seats: tuple[SeatListing, ...], task: str) -> list[_Page]:
        """Names in columns (as many columns as typical names allow), pages balanced; then the task."""
        key = (c.w, c.h, seats, task, _FAMILY, QCoreApplication.translate("Projector", "Finn ditt bord"))
        if key == self._pages_key:
            return self._pages
        rows = _seat_rows(seats)
        names, numbers = QFontMetricsF(c.font(ROW_TEXT)), QFontMetricsF(c.font(ROW_TEXT, bold=True))
        width = c.w - 2 * c.margin
        gap, column_gap = c.h * 0.03, c.h * 0.05
        number_width = max([numbers.horizontalAdvance(t) for _n, t in rows] + [numbers.horizontalAdvance("00")])
        widths = sorted(names.horizontalAdvance(n) for n, _t in rows) or [1.0]
        typical = widths[int(0.9 * (len(widths) - 1))]  # the rare longer name shrinks a little
        column_width = min(width, typical + gap + number_width)
        columns = max(1, int((width + column_gap) // (column_width + column_gap)))
        column_width = (width - column_gap * (columns - 1)) / columns
        per_column = max(1, int((GRID_BOTTOM - GRID_TOP) * c.h // (c.h * ROW_TEXT * ROW_SPACING)))
        page_count = max(1, math.ceil(len(rows) / (per_column * columns)))
        per_column = max(1, math.ceil(len(rows) / (page_count * columns)))  # spread evenly over the pages
        per_page = per_column * columns
        pages = [
            _Page("names", tuple(rows[k : k + per_page]), columns=columns, rows_per_column=per_column,
                  column_width=column_width, number_width=number_width)
            for k in range(0, len(rows), per_page)
        ]
        pages += [_Page("task", lines=tuple(lines)) for lines in self._task_pages(c, task, width)]
        self._pages_key, self._pages = key, pages or [_Page("names")]
        return self._pages

    def _task_pages(self, c: _Canvas, task: str, width: float) -> list[list[str]]:
        """The task's lines in pages, a page turning between paragraphs where it can."""
        if not task.strip():
            return []
        font = c.font(TASK_TEXT)
        per_page = max(1, int((GRID_BOTTOM - GRID_TOP) * c.h // (QFontMetricsF(font).height() * TASK_SPACING)))
        paragraphs = [p for p in re.split(r"\n\s*\n", task.strip()) if p.strip()]
        pages: list[list[str]] = []
        current: list[str] = []
        for paragraph in paragraphs:
            lines = c.wrap(paragraph, font, width)
            if current and len(current) + 1 + len(lines) > per_page:
                pages.append(current)
                current = []
            if current:
                current.append("")
            for line in lines:
                if len(current) >= per_page:
                    pages.append(current)
                    current = []
                current.append(line)
        if current:
            pages.append(current)
        return pages

    def _names_page(self, c: _Canvas, page: _Page) -> None:
        name_font, number_font = c.font(ROW_TEXT), c.font(ROW_TEXT, bold=True)
        numbers = QFontMetricsF(number_font)
        row_height = c.h * ROW_TEXT * ROW_SPACING
        gap, column_gap = c.h * 0.03, c.h * 0.05
        top = c.y(GRID_TOP) + row_height / 2
        cap = QFontMetricsF(name_font).capHeight()
        leader = QPen(RULE, max(1.0, c.h * 0.002), Qt.PenStyle.DotLine)
        for k, (name, tables) in enumerate(page.rows):
            column, row = divmod(k, page.rows_per_column)
            x0 = c.margin + column * (page.column_width + column_gap)
            x1 = x0 + page.column_width
            baseline = top + row * row_height + cap / 2
            space = page.column_width - page.number_width - gap
            font = c.fit(name, fraction=ROW_TEXT, smallest=MIN_TEXT, width=space)
            shown = QFontMetricsF(font).elidedText(name, Qt.TextElideMode.ElideRight, space)
            rect = c.text_at(shown, font, TEXT, x0, baseline)
            number_advance = numbers.horizontalAdvance(tables)
            c.p.setPen(leader)
            c.p.drawLine(QPointF(rect.right() + gap * 0.4, baseline), QPointF(x1 - number_advance - gap * 0.4, baseline))
            c.text_at(tables, number_font, ACCENT, x1 - number_advance, baseline)

    def _task_page(self, c: _Canvas, page: _Page) -> None:
        font = c.font(TASK_TEXT)
        metrics = QFontMetricsF(font)
        line_height = metrics.height() * TASK_SPACING
        baseline = c.y(GRID_TOP) + metrics.ascent() + c.h * 0.01
        for line in page.lines:
            if line:
                c.text_at(line, font, TEXT, c.margin, baseline)
            baseline += line_height


def smallest_text(drawn: Sequence[DrawnText]) -> int:
    return min((d.pixel_size for d in drawn), default=0)


def inside(drawn: Sequence[DrawnText], width: int, height: int) -> bool:
    """Every text within the screen (to the pixel; nothing clipped)."""
    return all(
        d.rect.left() >= -0.5 and d.rect.top() >= -0.5 and d.rect.right() <= width + 0.5 and d.rect.bottom() <= height + 0.5
        for d in drawn
    )

"""Painting the closing plenum for the hall with QPainter, into a given rectangle: the same
picture full screen on the projector and small in the laptop's preview.

One theme at a time (its name big, its key points with their tables, "7 av 17 grupper") or the
overview (every theme's name and how many groups raised it). Read from the back of a hotel hall
like the day's projector (``ui.projector.projector_painter``: its colours, font and 4 % smallest
text): every size is a share of the rectangle's height. A theme with more points than fit is
shown a page at a time; the page is part of the scene (the presenter keys turn it), never a
timer. User text goes through ``drawText`` as plain text, so ``<b>`` and ``&`` show as typed.
Every text drawn is recorded in :attr:`PlenumPainter.drawn`, which the tests read.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter

from app.plenum.themes import KeyPoint, Plenum, Theme
from ui.projector.projector_painter import (
    ACCENT,
    MIN_TEXT,
    SECONDARY,
    TEXT,
    DrawnText,
    load_fonts,
)
from ui.projector.scene_surface import Measures, Surface, painting

HEADER = (0.03, 0.105)
TITLE = (0.12, 0.275)
RULE_AT = 0.29
BODY = (0.315, 0.895)
FOOTER = (0.91, 0.97)
POINT_TEXT = 0.05
POINT_LINES = 4
POINT_GAP = 0.028
#: Reference size the pages are counted at when no window says otherwise (a 16:9 projector).
REFERENCE = (1920, 1080)
#: Kept clear at the sides: the larger of these shares of the width and the height.
MARGIN = (0.045, 0.04)


@dataclass(frozen=True)
class PlenumScene:
    """What to paint: the plenum of the chosen block (None with no file open), the theme on
    view (None: the overview) and which page of it."""

    plenum: Plenum | None
    theme_id: int | None = None
    page: int = 0


def groups_text(theme: Theme, plenum: Plenum) -> str:
    """ "7 av 17 grupper": how many of the groups that wrote key points raised the theme."""
    return QCoreApplication.translate("Plenum", "{count} av {groups} grupper").format(count=theme.group_count, groups=plenum.groups)


def table_text(number: int) -> str:
    return QCoreApplication.translate("Plenum", "Bord {number}").format(number=number)


@dataclass(frozen=True)
class _Placed:
    point: KeyPoint
    lines: tuple[str, ...]


class _PointLayout:
    """A theme's points as lines, split into pages that fill the body."""

    def __init__(self, s: Measures, theme: Theme) -> None:
        self.font = s.font(POINT_TEXT)
        self.label_font = s.font(POINT_TEXT, bold=True)
        metrics = QFontMetricsF(self.font)
        self.line_h = metrics.height()
        self.ascent = metrics.ascent()
        self.gap = POINT_GAP * s.h
        self.label_w = QFontMetricsF(self.label_font).horizontalAdvance(table_text(88)) + 0.03 * s.h
        width = s.right - s.left - self.label_w
        room = s.y(BODY[1]) - s.y(BODY[0])
        self.pages: list[list[_Placed]] = [[]]
        used = 0.0
        for point in theme.points:
            lines = tuple(s.wrap(" ".join(point.text.split()), self.font, width, POINT_LINES))
            height = len(lines) * self.line_h
            if self.pages[-1] and used + height > room:
                self.pages.append([])
                used = 0.0
            self.pages[-1].append(_Placed(point, lines))
            used += height + self.gap


def page_count(plenum: Plenum | None, theme_id: int | None, width: float = REFERENCE[0], height: float = REFERENCE[1]) -> int:
    """How many pages the theme takes at this size (1 for the overview or a theme not there)."""
    theme = next((t for t in plenum.themes if t.id == theme_id), None) if plenum is not None else None
    if theme is None:
        return 1
    return len(_PointLayout(Measures(QRectF(0, 0, width, height), load_fonts(), margin=MARGIN), theme).pages)


class PlenumPainter:
    """Paints scenes; remembers how many pages the last theme painted had."""

    def __init__(self) -> None:
        self.family = load_fonts()
        self.drawn: list[DrawnText] = []
        self.pages = 1
        #: Never: a theme's pages are turned by the presenter keys, not by the clock.
        self.scrolling = False

    def texts(self) -> list[str]:
        return [d.text for d in self.drawn]

    def paint(self, painter: QPainter, rect: QRectF, scene: PlenumScene) -> None:
        self.drawn = []
        self.pages = 1
        with painting(painter, rect, self.drawn, self.family, margin=MARGIN) as surface:
            self._paint(surface, scene)

    def _paint(self, s: Surface, scene: PlenumScene) -> None:
        current = scene.plenum
        if current is None:
            s.line(QCoreApplication.translate("Plenum", "Ingen konferanse er åpen"), s.band((0.45, 0.55)), fraction=0.05, color=SECONDARY, align="center")
            return
        ids = [t.id for t in current.themes]
        if scene.theme_id not in ids:
            self._overview(s, current)
            return
        index = ids.index(scene.theme_id)
        self._theme(s, current, current.themes[index], index, scene.page)

    def _title(self, s: Surface, text: str) -> None:
        """The title in up to two lines, shrunk from 8 % of the height until it fits."""
        s.paragraph(text, s.band(TITLE), fraction=0.08, smallest=0.055, max_lines=2, color=TEXT, bold=True, shrink=0.005, spacing=1.02)

    def _header(self, s: Surface, context: str, figure: str) -> None:
        count = s.line(figure, s.band(HEADER), fraction=0.06, color=ACCENT, bold=True, align="right")
        box = s.band(HEADER)
        box.setRight(count.left() - 0.04 * s.h)
        s.line(context, box, fraction=0.048, color=SECONDARY)

    # -- one theme: its name, its points with their tables -------------------------------------
    def _theme(self, s: Surface, current: Plenum, theme: Theme, index: int, page: int) -> None:
        context = QCoreApplication.translate("Plenum", "Tema {number} av {total}").format(number=index + 1, total=len(current.themes))
        self._header(s, context, groups_text(theme, current))
        self._title(s, theme.name)
        s.rule(RULE_AT)
        layout = _PointLayout(s, theme)
        self.pages = len(layout.pages)
        page = max(0, min(page, self.pages - 1))
        y = s.y(BODY[0])
        for placed in layout.pages[page]:
            baseline = y + layout.ascent
            s.text_at(table_text(placed.point.group), layout.label_font, ACCENT, s.left, baseline)
            for n, line in enumerate(placed.lines):
                s.text_at(line, layout.font, TEXT, s.left + layout.label_w, baseline + n * layout.line_h)
            y += len(placed.lines) * layout.line_h + layout.gap
        if self.pages > 1:
            more = QCoreApplication.translate("Plenum", "Side {page} av {pages}").format(page=page + 1, pages=self.pages)
            s.line(more, s.band(FOOTER), fraction=0.045, color=SECONDARY, align="right")

    # -- the overview: every theme and how many groups raised it -------------------------------
    def _overview(self, s: Surface, current: Plenum) -> None:
        points = sum(len(t.points) for t in current.themes) + len(current.unsorted)
        figure = QCoreApplication.translate("Plenum", "{groups} grupper").format(groups=current.groups)
        self._header(s, QCoreApplication.translate("Plenum", "Oppsummering"), figure)
        self._title(s, QCoreApplication.translate("Plenum", "Temaer fra gruppene"))
        s.rule(RULE_AT)
        if not current.themes:
            text = QCoreApplication.translate("Plenum", "Ingen temaer ennå") if points else QCoreApplication.translate("Plenum", "Ingen hovedpunkter ennå")
            s.line(text, s.band((0.5, 0.62)), fraction=0.06, color=SECONDARY, align="center")
            return
        area = s.band(BODY)
        themes = list(current.themes)
        fit = max(1, int(area.height() // (s.h * 0.075)))
        shown = themes if len(themes) <= fit else themes[: fit - 1]
        rows = len(shown) + (len(shown) < len(themes))
        row_h = min(area.height() / rows, s.h * 0.14)
        stacked = row_h >= s.h * 0.11
        name_size = max(MIN_TEXT, min(0.058, row_h / s.h * (0.45 if stacked else 0.62)))
        for k, theme in enumerate(shown):
            top = area.top() + k * row_h
            line_box = QRectF(area.left(), top, area.width(), row_h * (0.55 if stacked else 1.0))
            count = s.line(groups_text(theme, current), line_box, fraction=name_size, color=ACCENT, bold=True, align="right")
            name_box = QRectF(line_box)
            name_box.setRight(count.left() - 0.04 * s.h)
            s.line(theme.name, name_box, fraction=name_size, color=TEXT, bold=True)
            if stacked:
                s.bar(QRectF(area.left(), top + row_h * 0.6, area.width(), row_h * 0.17), theme.group_count / max(1, current.groups), roundness=0.3, least=1.0)
        if len(shown) < len(themes):
            more = QCoreApplication.translate("Plenum", "og {count} til").format(count=len(themes) - len(shown))
            s.line(more, QRectF(area.left(), area.top() + len(shown) * row_h, area.width(), row_h), fraction=MIN_TEXT, color=SECONDARY)
        if current.unsorted:
            note = QCoreApplication.translate("Plenum", "{count} hovedpunkter er ikke sortert").format(count=len(current.unsorted))
            s.line(note, s.band(FOOTER), fraction=MIN_TEXT, color=SECONDARY)

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

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from app.plenum.themes import KeyPoint, Plenum, Theme
from ui.projector.projector_painter import (
    ACCENT,
    BACKGROUND,
    MIN_TEXT,
    RULE,
    SECONDARY,
    TEXT,
    DrawnText,
    load_fonts,
)

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


class _Surface:
    """Text placed by shares of the rectangle's height; records the text it draws."""

    def __init__(self, painter: QPainter | None, rect: QRectF, drawn: list[DrawnText], family: str) -> None:
        self.p = painter
        self.rect = rect
        self.h = rect.height()
        self.drawn = drawn
        self.family = family
        margin = max(0.045 * rect.width(), 0.04 * self.h)
        self.left, self.right = rect.left() + margin, rect.right() - margin

    def y(self, fraction: float) -> float:
        return self.rect.top() + fraction * self.h

    def band(self, band: tuple[float, float]) -> QRectF:
        return QRectF(self.left, self.y(band[0]), self.right - self.left, self.y(band[1]) - self.y(band[0]))

    def font(self, fraction: float, *, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(1, round(fraction * self.h)))
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    def text_at(self, text: str, font: QFont, color: QColor, x: float, baseline: float) -> QRectF:
        metrics = QFontMetricsF(font)
        rect = QRectF(x, baseline - metrics.ascent(), metrics.horizontalAdvance(text), metrics.ascent() + metrics.descent())
        if text and self.p is not None:
            self.p.setFont(font)
            self.p.setPen(color)
            self.p.drawText(QPointF(x, baseline), text)
            self.drawn.append(DrawnText(text, rect, font.pixelSize(), color.name()))
        return rect

    def line(self, text: str, box: QRectF, *, fraction: float, color: QColor, bold: bool = False, align: str = "left") -> QRectF:
        """One line in ``box``, centred on its cap height: shrunk to fit (not below 4 %), then elided."""
        font = self.font(fraction, bold=bold)
        advance = QFontMetricsF(font).horizontalAdvance(text)
        if advance > box.width() > 0:
            font = self.font(max(MIN_TEXT, fraction * box.width() / advance * 0.995), bold=bold)
        metrics = QFontMetricsF(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        width = metrics.horizontalAdvance(shown)
        x = box.left() if align == "left" else box.right() - width if align == "right" else box.center().x() - width / 2
        return self.text_at(shown, font, color, x, box.center().y() + metrics.capHeight() / 2)

    def wrap(self, text: str, font: QFont, width: float, max_lines: int) -> list[str]:
        """Words in lines no wider than ``width``, at most ``max_lines`` (the last one elided)."""
        metrics = QFontMetricsF(font)
        lines: list[str] = []
        current = ""
        for word in text.split():
            candidate = f"{current} {word}" if current else word
            if metrics.horizontalAdvance(candidate) <= width or not current:
                current = candidate
            else:
                lines.append(current)
                current = word
        if current:
            lines.append(current)
        if len(lines) > max_lines:
            lines = lines[: max_lines - 1] + [" ".join(lines[max_lines - 1:])]
        return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines] or [""]


@dataclass(frozen=True)
class _Placed:
    point: KeyPoint
    lines: tuple[str, ...]


class _PointLayout:
    """A theme's points as lines, split into pages that fill the body."""

    def __init__(self, s: _Surface, theme: Theme) -> None:
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
    return len(_PointLayout(_Surface(None, QRectF(0, 0, width, height), [], load_fonts()), theme).pages)


class PlenumPainter:
    """Paints scenes; remembers how many pages the last theme painted had."""

    def __init__(self) -> None:
        self.family = load_fonts()
        self.drawn: list[DrawnText] = []
        self.pages = 1

    def texts(self) -> list[str]:
        return [d.text for d in self.drawn]

    def paint(self, painter: QPainter, rect: QRectF, scene: PlenumScene) -> None:
        self.drawn = []
        self.pages = 1
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.fillRect(rect, BACKGROUND)
            painter.setClipRect(rect)
            self._paint(_Surface(painter, rect, self.drawn, self.family), scene)
        finally:
            painter.restore()

    def _paint(self, s: _Surface, scene: PlenumScene) -> None:
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

    def _rule(self, s: _Surface) -> None:
        assert s.p is not None
        s.p.fillRect(QRectF(s.left, s.y(RULE_AT), s.right - s.left, max(1.0, s.h * 0.003)), RULE)

    def _title(self, s: _Surface, text: str) -> None:
        """The title in up to two lines, shrunk from 8 % of the height until it fits."""
        box = s.band(TITLE)
        size = 0.08
        while True:
            font = s.font(size, bold=True)
            lines = s.wrap(" ".join(text.split()), font, box.width(), 99)
            if len(lines) <= 2 or size <= 0.055:
                break
            size -= 0.005
        lines = s.wrap(" ".join(text.split()), font, box.width(), 2)
        metrics = QFontMetricsF(font)
        step = metrics.height() * 1.02
        baseline = box.center().y() - (step * (len(lines) - 1) + metrics.capHeight()) / 2 + metrics.capHeight()
        for k, line in enumerate(lines):
            s.text_at(line, font, TEXT, box.left(), baseline + k * step)

    def _header(self, s: _Surface, context: str, figure: str) -> None:
        count = s.line(figure, s.band(HEADER), fraction=0.06, color=ACCENT, bold=True, align="right")
        box = s.band(HEADER)
        box.setRight(count.left() - 0.04 * s.h)
        s.line(context, box, fraction=0.048, color=SECONDARY)

    # -- one theme: its name, its points with their tables -------------------------------------
    def _theme(self, s: _Surface, current: Plenum, theme: Theme, index: int, page: int) -> None:
        context = QCoreApplication.translate("Plenum", "Tema {number} av {total}").format(number=index + 1, total=len(current.themes))
        self._header(s, context, groups_text(theme, current))
        self._title(s, theme.name)
        self._rule(s)
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
    def _overview(self, s: _Surface, current: Plenum) -> None:
        points = sum(len(t.points) for t in current.themes) + len(current.unsorted)
        figure = QCoreApplication.translate("Plenum", "{groups} grupper").format(groups=current.groups)
        self._header(s, QCoreApplication.translate("Plenum", "Oppsummering"), figure)
        self._title(s, QCoreApplication.translate("Plenum", "Temaer fra gruppene"))
        self._rule(s)
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
                self._bar(s, QRectF(area.left(), top + row_h * 0.6, area.width(), row_h * 0.17), theme.group_count / max(1, current.groups))
        if len(shown) < len(themes):
            more = QCoreApplication.translate("Plenum", "og {count} til").format(count=len(themes) - len(shown))
            s.line(more, QRectF(area.left(), area.top() + len(shown) * row_h, area.width(), row_h), fraction=MIN_TEXT, color=SECONDARY)
        if current.unsorted:
            note = QCoreApplication.translate("Plenum", "{count} hovedpunkter er ikke sortert").format(count=len(current.unsorted))
            s.line(note, s.band(FOOTER), fraction=MIN_TEXT, color=SECONDARY)

    @staticmethod
    def _bar(s: _Surface, rect: QRectF, share: float) -> None:
        assert s.p is not None
        radius = rect.height() * 0.3
        s.p.setPen(Qt.PenStyle.NoPen)
        s.p.setBrush(RULE)
        s.p.drawRoundedRect(rect, radius, radius)
        if share > 0:
            s.p.setBrush(ACCENT)
            s.p.drawRoundedRect(QRectF(rect.left(), rect.top(), max(rect.height(), rect.width() * min(1.0, share)), rect.height()), radius, radius)

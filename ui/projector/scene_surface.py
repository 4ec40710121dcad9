"""Text and shapes for the scenes the sections put on the projector (the evaluation's results,
the plenum's themes), placed by shares of the rectangle's height so the same picture reads from
the back row full screen and small in the laptop's preview.

:class:`Measures` sizes fonts and wraps text without a painter (a scene can count its pages
before it is painted); :class:`Surface` also draws, as plain text (``<b>`` and ``&`` show as
typed), and records every text in ``drawn``, which the tests read instead of pixels.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from ui.projector.projector_painter import ACCENT, BACKGROUND, MIN_TEXT, RULE, DrawnText


class Measures:
    """Places and fonts by shares of ``rect``; ``margin`` is (share of the width, share of the
    height), the larger of the two kept clear at the sides."""

    def __init__(self, rect: QRectF, family: str, *, margin: tuple[float, float]) -> None:
        self.rect = rect
        self.h = rect.height()
        self.w = rect.width()
        self.family = family
        self.margin = max(margin[0] * self.w, margin[1] * self.h)
        self.left = rect.left() + self.margin
        self.right = rect.right() - self.margin

    def y(self, fraction: float) -> float:
        return self.rect.top() + fraction * self.h

    def band(self, band: tuple[float, float], left: float | None = None, right: float | None = None) -> QRectF:
        x0 = self.left if left is None else left
        x1 = self.right if right is None else right
        return QRectF(x0, self.y(band[0]), max(0.0, x1 - x0), self.y(band[1]) - self.y(band[0]))

    def font(self, fraction: float, *, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(1, round(fraction * self.h)))
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    def fitted(self, text: str, fraction: float, smallest: float, width: float, *, bold: bool = False) -> QFont:
        """The largest font from ``fraction`` down to ``smallest`` in which ``text`` fits ``width``."""
        font = self.font(fraction, bold=bold)
        advance = QFontMetricsF(font).horizontalAdvance(text)
        if advance > width > 0:
            font = self.font(max(smallest, fraction * width / advance * 0.995), bold=bold)
        return font

    def wrap(self, text: str, font: QFont, width: float, max_lines: int) -> list[str]:
        """Words in lines no wider than ``width``, at most ``max_lines`` (the last one elided);
        a line break in ``text`` starts a new line."""
        metrics = QFontMetricsF(font)
        lines: list[str] = []
        for paragraph in text.splitlines() or [""]:
            current = ""
            for word in paragraph.split():
                candidate = f"{current} {word}" if current else word
                if metrics.horizontalAdvance(candidate) <= width or not current:
                    current = candidate
                else:
                    lines.append(current)
                    current = word
            if current:
                lines.append(current)
        if len(lines) > max_lines:
            lines = lines[: max_lines - 1] + [" ".join(lines[max_lines - 1 :]) + " …"]
        return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


class Surface(Measures):
    """Measures that draw with ``painter`` and record the text they draw in ``drawn``."""

    def __init__(self, painter: QPainter, rect: QRectF, drawn: list[DrawnText], family: str, *, margin: tuple[float, float]) -> None:
        super().__init__(rect, family, margin=margin)
        self.p = painter
        self.drawn = drawn

    def text_at(self, text: str, font: QFont, color: QColor, x: float, baseline: float, *, record: bool = True) -> QRectF:
        metrics = QFontMetricsF(font)
        rect = QRectF(x, baseline - metrics.ascent(), metrics.horizontalAdvance(text), metrics.ascent() + metrics.descent())
        if not text:
            return QRectF(x, rect.top(), 0.0, rect.height())
        self.p.setFont(font)
        self.p.setPen(color)
        self.p.drawText(QPointF(x, baseline), text)
        if record:
            self.drawn.append(DrawnText(text, rect, font.pixelSize(), color.name()))
        return rect

    def line(
        self,
        text: str,
        box: QRectF,
        *,
        fraction: float,
        color: QColor,
        smallest: float = MIN_TEXT,
        bold: bool = False,
        align: str = "left",
    ) -> QRectF:
        """One line in ``box``, centred on its cap height: shrunk to fit (not below ``smallest``), then elided."""
        font = self.fitted(text, fraction, smallest, box.width(), bold=bold)
        metrics = QFontMetricsF(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        advance = metrics.horizontalAdvance(shown)
        x = box.left() if align == "left" else box.right() - advance if align == "right" else box.center().x() - advance / 2
        return self.text_at(shown, font, color, x, box.center().y() + metrics.capHeight() / 2)

    def paragraph(
        self,
        text: str,
        box: QRectF,
        *,
        fraction: float,
        smallest: float,
        max_lines: int,
        color: QColor,
        bold: bool = False,
        shrink: float = 0.004,
        spacing: float = 1.05,
    ) -> None:
        """Text in up to ``max_lines`` lines centred in ``box``: shrunk by ``shrink`` at a time
        until it fits (not below ``smallest``), then elided."""
        size = fraction
        while True:
            font = self.font(size, bold=bold)
            lines = self.wrap(" ".join(text.split()), font, box.width(), 99)
            if len(lines) <= max_lines or size <= smallest:
                break
            size = max(smallest, size - shrink)
        lines = self.wrap(" ".join(text.split()), font, box.width(), max_lines)
        metrics = QFontMetricsF(font)
        step = metrics.height() * spacing
        total = step * (len(lines) - 1) + metrics.capHeight()
        baseline = box.center().y() - total / 2 + metrics.capHeight()
        for k, line in enumerate(lines):
            self.text_at(line, font, color, box.left(), baseline + k * step)

    def rule(self, fraction: float) -> None:
        """A thin line across the text's width at ``fraction`` of the height."""
        self.p.fillRect(QRectF(self.left, self.y(fraction), self.right - self.left, max(1.0, self.h * 0.003)), RULE)

    def bar(self, rect: QRectF, share: float, *, roundness: float = 0.18, least: float = 0.3, color: QColor = ACCENT) -> None:
        """A track the width of ``rect`` (the whole), filled to ``share`` of it (at least
        ``least`` of its height); corners rounded by ``roundness`` of its height."""
        radius = rect.height() * roundness
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(RULE)
        self.p.drawRoundedRect(rect, radius, radius)
        if share > 0:
            self.p.setBrush(color)
            filled = QRectF(rect.left(), rect.top(), max(rect.height() * least, rect.width() * min(1.0, share)), rect.height())
            self.p.drawRoundedRect(filled, radius, radius)


@contextmanager
def painting(painter: QPainter, rect: QRectF, drawn: list[DrawnText], family: str, *, margin: tuple[float, float]) -> Iterator[Surface]:
    """A surface on ``rect``, cleared to the projector's background and clipped to it; the
    painter's state is given back afterwards."""
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(rect, BACKGROUND)
        painter.setClipRect(rect)
        yield Surface(painter, rect, drawn, family, margin=margin)
    finally:
        painter.restore()

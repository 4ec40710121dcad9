"""Painting the evaluation's live results for the hall with QPainter, into a given rectangle: the
same picture full screen on the projector and small in the laptop's preview.

Read from the back of a hotel hall like the day's projector (``ui.projector.projector_painter``,
whose colours, font and 4 % smallest text it takes): every size is a share of the rectangle's
height, no axis with small numbers, each bar carries its own count in big type. User text
(questions, choices, answers) goes through ``drawText`` as plain text, so ``<b>`` and ``&`` show as
typed. Open answers scroll by the seconds they have been on view (from the session's clock),
never by a counter moved on each tick. Every text drawn is recorded in
:attr:`ResultsPainter.drawn`, which the tests read instead of pixels.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QLinearGradient, QPainter

from app.conference_file.schema import QuestionKind
from app.evaluation.results import QuestionResult, Results
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
from ui.projector.scene_surface import Surface, painting
from ui.shell.i18n import ui_locale

CARD = QColor("#1d2229")
#: Open answers move up by this share of the height per second: a card is on view ~25 s.
SCROLL_SPEED = 0.03
#: A card shows at most this many lines of its answer; the rest is elided.
CARD_LINES = 7
HEADER = (0.025, 0.105)
TITLE = (0.115, 0.295)
BODY_TOP = 0.33
BODY_BOTTOM = 0.955
FOOTER = (0.905, 0.97)
#: Kept clear at the sides: the larger of these shares of the width and the height.
MARGIN = (0.04, 0.035)


@dataclass(frozen=True)
class Showing:
    """What the facilitator put on view: the overview (``question_id`` None) or one question;
    an open question shows its answers as cards."""

    question_id: int | None = None


@dataclass(frozen=True)
class ResultsScene:
    """What to paint: the results (None with no file open), what is chosen, and for how many
    seconds it has been on view (open answers scroll by it)."""

    results: Results | None
    showing: Showing = Showing()
    elapsed: float = 0.0


def responded_text(results: Results) -> str:
    """ "63 av 97 har svart": counted against the people present, when that count makes sense."""
    if 0 < results.present and results.responses <= results.present:
        return QCoreApplication.translate("Results", "{responses} av {present} har svart").format(responses=results.responses, present=results.present)
    return QCoreApplication.translate("Results", "{responses} har svart").format(responses=results.responses)


def answers_text(count: int) -> str:
    return QCoreApplication.translate("Results", "{count} svar").format(count=count)


def mean_text(mean: float | None) -> str:
    """ "4,6" in bokmål, "4.6" in English; a dash when nobody has graded yet."""
    return "–" if mean is None else ui_locale().toString(mean, "f", 1)


def percent_text(part: int, whole: int) -> str:
    return QCoreApplication.translate("Results", "{percent} %").format(percent=round(100 * part / whole) if whole else 0)


@dataclass(frozen=True)
class _Bar:
    label: str
    share: float  # of the track, 0–1
    value: str


@dataclass(frozen=True)
class _Card:
    top: float  # within its column's content
    height: float
    lines: tuple[str, ...]


class ResultsPainter:
    """Paints scenes; keeps the open answers' card layout and scroll position between repaints."""

    def __init__(self) -> None:
        self.family = load_fonts()
        self.drawn: list[DrawnText] = []
        #: Whether the last paint has answers scrolling (the window then repaints ~25 times a second).
        self.scrolling = False
        self._cards_key: tuple[object, ...] | None = None
        self._columns: list[list[_Card]] = []
        self._column_heights: list[float] = []
        #: Per column: at which elapsed second it had scrolled how far (kept when answers come in).
        self._anchors: list[tuple[float, float]] = []
        self._anchored_question: int | None = None

    def texts(self) -> list[str]:
        return [d.text for d in self.drawn]

    def paint(self, painter: QPainter, rect: QRectF, scene: ResultsScene) -> None:
        self.drawn = []
        self.scrolling = False
        with painting(painter, rect, self.drawn, self.family, margin=MARGIN) as surface:
            self._paint(surface, scene)

    def _paint(self, s: Surface, scene: ResultsScene) -> None:
        results = scene.results
        if results is None:
            s.line(QCoreApplication.translate("Results", "Ingen konferanse er åpen"), s.band((0.45, 0.55)), fraction=0.05, color=SECONDARY, align="center")
            return
        if not results.questions:
            s.line(QCoreApplication.translate("Results", "Ingen spørsmål ennå"), s.band((0.45, 0.55)), fraction=0.06, color=SECONDARY, align="center")
            return
        ids = [r.question.id for r in results.questions]
        if scene.showing.question_id not in ids:
            self._overview(s, results)
            return
        index = ids.index(scene.showing.question_id)
        result = results.questions[index]
        context = QCoreApplication.translate("Results", "Spørsmål {number} av {total}").format(number=index + 1, total=len(ids))
        self._header(s, context, results)
        s.paragraph(result.question.text, s.band(TITLE), fraction=0.062, smallest=0.045, max_lines=2, color=TEXT, bold=True)
        s.rule(0.305)
        if result.question.kind is QuestionKind.SCALE:
            self._scale(s, result)
        elif result.question.kind is QuestionKind.CHOICE:
            self._choice(s, result)
        else:
            self._open(s, result, scene.elapsed)

    def _header(self, s: Surface, context: str, results: Results) -> None:
        count = s.line(responded_text(results), s.band(HEADER), fraction=0.06, smallest=0.045, color=ACCENT, bold=True, align="right")
        s.line(context, s.band(HEADER, right=count.left() - s.margin * 0.6), fraction=0.05, color=SECONDARY)

    def _footer(self, s: Surface, text: str) -> None:
        s.line(text, s.band(FOOTER), fraction=0.045, color=SECONDARY)

    def _empty(self, s: Surface, box: QRectF) -> None:
        s.line(QCoreApplication.translate("Results", "Ingen svar ennå"), box, fraction=0.07, smallest=0.05, color=SECONDARY, align="center")

    # -- the overview: every scale question's mean on one chart --------------------------------
    def _overview(self, s: Surface, results: Results) -> None:
        self._header(s, QCoreApplication.translate("Results", "Oversikt"), results)
        s.line(QCoreApplication.translate("Results", "Snitt på skala fra 1 til 6"), s.band((0.12, 0.215)), fraction=0.062, smallest=0.045, color=TEXT, bold=True)
        s.rule(0.235)
        scales = [r for r in results.questions if r.question.kind is QuestionKind.SCALE]
        if not scales:
            s.line(QCoreApplication.translate("Results", "Ingen skalaspørsmål"), s.band((0.5, 0.6)), fraction=0.06, color=SECONDARY, align="center")
            return
        bars = [_Bar(r.question.text, (r.mean or 0.0) / 6, mean_text(r.mean)) for r in scales]
        self._bars(s, bars, QRectF(s.left, s.y(0.26), s.right - s.left, s.y(0.965) - s.y(0.26)))

    # -- one scale question: grades 1–6 as columns, and the mean ---------------------------------
    def _scale(self, s: Surface, result: QuestionResult) -> None:
        top, bottom = s.y(BODY_TOP), s.y(BODY_BOTTOM)
        panel_w = min(s.w * 0.3, s.h * 0.42)
        panel = QRectF(s.right - panel_w, top, panel_w, bottom - top)
        s.line(QCoreApplication.translate("Results", "Snitt"), QRectF(panel.left(), top, panel_w, s.h * 0.08), fraction=0.055, color=SECONDARY, align="center")
        s.line(mean_text(result.mean), QRectF(panel.left(), top + s.h * 0.09, panel_w, s.h * 0.22),
               fraction=0.2, smallest=0.1, color=ACCENT, bold=True, align="center")
        s.line(answers_text(result.count), QRectF(panel.left(), top + s.h * 0.33, panel_w, s.h * 0.08),
               fraction=0.06, color=TEXT, bold=True, align="center")
        area_right = panel.left() - s.margin
        slot = (area_right - s.left) / 6
        labels_h = s.h * 0.06 if result.question.low_label or result.question.high_label else 0.0
        digits = QRectF(s.left, bottom - labels_h - s.h * 0.085, area_right - s.left, s.h * 0.085)
        base = digits.top() - s.h * 0.008
        tallest = base - top - s.h * 0.07
        most = max(result.counts.values(), default=0)
        s.p.fillRect(QRectF(s.left, base, area_right - s.left, max(1.0, s.h * 0.004)), RULE)
        for grade in range(1, 7):
            count = result.counts.get(str(grade), 0)
            x = s.left + (grade - 1) * slot
            height = tallest * count / most if most else 0.0
            bar = QRectF(x + slot * 0.14, base - height, slot * 0.72, height)
            s.p.setPen(Qt.PenStyle.NoPen)
            s.p.setBrush(ACCENT)
            s.p.drawRoundedRect(bar, slot * 0.05, slot * 0.05)
            s.line(str(grade), QRectF(x, digits.top(), slot, digits.height()), fraction=0.065, color=TEXT, bold=True, align="center")
            if most:
                s.line(str(count), QRectF(x, bar.top() - s.h * 0.065, slot, s.h * 0.06), fraction=0.05, color=TEXT, bold=True, align="center")
        if labels_h:
            band = QRectF(s.left, bottom - labels_h, (area_right - s.left) / 2 - s.margin * 0.25, labels_h)
            low, high = result.question.low_label, result.question.high_label
            if low:
                s.line(f"1 = {low}", band, fraction=MIN_TEXT, color=SECONDARY)
            if high:
                s.line(f"6 = {high}", band.translated(band.width() + s.margin * 0.5, 0), fraction=MIN_TEXT, color=SECONDARY, align="right")
        if not most:
            self._empty(s, QRectF(s.left, top + s.h * 0.1, area_right - s.left, s.h * 0.12))

    # -- one choice question: a bar per choice ----------------------------------------------------
    def _choice(self, s: Surface, result: QuestionResult) -> None:
        note = answers_text(result.count)
        if result.question.multiple:
            note = QCoreApplication.translate("Results", "{answers} · flere valg mulig").format(answers=note)
        self._footer(s, note)
        whole = max(result.count, 1)
        bars = [_Bar(choice, n / whole, f"{n} · {percent_text(n, result.count)}") for choice, n in result.counts.items()]
        self._bars(s, bars, QRectF(s.left, s.y(BODY_TOP), s.right - s.left, s.y(FOOTER[0]) - s.y(BODY_TOP)), ranked=True)

    def _bars(self, s: Surface, bars: list[_Bar], area: QRectF, *, ranked: bool = False) -> None:
        """A row per bar, every label in one size. Roomy rows put the label (two lines where
        there is room) over a full-width bar; tight rows put a one-line label beside it; rows
        that do not fit even so give way to "og 3 til" (the smallest, where ``ranked``)."""
        fit = max(1, int(area.height() // (s.h * MIN_TEXT * 1.5)))
        shown = bars
        if len(bars) > fit:
            keep = sorted(range(len(bars)), key=lambda k: -bars[k].share)[: fit - 1] if ranked else range(fit - 1)
            shown = [bars[k] for k in sorted(keep)]
        row_h = min(area.height() / (len(shown) + (len(shown) < len(bars))), s.h * 0.16)
        stacked = row_h >= s.h * 0.095
        label_font = s.font(max(MIN_TEXT, min(0.05, row_h / s.h * (0.42 if stacked else 0.66))))
        value_font = s.font(max(MIN_TEXT, min(0.055, row_h / s.h * (0.46 if stacked else 0.66))), bold=True)
        label_metrics, value_metrics = QFontMetricsF(label_font), QFontMetricsF(value_font)
        value_w = max(value_metrics.horizontalAdvance(b.value) for b in shown) + s.margin * 0.4
        gap = s.h * 0.012
        for k, bar in enumerate(shown):
            top = area.top() + k * row_h
            if stacked:
                bar_h = min(s.h * 0.05, row_h * 0.3)
                room = row_h - bar_h - gap - s.h * 0.02
                lines = s.wrap(bar.label, label_font, area.width() - value_w, 2 if room >= 2 * label_metrics.height() else 1)
                for n, line in enumerate(lines):
                    s.text_at(line, label_font, TEXT, area.left(), top + label_metrics.ascent() + n * label_metrics.height())
                track = QRectF(area.left(), top + len(lines) * label_metrics.height() + gap, area.width() - value_w, bar_h)
            else:
                bar_h = row_h * 0.45
                label_w = area.width() * 0.42
                shown_label = label_metrics.elidedText(" ".join(bar.label.split()), Qt.TextElideMode.ElideRight, label_w)
                middle = top + row_h / 2
                s.text_at(shown_label, label_font, TEXT, area.left(), middle + label_metrics.capHeight() / 2)
                track = QRectF(area.left() + label_w + s.margin * 0.4, middle - bar_h / 2,
                               area.width() - label_w - s.margin * 0.4 - value_w, bar_h)
            s.bar(track, bar.share)
            s.text_at(bar.value, value_font, ACCENT, area.right() - value_metrics.horizontalAdvance(bar.value),
                      track.center().y() + value_metrics.capHeight() / 2)
        if len(shown) < len(bars):
            more = QCoreApplication.translate("Results", "og {count} til").format(count=len(bars) - len(shown))
            s.line(more, QRectF(area.left(), area.top() + len(shown) * row_h, area.width(), row_h), fraction=MIN_TEXT, color=SECONDARY)

    # -- open answers: anonymous cards, scrolling slowly --------------------------------------------
    def _open(self, s: Surface, result: QuestionResult, elapsed: float) -> None:
        self._footer(s, answers_text(result.count))
        body = QRectF(s.left, s.y(BODY_TOP), s.right - s.left, s.y(FOOTER[0] - 0.01) - s.y(BODY_TOP))
        if not result.answers:
            self._empty(s, s.band((0.5, 0.65)))
            return
        font = s.font(0.045)
        gap = s.h * 0.022
        if self._anchored_question != result.question.id or any(elapsed < at for at, _ in self._anchors):
            self._anchored_question = result.question.id  # newly on view: from the top
            self._anchors = []
        self._lay_out_cards(s, result, body, font, gap, elapsed)
        columns = len(self._columns)
        width = (body.width() - gap * (columns - 1)) / columns
        metrics = QFontMetricsF(font)
        s.p.save()
        s.p.setClipRect(body)
        for k, cards in enumerate(self._columns):
            loop = self._column_heights[k]
            scrolls = loop - gap > body.height()
            if scrolls:
                self.scrolling = True
            else:
                self._anchors[k] = (elapsed, 0.0)  # once it overflows it starts from the top
            offset = self._offset(k, elapsed, s.h) if scrolls else 0.0
            x = body.left() + k * (width + gap)
            for repeat in (0.0, loop) if scrolls else (0.0,):
                for card in cards:
                    y = body.top() + card.top - offset + repeat
                    if y + card.height < body.top() or y > body.bottom():
                        continue
                    whole = body.top() <= y and y + card.height <= body.bottom()
                    s.p.setPen(Qt.PenStyle.NoPen)
                    s.p.setBrush(CARD)
                    s.p.drawRoundedRect(QRectF(x, y, width, card.height), gap * 0.5, gap * 0.5)
                    for n, line in enumerate(card.lines):
                        baseline = y + gap * 0.7 + metrics.ascent() + n * metrics.height()
                        s.text_at(line, font, TEXT, x + gap, baseline, record=whole)
        s.p.restore()
        if self.scrolling:
            self._fade(s, body, gap)

    def _offset(self, column: int, elapsed: float, height: float) -> float:
        """How far a column has scrolled: from its anchor (elapsed second, offset) on by the seconds since."""
        at, start = self._anchors[column]
        return (start + (elapsed - at) * SCROLL_SPEED * height) % max(1.0, self._column_heights[column])

    def _lay_out_cards(self, s: Surface, result: QuestionResult, body: QRectF, font: QFont, gap: float, elapsed: float) -> None:
        """Cards in two columns on a wide screen (one on 4:3), each answer to the shorter column,
        so an answer coming in adds a card at the end and moves no other. When the answers
        change, each column goes on from the offset it had scrolled to, without a jump."""
        key = (result.question.id, result.answers, round(body.width()), round(body.height()), font.pixelSize())
        if key == self._cards_key:
            if len(self._anchors) != len(self._columns):
                self._anchors = [(elapsed, 0.0) for _ in self._columns]
            return
        columns = 2 if s.w / s.h >= 1.5 else 1
        reached = [self._offset(k, elapsed, s.h) for k in range(columns)] if len(self._anchors) == columns else [0.0] * columns
        self._cards_key = key
        width = (body.width() - gap * (columns - 1)) / columns
        line_h = QFontMetricsF(font).height()
        self._columns = [[] for _ in range(columns)]
        self._column_heights = [0.0] * columns
        for answer in result.answers:
            lines = tuple(s.wrap(answer, font, width - 2 * gap, CARD_LINES))
            height = len(lines) * line_h + gap * 1.4
            k = min(range(columns), key=lambda c: self._column_heights[c])
            self._columns[k].append(_Card(self._column_heights[k], height, lines))
            self._column_heights[k] += height + gap
        self._anchors = [(elapsed, offset % max(1.0, self._column_heights[k])) for k, offset in enumerate(reached)]

    def _fade(self, s: Surface, body: QRectF, gap: float) -> None:
        """Cards fade in at the bottom and out at the top, rather than being cut by a hard edge."""
        edge = gap * 1.6
        clear = QColor(BACKGROUND)
        clear.setAlpha(0)
        for y0, y1 in ((body.top(), body.top() + edge), (body.bottom(), body.bottom() - edge)):
            gradient = QLinearGradient(0, y0, 0, y1)
            gradient.setColorAt(0, BACKGROUND)
            gradient.setColorAt(1, clear)
            s.p.fillRect(QRectF(body.left() - 1, min(y0, y1), body.width() + 2, edge), gradient)

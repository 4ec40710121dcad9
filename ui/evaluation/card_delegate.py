"""How a card is drawn: a white card with its text wrapped over a few lines, where it came from,
the categories it is filed in, and a star for a quote, painted by a delegate so 380 cards cost a
list view, not 380 widgets. The text is drawn as plain text (``<b>&</b>`` shows as typed).

A click on the star asks for the quote to be toggled (``quote_clicked``); the delegate only
draws and reports, the board does the edit.
"""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from app.evaluation.coding import Card
from ui.evaluation.card_model import CARD_ID_ROLE, CARD_ROLE, FILED_ROLE
from ui.shell.card_board import CHIP_BACKGROUND, CHIP_TEXT, card_width, paint_card_box
from ui.shell.style import quiet_color

ModelIndex = QModelIndex | QPersistentModelIndex

MARGIN = 4  # around a card, between cards
PADDING = 8  # inside a card
STAR = 22  # the star's square
STAR_COLOR = QColor("#c98a00")


def star_rect(card: QRect) -> QRect:
    """Where the star sits on a card drawn in ``card`` (the item's rect)."""
    inner = card.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    return QRect(inner.right() - STAR - PADDING // 2, inner.top() + PADDING // 2, STAR, STAR)


class CardDelegate(QStyledItemDelegate):
    """A card: text (at most ``max_lines`` lines), its origin and its categories when asked."""

    #: The star of this card (its id) was clicked.
    quote_clicked = Signal(int)

    def __init__(self, *, max_lines: int, details: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._max_lines = max_lines
        self._details = details  # origin and categories under the text
        self._lines: dict[tuple[str, int, str], list[str]] = {}

    # -- text layout (cached: sizeHint is asked for every card whenever the list lays out) ----
    def _wrapped(self, text: str, font: QFont, width: int) -> list[str]:
        key = (text, width, font.key())
        lines = self._lines.get(key)
        if lines is None:
            if len(self._lines) > 5000:
                self._lines.clear()
            lines = wrap(text, font, width, self._max_lines)
            self._lines[key] = lines
        return lines

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        return max(60, self._card_width(option) - 2 * PADDING - STAR - 4)

    @staticmethod
    def _card_width(option: QStyleOptionViewItem) -> int:
        return card_width(option, margin=MARGIN, minimum=120)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            return super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        lines = len(self._wrapped(card.text, option.font, self._text_width(option)))
        height = 2 * MARGIN + 2 * PADDING + max(lines * metrics.lineSpacing(), STAR - PADDING // 2)
        if self._details:
            height += 4 + QFontMetrics(small_font(option.font)).height() + 2
        return QSize(self._card_width(option) + 2 * MARGIN, height)

    # -- painting -----------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            super().paint(painter, option, index)
            return
        palette = QApplication.palette()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = paint_card_box(painter, option, margin=MARGIN, tint=0.15)

        text_color = palette.color(QPalette.ColorRole.Text)
        quiet = quiet_color(palette)
        inner = box.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        metrics = QFontMetrics(option.font)
        painter.setFont(option.font)
        painter.setPen(text_color)
        y = inner.top()
        for line in self._wrapped(card.text, option.font, self._text_width(option)):
            painter.drawText(QRect(inner.left(), y, self._text_width(option), metrics.lineSpacing()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += metrics.lineSpacing()

        star = star_rect(option.rect)
        star_font = QFont(option.font)
        star_font.setPixelSize(STAR - 4)
        painter.setFont(star_font)
        painter.setPen(STAR_COLOR if card.quote else quiet)
        painter.drawText(star, Qt.AlignmentFlag.AlignCenter, "★" if card.quote else "☆")

        if self._details:
            self._paint_details(painter, option, card, index.data(FILED_ROLE) or [], inner, quiet)
        painter.restore()

    def _paint_details(
        self, painter: QPainter, option: QStyleOptionViewItem, card: Card, filed: list[tuple[int, str]], inner: QRect, quiet: QColor
    ) -> None:
        """The last line: where the card came from on the left, its categories as chips on the right."""
        small = small_font(option.font)
        metrics = QFontMetrics(small)
        height = metrics.height()
        top = inner.bottom() - height + 1
        painter.setFont(small)
        right = inner.right()
        for number, name in reversed(filed):
            label = metrics.elidedText(f"{number} {name}", Qt.TextElideMode.ElideRight, 150)
            width = metrics.horizontalAdvance(label) + 12
            if right - width < inner.left() + inner.width() // 3:
                break
            chip = QRect(right - width + 1, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CHIP_BACKGROUND)
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(CHIP_TEXT)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
            right = chip.left() - 5
        painter.setPen(quiet)
        origin = metrics.elidedText(card.origin, Qt.TextElideMode.ElideRight, max(10, right - inner.left() - 6))
        painter.drawText(QRect(inner.left(), top, right - inner.left(), height), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, origin)

    # -- the star -----------------------------------------------------------------------------
    def editorEvent(self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: ModelIndex) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and star_rect(option.rect).adjusted(-4, -4, 4, 4).contains(event.position().toPoint())
            and isinstance(index.data(CARD_ID_ROLE), int)
        ):
            self.quote_clicked.emit(index.data(CARD_ID_ROLE))
            return True
        return super().editorEvent(event, model, option, index)


def small_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.86)
    return small


def wrap(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` pixels; past ``max_lines`` the last line
    ends in an ellipsis. Line breaks in the text are kept."""
    metrics = QFontMetrics(font)
    layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    source = layout.text()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, 0))
        piece = source[line.textStart(): line.textStart() + line.textLength()]
        if len(lines) == max_lines - 1:
            rest = source[line.textStart():].replace("\u2028", " ").strip()
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(piece.replace("\u2028", "").rstrip())
    layout.endLayout()
    return lines or [""]

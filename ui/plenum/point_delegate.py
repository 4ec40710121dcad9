"""How a key point is drawn on the board: a white card with the table's number in a chip on
the left ("Bord 7") and the point wrapped beside it, painted by a delegate so 51 cards cost a
list view, not 51 widgets. The text is drawn as plain text (``<b>&</b>`` shows as typed).
"""
from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from app.plenum.themes import KeyPoint
from ui.plenum.point_model import POINT_ROLE
from ui.shell.card_board import CHIP_BACKGROUND, CHIP_TEXT, card_width, paint_card_box

ModelIndex = QModelIndex | QPersistentModelIndex

MARGIN = 3  # around a card, between cards
PADDING = 7  # inside a card
GAP = 8  # between the chip and the text
_WRAP = Qt.TextFlag.TextWordWrap


def group_label(group: int) -> str:
    return QCoreApplication.translate("PlenumBoard", "Bord {number}").format(number=group)


class PointDelegate(QStyledItemDelegate):
    """A card: the table's chip and the whole key point (at most 200 characters) wrapped."""

    @staticmethod
    def _chip_font(font: QFont) -> QFont:
        chip = QFont(font)
        chip.setPointSizeF(font.pointSizeF() * 0.9)
        chip.setBold(True)
        return chip

    def _chip_width(self, font: QFont) -> int:
        return QFontMetrics(self._chip_font(font)).horizontalAdvance(group_label(88)) + 12

    @staticmethod
    def _card_width(option: QStyleOptionViewItem) -> int:
        return card_width(option, margin=MARGIN, minimum=140)

    def _text_rect(self, box: QRect, font: QFont) -> QRect:
        inner = box.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        return inner.adjusted(self._chip_width(font) + GAP, 0, 0, 0)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        point = index.data(POINT_ROLE)
        if not isinstance(point, KeyPoint):
            return super().sizeHint(option, index)
        width = self._card_width(option)
        text = self._text_rect(QRect(0, 0, width, 10_000), option.font)
        needed = QFontMetrics(option.font).boundingRect(text, int(_WRAP), point.text).height()
        chip = QFontMetrics(self._chip_font(option.font)).height() + 4
        return QSize(width + 2 * MARGIN, 2 * MARGIN + 2 * PADDING + max(needed, chip))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        point = index.data(POINT_ROLE)
        if not isinstance(point, KeyPoint):
            super().paint(painter, option, index)
            return
        palette = QApplication.palette()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = paint_card_box(painter, option, margin=MARGIN, tint=0.2)

        inner = box.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        chip_font = self._chip_font(option.font)
        chip = QRect(inner.left(), inner.top(), self._chip_width(option.font), QFontMetrics(chip_font).height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(CHIP_BACKGROUND)
        painter.drawRoundedRect(chip, 4, 4)
        painter.setFont(chip_font)
        painter.setPen(CHIP_TEXT)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, group_label(point.group))

        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(self._text_rect(box, option.font), int(_WRAP | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), point.text)
        painter.restore()

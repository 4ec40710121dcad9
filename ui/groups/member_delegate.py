"""How one member of a table is drawn: two lines per person (speaking number, name and role tag;
municipality, ordstyrer and referent badges, and a padlock), painted by a delegate so a card of
eight people stays compact and the padlock needs no icon theme. The card only lays the rows out;
what a row shows comes from ``GroupTableModel``'s roles.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.common.roles import KULTURSKOLEEIER, KULTURSKOLELEDER, RESSURSLAERER, VEILEDER
from ui.groups.group_model import (
    MEMBER_ROLE,
    ORDSTYRER_ROLE,
    REFERENT_ROLE,
    ROLE_TAG_ROLE,
    SPEAKING_NUMBER_ROLE,
)
from ui.shell.style import quiet_color

#: Role tags: (background, text).
ROLE_COLORS: dict[str, tuple[str, str]] = {
    KULTURSKOLEEIER: ("#dde9f7", "#1d4775"),
    KULTURSKOLELEDER: ("#dcefdf", "#21582c"),
    RESSURSLAERER: ("#f7e8d2", "#6e4209"),
    VEILEDER: ("#ebe2f4", "#55337a"),
}
OTHER_ROLE_COLORS = ("#e9e9e9", "#404040")
#: The width a row asks for: the inside of the narrowest card (``card_grid.CARD_MIN_WIDTH``).
ROW_MIN_WIDTH = 220


def lock_pixmap(locked: bool, color: QColor, size: int = 14) -> QPixmap:
    """A small padlock, closed or open, drawn so it needs no icon theme."""
    ratio = QApplication.instance().devicePixelRatio() if QApplication.instance() else 1.0  # type: ignore[attr-defined]
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, max(1.4, size / 9))
    painter.setPen(pen)
    body = QRectF(size * 0.18, size * 0.46, size * 0.64, size * 0.48)
    shackle = QPainterPath()
    left, right = size * 0.32, size * 0.68
    top = size * 0.08
    shackle.moveTo(left, body.top())
    shackle.lineTo(left, size * 0.3)
    shackle.arcTo(QRectF(left, top, right - left, (right - left)), 180, -180)
    if locked:
        shackle.lineTo(right, body.top())
    else:
        shackle.lineTo(right, size * 0.22)
    painter.drawPath(shackle)
    painter.setBrush(color)
    painter.drawRoundedRect(body, 1.5, 1.5)
    painter.end()
    return pixmap


class MemberDelegate(QStyledItemDelegate):
    """A member on two lines: speaking number, name and role tag; municipality, O/R and lock."""

    PADDING = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(ROW_MIN_WIDTH, metrics.height() * 2 + self.PADDING * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        member = index.data(MEMBER_ROLE)
        if member is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = text_color if selected else quiet_color(palette)
        if not member.present:
            text_color = quiet

        painter.save()
        rect = option.rect.adjusted(6, self.PADDING, -6, -self.PADDING)
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.86)
        small_metrics = QFontMetrics(small)

        # speaking number
        number_width = metrics.horizontalAdvance("00")
        painter.setFont(small)
        painter.setPen(quiet)
        painter.drawText(
            QRect(rect.left(), rect.top(), number_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(index.data(SPEAKING_NUMBER_ROLE) or ""),
        )
        left = rect.left() + number_width + 8

        # role tag, right on the first line
        tag = str(index.data(ROLE_TAG_ROLE) or "")
        tag_left = rect.right()
        if tag:
            background, foreground = ROLE_COLORS.get(member.role, OTHER_ROLE_COLORS)
            tag = small_metrics.elidedText(tag, Qt.TextElideMode.ElideRight, 90)
            tag_width = small_metrics.horizontalAdvance(tag) + 10
            tag_rect = QRect(rect.right() - tag_width + 1, rect.top() + 1, tag_width, line - 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(tag_rect, 4, 4)
            painter.setPen(QColor(foreground))
            painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)
            tag_left = tag_rect.left() - 6

        # name
        name_font = QFont(font)
        name_font.setStrikeOut(not member.present)
        painter.setFont(name_font)
        painter.setPen(text_color)
        name_rect = QRect(left, rect.top(), max(10, tag_left - left), line)
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(name_font).elidedText(member.name, Qt.TextElideMode.ElideRight, name_rect.width()),
        )

        # second line, right: lock, referent, ordstyrer
        second_top = rect.top() + line
        x = rect.right()
        if member.locked:
            pixmap = lock_pixmap(True, quiet if not selected else text_color, 13)
            x -= 13
            painter.drawPixmap(QPoint(x, second_top + (line - 13) // 2), pixmap)
            x -= 6
        for is_it, letter in ((index.data(REFERENT_ROLE), "R"), (index.data(ORDSTYRER_ROLE), "O")):
            if not is_it:
                continue
            badge = QRect(x - line + 2, second_top + 1, line - 2, line - 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.HighlightedText) if selected else QColor("#2f5f8f"))
            painter.drawEllipse(badge)
            bold = QFont(small)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight) if selected else QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, letter)
            x = badge.left() - 4

        # second line: municipality (and kommunegruppe when it differs)
        painter.setFont(small)
        painter.setPen(quiet)
        where = member.municipality
        if member.kommunegruppe and member.kommunegruppe.casefold() != member.municipality.casefold():
            where = f"{member.municipality} ({member.kommunegruppe})"
        where_rect = QRect(left, second_top, max(10, x - 4 - left), line)
        painter.drawText(
            where_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(where, Qt.TextElideMode.ElideRight, where_rect.width()),
        )
        painter.restore()


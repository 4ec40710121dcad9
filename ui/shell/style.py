"""Small shared touches of look: quieter secondary text that stays readable."""
from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget


def quiet_color(palette: QPalette) -> QColor:
    """Secondary text: between the text and the background, dark enough to read (not disabled-pale)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    mix = 0.38
    return QColor(
        round(text.red() + (window.red() - text.red()) * mix),
        round(text.green() + (window.green() - text.green()) * mix),
        round(text.blue() + (window.blue() - text.blue()) * mix),
    )


def make_quiet(widget: QWidget) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, quiet_color(palette))
    widget.setPalette(palette)


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font made ``factor`` times as large (headings, big numbers), bold if asked."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font

"""QR codes on screen: the core's module matrix drawn pixel-exact into a QImage, and a widget
that shows one at whatever size it is given, always on a white square with its quiet zone."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.referent.qr import QUIET_ZONE, QrMatrix, qr_matrix

DARK = QColor("#000000")
LIGHT = QColor("#ffffff")


def qr_image(matrix: QrMatrix, *, module_px: int) -> QImage:
    """``matrix`` with its quiet zone, each module ``module_px`` pixels square (no smoothing)."""
    side = matrix.size_with_quiet_zone * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(LIGHT)
    painter = QPainter(image)
    paint_modules(painter, matrix, QRect(0, 0, side, side))
    painter.end()
    return image


def paint_modules(painter: QPainter, matrix: QrMatrix, square: QRect, *, whole_pixels: bool = True) -> float:
    """Paint ``matrix`` into ``square`` (quiet zone included), centred; returns the module size.

    With ``whole_pixels`` every module is the same whole number of pixels (crisp, but up to a
    module smaller than the square); without, the code fills the square and module edges are
    rounded to pixels (a module is n or n + 1 pixels, which readers take in their stride).
    Returns 0 if the square is too small to draw the code readably.
    """
    count = matrix.size_with_quiet_zone
    available = min(square.width(), square.height())
    module: float = available // count if whole_pixels else available / count
    if module < 1:
        return 0
    side = round(module * count)
    left = square.left() + (square.width() - side) // 2
    top = square.top() + (square.height() - side) // 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRect(left, top, side, side), LIGHT)

    def edge(origin: int, k: int) -> int:
        return origin + round((QUIET_ZONE + k) * module)

    for row, column, length in matrix.runs():
        x0, x1 = edge(left, column), edge(left, column + length)
        y0, y1 = edge(top, row), edge(top, row + 1)
        painter.fillRect(QRect(x0, y0, x1 - x0, y1 - y0), DARK)
    painter.restore()
    return module


class QrWidget(QWidget):
    """Shows the QR code of a text (a link, the Wi-Fi) as big as the widget allows."""

    def __init__(self, data: str = "", parent: QWidget | None = None, *, minimum: int = 120) -> None:
        super().__init__(parent)
        self._matrix: QrMatrix | None = None
        self._minimum = minimum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.set_data(data)

    @property
    def data(self) -> str:
        return self._matrix.data if self._matrix is not None else ""

    @property
    def matrix(self) -> QrMatrix | None:
        return self._matrix

    def set_data(self, data: str) -> None:
        if data == self.data:
            return
        self._matrix = qr_matrix(data) if data else None
        self.setToolTip(data)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._minimum, self._minimum)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._minimum, self._minimum)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._matrix is None:
            return
        painter = QPainter(self)
        paint_modules(painter, self._matrix, self.rect())
        painter.end()


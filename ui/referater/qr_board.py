"""The QR codes on the projector: the referents' (every table's code in a grid with big table
numbers, or one table per page) or the participants' one code for the arrival, each with the
venue's Wi-Fi code, so a phone joins the network and then opens its page.

Painted by hand (no child widgets) so every size is a share of the screen: white codes on
near-black, no text under 4 % of the screen height, as read from across a hotel hall. Keys:
→ / Space / Page Down next page, ← / Page Up previous, G grid or pages, Esc closes.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QScreen,
)
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.referent.qr import QrMatrix, WifiInfo, qr_matrix
from app.referent.summaries import group_blocks, plan_for
from ui.referater.qr_image import paint_modules
from ui.referater.referent_service import ReferentService
from ui.projector.screens import choose_screen, current_screens, qscreen_for

BACKGROUND = QColor("#111315")
TEXT = QColor("#ffffff")
QUIET_TEXT = QColor("#c9ccd1")
#: No text smaller than this share of the screen height.
MIN_TEXT = 0.04


@dataclass(frozen=True)
class QrTile:
    """One code on the board: a group's link, or the Wi-Fi."""

    number: str
    label: str
    matrix: QrMatrix
    wifi: bool = False


def tiles_for(service: ReferentService, block_id: int) -> list[QrTile]:
    """The groups of ``block_id`` with their links on the running server, in table order."""
    if not service.session.is_open or service.url is None:
        return []
    db = service.session.db
    block = next((b for b in group_blocks(db) if b.id == block_id), None)
    plan = plan_for(db, block) if block is not None else None
    if plan is None:
        return []
    tiles = []
    for table in sorted(plan.tables, key=lambda t: t.number):
        url = service.link_url(block_id, table.id)
        if url:
            label = table.label if block is not None and block.kvadrant == 4 else ""
            tiles.append(QrTile(str(table.number), label, qr_matrix(url)))
    return tiles


def wifi_tile(wifi: WifiInfo) -> QrTile | None:
    payload = wifi.payload
    return QrTile("Wi-Fi", wifi.ssid, qr_matrix(payload), wifi=True) if payload else None


@dataclass(frozen=True)
class GridLayout:
    columns: int
    rows: int
    cell_width: float
    cell_height: float
    qr_side: int


def grid_layout(count: int, width: float, height: float, label_height: float) -> GridLayout:
    """The columns that give the biggest codes for ``count`` tiles in ``width`` × ``height``."""
    best: GridLayout | None = None
    for columns in range(1, max(1, count) + 1):
        rows = math.ceil(max(1, count) / columns)
        cell_w, cell_h = width / columns, height / rows
        side = int(min(cell_w * 0.9, cell_h - label_height - cell_h * 0.04))
        if best is None or side > best.qr_side:
            best = GridLayout(columns, rows, cell_w, cell_h, side)
    assert best is not None
    return best


class QrBoard(QWidget):
    """The codes, painted: a grid of all, or one per page."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: list[QrTile] = []
        self.wifi: QrTile | None = None
        self.wifi_password = ""
        self.title = ""
        self.empty_text = ""
        self.grid = True
        self.page = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(False)
        self.setMinimumSize(320, 240)

    # -- content ---------------------------------------------------------------------------------
    def set_content(self, *, tiles: list[QrTile], wifi: WifiInfo | None, title: str) -> None:
        self.tiles = list(tiles)
        self.wifi = wifi_tile(wifi) if wifi is not None else None
        self.wifi_password = wifi.password if wifi is not None else ""
        self.title = title
        self.page = min(self.page, max(0, len(self.tiles) - 1))
        self.update()

    def set_grid(self, grid: bool) -> None:
        self.grid = grid
        self.update()

    def next_page(self) -> None:
        if self.tiles:
            self.page = (self.page + 1) % len(self.tiles)
            self.update()

    def previous_page(self) -> None:
        if self.tiles:
            self.page = (self.page - 1) % len(self.tiles)
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            if self.grid:
                self.set_grid(False)
            else:
                self.next_page()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            if not self.grid:
                self.previous_page()
        elif key == Qt.Key.Key_G:
            self.set_grid(not self.grid)
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Q):
            self.close_requested.emit()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.grid:
            return
        if event.position().x() < self.width() / 3:
            self.previous_page()
        else:
            self.next_page()

    # -- painting --------------------------------------------------------------------------------
    def _font(self, pixels: float, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, round(pixels)))
        font.setBold(bold)
        return font

    def _text(
        self,
        painter: QPainter,
        rect: QRectF,
        text: str,
        pixels: float,
        *,
        bold: bool = False,
        color: QColor = TEXT,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
    ) -> None:
        """``text`` on one line in ``rect``: shrunk to fit, never below the smallest size, then elided."""
        smallest = self.height() * MIN_TEXT
        size = pixels
        font = self._font(size, bold=bold)
        while QFontMetrics(font).horizontalAdvance(text) > rect.width() and size > smallest:
            size = max(smallest, size * 0.92)
            font = self._font(size, bold=bold)
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)

    def _qr(self, painter: QPainter, matrix: QrMatrix, centre_x: float, top: float, side: int) -> QRect:
        """A code on its white tile (rounded, a little bigger than the code with its quiet zone)."""
        # The code fills its square (modules a pixel apart in size where they must be): on a
        # projector the size counts more than crisp pixels.
        rect = QRect(round(centre_x - side / 2), round(top), side, side)
        pad = round(side / matrix.size_with_quiet_zone)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("white"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.drawRoundedRect(QRectF(rect.adjusted(-pad, -pad, pad, pad)), pad * 2, pad * 2)
        paint_modules(painter, matrix, rect, whole_pixels=False)
        return rect

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if not self.tiles:
            self._text(painter, QRectF(self.rect()), self.empty_text, self.height() * 0.06)
        elif self.grid:
            self._paint_grid(painter)
        else:
            self._paint_page(painter)
        painter.end()

    def _fits(self, text: str, pixels: float, width: float, *, bold: bool) -> bool:
        return QFontMetrics(self._font(pixels, bold=bold)).horizontalAdvance(text) <= width

    def _wrapped(
        self, painter: QPainter, rect: QRectF, text: str, pixels: float, *, bold: bool = False, color: QColor = TEXT
    ) -> float:
        """``text`` wrapped at spaces in ``rect`` (top left), shrunk to fit but never below the
        smallest size; returns the height it took."""
        smallest = self.height() * MIN_TEXT
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        size = pixels
        while True:
            font = self._font(size, bold=bold)
            needed = QFontMetrics(font).boundingRect(rect.toAlignedRect(), flags, text)
            if (needed.height() <= rect.height() and needed.width() <= rect.width()) or size <= smallest:
                break
            size = max(smallest, size * 0.92)
        painter.setFont(font)
        painter.setPen(color)
        painter.save()
        painter.setClipRect(rect)
        painter.drawText(rect, flags, text)
        painter.restore()
        return min(rect.height(), needed.height())

    def _wifi_line(self) -> str:
        if self.wifi is None:
            return ""
        if self.wifi_password:
            return self.tr("Wi-Fi: {name} · Passord: {password}").format(name=self.wifi.label, password=self.wifi_password)
        return self.tr("Wi-Fi: {name} (åpent nett)").format(name=self.wifi.label)

    def _paint_grid(self, painter: QPainter) -> None:
        w, h = self.width(), self.height()
        margin = h * 0.03
        title_h = h * 0.075
        self._text(painter, QRectF(margin, margin * 0.5, w - 2 * margin, title_h), self.title, h * 0.05, bold=True)
        footer_h = h * 0.06 if self.wifi else 0.0
        if self.wifi:
            footer = QRectF(margin, h - margin * 0.5 - footer_h, w - 2 * margin, footer_h)
            self._text(painter, footer, self._wifi_line(), h * 0.045, color=QUIET_TEXT)
        tiles = ([self.wifi] if self.wifi else []) + self.tiles
        label_h = h * 0.05
        top = margin * 0.5 + title_h + margin * 0.3
        area_w, area_h = w - 2 * margin, h - top - footer_h - margin * 0.6
        layout = grid_layout(len(tiles), area_w, area_h, label_h)
        # "20 · Sunnfjord" where every such label fits; else numbers only, the same on every tile
        # (a cut "Kong…" could be Kongsberg or Kongsvinger; the number is on the table card too).
        room = layout.cell_width * 0.94
        names = all(self._fits(f"{t.number} · {t.label}", h * MIN_TEXT, room, bold=True) for t in self.tiles if t.label)
        for k, tile in enumerate(tiles):
            column, row = k % layout.columns, k // layout.columns
            x = margin + column * layout.cell_width
            y = top + row * layout.cell_height
            label_rect = QRectF(x + layout.cell_width * 0.03, y, layout.cell_width * 0.94, label_h)
            self._text(painter, label_rect, self._tile_label(tile, names), label_h * 0.92, bold=True)
            self._qr(painter, tile.matrix, x + layout.cell_width / 2, y + label_h + layout.cell_height * 0.015, layout.qr_side)

    def _tile_label(self, tile: QrTile, names: bool) -> str:
        if tile.wifi:
            return "Wi-Fi"
        return f"{tile.number} · {tile.label}" if tile.label and names else tile.number

    def _paint_page(self, painter: QPainter) -> None:
        w, h = self.width(), self.height()
        tile = self.tiles[self.page]
        margin = h * 0.05
        footer_h = h * 0.065 if self.wifi else 0.0
        if self.wifi:
            footer = QRectF(margin, h - margin * 0.4 - footer_h, w - 2 * margin, footer_h)
            self._text(painter, footer, self._wifi_line(), h * 0.045, color=QUIET_TEXT)
        body_h = h - footer_h - margin * 0.4
        side = int(min(body_h - 2 * margin, w * 0.5))
        qr_rect = self._qr(painter, tile.matrix, margin + side / 2, (body_h - side) / 2, side)
        right = qr_rect.right() + margin * 1.2
        column = QRectF(right, margin, w - right - margin * 0.6, body_h - 2 * margin)
        align = Qt.AlignmentFlag.AlignLeft
        counter = f"{self.page + 1} / {len(self.tiles)}"
        counter_w = QFontMetrics(self._font(h * MIN_TEXT)).horizontalAdvance(counter) + margin * 0.3
        self._text(
            painter,
            QRectF(w - margin * 0.4 - counter_w, margin * 0.15, counter_w, h * 0.05),
            counter,
            h * MIN_TEXT,
            color=QUIET_TEXT,
            align=Qt.AlignmentFlag.AlignRight,
        )
        y = column.top()
        title = QRectF(column.left(), y, column.width() - counter_w * 0.6, h * 0.17)  # up to three lines
        y += self._wrapped(painter, title, self.title, h * 0.045, color=QUIET_TEXT) + h * 0.01
        self._text(painter, QRectF(column.left(), y, column.width(), h * 0.3), tile.number, h * 0.3, bold=True, align=align)
        y += h * 0.3
        if tile.label:
            self._text(painter, QRectF(column.left(), y, column.width(), h * 0.09), tile.label, h * 0.075, bold=True, align=align)
        if self.wifi is not None:
            wifi_side = int(min(h * 0.22, column.width() * 0.5))
            self._qr(painter, self.wifi.matrix, column.right() - wifi_side / 2, column.bottom() - wifi_side, wifi_side)


def hall_tile(service: ReferentService) -> QrTile | None:
    """The participants' one code (find your table, check in, the programme), while the server runs."""
    url = service.participant_url() if service.session.is_open else None
    return QrTile(QCoreApplication.translate("QrBoardWindow", "Finn bordet ditt"), "", qr_matrix(url)) if url else None


class QrBoardWindow(QWidget):
    """The board in its own window, for the projector; follows the links and the server.
    With ``block_id`` None it shows the participants' one code, big, for the arrival."""

    def __init__(self, service: ReferentService, *, block_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self._service = service
        self._block_id = block_id
        self.board = QrBoard()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.board)
        self.setWindowTitle(self.tr("QR-koder for referentene") if block_id is not None else self.tr("QR-kode for deltakerne"))
        self.board.set_grid(block_id is not None)
        self.board.close_requested.connect(self.close)
        service.links_changed.connect(self.reload)
        service.running_changed.connect(self.reload)
        self.reload()

    def reload(self, *_args: object) -> None:
        session = self._service.session
        wifi = self._service.wifi() if session.is_open else None
        self.board.empty_text = self.tr("Serveren er stoppet. Start den under Referater for å vise QR-kodene.")
        if self._block_id is None:
            hall = hall_tile(self._service)
            title = self.tr("Skann koden: finn bordet ditt, sjekk inn og se dagens program")
            self.board.set_content(tiles=[hall] if hall else [], wifi=wifi, title=title)
            return
        tiles = tiles_for(self._service, self._block_id) if session.is_open else []
        self.board.set_content(
            tiles=tiles, wifi=wifi, title=self.tr("Skann koden ved bordet ditt for å skrive referatet")
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self._service.links_changed.disconnect(self.reload)
            self._service.running_changed.disconnect(self.reload)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)


def projector_screen(preferred: str = "") -> QScreen | None:
    """The projector's screen as the projector window chooses it (``ui.projector.screens``): the one chosen
    in the settings, else the first that is not the primary; None with only one screen."""
    return qscreen_for(choose_screen(current_screens(), preferred))


def show_on_projector(window: QWidget, *, preferred: str = "") -> None:
    """Full screen, frameless and on top on the projector; a normal window with one screen."""
    screen = projector_screen(preferred)
    if screen is None:
        window.resize(1280, 720)
        window.show()
    else:
        window.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        window.setScreen(screen)
        window.setGeometry(screen.geometry())  # on X11 the window manager goes by where it is
        window.showFullScreen()
    window.raise_()
    window.activateWindow()
    board = getattr(window, "board", None)
    if isinstance(board, QWidget):
        board.setFocus()

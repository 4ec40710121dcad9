"""QR codes on screen: pixel-exact images with their quiet zone, the widget, and the projector board
(grid and pages) at 1920×1080 and 1024×768, saved to screenshots/qr-*.png for a person to look at."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QApplication

from app.referent.qr import QUIET_ZONE, WifiInfo, qr_matrix
from app.referent.links import base_url, ensure_links
from app.referent.summaries import block_for_kvadrant
from ui.shell.conference_session import ConferenceSession
from ui.referater.qr_board import (
    MIN_TEXT,
    QrBoard,
    QrTile,
    grid_layout,
    projector_screen,
    wifi_tile,
)
from ui.referater.qr_image import QrWidget, qr_image

ROOT = Path(__file__).resolve().parents[3]
SHOTS = ROOT / "screenshots"
LINK = "http://192.168.10.23:8765/r/" + "Abc-_1" * 7 + "x"


def is_dark(image: QImage, x: int, y: int) -> bool:
    return QColor(image.pixel(x, y)).lightness() < 128


@pytest.mark.parametrize("module_px", [1, 4, 7])
def test_the_image_is_the_matrix_with_its_quiet_zone(qapp, module_px: int) -> None:  # type: ignore[no-untyped-def]
    matrix = qr_matrix(LINK)
    image = qr_image(matrix, module_px=module_px)
    side = (37 + 2 * QUIET_ZONE) * module_px
    assert (image.width(), image.height()) == (side, side)
    quiet = QUIET_ZONE * module_px
    for k in range(side):  # the quiet zone is light all round
        for x, y in ((k, 0), (k, quiet - 1), (0, k), (quiet - 1, k), (k, side - 1), (side - quiet, k)):
            assert not is_dark(image, x, y)
    for r in range(matrix.size):  # every module where it belongs, to the pixel
        for c in range(matrix.size):
            x0, y0 = quiet + c * module_px, quiet + r * module_px
            corners = {is_dark(image, x0, y0), is_dark(image, x0 + module_px - 1, y0 + module_px - 1)}
            assert corners == {matrix.dark(r, c)}, (r, c)


def test_the_widget_draws_whole_pixel_modules_centred(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QrWidget(LINK)
    qtbot.addWidget(widget)
    widget.resize(200, 260)
    image = widget.grab().toImage()
    module = 200 // 45
    side = module * 45
    left, top = (200 - side) // 2, (260 - side) // 2
    assert not is_dark(image, left + 1, top + 1)  # quiet zone
    assert is_dark(image, left + QUIET_ZONE * module, top + QUIET_ZONE * module)  # the finder's corner
    assert widget.matrix is not None and widget.matrix.size == 37 and widget.toolTip() == LINK
    widget.set_data("")
    assert widget.matrix is None


def test_the_grid_gives_the_biggest_codes() -> None:
    layout = grid_layout(19, 1862, 930, 70)
    assert (layout.columns, layout.rows) == (7, 3)
    assert layout.qr_side >= 225  # ≥ 5 px per module for a referent link
    assert grid_layout(1, 1000, 800, 50).columns == 1
    assert grid_layout(0, 1000, 800, 50).qr_side > 0


def test_no_projector_screen_offscreen(qapp) -> None:  # type: ignore[no-untyped-def]
    assert projector_screen() is None  # one screen: the board opens as a normal window


class RecordingBoard(QrBoard):
    """Notes every text size the board paints with."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[int] = []

    def _font(self, pixels: float, *, bold: bool = False) -> QFont:
        font = super()._font(pixels, bold=bold)
        self.sizes.append(font.pixelSize())
        return font


def tiles(session: ConferenceSession, kvadrant: int) -> list[QrTile]:
    block = block_for_kvadrant(session.db, kvadrant)
    plan = session.plan(kvadrant)
    assert block is not None and plan is not None
    labels = {t.id: t.label for t in plan.tables}
    base = base_url("192.168.10.23", 8765)
    return [
        QrTile(str(link.group), labels[link.group_id] if kvadrant == 4 else "", qr_matrix(link.url(base)))
        for link in ensure_links(session.db)
        if link.block_id == block.id
    ]


WIFI = WifiInfo("Scandic Gardermoen Gjest", "kultur;skole:2020")


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1024, 768)])
@pytest.mark.parametrize("kvadrant", [1, 4])
def test_the_board_on_the_projector(qtbot, session: ConferenceSession, width: int, height: int, kvadrant: int) -> None:  # type: ignore[no-untyped-def]
    session.make_plan(kvadrant=kvadrant, size=6 if kvadrant == 1 else None, seed=7)
    board = RecordingBoard()
    qtbot.addWidget(board)
    board.resize(width, height)
    board.set_content(tiles=tiles(session, kvadrant), wifi=WIFI, title="Skann koden ved bordet ditt for å skrive referatet")
    SHOTS.mkdir(exist_ok=True)
    grid = board.grab()
    assert min(board.sizes) >= round(height * MIN_TEXT)  # nothing under 4 % of the screen height
    assert grid.save(str(SHOTS / f"qr-grid-k{kvadrant}-{width}x{height}.png"))
    board.sizes.clear()
    qtbot.keyClick(board, Qt.Key.Key_G)
    assert not board.grid
    qtbot.keyClick(board, Qt.Key.Key_Right)
    assert board.page == 1
    page = board.grab()
    assert min(board.sizes) >= round(height * MIN_TEXT)
    assert page.save(str(SHOTS / f"qr-page-k{kvadrant}-{width}x{height}.png"))
    qtbot.keyClick(board, Qt.Key.Key_Left)
    qtbot.keyClick(board, Qt.Key.Key_Left)
    assert board.page == len(board.tiles) - 1  # round the end
    with qtbot.waitSignal(board.close_requested):
        qtbot.keyClick(board, Qt.Key.Key_Escape)


def test_the_wifi_tile_carries_the_escaped_payload() -> None:
    tile = wifi_tile(WIFI)
    assert tile is not None and tile.wifi and tile.label == "Scandic Gardermoen Gjest"
    assert tile.matrix.data == r"WIFI:T:WPA;S:Scandic Gardermoen Gjest;P:kultur\;skole\:2020;;"
    assert wifi_tile(WifiInfo("", "")) is None


def test_the_board_paints_the_codes_readably(qtbot) -> None:  # type: ignore[no-untyped-def]
    board = QrBoard()
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.set_content(tiles=[QrTile("7", "", qr_matrix(LINK))], wifi=None, title="Skann")
    board.set_grid(False)
    image = board.grab().toImage()
    # one page: the code fills most of the height, white modules and black modules both present
    side = int(min(1080 - 2 * 54, 1920 * 0.5)) // 45 * 45
    left, top = int(54 + (min(1080 - 2 * 54, 960)) / 2 - side / 2), (1080 - side) // 2
    module = side // 45
    assert side >= 900
    assert not is_dark(image, left + module, top + module)  # quiet zone, white
    assert is_dark(image, left + QUIET_ZONE * module + 1, top + QUIET_ZONE * module + 1)  # the finder pattern
    QApplication.processEvents()

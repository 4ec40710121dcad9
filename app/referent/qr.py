"""QR codes as plain data: the module matrix of a text, the Wi-Fi join code, and the links the
printed table cards carry.

Qt-free, so the PDF (reportlab) and the screen (Qt) draw the same matrix their own way. segno
makes the code; we only ever read its matrix, never write an image file.
"""
from __future__ import annotations

from dataclasses import dataclass

import segno

from app.referent.links import base_url, ensure_links, server_address
from app.conference_file.settings import get_setting, set_setting
from app.conference_file.storage import ConferenceDb
from app.referent.summaries import block_for_kvadrant

#: The light border every reader expects around the code, in modules (ISO/IEC 18004).
QUIET_ZONE = 4
#: Error correction M (15 %): a creased card or a glare on the projector still scans, and the
#: ~70-character referent link stays at version 5 (37 × 37), big modules for its size.
ERROR_LEVEL = "m"

WIFI_SSID_KEY = "wifi_ssid"
WIFI_PASSWORD_KEY = "wifi_password"


@dataclass(frozen=True)
class QrMatrix:
    """The dark (True) and light modules of one QR code, without the quiet zone."""

    data: str
    rows: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        """Modules per side, without the quiet zone."""
        return len(self.rows)

    @property
    def size_with_quiet_zone(self) -> int:
        return self.size + 2 * QUIET_ZONE

    def dark(self, row: int, column: int) -> bool:
        return self.rows[row][column]

    def runs(self) -> list[tuple[int, int, int]]:
        """(row, first column, length) of every horizontal run of dark modules.

        Drawing runs instead of single modules keeps a PDF small and leaves no hairline seams
        between neighbouring modules when a viewer anti-aliases.
        """
        found: list[tuple[int, int, int]] = []
        for r, row in enumerate(self.rows):
            start = None
            for c, dark in enumerate((*row, False)):
                if dark and start is None:
                    start = c
                elif not dark and start is not None:
                    found.append((r, start, c - start))
                    start = None
        return found


def qr_matrix(data: str) -> QrMatrix:
    """The QR code of ``data`` (UTF-8 where it is not plain ASCII)."""
    code = segno.make_qr(data, error=ERROR_LEVEL, boost_error=False)
    return QrMatrix(data, tuple(tuple(bool(m) for m in row) for row in code.matrix))


# --- Wi-Fi -----------------------------------------------------------------------------------

_WIFI_SPECIAL = '\\;,:"'


def _wifi_escape(value: str) -> str:
    """Escape the characters the Wi-Fi format uses as syntax (``\\ ; , : "``).

    A value made of hex digits is not put in quotes, though the old ZXing note suggests it:
    today's phones read ``P:12345678`` as the passphrase it is, and some keep the quotes.
    """
    return "".join(f"\\{ch}" if ch in _WIFI_SPECIAL else ch for ch in value)


def wifi_payload(ssid: str, password: str = "", *, security: str = "WPA", hidden: bool = False) -> str:
    """The text of a "join this network" QR code: ``WIFI:T:WPA;S:<ssid>;P:<password>;;``.

    An empty password means an open network (``T:nopass``, no ``P:``).
    """
    if not password:
        payload = f"WIFI:T:nopass;S:{_wifi_escape(ssid)};"
    else:
        payload = f"WIFI:T:{security};S:{_wifi_escape(ssid)};P:{_wifi_escape(password)};"
    return payload + ("H:true;;" if hidden else ";")


@dataclass(frozen=True)
class WifiInfo:
    """The venue's network, shown to the participants so their phones reach the laptop."""

    ssid: str
    password: str

    @property
    def payload(self) -> str | None:
        return wifi_payload(self.ssid, self.password) if self.ssid else None


def get_wifi(db: ConferenceDb) -> WifiInfo:
    """The Wi-Fi is the venue's, so it is kept in the conference file and travels with it."""
    return WifiInfo(get_setting(db, WIFI_SSID_KEY), get_setting(db, WIFI_PASSWORD_KEY))


def set_wifi(db: ConferenceDb, ssid: str, password: str) -> None:
    set_setting(db, WIFI_SSID_KEY, ssid.strip())
    set_setting(db, WIFI_PASSWORD_KEY, password)


# --- links for the printed cards -------------------------------------------------------------


def server_is_set_up(db: ConferenceDb) -> bool:
    """True once the referent server has been started for this conference (its port is kept)."""
    return bool(get_setting(db, "referent_port"))


def card_links(db: ConferenceDb, kvadrant: int) -> dict[int, str] | None:
    """Group number -> the referent link of that group, for the table cards of ``kvadrant``.

    None until the server has been set up: before that there is no address to print, and a
    card with a code that leads nowhere is worse than a card without one.
    """
    if not server_is_set_up(db):
        return None
    block = block_for_kvadrant(db, kvadrant)
    if block is None:
        return None
    base = base_url(*server_address(db))
    return {link.group: link.url(base) for link in ensure_links(db) if link.block_id == block.id}

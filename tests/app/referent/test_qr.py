"""QR codes as data: the matrix segno makes, the Wi-Fi payload, the links for the table cards, and
the code drawn on a table card without disturbing the card."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
import segno
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.minutes import table_cards as table_cards_pdf
from app.conference_file.conference import ConferenceInfo
from app.groups.plans import Member, Plan, PlanFigures, Table, make_plan
from app.minutes.pdf_support import FONT_BOLD, register_fonts
from app.referent.qr import QUIET_ZONE, card_links, get_wifi, qr_matrix, set_wifi, wifi_payload
from app.referent.links import ensure_links, renew_links, set_server_address
from app.conference_file.schema import GroupingMode
from app.conference_file.storage import ConferenceDb
from app.referent.summaries import block_for_kvadrant
from app.minutes.table_cards import PAGE_HEIGHT, PAGE_WIDTH, QR_SIZE, write_table_cards
from app.roster.demo import create_demo

LINK = "http://192.168.10.23:8765/r/" + "Abc-_1" * 7 + "x"  # a 43-character token, like the real ones
CONFERENCE = ConferenceInfo(title="Dialogkonferanse 2", date=None, venue="Gardermoen")


@pytest.fixture
def demo(tmp_path: Path):
    db = create_demo(tmp_path / "qr.kvadrant")
    make_plan(db, kvadrant=1, seed=1)
    make_plan(db, kvadrant=4, seed=1)
    yield db
    db.close()


# --- the matrix ------------------------------------------------------------------------------


def test_a_referent_link_is_a_version_5_code_with_its_quiet_zone() -> None:
    matrix = qr_matrix(LINK)
    assert len(LINK) == 71
    assert matrix.size == 37  # version 5: 17 + 4 × 5 modules
    assert all(len(row) == 37 for row in matrix.rows)
    assert matrix.size_with_quiet_zone == 37 + 2 * QUIET_ZONE == 45
    assert matrix.rows == tuple(tuple(bool(m) for m in row) for row in segno.make_qr(LINK, error="m").matrix)


def test_the_finder_patterns_are_where_readers_look() -> None:
    matrix = qr_matrix(LINK)
    n = matrix.size
    for top, left in ((0, 0), (0, n - 7), (n - 7, 0)):
        ring = [matrix.dark(top + r, left + c) for r in range(7) for c in range(7) if r in (0, 6) or c in (0, 6)]
        assert all(ring)
        assert not any(matrix.dark(top + r, left + c) for r, c in ((1, 1), (1, 5), (5, 1), (5, 5)))
        assert all(matrix.dark(top + r, left + c) for r in range(2, 5) for c in range(2, 5))


def test_runs_cover_exactly_the_dark_modules() -> None:
    matrix = qr_matrix(LINK)
    covered = {(r, c + k) for r, c, length in matrix.runs() for k in range(length)}
    dark = {(r, c) for r in range(matrix.size) for c in range(matrix.size) if matrix.dark(r, c)}
    assert covered == dark
    assert len(matrix.runs()) < len(dark)  # fewer rectangles than modules


def test_nasty_text_makes_a_code_too() -> None:
    nasty = "<script>alert(1)</script> & 🎻 æøå"
    assert qr_matrix(nasty).data == nasty
    assert qr_matrix(nasty).size >= 21


# --- Wi-Fi -----------------------------------------------------------------------------------


def test_wifi_payload_in_the_standard_form() -> None:
    assert wifi_payload("Scandic Gardermoen", "kulturskole2020") == "WIFI:T:WPA;S:Scandic Gardermoen;P:kulturskole2020;;"


@pytest.mark.parametrize(
    ("ssid", "password", "expected"),
    [
        ("a;b", "c,d", r"WIFI:T:WPA;S:a\;b;P:c\,d;;"),
        ('Hotel "Gjest"', "x:y", r'WIFI:T:WPA;S:Hotel \"Gjest\";P:x\:y;;'),
        ("back\\slash", "\\;,:\"", r'WIFI:T:WPA;S:back\\slash;P:\\\;\,\:\";;'),
        ("Gjest", "12345678", "WIFI:T:WPA;S:Gjest;P:12345678;;"),  # digits stay a passphrase
        ("Åpent nett 🎻", "", "WIFI:T:nopass;S:Åpent nett 🎻;;"),
    ],
)
def test_wifi_payload_escapes_what_the_format_uses(ssid: str, password: str, expected: str) -> None:
    assert wifi_payload(ssid, password) == expected


def test_hidden_network() -> None:
    assert wifi_payload("Skjult", "hemmelig1", hidden=True) == "WIFI:T:WPA;S:Skjult;P:hemmelig1;H:true;;"


def test_the_wifi_is_kept_in_the_conference_file(demo: ConferenceDb) -> None:
    assert get_wifi(demo).payload is None
    set_wifi(demo, "  Scandic Gjest ", "a;b")
    wifi = get_wifi(demo)
    assert (wifi.ssid, wifi.password) == ("Scandic Gjest", "a;b")
    assert wifi.payload == r"WIFI:T:WPA;S:Scandic Gjest;P:a\;b;;"


# --- links for the cards ---------------------------------------------------------------------


def test_no_links_on_the_cards_until_the_server_is_set_up(demo: ConferenceDb) -> None:
    assert card_links(demo, 1) is None
    set_server_address(demo, "192.168.10.23", 8765)
    links = card_links(demo, 1)
    assert links is not None and sorted(links) == list(range(1, 19))
    block = block_for_kvadrant(demo, 1)
    tokens = {l.group: l.token for l in ensure_links(demo) if l.block_id == block.id}
    assert links[7] == f"http://192.168.10.23:8765/r/{tokens[7]}"
    assert card_links(demo, 1) == links  # the same links each time
    renew_links(demo)
    assert card_links(demo, 1) != links


# --- the code on a table card ----------------------------------------------------------------


class _Recorder(Canvas):
    """Remembers the filled rectangles and the texts a card draws."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO())
        self.rects: list[tuple[float, float, float, float]] = []
        self.texts: list[tuple[float, float, str, float]] = []

    def rect(self, x, y, width, height, stroke=1, fill=0):  # type: ignore[no-untyped-def]
        if fill:
            self.rects.append((x, y, width, height))
        return super().rect(x, y, width, height, stroke=stroke, fill=fill)

    def drawString(self, x, y, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        """Kept by the middle of the text (cards centre their texts; draw_text draws from the left)."""
        self.texts.append((x + stringWidth(text, self._fontname, self._fontsize) / 2, y, text, self._fontsize))
        return super().drawString(x, y, text, *args, **kwargs)


def _member(pid: int, name: str) -> Member:
    return Member(pid, name, "Hamar", "kulturskoleleder", "", True, False)


def _plan(number: int) -> tuple[Plan, Table]:
    table = Table(number, number, "", False, tuple(_member(k, f"Person {k}") for k in range(1, 7)), 1, 2)
    return Plan(1, 1, GroupingMode.MIXED, 1, None, None, (table,), PlanFigures(1, 0, 0, 0, 0, 0, 0, 0, 0)), table


@pytest.mark.parametrize("number", [1, 18, 104])
def test_the_code_sits_in_the_top_right_corner_clear_of_the_number(number: int) -> None:
    register_fonts()
    plan, table = _plan(number)
    canvas = _Recorder()
    table_cards_pdf._draw_card(canvas, plan, table, CONFERENCE, "nb", LINK)
    matrix = qr_matrix(LINK)
    left = PAGE_WIDTH - table_cards_pdf.MARGIN - QR_SIZE
    bottom = PAGE_HEIGHT - table_cards_pdf.MARGIN - QR_SIZE
    module = QR_SIZE / matrix.size_with_quiet_zone
    inside = [r for r in canvas.rects if r[0] >= left - 0.01 and r[1] >= bottom - 0.01]
    background, modules = inside[0], inside[1:]
    assert background == pytest.approx((left, bottom, QR_SIZE, QR_SIZE))
    assert len(modules) == len(matrix.runs())
    assert sum(w * h for _, _, w, h in modules) == pytest.approx(sum(sum(row) for row in matrix.rows) * module**2)
    # the quiet zone stays light: no module within 4 modules of the edge
    for x, y, w, h in modules:
        assert x >= left + QUIET_ZONE * module - 0.01 and x + w <= left + QR_SIZE - QUIET_ZONE * module + 0.01
        assert y >= bottom + QUIET_ZONE * module - 0.01 and y + h <= bottom + QR_SIZE - QUIET_ZONE * module + 0.01
    assert QR_SIZE / 72 * 25.4 == pytest.approx(30)
    # the caption under it, and the number keeps clear of the code
    caption = next(t for t in canvas.texts if t[2] == "Skriv referatet her")
    assert caption[1] < bottom and caption[0] == pytest.approx(left + QR_SIZE / 2)
    _, y, text, size = next(t for t in canvas.texts if t[2] == str(number))
    assert PAGE_WIDTH / 2 + stringWidth(text, FONT_BOLD, size) / 2 < left


def test_cards_with_links_have_codes_and_captions(demo: ConferenceDb, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    from app.groups import plans as groups
    from app.conference_file.conference import get_conference

    plan = groups.current_plan(demo, 1)
    set_server_address(demo, "192.168.10.23", 8765)
    links = card_links(demo, 1)
    path = write_table_cards(plan, get_conference(demo), tmp_path / "k.pdf", links=links, lang="en")
    pages = [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]
    assert len(pages) == len(plan.tables)
    assert all("Write the summary here" in page for page in pages)
    without = write_table_cards(plan, get_conference(demo), tmp_path / "plain.pdf")
    assert not any("Skriv referatet" in page.extract_text() for page in pypdf.PdfReader(str(without)).pages)
    # a table without a link in the mapping gets no code
    partial = write_table_cards(plan, get_conference(demo), tmp_path / "p.pdf", links={1: LINK})
    texts = [page.extract_text() for page in pypdf.PdfReader(str(partial)).pages]
    assert ["Skriv referatet her" in t for t in texts] == [table.number == 1 for table in plan.tables]

"""Table cards and "Finn ditt bord" as PDF: what is printed, that it fits, and safe saving."""
from __future__ import annotations

import functools
import io
import os
import struct
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.groups import plans as groups

from app.minutes import table_cards as table_cards_pdf
from app.conference_file.conference import ConferenceInfo, get_conference
from app.groups.plans import Member, Plan, PlanFigures, SeatListing, Table
from app.common.messages import KvadrantError
from app.common.paths import resource
from app.minutes.pdf_fonts import EMOJI_FONT
from app.minutes.pdf_support import (
    FONT,
    FONT_BOLD,
    PLACEHOLDER,
    drawable,
    fit_size,
    fit_text,
    markup,
    register_fonts,
    wrap_to_fit,
    write_atomically,
)
from app.conference_file.schema import GroupingMode
from app.minutes.table_cards import (
    PAGE_HEIGHT,
    PAGE_WIDTH,
    write_find_your_table,
    write_table_cards,
)
from app.roster.demo import create_demo
from app.common.text import norwegian_key

CONFERENCE = ConferenceInfo(title="Dialogkonferanse 2", date=None, venue="Gardermoen")
LONG_NAME = "Ann-Kristin Østerud-Bakkevold"
ODD_NAME = "Bjørn <script>& 🎻 Ødegård"


def _pages(path: Path) -> list[str]:
    pypdf = pytest.importorskip("pypdf")
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _member(pid: int, name: str, municipality: str = "Hamar", role: str = "kulturskoleleder", *, present: bool = True) -> Member:
    return Member(pid, name, municipality, role, "", present, False)


def _plan(*tables: Table, kvadrant: int = 1, mode: GroupingMode = GroupingMode.MIXED) -> Plan:
    figures = PlanFigures(len(tables), 0, 0, 0, 0, 0, 0, 0, 0)
    return Plan(1, kvadrant, mode, 1, None, None, tuple(tables), figures)


def _table(number: int, members: list[Member], *, label: str = "", chair: int | None = None, referent: int | None = None) -> Table:
    return Table(number, number, label, False, tuple(members), chair, referent)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Plan, Plan, ConferenceInfo]]:
    db = create_demo(tmp_path_factory.mktemp("demo") / "demo.kvadrant")
    try:
        yield groups.make_plan(db, kvadrant=1, seed=1), groups.make_plan(db, kvadrant=4, seed=1), get_conference(db)
    finally:
        db.close()


# --- table cards -----------------------------------------------------------------------------


def test_one_card_per_table_with_everyone_present_in_speaking_order(demo, tmp_path: Path) -> None:
    plan, _, info = demo
    path = write_table_cards(plan, info, tmp_path / "bordkort.pdf")
    assert path == (tmp_path / "bordkort.pdf").absolute()
    pages = _pages(path)
    assert len(pages) == len(plan.tables) == 18
    for table, text in zip(plan.tables, pages):
        lines = _lines(text)
        assert lines[:2] == ["BORD", str(table.number)]
        assert "1. kvadrant · Dialogkonferanse 2" in lines
        names = [m.name for m in table.members if m.present]
        positions = [lines.index(name) for name in names]
        assert positions == sorted(positions)  # speaking order
        for k, name in enumerate(names, start=1):
            ordinals = [line for line in lines[: lines.index(name)] if line.endswith(".") and line[:-1].isdigit()]
            assert ordinals[-1] == f"{k}."
        chair, referent = table.member(table.ordstyrer_id), table.member(table.referent_id)
        assert f"Ordstyrer:\n{chair.name}" in text
        assert f"Referent:\n{referent.name}" in text


def test_kommunegruppe_card_has_its_name_and_marks_the_veileder(demo, tmp_path: Path) -> None:
    _, plan, info = demo
    sunnfjord = next(t for t in plan.tables if t.label == "Sunnfjord")
    assert len(sunnfjord.members) >= 13
    pages = _pages(write_table_cards(plan, info, tmp_path / "k4.pdf"))
    assert len(pages) == len(plan.tables)
    lines = _lines(pages[plan.tables.index(sunnfjord)])
    assert lines[:3] == ["GRUPPE", str(sunnfjord.number), "Sunnfjord"]
    for member in sunnfjord.members:
        assert member.name in lines
    veileder = next(m for m in sunnfjord.members if m.role == "veileder")
    assert "Veileder" in lines[lines.index(veileder.name) - 2 : lines.index(veileder.name) + 2]


def test_absent_people_are_not_printed_and_the_rest_renumbered(tmp_path: Path) -> None:
    members = [_member(1, "Kari Nordmann"), _member(2, "Ola Borte", present=False), _member(3, "Åse Ås")]
    plan = _plan(_table(4, members, chair=2, referent=3))
    text = _pages(write_table_cards(plan, CONFERENCE, tmp_path / "k.pdf"))[0]
    assert "Ola Borte" not in text
    lines = _lines(text)
    assert lines[lines.index("Åse Ås") - 2 : lines.index("Åse Ås")] == ["2.", "Referent"]
    assert "Ordstyrer:\nReferent:" in text  # the absent chair's place is left to write in


def test_markup_and_emoji_in_names_print_as_text(tmp_path: Path) -> None:
    members = [_member(1, ODD_NAME, municipality="Kautokeino & <Karasjok>"), _member(2, "Máret Ánne Čuđiŋšŧž")]
    plan = _plan(_table(1, members, chair=1, referent=2))
    text = _pages(write_table_cards(plan, CONFERENCE, tmp_path / "k.pdf"))[0]
    assert ODD_NAME in text and f"Ordstyrer:\n{ODD_NAME}" in text  # the emoji too, on the card and by the role
    assert PLACEHOLDER not in text
    assert "Kautokeino & <Karasjok> · Kulturskoleleder" in text
    assert "Máret Ánne Čuđiŋšŧž" in text


def test_english_cards(tmp_path: Path) -> None:
    members = [_member(1, "Kari Nordmann", role="veileder"), _member(2, "Ola Nordmann", role="ressurslærer")]
    plan = _plan(_table(1, members, label="Sunnfjord", chair=2, referent=1), kvadrant=4, mode=GroupingMode.KOMMUNE)
    lines = _lines(_pages(write_table_cards(plan, CONFERENCE, tmp_path / "k.pdf", lang="en"))[0])
    assert lines[:4] == ["GROUP", "1", "Sunnfjord", "Quadrant 4 · Dialogkonferanse 2"]
    assert {"Chair", "Note-taker", "Adviser", "Hamar · Resource teacher", "Chair:", "Note-taker:"} <= set(lines)


def test_fonts_are_embedded(demo, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    plan, _, info = demo
    reader = pypdf.PdfReader(str(write_table_cards(plan, info, tmp_path / "k.pdf")))
    fonts = [ref.get_object() for ref in reader.pages[0]["/Resources"]["/Font"].values()]
    assert sorted(font["/BaseFont"].split("+")[-1] for font in fonts) == ["DejaVuSans", "DejaVuSans-Bold"]
    for font in fonts:
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]


@functools.lru_cache(maxsize=2)
def _glyph_boxes(filename: str) -> tuple[int, dict[int, tuple[int, int]]]:
    """units per em, and each glyph's (yMin, yMax) from the font's own tables."""
    data = resource("fonts", filename).read_bytes()
    tables = {}
    for k in range(struct.unpack(">H", data[4:6])[0]):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * k : 28 + 16 * k])
        tables[tag.decode()] = (offset, length)
    head = tables["head"][0]
    units = struct.unpack(">H", data[head + 18 : head + 20])[0]
    long_offsets = struct.unpack(">h", data[head + 50 : head + 52])[0] == 1
    loca, loca_length = tables["loca"]
    if long_offsets:
        offsets = struct.unpack(f">{loca_length // 4}I", data[loca : loca + loca_length])
    else:
        offsets = [2 * o for o in struct.unpack(f">{loca_length // 2}H", data[loca : loca + loca_length])]
    glyf = tables["glyf"][0]
    boxes = {}
    for gid in range(len(offsets) - 1):
        if offsets[gid + 1] > offsets[gid]:
            start = glyf + offsets[gid]
            _, _, y_min, _, y_max = struct.unpack(">hhhhh", data[start : start + 10])
            boxes[gid] = (y_min, y_max)
    return units, boxes


def _ink(text: str, font: str, size: float) -> tuple[float, float]:
    """How far ``text`` reaches below and above its baseline, in points."""
    units, boxes = _glyph_boxes("DejaVuSans-Bold.ttf" if font == FONT_BOLD else "DejaVuSans.ttf")
    cmap = pdfmetrics.getFont(font).face.charToGlyph
    extents = [boxes[cmap[ord(ch)]] for ch in text if cmap.get(ord(ch)) in boxes]
    if not extents:
        return 0.0, 0.0
    return min(e[0] for e in extents) * size / units, max(e[1] for e in extents) * size / units


class _Recorder(Canvas):
    """A canvas that remembers each text it draws as a box (x0, y0, x1, y1)."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO())
        self.boxes: list[tuple[float, float, float, float, str]] = []
        self.sizes: dict[str, float] = {}

    def _box(self, x: float, y: float, text: str, anchor: float) -> None:
        width = stringWidth(text, self._fontname, self._fontsize)
        below, above = _ink(text, self._fontname, self._fontsize)
        x0 = x - width * anchor
        self.sizes[text] = self._fontsize
        self.boxes.append((x0, y + below, x0 + width, y + above, text))

    def drawString(self, x, y, text, *args, **kwargs):
        self._box(x, y, text, 0)
        return super().drawString(x, y, text, *args, **kwargs)

    def drawRightString(self, x, y, text, *args, **kwargs):
        self._box(x, y, text, 1)
        return super().drawRightString(x, y, text, *args, **kwargs)

    def drawCentredString(self, x, y, text, *args, **kwargs):
        self._box(x, y, text, 0.5)
        return super().drawCentredString(x, y, text, *args, **kwargs)


def _assert_fits(boxes: list[tuple[float, float, float, float, str]]) -> None:
    margin = table_cards_pdf.MARGIN - 0.5
    for x0, y0, x1, y1, text in boxes:
        assert margin <= x0 and x1 <= PAGE_WIDTH - margin, text
        assert margin <= y0 and y1 <= PAGE_HEIGHT - margin, text
    _assert_no_overlap(boxes)


def _assert_no_overlap(boxes: list[tuple[float, float, float, float, str]]) -> None:
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert apart, f"{a[4]!r} overlaps {b[4]!r}"


def _assert_clear_of_the_footer(boxes: list[tuple[float, float, float, float, str]]) -> None:
    top = table_cards_pdf.MARGIN + table_cards_pdf._FOOTER_SIZE * 3.3
    for _, y0, _, y1, text in boxes:
        assert y1 <= top or y0 >= top + 2, text


def _card(plan: Plan, table: Table) -> _Recorder:
    register_fonts()
    canvas = _Recorder()
    table_cards_pdf._draw_card(canvas, plan, table, CONFERENCE, "nb")
    return canvas


@pytest.mark.parametrize("size", [1, 6, 8, 9, 14, 20])
@pytest.mark.parametrize("kommune", [False, True])
def test_long_names_and_big_groups_stay_on_the_card(size: int, kommune: bool) -> None:
    names = [LONG_NAME, "Maximilian Alexander Christoffersen-Lindqvist Sørensen", ODD_NAME, "Li"]
    municipalities = ["Nord-Aurdal", "Norsk kulturskoleråd", "Guovdageaidnu – Kautokeino", "Å"]
    roles = ["kulturskoleeier", "veileder", "ressurslærer", "kulturskoleleder"]
    members = [_member(k + 1, names[k % 4], municipalities[k % 4], roles[k % 4]) for k in range(size)]
    table = _table(17, members, label="Sunnfjord + Nordfjord og Ytre Sogn" if kommune else "", chair=1, referent=size)
    plan = _plan(table, kvadrant=4 if kommune else 1, mode=GroupingMode.KOMMUNE if kommune else GroupingMode.MIXED)
    card = _card(plan, table)
    _assert_fits(card.boxes)
    _assert_clear_of_the_footer(card.boxes)
    assert card.sizes["17"] >= 110  # the table number stays big
    assert LONG_NAME in card.sizes  # shrunk, not cut


def test_the_sunnfjord_card_fits_one_page(demo) -> None:
    _, plan, _ = demo
    sunnfjord = next(t for t in plan.tables if t.label == "Sunnfjord")
    card = _card(plan, sunnfjord)
    _assert_fits(card.boxes)
    _assert_clear_of_the_footer(card.boxes)
    assert all(card.sizes[m.name] >= 18 for m in sunnfjord.members)  # names at ≥ 18 pt for 14 people


def test_a_plan_without_tables_still_gives_a_page(tmp_path: Path) -> None:
    pages = _pages(write_table_cards(_plan(), CONFERENCE, tmp_path / "k.pdf"))
    assert len(pages) == 1 and "Ingen bord" in pages[0]


# --- "Finn ditt bord" ------------------------------------------------------------------------


def _entries(pages: list[str]) -> list[str]:
    return [line for page in pages for line in _lines(page)]


def test_find_your_table_lists_everyone_present_once_in_norwegian_order(demo, tmp_path: Path) -> None:
    plan, _, info = demo
    pages = _pages(write_find_your_table(plan, info, tmp_path / "finn.pdf"))
    assert len(pages) >= 2
    for page in pages:
        assert _lines(page)[:2] == ["Finn ditt bord", "Dialogkonferanse 2 · 1. kvadrant · 28. januar 2020"]
    assert _lines(pages[-1])[-1] == f"Side {len(pages)} av {len(pages)}"
    lines = _entries(pages)
    seats = groups.find_your_table(plan)
    assert len(seats) == sum(1 for t in plan.tables for m in t.members if m.present)
    at = 0
    for seat in seats:
        assert lines.count(seat.name) == 1, seat.name
        found = lines.index(seat.name)
        assert found > at  # in order
        assert lines[found + 1 : found + 3] == [seat.municipality, ", ".join(map(str, seat.tables))]
        at = found
    letters = [line for line in lines if len(line) == 1 and line.isalpha()]
    assert letters == sorted(set(letters), key=norwegian_key)


def test_a_veileder_in_several_groups_is_listed_once_with_all_of_them(demo, tmp_path: Path) -> None:
    _, plan, info = demo
    lines = _entries(_pages(write_find_your_table(plan, info, tmp_path / "finn.pdf")))
    visits: dict[str, list[int]] = {}
    for table in plan.tables:
        for member in table.members:
            if member.role == "veileder":
                visits.setdefault(member.name, []).append(table.number)
    assert any(len(v) > 1 for v in visits.values())
    for name, numbers in visits.items():
        assert lines.count(name) == 1
        at = lines.index(name)
        assert lines[at + 2] == ", ".join(str(n) for n in sorted(numbers))


def test_find_your_table_norwegian_letters_and_odd_names(tmp_path: Path) -> None:
    names = ["Åse Ås", "Øystein Ø", "Ærling Æ", "Zara Z", "Aaron A", "émile é", ODD_NAME, LONG_NAME]
    members = [_member(k + 1, name) for k, name in enumerate(names)] + [_member(99, "Borte Vekk", present=False)]
    plan = _plan(_table(1, members[:5]), _table(2, members[5:]))
    lines = _entries(_pages(write_find_your_table(plan, CONFERENCE, tmp_path / "f.pdf", lang="en")))
    assert lines[0] == "Find your table"
    assert "Borte Vekk" not in lines
    shown = [line for line in lines if len(line) == 1 and line.isalpha()]
    assert shown == ["A", "B", "E", "Z", "Æ", "Ø", "Å"]
    order = [lines.index(n) for n in ("Aaron A", LONG_NAME.split()[0], "Zara Z", "Ærling Æ", "Øystein Ø", "Åse Ås")]
    assert order == sorted(order)
    assert ODD_NAME in " ".join(lines) and PLACEHOLDER not in " ".join(lines)  # long names wrap


@pytest.mark.parametrize(
    ("name", "municipality", "tables", "smallest"),
    [
        ("Ola", "Å", (3,), 18),
        (LONG_NAME, "Norsk kulturskoleråd", (104,), 16),
        ("Karl-Johan Fredriksen-Haugland Sørensen", "Sør-Varanger", (12,), 16),
        ("Hilde Holm", "Norsk kulturskoleråd", (1, 2, 7, 9, 11, 15, 23, 24, 25, 26, 27), 18),
        ("Østerud-Bakkevold-Christoffersen-Lindqvist-Sørensen", "", tuple(range(1, 40)), 16),
        ("Maximilian Alexander Christoffersen-Lindqvist Sørensen", "Guovdageaidnu – Kautokeino kommune", (104,), 16),
    ],
)
def test_a_list_entry_stays_inside_its_column(name: str, municipality: str, tables: tuple[int, ...], smallest: float) -> None:
    register_fonts()
    column = (PAGE_WIDTH - 2 * table_cards_pdf.MARGIN - 8 * 72 / 25.4) / 2
    entry = table_cards_pdf._Entry(SeatListing(name, municipality, tables), shaded=True)
    width, height = entry.wrap(column, 600)
    canvas = _Recorder()
    entry.drawOn(canvas, 0, 0)
    assert width == column
    for x0, y0, x1, y1, text in canvas.boxes:
        assert 0 <= x0 and x1 <= column and 0 <= y0 and y1 <= height, text
    _assert_no_overlap(canvas.boxes)
    assert all(size >= smallest for text, size in canvas.sizes.items() if text in name)  # names ≥ 16 pt


def test_find_your_table_with_nobody_present(tmp_path: Path) -> None:
    plan = _plan(_table(1, [_member(1, "Ola", present=False)]))
    pages = _pages(write_find_your_table(plan, CONFERENCE, tmp_path / "f.pdf"))
    assert len(pages) == 1 and "Ingen deltakere er til stede." in pages[0]


# --- writing ---------------------------------------------------------------------------------


@pytest.mark.parametrize("writer", [write_table_cards, write_find_your_table])
def test_an_unwritable_target_is_a_message_not_a_traceback(writer, tmp_path: Path) -> None:
    plan = _plan(_table(1, [_member(1, "Ola")]))
    for target in (tmp_path / "no such folder" / "k.pdf", tmp_path):
        with pytest.raises(KvadrantError) as caught:
            writer(plan, CONFERENCE, target)
        assert caught.value.message.code == "file_io_error"
        assert caught.value.message.params["path"] == str(target.absolute())
        assert caught.value.message.params["detail"]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_a_read_only_folder_is_a_message(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(KvadrantError) as caught:
            write_table_cards(_plan(_table(1, [_member(1, "Ola")])), CONFERENCE, folder / "k.pdf")
        assert caught.value.message.code == "file_io_error"
    finally:
        folder.chmod(0o700)


def test_writing_replaces_the_old_file_only_when_the_new_one_is_whole(tmp_path: Path) -> None:
    target = tmp_path / "k.pdf"
    target.write_bytes(b"old")

    def fails(temp: str) -> None:
        Path(temp).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(KvadrantError) as caught:
        write_atomically(target, fails)
    assert caught.value.message.params["detail"] == "No space left on device"
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["k.pdf"]
    write_table_cards(_plan(_table(1, [_member(1, "Ola")])), CONFERENCE, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["k.pdf"]


# --- text helpers ----------------------------------------------------------------------------


def test_drawable_keeps_norwegian_and_sami_and_replaces_what_the_font_lacks() -> None:
    assert drawable("Æøå ÆØÅ čđŋšŧž ČĐŊŠŦŽ áé") == "Æøå ÆØÅ čđŋšŧž ČĐŊŠŦŽ áé"
    assert drawable("e\u0301") == "é"  # NFC
    assert drawable("Ola 🎻 Nordmann") == f"Ola {PLACEHOLDER} Nordmann"
    assert drawable("😀") == PLACEHOLDER  # DejaVu has it, but emoji are the emoji font's to draw
    assert drawable("👍🏽 👨‍👩‍👧 🇳🇴 ❤️") == f"{PLACEHOLDER} {PLACEHOLDER} {PLACEHOLDER} ❤"
    assert drawable("a\u200bb\x00c") == "abc"
    assert drawable("line\r\nbreak\ttab") == "line\nbreak\ttab"
    assert drawable("<script>&") == "<script>&"
    # Text a font draws (markup) keeps its emoji, in the emoji font; only what no font has is replaced.
    emoji = f'<font name="{EMOJI_FONT}">'
    assert markup("<b>Ola & 🎻</b>") == f"&lt;b&gt;Ola &amp; {emoji}🎻</font>&lt;/b&gt;"
    assert markup("Æøå čđŋšŧž") == "Æøå čđŋšŧž"
    assert markup("a \ue000 b") == f"a {PLACEHOLDER} b"  # no font has it


def test_fit_size_and_fit_text_never_overflow() -> None:
    register_fonts()
    width = 200.0
    assert fit_size("Li", FONT_BOLD, 24, width) == 24
    size = fit_size(LONG_NAME, FONT_BOLD, 24, width, min_size=8)
    assert size < 24 and stringWidth(LONG_NAME, FONT_BOLD, size) <= width
    assert stringWidth(LONG_NAME, FONT_BOLD, size) > width * 0.99
    text, size = fit_text(LONG_NAME, FONT_BOLD, 24, width, min_size=20)
    assert size == 20 and text.endswith("…") and stringWidth(text, FONT_BOLD, size) <= width
    assert fit_text(LONG_NAME, FONT, 24, 1000, min_size=20) == (LONG_NAME, 24)
    assert fit_text("Ola", FONT, 24, 1, min_size=20)[0] in ("", "…")


def test_wrap_to_fit_breaks_at_spaces_and_hyphens() -> None:
    register_fonts()
    lines, size = wrap_to_fit(LONG_NAME, FONT_BOLD, 18, 150, min_size=16, max_lines=3)
    assert " ".join(lines).replace("- ", "-") == LONG_NAME and size >= 16
    assert all(stringWidth(line, FONT_BOLD, size) <= 150 for line in lines)
    lines, size = wrap_to_fit("Østerud-Bakkevold-Christoffersen", FONT_BOLD, 18, 120, min_size=16, max_lines=3)
    assert lines[0].endswith("-") and all(stringWidth(line, FONT_BOLD, size) <= 120 for line in lines)
    lines, size = wrap_to_fit("Ola", FONT_BOLD, 18, 150, min_size=16, max_lines=3)
    assert (lines, size) == (["Ola"], 18)


def test_the_list_by_the_door_carries_the_participants_code_when_there_is_a_link(demo, tmp_path: Path) -> None:
    plan, _, info = demo
    with_code = _pages(write_find_your_table(plan, info, tmp_path / "dør.pdf", hall_link="http://192.168.1.20:8765/p/abc"))
    without = _pages(write_find_your_table(plan, info, tmp_path / "uten.pdf"))
    assert len(with_code) == len(without)  # the code fits in the header: nothing moves
    assert all("Eller skann" in page for page in with_code) and not any("Eller skann" in page for page in without)
    assert _entries(with_code)[2:] != [] and all("Finn ditt bord" in page for page in with_code)

"""Printed table cards ("bordkort") and the "Finn ditt bord" wall list, as PDF.

A table card is one A4 page standing on a table, read from a few metres: the table number very
big, the kommunegruppe's name for a kvadrant-4 group, then the people present in speaking order,
with who chairs (ordstyrer) and who takes notes (referent). "Finn ditt bord" is the list pinned
on the wall by the door: everyone present, alphabetically (æ, ø, å last), with their table number.

Only people marked present are printed. Text is bokmål unless ``lang="en"``.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.conference_file.conference import ConferenceInfo
from app.groups.plans import Member, Plan, SeatListing, Table, find_your_table
from app.minutes.wording import long_date, role_name
from app.minutes.pdf_support import (
    FONT,
    drawable,
    fit_size,
    fit_text,
    register_fonts,
    text_width,
    wrap_to_fit,
    write_atomically,
)
from app.referent.qr import QUIET_ZONE, QrMatrix, qr_matrix
from app.common.roles import VEILEDER
from app.conference_file.schema import GroupingMode
from app.common.text import clean, norwegian_key

STRINGS: dict[str, dict[str, Any]] = {
    "nb": {
        "table": "Bord",
        "group": "Gruppe",
        "chair": "Ordstyrer",
        "note_taker": "Referent",
        "find_your_table": "Finn ditt bord",
        "kvadrant": "{n}. kvadrant",
        "page": "Side {n} av {total}",
        "no_tables": "Ingen bord i planen.",
        "nobody": "Ingen deltakere er til stede.",
        "table_cards": "Bordkort",
        "write_here": "Skriv referatet her",
    },
    "en": {
        "table": "Table",
        "group": "Group",
        "chair": "Chair",
        "note_taker": "Note-taker",
        "find_your_table": "Find your table",
        "kvadrant": "Quadrant {n}",
        "page": "Page {n} of {total}",
        "no_tables": "The plan has no tables.",
        "nobody": "No participants are present.",
        "table_cards": "Table cards",
        "write_here": "Write the summary here",
    },
}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 12 * mm

INK = HexColor("#111111")
GREY = HexColor("#555555")
LIGHT = HexColor("#E6E6E6")
ZEBRA = HexColor("#F1F1F1")
ACCENT = HexColor("#1F4E79")
VEILEDER_FILL = HexColor("#DDE8F3")


def _strings(lang: str) -> dict[str, Any]:
    return STRINGS.get(lang, STRINGS["nb"])


def _role_name(role: str, lang: str) -> str:
    return role_name(role, lang)


def _line(text: str) -> str:
    """User text for one printed line: cleaned (one line, single spaces) and drawable."""
    return drawable(clean(text))


def _date(value: dt.date | None, lang: str) -> str:
    return long_date(value, lang)


def _kvadrant(plan: Plan, lang: str) -> str:
    return _strings(lang)["kvadrant"].format(n=plan.kvadrant)


def _is_group(plan: Plan) -> bool:
    return plan.mode == GroupingMode.KOMMUNE or plan.kvadrant == 4


def _table_word(plan: Plan, lang: str) -> str:
    return _strings(lang)["group" if _is_group(plan) else "table"]


def _headline(plan: Plan, table: Table, lang: str) -> str:
    """The group's name under the number: a kommunegruppe, or the role of a by-role table."""
    label = clean(table.label)
    if not label:
        return ""
    if plan.mode == GroupingMode.BY_ROLE:
        return " + ".join(_role_name(part.strip(), lang) for part in label.split("+"))
    return label


# --- table cards -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _CardLayout:
    number_size: float
    row_height: float
    #: One line per member (name, then municipality and role) instead of two: for big groups.
    one_line: bool

    @property
    def name_size(self) -> float:
        return self.row_height * (_ONE_LINE_NAME if self.one_line else _TWO_LINE_NAME)


_NUMBER_MAX = 260.0
#: Height of the number block per point of number size: the digits, the gaps above and below.
_NUMBER_BLOCK = 0.73 + 0.06 + 0.09
_WORD_SIZE = 30.0
_TITLE_SIZE = 16.0
_FOOTER_SIZE = 21.0
_HEADLINE_SIZE = 52.0
_HEADLINE_HEIGHT = _HEADLINE_SIZE * 1.15
#: Everything on a card but the number, the headline and the member rows.
_FIXED_HEIGHT = (
    _WORD_SIZE * 0.75 + 6  # "BORD" above the number
    + _TITLE_SIZE * 1.9  # the kvadrant and title line and the rule under it
    + 10  # space above the footer
    + _FOOTER_SIZE * 3.3  # the ordstyrer and referent box
)
_TWO_LINE_NAME = 0.46
_ONE_LINE_NAME = 0.60
#: (one line?, tallest row, lowest number size) of the two row styles.
_STYLES = ((False, 64.0, 150.0), (True, 46.0, 110.0))


def _card_layout(members: int, *, has_headline: bool) -> _CardLayout:
    """Sizes for a card with ``members`` rows: the number as big as the rows leave room for,
    names as big as they can be in either row style (two lines per member, or one)."""
    available = PAGE_HEIGHT - 2 * MARGIN - _FIXED_HEIGHT - (_HEADLINE_HEIGHT if has_headline else 0)
    rows = max(members, 1)
    best: _CardLayout | None = None
    for one_line, row_max, number_min in _STYLES:
        number = min(_NUMBER_MAX, max(number_min, (available - rows * row_max) / _NUMBER_BLOCK))
        row = min(row_max, (available - number * _NUMBER_BLOCK) / rows)
        layout = _CardLayout(number_size=number, row_height=row, one_line=one_line)
        # Names matter most; a bigger number breaks a near tie.
        if best is None or _score(layout) > _score(best):
            best = layout
    assert best is not None
    return best


def _score(layout: _CardLayout) -> float:
    return layout.name_size + layout.number_size / 40


def _present(table: Table) -> list[Member]:
    return [m for m in table.members if m.present]


def _draw_centred(canvas: Canvas, text: str, font: str, size: float, y: float) -> None:
    canvas.setFont(font, size)
    canvas.drawCentredString(PAGE_WIDTH / 2, y, text)


def _pill(canvas: Canvas, text: str, font: str, size: float, right: float, middle: float, *, fill: Color, ink: Color) -> float:
    """A rounded label ending at ``right``, centred on ``middle``; returns its left edge."""
    pad = size * 0.55
    width = text_width(text, font, size) + 2 * pad
    height = size * 1.5
    canvas.setFillColor(fill)
    canvas.roundRect(right - width, middle - height / 2, width, height, height / 2, stroke=0, fill=1)
    canvas.setFillColor(ink)
    canvas.setFont(font, size)
    canvas.drawString(right - width + pad, middle - size * 0.36, text)
    return right - width


#: The referent's QR code in the top right corner: 30 mm with its quiet zone, big enough for a
#: phone held over the table, and clear of the number (which gives way to it).
QR_SIZE = 30 * mm
_QR_GAP = 3 * mm
_QR_CAPTION_SIZE = 9.0


def _draw_qr(canvas: Canvas, matrix: QrMatrix, left: float, bottom: float, size: float) -> None:
    """``matrix`` as filled rectangles (one per run of dark modules) in a ``size`` square,
    quiet zone included: no image, so it prints sharp at any resolution."""
    module = size / matrix.size_with_quiet_zone
    top = bottom + size - QUIET_ZONE * module
    canvas.saveState()
    canvas.setFillColor(white)
    canvas.rect(left, bottom, size, size, stroke=0, fill=1)
    canvas.setFillColor(INK)
    for row, column, length in matrix.runs():
        x = left + (QUIET_ZONE + column) * module
        canvas.rect(x, top - (row + 1) * module, length * module, module, stroke=0, fill=1)
    canvas.restoreState()


def _draw_link(canvas: Canvas, link: str, lang: str) -> None:
    """The referent link as a QR code in the top right corner, with a short caption under it."""
    regular, _ = register_fonts()
    left = PAGE_WIDTH - MARGIN - QR_SIZE
    bottom = PAGE_HEIGHT - MARGIN - QR_SIZE
    _draw_qr(canvas, qr_matrix(link), left, bottom, QR_SIZE)
    caption, size = fit_text(_strings(lang)["write_here"], regular, _QR_CAPTION_SIZE, QR_SIZE, min_size=6)
    canvas.setFillColor(GREY)
    canvas.setFont(regular, size)
    canvas.drawCentredString(left + QR_SIZE / 2, bottom - size * 1.05, caption)


def _draw_card(
    canvas: Canvas, plan: Plan, table: Table, conference: ConferenceInfo, lang: str, link: str | None = None
) -> None:
    regular, bold = register_fonts()
    s = _strings(lang)
    members = _present(table)
    headline = _line(_headline(plan, table, lang))
    layout = _card_layout(len(members), has_headline=bool(headline))
    width = PAGE_WIDTH - 2 * MARGIN
    left, right = MARGIN, PAGE_WIDTH - MARGIN
    y = PAGE_HEIGHT - MARGIN

    # "BORD" and the number, as big as fits.
    canvas.setFillColor(GREY)
    y -= _WORD_SIZE * 0.75
    _draw_centred(canvas, _table_word(plan, lang).upper(), bold, _WORD_SIZE, y)
    y -= 6 + layout.number_size * 0.06
    number = str(table.number)
    # With a QR code in the corner the number keeps clear of it on both sides (it stays centred).
    room = width - 2 * (QR_SIZE + _QR_GAP) if link else width
    size = fit_size(number, bold, layout.number_size, room)
    canvas.setFillColor(INK)
    _draw_centred(canvas, number, bold, size, y - size * 0.73)
    y -= layout.number_size * (0.73 + 0.09)

    if headline:
        text, hsize = fit_text(headline, bold, _HEADLINE_SIZE, width, min_size=_HEADLINE_SIZE * 0.45)
        y -= _HEADLINE_SIZE * 0.80
        canvas.setFillColor(ACCENT)
        _draw_centred(canvas, text, bold, hsize, y)
        y -= _HEADLINE_SIZE * 0.35

    # The kvadrant and the conference, and a rule.
    title = " · ".join(part for part in (_kvadrant(plan, lang), _line(conference.title)) if part)
    text, tsize = fit_text(title, regular, _TITLE_SIZE, width, min_size=9)
    y -= _TITLE_SIZE * 1.0
    canvas.setFillColor(GREY)
    _draw_centred(canvas, text, regular, tsize, y)
    y -= _TITLE_SIZE * 0.55
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1.2)
    canvas.line(left, y, right, y)
    y -= _TITLE_SIZE * 0.35

    # The members in speaking order.
    row = layout.row_height
    name_size = layout.name_size
    sub_size = row * (0.40 if layout.one_line else 0.28)
    pill_size = min(15.0, row * (0.34 if layout.one_line else 0.27))
    ordinal_width = text_width("00.", bold, name_size) + name_size * 0.35
    for position, member in enumerate(members, start=1):
        if layout.one_line:
            name_base = y - row / 2 - name_size * 0.36
        else:
            name_base = y - row * 0.10 - name_size * 0.76
        sub_base = name_base - name_size * 0.28 - sub_size * 0.95
        middle = name_base + name_size * 0.36
        canvas.setFillColor(GREY)
        canvas.setFont(bold, name_size)
        canvas.drawRightString(left + ordinal_width - name_size * 0.35, name_base, f"{position}.")
        tags: list[tuple[str, Color, Color]] = []
        if member.participant_id == table.ordstyrer_id:
            tags.append((s["chair"], INK, white))
        if member.participant_id == table.referent_id:
            tags.append((s["note_taker"], INK, white))
        if member.role == VEILEDER:
            tags.append((_role_name(VEILEDER, lang), VEILEDER_FILL, INK))
        edge = right
        for label, fill, ink in reversed(tags):
            edge = _pill(canvas, label, bold, pill_size, edge, middle, fill=fill, ink=ink) - pill_size * 0.4
        text_left = left + ordinal_width
        room = edge - text_left - (name_size * 0.3 if tags else 0)
        # The role, unless a pill or the headline of a by-role table already says it.
        shown_elsewhere = member.role == VEILEDER or (plan.mode == GroupingMode.BY_ROLE and member.role == table.label)
        role = "" if shown_elsewhere else _role_name(clean(member.role), lang)
        municipality = _line(member.municipality)
        sub = " · ".join(part for part in (municipality, _line(role)) if part)
        name = _line(member.name)
        if layout.one_line and sub:
            # The name first, at its size if it can be; the municipality after it gets the rest.
            gap = name_size * 0.6
            least = text_width(municipality or sub, regular, sub_size * 0.6) + gap
            name_room = min(room, max(room * 0.62, room - least))
        else:
            name_room = room
        name, nsize = fit_text(name, bold, name_size, name_room, min_size=name_size * 0.42)
        canvas.setFillColor(INK)
        canvas.setFont(bold, nsize)
        canvas.drawString(text_left, name_base, name)
        if sub:
            if layout.one_line:
                sub_left = text_left + text_width(name, bold, nsize) + name_size * 0.6
                sub_base = name_base
            else:
                sub_left = text_left
            sub_room = edge - sub_left - (name_size * 0.3 if tags else 0)
            if text_width(sub, regular, sub_size * 0.6) > sub_room and municipality:
                sub = municipality  # no room for the role: the municipality matters more
            sub, ssize = fit_text(sub, regular, sub_size, sub_room, min_size=sub_size * 0.6)
            canvas.setFillColor(GREY)
            canvas.setFont(regular, ssize)
            canvas.drawString(sub_left, sub_base, sub)
        y -= row

    # Ordstyrer and referent, at the foot of the page.
    _draw_roles_box(canvas, table, members, lang)
    if link:
        _draw_link(canvas, link, lang)


def _draw_roles_box(canvas: Canvas, table: Table, members: list[Member], lang: str) -> None:
    regular, bold = register_fonts()
    s = _strings(lang)
    size = _FOOTER_SIZE
    height = size * 3.3
    left, bottom = MARGIN, MARGIN
    width = PAGE_WIDTH - 2 * MARGIN
    canvas.setFillColor(LIGHT)
    canvas.roundRect(left, bottom, width, height, 8, stroke=0, fill=1)
    present = {m.participant_id: m for m in members}
    labels = (s["chair"], s["note_taker"])
    label_width = max(text_width(f"{label}:", regular, size) for label in labels) + size * 0.5
    pad = size * 0.7
    for index, (label, pid) in enumerate(zip(labels, (table.ordstyrer_id, table.referent_id))):
        base = bottom + height - pad - size * 0.76 - index * size * 1.35
        canvas.setFillColor(GREY)
        canvas.setFont(regular, size)
        canvas.drawString(left + pad, base, f"{label}:")
        x = left + pad + label_width
        member = present.get(pid) if pid is not None else None
        if member is None:
            # Nobody chosen (or not here): a line to write a name on.
            canvas.setStrokeColor(GREY)
            canvas.setLineWidth(0.8)
            canvas.line(x, base - 3, left + width - pad, base - 3)
            continue
        name, nsize = fit_text(_line(member.name), bold, size, left + width - pad - x, min_size=size * 0.5)
        canvas.setFillColor(INK)
        canvas.setFont(bold, nsize)
        canvas.drawString(x, base, name)


def _draw_empty(canvas: Canvas, heading: str, message: str) -> None:
    regular, bold = register_fonts()
    canvas.setFillColor(INK)
    _draw_centred(canvas, heading, bold, 36, PAGE_HEIGHT - MARGIN - 40)
    canvas.setFillColor(GREY)
    _draw_centred(canvas, message, regular, 18, PAGE_HEIGHT - MARGIN - 90)


def write_table_cards(
    plan: Plan,
    conference: ConferenceInfo,
    path: str | Path,
    *,
    lang: str = "nb",
    links: Mapping[int, str] | None = None,
) -> Path:
    """One A4 card per table of ``plan`` at ``path``; returns the file's absolute path.

    ``links`` (table number -> the referent's link) puts a QR code of the link on each card
    that has one, for the referent to open the summary page on their phone.
    """
    register_fonts()
    s = _strings(lang)
    tables = sorted(plan.tables, key=lambda t: t.number)

    def build(temp: str) -> None:
        canvas = Canvas(temp, pagesize=A4, pageCompression=1, initialFontName=FONT, initialFontSize=12)
        canvas.setTitle(f"{s['table_cards']} · {_kvadrant(plan, lang)} · {_line(conference.title)}")
        canvas.setCreator("Kvadrant")
        if not tables:
            _draw_empty(canvas, s["table_cards"], s["no_tables"])
            canvas.showPage()
        for table in tables:
            _draw_card(canvas, plan, table, conference, lang, (links or {}).get(table.number))
            canvas.showPage()
        canvas.save()

    return write_atomically(path, build)


# --- "Finn ditt bord" ------------------------------------------------------------------------


_LAST_LETTERS = {"{": "Æ", "|": "Ø", "}": "Å"}


def _letter(name: str) -> str:
    """The section a name is listed under: its first letter as the alphabet has it, or "#"."""
    key = norwegian_key(name)
    if not key:
        return "#"
    first = key[0]
    if first in _LAST_LETTERS:
        return _LAST_LETTERS[first]
    base = unicodedata.normalize("NFKD", first)[0]
    return base.upper() if base.isalpha() else "#"


_LIST_NAME_SIZE = 18.0
_LIST_NAME_MIN = 16.0
_LIST_SUB_SIZE = 11.0
_LIST_NUMBER_SIZE = 26.0
_LIST_MANY_SIZE = 16.0
_HEADER_HEIGHT = 78.0
_FOOTER_HEIGHT = 18.0


class _Letter(Flowable):
    """A section marker: the letter in a dark square and a rule beside it."""

    def __init__(self, letter: str) -> None:
        super().__init__()
        self.letter = letter
        self.keepWithNext = True
        self.size = 20.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.size * 1.75
        return self.width, self.height

    def draw(self) -> None:
        _, bold = register_fonts()
        canvas = self.canv
        box = self.size * 1.45
        bottom = self.size * 0.12
        canvas.setFillColor(ACCENT)
        canvas.roundRect(0, bottom, box, box, 4, stroke=0, fill=1)
        canvas.setFillColor(white)
        canvas.setFont(bold, self.size)
        canvas.drawCentredString(box / 2, bottom + (box - self.size * 0.73) / 2, self.letter)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.5)
        canvas.line(box + 6, bottom + box / 2, self.width, bottom + box / 2)


class _Entry(Flowable):
    """One person: name (wrapped if long) and municipality left, table number bold on the right."""

    def __init__(self, seat: SeatListing, *, shaded: bool) -> None:
        super().__init__()
        self.seat = seat
        self.shaded = shaded

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        regular, bold = register_fonts()
        self.width = availWidth
        pad = 4.0
        self.pad = pad
        numbers = ", ".join(str(n) for n in self.seat.tables)
        inner = availWidth - 2 * pad
        number_width = text_width(numbers, bold, _LIST_NUMBER_SIZE)
        widest = max(text_width("88", bold, _LIST_NUMBER_SIZE), number_width)
        self.many: list[str] = []
        self.many_size = _LIST_MANY_SIZE
        if widest <= inner * 0.3:
            self.number = numbers
            name_width = inner - widest - 10
        else:
            # A veileder in many groups: the numbers get a line (or more) of their own.
            self.number = ""
            self.many, self.many_size = wrap_to_fit(numbers, bold, _LIST_MANY_SIZE, inner, min_size=_LIST_MANY_SIZE, max_lines=6)
            name_width = inner
        self.name_lines, self.name_size = wrap_to_fit(
            _line(self.seat.name), bold, _LIST_NAME_SIZE, name_width, min_size=_LIST_NAME_MIN, max_lines=4
        )
        self.sub, self.sub_size = fit_text(_line(self.seat.municipality), regular, _LIST_SUB_SIZE, name_width, min_size=8)
        self.line_height = self.name_size * 1.18
        height = pad + len(self.name_lines) * self.line_height
        if self.sub:
            height += self.sub_size * 1.25
        height += len(self.many) * self.many_size * 1.2
        self.height = height + pad
        return self.width, self.height

    def draw(self) -> None:
        regular, bold = register_fonts()
        canvas = self.canv
        if self.shaded:
            canvas.setFillColor(ZEBRA)
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        pad = self.pad
        y = self.height - pad
        canvas.setFillColor(INK)
        canvas.setFont(bold, self.name_size)
        for line in self.name_lines:
            y -= self.line_height
            canvas.drawString(pad, y + self.line_height - self.name_size * 0.95, line)
        first_base = self.height - pad - self.name_size * 0.95
        if self.sub:
            y -= self.sub_size * 1.25
            canvas.setFillColor(GREY)
            canvas.setFont(regular, self.sub_size)
            canvas.drawString(pad, y + self.sub_size * 0.28, self.sub)
        canvas.setFillColor(INK)
        if self.number:
            canvas.setFont(bold, _LIST_NUMBER_SIZE)
            # Level with the name's first line, or centred on a one-line entry.
            base = min(first_base, (self.height - _LIST_NUMBER_SIZE * 0.73) / 2)
            canvas.drawRightString(self.width - pad, base, self.number)
        canvas.setFont(bold, self.many_size)
        for line in self.many:
            y -= self.many_size * 1.2
            canvas.drawRightString(self.width - pad, y + self.many_size * 0.25, line)


class _Message(Flowable):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, 40
        return self.width, self.height

    def draw(self) -> None:
        regular, _ = register_fonts()
        self.canv.setFillColor(GREY)
        self.canv.setFont(regular, 18)
        self.canv.drawString(0, 12, self.text)


def _numbered_canvas(label: str) -> type[Canvas]:
    """A canvas that writes "Side n av m" on every page once it knows how many there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                regular, _ = register_fonts()
                self.setFillColor(GREY)
                self.setFont(regular, 11)
                self.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 2, label.format(n=self._pageNumber, total=total))
                super().showPage()
            super().save()

    return NumberedCanvas


def write_find_your_table(plan: Plan, conference: ConferenceInfo, path: str | Path, *, lang: str = "nb") -> Path:
    """"Finn ditt bord" at ``path``: everyone present A–Å with their table, in two columns."""
    regular, bold = register_fonts()
    s = _strings(lang)
    heading = s["find_your_table"]
    subtitle = " · ".join(
        part for part in (_line(conference.title), _kvadrant(plan, lang), _date(conference.date, lang)) if part
    )
    width = PAGE_WIDTH - 2 * MARGIN
    gutter = 8 * mm
    column = (width - gutter) / 2
    frame_bottom = MARGIN + _FOOTER_HEIGHT
    frame_height = PAGE_HEIGHT - MARGIN - _HEADER_HEIGHT - frame_bottom
    frames = [
        Frame(MARGIN + i * (column + gutter), frame_bottom, column, frame_height, 0, 0, 0, 0, id=f"col{i}")
        for i in range(2)
    ]

    def page_header(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN
        text, size = fit_text(heading, bold, 40, width, min_size=24)
        canvas.setFillColor(INK)
        canvas.setFont(bold, size)
        canvas.drawString(MARGIN, top - 32, text)
        sub, sub_size = fit_text(subtitle, regular, 15, width, min_size=9)
        canvas.setFillColor(GREY)
        canvas.setFont(regular, sub_size)
        canvas.drawString(MARGIN, top - 54, sub)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, top - 64, PAGE_WIDTH - MARGIN, top - 64)
        canvas.restoreState()

    story: list[Flowable] = []
    letter = None
    seats = find_your_table(plan)
    for index, seat in enumerate(seats):
        first = _letter(seat.name)
        if first != letter:
            story.append(_Letter(first))
            letter = first
        story.append(_Entry(seat, shaded=index % 2 == 1))
    if not seats:
        story.append(_Message(s["nobody"]))

    def build(temp: str) -> None:
        doc = BaseDocTemplate(
            temp,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=f"{heading} · {_kvadrant(plan, lang)} · {_line(conference.title)}",
            creator="Kvadrant",
            pageCompression=1,
            initialFontName=regular,
            initialFontSize=12,
        )
        doc.addPageTemplates([PageTemplate(id="list", frames=frames, onPage=page_header)])
        doc.build(story, canvasmaker=_numbered_canvas(s["page"]))

    return write_atomically(path, build)

"""One printed table card: the table number very big, the people at the table, who chairs and
who takes notes, and (once the referent server is set up) the referent's QR code.

A card is one A4 page drawn straight on the canvas. Sizes are worked out per card: the number as
big as the member rows leave room for, and the names as big as they can be in one of two row
styles (two lines per member, or one for a big group). :mod:`app.minutes.table_cards` writes one
card per table.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.common.roles import VEILEDER
from app.common.text import clean
from app.conference_file.conference import ConferenceInfo
from app.conference_file.schema import GroupingMode
from app.groups.plans import Member, Plan, Table
from app.minutes.pdf_fonts import draw_text
from app.minutes.pdf_support import fit_size, fit_text, register_fonts, text_width
from app.minutes.table_print import (
    ACCENT,
    GREY,
    INK,
    LIGHT,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    VEILEDER_FILL,
    _kvadrant,
    _strings,
)
from app.common.roles import role_name
from app.referent.qr import QUIET_ZONE, QrMatrix, qr_matrix


def _role_name(role: str, lang: str) -> str:
    return role_name(role, lang)


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
    return list(table.present_members)


def _draw_centred(canvas: Canvas, text: str, font: str, size: float, y: float) -> None:
    draw_text(canvas, PAGE_WIDTH / 2, y, text, font, size, anchor="centre")


def _pill(canvas: Canvas, text: str, font: str, size: float, right: float, middle: float, *, fill: Color, ink: Color) -> float:
    """A rounded label ending at ``right``, centred on ``middle``; returns its left edge."""
    pad = size * 0.55
    width = text_width(text, font, size) + 2 * pad
    height = size * 1.5
    canvas.setFillColor(fill)
    canvas.roundRect(right - width, middle - height / 2, width, height, height / 2, stroke=0, fill=1)
    canvas.setFillColor(ink)
    draw_text(canvas, right - width + pad, middle - size * 0.36, text, font, size)
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
    draw_text(canvas, left + QR_SIZE / 2, bottom - size * 1.05, caption, regular, size, anchor="centre")


def _draw_card(
    canvas: Canvas, plan: Plan, table: Table, conference: ConferenceInfo, lang: str, link: str | None = None
) -> None:
    regular, bold = register_fonts()
    s = _strings(lang)
    members = _present(table)
    headline = clean(_headline(plan, table, lang))
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
    title = " · ".join(part for part in (_kvadrant(plan, lang), clean(conference.title)) if part)
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
        municipality = clean(member.municipality)
        sub = " · ".join(part for part in (municipality, clean(role)) if part)
        name = clean(member.name)
        if layout.one_line and sub:
            # The name first, at its size if it can be; the municipality after it gets the rest.
            gap = name_size * 0.6
            least = text_width(municipality or sub, regular, sub_size * 0.6) + gap
            name_room = min(room, max(room * 0.62, room - least))
        else:
            name_room = room
        name, nsize = fit_text(name, bold, name_size, name_room, min_size=name_size * 0.42)
        canvas.setFillColor(INK)
        draw_text(canvas, text_left, name_base, name, bold, nsize)
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
            draw_text(canvas, sub_left, sub_base, sub, regular, ssize)
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
        draw_text(canvas, left + pad, base, f"{label}:", regular, size)
        x = left + pad + label_width
        member = present.get(pid) if pid is not None else None
        if member is None:
            # Nobody chosen (or not here): a line to write a name on.
            canvas.setStrokeColor(GREY)
            canvas.setLineWidth(0.8)
            canvas.line(x, base - 3, left + width - pad, base - 3)
            continue
        name, nsize = fit_text(clean(member.name), bold, size, left + width - pad - x, min_size=size * 0.5)
        canvas.setFillColor(INK)
        draw_text(canvas, x, base, name, bold, nsize)


def _draw_empty(canvas: Canvas, heading: str, message: str) -> None:
    regular, bold = register_fonts()
    canvas.setFillColor(INK)
    _draw_centred(canvas, heading, bold, 36, PAGE_HEIGHT - MARGIN - 40)
    canvas.setFillColor(GREY)
    _draw_centred(canvas, message, regular, 18, PAGE_HEIGHT - MARGIN - 90)

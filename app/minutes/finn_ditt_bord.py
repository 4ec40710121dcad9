"""The pieces of the "Finn ditt bord" wall list: letter headings, one entry per person, page numbers.

The list is pinned by the door: everyone present, alphabetically as Norwegian sorts (æ, ø, å
last), in two columns under a letter heading for each initial, with their table number big on
the right (a veileder in many groups gets the numbers on a line of their own). The pages are
numbered "Side n av m" once the last one is known. :func:`app.minutes.table_cards.write_find_your_table`
puts them on the page.
"""
from __future__ import annotations

import unicodedata
from typing import Any

from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.common.text import clean, norwegian_key
from app.groups.plans import SeatListing
from app.minutes.pdf_fonts import draw_text
from app.minutes.pdf_support import fit_text, register_fonts, text_width, wrap_to_fit
from app.minutes.table_print import ACCENT, GREY, INK, MARGIN, PAGE_WIDTH, ZEBRA

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
        draw_text(canvas, box / 2, bottom + (box - self.size * 0.73) / 2, self.letter, bold, self.size, anchor="centre")
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
            clean(self.seat.name), bold, _LIST_NAME_SIZE, name_width, min_size=_LIST_NAME_MIN, max_lines=4
        )
        self.sub, self.sub_size = fit_text(clean(self.seat.municipality), regular, _LIST_SUB_SIZE, name_width, min_size=8)
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
        for line in self.name_lines:
            y -= self.line_height
            draw_text(canvas, pad, y + self.line_height - self.name_size * 0.95, line, bold, self.name_size)
        first_base = self.height - pad - self.name_size * 0.95
        if self.sub:
            y -= self.sub_size * 1.25
            canvas.setFillColor(GREY)
            draw_text(canvas, pad, y + self.sub_size * 0.28, self.sub, regular, self.sub_size)
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
        draw_text(self.canv, 0, 12, self.text, regular, 18)


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

"""What the printed table cards and the "Finn ditt bord" list share: their words, page and ink.

Both are A4 sheets for a plain office printer, read from a distance: black and grey on white
with one blue, the same small margin, bokmål or English wording, and user text cleaned to one
line the bundled font can draw. The card is drawn in :mod:`app.minutes.table_card_layout`, the
list's pieces are in :mod:`app.minutes.finn_ditt_bord`; :mod:`app.minutes.table_cards` writes both.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from app.common.text import clean
from app.groups.plans import Plan
from app.minutes.pdf_support import drawable
from app.minutes.wording import long_date

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
        "scan_for_table": "Eller skann: bordet ditt og programmet på telefonen",
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
        "scan_for_table": "Or scan: your table and the programme on your phone",
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


def _line(text: str) -> str:
    """User text for one printed line: cleaned (one line, single spaces) and drawable."""
    return drawable(clean(text))


def _date(value: dt.date | None, lang: str) -> str:
    return long_date(value, lang)


def _kvadrant(plan: Plan, lang: str) -> str:
    return _strings(lang)["kvadrant"].format(n=plan.kvadrant)

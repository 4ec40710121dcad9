"""The appendix of the minutes PDF: every participant, by municipality, in two columns.

Each municipality is a small table (its name and head count on a dark bar, then its people by
surname with their role, their 1. kvadrant group and their kommunegruppe, absent ones marked),
kept whole on a page when it is short. The national council's advisers follow in a section of
their own, with the municipalities they advise. The appendix starts on a page of its own with a
full-width heading above the two columns (see :func:`app.minutes.pdf_layout.page_templates`).
"""
from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, FrameBreak, KeepTogether, Paragraph, Spacer, Table

from app.common.roles import role_name
from app.common.text import clean
from app.minutes.gathered import Minutes
from app.minutes.people import Person
from app.minutes.pdf_layout import CONTENT_WIDTH, Styles, list_style
from app.minutes.pdf_page_numbers import _Heading
from app.minutes.pdf_support import _one_line, markup
from app.minutes.wording import words

#: The width of a column of the appendix pages.
_COLUMN = (CONTENT_WIDTH - 8 * mm) / 2

WORDS = {
    "nb": {"table": "Bord", "kommunegruppe": "Kommunegruppe", "advises": "veileder"},
    "en": {"table": "Table", "kommunegruppe": "Municipality group", "advises": "advises"},
}


def _name_cell(person: Person, lang: str, s: Styles, second: str) -> Paragraph:
    """The name (absent ones marked) over a grey second line (the role, or what they advise)."""
    p = person.participant
    name = _one_line(p.name)
    if not p.present:
        name += f' <font color="#5A5F66" size="8">({markup(words(lang)["absent"])})</font>'
    if second:
        name += f'<br/><font color="#5A5F66" size="8">{markup(second)}</font>'
    return Paragraph(name, s["cell"])


def _table(title: str, people: list[tuple[Person, str]], lang: str, s: Styles) -> Flowable:
    a = WORDS.get(lang, WORDS["nb"])
    rows: list[list[Any]] = [[
        Paragraph(f"{_one_line(title) or '–'} <font size='8' color='#DDE6F0'>({len(people)})</font>", s["head"]),
        Paragraph(markup(a["table"]), s["head_right"]),
        Paragraph(markup(a["kommunegruppe"]), s["head"]),
    ]]
    for person, second in people:
        rows.append([
            _name_cell(person, lang, s, second),
            Paragraph(str(person.table) if person.table is not None else "–", s["cell_right"]),
            Paragraph(_one_line(person.kommunegruppe) or "–", s["cell_grey"]),
        ])
    table = Table(rows, colWidths=[_COLUMN * 0.44, _COLUMN * 0.14, _COLUMN * 0.42], repeatRows=1, hAlign="LEFT")
    table.setStyle(list_style(len(rows), side=4, top=1.6, bottom=2.4))
    table.spaceAfter = 8
    return KeepTogether([table]) if len(rows) <= 12 else table


def appendix_story(minutes: Minutes, lang: str, s: Styles) -> list[Flowable]:
    w, a = words(lang), WORDS.get(lang, WORDS["nb"])
    out: list[Flowable] = [
        _Heading(markup(w["participants_by_municipality"]), s["h1"], key="appendix",
                 outline=w["participants_by_municipality"], level=0, section=w["participants"]),
    ]
    present = len(minutes.present)
    out.append(Paragraph(markup(f"{w['participants']}: {present} · {w['municipalities']}: {minutes.municipalities}"), s["meta"]))
    out.append(FrameBreak())
    for municipality, people in minutes.people_by_municipality():
        out.append(_table(municipality, [(p, role_name(p.participant.role, lang)) for p in people], lang, s))
    advisers = minutes.advisers()
    if advisers:
        out.append(Spacer(0, 6))
        rows = [(p, f"{a['advises']}: {', '.join(clean(m) for m in p.participant.advises)}" if p.participant.advises else "")
                for p in advisers]
        out.append(_table(w["advisers"], rows, lang, s))
    return out

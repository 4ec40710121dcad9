"""The appendix of the minutes PDF: every participant, by municipality, in two columns.

Each municipality is a small table (its name and head count on a dark bar, then its people with
their role, absent ones marked), kept whole on a page when it is short. The appendix starts on a
page of its own with a full-width heading above the two columns (see
:func:`app.minutes.pdf_layout.page_templates`).
"""
from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, FrameBreak, KeepTogether, Paragraph, Table

from app.minutes.gathered import Minutes
from app.minutes.pdf_layout import ACCENT, CONTENT_WIDTH, RULE, ZEBRA, Styles, _table_style
from app.minutes.pdf_page_numbers import _Heading
from app.minutes.pdf_support import _one_line, markup
from app.common.roles import role_name
from app.minutes.wording import words


def appendix_story(minutes: Minutes, lang: str, s: Styles) -> list[Flowable]:
    w = words(lang)
    out: list[Flowable] = [
        _Heading(markup(w["participants_by_municipality"]), s["h1"], key="appendix",
                 outline=w["participants_by_municipality"], level=0, section=w["participants"]),
    ]
    present = len(minutes.present)
    out.append(Paragraph(markup(f"{w['participants']}: {present} · {w['municipalities']}: {minutes.municipalities}"), s["meta"]))
    out.append(FrameBreak())
    column = (CONTENT_WIDTH - 8 * mm) / 2  # the width of a column of the appendix pages
    for municipality, people in minutes.by_municipality():
        rows: list[list[Any]] = [[Paragraph(f"{_one_line(municipality) or '–'} <font size='8' color='#DDE6F0'>({len(people)})</font>", s["head"]), ""]]
        for p in people:
            name = _one_line(p.name)
            if not p.present:
                name += f' <font color="#5A5F66" size="8">({markup(w["absent"])})</font>'
            rows.append([Paragraph(name, s["cell"]), Paragraph(markup(role_name(p.role, lang)), s["cell_grey"])])
        table = Table(rows, colWidths=[column * 0.6, column * 0.4], repeatRows=1, hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ]
        for r in range(2, len(rows), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
        table.setStyle(_table_style(commands))
        table.spaceAfter = 8
        out.append(KeepTogether([table]) if len(rows) <= 14 else table)
    return out

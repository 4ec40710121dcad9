"""The delivery overview of the minutes PDF: every group of every group block, who wrote its
referat, when it came in against the block's deadline, how long it is, and its state."""
from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from app.common.text import clean
from app.minutes.delivery_text import deadline_line, delivered_text, delivery_words, state_text
from app.minutes.gathered import Minutes
from app.minutes.pdf_layout import CONTENT_WIDTH, OVERRUN, Styles, _hex, list_style
from app.minutes.pdf_page_numbers import _Heading
from app.minutes.pdf_programme import _section_name
from app.minutes.pdf_support import _one_line, markup
from app.minutes.wording import words

#: The link target of the overview's heading.
DELIVERY_KEY = "delivery"


def delivery_story(minutes: Minutes, lang: str, s: Styles) -> list[Flowable]:
    """The overview; empty when the day had no group blocks."""
    blocks = [b for b in minutes.group_blocks if b.groups]
    if not blocks:
        return []
    w, d = words(lang), delivery_words(lang)
    out: list[Flowable] = [
        _Heading(markup(d["overview"]), s["h1"], key=DELIVERY_KEY, outline=d["overview"], level=0, section=d["overview"]),
        Paragraph(markup(d["overview_intro"]), s["meta"]),
    ]
    for block in blocks:
        title = clean(block.block.title) or _section_name(block, lang)
        out += [Spacer(0, 8), Paragraph(_one_line(title), s["h2"]), Paragraph(markup(deadline_line(minutes, block, lang)), s["meta"]), Spacer(0, 3)]
        rows: list[list[Any]] = [[
            Paragraph(markup(w["group"]), s["head"]),
            Paragraph(markup(w["referent"]), s["head"]),
            Paragraph(markup(d["delivered_at"]), s["head"]),
            Paragraph(markup(w["words"].capitalize()), s["head_right"]),
            Paragraph(markup(w["status"]), s["head"]),
        ]]
        for row in block.deliveries:
            group = f"{row.group}" + (f" – {clean(row.label)}" if clean(row.label) else "")
            when = markup(delivered_text(minutes, row, lang))
            if row.late:
                when = f'<font color="{_hex(OVERRUN)}">{when}</font>'
            style = "cell" if row.state in ("delivered", "conflict") else "cell_grey"
            rows.append([
                Paragraph(_one_line(group), s["cell"]),
                Paragraph(_one_line(row.referent or "–"), s["cell"]),
                Paragraph(when, s["cell"]),
                Paragraph(str(row.words) if row.words else "–", s["cell_right"]),
                Paragraph(markup(state_text(row, lang)), s[style]),
            ])
        widths = [0.27, 0.25, 0.2, 0.09, 0.19]
        table = Table(rows, colWidths=[CONTENT_WIDTH * f for f in widths], repeatRows=1, hAlign="LEFT")
        table.setStyle(list_style(len(rows)))
        out.append(table)
    return out + [Spacer(0, 2 * mm)]

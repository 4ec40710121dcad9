"""The speaking time in the minutes PDF: a short section after the programme as run.

One entry per group block whose speaker rotation ran: how evenly the time went ("Alle fikk 5:00 ±
0:20"), who was skipped and how long the rotation stood paused; the figures are
:mod:`app.run.speaking_time`'s, the sentences :func:`app.minutes.wording.speaking_lines`.
"""
from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.common.text import clean
from app.minutes.gathered import Minutes
from app.minutes.pdf_layout import Styles
from app.minutes.pdf_page_numbers import _Heading
from app.minutes.pdf_support import _one_line, markup
from app.minutes.wording import speaking_lines, words

#: The link target of the section's heading (the contents point at it).
SPEAKING_KEY = "speaking"


def speaking_story(minutes: Minutes, lang: str, s: Styles) -> list[Flowable]:
    """The section; empty when no rotation ran."""
    if not minutes.speaking:
        return []
    w = words(lang)
    title = w["speaking_time"]
    heading = _Heading(markup(title), s["h2"], key=SPEAKING_KEY, outline=title, level=0)
    out: list[Flowable] = []
    lines = ParagraphStyle("speaking", parent=s["body"], fontSize=10, leading=14)
    for index, block in enumerate(minutes.speaking):
        name = _one_line(clean(block.title) or f"{block.kvadrant}. kvadrant")
        if block.running:
            name += f" ({markup(w['running'])})"
        parts: list[Flowable] = [Spacer(0, 16), heading] if index == 0 else [Spacer(0, 6)]
        parts.append(Paragraph(f"<b>{name}</b>", lines))
        parts.append(Paragraph("<br/>".join(markup(line) for line in speaking_lines(block, lang)), lines))
        out.append(KeepTogether(parts))
    return out

"""The speaking time in the Word minutes: a short part after the programme as run, the same
sentences as the PDF's (:func:`app.minutes.wording.speaking_lines`). Kept apart from
:mod:`app.minutes.word`, which calls it with its builder."""
from __future__ import annotations

from typing import TYPE_CHECKING

from app.minutes.wording import export_text, speaking_lines

if TYPE_CHECKING:
    from app.minutes.word import _Builder


def speaking_part(builder: _Builder) -> None:
    """One paragraph per group block whose rotation ran: its title in bold, then the figures."""
    if not builder.m.speaking:
        return
    w = builder.w
    builder._heading(w["speaking_time"], 2, running=False)  # not a part of its own to run on
    for block in builder.m.speaking:
        paragraph = builder._paragraph()
        title = block.title or f"{block.kvadrant}. kvadrant"
        paragraph.add_run(export_text(title + (f" ({w['running']})" if block.running else ""))).bold = True
        for line in speaking_lines(block, builder.lang):
            paragraph.add_run().add_break()
            paragraph.add_run(export_text(line))
